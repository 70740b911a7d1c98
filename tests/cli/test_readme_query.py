"""The "Asking the graph" section (docs/python.md) tells the truth: real output, every option, every JSON key.

The README's Python example is run too, and its output compared with the output it shows.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest

from conftest import ROOT
from graph.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_PAGE = (ROOT / "docs" / "python.md").read_text(encoding="utf-8")
COMMAND_PAGE = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
SECTION = PYTHON_PAGE.split("\n## Asking the graph\n", 1)[1].split("\n## ", 1)[0]
#: A Python block followed by the text block of what it prints (neither crossing a fence).
PRINTS = r"```python\n((?:(?!```).)*)```\n\n```text\n((?:(?!```).)*)```"
COMMANDS = ("path", "neighbors", "stats")


def shown_runs() -> list[tuple[str, list[str]]]:
    """Each ``$ concept-graph ...`` line of the section's text blocks, with the output shown under it."""
    runs = []
    for block in re.findall(r"```text\n(.*?)```", SECTION, re.S):
        for chunk in re.split(r"^(?=\$ concept-graph )", block, flags=re.M):
            if chunk.startswith("$ "):
                command, *output = chunk.rstrip("\n").split("\n")
                runs.append((command[2:], output))
    return runs


@pytest.mark.parametrize(("command", "shown"), shown_runs(), ids=[c for c, _ in shown_runs()])
def test_shown_output_is_the_real_output(
    run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch, command: str, shown: list[str]
) -> None:
    monkeypatch.chdir(ROOT)
    real = run_cli(*shlex.split(command)[1:]).stdout.rstrip("\n").split("\n")
    if "…" in shown:  # an abbreviated listing: the start and the end must match
        cut = shown.index("…")
        head, tail = shown[:cut], shown[cut + 1 :]
        assert real[: len(head)] == head and real[len(real) - len(tail) :] == tail
    else:
        assert real == shown


def test_the_python_example_prints_what_is_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, shown = re.search(PRINTS, SECTION, re.S).groups()  # type: ignore[union-attr]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "docs/python.md", "exec"), {})
    assert capsys.readouterr().out == shown


def test_the_readme_python_example_prints_what_is_shown(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    section = README.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    code, shown = re.search(PRINTS, section, re.S).groups()  # type: ignore[union-attr]
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})
    assert shown and capsys.readouterr().out == shown


def test_the_section_shows_each_command() -> None:
    assert {shlex.split(c)[1] for c, _ in shown_runs()} == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_option_is_in_the_command_table(command: str) -> None:
    row = next(line for line in COMMAND_PAGE.splitlines() if line.startswith(f"| `concept-graph {command} "))
    options = [o for p in cli.commands[command].params if isinstance(p, click.Option) for o in p.opts]
    data_options = {"--data", "--edges", "--nodes", "--source-col", "--target-col", "--undirected"}
    missing = [o for o in options if o.startswith("--") and o not in data_options and o not in row]
    assert not missing


@pytest.mark.parametrize(
    "args",
    [["path", "magnesium", "sleep"], ["path", "sleep", "magnesium"], ["neighbors", "magnesium"], ["stats"]],
)
def test_every_json_key_is_documented(run_cli: Callable[..., Any], tiny_data: Path, args: list[str]) -> None:
    data = json.loads(run_cli(*args, "--json", "--data", tiny_data).stdout)
    keys = set(data)
    for item in data.get("paths", []):
        keys |= set(item)
        for step in item["steps"]:
            keys |= set(step) | {k for edge in step["edges"] for k in edge}
    for step in data.get("steps", []):
        keys |= set(step)
    json_part = SECTION.split("### JSON", 1)[1]
    assert not [k for k in sorted(keys) if f"`{k}`" not in json_part]


@pytest.mark.parametrize(
    "command",
    [
        "concept-graph path magnesium slaap --lang nl --max-hops 2",
        "concept-graph path magnesiumtekort spierkrampen --lang nl --max-hops 2",
    ],
)
def test_the_section_shows_two_dutch_answers_as_printed(command: str) -> None:
    """Both are also run and compared line by line in test_shown_output_is_the_real_output."""
    shown = dict(shown_runs())
    assert command in shown
    assert "…" not in shown[command]
    assert any(" Netto: " in line for line in shown[command])
