"""Drawing a graph inline in a notebook, and query results as tables and DataFrames."""

from __future__ import annotations

import copy
import html
import re
import warnings
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from page_graphs import raw_payload as page_json

import graph
from conftest import HtmlParts
from graph.ask.rows import PATH_COLUMNS, STEP_COLUMNS
from graph.notebook import display as notebook

ARROW = " \u2192 "
NASTY = ['say "hi"', "a < b & c > d", "</iframe><script>alert(1)</script>", "it's <b>bold</b> &amp;"]


def packed_page(G: Any, **options: Any) -> str:
    """The page as a drawing holds it: scripts packed (graph.to_html, packed=True)."""
    return graph.to_html(G, packed=True, **options)


@pytest.fixture
def tiny(tiny_data: Path) -> nx.MultiDiGraph:
    return graph.load(tiny_data)


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return graph.load()


def iframe_of(fragment: str) -> dict[str, Any]:
    """The attributes of the one iframe of a drawing, checking the fragment holds nothing else."""
    parts = HtmlParts(fragment)
    assert parts.tags == ["div", "p", "iframe"]
    return parts.attrs[2]


def snapshot(G: nx.MultiDiGraph) -> Any:
    return (
        copy.deepcopy(G.graph),
        [(n, copy.deepcopy(attrs)) for n, attrs in G.nodes(data=True)],
        [(u, v, k, copy.deepcopy(attrs)) for u, v, k, attrs in G.edges(keys=True, data=True)],
    )


# ---------------------------------------------------------------- drawing


def test_repr_says_what_is_drawn(tiny):
    assert repr(graph.show(tiny)) == "ConceptGraph(4 nodes, 4 edges)"


@pytest.mark.parametrize(
    "edges, nodes, text",
    [([("a", "b")], [], "ConceptGraph(2 nodes, 1 edge)"), ([], ["a"], "ConceptGraph(1 node, 0 edges)")],
)
def test_repr_counts_in_the_singular(edges, nodes, text):
    G = nx.MultiDiGraph(edges)
    G.add_nodes_from(nodes)
    assert repr(graph.show(G)) == text


def test_drawing_is_one_iframe_that_runs_scripts_and_nothing_else_holding_the_page(tiny):
    iframe = iframe_of(graph.show(tiny)._repr_html_())
    assert iframe["sandbox"] == "allow-scripts"
    assert iframe["srcdoc"] == packed_page(tiny)
    assert iframe["title"] == "Concept graph"


def test_note_under_the_iframe_says_what_to_do_when_a_front_end_removes_it(tiny):
    assert HtmlParts(graph.show(tiny)._repr_html_()).texts == [notebook.NO_IFRAME_NOTE]


@pytest.mark.parametrize("nasty", NASTY)
def test_user_text_stays_inside_the_srcdoc(nasty):
    G = nx.MultiDiGraph(name=nasty)
    G.add_node("x", label=nasty, description=nasty)
    G.add_edge("x", nasty, evidence=nasty, section=nasty)
    fragment = graph.show(G)._repr_html_()
    iframe = iframe_of(fragment)
    assert iframe["srcdoc"] == packed_page(G)
    assert iframe["title"] == nasty
    assert fragment.count("</iframe>") == 1
    assert "<script" not in fragment and "<b>" not in fragment


@pytest.mark.parametrize(
    "options",
    [
        {"lang": "nl"},
        {"title": "Magnesium & slaap"},
        {"highlight": ["magnesium", "sleep"]},
        {"lang": "nl", "title": "Mg"},
    ],
)
def test_options_reach_the_page(tiny, options):
    drawing = graph.show(tiny, **options)
    assert iframe_of(drawing._repr_html_())["srcdoc"] == packed_page(tiny, **options) == drawing.to_html()


def test_highlight_takes_a_node_id_a_path_a_result_or_a_net_effect(tiny):
    result = graph.find_paths(tiny, "magnesium", "sleep")
    effect = graph.net_effect(tiny, "magnesium", "sleep")
    assert graph.show(tiny, highlight="sleep").to_html() == packed_page(tiny, highlight=["sleep"])
    assert graph.show(tiny, highlight=result.paths[1]).to_html() == packed_page(tiny, highlight=[result.paths[1]])
    assert graph.show(tiny, highlight=result).to_html() == packed_page(tiny, highlight=list(result.paths))
    assert graph.show(tiny, highlight=effect).to_html() == packed_page(tiny, highlight=list(effect.paths.paths))


@pytest.mark.parametrize(
    "height, css", [(450, "450px"), (1200000, "1200000px"), (320.5, "320.5px"), ("80vh", "80vh"), (" 30em ", "30em")]
)
def test_height_in_pixels_or_as_a_css_length(tiny, height, css):
    drawing = graph.show(tiny, height=height, width="90%")
    assert (drawing.height, drawing.width) == (css, "90%")
    assert HtmlParts(drawing._repr_html_()).attrs[0]["style"].startswith(f"position:relative;width:90%;height:{css};")


@pytest.mark.parametrize(
    "bad", [0, -10, True, None, float("inf"), float("nan"), "600", "0px", "600px;background:red", "calc(100% - 2px)"]
)
def test_a_size_the_page_cannot_use_is_refused_naming_it(tiny, bad):
    with pytest.raises(ValueError, match=re.escape("height must be a number of pixels above 0 or a CSS length")):
        graph.show(tiny, height=bad)
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        graph.show(tiny, width=bad)


def test_unknown_language_is_refused(tiny):
    with pytest.raises(ValueError, match="'fr'"):
        graph.show(tiny, lang="fr")


def test_drawing_and_saving_leave_the_graph_as_it_was(tiny, tmp_path):
    before = snapshot(tiny)
    drawing = graph.show(tiny, lang="nl", highlight=graph.net_effect(tiny, "magnesium", "sleep"), height=300)
    drawing._repr_html_()
    drawing.save(tmp_path / "g.html")
    assert snapshot(tiny) == before


def test_save_writes_the_page_and_leaves_no_temporary_file(tiny, tmp_path):
    out = tmp_path / "new" / "g.html"
    drawing = graph.show(tiny, lang="nl")
    assert drawing.save(out) == out
    assert out.read_text(encoding="utf-8") == packed_page(tiny, lang="nl")
    assert [p.name for p in out.parent.iterdir()] == ["g.html"]


def test_save_to_a_folder_is_an_output_error(tiny, tmp_path):
    with pytest.raises(graph.OutputError, match="is a folder"):
        graph.show(tiny).save(tmp_path)


def test_a_page_too_large_for_a_notebook_warns_and_says_what_to_do_instead(tiny, monkeypatch):
    size = len(html.escape(packed_page(tiny), quote=True))
    monkeypatch.setattr(notebook, "MAX_INLINE_BYTES", size)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        graph.show(tiny)
    monkeypatch.setattr(notebook, "MAX_INLINE_BYTES", size - 1)
    with pytest.warns(graph.PageSizeWarning, match=r"graph\.write_html\(G, 'output/graph\.html'\)"):
        graph.show(tiny)


@pytest.mark.browser
def test_user_text_stays_inside_the_drawing_in_a_browser(open_page, tmp_path):
    nasty = '"></iframe><script>alert(1)</script><iframe srcdoc="<script>alert(2)</script>'
    G = nx.MultiDiGraph(name=nasty)
    G.add_edge("x", "y", evidence=nasty)
    G.nodes["x"]["label"] = nasty
    cell = tmp_path / "cell.html"
    cell.write_text(f"<!DOCTYPE html><html><body>{graph.show(G)._repr_html_()}</body></html>", encoding="utf-8")
    opened = open_page(cell, wait_ready=False)
    frame = opened.page.locator("iframe").element_handle().content_frame()
    frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
    assert opened.page.locator("iframe").count() == 1
    assert frame.title() == nasty
    assert frame.evaluate("window.origin") == "null"  # sandboxed: an origin of its own
    assert opened.problems == []


# ---------------------------------------------------------------- result tables


def table(fragment: str) -> tuple[list[str], list[list[str]]]:
    rows = HtmlParts(fragment).rows
    return rows[0], rows[1:]


def chain(G: nx.MultiDiGraph, path: graph.Path) -> str:
    return ARROW.join(G.nodes[n]["label"] for n in path.nodes)


def relations(G: nx.MultiDiGraph, path: graph.Path) -> str:
    return ARROW.join(G.graph["relations"][step.relation]["label"] for step in path.steps)


def sources(path: graph.Path) -> str:
    return ", ".join(dict.fromkeys(edge.source_doc for step in path.steps for edge in step.edges if edge.source_doc))


def test_paths_table_has_a_row_per_path_with_chain_hops_effect_relations_and_sources(G):
    result = graph.find_paths(G, "magnesium", "melatonin")
    header, rows = table(result._repr_html_())
    assert header == ["#", "chain", "hops", "effect", "relations", "sources"]
    assert rows == [
        [str(n), chain(G, p), str(p.hops), p.effect, relations(G, p), sources(p)] for n, p in enumerate(result, start=1)
    ]
    assert ["Magnesium → Serotonin → Melatonin", "increases"] in [row[1:4:2] for row in rows]
    by_chain = {row[1]: row[4] for row in rows}
    assert by_chain["Magnesium → Serotonin → Melatonin"] == "increases → is converted into"
    assert HtmlParts(result._repr_html_()).texts == [
        f"{len(result)} paths from Magnesium to Melatonin (at most 4 hops)"
    ]


def test_net_effect_table_has_the_verdict_and_counts_above_the_paths(G):
    effect = graph.net_effect(G, "magnesium", "sleep")
    caption = HtmlParts(effect._repr_html_()).texts
    counts = f"{effect.increases} improving, {effect.decreases} worsening, {effect.unclear} unclear"
    more = ", more exist" if effect.paths.truncated else ""
    found = f"{len(effect.paths)} paths{more}"
    # the verdict and the counts worded for what changes in sleep (a quality), as the command line says it
    assert caption == [f"Net effect of Magnesium on Sleep: improves ({found}: {counts})"]
    assert caption == [graph.explain_effect(G, effect).removesuffix(".")]
    assert table(effect._repr_html_()) == table(effect.paths._repr_html_())


@pytest.mark.parametrize(
    ("source", "target", "verdict"),
    [("magnesium", "depression", "may lower the risk"), ("caffeine", "sleep", "link")],
)
def test_a_hedged_verdict_reads_as_the_command_line_says_it(G, source, target, verdict):
    """Issue 24: never "may decreases", and no "may" on a chain that only links (against an arrow)."""
    effect = graph.net_effect(G, source, target, max_hops=3, ignore_direction=source == "caffeine")
    assert effect.hedged
    caption = HtmlParts(effect._repr_html_()).texts[0]
    assert caption.startswith(f"Net effect of {G.nodes[source]['label']} on {G.nodes[target]['label']}: {verdict} (")
    if verdict != "link":
        assert caption == graph.explain_effect(G, effect).removesuffix(".")


def test_the_paths_table_draws_a_step_against_its_claim_backwards_and_keeps_hedges(G):
    """Issue 24: with directions ignored the chain is drawn the way each claim runs (magnesium may lower
    the risk of eyelid twitching, so "Eyelid twitching ← Magnesium"), a hedged claim reads "may ..." and
    its path's effect "may ..."; the DataFrame has the same chain and relations."""
    result = graph.find_paths(G, "caffeine", "sleep", max_hops=3, ignore_direction=True)
    _, rows = table(result._repr_html_())
    assert rows == [
        [
            "1",
            "Caffeine → Eyelid twitching ← Magnesium → Sleep",
            "3",
            "link",
            "causes → may decrease → may promote",
            "hauwaerts, schneider",
        ]
    ]
    frame = result.to_frame()
    assert list(frame["chain"]) == [rows[0][1]] and list(frame["relations"]) == [rows[0][4]]
    _, rows = table(graph.find_paths(G, "magnesium", "depression", max_hops=1)._repr_html_())
    # the effect worded for what changes in depression (a risk), as `concept-graph path` words it
    assert rows == [["1", "Magnesium → Depression", "1", "may lower the risk", "may relieve", "schneider"]]


def test_the_neighbors_table_keeps_hedges(G):
    _, rows = table(graph.neighbors(G, "serotonin")._repr_html_())
    by_target = {row[3]: row[2] for row in rows}
    assert by_target["Depression"] == "may decrease" and by_target["Melatonin"] == "is converted into"


def test_a_truncated_result_says_more_exist(G):
    result = graph.find_paths(G, "magnesium", "sleep", max_paths=2)
    assert HtmlParts(result._repr_html_()).texts == ["2 paths from Magnesium to Sleep (at most 4 hops, more exist)"]


@pytest.mark.parametrize(
    "source, target, text",
    [
        (
            "sleep",
            "magnesium",
            "No path from Sleep to Magnesium within 1 hop: no path following the arrows; "
            "1 path if directions are ignored (ignore_direction=True).",
        ),
        ("sleep", "sleep", "No path from Sleep to itself."),
    ],
)
def test_no_path_reads_as_a_sentence(G, source, target, text):
    effect = graph.net_effect(G, source, target, max_hops=1)
    assert effect.paths._repr_html_() == effect._repr_html_() == f"<p>{text}</p>"


def test_neighbors_table_has_a_row_per_claim_with_labels_and_the_ids_in_a_column(G):
    result = graph.neighbors(G, "melatonine", direction="in")
    header, rows = table(result._repr_html_())
    assert header == ["from", "sign", "relation", "to", "evidence", "source", "ids"]
    marks = {1: "+", -1: "-", 0: "?"}
    label, relation = (lambda n: G.nodes[n]["label"]), (lambda r: G.graph["relations"][r]["label"])
    assert rows == [
        [
            label(s.source),
            marks[e.sign],
            relation(e.relation),
            label(s.target),
            e.evidence,
            e.source_doc,
            f"{s.source}{ARROW}{s.target}",
        ]
        for s in result
        for e in s.edges
    ]
    assert any(row[0] == "Serotonin-to-melatonin converting enzyme" for row in rows)
    assert HtmlParts(result._repr_html_()).texts == [f"Melatonin: {len(result)} connections, incoming, 1 step"]


def test_stats_tables_show_labels_and_keep_the_ids_in_a_column(G):
    summary = graph.stats(G, top=3)
    rows = HtmlParts(summary._repr_html_()).rows
    assert ["nodes", str(summary.nodes)] in rows and ["edges", str(summary.edges)] in rows
    categories = G.graph["categories"]
    assert [[categories[c]["label"], c, str(n)] for c, n in summary.categories.items()] == [
        r for r in rows if len(r) == 3 and r[1] in summary.categories
    ]
    assert ["Physiological process or function", "process", "30"] in rows
    hubs = [[G.nodes[node]["label"], str(node), str(i + o), str(i), str(o)] for node, i, o in summary.most_connected]
    assert hubs == rows[-3:]
    assert summary.to_dict() == graph.stats(G, top=3).to_dict() and "labels" not in summary.to_dict()


@pytest.mark.parametrize("nasty", NASTY)
def test_tables_escape_every_text_from_the_data(nasty):
    G = nx.MultiDiGraph()
    G.add_edge(nasty, "b", relation=nasty, sign=1, evidence=nasty, source_doc=nasty)
    for fragment in (
        graph.find_paths(G, nasty, "b")._repr_html_(),
        graph.net_effect(G, nasty, "b")._repr_html_(),
        graph.neighbors(G, nasty)._repr_html_(),
        graph.stats(G)._repr_html_(),
    ):
        parts = HtmlParts(fragment)
        assert set(parts.tags) <= {"table", "caption", "thead", "tbody", "tr", "th", "td"}
        assert any(nasty in cell for row in parts.rows for cell in row)


# ---------------------------------------------------------------- DataFrames


def test_paths_to_frame_has_a_row_per_path(G):
    result = graph.find_paths(G, "magnesium", "sleep")
    frame = result.to_frame()
    assert tuple(frame.columns) == PATH_COLUMNS
    assert frame["nodes"].tolist() == [p.nodes for p in result]
    assert frame["chain"].tolist() == [chain(G, p) for p in result]
    assert frame[["hops", "sign", "effect"]].values.tolist() == [[p.hops, p.sign, p.effect] for p in result]
    assert set(frame[frame["effect"] == "unclear"]["chain"]) == {chain(G, p) for p in result if p.sign == 0}


def test_net_effect_to_frame_is_the_frame_of_its_paths(G):
    effect = graph.net_effect(G, "magnesium", "melatonin")
    assert effect.to_frame().equals(effect.paths.to_frame())


def test_neighbors_to_frame_holds_the_claims_as_to_pandas_edges_does(G):
    frame = graph.neighbors(G, "melatonin", direction="in").to_frame()
    edges = graph.to_pandas_edges(G)
    expected = edges[edges["target"] == "melatonin"][list(STEP_COLUMNS)]
    assert tuple(frame.columns) == STEP_COLUMNS
    assert sorted(map(tuple, frame.values.tolist())) == sorted(map(tuple, expected.values.tolist()))


def test_empty_results_give_empty_frames_with_their_columns(G):
    assert tuple(graph.find_paths(G, "sleep", "magnesium", max_hops=1).to_frame().columns) == PATH_COLUMNS
    assert graph.find_paths(G, "sleep", "magnesium", max_hops=1).to_frame().empty
    assert graph.neighbors(G, "magnesium", direction="in", relation="converts_to").to_frame().empty


def test_highlight_of_an_unknown_node_is_our_error(tiny):
    with pytest.raises(graph.NodeNotFound, match="highlight: no concept named 'zinc'"):
        graph.show(tiny, highlight="zinc")
    with pytest.raises(
        graph.NodeNotFound, match=r"highlight: no concept named 'Magnesum' \(did you mean 'magnesium'\?\)"
    ):
        graph.show(tiny, highlight="Magnesum")


def test_highlight_takes_the_names_the_query_functions_take(tiny):
    assert graph.show(tiny, highlight="Ontspanning").to_html() == graph.show(tiny, highlight="relaxation").to_html()
    assert graph.show(tiny, highlight=["Slaap", "Mg"]).to_html() == packed_page(tiny, highlight=["sleep", "magnesium"])


def test_a_path_is_a_path_and_a_list_of_names_is_a_list_of_concepts(tiny):
    chain = graph.as_path(tiny, ["Magnesium", "GABA-receptor", "Ontspanning"])
    as_path = page_json(graph.show(tiny, highlight=chain).to_html())["highlight"]
    assert as_path == {"nodes": [], "paths": [["magnesium", "gaba_receptor", "relaxation"]]}
    as_list = page_json(graph.show(tiny, highlight=["Magnesium", "GABA-receptor"]).to_html())["highlight"]
    assert as_list == {"nodes": ["magnesium", "gaba_receptor"], "paths": []}
    found = page_json(graph.show(tiny, highlight=graph.find_paths(tiny, "Mg", "slaap")).to_html())["highlight"]
    assert found["paths"] == [list(p.nodes) for p in graph.find_paths(tiny, "magnesium", "sleep")]
