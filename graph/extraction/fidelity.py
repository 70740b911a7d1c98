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

from .concepts import Mention
from .cues import CueHit
from .tokens import Token

__all__ = ["conditional_claims", "denied_reports", "open_questions"]

_COMPLEMENT = {"dat", "that"}  # the clause a verb of report governs
_GAP = 2  # words (adjectives, "enkel") that may stand between a negation and a word of evidence


_OPEN = {"of", "whether"}  # a sentence opening with "Of ..."/"Whether ..." asks; it claims nothing
_IF = {"als", "if", "indien"}  # a sentence opening with a condition claims only under it


def open_questions(tokens: list[Token]) -> list[CueHit]:
    """An ``inquiry`` hit for a sentence that opens with "Of"/"Whether": it asks, and claims nothing.

    >>> from graph.extraction.tokens import tokenize
    >>> [h.kind for h in open_questions(tokenize("Of magnesium helpt, is onduidelijk", "nl"))]
    ['inquiry']
    >>> open_questions(tokenize("Magnesium helpt", "nl"))
    []
    """
    first = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), None)
    if first is not None and tokens[first].key in _OPEN:
        return [CueHit("inquiry", first, first + 1)]
    return []


def conditional_claims(tokens: list[Token], mentions: list[Mention], hits: list[CueHit]) -> list[CueHit]:
    """A ``hedge`` hit for a sentence opening with a condition that itself relates two concepts.

    "Als magnesium het cortisol verlaagt, verbetert de slaap", "If magnesium lowers cortisol, ...":
    the claim in the condition is not said to hold, and what follows holds only if it does. A
    condition of one concept ("Als X wordt geremd, ...") states the claim of the sentence: no hedge.

    >>> from graph.extraction.concepts import Mention
    >>> from graph.extraction.cues import cue_book
    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("If magnesium lowers cortisol, sleep improves", "en")
    >>> named = [Mention("magnesium", 1, 2, 3, 12, "magnesium"), Mention("cortisol", 3, 4, 20, 28, "cortisol")]
    >>> [h.kind for h in conditional_claims(tokens, named, cue_book("en").scan(tokens))]
    ['hedge']
    >>> conditional_claims(tokens, named[:1], cue_book("en").scan(tokens))
    []
    """
    first = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), None)
    if first is None or tokens[first].key not in _IF:
        return []
    comma = next((i for i in range(first, len(tokens)) if tokens[i].text == ","), None)
    if comma is None:
        return []
    inside = {m.node for m in mentions if first < m.first and m.last <= comma}
    cued = any(h.kind == "cue" and first < h.first < comma for h in hits)
    return [CueHit("hedge", first, first + 1)] if len(inside) >= 2 and cued else []


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
