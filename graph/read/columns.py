"""The table form of a graph: nodes and edges held by column, what every page is made from.

A page needs only lists: node ids and attributes, and for each edge its ends,
relation, sign, evidence, source and section. :func:`graph.load_for_page`
reads a data set straight into a :class:`GraphColumns` (building the networkx
graph of 500,000 edges and reading it back takes about half of a build), and
:meth:`GraphColumns.from_networkx` turns any networkx graph into one, once, in
:func:`graph.to_html`. It answers the few questions the page asks of a graph
(``in``, ``has_edge``, the sizes, ``graph``); for anything else, load the graph.

Examples
--------
>>> edges = CheckedEdges(["a", "b", "a"], ["b", "c", "b"], ["relation", "sign"], [["x", "y", "x"], [1, -1, 1]])
>>> cols = GraphColumns(["a", "b", "c"], [{}, {}, {}], edges)
>>> cols.number_of_nodes(), cols.number_of_edges(), "c" in cols, cols.has_edge("b", "a")
(3, 3, True, False)
>>> cols.degrees(), cols.neighbour_pairs()
([2, 3, 1], [(0, 1), (1, 2)])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .coded import Coded

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np

__all__ = ["GraphColumns", "CheckedEdges", "NodeAttrs"]

#: From this many edges on, their ends are looked up by pandas rather than a Python dict.
_HASHED_FROM = 200_000


@dataclass
class CheckedEdges:
    """The edges of a table, checked, by column, in the order of the file.

    ``names`` are the edge attributes in the order a graph's edge holds them;
    ``columns`` holds, for each name, a list with a value per edge (or a
    :class:`~graph.read.coded.Coded` column, as the ends may be), or one value
    (not a list) that every edge shares. ``weights`` holds each edge's
    weight (``None`` where its cell is empty), or is ``None`` without a weight
    column. ``undirected`` marks the undirected edges of a mixed graph (``None``
    when there are none, or when the whole graph is undirected).
    """

    sources: Sequence[str]
    targets: Sequence[str]
    names: list[str]
    columns: list[Any]
    weights: Sequence[float | None] | None = None
    undirected: list[bool] | None = None
    #: The node positions of each edge's source and target, when the reader worked them out.
    at: tuple[np.ndarray, np.ndarray] | None = None

    def column(self, name: str, default: Any = "") -> list[Any]:
        """The values of attribute ``name``, one per edge."""
        if name not in self.names:
            return [default] * len(self.sources)
        values = self.columns[self.names.index(name)]
        if isinstance(values, Coded):
            return values.tolist()
        return values if isinstance(values, list) else [values] * len(self.sources)


class NodeAttrs(Sequence[dict[str, Any]]):
    """The attribute dicts of a table's nodes: those ``given`` (read from a node file), then
    those of the ``plain`` nodes that only appear in edges, made by ``make`` when asked for
    (a million of them would take a second and a gigabyte to make at once).

    >>> attrs = NodeAttrs([{"label": "A"}], ["b"], lambda node: {"label": node})
    >>> len(attrs), attrs[1], list(attrs)
    (2, {'label': 'b'}, [{'label': 'A'}, {'label': 'b'}])
    """

    def __init__(self, given: list[dict[str, Any]], plain: list[Any], make: Callable[[Any], dict[str, Any]]):
        self.given, self.plain, self.make = given, plain, make

    def __len__(self) -> int:
        return len(self.given) + len(self.plain)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if index < len(self.given):
            return self.given[index]
        if index >= len(self):
            raise IndexError(index)
        return self.make(self.plain[index - len(self.given)])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        yield from self.given
        yield from map(self.make, self.plain)


@dataclass
class GraphColumns:
    """Nodes (ids in graph order, each with its attribute dict) and checked edges.

    ``graph`` holds what a loaded graph's ``G.graph`` holds: ``relations``,
    ``sources`` and ``categories``. ``started`` holds what the ``start`` function given to
    :func:`graph.formats.loading.load_for_page` returned (work a page started from the edges'
    ends while the rest was read), else ``None``.
    """

    nodes: list[Any]
    node_attrs: Sequence[dict[str, Any]]
    edges: CheckedEdges
    graph: dict[str, Any] = field(default_factory=dict)
    directed: bool = True
    started: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def from_networkx(cls, G: nx.Graph) -> GraphColumns:
        """The table form of ``G``, a networkx graph of any class; ``G`` is not changed.

        Edges are listed in the order ``G.edges`` lists them, and their values
        made what a page can show: ``relation`` a non-empty text (else
        ``"related_to"``), ``sign`` one of -1, 0, 1 (else 0), ``evidence``,
        ``evidence_nl``, ``source_doc`` and ``section`` texts (``""`` for none); ``weight`` is
        kept as it is. Node attribute dicts are shared with ``G``, not copied:
        a table is read, never changed.

        Examples
        --------
        >>> import networkx as nx
        >>> G = nx.Graph([("a", "b", {"sign": -1}), ("b", "c", {"relation": None})])
        >>> table = GraphColumns.from_networkx(G)
        >>> table.edges.column("sign"), table.edges.column("relation"), table.has_edge("b", "a")
        ([-1, 0], ['related_to', 'related_to'], True)
        """
        names = ("relation", "evidence", "source_doc", "section", "sign", "evidence_nl")
        sources: list[Any] = []
        targets: list[Any] = []
        values: list[list[Any]] = [[] for _ in names]
        relation, evidence, source_doc, section, sign, evidence_nl = (column.append for column in values)
        weights: list[Any] = []
        undirected: list[bool] = []
        hedged: list[Any] = []
        for u, v, attrs in _edge_items(G):
            get = attrs.get
            undirected.append(get("directed") is False)
            hedged.append(get("hedged"))
            sources.append(u)
            targets.append(v)
            weights.append(get("weight"))
            r, s = get("relation"), get("sign")
            relation(r if r.__class__ is str and r else _text(r) or "related_to")
            evidence(_text(get("evidence")))
            source_doc(_text(get("source_doc")))
            section(_text(get("section")))
            sign(s if s in (-1, 0, 1) else 0)
            evidence_nl(_text(get("evidence_nl")))
        mixed = G.is_directed() and any(undirected)
        columns = list(names)
        if any(value is not None for value in hedged):  # a certainty per claim, when the graph has one
            columns.append("hedged")
            values.append(hedged)
        edges = CheckedEdges(sources, targets, columns, values, weights, undirected if mixed else None)
        items = list(G.nodes(data=True))
        return cls([n for n, _ in items], [a for _, a in items], edges, G.graph, G.is_directed())

    def __contains__(self, node: object) -> bool:
        try:
            return node in self._index
        except TypeError:  # unhashable: not a node
            return False

    def __len__(self) -> int:
        return len(self.nodes)

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return len(self.edges.sources)

    def has_edge(self, u: Any, v: Any) -> bool:
        """True when an edge leads from ``u`` to ``v`` (or joins them, undirected), as ``G.has_edge(u, v)`` says."""
        try:
            return (u, v) in self._pairs or (v, u) in (self._pairs if not self.directed else self._links)
        except TypeError:  # unhashable: not a node
            return False

    def degrees(self) -> list[int]:
        """Each node's degree in node order, as ``G.degree()`` counts it (a loop counts twice)."""
        import numpy as np

        count = len(self.nodes)
        return (np.bincount(self._ends[0], minlength=count) + np.bincount(self._ends[1], minlength=count)).tolist()

    def neighbour_pairs(self) -> list[tuple[int, int]]:
        """``(i, j)`` for each distinct neighbour ``j != i`` of each node ``i``, in the order
        of ``G.adjacency()`` (see :func:`graph.page.layout.fast_plan`)."""
        us, vs = self.neighbour_arrays()
        return list(zip(us.tolist(), vs.tolist(), strict=True))

    def neighbour_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`neighbour_pairs` as two arrays, of the ``i`` and of the ``j``."""
        import numpy as np

        us, vs = self._ordered_ends
        keep = np.ones(len(us), dtype=bool)
        keep[1:] = (us[1:] != us[:-1]) | (vs[1:] != vs[:-1])
        keep &= us != vs
        return us[keep], vs[keep]

    def ends(self) -> tuple[list[int], list[int]]:
        """The node positions of each edge's ends, in :attr:`adjacency_order`."""
        return tuple(end.tolist() for end in self._ordered_ends)

    @cached_property
    def adjacency_order(self) -> np.ndarray:
        """The edges' positions in the order a networkx graph of them lists its edges:
        by source node, then by target in the order each target first appears for
        that source, then (parallel edges) in the order of the file."""
        import numpy as np

        u, v = self._ends
        if not len(u):
            return np.zeros(0, dtype=np.intp)
        pairs = u * max(1, len(self.nodes)) + v
        # by source, then target, then row (a stable sort keeps the file's order within a pair) ...
        by_pair = np.argsort(pairs, kind="stable")
        ordered = pairs[by_pair]
        new = np.empty(len(u), dtype=bool)
        new[0] = True
        new[1:] = ordered[1:] != ordered[:-1]
        first_row = by_pair[new][np.cumsum(new) - 1]  # of each edge's pair: its first edge's row
        # ... then each source's pairs by their first row: sorted already but within each source,
        # which a stable sort (timsort, which finds the sorted runs) orders in a tenth of the time
        # of the first (at 5M edges: 0.8-0.9 s in all, where hashing the pairs and sorting took 1.2-1.3 s)
        return by_pair[np.argsort(u[by_pair] * len(u) + first_row, kind="stable")]

    @cached_property
    def _ordered_ends(self) -> tuple[np.ndarray, np.ndarray]:
        return tuple(end[self.adjacency_order] for end in self._ends)

    @cached_property
    def _index(self) -> dict[str, int]:
        return {node: i for i, node in enumerate(self.nodes)}

    @cached_property
    def _ends(self) -> tuple[np.ndarray, np.ndarray]:
        import numpy as np

        if self.edges.at is not None:
            return self.edges.at
        index, count = self._index, len(self.edges.sources)
        if count >= _HASHED_FROM:  # pandas' hash table looks the ends up in C
            import pandas as pd

            nodes = pd.Index(self.nodes, dtype=object)
            found = [nodes.get_indexer(end).astype(np.int64) for end in (self.edges.sources, self.edges.targets)]
            if nodes.is_unique and min(found[0].min(), found[1].min()) >= 0:
                return found[0], found[1]
        return tuple(  # type: ignore[return-value]
            np.fromiter(map(index.__getitem__, end), dtype=np.int64, count=count)
            for end in (self.edges.sources, self.edges.targets)
        )

    @cached_property
    def _pairs(self) -> set[tuple[str, str]]:
        return set(zip(self.edges.sources, self.edges.targets, strict=True))

    @cached_property
    def _links(self) -> set[tuple[str, str]]:
        """The ends of the undirected edges of a mixed graph."""
        edges = self.edges
        if edges.undirected is None:
            return set()
        ends = zip(edges.sources, edges.targets, edges.undirected, strict=True)
        return {(u, v) for u, v, link in ends if link}


def _edge_items(G: nx.Graph) -> Iterator[tuple[Any, Any, dict[str, Any]]]:
    """``G.edges(data=True)``, in the same order, read straight from the adjacency of a
    directed multigraph (six times quicker for one of 500,000 edges)."""
    if G.is_directed() and G.is_multigraph():
        return ((u, v, attrs) for u, nbrs in G.adjacency() for v, keys in nbrs.items() for attrs in keys.values())
    return iter(G.edges(data=True))


def _text(value: Any) -> str:
    """A value as page text: ``""`` for ``None``."""
    if type(value) is str:
        return value
    return "" if value is None else str(value)
