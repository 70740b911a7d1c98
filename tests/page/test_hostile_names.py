"""Names that are JavaScript's own, and right-to-left marks, in real Chromium (issue 15).

A category called ``constructor`` or ``__proto__`` is a name like any other: the legend
counts its nodes. A label holding a right-to-left override (U+202E) reorders only
itself: the page's own words around it (arrows, "Net effect of", "Chain:") stay where
they are, because every piece of user text is an isolate.
"""

from __future__ import annotations

import pytest

from conftest import write_csv

PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]
RLO = "\u202e"
#: A label as an attacker would write it: it turns the rest of its line around.
REVERSING = f"Sleep{RLO} decreases"

# For every element given, its children (text and elements) must be drawn left to right in the
# order of the DOM, line by line: a right-to-left mark in one child would move the others.
IN_ORDER = """(elements) => elements.map((box) => {
  let previous = null;
  const out = [];
  for (const child of box.childNodes) {
    const range = document.createRange();
    range.selectNode(child);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (!rects.length) { continue; }
    const first = rects[0];
    if (previous !== null && Math.abs(first.top - previous.top) < 2) { out.push(first.left >= previous.right - 1); }
    previous = rects[rects.length - 1];
  }
  return out.length > 0 && out.every(Boolean);
})"""


def _data(tmp_path):
    folder = tmp_path / "data"
    rows = [["id", "label", "category"]]
    for i, name in enumerate(PROTOTYPE_NAMES):
        rows += [[f"{name}_{j}", f"{name} {j}", name] for j in range(i + 1)]
    rows += [["magnesium", "Magnesium", "constructor"], ["sleep", REVERSING, "__proto__"]]
    write_csv(folder / "nodes.csv", rows)
    write_csv(
        folder / "edges.csv",
        [
            ["source", "target", "relation", "source_doc"],
            ["magnesium", "sleep", "constructor", "__proto__"],
            ["constructor_0", "magnesium", "toString", "valueOf"],
        ],
    )
    return folder


@pytest.fixture
def hostile_names_page(run_cli, open_page, tmp_path):
    out = tmp_path / "names.html"
    result = run_cli("build", "--data", _data(tmp_path), "--out", out)
    assert result.exit_code == 0, result.output
    return open_page(out, viewport=(1600, 900))


@pytest.mark.browser
def test_categories_named_like_object_machinery_count_right(hostile_names_page):
    page = hostile_names_page.page
    counts = {
        button.get_attribute("data-category"): button.locator(".cg-count").text_content()
        for button in page.locator(".cg-cat").all()
    }
    expected = {name: str(i + 1) for i, name in enumerate(PROTOTYPE_NAMES)}
    expected["constructor"] = "2"  # magnesium too
    expected["__proto__"] = "3"  # sleep too
    assert counts == expected
    # hiding __proto__ hides its nodes, and only those
    page.locator(".cg-cat[data-category='__proto__']").click()
    hidden = page.evaluate("cg.nodes.get().filter(n => n.hidden).map(n => n.id).sort()")
    assert hidden == ["__proto___0", "__proto___1", "sleep"]
    assert hostile_names_page.problems == []


@pytest.mark.browser
def test_a_right_to_left_label_does_not_reorder_the_page_words(hostile_names_page):
    page = hostile_names_page.page
    page.fill("#cg-from", "Magnesium")
    page.fill("#cg-to", "Sleep")
    page.locator("#cg-to").press("Escape")
    page.click("#cg-find")
    verdict = page.locator("#cg-path-result .cg-verdict")
    verdict.wait_for()
    assert verdict.text_content().startswith(f"Net effect of Magnesium on {REVERSING}:")
    page.locator("#cg-path-result .cg-chain").first.click()
    title = page.locator("#cg-details .cg-details-title")
    assert title.text_content() == f"Chain: Magnesium \u2192 {REVERSING}"
    page.locator("#cg-details .cg-step-title button.cg-link").first.click()
    edge_title = page.locator("#cg-details .cg-details-title")
    assert edge_title.text_content() == f"Magnesium \u2014 constructor \u2192 {REVERSING}"
    # every element that mixes our words with the label draws its pieces in order
    page.locator("#cg-path-result .cg-chain").first.click()
    checked = page.evaluate(
        IN_ORDER.replace("(elements) =>", "() => ((elements) =>")
        + ")([...document.querySelectorAll('#cg-path-result .cg-verdict, #cg-details .cg-details-title, "
        "#cg-path-result .cg-chain-text, #cg-details .cg-sentence')])"
    )
    assert checked == [True] * len(checked) and len(checked) >= 4
    assert page.evaluate("getComputedStyle(document.querySelector('bdi')).unicodeBidi") == "isolate"
    assert hostile_names_page.problems == []


@pytest.mark.browser
def test_the_order_check_sees_a_label_that_reorders_its_surroundings(hostile_names_page):
    """The check above can fail: the same pieces as plain text in one paragraph are drawn out of order."""
    page = hostile_names_page.page
    result = page.evaluate(
        "() => { const p = document.createElement('p'); p.style.unicodeBidi = 'normal';"
        f" ['Net effect of ', 'Magnesium', ' on ', {REVERSING!r}, ' and more words']"
        ".forEach(t => p.appendChild(document.createTextNode(t)));"
        " document.body.prepend(p); return (" + IN_ORDER + ")([p]); }"
    )
    assert result == [False]
