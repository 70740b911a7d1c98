"""A noun said to be in a state ("de huid wordt droog", "hair that is dry") names that state: "droge huid".

A reader names what a sentence says of a thing's state the way a noun phrase would: "de huid wordt
droog" is dry skin, "hair that is dry" dry hair, "make the cornea thicker" a thicker cornea,
and so on. So a noun the data does not know, after or before a
verb of being or becoming (``worden``, ``raken``, ``zijn``, ``blijven``; ``be``, ``become``,
``get``, ``turn``, ``grow``), or the object of ``make``/``maken``, with an adjective of state
after it (a comparative only after "make": "wordt schilferiger" says a change, a sign), is proposed
as one new concept: the adjective before the noun (Dutch in its
inflected form, "droge huid"). Adjectives of degree or judgement are no state ("hoger",
"important", "nodig"): they give a sign or nothing, as before; a concept of the data is never
renamed so.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Dan wordt de huid droog.", "nl")
>>> [(m.node, m.text) for m in state_names(tokens, [], set(), "nl")]
[('droge_huid', 'droge huid')]
>>> tokens = tokenize("Hair that is dry may point to it.", "en")
>>> [(m.node, m.text) for m in state_names(tokens, [], set(), "en")]
[('dry_hair', 'dry hair')]
"""

from __future__ import annotations

from .concepts import Mention
from .cues import MAKE_VERBS
from .phrases import concept_id
from .pos import tag_word, tags
from .tokens import Token, fold, lemma_key

__all__ = ["state_names", "attributive"]

#: Verbs of being and becoming (lemmas), and verbs that make their object so.
_COPULAS = {
    "nl": frozenset({"worden", "raken", "zijn", "blijven"}),
    "en": frozenset({"be", "become", "get", "turn", "grow"}),
}
#: Verbs of being only: after one, the word must be an adjective to the lexicon ("is a problem" is no state).
_BEING = frozenset({"zijn", "be", "blijven"})
#: Words between the noun and its verb, or the verb and its adjective: modals, "that", degree adverbs.
_BETWEEN = frozenset({
    "kunnen", "zullen", "gaan", "dan", "ook", "wel", "erg", "heel", "zeer", "te", "nog", "snel", "steeds",
    "can", "may", "might", "will", "could", "would", "also", "very", "too", "more", "even", "quite",
    "that", "which", "die", "dat", "often", "soon", "vaak",
})  # fmt: skip
_DETERMINERS = frozenset({"de", "het", "je", "jouw", "uw", "hun", "the", "your", "their", "its", "his", "her"})
#: Adjectives (lemmas) of degree or judgement: no state a reader names a concept by.
_NO_STATE = frozenset({
    "hoog", "laag", "veel", "weinig", "groot", "klein", "sterk", "zwak", "goed", "slecht", "beter", "meer", "minder",
    "belangrijk", "nodig", "noodzakelijk", "essentieel", "onmisbaar", "mogelijk", "waarschijnlijk", "normaal",
    "gezond", "bekend", "aanwezig", "beschikbaar", "verantwoordelijk", "actief", "nuttig", "handig", "lastig",
    "high", "low", "much", "many", "little", "big", "large", "small", "strong", "weak", "good", "bad", "well",
    "better", "worse", "more", "less", "important", "necessary", "essential", "vital", "crucial", "key",
    "possible", "likely", "unlikely", "normal", "healthy", "known", "present", "available", "responsible",
    "able", "unable", "active", "useful", "needed", "due", "common", "rare", "true", "clear", "sure", "only",
})  # fmt: skip
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_END = frozenset({".", ",", ";", ":", "!", "?", ")", "en", "of", "and", "or", "but", "maar", "—", "-"})


def _adjective(token: Token, lang: str, strict: bool) -> bool:
    """``token`` can be an adjective of state (``strict``: the lexicon says so, of its form or lemma)."""
    word = token.text
    if not word[:1].isalpha() or word[:1].isupper() or token.key in _NO_STATE or fold(word) in _NO_STATE:
        return False
    lemma = lemma_key(word, lang)
    if lemma in _NO_STATE:
        return False
    seen = tags(word, lang) or tags(lemma, lang)
    if seen:
        return seen[0] == "ADJ"  # most often an adjective to the treebanks ("only", "over": no)
    return not strict  # a word the lexicon lacks after "wordt", "turns": an adjective ("brittle")


def _comparative(word: str, lemma: str) -> bool:
    """ "schilferiger", "thicker": a form in -er whose lemma is shorter."""
    w = fold(word)
    return w.endswith("er") and lemma != w and len(lemma) < len(w)


def attributive(word: str, lang: str) -> str:
    """The adjective as it stands before a noun: Dutch inflected ("droog" -> "droge"), English as it is.

    >>> attributive("droog", "nl"), attributive("dik", "nl"), attributive("stroperiger", "nl"), attributive("dry", "en")
    ('droge', 'dikke', 'stroperigere', 'dry')
    """
    w = word.lower()
    if lang != "nl" or w.endswith("e"):
        return w
    vowels = "aeiou"
    voiced = {"f": "v", "s": "z"}
    if len(w) >= 3 and w[-1] not in vowels and w[-2] == w[-3] and w[-2] in "aeou":
        w = w[:-2] + w[-1]  # "droog" -> "drog" + e; "schraal" -> "schral" + e
        return w[:-1] + voiced.get(w[-1], w[-1]) + "e"
    if len(w) >= 3 and w[-1] in voiced and w[-3:-1] in ("oe", "ie", "ei", "ij", "ui", "ou", "au", "eu"):
        return w[:-1] + voiced[w[-1]] + "e"  # "stroef" -> "stroeve", "grijs" -> "grijze"
    stressless = ("ig", "lijk", "isch", "baar", "zaam", "er", "el", "en")
    if (
        len(w) >= 3
        and w[-1] not in vowels
        and w[-2] in vowels
        and w[-3] not in vowels
        and not w.endswith(stressless)
        and sum(c in vowels for c in w) == 1
    ):
        return w + w[-1] + "e"  # "dik" -> "dikke", "nat" -> "natte"
    return w + "e"


def state_names(tokens: list[Token], mentions: list[Mention], taken: set[int], lang: str) -> list[Mention]:
    """Mentions of "ADJ N" for a noun said to be in a state, in place of the noun's own proposal.

    ``mentions`` are the new concepts proposed in the sentence (one may be the noun, replaced),
    ``taken`` the tokens that concepts of the data and cues cover (such a noun is left as it is).
    """
    copulas, make = _COPULAS.get(lang, frozenset()), MAKE_VERBS.get(lang, frozenset())
    lemmas = [lemma_key(t.text, lang) if t.text[:1].isalpha() else t.text for t in tokens]
    proposed = {i: m for m in mentions for i in range(m.first, m.last)}
    found: dict[int, Mention] = {}

    def state(j: int, strict: bool, made: bool = False) -> int | None:
        """The adjective at ``j`` (after modals and degree words) that ends its clause; a comparative only
        after "make" ("wordt schilferiger" says the skin changes, a sign; "makes the cornea thicker" names it)."""
        while j < len(tokens) and lemmas[j] in _BETWEEN:
            j += 1
        if j >= len(tokens) or j in taken or not _adjective(tokens[j], lang, strict):
            return None
        if not made and _comparative(tokens[j].text, lemmas[j]):
            return None
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is not None and after.key not in _END and tag_word(after.text, lang, after.key) in _NOMINAL:
            return None  # "wordt droog brood": an adjective before a noun of its own
        return j

    def noun(i: int) -> bool:
        t = tokens[i]
        if i in taken or not t.text[:1].isalpha() or t.key in _DETERMINERS or lemmas[i] in _BETWEEN:
            return False
        m = proposed.get(i)
        return m is not None and m.first == i or m is None and tag_word(t.text, lang, lemmas[i]) == "NOUN"

    for i in range(len(tokens)):
        if not noun(i):
            continue
        adjective = None
        j = i + 1
        while j < len(tokens) and lemmas[j] in _BETWEEN:
            j += 1  # "hair that is dry", "skin can turn dry"
        if j < len(tokens) and lemmas[j] in copulas and not (lang == "nl" and j == i + 1 and lemmas[j] == "zijn"):
            adjective = state(j + 1, lemmas[j] in _BEING)
        k = i - 1
        while k >= 0 and tokens[k].key in _DETERMINERS:
            k -= 1
        if adjective is None and k < i - 1 and k >= 0 and (lemmas[k] in make or lang == "nl" and lemmas[k] in copulas):
            adjective = state(
                i + 1, lemmas[k] in _BEING, lemmas[k] in make
            )  # "make the cornea thicker", "wordt de huid droog"
        m = proposed.get(i)
        if adjective is None or (m is not None and m.last - 1 not in (i, adjective)):
            continue
        text = f"{attributive(tokens[adjective].text, lang)} {tokens[i].text.lower()}"
        end = m.end if m is not None and m.last - 1 == adjective else tokens[i].end
        found[i] = Mention(concept_id(text, lang), i, i + 1 if end == tokens[i].end else adjective + 1,
                           tokens[i].start, end, text)  # fmt: skip
    kept = [m for m in mentions if m.first not in found]
    return sorted(kept + list(found.values()), key=lambda m: m.first)
