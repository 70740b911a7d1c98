"""Neighbours, upstream and downstream, subgraphs around a concept or of paths; stats."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import graph


@pytest.fixture
def G(tiny_data: Path) -> nx.MultiDiGraph:
    """magnesium -> gaba_receptor -> relaxation -> sleep, and magnesium -| sleep (conftest TINY)."""
    return graph.load(tiny_data)


def pairs(steps: graph.NeighborResult) -> list[tuple[str, str]]:
    return [(s.source, s.target) for s in steps]


@pytest.mark.parametrize(
    ("name", "direction", "expected"),
    [
        ("magnesium", "out", [("magnesium", "gaba_receptor"), ("magnesium", "sleep")]),
        ("magnesium", "in", []),
        ("Slaap", "in", [("magnesium", "sleep"), ("relaxation", "sleep")]),
        ("GABA-receptoren", "both", [("gaba_receptor", "relaxation"), ("magnesium", "gaba_receptor")]),
    ],
)
def test_neighbors_by_direction(G: nx.MultiDiGraph, name: str, direction: str, expected: list) -> None:
    assert pairs(graph.neighbors(G, name, direction=direction)) == expected


def test_neighbors_filtered_by_relation_in_any_language(G: nx.MultiDiGraph) -> None:
    assert pairs(graph.neighbors(G, "magnesium", relation="remt")) == [("magnesium", "sleep")]
    assert pairs(graph.neighbors(G, "magnesium", relation=["inhibits", "activeert"])) == [
        ("magnesium", "gaba_receptor"),
        ("magnesium", "sleep"),
    ]
    with pytest.raises(graph.RelationNotFound, match="did you mean 'promotes'"):
        graph.neighbors(G, "magnesium", relation="promote")


def test_a_relation_filter_keeps_only_matching_parallel_edges(G: nx.MultiDiGraph) -> None:
    H = G.copy()
    H.add_edge("magnesium", "sleep", relation="promotes", sign=1)
    (step,) = graph.neighbors(H, "magnesium", relation="promotes")
    assert [e.relation for e in step.edges] == ["promotes"]
    step = graph.neighbors(H, "sleep", direction="in", relation=None).steps[0]
    assert [e.relation for e in step.edges] == ["inhibits", "promotes"]


def test_neighbors_to_a_depth_nearest_first(G: nx.MultiDiGraph) -> None:
    steps = graph.neighbors(G, "gaba_receptor", direction="out", depth=2)
    assert pairs(steps) == [("gaba_receptor", "relaxation"), ("relaxation", "sleep")]
    around = graph.neighbors(G, "relaxation", direction="both", depth=None)
    assert pairs(around) == [
        ("relaxation", "sleep"),
        ("gaba_receptor", "relaxation"),
        ("magnesium", "gaba_receptor"),
        ("magnesium", "sleep"),
    ]


def test_each_step_is_listed_once_even_a_self_loop(G: nx.MultiDiGraph) -> None:
    H = G.copy()
    H.add_edge("sleep", "sleep", relation="promotes")
    assert pairs(graph.neighbors(H, "sleep", direction="both")).count(("sleep", "sleep")) == 1


def test_upstream_and_downstream_with_distances(G: nx.MultiDiGraph) -> None:
    assert graph.upstream(G, "sleep", depth=1) == {"magnesium": 1, "relaxation": 1}
    assert graph.upstream(G, "sleep", depth=None) == {"magnesium": 1, "relaxation": 1, "gaba_receptor": 2}
    assert list(graph.downstream(G, "magnesium", depth=3).items()) == [
        ("gaba_receptor", 1),
        ("sleep", 1),
        ("relaxation", 2),
    ]
    assert graph.downstream(G, "magnesium", relation="activates") == {"gaba_receptor": 1}


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"direction": "up"}, "direction must be"), ({"depth": 0}, "depth must be")]
)
def test_bad_arguments_are_refused(G: nx.MultiDiGraph, kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        graph.neighbors(G, "magnesium", **kwargs)


def test_subgraph_around_is_an_independent_copy(G: nx.MultiDiGraph) -> None:
    H = graph.subgraph_around(G, "relaxation")
    assert sorted(H.nodes) == ["gaba_receptor", "relaxation", "sleep"]
    assert H.number_of_edges() == 2 and H.graph["relations"] == G.graph["relations"]
    H.nodes["sleep"]["label"] = "changed"
    H.add_edge("sleep", "relaxation")
    assert G.nodes["sleep"]["label"] == "Sleep" and not G.has_edge("sleep", "relaxation")


def test_subgraph_around_with_depth_and_direction(G: nx.MultiDiGraph) -> None:
    H = graph.subgraph_around(G, "sleep", depth=2, direction="in")
    assert sorted(H.nodes) == ["gaba_receptor", "magnesium", "relaxation", "sleep"]
    assert H.number_of_edges() == 4  # induced: every edge among them


def test_paths_subgraph_holds_the_steps_and_nothing_else() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", relation="x")
    G.add_edge("a", "b", relation="y")
    G.add_edge("b", "c", relation="x")
    G.add_edge("a", "c", relation="shortcut")  # between path nodes, but not on the path
    G.add_edge("c", "d", relation="x")
    H = graph.paths_subgraph(G, [("a", "b", "c")])
    assert sorted(H.edges(keys=True)) == [("a", "b", 0), ("a", "b", 1), ("b", "c", 0)]
    result = graph.find_paths(G, "a", "c")
    assert sorted(graph.paths_subgraph(G, result).edges) == sorted(
        graph.paths_subgraph(G, graph.net_effect(G, "a", "c")).edges
    )
    assert graph.paths_subgraph(G, []).number_of_nodes() == 0


def test_subgraphs_come_in_the_same_order_in_every_run() -> None:
    code = (
        "import graph; G = graph.load(); "
        "A = graph.subgraph_around(G, 'melatonin'); "
        "H = graph.paths_subgraph(G, graph.find_paths(G, 'magnesium', 'sleep')); "
        "print([list(A.nodes), list(A.edges(keys=True)), list(H.nodes), list(H.edges(keys=True))])"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


def test_path_objects_expose_their_nodes_for_highlighting(G: nx.MultiDiGraph) -> None:
    result = graph.find_paths(G, "magnesium", "sleep")
    H = graph.paths_subgraph(G, result)
    for path in result.paths:
        assert list(path.nodes) == [n for n in path.nodes if n in H]


def test_nothing_changes_the_graph(G: nx.MultiDiGraph) -> None:
    before = copy.deepcopy(G)
    graph.neighbors(G, "magnesium", direction="both", depth=None)
    graph.upstream(G, "sleep")
    graph.subgraph_around(G, "sleep").add_node("new")
    graph.paths_subgraph(G, graph.find_paths(G, "magnesium", "sleep")).graph["relations"] = {}
    graph.stats(G)
    assert nx.utils.graphs_equal(G, before) and G.graph == before.graph


# ---------------------------------------------------------------- stats


def test_stats_counts(G: nx.MultiDiGraph) -> None:
    H = G.copy()
    H.add_node("lonely", category="mineral")
    H.add_edge("sleep", "relaxation")  # no relation, sign or source
    summary = graph.stats(H, top=2)
    assert (summary.nodes, summary.edges, summary.components, summary.largest_component, summary.isolated) == (
        5,
        5,
        2,
        4,
        1,
    )
    assert (summary.increasing, summary.decreasing, summary.unsigned, summary.unsourced) == (3, 1, 1, 1)
    assert summary.categories == {"mineral": 2, "process": 2, "receptor": 1}
    assert summary.relations == {"promotes": 2, "activates": 1, "inhibits": 1, "related_to": 1}
    assert summary.sources == {"doc1": 2, "doc2": 2}
    assert summary.most_connected == (("relaxation", 2, 1), ("sleep", 2, 1))


def test_stats_json_schema(G: nx.MultiDiGraph) -> None:
    data = json.loads(json.dumps(graph.stats(G, top=1).to_dict()))
    assert data == {
        "nodes": 4,
        "edges": 4,
        "components": 1,
        "largest_component": 4,
        "isolated": 0,
        "increasing": 3,
        "decreasing": 1,
        "unsigned": 0,
        "unsourced": 0,
        "categories": {"process": 2, "mineral": 1, "receptor": 1},
        "relations": {"promotes": 2, "activates": 1, "inhibits": 1},
        "sources": {"doc1": 2, "doc2": 2},
        "direction": "directed",
        "undirected": 0,
        "most_connected": [{"id": "gaba_receptor", "edges": 2, "in": 1, "out": 1}],
    }


def test_stats_of_an_empty_graph() -> None:
    summary = graph.stats(nx.MultiDiGraph())
    assert (summary.nodes, summary.edges, summary.components, summary.largest_component, summary.most_connected) == (
        0,
        0,
        0,
        0,
        (),
    )
