"""Paths from one concept to another, the sign of each, and the net effect over them.

A **path** is a simple path of at least one hop that follows the arrows; an
undirected edge (any edge of an undirected graph, or one carrying
``directed=False`` in a directed one) is walked both ways (see
:mod:`graph.ask.walk`). Each **step** ``u -> v`` holds all parallel edges
that lead from ``u`` to ``v``, in edge-key order;
its sign is the common sign of its signed edges (0 when none is signed or
they disagree). A path's sign is the product of its step signs: 1
increases, -1 decreases, 0 unclear. Paths come shortest first, then in
code-point order of their node ids, at most ``max_paths`` of them, with a
flag when more exist. The page's path finder follows the same rules.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> result = graph.find_paths(G, "magnesium", "melatonine")
>>> via_serotonin = [p for p in result.paths if "serotonin" in p.nodes]
>>> via_serotonin[0].nodes, via_serotonin[0].effect
(('magnesium', 'serotonin', 'melatonin'), 'increases')
>>> graph.net_effect(G, "Magnesium", "Melatonin").verdict
'increases'
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from ..read.direction import edge_is_directed
from ..read.hedges import is_hedged
from .names import NameIndex
from .rendering import html_of
from .rows import PATH_COLUMNS, frame, paths_rows
from .search import simple_paths
from .walk import Arrows, has_direction
from .words import change_of, hedged_words

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

__all__ = [
    "Edge",
    "Step",
    "Path",
    "PathResult",
    "NetEffect",
    "find_paths",
    "net_effect",
    "as_path",
    "step_between",
    "resolve_nodes",
    "json_value",
    "is_hedged",
    "EFFECTS",
    "VERDICTS",
    "DEFAULT_MAX_HOPS",
    "DEFAULT_MAX_PATHS",
]

DEFAULT_MAX_HOPS = 4
DEFAULT_MAX_PATHS = 20
#: The word for a sign, by language.
EFFECTS = {
    "en": {1: "increases", -1: "decreases", 0: "unclear", "link": "link"},
    "nl": {1: "verhoogt", -1: "verlaagt", 0: "onduidelijk", "link": "verband"},
}
#: The word for a verdict (the English word is the verdict's value), by language.
VERDICTS = {
    "en": {v: v for v in ("increases", "decreases", "mixed", "unclear", "link", "no path")},
    "nl": {
        "increases": "verhoogt",
        "decreases": "verlaagt",
        "mixed": "gemengd",
        "unclear": "onduidelijk",
        "link": "verband",
        "no path": "geen pad",
    },
}
_DEFAULT_RELATION = "related_to"


@dataclass(frozen=True)
class Edge:
    """One claim: an edge of the graph with its relation, sign, evidence (English and Dutch) and source.

    ``hedged`` is true when the source states the claim with a hedge ("may",
    "kan"); ``against`` when a walk that ignores directions took the edge
    against its arrow: the claim then runs from the step's target to its
    source, and says nothing of the step's direction.
    """

    key: Any
    relation: str
    sign: int
    evidence: str = ""
    source_doc: str = ""
    section: str = ""
    evidence_nl: str = ""
    directed: bool = True
    hedged: bool = False
    against: bool = False

    def evidence_in(self, lang: str) -> tuple[str, str]:
        """The evidence in ``lang`` ("en" or "nl") and the language it is in: the other one when only that is given.

        Examples
        --------
        >>> Edge(0, "causes", 1, evidence="Stress causes twitches.").evidence_in("nl")
        ('Stress causes twitches.', 'en')
        """
        texts = {"en": self.evidence, "nl": self.evidence_nl}
        if texts.get(lang):
            return texts[lang], lang
        other = "en" if lang == "nl" else "nl"
        return (texts[other], other) if texts[other] else ("", lang)

    def to_dict(self) -> dict[str, Any]:
        """The edge as JSON-ready values (with ``"directed": false`` for an undirected edge)."""
        data = {
            "key": json_value(self.key),
            "relation": self.relation,
            "sign": self.sign,
            "evidence": self.evidence,
            "evidence_nl": self.evidence_nl,
            "source_doc": self.source_doc,
            "section": self.section,
        }
        if not self.directed:
            data["directed"] = False
        if self.hedged:
            data["hedged"] = True
        if self.against:
            data["against"] = True
        return data


@dataclass(frozen=True)
class Step:
    """The hop ``source -> target`` with all its parallel edges, in edge-key order.

    Its answers (``sign``, ``edge``, ...) are worked out once: a step is shared by the many paths
    that take it, and never changes."""

    source: Hashable
    target: Hashable
    edges: tuple[Edge, ...]

    @cached_property
    def against(self) -> bool:
        """True when every edge of the step was walked against its arrow (directions ignored)."""
        return all(edge.against for edge in self.edges)

    @cached_property
    def sign(self) -> int:
        """The common sign of the signed edges that run the step's way; 0 when none is signed, they
        disagree, or the step only walks against arrows (a claim says nothing of the other way)."""
        signs = {edge.sign for edge in self.edges if edge.sign and not edge.against}
        return signs.pop() if len(signs) == 1 else 0

    @cached_property
    def edge(self) -> Edge:
        """The edge whose claim the step tells: the first one with the step's sign, an unhedged one
        before a hedged one; else the first edge that runs the step's way; else the first edge."""
        sign = self.sign
        ahead = [edge for edge in self.edges if not edge.against] or list(self.edges)
        if sign:
            signed = [edge for edge in ahead if edge.sign == sign]
            return next((edge for edge in signed if not edge.hedged), signed[0])
        return ahead[0]

    @cached_property
    def hedged(self) -> bool:
        """True when every claim that gives the step its sign is hedged (or, unsigned, its claim is)."""
        sign = self.sign
        if sign:
            return all(edge.hedged for edge in self.edges if edge.sign == sign and not edge.against)
        return self.edge.hedged

    @cached_property
    def relation(self) -> str:
        """The relation of :attr:`edge` (the one a sentence uses)."""
        return self.edge.relation

    def to_dict(self) -> dict[str, Any]:
        """The step as JSON-ready values."""
        return {
            "source": json_value(self.source),
            "target": json_value(self.target),
            "relation": self.relation,
            "sign": self.sign,
            **({"hedged": True} if self.hedged else {}),
            **({"against": True} if self.against else {}),
            "edges": [edge.to_dict() for edge in self.edges],
        }


@dataclass(frozen=True)
class Path:
    """A simple directed path: its ``nodes`` and the ``steps`` between them."""

    nodes: tuple[Hashable, ...]
    steps: tuple[Step, ...]

    @property
    def hops(self) -> int:
        """The number of steps."""
        return len(self.steps)

    def __repr__(self) -> str:
        chain = " \u2192 ".join(map(str, self.nodes))
        return f"Path({chain}, {self.effect})"

    @cached_property
    def sign(self) -> int:
        """The product of the step signs: 1, -1, or 0 when any step is unsigned, unclear or against an arrow."""
        sign = 1
        for step in self.steps:
            sign *= step.sign
        return sign

    @cached_property
    def against(self) -> bool:
        """True when a step walks against an arrow: the path is a link, not an effect."""
        return any(step.against for step in self.steps)

    @cached_property
    def hedged(self) -> bool:
        """True when some step is hedged: the path's effect is one that *may* occur."""
        return any(step.hedged for step in self.steps)

    @property
    def effect(self) -> str:
        """``"increases"``, ``"decreases"``, ``"unclear"``, or ``"link"`` for a path against an arrow."""
        return "link" if self.against else EFFECTS["en"][self.sign]

    def to_dict(self) -> dict[str, Any]:
        """The path as JSON-ready values."""
        return {
            "nodes": [json_value(n) for n in self.nodes],
            "hops": self.hops,
            "sign": self.sign,
            "effect": self.effect,
            "hedged": self.hedged,
            "steps": [step.to_dict() for step in self.steps],
        }


@dataclass(frozen=True)
class PathResult:
    """The paths :func:`find_paths` found; ``truncated`` is true when more exist.

    When no path follows the edge directions, ``ignoring_direction`` counts
    the paths there are when every edge is walked both ways (up to
    ``max_paths``, ``max_paths + 1`` meaning more); ``None`` when that was not
    asked (there are paths, or the graph has no directed edge). :attr:`note`
    says it in words.

    ``labels`` holds the English label of each node on the paths and of each
    relation used, for tables that read well (``{"nodes": {...}, "relations": {...}}``).
    """

    source: Hashable
    target: Hashable
    paths: tuple[Path, ...]
    truncated: bool
    max_hops: int
    max_paths: int
    labels: dict[str, dict[Any, str]] = field(default_factory=dict, compare=False, repr=False)
    ignoring_direction: int | None = None
    ignore_direction: bool = False

    @property
    def note(self) -> str:
        """What an empty answer means: "no path", or that paths exist if directions are ignored."""
        if self.paths:
            return ""
        found = self.ignoring_direction
        if not found:
            return "no path"
        count = f"more than {self.max_paths}" if found > self.max_paths else str(found)
        noun = "path" if found == 1 else "paths"
        return f"no path following the arrows; {count} {noun} if directions are ignored"

    def __iter__(self) -> Iterator[Path]:
        return iter(self.paths)

    def __len__(self) -> int:
        return len(self.paths)

    def __repr__(self) -> str:
        count = f"{len(self.paths)} path{'' if len(self.paths) == 1 else 's'}"
        more = ", more exist" if self.truncated else ""
        if self.ignoring_direction:
            more += f"; {self.note}"
        return f"PathResult({self.source} \u2192 {self.target}: {count} of at most {self.max_hops} hops{more})"

    def _repr_html_(self) -> str:
        return html_of(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per path: ``chain``, ``hops``, ``effect``, ``sign``, ``relations``, ``sources``, ``nodes``.

        ``chain`` reads "magnesium → serotonin → melatonin"; ``nodes`` holds the ids as a tuple.
        """
        return frame(paths_rows(self), PATH_COLUMNS)

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready values."""
        return {
            "source": json_value(self.source),
            "target": json_value(self.target),
            "max_hops": self.max_hops,
            "max_paths": self.max_paths,
            "truncated": self.truncated,
            **({"ignore_direction": True} if self.ignore_direction else {}),
            **({"ignoring_direction": self.ignoring_direction} if self.ignoring_direction is not None else {}),
            "paths": [path.to_dict() for path in self.paths],
        }


@dataclass(frozen=True)
class NetEffect:
    """How the paths from ``source`` to ``target`` act on it, counted, with a verdict.

    ``verdict`` is "increases" or "decreases" when every signed path agrees
    (and at least one is signed), "mixed" when both occur, "unclear" when
    no path is signed, "link" when every path walks against an arrow (so no
    source says how one acts on the other) and "no path" when there is none.
    A path against an arrow counts as a ``links``, never as an effect.
    ``hedged`` is true when every path that gives the verdict has a hedged
    step: the sources say the effect *may* occur.
    """

    source: Hashable
    target: Hashable
    increases: int
    decreases: int
    unclear: int
    verdict: str
    paths: PathResult
    links: int = 0
    hedged: bool = False

    @classmethod
    def of(cls, result: PathResult) -> NetEffect:
        """The net effect over the paths of ``result``."""
        effects = [path.effect for path in result.paths]
        up, down, links = effects.count("increases"), effects.count("decreases"), effects.count("link")
        if not effects:
            verdict = "no path"
        elif up and down:
            verdict = "mixed"
        elif up or down:
            verdict = "increases" if up else "decreases"
        elif links == len(effects):
            verdict = "link"
        else:
            verdict = "unclear"
        giving = [path for path in result.paths if path.effect == verdict]
        hedged = bool(giving) and all(path.hedged for path in giving)
        return cls(result.source, result.target, up, down, effects.count("unclear"), verdict, result, links, hedged)

    @property
    def truncated(self) -> bool:
        """True when more paths exist than were counted."""
        return self.paths.truncated

    def __repr__(self) -> str:
        counts = f"{self.increases} increasing, {self.decreases} decreasing, {self.unclear} unclear"
        if self.links:
            counts += f", {self.links} against an arrow"
        return f"NetEffect({self.source} \u2192 {self.target}: {self.verdict}; {counts})"

    def _repr_html_(self) -> str:
        return html_of(self)

    def to_frame(self) -> pd.DataFrame:
        """The paths counted, as :meth:`PathResult.to_frame` gives them."""
        return self.paths.to_frame()

    def to_dict(self) -> dict[str, Any]:
        """The verdict, the counts and the paths as JSON-ready values."""
        data = self.paths.to_dict()
        paths = data.pop("paths")
        data.update(verdict=self.verdict, increases=self.increases, decreases=self.decreases, unclear=self.unclear)
        data.update(links=self.links, hedged=self.hedged)
        data["paths"] = paths
        return data


def find_paths(
    G: nx.MultiDiGraph,
    source: Hashable,
    target: Hashable,
    max_hops: int = DEFAULT_MAX_HOPS,
    max_paths: int = DEFAULT_MAX_PATHS,
    ignore_direction: bool = False,
) -> PathResult:
    """The simple directed paths from ``source`` to ``target``, shortest first.

    Parameters
    ----------
    G : networkx graph
        Any of the four classes; edges may carry ``relation``, ``sign``,
        ``evidence``, ``source_doc``, ``section`` and ``directed``. The
        graph is not changed.
    source, target : str or node
        Ids, English or Dutch labels, or synonyms (see :func:`graph.resolve`).
    max_hops : int
        The longest path considered, in steps.
    max_paths : int
        The most paths returned; ``truncated`` says whether more exist.
    ignore_direction : bool
        Walk every edge both ways. An edge walked against its arrow keeps
        its claim as its source made it (``Edge.against``), and a path with
        such a step is a link with no effect (``Path.effect == "link"``).

    Returns
    -------
    PathResult
        ``.paths`` ordered by hops, then by the node ids in code-point order;
        empty when ``source`` is ``target`` or no path exists, and then
        ``.ignoring_direction`` counts the paths there are if directions
        are ignored (when the graph has directed edges).

    Raises
    ------
    NodeNotFound, AmbiguousName
        When a name does not identify one node.
    ValueError
        When ``max_hops`` or ``max_paths`` is below 1.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("mg", "gaba", relation="promotes", sign=1, evidence="Mg helps GABA.")
    0
    >>> G.add_edge("gaba", "sleep", relation="promotes", sign=1)
    0
    >>> G.add_edge("mg", "sleep", relation="affects", sign=0)
    0
    >>> result = find_paths(G, "mg", "sleep")
    >>> [(p.nodes, p.effect) for p in result.paths]
    [(('mg', 'sleep'), 'unclear'), (('mg', 'gaba', 'sleep'), 'increases')]
    >>> step = result.paths[1].steps[0]
    >>> step.source, step.target, step.relation, step.sign, step.edges[0].evidence
    ('mg', 'gaba', 'promotes', 1, 'Mg helps GABA.')

    On the magnesium data, by Dutch names:

    >>> import graph
    >>> result = graph.find_paths(graph.load(), "Magnesium", "Slaap", max_hops=3)
    >>> result.source, result.target, result.paths[0].hops <= result.paths[-1].hops <= 3
    ('magnesium', 'sleep', True)

    Ignoring directions, a step against an arrow is told as its source made it:

    >>> back = find_paths(G, "sleep", "mg", max_hops=1, ignore_direction=True).paths[0]
    >>> back.effect, back.steps[0].against
    ('link', True)
    """
    _check_limit("max_hops", max_hops)
    _check_limit("max_paths", max_paths)
    source, target = resolve_nodes(G, source, target)
    arrows = Arrows(G, ignore_direction=ignore_direction)
    found = simple_paths(arrows, source, target, max_hops, max_paths + 1)
    steps: dict[tuple[Hashable, Hashable], Step] = {}
    paths = tuple(_path(arrows, nodes, steps) for nodes in found[:max_paths])
    ignoring = None
    if not paths and source != target and not ignore_direction and has_direction(G):
        ignoring = len(simple_paths(Arrows(G, ignore_direction=True), source, target, max_hops, max_paths + 1))
    return PathResult(
        source,
        target,
        paths,
        len(found) > max_paths,
        max_hops,
        max_paths,
        _labels(G, (source, target), paths),
        ignoring,
        ignore_direction,
    )


def _labels(G: nx.MultiDiGraph, ends: tuple[Hashable, Hashable], paths: tuple[Path, ...]) -> dict[str, dict[Any, str]]:
    """English labels of the two ends, the nodes and the relations on ``paths`` (the id where there is none)."""
    relations = G.graph.get("relations", {})
    nodes: dict[Any, str] = {node: str(G.nodes[node].get("label") or node) for node in ends}
    used: dict[Any, str] = {}
    for path in paths:
        for node in path.nodes:
            nodes[node] = str(G.nodes[node].get("label") or node)
        for step in path.steps:
            for edge in step.edges:
                used[edge.relation] = str(relations.get(edge.relation, {}).get("label") or edge.relation)
    return {
        "nodes": nodes,
        "relations": used,
        "hedged": hedged_words(G, (step.relation for path in paths for step in path.steps if step.hedged)),
        "change": {ends[1]: change_of(G, ends[1])},
    }


def net_effect(
    G: nx.MultiDiGraph,
    source: Hashable,
    target: Hashable,
    max_hops: int = DEFAULT_MAX_HOPS,
    max_paths: int = DEFAULT_MAX_PATHS,
    ignore_direction: bool = False,
) -> NetEffect:
    """How ``source`` acts on ``target`` over the paths :func:`find_paths` returns.

    Takes the arguments of :func:`find_paths`. Returns a :class:`NetEffect`
    with the counts of increasing, decreasing and unclear paths, the
    verdict, and the paths themselves (``.paths``).

    Examples
    --------
    >>> import graph
    >>> effect = graph.net_effect(graph.load(), "magnesium", "melatonin")
    >>> effect.verdict, effect.increases >= 1, effect.decreases
    ('increases', True, 0)
    """
    found = find_paths(G, source, target, max_hops=max_hops, max_paths=max_paths, ignore_direction=ignore_direction)
    return NetEffect.of(found)


def as_path(G: nx.MultiDiGraph, path: Path | Sequence[Hashable], ignore_direction: bool = False) -> Path:
    """``path`` as a :class:`Path`: a Path is returned as it is; node names are looked up.

    With ``ignore_direction`` a step may walk an edge against its arrow (see :func:`find_paths`).

    Raises
    ------
    ValueError
        When fewer than two nodes are given or two consecutive ones have no edge.

    Examples
    --------
    >>> import graph
    >>> as_path(graph.load(), ["Magnesium", "Serotonine", "Melatonine"]).sign
    1
    """
    if isinstance(path, Path):
        return path
    if isinstance(path, str) or len(path) < 2:
        raise ValueError(f"a path needs at least two nodes, not {path!r}")
    nodes = resolve_nodes(G, *path)
    arrows = Arrows(G, ignore_direction=ignore_direction)
    for u, v in pairwise(nodes):
        if not arrows.edges(u, v):
            raise ValueError(f"no edge from {u!r} to {v!r} in the graph")
    return _path(arrows, nodes, {})


def step_between(G: nx.MultiDiGraph, u: Hashable, v: Hashable, relations: frozenset[str] | None = None) -> Step | None:
    """The step ``u -> v`` with its edges (only those of ``relations`` when given), or ``None``."""
    edges = tuple(edge for edge in _edges(Arrows(G), u, v) if relations is None or edge.relation in relations)
    return Step(u, v, edges) if edges else None


def resolve_nodes(G: nx.Graph, *names: Hashable) -> tuple[Hashable, ...]:
    """The nodes ``names`` stand for, building one name index at most (see :func:`graph.resolve`)."""
    index: NameIndex | None = None
    nodes = []
    for name in names:
        if _in_graph(G, name):
            nodes.append(name)
            continue
        index = index or NameIndex(G)
        nodes.append(index.resolve(name))
    return tuple(nodes)


def json_value(value: Any) -> Any:
    """A node id or edge key as a JSON value: strings and numbers as they are, anything else as text."""
    return value if isinstance(value, (str, int, float)) or value is None else str(value)


def _check_limit(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{name} must be a whole number of at least 1, not {value!r}")


def _in_graph(G: nx.Graph, name: Hashable) -> bool:
    try:
        return name in G
    except TypeError:
        return False


def _edges(arrows: Arrows, u: Hashable, v: Hashable) -> Iterator[Edge]:
    G = arrows.G
    for key, attrs in arrows.edges(u, v):
        relation = _text(attrs.get("relation")) or _DEFAULT_RELATION
        sign = _sign(attrs.get("sign"))
        directed = edge_is_directed(G, attrs)
        against = directed and not _runs(G, u, v, key, attrs)
        if arrows.ignore and relation == _DEFAULT_RELATION and not sign:
            against = directed = False  # a link of no stated relation or sign says the same both ways
        yield Edge(
            key,
            relation,
            sign,
            _text(attrs.get("evidence")),
            _text(attrs.get("source_doc")),
            _text(attrs.get("section")),
            _text(attrs.get("evidence_nl")),
            directed,
            is_hedged(attrs.get("hedged")),
            against,
        )


def _runs(G: nx.Graph, u: Hashable, v: Hashable, key: Any, attrs: dict[str, Any]) -> bool:
    """True when the edge holding ``attrs`` is written from ``u`` to ``v`` (not walked back from ``v``)."""
    ahead = G.succ[u].get(v)
    if ahead is None:
        return False
    return (ahead.get(key) if G.is_multigraph() else ahead) is attrs


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _sign(value: Any) -> int:
    return value if value in (-1, 0, 1) and not isinstance(value, bool) else 0


def _path(arrows: Arrows, nodes: Sequence[Hashable], steps: dict[tuple[Hashable, Hashable], Step]) -> Path:
    made = []
    for pair in pairwise(nodes):
        step = steps.get(pair)
        if step is None:
            step = steps[pair] = Step(pair[0], pair[1], tuple(_edges(arrows, *pair)))
        made.append(step)
    return Path(tuple(nodes), tuple(made))
