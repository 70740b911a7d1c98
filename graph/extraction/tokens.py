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


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case without accents: ``"Cafeïne"`` -> ``"cafeine"``.

    >>> fold("Beïnvloedt")
    'beinvloedt'
    """
    if text.isascii():
        return text.lower().replace("’", "'")
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
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


# A full stop that may not end a sentence: after a short word or a single letter ("o.a.", "bijv.", "ca.",
# "Dr."), or before a small letter or a digit. Only paragraphs with one go through pysbd (slow);
# the others are split at ". ", "! " and "? " before a capital, which is what pysbd would do there.
# A run of marks is tried from its first mark only, so that "!!!…" takes linear time.
_BEFORE_STOP = re.compile(r"(?<![\w.])([\w.]+)\.(?=\s|$)")
_HARD = re.compile(r"\.\s+[a-z0-9]|\b\w\.\w")
_EASY_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'’”)]*\s+(?=[\"'‘“(]?[A-Z0-9À-Ý])")
_SPACE = re.compile(r"\s+")

#: The most characters split into sentences at once, and the longest sentence read: a paragraph
#: longer than this is cut into pieces first (at a sentence end if there is one, else between words),
#: as pysbd's time grows with the square of the text it is given and so does reading a sentence.
MAX_SENTENCE = 2000


@lru_cache(maxsize=4)
def _abbreviations(lang: str) -> frozenset[str]:
    from pysbd.languages import Language

    return frozenset(a.lower() for a in Language.get_language_code(lang).Abbreviation.ABBREVIATIONS)


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the sentences of ``text``, trailing space left out.

    No sentence is longer than :data:`MAX_SENTENCE` characters.

    >>> [b - a for a, b in split_sentences("word " * 1000, "en")]
    [1999, 1999, 999]
    """
    spans: list[tuple[int, int]] = []
    for start, end in _pieces(text, MAX_SENTENCE):
        spans.extend((start + a, start + b) for a, b in _split(text[start:end], lang))
    return spans


def _pieces(text: str, size: int) -> list[tuple[int, int]]:
    """``text`` cut into pieces of at most ``size`` characters, each ending at a sentence end or a space
    where there is one."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        end = _last_end(_EASY_END, window) or _last_end(_SPACE, window) or size
        pieces.append((start, start + end))
        start += end
    pieces.append((start, len(text)))
    return pieces


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    """Where the last match of ``pattern`` in ``window`` ends (0 when there is none)."""
    end = 0
    for match in pattern.finditer(window):
        end = match.end()
    return end


def _split(text: str, lang: str) -> list[tuple[int, int]]:
    abbreviations = _abbreviations(lang)
    if _HARD.search(text) or any(m.group(1).lower() in abbreviations for m in _BEFORE_STOP.finditer(text)):
        raw = [(span.start, span.end) for span in _segmenter(lang).segment(text)]
    else:
        cuts = [0, *(m.end() for m in _EASY_END.finditer(text)), len(text)]
        raw = list(zip(cuts, cuts[1:], strict=False))
    spans = []
    for start, end in raw:
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            spans.append((start, end))
    return spans
