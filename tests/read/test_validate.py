"""Validation: every problem found in one pass, each with file, line, column and what was expected."""

from __future__ import annotations

import copy

import pytest

import graph
from conftest import TINY, write_csv
from graph.errors import MAX_REPORTED, DataError


def make_folder(tmp_path, **changes):
    """The TINY data set with some files replaced: ``make_folder(tmp_path, edges=[...rows])``."""
    folder = tmp_path / "data"
    tables = copy.deepcopy(TINY)
    for kind, rows in changes.items():
        tables[f"{kind}.csv"] = rows
    for name, rows in tables.items():
        if rows is not None:
            write_csv(folder / name, rows)
    return folder


def problems_of(folder):
    report = graph.validate(folder)
    return [str(p) for p in report.problems]


E = TINY["edges.csv"][0]  # edge header
N = TINY["nodes.csv"][0]  # node header


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"edges": [E, ["magnesium", "magnesum", "activates", "", "doc1", ""]]},
            "{d}/edges.csv:2: column 'target': unknown node 'magnesum'; "
            "expected an id listed in {d}/nodes.csv (did you mean 'magnesium'?)",
        ),
        (
            {"edges": [E, ["", "sleep", "activates", "", "doc1", ""]]},
            "{d}/edges.csv:2: column 'source': empty source; expected a node id",
        ),
        (
            {"edges": [E, ["magnesium", "sleep", "activats", "", "doc1", ""]]},
            "{d}/edges.csv:2: column 'relation': unknown relation 'activats'; "
            "expected one listed in {d}/relations.csv (did you mean 'activates'?)",
        ),
        (
            {"edges": [E, ["magnesium", "sleep", "activates", "", "doc9", ""]]},
            "{d}/edges.csv:2: column 'source_doc': unknown source 'doc9'; "
            "expected one listed in {d}/sources.csv (did you mean 'doc1' or 'doc2'?)",
        ),
        (
            {"edges": [["source", "relation"], ["magnesium", "activates"]]},
            "{d}/edges.csv:1: column 'target': missing from the header; "
            "expected a column named 'target' or 'to' or 'dst' or 'doel' or 'naar' or 'object' "
            "(found: source, relation); "
            "or name the file's columns with --source-col and --target-col (source_col= and target_col= in Python)",
        ),
        (
            {"edges": [E]},
            "{d}/edges.csv: no rows below the header; expected at least one edge",
        ),
        (
            {"nodes": [*TINY["nodes.csv"], ["sleep", "Sleep again", "", "process", "", ""]]},
            "{d}/nodes.csv:6: column 'id': duplicate id 'sleep'; expected each id once (first on line 5)",
        ),
        (
            {"nodes": [*TINY["nodes.csv"], ["", "Nameless", "", "process", "", ""]]},
            "{d}/nodes.csv:6: column 'id': empty id; expected a non-empty id for every node",
        ),
        (
            {"nodes": [*TINY["nodes.csv"], ["zinc", "Zinc", "", "minerl", "", ""]]},
            "{d}/nodes.csv:6: column 'category': unknown category 'minerl'; "
            "expected one listed in {d}/categories.csv (did you mean 'mineral'?)",
        ),
        (
            {"nodes": [["label", "category"], ["Zinc", "mineral"]]},
            "{d}/nodes.csv:1: column 'id': missing from the header; "
            "expected a column named 'id' or 'node' or 'node_id' or 'knoop' or 'knooppunt' (found: label, category)",
        ),
        (
            {"relations": [*TINY["relations.csv"], ["blocks", "blocks", "blokkeert", "minus"]]},
            "{d}/relations.csv:5: column 'sign': 'minus' is not a sign; "
            "expected 1 (increases), -1 (decreases) or 0 (unsigned)",
        ),
        (
            {"relations": [*TINY["relations.csv"], ["blocks", "blocks", "blokkeert", "2"]]},
            "{d}/relations.csv:5: column 'sign': '2' is not a sign; "
            "expected 1 (increases), -1 (decreases) or 0 (unsigned)",
        ),
        (
            {"relations": [*TINY["relations.csv"], ["promotes", "promotes", "bevordert", "1"]]},
            "{d}/relations.csv:5: column 'relation': duplicate relation 'promotes'; "
            "expected each relation once (first on line 3)",
        ),
        (
            {"sources": [["title"], ["A text"]]},
            "{d}/sources.csv:1: column 'id': missing from the header; expected a column named 'id' (found: title)",
        ),
        (
            {"categories": [*TINY["categories.csv"], ["ion", "Ion", "Ion", "blue", "dot"]]},
            "{d}/categories.csv:5: column 'color': 'blue' is not a colour; expected a hex colour such as #4477aa",
        ),
    ],
)
def test_each_problem_has_its_exact_message(tmp_path, changes, expected):
    folder = make_folder(tmp_path, **changes)
    assert expected.format(d=folder) in problems_of(folder)


def test_missing_optional_files_are_fine_but_missing_edges_is_not(tmp_path):
    folder = make_folder(tmp_path, nodes=None, relations=None, sources=None, categories=None)
    assert graph.validate(folder).ok
    (folder / "edges.csv").unlink()
    assert problems_of(folder) == [
        f"{folder}: has no edges.csv; expected a folder holding edges.csv "
        "(and optionally nodes.csv, relations.csv, sources.csv, categories.csv)"
    ]


def test_missing_folder(tmp_path):
    assert problems_of(tmp_path / "nowhere") == [
        f"{tmp_path / 'nowhere'}: folder not found; expected a folder holding edges.csv"
    ]


def test_all_problems_are_found_in_one_pass(tmp_path):
    folder = make_folder(
        tmp_path,
        nodes=[*TINY["nodes.csv"], ["sleep", "", "", "process", "", ""]],
        edges=[*TINY["edges.csv"], ["magnesium", "zinc", "activates", "", "doc1", ""], ["x", "y", "oops", "", "", ""]],
    )
    found = problems_of(folder)
    assert len(found) == 5  # duplicate id; unknown zinc; unknown x, y; unknown relation oops
    assert [p.split(": ")[0] for p in found] == [
        f"{folder}/nodes.csv:6",
        f"{folder}/edges.csv:6",
        f"{folder}/edges.csv:7",
        f"{folder}/edges.csv:7",
        f"{folder}/edges.csv:7",
    ]


def test_many_problems_are_capped_with_a_count(make_csv):
    nodes = make_csv("n.csv", [["id"], ["a"]])
    edges = make_csv("e.csv", [["source", "target"], *[["a", f"missing{i}"] for i in range(30)]])
    with pytest.raises(DataError) as caught:
        graph.load(edges=edges, nodes=nodes)
    lines = str(caught.value).splitlines()
    assert len(caught.value.problems) == 30
    assert len(lines) == MAX_REPORTED + 1
    assert lines[-1] == f"and {30 - MAX_REPORTED} more problems"


def test_load_raises_what_validate_reports(tmp_path):
    folder = make_folder(tmp_path, edges=[E, ["magnesium", "zinc", "activates", "", "doc1", ""]])
    with pytest.raises(DataError) as caught:
        graph.load(folder)
    assert [str(p) for p in caught.value.problems] == problems_of(folder)


def test_validation_report_says_ok_with_counts(tiny_data):
    assert str(graph.validate(tiny_data)) == "ok: 4 nodes, 4 edges"
