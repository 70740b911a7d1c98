"""The review page: an article with its concepts marked and its candidate claims beside it.

One self-contained, offline HTML file (a Content-Security-Policy forbids
every outside request, as on the graph page). The reader accepts, rejects
or edits each candidate, names and files the new concepts they bring, and
downloads a zip of the rows to append to the data folder's ``edges.csv``,
``nodes.csv`` and ``sources.csv`` (:mod:`graph.extraction.additions`).
Decisions are kept in the browser under :func:`~graph.extraction.additions.review_key`.
All text from the articles and the data reaches the page as JSON data and is
shown with ``textContent``, never as markup.

Examples
--------
>>> import graph
>>> from graph.extraction.review import review_html
>>> G = graph.load()
>>> page = review_html(graph.extract(["Magnesium <b>bevordert</b> de slaap."], G), G)
>>> page.startswith("<!DOCTYPE html>"), "<b>" in page
(True, False)
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomic
from .additions import data_headers, proposed_concepts, proposed_sources, review_key
from .result import EDGE_COLUMNS, Extraction

__all__ = ["review_html", "write_review", "article_language"]

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SLOT = "\x00review-data\x00"
_TITLES = {"en": "Review of extracted claims", "nl": "Voorgestelde beweringen nakijken"}


def review_html(
    result: Extraction,
    G: Any,
    *,
    lang: str | None = None,
    title: str | None = None,
    headers: dict[str, dict[str, Any]] | None = None,
) -> str:
    """The review page of ``result`` as a complete HTML document.

    Its interface, its ``lang`` attribute and the labels of concepts and
    categories are in ``lang`` (en or nl); by default the language most of
    the articles are written in (the first article's on a tie). An article in
    another language carries its own ``lang``. ``headers`` are the columns of
    the data's files the download follows (:func:`~graph.extraction.additions.data_headers`;
    by default the columns the graph holds).
    """
    lang = lang or article_language(result)
    if lang not in ("en", "nl"):
        raise ValueError(f"lang must be en or nl, not {lang!r}")
    values = _page_data(result, G, lang, title or _TITLES[lang], headers or data_headers(G))
    if title is None:  # the page's own title follows the language switch
        values["titles"] = dict(_TITLES)
    title = values["title"]
    data = _script_json(values)
    page = _template().render(title=title, lang=lang, data=_SLOT, script=_SLOT + "js", style=_SLOT + "css")
    return page.replace(_SLOT + "js", _own("review.js")).replace(_SLOT + "css", _own("review.css")).replace(_SLOT, data)


def write_review(
    result: Extraction,
    G: Any,
    path: str | Path,
    *,
    lang: str | None = None,
    headers: dict[str, dict[str, Any]] | None = None,
) -> Path:
    """Write the review page to ``path`` (atomically) and return the path."""
    return write_text_atomic(path, review_html(result, G, lang=lang, headers=headers))


def article_language(result: Extraction) -> str:
    """The language most of ``result``'s articles are in (the first one's on a tie; en when none).

    Examples
    --------
    >>> import graph
    >>> article_language(graph.extract(["Magnesium bevordert de slaap en de ontspanning."], graph.load()))
    'nl'
    """
    languages = [str(v) for v in result.sources.get("language", []) if str(v) in ("en", "nl")]
    if not languages:
        return "en"
    return max(dict.fromkeys(languages), key=languages.count)


def _page_data(result: Extraction, G: Any, lang: str, title: str, headers: dict[str, Any]) -> dict[str, Any]:
    categories = G.graph.get("categories") or {}
    relations = G.graph.get("relations") or {}
    nodes = {
        str(n): {
            "en": str(d.get("label") or n),
            "nl": str(d.get("label_nl") or d.get("label") or n),
            "color": str((categories.get(d.get("category")) or {}).get("color", "#999999")),
            "category": str(d.get("category", "")),
        }
        for n, d in G.nodes(data=True)
    }
    languages = dict(zip(result.sources.get("id", []), result.sources.get("language", []), strict=False))
    articles = []
    for article in result.articles:
        rows = result.candidates[result.candidates["doc"] == article.doc]
        articles.append(
            {
                "doc": article.doc,
                "title": article.title or article.doc,
                "lang": str(languages.get(article.doc) or lang),
                "text": article.text,
                "blocks": [[b.kind, b.start, b.end] for b in article.blocks],
                "marks": [[s, e, str(n)] for s, e, n in result.mentions.get(article.doc, [])],
                "candidates": [_candidate(i, row) for i, row in zip(rows.index, rows.to_dict("records"), strict=False)],
            }
        )
    return {
        "title": title,
        "lang": lang,
        "key": review_key(result, G),
        "tables": headers,
        "nodes": nodes,
        "concepts": proposed_concepts(result, G),
        "sources": proposed_sources(result, G),
        "relations": {
            str(r): {"en": _label(v, "label") or str(r), "nl": _label(v, "label_nl") or str(r)}
            for r, v in relations.items()
        },
        "categories": {
            str(c): {"en": _label(v, "label") or str(c), "nl": _label(v, "label_nl") or str(c)}
            for c, v in categories.items()
        },
        "articles": articles,
    }


def _label(values: Any, key: str) -> str:
    values = values or {}
    return str(values.get(key) or values.get("label") or "")


def _candidate(index: Any, row: dict[str, Any]) -> dict[str, Any]:
    keep = ("evidence_nl", "start", "end", "confidence", "hedged", "status", "graph_edge", "sentence", "sign", "cue")
    values = {k: row[k] for k in (*EDGE_COLUMNS, *keep) if k in row}
    values["id"] = int(index)
    values["source"], values["target"] = str(values["source"]), str(values["target"])
    values["start"], values["end"] = int(values["start"]), int(values["end"])
    values["hedged"] = bool(values["hedged"])
    values["confidence"] = float(values["confidence"])
    values["sign"] = int(values.get("sign") or 0)
    values["cue"] = "" if values.get("cue") is None else str(values.get("cue"))
    return values


def _script_json(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def _own(name: str) -> str:
    return resources.files("graph.extraction").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_own("review.html"))
