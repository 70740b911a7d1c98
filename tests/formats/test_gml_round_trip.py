"""GML written by ``export`` reads back as the same graph (issue 26): any text in ids, labels and
attribute names GML cannot spell, lists, numbers and signs; and another tool's GML with the same name."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

import networkx as nx
from hypothesis import given
from test_properties import SETTINGS, graphs

import graph


@SETTINGS
@given(graphs())
def test_a_graph_written_as_gml_reads_back_the_same(G: nx.MultiDiGraph) -> None:
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = Path(tmp) / "data"
        data.mkdir()
        graph.export(G, data, format="csv")
        loaded = graph.load(data)
        path = graph.export(loaded, Path(tmp) / "g.gml")[0]
        back = graph.read_graph(path)
    assert list(back.nodes(data=True)) == list(loaded.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(loaded.edges(keys=True, data=True))
    assert back.graph == loaded.graph


def test_attribute_names_gml_cannot_spell_come_back(tmp_path: Path) -> None:
    G = graph.load()
    G.nodes["magnesium"]["Modularity Class"] = 3
    G.nodes["magnesium"]["a_Modularity_Class"] = "taken"  # the spelling the writer would choose
    path = graph.export(G, tmp_path / "g.gml")[0]
    H = graph.read_graph(path)
    assert (H.nodes["magnesium"]["Modularity Class"], H.nodes["magnesium"]["a_Modularity_Class"]) == (3, "taken")


def test_export_command_writes_gml(tmp_path: Path, run_cli) -> None:
    out = run_cli("export", "--format", "gml", "--out", tmp_path / "m.gml")
    assert out.exit_code == 0, out.output
    assert graph.load(tmp_path / "m.gml").number_of_edges() == graph.load().number_of_edges()
