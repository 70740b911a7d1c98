"""A relation of a hub chosen far down its list opens on the overview page with both its ends (issue 29)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graph.page import overview
from graph.page.html import write_html

HUB_RELATIONS = 3000
LINES = "#cg-details .cg-relations > li"


def _hub_graph() -> nx.MultiDiGraph:
    """Plain data: a ring of OVERVIEW_NODES concepts (a large page) and a hub joined to 3,000 of them."""
    count = overview.OVERVIEW_NODES
    G = nx.MultiDiGraph()
    G.add_node("hub", label="Hub")
    G.add_nodes_from((f"n{i}", {"label": f"Node {i}"}) for i in range(count))
    G.add_edges_from((f"n{i}", f"n{(i + 1) % count}", {"relation": "activates"}) for i in range(count))
    G.add_edges_from(("hub", f"n{i}", {"relation": "inhibits"}) for i in range(HUB_RELATIONS))
    return G


@pytest.mark.browser
@pytest.mark.slow
def test_a_relation_far_down_a_hubs_list_opens_with_both_its_ends(open_page, tmp_path: Path) -> None:
    opened = open_page(write_html(_hub_graph(), tmp_path / "hub.html"), timeout_ms=60000)
    page = opened.page
    page.fill("#cg-search", "Hub")
    page.wait_for_selector("#cg-search-list li", state="visible")
    page.press("#cg-search", "Enter")
    page.wait_for_selector("#cg-details .cg-relations")
    # the button that lists the rest comes right after the list in the keyboard's order
    page.locator(LINES).nth(49).locator("button").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == f"Show all {HUB_RELATIONS:,}"
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.querySelectorAll('{LINES}').length === {HUB_RELATIONS}")
    last = page.locator(LINES).last
    sentence = last.locator("button").first.text_content()
    target = "n" + sentence.rsplit(" ", 1)[-1]  # "Hub — inhibits → Node 2999"
    assert page.evaluate("(id) => cg.nodes.get(id)", target) is None  # past the 400 neighbours drawn
    last.locator("button").first.click()
    page.wait_for_function("() => cgNetwork.getSelectedEdges().length === 1")
    [edge] = page.evaluate("cgNetwork.getSelectedEdges()")
    assert page.evaluate("(e) => [cg.edges.get(e).from, cg.edges.get(e).to]", edge) == ["hub", target]
    assert opened.problems == []
