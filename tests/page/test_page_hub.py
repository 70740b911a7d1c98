"""A hub's card on a small page lists its strongest relations first, says how many there are, and
lists the rest on request, by mouse or keyboard (issue 27: a hub of 1,000 relations took a second)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graph.page.html import write_html

CLAIMS = 150  # the hub's relations: more than the 100 a card lists at first
SHOWN = 100
LINES = "#cg-details .cg-relations > li"
#: The claims stated by more sources (node number: sources), which the card lists first, most stated first.
STATED = {CLAIMS - 1: 3, CLAIMS - 2: 2, 7: 1}


def _hub_graph() -> nx.MultiDiGraph:
    """A hub with CLAIMS relations, one to each of CLAIMS concepts; three of them stated again by sources."""
    G = nx.MultiDiGraph()
    G.add_node("hub", label="Hub", category="process")
    G.add_nodes_from((f"n{i}", {"label": f"Node {i}", "category": "process"}) for i in range(CLAIMS))
    G.add_edges_from(("hub", f"n{i}", {"relation": "activates", "sign": 1}) for i in range(CLAIMS))
    for i, sources in STATED.items():
        stated = {"relation": "activates", "sign": 1}
        G.add_edges_from(("hub", f"n{i}", {**stated, "source_doc": f"s{s}"}) for s in range(sources))
    return G


@pytest.fixture(scope="module")
def hub_page(tmp_path_factory) -> Path:
    return write_html(_hub_graph(), tmp_path_factory.mktemp("hub") / "hub.html")


def _sentences(page) -> list[str]:
    return page.evaluate(f"Array.from(document.querySelectorAll('{LINES}'), (li) => li.firstElementChild.textContent)")


def _line(i: int) -> str:
    return f"Hub \u2014 activates \u2192 Node {i}"


@pytest.mark.browser
def test_a_hubs_card_lists_its_strongest_relations_and_the_rest_by_keyboard(open_page, hub_page):
    opened = open_page(hub_page)
    page = opened.page
    page.fill("#cg-search", "Hub")
    page.wait_for_selector("#cg-search-list li", state="visible")
    page.press("#cg-search", "Enter")
    page.wait_for_selector("#cg-details .cg-relations")
    assert page.text_content("#cg-details h3") == f"Relations ({CLAIMS})"
    sentences = _sentences(page)
    assert len(sentences) == SHOWN
    assert sentences[:3] == [_line(i) for i in sorted(STATED, key=STATED.get, reverse=True)]
    assert sentences[3:] == [_line(i) for i in range(CLAIMS) if i not in STATED][: SHOWN - 3]
    said = page.text_content(".cg-more-relations .cg-muted").strip()
    assert said == f"{SHOWN} of {CLAIMS} shown, the strongest first."

    # the button comes right after the list in the keyboard's order, and Enter lists the rest
    page.locator(LINES).nth(SHOWN - 1).locator("button").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == f"Show all {CLAIMS}"
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => document.querySelectorAll('{LINES}').length === {CLAIMS}")
    assert page.locator(".cg-more-relations").count() == 0
    assert page.evaluate(f"document.activeElement.closest('li') === document.querySelectorAll('{LINES}')[{SHOWN}]")
    assert sorted(_sentences(page)) == sorted(_line(i) for i in range(CLAIMS))

    # the whole list stays listed in the other language; a relation opens its edge's card
    page.click("[data-lang='nl']")
    assert page.text_content("#cg-details h3") == f"Relaties ({CLAIMS})"
    assert len(_sentences(page)) == CLAIMS
    page.locator(LINES).last.locator("button").first.click()
    page.wait_for_function("() => !document.querySelector('#cg-details .cg-relations')")
    assert "Hub" in page.text_content("#cg-details")
    assert opened.problems == []


@pytest.mark.browser
def test_a_card_of_few_relations_lists_them_all_without_a_button(open_page, hub_page):
    opened = open_page(hub_page)
    page = opened.page
    page.evaluate(f"cg.focusNode('n{CLAIMS - 1}', false)")
    page.wait_for_selector("#cg-details .cg-relations")
    assert page.text_content("#cg-details h3") == "Relations (1)"
    assert page.locator(LINES).count() == 1
    assert page.locator(".cg-more-relations").count() == 0
    assert opened.problems == []


BIG = 450  # a hub whose rest (350 lines) comes in two batches


@pytest.fixture(scope="module")
def big_hub_page(tmp_path_factory) -> Path:
    G = nx.MultiDiGraph()
    G.add_node("hub", label="Hub", category="process")
    G.add_nodes_from((f"n{i}", {"label": f"Node {i}", "category": "process"}) for i in range(BIG))
    G.add_edges_from(("hub", f"n{i}", {"relation": "activates", "sign": 1}) for i in range(BIG))
    return write_html(G, tmp_path_factory.mktemp("big-hub") / "hub.html")


#: Show all pressed, and what the card lists in the same task (before the page could answer anything else).
SHOW_ALL = f"() => {{ document.activeElement.click(); return document.querySelectorAll('{LINES}').length; }}"


@pytest.mark.browser
def test_show_all_lists_the_rest_of_a_large_hub_in_batches_the_keyboard_on_the_first_new_line(open_page, big_hub_page):
    opened = open_page(big_hub_page)
    page = opened.page
    page.click("#cg-list-toggle")  # the list view beside the card
    page.evaluate("cg.focusNode('hub', false)")
    page.wait_for_selector("#cg-details .cg-relations")
    page.focus(".cg-show-relations")
    at_once = page.evaluate(SHOW_ALL)
    assert SHOWN < at_once < BIG  # some at once, the rest a batch at a time, the page free in between
    assert page.evaluate(f"document.activeElement.closest('li') === document.querySelectorAll('{LINES}')[{SHOWN}]")
    page.wait_for_function(f"() => document.querySelectorAll('{LINES}').length === {BIG}")
    assert sorted(_sentences(page)) == sorted(_line(i) for i in range(BIG))  # each once, none lost
    assert page.get_attribute("#cg-details .cg-relations", "aria-busy") is None
    assert page.text_content(".cg-list-summary") == f"Hub: {BIG} relations."  # the list view says the same
    assert page.locator("#cg-list tbody").nth(1).locator("tr").count() == 100  # its first 100, as before
    assert opened.problems == []
