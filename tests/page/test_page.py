"""The page in a real headless Chromium with the network blocked: drawn, filtered,
searched, questioned, switched to Dutch, and never running the user's text."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from page_graphs import CONTRACT_GRAPHS, HOSTILE, choose, reference_paths, write_mini

import graph
from graph.page import layout
from graph.page.html import write_html
from graph.page.layout import wrap_label

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def mini_graph(tmp_path_factory):
    return graph.load(write_mini(tmp_path_factory.mktemp("mini")))


@pytest.fixture(scope="module")
def mini_html(mini_graph, tmp_path_factory) -> Path:
    return write_html(mini_graph, tmp_path_factory.mktemp("page") / "mini.html", title=HOSTILE["script"])


def opened_clean(opened):
    assert opened.problems == []
    return opened.page


def non_white_pixels(page) -> int:
    return page.evaluate(
        """() => { const c = document.querySelector('#cg-graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) { if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) { n += 1; } }
        return n; }"""
    )


def pixel_at_node(page, node: str) -> list[int]:
    return page.evaluate(
        """(id) => { const n = cgNetwork; const p = n.canvasToDOM(n.getPosition(id)); const r = window.devicePixelRatio;
        const c = document.querySelector('#cg-graph canvas').getContext('2d');
        return Array.from(c.getImageData(Math.round(p.x * r), Math.round(p.y * r), 1, 1).data).slice(0, 3); }""",
        node,
    )


def hex_rgb(color: str) -> list[int]:
    return [int(color[i : i + 2], 16) for i in (1, 3, 5)]


def close(a: list[int], b: list[int], tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


# ---------------------------------------------------------------- drawn, offline, quiet


def test_magnesium_page_is_drawn_offline_without_errors(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    assert non_white_pixels(page) > 20000
    assert page.evaluate("cg.nodes.getIds()") == list(magnesium)
    assert page.evaluate("cg.edges.length") == magnesium.number_of_edges()
    # all nodes in view, none piled on another
    inside = page.evaluate(
        """() => { const el = document.getElementById('cg-graph'); const w = el.clientWidth, h = el.clientHeight;
        return cg.nodes.getIds().every(id => { const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
        return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }); }"""
    )
    assert inside
    assert page.evaluate("cgNetwork.getScale()") > 0.5


def test_page_stays_still_once_ready(open_page, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    before = page.evaluate("cgNetwork.getPositions()")
    page.wait_for_timeout(500)
    assert page.evaluate("cgNetwork.getPositions()") == before


# ---------------------------------------------------------------- legend


def test_legend_lists_every_category(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    used = [c for c in magnesium.graph["categories"] if any(d == c for _, d in magnesium.nodes(data="category"))]
    labels = page.locator(".cg-cat .cg-cat-label").all_text_contents()
    assert labels == [magnesium.graph["categories"][c]["label"] for c in used]
    assert page.locator(".cg-edge-key li").all_text_contents() == ["increases", "decreases", "no direction stated"]


def test_legend_hides_and_shows_a_category(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    category = magnesium.nodes["melatonin"]["category"]
    members = sorted(n for n, c in magnesium.nodes(data="category") if c == category)
    color = hex_rgb(magnesium.graph["categories"][category]["color"])
    assert close(pixel_at_node(page, "melatonin"), color)
    button = page.locator(f".cg-cat[data-category='{category}']")
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    hidden = page.evaluate("cg.nodes.get({filter: n => n.hidden}).map(n => n.id).sort()")
    assert hidden == members
    touching = {i for i, (u, v) in enumerate(magnesium.edges()) if u in members or v in members}
    assert set(page.evaluate("cg.edges.get({filter: e => e.hidden}).map(e => e.id)")) == touching
    drawn = set(page.evaluate("cgNetwork.body.nodeIndices"))
    assert drawn == set(magnesium) - set(members)
    assert not close(pixel_at_node(page, "melatonin"), color)
    assert non_white_pixels(page) > 10000  # the rest is still drawn
    n, m = magnesium.number_of_nodes(), magnesium.number_of_edges()
    shown = f"{n - len(members)} of {n} concepts shown, {m - len(touching)} of {m} relations"
    assert page.locator("#cg-size").text_content() == shown
    page.click("[data-lang='nl']")
    assert (
        page.locator("#cg-size").text_content()
        == f"{n - len(members)} van {n} begrippen getoond, {m - len(touching)} van {m} relaties"
    )
    page.click("[data-lang='en']")
    page.locator("#cg-show-all").click()
    assert page.locator("#cg-size").text_content() == f"{n} concepts, {m} relations"
    assert page.evaluate("cg.nodes.get({filter: n => n.hidden}).length") == 0
    assert close(pixel_at_node(page, "melatonin"), color)


# ---------------------------------------------------------------- search and details


@pytest.mark.parametrize("query", ["melatonine", "MELATONINE", "slaaphormoon", "Slaaphórmoon"])
def test_search_finds_melatonin(open_page, magnesium_html, query):
    page = opened_clean(open_page(magnesium_html))
    page.fill("#cg-search", query)
    first = page.locator("#cg-search-list li").first
    first.wait_for()
    assert first.locator("span").first.text_content() == "Melatonin"
    page.press("#cg-search", "Enter")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == ["melatonin"]
    assert page.locator("#cg-details h2").text_content() == "Melatonin"
    assert page.locator("#cg-details").is_visible()


def test_search_ignores_accents_and_offers_suggestions(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    page.fill("#cg-search", "creme brulee")
    assert page.locator("#cg-search-list li").first.text_content().startswith("Crème brûlée")
    page.fill("#cg-search", "ser")
    suggestions = page.locator("#cg-search-list li span:first-child").all_text_contents()
    assert suggestions[0] == "Serotonin"
    page.keyboard.press("ArrowDown")
    assert page.get_attribute("#cg-search", "aria-activedescendant") == "cg-search-list-0"
    page.keyboard.press("Escape")
    assert page.locator("#cg-search-list").is_hidden()


def test_clicking_a_node_lights_its_neighbourhood(open_page, mini_graph, mini_html):
    page = opened_clean(open_page(mini_html))
    point = page.evaluate("cgNetwork.canvasToDOM(cgNetwork.getPosition('serotonin'))")
    box = page.locator("#cg-graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.evaluate("cgNetwork.getSelectedNodes()") == ["serotonin"]
    lit = {"serotonin", "magnesium", "tryptophan", "melatonin"}
    looks = page.evaluate("Object.fromEntries(cg.nodes.get().map(n => [n.id, n.color.background]))")
    colors = {n: mini_graph.graph["categories"][c]["color"].lower() for n, c in mini_graph.nodes(data="category")}
    assert {n for n, color in looks.items() if color.lower() == colors[n]} == lit
    details = page.locator("#cg-details")
    assert details.locator("h2").text_content() == "Serotonin"
    assert "A messenger." in details.text_content()
    assert "Also called: gelukshormoon" in details.text_content()
    # the background clears the focus
    empty = page.evaluate(
        """() => { const el = document.getElementById('cg-graph');
        const left = document.getElementById('cg-details').offsetWidth;
        for (let y = el.clientHeight - 8; y > 0; y -= 13) { for (let x = el.clientWidth - 8; x > left + 20; x -= 13) {
          const at = {x: x, y: y};
          if (cgNetwork.getNodeAt(at) === undefined && cgNetwork.getEdgeAt(at) === undefined) { return at; } } }
        return null; }"""
    )
    page.mouse.click(box["x"] + empty["x"], box["y"] + empty["y"])
    assert page.evaluate("cgNetwork.getSelectedNodes()") == []
    assert details.is_hidden()
    looks = page.evaluate("Object.fromEntries(cg.nodes.get().map(n => [n.id, n.color.background]))")
    assert all(color.lower() == colors[n] for n, color in looks.items())


def test_node_card_shows_one_row_per_claim_with_its_sources(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    page.evaluate("cg.focusNode('magnesium', true)")
    rows = page.locator("#cg-details .cg-claim")
    sentences = rows.locator(".cg-link").all_text_contents()
    claims = {(u, d["relation"], v) for u, v, d in magnesium.edges(data=True) if "magnesium" in (u, v)}
    assert len(sentences) == len(set(sentences)) == len(claims)
    assert page.locator("#cg-details h3").text_content() == f"Relations ({len(claims)})"
    twice = rows.filter(has_text="Magnesium — may promote → Sleep")  # both sources hedge it
    assert twice.count() == 1
    assert twice.locator(".cg-source").all_text_contents() == ["Hauwaerts", "Schneider"]
    twice.locator(".cg-source", has_text="Schneider").click()
    assert "Schneider" in page.locator("#cg-details .cg-cite").first.text_content()


def test_edge_details_show_evidence_and_source(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    page.evaluate("cg.focusNode('magnesium', false)")
    page.locator("#cg-details .cg-relations button", has_text="Magnesium — decreases → Cortisol").click()
    details = page.locator("#cg-details")
    assert details.locator("h2").text_content() == "Magnesium — decreases → Cortisol"
    assert details.locator(".cg-evidence").text_content() == "Magnesium lowers cortisol."
    assert "Source: First text — A. Author, published 2024-06-10" in details.text_content()
    assert "Section: Stress" in details.text_content()
    assert details.locator(".cg-badge").text_content() == "decreases"


def test_edge_evidence_follows_the_language_and_falls_back_marked(open_page, magnesium, magnesium_html, mini_html):
    page = opened_clean(open_page(magnesium_html))
    page.click("[data-lang='nl']")
    page.evaluate("cg.focusNode('adrenal_glands', false)")
    page.locator("#cg-details .cg-relations button", has_text="Bijnieren — produceert → Cortisol").click()
    dutch = next(iter(magnesium.get_edge_data("adrenal_glands", "cortisol").values()))["evidence_nl"]
    assert page.locator("#cg-details .cg-evidence").text_content() == dutch
    page.click("[data-lang='en']")
    page.evaluate("cg.focusNode('adrenal_glands', false)")
    page.locator("#cg-details .cg-relations button", has_text="Adrenal glands — produces → Cortisol").click()
    english = next(iter(magnesium.get_edge_data("adrenal_glands", "cortisol").values()))["evidence"]
    assert page.locator("#cg-details .cg-evidence").text_content() == english

    page = opened_clean(open_page(mini_html))  # evidence in English only
    page.click("[data-lang='nl']")
    page.evaluate("cg.focusNode('magnesium', false)")
    page.locator("#cg-details .cg-relations button", has_text="Magnesium — verlaagt → Cortisol").click()
    assert page.locator("#cg-details .cg-evidence").text_content() == "[en] Magnesium lowers cortisol."


def test_escape_clears_focus(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    page.evaluate("cg.focusNode('sleep', true)")
    page.keyboard.press("Escape")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == []
    assert page.locator("#cg-details").is_hidden()
    assert page.evaluate("cg.state.focus") is None


def test_keyboard_search(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "cg-search"
    page.keyboard.type("slaaphormoon")
    page.locator("#cg-search-list li").first.wait_for()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == ["melatonin"]


# ---------------------------------------------------------------- path finder


def test_path_finder_lists_the_chain_through_serotonin(open_page, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    choose(page, "#cg-from", "magnesium")
    choose(page, "#cg-to", "melatonin")
    page.click("#cg-find")
    chains = page.locator(".cg-chain-text").all_text_contents()
    assert any(c.startswith("Magnesium —") and "Serotonin" in c and c.endswith("Melatonin") for c in chains)
    assert page.evaluate("cg.state.answer.lit.nodes.has('serotonin')")
    assert page.locator(".cg-verdict .cg-badge").text_content() in {"increases", "decreases", "mixed", "unclear"}


def test_path_finder_answer_and_chain_details(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    choose(page, "#cg-from", "Mg")
    choose(page, "#cg-to", "slaap")
    assert page.input_value("#cg-from") == "Magnesium"
    assert page.input_value("#cg-to") == "Sleep"
    page.press("#cg-to", "Enter")
    result = page.locator("#cg-path-result")
    assert result.locator(".cg-verdict").text_content() == "Net effect of Magnesium on Sleep: increases"
    assert result.locator(".cg-verdict + p").text_content() == "3 increase, 0 decrease, 1 unclear"
    assert result.locator(".cg-chain-text").all_text_contents() == [
        f"Magnesium — affects → {HOSTILE['img']} — {HOSTILE['img']} → Sleep",
        "Magnesium — decreases → Cortisol — promotes → Stress — decreases → Sleep",
        "Magnesium — activates → GABA receptor — promotes → Relaxation — promotes → Sleep",
        "Magnesium — promotes → Serotonin — is converted into / affects → Melatonin — promotes → Sleep",
    ]
    result.locator(".cg-chain", has_text="Serotonin").click()
    details = page.locator("#cg-details")
    assert details.locator("h2").text_content() == "Chain: Magnesium → Serotonin → Melatonin → Sleep"
    assert details.locator(".cg-evidence").all_text_contents() == [
        "Magnesium supports serotonin.",
        "Serotonin becomes melatonin.",
        "An unsigned parallel claim.",
        "Melatonin brings sleep.",
    ]
    page.keyboard.press("Escape")  # the chain's card first, then the answer
    assert details.is_hidden() and page.evaluate("cg.state.focus") is None
    assert result.locator(".cg-chain").count() == 4
    page.keyboard.press("Escape")
    assert page.evaluate("cg.state.answer") is None
    assert result.text_content() == ""


def active(page) -> list:
    """What has the keyboard: its id, its class and, for a chain's button, which chain."""
    return page.evaluate(
        "(() => { const a = document.activeElement;"
        " return [a.id, a.className, Array.from(document.querySelectorAll('.cg-chain')).indexOf(a)]; })()"
    )


def test_escape_closes_the_card_and_gives_the_keyboard_back_to_the_search_box(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    choose(page, "#cg-from", "Mg")
    choose(page, "#cg-to", "slaap")
    page.press("#cg-to", "Enter")
    choose(page, "#cg-search", "Serotonin")
    assert page.locator("#cg-details .cg-details-title").text_content() == "Serotonin"
    page.focus("#cg-details-close")  # the keyboard in the card
    page.keyboard.press("Escape")
    assert page.locator("#cg-details").is_hidden() and active(page)[0] == "cg-search"
    assert page.locator("#cg-path-result .cg-chain").count() == 4  # the path answer stays
    choose(page, "#cg-search", "Cortisol")
    page.focus("#cg-details-close")
    page.keyboard.press("Enter")  # the card's x, by keyboard
    assert page.locator("#cg-details").is_hidden() and active(page)[0] == "cg-search"
    assert page.evaluate("cg.state.answer") is not None


def test_escape_from_a_chain_goes_back_to_its_button_and_a_second_escape_clears_the_answer(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    choose(page, "#cg-from", "Mg")
    choose(page, "#cg-to", "slaap")
    page.press("#cg-to", "Enter")
    chain = page.locator("#cg-path-result .cg-chain").nth(2)
    chain.focus()
    page.keyboard.press("Enter")
    assert chain.get_attribute("aria-pressed") == "true" and page.locator("#cg-details").is_visible()
    page.focus("#cg-details-close")
    page.keyboard.press("Escape")
    assert page.locator("#cg-details").is_hidden() and page.evaluate("cg.state.focus") is None
    assert chain.get_attribute("aria-pressed") == "false"
    assert active(page)[2] == 2  # the chain's own button has the keyboard again
    assert page.locator("#cg-path-result .cg-chain").count() == 4
    page.keyboard.press("Escape")
    assert page.evaluate("cg.state.answer") is None and page.locator("#cg-path-result").text_content() == ""
    assert active(page)[0] == "cg-find"  # not <body>: its button went with the answer


def test_escape_gives_the_keyboard_back_to_the_drawing_that_opened_the_card(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    page.locator("#cg-graph .vis-network").focus()
    page.evaluate("cg.focusNode('sleep', true)")  # as a click on the drawing does
    page.focus("#cg-details-close")
    page.keyboard.press("Escape")
    assert active(page)[1] == "vis-network"


def test_path_finder_says_when_there_is_no_path(open_page, mini_graph, mini_html, tmp_path):
    page = opened_clean(open_page(mini_html))
    choose(page, "#cg-from", "sleep")
    choose(page, "#cg-to", "magnesium")
    page.click("#cg-find")
    result = page.locator("#cg-path-result")
    assert result.locator("p").all_text_contents() == [
        "No path of at most 4 steps leads from Sleep to Magnesium.",
        "Tried: no arrow leads away from Sleep.",
        "The other way round, 4 paths lead from Magnesium to Sleep: show them",
        "Following the arrows there is none; 4 paths if directions are ignored: build with --undirected.",
    ]
    assert graph.find_paths(graph.load(write_mini(tmp_path)), "sleep", "magnesium").ignoring_direction == 4
    # the two ends stay lit, everything else dims
    assert page.evaluate("cg.nodes.get({filter: n => n.borderWidth === 3}).map(n => n.id).sort()") == [
        "magnesium",
        "sleep",
    ]
    colors = {n: mini_graph.graph["categories"][c]["color"].lower() for n, c in mini_graph.nodes(data="category")}
    backgrounds = page.evaluate("Object.fromEntries(cg.nodes.get().map(n => [n.id, n.color.background.toLowerCase()]))")
    assert {n for n in mini_graph if backgrounds[n] == colors[n]} == {"magnesium", "sleep"}
    result.locator(".cg-back button").click()
    assert page.input_value("#cg-from") == "Magnesium"
    assert len(result.locator(".cg-chain").all()) == 4
    page.fill("#cg-from", "zzz")
    page.click("#cg-find")
    assert result.text_content() == "No concept matches “zzz”."


def test_path_finder_says_what_it_tried_from_a_node_with_arrows(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    choose(page, "#cg-from", "melatonin")
    choose(page, "#cg-to", "tryptophan")
    page.click("#cg-find")
    assert page.locator("#cg-path-result p").all_text_contents() == [
        "No path of at most 4 steps leads from Melatonin to Tryptophan.",
        "Tried: every chain that follows the arrows from Melatonin, up to 4 steps; it reaches 1 other concept, "
        "Tryptophan not among them.",
        "The other way round, 1 path leads from Tryptophan to Melatonin: show it",
        "Following the arrows there is none; 1 path if directions are ignored: build with --undirected.",
    ]


def test_a_typo_gets_the_suggestions_the_command_line_gives(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    page.fill("#cg-from", "magnesum")
    choose(page, "#cg-to", "slaap")
    page.click("#cg-find")
    result = page.locator("#cg-path-result")
    assert result.locator("p").all_text_contents() == ["No concept matches “magnesum”.", "Did you mean Magnesium?"]
    result.locator(".cg-near button").click()
    assert page.input_value("#cg-from") == "Magnesium"
    assert result.locator(".cg-chain").count() == 4
    page.fill("#cg-to", "melatonn")
    page.press("#cg-to", "Enter")
    assert result.locator(".cg-near").text_content() == "Did you mean Melatonin?"


TYPOS = [
    "magnesum",
    "melatonn",
    "Melatonine",
    "serotonn",
    "slaap hormoon",
    "cortisl",
    "gaba",
    "xyz",
    "vitamine d",
    "trypofaan",
    "circadian",
    "ritme",
    "Magnsium deficency",
    "zzzz",
    "stres",
    "a",
    "body",
    "GABA-receptr",
    "Cafeïne",
]


def test_page_suggests_what_the_python_api_suggests(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    names = graph.NameIndex(magnesium)
    near = page.evaluate("(typos) => typos.map(t => cg.near(t).map(hit => hit.written))", TYPOS)
    assert near == [names.suggest(typo) for typo in TYPOS]
    assert sum(1 for found in near if found) >= 10  # most of them do find something


def _page_paths(page, pairs, max_hops=4, max_paths=20):
    return page.evaluate(
        """([pairs, opts]) => pairs.map(([a, b]) => { const r = cg.findPaths(a, b, opts);
        return {paths: r.paths.map(p => ({nodes: p.nodes, steps: p.steps.map(s => s.sign), sign: p.sign,
                                          hedged: p.hedged})),
                more: r.more, counts: r.counts, verdict: r.verdict, hedged: r.hedged}; })""",
        [pairs, {"maxHops": max_hops, "maxPaths": max_paths}],
    )


def test_path_finder_follows_the_contract_on_the_magnesium_graph(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    pairs = [[a, b] for a in magnesium for b in magnesium]
    assert _page_paths(page, pairs) == [reference_paths(magnesium, a, b) for a, b in pairs]


@pytest.mark.parametrize("name", sorted(CONTRACT_GRAPHS))
def test_path_finder_follows_the_contract_on_hand_made_graphs(open_page, tmp_path, name):
    G = CONTRACT_GRAPHS[name]
    page = opened_clean(open_page(write_html(G, tmp_path / f"{name}.html")))
    pairs = [list(p) for p in itertools.product(G, repeat=2)]
    for max_hops, max_paths in [(4, 20), (2, 3), (1, 1)]:
        expected = [reference_paths(G, a, b, max_hops, max_paths) for a, b in pairs]
        assert _page_paths(page, pairs, max_hops, max_paths) == expected, (max_hops, max_paths)


def test_contract_graphs_reach_their_corners():
    """The hand-made graphs really hold the cases they are meant to try."""
    assert reference_paths(CONTRACT_GRAPHS["many"], "s", "t")["more"] is True
    astral = reference_paths(CONTRACT_GRAPHS["astral"], "a", "t")["paths"]
    assert [p["nodes"][1] for p in astral] == ["Z", "é", "\uffff", "\U0001f600"]
    assert reference_paths(CONTRACT_GRAPHS["parallel"], "a", "d")["verdict"] == "mixed"
    hedged = CONTRACT_GRAPHS["hedged"]
    only_may = reference_paths(hedged, "b", "c")
    assert (only_may["verdict"], only_may["hedged"]) == ("decreases", True)
    said_plainly_too = reference_paths(hedged, "b", "e")  # one of the chains that decrease is unhedged
    assert (said_plainly_too["verdict"], said_plainly_too["hedged"]) == ("decreases", False)
    assert [p["hedged"] for p in said_plainly_too["paths"]] == [False, True, True]
    assert reference_paths(hedged, "a", "b")["paths"][0]["hedged"] is False  # one of its two claims is plain


# ---------------------------------------------------------------- language


def test_switch_to_dutch(open_page, magnesium, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    page.click("[data-lang='nl']")
    assert page.get_attribute("html", "lang") == "nl"
    labels = page.evaluate("Object.fromEntries(cg.nodes.get().map(n => [n.id, n.label]))")
    assert labels == {n: wrap_label(a["label_nl"]) for n, a in magnesium.nodes(data=True)}
    assert labels["melatonin"] == "Melatonine"
    legend = page.locator(".cg-cat .cg-cat-label").all_text_contents()
    assert legend == [magnesium.graph["categories"][c]["label_nl"] for c in page.evaluate("cg.data.category_order")]
    assert page.locator("#cg-find").text_content() == "Zoek"
    assert page.get_attribute("#cg-search", "placeholder").startswith("Zoek")
    page.fill("#cg-search", "melatonin")
    assert page.locator("#cg-search-list li span").first.text_content() == "Melatonine"
    page.click("[data-lang='en']")
    assert page.evaluate("cg.nodes.get('melatonin').label") == "Melatonin"


def test_page_opens_in_dutch(open_page, magnesium, tmp_path):
    page = opened_clean(open_page(write_html(magnesium, tmp_path / "nl.html", lang="nl")))
    assert page.evaluate("cg.nodes.get('melatonin').label") == "Melatonine"
    assert page.get_attribute("[data-lang='nl']", "aria-pressed") == "true"
    assert page.locator("#cg-paths-title").text_content() == "Paden zoeken"


# ---------------------------------------------------------------- hostile text


def test_hostile_text_shows_as_typed_and_runs_nothing(open_page, mini_html):
    opened = open_page(mini_html)
    page = opened.page
    assert page.title() == HOSTILE["script"]
    page.fill("#cg-search", "img src")
    page.locator("#cg-search-list li").first.wait_for()
    assert page.locator("#cg-search-list li span").first.text_content() == HOSTILE["img"]
    page.press("#cg-search", "Enter")
    details = page.locator("#cg-details")
    assert details.locator("h2").text_content() == HOSTILE["img"]
    assert details.locator(".cg-description").text_content() == HOSTILE["script"]
    assert f"Also called: {HOSTILE['quotes']}, {HOSTILE['separator']}" in details.text_content()
    assert f"In Dutch: {HOSTILE['svg']}" in details.text_content()
    assert details.locator(".cg-category").text_content() == HOSTILE["svg"]
    page.locator("#cg-details .cg-relations button", has_text="Magnesium").click()
    assert details.locator(".cg-evidence").text_content() == HOSTILE["img"] + HOSTILE["script"] + HOSTILE["separator"]
    assert f"Source: {HOSTILE['script']} — {HOSTILE['svg']}, published {HOSTILE['quotes']}" in details.text_content()
    assert f"Section: {HOSTILE['svg']}" in details.text_content()
    page.click("[data-lang='nl']")
    assert HOSTILE["img"] in page.locator(".cg-cat-label").all_text_contents()
    # hover tooltips are text too
    page.evaluate("cg.clear()")
    point = page.evaluate("cgNetwork.canvasToDOM(cgNetwork.getPosition('hostile'))")
    box = page.locator("#cg-graph").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible")
    assert tip.locator("strong").text_content() == HOSTILE["svg"]
    assert page.evaluate("document.querySelectorAll('[onerror], [onload], img, iframe, object').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 2 + len(graph.page.html.SCRIPTS)
    assert opened.problems == []


# ---------------------------------------------------------------- options, sizes, other graphs


def test_page_opens_with_a_path_lit(open_page, mini_graph, tmp_path):
    path = ["magnesium", "serotonin", "melatonin"]
    page = opened_clean(open_page(write_html(mini_graph, tmp_path / "lit.html", highlight=[path, "stress"])))
    looks = page.evaluate("Object.fromEntries(cg.nodes.get().map(n => [n.id, n.borderWidth]))")
    assert {n for n, width in looks.items() if width == 3} == {*path, "stress"}
    colors = {n: mini_graph.graph["categories"][c]["color"].lower() for n, c in mini_graph.nodes(data="category")}
    backgrounds = page.evaluate("Object.fromEntries(cg.nodes.get().map(n => [n.id, n.color.background.toLowerCase()]))")
    near_stress = set(mini_graph.predecessors("stress")) | set(mini_graph.successors("stress"))
    assert {n for n in mini_graph if backgrounds[n] == colors[n]} == {*path, "stress", *near_stress}
    lit_edges = page.evaluate("cg.edges.get({filter: e => e.width === 3}).map(e => e.id)")
    steps = {("magnesium", "serotonin"), ("serotonin", "melatonin")}
    assert lit_edges == [i for i, edge in enumerate(mini_graph.edges()) if edge in steps or "stress" in edge]
    in_view = page.evaluate(
        """(ids) => { const el = document.getElementById('cg-graph');
        return ids.every(id => { const p = cgNetwork.canvasToDOM(cgNetwork.getPosition(id));
        return p.x > 0 && p.y > 0 && p.x < el.clientWidth && p.y < el.clientHeight; }); }""",
        [*path, "stress"],
    )
    assert in_view
    page.keyboard.press("Escape")
    assert page.evaluate("cg.nodes.get({filter: n => n.borderWidth === 3}).length") == 0


def test_narrow_window_is_usable(open_page, magnesium_html):
    page = opened_clean(open_page(magnesium_html, viewport=(800, 900)))
    assert page.evaluate("document.documentElement.scrollWidth") <= 800
    assert non_white_pixels(page) > 10000
    page.click("#cg-panels")  # the side panels fold beside the graph
    for selector in ("#cg-search", "#cg-from", "#cg-to", "#cg-find", ".cg-cat >> nth=0", "[data-lang='nl']"):
        page.locator(selector).scroll_into_view_if_needed()
        assert page.locator(selector).is_visible()
    choose(page, "#cg-search", "serotonine")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == ["serotonin"]


def test_bare_edge_list(open_page, make_csv, tmp_path):
    G = graph.load(edges=make_csv("e.csv", [["source", "target"], ["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]]))
    page = opened_clean(open_page(write_html(G, tmp_path / "bare.html")))
    assert page.locator(".cg-cat .cg-cat-label").all_text_contents() == ["around a", "around c"]  # communities
    assert non_white_pixels(page) > 1000
    choose(page, "#cg-from", "a")
    choose(page, "#cg-to", "d")
    page.click("#cg-find")
    chains = page.locator(".cg-chain-text").all_text_contents()
    assert chains == ["a — related to → b — related to → c — related to → d"]


def test_large_graph_is_drawn_cheaply(open_page, mini_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(layout, "LARGE_NODES", 3)
    page = opened_clean(open_page(write_html(mini_graph, tmp_path / "large.html")))
    assert page.evaluate("cg.data.drawing") == "fast"
    options = page.evaluate("cgNetwork.renderer.options")  # vis-network keeps these with its renderer
    assert options["hideEdgesOnDrag"] is True and options["hideEdgesOnZoom"] is True
    assert page.evaluate(
        "Object.values(cgNetwork.body.edges).every(e => !e.options.smooth.enabled && !e.options.dashes)"
    )
    assert page.evaluate("document.querySelectorAll('#cg-edge-key [stroke-dasharray]').length") == 0
    assert page.evaluate("cgNetwork.body.nodes.serotonin.options.scaling.label.drawThreshold") == 9
    # a focus dims the other edges all at once and keeps its own opaque
    page.evaluate("cg.focusNode('serotonin', false)")
    opacity = "Object.fromEntries(Object.values(cgNetwork.body.edges).map(e => [e.id, e.options.color.opacity]))"
    lit = {str(i) for i, e in enumerate(mini_graph.edges()) if "serotonin" in e}
    assert {i for i, o in page.evaluate(opacity).items() if o == 1} == lit
    assert set(page.evaluate(opacity).values()) == {1, 0.12}
    page.keyboard.press("Escape")
    assert set(page.evaluate(opacity).values()) == {1}
    assert non_white_pixels(page) > 1000


#: A focus, counting what vis-network is asked to do: the nodes updated and the drawings made before it returns.
COUNTED_FOCUS = """(id) => {
  let updated = 0, drawn = 0;
  const update = cg.nodes.update.bind(cg.nodes);
  cg.nodes.update = (items) => { updated += items.length || 1; return update(items); };
  const count = () => { drawn += 1; };
  cgNetwork.on('afterDrawing', count);
  cg.focusNode(id, false);
  cgNetwork.off('afterDrawing', count);
  cg.nodes.update = update;
  return [updated, drawn];
}"""
#: The nodes as vis-network draws them now: dimmed (its colours at an opacity under 1) and the ink of their label.
AS_DRAWN = """() => Object.fromEntries(Object.values(cgNetwork.body.nodes).map((n) => {
  const v = n.getFormattingValues();
  const dim = typeof v.opacity === 'number' && v.opacity < 1;
  return [n.id, [dim, n.labelModule.fontOptions.color]];
}))"""


def test_a_large_graph_dims_in_one_drawing_updating_only_the_nodes_that_light_up(
    open_page, mini_graph, tmp_path, monkeypatch
):
    """Dimming a large graph is one network option, not an update per node (9,000 of them held a
    9k page for seconds): a focus updates the concept and its neighbours and draws once; the others
    are drawn dimmed, their labels in the dimmed ink, as a small page dims them."""
    monkeypatch.setattr(layout, "LARGE_NODES", 3)
    page = opened_clean(open_page(write_html(mini_graph, tmp_path / "large.html")))
    lit = {"serotonin"} | set(mini_graph.predecessors("serotonin")) | set(mini_graph.successors("serotonin"))
    updated, drawn = page.evaluate(COUNTED_FOCUS, "serotonin")
    assert updated <= len(lit) < mini_graph.number_of_nodes() and drawn == 1
    shown = page.evaluate(AS_DRAWN)
    assert {n for n, (dim, _) in shown.items() if dim} == set(mini_graph) - lit  # the same nodes dim as before
    inks = {n: ink for n, (_, ink) in shown.items()}
    dim_ink = "#c2c2c2"  # draw.js INK.dim (light theme)
    assert {n for n, ink in inks.items() if ink == dim_ink} == set(mini_graph) - lit
    page.keyboard.press("Escape")
    page.evaluate("cgNetwork.redraw()")
    shown = page.evaluate(AS_DRAWN)
    assert not any(dim for dim, _ in shown.values()) and dim_ink not in {ink for _, ink in shown.values()}


@pytest.mark.slow
def test_two_thousand_nodes_open_at_their_places(open_page, tmp_path):
    from bench.generate import write_folder

    G = graph.load(write_folder(tmp_path / "data", 2000, 6000))
    html = write_html(G, tmp_path / "large.html")
    page = opened_clean(open_page(html, timeout_ms=60000))
    assert page.evaluate("cg.data.drawing") == "fast"
    expected = dict(zip(G, layout.layout_plan(G)["positions"], strict=True))
    drawn = page.evaluate("cgNetwork.getPositions()")
    assert {n: [xy["x"], xy["y"]] for n, xy in drawn.items()} == expected
    assert non_white_pixels(page) > 10000
    page.evaluate("cg.focusNode(cg.data.nodes[0].id, true)")
    assert page.evaluate("cgNetwork.getSelectedNodes()") == [next(iter(G))]


def test_weights_are_drawn_as_line_width(open_page, tmp_path):
    """A Gephi-style edge list: the weight sets each line's width, the legend says so, the details show it."""
    edges = tmp_path / "weighted.csv"
    edges.write_text("Source,Target,Weight\na,b,0.5\nb,c,2\nc,a,\n", encoding="utf-8")
    page = opened_clean(open_page(write_html(graph.load(edges=edges), tmp_path / "weighted.html")))
    widths = page.evaluate("cg.edges.get().map(e => [cg.data.edges[e.id].from, cg.data.edges[e.id].to, e.width])")
    assert sorted(widths) == [["a", "b", 1.0], ["b", "c", 6.0], ["c", "a", 1.6]]  # lightest, heaviest, none
    key = page.locator("#cg-edge-key li").last
    assert key.text_content() == "thicker: more weight (0.5 to 2)"
    page.evaluate("cg.focusNode('c', false)")
    page.locator("#cg-details .cg-relations button", has_text="b — related to → c").click()
    assert page.locator("#cg-details .cg-weight").text_content() == "Weight: 2"
    page.evaluate("cg.setLang('nl')")
    assert page.locator("#cg-edge-key li").last.text_content() == "dikker: zwaarder gewicht (0,5 tot 2)"


def test_edges_without_weights_are_drawn_alike(open_page, mini_html):
    page = opened_clean(open_page(mini_html))
    assert set(page.evaluate("cg.edges.get().map(e => e.width)")) == {1.6}
    assert page.locator("#cg-edge-key li").count() == 3


# ---------------------------------------------------------------- parallel relations on a lit chain (issue 27)


def drawn_labels(page, a: str, b: str) -> list:
    """The relations vis-network draws (not blank) on the edges between ``a`` and ``b``."""
    return page.evaluate(
        """([a, b]) => Object.values(cgNetwork.body.edges)
        .filter(e => [e.fromId, e.toId].sort().join() === [a, b].sort().join())
        .filter(e => e.options.label && e.options.label.trim())
        .map(e => e.options.label)""",
        [a, b],
    )


def test_a_one_step_chain_of_two_parallel_claims_shows_one_label_joining_them(open_page, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    choose(page, "#cg-from", "Magnesium")
    choose(page, "#cg-to", "Relaxation")
    page.click("#cg-find")
    chain = page.locator(".cg-chain").first
    assert chain.locator(".cg-chain-text").text_content() == "Magnesium — may promote / promotes → Relaxation"
    chain.click()
    parallel = page.evaluate(
        "cg.data.edges.map((e, i) => [e, i]).filter(([e]) => e.from === 'magnesium' && e.to === 'relaxation').length"
    )
    assert parallel == 2  # two claims, both drawn
    labels = drawn_labels(page, "magnesium", "relaxation")
    assert labels == ["may promote / promotes"]


def test_a_relation_said_twice_between_two_concepts_is_shown_once(open_page, magnesium_html):
    page = opened_clean(open_page(magnesium_html))
    choose(page, "#cg-from", "Magnesium")
    choose(page, "#cg-to", "Muscle relaxation")
    page.click("#cg-find")
    page.locator(".cg-chain", has_text="Magnesium — promotes → Muscle relaxation").first.click()
    assert drawn_labels(page, "magnesium", "muscle_relaxation") == ["promotes"]
    page.keyboard.press("Escape")  # the chain's labels go with its lit state
    assert drawn_labels(page, "magnesium", "muscle_relaxation") == []
