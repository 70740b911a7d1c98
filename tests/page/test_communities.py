"""Communities of a graph without categories: every link counts, whichever way its edge runs."""

from __future__ import annotations

from graph.page.communities import community_membership


def test_a_directed_edge_links_its_ends_whichever_way_it_runs():
    # two pairs of nodes, each joined by an edge from the later node to the earlier one
    membership = community_membership(4, [(1, 0), (3, 2)])
    assert membership[0] == membership[1] and membership[2] == membership[3]
    assert membership[0] != membership[2]


def test_an_edge_listed_both_ways_counts_once():
    assert community_membership(4, [(0, 1), (1, 0), (2, 3), (3, 2)]) == community_membership(4, [(0, 1), (2, 3)])
