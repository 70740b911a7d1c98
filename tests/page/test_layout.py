"""Where the page puts the nodes: seeded, complete, apart, and the size seam."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys

import networkx as nx
import pytest

from conftest import ROOT
from graph.page import layout
from graph.page.layout import layout_plan, wrap_label


def _labels(G: nx.MultiDiGraph) -> dict[str, tuple[str, str]]:
    return {n: (a["label"], a["label_nl"]) for n, a in G.nodes(data=True)}


def _by_node(G: nx.Graph, plan: dict) -> dict:
    """The plan's lists (in node order) as dicts by node."""
    return {key: dict(zip(G, plan[key], strict=True)) for key in ("sizes", "positions")}


@pytest.fixture(scope="module")
def plan(magnesium) -> dict:
    return _by_node(magnesium, layout_plan(magnesium, _labels(magnesium)))


def test_every_node_gets_a_position_in_whole_pixels(magnesium, plan):
    assert set(plan["positions"]) == set(magnesium)
    assert all(isinstance(c, int) for xy in plan["positions"].values() for c in xy)
    assert layout_plan(magnesium)["drawing"] == "full"


def test_same_graph_same_positions(magnesium, plan):
    assert _by_node(magnesium, layout_plan(magnesium.copy(), _labels(magnesium))) == plan


def test_label_boxes_do_not_overlap(magnesium, plan):
    labels = _labels(magnesium)
    boxes = {n: layout._box(n, labels[n], plan["sizes"][n], False) for n in magnesium}
    clashes = []
    for u, v in itertools.combinations(magnesium, 2):
        (ux, uy), (vx, vy) = plan["positions"][u], plan["positions"][v]
        uw, uh, ud = boxes[u]
        vw, vh, vd = boxes[v]
        # rounding to whole pixels may cost a pixel of the padding
        if abs(ux - vx) < (uw + vw) / 2 - 1 and abs(uy + ud - vy - vd) < (uh + vh) / 2 - 1:
            clashes.append((u, v))
    assert clashes == []


def test_drawing_is_landscape_like_a_screen(plan):
    positions = plan["positions"].values()
    xs, ys = [x for x, _ in positions], [y for _, y in positions]
    assert 1.0 < (max(xs) - min(xs)) / (max(ys) - min(ys)) < 1.8


def test_better_connected_nodes_are_drawn_larger():
    G = nx.star_graph(9)
    sizes = layout_plan(G)["sizes"]
    assert sizes[0] > sizes[1] == sizes[9]


def test_separate_parts_do_not_overlap():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    G.add_node("alone")
    pos = _by_node(G, layout_plan(G))["positions"]
    assert len({tuple(xy) for xy in pos.values()}) == 6
    assert min(abs(pos["alone"][0] - pos[n][0]) + abs(pos["alone"][1] - pos[n][1]) for n in "abcxy") > 40


@pytest.mark.parametrize("G", [nx.MultiDiGraph(), nx.MultiDiGraph([("a", "a")]), nx.path_graph(1)])
def test_tiny_graphs(G):
    plan = layout_plan(G)
    assert len(plan["positions"]) == G.number_of_nodes()


def test_the_graph_is_not_changed(magnesium):
    G = magnesium.copy()
    layout_plan(G, _labels(G))
    assert nx.utils.graphs_equal(G, magnesium)


@pytest.mark.parametrize(
    "text, wrapped",
    [
        ("Sleep", "Sleep"),
        ("Magnesium deficiency", "Magnesium\ndeficiency"),
        ("Intensive physical activity", "Intensive\nphysical activity"),
        ("Serotonin-to-melatonin converting enzyme", "Serotonin-to-\nmelatonin\nconverting enzyme"),
        ("Supercalifragilisticexpialidocious", "Supercalifragilisticexpialidocious"),
        ("Pneumonoultramicroscopic silicovolcanoconiosis", "Pneumonoultramicroscopic\nsilicovolcanoconiosis"),
        ("a  b", "a  b"),
        ("", ""),
    ],
)
def test_wrap_label(text, wrapped):
    assert wrap_label(text) == wrapped


def test_wrapped_lines_keep_every_word():
    text = "Calcium removal from the cytoplasm of the muscle cell"
    assert wrap_label(text).replace("\n", " ") == text
    assert all(len(line) <= layout.LINE_CHARS + 3 for line in wrap_label(text).split("\n"))


# ---------------------------------------------------------------- large graphs: the fast layout


def _generated(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    from bench.generate import generate

    node_rows, edge_rows = generate(nodes, edges, seed)
    G = nx.MultiDiGraph()
    G.add_nodes_from(row[0] for row in node_rows)
    G.add_edges_from((row[0], row[1]) for row in edge_rows)
    return G


@pytest.fixture(scope="module")
def thousand() -> nx.MultiDiGraph:
    return _generated(1000, 5000)


def _distance(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def test_fast_layout_puts_neighbours_near(thousand):
    plan = layout_plan(thousand)
    pos = dict(zip(thousand, plan["positions"], strict=True))
    edge = sum(_distance(pos[u], pos[v]) for u, v in thousand.edges() if u != v) / thousand.number_of_edges()
    nodes = list(thousand)
    pairs = list(zip(nodes, nodes[::-1][:500], strict=False)) + list(zip(nodes[::2], nodes[1::2], strict=False))
    random_pair = sum(_distance(pos[u], pos[v]) for u, v in pairs) / len(pairs)
    assert edge < 0.6 * random_pair
    assert plan["drawing"] == "fast"
    assert len({tuple(xy) for xy in plan["positions"]}) > 0.95 * len(nodes)  # hardly any two on one spot


def test_fast_layout_is_the_same_every_time(thousand):
    assert layout_plan(thousand) == layout_plan(thousand.copy())


def test_fast_layout_is_the_same_in_another_process():
    """igraph's layout starts from positions we draw with our own seed, not from its random state."""
    code = (
        "import random, sys, networkx as nx; random.seed(int(sys.argv[1]))\n"
        "from bench.generate import generate\nfrom graph.page.layout import layout_plan\n"
        "G = nx.MultiDiGraph((r[0], r[1]) for r in generate(600, 1500)[1])\n"
        "print(layout_plan(G)['positions'])"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, seed],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        for seed in ("1", "2")
    ]
    assert [run.returncode for run in runs] == [0, 0], [run.stderr for run in runs]
    assert runs[0].stdout == runs[1].stdout


def test_fast_layout_keeps_parts_apart(monkeypatch):
    monkeypatch.setattr(layout, "MAX_COMPUTED", 5)
    G = nx.MultiDiGraph()
    for part in range(4):
        nx.add_path(G, [f"{part}-{i}" for i in range(3 + 3 * part)])
    G.add_nodes_from(["alone", "other"])
    pos = dict(zip(G, layout_plan(G)["positions"], strict=True))
    boxes = {}
    for node, (x, y) in pos.items():
        part = node.split("-")[0]
        left, top, right, bottom = boxes.get(part, (x, y, x, y))
        boxes[part] = (min(left, x), min(top, y), max(right, x), max(bottom, y))
    for a, b in itertools.combinations(boxes.values(), 2):
        assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


@pytest.mark.parametrize(
    ("nodes", "edges", "drawing"),
    [
        (10, 20, "full"),
        (layout.LARGE_NODES - 1, 10, "full"),
        (layout.LARGE_NODES, 10, "fast"),
        (50, layout.LARGE_EDGES, "fast"),
    ],
)
def test_large_graphs_are_drawn_cheaply(nodes, edges, drawing, monkeypatch):
    monkeypatch.setattr(layout, "MAX_COMPUTED", 0)  # positions do not matter here: keep it quick
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(nodes))
    G.add_edges_from((i % nodes, (i * 7 + 1) % nodes) for i in range(edges))
    assert layout_plan(G)["drawing"] == drawing
