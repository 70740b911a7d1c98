"""Rewrite the output the README and the documentation (``docs/*.md``) show from real runs.

Each ``$ concept-graph ...`` line in a text block of the "Asking the graph"
section (``docs/python.md``) is run and the lines under it replaced by what it prints (a listing
abbreviated with ``…`` keeps its cut: as many lines before and after it as
before); the Python example's output block is replaced by what the example
prints, and so is the README's Python example's. Elsewhere, in the README and
every page, each ``build``, ``validate``, ``export``, ``path``, ``neighbors``
or ``stats`` example on the default data, and each example on a file of
``docs/examples/`` (or ``tests/extraction/texts/``), is run in a fresh folder
with a copy of those (:func:`invoke_in_copy`), and its output put under it. ``tests/cli/test_readme_query.py`` and
``tests/cli/test_readme_examples.py`` fail until this has been run after a
change of data or wording.

Run from the repository root::

    python docs/regenerate_examples.py
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import shutil
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
HEADING = "## Asking the graph"
#: A Python block followed by the text block of what it prints (neither crossing a fence).
PRINTS = r"```python\n((?:(?!```).)*)```\n\n```text\n(?:(?!```).)*```"


#: Folders of files the repository ships for examples to read, copied beside the data for each run.
SHIPPED = ("docs/examples", "tests/extraction/texts")


def invoke(command: str) -> tuple[int, list[str]]:
    """The exit code of ``command`` (a ``concept-graph ...`` line, perhaps ending ``< FILE``) and what
    it prints (standard output and error, as a terminal shows them), as lines."""
    from graph.cli import cli

    args = shlex.split(command)[1:]
    given = None
    if len(args) > 2 and args[-2] == "<":  # standard input from a file, as a shell would give it
        given = Path(args[-1]).read_bytes()
        args = args[:-2]
    result = CliRunner().invoke(cli, args, input=given, catch_exceptions=False)
    return result.exit_code, result.output.rstrip("\n").split("\n")


def run(command: str) -> list[str]:
    """What ``command`` prints, as lines (:func:`invoke`)."""
    return invoke(command)[1]


def invoke_in_copy(command: str) -> tuple[int, list[str]]:
    """:func:`invoke` in a fresh folder holding a copy of ``data/`` and of the :data:`SHIPPED` folders,
    so the default data is the magnesium set, shipped files are found, and outputs never land in the
    repository. ``tests/cli/test_readme_examples.py`` runs every example through this."""
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "data", Path(tmp) / "data")
        for folder in SHIPPED:
            shutil.copytree(ROOT / folder, Path(tmp) / folder)
        os.chdir(tmp)
        try:
            return invoke(command)
        finally:
            os.chdir(here)


def shown(old: list[str], real: list[str]) -> list[str]:
    """``real`` as the README shows it: cut at the same place as ``old`` when ``old`` was cut."""
    if "…" not in old:
        return real
    cut = old.index("…")
    tail = len(old) - cut - 1
    return real[:cut] + ["…"] + real[len(real) - tail :]


def text_block(block: str) -> str:
    out = []
    for chunk in re.split(r"^(?=\$ concept-graph )", block, flags=re.M):
        if not chunk.startswith("$ "):
            out.append(chunk)
            continue
        command, *old = chunk.rstrip("\n").split("\n")
        trailing_blank = chunk.endswith("\n\n")
        lines = [command, *shown([line for line in old], run(command[2:]))]
        out.append("\n".join(lines) + ("\n\n" if trailing_blank else "\n"))
    return "".join(out)


def python_output(code: str, name: str = "docs/python.md") -> str:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, name, "exec"), {})
    return printed.getvalue()


def python_examples(text: str, name: str) -> str:
    """``text`` with the output of its first Python example that shows what it prints made anew."""

    def example(match: re.Match[str]) -> str:
        return f"```python\n{match[1]}```\n\n```text\n{python_output(match[1], name)}```"

    return re.sub(PRINTS, example, text, count=1, flags=re.S)


def regenerate(text: str) -> str:
    head, _, rest = text.partition(HEADING)
    section, sep, tail = rest.partition("\n## ")

    section = python_examples(section, "docs/python.md")
    section = re.sub(
        r"```text\n(\$ concept-graph .*?)```", lambda m: f"```text\n{text_block(m[1])}```", section, flags=re.S
    )
    return head + HEADING + section + sep + tail


#: The commands run on the default data outside "Asking the graph".
ON_DATA = ("build", "validate", "export", "path", "neighbors", "stats")


def data_examples(text: str) -> str:
    """``text`` with the output of each :data:`ON_DATA` example on the default data made anew."""

    def block(match: re.Match[str]) -> str:
        out = []
        for chunk in re.split(r"^(?=\$ concept-graph )", match[1], flags=re.M):
            args = shlex.split(chunk.split("\n", 1)[0][2:]) if chunk.startswith("$ concept-graph ") else []
            shipped = any(arg.startswith(tuple(f"{folder}/" for folder in SHIPPED)) for arg in args)
            on_data = len(args) > 1 and args[1] in ON_DATA and not {"--data", "--edges", "--nodes"} & set(args)
            if not (shipped or on_data):
                out.append(chunk)
                continue
            command, *old = chunk.rstrip("\n").split("\n")
            out.append("\n".join([command, *shown(old, invoke_in_copy(command[2:])[1])]) + "\n")
        return f"```text\n{''.join(out)}```"

    return re.sub(r"```text\n(\$ concept-graph .*?)```", block, text, flags=re.S)


def main() -> int:
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    for path in [README, *sorted((ROOT / "docs").glob("*.md"))]:
        name = path.relative_to(ROOT).as_posix()
        old = path.read_text(encoding="utf-8")
        if HEADING in old:
            new = regenerate(old)
            head, sep, rest = new.partition(HEADING)
            section, sep2, tail = rest.partition("\n## ")
            new = data_examples(head) + sep + section + sep2 + data_examples(tail)
        else:
            new = data_examples(old)
        if path == README:
            new = python_examples(new, name)
        if new != old:
            path.write_text(new, encoding="utf-8")
            print(f"{name}: examples regenerated")
        else:
            print(f"{name}: examples already up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
