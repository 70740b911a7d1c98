"""What "het", "dit", "deze balans" and "dergelijke problemen" refer to.

A sentence that opens with a pronoun ("Het bevordert ...", "It binds ...")
speaks of the topic: the subject of the last sentence that claimed
something, or the concept a heading names. "Dit/deze + noun" refers to the
concepts just named (or the topic) whose names, or whose category's name,
end in that noun ("dit mineraal": magnesium); failing that, to the last
few concepts named, each a candidate. "Dergelijke problemen" refers to the
kinds just named. "Dit"/"This" standing alone ("Dit leidt tot ...", "Op den
duur resulteert dit in ...") refers to the subject of the main clause of the
sentence before, and to no concept when that sentence named none; "Het
mineraal"/"The hormone" opening a sentence to the topic, when it is of that
kind; "het"/"it" after "omdat", "maar", "because", "but" to the subject of
its own sentence, else the topic; "Deze"/"These" standing alone ("These can
also cause ...") to every subject the sentence before listed.

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

from .clauses import PERSONS
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
# Verbs of change without an object (lemmas; "gaan", "nemen", "lopen" of "gaat omhoog", "neemt af", "loopt op").
_CHANGE_VERBS = {"stijgen", "dalen", "afnemen", "toenemen", "gaan", "nemen", "lopen", "verslechteren", "verbeteren",
                 "groeien", "krimpen", "achteruitgaan"}  # fmt: skip
# "Daarnaast reageer je trager": a person is the subject
_PERSONS = PERSONS | {"iemand", "mensen", "ze", "zij", "hij"}
_PREPOSITIONS = {"in", "tot", "op", "aan", "voor", "bij", "van", "met", "uit", "tegen"}
_AFTER_PRONOUN = {"de", "het", "een", "ook", "niet", "dus", "zo", "vaak", "onder", "the", "also"}
_OPENERS = {"omdat", "doordat", "aangezien", "waardoor", "zodat", "because", "since", "so"}
_BUT = {"maar", "but"}  # "..., maar het maakt ook dat ...": a main clause of its own, with the pronoun as subject
_DEFINITE = {"de", "het", "the"}  # "Het mineraal ...", "The hormone ...": the topic named by its kind
# "Dit leidt tot ...", "This can ...": a demonstrative standing alone points at what the sentence before said.
_THAT = {"dit", "dat", "this", "that"}
_THESE = {"deze", "these"}  # "Deze kunnen ...", "These can ...": what the sentence before listed as its subject
_LISTING = {",", "en", "of", "and", "or"}
_MODALS = {
    "kunnen",
    "zullen",
    "moeten",
    "zijn",
    "hebben",
    "can",
    "may",
    "might",
    "could",
    "will",
    "are",
    "have",
    "help",
}
# Words opening a subordinate clause before the main one ("Als we X tegenkomen, komt Y in actie").
_SUBORDINATE_FIRST = {"als", "wanneer", "indien", "zodra", "nadat", "voordat", "terwijl", "hoewel", "if", "when",
                      "whenever", "once", "after", "before", "while", "although", "though"}  # fmt: skip


class References:
    """The topic and the concepts just named, as a text is read sentence by sentence."""

    def __init__(
        self, G: Any, lang: str, words: tuple[dict[Hashable, set[str]], dict[Hashable, set[str]]] | None = None
    ) -> None:
        self.lang = lang
        self.topic: Hashable | None = None
        self.label_topics: list[Hashable] = []  # the concepts of the label of the list item being read
        self.before: list[Mention] = []  # the concepts of the sentence before, for "dit proces"
        self.named_words: dict[Hashable, set[str]] = {}  # node -> the words the text named it by
        self.item_subject: Hashable | None = None  # what a list item that opens with its verb speaks of
        self.said: list[Hashable] = []  # the subject of the sentence just read (none when it named none)
        self.said_before: list[Hashable] = []  # ... and of the one before it, for "Dit leidt tot ..."
        # node -> words of its names and its category's names; and of its own names only
        self.words, self.own_words = words if words is not None else (node_words(G), node_words(G, categories=False))

    def next_sentence(self, tokens: list[Token], mentions: list[Mention]) -> None:
        """A new sentence is read: what the last one spoke of is kept for a "Dit"/"This" opening this one."""
        self.said_before = self.said
        self.said = _main_subject(tokens, mentions)

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
        for m in named:  # "vitamine B12" makes "deze vitamine" fit, for a concept the data lacks too
            self.named_words.setdefault(m.node, set()).update(t.key for t in tokens[m.first : m.last])
        mentions = self._definite(tokens, mentions, cues)
        mentions = self._opening(tokens, mentions, cues)
        mentions = self._item_verb_first(tokens, mentions, cues)
        doer = _passive_doer(mentions, hits, cues)
        if doer is not None:
            self.topic = doer
        mentions = self._demonstratives(tokens, mentions) if cues else mentions
        starts = [m.first for m in mentions]
        # "deze balans", when sure: one concept, that fits the noun
        resolved = [m for m in mentions if m.text or starts.count(m.first) == 1]
        self.before = resolved or named or self.before
        self.said = _main_subject(tokens, resolved) or self.said
        return mentions

    def _opening(self, tokens: list[Token], mentions: list[Mention], cues: Sequence[CueHit]) -> list[Mention]:
        """A sentence that opens with "Het"/"Dit mineraal"/"It" speaks of the topic: the last subject named."""
        first_cue = cues[0].first if cues else len(tokens)
        pointing = bool(tokens) and (tokens[0].key in _DEMONSTRATIVE or self._pronoun_first(tokens))
        subject_named = bool(mentions) and mentions[0].first < first_cue and not pointing
        mentions = self._pronouns_after_openers(tokens, mentions, first_cue)
        if subject_named:
            # only a sentence that claims something changes the topic, and not by a concept of the
            # clause it opens with ("Als adenosine wordt tegengehouden, voel je ...": the topic stays)
            if self.topic is None or cues and not _in_opening_clause(tokens, mentions[0]):
                self.topic = mentions[0].node
            return mentions
        linked = self._linked_change(tokens, mentions, cues)
        if linked is not None:
            return linked
        if tokens and tokens[0].key in _POINTING and self.topic is not None and cues:
            pronoun = self._pronoun_first(tokens)
            width = 2 if not pronoun and tokens[0].key in _DEMONSTRATIVE and tokens[1].key.isalpha() else 1
            if fold(tokens[0].text) in _THESE and self._plural_verb(tokens, cues):  # "These can also cause ..."
                if not self.said_before:
                    return mentions
                pointers = [Mention(t, 0, 1, tokens[0].start, tokens[0].end, "") for t in self.said_before]
                return [*pointers, *[m for m in mentions if m.first >= 1]]
            if mentions and mentions[0].first <= width and not pronoun:
                return mentions
            topics = [self.topic]
            if pronoun and tokens[0].key in _THAT:  # "Dit leidt tot ...": the subject of the sentence before
                topics = list(self.said_before[:1])
                if not topics:  # the sentence before named nothing: what "dit" stands for is no concept
                    return mentions
            elif tokens[0].key in _DEMONSTRATIVE and width == 2:  # "Dit proces", "Deze balans": what fits the noun
                topics = self._fitting(tokens[1].key)
            elif tokens[0].key in _DEMONSTRATIVE:  # "Dit ...": the topic, or the item's label
                topics += self.label_topics
            pointers = [Mention(t, 0, width, tokens[0].start, tokens[width - 1].end, "") for t in dict.fromkeys(topics)]
            return [*pointers, *[m for m in mentions if m.first >= width]]
        return mentions

    def _linked_change(
        self, tokens: list[Token], mentions: list[Mention], cues: Sequence[CueHit]
    ) -> list[Mention] | None:
        """ "Daardoor stijgt de bloeddruk", "Verder gaat de bloeddruk omhoog": a Dutch sentence that opens with a
        linking adverb and a verb of change names no doer; the subject of the sentence before is the doer (the
        topic when that sentence named none). Not when a person is the subject ("Daarnaast reageer je trager"),
        nor after a verb that takes an object ("Daarnaast bevatten boter en zuivel ...")."""
        if self.lang != "nl" or len(tokens) < 3 or fold(tokens[0].text) not in _LEADING or not cues:
            return None  # as written: the lemma of "Verder" is "ver"
        if cues[0].first != 1 or tokens[1].key not in _CHANGE_VERBS or any(m.first <= 1 for m in mentions):
            return None
        clause = next((c.first for c in cues[1:]), len(tokens))
        first = [m for m in mentions if 1 < m.first < clause]
        if len(first) != 1 or any(t.key in _PERSONS for t in tokens[1 : first[0].first]):
            return None
        doers = list(self.said_before[:1]) or ([self.topic] if self.topic is not None else [])
        if not doers:
            return None
        return [Mention(doers[0], 0, 1, tokens[0].start, tokens[0].end, ""), *mentions]

    def _item_verb_first(self, tokens: list[Token], mentions: list[Mention], cues: Sequence[CueHit]) -> list[Mention]:
        """ "- Verlaagt de bloeddruk" under "De voordelen van kalium:": an item opening with its verb speaks of
        the list's concept (or the topic)."""
        if self.item_subject is None or not cues or cues[0].first != 0 or cues[0].voice != "active":
            return mentions
        if any(m.first == 0 for m in mentions):
            return mentions
        start = tokens[0].start
        return [Mention(self.item_subject, 0, 0, start, start, ""), *mentions]

    def _definite(self, tokens: list[Token], mentions: list[Mention], cues: Sequence[CueHit]) -> list[Mention]:
        """ "Het mineraal ...", "The hormone ...": a sentence opening with the topic's kind, naming no concept of the
        data, speaks of the topic."""
        if self.topic is None or not cues or len(tokens) < 3 or tokens[0].key not in _DEFINITE:
            return mentions
        noun = tokens[1]
        at = [m for m in mentions if m.first <= 1 < m.last]
        if any(m.node in self.words or m.first != 1 or m.last != 2 for m in at) or cues[0].first < 2:
            return mentions  # "The muscles ...": a concept of its own
        kinds = self.words.get(self.topic, set()) | self.named_words.get(self.topic, set())
        if not noun.key.isalpha() or noun.key not in kinds or len(kinds) < 2:  # a name of one word is no kind
            return mentions
        pointer = Mention(self.topic, 0, 2, tokens[0].start, noun.end, "")
        return [pointer, *[m for m in mentions if m.first >= 2]]

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
        return list(dict.fromkeys(kind)) if kind else fallback

    def pointed(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """The mentions with what "this vitamin"/"deze stof" inside the sentence refers to added."""
        return self._demonstratives(tokens, mentions)

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
            fitting = [m for m in self.before if self._fits(m, noun.key)]
            adjective = i + 2 < len(tokens) and (self.lang != "nl" or noun.text.lower().endswith("e"))
            if not fitting and adjective and i + 2 not in taken and tokens[i + 2].key.isalpha():
                noun = tokens[i + 2]  # "dit belangrijke mineraal": the noun after an adjective
                fitting = [m for m in self.before if self._fits(m, noun.key)]
            if token.key in _KIND_WORDS:  # "dergelijke problemen": the kinds just named, too
                fitting = [*fitting, *self.before[-2:]]
            # "dit artikel", naming no concept just named, refers to none
            last = i + 3 if noun is not tokens[i + 1] else i + 2
            added.extend(Mention(m.node, i, last, token.start, noun.end, "") for m in fitting)
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions

    def _fits(self, m: Mention, noun: str) -> bool:
        """ "dit mineraal", "this vitamin": a word of the concept's names, its category's, or of how it was named."""
        named = {fold(w) for w in m.text.split()}
        return any(w.endswith(noun) for w in self.words.get(m.node, set()) | named)

    def _pronoun_first(self, tokens: list[Token]) -> bool:
        """ "Het heeft ...", "It binds ...": the sentence opens with a pronoun, not an article."""
        if len(tokens) < 2 or tokens[0].key not in _PERSONAL:
            return False
        if self.lang != "nl":
            return True
        verb = tokens[1]
        return verb.key != fold(verb.text) and verb.key.endswith("en")

    def _plural_verb(self, tokens: list[Token], cues: Sequence[CueHit]) -> bool:
        """ "Deze kunnen ...", "These lower ...": the word after "deze"/"these" is a verb, not its noun."""
        if len(tokens) < 3 or tokens[1].key in _MODALS or any(c.first == 1 for c in cues):
            return len(tokens) >= 3
        word = tokens[1]
        return self.lang == "nl" and word.key == fold(word.text) and word.key.endswith("en")

    def _verb_at(self, tokens: list[Token], i: int) -> bool:
        """A finite verb at ``i``: in Dutch a word whose dictionary form ends in -en and is not what is written."""
        if i >= len(tokens) or not tokens[i].key.isalpha():
            return False
        verb = tokens[i]
        return self.lang != "nl" or verb.key.endswith("en") and verb.key != fold(verb.text)

    def _after_fronted_verb(self, tokens: list[Token], i: int, taken: set[int]) -> bool:
        """Dutch verb-second: "dit"/"het" right after the finite verb that follows a fronted phrase."""
        if self.lang != "nl" or not 2 <= i <= 6 or tokens[i].key not in _THAT | {"het"} or i + 1 >= len(tokens):
            return False
        verb, after = tokens[i - 1], tokens[i + 1]
        finite = verb.key.endswith("en") and verb.key != fold(verb.text)
        fronted = tokens[0].key not in _SUBORDINATE_FIRST and not any(j in taken for j in range(i + 1))
        return finite and fronted and (after.key in _AFTER_PRONOUN or after.key in _PREPOSITIONS)

    @staticmethod
    def _pronoun_at(tokens: list[Token], i: int, taken: set[int], starts: set[int]) -> bool:
        """ "het" at ``i`` is a pronoun: followed by an article or a concept, not by its own noun."""
        return (
            tokens[i].key in _PERSONAL and i not in taken and (tokens[i + 1].key in _AFTER_PRONOUN or i + 1 in starts)
        )

    def _pronouns_after_openers(self, tokens: list[Token], mentions: list[Mention], first_cue: int) -> list[Mention]:
        """ "..., omdat het helpt ...": "het" after a clause word is the sentence's own subject, else the topic."""
        if self.topic is None:
            return mentions
        taken = {i for m in mentions for i in range(m.first, m.last)}
        added: list[Mention] = []
        starts = {m.first for m in mentions}
        for i in range(1, len(tokens) - 1):
            if (
                tokens[i].key in _PERSONAL
                and i not in taken
                and tokens[i - 1].key in _OPENERS | _BUT
                and (tokens[i - 1].key not in _BUT or self._verb_at(tokens, i + 1))
            ):  # "..., omdat het ...", "..., maar het maakt ..."
                own = [m for m in mentions if m.text and m.last <= i and not _in_opening_clause(tokens, m)][:1]
                own = own if tokens[0].key not in _POINTING else []  # "Het grijpt ..., doordat het": one topic
                subject = own[0].node if own and own[0].first < first_cue else self.topic  # "X ..., doordat het"
                added.append(Mention(subject, i, i + 1, tokens[i].start, tokens[i].end, ""))
            elif i == 2 and tokens[0].key in _LEADING and self._pronoun_at(tokens, i, taken, starts):
                added.append(Mention(self.topic, i, i + 1, tokens[i].start, tokens[i].end, ""))  # "Daarnaast remt het"
            elif self._after_fronted_verb(tokens, i, taken):  # "Op den duur resulteert dit in ..."
                pointed = self.said_before if tokens[i].key in _THAT else [self.topic]
                added.extend(Mention(n, i, i + 1, tokens[i].start, tokens[i].end, "") for n in pointed)
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions


def _in_opening_clause(tokens: list[Token], mention: Mention) -> bool:
    """True when ``mention`` stands in a subordinate clause that opens the sentence ("Als X ..., ...")."""
    if not tokens or tokens[0].key not in _SUBORDINATE_FIRST:
        return False
    comma = next((i for i, t in enumerate(tokens) if t.text == ","), 0)
    return mention.first < comma


def _main_subject(tokens: list[Token], mentions: list[Mention]) -> list[Hashable]:
    """The first concept of a sentence's main clause (after an opening "Als ...,"/"When ...," clause),
    and those listed with it ("Stress en slecht slapen verhogen ...")."""
    first = 0
    if tokens and tokens[0].key in _SUBORDINATE_FIRST:
        first = next((i for i, t in enumerate(tokens) if t.text == ","), 0)
    main = [m for m in mentions if m.first >= first]  # a main clause that names nothing: no subject
    if not main:
        return []
    listed = [main[0]]
    for m in main[1:]:
        gap = tokens[listed[-1].last : m.first]
        if not gap or len(gap) > 2 or not all(t.key in _LISTING for t in gap) or not any(t.key != "," for t in gap):
            break
        listed.append(m)
    return list(dict.fromkeys(m.node for m in listed))


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
