"""Closest names: the cheap bounds in front of difflib leave its answer as it was."""

from __future__ import annotations

import difflib
import random

import pytest

from graph.read.suggest import closest


def _by_difflib_alone(name: str, candidates: list[str], n: int, cutoff: float) -> list[str]:
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(name)
    scored = []
    for candidate in candidates:
        matcher.set_seq1(candidate)
        if matcher.ratio() >= cutoff:
            scored.append((-matcher.ratio(), candidate))
    return [candidate for _, candidate in sorted(scored)[:n]]


@pytest.mark.parametrize("cutoff", [0.6, 0.75, 0.9])
def test_the_closest_names_are_those_difflib_alone_finds(cutoff):
    rng = random.Random(11)
    words = ["magnesium", "melatonin", "sleep", "deep", "cortisol", "stress", "gaba", "receptor", "muscle"]
    candidates = [" ".join(rng.sample(words, rng.randint(1, 3))) for _ in range(1500)]
    candidates += ["".join(rng.choice("abcdefgmnorstu ") for _ in range(rng.randint(1, 25))) for _ in range(1500)]
    names = ["magnesum", "deep slep", "cortisol stres", "xyz", "gaba receptr", "sleep", "nosuchnodeatall", ""]
    for name in names:
        assert closest(name, candidates, n=5, cutoff=cutoff) == _by_difflib_alone(name, candidates, 5, cutoff)


def test_names_that_are_not_text_are_still_compared():
    assert closest(("m", "g"), [("m", "g"), ("x",)]) == [("m", "g")]


def test_most_names_never_reach_difflib(monkeypatch):
    # a million names took 16 s when each went through difflib: the bounds leave it few
    handed: list[str] = []
    original = difflib.SequenceMatcher.set_seq1

    def counted(self, candidate):
        handed.append(candidate)
        return original(self, candidate)

    monkeypatch.setattr(difflib.SequenceMatcher, "set_seq1", counted)
    rng = random.Random(2)
    candidates = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(rng.randint(3, 30))) for _ in range(5000)
    ]
    assert closest("magnesium", candidates + ["magnesum"], cutoff=0.75) == ["magnesum"]
    assert 1 <= len(handed) < 0.1 * len(candidates)
