"""concept-graph export: exit codes and exact output, then the files through the Python API."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph


@pytest.mark.parametrize(
    ("fmt", "out", "written"),
    [
        ("graphml", "g.graphml", ["g.graphml"]),
        ("gexf", "g.gexf", ["g.gexf"]),
        ("json", "g.json", ["g.json"]),
        ("kgx", "kgx/tiny", ["kgx/tiny_nodes.tsv", "kgx/tiny_edges.tsv"]),
        (
            "csv",
            "csv",
            ["csv/nodes.csv", "csv/edges.csv", "csv/relations.csv", "csv/sources.csv", "csv/categories.csv"],
        ),
    ],
)
def test_export_writes_and_says_what(run_cli, tiny_data: Path, tmp_path: Path, fmt: str, out: str, written: list[str]):
    result = run_cli("export", "--data", tiny_data, "--format", fmt, "--out", tmp_path / out)
    assert result.exit_code == 0
    paths = ", ".join(str(tmp_path / name) for name in written)
    assert result.output == f"wrote {paths}: 4 nodes, 4 edges\n"
    assert all((tmp_path / name).is_file() for name in written)
    if fmt in ("graphml", "gexf", "json", "csv"):
        G = graph.load(tmp_path / out)
        assert (G.number_of_nodes(), G.number_of_edges()) == (4, 4)


def test_export_from_an_edge_list(run_cli, make_csv, tmp_path: Path) -> None:
    edges = make_csv("e.csv", [["from", "to"], ["a", "b"]])
    result = run_cli("export", "--edges", edges, "--format", "json", "--out", tmp_path / "e.json")
    assert (result.exit_code, result.output) == (0, f"wrote {tmp_path / 'e.json'}: 2 nodes, 1 edge\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "x.gexf"], "Missing option '--format'"),
        (["--format", "gexf"], "Missing option '--out'"),
        (["--format", "dot", "--out", "x.dot"], "'dot' is not one of 'graphml', 'gexf', 'json', 'gml', 'kgx', 'csv'"),
    ],
)
def test_usage_errors_exit_2(run_cli, tiny_data: Path, args: list[str], message: str) -> None:
    result = run_cli("export", "--data", tiny_data, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_an_unwritable_output_exits_1(run_cli, tiny_data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("export", "--data", tiny_data, "--format", "gexf", "--out", blocker / "g.gexf")
    assert result.exit_code == 1
    assert result.output.startswith(f"error: cannot write {blocker / 'g.gexf'}: ")


def test_bad_data_exits_1_and_writes_nothing(run_cli, make_csv, tmp_path: Path) -> None:
    edges = make_csv("e.csv", [["source", "target"], ["a", ""]])
    result = run_cli("export", "--edges", edges, "--format", "graphml", "--out", tmp_path / "g.graphml")
    assert result.exit_code == 1
    assert (
        result.output == f"{edges}:2: column 'target': empty target; expected a node id\nerror: 1 problem in the data\n"
    )
    assert not (tmp_path / "g.graphml").exists()


def test_export_help_has_an_example(run_cli) -> None:
    result = run_cli("export", "--help")
    assert result.exit_code == 0
    assert "Examples:\n    concept-graph export --format kgx --out kgx/magnesium\n" in result.output


def test_export_around_a_concept_keeps_its_neighbourhood(run_cli, tiny_data, tmp_path):
    out = tmp_path / "around.json"
    result = run_cli("export", "--data", tiny_data, "--format", "json", "--out", out, "--around", "Ontspanning")
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: 3 nodes, 2 edges\n"
    H = graph.load(out)
    assert set(H) == {"gaba_receptor", "relaxation", "sleep"}
    assert H.graph["relations"]["promotes"]["label_nl"] == "bevordert"


def test_export_of_paths_keeps_only_the_paths(run_cli, tiny_data, tmp_path):
    out = tmp_path / "paths.graphml"
    result = run_cli("export", "--data", tiny_data, "--format", "graphml", "--out", out, "--path", "magnesium", "slaap")
    assert result.exit_code == 0, result.output
    H = graph.load(out)
    assert sorted(H.edges()) == sorted(
        [
            ("magnesium", "gaba_receptor"),
            ("gaba_receptor", "relaxation"),
            ("relaxation", "sleep"),
            ("magnesium", "sleep"),
        ]
    )


def test_export_around_and_path_together_is_a_usage_error(run_cli, tiny_data, tmp_path):
    result = run_cli(
        "export",
        "--data",
        tiny_data,
        "--format",
        "json",
        "--out",
        tmp_path / "x.json",
        "--around",
        "sleep",
        "--path",
        "magnesium",
        "sleep",
    )
    assert result.exit_code == 2
    assert "give --around or --path, not both" in result.stderr


def test_export_around_an_unknown_name_suggests(run_cli, tiny_data, tmp_path):
    result = run_cli(
        "export", "--data", tiny_data, "--format", "json", "--out", tmp_path / "x.json", "--around", "slep"
    )
    assert result.exit_code == 1
    assert "did you mean" in result.stderr
    assert not (tmp_path / "x.json").exists()
