"""Parses made by hand for the tests of the parse step, so that they run without spaCy or a model.

:class:`FakeDoc` has the few attributes of a spaCy ``Doc`` that :mod:`graph.extraction.parsed`
reads (tokens with ``i``, ``text``, ``idx``, ``head``, ``children``, ``dep_``, ``pos_``,
``lemma_``, ``lower_``). A tree is written as one line per word: ``word head dep pos``, the head
counted from 1 (0 for the root), as in CoNLL-U.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph.extraction.cues import cue_book
from graph.extraction.parsed import Parser
from graph.extraction.tokens import tokenize


@dataclass
class FakeToken:
    i: int
    text: str
    idx: int
    dep_: str
    pos_: str
    head: FakeToken | None = None
    morph: str = ""
    children: list[FakeToken] = field(default_factory=list)

    @property
    def lower_(self) -> str:
        return self.text.lower()

    @property
    def lemma_(self) -> str:
        return self.text.lower()


class FakeDoc(list):
    """A list of :class:`FakeToken` (iterating it gives the tokens, as a spaCy ``Doc`` does)."""


def tree(text: str, rows: list[tuple[str, int, str, str]], features: list[str] | None = None) -> FakeDoc:
    """The parse of ``text`` given as (word, head, dep, pos) rows, heads counted from 1, and each word's features."""
    doc = FakeDoc()
    at = 0
    for i, (word, _, dep, pos) in enumerate(rows):
        start = text.index(word, at)
        doc.append(FakeToken(i, word, start, dep, pos, morph=features[i] if features else ""))
        at = start + len(word)
    for token, (_, head, _, _) in zip(doc, rows, strict=True):
        token.head = doc[head - 1] if head else token
        if head:
            doc[head - 1].children.append(token)
    return doc


def written(trees: dict[str, str]) -> dict[str, FakeDoc]:
    """Trees written as text: each sentence, then its rows ``word head dep pos [features]``."""
    found = {}
    for text, lines in trees.items():
        rows = [line.split() for line in lines.strip().splitlines()]
        found[text] = tree(text, [(w, int(h), d, p) for w, h, d, p, *_ in rows], [" ".join(r[4:]) for r in rows])
    return found


class HandParser(Parser):
    """A parser that returns the trees it was given, and a flat tree for any other sentence."""

    def __init__(self, lang: str, trees: dict[str, FakeDoc] | None = None, flat: bool = False) -> None:
        super().__init__(None, lang)
        self.trees = trees or {}
        self.flat = flat
        self.seen: list[str] = []

    def parse(self, text: str):
        self.seen.append(text)
        if text in self.trees:
            return self.trees[text]
        return bold_tree(text, self.lang) if self.flat else None


_WORDS = re.compile(r"\w+(?:[-'’]\w+)*-?|[^\w\s]")


def bold_tree(text: str, lang: str) -> FakeDoc:
    """A parse that claims as much as it can, and sees no negation.

    The first cue word is the root verb; the first word before it is its subject (the words
    before hang from that one), the first word after it its object (the words after hang from
    that one), so every concept before the cue does something to every concept after it.
    Negations and hedges are plain words of the object: only the rules can stop or hedge a claim.
    """
    words = [(m.group(), m.start()) for m in _WORDS.finditer(text)]
    hits = [h for h in cue_book(lang).scan(tokenize(text, lang)) if h.kind == "cue"]
    verb = hits[0].first if hits else 0
    last = hits[0].last if hits else 1
    rows = []
    for i, _ in enumerate(words):
        if i == verb:
            rows.append((0, "root", "VERB"))
        elif verb < i < last:
            rows.append((verb + 1, "fixed", "ADP"))
        elif i < verb:
            rows.append((verb + 1, "nsubj", "NOUN") if i == 0 else (1, "compound", "NOUN"))
        else:
            rows.append((verb + 1, "obj", "NOUN") if i == last else (last + 1, "nmod", "NOUN"))
    doc = FakeDoc(
        FakeToken(i, w, start, dep, pos) for i, ((w, start), (_, dep, pos)) in enumerate(zip(words, rows, strict=True))
    )
    for token, (head, _, _) in zip(doc, rows, strict=True):
        token.head = doc[head - 1] if head else token
        if head:
            doc[head - 1].children.append(token)
    return doc
