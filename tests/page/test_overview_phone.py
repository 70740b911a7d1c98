"""An overview page (a graph of 10,000+ concepts: overview.js) on a phone, as a small page is there
(issue 27): a chain chosen in the drawer closes it and its card leaves the chain in view above it,
and Escape steps back one thing at a time, card, drawer, answer. The overview is forced on the
magnesium graph (the threshold lowered for the build), so the page opens in a moment."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from page_graphs import choose, wait_until
from test_list_view import box, inside, node_boxes, open_second_chain_from_the_drawer, overlap, wait_still

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
    open_second_chain_from_the_drawer(page)
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


# ---------------------------------------------------------------- the group labels

#: The group labels drawn (vis-network draws none under 5 px on screen): [on-screen size, colour].
GROUP_LABELS = """() => cg.nodes.get().filter((n) => n.font.size * cgNetwork.getScale() >= 5)
  .map((n) => [n.font.size * cgNetwork.getScale(), n.font.color])"""


def contrast(a: str, b: tuple[int, int, int]) -> float:
    """WCAG contrast of colour ``a`` (#rrggbb) against ``b`` (r, g, b)."""

    def luminance(rgb) -> float:
        c = [v / 255 for v in rgb]
        c = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    hi, lo = sorted((luminance(int(a[i : i + 2], 16) for i in (1, 3, 5)), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def background(page) -> tuple[int, int, int]:
    rgb = page.evaluate("getComputedStyle(document.body).backgroundColor")
    return tuple(int(v) for v in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3])


@pytest.fixture(scope="module")
def communities_overview(tmp_path_factory) -> Path:
    """60 communities of 12 concepts, joined in a ring, with no categories: an overview of many small
    groups, each labelled by its best connected members, drawn far zoomed out at 1280 px."""
    G = nx.MultiDiGraph()
    for c in range(60):
        G.add_nodes_from((f"c{c}n{i}", {"label": f"Concept {c} number {i}"}) for i in range(12))
        G.add_edges_from(
            (f"c{c}n{i}", f"c{c}n{(i + j) % 12}", {"relation": "increases"}) for i in range(12) for j in (1, 2)
        )
        G.add_edge(f"c{c}n0", f"c{(c + 1) % 60}n0", relation="increases")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(overview, "OVERVIEW_NODES", 50)
        return write_html(G, tmp_path_factory.mktemp("communities") / "communities.html")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_overview_s_group_labels_are_readable_light_and_dark(browser, communities_overview, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(communities_overview.resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached")
        assert page.evaluate("cg.nodes.length") >= 20 and page.evaluate("cgNetwork.getScale()") < 0.5
        labels = page.evaluate(GROUP_LABELS)
        assert len(labels) >= 5  # the largest groups named ...
        assert all(size >= 12.9 for size, _ in labels)  # ... at 13 px or more (6.7 px, faded, before)
        assert all(contrast(color, background(page)) >= 4.5 for _, color in labels)
        # zoomed in on a group: it and its neighbours named, as large
        page.evaluate("cgNetwork.moveTo({position: cgNetwork.getPosition('g5'), scale: 2 * cgNetwork.getScale()})")
        wait_until(page, "cg.nodes.get('g5').font.size * cgNetwork.getScale() >= 12.9")
        assert all(size >= 12.9 for size, _ in page.evaluate(GROUP_LABELS))
    finally:
        context.close()


def test_a_group_s_outline_on_a_dark_overview_is_seen(open_page, magnesium, tmp_path):
    """A hovered or selected group dot is outlined in the page's ink, as a concept is: black on the
    dark theme could not be seen (contrast 1.1)."""
    from test_accessibility import contrast

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(overview, "OVERVIEW_NODES", 50)
        path = write_html(magnesium, tmp_path / "dark.html", theme="dark")
    opened = open_page(path)
    page = opened.page
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    back = [int(v) for v in background[4:-1].split(",")]
    outlines = page.evaluate(
        """() => Object.keys(cgNetwork.body.nodes).filter((id) => /^g[0-9]+$/.test(id))
             .map((id) => cgNetwork.body.nodes[id].options.color)
             .map((c) => [c.highlight.border, c.hover.border])"""
    )
    assert outlines  # the closed overview draws its groups
    assert all(contrast(colour, back) >= 3 for pair in outlines for colour in pair), (background, outlines[:3])
    assert opened.problems == []
