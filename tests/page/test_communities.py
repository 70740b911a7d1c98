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


def _planted(groups: int = 400, size: int = 50):
    import random

    import igraph

    rng = random.Random(5)
    pairs = [
        (g * size + rng.randrange(size), g * size + rng.randrange(size)) for g in range(groups) for _ in range(150)
    ]
    pairs += [(rng.randrange(size * groups), rng.randrange(size * groups)) for _ in range(1000)]
    whole = igraph.Graph(n=size * groups, edges=pairs)
    whole.simplify()
    return whole


def test_communities_found_in_a_second_process_are_those_found_here():
    import os

    from graph.page.communities import ASIDE_FROM, membership_aside

    whole = _planted()
    assert whole.ecount() >= ASIDE_FROM and (os.cpu_count() or 1) >= 2
    assert membership_aside(whole)().tolist() == community_membership(whole.vcount(), [], whole=whole)


def _watch_the_copy(monkeypatch, marker, fail: bool) -> None:
    """Make community_membership note in ``marker`` when it runs in a forked copy (and fail there, if asked)."""
    import os

    from graph.page import communities

    parent, original = os.getpid(), communities.community_membership

    def watched(*args, **kwargs):
        if os.getpid() != parent:
            marker.write_text(str(os.getpid()))
            if fail:
                raise MemoryError("the copy ran out of memory")
        return original(*args, **kwargs)

    monkeypatch.setattr(communities, "community_membership", watched)


def test_when_the_second_process_fails_the_communities_are_found_here(tmp_path, monkeypatch):
    from graph.page import communities

    whole = _planted()
    expected = community_membership(whole.vcount(), [], whole=whole)
    _watch_the_copy(monkeypatch, tmp_path / "copy-ran", fail=True)
    assert communities.membership_aside(whole)().tolist() == expected
    assert (tmp_path / "copy-ran").exists()  # it was tried in a second process first


def test_off_linux_the_communities_are_found_in_this_process(tmp_path, monkeypatch):
    import sys

    from graph.page import communities

    whole = _planted()
    expected = community_membership(whole.vcount(), [], whole=whole)
    _watch_the_copy(monkeypatch, tmp_path / "copy-ran", fail=False)
    monkeypatch.setattr(sys, "platform", "darwin")  # macOS: no fork beside threads
    assert communities.membership_aside(whole)().tolist() == expected
    assert not (tmp_path / "copy-ran").exists()


def test_the_hub_start_puts_each_node_with_its_best_connected_neighbour():
    import numpy as np

    from graph.page.communities import hub_start

    # 0 is a hub of four links; 5 and 6 have two links each and are joined: the lower number wins
    links = np.array([[0, 1], [0, 2], [0, 3], [0, 4], [4, 5], [5, 6], [6, 7], [7, 8]])
    assert hub_start(9, links).tolist() == [0, 0, 0, 0, 0, 4, 5, 6, 7]
    # a node without links stays on its own
    assert hub_start(3, np.array([[0, 1]])).tolist() == [0, 0, 2]


def test_a_large_graph_s_search_starts_from_the_hubs_and_finds_groups_as_good(monkeypatch):
    import random

    import igraph
    import numpy as np

    from graph.page import communities

    whole = _planted()
    links = np.array(whole.get_edgelist())
    asked = []
    original = communities.hub_start

    def watched(count, given):
        asked.append((count, np.asarray(given).tolist()))
        return original(count, given)

    monkeypatch.setattr(communities, "hub_start", watched)
    membership = communities.community_membership(whole.vcount(), [], whole=whole, links=links)
    assert asked == [(whole.vcount(), links.tolist())]
    # the links are asked of the graph when not given, with the same answer
    assert communities.community_membership(whole.vcount(), [], whole=whole) == membership
    igraph.set_random_number_generator(random.Random(communities.SEED))
    from_singletons = whole.community_leiden(objective_function="modularity", n_iterations=1).membership
    igraph.set_random_number_generator(random)
    assert whole.modularity(membership) >= 0.99 * whole.modularity(from_singletons)
