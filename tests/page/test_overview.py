"""The page of a large graph (graph/page/overview.py, overview.js): it opens on one node per
group, opens a group or a concept's neighbourhood on demand, and searches and finds paths
over the whole graph. Checked on a generated graph of 20,000 concepts in real Chromium."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    assert (
        page.text_content("#cg-dots-hint")
        == {  # no bundles: each dot a group
            "community": "Overview: each dot is a group of concepts that link more to each other than to the rest, "
            "in a colour of its own.",
            "category": "Overview: each dot is the concepts of one category, in its colour.",
        }[page.evaluate("cg.data.groups.kind")]
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


def test_the_overview_made_in_forked_processes_is_the_one_made_here(monkeypatch):
    """The igraph graph and the layout are made in a second process, which starts the community
    search in a third (graph.read.aside); where nothing forks, all is done here: the same data."""
    from graph.read import aside

    G = nx.MultiGraph(_ring(overview.OVERVIEW_NODES))
    G.add_edges_from((f"n{i}", f"n{(i * 7919) % overview.OVERVIEW_NODES}") for i in range(0, 10_000, 3))
    forked = overview.overview_data(GraphColumns.from_networkx(G), title="t")
    monkeypatch.setattr(aside, "can_fork", lambda: False)
    here = overview.overview_data(GraphColumns.from_networkx(G), title="t")
    assert here[0]["groups"]["kind"] == "community" and len(set(here[0]["nodes"]["group"].tolist())) > 1
    assert overview.to_json(forked[0]) == overview.to_json(here[0])


def test_parts_written_while_the_layout_runs_give_the_bytes_written_at_once():
    """The page writes the edges, texts and node columns before the layout is done, and puts
    them in the rest after (to_json's ready parts): the same bytes, whatever the labels hold."""
    G = _ring(overview.OVERVIEW_NODES)
    hostile = ["\x00", "\x000\x01", "\x001\x01", "<b>&</b>", "\u2028", "0", '"\\x00"']
    for i, label in enumerate(hostile):
        G.nodes[f"n{i}"]["label"] = label
        G.add_edge(f"n{i}", f"n{i + 1}", relation="increases", evidence=label)
    data, _, rest = overview.overview_parts(GraphColumns.from_networkx(G), title="<\x00>")
    ready = {key: overview.to_json(data[key]) for key in ("edges", "texts")}
    ready["nodes"] = {key: overview.to_json(column) for key, column in data["nodes"].items()}
    rest()
    assert overview.to_json(data, ready) == overview.to_json(data)
    assert json.loads(overview.to_json(data, ready))["nodes"]["label"][:3] == hostile[:3]


_LEAVES = st.one_of(
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
    st.booleans(),
    st.sampled_from(["", "a", "<", ">", "&", "\u2028", "\u2029", "x<y", "é"]),
    st.lists(st.integers(0, 300), max_size=5).map(lambda xs: np.array(xs, dtype=np.int64)),
    st.lists(st.floats(allow_nan=True, allow_infinity=False, width=32), max_size=5).map(np.array),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.recursive(
        _LEAVES,
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.sampled_from(["from", "to", "weight_range", "<k>", "a&b", "x"]), inner, max_size=4)
        ),
        max_leaves=12,
    )
)
def test_only_what_holds_no_text_is_written_unescaped(value):
    """The edges' columns (numbers only) skip the search for characters to escape; anything that
    holds a text, or a key with such a character, is escaped as the small page escapes it."""
    from graph.page.payload import script_json_bytes

    assert overview.to_json(value) == script_json_bytes(overview._plain(value))


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.dictionaries(st.sampled_from(["edges", "groups", "nodes", "<k>", "a", "z"]), _LEAVES, max_size=5),
    st.sets(st.sampled_from(["edges", "groups", "nodes", "a", "zz"]), max_size=3),
    st.dictionaries(st.sampled_from(["edges", "groups", "nodes", "a", "z"]), _LEAVES, max_size=3),
    st.sets(st.sampled_from(["edges", "nodes", "<k>", "a", "z"]), max_size=3),
)
def test_the_two_halves_of_a_page_s_data_are_its_json(value, later, added, written):
    """A large page writes its data's keys before the first of LATER_KEYS while the layout runs and
    the others once it is done (added or changed meanwhile): joined, the JSON of the data then."""
    ready = {key: overview.to_json(value[key]) for key in written if key in value}
    first, second = overview.json_halves(value, ready, later)
    cut = min([key for key in {*value, *later} if key in later], default=None)
    for key, item in added.items():
        if cut is not None and key >= cut and key not in ready:  # what comes after the first half, not written yet
            value[key] = item
    assert b"".join(first + second()) == overview.to_json(value)


def test_most_of_a_large_page_is_in_its_file_before_the_layout_is_waited_for(tmp_path: Path, monkeypatch):
    """write_html writes the data that does not wait for the layout (the edges: most of a large
    page's data) to its temporary file before it waits for the layout and the communities."""
    import io

    from graph.page import html

    G = _ring(overview.OVERVIEW_NODES)
    seen: list[int] = []
    parts = overview.overview_parts

    def watched(*args, **kwargs):
        data, details, rest = parts(*args, **kwargs)

        def watching_rest() -> None:
            seen.extend(p.stat().st_size for p in tmp_path.glob(".ring.html.*.tmp"))
            rest()

        return data, details, watching_rest

    monkeypatch.setattr(html, "overview_parts", watched)
    page = write_html(G, tmp_path / "ring.html")
    written = page.read_bytes()
    assert written.decode("utf-8") == graph.to_html(G)
    # everything up to the groups (the first key that waits) was in the file, but for what a
    # write buffer may still hold; the edges' columns are in it
    waits = written.index(b',"groups":')
    assert written.index(b'"edges":{"from":') < waits
    assert len(seen) == 1 and seen[0] >= waits - io.DEFAULT_BUFFER_SIZE


def test_the_layout_started_while_the_edges_are_read_gives_the_page_started_later(tmp_path: Path, monkeypatch):
    """`build` starts a large edge list's layout and communities as soon as its ends are numbered
    (load_for_page's start); the page waits for that work instead of starting it again: the same page."""
    from graph.page import layout
    from graph.page.html import to_html
    from graph.read import aside, csvfile
    from graph.read.columns import GraphColumns

    monkeypatch.setattr(layout, "MAX_COMPUTED", 20)  # small, but taken for a large graph read by pandas
    monkeypatch.setattr(overview, "OVERVIEW_NODES", 10)
    monkeypatch.setattr(csvfile, "QUICK_FROM", 0)
    rows = [f"n{i},n{(i + 1) % 60},increases" for i in range(60)] + [f"n{i},n{(i * 7) % 60},causes" for i in range(60)]
    edges = tmp_path / "edges.csv"
    edges.write_text("source,target,relation\n" + "\n".join(rows) + "\n", encoding="utf-8")
    late = graph.load_for_page(edges=edges)
    early = graph.load_for_page(edges=edges, start=overview.start_layout)
    assert late.started is None and (early.started is not None) is aside.can_fork()
    started_again = []
    monkeypatch.setattr(overview, "run_aside", lambda *args: started_again.append(args) or args[0])
    page = to_html(early, title="T")
    assert not started_again if aside.can_fork() else started_again
    assert page == to_html(late, title="T") == to_html(GraphColumns.from_networkx(graph.load(edges=edges)), title="T")
    assert started_again  # the page started the late one's layout itself
    # a table whose ends are not those the work started from starts its own
    other = graph.load_for_page(edges=edges)
    other.started = early.started
    started_again.clear()
    assert to_html(other, title="T") == page and started_again


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


# ---------------------------------------------------------------- a hub's details, the path finder's answer


def _claims_of(G: nx.MultiDiGraph, node: str) -> Counter:
    """The node's claims as its details panel writes them ("A — relation → B"), each with how many edges state it."""
    relations = G.graph.get("relations", {})

    def sentence(u: str, relation: str, v: str) -> str:
        name = relations.get(relation, {}).get("label") or relation.replace("_", " ")
        return f"{G.nodes[u]['label']} \u2014 {name} \u2192 {G.nodes[v]['label']}"

    return Counter(sentence(u, r, v) for u, v, r in G.edges(data="relation") if node in (u, v))


LINES = "#cg-details .cg-relations > li"


def _relation_lines(page) -> list[dict]:
    """Each line of the details panel's relations: its sentence and how many sources it says state it."""
    return page.evaluate(
        """(lines) => Array.from(document.querySelectorAll(lines), (li) => {
          const more = li.querySelector('.cg-more-sources');
          return {
            sentence: li.querySelector('button').textContent,
            tags: li.querySelectorAll('.cg-source:not(.cg-more-sources)').length,
            more: more ? more.textContent : null,
          };
        })""",
        LINES,
    )


@pytest.mark.browser
@pytest.mark.slow
def test_a_hub_lists_its_strongest_relations_and_all_of_them_on_request(open_page, large):
    path, G = large
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    hub = max(_uniquely_labelled(G), key=lambda n: (G.degree(n), n))
    claims = _claims_of(G, hub)
    total = len(claims)
    assert total > 1000 and G.degree(hub) > total  # a hub, some of whose claims are stated many times
    page.fill("#cg-search", G.nodes[hub]["label"])
    page.wait_for_selector("#cg-search-list li", state="visible")
    page.press("#cg-search", "Enter")
    page.wait_for_selector("#cg-details .cg-relations")
    assert page.text_content("#cg-details .cg-details-title") == G.nodes[hub]["label"]
    assert page.text_content("#cg-details h3") == f"Relations ({total:,})"

    # the 50 stated most often come first, each with at most 10 source tags and a button for the rest
    lines = _relation_lines(page)
    assert len(lines) == 50
    stated = [line["tags"] + (int(line["more"].lstrip("+").replace(",", "")) if line["more"] else 0) for line in lines]
    assert stated == sorted(claims.values(), reverse=True)[:50]
    assert all(line["tags"] == min(10, claims[line["sentence"]]) for line in lines)
    assert all((line["more"] is None) == (claims[line["sentence"]] <= 10) for line in lines)
    assert lines[0]["sentence"] == claims.most_common(1)[0][0]
    assert page.text_content(".cg-more-relations .cg-muted").strip() == f"50 of {total:,} shown, the strongest first."

    # a line's "+N" tags every source of its claim
    first = page.locator(LINES).first
    first.locator(".cg-more-sources").click()
    assert first.locator(".cg-source").count() == claims.most_common(1)[0][1]
    assert first.locator(".cg-more-sources").count() == 0

    # in Dutch, then every relation on request
    page.click("[data-lang='nl']")
    dutch = f"{total:,}".replace(",", ".")
    assert page.text_content("#cg-details h3") == f"Relaties ({dutch})"
    assert page.text_content(".cg-more-relations .cg-muted").strip() == f"50 van {dutch} getoond, de sterkste eerst."
    show_all = page.get_by_role("button", name=f"Toon alle {dutch}")
    show_all.click()
    page.wait_for_function(f"() => document.querySelectorAll('{LINES}').length === {total}")
    assert page.locator(".cg-more-relations").count() == 0
    assert page.evaluate(f"document.activeElement.closest('li') === document.querySelectorAll('{LINES}')[50]")
    page.click("[data-lang='en']")  # the whole list stays listed in the other language
    page.wait_for_function(f"() => document.querySelectorAll('{LINES}').length === {total}")
    assert Counter(line["sentence"] for line in _relation_lines(page)) == Counter(claims.keys())
    assert opened.problems == []


@pytest.mark.browser
@pytest.mark.slow
def test_a_focus_redraws_only_what_it_lights_or_dims(open_page, large):
    path, G = large
    page = open_page(path, timeout_ms=60000).page
    biggest = page.evaluate("cg.data.groups.members.indexOf(Math.max.apply(null, cg.data.groups.members))")
    page.evaluate("(g) => cg.openGroup(g)", biggest)
    drawn = set(page.evaluate("cg.nodes.getIds()"))
    node = max(drawn, key=lambda n: (sum(m in drawn for m in nx.all_neighbors(G, n)), n))
    near = set(nx.all_neighbors(G, node)) & drawn
    touching = set(page.evaluate("(id) => cg.edges.getIds({filter: (e) => e.from === id || e.to === id})", node))
    assert near and touching
    page.evaluate(
        """() => { window.changed = {nodes: new Set(), edges: new Set()};
          cg.nodes.on('update', (_, p) => p.items.forEach((id) => changed.nodes.add(id)));
          cg.edges.on('update', (_, p) => p.items.forEach((id) => changed.edges.add(id))); }"""
    )
    changed = "() => ({nodes: Array.from(changed.nodes), edges: Array.from(changed.edges)})"
    page.evaluate("(id) => cg.focusNode(id, false)", node)
    after = page.evaluate(changed)
    assert set(after["edges"]) == touching  # lit; the others dim with the network's own edge opacity
    assert min(page.evaluate("(ids) => ids.map((e) => cg.edges.get(e).width)", sorted(touching))) >= 3
    assert set(after["nodes"]) == drawn - near  # the concept lit, the unrelated dimmed, its neighbours as they were
    page.evaluate("() => { changed.nodes.clear(); changed.edges.clear(); cg.clear(); }")
    after = page.evaluate(changed)
    assert set(after["edges"]) == touching and set(after["nodes"]) == drawn - near
    assert page.is_hidden("#cg-details")


@pytest.mark.browser
@pytest.mark.slow
def test_no_path_says_how_far_the_arrows_lead(open_page, large):
    path, G = large
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    unique = _uniquely_labelled(G)
    source = min(n for n in unique if G.out_degree(n) >= 2)
    reached = nx.single_source_shortest_path_length(G, source, cutoff=4)
    target = min(n for n in unique if n not in reached)
    page.fill("#cg-from", G.nodes[source]["label"])
    page.fill("#cg-to", G.nodes[target]["label"])
    page.click("#cg-find")
    page.wait_for_selector("#cg-path-result .cg-tried")
    text = page.text_content("#cg-path-result")
    assert f"No path of at most 4 steps leads from {G.nodes[source]['label']} to {G.nodes[target]['label']}." in text
    assert f"it reaches {len(reached) - 1} other concepts, {G.nodes[target]['label']} not among them." in text
    back = nx.single_source_shortest_path_length(G, target, cutoff=4)
    assert (page.locator("#cg-path-result .cg-back").count() == 1) == (source in back)
    assert set(page.evaluate("cg.nodes.getIds()")) == {source, target}
    assert opened.problems == []


@pytest.mark.browser
@pytest.mark.slow
def test_no_path_says_how_many_paths_there_are_if_directions_are_ignored(open_page, large):
    path, G = large
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    unique = _uniquely_labelled(G)
    both = G.to_undirected(as_view=True)

    def against_the_arrows(source: str) -> list[str]:  # near without direction, out of reach along the arrows
        reached = nx.single_source_shortest_path_length(G, source, cutoff=4)
        return sorted(
            n for n in nx.single_source_shortest_path_length(both, source, 2) if n in unique and n not in reached
        )

    source = next(n for n in sorted(unique) if against_the_arrows(n))
    target = against_the_arrows(source)[0]
    ignoring = graph.find_paths(G, source, target).ignoring_direction
    assert ignoring and target not in nx.single_source_shortest_path_length(G, source, cutoff=4)
    page.fill("#cg-from", G.nodes[source]["label"])
    page.fill("#cg-to", G.nodes[target]["label"])
    page.click("#cg-find")
    page.wait_for_selector("#cg-path-result .cg-any-way")
    count = "more than 20" if ignoring > 20 else str(ignoring)
    paths = "1 path" if ignoring == 1 else f"{count} paths"
    assert page.text_content("#cg-path-result .cg-any-way") == (
        f"Following the arrows there is none; {paths} if directions are ignored: build with --undirected."
    )
    assert opened.problems == []


def test_the_rules_for_a_hubs_long_list_go_in_every_page():
    # a hub's card lists its strongest relations first on small pages too (issue 27)
    small = graph.to_html(nx.MultiDiGraph(_ring(30)))
    large = graph.to_html(nx.MultiDiGraph(_ring(overview.OVERVIEW_NODES)))
    assert ".cg-relations.cg-long" in small
    assert ".cg-relations.cg-long" in large


@pytest.mark.browser
@pytest.mark.slow
def test_the_neighbours_a_search_draws_are_painted(open_page, large):
    # vis-network skips a node whose bounding box is not known yet: one drawing after the nodes
    # are added must still paint every one of them, not only their edges
    path, G = large
    page = open_page(path, timeout_ms=60000).page
    node = max(_uniquely_labelled(G), key=lambda n: (G.degree(n), n))
    page.fill("#cg-search", G.nodes[node]["label"])
    page.press("#cg-search", "Enter")
    page.wait_for_function("(id) => cg.nodes.get(id) !== null", arg=node)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))")
    painted = page.evaluate(
        """(id) => {
          const canvas = document.querySelector('#cg-graph canvas') || document.querySelector('canvas');
          const context = canvas.getContext('2d');
          const ratio = canvas.width / canvas.clientWidth;
          return cg.nodes.getIds().filter((other) => other !== id).map((other) => {
            const at = cgNetwork.canvasToDOM(cgNetwork.getPosition(other));
            const inside = at.x > 2 && at.y > 2 && at.x < canvas.clientWidth - 2 && at.y < canvas.clientHeight - 2;
            if (!inside) { return null; }
            const [r, g, b, a] = context.getImageData(Math.round(at.x * ratio), Math.round(at.y * ratio), 1, 1).data;
            return a > 0 && (r < 245 || g < 245 || b < 245);
          }).filter((seen) => seen !== null);
        }""",
        node,
    )
    assert painted and all(painted), f"{painted.count(False)} of {len(painted)} neighbours not painted"


# ---------------------------------------------------------------- many groups: bundles; dots laid out by their links


def _parts_graph(giant: int, pairs: int) -> nx.MultiGraph:
    """One connected part of ``giant`` concepts (a preferential-attachment graph, as networkx
    makes one) beside ``pairs`` parts of two concepts: the shape of many knowledge graphs."""
    G = nx.MultiGraph(nx.relabel_nodes(nx.barabasi_albert_graph(giant, 2, seed=1), lambda i: f"n{i}"))
    G.add_edges_from((f"a{i}", f"b{i}") for i in range(pairs))
    return G


def test_a_graph_of_few_groups_keeps_a_dot_for_each():
    group = np.repeat(np.arange(overview.MAX_DOTS), 3)
    dot, parts = overview.bundled(group)
    assert dot is group and parts.tolist() == [1] * overview.MAX_DOTS


def test_many_groups_are_bundled_into_at_most_max_dots():
    rng = np.random.default_rng(1)
    sizes = np.concatenate((rng.integers(200, 3000, 40), np.full(3000, 2), np.ones(500, dtype=np.int64)))
    group = np.repeat(np.arange(len(sizes)), sizes)
    dot, parts = overview.bundled(group)
    members = np.bincount(dot)
    assert len(parts) <= overview.MAX_DOTS and parts.sum() == len(sizes) and members.sum() == len(group)
    # the 40 large groups keep their dots, in their order; the 3,500 small ones share the rest
    assert parts[:40].tolist() == [1] * 40 and members[:40].tolist() == sizes[:40].tolist()
    assert parts[40:].sum() == 3500 and members[40:].max() <= 2 * overview.BUNDLE_MEMBERS
    # every group's concepts stay together in one dot
    assert all(len(set(dot[group == g].tolist())) == 1 for g in (0, 39, 40, 1000, 3539))


def test_a_graph_of_more_communities_than_dots_opens_on_at_most_max_dots():
    G = nx.MultiGraph()
    cliques = 2 * overview.MAX_DOTS
    for c in range(cliques):  # small cliques, each a community of its own
        G.add_edges_from((f"c{c}-{i}", f"c{c}-{j}") for i in range(6) for j in range(i + 1, 6))
    data, _ = overview.overview_data(GraphColumns.from_networkx(G), title="t")
    groups = data["groups"]
    assert groups["kind"] == "community" and len(groups["label"]) <= overview.MAX_DOTS
    assert sum(groups["parts"]) > overview.MAX_DOTS and sum(groups["members"]) == 6 * cliques
    assert max(data["nodes"]["group"]) == len(groups["label"]) - 1


def test_the_dots_of_a_connected_part_spread_out_beside_bundles_of_small_parts():
    G = _parts_graph(6000, 3000)
    data, _ = overview.overview_data(GraphColumns.from_networkx(G), title="t")
    groups = data["groups"]
    x, y, parts = np.array(groups["x"]), np.array(groups["y"]), np.array(groups["parts"])
    bundles, own = parts > 1, parts == 1
    assert bundles.any() and own.sum() >= 10 and len(parts) <= overview.MAX_DOTS
    assert {groups["members"][i] for i in np.flatnonzero(bundles)} <= set(range(2, 2 * overview.BUNDLE_MEMBERS + 1))
    # the groups of the connected part take as much width as the rows of bundles below them
    assert np.ptp(x[own]) >= 0.5 * np.ptp(x) and y[bundles].min() > y[own].max()
    linked = {a for a, b, _ in groups["links"]} | {b for a, b, _ in groups["links"]}
    assert not linked & set(np.flatnonzero(bundles).tolist())


@pytest.mark.browser
@pytest.mark.slow
def test_a_bundle_of_small_groups_is_named_so_and_opens_like_a_group(open_page, tmp_path: Path):
    path = graph.write_html(_parts_graph(6000, 3000), tmp_path / "parts.html")
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    groups = page.evaluate("({parts: cg.data.groups.parts, members: cg.data.groups.members})")
    bundle = groups["parts"].index(max(groups["parts"]))
    assert page.evaluate("cg.nodes.length") == len(groups["parts"]) <= overview.MAX_DOTS
    name = page.evaluate("(id) => cg.nodes.get(id).label", f"g{bundle}")
    assert name.split("\n") == [
        f"{groups['parts'][bundle]:,} smaller groups",
        f"{groups['members'][bundle]:,} concepts",
    ]
    page.evaluate("(g) => cg.openGroup(g)", bundle)
    page.wait_for_function("cg.state.view.kind === 'group'")
    drawn = page.evaluate("cg.nodes.getIds()")
    assert len(drawn) == min(groups["members"][bundle], 1000)
    assert all(node[0] in "ab" for node in drawn)  # concepts of the small parts only
    assert f"showing group \u201c{groups['parts'][bundle]:,} smaller groups\u201d" in _size_line(page)
    assert page.text_content("#cg-dots-hint") == (
        "Overview: each dot is a group of concepts that link more to each other than to the rest, "
        "in a colour of its own. Grey dots bundle smaller groups."
    )
    page.click("button[data-lang='nl']")
    page.click("#cg-overview")
    page.wait_for_function("cg.state.view.kind === 'overview'")
    dutch = page.evaluate("(id) => cg.nodes.get(id).label", f"g{bundle}")
    assert dutch.startswith(f"{groups['parts'][bundle]:,} kleinere groepen".replace(",", "."))
    assert page.text_content("#cg-dots-hint").endswith("Grijze stippen bundelen kleinere groepen.")
    assert opened.problems == []


def test_many_small_categories_keep_their_names_and_the_rest_are_bundled():
    G = nx.MultiDiGraph()
    for i in range(12_000):
        G.add_node(f"n{i}", category=f"c{i % 400}")
    G.add_edges_from((f"n{i}", f"n{(i * 7 + 1) % 12_000}") for i in range(12_000))
    groups = overview.overview_data(GraphColumns.from_networkx(G), title="t")[0]["groups"]
    assert groups["kind"] == "category" and len(groups["parts"]) <= overview.MAX_DOTS and sum(groups["parts"]) == 400
    own = [name for name, parts in zip(groups["name"], groups["parts"], strict=True) if parts == 1]
    assert len(own) == overview.MAX_OWN and own == sorted(own)  # in the order of the categories (by name here)
    assert all(name == "" for name, parts in zip(groups["name"], groups["parts"], strict=True) if parts > 1)


def test_parts_of_two_make_bundles_in_rows_without_links():
    G = nx.MultiDiGraph()
    G.add_edges_from((f"a{i}", f"b{i}") for i in range(6_000))
    groups = overview.overview_data(GraphColumns.from_networkx(G), title="t")[0]["groups"]
    assert groups["parts"] == [500] * 12 and groups["members"] == [1000] * 12 and groups["links"] == []
    assert len(set(zip(groups["x"], groups["y"], strict=True))) == 12  # each dot a place of its own


# ---------------------------------------------------------------- Escape (issue 27)


def _choose(page, selector: str, text: str) -> None:
    page.fill(selector, text)
    page.wait_for_selector(f"#{page.get_attribute(selector, 'aria-controls')} li", state="visible")
    page.press(selector, "Enter")


@pytest.mark.browser
def test_escape_on_an_overview_closes_the_card_then_the_answer_and_gives_the_keyboard_back(open_page, tmp_path):
    path = graph.write_html(_ring(overview.OVERVIEW_NODES), tmp_path / "ring.html")
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    _choose(page, "#cg-from", "Node 10")
    _choose(page, "#cg-to", "Node 12")
    page.click("#cg-find")
    chain = page.locator("#cg-path-result .cg-chain").first
    chain.focus()
    page.keyboard.press("Enter")
    assert page.locator("#cg-details").is_visible() and chain.get_attribute("aria-pressed") == "true"
    page.focus("#cg-details-close")
    page.keyboard.press("Escape")
    assert page.locator("#cg-details").is_hidden() and chain.get_attribute("aria-pressed") == "false"
    assert page.evaluate("document.activeElement.classList.contains('cg-chain')")
    assert page.evaluate("cg.state.answer.result.paths.length") == 1  # the answer stays
    _choose(page, "#cg-search", "Node 7")
    assert page.text_content("#cg-details .cg-details-title") == "Node 7"
    page.focus("#cg-details-close")
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.id") == "cg-search"
    page.keyboard.press("Escape")
    assert page.evaluate("cg.state.answer") is None and page.text_content("#cg-path-result") == ""
    assert opened.problems == []


@pytest.mark.browser
def test_parallel_claims_on_a_lit_chain_of_an_overview_share_one_label(open_page, tmp_path):
    G = _ring(overview.OVERVIEW_NODES)
    G.add_edge("n10", "n11", relation="inhibits", sign=-1)
    G.add_edge("n10", "n11", relation="activates", sign=1)  # the same relation again
    path = graph.write_html(G, tmp_path / "ring.html")
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    _choose(page, "#cg-from", "Node 10")
    _choose(page, "#cg-to", "Node 11")
    page.click("#cg-find")
    page.locator("#cg-path-result .cg-chain").first.click()
    labels = page.evaluate(
        "cg.edges.get({filter: (e) => e.from === 'n10' && e.to === 'n11'}).map((e) => e.label.trim())"
    )
    # the two "activates" (of one sign) are drawn as one line, "inhibits" as another; one label for the pair
    assert sorted(labels) == ["", "activates / inhibits"]
    # each of the two, chosen (as from a card), is drawn and selected on its own
    both = page.evaluate(
        """cg.data.edges.map((e, i) => [e, i])
          .filter(([e]) => e.from === 'n10' && e.to === 'n11' && e.relation === 'activates').map(([, i]) => i)"""
    )
    assert len(both) == 2
    for edge in both:
        page.evaluate("(e) => cg.ctx.onEdge(e)", edge)
        assert page.evaluate("cgNetwork.getSelectedEdges()") == [edge]
        assert page.evaluate("(e) => cg.edges.get(e).width", edge) >= 3  # lit
    assert opened.problems == []


@pytest.mark.parametrize("cells", [0, 1 << 20])
def test_the_links_between_groups_are_counted_alike_by_either_way(monkeypatch, cells):
    # a count per pair of groups in an array (few groups) or by sorting (many): the same answer
    import random
    from collections import Counter

    import numpy as np

    from graph.page import overview

    monkeypatch.setattr(overview, "_CELLS", cells)
    rng = random.Random(4)
    group = np.array([rng.randrange(7) for _ in range(300)])
    ends = (np.array([rng.randrange(300) for _ in range(2000)]), np.array([rng.randrange(300) for _ in range(2000)]))
    pairs, weight = overview._pairs(group, ends, 7)
    expected = Counter(
        (min(group[a], group[b]), max(group[a], group[b]))
        for a, b in zip(ends[0].tolist(), ends[1].tolist(), strict=True)
        if group[a] != group[b]
    )
    assert [tuple(p) for p in pairs.tolist()] == sorted(expected)
    assert weight.tolist() == [expected[p] for p in sorted(expected)]


@pytest.mark.browser
def test_an_overview_draws_weights_as_line_widths_it_works_out_itself(open_page, tmp_path):
    """A Gephi-style weighted edge list of 10,000 concepts: the page holds the weights and the
    three widths, not a width per edge, and draws the heaviest edge 6 px wide, the lightest 1 px,
    one between in proportion, and one without a weight at the plain width."""
    rows = ["Source,Target,Type,Weight"]
    rows += [f"n{i},n{(i + 1) % overview.OVERVIEW_NODES},Directed,1.0" for i in range(overview.OVERVIEW_NODES)]
    rows += ["hub,n1,Directed,0.5", "hub,n2,Directed,2.5", "hub,n3,Directed,1.5", "hub,n4,Directed,"]
    edges = tmp_path / "weighted.csv"
    edges.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    path = write_html(graph.load_for_page(edges=edges), tmp_path / "weighted.html")
    data = _data(path.read_text(encoding="utf-8"))
    assert data["drawing"] == "overview" and "width" not in data["edges"]
    assert data["edges"]["widths"] == [1.0, 6.0, 1.6] and data["edges"]["weight_range"] == [0.5, 2.5]
    opened = open_page(path, timeout_ms=60000)
    page = opened.page
    page.fill("#cg-search", "hub")
    page.press("#cg-search", "Enter")
    page.wait_for_function("() => cg.nodes.get('hub') !== null")
    widths = page.evaluate(
        """() => Object.fromEntries(cg.edges.get({filter: (e) => e.from === 'hub'})
             .map((e) => [e.to, cg.data.edges[e.id].width]))"""
    )
    assert widths == {"n1": 1.0, "n2": 6.0, "n3": 3.5, "n4": 1.6}
    drawn = page.evaluate(
        "() => Object.fromEntries(cg.edges.get({filter: (e) => e.from === 'hub'}).map((e) => [e.to, e.width]))"
    )
    assert drawn["n2"] == 6.0 and drawn["n2"] > drawn["n3"] > drawn["n1"]  # as drawn (lit: 3 px at least)
    assert opened.problems == []
