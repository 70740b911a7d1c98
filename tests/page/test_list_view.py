"""The page without the drawing, and on a phone (issue 27): a list view of what the drawing shows,
which the search and the path finder update, a status line that says each change in one sentence,
and a layout at 390 x 844 and 600 x 800 where the card, the drawer and the selection do not hide
each other. Geometry is asserted on bounding boxes, never on pixels."""

from __future__ import annotations

import pytest
from page_graphs import choose, wait_until

pytestmark = pytest.mark.browser


def claims(G, of: str | None = None) -> int:
    """How many claims (from, relation, to) the graph holds, or one concept has: two sources of one claim count once."""
    return len({(u, d["relation"], v) for u, v, d in G.edges(data=True) if of is None or of in (u, v)})


def wait_still(page) -> None:
    """Wait until the view has stopped moving (vis-network animates a fit)."""
    last = None
    for _ in range(100):
        now = page.evaluate("JSON.stringify([cgNetwork.getViewPosition(), cgNetwork.getScale()])")
        if now == last:
            return
        last = now
        page.wait_for_timeout(80)
    raise AssertionError("the view kept moving")


def box(page, selector: str) -> dict:
    return page.locator(selector).bounding_box()


def node_boxes(page, ids: list[str]) -> list[dict]:
    """Where the nodes are drawn, in page pixels: their shape and label."""
    return page.evaluate(
        """(ids) => { const n = cgNetwork; const f = document.getElementById('cg-graph').getBoundingClientRect();
        return ids.map((id) => { const b = n.getBoundingBox(id); const a = n.canvasToDOM({x: b.left, y: b.top});
        const z = n.canvasToDOM({x: b.right, y: b.bottom});
        return {x: f.left + a.x, y: f.top + a.y, width: z.x - a.x, height: z.y - a.y}; }); }""",
        ids,
    )


def overlap(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def inside(a: dict, width: int, height: int) -> bool:
    return a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["width"] <= width + 0.5 and a["y"] + a["height"] <= height + 0.5


def header_rows(page) -> int:
    """How many rows the header's parts take (title, count, search, tools)."""
    tops = page.evaluate(
        "Array.from(document.querySelectorAll('.cg-header > *')).filter((e) => e.offsetParent)"
        ".map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2))"
    )
    rows: list[int] = []
    for top in sorted(tops):
        if not rows or top - rows[-1] > 8:
            rows.append(top)
    return len(rows)


def texts(page, selector: str) -> list[str]:
    return page.locator(selector).all_text_contents()


# ---------------------------------------------------------------- list view


def test_the_list_view_shows_what_the_search_and_the_path_finder_light(open_page, magnesium, magnesium_html):
    opened = open_page(magnesium_html)
    page = opened.page
    assert page.get_attribute("#cg-details", "aria-live") is None  # the card is not read out whole
    assert page.get_attribute("#cg-path-result", "aria-live") is None
    page.click("#cg-list-toggle")
    assert page.get_attribute("#cg-list-toggle", "aria-pressed") == "true"
    assert page.evaluate("getComputedStyle(document.getElementById('cg-graph')).visibility") == "hidden"
    assert texts(page, "#cg-list caption") == ["Concepts (106)", f"Relations ({claims(magnesium)})"]
    assert page.locator("#cg-list tbody").nth(0).locator("tr").count() == 100  # the rest on request
    page.click("#cg-list [data-key='more:concepts']")
    assert page.locator("#cg-list tbody").nth(0).locator("tr").count() == 106

    choose(page, "#cg-search", "magnesium")
    wait_until(page, "document.getElementById('cg-status').textContent !== ''")
    n = claims(magnesium, "magnesium")
    assert page.text_content(".cg-list-summary") == f"Magnesium: {n} relations." == page.text_content("#cg-status")
    assert page.locator("#cg-details .cg-relations > li").count() == n  # the card says the same
    rows = page.locator("#cg-list tbody").nth(1).locator("tr")
    assert rows.count() == n and all("Magnesium" in row for row in rows.all_text_contents())

    choose(page, "#cg-from", "magnesium")
    choose(page, "#cg-to", "melatonin")
    page.press("#cg-to", "Enter")
    wait_until(page, "document.getElementById('cg-status').textContent.startsWith('3 paths')")
    assert page.text_content("#cg-status") == "3 paths from Magnesium to Melatonin: increases."
    chains = texts(page, ".cg-list-chains li")
    assert chains[0] == "Magnesium \u2014 increases \u2192 Melatonin (increases, 1 step)"
    two = "Magnesium \u2014 increases \u2192 Serotonin \u2014 is converted into \u2192 Melatonin (increases, 2 steps)"
    assert two in chains
    assert texts(page, "#cg-list caption") == ["Concepts (4)", "Relations (5)"]

    page.locator(".cg-list-chains button").nth(1).focus()  # a chain by keyboard
    page.keyboard.press("Enter")
    assert page.text_content("#cg-details .cg-details-title").startswith("Chain: Magnesium")
    assert page.get_attribute("#cg-details", "aria-labelledby") == "cg-details-title"
    assert page.evaluate("document.activeElement.dataset.key") == "chain:1"  # the keyboard stays on it
    assert page.locator(".cg-list-chains button").nth(1).get_attribute("aria-pressed") == "true"
    assert texts(page, "#cg-list caption") == ["Concepts (3)", "Relations (2)"]

    page.click("button[data-lang='nl']")
    assert page.text_content("#cg-list-toggle") == "Lijst"
    assert page.text_content("#cg-list-title") == "De graaf als lijst"
    assert texts(page, "#cg-list caption") == ["Begrippen (3)", "Relaties (2)"]
    said = page.text_content(".cg-list-summary")
    assert said.startswith("Keten 2 van 3: Magnesium \u2014 verhoogt \u2192 Serotonine")
    page.click("#cg-list-toggle")
    assert page.locator("#cg-list").is_hidden()
    assert page.evaluate("getComputedStyle(document.getElementById('cg-graph')).visibility") == "visible"
    assert opened.problems == []


# ---------------------------------------------------------------- phones


def test_on_a_phone_the_header_is_two_rows_and_the_card_leaves_the_selection_in_view(open_page, magnesium_html):
    opened = open_page(magnesium_html, viewport=(390, 844))
    page = opened.page
    assert header_rows(page) == 2
    for part in ("#cg-title", ".cg-search", ".cg-tools"):
        assert inside(box(page, part), 390, 844), part
    choose(page, "#cg-search", "magnesium")
    wait_still(page)
    card = box(page, "#cg-details")
    assert inside(card, 390, 844)
    chosen = node_boxes(page, ["magnesium"])[0]
    assert inside(chosen, 390, 844) and not overlap(chosen, card)
    assert chosen["y"] >= box(page, "#cg-graph")["y"]  # below the header, in the drawing
    assert opened.problems == []


def open_second_chain_from_the_drawer(page) -> None:
    """On a narrow page: the drawer opened, magnesium -> melatonin asked, the second chain opened by keyboard;
    the drawer has closed for its card."""
    page.click("#cg-panels")
    choose(page, "#cg-from", "magnesium")
    choose(page, "#cg-to", "melatonin")
    page.press("#cg-to", "Enter")
    chain = page.locator("#cg-path-result .cg-chain").nth(1)
    chain.focus()
    page.keyboard.press("Enter")
    wait_still(page)
    assert page.locator("#cg-side").is_hidden() and page.get_attribute("#cg-panels", "aria-expanded") == "false"


@pytest.mark.parametrize("viewport", [(390, 844), (600, 800)], ids=["390x844", "600x800"])
def test_on_a_narrow_page_a_chain_closes_the_drawer_and_escape_walks_back(open_page, magnesium_html, viewport):
    opened = open_page(magnesium_html, viewport=viewport)
    page = opened.page
    open_second_chain_from_the_drawer(page)
    card = box(page, "#cg-details")
    assert inside(card, *viewport)
    assert page.evaluate("(c => c.scrollWidth <= c.clientWidth)(document.getElementById('cg-details'))")  # none cut
    assert page.evaluate("document.activeElement.id") == "cg-details"  # the keyboard follows the chain to its card
    for node in node_boxes(page, ["magnesium", "serotonin", "melatonin"]):
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


#: Whether every node is drawn inside the drawing (its centre), and the view's scale.
ALL_IN_VIEW = """() => { const box = document.getElementById('cg-graph');
  const inside = cg.nodes.getIds().every((id) => { const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
    return p.x >= 0 && p.x <= box.clientWidth && p.y >= 0 && p.y <= box.clientHeight; });
  return [inside, cgNetwork.getScale()]; }"""


def test_a_page_narrowed_after_it_opens_fits_the_graph_again_unless_zoomed_by_hand(open_page, magnesium_html):
    opened = open_page(magnesium_html, viewport=(900, 844))
    page = opened.page
    assert page.evaluate(ALL_IN_VIEW)[0]
    page.set_viewport_size({"width": 390, "height": 844})  # a window narrowed to a phone's width
    wait_until(page, f"({ALL_IN_VIEW})()[0] && document.getElementById('cg-graph').clientWidth === 390")
    wait_still(page)
    assert page.evaluate(ALL_IN_VIEW)[0]
    box_ = box(page, "#cg-graph")
    page.mouse.move(box_["x"] + 195, box_["y"] + 300)
    page.mouse.wheel(0, -300)  # zoomed in by hand: a resize leaves the view as it is
    wait_still(page)
    middle = page.evaluate("cgNetwork.getViewPosition()")
    page.set_viewport_size({"width": 600, "height": 844})  # (vis-network keeps the middle, its scale by the width)
    wait_until(page, "document.querySelector('#cg-graph canvas').clientWidth === 600")
    wait_still(page)
    now = page.evaluate("cgNetwork.getViewPosition()")
    assert abs(now["x"] - middle["x"]) < 1 and abs(now["y"] - middle["y"]) < 1  # not fitted again
    assert opened.problems == []


# ---------------------------------------------------------------- a notebook's cell


def drawn_label_sizes(page) -> dict:
    """The labels drawn (vis-network skips those under 5 px on screen), in screen pixels, by node."""
    return page.evaluate(
        "Object.fromEntries(cg.nodes.get().filter((n) => !n.hidden && n.font.size * cgNetwork.getScale() >= 5)"
        ".map((n) => [n.id, n.font.size * cgNetwork.getScale()]))"
    )


def test_at_a_notebook_cells_width_the_header_is_one_row_and_the_labels_drawn_are_readable(open_page, magnesium_html):
    opened = open_page(magnesium_html, viewport=(990, 600))
    page = opened.page
    assert header_rows(page) == 1
    assert page.evaluate("16 * cgNetwork.getScale()") < 7  # the whole graph fits only far zoomed out ...
    sizes = drawn_label_sizes(page)
    assert min(sizes.values()) >= 8.9 and 20 <= len(sizes) < 106  # ... so fewer labels, each readable
    assert "magnesium" in sizes  # the best connected first
    unlabelled = sorted(set(page.evaluate("cg.nodes.getIds()")) - set(sizes))
    page.evaluate(f"cg.focusNode('{unlabelled[0]}', false)")  # a lit concept shows its label, whatever it covers
    sizes = drawn_label_sizes(page)
    assert unlabelled[0] in sizes and min(sizes.values()) >= 8.9
    page.evaluate("cgNetwork.moveTo({scale: 1})")  # zoomed in: every label at its own size again
    wait_until(page, "cg.nodes.get().every((n) => n.font.size === 16)")
    assert opened.problems == []
