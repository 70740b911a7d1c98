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


def timed(label: str, call: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = call()
    print(f"{label:<48} {time.perf_counter() - start:8.3f} s")
    return value


def build(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    G.add_nodes_from((f"n{i}", {"label": f"Node {i}", "synonyms": [f"knoop {i}"]}) for i in range(nodes))
    G.add_edges_from(
        (f"n{rng.randrange(nodes)}", f"n{rng.randrange(nodes)}", {"sign": rng.choice((1, -1, 0))}) for _ in range(edges)
    )
    hubs = rng.sample(range(nodes), 2000)
    G.add_edges_from(("source", f"n{h}", {"sign": 1}) for h in hubs[:1000])
    G.add_edges_from((f"n{h}", "target", {"sign": 1}) for h in hubs[1000:])
    return G


def main(nodes: int = 100_000, edges: int = 500_000) -> None:
    G = timed(f"build {nodes:,} nodes, {edges:,} edges", lambda: build(nodes, edges))
    timed("resolve an id", lambda: graph.resolve(G, "n123"))
    timed("resolve a synonym (builds the name index)", lambda: graph.resolve(G, "Knoop 123"))
    timed("unknown name with suggestions", lambda: _missing(G, "knop 123"))
    result = timed("find_paths source -> target (cap 20)", lambda: graph.find_paths(G, "source", "target"))
    print(f"  {len(result)} paths, truncated={result.truncated}")
    result = timed("find_paths, cap 1000", lambda: graph.find_paths(G, "source", "target", max_paths=1000))
    print(f"  {len(result)} paths, truncated={result.truncated}")
    result = timed("find_paths n1 -> n2 (max 4 hops)", lambda: graph.find_paths(G, "n1", "n2"))
    print(f"  {len(result)} paths, truncated={result.truncated}")
    timed("neighbors source, both, depth 2", lambda: graph.neighbors(G, "source", direction="both", depth=2))
    timed("stats", lambda: graph.stats(G))


def _missing(G: nx.MultiDiGraph, name: str) -> str:
    try:
        graph.resolve(G, name)
    except graph.NodeNotFound as err:
        return str(err)
    return ""


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
