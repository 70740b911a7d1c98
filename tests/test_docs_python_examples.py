"""Every Python example of the README and docs/*.md runs (issue 28).

Each page's ``python`` blocks run in order, in one namespace, in a fresh folder
that sees the repository's ``data/``, ``docs/`` and ``tests/`` (so examples read
the shipped files and write only there). Their printed output is compared with
the output shown in ``tests/cli/test_readme_query.py``; the Jupyter page's and
the README's Jupyter example are also checked in ``tests/notebook/test_notebooks.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
WITH_PYTHON = [page for page in PAGES if "```python\n" in page.read_text(encoding="utf-8")]


def test_the_pages_with_python_examples_are_found() -> None:
    names = {page.name for page in WITH_PYTHON}
    assert {"README.md", "python.md", "jupyter.md", "exports.md", "extraction.md"} <= names


@pytest.mark.parametrize("page", WITH_PYTHON, ids=[page.name for page in WITH_PYTHON])
def test_every_python_example_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for folder in ("data", "docs", "tests"):
        (tmp_path / folder).symlink_to(ROOT / folder, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    blocks = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"{page.name}, Python example {number}", "exec"), namespace)
    assert "graph" in namespace
