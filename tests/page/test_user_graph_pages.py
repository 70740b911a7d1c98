"""Pages of graphs people bring (issue 14), in Chromium: undirected edges drawn without arrowhead and
walked both ways by the path finder, and the community view of a graph without categories."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pytest
from page_graphs import find_in_page, raw_payload
from user_files import gephi_csv, networkx_edgelist

import graph
from graph.page.html import write_html

pytestmark = pytest.mark.browser


def _page(open_page, path: Path):
    opened = open_page(path)
    assert opened.problems == []
    return opened.page


def _arrows(page) -> dict[str, bool]:
    """Whether each drawn edge has an arrowhead, by "from>to"."""
    return page.evaluate(
        """() => Object.fromEntries(cg.edges.get().map(e => [e.from + '>' + e.to,
            !(e.arrows && e.arrows.to && e.arrows.to.enabled === false)]))"""
    )


_find = find_in_page


def test_an_undirected_graph_has_no_arrowheads_and_is_walked_both_ways(open_page, tmp_path: Path) -> None:
    out = tmp_path / "got.html"
    G = graph.load(edges=gephi_csv(tmp_path / "got.csv"))
    write_html(G, out)
    page = _page(open_page, out)
    assert set(_arrows(page).values()) == {False}
    # stored Tyrion -> Jaime and Sansa -> Tyrion; asked the other way round
    text = _find(page, "Jaime-Lannister", "Sansa-Stark")
    assert "Jaime-Lannister" in text and "Sansa-Stark" in text and "No path" not in text
    assert page.evaluate("cg.findPaths('Jaime-Lannister', 'Arya-Stark', {}).paths[0].nodes") == [
        "Jaime-Lannister",
        "Tyrion-Lannister",
        "Sansa-Stark",
        "Arya-Stark",
    ]


def test_a_mixed_graph_draws_arrowheads_only_on_directed_edges(open_page, tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", relation="increases", sign=1)
    G.add_edge("c", "b", relation="is_associated_with", directed=False)
    out = write_html(G, tmp_path / "mixed.html")
    page = _page(open_page, out)
    assert _arrows(page) == {"a>b": True, "c>b": False}
    assert page.evaluate("cg.findPaths('b', 'c', {}).paths.map(p => p.nodes)") == [["b", "c"]]
    assert page.evaluate("cg.findPaths('b', 'a', {}).paths.length") == 0
    text = _find(page, "b", "a")
    assert text.endswith(
        "Following the arrows there is none; 1 path if directions are ignored: build with --undirected."
    )


def test_a_graph_without_categories_shows_its_communities(open_page, tmp_path: Path, run_cli) -> None:
    edges = networkx_edgelist(tmp_path / "people.csv")
    out = tmp_path / "people.html"
    assert run_cli("build", "--edges", edges, "--undirected", "--out", out).exit_code == 0
    page = _page(open_page, out)
    assert page.locator("#cg-legend-title").text_content() == "Communities"
    legend = page.locator(".cg-cat-label").all_text_contents()
    assert legend == ["around Sansa-Stark", "around Tyrion-Lannister"]
    colours = page.evaluate("cg.nodes.get().map(n => n.color.background)")
    assert len(set(colours)) == 2
    # hiding a community hides its members only
    page.click(".cg-cat >> nth=1")
    hidden = page.evaluate("cg.nodes.get({filter: n => n.hidden}).map(n => n.id).sort()")
    assert hidden == ["Cersei-Lannister", "Jaime-Lannister", "Tyrion-Lannister"]
    page.click("#cg-lang-nl") if page.locator("#cg-lang-nl").count() else page.click("[data-lang='nl']")
    assert page.locator("#cg-legend-title").text_content() == "Gemeenschappen"
    assert page.locator(".cg-cat-label").all_text_contents() == ["rond Sansa-Stark", "rond Tyrion-Lannister"]


def test_the_most_connected_labels_show_at_the_overview_zoom_without_overlap(open_page, tmp_path: Path) -> None:
    G = nx.MultiGraph()
    for hub in range(30):  # thirty stars of twelve, joined in a ring: too wide to read every label at first
        for leaf in range(12):
            G.add_edge(f"hub {hub}", f"leaf {hub}.{leaf}")
        G.add_edge(f"hub {hub}", f"hub {(hub + 1) % 30}")
    out = write_html(G, tmp_path / "stars.html")
    page = _page(open_page, out)
    shown = page.evaluate("cg.hubLabels()")
    assert sorted(shown) == sorted(f"hub {i}" for i in range(30))  # the leaves' labels wait for the zoom
    drawn = page.evaluate(
        """(ids) => ids.map(id => { const p = cg.network.getPositions([id])[id];
           const n = cg.nodes.get(id); return [p.x, p.y, n.size, n.font.size, n.label.length]; })""",
        shown,
    )
    scale = page.evaluate("cg.network.getScale()")
    assert all(font * scale >= 9 for *_, font, _ in drawn)  # readable at the overview zoom
    boxes = [(x - n * 0.275 * font, y + size, n * 0.55 * font, 1.3 * font) for x, y, size, font, n in drawn]
    for i, (x, y, w, h) in enumerate(boxes):  # the labels' boxes as page.js reckons them: none overlaps another
        for x2, y2, w2, h2 in boxes[i + 1 :]:
            assert x + w < x2 or x2 + w2 < x or y + h < y2 or y2 + h2 < y


def test_the_community_view_is_the_same_page_every_time_and_leaves_categories_alone(tmp_path: Path) -> None:
    edges = networkx_edgelist(tmp_path / "people.csv")
    first = write_html(graph.load_for_page(edges=edges), tmp_path / "a.html").read_bytes()
    again = write_html(graph.load_for_page(edges=edges), tmp_path / "b.html").read_bytes()
    assert first == again
    data = raw_payload(first.decode("utf-8"))
    assert data["communities"] == 1 and data["hubs"][0] == 2  # Sansa-Stark, the best connected
    assert "communities" not in raw_payload(graph.to_html(graph.load()))
    assert not re.search(rb"community \d", graph.to_html(graph.load()).encode("utf-8"))
