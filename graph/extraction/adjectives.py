"""Adjectives a reader names by their noun: "moe" is vermoeidheid, "hungry" hunger.

A symptom is often told with an adjective ("je wordt moe", "you feel hungry", a list item
"Duizelig"); a reader names it with the noun. The table (``adjectives.csv``) gives the noun of
each such adjective, in Dutch and English, with where it comes from (the grammar of the language,
or a sentence of the development corpus).

Examples
--------
>>> noun_of("Hungry", "en"), noun_of("moe", "nl"), noun_of("table", "en")
('hunger', 'vermoeidheid', None)
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from .tokens import fold

__all__ = ["noun_of"]


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, str]]:
    text = resources.files("graph.extraction").joinpath("adjectives.csv").read_text(encoding="utf-8")
    found: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(text.splitlines()):
        found.setdefault(row["lang"], {})[fold(row["adjective"])] = row["noun"]
    return found


def noun_of(word: str, lang: str) -> str | None:
    """The noun a reader names the adjective ``word`` by, or None when the table has none."""
    return _table().get(lang, {}).get(fold(word))
