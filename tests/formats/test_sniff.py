"""A file's format told by its first bytes (issue 26): what each kind of text is taken for."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.formats.jsonflavours import json_flavour
from graph.formats.sniff import sniff


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('<?xml version="1.0"?>\n<!-- yEd -->\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>', "graphml"),
        ('\ufeff<gexf xmlns="http://gexf.net/1.3" version="1.3"/>', "gexf"),
        ('Creator "igraph"\nVersion 1\ngraph\n[\n]\n', "gml"),
        ("graph [\n  node [ id 1 ]\n]\n", "gml"),
        ('% made by hand\n*Vertices 2\n1 "a"\n2 "b"\n*Edges\n1 2\n', "pajek"),
        ("/* a comment */\nstrict digraph G {\n a -> b\n}\n", "dot"),
        ('graph "x" {\n a -- b\n}\n', "dot"),
        ('{"nodes": [], "links": []}', "json"),
        ('[{"id": 1}]', "json"),
        ('{"id": "a", "category": ["biolink:Gene"]}\n{"id": "b"}\n', "jsonl"),
        ("source,target\na,b\n", "csv"),
        ("Bron;Doel\na;b\n", "csv"),
        (":START_ID,:END_ID,:TYPE\na,b,KNOWS\n", "csv"),
        ("personId:ID,name\nkeanu,Keanu\n", "csv"),
        (",source,target\n0,a,b\n", "csv"),  # pandas' index column
        ("id\tsubject\tpredicate\tobject\ne1\ta\tb\tc\n", "csv"),  # KGX TSV
        ("Person A,Person B,Strength\nx,y,2\n", "csv"),  # a name over numbers: a header of its own
        ("Magnesium,Sleep\nCoffee,Alertness\n", "edgelist"),  # names of no column, over no number: an edge
        ("Magnesium;Sleep\nCoffee;Alertness\n", "csv"),  # semicolons: the CSV reader's
        ("Magnesium\tSleep\timproves\nCoffee\tAlertness\t0.5\n", "csv"),  # 'improves' over a number
        ("# Directed graph: x.txt\n# FromNodeId\tToNodeId\n0\t1\n", "edgelist"),
        ("1\t2\n2\t3\n", "edgelist"),
        ("1,2\n2,3\n", "edgelist"),
        ("Arya Jon\nJon Sansa\n", "edgelist"),
        ("Arya\tJon\nJon\tSansa\n", "edgelist"),  # a name met again below: no header
        ("Arya Jon {'weight': 5.0}\n", "edgelist"),
        ("nodedef>name VARCHAR\n", None),
        ("DL n=3\nformat = fullmatrix\n", None),
        ("LEDA.GRAPH\nstring\n", None),
        ("1 One\n2 Two\n#\n1 2\n", None),
        ('<?xml version="1.0"?><gxl/>', None),
        ("PK\x03\x04 a damaged zip", None),  # named by its first bytes
        ("source,target\na,b\x07c\n", "csv"),  # one control character: the CSV reader names its line
        ("source,target\na,b\x00c\n", "csv"),  # and a stray NUL byte
    ],
)
def test_each_kind_of_text_is_told_by_its_start(tmp_path: Path, text: str, expected: str | None) -> None:
    path = tmp_path / "file.dat"
    path.write_text(text, encoding="utf-8")
    assert sniff(path).format == expected


def test_a_damaged_file_is_read_as_its_name_says_so_its_reader_can_say_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    path.write_text("not xml at all", encoding="utf-8")
    assert sniff(path).format == "gexf"
    assert sniff(tmp_path / "missing.csv").format == "csv"


@pytest.mark.parametrize(
    ("data", "flavour"),
    [
        ({"directed": True, "nodes": [{"id": 1}], "edges": []}, "node-link"),
        ({"nodes": [{"name": "a"}], "links": [{"source": 0, "target": 0}]}, "D3"),
        ({"elements": [{"group": "nodes", "data": {"id": "a"}}]}, "Cytoscape.js"),
        ({"nodes": [{"key": "a", "attributes": {}}], "edges": []}, "Gephi"),
        ({"nodes": [{"id": "a", "label": "A", "attributes": {"x": 1}}], "edges": []}, "Gephi"),
        ({"nodes": [], "edges": [{"subject": "a", "predicate": "biolink:x", "object": "b"}]}, "KGX"),
        ({"vertices": []}, None),
        ([1, 2], None),
    ],
)
def test_json_flavours_are_told_by_their_keys(data: object, flavour: str | None) -> None:
    assert json_flavour(data) == flavour
