"""The README's two commands, and CI running the README's test command word for word."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str) -> str:
    """The first fenced code block after the line containing ``marker``."""
    start = README.index(marker)
    found = re.search(r"```[a-z]*\n(.*?)\n```", README[start:], re.DOTALL)
    assert found, f"no code block after {marker!r}"
    return found.group(1).strip()


def test_readme_has_one_command_that_installs_and_builds_the_page():
    command = _block_after("Build the magnesium graph")
    assert "\n" not in command
    assert "pip install" in command and command.endswith("concept-graph build")


def test_readme_has_one_command_that_installs_and_runs_the_tests():
    command = _block_after("Run the tests")
    assert "\n" not in command
    assert '".[test]"' in command and "pytest" in command


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = _block_after("Run the tests")
    assert command in ci.splitlines(), ".ci/run must call the README's test command unchanged"
    assert "apt-get install -y" in ci and "chromium" in ci
    assert "CONCEPT_GRAPH_REQUIRE_BROWSER=1" in ci
