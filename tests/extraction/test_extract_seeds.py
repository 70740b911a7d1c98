"""How much of the data's own edges `extract` finds in the two articles they were written from.

The articles are not in the repository; they are read from ``../shared/seeds/`` (next to the
repository) and the test skips, saying so, where they are absent. The data is the gold standard:
an edge of ``edges.csv`` whose ``source_doc`` is the article counts as found when a candidate has
the same source, target and sign. docs/extraction.md states the figures this test measures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import graph

ROOT = Path(__file__).resolve().parents[2]
# ../shared beside the repository; for a git worktree kept one level down (wt/<name>), ../../shared.
_NEAR = [p / "shared" for p in (ROOT.parent, ROOT.parent.parent)]
SHARED = next((p for p in _NEAR if p.is_dir()), _NEAR[0])
SEEDS = SHARED / "seeds"
PAGE = ROOT / "docs" / "extraction.md"
# The issue asks for 80% of each article's edges, found with the right direction and sign.
FLOOR = {"hauwaerts": 0.80, "schneider": 0.80}


@pytest.fixture(scope="module")
def measured():
    G = graph.load()
    files = {doc: SEEDS / data["file"] for doc, data in G.graph["sources"].items()}
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        pytest.skip(f"the seed articles are not here: {', '.join(missing)} (they live next to the repository)")
    result = graph.extract(list(files.values()), G)
    return {doc: result.coverage[doc] for doc in files}


def _stated_figures() -> dict[str, tuple[int, int, str, str]]:
    rows = re.findall(
        r"^\| (\w+) \(`\d+_…`\) \| (\d+) \| (\d+) \| ([\d.]+)% \| ([\d.]+)% \|$", PAGE.read_text("utf-8"), re.M
    )
    return {doc: (int(total), int(found), recall, precision) for doc, total, found, recall, precision in rows}


def test_the_extraction_page_states_the_measured_recall_and_precision(measured):
    stated = _stated_figures()
    for doc, cov in measured.items():
        figures = (
            cov["graph_edges"],
            cov["graph_edges_found"],
            f"{cov['recall']:.1%}"[:-1],
            f"{cov['precision']:.1%}"[:-1],
        )
        assert stated.get(doc) == figures, f"docs/extraction.md states {stated.get(doc)} for {doc}, measured {figures}"


def test_at_least_80_percent_of_each_articles_edges_are_found(measured):
    for doc, cov in measured.items():
        assert cov["recall"] >= FLOOR[doc], (doc, cov["recall"])
        assert cov["precision"] >= 0.4, (doc, cov["precision"])  # reported in docs/extraction.md


def test_every_edge_of_the_article_is_reported_with_its_sentences_or_as_missing(measured):
    for cov in measured.values():
        for edge in cov["edges"]:
            assert edge["sentences"] or edge["note"] == "no supporting sentence found"
