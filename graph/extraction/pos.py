"""Part of speech of a word, from a lexicon of the Universal Dependencies treebanks.

``pos_nl.tsv`` and ``pos_en.tsv`` (package data, built by ``python -m bench.build_pos_lexicon``
from UD Dutch Alpino and LassySmall and UD English EWT, CC BY-SA 4.0: ``POS_LICENSE.md``) give
each lower-cased word form its most frequent universal part of speech (UPOS: NOUN, VERB, ADJ,
ADV, ADP, DET, PRON, AUX, ...) and the other tags the treebanks gave it. A word the lexicon
lacks gets a guess from its shape: a number is NUM, a capitalised word PROPN, a Dutch word in
-lijk, -ig, -isch, -loos, -baar (and with -e) ADJ, an English word in -ly ADV, in
-ous/-ful/-ive/-able/-ible/-ic/-al ADJ, and any other word NOUN (in Dutch, a word
the lexicon lacks is mostly a compound noun: "magnesiumtekort"). A form the lexicon lacks is
tagged by its lemma when the lexicon has that ("verhoogt" by "verhogen"). A lexicon is read once, on its
first use.

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

__all__ = ["lexicon", "tag_word", "tags", "NEVER_ENDS"]

#: Parts of speech that never start or end a concept's name: verbs, adverbs, function words.
NEVER_ENDS = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "ADP", "PART"})

_ADJECTIVE_EN = re.compile(r"(ous|ful|ive|able|ible|ic|al)$")
_ADJECTIVE_NL = re.compile(r"(lijke?|ige?|ische?|loze?|loos|bare?)$")
_NUMBER = re.compile(r"^[\d.,/%-]+$")


@lru_cache(maxsize=4)
def lexicon(lang: str) -> dict[str, tuple[str, ...]]:
    """The lexicon of a language ("nl" or "en"): lower-cased form -> its tags, most frequent first.

    An unknown language has an empty lexicon.

    >>> lexicon("en")["can"][0]
    'AUX'
    """
    name = f"pos_{lang}.tsv"
    folder = resources.files("graph.extraction")
    if not folder.joinpath(name).is_file():
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        form, upos, _count, other = line.split("\t")
        table[form] = (upos, *other.split(",")) if other else (upos,)
    return table


def tags(word: str, lang: str) -> tuple[str, ...]:
    """Every tag the treebanks gave ``word``, most frequent first; empty when the lexicon lacks it.

    >>> tags("light", "en")[:2]
    ('ADJ', 'NOUN')
    """
    return lexicon(lang).get(word.lower(), ())


def tag_word(word: str, lang: str, lemma: str | None = None) -> str:
    """The part of speech of ``word`` alone: its most frequent tag, its lemma's, or a guess from its shape.

    >>> tag_word("2,5", "nl"), tag_word("Zwolle", "nl"), tag_word("neuropathic", "en")
    ('NUM', 'PROPN', 'ADJ')
    >>> tag_word("verhoogt", "nl", lemma="verhogen")
    'VERB'
    """
    table = lexicon(lang)
    known = table.get(word.lower()) or lemma and table.get(lemma)
    if known:
        return known[0]
    if _NUMBER.match(word) and any(c.isdigit() for c in word):
        return "NUM"
    if not any(c.isalnum() for c in word):
        return "PUNCT"
    if word[:1].isupper() and word[1:].lower() == word[1:]:
        return "PROPN"
    if lang == "nl" and _ADJECTIVE_NL.search(word.lower()):
        return "ADJ"
    if lang == "en":
        low = word.lower()
        if low.endswith("ly"):
            return "ADV"
        if _ADJECTIVE_EN.search(low):
            return "ADJ"
    return "NOUN"
