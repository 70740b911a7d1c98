"""Nodes and edges as pandas DataFrames, and back."""

from __future__ import annotations

import copy

import networkx as nx
import pandas as pd
import pytest

import graph
from graph.errors import DataError


def same_graph(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> bool:
    return (
        list(G.nodes(data=True)) == list(H.nodes(data=True))
        and sorted(G.edges(keys=True, data=True), key=repr) == sorted(H.edges(keys=True, data=True), key=repr)
        and G.graph == H.graph
    )


def test_round_trip_gives_the_same_graph(tiny_data):
    G = graph.load(tiny_data)
    G.add_edge("magnesium", "sleep", relation="promotes", sign=1, evidence="", source_doc="", section="")  # parallel
    H = graph.from_pandas(graph.to_pandas_nodes(G), graph.to_pandas_edges(G))
    assert same_graph(G, H)


def test_round_trip_of_the_magnesium_graph():
    G = graph.load()
    assert same_graph(G, graph.from_pandas(graph.to_pandas_nodes(G), graph.to_pandas_edges(G)))


def test_node_frame_has_ids_as_index_and_attributes_as_columns(tiny_data):
    nodes = graph.to_pandas_nodes(graph.load(tiny_data))
    assert nodes.index.name == "id"
    assert list(nodes.index) == ["magnesium", "gaba_receptor", "relaxation", "sleep"]
    assert list(nodes.columns) == ["label", "label_nl", "category", "description", "synonyms"]
    assert nodes.loc["sleep", "synonyms"] == ["slaap", "nachtrust"]
    assert nodes.attrs["categories"]["mineral"]["color"] == "#4477aa"


def test_edge_frame_filters_with_pandas(tiny_data):
    edges = graph.to_pandas_edges(graph.load(tiny_data))
    negative = edges[edges["sign"] == -1]
    assert negative[["source", "target", "relation"]].values.tolist() == [["magnesium", "sleep", "inhibits"]]


def test_frames_do_not_share_state_with_the_graph(tiny_data):
    G = graph.load(tiny_data)
    before = copy.deepcopy(G)
    nodes = graph.to_pandas_nodes(G)
    nodes.attrs["categories"]["mineral"]["color"] = "#000000"
    nodes.loc["magnesium", "label"] = "changed"
    assert same_graph(G, before)


def test_from_plain_frames_fills_defaults():
    edges = pd.DataFrame({"source": ["a", "b"], "target": ["b", "c"], "relation": ["causes", None], "w": [1.5, None]})
    G = graph.from_pandas(None, edges)
    assert G.nodes["a"] == {"label": "a", "label_nl": "a", "category": "other", "description": "", "synonyms": []}
    assert G.edges["a", "b", 0] == {
        "relation": "causes",
        "sign": 0,
        "evidence": "",
        "source_doc": "",
        "section": "",
        "w": 1.5,
    }
    assert G.edges["b", "c", 0]["relation"] == "related_to"
    assert set(G.graph["relations"]) == {"causes", "related_to"}


def test_node_frame_with_id_column_and_piped_synonyms():
    nodes = pd.DataFrame({"id": ["a", "b"], "synonyms": ["x|y", None]})
    G = graph.from_pandas(nodes, pd.DataFrame({"source": ["a"], "target": ["b"]}))
    assert G.nodes["a"]["synonyms"] == ["x", "y"]
    assert G.nodes["b"]["synonyms"] == []


def test_problems_are_data_errors():
    nodes = pd.DataFrame({"id": ["a"]})
    with pytest.raises(
        DataError, match=r"edges:1: column 'target': unknown node 'z'; expected a node of the node frame"
    ):
        graph.from_pandas(nodes, pd.DataFrame({"source": ["a"], "target": ["z"]}))
    with pytest.raises(DataError, match=r"edges: column 'target': missing column"):
        graph.from_pandas(None, pd.DataFrame({"source": ["a"]}))
    with pytest.raises(DataError, match=r"edges:1: column 'sign': 'up' is not a sign"):
        graph.from_pandas(None, pd.DataFrame({"source": ["a"], "target": ["b"], "sign": ["up"]}))
