"""Which way a query may walk each edge: a directed edge forwards, an undirected one both ways.

:class:`Arrows` gives, for a node, the neighbours one may step to (or come
from) and the edges of each step, for any of the four networkx graph classes
and for mixed graphs (a directed graph whose undirected edges carry
``directed=False``). With ``ignore_direction`` every edge is walked both
ways: what "paths if directions are ignored" counts.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph([("a", "b", {}), ("c", "b", {"directed": False})])
>>> arrows = Arrows(G)
>>> sorted(arrows.out("b")), sorted(arrows.into("b")), sorted(Arrows(G, ignore_direction=True).out("b"))
(['c'], ['a', 'c'], ['a', 'c'])
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from ..read.direction import edge_is_directed

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Arrows", "has_direction"]

Steps = dict[Hashable, list[tuple[Any, dict[str, Any]]]]


def has_direction(G: nx.Graph) -> bool:
    """True when some edge of ``G`` is directed (so ignoring direction could change an answer)."""
    if not G.is_directed():
        return False
    return any(attrs.get("directed", True) is not False for _, _, attrs in G.edges(data=True))


class Arrows:
    """The steps a walk may take in ``G``: ``out(u)`` and ``into(v)``, each ``{neighbour: [(key, attrs), ...]}``."""

    def __init__(self, G: nx.Graph, ignore_direction: bool = False):
        self.G = G
        self.ignore = ignore_direction
        self._out: dict[Hashable, Steps] = {}
        self._into: dict[Hashable, Steps] = {}

    def out(self, node: Hashable) -> Steps:
        """Neighbours reachable from ``node`` in one step, each with the edges of that step."""
        found = self._out.get(node)
        if found is None:
            found = self._out[node] = self._steps(node, forward=True)
        return found

    def into(self, node: Hashable) -> Steps:
        """Neighbours from which ``node`` is reached in one step, each with the edges of that step."""
        found = self._into.get(node)
        if found is None:
            found = self._into[node] = self._steps(node, forward=False)
        return found

    def edges(self, u: Hashable, v: Hashable) -> list[tuple[Any, dict[str, Any]]]:
        """The edges of the step ``u -> v`` (empty when there is none).

        Only the edges between ``u`` and ``v`` are looked at (unless ``out(u)`` is known already),
        so asking for each step of a hub costs its degree, not its square.
        """
        known = self._out.get(u)
        if known is not None:
            return known.get(v, [])
        G = self.G
        if not G.is_directed():
            return _items(G, G.adj[u][v]) if v in G.adj[u] else []
        found = _items(G, G.succ[u][v]) if v in G.succ[u] else []
        if u != v and v in G.pred[u]:
            found += [(k, a) for k, a in _items(G, G.pred[u][v]) if self.ignore or not edge_is_directed(G, a)]
        return found

    def _steps(self, node: Hashable, forward: bool) -> Steps:
        G = self.G
        if not G.is_directed():
            return {v: _items(G, data) for v, data in G.adj[node].items()}
        ahead, back = (G.succ, G.pred) if forward else (G.pred, G.succ)
        steps: Steps = {v: _items(G, data) for v, data in ahead[node].items()}
        for v, data in back[node].items():
            if v == node:
                continue  # a loop is met once, going ahead
            extra = [(k, a) for k, a in _items(G, data) if self.ignore or not edge_is_directed(G, a)]
            if extra:
                steps.setdefault(v, []).extend(extra)
        return steps


def _items(G: nx.Graph, data: dict[Any, Any]) -> list[tuple[Any, dict[str, Any]]]:
    return list(data.items()) if G.is_multigraph() else [(None, data)]
