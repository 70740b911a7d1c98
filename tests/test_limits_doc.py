"""Every cap docs/limits.md states is the figure the code holds (issue 29).

A cap is stated beside its constant's name where the page names it; a change to either
side, without the other, fails here.
"""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from graph.ask.search import CHEAP_WORK
from graph.atomic import MAX_TEMP_STEM
from graph.cli.commands import MAX_HOPS
from graph.errors import MAX_REPORTED
from graph.extraction.article import MAX_ARTICLE_BYTES, MAX_PAGE_BYTES
from graph.extraction.tokens import MAX_SENTENCE
from graph.formats.checked import MAX_NESTING
from graph.page.overview import OVERVIEW_EDGES, OVERVIEW_NODES
from graph.read.quickcsv import FIELD_LIMIT
from graph.read.safety import MAX_INPUT_BYTES

LIMITS = " ".join((ROOT / "docs" / "limits.md").read_text(encoding="utf-8").split())
README = (ROOT / "README.md").read_text(encoding="utf-8")

#: (how the page says it, with {} for the figure; the figure as the code has it)
STATED = [
    ("at most {} bytes of text (`MAX_ARTICLE_BYTES`", f"{MAX_ARTICLE_BYTES:,}"),
    ("a saved web page at most {} bytes with its markup (`MAX_PAGE_BYTES`)", f"{MAX_PAGE_BYTES:,}"),
    ("more than {} characters with no sentence end (`MAX_SENTENCE`", f"{MAX_SENTENCE:,}"),
    ("`--max-hops` is at most {} ", f"{MAX_HOPS}"),
    ("walk at most {} successors (`CHEAP_WORK`", f"{CHEAP_WORK:,}"),
    ("An input file is at most {} (`MAX_INPUT_BYTES`", f"{MAX_INPUT_BYTES >> 30} GiB"),
    ("nested at most {} levels (`MAX_NESTING`", f"{MAX_NESTING}"),
    ("One value may hold up to {} characters", f"{FIELD_LIMIT:,}"),
    ("only the first {} problems are printed", f"{MAX_REPORTED}"),
    ("the temporary name keeps at most {} bytes of it", f"{MAX_TEMP_STEM}"),
    ("A page of {} concepts or {} edges or more opens on its overview", (f"{OVERVIEW_NODES:,}", f"{OVERVIEW_EDGES:,}")),
]


@pytest.mark.parametrize(("said", "figure"), STATED, ids=[s for s, _ in STATED])
def test_each_cap_is_stated_with_the_codes_figure(said: str, figure: str | tuple[str, ...]) -> None:
    figures = figure if isinstance(figure, tuple) else (figure,)
    assert said.format(*figures) in LIMITS


def test_the_readme_points_to_the_limits() -> None:
    assert re.search(r"\[Limits\]\(docs/limits\.md\)", README)
