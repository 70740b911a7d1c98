"""The command examples of the README and docs/*.md print what they show (issues 24 and 28).

Every ``$ concept-graph build|validate|export|path|neighbors|stats ...`` example
on the default data is run in a fresh folder (so the default data is the
magnesium set and outputs land there), and every example reading a file of
``docs/examples/`` (or an article of ``tests/extraction/texts/``) is run from
the repository; its output is compared with the lines shown under it (a
listing cut with ``…`` by its first and last lines). The examples of the
"Asking the graph" section (docs/python.md) are checked in
``test_readme_query.py``. ``python docs/regenerate_examples.py`` rewrites them
all.
"""

from __future__ import annotations

import importlib.util
import re
import shlex

import pytest

from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("regenerate_examples", ROOT / "docs" / "regenerate_examples.py")
assert _SPEC and _SPEC.loader
REGENERATE = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(REGENERATE)

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN = ("build", "validate", "export", "path", "neighbors", "stats")
ASKING = "\n## Asking the graph\n"


def _outside_asking(text: str) -> str:
    """``text`` without its "Asking the graph" section (checked by ``test_readme_query.py``)."""
    head, found, rest = text.partition(ASKING)
    return head + (rest.partition("\n## ")[2] if found else "")


def examples() -> list[tuple[str, list[str]]]:
    """``(command, shown lines)`` for each example of :data:`RUN` that reads only the default data."""
    found = []
    text = "\n".join(_outside_asking(page.read_text(encoding="utf-8")) for page in PAGES)
    for block in re.findall(r"```text\n(.*?)```", text, re.S):
        for chunk in re.split(r"^(?=\$ concept-graph )", block, flags=re.M):
            if not chunk.startswith("$ concept-graph "):
                continue
            command, *shown = chunk.rstrip("\n").split("\n")
            args = shlex.split(command[2:])
            if (args[1] in RUN and not {"--data", "--edges", "--nodes"} & set(args)) or _shipped(args):
                found.append((command[2:], shown))
    return found


def _shipped(args: list[str]) -> bool:
    """True when the command reads a file the repository ships for examples (``REGENERATE.SHIPPED``)."""
    return any(arg.startswith(tuple(f"{folder}/" for folder in REGENERATE.SHIPPED)) for arg in args)


def test_the_examples_are_found() -> None:
    assert {shlex.split(c)[1] for c, _ in examples()} == {"build", "validate", "export", "path", "extract"}
    readme = [c for c, _ in examples() if f"$ {c}\n" in (ROOT / "README.md").read_text(encoding="utf-8")]
    assert {shlex.split(c)[1] for c in readme} == {"build", "path"}


@pytest.mark.parametrize(("command", "shown"), examples(), ids=[c for c, _ in examples()])
def test_the_example_prints_what_is_shown(command: str, shown: list[str]) -> None:
    """Run as ``python docs/regenerate_examples.py`` runs it: in a fresh folder with a copy of the data
    and of the shipped example files, so that an example's output files never land in the repository."""
    code, real = REGENERATE.invoke_in_copy(command)  # warnings (standard error) as a terminal shows them
    assert code == (1 if shown[-1].startswith("error: ") else 0), real  # a bad-data example
    if "…" in shown:
        cut = shown.index("…")
        assert real[:cut] == shown[:cut] and real[len(real) - (len(shown) - cut - 1) :] == shown[cut + 1 :]
    else:
        assert real == shown


def test_every_shipped_example_file_is_read_by_an_example() -> None:
    """Each file of ``docs/examples/`` is an argument of an example, or in a folder that is one."""
    arguments = {arg.rstrip("/") for command, _ in examples() for arg in shlex.split(command)}
    shipped = [p.relative_to(ROOT) for p in (ROOT / "docs" / "examples").rglob("*") if p.is_file()]
    unread = [p for p in shipped if not {p.as_posix(), p.parent.as_posix()} & arguments]
    assert shipped and not unread
