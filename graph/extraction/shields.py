"""What a thing is protected against is lowered: "protects the cells against damage".

A verb of protecting takes what it keeps safe as its object and what it keeps away after
"against"/"tegen" ("Vitamin C protects the cells against inflammation", "Vitamine C beschermt de
cellen tegen ontsteking"). The object is supported; what follows "against" is prevented. So "against" or
"tegen" after such a verb in the same sentence, with no other cue between, is a cue of its own
that prevents (general grammar of both languages).

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Vitamin C protects the cells against inflammation.", "en")
>>> [(h.relation, h.first) for h in shield_cues(tokens, [CueHit("cue", 2, 3, "supports", "active")], "en")]
[('prevents', 5)]
"""

from __future__ import annotations

from .cues import CueHit
from .tokens import Token

__all__ = ["shield_cues"]

#: Verbs of protecting (lemmas), by language.
_PROTECT = {
    "en": frozenset({"protect", "guard", "shield", "defend", "safeguard"}),
    "nl": frozenset({"beschermen", "behoeden", "beveiligen", "wapenen"}),
}
#: The word that names what is kept away.
_AGAINST = {"en": "against", "nl": "tegen"}
#: Words that end the clause the verb governs.
_STOPS = frozenset({".", ";", ":", "!", "?", "maar", "but", "terwijl", "while", "whereas"})


def shield_cues(tokens: list[Token], hits: list[CueHit], lang: str) -> list[CueHit]:
    """A ``prevents`` cue at each "against"/"tegen" that follows a verb of protecting in its clause."""
    protect, against = _PROTECT.get(lang, frozenset()), _AGAINST.get(lang)
    taken = {i for h in hits for i in range(h.first, h.last)}
    found = []
    for i, t in enumerate(tokens):
        if t.key != against or i in taken:
            continue
        for j in range(i - 1, -1, -1):
            if tokens[j].key in _STOPS or tokens[j].text in _STOPS:
                break
            if tokens[j].key in protect:
                found.append(CueHit("cue", i, i + 1, "prevents", "active"))
                break
            if j in taken and any(h.first == j and h.kind == "cue" for h in hits):
                break  # another cue between: "against" belongs to it
    return found
