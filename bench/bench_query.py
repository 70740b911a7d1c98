"""Time the query API on a large random graph: ``python bench/bench_query.py [nodes] [edges]``.

Builds a directed multigraph of random edges (default 100,000 nodes and
500,000 edges) with a source fanning out into it and a target many nodes
reach, then times name resolution, :func:`graph.find_paths` (with its cap),
:func:`graph.neighbors` and :func:`graph.stats`. Prints one line per step.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from typing import Any

import networkx as nx

import graph


def timed(label: str, call: Callable[[], Any], into: list[tuple[str, float]] | None = None) -> Any:
    """Run ``call``; print (and add to ``into``) how long it took."""
    start = time.perf_counter()
    value = call()
    seconds = time.perf_counter() - start
    print(f"{label:<48} {seconds:8.3f} s")
    if into is not None:
        into.append((label, seconds))
    return value


def build(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    G.add_nodes_from((f"n{i}", {"label": f"Node {i}", "synonyms": [f"knoop {i}"]}) for i in range(nodes))
    G.add_edges_from(
        (f"n{rng.randrange(nodes)}", f"n{rng.randrange(nodes)}", {"sign": rng.choice((1, -1, 0))}) for _ in range(edges)
    )
    hubs = rng.sample(range(nodes), min(2000, nodes))
    G.add_edges_from(("source", f"n{h}", {"sign": 1}) for h in hubs[: len(hubs) // 2])
    G.add_edges_from((f"n{h}", "target", {"sign": 1}) for h in hubs[len(hubs) // 2 :])
    return G


def main(nodes: int = 100_000, edges: int = 500_000) -> list[tuple[str, float]]:
    """Time each query on a graph of that size; print one line each and return (label, seconds) pairs."""
    found: list[tuple[str, float]] = []
    G = timed(f"build {nodes:,} nodes, {edges:,} edges", lambda: build(nodes, edges))
    some = nodes // 2  # a node every size has
    timed("resolve an id", lambda: graph.resolve(G, f"n{some}"), found)
    timed("resolve a synonym (builds the name index)", lambda: graph.resolve(G, f"Knoop {some}"), found)
    timed("unknown name with suggestions", lambda: _missing(G, f"knop {some}"), found)
    result = timed("find_paths source -> target (cap 20)", lambda: graph.find_paths(G, "source", "target"), found)
    print(f"  {len(result)} paths, truncated={result.truncated}")
    result = timed("find_paths, cap 1000", lambda: graph.find_paths(G, "source", "target", max_paths=1000), found)
    print(f"  {len(result)} paths, truncated={result.truncated}")
    result = timed("find_paths n1 -> n2 (max 4 hops)", lambda: graph.find_paths(G, "n1", "n2"), found)
    print(f"  {len(result)} paths, truncated={result.truncated}")
    timed("neighbors source, both, depth 2", lambda: graph.neighbors(G, "source", direction="both", depth=2), found)
    timed("stats", lambda: graph.stats(G), found)
    return found


def _missing(G: nx.MultiDiGraph, name: str) -> str:
    try:
        graph.resolve(G, name)
    except graph.NodeNotFound as err:
        return str(err)
    return ""


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
