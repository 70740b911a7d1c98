"""Graph files held to what CSV accepts: direction words, numbers JSON can hold, GEXF as Gephi reads it (issue 29)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import graph
from graph.errors import DataError
from tests.conftest import CORPUS

GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph edgedefault="{default}">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"{first}/>
    <edge source="b" target="c"{second}/>
  </graph>
</graphml>
"""


def _graphml(tmp_path: Path, default: str = "directed", first: str = "", second: str = "") -> Path:
    path = tmp_path / "g.graphml"
    path.write_text(GRAPHML.format(default=default, first=first, second=second), encoding="utf-8")
    return path


def _directions(G: nx.Graph) -> list[bool]:
    return [graph.read.direction.edge_is_directed(G, attrs) for _, _, attrs in G.edges(data=True)]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (' directed="0"', ' directed="1"', [False, True]),  # XML Schema's booleans
        (' directed="false"', ' directed="true"', [False, True]),
        (' directed="0"', ' directed="0"', [False, False]),
        ("", ' directed="false"', [True, False]),
    ],
)
def test_graphml_edge_directions_are_xml_booleans(tmp_path, first, second, expected) -> None:
    assert _directions(graph.read_graph(_graphml(tmp_path, first=first, second=second))) == expected


@pytest.mark.parametrize(("default", "bad"), [("maybe", "edgedefault"), ("directed", "directed")])
def test_a_graphml_direction_that_is_no_word_is_a_problem(tmp_path, default, bad) -> None:
    path = _graphml(tmp_path, default=default, first=' directed="maybe"' if bad == "directed" else "")
    with pytest.raises(DataError) as caught:
        graph.read_graph(path)
    [problem] = caught.value.problems
    assert (problem.column, problem.message.endswith("'maybe' is not a direction")) == (bad, True)


def _json(tmp_path: Path, **data: object) -> Path:
    path = tmp_path / "g.json"
    body = {
        "multigraph": True,
        "graph": {},
        "nodes": [{"id": "a"}, {"id": "b"}],
        "edges": [{"source": "a", "target": "b"}],
    }
    path.write_text(json.dumps({**body, **data}), encoding="utf-8")
    return path


@pytest.mark.parametrize(("said", "directed"), [(True, True), (False, False), (0, False), (1, True), ("false", False)])
def test_json_directed_is_read_as_a_csv_directed_cell(tmp_path, said, directed) -> None:
    assert graph.read_graph(_json(tmp_path, directed=said)).is_directed() is directed


@pytest.mark.parametrize("said", ["sometimes", 2, None, [], 0.5])
def test_json_directed_that_is_no_direction_is_a_problem(tmp_path, said) -> None:
    with pytest.raises(DataError, match=r'"directed": .* is not a direction; expected true or false'):
        graph.read_graph(_json(tmp_path, directed=said))


def test_a_json_edge_directed_that_is_no_direction_is_a_problem(tmp_path) -> None:
    path = _json(tmp_path, directed=True, edges=[{"source": "a", "target": "b", "directed": "sometimes"}])
    with pytest.raises(DataError, match=r"edge 'a' -> 'b': 'sometimes' is not a direction"):
        graph.read_graph(path)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_json_export_never_writes_nan_or_infinity(tmp_path, value) -> None:
    G = nx.MultiDiGraph([("a", "b", {"weight": 1.0})])
    out = graph.write_node_link(G, tmp_path / "g.json")
    before = out.read_bytes()
    G.add_node("c", scores=[1.0, value])  # nested, as a list attribute holds it
    with pytest.raises(DataError, match=r"column 'scores': node 'c': '-?(nan|inf)' is not a number"):
        graph.write_node_link(G, out)
    assert out.read_bytes() == before  # the earlier file is left as it was
    json.loads(before, parse_constant=lambda name: pytest.fail(f"{name} written"))


@pytest.mark.parametrize("fmt", ["json", "graphml", "gexf", "csv", "kgx"])
def test_no_export_writes_what_no_reader_takes_back(tmp_path, fmt) -> None:
    G = nx.MultiDiGraph([("a", "b", {"weight": float("nan")})])
    with pytest.raises(DataError, match=r"column 'weight': edge 'a' -> 'b': 'nan' is not a number"):
        graph.export(G, tmp_path / "out" / f"g.{fmt}", format=fmt)
    assert not (tmp_path / "out").exists()


GEPHI = CORPUS / "gephi_files_networkx_misreads"


def test_a_gexf_edge_attribute_titled_key_is_read_and_kept() -> None:
    G = graph.read_graph(GEPHI / "key.gexf")
    assert list(G.edges(keys=True, data="key")) == [("a", "b", 0, "k1"), ("a", "b", 1, "k2")]


@pytest.mark.parametrize("fmt", ["gexf", "json", "graphml"])
def test_an_attribute_titled_key_survives_every_export(tmp_path, fmt) -> None:
    out = graph.export(graph.read_graph(GEPHI / "key.gexf"), tmp_path / f"g.{fmt}")[0]
    assert [key for *_, key in graph.read_graph(out).edges(data="key")] == ["k1", "k2"]


def test_gexf_elements_in_older_namespaces_are_read_whole_as_the_roots_version() -> None:
    G = graph.read_graph(GEPHI / "mixedns.gexf")
    assert sorted(G.edges()) == [("a", "b"), ("b", "c"), ("c", "d")]
    assert G.nodes["c"]["color"] == "#ff0000"  # its viz colour, in the 1.2draft viz namespace
