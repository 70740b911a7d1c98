"""The page says what the sources say (issue 24): hedged claims read "may" / "kan", and a
search that finds nothing says so, with the command line's did-you-mean."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
from page_graphs import choose, find_in_page, wait_until

import graph
from graph.errors import NodeNotFound
from graph.page.html import write_html

pytestmark = pytest.mark.browser


def hedged_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        relations={
            "relieves": {
                "label": "relieves",
                "label_nl": "verlicht",
                "sign": -1,
                "label_hedged": "may relieve",
                "label_hedged_nl": "kan {object} verlichten",
            },
            "promotes": {"label": "promotes", "label_nl": "bevordert", "sign": 1},
        }
    )
    G.add_node("magnesium", label="Magnesium", label_nl="Magnesium", category="mineral")
    G.add_node("depression", label="Depression", label_nl="Depressie", category="condition")
    G.add_node("sleep", label="Sleep", label_nl="Slaap", category="process")
    G.add_edge("magnesium", "depression", relation="relieves", sign=-1, hedged="true", evidence="It may help.")
    G.add_node("insomnia", label="Insomnia", label_nl="Slapeloosheid", category="condition")
    G.add_edge("magnesium", "sleep", relation="promotes", sign=1, hedged="false", evidence="It helps.")
    G.add_edge("depression", "insomnia", relation="promotes", sign=1, evidence="It keeps people awake.")
    return G


@pytest.fixture(scope="module")
def hedged_html(tmp_path_factory) -> Path:
    return write_html(hedged_graph(), tmp_path_factory.mktemp("page") / "hedged.html")


def test_a_hedged_claim_reads_may_in_the_details_in_both_languages(open_page, hedged_html):
    opened = open_page(hedged_html)
    page = opened.page
    page.fill("#cg-search", "magnesium")
    page.press("#cg-search", "Enter")
    claims = page.locator("#cg-details .cg-relations li").all_text_contents()
    assert any("may relieve" in c and "Depression" in c for c in claims), claims
    assert any("promotes" in c and "may" not in c for c in claims), claims
    page.locator("#cg-details .cg-relations button.cg-link").filter(has_text="may relieve").click()
    assert page.locator("#cg-details .cg-hedged").count() == 1
    page.locator("button[data-lang='nl']").click()
    page.fill("#cg-search", "magnesium")
    page.press("#cg-search", "Enter")
    claims = page.locator("#cg-details .cg-relations li").all_text_contents()
    assert any("kan verlichten" in c for c in claims), claims
    assert opened.problems == []


def _ask(page, source: str, target: str) -> None:
    choose(page, "#cg-from", source)
    choose(page, "#cg-to", target)
    page.press("#cg-to", "Enter")  # asks


def test_a_chain_through_a_hedged_claim_may_decrease_on_the_page_in_both_languages(open_page, hedged_html):
    """Issue 27: the path finder's verdict and chain badges say "may decrease" when every chain that
    gives the verdict runs through a hedged claim, as `concept-graph path` says it; a plain chain stays plain."""
    opened = open_page(hedged_html)
    page = opened.page
    _ask(page, "magnesium", "insomnia")
    result = page.locator("#cg-path-result")
    assert result.locator(".cg-verdict .cg-badge").text_content() == "may decrease"
    assert result.locator(".cg-chain-meta .cg-badge").all_text_contents() == ["may decrease"]
    result.locator("button.cg-chain").first.click()
    details = page.locator("#cg-details")
    assert details.locator(".cg-chain-details > .cg-badge").text_content() == "may decrease"
    assert details.locator(".cg-step-title .cg-badge").all_text_contents() == ["may decrease", "increases"]
    page.click("#cg-list-toggle")  # the list view and the status line say it as the badges do
    assert "(may decrease, 2 steps)" in page.text_content("#cg-list .cg-list-chains")
    page.keyboard.press("Escape")
    wait_until(page, "document.getElementById('cg-status').textContent.includes('may decrease')")  # a moment later
    assert page.text_content("#cg-status") == "1 path from Magnesium to Insomnia: may decrease."
    page.click("#cg-list-toggle")
    _ask(page, "magnesium", "sleep")
    assert result.locator(".cg-verdict .cg-badge").text_content() == "increases"
    page.locator("button[data-lang='nl']").click()
    _ask(page, "magnesium", "slapeloosheid")
    assert result.locator(".cg-verdict .cg-badge").text_content() == "kan verlagen"
    assert opened.problems == []


def test_a_hedged_claim_without_hedged_words_in_the_data_reads_as_the_command_line_says_it(open_page, tmp_path):
    """A graph with no relation table (an edge list, KGX): the page words a hedged claim as
    graph.hedged_label does ("may be associated with", "may cause"), never "may associated with"."""
    G = nx.MultiDiGraph()
    G.add_edge("Coffee", "Insomnia", relation="associated with", hedged="true")
    G.add_edge("Coffee", "Alertness", relation="causes", hedged="true")
    opened = open_page(write_html(G, tmp_path / "edges.html"))
    page = opened.page
    page.fill("#cg-search", "Coffee")
    page.press("#cg-search", "Enter")
    claims = " | ".join(page.locator("#cg-details .cg-relations li").all_text_contents())
    assert "may be associated with" in claims and "may cause" in claims, claims
    assert "may associated" not in claims and "may causes" not in claims
    assert opened.problems == []


@pytest.mark.parametrize(
    ("typed", "offered"),
    [("magnesum", ["Magnesium"]), ("noten", []), ("piekeren", [])],
)
def test_enter_on_a_search_that_finds_nothing_says_so(open_page, tmp_path, typed, offered):
    G = graph.load()
    with pytest.raises(NodeNotFound) as caught:  # the command line's answer, to compare with
        graph.resolve(G, typed)
    page_file = write_html(G, tmp_path / "magnesium.html")
    opened = open_page(page_file)
    page = opened.page
    page.fill("#cg-search", typed)
    page.press("#cg-search", "Enter")
    note = page.locator("#cg-search-note")
    note.wait_for(state="visible")
    assert f"No concept matches \u201c{typed}\u201d." in note.text_content()
    assert note.locator("button").all_text_contents() == offered
    assert [s.casefold() for s in caught.value.suggestions] == [o.casefold() for o in offered]
    if offered:
        note.locator("button").first.click()
        assert page.evaluate("cgNetwork.getSelectedNodes()") == ["magnesium"]
        assert note.is_hidden()
    assert opened.problems == []


_find = find_in_page


def test_with_directions_ignored_the_page_tells_each_claim_as_made(open_page, run_cli, tmp_path):
    """build --undirected: the path finder walks both ways, a step against its claim is drawn
    '<-' and a chain with one gets no effect (issue 24)."""
    out = tmp_path / "any-way.html"
    assert run_cli("build", "--undirected", "--out", out).exit_code == 0
    opened = open_page(out)
    page = opened.page
    answer = _find(page, "stress", "magnesium")
    chains = page.locator(".cg-chain-text").all_text_contents()
    # magnesium lowers stress, as the texts say (one plainly, one with a hedge)
    assert chains[0] == "Stress \u2190 decreases / may decrease \u2014 Magnesium"
    assert not any("Stress \u2014 decreases \u2192 Magnesium" in c for c in chains)
    assert "no effect: against an arrow" in answer and "Directions are ignored" in answer
    assert page.locator(".cg-chain-meta .cg-increases, .cg-chain-meta .cg-decreases").count() == 0
    result = page.evaluate("cg.findPaths('magnesium', 'melatonin', {})")
    assert result["verdict"] == "increases" and result["counts"]["decreases"] == 0  # chains against arrows count apart
    assert result["paths"][0]["against"] is False and result["counts"]["links"] > 0
    assert opened.problems == []


def test_with_directions_ignored_a_bare_edge_list_is_links(open_page, run_cli, tmp_path):
    edges = tmp_path / "people.csv"
    edges.write_text("source,target,weight\nJaime,Tyrion,1\nSansa,Tyrion,2\nArya,Sansa,3\n", encoding="utf-8")
    out = tmp_path / "people.html"
    assert run_cli("build", "--edges", edges, "--undirected", "--out", out).exit_code == 0
    opened = open_page(out)
    page = opened.page
    arrows = page.evaluate("cg.edges.get().map(e => !(e.arrows && e.arrows.to && e.arrows.to.enabled === false))")
    assert arrows == [False, False, False]
    _find(page, "Jaime", "Arya")
    assert page.locator(".cg-chain-text").all_text_contents() == [
        "Jaime \u2014 related to \u2192 Tyrion \u2014 related to \u2192 Sansa \u2014 related to \u2192 Arya"
    ]
    assert opened.problems == []


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_an_effect_on_a_quality_a_risk_or_a_balance_is_worded_as_the_command_line_words_it(
    open_page, magnesium, magnesium_html, lang
):
    """Issue 24: sleep "improves", the risk of osteoporosis "lowers", a balance is "disturbed" on the
    page too (its verdict, its counts, each chain's badge and the status line), never "increases";
    the words are those of graph.verdict_words for the target's change."""
    from graph.ask.sentences import change_of, verdict_words

    opened = open_page(magnesium_html)
    page = opened.page
    if lang == "nl":
        page.locator("button[data-lang='nl']").click()
    result = page.locator("#cg-path-result")
    for source, target in (
        ("magnesium", "sleep"),
        ("magnesium", "osteoporosis"),
        ("magnesium_deficiency", "electrolyte_balance"),
    ):
        kind = change_of(magnesium, target)
        assert kind != "amount"
        effect = graph.net_effect(magnesium, source, target)
        _ask(page, magnesium.nodes[source]["label"], magnesium.nodes[target]["label"])
        verdict = result.locator(".cg-verdict .cg-badge").text_content()
        assert verdict == verdict_words(effect.verdict, kind, effect.hedged, lang), (target, verdict)
        counts = result.locator(".cg-verdict + p").text_content()
        assert not re.search(r"\b(increase|decrease|verhogend|verlagend)\b", counts), counts
        for badge in result.locator(".cg-chain-meta .cg-badge").all_text_contents():
            words = {verdict_words(v, kind, hedged, lang) for v in ("increases", "decreases") for hedged in (0, 1)}
            assert badge in words | {"unclear", "onduidelijk"}, (target, badge)
    assert opened.problems == []
