"""Paths and net effects told as plain English or Dutch sentences, with their sources.

A path reads as one clause per step, each with its own subject, joined by
semicolons, then the net effect once ("Magnesium vermindert angst; angst
vermindert de slaap. Netto: ..."). No step hangs on a "which"/"wat" whose
antecedent could be read as the clause before it, so a reader cannot take a
step for the net effect. The words come from the data:

* relations (``G.graph["relations"]``): ``label`` / ``label_nl`` for a
  singular subject, ``plural`` / ``plural_nl`` for a plural one;
* nodes: ``in_text`` / ``in_text_nl``, the name as it reads inside a sentence
  with its article ("de GABA-receptor", "het circadiaanse ritme"), and
  ``plural`` / ``plural_nl`` ("true" when the name is a plural noun; Dutch
  falls back to ``plural`` when a node has no ``plural_nl``).

Without them a sentence still reads: the label in sentence case and, for a
relation without a table, English from its id ("X is related to Y").
A step with parallel edges uses the edge whose sign it takes and says what
the others claim, and when their directions differ.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> path = ["magnesium", "serotonin", "melatonin"]
>>> print(graph.explain(G, path, sources=False))
Magnesium increases serotonin; serotonin is converted into melatonin. Net effect: magnesium increases melatonin.
>>> print(graph.explain(G, path, lang="nl", sources=False))
Magnesium verhoogt serotonine; serotonine wordt omgezet in melatonine. Netto: meer magnesium betekent meer melatonine.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .paths import VERDICTS, Edge, NetEffect, Path, Step, as_path

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "explain",
    "explain_effect",
    "evidence_text",
    "node_label",
    "node_in_text",
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
# Words for the relation a bare edge list gets: English and Dutch, singular and plural subject.
_RELATED = {"en": ("is related to", "are related to"), "nl": ("hangt samen met", "hangen samen met")}
# The same for an undirected edge of no stated relation: "A is linked to B".
_LINKED = {"en": ("is linked to", "are linked to"), "nl": ("is verbonden met", "zijn verbonden met")}
_PREPOSITIONS = frozenset({"of", "to", "by", "with", "from", "for", "in", "into", "on", "as", "than"})
_TRUE = frozenset({"true", "yes", "1"})
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
    # The net effect of a path, stated once after its steps.
    "path_up": ("Net effect: {a} increases {b}.", "Netto: meer {a} betekent meer {b}."),
    "path_down": ("Net effect: {a} decreases {b}.", "Netto: meer {a} betekent minder {b}."),
    "path_unclear": (
        "Net effect: unclear, since not every step says whether it increases or decreases.",
        "Netto: onduidelijk, want niet elke stap zegt of hij verhoogt of verlaagt.",
    ),
    # Parallel edges of a step: whose claim the sign comes from, what the others say.
    "according": ("according to {who}", "volgens {who}"),
    "other": ("according to {who}: {verb}", "volgens {who}: {verb}"),
    "also": ("also: {verb}", "ook: {verb}"),
    "and": (" and ", " en "),
    "differ": ("the claims differ in direction", "de beweringen verschillen in richting"),
    # Evidence shown in the other language than the one asked for.
    "fallback": ("[{lang}] {text}", "[{lang}] {text}"),
}


def explain(G: nx.MultiDiGraph, path: Path | Sequence[Hashable], lang: str = "en", sources: bool = True) -> str:
    """A path as plain sentences: each step with its own subject, then the net effect, then the sources.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph the path belongs to; names and relation words come from it.
    path : Path or sequence of node names
        A path from :func:`graph.find_paths`, or its nodes.
    lang : {"en", "nl"}
        English or Dutch.
    sources : bool
        Add the sources, "(author, section; ...)", after the sentences.

    Returns
    -------
    str
        One clause per step, joined by semicolons. A path of two or more
        steps ends with its net effect, which is always the path's sign. A
        step with parallel edges uses the edge whose sign the step takes,
        names its source, and says what the other edges claim (and when
        their directions differ).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(relations={
    ...     "activates": {"label": "activates", "label_nl": "activeert", "sign": 1},
    ...     "decreases": {"label": "decreases", "label_nl": "vermindert", "sign": -1}},
    ...     sources={"h": {"author": "N. Hauwaerts"}})
    >>> G.add_node("gaba_receptor", label="GABA receptor", label_nl="GABA-receptor", in_text_nl="de GABA-receptor")
    >>> G.add_node("anxiety", label="Anxiety", label_nl="Angst")
    >>> _ = G.add_edge("magnesium", "gaba_receptor", relation="activates", sign=1, source_doc="h", section="GABA")
    >>> _ = G.add_edge("gaba_receptor", "anxiety", relation="decreases", sign=-1, source_doc="h", section="Stress")
    >>> print(explain(G, ["magnesium", "gaba_receptor", "anxiety"], sources=False))
    Magnesium activates GABA receptor; GABA receptor decreases anxiety. Net effect: magnesium decreases anxiety.
    >>> explain(G, ["magnesium", "gaba_receptor"])
    'Magnesium activates GABA receptor. (N. Hauwaerts, “GABA”)'
    >>> chain = ["magnesium", "gaba_receptor", "anxiety"]
    >>> print(explain(G, chain, lang="nl", sources=False))  # doctest: +NORMALIZE_WHITESPACE
    Magnesium activeert de GABA-receptor; de GABA-receptor vermindert angst.
    Netto: meer magnesium betekent minder angst.
    """
    _check_lang(lang)
    path = as_path(G, path)
    text = "; ".join(_step_clause(G, step, lang, first=i == 0) for i, step in enumerate(path.steps)) + "."
    if path.hops > 1:
        text += " " + _net_sentence(G, path, lang)
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
    """Templates for a relation after a singular and after a plural subject.

    Each holds ``{object}`` where the object goes. The words come from the
    relation table: ``label``/``plural`` in English, ``label_nl``/``plural_nl``
    in Dutch. Without a plural form the singular is used (in English one is
    made from it: "causes" -> "cause", "is" -> "are").

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.graph["relations"] = {"converts_to": {"label": "is converted into", "label_nl": "wordt omgezet in",
    ...                                         "plural_nl": "worden omgezet in"}}
    >>> relation_label(G, "converts_to", "nl")
    ('wordt omgezet in {object}', 'worden omgezet in {object}')
    >>> relation_label(G, "converts_to")
    ('is converted into {object}', 'are converted into {object}')
    >>> relation_label(G, "part_of")          # not in the table: words from the id
    ('is part of {object}', 'are part of {object}')
    """
    entry = G.graph.get("relations", {}).get(relation, {})
    default = relation.replace("_", " ")
    if lang == "nl":
        verb = _text(entry.get("label_nl"))
        if relation == _DEFAULT_RELATION and verb in ("", default):
            verb, plural = _RELATED["nl"]
            return f"{verb} {{object}}", f"{plural} {{object}}"
        verb = verb or _given(entry, "label", default) or default
        plural = _text(entry.get("plural_nl")) or verb
        return f"{verb} {{object}}", f"{plural} {{object}}"
    label = _given(entry, "label", default)
    if relation == _DEFAULT_RELATION and not label:
        label = _RELATED["en"][0]
    singular = f"{label} {{object}}" if label else _english_from_id(relation)
    plural = _text(entry.get("plural"))
    return singular, f"{plural} {{object}}" if plural else _english_plural(singular)


def _step_label(G: nx.Graph, step: Step, lang: str) -> tuple[str, str]:
    """:func:`relation_label` of the claim a step's sign comes from; an undirected claim of no
    stated relation reads "is linked to"."""
    edge = step.edge
    if edge.relation == _DEFAULT_RELATION and not edge.directed:
        entry = G.graph.get("relations", {}).get(_DEFAULT_RELATION, {})
        if _given(entry, "label", "related to") in ("", _RELATED["en"][0]):
            singular, plural = _LINKED[lang]
            return f"{singular} {{object}}", f"{plural} {{object}}"
    return relation_label(G, edge.relation, lang)


def edge_verb(G: nx.Graph, edge: Edge, lang: str = "en") -> str:
    """:func:`relation_verb` of one claim; an undirected edge of no stated relation: "is linked to"."""
    if edge.relation == _DEFAULT_RELATION and not edge.directed:
        return _LINKED[lang][0]
    return relation_verb(G, edge.relation, lang)


def relation_verb(G: nx.Graph, relation: str, lang: str = "en") -> str:
    """The relation's words for a singular subject, without the object: "activates", "wordt omgezet in"."""
    return " ".join(relation_label(G, relation, lang)[0].replace("{object}", " ").split())


def node_in_text(G: nx.Graph, node: Hashable, lang: str = "en") -> str:
    """The node's name inside a sentence.

    ``in_text``/``in_text_nl`` when the node has it ("de GABA-receptor"),
    else its label as written mid-sentence ("Relaxation" -> "relaxation").

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> node_in_text(G, "circadian_rhythm", "nl"), node_in_text(G, "sleep"), node_in_text(G, "anxiety", "nl")
    ('het circadiaanse ritme', 'sleep', 'angst')
    """
    given = _in_text(G, node, lang)
    if given:
        return given
    label = node_label(G, node, lang)
    return label if label == str(node) else mid_sentence(label)  # no label but the id: a name as the file spells it


def evidence_text(edge: Edge, lang: str = "en") -> str:
    """The edge's evidence in ``lang``, or in the other language marked "[en]"/"[nl]" when only that is given.

    Examples
    --------
    >>> from graph.ask.paths import Edge
    >>> evidence_text(Edge(0, "causes", 1, "Stress causes twitches.", evidence_nl="Stress geeft trekkingen."), "nl")
    'Stress geeft trekkingen.'
    >>> evidence_text(Edge(0, "causes", 1, "Stress causes twitches."), "nl")
    '[en] Stress causes twitches.'
    """
    _check_lang(lang)
    text, written_in = edge.evidence_in(lang)
    if not text or written_in == lang:
        return text
    return str(in_language(_WORDS, lang)["fallback"]).format(lang=written_in, text=text)


def _step_clause(G: nx.MultiDiGraph, step: Step, lang: str, first: bool) -> str:
    """One step as a clause with its own subject: "de GABA-receptor bevordert ontspanning (volgens ...)"."""
    if first:  # a label opening a sentence keeps its capitals ("GABA receptor"); in_text gets one
        given = _in_text(G, step.source, lang)
        subject = sentence_start(given or node_label(G, step.source, lang))
    else:
        subject = node_in_text(G, step.source, lang)
    singular, plural = _step_label(G, step, lang)
    template = plural if _is_plural(G, step.source, lang) else singular
    clause = f"{subject} {template.replace('{object}', node_in_text(G, step.target, lang))}"
    return clause + _parallel_note(G, step, lang)


def _parallel_note(G: nx.MultiDiGraph, step: Step, lang: str) -> str:
    """For a step of several edges: whose claim gives the sign, what the others say, whether they differ."""
    if len(step.edges) < 2:
        return ""
    words = in_language(_WORDS, lang)
    groups: dict[str, list[str]] = {}
    for edge in (step.edge, *(e for e in step.edges if e is not step.edge)):
        names = groups.setdefault(edge.relation, [])
        name = _author(G, edge.source_doc)
        if name and name not in names:
            names.append(name)
    parts = []
    for i, (relation, names) in enumerate(groups.items()):
        who = words["and"].join(names)
        if i == 0:
            parts += [words["according"].format(who=who)] if who else []
        else:
            verb = relation_verb(G, relation, lang)
            parts.append(words["other"].format(who=who, verb=verb) if who else words["also"].format(verb=verb))
    if len({edge.sign for edge in step.edges if edge.sign}) > 1:
        parts.append(words["differ"])
    return f" ({'; '.join(parts)})" if parts else ""


def _net_sentence(G: nx.MultiDiGraph, path: Path, lang: str) -> str:
    """The path's net effect, once: its sign in words."""
    words = in_language(_WORDS, lang)
    if path.sign == 0:
        return str(words["path_unclear"])
    source, target = path.nodes[0], path.nodes[-1]
    if lang == "nl":  # "meer magnesium betekent minder slaap": the bare names, without article
        a, b = mid_sentence(node_label(G, source, lang)), mid_sentence(node_label(G, target, lang))
    else:
        a, b = node_in_text(G, source, lang), node_in_text(G, target, lang)
    return str(words["path_up" if path.sign == 1 else "path_down"]).format(a=a, b=b)


def _in_text(G: nx.Graph, node: Hashable, lang: str) -> str:
    return _text(G.nodes[node].get("in_text_nl" if lang == "nl" else "in_text"))


def _is_plural(G: nx.Graph, node: Hashable, lang: str) -> bool:
    attrs = G.nodes[node]
    value = attrs["plural_nl"] if lang == "nl" and "plural_nl" in attrs else attrs.get("plural")
    return value is True or (isinstance(value, str) and value.strip().lower() in _TRUE)


def _author(G: nx.Graph, source_doc: str) -> str:
    """A source named by its author, else its title, else its id."""
    entry = G.graph.get("sources", {}).get(source_doc, {}) if source_doc else {}
    return str(entry.get("author") or entry.get("title") or source_doc or "").strip()


def citation(G: nx.Graph, source_doc: str, sections: Iterable[str] | str = ()) -> str:
    """A source and sections of it: ``Nicolas Hauwaerts, “Slaap”, “GABA”``.

    The source is named by its author, else its title, else its id.

    Examples
    --------
    >>> import graph
    >>> citation(graph.load(), "hauwaerts", "De kalmerende werking van GABA")
    'Nicolas Hauwaerts, “De kalmerende werking van GABA”'
    """
    who = _author(G, source_doc)
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
    """A label inside a sentence: "Relaxation" -> "relaxation".

    "GABA receptor" stays, and so does a name with a capital further on
    ("Restless Legs-syndroom", "Tyrion-Lannister", "New York"): a proper name keeps its case.

    Examples
    --------
    >>> mid_sentence("Relaxation"), mid_sentence("Tyrion-Lannister"), mid_sentence("Vitamin b6")
    ('relaxation', 'Tyrion-Lannister', 'vitamin b6')
    """
    if len(label) > 1 and label[0].isupper() and label[1].islower() and not _capital_further_on(label):
        return label[0].lower() + label[1:]
    return label


def _capital_further_on(label: str) -> bool:
    """True when a word after the first starts with a capital: "Restless Legs-syndroom"."""
    return any(word[:1].isupper() for word in re.split(r"[\s\-/]+", label)[1:])


def sentence_start(label: str) -> str:
    """A label opening a sentence: "magnesium" -> "Magnesium"; "pH" stays."""
    if label[:1].islower() and not label[1:2].isupper():
        return label[0].upper() + label[1:]
    return label


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
        return f"{_RELATED['en'][0]} {{object}}"
    phrase, first = " ".join(words), words[0].lower()
    if first in ("is", "are", "has", "was") or (first.endswith("s") and not first.endswith("ss")):
        return f"{phrase} {{object}}"
    if words[-1].lower() in _PREPOSITIONS or first.endswith("ed"):
        return f"is {phrase} {{object}}"
    return f"{_RELATED['en'][0]} {{object}} ({phrase})"


def _english_plural(template: str) -> str:
    """An English verb phrase for a plural subject: "causes X" -> "cause X", "is part of X" -> "are part of X"."""
    first, _, rest = template.partition(" ")
    plural = {"is": "are", "has": "have", "was": "were"}.get(first.lower())
    if plural is None:
        plural = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    return f"{plural} {rest}".strip()


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
