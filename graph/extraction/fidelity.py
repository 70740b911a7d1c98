"""What a sentence denies beyond its single words: a negated report, or no evidence.

A claim reported as not shown ("Onderzoek toont niet aan dat X Y verhoogt", "No study has
shown that X raises Y", "This does not mean that ...") is denied: the negation stands in the
reporting clause, the claim in the clause after "dat"/"that". So is a claim after a negated
word of evidence with an adjective between ("geen wetenschappelijk bewijs dat ...", "no clear
evidence that ..."). Both give a ``denial`` hit, which keeps every claim of the sentence out
(:func:`.claims.settled`). The verbs of report (kind ``report``) and the words of evidence
(kind ``evidence``) are entries of ``cues.csv``. A claim said to be unlikely ("X is unlikely to
cause Y": kind ``unlikely``, right before a cue word) is denied too; "unlikely to last" is not.

Examples
--------
>>> from graph.extraction.cues import cue_book
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Research has not shown that magnesium improves sleep", "en")
>>> [(h.kind, h.first, h.last) for h in denied_reports(tokens, cue_book("en").scan(tokens))]
[('denial', 2, 4)]
>>> tokens = tokenize("Studies have shown that magnesium improves sleep", "en")
>>> denied_reports(tokens, cue_book("en").scan(tokens))
[]
"""

from __future__ import annotations

from .cues import CueHit
from .tokens import Token

__all__ = ["denied_reports"]

_COMPLEMENT = {"dat", "that"}  # the clause a verb of report governs
_GAP = 2  # words (adjectives, "enkel") that may stand between a negation and a word of evidence


def denied_reports(tokens: list[Token], hits: list[CueHit]) -> list[CueHit]:
    """The ``denial`` hits of a negated report or of no evidence, from the other hits of a sentence."""
    found = [
        CueHit("denial", h.first, h.last)
        for h in hits
        if h.kind == "unlikely" and any(c.kind == "cue" and h.last <= c.first <= h.last + 1 for c in hits)
    ]  # "X is unlikely to cause Y"
    shields = [(h.first, h.last) for h in hits if h.kind == "not_negation"]
    negations = [h for h in hits if h.kind == "negation" and not any(a <= h.first < b for a, b in shields)]
    if not negations:
        return found
    complement = next((i for i, t in enumerate(tokens) if t.key in _COMPLEMENT), None)
    if complement is not None:
        before = [n for n in negations if n.last <= complement]
        if before and any(h.kind == "report" and h.last <= complement for h in hits):
            found.append(CueHit("denial", before[0].first, complement))  # "toont niet aan dat", "no study showed that"
    for h in hits:
        if h.kind != "evidence":
            continue
        for n in negations:
            gap = tokens[n.last : h.first]
            if n.last <= h.first and len(gap) <= _GAP and all(t.text[:1].isalnum() for t in gap):
                found.append(CueHit("denial", n.first, h.last))  # "geen wetenschappelijk bewijs", "no clear evidence"
                break
    return found
