"""A page that opens without room (hidden tab, collapsed notebook output, an iframe not yet laid out)."""

from __future__ import annotations

import html

import pytest

import graph


@pytest.mark.browser
def test_page_in_a_hidden_iframe_gets_ready_and_fits_once_shown(open_page, tiny_data, tmp_path):
    page_html = graph.to_html(graph.load(tiny_data))
    host = tmp_path / "host.html"
    host.write_text(
        "<!DOCTYPE html><html><body>"
        f'<iframe id="f" sandbox="allow-scripts" style="display:none;width:900px;height:500px" '
        f'srcdoc="{html.escape(page_html, quote=True)}"></iframe>'
        "</body></html>",
        encoding="utf-8",
    )
    opened = open_page(host, wait_ready=False)
    frame = opened.page.locator("#f").element_handle().content_frame()
    frame.wait_for_function("typeof cgNetwork === 'object'", timeout=20000)  # the script ran while hidden
    assert frame.evaluate("document.getElementById('cg-graph').clientWidth") == 0
    opened.page.evaluate("document.getElementById('f').style.display = 'block'")
    frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
    frame.wait_for_function(
        """() => { const el = document.getElementById('cg-graph');
        return el.clientWidth > 0 && cgNetwork.body.data.nodes.getIds().every(id => {
            const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
            return p.x > 0 && p.y > 0 && p.x < el.clientWidth && p.y < el.clientHeight; }); }""",
        timeout=20000,
    )
    assert opened.problems == []
