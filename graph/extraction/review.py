"""The review page: an article with its concepts marked and its candidate claims beside it.

One self-contained, offline HTML file (a Content-Security-Policy forbids
every outside request, as on the graph page). The reader accepts, rejects
or edits each candidate and downloads the accepted rows as CSV, ready to
append to ``edges.csv``. All text from the articles and the data reaches the
page as JSON data and is shown with ``textContent``, never as markup.

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
from .result import EDGE_COLUMNS, Extraction, edge_columns

__all__ = ["review_html", "write_review", "article_language"]

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SLOT = "\x00review-data\x00"


def review_html(result: Extraction, G: Any, *, lang: str | None = None, title: str | None = None) -> str:
    """The review page of ``result`` as a complete HTML document.

    Its interface, its ``lang`` attribute and the labels of concepts and
    categories are in ``lang`` (en or nl); by default the language most of
    the articles are written in (the first article's on a tie). An article in
    another language carries its own ``lang``.
    """
    lang = lang or article_language(result)
    if lang not in ("en", "nl"):
        raise ValueError(f"lang must be en or nl, not {lang!r}")
    title = title or ("Review of extracted claims" if lang == "en" else "Voorgestelde beweringen nakijken")
    data = _script_json(_page_data(result, G, lang, title))
    page = _template().render(title=title, lang=lang, data=_SLOT, script=_SLOT + "js", style=_SLOT + "css")
    return page.replace(_SLOT + "js", _own("review.js")).replace(_SLOT + "css", _own("review.css")).replace(_SLOT, data)


def write_review(result: Extraction, G: Any, path: str | Path, *, lang: str | None = None) -> Path:
    """Write the review page to ``path`` (atomically) and return the path."""
    return write_text_atomic(path, review_html(result, G, lang=lang))


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


def _page_data(result: Extraction, G: Any, lang: str, title: str) -> dict[str, Any]:
    categories = G.graph.get("categories") or {}
    relations = G.graph.get("relations") or {}
    label_key = "label_nl" if lang == "nl" else "label"
    nodes = {
        str(n): {
            "label": str(d.get(label_key) or d.get("label") or n),
            "color": str((categories.get(d.get("category")) or {}).get("color", "#999999")),
            "category": str(d.get("category", "")),
        }
        for n, d in G.nodes(data=True)
    }
    for row in result.new_concepts.to_dict("records"):  # proposed concepts: their label, no category yet
        nodes.setdefault(str(row["id"]), {"label": str(row["label"]), "color": "#bbbbbb", "category": ""})
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
        "columns": edge_columns(G),
        "nodes": nodes,
        "relations": {r: str((v or {}).get(label_key) or r) for r, v in relations.items()},
        "categories": {str(c): _label(v, label_key) or str(c) for c, v in categories.items()},
        "articles": articles,
    }


def _label(values: Any, key: str) -> str:
    values = values or {}
    return str(values.get(key) or values.get("label") or "")


def _candidate(index: Any, row: dict[str, Any]) -> dict[str, Any]:
    keep = ("evidence_nl", "start", "end", "confidence", "hedged", "status", "graph_edge", "sentence")
    values = {k: row[k] for k in (*EDGE_COLUMNS, *keep) if k in row}
    values["id"] = int(index)
    values["source"], values["target"] = str(values["source"]), str(values["target"])
    values["start"], values["end"] = int(values["start"]), int(values["end"])
    values["hedged"] = bool(values["hedged"])
    values["confidence"] = float(values["confidence"])
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
