"""How an overview page (a graph of 10,000+ concepts: graph/page/overview.py, overview.js) shows
what it draws: hedged claims stay hedged, lit concepts are labelled, an opened group's hubs are on
top and its labels do not overlap, the header stays one row, groups open by keyboard, moves respect
reduced motion and edges are dashed by sign. Checked in real Chromium on a generated graph of
10,000 concepts in 12 categories (the fewest that make an overview), written as a user's CSV folder
without colours, so the categories take the default palette."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from page_graphs import wait_until

import graph
from graph.page import overview
from graph.page.html import write_html

CATEGORIES = (
    "protein", "organism", "gene", "process", "disease", "chemical",
    "cell_type", "tissue", "pathway", "phenotype", "drug", "anatomy",
)  # fmt: skip
RELATIONS = (("increases", 1), ("decreases", -1), ("associated_with", 0))


def write_categorised(folder: Path, count: int = overview.OVERVIEW_NODES, per_node: int = 3, seed: int = 5) -> Path:
    """A data folder of ``count`` concepts in 12 categories: each links to ``per_node`` others, mostly
    of its own category and mostly to the first (best connected) ones, so each category has hubs;
    every tenth claim is hedged (``hedged`` column, as the magnesium data writes it)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    per = count // len(CATEGORIES)
    category = [CATEGORIES[min(i // per, len(CATEGORIES) - 1)] for i in range(count)]
    with (folder / "nodes.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["id", "label", "category"])
        out.writerows([f"c{i}", f"{category[i].replace('_', ' ')} {i}", category[i]] for i in range(count))
    with (folder / "relations.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["relation", "label", "label_nl", "sign"])
        out.writerows([name, name.replace("_", " "), name.replace("_", " "), sign] for name, sign in RELATIONS)
    with (folder / "edges.csv").open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["source", "target", "relation", "hedged"])
        written = 0
        for i in range(count):
            start = (i // per) * per if i < per * len(CATEGORIES) else 0
            for _ in range(per_node):
                own = rng.random() < 0.85  # its own category, the first ones most often
                j = start + int(per * rng.random() ** 3) if own else rng.randrange(count)
                if j == i:
                    continue
                out.writerow([f"c{i}", f"c{j}", RELATIONS[written % 3][0], "true" if written % 10 == 0 else "false"])
                written += 1
    return folder


@pytest.fixture(scope="module")
def categorised(tmp_path_factory) -> Path:
    folder = write_categorised(tmp_path_factory.mktemp("g10k") / "data")
    return write_html(graph.load_for_page(folder), folder.parent / "page.html")


@pytest.fixture(scope="module")
def shared(browser, categorised) -> Iterator[tuple[Any, list[str]]]:
    """The page, opened once for this module's tests (a 10,000-concept page takes seconds to open),
    with what went wrong on it: errors, and requests that would leave the file."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    problems: list[str] = []

    def route(request: Any) -> None:
        if request.request.url.startswith(("file:", "data:", "blob:", "about:")):
            request.continue_()
        else:
            problems.append(f"request to {request.request.url}")
            request.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(categorised.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60000)
    yield page, problems
    context.close()


@pytest.fixture
def opened(shared) -> Iterator[Any]:
    """The shared page as it opens: on its overview, no card, no path asked for, 1280 x 800, motion
    as the system leaves it; after the test, nothing went wrong on it."""
    page, problems = shared
    page.set_viewport_size({"width": 1280, "height": 800})
    page.emulate_media(reduced_motion="no-preference")
    page.evaluate(RESET)
    yield page
    assert problems == []


RESET = """() => {
  document.getElementById("cg-clear").click();
  const list = document.getElementById("cg-groups");
  if (list) { list.open = false; }
  document.activeElement.blur();
  cg.showOverview();
}"""


def _choose(page, selector: str, text: str) -> None:
    page.fill(selector, text)
    page.wait_for_selector(f"#{page.get_attribute(selector, 'aria-controls')} li", state="visible")
    page.press(selector, "Enter")


def _open_biggest_group(page) -> int:
    """Open the largest group from the list of groups, by keyboard; its number."""
    page.focus("#cg-groups summary")
    page.keyboard.press("Enter")  # unfolds the list
    first = page.locator("#cg-groups .cg-group").first
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("cg.state.view.kind === 'group'")
    return int(first.get_attribute("data-group"))


# ---------------------------------------------------------------- 1. hedged claims stay hedged


def test_an_overview_carries_the_hedged_claims_a_small_page_carries():
    from graph.page.payload import page_data
    from graph.read.columns import GraphColumns

    G = nx_ring_with_hedges(30)
    table = GraphColumns.from_networkx(G)
    data, _ = overview.overview_data(table, title="t")
    assert data["hedged"] == page_data(table, title="t")["hedged"] == [0, 3]  # in the page's edge order
    G.remove_edges_from([("n0", "n1"), ("n3", "n4")])
    assert "hedged" not in overview.overview_data(GraphColumns.from_networkx(G), title="t")[0]


def test_an_overview_without_a_relation_table_words_a_hedged_claim_as_the_command_line_does():
    """No relation table: the Dutch words of a hedged unsigned claim are "mogelijk associated with"
    (graph.ask.sentences.hedged_label), never "associated mogelijk with"."""
    from graph.read.columns import GraphColumns

    G = nx_ring_with_hedges(30)
    nx.set_edge_attributes(G, "associated_with", "relation")
    entry = overview.overview_data(GraphColumns.from_networkx(G), title="t")[0]["relations"]["associated_with"]
    assert (entry["label_hedged"], entry["label_hedged_nl"]) == ("may be associated with", "mogelijk associated with")


def nx_ring_with_hedges(count: int):
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_nodes_from(f"n{i}" for i in range(count))
    for i in range(count):
        G.add_edge(f"n{i}", f"n{(i + 1) % count}", relation="increases", hedged="true" if i in (0, 3) else "false")
    return G


@pytest.mark.browser
def test_a_hedged_claim_s_card_on_an_overview_says_it_is_hedged(opened, categorised):
    page = opened
    with (categorised.parent / "data" / "edges.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    hedged = next(r for r in rows if r["hedged"] == "true" and r["relation"] == "increases")
    plain = next(r for r in rows if r["hedged"] == "false" and r["relation"] == "increases")
    find = (
        "(r) => cg.data.edges.findIndex((e) => e.from === r.source && e.to === r.target && e.relation === r.relation)"
    )
    for row, badge, words in ((hedged, 1, "may increase"), (plain, 0, "increases")):
        index = page.evaluate(find, row)
        assert index >= 0
        page.evaluate("(i) => cg.ctx.onEdge(i)", index)
        page.wait_for_selector("#cg-details .cg-edge-details")
        assert page.locator("#cg-details .cg-hedged").count() == badge
        assert page.text_content("#cg-details .cg-relation").split("\u2014")[1].split("\u2192")[0].strip() == words


# ---------------------------------------------------------------- 2. lit concepts are labelled


def _chain_across_groups(page, folder: Path) -> list[str]:
    """Find a path of three steps from one group to another, click its chain; its concepts."""
    G = graph.load(folder)
    category = dict(G.nodes(data="category"))
    source = "c2600"
    lengths = nx.single_source_shortest_path_length(G, source, cutoff=3)
    target = min(n for n, d in lengths.items() if d == 3 and category[n] != category[source])
    _choose(page, "#cg-from", G.nodes[source]["label"])
    _choose(page, "#cg-to", G.nodes[target]["label"])
    page.click("#cg-find")
    page.locator("#cg-path-result .cg-chain").first.click()
    return page.evaluate("cg.state.answer.result.paths[0].nodes")


#: Each of the concepts drawn with its label, at 12 px or more on screen.
LABEL_SHOWN = """(ids) => ids.every((id) => {
  const n = cg.nodes.get(id);
  return n.label === cg.ctx.label(id) && n.font.size * cgNetwork.getScale() >= 12;
})"""
#: The drawn concepts, the best connected first.
BY_DEGREE = """() => {
  const at = new Map(cg.data.nodes.map((n, i) => [n.id, i]));
  const degree = (id) => cg.data.degree[at.get(id)];
  return cg.nodes.getIds().sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1));
}"""


@pytest.mark.browser
def test_the_concepts_of_a_lit_chain_and_a_selection_show_readable_labels(opened, categorised):
    page = opened
    chain = _chain_across_groups(page, categorised.parent / "data")
    assert len(chain) == 4
    assert page.evaluate("cgNetwork.getScale()") * 16 < 9  # zoomed out past where labels are drawn ...
    page.wait_for_function(LABEL_SHOWN, arg=chain)  # ... yet the chain's are, at 12 px or more
    page.click("#cg-overview")
    _open_biggest_group(page)
    hub = page.evaluate(BY_DEGREE)[0]
    page.evaluate("(id) => cg.focusNode(id, false)", hub)  # selected at the group's zoom
    page.wait_for_function(LABEL_SHOWN, arg=[hub])


# ---------------------------------------------------------------- 3. an opened group: hubs on top, labels apart

#: The box of each label drawn in view, in the drawing's units, as vis-network measured it when it drew it.
LABEL_BOXES = """() => {
  cgNetwork.redraw();
  const box = document.querySelector("#cg-graph canvas");
  const seen = (id) => {
    const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
    return p.x > 0 && p.y > 0 && p.x < box.clientWidth && p.y < box.clientHeight;
  };
  return cg.nodes.getIds().filter((id) => String(cg.nodes.get(id).label).trim() !== "" && seen(id)).map((id) => {
    const s = cgNetwork.body.nodes[id].labelModule.size;
    return [id, s.left, s.top, s.width, s.height];
  });
}"""


@pytest.mark.browser
def test_an_opened_group_draws_its_hubs_on_top_and_labels_that_do_not_overlap(opened):
    page = opened
    _open_biggest_group(page)
    hubs = page.evaluate(BY_DEGREE)[:3]
    for hub in hubs:  # zoomed in to each of the best connected, a click on its centre opens its card
        page.evaluate("(id) => cgNetwork.focus(id, {scale: 1.2, animation: false})", hub)
        point = page.evaluate("(id) => cgNetwork.canvasToDOM(cgNetwork.getPosition(id))", hub)
        box = page.locator("#cg-graph canvas").bounding_box()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_function("(id) => cg.state.focus && cg.state.focus.id === id", arg=hub)
        assert page.text_content("#cg-details .cg-details-title") == page.evaluate("(id) => cg.ctx.label(id)", hub)
        page.keyboard.press("Escape")
    page.evaluate("(id) => cgNetwork.focus(id, {scale: 0.6, animation: false})", hubs[0])  # labels drawn
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 30  # labels are thinned, not gone
    assert hubs[0] in {b[0] for b in boxes}
    cells: dict[tuple[int, int], list] = {}
    for box in boxes:
        _, left, top, width, height = box
        keys = [
            (x, y)
            for x in range(int(left // 200), int((left + width) // 200) + 1)
            for y in range(int(top // 200), int((top + height) // 200) + 1)
        ]
        for other in {id(b): b for key in keys for b in cells.get(key, [])}.values():
            apart = (
                left + width <= other[1]
                or other[1] + other[3] <= left
                or top + height <= other[2]
                or other[2] + other[4] <= top
            )
            assert apart, f"labels of {box[0]} and {other[0]} overlap"
        for key in keys:
            cells.setdefault(key, []).append(box)


# ---------------------------------------------------------------- 4. the header and the lowest group's label


@pytest.mark.browser
@pytest.mark.parametrize("width", [800, 1440])
def test_the_header_stays_one_row_and_the_lowest_group_s_label_is_seen_whole(opened, width):
    page = opened
    page.set_viewport_size({"width": width, "height": 800})
    page.wait_for_function(  # the drawing has taken the new size
        "document.querySelector('#cg-graph canvas').clientWidth === document.getElementById('cg-graph').clientWidth"
    )
    page.evaluate("cg.showOverview()")  # and is fitted to it
    lowest = page.evaluate(
        """() => {
      cgNetwork.redraw();
      const ids = cg.nodes.getIds();
      const bottom = (id) => { const s = cgNetwork.body.nodes[id].labelModule.size; return s.top + s.height; };
      const id = ids.reduce((a, b) => (bottom(b) > bottom(a) ? b : a));
      const s = cgNetwork.body.nodes[id].labelModule.size;
      const canvas = document.querySelector("#cg-graph canvas");
      return [cgNetwork.canvasToDOM({x: s.left, y: s.top + s.height}).y, canvas.clientHeight];
    }"""
    )
    assert lowest[0] <= lowest[1]
    row = page.evaluate("document.querySelector('.cg-header').offsetHeight")
    page.evaluate("cg.openGroup(0)")  # (at 800 px the list of groups is in the closed drawer)
    page.wait_for_function("cg.state.view.kind === 'group'")
    assert page.evaluate("document.querySelector('.cg-header').offsetHeight") == row
    tops = page.evaluate(
        "['#cg-title', '#cg-size', '#cg-search', '#cg-fit']"
        ".map((s) => document.querySelector(s).getBoundingClientRect().top)"
    )
    assert max(tops) - min(tops) < 20  # one row
    assert "showing group" in page.text_content("#cg-size")  # all of it there, for screen readers


# ---------------------------------------------------------------- 5. by keyboard, in and out


@pytest.mark.browser
def test_groups_open_by_keyboard_and_escape_steps_back_out(opened):
    page = opened
    group = _open_biggest_group(page)
    assert page.evaluate("cg.state.view.group") == group
    members = page.evaluate("cg.data.groups.members")
    assert group == max(range(len(members)), key=members.__getitem__)
    first = page.evaluate("cg.nodes.getIds()[0]")
    page.evaluate("(id) => cg.focusNode(id, false)", first)  # a card, in the group
    page.keyboard.press("Escape")  # closes the card only
    assert page.locator("#cg-details").is_hidden() and page.evaluate("cg.state.view.kind") == "group"
    page.keyboard.press("Escape")  # out of the group
    assert page.evaluate("cg.state.view.kind") == "overview"
    assert page.evaluate("document.activeElement.dataset.group") == str(group)  # back on its button


# ---------------------------------------------------------------- 6. reduced motion


#: The view's scale a few frames after a click and a few frames later: equal once the view is at rest.
CLICKED = """async (selector) => {
  const frames = (k) => new Promise((done) => {
    const next = (i) => (i ? requestAnimationFrame(() => next(i - 1)) : done());
    next(k);
  });
  const start = cgNetwork.getScale();
  document.querySelector(selector).click();
  await frames(3);
  const soon = cgNetwork.getScale();
  await frames(3);
  return [start, soon, cgNetwork.getScale()];
}"""
AWAY = "cgNetwork.moveTo({scale: 2, position: {x: 0, y: 0}, animation: false})"


@pytest.mark.browser
def test_fit_and_chain_clicks_do_not_animate_when_motion_is_reduced(opened, categorised):
    page = opened
    page.emulate_media(reduced_motion="reduce")
    _chain_across_groups(page, categorised.parent / "data")
    for selector in ("#cg-fit", "#cg-path-result .cg-chain"):
        page.evaluate(AWAY)
        start, soon, later = page.evaluate(CLICKED, selector)
        assert start != soon == later  # moved, and at rest at once
    page.emulate_media(reduced_motion="no-preference")
    page.evaluate(AWAY)
    start, soon, later = page.evaluate(CLICKED, "#cg-fit")
    assert start != soon != later  # without the setting, it glides


# ---------------------------------------------------------------- 7. signs drawn without colour


@pytest.mark.browser
def test_decreases_and_unsigned_edges_are_dashed_on_an_overview(opened):
    page = opened
    _open_biggest_group(page)
    page.evaluate("cgNetwork.moveTo({scale: 1, animation: false})")  # zoomed in as far as arrows show
    page.wait_for_function("() => cg.edges.get().some((e) => e.dashes)")
    dashes = page.evaluate("cg.edges.get().map((e) => [cg.ctx.edges[e.id].sign, JSON.stringify(e.dashes || false)])")
    by_sign = {sign: {d for s, d in dashes if s == sign} for sign in (1, -1, 0)}
    assert by_sign[1] == {"false"}
    assert len(by_sign[-1]) == len(by_sign[0]) == 1 and "false" not in by_sign[-1] | by_sign[0]
    assert by_sign[-1] != by_sign[0]  # two patterns
    key = page.evaluate(
        "[...document.querySelectorAll('#cg-edge-key line')].map((l) => l.getAttribute('stroke-dasharray'))"
    )
    assert key[0] is None and key[1] and key[2] and key[1] != key[2]


@pytest.mark.browser
def test_a_path_asked_for_an_unknown_name_is_said_by_the_status_line_on_an_overview(opened):
    """The path answer is not aria-live (issue 27): its "not found" is said once by the status line."""
    page = opened
    page.fill("#cg-from", "qqqqxqqq")
    page.fill("#cg-to", "qqqqxqqq")
    page.click("#cg-find")
    wait_until(page, "document.getElementById('cg-status').textContent.includes('qqqqxqqq')")  # a moment later
    assert page.text_content("#cg-status") == "No concept matches \u201cqqqqxqqq\u201d."
    assert page.text_content("#cg-path-result").startswith(page.text_content("#cg-status"))
