"""The documentation site builds with ``mkdocs build --strict``: no broken link, anchor or reference.

The build runs in a subprocess into a temporary folder, as CI would run it; so
does the same configuration on a page with a broken link or a reference to a
function that does not exist, which must fail the build.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import graph
from conftest import ROOT
from graph.cli import cli


def _build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config)]
    command += ["--site-dir", str(site)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def test_the_site_builds_strictly_with_every_command_and_public_name(tmp_path: Path) -> None:
    result = _build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    commands = (tmp_path / "site" / "cli" / "index.html").read_text(encoding="utf-8")
    assert not [name for name in cli.commands if f"concept-graph {name}" not in commands]
    assert "--max-hops" in commands and "Sentinel" not in commands  # the options, as --help prints them
    api = (tmp_path / "site" / "api" / "index.html").read_text(encoding="utf-8")
    assert not [name for name in graph.__all__ if not re.search(rf'id="graph\.[\w.]*\b{name}"', api)]
    # the docstrings' Sphinx roles (":func:`load`") read as code, not as ":func:load" (docs/sphinx_roles.py)
    shown = re.sub(r"<[^>]+>", "", api)
    assert "<code>load</code>" in api and not re.findall(r".{30}:(?:func|class|meth|data|attr):.{30}", shown)


def test_every_public_name_is_in_the_api_page() -> None:
    page = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    listed = re.findall(r"^::: graph\.[\w.]*\.(\w+)$", page, re.M)
    assert sorted(listed) == sorted(graph.__all__)


def test_every_page_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = {p.name for p in (ROOT / "docs").glob("*.md")}
    assert pages == set(re.findall(r"^\s+- (?:[^:\n]+: )?([\w-]+\.md)$", config, re.M))


@pytest.mark.parametrize(
    ("page", "named"),
    [
        ("See [the limits](limits-of-it.md).\n", "limits-of-it.md"),
        ("See [direction](data.md#no-such-heading).\n", "no-such-heading"),
        ("::: graph.ask.paths.no_such_function\n", "graph.ask.paths.no_such_function"),
    ],
    ids=["missing page", "missing anchor", "missing reference"],
)
def test_a_broken_link_or_reference_fails_the_build(tmp_path: Path, page: str, named: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f"# Home\n\n{page}", encoding="utf-8")
    (docs / "data.md").write_text("# Your own data\n\n## Direction\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\ndocs_dir: {docs}\nnav:\n  - index.md\n  - data.md\n"
        f"hooks:\n  - {ROOT / 'docs' / 'sphinx_roles.py'}\n",  # a hook's path is read from the config's folder
        encoding="utf-8",
    )
    result = _build(config, tmp_path / "site")
    assert result.returncode != 0
    assert named in result.stdout + result.stderr


def test_the_page_size_the_docs_state_is_about_right(tmp_path: Path) -> None:
    page = (ROOT / "docs" / "page.md").read_text(encoding="utf-8")
    stated = re.search(r"about (\d+) kB for the magnesium graph", page)
    assert stated, "docs/page.md no longer states the page's size"
    size = graph.write_html(graph.load(), tmp_path / "graph.html").stat().st_size / 1000
    said = f"docs/page.md says about {stated[1]} kB, the page is {size:.0f} kB"
    assert abs(size - int(stated[1])) <= 0.05 * size, said


def test_every_repository_path_the_docs_cite_exists() -> None:
    """A path in backticks (``tests/…``, ``graph/…``, …) names a file or folder of the repository."""
    generated = {"bench/results/latest.md"}  # written by ``python -m bench``
    pages = [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]
    cited = {
        (page.name, path)
        for page in pages
        for path in re.findall(r"`((?:tests|graph|bench|docs|notebooks|data)/[^` ]*)`", page.read_text("utf-8"))
    }
    assert cited and not [
        (page, path) for page, path in sorted(cited) if path not in generated and not (ROOT / path).exists()
    ]


def test_the_readme_links_to_files_that_exist_and_stays_short() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(((?!https?:)[^)#]+)(?:#[^)]*)?\)", readme)
    assert "docs/api.md" in links and "docs/cli.md" in links
    assert not [link for link in links if not (ROOT / link).is_file()]
    assert len(readme.encode("utf-8")) <= 10_000
