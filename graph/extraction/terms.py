"""Words an article uses often that name no concept of the data: the concepts it may be missing.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Zink helpt de afweer. De afweer is sterk.", "nl")
>>> count_terms([(tokens, [], "De afweer is sterk.")], "nl")
[{'term': 'afweer', 'count': 2, 'sentence': 'De afweer is sterk.'}]
"""

from __future__ import annotations

import csv
from collections import Counter
from importlib import resources
from typing import Any

from .concepts import Mention
from .tokens import Token

__all__ = ["count_terms", "STOPWORDS"]


def _stopwords() -> dict[str, set[str]]:
    text = resources.files("graph.extraction").joinpath("stopwords.csv").read_text(encoding="utf-8")
    found: dict[str, set[str]] = {"nl": set(), "en": set()}
    for row in csv.DictReader(text.splitlines()):
        found.setdefault(row["lang"], set()).add(row["word"])
    return found


#: Common words that are never a concept (folded lemmas), by language: ``stopwords.csv``.
STOPWORDS = _stopwords()


def count_terms(
    sentences: list[tuple[list[Token], list[Mention], str]], lang: str, minimum: int = 2
) -> list[dict[str, Any]]:
    """Frequent words and word pairs outside every concept mention, with a sentence each, most frequent first."""
    stop = STOPWORDS.get(lang, set()) | STOPWORDS["en"]
    counts: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = {}
    example: dict[str, str] = {}
    for tokens, mentions, sentence in sentences:
        inside = {i for m in mentions for i in range(m.first, m.last)}
        run: list[Token] = []
        for i, token in enumerate([*tokens, None]):
            word = token.key if token is not None else ""
            if token is not None and i not in inside and word.isalpha() and len(word) > 3 and word not in stop:
                run.append(token)
                continue
            for key, surface in _terms(run):
                counts[key] += 1
                shown.setdefault(key, Counter())[surface] += 1
                example.setdefault(key, sentence)
            run = []
    return [
        {"term": shown[key].most_common(1)[0][0], "count": count, "sentence": example[key]}
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if count >= minimum
    ]


def _terms(run: list[Token]) -> list[tuple[str, str]]:
    """(key, as written) of each word of a run and of each pair of neighbouring words."""
    single = [(t.key, t.text.lower()) for t in run]
    pairs = [(f"{a.key} {b.key}", f"{a.text} {b.text}".lower()) for a, b in zip(run, run[1:], strict=False)]
    return single + pairs
