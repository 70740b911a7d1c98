"""The path search: the cheap walk and the exact one give NetworkX's paths; a fooling graph stays fast."""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import graph
from graph.ask import search
from graph.ask.search import simple_paths
from graph.ask.walk import Arrows


def contract_order(G: nx.MultiDiGraph, source: object, target: object, max_hops: int) -> list[tuple]:
    found = {tuple(p) for p in nx.all_simple_paths(G, source, target, cutoff=max_hops)} if source != target else set()
    return sorted(found, key=lambda p: (len(p), [str(n) for n in p]))


@settings(max_examples=80, deadline=None)
@given(
    edges=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=30),
    max_hops=st.integers(1, 6),
    limit=st.integers(1, 9),
    budget=st.sampled_from([0, 3, 10_000]),
)
def test_every_budget_gives_networkx_paths_in_contract_order(edges, max_hops, limit, budget):
    G = nx.MultiDiGraph(edges)
    G.add_nodes_from([0, 7])
    saved = search.CHEAP_WORK
    search.CHEAP_WORK = budget  # 0: the exact walk from the start; 3: a switch part way
    try:
        found = simple_paths(Arrows(G), 0, 7, max_hops, limit)
    finally:
        search.CHEAP_WORK = saved
    assert found == contract_order(G, 0, 7, max_hops)[:limit]


def _fooling_graph(size: int, target_on: str) -> nx.MultiDiGraph:
    """A complete directed graph of ``size`` nodes; ``z`` hangs on one node by a single edge."""
    G = nx.complete_graph([f"v{i}" for i in range(size)], nx.MultiDiGraph)
    G.add_edge(*target_on.split(">"), relation="increases")
    return G


@pytest.mark.parametrize("target_on", ["v0>z", "z>v0"])
def test_a_target_behind_the_source_is_found_once_at_the_most_hops(target_on):
    # The cheap walk tries every chain of the others in vain; the exact one sees at once that z needs v0.
    result = graph.find_paths(_fooling_graph(30, target_on), "v0", "z", max_hops=5)
    if target_on == "v0>z":
        assert ([p.nodes for p in result.paths], result.ignoring_direction) == ([("v0", "z")], None)
    else:
        assert (result.paths, result.ignoring_direction) == ((), 1)
        assert result.note == "no path following the arrows; 1 path if directions are ignored"
