"""An overview page (a graph of 10,000+ concepts: overview.js) on a phone, as a small page is there
(issue 27): a chain chosen in the drawer closes it and its card leaves the chain in view above it,
and Escape steps back one thing at a time, card, drawer, answer. The overview is forced on the
magnesium graph (the threshold lowered for the build), so the page opens in a moment."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_graphs import choose
from test_list_view import box, inside, node_boxes, overlap, wait_still

from graph.page import overview
from graph.page.html import write_html

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def magnesium_overview(magnesium, tmp_path_factory) -> Path:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(overview, "OVERVIEW_NODES", 50)
        path = write_html(magnesium, tmp_path_factory.mktemp("overview") / "magnesium.html")
    assert "cg-description-data" in path.read_text(encoding="utf-8")  # an overview page
    return path


#: Where the nodes' centres are drawn, in page pixels.
CENTRES = """(ids) => { const f = document.getElementById('cg-graph').getBoundingClientRect();
  return ids.map((id) => { const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
    return [f.left + p.x, f.top + p.y]; }); }"""


@pytest.mark.parametrize("viewport", [(390, 844), (600, 800)], ids=["390x844", "600x800"])
def test_on_a_phone_an_overview_s_chain_closes_the_drawer_and_escape_walks_back(
    open_page, magnesium_overview, viewport
):
    opened = open_page(magnesium_overview, viewport=viewport)
    page = opened.page
    assert page.evaluate("cg.overview") is True
    page.click("#cg-panels")
    choose(page, "#cg-from", "magnesium")
    choose(page, "#cg-to", "melatonin")
    page.press("#cg-to", "Enter")
    chain = page.locator("#cg-path-result .cg-chain").nth(1)
    chain.focus()
    page.keyboard.press("Enter")
    wait_still(page)
    assert page.locator("#cg-side").is_hidden() and page.get_attribute("#cg-panels", "aria-expanded") == "false"
    card = box(page, "#cg-details")
    assert inside(card, *viewport)
    assert page.evaluate("document.activeElement.id") == "cg-details"  # the keyboard follows the chain to its card
    chain_nodes = page.evaluate("cg.state.focus.kind === 'chain' && cg.state.answer.result.paths[1].nodes")
    assert len(chain_nodes) >= 2
    for node in node_boxes(page, chain_nodes):  # above the sheet, in view
        assert inside(node, *viewport) and not overlap(node, card)
    page.keyboard.press("Escape")  # the card, and back to the chain's button in the drawer
    assert page.locator("#cg-details").is_hidden() and page.locator("#cg-side").is_visible()
    assert page.evaluate("Array.from(document.querySelectorAll('.cg-chain')).indexOf(document.activeElement)") == 1
    page.keyboard.press("Escape")  # the drawer, and back to its button; the answer stays
    assert page.locator("#cg-side").is_hidden() and page.evaluate("document.activeElement.id") == "cg-panels"
    assert page.evaluate("cg.state.answer !== null")
    page.keyboard.press("Escape")
    assert page.evaluate("cg.state.answer === null")
    assert opened.problems == []


def test_on_a_phone_an_overview_s_search_draws_the_concept_and_its_neighbours_above_its_card(
    open_page, magnesium_overview
):
    opened = open_page(magnesium_overview, viewport=(390, 844))
    page = opened.page
    choose(page, "#cg-search", "magnesium")
    page.wait_for_selector("#cg-details .cg-relations")
    wait_still(page)
    card = box(page, "#cg-details")
    drawn = page.evaluate("cg.nodes.getIds()")
    assert "magnesium" in drawn and len(drawn) > 10
    centres = page.evaluate(CENTRES, drawn)
    assert all(0 <= x <= 390 and box(page, "#cg-graph")["y"] <= y < card["y"] for x, y in centres)  # above the sheet
    chosen = node_boxes(page, ["magnesium"])[0]
    assert inside(chosen, 390, 844) and not overlap(chosen, card)
    assert opened.problems == []
