"""Paths, step and path signs, and the net effect, on small graphs with known answers."""

from __future__ import annotations

import copy
import json
import random
from itertools import pairwise

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graph
from graph.ask.paths import Edge, Path, Step

PLUS, MINUS, NONE = 1, -1, 0


def make(*edges: tuple, **graph_attrs: object) -> nx.MultiDiGraph:
    """A MultiDiGraph from ``(u, v, sign)`` or ``(u, v, sign, relation)`` tuples, in order."""
    G = nx.MultiDiGraph(**graph_attrs)
    for u, v, sign, *relation in edges:
        G.add_edge(u, v, sign=sign, relation=relation[0] if relation else "rel", evidence=f"{u} {v}")
    return G


def nodes_of(result: graph.PathResult) -> list[tuple]:
    return [p.nodes for p in result.paths]


def contract_order(G: nx.MultiDiGraph, source: object, target: object, max_hops: int) -> list[tuple]:
    """All simple paths by NetworkX, in the contract's order: hops, then node ids as strings."""
    found = {tuple(p) for p in nx.all_simple_paths(G, source, target, cutoff=max_hops)} if source != target else set()
    return sorted(found, key=lambda p: (len(p), [str(n) for n in p]))


# ---------------------------------------------------------------- which paths, in which order


def test_paths_come_shortest_first_then_by_node_ids_in_code_point_order() -> None:
    G = make(("s", "a", PLUS), ("a", "t", PLUS), ("s", "B", PLUS), ("B", "t", PLUS), ("s", "t", PLUS))
    G.add_edge("s", "Z", sign=1)
    G.add_edge("Z", "t", sign=1)
    # "B" < "Z" < "a" in code-point order
    assert nodes_of(graph.find_paths(G, "s", "t")) == [("s", "t"), ("s", "B", "t"), ("s", "Z", "t"), ("s", "a", "t")]


def test_integer_ids_are_ordered_as_strings() -> None:
    G = make((1, 10, PLUS), (10, 2, PLUS), (1, 9, PLUS), (9, 2, PLUS))
    assert nodes_of(graph.find_paths(G, 1, 2)) == [(1, 10, 2), (1, 9, 2)]


def test_a_cycle_is_not_walked_round() -> None:
    G = make(("a", "b", PLUS), ("b", "a", PLUS), ("b", "c", PLUS), ("c", "b", PLUS), ("c", "d", PLUS))
    assert nodes_of(graph.find_paths(G, "a", "d", max_hops=10)) == [("a", "b", "c", "d")]


def test_edges_are_never_walked_backwards() -> None:
    G = make(("a", "b", PLUS), ("c", "b", PLUS))
    assert graph.find_paths(G, "a", "c").paths == ()


def test_no_path_gives_an_empty_result_not_truncated() -> None:
    G = make(("a", "b", PLUS))
    G.add_node("z")
    result = graph.find_paths(G, "a", "z")
    assert (result.paths, result.truncated, len(result)) == ((), False, 0)


def test_source_equal_to_target_gives_no_paths_even_on_a_cycle() -> None:
    G = make(("a", "b", PLUS), ("b", "a", PLUS))
    assert graph.find_paths(G, "a", "a").paths == ()
    assert graph.net_effect(G, "a", "a").verdict == "no path"


def test_max_hops_bounds_the_length() -> None:
    G = make(("a", "b", PLUS), ("b", "c", PLUS), ("c", "d", PLUS))
    assert graph.find_paths(G, "a", "d", max_hops=2).paths == ()
    assert nodes_of(graph.find_paths(G, "a", "d", max_hops=3)) == [("a", "b", "c", "d")]


@pytest.mark.parametrize(
    ("middles", "max_paths", "shown", "truncated"),
    [(25, 20, 20, True), (20, 20, 20, False), (3, 2, 2, True), (3, 3, 3, False)],
)
def test_the_cap_and_the_flag_that_more_exist(middles: int, max_paths: int, shown: int, truncated: bool) -> None:
    G = make(*[edge for i in range(middles) for edge in (("s", f"m{i:02}", PLUS), (f"m{i:02}", "t", PLUS))])
    result = graph.find_paths(G, "s", "t", max_paths=max_paths)
    assert (len(result.paths), result.truncated) == (shown, truncated)
    assert nodes_of(result) == contract_order(G, "s", "t", 4)[:shown]


def test_the_cap_keeps_the_shortest_paths() -> None:
    G = make(*[edge for i in range(5) for edge in (("s", f"m{i}", PLUS), (f"m{i}", "x", PLUS))], ("x", "t", PLUS))
    G.add_edge("s", "z", sign=1)
    G.add_edge("z", "t", sign=1)
    result = graph.find_paths(G, "s", "t", max_paths=1)
    assert (nodes_of(result), result.truncated) == ([("s", "z", "t")], True)


@settings(max_examples=60, deadline=None)
@given(
    edges=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=30),
    max_hops=st.integers(1, 5),
    max_paths=st.integers(1, 8),
)
def test_the_same_paths_as_networkx_in_contract_order(edges: list, max_hops: int, max_paths: int) -> None:
    G = nx.MultiDiGraph(edges)
    G.add_nodes_from([0, 7])
    expected = contract_order(G, 0, 7, max_hops)
    result = graph.find_paths(G, 0, 7, max_hops=max_hops, max_paths=max_paths)
    assert nodes_of(result) == expected[:max_paths]
    assert result.truncated == (len(expected) > max_paths)


# ---------------------------------------------------------------- steps and signs


def test_a_step_holds_all_parallel_edges_in_key_order() -> None:
    G = make(("a", "b", PLUS, "first"), ("a", "b", PLUS, "second"), ("b", "c", MINUS, "third"))
    (path,) = graph.find_paths(G, "a", "c").paths
    assert [[e.relation for e in s.edges] for s in path.steps] == [["first", "second"], ["third"]]
    assert [e.key for e in path.steps[0].edges] == [0, 1]
    assert path.steps[0].relation == "first"


@pytest.mark.parametrize(
    ("signs", "step_sign"),
    [
        ((PLUS,), 1),
        ((MINUS,), -1),
        ((NONE,), 0),
        ((PLUS, PLUS), 1),
        ((PLUS, NONE), 1),
        ((MINUS, NONE, MINUS), -1),
        ((PLUS, MINUS), 0),
        ((NONE, NONE), 0),
    ],
)
def test_step_sign_is_the_common_sign_of_its_signed_edges(signs: tuple, step_sign: int) -> None:
    G = make(*[("a", "b", s) for s in signs])
    assert graph.find_paths(G, "a", "b").paths[0].steps[0].sign == step_sign


@pytest.mark.parametrize(
    ("signs", "sign", "effect"),
    [
        ((PLUS, PLUS), 1, "increases"),
        ((PLUS, MINUS), -1, "decreases"),
        ((MINUS, MINUS), 1, "increases"),
        ((MINUS, NONE), 0, "unclear"),
        ((MINUS, MINUS, MINUS), -1, "decreases"),
    ],
)
def test_path_sign_is_the_product_of_step_signs(signs: tuple, sign: int, effect: str) -> None:
    G = make(*[(i, i + 1, s) for i, s in enumerate(signs)])
    path = graph.find_paths(G, 0, len(signs)).paths[0]
    assert (path.sign, path.effect) == (sign, effect)


def test_odd_sign_values_count_as_unsigned() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", sign=2)
    G.add_edge("b", "c", sign=True)
    G.add_edge("c", "d")  # no sign at all
    assert [s.sign for s in graph.find_paths(G, "a", "d").paths[0].steps] == [0, 0, 0]


def test_a_plain_digraph_works_and_an_undirected_graph_is_walked_both_ways() -> None:
    D = nx.DiGraph([("a", "b"), ("b", "c")])
    nx.set_edge_attributes(D, 1, "sign")
    path = graph.find_paths(D, "a", "c").paths[0]
    assert (path.sign, path.steps[0].edges[0].key) == (1, None)
    for cls in (nx.Graph, nx.MultiGraph):
        found = graph.find_paths(cls([("a", "b"), ("c", "b")]), "a", "c")
        assert [p.nodes for p in found] == [("a", "b", "c")]
        assert found.paths[0].steps[1].edges[0].directed is False


# ---------------------------------------------------------------- net effect


@pytest.mark.parametrize(
    ("edges", "verdict", "counts"),
    [
        ([("s", "t", PLUS)], "increases", (1, 0, 0)),
        ([("s", "t", MINUS), ("s", "m", PLUS), ("m", "t", MINUS)], "decreases", (0, 2, 0)),
        ([("s", "t", PLUS), ("s", "m", PLUS), ("m", "t", MINUS)], "mixed", (1, 1, 0)),
        ([("s", "t", NONE), ("s", "m", PLUS), ("m", "t", NONE)], "unclear", (0, 0, 2)),
        ([("s", "t", PLUS), ("s", "m", NONE), ("m", "t", PLUS)], "increases", (1, 0, 1)),
        ([("t", "s", PLUS)], "no path", (0, 0, 0)),
    ],
)
def test_net_effect_counts_and_verdict(edges: list, verdict: str, counts: tuple) -> None:
    effect = graph.net_effect(make(*edges), "s", "t")
    assert (effect.verdict, (effect.increases, effect.decreases, effect.unclear)) == (verdict, counts)


def test_net_effect_counts_only_the_returned_paths() -> None:
    G = make(*[edge for i in range(4) for edge in (("s", f"m{i}", PLUS), (f"m{i}", "t", PLUS))], ("s", "t", MINUS))
    effect = graph.net_effect(G, "s", "t", max_paths=2)
    assert (effect.increases, effect.decreases, effect.truncated, effect.verdict) == (1, 1, True, "mixed")


# ---------------------------------------------------------------- inputs


def test_names_are_resolved_by_label_and_synonym() -> None:
    G = make(("mg", "sl", PLUS))
    G.add_node("mg", label="Magnesium", synonyms=["Mg"])
    G.add_node("sl", label="Sleep", label_nl="Slaap")
    result = graph.find_paths(G, "mg", "SLAAP")
    assert (result.source, result.target, len(result)) == ("mg", "sl", 1)
    with pytest.raises(graph.NodeNotFound, match="did you mean 'Slaap'"):
        graph.find_paths(G, "Mg", "slap")


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "4"])
def test_limits_must_be_whole_numbers_of_at_least_one(bad: object) -> None:
    G = make(("a", "b", PLUS))
    with pytest.raises(ValueError, match="max_hops"):
        graph.find_paths(G, "a", "b", max_hops=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_paths"):
        graph.find_paths(G, "a", "b", max_paths=bad)  # type: ignore[arg-type]


def test_the_graph_is_not_changed() -> None:
    G = make(("a", "b", PLUS), ("b", "c", MINUS), ("a", "c", NONE), relations={"rel": {"sign": 1}})
    before = copy.deepcopy(G)
    graph.net_effect(G, "a", "c")
    assert nx.utils.graphs_equal(G, before) and G.graph == before.graph


def test_as_path_checks_the_edges() -> None:
    G = make(("a", "b", PLUS), ("b", "c", PLUS))
    assert graph.ask.paths.as_path(G, ["a", "b", "c"]).nodes == ("a", "b", "c")
    with pytest.raises(ValueError, match="no edge from 'a' to 'c'"):
        graph.ask.paths.as_path(G, ["a", "c"])
    with pytest.raises(ValueError, match="at least two nodes"):
        graph.ask.paths.as_path(G, ["a"])


# ---------------------------------------------------------------- objects and JSON


def test_path_objects_are_frozen_plain_data() -> None:
    path = graph.find_paths(make(("a", "b", PLUS)), "a", "b").paths[0]
    assert isinstance(path, Path) and isinstance(path.steps[0], Step) and isinstance(path.steps[0].edges[0], Edge)
    with pytest.raises(AttributeError):
        path.nodes = ("x",)  # type: ignore[misc]


def test_to_dict_schema() -> None:
    G = make(("a", "b", PLUS), ("b", "c", MINUS))
    G.edges["a", "b", 0].update(source_doc="doc", section="Intro")
    data = json.loads(json.dumps(graph.net_effect(G, "a", "c").to_dict()))
    assert list(data) == [
        "source",
        "target",
        "max_hops",
        "max_paths",
        "truncated",
        "verdict",
        "increases",
        "decreases",
        "unclear",
        "links",
        "hedged",
        "paths",
    ]
    (path,) = data["paths"]
    assert path == {
        "nodes": ["a", "b", "c"],
        "hops": 2,
        "sign": -1,
        "effect": "decreases",
        "hedged": False,
        "steps": [
            {
                "source": "a",
                "target": "b",
                "relation": "rel",
                "sign": 1,
                "edges": [
                    {
                        "key": 0,
                        "relation": "rel",
                        "sign": 1,
                        "evidence": "a b",
                        "evidence_nl": "",
                        "source_doc": "doc",
                        "section": "Intro",
                    }
                ],
            },
            {
                "source": "b",
                "target": "c",
                "relation": "rel",
                "sign": -1,
                "edges": [
                    {
                        "key": 0,
                        "relation": "rel",
                        "sign": -1,
                        "evidence": "b c",
                        "evidence_nl": "",
                        "source_doc": "",
                        "section": "",
                    }
                ],
            },
        ],
    }


# ---------------------------------------------------------------- the magnesium data


def test_magnesium_raises_melatonin_through_serotonin() -> None:
    G = graph.load()
    effect = graph.net_effect(G, "Magnesium", "Melatonine")
    via = [p for p in effect.paths if p.nodes == ("magnesium", "serotonin", "melatonin")]
    assert via and via[0].effect == "increases"
    assert effect.verdict == "increases"


# ---------------------------------------------------------------- a large graph


@pytest.mark.slow
def test_a_large_graph_stays_within_the_cap() -> None:
    rng = random.Random(5)
    n, m = 20_000, 100_000
    G = nx.MultiDiGraph()
    G.add_edges_from((rng.randrange(n), rng.randrange(n)) for _ in range(m))
    hubs = rng.sample(range(n), 400)
    G.add_edges_from(("s", h) for h in hubs[:200])  # a source fanning out into the graph
    G.add_edges_from((h, "t") for h in hubs[200:])  # and a target many nodes reach
    G.add_edges_from(edge for i in range(40) for edge in (("s", f"m{i:02}"), (f"m{i:02}", "t")))
    result = graph.find_paths(G, "s", "t")
    assert (len(result.paths), result.truncated) == (20, True)
    assert [p.hops for p in result.paths] == sorted(p.hops for p in result.paths)
    assert all(G.has_edge(u, v) for p in result.paths for u, v in pairwise(p.nodes))
    everything = graph.find_paths(G, "s", "t", max_paths=10_000)
    assert not everything.truncated and everything.paths[:20] == result.paths
    assert all(len(set(p.nodes)) == len(p.nodes) <= 5 for p in everything.paths)


def test_results_print_short() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", sign=1)
    G.add_edge("b", "c", sign=-1)
    G.add_edge("a", "c", sign=0)
    result = graph.find_paths(G, "a", "c", max_paths=1)
    assert repr(result) == "PathResult(a \u2192 c: 1 path of at most 4 hops, more exist)"
    assert repr(result.paths[0]) == "Path(a \u2192 c, unclear)"
    effect = graph.net_effect(G, "a", "c")
    assert repr(effect) == "NetEffect(a \u2192 c: decreases; 0 increasing, 1 decreasing, 1 unclear)"


# ---------------------------------------------------------------- directions ignored, hedges (issue 24)


def test_a_step_against_an_arrow_keeps_its_claim_and_the_path_gets_no_effect() -> None:
    G = make(("mg", "stress", MINUS), ("stress", "twitch", PLUS))
    result = graph.find_paths(G, "twitch", "mg", ignore_direction=True)
    (path,) = result.paths
    assert [step.against for step in path.steps] == [True, True]
    assert path.sign == 0 and path.effect == "link"
    effect = graph.net_effect(G, "twitch", "mg", ignore_direction=True)
    assert (effect.verdict, effect.links, effect.increases, effect.decreases) == ("link", 1, 0, 0)
    assert graph.find_paths(G, "twitch", "mg").paths == ()  # following the arrows there is none


def test_a_path_along_the_arrows_keeps_its_effect_when_directions_are_ignored() -> None:
    G = make(("mg", "stress", MINUS), ("stress", "twitch", PLUS))
    (path,) = graph.find_paths(G, "mg", "twitch", ignore_direction=True).paths
    assert not path.against and path.effect == "decreases"


def test_an_undirected_edge_of_the_data_is_no_arrow_to_walk_against() -> None:
    G = make(("a", "b", PLUS), ("c", "b", PLUS))
    G.edges["c", "b", 0]["directed"] = False
    (path,) = graph.find_paths(G, "a", "c").paths
    assert not path.against and path.effect == "increases"


def test_a_hedged_step_makes_a_hedged_path_and_verdict() -> None:
    G = make(("a", "b", PLUS), ("b", "c", PLUS))
    G.edges["b", "c", 0]["hedged"] = "true"
    effect = graph.net_effect(G, "a", "c")
    (path,) = effect.paths.paths
    assert [step.hedged for step in path.steps] == [False, True] and path.hedged and effect.hedged
    G.edges["b", "c", 0]["hedged"] = "false"
    assert not graph.net_effect(G, "a", "c").hedged


def test_a_step_stated_plainly_by_one_source_is_not_hedged() -> None:
    G = make(("a", "b", PLUS), ("a", "b", PLUS))
    G.edges["a", "b", 0]["hedged"] = True
    step = graph.find_paths(G, "a", "b").paths[0].steps[0]
    assert not step.hedged and step.edge.key == 1
