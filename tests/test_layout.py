"""Where the page puts the nodes: seeded, complete, apart, and the size seam."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

import graph
from graph import layout
from graph.layout import layout_plan, wrap_label


@pytest.fixture(scope="module")
def magnesium() -> nx.MultiDiGraph:
    return graph.load()


def _labels(G: nx.MultiDiGraph) -> dict[str, tuple[str, str]]:
    return {n: (a["label"], a["label_nl"]) for n, a in G.nodes(data=True)}


@pytest.fixture(scope="module")
def plan(magnesium) -> dict:
    return layout_plan(magnesium, _labels(magnesium))


def test_every_node_gets_a_position_in_whole_pixels(magnesium, plan):
    assert set(plan["positions"]) == set(magnesium)
    assert all(isinstance(c, int) for xy in plan["positions"].values() for c in xy)
    assert plan["physics"] is False


def test_same_graph_same_positions(magnesium, plan):
    assert layout_plan(magnesium.copy(), _labels(magnesium)) == plan


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
    assert sizes["0"] > sizes["1"] == sizes["9"]


def test_separate_parts_do_not_overlap():
    G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    G.add_node("alone")
    pos = layout_plan(G)["positions"]
    assert len({tuple(xy) for xy in pos.values()}) == 6
    assert min(abs(pos["alone"][0] - pos[n][0]) + abs(pos["alone"][1] - pos[n][1]) for n in "abcxy") > 40


@pytest.mark.parametrize("G", [nx.MultiDiGraph(), nx.MultiDiGraph([("a", "a")]), nx.path_graph(1)])
def test_tiny_graphs(G):
    plan = layout_plan(G)
    assert len(plan["positions"]) == G.number_of_nodes()


def test_large_graphs_are_left_to_the_browser(monkeypatch):
    monkeypatch.setattr(layout, "MAX_COMPUTED", 3)
    plan = layout_plan(nx.path_graph(4))
    assert plan["positions"] is None and plan["physics"] is True
    assert set(plan["sizes"]) == {"0", "1", "2", "3"}


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
