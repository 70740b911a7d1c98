"""The package's layout: stages whose imports only go down, and no import cycle.

The rule is declared in ``pyproject.toml`` (``[tool.importlinter]``) and checked
by import-linter; a new upward import or cycle fails here, and so in CI.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("read", "formats", "ask", "page", "notebook", "cli")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    command = [str(lint)] if lint.exists() else [sys.executable, "-m", "importlinter.cli"]
    return subprocess.run(
        [*command, str(root / "pyproject.toml"), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )


def test_every_stage_is_a_subpackage():
    assert all((ROOT / "graph" / stage / "__init__.py").is_file() for stage in STAGES)
    assert sorted(p.stem for p in (ROOT / "graph").glob("*.py")) == [
        "__init__",
        "__main__",
        "atomic",
        "collector",
        "errors",
    ]


def test_imports_go_down_the_stages_and_make_no_cycle():
    run = _lint(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Contracts: 2 kept, 0 broken." in run.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("read/numeric.py", "from ..page import layout", "imports only go down BROKEN"),  # upward, even lazily used
        (
            "ask/names.py",
            "from . import paths",
            "No import cycle among the modules of a stage BROKEN",
        ),  # paths imports names
    ],
)
def test_an_upward_import_or_a_cycle_is_caught(tmp_path, module, line, broken):
    shutil.copytree(ROOT / "graph", tmp_path / "graph", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "graph" / module).open("a", encoding="utf-8") as file:
        file.write(f"\n\ndef _sneak():\n    {line}\n")
    run = _lint(tmp_path)
    said = " ".join(run.stdout.split())  # the report wraps long contract names
    assert run.returncode == 1
    assert f"{broken}" in said and "BROKEN" in said
