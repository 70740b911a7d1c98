"""Every string a CSV can carry, ids included, reaches the page as text: nothing runs, nothing opens.

The page tests (test_page.py) follow hostile labels, evidence and sources through each
panel; here every field at once, ids too, goes from CSV files through ``concept-graph
build`` into Chromium, with ``javascript:`` text and a line separator in the mix.
"""

from __future__ import annotations

import pytest

from conftest import write_csv

ATTACKS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    '"><svg onload=alert(3)>',
    "javascript:alert(4)",
    "line\u2028separator\u2029<b>bold</b>",
    "{{7*7}} ${alert(5)} `x`",
]


def hostile_folder(tmp_path):
    """A data folder in which every cell of every file is an attack string."""
    a = ATTACKS
    folder = tmp_path / "data"
    write_csv(
        folder / "nodes.csv",
        [
            ["id", "label", "label_nl", "category", "description", "synonyms"],
            [a[0], a[1], a[2], a[3], a[4], "|".join(a[:3])],
            [a[1], a[3], a[5], a[3], a[0], a[4]],
            [a[5], a[4], a[0], a[2], a[1], a[3]],
        ],
    )
    write_csv(
        folder / "edges.csv",
        [
            ["source", "target", "relation", "evidence", "source_doc", "section", a[2]],
            [a[0], a[1], a[5], a[4], a[3], a[2], a[0]],
            [a[1], a[5], a[3], a[0] + a[1], a[3], a[4], a[1]],
        ],
    )
    write_csv(
        folder / "relations.csv",
        [["relation", "label", "label_nl", "sign"], [a[5], a[0], a[1], "1"], [a[3], a[2], a[4], "-1"]],
    )
    write_csv(
        folder / "sources.csv", [["id", "title", "author", "published", "language"], [a[3], a[1], a[0], a[2], a[4]]]
    )
    write_csv(
        folder / "categories.csv",
        [
            ["category", "label", "label_nl", "color", "shape"],
            [a[3], a[0], a[1], "#4477aa", "dot"],
            [a[2], a[5], a[4], "#cc6677", "box"],
        ],
    )
    return folder


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_field_hostile_builds_and_shows_as_text(run_cli, open_page, tmp_path, lang):
    out = tmp_path / "hostile.html"
    result = run_cli("build", "--data", hostile_folder(tmp_path), "--out", out, "--lang", lang, "--title", ATTACKS[1])
    assert result.exit_code == 0, result.output
    opened = open_page(out)
    page = opened.page
    assert page.title() == ATTACKS[1]
    # click every node and every edge so each panel is built from the hostile text
    for node in page.evaluate("cg.nodes.getIds()"):
        page.evaluate(
            "(id) => { cgNetwork.selectNodes([id]); cgNetwork.body.emitter.emit('click', {nodes: [id], edges: []}); }",
            node,
        )
    for edge in page.evaluate("cg.edges.getIds()"):
        page.evaluate(
            "(id) => { cgNetwork.selectEdges([id]); cgNetwork.body.emitter.emit('click', {nodes: [], edges: [id]}); }",
            edge,
        )
    page.fill("#cg-search", "alert")
    page.locator("#cg-search-list li").first.wait_for()
    text = page.evaluate("document.body.innerText")
    assert "javascript:alert(4)" in text or "<img src=x onerror=alert(1)>" in text
    handlers = "[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')))"
    assert page.evaluate(f"{handlers}.length") == 0
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed, b').length") == 0
    assert page.evaluate("[...document.querySelectorAll('svg')].every(s => s.getAttribute('aria-hidden') === 'true')")
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\"], [href], [src]').length") == 0
    assert page.evaluate("typeof window.alert") == "function"  # nothing replaced it
    assert opened.problems == []  # no console error, no page error, no outside request, no dialog
