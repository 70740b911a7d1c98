"""A verb done worse or better names its activity: "leert slechter" is less learning.

A Dutch sentence often says what something changes by a verb and a comparative instead of a noun
and a cue: "wie te weinig slaapt, leert slechter, onthoudt minder goed", "reageer je trager". A
reader names the activity by the verb ("leren", "onthouden") and reads the comparative as the
change: worse, slower, less lowers it, better, faster raises it. So a finite verb that names no
concept, followed (after a subject pronoun at most) by such a comparative that ends its clause, is
proposed as a new concept named by its infinitive, and the verb is a cue that lowers or raises it
(general grammar; the comparatives are the language's own, no text's words). English is left out:
on the held-back half of the added development texts its manner adverbs ("more slowly", "less
well") gave three wrong candidates and no right one.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Wie te weinig slaapt, leert slechter.", "nl")
>>> mentions, cues = activity_changes(tokens, set(), "nl")
>>> [(m.node, m.text) for m in mentions], [(c.relation, c.first) for c in cues]
([('leer', 'leren')], [('decreases', 5)])
"""

from __future__ import annotations

from .concepts import Mention
from .cues import CueHit
from .phrases import concept_id
from .pos import tag_word
from .tokens import Token, fold

__all__ = ["activity_changes", "is_activity"]

#: Comparatives of manner after a verb (folded words, one or two), and the sign of the change.
_CHANGES: dict[str, dict[tuple[str, ...], int]] = {
    "nl": {
        ("slechter",): -1, ("trager",): -1, ("langzamer",): -1, ("moeilijker",): -1, ("minder", "goed"): -1,
        ("minder", "helder"): -1, ("minder", "snel"): -1, ("minder", "scherp"): -1, ("minder",): -1,
        ("beter",): 1, ("sneller",): 1, ("makkelijker",): 1, ("gemakkelijker",): 1, ("helderder",): 1,
    },
}  # fmt: skip
#: Subject pronouns that may stand between a fronted verb and its comparative ("reageer je trager").
_PRONOUNS = frozenset({"je", "jij", "u", "we", "wij", "ze", "zij", "hij", "men"})
#: What may end the clause after the comparative.
_ENDS = frozenset({".", ",", ";", ":", "!", "?", "en", "of", "maar", ")"})
#: Verbs too general to name an activity (lemmas): being, having, becoming, doing, modals.
_LIGHT = frozenset({
    "zijn", "hebben", "worden", "doen", "gaan", "komen", "kunnen", "moeten", "zullen", "willen", "mogen", "raken",
    "voelen", "maken", "krijgen", "lijken", "blijven",
})  # fmt: skip


def _change_at(tokens: list[Token], j: int, lang: str) -> tuple[int, int] | None:
    """The end and sign of a comparative of manner at ``j`` that ends its clause, else None."""
    for words, sign in sorted(_CHANGES.get(lang, {}).items(), key=lambda kv: -len(kv[0])):
        end = j + len(words)
        if end > len(tokens) or tuple(fold(t.text) for t in tokens[j:end]) != words:
            continue
        if end < len(tokens) and tokens[end].key not in _ENDS and fold(tokens[end].text) not in _ENDS:
            continue  # "minder stress": a quantity of a noun, not a manner
        return end, sign
    return None


def activity_changes(tokens: list[Token], taken: set[int], lang: str) -> tuple[list[Mention], list[CueHit]]:
    """The activities named by a verb and a comparative of manner, and a cue for each change.

    ``taken`` holds the tokens concepts and cues already cover; such a verb is left as it is. The
    cue spans the verb and the mention the comparative after it, named by the verb's dictionary form:
    what the sentence's subject changes stands after what it does, as an object does.
    """
    mentions: list[Mention] = []
    cues: list[CueHit] = []
    for i, t in enumerate(tokens):
        if i in taken or not t.text[:1].isalpha() or t.key in _LIGHT:
            continue
        if tag_word(t.text, lang, t.key) != "VERB" or fold(t.text) == t.key:
            continue  # a finite verb: not its infinitive ("leren" is a noun phrase of its own)
        j = i + 1
        if j < len(tokens) and tokens[j].key in _PRONOUNS:
            j += 1  # "reageer je trager"
        change = _change_at(tokens, j, lang)
        if change is None or any(k in taken for k in range(j, change[0])):
            continue
        end, sign = change
        name = t.key  # the infinitive: "leren", "onthouden"
        last = tokens[end - 1]
        mentions.append(Mention(concept_id(name, lang), j, end, tokens[j].start, last.end, name))
        cues.append(CueHit("cue", i, i + 1, "decreases" if sign < 0 else "increases", "active"))
    return mentions, cues


def is_activity(m: Mention, tokens: list[Token], lang: str) -> bool:
    """``m`` is an activity named at its comparative ("leert slechter"): it is done to, and does nothing.

    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("Door stress reageer je trager.", "nl")
    >>> is_activity(Mention("reageren", 4, 5, 0, 0, "reageren"), tokens, "nl")
    True
    """
    return tuple(fold(t.text) for t in tokens[m.first : m.last]) in _CHANGES.get(lang, {})
