"""Where a noun phrase begins, past its adjectives (general grammar of noun chunks).

An adjective between an article and its noun keeps the noun inside the phrase the article opens
("de essentiële aminozuren": the noun after "de"), even where the adjective itself names nothing
and is left out of the name.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("de essentiële aminozuren", "nl")
>>> adjective = lambda t: t.text.endswith("ële")
>>> opening_word(tokens, 2, adjective)
'de'
"""

from __future__ import annotations

from collections.abc import Callable

from .tokens import Token

__all__ = ["opening_word"]

#: At most this many adjectives stand between a phrase's opening word and its noun.
_MAX_ADJECTIVES = 2


def opening_word(tokens: list[Token], i: int, adjective: Callable[[Token], bool]) -> str:
    """The key of the word before the phrase whose noun stands at ``i``, past its adjectives.

    The word right before ``i`` when it is no adjective; else the first word before the
    adjectives (at most :data:`_MAX_ADJECTIVES`); "" at the start of the sentence.

    >>> from graph.extraction.tokens import tokenize
    >>> opening_word(tokenize("the free radicals", "en"), 2, lambda t: t.text == "free")
    'the'
    """
    j = i - 1
    skipped = 0
    while j >= 0 and skipped < _MAX_ADJECTIVES and adjective(tokens[j]):
        j -= 1
        skipped += 1
    return tokens[j].key if j >= 0 else ""
