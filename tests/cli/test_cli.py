"""The command line: exit codes, exact output, and results checked through the Python API."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import pytest
from page_graphs import page_payload

import graph
from conftest import ROOT, TINY, write_csv
from graph.cli import cli


def test_build_writes_the_page_and_says_so(run_cli, tiny_data, tmp_path):
    out = tmp_path / "site" / "graph.html"
    result = run_cli("build", "--data", tiny_data, "--out", out)
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: 4 nodes, 4 edges\n"
    page = page_payload(out.read_text(encoding="utf-8"))
    assert [n["id"] for n in page["nodes"]] == list(graph.load(tiny_data))


def test_build_defaults_to_output_graph_html(run_cli, tiny_data, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli("build")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "output" / "graph.html").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "output"]  # nothing else written


def test_build_with_edge_list_and_language(run_cli, make_csv, tmp_path):
    edges = make_csv("e.csv", [["from", "to"], ["a", "b"]])
    out = tmp_path / "g.html"
    result = run_cli("build", "--edges", edges, "--out", out, "--lang", "nl", "--title", "Mijn graaf")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and "<title>Mijn graaf</title>" in page


def test_validate_ok(run_cli, tiny_data):
    result = run_cli("validate", "--data", tiny_data)
    assert (result.exit_code, result.output) == (0, "ok: 4 nodes, 4 edges\n")


def test_validate_lists_problems_and_exits_1(run_cli, tmp_path):
    folder = tmp_path / "data"
    for name, rows in TINY.items():
        write_csv(folder / name, rows)
    write_csv(folder / "edges.csv", [*TINY["edges.csv"], ["magnesium", "magnesum", "activates", "", "doc1", ""]])
    result = run_cli("validate", "--data", folder)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{folder}/edges.csv:6: column 'target': unknown node 'magnesum'; "
        f"expected an id listed in {folder}/nodes.csv (did you mean 'magnesium'?)\n"
        "error: 1 problem in the data\n"
    )


def test_failed_build_leaves_the_earlier_page_untouched(run_cli, tiny_data, tmp_path):
    out = tmp_path / "graph.html"
    assert run_cli("build", "--data", tiny_data, "--out", out).exit_code == 0
    before = out.read_bytes()
    write_csv(tiny_data / "edges.csv", [*TINY["edges.csv"], ["magnesium", "zinc", "", "", "", ""]])
    result = run_cli("build", "--data", tiny_data, "--out", out)
    assert result.exit_code == 1
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_warnings_are_printed_on_stderr(run_cli, make_text):
    edges = make_text("e.csv", "source,target\nmg,caf\xe9\n".encode("cp1252"))
    result = run_cli("validate", "--edges", edges)
    assert result.exit_code == 0
    assert result.stdout == "ok: 2 nodes, 1 edge\n"
    assert result.stderr == (
        f"warning: {edges}:2: not UTF-8 (byte 0xe9 at character 7), so the file was read as Windows-1252; "
        "check its accented letters, or open it in your spreadsheet and save it as 'CSV UTF-8'\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "--data", "d", "--edges", "e.csv"], "give --data or --edges, not both"),
        (["validate", "--nodes", "n.csv"], "--nodes goes with --edges"),
        (["build", "--lang", "de"], "'de' is not one of 'en', 'nl'"),
        (["frobnicate"], "No such command 'frobnicate'"),
    ],
)
def test_usage_errors_exit_2(run_cli, args, message):
    result = run_cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_output_path_that_is_a_folder_is_a_clean_error(run_cli, tiny_data, tmp_path):
    (tmp_path / "taken").mkdir()
    result = run_cli("build", "--data", tiny_data, "--out", tmp_path / "taken")
    assert result.exit_code != 0
    assert "Traceback" not in result.output


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        ctx = click.Context(command, info_name=name)
        text = command.get_help(ctx)
        assert "Example" in text, f"concept-graph {name} --help has no example"
        assert command.help and len(command.help.split()) > 5, f"concept-graph {name} has no real help"


def test_every_command_is_documented_on_the_command_line_page():
    page = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"concept-graph {name}" in page, f"docs/command-line.md does not document concept-graph {name}"


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("CONCEPT_GRAPH_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "graph", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_python_dash_m_graph_runs_the_cli():
    result = _run("--help")
    assert result.returncode == 0
    assert "Usage: concept-graph" in result.stdout
    for name in cli.commands:
        assert name in result.stdout


def test_bad_data_in_a_real_process_gives_no_traceback(tmp_path):
    folder = tmp_path / "data"
    for name, rows in TINY.items():
        write_csv(folder / name, rows)
    write_csv(folder / "edges.csv", [*TINY["edges.csv"], ["magnesium", "zinc", "", "", "", ""]])
    result = _run("build", "--data", str(folder), "--out", str(tmp_path / "g.html"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{folder}/edges.csv:6: column 'target': unknown node 'zinc'" in result.stderr
    assert not (tmp_path / "g.html").exists()


def test_running_out_of_memory_is_said_plainly(tmp_path):
    """A build that runs out of memory says so, exits 1 and leaves the earlier page as it was."""
    page = tmp_path / "g.html"
    page.write_text("earlier page", encoding="utf-8")
    code = (
        "import graph.formats.loading as loader\n"
        "def full(**kwargs): raise MemoryError()\n"
        "loader.load_for_page = full\n"
        "from graph.cli import main\n"
        f"main(['build', '--out', {str(page)!r}])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CONCEPT_GRAPH_DEBUG"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert result.stderr.startswith("error: out of memory; the data is too large for this machine's memory")
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert page.read_text(encoding="utf-8") == "earlier page"


@pytest.mark.parametrize(
    "args",
    [
        ("build", "--out", ""),
        ("export", "--format", "gexf", "--out", " "),
        ("path", "magnesium", "sleep", "--html", ""),
    ],
)
def test_an_empty_output_path_is_a_usage_error(run_cli, tmp_path, args):
    result = run_cli(*args)
    assert result.exit_code == 2
    option = "--html" if "--html" in args else "--out"
    assert f"Invalid value for '{option}': is empty; expected the name of a file to write" in result.output
