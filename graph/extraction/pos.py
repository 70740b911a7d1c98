"""Part of speech of a word, from a lexicon of the Universal Dependencies treebanks.

``pos_nl.tsv`` and ``pos_en.tsv`` (package data, built by ``python -m bench.build_pos_lexicon``
from UD Dutch Alpino and LassySmall and UD English EWT, CC BY-SA 4.0: ``POS_LICENSE.md``) give
each lower-cased word form its most frequent universal part of speech (UPOS: NOUN, VERB, ADJ,
ADV, ADP, DET, PRON, AUX, ...) and the other tags the treebanks gave it. A word the lexicon
lacks gets a guess from its shape: a number is NUM, a capitalised word PROPN, a Dutch form of a
verb whose dictionary form ends in -en (the form itself, or one in -t or -d, or one in ge-) VERB,
a Dutch word in -lijk, -ig, -isch, -loos, -baar, -ief, -eel (and with -e) ADJ, an English word in
-ly ADV, in -ed VERB, in -ous/-ful/-ive/-able/-ible/-ic/-al ADJ, and any other word NOUN (in Dutch, a word
the lexicon lacks is mostly a compound noun: "magnesiumtekort"). A form the lexicon lacks is
tagged by its lemma when the lexicon has that ("verhoogt" by "verhogen"), except an English plural
of a word the lexicon knows only as an adjective: English adjectives take no -s, so "colds" and
"radicals" are nouns (:func:`plural_of_adjective`). A lexicon is read once, on its first use.

Examples
--------
>>> tag_word("verhogen", "nl"), tag_word("slaaptekort", "nl"), tag_word("the", "en")
('VERB', 'NOUN', 'DET')
>>> tag_word("gradually", "en"), tag_word("vitamine", "nl"), tag_word("kortademig", "nl")
('ADV', 'NOUN', 'ADJ')
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["lexicon", "tag_word", "tags", "names_nothing", "plural_of_adjective", "NEVER_ENDS", "TRUSTED"]

#: Parts of speech that never start or end a concept's name: verbs, adverbs, function words.
NEVER_ENDS = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "ADP", "PART"})

#: How often the treebanks must have seen a verb or an adverb (with no other reading) before
#: :func:`names_nothing` trusts that it names nothing.
TRUSTED = 3

# Readings that can be (part of) a concept's name.
_NAMING = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X", "SYM"})

_ADJECTIVE_EN = re.compile(r"(ous|ful|ive|able|ible|ic|al)$")
_ADJECTIVE_NL = re.compile(r"(lijke?|ige?|ische?|loze?|loos|bare?|ie[fv]e?|eel|ele)$")
_NUMBER = re.compile(r"^[\d.,/%-]+$")


@lru_cache(maxsize=4)
def _load(lang: str) -> tuple[dict[str, tuple[str, ...]], dict[str, int]]:
    name = f"pos_{lang}.tsv"
    folder = resources.files("graph.extraction")
    table: dict[str, tuple[str, ...]] = {}
    seen: dict[str, int] = {}
    if not folder.joinpath(name).is_file():
        return table, seen
    for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        form, upos, count, other = line.split("\t")
        table[form] = (upos, *other.split(",")) if other else (upos,)
        seen[form] = int(count)
    return table, seen


def lexicon(lang: str) -> dict[str, tuple[str, ...]]:
    """The lexicon of a language ("nl" or "en"): lower-cased form -> its tags, most frequent first.

    An unknown language has an empty lexicon.

    >>> lexicon("en")["can"][0]
    'AUX'
    """
    return _load(lang)[0]


def tags(word: str, lang: str) -> tuple[str, ...]:
    """Every tag the treebanks gave ``word``, most frequent first; empty when the lexicon lacks it.

    >>> tags("light", "en")[:2]
    ('ADJ', 'NOUN')
    """
    return lexicon(lang).get(word.lower(), ())


@lru_cache(maxsize=200_000)
def tag_word(word: str, lang: str, lemma: str | None = None) -> str:
    """The part of speech of ``word`` alone: its most frequent tag, its lemma's, or a guess from its shape.

    >>> tag_word("2,5", "nl"), tag_word("Zwolle", "nl"), tag_word("neuropathic", "en")
    ('NUM', 'PROPN', 'ADJ')
    >>> tag_word("verhoogt", "nl", lemma="verhogen")
    'VERB'
    """
    table = lexicon(lang)
    if plural_of_adjective(word, lang, lemma):
        return "NOUN"
    known = table.get(word.lower()) or lemma and table.get(lemma)
    if known:
        return known[0]
    if _NUMBER.match(word) and any(c.isdigit() for c in word):
        return "NUM"
    if not any(c.isalnum() for c in word):
        return "PUNCT"
    if word[:1].isupper() and word[1:].lower() == word[1:]:
        return "PROPN"
    low = word.lower()
    verb_form = low == lemma or low.endswith(("t", "d")) or low.startswith("ge")
    if lang == "nl" and lemma and lemma.endswith("en") and len(lemma) >= 5 and verb_form:
        return "VERB"  # "slapen", "slaapt", "verstoord": a form of a verb's dictionary form in -en
    if lang == "nl" and _ADJECTIVE_NL.search(low):
        return "ADJ"
    if lang == "en":
        if low.endswith("ly"):
            return "ADV"
        if low.endswith("ed") and len(low) > 4:
            return "VERB"  # a participle or past tense ("dehydrated"); a word in -ing stays a noun ("swelling")
        if _ADJECTIVE_EN.search(low):
            return "ADJ"
    return "NOUN"


def plural_of_adjective(word: str, lang: str, lemma: str | None = None) -> bool:
    """An English form in -s the lexicon lacks, whose lemma it knows only as an adjective: a plural noun.

    English adjectives are not inflected for number (general grammar), so "colds" is the noun
    "cold", not the adjective the lexicon holds for its lemma; a form the lexicon has keeps its tags.

    >>> plural_of_adjective("colds", "en", "cold"), plural_of_adjective("cold", "en", "cold")
    (True, False)
    """
    low = word.lower()
    if lang != "en" or not lemma or low == lemma or not low.endswith("s") or low.endswith("ss"):
        return False
    table = lexicon(lang)
    seen = table.get(lemma, ())
    return low not in table and bool(seen) and seen[0] == "ADJ" and not {"NOUN", "PROPN"} & set(seen)


@lru_cache(maxsize=200_000)
def names_nothing(word: str, lang: str, lemma: str | None = None) -> bool:
    """``word`` is a verb, an adverb or a function word in every reading: it starts or ends no concept.

    A word the treebanks also saw as a noun or an adjective ("light") may name one, and so may an
    open-class word (a verb, an adverb) they saw fewer than :data:`TRUSTED` times ("stress", seen
    twice as a verb); a word they lack is judged by its lemma, and one whose lemma they lack too
    names nothing only by the other rules of :mod:`graph.extraction.phrases` (its shape is no proof:
    "vocht" is no form of "vochten").

    >>> names_nothing("usually", "en"), names_nothing("stress", "en"), names_nothing("zodat", "nl")
    (True, False, True)
    >>> names_nothing("magnesiumtekort", "nl"), names_nothing("vocht", "nl", lemma="vochten")
    (False, False)
    """
    table, seen = _load(lang)
    key = word.lower() if word.lower() in table else lemma or ""
    known = table.get(key)
    if not known or known[0] in ("VERB", "ADV") and seen[key] < TRUSTED:
        return False
    return known[0] in NEVER_ENDS and not _NAMING.intersection(known)
