"""The page's path search (paths.js) walks as graph/ask/search.py does: the exact walk gives the contract's
paths, and a graph that fools the cheap walk is answered at once (issue 29)."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest
from page_graphs import CONTRACT_GRAPHS

from graph.ask.search import simple_paths
from graph.ask.walk import Arrows
from graph.page.html import write_html

SEARCH = """([pairs, hops, limit, budget]) => {
  const g = CG.paths.model(cg.data.nodes, cg.data.edges, false);
  const next = (u) => g.succ.get(u);
  const back = (v) => g.pred.get(v);
  return pairs.map(([a, b]) => CG.paths.simplePaths(next, back, a, b, hops, limit, budget));
}"""


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(CONTRACT_GRAPHS))
def test_every_budget_gives_the_pythons_paths(open_page, tmp_path, name) -> None:
    G = CONTRACT_GRAPHS[name]
    opened = open_page(write_html(G, tmp_path / f"{name}.html"))
    pairs = [[str(a), str(b)] for a, b in itertools.product(G, repeat=2)]
    expected = [
        [list(map(str, p)) for p in simple_paths(Arrows(G), a, b, 4, 21)] for a, b in itertools.product(G, repeat=2)
    ]
    for budget in (0, 5, 200_000):  # exact from the start, a switch part way, the cheap walk alone
        assert opened.page.evaluate(SEARCH, [pairs, 4, 21, budget]) == expected, budget
    assert opened.problems == []


@pytest.mark.browser
def test_a_target_behind_the_source_is_answered_at_once(open_page, tmp_path) -> None:
    # 100 nodes, every arrow between them, and z -> v0: at six hops the cheap walk alone would try 99**5 chains.
    G = nx.complete_graph([f"v{i}" for i in range(100)], nx.MultiDiGraph)
    G.add_edge("z", "v0")
    opened = open_page(write_html(G, tmp_path / "complete.html"), timeout_ms=60000)
    found = opened.page.evaluate(
        """() => {
          const anyWay = CG.paths.model(cg.data.nodes, cg.data.edges, true);
          const arrows = cg.findPaths('v0', 'z', {maxHops: 6}).found;
          return [arrows, CG.paths.findPaths(anyWay, 'v0', 'z', {maxHops: 6}).found];
        }"""
    )
    assert found == [0, 1]
    assert opened.problems == []
