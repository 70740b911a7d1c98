"""The drawing in a real JupyterLab, driven by Chromium: the path finder works in the
output iframe that ``graph.show()`` writes, as a person clicks it.

A notebook is run by a kernel (nbclient), signed as trusted (as running it in Lab
would), and opened in a JupyterLab server on 127.0.0.1 with a token; every request
from the browser to anywhere else is blocked. Bounded: the server gets 60 s to
start and each step in the browser its own timeout.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from tests.notebook.jupyter_servers import chains_found, jupyter_server, local_only

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CELL = """import graph
G = graph.load()
graph.show(G, height=600)"""
#: A notebook for Lab's dark theme: two drawings of 500 px, given the theme, one under the other.
DARK_CELLS = [
    "import graph\nG = graph.load()\ngraph.show(G, height=500, theme='dark')",
    "graph.show(G, height=500, theme='dark')",
]


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A JupyterLab server on 127.0.0.1 serving two executed, trusted notebooks."""
    pytest.importorskip("jupyterlab")
    root, home = tmp_path_factory.mktemp("lab"), tmp_path_factory.mktemp("jupyter")
    with jupyter_server("jupyterlab", root, home, {"drawing": [CELL], "dark": DARK_CELLS}) as server:
        yield server


def test_path_finder_works_in_a_drawing_in_jupyterlab(browser: Any, lab: dict[str, Any]) -> None:
    context = browser.new_context(viewport={"width": 1000, "height": 900})  # an output area under 900 px
    blocked: list[str] = []
    local_only(context, lab["base"], blocked)
    page = context.new_page()
    errors: list[str] = []
    try:
        page.goto(f"{lab['base']}/lab/tree/drawing.ipynb?token={lab['token']}", timeout=60000)
        output = page.locator(".jp-OutputArea-output iframe")
        output.wait_for(state="attached", timeout=60000)
        output.scroll_into_view_if_needed()
        frame = output.element_handle().content_frame()
        frame.page.on(
            "console", lambda msg: msg.type == "error" and "Blocked form" in msg.text and errors.append(msg.text)
        )
        frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=30000)
        assert frame.evaluate("window.origin") == "null"  # Lab kept the sandbox
        sizes = frame.evaluate("[window.innerWidth, document.getElementById('cg-graph').clientWidth]")
        assert sizes[0] < 900 and sizes[1] >= 0.6 * sizes[0]  # squeezed, yet the graph keeps the width
        frame.click("#cg-panels")  # the path finder and legend are folded beside it
        assert any(c.startswith("Magnesium") and c.endswith("Melatonin") for c in chains_found(frame))
        assert errors == []
    finally:
        context.close()
    assert not [url for url in blocked if "127.0.0.1" in url]


def test_at_the_cell_width_of_lab_with_its_file_browser_the_header_is_one_row_and_labels_readable(
    browser: Any, lab: dict[str, Any]
) -> None:
    """JupyterLab with its file browser open at its default width, in a window that gives a cell's drawing
    about 990 px (issue 27). A workspace of its own: Lab restores the panel sizes a test before left."""
    context = browser.new_context(viewport={"width": 1444, "height": 900})
    local_only(context, lab["base"])
    page = context.new_page()
    try:
        page.goto(f"{lab['base']}/lab/workspaces/width/tree/drawing.ipynb?token={lab['token']}", timeout=60000)
        output = page.locator(".jp-OutputArea-output iframe")
        output.wait_for(state="attached", timeout=60000)
        if not page.locator(".jp-FileBrowser").is_visible():
            page.click("li[data-id='filebrowser']")  # the file browser, as Lab opens by default
        page.locator(".jp-FileBrowser").wait_for(state="visible", timeout=10000)
        frame = output.element_handle().content_frame()
        frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=30000)
        width = frame.evaluate("window.innerWidth")
        assert 960 <= width <= 1020, width
        tops = frame.evaluate(
            "Array.from(document.querySelectorAll('.cg-header > *')).filter((e) => e.offsetParent)"
            ".map((e) => e.getBoundingClientRect()).map((r) => Math.round(r.top + r.height / 2))"
        )
        assert max(tops) - min(tops) <= 8  # one row
        sizes = frame.evaluate(
            "cg.nodes.get().filter((n) => !n.hidden && n.font.size * cgNetwork.getScale() >= 5)"
            ".map((n) => n.font.size * cgNetwork.getScale())"
        )
        assert frame.evaluate("16 * cgNetwork.getScale()") < 8  # zoomed out below a readable size ...
        assert len(sizes) >= 20 and min(sizes) >= 8.9  # ... yet the labels drawn are readable, fewer of them
        assert len(sizes) < frame.evaluate("cg.nodes.length")
    finally:
        context.close()


def test_in_labs_dark_theme_a_drawing_is_dark_and_the_wheel_scrolls_the_notebook(
    browser: Any, lab: dict[str, Any]
) -> None:
    """Issue 27: in Lab's dark theme each drawing was a white box, and the wheel over a drawing zoomed it
    instead of scrolling the notebook."""
    import json

    settings = f"{lab['base']}/lab/api/settings/@jupyterlab/apputils-extension:themes?token={lab['token']}"

    def theme(name: str) -> None:
        body = json.dumps({"raw": json.dumps({"theme": name})}).encode()
        request = urllib.request.Request(
            settings, data=body, method="PUT", headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            assert answer.status in (200, 204)

    theme("JupyterLab Dark")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    local_only(context, lab["base"])
    page = context.new_page()
    try:
        # a workspace of its own, so that Lab does not reopen the notebook of the tests before in it
        page.goto(f"{lab['base']}/lab/workspaces/dark/tree/dark.ipynb?token={lab['token']}", timeout=60000)
        output = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output iframe").first
        output.wait_for(state="attached", timeout=60000)
        page.wait_for_function("document.body.dataset.jpThemeLight === 'false'", timeout=30000)  # Lab is dark
        frame = output.element_handle().content_frame()
        frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=30000)
        assert frame.evaluate("document.documentElement.dataset.theme") == "dark", page.evaluate(
            "Array.from(document.querySelectorAll('.jp-NotebookPanel')).map((p) => [p.id, p.className])"
        )
        assert frame.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
        assert frame.evaluate("cg.nodes.get('sleep').font.color") == "#e6edf3"  # labels for a dark page
        scale = frame.evaluate("cgNetwork.getScale()")
        scroller = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer"
        top = page.evaluate(f"document.querySelector('{scroller}').scrollTop")
        box = output.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 3, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, 300)
        page.wait_for_function(f"document.querySelector('{scroller}').scrollTop > {top}", timeout=10000)
        assert frame.evaluate("cgNetwork.getScale()") == scale  # the notebook scrolled; the drawing did not zoom
    finally:
        context.close()
        theme("JupyterLab Light")
