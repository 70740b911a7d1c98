"""GraphML, GEXF and node-link JSON: what other tools read, and what comes back through graph.load."""

from __future__ import annotations

import copy
import json
import re
import shutil
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import graph
from graph.errors import DataError, FormatError
from tests.conftest import DATA, TINY, write_csv

FILE_FORMATS = {"graphml": "g.graphml", "gexf": "g.gexf", "json": "g.json"}


@pytest.fixture
def rich_data(tmp_path: Path) -> Path:
    """The tiny data plus what exports must carry: extra columns, a parallel edge, line breaks, quotes."""
    tables = copy.deepcopy(TINY)
    tables["nodes.csv"][0].append("notes")
    for row, note in zip(
        tables["nodes.csv"][1:], ["Essential, they say", "", "‘s avonds\nrustig", 'a "quote"'], strict=True
    ):
        row.append(note)
    tables["edges.csv"][0].append("confidence")
    for row in tables["edges.csv"][1:]:
        row.append("high")
    tables["edges.csv"].append(
        ["magnesium", "gaba_receptor", "activates", "A second claim,\non two lines.", "doc2", "Slaap", ""]
    )
    folder = tmp_path / "rich"
    for name, rows in tables.items():
        write_csv(folder / name, rows)
    return folder


def snapshot(G: nx.MultiDiGraph) -> Any:
    return copy.deepcopy((dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), G.graph))


def assert_same_graph(H: nx.MultiDiGraph, G: nx.MultiDiGraph) -> None:
    assert type(H) is nx.MultiDiGraph
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert sorted(H.edges(keys=True, data=True), key=repr) == sorted(G.edges(keys=True, data=True), key=repr)
    assert H.graph == G.graph


# ---------------------------------------------------------------- back through graph.load


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_export_then_load_gives_the_same_graph(rich_data: Path, tmp_path: Path, fmt: str) -> None:
    G = graph.load(rich_data)
    assert G.number_of_edges("magnesium", "gaba_receptor") == 2
    (path,) = graph.export(G, tmp_path / FILE_FORMATS[fmt])
    assert_same_graph(graph.load(path), G)


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_magnesium_data_survives_every_format(tmp_path: Path, fmt: str) -> None:
    G = graph.load(DATA)
    (path,) = graph.export(G, tmp_path / FILE_FORMATS[fmt], fmt)
    assert_same_graph(graph.read_graph(path), G)


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_export_does_not_change_the_graph(rich_data: Path, tmp_path: Path, fmt: str) -> None:
    G = graph.load(rich_data)
    before = snapshot(G)
    graph.export(G, tmp_path / FILE_FORMATS[fmt])
    assert snapshot(G) == before


def test_a_subgraph_exports_with_its_own_nodes_and_the_whole_vocabulary(tmp_path: Path) -> None:
    G = graph.load(DATA)
    H = G.subgraph(["magnesium", "gaba_receptor", "relaxation", "sleep"])
    back = graph.read_graph(graph.write_graphml(H, tmp_path / "part.graphml"))
    assert sorted(back.nodes) == sorted(H.nodes)
    assert back.number_of_edges() == H.number_of_edges()
    assert back.graph["relations"] == G.graph["relations"]


@pytest.mark.parametrize("fmt", FILE_FORMATS)
def test_graph_files_work_as_data_for_validate_and_build(rich_data: Path, tmp_path: Path, run_cli, fmt: str) -> None:
    (path,) = graph.export(graph.load(rich_data), tmp_path / FILE_FORMATS[fmt])
    result = run_cli("validate", "--data", path)
    assert (result.exit_code, result.output) == (0, "ok: 4 nodes, 5 edges\n")
    page = tmp_path / "page.html"
    result = run_cli("build", "--data", path, "--out", page)
    assert (result.exit_code, result.output) == (0, f"wrote {page}: 4 nodes, 5 edges\n")


# ---------------------------------------------------------------- what other tools see


def test_graphml_as_networkx_reads_it(rich_data: Path, tmp_path: Path) -> None:
    G = graph.load(rich_data)
    H = nx.read_graphml(graph.write_graphml(G, tmp_path / "g.graphml"), force_multigraph=True)
    assert (H.number_of_nodes(), H.number_of_edges()) == (4, 5)
    assert H.nodes["magnesium"]["synonyms"] == "Mg|magnesiumspiegel"
    assert H.nodes["relaxation"]["notes"] == "‘s avonds\nrustig"
    assert json.loads(H.graph["categories"]) == G.graph["categories"]
    edges = {(u, v, d["networkx_key"]): d for u, v, d in H.edges(data=True)}
    assert edges["magnesium", "sleep", 0]["sign"] == -1
    assert edges["magnesium", "sleep", 0]["label"] == "inhibits"
    assert edges["magnesium", "gaba_receptor", 1]["evidence"] == "A second claim,\non two lines."


def test_graphml_edge_ids_are_unique(rich_data: Path, tmp_path: Path) -> None:
    path = graph.write_graphml(graph.load(rich_data), tmp_path / "g.graphml")
    ids = [e.get("id") for e in ET.parse(path).getroot().iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert ids == ["e0", "e1", "e2", "e3", "e4"]


def test_graphml_as_igraph_reads_it(rich_data: Path, tmp_path: Path) -> None:
    igraph = pytest.importorskip("igraph")
    G = graph.load(rich_data)
    g = igraph.Graph.Read_GraphML(str(graph.write_graphml(G, tmp_path / "g.graphml")))
    assert (g.vcount(), g.ecount(), g.is_directed()) == (4, 5, True)
    assert g.vs["id"] == list(G.nodes)
    assert g.vs["label"] == [G.nodes[n]["label"] for n in G]
    assert g.vs["synonyms"] == ["|".join(G.nodes[n]["synonyms"]) for n in G]
    ends = [(g.vs[e.source]["id"], g.vs[e.target]["id"]) for e in g.es]
    assert ends == [(u, v) for u, v in G.edges()]
    assert g.es["relation"] == [d["relation"] for _, _, d in G.edges(data=True)]
    assert g.es["sign"] == [float(d["sign"]) for _, _, d in G.edges(data=True)]  # igraph reads numbers as floats
    assert json.loads(g["relations"]) == G.graph["relations"]


def test_gexf_as_networkx_reads_it_with_colours_by_category_and_sign(rich_data: Path, tmp_path: Path) -> None:
    G = graph.load(rich_data)
    path = graph.write_gexf(G, tmp_path / "g.gexf")
    H = nx.read_gexf(path)
    assert (H.number_of_nodes(), H.number_of_edges()) == (4, 5)
    for node, attrs in H.nodes(data=True):
        colour = G.graph["categories"][G.nodes[node]["category"]]["color"]
        viz = attrs["viz"]["color"]
        assert f"#{viz['r']:02x}{viz['g']:02x}{viz['b']:02x}" == colour
        assert attrs["label"] == G.nodes[node]["label"]
    root = ET.parse(path).getroot()
    gexf, viz = "{http://www.gexf.net/1.2draft}", "{http://www.gexf.net/1.2draft/viz}"
    shapes = {n.get("id"): n.find(f"{viz}shape").get("value") for n in root.iter(f"{gexf}node")}
    assert shapes == {"magnesium": "disc", "gaba_receptor": "triangle", "relaxation": "disc", "sleep": "disc"}
    edge_colours = {
        (e.get("source"), e.get("target"), e.find(f"{viz}color").get("r")) for e in root.iter(f"{gexf}edge")
    }
    assert ("magnesium", "sleep", str(0xCC)) in edge_colours  # -1: red
    assert ("magnesium", "gaba_receptor", str(0x22)) in edge_colours  # +1: green
    assert len({e.get("id") for e in root.iter(f"{gexf}edge")}) == 5


def test_gexf_keeps_the_tables_in_its_description(rich_data: Path, tmp_path: Path) -> None:
    G = graph.load(rich_data)
    root = ET.parse(graph.write_gexf(G, tmp_path / "g.gexf")).getroot()
    text = root.find("{http://www.gexf.net/1.2draft}meta/{http://www.gexf.net/1.2draft}description").text
    assert json.loads(text) == {
        "concept_graph": {name: G.graph[name] for name in ("relations", "sources", "categories")}
    }


def test_gexf_reserved_attribute_names_survive(tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", start="morning", pid="p1")
    G.add_node("b")
    G.add_edge("a", "b", type="claim", weight=0.5, relation="promotes")
    H = graph.read_graph(graph.write_gexf(G, tmp_path / "g.gexf"))
    assert (H.nodes["a"]["start"], H.nodes["a"]["pid"]) == ("morning", "p1")
    assert (H.edges["a", "b", 0]["type"], H.edges["a", "b", 0]["weight"]) == ("claim", 0.5)


def test_node_link_json_reads_back_in_networkx_without_warnings(rich_data: Path, tmp_path: Path) -> None:
    G = graph.load(rich_data)
    data = json.loads(graph.write_node_link(G, tmp_path / "g.json").read_text(encoding="utf-8"))
    assert data["directed"] and data["multigraph"] and "links" not in data
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        H = nx.node_link_graph(data, edges="edges")
    assert_same_graph(H, G)


# ---------------------------------------------------------------- files from elsewhere


def test_a_graph_edited_in_gephi_gets_our_defaults(tmp_path: Path) -> None:
    path = tmp_path / "edited.gexf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">'
        "<meta><creator>Gephi</creator><description>my edits</description></meta>"
        '<graph defaultedgetype="directed"><attributes class="edge">'
        '<attribute id="s" title="sign" type="string"/></attributes>'
        '<nodes><node id="a" label="Alpha"><viz:color r="255" g="0" b="0"/></node><node id="b" label="Beta"/></nodes>'
        '<edges><edge id="0" source="a" target="b" weight="1.0"><attvalues><attvalue for="s" value="-1"/>'
        '</attvalues></edge><edge id="1" source="a" target="b"/></edges></graph></gexf>',
        encoding="utf-8",
    )
    G = graph.load(path)
    assert G.nodes["a"] == {
        "label": "Alpha",
        "label_nl": "Alpha",
        "category": "other",
        "description": "",
        "synonyms": [],
        "color": "#ff0000",  # the node's own colour in Gephi, kept
    }
    assert [(k, d["relation"], d["sign"], d["weight"]) for _, _, k, d in G.edges(keys=True, data=True)] == [
        (0, "related_to", -1, 1.0),
        (1, "related_to", 0, 1.0),  # no weight in GEXF: 1.0, as Gephi reads it
    ]
    assert G.graph["categories"]["other"]["color"] == "#ff0000"
    assert G.graph["relations"] == {"related_to": {"label": "related to", "label_nl": "related to", "sign": 0}}


def test_a_plain_networkx_graphml_loads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "plain.graphml"
    plain = nx.DiGraph()
    plain.add_edge("x", "y", relation="inhibits")
    nx.write_graphml(plain, path)
    G = graph.load(path)
    assert G.nodes["x"]["label"] == "x"
    # no table of relations: "inhibits" takes its sign from the built-in vocabulary
    assert G.edges["x", "y", 0] == {"relation": "inhibits", "evidence": "", "source_doc": "", "section": "", "sign": -1}


def test_old_node_link_files_with_links_are_read(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    data = {"directed": True, "multigraph": False, "graph": {}, "nodes": [{"id": 1}, {"id": 2}]}
    data["links"] = [{"source": 1, "target": 2, "sign": 1, "synonyms": "x"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    G = graph.read_graph(path)
    assert list(G.edges(keys=True)) == [("1", "2", 0)]
    assert G.edges["1", "2", 0]["sign"] == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.graphml", "<graphml><graph>", "bad.graphml:1: not well-formed XML"),
        ("bad.gexf", "not xml at all", "bad.gexf:1: not well-formed XML"),
        ("bad.json", '{"nodes": [', "bad.json:1: not valid JSON"),
        ("bad.json", "[1, 2]", "bad.json: looks like JSON of another shape (a list of 2 items); expected one of CSV"),
    ],
)
def test_unreadable_files_are_data_errors_naming_the_file(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        graph.load(path)
    assert str(caught.value).startswith(str(tmp_path / message))
    assert not graph.validate(path).ok


def test_a_bad_sign_names_the_edge(tmp_path: Path) -> None:
    plain = nx.MultiDiGraph()
    plain.add_edge("a", "b", sign="strong")
    path = tmp_path / "signs.graphml"
    nx.write_graphml(plain, path)
    with pytest.raises(
        DataError,
        match=re.escape(
            "column 'sign': edge a -> b: 'strong' is not a sign; expected 1 (increases), -1 (decreases) or 0 (unsigned)"
        ),
    ):
        graph.read_graph(path)


def test_missing_graph_file_is_reported_by_validate(tmp_path: Path, run_cli) -> None:
    missing = tmp_path / "missing.gexf"
    result = run_cli("validate", "--data", missing)
    assert result.exit_code == 1
    assert result.output == f"{missing}: file not found; expected an existing GEXF file\nerror: 1 problem in the data\n"


def test_read_graph_of_a_missing_file_says_what_its_suffix_expects(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no such file, and its name ends in none of .graphml, .gexf, .json, .gml"):
        graph.read_graph(tmp_path / "g.xyz")
    with pytest.raises(DataError, match="file not found; expected an existing GML file"):
        graph.read_graph(tmp_path / "g.gml")


def test_a_folder_named_like_a_graph_file_is_read_as_a_data_folder(tiny_data: Path, tmp_path: Path) -> None:
    folder = shutil.copytree(tiny_data, tmp_path / "odd.json")
    assert graph.load(folder).number_of_nodes() == 4


# ---------------------------------------------------------------- export() itself


def test_export_guesses_the_format_from_the_suffix_or_says_it_cannot(tiny_data: Path, tmp_path: Path) -> None:
    G = graph.load(tiny_data)
    assert graph.export(G, tmp_path / "g.GEXF")[0].read_bytes().startswith(b"<?xml")
    with pytest.raises(FormatError, match="cannot tell the format of"):
        graph.export(G, tmp_path / "g.txt")
    with pytest.raises(
        FormatError, match="unknown export format 'dot'; expected one of graphml, gexf, json, gml, kgx, csv"
    ):
        graph.export(G, tmp_path / "g.graphml", "dot")
