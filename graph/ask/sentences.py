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
    "hedged_label",
    "change_of",
    "change_words",
    "CHANGES",
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
    "path_effect": ("Net effect: {a} {change}.", "Netto: {a} {change}."),
    "path_unclear": (
        "Net effect: unclear, since not every step says whether it increases or decreases.",
        "Netto: onduidelijk, want niet elke stap zegt of hij verhoogt of verlaagt.",
    ),
    "path_link": (
        "No net effect: a step runs against the direction of its claim, so this chain only links {a} and {b}.",
        "Geen netto-effect: een stap gaat tegen de richting van zijn bewering in, dus deze keten legt alleen een"
        " verband tussen {a} en {b}.",
    ),
    "link": (
        "Net effect of {a} on {b}: none stated; every path runs against the direction of a claim ({n}).",
        "Netto-effect van {a} op {b}: geen; elk pad gaat tegen de richting van een bewering in ({n}).",
    ),
    "links": (", {n} against an arrow", ", {n} tegen een pijl in"),
    "more_exist": (", more exist", ", er zijn er meer"),
    # Parallel edges of a step: who says it, what else is claimed of the same two concepts.
    "according": ("according to {who}", "volgens {who}"),
    "and": (" and ", " en "),
    "also": (", and {clause}", ", en {clause}"),
    "differ": (", so the claims differ in direction", ", dus de beweringen verschillen in richting"),
    "too_little": ("too little {a}", "te weinig {a}"),
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
    text = "; ".join(_clauses(G, path, lang)) + "."
    if path.hops > 1 or path.against:
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
    if effect.verdict == "link":
        n = counted(total, words["path"]) + (words["more_exist"] if effect.truncated else "")
        return words["link"].format(a=a, b=b, n=n)
    counts = words["more" if effect.truncated else "counts"].format(
        n=counted(total, words["path"]), up=effect.increases, down=effect.decreases, unclear=effect.unclear
    )
    if effect.links:
        counts += words["links"].format(n=effect.links)
    verdict = VERDICTS[lang][effect.verdict]
    if effect.verdict in ("increases", "decreases") and (effect.hedged or change_of(G, effect.target) != "amount"):
        sign = 1 if effect.verdict == "increases" else -1
        template = change_words(G, effect.target, sign, lang, hedged=effect.hedged)[0]
        verdict = re.sub(r"\s*\b(of|op)?\s*\{object\}", "", template)  # "lowers the risk", "kan de kans verkleinen"
    return words["net"].format(a=a, b=b, verdict=verdict, counts=counts)


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


def edge_verb(G: nx.Graph, edge: Edge, lang: str = "en") -> str:
    """:func:`relation_verb` of one claim; an undirected edge of no stated relation: "is linked to";
    a hedged claim hedged ("may relieve", "kan verlichten")."""
    if edge.relation == _DEFAULT_RELATION and not edge.directed:
        return _LINKED[lang][0]
    if edge.hedged:
        return " ".join(hedged_label(G, edge.relation, lang)[0].replace("{object}", " ").split())
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


def _clauses(G: nx.MultiDiGraph, path: Path, lang: str) -> list[str]:
    """One clause per step; a step into a lack of its source ("magnesium prevents a magnesium
    deficiency") followed by a step out of that lack reads as people say it: "too little magnesium ..."."""
    clauses: list[str] = []
    steps = path.steps
    i = 0
    while i < len(steps):
        step = steps[i]
        if i + 1 < len(steps) and _lack_step(G, step) and not steps[i + 1].edge.against:
            lack = in_language(_WORDS, lang)["too_little"].format(a=node_in_text(G, step.source, lang))
            clauses.append(_step_clause(G, steps[i + 1], lang, first=i == 0, subject=lack))
            i += 2
            continue
        clauses.append(_step_clause(G, step, lang, first=i == 0))
        i += 1
    return clauses


def _lack_step(G: nx.Graph, step: Step) -> bool:
    """True for a step from a concept to its lack (the target's ``lack_of`` names the source), against it."""
    return not step.against and step.sign == -1 and str(G.nodes[step.target].get("lack_of") or "") == str(step.source)


def _step_clause(G: nx.MultiDiGraph, step: Step, lang: str, first: bool, subject: str = "") -> str:
    """One step as a clause with its own subject: "de GABA-receptor bevordert ontspanning (volgens ...)".

    A step walked against its arrow is told the way its source made the claim, from the step's target.
    """
    edge = step.edge
    u, v = (step.target, step.source) if edge.against else (step.source, step.target)
    if subject:
        plural = False
        subject = sentence_start(subject) if first else subject
    else:
        subject = _subject(G, u, lang, first)
        plural = _is_plural(G, u, lang)
    clause = f"{subject} {_predicate(G, edge, v, lang, plural)}"
    return clause + _parallel_note(G, step, lang, plural)


def _subject(G: nx.Graph, node: Hashable, lang: str, first: bool) -> str:
    if first:  # a label opening a sentence keeps its capitals ("GABA receptor"); in_text gets one
        given = _in_text(G, node, lang)
        return sentence_start(given or node_label(G, node, lang))
    return node_in_text(G, node, lang)


def _predicate(G: nx.Graph, edge: Edge, obj: Hashable, lang: str, plural: bool) -> str:
    """The verb phrase of one claim with its object, hedged when the claim is."""
    singular, many = _edge_label(G, edge, obj, lang)
    template = many if plural else singular
    return template.replace("{object}", node_in_text(G, obj, lang))


def _edge_label(G: nx.Graph, edge: Edge, obj: Hashable, lang: str) -> tuple[str, str]:
    """Templates (singular, plural subject) for one claim: the change its object undergoes for the
    amount relations, "is linked to" for a bare undirected link, the hedged form when hedged."""
    if edge.relation == _DEFAULT_RELATION and not edge.directed:
        entry = G.graph.get("relations", {}).get(_DEFAULT_RELATION, {})
        if _given(entry, "label", "related to") in ("", _RELATED["en"][0]):
            singular, plural = _LINKED[lang]
            return f"{singular} {{object}}", f"{plural} {{object}}"
    kind = change_of(G, obj)
    if edge.relation in _AMOUNT_RELATIONS and edge.sign and kind != "amount":
        return change_words(G, obj, edge.sign, lang, hedged=edge.hedged)
    if edge.hedged:
        return hedged_label(G, edge.relation, lang)
    return relation_label(G, edge.relation, lang)


def _parallel_note(G: nx.MultiDiGraph, step: Step, lang: str, plural: bool) -> str:
    """For a step of several edges: who makes the told claim, the other claims as clauses with their
    sources, and whether their directions differ."""
    if len(step.edges) < 2:
        return ""
    words = in_language(_WORDS, lang)
    told = step.edge
    groups: dict[tuple[str, bool, bool], list[Edge]] = {}
    for edge in (told, *(e for e in step.edges if e is not told)):
        groups.setdefault((edge.relation, edge.hedged, edge.against), []).append(edge)
    notes = []
    for i, ((_, _, against), edges) in enumerate(groups.items()):
        who = _who(G, edges, words)
        said = f" ({words['according'].format(who=who)})" if who else ""
        if i == 0:
            notes.append(said)
            continue
        edge = edges[0]
        if against == told.against:
            obj = step.source if against else step.target
            clause = _predicate(G, edge, obj, lang, plural)
        else:
            u, v = (step.target, step.source) if against else (step.source, step.target)
            clause = f"{node_in_text(G, u, lang)} {_predicate(G, edge, v, lang, _is_plural(G, u, lang))}"
        notes.append(words["also"].format(clause=clause) + said)
    if len({edge.sign for edge in step.edges if edge.sign and not edge.against}) > 1:
        notes.append(str(words["differ"]))
    return "".join(notes)


def _who(G: nx.Graph, edges: list[Edge], words: dict[str, Any]) -> str:
    names: list[str] = []
    for edge in edges:
        name = _author(G, edge.source_doc)
        if name and name not in names:
            names.append(name)
    return str(words["and"]).join(names)


def _net_sentence(G: nx.MultiDiGraph, path: Path, lang: str) -> str:
    """The path's net effect, once: its sign in words, worded for what changes in the target."""
    words = in_language(_WORDS, lang)
    source, target = path.nodes[0], path.nodes[-1]
    if path.against:
        a, b = node_in_text(G, source, lang), node_in_text(G, target, lang)
        return str(words["path_link"]).format(a=a, b=b)
    if path.sign == 0:
        return str(words["path_unclear"])
    if lang == "nl":
        return _dutch_net(G, path)
    change = change_words(G, target, path.sign, lang, hedged=path.hedged)[1 if _is_plural(G, source, lang) else 0]
    change = change.replace("{object}", node_in_text(G, target, lang))
    return str(words["path_effect"]).format(a=node_in_text(G, source, lang), change=change)


def _dutch_net(G: nx.MultiDiGraph, path: Path) -> str:
    """ "Netto: meer magnesium betekent betere slaap." (the bare names, without article)."""
    source, target = path.nodes[0], path.nodes[-1]
    a = _dutch_cause(G, source)
    kind = change_of(G, target)
    if kind == "balance":  # a balance is kept or disturbed: the verb takes the name with its article
        verb = _CHANGES["nl"]["balance"][path.sign]
        b = node_in_text(G, target, "nl")
        change = f"kan {b} {verb[2]}" if path.hedged else f"{verb[0]} {b}"
        return f"Netto: {a} {change}."
    b = mid_sentence(node_label(G, target, "nl"))
    if kind == "quality":
        b = f"{_dutch_adjective(G, target, 'beter' if path.sign == 1 else 'slechter')} {b}"
    else:
        b = _DUTCH_NET[kind][path.sign].format(b=b)
    return f"Netto: {a} kan {b} betekenen." if path.hedged else f"Netto: {a} betekent {b}."


def _dutch_cause(G: nx.Graph, node: Hashable) -> str:
    """The start of a Dutch net effect: "meer magnesium", "betere slaap", "een goede elektrolytenbalans",
    or a condition as it occurs ("een magnesiumtekort", "angst")."""
    kind = change_of(G, node)
    name = mid_sentence(node_label(G, node, "nl"))
    if kind == "quality":
        return f"{_dutch_adjective(G, node, 'beter')} {name}"
    if kind == "balance":
        return f"een {_dutch_adjective(G, node, 'goed')} {name}"
    if kind == "risk":
        return node_in_text(G, node, "nl")
    return f"meer {name}"


def _dutch_adjective(G: nx.Graph, node: Hashable, adjective: str) -> str:
    """``adjective`` inflected for the node's Dutch name: "beter geheugen" for a het-word, else "betere"."""
    return adjective if _in_text(G, node, "nl").startswith("het ") else f"{adjective}e"


#: Relations that say "more" or "less" of their object, worded by what changes in it.
_AMOUNT_RELATIONS = frozenset({"increases", "decreases"})
#: What a change in a concept means (the node's ``change``): default "amount".
CHANGES = ("amount", "quality", "risk", "balance")
#: Per language, kind and sign: (singular, plural, infinitive) verb phrases, ``{object}`` where the object goes.
_CHANGES: dict[str, dict[str, dict[int, tuple[str, str, str]]]] = {
    "en": {
        "amount": {1: ("increases", "increase", "increase"), -1: ("decreases", "decrease", "decrease")},
        "quality": {1: ("improves", "improve", "improve"), -1: ("worsens", "worsen", "worsen")},
        "risk": {
            1: ("raises the risk of", "raise the risk of", "raise the risk of"),
            -1: ("lowers the risk of", "lower the risk of", "lower the risk of"),
        },
        "balance": {1: ("supports", "support", "support"), -1: ("disturbs", "disturb", "disturb")},
    },
    "nl": {
        "amount": {1: ("verhoogt", "verhogen", "verhogen"), -1: ("verlaagt", "verlagen", "verlagen")},
        "quality": {
            1: ("verbetert", "verbeteren", "verbeteren"),
            -1: ("verslechtert", "verslechteren", "verslechteren"),
        },
        "risk": {
            1: ("vergroot de kans op", "vergroten de kans op", "vergroten"),
            -1: ("verkleint de kans op", "verkleinen de kans op", "verkleinen"),
        },
        "balance": {1: ("ondersteunt", "ondersteunen", "ondersteunen"), -1: ("verstoort", "verstoren", "verstoren")},
    },
}
_DUTCH_NET = {
    "amount": {1: "meer {b}", -1: "minder {b}"},
    "risk": {1: "een grotere kans op {b}", -1: "een kleinere kans op {b}"},
}


def change_of(G: nx.Graph, node: Hashable) -> str:
    """What a change in ``node`` means: its ``change`` attribute if it is one of :data:`CHANGES`, else "amount".

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> [change_of(G, node) for node in ("melatonin", "sleep", "osteoporosis", "electrolyte_balance")]
    ['amount', 'quality', 'risk', 'balance']
    """
    value = G.nodes[node].get("change")
    value = value.strip().lower() if isinstance(value, str) else ""
    return value if value in CHANGES else "amount"


def change_words(G: nx.Graph, node: Hashable, sign: int, lang: str = "en", hedged: bool = False) -> tuple[str, str]:
    """Templates (singular, plural subject) saying that ``node`` goes up (``sign`` 1) or down (-1),
    worded for what changes in it: "improves {object}", "vergroot de kans op {object}".

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> change_words(G, "sleep", 1)
    ('improves {object}', 'improve {object}')
    >>> change_words(G, "osteoporosis", 1, "nl", hedged=True)
    ('kan de kans op {object} vergroten', 'kunnen de kans op {object} vergroten')
    """
    kind = change_of(G, node)
    singular, plural, infinitive = _CHANGES[lang][kind][sign]
    if not hedged:
        return f"{singular} {{object}}", f"{plural} {{object}}"
    if lang == "en":
        return f"may {infinitive} {{object}}", f"may {infinitive} {{object}}"
    body = f"de kans op {{object}} {infinitive}" if kind == "risk" else f"{{object}} {infinitive}"
    return f"kan {body}", f"kunnen {body}"


def hedged_label(G: nx.Graph, relation: str, lang: str = "en") -> tuple[str, str]:
    """Templates (singular, plural subject) for a hedged claim: "may promote {object}", "kan {object} bevorderen".

    The relation table's ``label_hedged`` / ``label_hedged_nl`` give them (for a singular
    subject; a Dutch plural takes "kunnen" for "kan"); without them English
    puts "may" before the plural verb and Dutch "mogelijk" after the verb. A relation
    with no Dutch words of its own (no ``label_nl``, or the English one copied) is told
    in the words it has, with "mogelijk" before them: "mogelijk associated with", never
    "associated mogelijk with".

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(relations={"relieves": {"label": "relieves", "label_nl": "verlicht", "plural": "relieve"}})
    >>> hedged_label(G, "relieves"), hedged_label(G, "relieves", "nl")
    (('may relieve {object}', 'may relieve {object}'), ('verlicht mogelijk {object}', 'verlicht mogelijk {object}'))
    >>> hedged_label(G, "associated_with")[0], hedged_label(G, "associated_with", "nl")[0]
    ('may be associated with {object}', 'mogelijk associated with {object}')
    """
    entry = G.graph.get("relations", {}).get(relation, {})
    given = _text(entry.get("label_hedged_nl" if lang == "nl" else "label_hedged"))
    if given:
        template = given if "{object}" in given else f"{given} {{object}}"
        if lang == "nl":
            first, _, rest = template.partition(" ")
            return template, f"kunnen {rest}" if first == "kan" else template
        return template, template
    singular, plural = relation_label(G, relation, lang)
    if lang == "en":
        infinitive = plural
        for finite, bare in (("are ", "be "), ("have ", "have ")):
            if infinitive.startswith(finite):
                infinitive = bare + infinitive[len(finite) :]
        return f"may {infinitive}", f"may {infinitive}"
    if not _has_dutch_words(entry, relation):
        return f"mogelijk {singular}", f"mogelijk {plural}"
    return tuple(_mogelijk(t) for t in (singular, plural))  # type: ignore[return-value]


def _has_dutch_words(entry: dict[str, Any], relation: str) -> bool:
    """Whether a relation's Dutch label is its own: given, and not the English label or the id's words."""
    dutch = _text(entry.get("label_nl"))
    if relation == _DEFAULT_RELATION:
        return True  # "hangt samen met" when no Dutch is given (relation_label)
    english = {_text(entry.get("label")).casefold(), relation.replace("_", " ").casefold()}
    return bool(dutch) and dutch.casefold() not in english


def _mogelijk(template: str) -> str:
    first, _, rest = template.partition(" ")
    return f"{first} mogelijk {rest}"


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
