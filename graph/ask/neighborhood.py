"""What lies around a concept: its neighbours, what acts on it, what it acts on, and subgraphs.

Neighbours are given as :class:`~graph.ask.paths.Step` objects (one per pair of
nodes, with all parallel edges), so each carries its relation, sign,
evidence and sources. Subgraphs are copies that :func:`graph.to_html` can
draw; the caller's graph is never changed.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> "serotonin" in [step.target for step in graph.neighbors(G, "magnesium")]
True
>>> graph.upstream(G, "melatonine", depth=2)["tryptophan"]
2
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from .names import resolve, resolve_relations
from .paths import Edge, NetEffect, Path, PathResult, Step, as_path, json_value, step_between
from .rendering import html_of
from .rows import STEP_COLUMNS, frame, steps_rows
from .walk import Arrows, has_direction
from .words import hedged_words

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NeighborResult", "neighbors", "upstream", "downstream", "subgraph_around", "paths_subgraph", "DIRECTIONS"]

#: Which way :func:`neighbors` looks: along edges, against them, or both.
DIRECTIONS = ("out", "in", "both")

Relations = str | Iterable[str] | None


@dataclass(frozen=True)
class NeighborResult:
    """The steps :func:`neighbors` found around ``node``, with the query that found them.

    Iterating gives the steps; ``relations`` holds the relation ids kept
    (``None`` for all) and ``depth`` is ``None`` for no limit.
    """

    node: Hashable
    direction: str
    relations: frozenset[str] | None
    depth: int | None
    steps: tuple[Step, ...]
    #: English labels of the nodes and relations met, for tables (``{"nodes": {...}, "relations": {...}}``).
    labels: dict[str, dict[Any, str]] = field(default_factory=dict, compare=False, repr=False)
    undirected: bool = False

    @property
    def note(self) -> str:
        """Said when ``direction`` means nothing here: the graph has no directed edge."""
        if self.undirected and self.direction != "both":
            return "the graph is undirected: 'in', 'out' and 'both' give the same neighbours"
        return ""

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)

    def _repr_html_(self) -> str:
        return html_of(self)

    def to_frame(self) -> pd.DataFrame:
        """One row per claim: the columns of :func:`graph.to_pandas_edges` (``source``, ``target``, ``key``,
        ``relation``, ``sign``, ``evidence``, ``source_doc``, ``section``)."""
        return frame(steps_rows(self.steps), STEP_COLUMNS)

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready values."""
        return {
            "node": json_value(self.node),
            "direction": self.direction,
            "relations": sorted(self.relations) if self.relations is not None else None,
            "depth": self.depth,
            "steps": [step.to_dict() for step in self.steps],
        }


def neighbors(
    G: nx.MultiDiGraph,
    name: Hashable,
    direction: str = "out",
    relation: Relations = None,
    depth: int | None = 1,
) -> NeighborResult:
    """The steps from (``"out"``), to (``"in"``) or around (``"both"``) a concept.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    name : str or node
        An id, English or Dutch label, or synonym (see :func:`graph.resolve`).
    direction : {"out", "in", "both"}
        Follow edges forwards (what the concept acts on), backwards (what
        acts on it), or both.
    relation : str or list of str, optional
        Keep only edges of these relations (ids or labels).
    depth : int or None
        How many steps away to look; ``None`` for no limit.

    Returns
    -------
    NeighborResult
        Iterable over the steps, nearest first; at each distance the
        outgoing steps, then the incoming ones, each in id order. A step
        holds only the edges that pass the ``relation`` filter.

    Raises
    ------
    NodeNotFound, AmbiguousName, RelationNotFound
        When a name does not identify one node or relation.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("magnesium", "gaba_receptor", relation="activates")
    >>> _ = G.add_edge("gaba_receptor", "relaxation", relation="promotes")
    >>> _ = G.add_edge("relaxation", "sleep", relation="promotes")
    >>> [(s.source, s.relation, s.target) for s in neighbors(G, "gaba_receptor", direction="both")]
    [('gaba_receptor', 'promotes', 'relaxation'), ('magnesium', 'activates', 'gaba_receptor')]
    >>> [(s.source, s.target) for s in neighbors(G, "magnesium", depth=2)]
    [('magnesium', 'gaba_receptor'), ('gaba_receptor', 'relaxation')]
    """
    walk = _Walk(G, name, direction, relation, depth)
    steps = tuple(walk.steps)
    return NeighborResult(
        walk.node, direction, walk.relations, depth, steps, _labels(G, walk.node, steps), not has_direction(G)
    )


def _labels(G: nx.Graph, node: Hashable, steps: tuple[Step, ...]) -> dict[str, dict[Any, str]]:
    """English labels of ``node``, the nodes of ``steps`` and their relations (the id where there is none)."""
    table = G.graph.get("relations", {})
    nodes = {node: str(G.nodes[node].get("label") or node)}
    relations: dict[Any, str] = {}
    for step in steps:
        for end in (step.source, step.target):
            nodes.setdefault(end, str(G.nodes[end].get("label") or end))
        for edge in step.edges:
            relations.setdefault(edge.relation, str(table.get(edge.relation, {}).get("label") or edge.relation))
    hedged = hedged_words(G, (e.relation for step in steps for e in step.edges if e.hedged))
    return {"nodes": nodes, "relations": relations, "hedged": hedged}


def upstream(G: nx.MultiDiGraph, name: Hashable, depth: int | None = 2, relation: Relations = None) -> dict[Any, int]:
    """The concepts that act on ``name`` within ``depth`` steps, with their distance.

    Returns a dict ``{node: steps}``, nearest first, then in id order;
    ``depth=None`` looks all the way up. See :func:`neighbors` for the
    arguments.

    Examples
    --------
    >>> import graph
    >>> "magnesium" in graph.upstream(graph.load(), "sleep", depth=None)
    True
    """
    return _reached(G, name, "in", relation, depth)


def downstream(G: nx.MultiDiGraph, name: Hashable, depth: int | None = 2, relation: Relations = None) -> dict[Any, int]:
    """The concepts ``name`` acts on within ``depth`` steps, with their distance.

    Examples
    --------
    >>> import graph
    >>> graph.downstream(graph.load(), "tryptofaan", depth=2)["melatonin"]
    2
    """
    return _reached(G, name, "out", relation, depth)


def subgraph_around(
    G: nx.MultiDiGraph,
    name: Hashable,
    depth: int | None = 1,
    direction: str = "both",
    relation: Relations = None,
) -> nx.MultiDiGraph:
    """A copy of the part of ``G`` within ``depth`` steps of a concept.

    The nodes are those :func:`neighbors` reaches (and the concept itself),
    with every edge of ``G`` among them; node, edge and graph attributes are
    copied.

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> H = graph.subgraph_around(G, "melatonin")
    >>> "serotonin" in H, H.number_of_nodes() < G.number_of_nodes()
    (True, True)
    """
    return _copy_part(G, _Walk(G, name, direction, relation, depth).reached)


def paths_subgraph(
    G: nx.MultiDiGraph, paths: PathResult | NetEffect | Iterable[Path | Sequence[Hashable]]
) -> nx.MultiDiGraph:
    """A copy of the nodes and edges (all parallel edges of each step) of some paths.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    paths : PathResult, NetEffect, or iterable of Path or node sequences

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> H = graph.paths_subgraph(G, graph.find_paths(G, "tryptophan", "melatonin"))
    >>> all(node in H for node in ("tryptophan", "serotonin", "melatonin"))
    True
    """
    if isinstance(paths, NetEffect):
        paths = paths.paths
    nodes: dict[Hashable, None] = {}
    edges: set[tuple[Hashable, ...]] = set()
    for item in paths:
        path = as_path(G, item)
        nodes.update(dict.fromkeys(path.nodes))
        for step in path.steps:
            for edge in step.edges:  # an undirected edge may be stored either way round
                ends = [(step.source, step.target)] + ([(step.target, step.source)] if not edge.directed else [])
                edges.update((u, v, edge.key) if G.is_multigraph() else (u, v) for u, v in ends)
    return _copy_part(G, nodes, edges)


def _copy_part(
    G: nx.MultiDiGraph, nodes: Iterable[Hashable], edges: set[tuple[Hashable, ...]] | None = None
) -> nx.MultiDiGraph:
    """A copy of ``nodes`` with the edges of ``G`` among them (only ``edges`` when given), in a fixed order.

    Nodes come in the order given, edges in ``G``'s order from each; ``G.subgraph`` would order
    them by a set, which differs from one run to the next (and so would the page drawn of them).
    Attribute dicts are copied as :meth:`networkx.Graph.copy` does.
    """
    order = list(dict.fromkeys(nodes))
    keep = set(order)
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((node, G.nodes[node].copy()) for node in order)
    for u in order:
        for v, data in G.adj[u].items():
            if v not in keep:
                continue
            if G.is_multigraph():
                H.add_edges_from((u, v, k, a.copy()) for k, a in data.items() if edges is None or (u, v, k) in edges)
            elif edges is None or (u, v) in edges:
                H.add_edge(u, v, **data)
    return H


def _reached(G: nx.MultiDiGraph, name: Hashable, direction: str, relation: Relations, depth: int | None) -> dict:
    reached = _Walk(G, name, direction, relation, depth).reached
    found = sorted(((hops, str(node), node) for node, hops in reached.items() if hops), key=lambda t: t[:2])
    return {node: hops for hops, _, node in found}


class _Walk:
    """Breadth-first from a concept: the steps met and the distance of each node reached."""

    def __init__(self, G: nx.MultiDiGraph, name: Hashable, direction: str, relation: Relations, depth: int | None):
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
        if depth is not None and (isinstance(depth, bool) or not isinstance(depth, int) or depth < 1):
            raise ValueError(f"depth must be a whole number of at least 1 or None, not {depth!r}")
        self.node = resolve(G, name)
        self.relations = resolve_relations(G, relation)
        self.reached: dict[Hashable, int] = {self.node: 0}
        self.steps: list[Step] = []
        self._seen: set[tuple[Hashable, Hashable]] = set()
        self._used: set[int] = set()  # the edges taken (an undirected edge may be met from both ends)
        self._arrows = Arrows(G)
        frontier, hops = [self.node], 0
        while frontier and (depth is None or hops < depth):
            hops += 1
            frontier = self._level(G, frontier, direction, hops)

    def _level(self, G: nx.MultiDiGraph, frontier: list[Hashable], direction: str, hops: int) -> list[Hashable]:
        """Take the steps out of (then into) ``frontier``; return the nodes first reached."""
        ahead = []
        seen, arrows = self._seen, self._arrows
        for forward in (True, False):
            if direction == ("in" if forward else "out"):
                continue
            for here in sorted(frontier, key=str):
                for there in sorted(arrows.out(here) if forward else arrows.into(here), key=str):
                    pair = (here, there) if forward else (there, here)
                    step = None if pair in seen else self._step(G, pair)
                    if step is None:
                        continue
                    seen.add(pair)
                    self.steps.append(step)
                    if there not in self.reached:
                        self.reached[there] = hops
                        ahead.append(there)
        return ahead

    def _step(self, G: nx.MultiDiGraph, pair: tuple[Hashable, Hashable]) -> Step | None:
        """The step ``pair`` with the edges not taken yet, or ``None`` when none is left."""
        step = step_between(G, pair[0], pair[1])
        if step is None:
            return None
        fresh: list[Edge] = []
        for edge, (_, attrs) in zip(step.edges, self._arrows.edges(*pair), strict=True):
            if (self.relations is None or edge.relation in self.relations) and id(attrs) not in self._used:
                self._used.add(id(attrs))
                fresh.append(edge)
        return Step(pair[0], pair[1], tuple(fresh)) if fresh else None
