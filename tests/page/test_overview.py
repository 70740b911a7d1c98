"""The page of a large graph (graph/page/overview.py, overview.js): it opens on one node per
group, opens a group or a concept's neighbourhood on demand, and searches and finds paths
over the whole graph. Checked on a generated graph of 20,000 concepts in real Chromium."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

import graph
from bench.generate import write_folder
from graph.page import overview
from graph.page.html import write_html
from graph.read.columns import GraphColumns


def _ring(count: int, **attrs: str) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for i in range(count):
        G.add_node(f"n{i}", label=f"Node {i}", **attrs)
    G.add_edges_from((f"n{i}", f"n{(i + 1) % count}", {"relation": "activates", "sign": 1}) for i in range(count))
    return G


def _data(page: str) -> dict:
    return json.loads(re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', page, re.S).group(1))


def test_the_threshold_is_ten_thousand_nodes_or_fifty_thousand_edges():
    assert not overview.is_large(GraphColumns.from_networkx(_ring(overview.OVERVIEW_NODES - 1)))
    assert overview.is_large(GraphColumns.from_networkx(_ring(overview.OVERVIEW_NODES)))
    many = nx.MultiDiGraph()
    many.add_edges_from(("a", "b") for _ in range(overview.OVERVIEW_EDGES))
    assert overview.is_large(GraphColumns.from_networkx(many))


def test_a_small_page_is_the_page_it_always_was(tmp_path: Path):
    page = graph.to_html(_ring(50))
    assert "cg-description-data" not in page and '"drawing":"full"' in page
    assert "overview.js" not in page and "cg-overview" not in page


def test_a_large_page_holds_columns_groups_and_its_details_apart():
    G = _ring(overview.OVERVIEW_NODES)
    G.nodes["n0"]["description"] = "</script><img src=x onerror=alert(1)>"
    page = graph.to_html(G)
    data = _data(page)
    assert data["drawing"] == "overview"
    assert len(data["nodes"]["id"]) == len(data["edges"]["from"]) == overview.OVERVIEW_NODES
    assert sum(data["groups"]["members"]) == overview.OVERVIEW_NODES
    assert 2 <= len(data["groups"]["label"]) < 1000  # a ring falls into arcs
    assert "description" not in data["nodes"]
    descriptions = json.loads(re.search(r'id="cg-description-data">(.*?)</script>', page, re.S).group(1))
    assert descriptions[0].startswith("</script>")  # stored as escaped data ...
    evidence = json.loads(re.search(r'id="cg-evidence-data">(.*?)</script>', page, re.S).group(1))
    assert evidence == [""] * overview.OVERVIEW_NODES
    assert "<img" not in page  # ... never as markup


def test_categories_make_the_groups_when_none_is_too_large():
    G = _ring(overview.OVERVIEW_NODES)
    for i, node in enumerate(G):
        G.nodes[node]["category"] = f"c{i % 10}"
    data, _ = overview.overview_data(GraphColumns.from_networkx(G), title="t")
    assert data["groups"]["kind"] == "category"
    assert sorted(data["groups"]["name"]) == [f"c{i}" for i in range(10)]
    assert data["groups"]["members"] == [1000] * 10


def test_groups_are_labelled_by_their_best_connected_members():
    G = _ring(overview.OVERVIEW_NODES)
    G.add_edges_from(("n5", f"n{i}") for i in range(6, 40))  # n5: a hub in its arc
    data, _ = overview.overview_data(GraphColumns.from_networkx(G), title="t")
    group = data["nodes"]["group"][5]
    assert data["groups"]["label"][group].startswith("Node 5, ")
    links = data["groups"]["links"]
    assert links and all(a < b and count >= 1 for a, b, count in links)


def test_the_same_large_graph_gives_the_same_bytes():
    G = _ring(overview.OVERVIEW_NODES)
    assert graph.to_html(G) == graph.to_html(G.copy())


# ---------------------------------------------------------------- in Chromium, on 20,000 concepts


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> tuple[Path, nx.MultiDiGraph]:
    folder = write_folder(tmp_path_factory.mktemp("g20k"), 20_000, 100_000, seed=3)
    G = graph.load(folder)
    return write_html(graph.load_for_page(folder), folder / "page.html"), G


def _uniquely_labelled(G: nx.MultiDiGraph) -> set[str]:
    labels = Counter(label.casefold() for _, label in G.nodes(data="label"))
    return {n for n, label in G.nodes(data="label") if labels[label.casefold()] == 1}


def _size_line(page) -> str:
    return page.text_content("#cg-size")


def _groups(page) -> dict:
    return page.evaluate("({label: cg.data.groups.label, members: cg.data.groups.members})")


@pytest.mark.browser
@pytest.mark.slow
def test_the_overview_opens_a_group_with_a_click(open_page, large):
    path, G = large
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    groups = _groups(page)
    assert page.evaluate("cg.nodes.length") == len(groups["label"])
    assert re.fullmatch(
        rf"showing {len(groups['label'])} groups of 20,000 concepts; click a group to open it", _size_line(page)
    )
    biggest = max(range(len(groups["members"])), key=groups["members"].__getitem__)
    point = page.evaluate("(id) => cgNetwork.canvasToDOM(cgNetwork.getPosition(id))", f"g{biggest}")
    box = page.locator("#cg-graph canvas").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    page.wait_for_function("cg.state.view.kind === 'group'")
    drawn = page.evaluate("cg.nodes.getIds()")
    assert len(drawn) == min(groups["members"][biggest], 1000)
    assert "of 20,000 concepts" in _size_line(page) and "showing group" in _size_line(page)
    assert set(page.evaluate("(ids) => ids.map((id) => cg.groupOf(id))", drawn)) == {biggest}
    page.click("#cg-overview")
    page.wait_for_function("cg.state.view.kind === 'overview'")
    assert opened.problems == []


@pytest.mark.browser
@pytest.mark.slow
def test_search_finds_a_member_from_the_overview(open_page, large):
    path, G = large
    page = open_page(path, timeout_ms=60000).page
    node = max(_uniquely_labelled(G), key=lambda n: (len(G.nodes[n]["label"]), n))  # not drawn yet
    label = G.nodes[node]["label"]
    page.fill("#cg-search", label)
    page.wait_for_selector("#cg-search-list li", state="visible")
    page.press("#cg-search", "Enter")
    page.wait_for_function("(id) => cg.nodes.get(id) !== null", arg=node)
    assert page.evaluate("cgNetwork.getSelectedNodes()") == [node]
    assert page.text_content("#cg-details .cg-details-title") == label
    drawn = set(page.evaluate("cg.nodes.getIds()"))
    assert set(G.successors(node)) | set(G.predecessors(node)) <= drawn | {node} or len(drawn) == 1001
    assert label in _size_line(page) and "of 20,000" in _size_line(page)


@pytest.mark.browser
@pytest.mark.slow
def test_the_path_finder_answers_across_groups(open_page, large):
    path, G = large
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    ids = page.evaluate("cg.data.nodes.map((n) => n.id)")
    group = dict(zip(ids, page.evaluate("(ids) => ids.map((id) => cg.groupOf(id))", ids), strict=True))
    unique = _uniquely_labelled(G)
    source = next(n for n in ids if n in unique and G.out_degree(n) >= 2)
    lengths = nx.single_source_shortest_path_length(G, source, cutoff=3)
    target = next(
        n
        for n, _ in sorted(lengths.items(), key=lambda item: (-item[1], item[0]))
        if group[n] != group[source] and n in unique
    )
    page.fill("#cg-from", G.nodes[source]["label"])
    page.wait_for_selector("#cg-from-list li", state="visible")
    page.press("#cg-from", "Enter")
    page.fill("#cg-to", G.nodes[target]["label"])
    page.wait_for_selector("#cg-to-list li", state="visible")
    page.press("#cg-to", "Enter")
    page.click("#cg-find")
    page.wait_for_function("cg.state.view.kind === 'paths'")
    chains = page.locator(".cg-chain")
    assert chains.count() >= 1
    drawn = set(page.evaluate("cg.nodes.getIds()"))
    assert {source, target} <= drawn
    first = nx.shortest_path(G, source, target)
    assert len(first) - 1 == lengths[target]
    assert {group[n] for n in drawn} >= {group[source], group[target]}
    assert page.evaluate("cg.edges.length") >= lengths[target]
    assert opened.problems == []


# ---------------------------------------------------------------- what the merge with main's page brought


def test_a_large_page_carries_both_titles_the_dutch_evidence_and_undirected_edges():
    G = nx.MultiGraph(_ring(overview.OVERVIEW_NODES), name="Sleep", name_nl="Slaap")
    for u, v, k in G.edges(keys=True):
        G.edges[u, v, k]["evidence_nl"] = f"Zin {u}"
    page = graph.to_html(G, lang="nl")
    data = _data(page)
    assert data["title"] == {"en": "Sleep", "nl": "Slaap"} and "<title>Slaap</title>" in page
    assert data["undirected"] == 1
    dutch = json.loads(re.search(r'id="cg-evidence_nl-data">(.*?)</script>', page, re.S).group(1))
    assert len(dutch) == overview.OVERVIEW_NODES and all(text.startswith("Zin n") for text in dutch)
    assert "undirected" not in overview.overview_data(GraphColumns.from_networkx(_ring(30)), title="t")[0]


def test_a_large_page_without_categories_groups_by_the_communities_a_small_page_colours():
    from graph.page.communities import community_membership

    G = nx.MultiGraph(_ring(overview.OVERVIEW_NODES))  # undirected: both pages see every edge
    G.add_edges_from((f"n{i}", f"n{(i * 7919) % overview.OVERVIEW_NODES}") for i in range(0, 10_000, 3))
    table = GraphColumns.from_networkx(G)
    data, _ = overview.overview_data(table, title="t")
    assert data["groups"]["kind"] == "community"
    assert data["nodes"]["group"].tolist() == community_membership(table.number_of_nodes(), table.neighbour_pairs())


def test_the_overview_dots_of_two_groups_do_not_overlap(large):
    path, _ = large
    groups = _data(path.read_text(encoding="utf-8"))["groups"]
    dots = list(zip(groups["x"], groups["y"], groups["size"], strict=True))
    for i, (x, y, size) in enumerate(dots):
        for x2, y2, size2 in dots[i + 1 :]:
            assert ((x - x2) ** 2 + (y - y2) ** 2) ** 0.5 >= size + size2


@pytest.mark.browser
@pytest.mark.slow
def test_the_overview_speaks_dutch_and_isolates_user_text(open_page, tmp_path: Path):
    G = nx.MultiGraph(_ring(overview.OVERVIEW_NODES), name="Sleep", name_nl="Slaap")
    G.nodes["n0"]["label"] = "\u202eevil"  # a right-to-left override in a label
    for u, v, k in G.edges(keys=True):
        G.edges[u, v, k]["evidence_nl"] = f"Zin {u}-{v}"
    path = graph.write_html(G, tmp_path / "nl.html", lang="nl")
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    assert page.title() == "Slaap" and page.text_content("#cg-title") == "Slaap"
    page.evaluate("cg.focusNode('n0', true)")
    page.wait_for_function("cg.state.view.kind === 'around'")
    assert page.locator("#cg-size bdi").first.text_content() == "\u202eevil"
    first = page.evaluate("cg.data.edges.findIndex((e) => e.from === 'n0' || e.to === 'n0')")
    page.evaluate("(e) => cg.ctx.onEdge(e)", first)
    assert "Zin n0-" in page.text_content("#cg-details")  # the Dutch evidence, on a Dutch page
    assert page.evaluate("(e) => cg.ctx.edges[e].undirected && cg.edges.get(e).arrows.to.enabled", first) is False
    assert opened.problems == []
