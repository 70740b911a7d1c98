"""The search for simple paths behind :func:`graph.find_paths`, with work bounded by the paths it finds.

A depth-first walk enters a node only when the target can still be reached
in the hops left. Measured from the target over the whole graph, that test is
cheap but can be fooled: in a complete graph whose target hangs on the source
alone, every node seems two hops from the target, and the walk tries every
chain of the others before it learns that each one needs the source again
(a 100-node graph took minutes at six hops). So the cheap walk has a budget;
when it is spent, the walk starts again and, on entering each node, measures
the hops to the target *avoiding the nodes on the walk*. Then each node
entered lies on a path still to be found, and the work grows with the paths
found (at most ``limit``) times the hops, never with the number of chains.

Examples
--------
>>> import networkx as nx
>>> from graph.ask.walk import Arrows
>>> G = nx.complete_graph(30, nx.MultiDiGraph)
>>> _ = G.add_edge(0, "z")
>>> simple_paths(Arrows(G), 0, "z", max_hops=6, limit=21)
[(0, 'z')]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from .walk import Arrows

__all__ = ["simple_paths", "CHEAP_WORK"]

#: How many successors the cheap walk may look at before it walks again with the exact test.
CHEAP_WORK = 200_000


class _OverBudget(Exception):
    """The cheap walk looked at more than :data:`CHEAP_WORK` successors."""


def simple_paths(
    arrows: Arrows, source: Hashable, target: Hashable, max_hops: int, limit: int
) -> list[tuple[Hashable, ...]]:
    """Up to ``limit`` simple paths of at most ``max_hops`` hops, by hops, then node ids.

    Iterative deepening by exact hop count; a depth-first walk over
    successors in id order (see the module's text for the test that prunes it).
    """
    dist = _distances_to(arrows, target, max_hops, frozenset())
    if source == target or source not in dist:
        return []
    search = _Search(arrows, source, target, dist)
    try:
        return search.run(max_hops, limit, exact=False)
    except _OverBudget:
        return search.run(max_hops, limit, exact=True)


def _distances_to(arrows: Arrows, target: Hashable, cutoff: int, avoid: frozenset | set) -> dict[Hashable, int]:
    """Hops from each node to ``target`` (walking edges forwards, never through ``avoid``), up to ``cutoff``."""
    dist = {target: 0}
    frontier = [target]
    for hops in range(1, cutoff + 1):
        ahead = []
        for v in frontier:
            for u in arrows.into(v):
                if u not in dist and u not in avoid:
                    dist[u] = hops
                    ahead.append(u)
        if not ahead:
            break
        frontier = ahead
    return dist


class _Search:
    """One search's graph, ends and successor lists (in id order, only nodes that reach the target)."""

    def __init__(self, arrows: Arrows, source: Hashable, target: Hashable, dist: dict[Hashable, int]):
        self.arrows, self.source, self.target, self.dist = arrows, source, target, dist
        self._ordered: dict[Hashable, list[Hashable]] = {}
        self._work = 0

    def successors(self, node: Hashable) -> list[Hashable]:
        found = self._ordered.get(node)
        if found is None:
            found = self._ordered[node] = sorted((v for v in self.arrows.out(node) if v in self.dist), key=str)
        return found

    def run(self, max_hops: int, limit: int, exact: bool) -> list[tuple[Hashable, ...]]:
        source, target = self.source, self.target
        paths: list[tuple[Hashable, ...]] = []
        longest = min(max_hops, len(self.dist) - 1)  # a simple path visits each node once: no longer than that
        for hops in range(self.dist[source], longest + 1):
            walk, on_walk = [source], {source}
            stack: list[Iterator[Hashable]] = [iter(self.successors(source))]
            near = [self._near(on_walk, hops - 1, exact)]  # hops to the target for each node on the walk
            while stack:
                for node in stack[-1]:
                    left = hops - len(walk)  # hops left once ``node`` is entered
                    if node == target:
                        if left == 0:
                            paths.append((*walk, target))
                            if len(paths) >= limit:
                                return paths
                    elif node not in on_walk and near[-1].get(node, left + 1) <= left:
                        walk.append(node)
                        on_walk.add(node)
                        stack.append(iter(self._entered(node, exact)))
                        near.append(self._near(on_walk, left - 1, exact))
                        break
                else:
                    stack.pop()
                    near.pop()
                    on_walk.discard(walk.pop())
        return paths

    def _entered(self, node: Hashable, exact: bool) -> list[Hashable]:
        found = self.successors(node)
        if not exact:
            self._work += len(found)
            if self._work > CHEAP_WORK:
                raise _OverBudget
        return found

    def _near(self, on_walk: set[Hashable], cutoff: int, exact: bool) -> dict[Hashable, int]:
        """The hops to the target that prune the walk: avoiding the walk when ``exact``, else the cheap ones."""
        return _distances_to(self.arrows, self.target, cutoff, on_walk) if exact else self.dist
