"""Every export format keeps direction: directed, undirected and mixed graphs read back equal (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import graph
from graph.read.direction import as_undirected, direction_of


def _graph(kind: str) -> nx.Graph:
    G = graph.load()
    if kind == "undirected":
        return as_undirected(G)
    if kind == "mixed":
        G = G.copy()
        for i, (_, _, attrs) in enumerate(G.edges(data=True)):
            if i % 3 == 0:
                attrs["directed"] = False
    return G


def _edges(G: nx.Graph) -> list[tuple[Any, ...]]:
    """Each edge with what it claims; an undirected edge by its ends in either order."""
    keep = ("relation", "sign", "evidence", "source_doc", "section")
    found = []
    for u, v, attrs in G.edges(data=True):
        directed = G.is_directed() and attrs.get("directed", True) is not False
        ends = (u, v) if directed else tuple(sorted((u, v)))
        found.append((*ends, directed, *(attrs[k] for k in keep)))
    return sorted(found)


def _read(fmt: str, G: nx.Graph, out: Path) -> nx.Graph:
    if fmt in ("kgx", "csv"):
        folder = out / fmt
        folder.mkdir()
        graph.export(G, folder, fmt)
        return graph.load(folder)
    if fmt == "frames":
        return graph.from_pandas(graph.to_pandas_nodes(G), graph.to_pandas_edges(G))
    return graph.read_graph(graph.export(G, out / f"g.{fmt}", fmt)[0])


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "kgx", "csv", "frames"])
@pytest.mark.parametrize("kind", ["directed", "undirected", "mixed"])
def test_a_graph_reads_back_equal_direction_included(tmp_path: Path, fmt: str, kind: str) -> None:
    G = _graph(kind)
    H = _read(fmt, G, tmp_path)
    assert direction_of(H) == kind
    assert type(H) is (nx.MultiGraph if kind == "undirected" else nx.MultiDiGraph)
    assert sorted(H.nodes) == sorted(G.nodes)
    assert _edges(H) == _edges(G)


def test_graphml_says_direction_as_the_format_does(tmp_path: Path) -> None:
    text = graph.write_graphml(_graph("mixed"), tmp_path / "m.graphml").read_text(encoding="utf-8")
    assert 'edgedefault="directed"' in text and 'directed="false"' in text
    text = graph.write_graphml(_graph("undirected"), tmp_path / "u.graphml").read_text(encoding="utf-8")
    assert 'edgedefault="undirected"' in text and 'directed="false"' not in text


def test_gexf_says_direction_as_the_format_does(tmp_path: Path) -> None:
    text = graph.write_gexf(_graph("mixed"), tmp_path / "m.gexf").read_text(encoding="utf-8")
    assert 'defaultedgetype="directed"' in text and 'type="undirected"' in text
    text = graph.write_gexf(_graph("undirected"), tmp_path / "u.gexf").read_text(encoding="utf-8")
    assert 'defaultedgetype="undirected"' in text


def test_a_mixed_graphml_from_another_tool_is_read(tmp_path: Path) -> None:
    path = tmp_path / "yed.graphml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<graph id="G" edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>'
        '<edge id="e0" source="a" target="b"/><edge id="e1" source="b" target="c" directed="true"/>'
        "</graph></graphml>",
        encoding="utf-8",
    )
    G = graph.load(path)
    assert direction_of(G) == "mixed"
    assert graph.find_paths(G, "b", "a").paths and not graph.find_paths(G, "c", "b").paths
