"""The build's progress line: on a terminal after a second, never on a pipe or in captured output."""

from __future__ import annotations

import io
import time

import pytest

from graph.cli import commands as cli
from graph.cli.progress import Stages


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_a_slow_task_on_a_terminal_shows_its_stages_then_clears_the_line():
    screen = Terminal()
    with Stages("building", 2, stream=screen, delay=0.0, interval=0.01) as stages:
        stages.stage("reading the data")
        time.sleep(0.05)
        stages.stage("laying out 3 nodes")
        time.sleep(0.05)
    text = screen.getvalue()
    assert "\rbuilding: [1/2] reading the data  0." in text
    assert "\rbuilding: [2/2] laying out 3 nodes  0." in text
    last = text.rsplit("\r", 2)
    assert last[-1] == "" and last[-2].strip() == ""  # the line is blanked out and the cursor back at its start


def test_a_quick_task_shows_nothing():
    screen = Terminal()
    with Stages("building", 2, stream=screen, delay=5.0) as stages:
        stages.stage("reading the data")
    assert screen.getvalue() == ""


@pytest.mark.parametrize("stream", [io.StringIO(), None])
def test_nothing_is_written_where_no_one_watches(stream, capsys):
    with Stages("building", 1, stream=stream, delay=0.0, interval=0.01) as stages:
        stages.stage("reading the data")
        time.sleep(0.03)
    assert (stream.getvalue() if stream else capsys.readouterr().err) == ""


def test_a_stream_without_isatty_counts_as_no_terminal():
    class Bare:
        def write(self, text: str) -> None:
            raise AssertionError("wrote to a stream that is no terminal")

    with Stages("building", 1, stream=Bare(), delay=0.0) as stages:  # type: ignore[arg-type]
        stages.stage("reading the data")
        time.sleep(0.02)


def test_build_in_captured_output_says_only_what_it_wrote(run_cli, tiny_data, tmp_path, monkeypatch):
    monkeypatch.setattr("graph.cli.progress.DELAY", 0.0)
    out = tmp_path / "graph.html"
    result = run_cli("build", "--data", tiny_data, "--out", out)
    assert (result.exit_code, result.stdout, result.stderr) == (0, f"wrote {out}: 4 nodes, 4 edges\n", "")


def test_the_graph_is_kept_only_when_the_program_ends_with_os_exit(run_cli, tiny_data, tmp_path):
    assert run_cli("build", "--data", tiny_data, "--out", tmp_path / "g.html").exit_code == 0
    assert cli._kept is None  # in-process callers (tests, notebooks) keep nothing
