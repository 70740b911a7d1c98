"""The drawing in a real Jupyter Notebook 7 (the classic notebook's successor), driven by Chromium, in
its dark theme: a drawing given ``theme='dark'`` is dark, the wheel over it scrolls the notebook
rather than zooming the graph, and its path finder answers (issue 27 tried pages in Notebook 7.6).

As for JupyterLab (``test_jupyterlab.py``): notebooks run by a kernel and signed as trusted, a server on
127.0.0.1 with a token, every other request from the browser blocked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.notebook.jupyter_servers import chains_found, jupyter_server, local_only
from tests.notebook.test_jupyterlab import DARK_CELLS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: The element a notebook scrolls in: the nearest ancestor of the drawing's frame that scrolls.
SCROLLER = """(frame) => {
  for (let e = frame.parentElement; e; e = e.parentElement) {
    const style = getComputedStyle(e);
    if (/(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight) {
      e.dataset.cgTestScroller = '1';
      return true;
    }
  }
  return false;
}"""


@pytest.fixture(scope="module")
def notebook7(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """A Notebook 7 server in its dark theme, serving one executed, trusted notebook."""
    pytest.importorskip("notebook")
    root, home = tmp_path_factory.mktemp("nb7"), tmp_path_factory.mktemp("jupyter7")
    with jupyter_server("notebook", root, home, {"dark": DARK_CELLS}, theme="JupyterLab Dark") as server:
        yield server


def test_in_notebook7s_dark_theme_a_drawing_is_dark_scrolls_with_the_page_and_finds_paths(
    browser: Any, notebook7: dict[str, Any]
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    blocked: list[str] = []
    local_only(context, notebook7["base"], blocked)
    page = context.new_page()
    try:
        page.goto(f"{notebook7['base']}/notebooks/dark.ipynb?token={notebook7['token']}", timeout=60000)
        output = page.locator(".jp-OutputArea-output iframe").first
        output.wait_for(state="attached", timeout=60000)
        page.wait_for_function("document.body.dataset.jpThemeLight === 'false'", timeout=30000)  # dark
        frame = output.element_handle().content_frame()
        frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=30000)
        assert frame.evaluate("window.origin") == "null"  # the notebook kept the sandbox
        assert frame.evaluate("document.documentElement.dataset.theme") == "dark"
        assert frame.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
        assert frame.evaluate("cg.nodes.get('sleep').font.color") == "#e6edf3"

        # the wheel over the drawing scrolls the notebook; the graph keeps its scale
        assert output.evaluate(SCROLLER), "no scrolling ancestor of the drawing"
        scroller = "[data-cg-test-scroller='1']"
        top = page.evaluate(f'document.querySelector("{scroller}").scrollTop')
        scale = frame.evaluate("cgNetwork.getScale()")
        box = output.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 3, box["y"] + min(box["height"] / 2, 300))
        page.mouse.wheel(0, 300)
        page.wait_for_function(f'document.querySelector("{scroller}").scrollTop > {top}', timeout=10000)
        assert frame.evaluate("cgNetwork.getScale()") == scale

        # the path finder answers (folded beside the drawing where the cell is narrow)
        output.scroll_into_view_if_needed()
        if frame.locator("#cg-panels").is_visible():
            frame.click("#cg-panels")
        assert any(c.startswith("Magnesium") and c.endswith("Melatonin") for c in chains_found(frame))
    finally:
        context.close()
    assert not [url for url in blocked if "127.0.0.1" in url]
