"""The fast layout of large graphs, computed with numpy: the same positions as node by node."""

from __future__ import annotations

import math
import random

import igraph
import numpy as np
import pytest

from graph.page import layout
from graph.page.layout import fast_plan, fast_positions, node_sizes


def _both_ways(edges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [pair for u, v in edges for pair in ((u, v), (v, u))]


def _many_parts() -> tuple[int, list[tuple[int, int]]]:
    """More than a hundred parts of three nodes or more, pairs, lone nodes, a star, a path."""
    rng = random.Random(3)
    ids = list(range(1000))
    rng.shuffle(ids)  # parts whose nodes are spread over the graph's order
    edges = [(ids[t], ids[t + 1]) for t in range(0, 360, 3)] + [(ids[t + 1], ids[t + 2]) for t in range(0, 360, 3)]
    edges += [(ids[t], ids[t + 2]) for t in range(0, 360, 6)]  # some of them triangles
    edges += [(ids[t], ids[t + 1]) for t in range(360, 460, 2)]  # pairs
    edges += [(ids[500], ids[t]) for t in range(501, 540)]  # a star
    edges += [(ids[t], ids[t + 1]) for t in range(540, 640)]  # a path
    edges += [(ids[t], ids[rng.randrange(700, t)]) for t in range(701, 900)]  # a tree
    edges += [(ids[5], ids[5]), (ids[0], ids[1])]  # a loop, an edge twice
    return 1000, edges  # ids[460:500], ids[640:700] and ids[900:] alone


def _tree_and_more(nodes: int, more: int, seed: int) -> list[tuple[int, int]]:
    """A random tree on nodes ``0`` to ``nodes - 1`` and ``more`` random edges among them."""
    rng = random.Random(seed)
    tree = [(i, rng.randrange(i)) for i in range(1, nodes)]
    return tree + [(rng.randrange(nodes), rng.randrange(nodes)) for _ in range(more)]


def _one_large_part() -> tuple[int, list[tuple[int, int]]]:
    """A part of most nodes, a few small ones and lone nodes."""
    small = [(500, 501), (501, 502), (503, 504), (505, 506), (506, 507), (507, 505)]
    return 520, _tree_and_more(450, 300, seed=4) + small


def _connected() -> tuple[int, list[tuple[int, int]]]:
    return 450, _tree_and_more(450, 500, seed=5)


def _node_by_node(count: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    """The fast layout as it was computed before numpy: Python floats, node by node."""
    whole = igraph.Graph(n=count, edges=pairs)
    whole.simplify()
    whole.vs["i"] = range(count)
    spacing = layout._FAST_SPACING_PX
    parts = sorted(whole.connected_components(), key=lambda part: (-len(part), part[0]))
    rng = random.Random(layout.SEED)
    igraph.set_random_number_generator(random.Random(layout.SEED))
    laid = []
    try:
        for part in parts:
            if len(part) <= 2:
                laid.append({i: (k * spacing - (len(part) - 1) * spacing / 2, 0.0) for k, i in enumerate(part)})
                continue
            sub = whole.induced_subgraph(part) if len(part) < count else whole
            low, high = layout._FAST_ITERATIONS
            iterations = max(low, min(high, layout._FAST_WORK // (sub.vcount() + sub.ecount())))
            side = math.sqrt(len(part)) / 2
            start = [[rng.uniform(-side, side), rng.uniform(-side, side)] for _ in part]
            xy = sub.layout_fruchterman_reingold(niter=iterations, seed=start, grid=True).coords
            xs, ys = [x for x, _ in xy], [y for _, y in xy]
            width, height = max(xs) - min(xs), max(ys) - min(ys)
            scale = spacing * math.sqrt(len(part) / max(width * height, max(width, height) ** 2 / 16, 1e-9))
            cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
            laid.append({i: ((x - cx) * scale, (y - cy) * scale) for i, (x, y) in zip(sub.vs["i"], xy, strict=True)})
    finally:
        igraph.set_random_number_generator(random)
    extents = [
        (2 * max(abs(x) for x, _ in p.values()) + spacing, 2 * max(abs(y) for _, y in p.values()) + spacing / 2)
        for p in laid
    ]
    placed = layout._pack(laid, extents)
    return [[round(x), round(y)] for x, y in map(placed.__getitem__, range(count))]


@pytest.mark.parametrize("make", [_many_parts, _one_large_part, _connected])
def test_fast_layout_puts_every_node_where_the_node_by_node_layout_does(make):
    count, edges = make()
    pairs = _both_ways([(u, v) for u, v in edges if u != v])
    degrees = [0] * count
    for u, v in edges:
        degrees[u] += 1
        degrees[v] += 1
    expected = _node_by_node(count, pairs)
    plan = fast_plan(degrees, pairs)
    assert plan["positions"] == expected
    assert all(type(c) is int for xy in plan["positions"] for c in xy)
    whole = igraph.Graph(n=count, edges=pairs)
    whole.simplify()
    assert fast_positions(count, whole=whole).tolist() == expected
    assert fast_plan(np.array(degrees), [], whole) == plan


def test_start_positions_are_those_of_the_random_module():
    rng = random.Random(layout.SEED)
    expected = [rng.random() for _ in range(10_000)]
    drawn = layout._seeded_random(10_000)
    assert drawn.tolist() == expected  # the same floats, to the last bit
    side = math.sqrt(77) / 2
    rng = random.Random(layout.SEED)
    assert (-side + (side - -side) * drawn[:50]).tolist() == [rng.uniform(-side, side) for _ in range(50)]


def test_fast_layout_leaves_the_callers_graph_alone():
    count, edges = _many_parts()
    whole = igraph.Graph(n=count, edges=_both_ways([(u, v) for u, v in edges if u != v]))
    whole.simplify()
    before = whole.get_edgelist()
    fast_plan([1] * count, [], whole)
    assert whole.vertex_attributes() == [] and whole.get_edgelist() == before


def test_node_sizes_grow_with_the_degree_from_a_list_or_an_array():
    degrees = [0, 1, 4, 9, 100, 4, 0, 30, 31, 32]
    sizes = node_sizes(np.array(degrees))
    assert sizes.dtype == np.int64 and sizes.tolist() == node_sizes(degrees).tolist()
    assert sizes.tolist() == [layout._size(degree) for degree in degrees]  # the radius of each, as before
    by_degree = sorted(zip(degrees, sizes.tolist(), strict=True))
    assert [s for _, s in by_degree] == sorted(sizes.tolist()) and sizes.min() == 10 and sizes.max() == 24
    assert node_sizes([]).tolist() == []
    plan = fast_plan(np.array(degrees), [])
    assert plan["sizes"] == sizes.tolist() and all(type(s) is int for s in plan["sizes"])
