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


def test_a_large_graph_s_planted_groups_are_found_the_same_from_run_to_run():
    # 400 groups of 50 nodes, each a dense web of 150 links, joined by 1,000 links between groups:
    # more links than LEIDEN_FROM, so the method for large graphs runs
    import random

    from graph.page.communities import LEIDEN_FROM

    rng = random.Random(3)
    size, groups = 50, 400
    pairs = [
        (g * size + rng.randrange(size), g * size + rng.randrange(size)) for g in range(groups) for _ in range(150)
    ]
    pairs += [(rng.randrange(size * groups), rng.randrange(size * groups)) for _ in range(1000)]
    assert len({(min(p), max(p)) for p in pairs if p[0] != p[1]}) >= LEIDEN_FROM
    membership = community_membership(size * groups, pairs)
    assert membership == community_membership(size * groups, pairs)
    # every planted group keeps nine in ten of its members together (a member joined to the
    # rest only by links out of the group may go elsewhere)
    from collections import Counter

    together = [max(Counter(membership[g * size : (g + 1) * size]).values()) for g in range(groups)]
    assert min(together) >= 0.9 * size
    assert len(set(membership)) >= groups / 4  # groups, not one blob
