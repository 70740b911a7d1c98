"""Read articles against a graph: the :func:`extract` function.

Examples
--------
>>> import graph
>>> result = graph.extract(["Magnesium bevordert de slaap."], graph.load())
>>> result.candidates[["source", "relation", "target", "status"]].values.tolist()
[['magnesium', 'promotes', 'sleep', 'in graph']]
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from .acceptance import ACCEPT, Acceptor
from .article import Article, ArticleError, check_text_size, parse_article, read_article
from .claims import Claim, SentenceReader, settled
from .compare import coverage, graph_edges, status_of
from .concepts import ConceptIndex, Mention
from .cues import cue_book
from .lists import item_claims, kind_claims
from .parsed import Parser, load_parsers
from .phrases import new_concepts
from .references import node_words
from .result import WHERE_COLUMNS, Extraction, edge_columns
from .terms import count_terms
from .tokens import LANGUAGES, Token, split_sentences

__all__ = ["extract", "candidate_pool", "detect_language"]

_PATHLIKE = re.compile(r"^[^\s]+\.(txt|md|markdown|html?|xhtml)$", re.IGNORECASE)


def extract(
    texts: Iterable[str | Path | Article],
    G: Any,
    *,
    lang: str = "auto",
    model: str | Path | Mapping[str, Parser] | None = None,
    accept: str = "rules",
) -> Extraction:
    """Propose the edges texts support, and hold them against the graph ``G``.

    Parameters
    ----------
    texts : iterable of str, Path or Article
        Article files (plain text, Markdown, HTML), or texts themselves.
    G : networkx.MultiDiGraph
        The graph whose concepts are looked for (as :func:`graph.load` returns it); not changed.
    lang : {"auto", "nl", "en"}
        Language of the texts; ``"auto"`` tells each text's language from its words.
    model : str, Path or mapping, optional
        A trained parser (``python -m bench.train_parser``): a spaCy pipeline folder, or a folder
        with one per language (``nl/``, ``en/``), or parsers already loaded by language
        (:func:`~graph.extraction.parsed.load_parsers`). With it, the parse tells each cue verb's subject
        and objects (:mod:`graph.extraction.parsed`); a language it has no pipeline for is read
        by the rules alone, as is every text without it. Needs spaCy (the ``parser`` extra).
    accept : {"rules", "model"}
        Which candidates to keep: ``"rules"`` (the default) keeps the rules' claims; ``"model"``
        holds a wider pool of candidates (the rules' and every pair of concepts a sentence
        names) against a model trained on the development annotations
        (:mod:`graph.extraction.acceptance`; in cross-validation it does not beat the rules yet,
        see docs/extraction.md). Denied claims are never proposed and hedged sentences give
        hedged candidates either way.

    Returns
    -------
    Extraction

    Raises
    ------
    ValueError
        When ``lang`` or ``accept`` is not one of the above.
    ParseError
        When ``model`` is not a folder with a pipeline for one of the texts' languages, or spaCy
        is not installed.
    ArticleError
        When a file is missing or cannot be read, is over the size limit
        (:data:`~graph.extraction.article.MAX_ARTICLE_BYTES`), or holds no text.
    """
    if accept not in ACCEPT:
        raise ValueError(f"accept must be {' or '.join(ACCEPT)}, not {accept!r}")
    return _extract(texts, G, lang, model, Acceptor(accept))


def candidate_pool(
    texts: Iterable[str | Path | Article], G: Any, *, lang: str = "auto"
) -> tuple[Extraction, list[tuple[float, ...]]]:
    """Every candidate of the pool :mod:`graph.extraction.acceptance` chooses from, with its features.

    Returns the extraction whose ``candidates`` are the whole pool, and the features of each
    candidate row in order (for training the acceptance model: ``python -m bench.train_acceptance``).

    >>> import graph
    >>> result, features = candidate_pool(["Magnesium bevordert de slaap."], graph.load())
    >>> len(result.candidates) == len(features) >= 1
    True
    """
    acceptor = Acceptor("pool")
    order: list[int] = []
    result = _extract(texts, G, lang, None, acceptor, order)
    return result, [acceptor.features[i] for i in order]


def _extract(
    texts: Iterable[str | Path | Article],
    G: Any,
    lang: str,
    model: Any,
    acceptor: Acceptor,
    order: list[int] | None = None,
) -> Extraction:
    if lang not in ("auto", *LANGUAGES):
        raise ValueError(f"lang must be auto, nl or en, not {lang!r}")
    articles = _distinct_docs([_article(t, i, G) for i, t in enumerate(texts, 1)])
    languages = [detect_language(a.text) if lang == "auto" else lang for a in articles]
    used = sorted(set(languages))
    index = ConceptIndex(G, suffixes=[w for language in used for w, _ in cue_book(language).suffixes], languages=used)
    edges = graph_edges(G)
    rows: list[dict[str, Any]] = []
    terms: list[dict[str, Any]] = []
    mentions: dict[str, list[tuple[int, int, Any]]] = {}
    sources = []
    readers: list[SentenceReader] = []
    words = node_words(G), node_words(G, categories=False)  # once for all the articles
    parsers = dict(model) if isinstance(model, Mapping) else load_parsers(model, used) if model is not None else {}
    for article, language in zip(articles, languages, strict=False):
        reader = SentenceReader(G, index, language, words, parser=parsers.get(language))
        readers.append(reader)
        found, seen, marks = _read(article, reader, acceptor)
        mentions[article.doc] = marks
        for claim, block, sentence in found:
            rows.append(_row(claim, article, block, sentence, edges))
            if order is not None:
                order.append(id(claim))
        terms.extend({"doc": article.doc, **t} for t in count_terms(seen, language))
        sources.append(_source_row(article, language))
    candidates = pd.DataFrame(rows, columns=edge_columns(G) + WHERE_COLUMNS)
    report = {a.doc: coverage(G, candidates, a.doc) for a in articles}
    new = new_concepts(candidates, G, {str(k): v for r in readers for k, v in r.proposed.items()})
    return Extraction(
        candidates=candidates,
        unknown_terms=pd.DataFrame(terms, columns=["doc", "term", "count", "sentence"]),
        coverage=report,
        sources=pd.DataFrame(sources),
        articles=articles,
        mentions=mentions,
        new_concepts=new,
    )


def detect_language(text: str) -> str:
    """``"nl"`` or ``"en"``, whichever the text's words belong to more.

    >>> detect_language("The muscles need magnesium to relax."), detect_language("De spieren hebben het nodig.")
    ('en', 'nl')
    """
    import simplemma

    words = " ".join(text[:100_000].split())  # a run of spaces or lines does not use up the sample
    scores = simplemma.langdetect(words[:5000], lang=LANGUAGES)
    return str(scores[0][0]) if scores and scores[0][0] in LANGUAGES else "en"


def _article(text: str | Path | Article, number: int, G: Any) -> Article:
    if isinstance(text, Article):
        return text
    if isinstance(text, Path) or (isinstance(text, str) and (_PATHLIKE.match(text) or _is_file(text))):
        path = Path(text)
        if not path.is_file():
            raise ArticleError(f"{path}: no such file")
        return read_article(path, doc=_doc_id(path, G))
    if not isinstance(text, str):
        raise TypeError(f"expected a file name, a text or an Article, not {type(text).__name__}")
    check_text_size(text, f"text{number}")
    return parse_article(text, doc=f"text{number}")


def _distinct_docs(articles: list[Article]) -> list[Article]:
    """``articles`` with an id of their own each: a later one whose ``doc`` is taken gets ``-2``, ``-3``...

    Two files of one name in different folders (``x/a.txt``, ``y/a.txt``) would otherwise share one
    ``doc``, and their candidates point at each other's sentences.

    >>> [a.doc for a in _distinct_docs([Article("a", "x"), Article("a", "y"), Article("a-2", "z")])]
    ['a', 'a-2', 'a-2-2']
    """
    taken: set[str] = set()
    distinct = []
    for article in articles:
        doc, number = article.doc, 1
        while doc in taken:
            number += 1
            doc = f"{article.doc}-{number}"
        taken.add(doc)
        distinct.append(article if doc == article.doc else replace(article, doc=doc))
    return distinct


def _is_file(text: str) -> bool:
    """True when ``text`` names an existing file (a long text with line breaks never does)."""
    if "\n" in text or len(text) > 1024:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _doc_id(path: Path, G: Any) -> str:
    """The id of the graph's source whose ``file`` is this file, else the file's stem."""
    for source, data in (G.graph.get("sources") or {}).items():
        if str(data.get("file", "")).strip() == path.name:
            return str(source)
    return path.stem


def _read(article: Article, reader: SentenceReader, acceptor: Acceptor):
    """(claim, block, sentence) triples, sentences as (tokens, mentions, text), and the mention marks."""
    text = article.text
    found: list[tuple[Claim, Any, tuple[int, int]]] = []
    seen: list[tuple[list[Token], list[Mention], str]] = []
    marks: list[tuple[int, int, Hashable]] = []
    for block in article.blocks:
        start = block.label_end + 1 if block.label else block.start
        if block.kind == "heading":
            reader.new_section()
            tokens, heading_mentions, hits = reader.read(text[block.start : block.end], block.start)
            marks.extend((m.start, m.end, m.node) for m in heading_mentions)
            reader.refs.note_heading(heading_mentions)
            where = (block.start, block.end)  # a heading that claims something ("Alcohol verstoort de slaap")
            claims = reader.heading_claims(tokens, heading_mentions, hits, where)
            found.extend(
                (c, block, where) for c in acceptor.choose(reader, claims, (tokens, heading_mentions, hits), "heading")
            )
            continue
        spans = [(start + a, start + b) for a, b in split_sentences(text[start : block.end], reader.lang)]
        reader.refs.label_topics = []
        if block.label:
            _, label_mentions, _ = reader.read(text[block.start : block.label_end], block.start)
            marks.extend((m.start, m.end, m.node) for m in label_mentions)
            reader.refs.label_topics = [m.node for m in label_mentions]
        reader.in_item = block.kind == "item"  # a lead opened by a heading or a question speaks of its items only
        context = _lead_hits(article, block, reader)  # "Magnesium may:": each item's claims are hedged too
        for n, (a, b) in enumerate(spans):
            reader.item_first = n == 0
            tokens, sentence_mentions, hits = reader.read(text[a:b], a)
            marks.extend((m.start, m.end, m.node) for m in sentence_mentions if m.text)
            seen.append((tokens, [m for m in sentence_mentions if m.node in reader.known], text[a:b]))
            claims = reader._claims(tokens, sentence_mentions, hits, (a, b))
            read = (tokens, sentence_mentions, hits)
            kept = acceptor.choose(reader, claims, read, "sentence", reader.in_item, context if n == 0 else ())
            found.extend((c, block, (a, b)) for c in kept)
        if block.kind == "item":  # what the item's sentence already claims is not proposed twice
            said = {(c.source, c.target) for c, b, _ in found if b is block}
            listed = [f for f in _list_claims(article, block, reader, spans) if (f[0].source, f[0].target) not in said]
            if listed:
                kept = acceptor.choose(reader, [f[0] for f in listed], ([], [], []), "list", True)
                found.extend((c, block, listed[0][2]) for c in kept)
    return found, seen, sorted(set(marks), key=lambda m: m[0])


def _lead_hits(article: Article, block: Any, reader: SentenceReader) -> list:
    """The hedges and denials an item's first sentence takes from its lead ("X may:") and from a heading that
    asks ("Kan X ...?")."""
    if block.kind != "item" or block.label:
        return []  # a labelled item ("Slaap: X helpt ...") says its own sentences
    hits = reader.read(article.text[block.lead[0] : block.lead[1]])[2] if block.lead else []
    if block.section.rstrip().endswith("?"):
        hits = hits + reader.read(block.section)[2]
    return [h for h in hits if h.kind in ("hedge", "denial", "inquiry")]


def _list_claims(article: Article, block: Any, reader: SentenceReader, spans: list[tuple[int, int]]):
    text = article.text
    lead = block.section + (" : " + text[block.lead[0] : block.lead[1]] if block.lead else "")
    first = spans[0] if spans else (block.start, block.end)
    where = (block.start, first[1])
    claims = []
    if block.label:
        claims += item_claims(reader, lead, block.label, text[first[0] : first[1]])
    claims += kind_claims(reader, lead, text[block.start : first[1]])
    hits = reader.read(lead)[2] + reader.read(text[block.start : first[1]])[2]
    return [(c, block, where) for c in settled(claims, hits)]


def _row(claim: Claim, article: Article, block: Any, sentence: tuple[int, int], edges: Any) -> dict[str, Any]:
    status, held = status_of(edges, claim.source, claim.target, claim.sign)
    return {
        "source": claim.source,
        "target": claim.target,
        "relation": claim.relation,
        "evidence": "",
        "evidence_nl": "",
        "source_doc": article.doc,
        "section": block.section,
        "sentence": article.text[sentence[0] : sentence[1]],
        "doc": article.doc,
        "paragraph": block.paragraph,
        "start": sentence[0],
        "end": sentence[1],
        "confidence": claim.confidence,
        "hedged": claim.hedged,
        "sign": claim.sign,
        "cue": claim.cue,
        "status": status,
        "graph_edge": held,
    }


def _source_row(article: Article, language: str) -> dict[str, str]:
    return {
        "id": article.doc,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "language": language,
        "file": Path(article.path).name if article.path else "",
    }
