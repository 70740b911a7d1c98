"""The page as people meet it: inside the notebook's sandboxed iframe, and at the
widths of a laptop screen with a notebook's file browser open."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from page_graphs import choose, wait_until

import graph

pytestmark = pytest.mark.browser


def notebook_cell(tmp_path: Path, drawing: graph.ConceptGraph, width: int = 1100) -> Path:
    """A page holding one output of ``show()`` exactly as a notebook front end inserts it."""
    cell = tmp_path / "cell.html"
    cell.write_text(
        f'<!DOCTYPE html><html><body style="margin:0"><div style="width:{width}px">{drawing._repr_html_()}</div>'
        "</body></html>",
        encoding="utf-8",
    )
    return cell


def drawing_frame(opened: Any) -> Any:
    frame = opened.page.locator("iframe").element_handle().content_frame()
    frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
    return frame


def settle(
    page: Any, timeout_ms: int = 8000, view: str = "[cgNetwork.getScale(), cgNetwork.getViewPosition()]"
) -> None:
    """Wait until ``view`` stops changing: by default the drawing's view (vis-network animates frame by
    frame, slower on a busy machine); ``"window.scrollY"`` for a page that Chromium scrolls smoothly."""
    before = page.evaluate(view)
    still = 0
    for _ in range(timeout_ms // 100):
        page.wait_for_timeout(100)
        now = page.evaluate(view)
        still = still + 1 if now == before else 0
        if still == 2:  # unchanged over two intervals: one slow frame on a busy machine is not the end
            return
        before = now
    raise AssertionError(f"{view} kept changing")


def test_path_finder_finds_paths_inside_the_notebook_iframe_by_click(open_page, tmp_path, magnesium):
    opened = open_page(notebook_cell(tmp_path, graph.show(magnesium)), wait_ready=False)
    frame = drawing_frame(opened)
    choose(frame, "#cg-from", "magnesium")
    choose(frame, "#cg-to", "melatonin")
    frame.click("#cg-find")
    chains = frame.locator(".cg-chain-text").all_text_contents()
    assert any(c.startswith("Magnesium") and c.endswith("Melatonin") for c in chains)
    assert opened.problems == []


def test_path_finder_finds_paths_inside_the_notebook_iframe_by_enter(open_page, tmp_path, magnesium):
    opened = open_page(notebook_cell(tmp_path, graph.show(magnesium)), wait_ready=False)
    frame = drawing_frame(opened)
    choose(frame, "#cg-from", "magnesium")
    choose(frame, "#cg-to", "melatonin")
    frame.press("#cg-to", "Enter")
    assert frame.locator(".cg-chain").count() > 0
    assert opened.problems == []


# ---------------------------------------------------------------- the details card and what it is about

COVERED = """(ids) => { const net = cgNetwork; const card = document.getElementById('cg-details');
  const stage = document.getElementById('cg-graph'); const c = card.getBoundingClientRect();
  const s = stage.getBoundingClientRect();
  return ids.filter(id => { const b = net.getBoundingBox(id);
    const tl = net.canvasToDOM({x: b.left, y: b.top}), br = net.canvasToDOM({x: b.right, y: b.bottom});
    const box = {left: s.left + tl.x, top: s.top + tl.y, right: s.left + br.x, bottom: s.top + br.y};
    const under = !card.hidden && box.left < c.right && box.right > c.left && box.top < c.bottom && box.bottom > c.top;
    const out = box.left < s.left || box.top < s.top || box.right > s.right || box.bottom > s.bottom;
    return under || out; }); }"""


def neighbours(G, node) -> list[str]:
    return sorted(set(G.predecessors(node)) | set(G.successors(node)))


@pytest.mark.parametrize("viewport", [(800, 1000), (1000, 800), (1280, 800)])
@pytest.mark.parametrize(
    "query, node", [("melatonine", "melatonin"), ("pijnappelklier", "pineal_gland"), ("slaap", "sleep")]
)
def test_a_searched_node_and_its_neighbours_are_not_under_the_card(
    open_page, tmp_path, magnesium, viewport, query, node
):
    page = open_page(graph.write_html(magnesium, tmp_path / "m.html"), viewport=viewport).page
    page.fill("#cg-search", query)
    page.press("#cg-search", "Enter")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == [node]
    assert page.locator("#cg-details").is_visible()
    settle(page)
    assert page.evaluate(COVERED, [node, *neighbours(magnesium, node)]) == []


@pytest.mark.parametrize("viewport", [(800, 1000), (1280, 800)])
def test_a_clicked_node_under_where_the_card_opens_moves_out_from_under_it(open_page, tmp_path, magnesium, viewport):
    page = open_page(graph.write_html(magnesium, tmp_path / "m.html"), viewport=viewport).page
    # the node nearest the top left corner, where the card opens
    node = page.evaluate(
        """() => { const p = cgNetwork.getPositions(); let best = null, d = Infinity;
        for (const id in p) { const q = cgNetwork.canvasToDOM(p[id]); const e = q.x * q.x + q.y * q.y;
          if (q.x > 10 && q.y > 10 && e < d) { d = e; best = id; } } return best; }"""
    )
    point = page.evaluate("(id) => cgNetwork.canvasToDOM(cgNetwork.getPosition(id))", node)
    box = page.locator("#cg-graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.evaluate("cgNetwork.getSelectedNodes()") == [node]
    settle(page)
    assert page.evaluate(COVERED, [node]) == []


# ---------------------------------------------------------------- suggestion lists


@pytest.mark.parametrize("viewport", [(800, 1000), (1280, 800)])
def test_suggestions_never_cover_the_next_field_and_close_on_leaving(open_page, tmp_path, magnesium, viewport):
    page = open_page(graph.write_html(magnesium, tmp_path / "m.html"), viewport=viewport).page
    if viewport[0] < 900:
        page.click("#cg-panels")
    page.click("#cg-from")
    page.keyboard.type("ma")
    assert page.locator("#cg-from-list li").count() > 3
    for selector in ("#cg-to", "#cg-find"):
        page.locator(selector).scroll_into_view_if_needed()
        at = page.evaluate(
            """(sel) => { const r = document.querySelector(sel).getBoundingClientRect();
            return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).id; }""",
            selector,
        )
        assert at == selector[1:]
    page.click("#cg-to")
    assert page.locator("#cg-from-list").is_hidden()
    page.keyboard.type("sl")
    assert page.locator("#cg-to-list").is_visible()
    page.keyboard.press("Tab")
    assert page.locator("#cg-to-list").is_hidden()
    # a click on Find while a list is open finds, though the list then gives back its room
    page.fill("#cg-from", "magnesium")
    page.fill("#cg-to", "melatonin")
    assert page.locator("#cg-to-list").is_visible()
    page.click("#cg-find")
    assert page.locator(".cg-chain").count() > 0
    assert page.locator("#cg-to-list").is_hidden()


# ---------------------------------------------------------------- relation labels

LABELLED = "cg.edges.get({filter: e => typeof e.label === 'string' && e.label.trim() !== ''}).map(e => e.id)"


def edge_index(G, u, v) -> int:
    return next(i for i, (a, b) in enumerate(G.edges()) if (a, b) == (u, v))


def test_relation_labels_show_on_hover_and_for_one_edge_or_chain_not_for_a_whole_node(open_page, tmp_path, magnesium):
    page = open_page(graph.write_html(magnesium, tmp_path / "m.html")).page
    page.evaluate("cg.focusNode('melatonin', true)")
    assert page.evaluate("cg.state.focus.lit.edges.size") >= 5
    assert page.evaluate(LABELLED) == []  # the card lists them; drawn they would pile up
    settle(page)
    index = edge_index(magnesium, "pineal_gland", "melatonin")
    middle = page.evaluate(
        """(i) => { const e = cg.edges.get(i); const a = cgNetwork.getPosition(e.from), b = cgNetwork.getPosition(e.to);
        return cgNetwork.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}); }""",
        index,
    )
    box = page.locator("#cg-graph").bounding_box()
    page.mouse.move(box["x"] + middle["x"], box["y"] + middle["y"])
    wait_until(page, f"({LABELLED}).length === 1")
    assert page.evaluate(LABELLED) == [index]
    assert page.evaluate(f"cg.edges.get({index}).label") == "produces"
    page.mouse.move(box["x"] + box["width"] - 5, box["y"] + box["height"] - 5)
    wait_until(page, f"({LABELLED}).length === 0")
    result = graph.find_paths(magnesium, "magnesium", "melatonin")
    chain = [edge_index(magnesium, u, v) for u, v in itertools.pairwise(result.paths[0].nodes)]
    page.fill("#cg-from", "magnesium")
    page.fill("#cg-to", "melatonin")
    page.click("#cg-find")
    assert page.evaluate(LABELLED) == []  # many paths at once: no labels
    page.locator(".cg-chain").first.click()
    assert set(chain) <= set(page.evaluate(LABELLED))


# ---------------------------------------------------------------- opening with a highlight

IN_VIEW = """(ids) => { const el = document.getElementById('cg-graph');
  return ids.filter(id => { const b = cgNetwork.getBoundingBox(id);
    const a = cgNetwork.canvasToDOM({x: b.left, y: b.top}), z = cgNetwork.canvasToDOM({x: b.right, y: b.bottom});
    return !(a.x >= 0 && a.y >= 0 && z.x <= el.clientWidth && z.y <= el.clientHeight); }); }"""
DIMMED = "cg.state.applied.nodes.map((sig, i) => sig.startsWith('dim') ? cg.data.nodes[i].id : null).filter(Boolean)"


def test_one_highlighted_concept_opens_with_all_its_neighbours_in_view_and_in_colour(open_page, tmp_path, magnesium):
    around = graph.subgraph_around(magnesium, "magnesium")
    opened = open_page(notebook_cell(tmp_path, graph.show(around, highlight="Magnesium")), wait_ready=False)
    frame = drawing_frame(opened)
    assert frame.evaluate(IN_VIEW, list(around)) == []
    assert frame.evaluate(DIMMED) == []
    assert frame.evaluate("cg.nodes.get('magnesium').borderWidth") == 3
    assert opened.problems == []


def test_a_highlighted_concept_dims_only_what_is_not_next_to_it(open_page, tmp_path, magnesium):
    page = open_page(graph.write_html(magnesium, tmp_path / "m.html", highlight="Melatonine")).page
    near = set(neighbours(magnesium, "melatonin"))
    assert page.evaluate(IN_VIEW, ["melatonin", *near]) == []
    assert set(page.evaluate(DIMMED)) == set(magnesium) - near - {"melatonin"}


# ---------------------------------------------------------------- room for the graph in a notebook


@pytest.mark.parametrize("width", [600, 700, 828, 1000])
def test_in_a_notebook_cell_the_graph_keeps_the_width_and_the_panels_fold_beside_it(
    open_page, tmp_path, magnesium, width
):
    opened = open_page(notebook_cell(tmp_path, graph.show(magnesium), width=width), wait_ready=False)
    frame = drawing_frame(opened)
    canvas = frame.evaluate(
        "[document.getElementById('cg-graph').clientWidth, document.getElementById('cg-graph').clientHeight]"
    )
    assert canvas[0] >= 0.6 * width and canvas[1] >= 450  # the cell is 600 px high
    assert frame.evaluate("document.scrollingElement.scrollHeight <= window.innerHeight")  # nothing stacked below
    if width < 900:
        assert frame.locator("#cg-from").is_hidden()
        frame.click("#cg-panels")
    side = frame.locator("#cg-side").bounding_box()
    stage = frame.locator("#cg-graph").bounding_box()
    assert side["y"] < stage["y"] + stage["height"] and side["x"] > stage["x"] + 0.4 * stage["width"]  # beside
    choose(frame, "#cg-from", "magnesium")
    choose(frame, "#cg-to", "melatonin")
    frame.click("#cg-find")
    assert frame.locator(".cg-chain").count() > 0
    assert opened.problems == []


def test_paths_from_a_node_card_open_the_folded_panels(open_page, tmp_path, magnesium):
    opened = open_page(notebook_cell(tmp_path, graph.show(magnesium), width=700), wait_ready=False)
    frame = drawing_frame(opened)
    frame.evaluate("cg.focusNode('magnesium', true)")
    frame.locator("#cg-details button", has_text="Paths from here").click()
    assert frame.locator("#cg-from").is_visible()
    assert frame.input_value("#cg-from") == "Magnesium"
    assert frame.get_attribute("#cg-panels", "aria-expanded") == "true"


# ---------------------------------------------------------------- weight


def test_a_drawing_carries_its_scripts_packed_and_weighs_a_third(magnesium):
    import networkx as nx

    two = nx.MultiDiGraph([("a", "b")])
    drawing = graph.show(two)
    assert len(drawing._repr_html_()) < 0.4 * len(graph.to_html(two))
    assert drawing.to_html() == graph.to_html(two, packed=True) == graph.to_html(two, packed=True)  # same bytes
    assert 'id="cg-packed"' in drawing.to_html() and 'id="cg-packed"' not in graph.to_html(two)


def test_a_packed_page_opens_offline_and_works(open_page, tmp_path, magnesium):
    path = tmp_path / "packed.html"
    path.write_text(graph.to_html(magnesium, packed=True), encoding="utf-8")
    opened = open_page(path)
    page = opened.page
    page.fill("#cg-search", "melatonine")
    page.press("#cg-search", "Enter")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == ["melatonin"]
    assert opened.problems == []


def test_a_browser_that_cannot_unpack_says_so(browser, tmp_path, magnesium):
    path = tmp_path / "packed.html"
    path.write_text(graph.to_html(magnesium, packed=True), encoding="utf-8")
    context = browser.new_context()
    try:
        page = context.new_page()
        page.add_init_script("delete window.DecompressionStream")
        page.goto(path.as_uri())
        note = page.locator(".cg-unpack-failed")
        note.wait_for(timeout=10000)
        assert "graph.write_html" in note.text_content()
    finally:
        context.close()


def test_the_wheel_scrolls_the_notebook_until_the_drawing_is_clicked(open_page, tmp_path, magnesium):
    """Issue 27: over a drawing in a notebook, the wheel scrolls the notebook; it zooms once the drawing is
    clicked, or with Ctrl held; the first wheel that does not zoom says how to."""
    cell = tmp_path / "cells.html"
    cell.write_text(
        '<!DOCTYPE html><html><body style="margin:0"><div style="width:1000px">'
        f"{graph.show(magnesium, height=500)._repr_html_()}</div><div style='height:3000px'></div></body></html>",
        encoding="utf-8",
    )
    opened = open_page(cell, wait_ready=False)
    frame = drawing_frame(opened)
    page = opened.page
    settle(frame)
    scale = frame.evaluate("cgNetwork.getScale()")
    box = page.locator("iframe").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 3, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 300)
    wait_until(page, "window.scrollY > 0")
    assert frame.evaluate("cgNetwork.getScale()") == scale
    hint = frame.locator(".cg-wheel-hint")
    assert hint.is_visible() and "hold Ctrl" in hint.text_content()
    # Chromium scrolls smoothly: let that scroll end before going back up, or it carries the page on
    # and the next wheel lands below the drawing (a failure seen once in CI).
    settle(page, view="window.scrollY")
    page.evaluate("window.scrollTo(0, 0)")
    settle(page, view="window.scrollY")
    assert page.evaluate("window.scrollY") == 0
    page.mouse.move(box["x"] + box["width"] / 3, box["y"] + box["height"] / 2)
    page.keyboard.down("Control")
    page.mouse.wheel(0, -200)
    page.keyboard.up("Control")
    wait_until(frame, f"cgNetwork.getScale() > {scale}")
    zoomed = frame.evaluate("cgNetwork.getScale()")
    box = page.locator("iframe").bounding_box()
    page.mouse.click(box["x"] + 20, box["y"] + box["height"] - 20)  # the background of the drawing
    page.mouse.move(box["x"] + box["width"] / 3, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, 200)
    wait_until(frame, f"cgNetwork.getScale() < {zoomed}")
    assert page.evaluate("window.scrollY") == 0 and opened.problems == []
