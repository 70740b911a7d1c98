"""The page for keyboard and screen-reader users (issue 27): axe-core finds no serious or critical
violation, and the drawing is one named tab stop that moves with the arrow keys and zooms with + and -."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_graphs import choose, wait_until

import graph
from graph.page.html import write_html

pytestmark = pytest.mark.browser


def open_in(browser, path: Path, scheme: str, viewport: tuple[int, int]):
    context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]}, color_scheme=scheme)
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:")) else r.abort()
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached")
    return context, page, errors


SCHEMES = ("light", "dark")
VIEWPORTS = ((1280, 800), (390, 844))
SERIOUS = ("serious", "critical")


def violations(page, impacts: tuple[str | None, ...]) -> list:
    """axe-core's violations of ``impacts`` on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    listed = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in found]
    return [v for v in listed if v[1] in impacts]


def violations_everywhere(browser, path: Path, steps=None, impacts: tuple[str | None, ...] = SERIOUS) -> list:
    """axe-core's violations on the page at ``path`` in light and dark, at 1280 x 800 and 390 x 844, as it
    opens and (when given) after ``steps(page, viewport)``, each marked with where it was found; and any
    script error. One browser, one context at a time."""
    problems: list = []
    for scheme in SCHEMES:
        for viewport in VIEWPORTS:
            context, page, errors = open_in(browser, path, scheme, viewport)
            try:
                where = f"{scheme} {viewport[0]}x{viewport[1]}"
                problems += [(where, "opened", v) for v in violations(page, impacts)]
                if steps is not None:
                    steps(page, viewport)
                    problems += [(where, "after", v) for v in violations(page, impacts)]
                problems += errors
            finally:
                context.close()
    return problems


def path_answer_in_the_list_view(page, viewport) -> None:
    """The list view on, a path found and one of its chains opened (the drawer open, on a phone)."""
    page.click("#cg-list-toggle")
    if viewport[0] <= 900:
        page.click("#cg-panels")
    choose(page, "#cg-from", "magnesium")
    choose(page, "#cg-to", "melatonin")
    page.press("#cg-to", "Enter")
    page.locator("#cg-path-result .cg-chain").nth(1).click()
    if viewport[0] <= 900:
        page.click("#cg-panels")


def test_axe_finds_no_serious_violation_on_the_magnesium_page(browser, magnesium_html):
    assert violations_everywhere(browser, magnesium_html, path_answer_in_the_list_view) == []


@pytest.fixture(scope="module")
def review_html(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from graph.cli import cli

    review = tmp_path_factory.mktemp("review") / "review.html"
    article = Path(__file__).resolve().parents[1] / "extraction" / "texts" / "magnesium_nl.md"
    assert CliRunner().invoke(cli, ["extract", str(article), "--html", str(review)]).exit_code == 0
    return review


def test_axe_finds_no_violation_at_all_on_a_review_page(browser, review_html):
    every = ("minor", "moderate", "serious", "critical", None)
    assert violations_everywhere(browser, review_html, impacts=every) == []


@pytest.fixture(scope="module")
def overview_html(tmp_path_factory) -> Path:
    from bench.generate import write_folder

    folder = write_folder(tmp_path_factory.mktemp("overview"), 10_000, 12_000, seed=3)
    table = graph.load_for_page(folder)
    assert table.number_of_nodes() >= 10_000  # as small as a page can be and still open on its overview
    return write_html(table, folder / "overview.html")


def open_a_group(page, viewport) -> None:
    """In the list view, a group opened from the overview's list of groups, and a concept of it searched
    (its card open)."""
    page.click("#cg-list-toggle")
    groups = page.locator("#cg-list caption").all_text_contents()
    assert groups == [f"Groups ({page.evaluate('cg.nodes.length')})"]
    page.click("#cg-list [data-key='group:0']")
    assert page.locator("#cg-list caption").all_text_contents()[0] == f"Concepts ({page.evaluate('cg.nodes.length')})"
    name = page.evaluate("cg.ctx.label(cg.nodes.getIds()[0])")  # its name, whether or not its label is drawn
    choose(page, "#cg-search", name)
    assert page.text_content(".cg-list-summary").startswith(f"{name}: ")


@pytest.mark.slow
def test_axe_finds_no_serious_violation_on_an_overview(browser, overview_html):
    assert violations_everywhere(browser, overview_html, open_a_group) == []


def test_the_drawing_is_one_named_tab_stop_that_moves_and_zooms_by_keyboard(open_page, magnesium_html):
    opened = open_page(magnesium_html)
    page = opened.page
    stops = page.evaluate(
        "Array.from(document.querySelectorAll('#cg-graph, #cg-graph *')).filter(e => e.tabIndex >= 0)"
        ".map(e => [e.className, e.getAttribute('role'), e.getAttribute('aria-label')])"
    )
    assert len(stops) == 1, stops
    _, role, name = stops[0]
    assert role == "application" and name.startswith("Concept graph: arrow keys move the view")
    page.locator("#cg-graph .vis-network").focus()
    before = page.evaluate("[cgNetwork.getViewPosition(), cgNetwork.getScale()]")
    page.keyboard.down("ArrowRight")  # vis-network moves while the key is held, frame by frame
    wait_until(page, f"cgNetwork.getViewPosition().x !== {before[0]['x']}")
    page.keyboard.up("ArrowRight")
    scale = page.evaluate("cgNetwork.getScale()")
    page.keyboard.down("+")  # vis-network zooms while the key is held, frame by frame
    wait_until(page, f"cgNetwork.getScale() > {scale}")
    page.keyboard.up("+")
    page.locator("button[data-lang='nl']").click()
    assert page.get_attribute("#cg-graph .vis-network", "aria-label").startswith("Begrippengraaf: pijltjestoetsen")
    assert opened.problems == []


# ---------------------------------------------------------------- dark


def contrast(hex_colour: str, rgb: list[int]) -> float:
    """WCAG's contrast ratio of a ``#rrggbb`` colour and an ``[r, g, b]`` one."""

    def luminance(values: list[int]) -> float:
        linear = [v / 255 / 12.92 if v <= 10 else ((v / 255 + 0.055) / 1.055) ** 2.4 for v in values]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    one = luminance([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    lighter, darker = sorted((one, luminance(rgb)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize(
    ("theme", "scheme", "dark"),
    [("auto", "light", False), ("auto", "dark", True), ("dark", "light", True), ("light", "dark", False)],
)
def test_the_page_follows_the_system_or_the_theme_it_is_given(browser, tmp_path, theme, scheme, dark):
    page_file = write_html(graph.load(), tmp_path / "page.html", theme=theme)
    context, page, errors = open_in(browser, page_file, scheme, (1280, 800))
    try:
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        ink = page.evaluate("cg.nodes.get('sleep').font.color")
        assert (background == "rgb(13, 17, 23)") is dark and (background == "rgb(255, 255, 255)") is not dark
        assert (ink == "#e6edf3") is dark and errors == []
        outline = page.evaluate("cg.nodes.get('magnesium').color.highlight.border")  # a selected concept's
        back = [int(v) for v in background[4:-1].split(",")]
        assert contrast(outline, back) >= 3  # seen against the page, as WCAG asks of a control's outline
    finally:
        context.close()


def test_a_theme_the_page_does_not_have_is_refused():
    with pytest.raises(ValueError, match="theme must be one of auto, light, dark, not 'blue'"):
        graph.to_html(graph.load(), theme="blue")


# ---------------------------------------------------------------- labels inside their shapes


#: The box of each label drawn in view, in the drawing's units, as vis-network measured it when it last
#: drew it, and whether its shape is drawn around it (a box, an ellipse); cylinders draw their own label.
LABELS_DRAWN = """() => {
  const box = document.querySelector("#cg-graph canvas");
  const seen = (id) => {
    const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
    return p.x > 0 && p.y > 0 && p.x < box.clientWidth && p.y < box.clientHeight;
  };
  return cg.nodes.getIds().filter((id) => String(cg.nodes.get(id).label).trim() !== "" && seen(id))
    .map((id) => cgNetwork.body.nodes[id]).filter((n) => n.options.shape !== "custom").map((n) => {
      const s = n.labelModule.size;
      return [n.id, s.left, s.top, s.width, s.height, ["box", "ellipse"].includes(n.options.shape)];
    });
}"""


@pytest.mark.slow
def test_an_opened_group_keeps_the_labels_drawn_inside_boxes_and_ellipses_apart_from_the_rest(open_page, overview_html):
    """The magnesium categories draw some concepts as a box or an ellipse round their label: an opened
    group of an overview thins those labels as it thins the others, by where they are drawn (issue 27)."""
    opened = open_page(overview_html, timeout_ms=60000)
    page = opened.page
    page.evaluate("cg.openGroup(0)")
    page.wait_for_function("cg.state.view.kind === 'group'")
    hub = page.evaluate(
        "(() => { const at = new Map(cg.data.nodes.map((n, i) => [n.id, i]));"
        " const d = (id) => cg.data.degree[at.get(id)];"
        " return cg.nodes.getIds().reduce((a, b) => (d(b) > d(a) ? b : a)); })()"
    )  # the group's best connected concept, whose label is always drawn
    page.evaluate("(id) => cgNetwork.focus(id, {scale: 0.6, animation: false})", hub)
    wait_until(page, "cgNetwork.getScale() === 0.6")
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")  # drawn
    boxes = page.evaluate(LABELS_DRAWN)
    assert sum(b[5] for b in boxes) >= 5 and len(boxes) >= 30  # labels in shapes and below them, in view
    for k, (name, left, top, width, height, _) in enumerate(boxes):
        for other, o_left, o_top, o_width, o_height, _ in boxes[k + 1 :]:
            apart = (
                left + width <= o_left or o_left + o_width <= left or top + height <= o_top or o_top + o_height <= top
            )
            assert apart, f"labels of {name} and {other} overlap"
    assert opened.problems == []


def test_tab_from_what_opened_the_card_goes_to_the_card_and_shift_tab_back(open_page, magnesium_html):
    """Issue 27: from the search box to the card it took six Tabs (past the header's buttons)."""
    opened = open_page(magnesium_html)
    page = opened.page
    choose(page, "#cg-search", "melatonin")
    assert page.evaluate("document.activeElement.id") == "cg-search"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "cg-details-close"
    page.keyboard.press("Tab")  # on through the card
    assert page.evaluate("document.getElementById('cg-details').contains(document.activeElement)")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "cg-search"
    page.keyboard.press("Shift+Tab")  # and the header's order, before the search box, is as it was
    assert page.evaluate("document.activeElement.id") != "cg-details-close"
    page.keyboard.press("Escape")  # the card closes; Tab from the search box goes on to the header again
    page.focus("#cg-search")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "cg-fit"
    assert opened.problems == []
