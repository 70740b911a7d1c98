"""The README's command examples on the shipped data print what the README shows (issue 24).

Every ``$ concept-graph build|validate|export ...`` example whose files the
repository ships is run in a fresh folder (so the default data is the
magnesium set and outputs land there) and its output compared with the lines
shown under it. The "Asking the graph" examples are checked, and rewritten by
``python docs/regenerate_examples.py``, in ``test_readme_query.py``.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import DATA, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
RUN = ("build", "validate", "export")


def examples() -> list[tuple[str, list[str]]]:
    """``(command, shown lines)`` for each example of :data:`RUN` that reads only the default data."""
    found = []
    for block in re.findall(r"```text\n(.*?)```", README, re.S):
        for chunk in re.split(r"^(?=\$ concept-graph )", block, flags=re.M):
            if not chunk.startswith("$ concept-graph "):
                continue
            command, *shown = chunk.rstrip("\n").split("\n")
            args = shlex.split(command[2:])
            if args[1] in RUN and not {"--data", "--edges", "--nodes"} & set(args):
                found.append((command[2:], shown))
    return found


def test_the_examples_are_found() -> None:
    assert {shlex.split(c)[1] for c, _ in examples()} == set(RUN)


@pytest.mark.parametrize(("command", "shown"), examples(), ids=[c for c, _ in examples()])
def test_the_example_prints_what_is_shown(
    run_cli: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, shown: list[str]
) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    result = run_cli(*shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    assert result.stdout.rstrip("\n").split("\n") == shown
