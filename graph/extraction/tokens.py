"""Sentences, tokens and lemmas of a piece of text, with character offsets.

Sentences are split by pysbd (it keeps Dutch abbreviations such as "o.a.",
"bijv." and "ca." inside their sentence, where simplemma's splitter breaks
them: measured in tests/test_extract_text.py). Lemmas come from simplemma's
dictionaries; both work offline.

Examples
--------
>>> [t.key for t in tokenize("Spierkrampen verhogen", "nl")]
['spierkramp', 'verhogen']
>>> [s for s, _ in split_sentences("Het werkt o.a. bij krampen. Ja.", "nl")]
[0, 28]
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Token", "tokenize", "split_sentences", "fold", "lemma_key", "LANGUAGES"]

#: Languages the extractor reads.
LANGUAGES = ("nl", "en")

_WORD = re.compile(r"\w+(?:[-'’]\w+)*-?|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark: its text, offsets, and its keys for matching.

    ``key`` is the folded lemma; ``keys`` holds the lemma and the folded surface form.
    """

    text: str
    start: int
    end: int
    key: str
    keys: frozenset[str]


def fold(text: str) -> str:
    """Lower case without accents: ``"Cafeïne"`` -> ``"cafeine"``.

    >>> fold("Beïnvloedt")
    'beinvloedt'
    """
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def lemma_key(word: str, lang: str) -> str:
    """The folded lemma of one word in ``lang`` (the word itself when unknown)."""
    import simplemma

    if not word[:1].isalnum():
        return fold(word)
    try:
        lemma = simplemma.lemmatize(word, lang=lang)
    except (ValueError, KeyError):  # a word simplemma cannot handle
        lemma = word
    return fold(lemma)


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text``, their offsets shifted by ``offset``."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group()
        key = lemma_key(word, lang)
        tokens.append(Token(word, match.start() + offset, match.end() + offset, key, frozenset((key, fold(word)))))
    return tokens


@lru_cache(maxsize=4)
def _segmenter(lang: str):  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the sentences of ``text``, trailing space left out."""
    spans = []
    for span in _segmenter(lang).segment(text):
        start, end = span.start, span.end
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
    return spans
