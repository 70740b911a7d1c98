"""Paths and net effects told as plain English or Dutch sentences, with their sources.

A path reads as one sentence: the first step as a main clause, each further
step as a clause on the concept before it ("..., which promotes relaxation" /
"..., wat ontspanning bevordert"), then the sources in brackets. The words
come from the relation table (``G.graph["relations"]``): ``label`` (English,
"SUBJECT <label> OBJECT" and after "which"), ``label_nl`` (Dutch main clause)
and ``clause_nl`` (Dutch clause after "wat", verb last, ``{object}`` where
the object goes). A relation without them still gives a sentence: English
from its id ("X is related to Y"), Dutch as "wat {object} <label_nl>".

Examples
--------
>>> import graph
>>> G = graph.load()
>>> path = next(p for p in graph.find_paths(G, "magnesium", "melatonin") if "serotonin" in p.nodes)
>>> sentence = graph.explain(G, path)
>>> sentence.startswith("Magnesium ") and ", which " in sentence and "Hauwaerts" in sentence
True
>>> ", wat " in graph.explain(G, path, lang="nl")
True
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .paths import VERDICTS, Edge, NetEffect, Path, as_path

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "explain",
    "explain_effect",
    "node_label",
    "relation_label",
    "relation_verb",
    "edge_verb",
    "citation",
    "citations",
    "mid_sentence",
    "sentence_start",
    "counted",
    "in_language",
    "LANGUAGES",
]

LANGUAGES = ("en", "nl")
_DEFAULT_RELATION = "related_to"
# Words for the relation a bare edge list gets: (English, Dutch main clause, Dutch clause after "wat").
_RELATED = ("is related to", "hangt samen met", "met {object} samenhangt")
# The same for an undirected edge of no stated relation: "A is linked to B".
_LINKED = ("is linked to", "is verbonden met", "met {object} verbonden is")
_PREPOSITIONS = frozenset({"of", "to", "by", "with", "from", "for", "in", "into", "on", "as", "than"})
_WHICH = {"en": "which", "nl": "wat"}
# Each phrase in English and Dutch.
_WORDS: dict[str, tuple[Any, Any]] = {
    "net": ("Net effect of {a} on {b}: {verdict} ({counts}).", "Netto-effect van {a} op {b}: {verdict} ({counts})."),
    "counts": (
        "{n}: {up} increasing, {down} decreasing, {unclear} unclear",
        "{n}: {up} verhogend, {down} verlagend, {unclear} onduidelijk",
    ),
    "more": (
        "{n}, more exist: {up} increasing, {down} decreasing, {unclear} unclear",
        "{n}, er zijn er meer: {up} verhogend, {down} verlagend, {unclear} onduidelijk",
    ),
    "path": (("path", "paths"), ("pad", "paden")),
    "hop": (("hop", "hops"), ("stap", "stappen")),
    "none": ("No path from {a} to {b} within {hops}.", "Geen pad van {a} naar {b} binnen {hops}."),
    "against": (
        "No path from {a} to {b} following the arrows within {hops}; {n} if directions are ignored.",
        "Geen pad van {a} naar {b} langs de pijlen binnen {hops}; {n} als de richting niet telt.",
    ),
    "more_than": ("more than {n}", "meer dan {n}"),
    "same": (
        "No path from {a} to itself: source and target are the same concept.",
        "Geen pad van {a} naar zichzelf: begin en doel zijn hetzelfde begrip.",
    ),
}


def explain(G: nx.MultiDiGraph, path: Path | Sequence[Hashable], lang: str = "en", sources: bool = True) -> str:
    """A path as one plain sentence, followed by its sources.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph the path belongs to; labels and relation words come from it.
    path : Path or sequence of node names
        A path from :func:`graph.find_paths`, or its nodes.
    lang : {"en", "nl"}
        English or Dutch.
    sources : bool
        Add the sources, "(author, section; ...)", after the sentence.

    Returns
    -------
    str
        For a step with parallel edges of different relations the first
        edge's relation is used; the sources of all edges are cited.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(relations={
    ...     "activates": {"label": "activates", "label_nl": "activeert", "clause_nl": "{object} activeert"},
    ...     "promotes": {"label": "promotes", "label_nl": "bevordert", "clause_nl": "{object} bevordert"}},
    ...     sources={"h": {"author": "N. Hauwaerts"}})
    >>> G.add_node("gaba_receptor", label="GABA receptor", label_nl="GABA-receptoren")
    >>> G.add_node("relaxation", label="Relaxation", label_nl="Ontspanning")
    >>> _ = G.add_edge("magnesium", "gaba_receptor", relation="activates", source_doc="h", section="GABA")
    >>> _ = G.add_edge("gaba_receptor", "relaxation", relation="promotes", source_doc="h", section="Stress")
    >>> print(explain(G, ["magnesium", "gaba_receptor", "relaxation"]))
    Magnesium activates GABA receptor, which promotes relaxation. (N. Hauwaerts, “GABA”, “Stress”)
    >>> print(explain(G, ["magnesium", "gaba_receptor", "relaxation"], lang="nl", sources=False))
    Magnesium activeert GABA-receptoren, wat ontspanning bevordert.
    """
    _check_lang(lang)
    path = as_path(G, path)
    first = path.steps[0]
    main, _ = _step_label(G, first, lang)
    parts = [sentence_start(node_label(G, first.source, lang)) + " " + _fill(main, G, first.target, lang)]
    for step in path.steps[1:]:
        _, clause = _step_label(G, step, lang)
        parts.append(f"{_WHICH[lang]} {_fill(clause, G, step.target, lang)}")
    text = ", ".join(parts) + "."
    cited = citations(G, (edge for step in path.steps for edge in step.edges)) if sources else []
    return f"{text} ({'; '.join(cited)})" if cited else text


def explain_effect(G: nx.MultiDiGraph, effect: NetEffect, lang: str = "en") -> str:
    """The net effect in one line: verdict and counts, or that there is no path.

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> graph.explain_effect(G, graph.net_effect(G, "magnesium", "melatonin"))  # doctest: +ELLIPSIS
    'Net effect of Magnesium on Melatonin: increases (... paths: ... increasing, 0 decreasing, ... unclear).'
    >>> print(graph.explain_effect(G, graph.net_effect(G, "melatonin", "magnesium", max_hops=2), lang="nl"))
    Geen pad van Melatonine naar Magnesium langs de pijlen binnen 2 stappen; 5 paden als de richting niet telt.
    """
    _check_lang(lang)
    words = in_language(_WORDS, lang)
    a, b = node_label(G, effect.source, lang), node_label(G, effect.target, lang)
    if effect.verdict == "no path":
        if effect.source == effect.target:
            return words["same"].format(a=a)
        hops = counted(effect.paths.max_hops, words["hop"])
        found = effect.paths.ignoring_direction
        if found:
            n = counted(found, words["path"])
            if found > effect.paths.max_paths:
                n = words["more_than"].format(n=counted(effect.paths.max_paths, words["path"]))
            return words["against"].format(a=a, b=b, hops=hops, n=n)
        return words["none"].format(a=a, b=b, hops=hops)
    total = len(effect.paths.paths)
    counts = words["more" if effect.truncated else "counts"].format(
        n=counted(total, words["path"]), up=effect.increases, down=effect.decreases, unclear=effect.unclear
    )
    return words["net"].format(a=a, b=b, verdict=VERDICTS[lang][effect.verdict], counts=counts)


def node_label(G: nx.Graph, node: Hashable, lang: str = "en") -> str:
    """The node's label in ``lang`` as written (``label_nl`` falls back to ``label``, that to the id)."""
    attrs = G.nodes[node]
    keys = ("label_nl", "label") if lang == "nl" else ("label",)
    for key in keys:
        value = attrs.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return str(node)


def relation_label(G: nx.Graph, relation: str, lang: str = "en") -> tuple[str, str]:
    """Templates for a relation: the main clause and the clause after "which"/"wat".

    Each holds ``{object}`` where the object's label goes.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.graph["relations"] = {"converts_to": {"label": "is converted into", "label_nl": "wordt omgezet in",
    ...                                         "clause_nl": "in {object} wordt omgezet"}}
    >>> relation_label(G, "converts_to", "nl")
    ('wordt omgezet in {object}', 'in {object} wordt omgezet')
    >>> relation_label(G, "part_of")          # not in the table: words from the id
    ('is part of {object}', 'is part of {object}')
    """
    entry = G.graph.get("relations", {}).get(relation, {})
    default = relation.replace("_", " ")
    label, label_nl = _given(entry, "label", default), _text(entry.get("label_nl"))
    clause_nl = entry.get("clause_nl")
    if relation == _DEFAULT_RELATION:
        label = label or _RELATED[0]
        if label_nl in ("", default):
            label_nl, clause_nl = _RELATED[1], clause_nl or _RELATED[2]
    if lang == "nl":
        verb = label_nl or label or default
        has_clause = isinstance(clause_nl, str) and "{object}" in clause_nl
        return f"{verb} {{object}}", clause_nl.strip() if has_clause else f"{{object}} {verb}"
    english = f"{label} {{object}}" if label else _english_from_id(relation)
    return english, english


def _step_label(G: nx.Graph, step: Any, lang: str) -> tuple[str, str]:
    """:func:`relation_label` of a step; an undirected step of no stated relation reads "is linked to"."""
    if step.relation == _DEFAULT_RELATION and not any(edge.directed for edge in step.edges):
        entry = G.graph.get("relations", {}).get(_DEFAULT_RELATION, {})
        if _given(entry, "label", "related to") in ("", _RELATED[0]):
            english, main_nl, clause_nl = _LINKED
            return (f"{english} {{object}}",) * 2 if lang == "en" else (f"{main_nl} {{object}}", clause_nl)
    return relation_label(G, step.relation, lang)


def edge_verb(G: nx.Graph, edge: Edge, lang: str = "en") -> str:
    """:func:`relation_verb` of one claim; an undirected edge of no stated relation: "is linked to"."""
    if edge.relation == _DEFAULT_RELATION and not edge.directed:
        return _LINKED[0] if lang == "en" else _LINKED[1]
    return relation_verb(G, edge.relation, lang)


def relation_verb(G: nx.Graph, relation: str, lang: str = "en") -> str:
    """The relation's main-clause words without the object: "activates", "wordt omgezet in"."""
    return " ".join(relation_label(G, relation, lang)[0].replace("{object}", " ").split())


def citation(G: nx.Graph, source_doc: str, sections: Iterable[str] | str = ()) -> str:
    """A source and sections of it: ``Nicolas Hauwaerts, “Slaap”, “GABA”``.

    The source is named by its author, else its title, else its id.

    Examples
    --------
    >>> import graph
    >>> citation(graph.load(), "hauwaerts", "De kalmerende werking van GABA")
    'Nicolas Hauwaerts, “De kalmerende werking van GABA”'
    """
    entry = G.graph.get("sources", {}).get(source_doc, {}) if source_doc else {}
    who = str(entry.get("author") or entry.get("title") or source_doc or "").strip()
    parts = [sections] if isinstance(sections, str) else list(sections)
    quoted = [f"\u201c{part.strip()}\u201d" for part in parts if part.strip()]
    return ", ".join([who, *quoted] if who else quoted)


def citations(G: nx.Graph, edges: Iterable[Edge]) -> list[str]:
    """One :func:`citation` per source of ``edges``, with its distinct sections, in order of appearance."""
    sections: dict[str, list[str]] = {}
    for edge in edges:
        found = sections.setdefault(edge.source_doc, [])
        if edge.section not in found:
            found.append(edge.section)
    cited = (citation(G, doc, parts) for doc, parts in sections.items())
    return [c for c in cited if c]


def mid_sentence(label: str) -> str:
    """A label inside a sentence: "Relaxation" -> "relaxation"; "GABA receptor" stays, and so do
    proper names of more than one capitalised word ("Tyrion-Lannister", "New York").

    Examples
    --------
    >>> mid_sentence("Relaxation"), mid_sentence("Tyrion-Lannister"), mid_sentence("Vitamin b6")
    ('relaxation', 'Tyrion-Lannister', 'vitamin b6')
    """
    if len(label) > 1 and label[0].isupper() and label[1].islower() and not _proper_name(label):
        return label[0].lower() + label[1:]
    return label


def _proper_name(label: str) -> bool:
    """True for a label of two or more words (split on spaces and hyphens) that all start with a capital."""
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", label) if w]
    return len(words) > 1 and all(w[0].isupper() for w in words)


def sentence_start(label: str) -> str:
    """A label opening a sentence: "magnesium" -> "Magnesium"; "pH" stays."""
    if label[:1].islower() and not label[1:2].isupper():
        return label[0].upper() + label[1:]
    return label


def _fill(template: str, G: nx.Graph, node: Hashable, lang: str) -> str:
    label = node_label(G, node, lang)
    if label == str(node):  # no label but the id, as the file spells it ("Myriel"): a name as written
        return template.replace("{object}", label)
    return template.replace("{object}", mid_sentence(label))


def _given(entry: dict[str, Any], key: str, default: str) -> str:
    """The entry's ``key`` when a table gave it (not the default made from the id), else ""."""
    value = _text(entry.get(key))
    return "" if value == default else value


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _english_from_id(relation: str) -> str:
    """A verb phrase made from a relation id: "causes" as it is, "part_of" -> "is part of"."""
    words = relation.replace("_", " ").replace("-", " ").split()
    if not words:
        return f"{_RELATED[0]} {{object}}"
    phrase, first = " ".join(words), words[0].lower()
    if first in ("is", "are", "has", "was") or (first.endswith("s") and not first.endswith("ss")):
        return f"{phrase} {{object}}"
    if words[-1].lower() in _PREPOSITIONS or first.endswith("ed"):
        return f"is {phrase} {{object}}"
    return f"{_RELATED[0]} {{object}} ({phrase})"


def in_language(phrases: dict[str, tuple[Any, Any]], lang: str) -> dict[str, Any]:
    """A table of ``(English, Dutch)`` phrases, in ``lang``."""
    _check_lang(lang)
    return {key: pair[LANGUAGES.index(lang)] for key, pair in phrases.items()}


def counted(n: int, forms: tuple[str, str]) -> str:
    """``n`` with the singular or plural of ``forms``: "1 path", "2 paths"."""
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
