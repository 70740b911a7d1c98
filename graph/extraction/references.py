"""What "het", "dit", "deze balans" and "dergelijke problemen" refer to.

A sentence that opens with a pronoun ("Het bevordert ...", "It binds ...")
speaks of the topic: the subject of the last sentence that claimed
something, or the concept a heading names. "Dit/deze + noun" refers to the
concepts just named (or the topic) whose names, or whose category's name,
end in that noun ("dit mineraal": magnesium); failing that, to the last
few concepts named, each a candidate. "Dergelijke problemen" refers to the
kinds just named.

Examples
--------
>>> import graph
>>> from graph.extraction.concepts import ConceptIndex
>>> from graph.extraction.cues import cue_book
>>> from graph.extraction.tokens import tokenize
>>> G = graph.load()
>>> refs, index = References(G, "nl"), ConceptIndex(G)
>>> def read(text):
...     tokens = tokenize(text, "nl")
...     cues = [h for h in cue_book("nl").scan(tokens) if h.kind == "cue"]
...     return [m.node for m in refs.resolve(tokens, index.find(tokens), cues)]
>>> read("Magnesium bevordert de slaap.")
['magnesium', 'sleep']
>>> read("Het remt stress.")
['magnesium', 'stress']
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from .concepts import Mention
from .cues import CueHit
from .tokens import Token, fold, tokenize

__all__ = ["References", "node_words", "stand_ins"]

NodeWords = dict[Hashable, set[str]]

_POINTING = {"het", "dit", "deze", "dat", "hij", "zij", "it", "this", "these", "they", "its"}
_PERSONAL = {"het", "hij", "zij", "it", "they", "dit", "this"}
_DEMONSTRATIVE = {"dit", "deze", "this", "these", "dergelijk", "dergelijke", "zulke", "zulk", "such"}
_KIND_WORDS = {"dergelijk", "dergelijke", "zulke", "zulk", "such"}
# Adverbs that open a Dutch sentence before its verb and subject ("Daarnaast onderdrukt het ..."), and
# words that follow a pronoun rather than an article's noun.
_LEADING = {"daarnaast", "bovendien", "verder", "ook", "tevens", "vervolgens", "daardoor", "hierdoor", "zo", "dus"}
_AFTER_PRONOUN = {"de", "het", "een", "ook", "niet", "dus", "zo", "vaak", "onder", "the", "also"}
_OPENERS = {"omdat", "doordat", "aangezien", "waardoor", "zodat", "because", "since", "so"}


class References:
    """The topic and the concepts just named, as a text is read sentence by sentence."""

    def __init__(
        self, G: Any, lang: str, words: tuple[dict[Hashable, set[str]], dict[Hashable, set[str]]] | None = None
    ) -> None:
        self.lang = lang
        self.topic: Hashable | None = None
        self.label_topics: list[Hashable] = []  # the concepts of the label of the list item being read
        self.before: list[Mention] = []  # the concepts of the sentence before, for "dit proces"
        # node -> words of its names and its category's names; and of its own names only
        self.words, self.own_words = words if words is not None else (node_words(G), node_words(G, categories=False))

    def note_heading(self, mentions: list[Mention]) -> None:
        """A heading names the topic that "het"/"dit"/"it" refers to until a sentence names another."""
        if mentions:
            self.topic = mentions[0].node

    def resolve(
        self, tokens: list[Token], mentions: list[Mention], cues: Sequence[CueHit], hits: Sequence[CueHit] = ()
    ) -> list[Mention]:
        """The mentions of a sentence with its references added (a reference's ``text`` is empty).

        ``hits`` (all the sentence's cue-table hits) tell a passive: its doer, after "door"/"by",
        becomes the topic rather than the subject ("... kan door magnesium worden verbeterd. Het ...").
        """
        named = [m for m in mentions if m.text]
        mentions = self._opening(tokens, mentions, cues)
        doer = _passive_doer(mentions, hits, cues)
        if doer is not None:
            self.topic = doer
        mentions = self._demonstratives(tokens, mentions) if cues else mentions
        starts = [m.first for m in mentions]
        # "deze balans", when sure: one concept, that fits the noun
        resolved = [m for m in mentions if m.text or starts.count(m.first) == 1]
        self.before = resolved or named or self.before
        return mentions

    def _opening(self, tokens: list[Token], mentions: list[Mention], cues: Sequence[CueHit]) -> list[Mention]:
        """A sentence that opens with "Het"/"Dit mineraal"/"It" speaks of the topic: the last subject named."""
        first_cue = cues[0].first if cues else len(tokens)
        pointing = bool(tokens) and (tokens[0].key in _DEMONSTRATIVE or self._pronoun_first(tokens))
        subject_named = bool(mentions) and mentions[0].first < first_cue and not pointing
        mentions = self._pronouns_after_openers(tokens, mentions)
        if subject_named:
            if cues or self.topic is None:  # only a sentence that claims something changes the topic
                self.topic = mentions[0].node
            return mentions
        if tokens and tokens[0].key in _POINTING and self.topic is not None and cues:
            pronoun = self._pronoun_first(tokens)
            width = 2 if not pronoun and tokens[0].key in _DEMONSTRATIVE and tokens[1].key.isalpha() else 1
            if mentions and mentions[0].first <= width and not pronoun:
                return mentions
            topics = [self.topic]
            if tokens[0].key in _DEMONSTRATIVE and width == 2:  # "Dit proces", "Deze balans": what fits the noun
                topics = self._fitting(tokens[1].key)
            elif tokens[0].key in _DEMONSTRATIVE:  # "Dit ...": the topic, or the item's label
                topics += self.label_topics
            pointers = [Mention(t, 0, width, tokens[0].start, tokens[width - 1].end, "") for t in dict.fromkeys(topics)]
            return [*pointers, *[m for m in mentions if m.first >= width]]
        return mentions

    def _fitting(self, noun: str) -> list[Hashable]:
        """What "dit/deze + noun" refers to: the concepts just named, or the topic, whose names hold the noun;
        failing that the last two concepts named and the topic."""
        named = [m.node for m in self.before]
        candidates = [*named, self.topic] if self.topic is not None else named
        fallback = [*list(dict.fromkeys(named))[-3:], *([self.topic] if self.topic is not None else [])]
        fitting = [n for n in candidates if any(w.endswith(noun) for w in self.own_words.get(n, ()))]
        if fitting:
            return fitting
        kind = [n for n in candidates if any(w.endswith(noun) for w in self.words.get(n, ()))]
        return list(dict.fromkeys([*kind, *fallback])) if kind else fallback

    def _demonstratives(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """ "deze balans", "this process": the concepts of the sentence before whose names share the noun."""
        taken = {i for m in mentions for i in range(m.first, m.last)}
        added: list[Mention] = []
        for i, token in enumerate(tokens[:-1]):
            noun = tokens[i + 1]
            if token.key not in _DEMONSTRATIVE or i in taken or i + 1 in taken or not noun.key.isalpha():
                continue
            if noun.key == "as":
                continue  # "symptoms such as A": an example follows, nothing is referred to
            if i == 0 and any(m.first == 0 and not m.text for m in mentions):
                continue
            fitting = [m for m in self.before if any(w.endswith(noun.key) for w in self.words.get(m.node, ()))]
            adjective = self.lang == "nl" and noun.text.lower().endswith("e") and i + 2 < len(tokens)
            if not fitting and adjective and i + 2 not in taken and tokens[i + 2].key.isalpha():
                noun = tokens[i + 2]  # "dit belangrijke mineraal": the noun after an adjective
                fitting = [m for m in self.before if any(w.endswith(noun.key) for w in self.words.get(m.node, ()))]
            if token.key in _KIND_WORDS:  # "dergelijke problemen": the kinds just named, too
                fitting = [*fitting, *self.before[-2:]]
            # "dit artikel", naming no concept just named, refers to none
            last = i + 3 if noun is not tokens[i + 1] else i + 2
            added.extend(Mention(m.node, i, last, token.start, noun.end, "") for m in fitting)
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions

    def _pronoun_first(self, tokens: list[Token]) -> bool:
        """ "Het heeft ...", "It binds ...": the sentence opens with a pronoun, not an article."""
        if len(tokens) < 2 or tokens[0].key not in _PERSONAL:
            return False
        if self.lang != "nl":
            return True
        verb = tokens[1]
        return verb.key != fold(verb.text) and verb.key.endswith("en")

    @staticmethod
    def _pronoun_at(tokens: list[Token], i: int, taken: set[int], starts: set[int]) -> bool:
        """ "het" at ``i`` is a pronoun: followed by an article or a concept, not by its own noun."""
        return (
            tokens[i].key in _PERSONAL and i not in taken and (tokens[i + 1].key in _AFTER_PRONOUN or i + 1 in starts)
        )

    def _pronouns_after_openers(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """ "..., omdat het helpt ...": "het" after a clause word is the topic."""
        if self.topic is None:
            return mentions
        taken = {i for m in mentions for i in range(m.first, m.last)}
        added: list[Mention] = []
        starts = {m.first for m in mentions}
        for i in range(1, len(tokens) - 1):
            if tokens[i].key in _PERSONAL and i not in taken and tokens[i - 1].key in _OPENERS:
                added.append(Mention(self.topic, i, i + 1, tokens[i].start, tokens[i].end, ""))
            elif i == 2 and tokens[0].key in _LEADING and self._pronoun_at(tokens, i, taken, starts):
                added.append(Mention(self.topic, i, i + 1, tokens[i].start, tokens[i].end, ""))  # "Daarnaast remt het"
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions


def _passive_doer(mentions: list[Mention], hits: Sequence[CueHit], cues: Sequence[CueHit]) -> Hashable | None:
    """The concept right after "door"/"by" in a sentence with a form of "worden"/"be" and a cue."""
    if not any(h.kind == "passive_aux" for h in hits):
        return None
    for hit in hits:
        after = [m for m in mentions if m.text and m.first == hit.last]
        if hit.kind == "agent" and after and cues:
            return after[0].node
    return None


def node_words(G: Any, categories: bool = True) -> NodeWords:
    """node -> the folded words of its labels, and of its category's labels ("mineraal" for magnesium)."""
    tables = G.graph.get("categories") or {}
    words: dict[Hashable, set[str]] = {}
    for node, data in G.nodes(data=True):
        texts = [str(node), str(data.get("label", "")), str(data.get("label_nl", ""))]
        category = tables.get(data.get("category"), {}) if categories else {}
        texts += [str(category.get("label", "")), str(category.get("label_nl", ""))]
        found: set[str] = set()
        for text in texts:
            for lang in ("nl", "en"):
                found.update(t.key for t in tokenize(text.replace("_", " "), lang) if t.key.isalpha())
        words[node] = found
    return words


def stand_ins(subject: Mention, clause_mentions: list[Mention]) -> list[Mention]:
    """The subject, or every concept a referring subject ("Dit proces") may stand for."""
    if subject.text:
        return [subject]
    return [m for m in clause_mentions if not m.text and m.first == subject.first] or [subject]
