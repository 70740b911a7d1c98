"""A data set at a glance: its size, what it is made of, and its most connected concepts.

Examples
--------
>>> import graph
>>> summary = graph.stats(graph.load())
>>> summary.nodes == graph.load().number_of_nodes(), summary.components >= 1
(True, True)
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..read.direction import edge_is_directed
from .paths import json_value
from .rendering import html_of

__all__ = ["Stats", "stats"]

_DEFAULT_CATEGORY = "other"


@dataclass(frozen=True)
class Stats:
    """What :func:`stats` counts. Counts by id are ordered most first, then by id.

    ``most_connected`` holds ``(node, edges in, edges out)`` for the nodes
    with the most edges (parallel edges count each); an undirected edge is
    neither in nor out, and counts in ``undirected_edges`` (by node, for
    those nodes). ``direction`` says what the edges are: ``"directed"``,
    ``"undirected"`` or ``"mixed"``; ``undirected`` counts the undirected edges.
    """

    nodes: int
    edges: int
    components: int
    largest_component: int
    isolated: int
    increasing: int
    decreasing: int
    unsigned: int
    unsourced: int
    categories: dict[str, int]
    relations: dict[str, int]
    sources: dict[str, int]
    most_connected: tuple[tuple[Hashable, int, int], ...]
    #: English labels of the categories and of the most connected nodes, for tables
    #: (``{"categories": {...}, "nodes": {...}}``); not part of the counts.
    labels: dict[str, dict[Any, str]] = field(default_factory=dict, compare=False, repr=False)
    direction: str = "directed"
    undirected: int = 0
    undirected_edges: dict[Hashable, int] | None = None

    def degree(self, node: Hashable, n_in: int, n_out: int) -> int:
        """All edges of a node of :attr:`most_connected`, directed or not."""
        return n_in + n_out + (self.undirected_edges or {}).get(node, 0)

    def _repr_html_(self) -> str:
        return html_of(self)

    def to_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready values."""
        skip = {"most_connected", "undirected_edges", "labels"}
        data = {key: value for key, value in vars(self).items() if key not in skip}
        data["most_connected"] = [
            {"id": json_value(node), "edges": self.degree(node, n_in, n_out), "in": n_in, "out": n_out}
            | ({"undirected": (self.undirected_edges or {}).get(node, 0)} if self.direction != "directed" else {})
            for node, n_in, n_out in self.most_connected
        ]
        return data


def stats(G: nx.MultiDiGraph, top: int = 10) -> Stats:
    """Count the nodes, edges, categories, relations, sources and components of ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Nodes may carry ``category``; edges ``relation``, ``sign`` and
        ``source_doc``. The graph is not changed.
    top : int
        How many of the most connected nodes to list.

    Returns
    -------
    Stats
        Components are weakly connected (edge directions ignored); isolated
        nodes have no edge at all.

    Examples
    --------
    >>> import graph
    >>> summary = graph.stats(graph.load(), top=1)
    >>> summary.relations["activates"] >= 1, len(summary.most_connected)
    (True, 1)
    """
    if isinstance(top, bool) or not isinstance(top, int) or top < 0:
        raise ValueError(f"top must be a whole number of at least 0, not {top!r}")
    n_out: Counter[Hashable] = Counter()
    n_in: Counter[Hashable] = Counter()
    n_link: Counter[Hashable] = Counter()
    signs: Counter[Any] = Counter()
    relations: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for u, v, attrs in G.edges(data=True):  # one pass: large graphs have many edges
        if edge_is_directed(G, attrs):
            n_out[u] += 1
            n_in[v] += 1
        else:
            n_link[u] += 1
            n_link[v] += 1
        signs[attrs.get("sign")] += 1
        relations[str(attrs.get("relation") or "related_to")] += 1
        sources[str(attrs.get("source_doc") or "")] += 1
    edges = G.number_of_edges()
    undirected = edges - n_out.total()
    connected = nx.weakly_connected_components if G.is_directed() else nx.connected_components
    components = [len(c) for c in connected(G)]
    best = heapq.nsmallest(top, G.nodes, key=lambda n: (-n_in[n] - n_out[n] - n_link[n], str(n)))
    return Stats(
        nodes=G.number_of_nodes(),
        edges=edges,
        components=len(components),
        largest_component=max(components, default=0),
        isolated=sum(1 for n in G if not n_in[n] and not n_out[n] and not n_link[n]),
        increasing=signs[1],
        decreasing=signs[-1],
        unsigned=edges - signs[1] - signs[-1],
        unsourced=sources.pop("", 0),
        categories=_ranked(Counter(str(c or _DEFAULT_CATEGORY) for _, c in G.nodes(data="category"))),
        relations=_ranked(relations),
        sources=_ranked(sources),
        most_connected=tuple((node, n_in[node], n_out[node]) for node in best),
        labels=_labels(G, best),
        direction="directed" if not undirected else "undirected" if undirected == edges else "mixed",
        undirected=undirected,
        undirected_edges={node: n_link[node] for node in best if n_link[node]} if undirected else None,
    )


def _labels(G: nx.MultiDiGraph, nodes: list[Hashable]) -> dict[str, dict[Any, str]]:
    """English labels of ``nodes`` and of the graph's categories (the id where there is none)."""
    table = G.graph.get("categories", {})
    return {
        "nodes": {node: str(G.nodes[node].get("label") or node) for node in nodes},
        "categories": {name: str(entry.get("label") or name) for name, entry in table.items()},
    }


def _ranked(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
