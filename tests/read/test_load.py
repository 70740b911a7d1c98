"""Loading data folders and edge lists into a MultiDiGraph."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import graph
from conftest import TINY, write_csv


def test_data_folder_gives_a_multidigraph_with_all_attributes(tiny_data):
    G = graph.load(tiny_data)
    assert isinstance(G, nx.MultiDiGraph)
    assert list(G.nodes) == ["magnesium", "gaba_receptor", "relaxation", "sleep"]
    assert G.nodes["magnesium"] == {
        "label": "Magnesium",
        "label_nl": "Magnesium",
        "category": "mineral",
        "description": "A mineral.",
        "synonyms": ["Mg", "magnesiumspiegel"],
    }
    assert G.nodes["relaxation"]["synonyms"] == []
    edge = G.edges["magnesium", "gaba_receptor", 0]
    assert edge == {
        "relation": "activates",
        "sign": 1,
        "evidence": "Mg activates the receptor.",
        "source_doc": "doc1",
        "section": "GABA",
    }
    assert G.edges["magnesium", "sleep", 0]["sign"] == -1


def test_graph_attributes_hold_the_vocabularies(tiny_data):
    G = graph.load(tiny_data)
    assert G.graph["relations"]["inhibits"] == {"label": "inhibits", "label_nl": "remt", "sign": -1}
    assert G.graph["sources"]["doc1"] == {
        "title": "First text",
        "author": "A. Author",
        "published": "2024-06-10",
        "language": "nl",
    }
    assert G.graph["categories"]["mineral"] == {
        "label": "Mineral",
        "label_nl": "Mineraal",
        "color": "#4477aa",
        "shape": "hexagon",
    }


def test_default_data_is_the_magnesium_set():
    G = graph.load()
    assert "magnesium" in G
    assert G.number_of_edges() > 0
    assert graph.validate().ok


def test_default_prefers_data_folder_in_working_directory(tiny_data, monkeypatch):
    monkeypatch.chdir(tiny_data.parent)
    assert graph.default_data_dir().resolve() == tiny_data.resolve()
    assert graph.load().number_of_nodes() == 4


def test_default_finds_a_data_folder_whatever_the_case_of_its_files(tiny_data, monkeypatch):
    (tiny_data / "edges.csv").rename(tiny_data / "Edges.csv")
    monkeypatch.chdir(tiny_data.parent)
    assert graph.default_data_dir() == Path("data")
    assert graph.load().number_of_nodes() == 4


def test_lone_edge_list_creates_nodes_with_id_as_label(make_csv):
    path = make_csv("e.csv", [["Source", "Target", "Weight"], ["007", "b", "2.5"], ["b", "007", "1"]])
    G = graph.load(edges=path)
    assert list(G.nodes) == ["007", "b"]
    assert G.nodes["007"] == {
        "label": "007",
        "label_nl": "007",
        "category": "other",
        "description": "",
        "synonyms": [],
    }
    assert G.edges["007", "b", 0] == {
        "relation": "related_to",
        "sign": 0,
        "evidence": "",
        "source_doc": "",
        "section": "",
        "weight": 2.5,
    }
    assert G.graph["relations"] == {"related_to": {"label": "related to", "label_nl": "related to", "sign": 0}}
    assert G.graph["categories"]["other"]["color"].startswith("#")


def test_edge_list_with_node_file(make_csv):
    edges = make_csv("e.csv", [["from", "to"], ["a", "b"]])
    nodes = make_csv("n.csv", [["ID", "Label", "Colour"], ["a", "Alpha", "red"], ["b", "", ""]])
    G = graph.load(edges=edges, nodes=nodes)
    assert G.nodes["a"]["label"] == "Alpha"
    assert G.nodes["a"]["colour"] == "red"  # extra columns are kept
    assert G.nodes["b"]["label"] == "b"


def test_semicolon_bom_and_upper_case_headers(tmp_path):
    folder = tmp_path / "data"
    for name, rows in TINY.items():
        upper = [[c.upper() for c in rows[0]], *rows[1:]]
        write_csv(folder / name, upper, delimiter=";", encoding="utf-8-sig", newline="\r\n")
    G = graph.load(folder)
    assert G.number_of_nodes() == 4 and G.number_of_edges() == 4
    assert G.nodes["sleep"]["synonyms"] == ["slaap", "nachtrust"]


def test_custom_source_and_target_columns(make_csv):
    path = make_csv("e.csv", [["van", "naar"], ["a", "b"]])
    G = graph.load(edges=path, source_col="Van", target_col="naar")
    assert list(G.edges()) == [("a", "b")]


def test_parallel_edges_are_kept(make_csv):
    path = make_csv("e.csv", [["source", "target", "relation"], ["a", "b", "x"], ["a", "b", "x"], ["a", "b", "y"]])
    G = graph.load(edges=path)
    assert G.number_of_edges("a", "b") == 3


def test_edge_sign_column_overrides_the_relation(make_csv):
    path = make_csv("e.csv", [["source", "target", "sign"], ["a", "b", "-1"], ["b", "c", ""]])
    G = graph.load(edges=path)
    assert G.edges["a", "b", 0]["sign"] == -1
    assert G.edges["b", "c", 0]["sign"] == 0


def test_data_and_edges_together_is_a_value_error(tiny_data):
    with pytest.raises(ValueError, match="either a data folder or an edge list"):
        graph.load(tiny_data, edges=tiny_data / "edges.csv")


def test_loading_twice_gives_equal_graphs(tiny_data):
    first, second = graph.load(tiny_data), graph.load(tiny_data)
    assert nx.utils.graphs_equal(first, second)


def test_loaded_edges_equal_those_networkx_add_edge_makes(make_csv):
    rows = [["a", "b", "x"], ["a", "b", "y"], ["b", "a", "x"], ["a", "a", "z"], ["a", "a", "z"], ["c", "b", "x"]]
    path = make_csv("e.csv", [["source", "target", "relation", "key"], *[[*r, f"k{i}"] for i, r in enumerate(rows)]])
    G = graph.load(edges=path)
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, attrs in G.edges(data=True):
        H.add_edge(u, v, **{"relation": attrs["relation"]})
    assert list(G.edges(keys=True)) == list(H.edges(keys=True))
    assert [k for *_, k in G.edges(keys=True, data="key")] == [f"k{i}" for i in (0, 1, 3, 4, 2, 5)]
    assert G._pred["b"]["a"] is G._succ["a"]["b"]  # one key dict shared by both directions, as networkx keeps it
    assert G.number_of_edges("a", "a") == 2 and G.in_degree("a") == 3
