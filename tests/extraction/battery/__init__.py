"""A grammar battery of the fidelity guarantees: hedges, denials and direction, in both languages.

``fidelity.csv`` holds short sentences written for these tests (never corpus text), each about
concepts of the magnesium data, with the outcome the guarantees require. ``expect`` is one of:

- ``none``: no candidate at all (a denial);
- ``hedged``: at least one candidate, and every candidate hedged;
- ``hedged_or_none``: no unhedged candidate (a question, a form read safely by saying nothing);
- items separated by ``;``: ``a>b:s`` (the candidate from ``a`` to ``b`` with sign ``s``, ``+``,
  ``-`` or ``0``; ``:h`` after it: hedged), whose absence is a *miss* and whose reverse (``b`` to
  ``a``) or opposite sign is *unsafe*; ``!a>b``: no candidate from ``a`` to ``b`` (unsafe if any).

``xfail`` says why a case is out of reach for now: ``unsafe: ...`` (a guarantee it still breaks)
or ``miss: ...`` (it says less than the sentence); empty when the case passes.

An unsafe outcome breaks a guarantee (a denial proposed, a hedge dropped, a claim turned round, a
sign flipped); a miss says less than the sentence. ``python -m tests.extraction.battery`` prints
the count of each per kind of sentence.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import graph

__all__ = ["Case", "cases", "judge", "outcomes"]

DATA = Path(__file__).with_name("fidelity.csv")
_SIGNS = {"+": 1, "-": -1, "0": 0}


@dataclass(frozen=True)
class Case:
    """One sentence of the battery and the outcome it requires."""

    kind: str
    lang: str
    text: str
    expect: str
    xfail: str


def cases() -> list[Case]:
    """The battery's sentences, in file order."""
    with DATA.open(encoding="utf-8", newline="") as handle:
        return [Case(**row) for row in csv.DictReader(handle)]


Found = set[tuple[str, str, int, bool]]


def outcomes(G: Any, batch: list[Case]) -> list[Found]:
    """What ``extract`` proposes for each case: (source, target, sign, hedged) per candidate.

    The cases of one language are read in one call, each as a text of its own (``text1``, ...).
    """
    found: list[Found] = [set() for _ in batch]
    for lang in sorted({c.lang for c in batch}):
        at = [i for i, c in enumerate(batch) if c.lang == lang]
        frame = graph.extract([batch[i].text for i in at], G, lang=lang).candidates
        for r in frame.itertuples():
            found[at[int(str(r.doc).removeprefix("text")) - 1]].add(
                (str(r.source), str(r.target), int(r.sign), bool(r.hedged))
            )
    return found


def judge(case: Case, found: Found) -> tuple[list[str], list[str]]:
    """The unsafe outcomes and the misses of one case, each said in words."""
    unsafe: list[str] = []
    missed: list[str] = []
    if case.expect == "none":
        unsafe += [f"denial proposed {c}" for c in sorted(found)]
    elif case.expect in ("hedged", "hedged_or_none"):
        unsafe += [f"hedge dropped {c}" for c in sorted(found) if not c[3]]
        if case.expect == "hedged" and not found:
            missed.append("no candidate")
    else:
        for item in case.expect.split(";"):
            if item.startswith("!"):
                a, b = item[1:].split(">")
                unsafe += [f"wrong pair {c}" for c in sorted(found) if (c[0], c[1]) == (a, b)]
                continue
            pair, sign_mark, *rest = item.split(":")
            a, b = pair.split(">")
            sign, hedged = _SIGNS[sign_mark], rest == ["h"]
            unsafe += [f"turned round {c}" for c in sorted(found) if (c[0], c[1]) == (b, a)]
            same = [c for c in found if (c[0], c[1]) == (a, b)]
            unsafe += [f"sign flipped {c}" for c in sorted(same) if sign and c[2] == -sign]
            if hedged:
                unsafe += [f"hedge dropped {c}" for c in sorted(same) if not c[3]]
            if not any(c[2] == sign for c in same):
                missed.append(f"missed {item}")
    return unsafe, missed


def main() -> None:
    """Print, per kind of sentence, the cases, the unsafe ones and the missed ones, and each failure."""
    G = graph.load()
    batch = cases()
    table: Counter[tuple[str, str]] = Counter()
    for case, found in zip(batch, outcomes(G, batch), strict=True):
        unsafe, missed = judge(case, found)
        table[(case.kind, "cases")] += 1
        table[(case.kind, "unsafe")] += bool(unsafe)
        table[(case.kind, "missed")] += bool(missed) and not unsafe
        for note in unsafe + missed:
            print(f"{case.kind} | {case.lang} | {case.text} | {note}")
    print("\n| kind | cases | unsafe | missed |\n| --- | --- | --- | --- |")
    kinds = list(dict.fromkeys(c.kind for c in batch))
    for kind in [*kinds, "all"]:
        group = kinds if kind == "all" else [kind]
        counts = [sum(table[(k, what)] for k in group) for what in ("cases", "unsafe", "missed")]
        print(f"| {kind} | " + " | ".join(map(str, counts)) + " |")
