"""Row-level checks of a data set against its vocabularies, each problem noted once.

Examples
--------
>>> problems = []
>>> checks = Checks(problems, {}, {}, {}, dict.fromkeys(["relations", "sources", "categories", "nodes", "edges"]))
>>> checks.known("relations", "tweaks", "edges.csv", 2, "relation")  # no relations.csv: a default entry
>>> checks.relations["tweaks"]["sign"], problems
(0, [])
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import MAX_REPORTED, Problem
from . import vocabulary as vocab
from .csvfile import Table
from .folder import DATA_FILES
from .suggest import did_you_mean

__all__ = ["Checks"]

#: The key column of each vocabulary table.
_KEYS = {"relations": "relation", "sources": "id", "categories": "category"}


class Checks:
    """Row-level checks against the vocabularies, with a cap on suggestion work."""

    def __init__(
        self, problems: list[Problem], relations: dict, sources: dict, categories: dict, tables: dict[str, Table | None]
    ):
        self.problems = problems
        self.relations, self.sources, self.categories = relations, sources, categories
        # Values must be listed only in a table that could be read; otherwise every row would repeat its problem.
        self.strict: dict[str, bool] = {}
        for kind, key in _KEYS.items():
            table = tables[kind]
            self.strict[kind] = table is not None and table.index(key) is not None
        self.names = {kind: (t.name if t is not None else DATA_FILES[kind]) for kind, t in tables.items()}

    def add(
        self,
        file: str,
        line: int,
        column: str | None,
        message: str,
        expected: str,
        value: str = "",
        candidates: Any = (),
    ) -> None:
        hint = did_you_mean(value, candidates) if value and len(self.problems) < 2 * MAX_REPORTED else ""
        self.problems.append(Problem(file, line, column, message, expected + hint))

    def reported(self, table: Table) -> bool:
        """True when a problem with ``table`` (say, a quote never closed) is already reported."""
        return any(problem.file == table.name for problem in self.problems)

    def known(self, kind: str, value: str, file: str, line: int, column: str) -> None:
        """Check ``value`` against the table of ``kind``, adding a default entry when there is none."""
        entries = getattr(self, kind)
        if value in entries:
            return
        if self.strict[kind]:
            singular = kind[:-1] if kind != "categories" else "category"
            self.add(
                file, line, column, f"unknown {singular} '{value}'", f"one listed in {self.names[kind]}", value, entries
            )
        elif kind == "relations":
            entries[value] = vocab.relation_entry(value)
        elif kind == "sources":
            entries[value] = vocab.source_entry(value)

    def complete_categories(self, used: Iterable[str]) -> None:
        """Give each category in ``used`` (the nodes' categories, in node order) that no table
        describes its default entry."""
        for category in used:
            if category not in self.categories:
                self.categories[category] = vocab.category_entry(category, len(self.categories))
