"""write_csv: our own five files, loaded again as the same graph; cells a spreadsheet would run are guarded."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

import graph
from tests.conftest import DATA

FILES = ["nodes.csv", "edges.csv", "relations.csv", "sources.csv", "categories.csv"]


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("folder", ["tiny", "magnesium"])
def test_write_csv_then_load_gives_the_same_graph(tiny_data: Path, tmp_path: Path, folder: str) -> None:
    G = graph.load(tiny_data if folder == "tiny" else DATA)
    written = graph.write_csv(G, tmp_path / "out")
    assert [p.name for p in written] == FILES + (["graph.csv"] if "name" in G.graph else [])
    H = graph.load(tmp_path / "out")
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert H.graph == G.graph


def test_a_subgraph_gets_complete_tables_so_it_loads(tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", category="mood")
    G.add_edge("a", "b", relation="lifts", source_doc="notes", sign=1)
    graph.write_csv(G, tmp_path)
    H = graph.load(tmp_path)
    assert H.edges["a", "b", 0]["sign"] == 1
    assert set(H.graph["relations"]) == {"lifts"} and set(H.graph["sources"]) == {"notes"}
    assert set(H.graph["categories"]) == {"mood", "other"}
    assert rows(tmp_path / "edges.csv")[0]["sign"] == "1"  # differs from the default relation's 0


def test_no_sign_column_when_every_sign_is_the_relations(tiny_data: Path, tmp_path: Path) -> None:
    graph.write_csv(graph.load(tiny_data), tmp_path)
    assert "sign" not in rows(tmp_path / "edges.csv")[0]


def test_formula_cells_are_guarded_and_numbers_are_not(tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    G.add_node("n1", label="=cmd|' /C calc'!A0", description="+31 20 123", synonyms=["@home", "-1"])
    G.add_edge("n1", "n2", relation="tweaks", sign=-1, evidence="-0.5")  # a relation of no known sign
    graph.write_csv(G, tmp_path)
    node = rows(tmp_path / "nodes.csv")[0]
    assert (node["label"], node["description"], node["synonyms"]) == ("'=cmd|' /C calc'!A0", "'+31 20 123", "'@home|-1")
    assert rows(tmp_path / "relations.csv")[0]["sign"] == "0"
    edge = rows(tmp_path / "edges.csv")[0]
    assert (edge["evidence"], edge["sign"]) == ("-0.5", "-1")


def test_write_csv_does_not_change_the_graph(tiny_data: Path, tmp_path: Path) -> None:
    G = graph.load(tiny_data)
    before = (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), repr(G.graph))
    graph.write_csv(G, tmp_path)
    assert before == (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), repr(G.graph))
