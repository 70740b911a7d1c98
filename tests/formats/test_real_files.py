"""Files as spreadsheets and other tools save them load with the values intact (checked through the API).

The corpus cases in ``tests/corpus`` are shared with ``test_corpus.py``,
which checks what the command line says about them.
"""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest
from page_graphs import page_payload

import graph
from conftest import CORPUS
from graph.errors import DataWarning


def load_quietly(*args, **kwargs):
    """``graph.load`` with its DataWarnings collected: ``(G, [message, ...])``."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        G = graph.load(*args, **kwargs)
    return G, [str(w.message) for w in caught if issubclass(w.category, DataWarning)]


def test_dutch_excel_file_with_decimal_commas(monkeypatch):
    monkeypatch.chdir(CORPUS / "dutch_excel")
    G, warned = load_quietly("data")
    assert [w.split(":")[0] for w in warned] == ["data/nodes.csv", "data/edges.csv"]
    assert G.nodes["cafeine"]["label_nl"] == "Cafeïne"
    assert G.nodes["slaap"]["description"] == "Rust; herstel"
    weights = {(u, v): w for u, v, w in G.edges(data="weight")}
    assert weights == {("magnesium", "slaap"): 0.75, ("cafeine", "slaap"): 1.5, ("cafeine", "magnesium"): 0.2}
    assert G.edges["cafeine", "slaap", 0]["evidence"] == "Cafeïne houdt je wakker (± 5 uur)"
    assert G.edges["cafeine", "magnesium", 0]["evidence"] == "Koffie: meer uitscheiding € 0"


def test_gephi_edge_list_weights_are_floats_and_ids_stay_text():
    G = graph.load(edges=CORPUS / "gephi_edge_list" / "edges.csv")
    assert list(G.nodes) == ["1", "2", "3"]
    assert [w for _, _, w in G.edges(data="weight")] == [1.0, 0.5, 2.0]
    assert all(type(w) is float for _, _, w in G.edges(data="weight"))


def test_empty_weight_leaves_the_attribute_out(make_csv):
    G = graph.load(edges=make_csv("e.csv", [["source", "target", "weight"], ["a", "b", ""], ["b", "c", "-2e-1"]]))
    assert "weight" not in G.edges["a", "b", 0]
    assert G.edges["b", "c", 0]["weight"] == -0.2


def test_numeric_looking_ids_are_kept_as_written():
    G = graph.load(edges=CORPUS / "numeric_looking_ids" / "edges.csv")
    assert list(G.nodes) == ["007", "1e3", "0x1F", "1,5"]
    assert G.edges["007", "1e3", 0]["weight"] == 1.5  # a decimal comma in a semicolon file


def test_formula_like_cells_are_plain_text():
    G = graph.load(edges=CORPUS / "formula_cells" / "edges.csv")
    assert list(G.nodes) == ["=SUM(A1:A2)", "gaba", "+1", "-1"]
    first = G.edges["=SUM(A1:A2)", "gaba", 0]
    assert first["evidence"] == '=HYPERLINK("http://x.invalid","click")'
    assert first["note"] == "@cmd"
    assert G.edges["+1", "-1", 0]["note"] == "=cmd|' /C calc'!A0"


def test_ids_with_spaces_and_any_letters_reach_the_page_as_written(tmp_path):
    G = graph.load(edges=CORPUS / "unicode_ids" / "edges.csv")
    ids = ["vitamine B6", "serotonine", "Zürich", "マグネシウム", "</script><b>x</b>"]
    assert list(G.nodes) == ids
    assert G.edges["serotonine", "</script><b>x</b>", 0]["relation"] == 'a "quoted" relation'
    page = graph.write_html(G, tmp_path / "g.html").read_text(encoding="utf-8")
    data = page_payload(page)
    assert [node["id"] for node in data["nodes"]] == ids
    assert [(e["from"], e["to"]) for e in data["edges"]] == list(G.edges())
    assert "<b>x</b>" not in page


@pytest.mark.parametrize(
    ("case", "edges"),
    [
        ("utf16_with_bom", [("magnésium", "gaba")]),
        ("header_with_spaces", [("magnesium", "gaba")]),
        ("quoted_header", [("magnesium", "gaba")]),
        ("sep_line", [("magnesium", "gaba")]),
        ("tab_delimited", [("magnesium", "gaba")]),
        ("from_to", [("magnesium", "gaba")]),
        ("blank_lines_and_trailing_delimiters", [("magnesium", "gaba"), ("gaba", "sleep")]),
    ],
)
def test_awkward_but_sound_files_give_the_same_edges(case, edges):
    assert list(graph.load(edges=CORPUS / case / "edges.csv").edges()) == edges


def test_delimiters_inside_values_are_kept():
    sep = graph.load(edges=CORPUS / "sep_line" / "edges.csv")
    assert sep.edges["magnesium", "gaba", 0]["evidence"] == "Mg, then GABA"
    tab = graph.load(edges=CORPUS / "tab_delimited" / "edges.csv")
    assert tab.edges["magnesium", "gaba", 0]["evidence"] == "Mg, then GABA; more"


def test_quoted_newlines_are_kept_in_the_value(tmp_path):
    path = CORPUS / "quoted_newlines" / "data"
    report = graph.validate(path)
    assert [p.line for p in report.problems] == [5]  # the line the row starts on, after a three-line value
    G = graph.load(edges=path / "edges.csv")
    assert G.edges["magnesium", "gaba", 0]["evidence"] == "first line\nsecond line\nthird line"


def test_header_with_spaces_and_capitals_keeps_a_numeric_weight():
    G = graph.load(edges=CORPUS / "header_with_spaces" / "edges.csv")
    assert G.edges["magnesium", "gaba", 0]["weight"] == 2.0


def test_joined_files_skip_the_repeated_header_with_a_warning():
    G, warned = load_quietly(edges=CORPUS / "bom_in_the_middle" / "edges.csv")
    assert list(G.edges()) == [("magnesium", "gaba"), ("gaba", "sleep")]
    assert warned == [
        f"{CORPUS / 'bom_in_the_middle' / 'edges.csv'}:3: repeats the header row (were two files joined?); skipped"
    ]


def test_file_names_in_a_folder_are_found_whatever_their_case():
    G = graph.load(CORPUS / "case_of_file_names" / "data")
    assert G.nodes["gaba"]["label"] == "GABA"


def test_a_one_megabyte_value_loads_whole(make_csv):
    text = "é" * (1024 * 1024)
    G = graph.load(edges=make_csv("e.csv", [["source", "target", "evidence"], ["a", "b", text]]))
    assert G.edges["a", "b", 0]["evidence"] == text


def test_the_csv_modules_own_limit_is_left_as_it_was(make_csv):
    import csv

    before = csv.field_size_limit()
    graph.load(edges=make_csv("e.csv", [["source", "target", "evidence"], ["a", "b", "x" * 200_000]]))
    assert csv.field_size_limit() == before


def test_a_data_warning_points_at_the_callers_line():
    path = CORPUS / "windows_1252" / "edges.csv"
    with pytest.warns(DataWarning, match=r"edges\.csv:2: not UTF-8 \(byte 0xef at character 15\)") as caught:
        G = graph.load(edges=path)
    assert caught[0].filename == __file__
    assert "cafeïne" in G


def test_python_users_see_data_warnings_as_ordinary_warnings():
    code = "import graph; G = graph.load(edges='edges.csv'); print(G.number_of_edges())"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=CORPUS / "windows_1252", capture_output=True, text=True, check=True
    )
    assert result.stdout == "1\n"
    assert result.stderr.startswith("<string>:1: DataWarning: edges.csv:2: not UTF-8 (byte 0xef at character 15)")


def test_columns_named_like_networkx_arguments_are_plain_attributes(make_csv):
    edges = make_csv(
        "e.csv",
        [["source", "target", "key", "u_for_edge", "u"], ["a", "b", "k1", "x", "1"], ["a", "b", "k1", "y", "2"]],
    )
    nodes = make_csv("n.csv", [["id", "node_for_adding"], ["a", "1"], ["b", "2"]])
    G = graph.load(edges=edges, nodes=nodes)
    assert list(G.edges(keys=True, data="key")) == [("a", "b", 0, "k1"), ("a", "b", 1, "k1")]
    assert (G.edges["a", "b", 1]["u_for_edge"], G.edges["a", "b", 1]["u"]) == ("y", "2")
    assert G.nodes["a"]["node_for_adding"] == "1"
