"""Propose the claims one sentence makes between the concepts it names.

A sentence is cut into clauses at clause words ("die", "waardoor", "which")
and at punctuation that starts a new verb. In each clause the doer is the
first concept named, or the one after "door"/"by" in a passive, or after a
cue such as "het gevolg van"; a clause that opens with "die"/"wat"/"which"
speaks of the concept just before it. The relation comes from the nearest
cue; its sign is turned round by a word such as "verminderde" before a
concept, and by a deficiency phrase ("een tekort aan X") when the data has
no deficiency concept for X. A clause that denies its claim ("niet",
"geen", "not") and a sentence that denies what it reports ("geen bewijs
dat", "no evidence that") give no claim; a hedge anywhere in a sentence
marks all its claims hedged. Words of the sentence that name no concept of
the data are proposed as new concepts (:mod:`.phrases`); a list opened by
"Symptoms include:" or "Oorzaken:" (or by "X kan leiden tot:", or a heading
such as "Symptomen van X") makes each item an effect or a cause of the
concept the lead names, and "A en B zijn signalen van X" makes A and B
effects of X.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from(["stress", "sleep"])
>>> from graph.extraction.concepts import ConceptIndex
>>> reader = SentenceReader(G, ConceptIndex(G), "en")
>>> [(c.source, c.relation, c.target, c.hedged) for c in reader.claims("Stress can reduce sleep.")]
[('stress', 'decreases', 'sleep', True)]
>>> reader.claims("Sleep is not reduced by stress.")  # denied: no claim
[]
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Any

from .activities import activity_changes, is_activity
from .clauses import (
    PERSONS,
    Clause,
    antecedents,
    examples_of_examples,
    fronted,
    listed_after,
    passive_agents,
    split_clauses,
    subject_of,
)
from .concepts import ConceptIndex, Mention
from .cues import DEFAULT_SIGNS, CueHit, cue_book, flipped_relation
from .fidelity import conditional_claims, denied_reports, open_questions
from .heads import head_references, same_names
from .parsed import Role, coordinated, nominal, roles, sentence_text
from .phrases import (
    NONCONCEPTS,
    complaint_compounds,
    concept_id,
    label,
    named_before,
    new_mentions,
    noun_compounds,
)
from .pos import tag_word
from .references import References, stand_ins
from .shields import shield_cues
from .sources import sources_named_first
from .states import state_names
from .tokens import Token, fold, tokenize

__all__ = ["Claim", "SentenceReader", "settled"]

_BEFORE_ADJECTIVE = {
    "de",
    "het",
    "een",
    "the",
    "a",
    "an",
    "tot",
    "in",
    "to",
    "of",
    "van",
    "met",
    "with",
    "meer",
    "more",
}
_REFERRING = {"wat", "waardoor", "waarbij", "which", "thereby", "whereby"}
_CAUSAL = {"waardoor", "thereby", "whereby"}  # a clause saying what the one before brings about


@dataclass(frozen=True)
class Lead:
    """A list being read: the concepts it speaks of, whether its items are their effects or causes."""

    agents: list[Hashable]
    effects: bool
    hedged: bool
    cue: str
    sign: int = 1  # -1 when the list speaks of a lack of its concept ("the signs of low B12")
    headings: bool = False  # the items are the headings that follow, each over a paragraph of its own
    relation: str = "causes"  # what the lead's concept does to each item ("X supports:": supports)
    items_only: bool = False  # opened by a heading or a question: only the list's items are its items


def _finite_verb(clause: Clause, tokens: list[Token], hits: list[CueHit]) -> int | None:
    """The first Dutch verb after a fronted phrase: a word whose dictionary form ends in -en, not a noun cue."""
    nouns = {i for h in hits if h.voice in ("nominal", "embedded") for i in range(h.first, h.last)}
    taken = {i for m in clause.mentions for i in range(m.first, m.last)}
    for i in range(clause.first + 1, clause.last):
        t = tokens[i]
        if i in nouns or i in taken or tokens[i - 1].key in ("het", "de", "een", "van"):
            continue
        if t.key.endswith("en") and len(t.key) >= 4 and t.key != fold(t.text):
            return i
    return None


# Words that may stand between a Dutch finite verb and its subject (general grammar).
_BEFORE_SUBJECT = {"de", "het", "een", "je", "jouw", "uw", "ons", "onze", "zijn", "haar", "hun", "dit", "deze", "ook",
                   "dus", "vooral", "zelf", "genoeg", "voldoende", "veel", "weinig", "te", "vaak", "juist"}  # fmt: skip


def _right_after(verb: int, m: Mention, tokens: list[Token]) -> bool:
    """True when ``m`` follows the verb with only articles and such between: it is the verb's subject."""
    return all(t.key in _BEFORE_SUBJECT for t in tokens[verb + 1 : m.first])


_PEOPLE = {"people", "person", "individual", "patient", "adult", "child", "woman", "man", "those", "mens", "persoon",
           "volwassene", "kind", "vrouw", "iemand", "individu", "deelnemer", "participant"}  # fmt: skip


def _population(m: Mention, tokens: list[Token]) -> bool:
    """ "In individuals with insomnia", "bij mensen met slapeloosheid": who is studied, not a doer."""
    if m.first < 2 or tokens[m.first - 1].key not in ("with", "met"):
        return False
    return bool(tokens[m.first - 2].keys & _PEOPLE)


def _in_name(m: Mention, tokens: list[Token]) -> bool:
    """ "a School of Medicine": a capitalised word inside a sentence, next to another, is part of a name."""
    word = tokens[m.first].text
    if m.last - m.first != 1 or m.first == 0 or not word[:1].isupper() or word.isupper():
        return False
    before = tokens[m.first - 2] if m.first >= 2 and tokens[m.first - 1].key in ("of", "van") else tokens[m.first - 1]
    after = tokens[m.last] if m.last < len(tokens) else None
    return before.text[:1].isupper() and before.text.isalpha() or after is not None and after.text[:1].isupper()


#: Question words that ask for the objects of the question's verb: "What problems can X cause?" (grammar).
_WH = {"what", "which", "wat", "welk", "welke"}
#: Words after which a list word is a verb: "can cause", "may cause", "to cause" (grammar).
_AUXILIARIES = {"can", "may", "might", "could", "will", "would", "does", "do", "did", "to", "kan", "kunnen", "zal"}


def _opener(tokens: list[Token], mentions: list[Mention], hits: list[CueHit]) -> CueHit | None:
    """The first word opening a list of effects or causes ("Symptoms", "Oorzaken"), not one used as a verb."""
    openers = [h for h in hits if h.kind in ("list_effects", "list_causes")]
    return next((h for h in openers if not _as_verb(h, tokens, mentions, hits)), None)


def _as_verb(opener: CueHit, tokens: list[Token], mentions: list[Mention], hits: list[CueHit]) -> bool:
    """ "X can cause", "deficiency cause": a list word that is also a verb ("cause"), used as the verb."""
    before = tokens[opener.first - 1] if opener.first > 0 else None
    verb = any(h.kind == "cue" and h.first <= opener.first < h.last for h in hits)
    return verb and before is not None and (before.key in _AUXILIARIES or any(m.last == opener.first for m in mentions))


_INCLUDE = {"include", "omvatten", "zijn", "be", "are", "is"}  # "Symptoms include ...", "De klachten zijn ..."
_COPULA = {"zijn", "be", "are", "is"}
_SIGN_OF = {"of", "that", "van", "dat", "voor", "for"}  # "signs of X", "signs that X ...", "signalen van X"
_PREPOSITIONS = {"in", "of", "van", "op", "aan", "met", "with", "to", "at", "on", "bij", "rond", "around"}


def _in_phrase(m: Mention, tokens: list[Token]) -> bool:
    """ "Pain in the joints": a concept after a preposition only says where, in a list item."""
    before = [t.key for t in tokens[max(0, m.first - 2) : m.first]]
    return bool(before) and (before[-1] in _PREPOSITIONS or len(before) == 2 and before[0] in _PREPOSITIONS
                             and before[1] in ("de", "het", "the", "a", "een"))  # fmt: skip


# Prepositions whose object may still be the doer or the concept meant ("de aanmaak van X", "een
# tekort aan X", "door X", "thanks to X", "samen met X"; "te veel X" is no phrase): the others open a phrase that is no
# subject (general grammar).
_OF_OR_BY = {"van", "of", "aan", "door", "by", "dankzij", "to", "thanks", "met", "with", "naast", "besides", "te"}
# What may stand between a preposition and its noun: articles, possessives, numbers, adjectives.
_IN_PHRASE_TAGS = {"DET", "PRON", "NUM", "ADJ"}


def _prepositional(m: Mention, tokens: list[Token], lang: str) -> bool:
    """ "Na een training", "In the muscles": a concept in a phrase led by a preposition.

    The part-of-speech lexicon tells the preposition (ADP) and the words between it and the
    concept; after "van"/"of", "door"/"by", "met"/"with" and the like a concept may still be
    what acts, so those do not count.

    >>> tokens = tokenize("Na een training verhoogt X de energie.", "nl")
    >>> _prepositional(Mention("training", 2, 3, 0, 0, "training"), tokens, "nl")
    True
    """
    i = m.first - 1
    while i >= 0 and m.first - i <= 3 and tag_word(tokens[i].text, lang, tokens[i].key) in _IN_PHRASE_TAGS:
        i -= 1
    if i < 0 or tokens[i].key in _OF_OR_BY or not tokens[i].text[:1].isalpha():
        return False
    return tag_word(tokens[i].text, lang, tokens[i].key) == "ADP"


def _subject_after_phrase(
    subject: Mention, clause: Clause, tokens: list[Token], hits: list[CueHit], lang: str
) -> Mention | None:
    """The subject when the first concept before the verb is in a prepositional phrase, or None.

    English: the first concept before the cue in no such phrase ("In the muscles, X raises Y").
    Dutch puts the finite verb right after a fronted phrase and the subject right after the verb
    ("Na een training verhoogt X de energie"); with no concept there (the subject is a word such
    as "ons lichaam"), the clause's subject is not named and None is returned.
    """
    if subject.first >= clause.cues[0].first or not _prepositional(subject, tokens, lang):
        return None
    before = [m for m in clause.mentions if m.first < clause.cues[0].first]
    if lang == "en":
        return next((m for m in before if m.text and not _prepositional(m, tokens, lang)), None)
    verb = _finite_verb(clause, tokens, hits)
    if verb is None or any(m.first < verb and not _prepositional(m, tokens, lang) for m in before):
        return None
    return next((m for m in clause.mentions if m.first > verb and _right_after(verb, m, tokens)), None)


#: Words opening a clause that says something of the noun before it: no concept's name holds one.
_RELATIVE = {"dat", "die", "wat", "waarin", "that", "which", "who", "where"}


def _whole_item(tokens: list[Token], lang: str) -> list[Mention]:
    """An item naming no concept ("Het gevoel van een dikke tong"): the item itself, as a new concept."""
    words = [t for t in tokens if t.text[:1].isalnum()]
    never = NONCONCEPTS.get(lang, frozenset())
    while words and (words[0].key in ("de", "het", "een", "the", "a", "an") or fold(words[0].text) in never):
        words = words[1:]  # "Eerder kortademig": the adverb is no part of the effect
    if not words or len(words) > 6 or any(t.key in _RELATIVE for t in words):
        return []  # "Een eetpatroon dat arm is aan vezels": a clause is no concept's name
    text = " ".join(t.text for t in words)
    return [Mention(concept_id(text, lang), 0, len(tokens), words[0].start, words[-1].end, text)]


@dataclass(frozen=True)
class Claim:
    """A candidate edge: who does what to whom, and where the sentence says so."""

    source: Hashable
    target: Hashable
    relation: str
    sign: int
    hedged: bool
    confidence: float
    cue: str = ""
    start: int = 0
    end: int = 0


class SentenceReader:
    """Reads sentences of one language against one graph's concepts."""

    def __init__(self, G: Any, index: ConceptIndex, lang: str, words: Any = None, parser: Any = None) -> None:
        self.index = index
        self.parser = parser  # a parsed.Parser: the parse tells each cue verb's subject and objects
        self.lang = lang
        self.book = cue_book(lang)
        relations = G.graph.get("relations") or {}
        self.signs = {**DEFAULT_SIGNS, **{r: int(v.get("sign", 0) or 0) for r, v in relations.items()}}
        self.vocabulary = set(relations) or set(DEFAULT_SIGNS)
        self.deficiency_of = _deficiency_concepts(G, index, lang)
        self.last_deficiency: Hashable | None = None
        self.refs = References(G, lang, words)
        self._memo: dict[str, tuple[list[Token], list[Mention], list[CueHit]]] = {}
        self.last_named: dict[str, Hashable] = {}  # a word shared by concepts -> the one the section last named
        self.known = set(G.nodes)
        self._nodes = G.nodes  # their labels, for "the vitamin" after "vitamin C"
        self.proposed: dict[Hashable, str] = {}  # id -> label of each new concept proposed
        self.lead: Lead | None = None  # the list being read: "Symptoms include:" and its items
        self.fresh = False  # the lead was the sentence just read
        self.in_item = False  # the sentence being read is a list item (not a paragraph)
        self.item_first = True  # ... and the item's first sentence (those after it explain the item)
        self.named: dict[Hashable, int] = {}  # how often each concept was named so far
        self.lacking: set[Hashable] = set()  # concepts the text has named as lacking ("a lack of B12")
        self._lacked_now: set[Hashable] = set()  # ... in the sentence being read, and in the one before:
        self._lacked_before: set[Hashable] = set()  # "Een tekort aan X ... Daardoor ...": the lack does it

    def new_section(self) -> None:
        """Forget which concept the section last named by a shared word: a heading starts a new section."""
        self.last_named = {}
        if self.lead is not None and (self.fresh or self.lead.headings):
            self.lead = replace(self.lead, headings=True)  # "Signalen van een tekort:" and then headed items
        else:
            self.lead = None

    # -- one sentence ---------------------------------------------------------------------------
    def read(self, text: str, offset: int = 0) -> tuple[list[Token], list[Mention], list[CueHit]]:
        """Tokens, concept mentions (deficiencies resolved) and cues of a sentence."""
        if offset == 0 and text in self._memo:
            return self._memo[text]
        found = self._read(text, offset)
        if offset == 0:
            self._memo[text] = found
        return found

    def _read(self, text: str, offset: int) -> tuple[list[Token], list[Mention], list[CueHit]]:
        tokens = tokenize(text, self.lang, offset)
        hits = _without_connectives(_without_lacking_words(self.book.scan(tokens)), tokens)
        hits += denied_reports(tokens, hits)  # "toont niet aan dat ...", "no clear evidence that ...": denied
        hits += open_questions(tokens)  # "Of X Y verlaagt, is onduidelijk": asked, so claimed by nobody
        hits += shield_cues(tokens, hits, self.lang)  # "protects the cells against X": X is prevented
        mentions = self.index.choose_senses(tokens, self.index.find(tokens, lang=self.lang), self.last_named)
        mentions = [m for m in mentions if not _in_name(m, tokens)]
        here = {m.node for m in mentions}
        mentions = [m for m in mentions if not self.index.anchored_elsewhere(m, self.named.keys() | here)]
        mentions = noun_compounds(tokens, mentions, hits, self.lang)  # "nerve pain" is no nerve
        mentions = complaint_compounds(tokens, mentions, self.lang)  # "klachten van de darmen": darmklachten
        new = new_mentions(tokens, mentions, hits, self.lang)
        if self.parser is not None and new:  # "sluggish", "overdoing": the tagger says no noun
            new = nominal(self.parser.parse(sentence_text(tokens)[0]), tokens, new, self.lang)
        new = named_before(new, self.proposed, self.lang)  # "B12" after "vitamin B12": the concept named then
        taken = {i for m in mentions for i in range(m.first, m.last)} | {
            i for h in hits for i in range(h.first, h.last)
        }
        names = _Names(self._nodes, self.proposed).get
        new = head_references(tokens, new, names, self.named, self.lang, taken)
        new = same_names(new, names, self.named, self.lang)  # "groei van spieren" after "spiergroei"
        new = state_names(tokens, new, taken, self.lang)  # "de huid wordt droog": droge huid
        new, hits = self._activities(tokens, mentions, new, hits)  # "leert slechter": less learning
        for m in new + [m for m in mentions if m.node not in self.known and m.text]:  # and "nerve pain"
            self.proposed.setdefault(m.node, label(m.text, self.lang))
        mentions = sorted((m for m in mentions + new if not _population(m, tokens)), key=lambda m: m.first)
        hits += conditional_claims(tokens, mentions, hits)  # "Als X Y verlaagt, ...": said only under a condition
        return tokens, self._deficiencies(tokens, mentions, hits), hits

    def _activities(
        self, tokens: list[Token], mentions: list[Mention], new: list[Mention], hits: list[CueHit]
    ) -> tuple[list[Mention], list[CueHit]]:
        """``new`` and ``hits`` with each verb done worse or better named as its activity, the comparative
        its cue (:mod:`.activities`); a lowering word there ("slechter", "less") is that cue only."""
        manner = ("lowered", "lacking")
        taken = {i for m in mentions + new for i in range(m.first, m.last)}
        taken |= {i for h in hits if h.kind not in manner for i in range(h.first, h.last)}
        acts, changes = activity_changes(tokens, taken, self.lang)
        if not acts:
            return new, hits
        spans = {i for m in acts for i in range(m.first, m.last)}
        hits = [h for h in hits if not (h.kind in manner and h.first in spans)] + changes
        return sorted(new + acts, key=lambda m: m.first), hits

    def claims(self, text: str, offset: int = 0, *, start: int | None = None, end: int | None = None) -> list[Claim]:
        """The claims of one sentence, strongest first, one per ordered pair of concepts."""
        tokens, mentions, hits = self.read(text, offset)
        span = (offset if start is None else start, offset + len(text) if end is None else end)
        return self._claims(tokens, mentions, hits, span)

    def _claims(
        self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit], span: tuple[int, int]
    ) -> list[Claim]:
        self.refs.next_sentence(tokens, mentions)
        self._lacked_before, self._lacked_now = self._lacked_now, set()
        lead = self.lead if self.lead is not None and self.lead.effects and self.lead.sign == 1 else None
        self.refs.item_subject = (lead.agents[0] if lead else self.refs.topic) if self.in_item else None
        listed = self._listed(tokens, mentions, hits, span)
        lowered = self._polarity(tokens, mentions, hits)
        for m in mentions:
            self.named[m.node] = self.named.get(m.node, 0) + 1
            if lowered.get(m, 1) < 0 and any(h.kind == "deficiency" and h.last <= m.first for h in hits):
                self.lacking.add(m.node)
                self._lacked_now.add(m.node)
        if listed is not None:
            return settled(listed, hits)
        return settled(self._sentence_claims(tokens, mentions, hits, span), hits)

    def _listed(self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit], span: tuple[int, int]):
        """An item of a list of effects or causes gives its claim; a lead ("Symptoms include:") opens one.

        Returns the item's claims, or None when the sentence is no item (it is read as a sentence).
        """
        starts = {m.first for m in mentions}
        relation_cues = [
            h for h in hits
            if h.kind == "cue" and not (h.last - h.first == 1 and h.last in starts) and not _inside_mention(h, mentions)
        ]  # fmt: skip
        lead = self.lead
        self.fresh = False
        item = lead is not None and (self.in_item and self.item_first or not lead.items_only)
        if lead is not None and item and not lead.headings and len(tokens) <= 14 and not relation_cues:
            return self._item_claims(lead, tokens, mentions, hits, span)
        # The lead stays open over a paragraph between a heading ("Symptomen van X") and its list, a
        # sentence that explains an item ("1. Dry skin. The skin ...") and the paragraphs under a list
        # of headings.
        between = lead is not None and lead.items_only and not (self.in_item and self.item_first)
        if not (between or lead is not None and lead.headings):
            self.lead = None
        opener = _opener(tokens, mentions, hits)
        verb_lead = self._verb_lead(tokens, mentions, hits, relation_cues)
        if verb_lead is not None:  # "Te weinig zink kan leiden tot:", "Zinc supports:": each item is an object
            self.lead, self.fresh = verb_lead, True
            return []
        if opener is not None and tokens and tokens[-1].text in (":", "?"):  # "Wat zijn de klachten van X?"
            self.lead = self._lead(tokens, mentions, hits, opener, items_only=tokens[-1].text == "?")
            self.fresh = self.lead is not None
            return []
        if opener is not None and not relation_cues:
            signs = self._signs_of(tokens, mentions, hits, opener, span)
            return signs if signs is not None else self._inline_list(tokens, mentions, hits, opener, span)
        return self._effects_after_colon(tokens, mentions, hits, relation_cues, span)

    def _lead(self, tokens, mentions, hits, opener: CueHit, items_only: bool) -> Lead | None:
        """The list a lead opens ("De klachten van X:", "Symptoms"): the concept it names, or the text's main one."""
        polarity = self._polarity(tokens, mentions, hits)
        named = [(m.node, polarity.get(m, 1)) for m in mentions if not (m.first <= opener.first < m.last)]
        if not named and self.named:  # the text's main concept so far, lacking if the text said it lacks
            main = max(self.named, key=lambda n: self.named[n])
            named = [(main, -1 if main in self.lacking else 1)]
        if not named:
            return None
        cue = " ".join(t.text for t in tokens[opener.first : opener.last])
        hedged = any(h.kind == "hedge" for h in hits)
        effects = opener.kind == "list_effects"
        return Lead([named[0][0]], effects, hedged, cue, named[0][1], items_only=items_only)

    def _verb_lead(self, tokens, mentions, hits, relation_cues: list[CueHit]) -> Lead | None:
        """A lead that ends in a cue verb and a colon ("X kan leiden tot:", "X can cause:", "X supports:"):
        its subject acts on each item that follows, as the verb says."""
        asked = tokens[-1:] and tokens[-1].text == "?" and tokens[0].key in _WH  # "What problems can X cause?"
        if len(tokens) < 3 or tokens[-1].text != ":" and not asked:
            return None
        verbs = [h for h in relation_cues if h.last >= len(tokens) - 2 and h.voice == "active"]
        subjects = [m for m in mentions if verbs and m.last <= verbs[-1].first]
        if not subjects or any(h.kind in ("negation", "denial", "inquiry") for h in hits):
            return None
        cue = verbs[-1]
        polarity = self._polarity(tokens, mentions, hits)
        sign = self.signs.get(cue.relation, 0) * polarity.get(subjects[0], 1)
        hedged = any(h.kind == "hedge" for h in hits)
        words = " ".join(t.text for t in tokens[cue.first : cue.last])
        return Lead([subjects[0].node], True, hedged, words, sign, relation=cue.relation)

    def _effects_after_colon(self, tokens, mentions, hits, relation_cues, span: tuple[int, int]) -> list[Claim] | None:
        """ "Te weinig X maakt botten kwetsbaar: van A en B tot C of D": what a colon lists after a claim
        of harm are its doer's effects (a cue that raises, or a word of harm, before the colon; no cue after)."""
        colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
        if colon is None or colon == 0 or any(h.first > colon for h in relation_cues):
            return None
        before = [m for m in mentions if m.last <= colon and m.text]
        after = [m for m in mentions if m.first > colon and m.text]
        raising = [h for h in relation_cues if h.last <= colon and self.signs.get(h.relation, 0) > 0]
        harm = any(h.kind == "harm" and h.last <= colon for h in hits)
        if not before or len(after) < 2 or not (raising or harm):
            return None
        polarity = self._polarity(tokens, mentions, [h for h in hits if h.first < colon])
        polarity_after = self._polarity(tokens, mentions, [h for h in hits if h.first > colon])
        agent = before[0]
        hedged = any(h.kind == "hedge" for h in hits)
        cue = " ".join(t.text for t in tokens[(raising or [h for h in hits if h.kind == "harm"])[0].first : colon])
        claims = []
        for item in after:
            sign = polarity.get(agent, 1) * polarity_after.get(item, 1)
            claims.append(Claim(agent.node, item.node, self._relation("causes", sign), sign, hedged, 0.5, cue, *span))
        return claims

    def _item_claims(self, lead: Lead, tokens, mentions, hits, span: tuple[int, int]) -> list[Claim]:
        """The claims of one list item: the lead's concept causes what the item names (or is caused by it)."""
        items = [m for m in mentions if m.node not in lead.agents and not _in_phrase(m, tokens)]
        if len(items) < len(mentions) and "(" not in {t.text for t in tokens}:
            items = []  # "Verlies van smaak": the item as a whole names the effect
        polarity = self._polarity(tokens, mentions, hits)
        claims = []
        short = sum(1 for t in tokens if t.text[:1].isalnum()) <= 3
        if short and not any(m.node in self.known for m in items):
            items = []  # "Bleke teint", "Eerder kortademig": a short item names one effect as a whole
        whole = [] if items else _whole_item(tokens, self.lang)
        for m in whole:
            self.proposed.setdefault(m.node, label(m.text, self.lang))
        for item in items or whole:
            sign = lead.sign * polarity.get(item, 1)
            source, target = (lead.agents[0], item.node) if lead.effects else (item.node, lead.agents[0])
            relation = self._relation(lead.relation, sign)
            claims.append(Claim(source, target, relation, sign, lead.hedged, 0.6, lead.cue, span[0], span[1]))
        return claims

    def _signs_of(self, tokens, mentions, hits, opener: CueHit, span: tuple[int, int]) -> list[Claim] | None:
        """ "A, B and C are signs that X runs low", "A en B zijn signalen van een tekort aan X": each concept
        named before "are"/"zijn" is an effect of the one after the opener ("this vitamin" too)."""
        if opener.kind != "list_effects" or opener.last >= len(tokens) or tokens[opener.last].key not in _SIGN_OF:
            return None
        copulas = [i for i in range(opener.first) if tokens[i].keys & _COPULA]
        if not copulas:
            return None
        items = [m for m in mentions if m.last <= copulas[-1] and m.text]
        pointed = self.refs.pointed(tokens, mentions)
        agents = [m for m in pointed if m.first >= opener.last][:1]
        if not items or not agents:
            return None
        polarity = self._polarity(tokens, pointed, hits)
        sign = polarity.get(agents[0], 1)
        hedged = any(h.kind == "hedge" for h in hits)
        cue = " ".join(t.text for t in tokens[opener.first : opener.last])
        claims = []
        for item in items:
            s = sign * polarity.get(item, 1)
            claims.append(Claim(agents[0].node, item.node, self._relation("causes", s), s, hedged, 0.5, cue, *span))
        return claims

    def _inline_list(self, tokens, mentions, hits, opener: CueHit, span: tuple[int, int]) -> list[Claim] | None:
        """ "Other symptoms include A, B or C": each listed concept is an effect (a cause) of the topic."""
        verb = next(
            (i for i in range(opener.last, len(tokens)) if tokens[i].keys & _INCLUDE or tokens[i].text == ":"), None
        )
        if verb is None:
            return None
        items = [m for m in mentions if m.first > verb and m.text]
        before = [m for m in mentions if m.last <= opener.first and m.text]
        polarity = self._polarity(tokens, mentions, hits)
        if before:
            agent, sign = before[0].node, polarity.get(before[0], 1)
        elif self.refs.topic is not None:
            agent, sign = self.refs.topic, -1 if self.refs.topic in self.lacking else 1
        else:
            return None
        hedged = any(h.kind == "hedge" for h in hits)
        effects = opener.kind == "list_effects"
        cue = " ".join(t.text for t in tokens[opener.first : opener.last])
        claims = []
        for item in items:
            s = sign * polarity.get(item, 1)
            pair = (agent, item.node) if effects else (item.node, agent)
            claims.append(Claim(*pair, self._relation("causes", s), s, hedged, 0.5, cue, *span))
        return claims or None

    def heading_claims(
        self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit], span: tuple[int, int]
    ) -> list[Claim]:
        """The claims of a heading that makes one, or of a heading that is an item of a list of headings."""
        self.refs.next_sentence(tokens, mentions)
        lead = self.lead
        self.fresh = False
        cues = [h for h in hits if h.kind == "cue" and not _inside_mention(h, mentions)]
        if lead is not None and lead.headings:
            if len(tokens) <= 8 and not cues:
                return settled(self._item_claims(lead, tokens, mentions, hits, span), hits)
            self.lead = None  # a heading of another kind ends the list
        opener = _opener(tokens, mentions, hits)
        own = [c for c in cues if opener is not None and not c.first <= opener.first < c.last]  # not "symptoms of"
        asked = self._verb_lead(tokens, mentions, hits, cues) if tokens[-1:] and tokens[0].key in _WH else None
        if asked is not None and not any(h.kind in ("negation", "denial", "inquiry") for h in hits):
            self.lead = replace(asked, items_only=True)  # "Welke klachten kan X geven?": X gives each item, maybe
            return []  # a question claims nothing itself
        if opener is not None and not own and not any(h.kind in ("denial", "inquiry") for h in hits):
            self.lead = self._lead(tokens, mentions, hits, opener, items_only=True)  # "Symptomen van X", "Causes"
        claims = self._verb_heading(tokens, mentions, hits, cues, span)
        return settled(claims or self._sentence_claims(tokens, mentions, hits, span), hits)

    def _verb_heading(self, tokens, mentions, hits, cues: list[CueHit], span: tuple[int, int]) -> list[Claim]:
        """ "Boosts Immunity", "Verlaagt de bloeddruk": a short heading that opens with a verb of the third
        person says what the text's main concept so far does to the concepts after the verb."""
        words = [i for i, t in enumerate(tokens) if t.text[:1].isalnum()]
        if not cues or not words or not self.named or len(words) > 6 or cues[0].first != words[0]:
            return []
        cue = cues[0]
        verb = fold(tokens[cue.first].text)
        if cue.voice != "active" or not verb.endswith("s" if self.lang == "en" else "t"):
            return []
        main = max(self.named, key=lambda n: self.named[n])
        polarity = self._polarity(tokens, mentions, hits)
        claims = []
        for m in mentions:
            if m.first >= cue.last and m.node != main:
                sign = self.signs.get(cue.relation, 0) * polarity.get(m, 1)
                text = " ".join(t.text for t in tokens[cue.first : cue.last])
                claims.append(Claim(main, m.node, self._relation(cue.relation, sign), sign, False, 0.5, text, *span))
        return claims

    def _sentence_claims(
        self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit], span: tuple[int, int]
    ) -> list[Claim]:
        polarity = self._polarity(tokens, mentions, hits)
        hits = [h for h in hits if not (h.kind == "cue" and self._is_modifier(h, tokens, mentions))]
        cues = [h for h in hits if h.kind == "cue" and not _inside_mention(h, mentions)]
        cues += [
            replace(h, voice="embedded")
            for h in hits
            if h.kind == "cue" and _opens_mention(h, mentions) and (h.voice == "nominal" or _verb_of(h, tokens))
        ]
        cues = sorted(cues + self._embedded(tokens, mentions), key=lambda c: c.first)
        mentions = self.refs.resolve(tokens, mentions, cues, hits)
        for m in mentions:  # a reference to the subject the sentence before named as lacking stands for the lack
            if not m.text and m not in polarity and m.node in self._lacked_before and m.node in self.refs.said_before:
                polarity[m] = -1
        if not cues or len({m.node for m in mentions}) < 2 or any(h.kind in ("denial", "inquiry") for h in hits):
            return []  # "there is no evidence that X causes Y" claims nothing
        if tokens and tokens[-1].text == "?":
            return []  # a question claims nothing
        mentions = _after_label(tokens, mentions, cues)
        negations = _negations(hits)
        contrasted = _contrasted(negations, tokens, mentions)  # "Stress, not caffeine, ...": of one concept
        negations = [n for n in negations if n not in contrasted.values()]
        hedges = [h.first for h in hits if h.kind == "hedge"]
        hedged = bool(hedges)
        clauses = split_clauses(tokens, mentions, cues, hits, self.lang)
        parsed, conj = self._parsed(tokens, mentions, cues)
        best: dict[tuple[Hashable, Hashable], Claim] = {}
        subject: Mention | None = None
        previous: Clause | None = None
        lowered: dict[int, set[Mention]] = {}  # clause -> the concepts it lowers
        means = False  # in a clause of means ("Door X te verhogen en Y te verlagen, ..."): its concepts are acted on
        done_to = _done_to(clauses, tokens)  # "Door angst te verminderen, helpt X ...": angst is no doer
        cause: Hashable | None = None  # the subject, when it is named as a cause: "Due to X, ..."
        for clause in clauses:
            if not clause.cues and clause.opener in _CAUSAL and previous is not None and clause.mentions:
                clause.cues = [CueHit("cue", clause.first, clause.first + 1, "causes", "active")]  # "..., waardoor X"
            means = _means(clause, tokens) or means and tokens[clause.first].key in ("en", "and", "of", "or")
            subjects = stand_ins(subject, clause_mentions=[m for c in clauses for m in c.mentions]) if subject else []
            pairs = list(self._pairs(clause, previous, subject, hits, tokens, subjects))
            pairs, from_parse = _with_parse(pairs, clause, parsed, conj)
            for agent, patient, cue, weight in pairs:
                if agent.node == patient.node or is_activity(agent, tokens, self.lang):
                    continue  # "Na een nacht denk je sneller": thinking is done to, it does nothing
                if (agent, patient, cue) in from_parse:  # the parse tells who; a verb cue nearer the object, how
                    cue = _verb_between(clause.cues, cue, patient)  # "helps reduce X": reduces
                elif patient.node not in self.known and patient not in _objects(cue, clause, tokens, agent, self.lang):
                    continue  # a proposed concept is an object only right after its cue, or listed with it
                if any(clause.first <= n < clause.last for n in negations):
                    continue  # "X does not cause Y", "X is geen oorzaak van Y": denied, so no claim
                if _denied_before(cue, patient, clause, previous):
                    continue  # "Cortisol does not rise because of caffeine": the cause is denied with it
                if agent.node == cause and agent not in clause.mentions and len(clause.mentions) > 1:
                    continue  # "Due to its effect on X, magnesium improves Y": magnesium does it, not X
                if any(h.kind == "companion" and h.last <= patient.first <= h.last + 1 for h in hits):
                    continue  # "X verhoogt, net als Y, Z": Y does what X does, nothing is done to it
                if _passive_participle(cue, agent, tokens, self.lang):
                    continue  # "Cortisol, produced under stress, ...": cortisol is made, it makes nothing
                if id(agent) in contrasted or id(patient) in contrasted:
                    continue  # "Stress, niet cafeïne, verhoogt X", "verlaagt X, maar niet Y": said of the other
                if _no_doer(agent, patient, clause, tokens, done_to):
                    continue  # "Door stress te verminderen, verbetert X de slaap": not stress that improves it
                turned = _changed_by(agent, patient, cue, clause, tokens)
                turned = _named_after(agent, patient, cue, tokens) if turned is False else turned
                turned = _object_first(agent, patient, clause, tokens, self.lang) if turned is False else turned
                if turned is False:  # "Sources of X are A and B": A provides X
                    turned = sources_named_first(cue, agent, patient, tokens, self.lang)
                if turned is None:
                    continue  # "Cortisol daalt door X te ...": what changes is clear, what does it is not
                if turned:
                    agent, patient = patient, agent  # "Cortisol stijgt door stress": stress raises cortisol
                if any(t.key in _CONDITIONS for t in tokens[agent.last : patient.first]):
                    continue  # "Cortisol stijgt als de stress toeneemt": the condition is no object of the first
                if any(_advice(h, clause) for h in hits):
                    continue  # "ways to lift your energy", "tips om beter te slapen": advice claims nothing
                own = self.signs.get(cue.relation, 0)
                made = _made_to_change(cue, patient, clause.cues, tokens)
                if made is not None:
                    cue, own = made, self.signs.get(made.relation, 0)  # "X causes Y to drop": X lowers Y
                modifier = self._modifier(
                    clause.cues, cue, _list_head(patient, clause.mentions, tokens, clause.cues), tokens
                )
                if own == 0 and modifier is not None and self.signs.get(modifier.relation, 0):
                    cue, own, modifier = modifier, self.signs[modifier.relation], None  # "a role in promoting sleep"
                elif own > 0 and modifier is not None and self.signs.get(modifier.relation, 1) == 0:
                    cue, own, modifier = modifier, 0, None  # "helps regulate X": regulates, no direction
                if own == 0 and polarity.get(patient, 1) < 0:
                    own = 1  # "has trouble regulating X": X goes down
                sign = own * polarity.get(agent, 1) * polarity.get(patient, 1)
                sign *= (self.signs.get(modifier.relation, 0) or 1) if modifier is not None else 1
                sign *= self._act_on(agent, cue, cues, clause, tokens)  # "Reducing stress improves X": less stress
                if previous is not None and agent in previous.mentions[1:] and previous.negated:
                    sign = -sign  # "cannot make enough ATP, which results in ...": less ATP does it
                elif clause.opener in _REFERRING and agent in lowered.get(id(previous), ()):
                    sign = -sign  # "slows nerve activity, which results in calm": less activity does it
                if sign * polarity.get(agent, 1) * polarity.get(patient, 1) < 0:  # lowered by what the clause
                    # says, not how it is named; "a lack of X damages nerves, which ...": the nerves go down
                    lowered.setdefault(id(clause), set()).add(patient)
                relation = self._relation(cue.relation, sign)
                in_clause = any(clause.first <= h < clause.last for h in hedges)
                confidence = round(max(0.05, min(0.95, weight - (0.1 if in_clause else 0.0))), 2)
                cue_text = " ".join(t.text for t in tokens[cue.first : cue.last])
                claim = Claim(agent.node, patient.node, relation, sign, hedged, confidence, cue_text, *span)
                key = (agent.node, patient.node)
                if key not in best or best[key].confidence < claim.confidence:
                    best[key] = claim
            clause.negated = any(clause.first <= n < clause.last for n in negations)
            falling = self._falling(clause, previous, tokens)
            if falling and not clause.negated:  # "X daalt, waardoor ...": less X does what follows
                lowered.setdefault(id(clause if clause.mentions else previous), set()).update(falling)
            if clause.mentions and subject is None and clause.opener == "" and not means:
                subject = subject_of(clause, hits)
                if not clause.cues and _prepositional(subject, tokens, self.lang):
                    subject = None  # "In the muscles, X ...": a phrase of place or time is no subject
                elif any(c.voice == "passive" and c.first == clause.first for c in clause.cues):
                    cause = subject.node  # "Due to X, ...": X does what follows only to a clause without a doer
            if clause.opener != "instrument":  # "wat ..." after it speaks of the main clause
                previous = clause if clause.mentions else previous
        claims = _without_examples_of_examples(
            sorted(best.values(), key=lambda c: -c.confidence), mentions, hits, tokens
        )
        return _members_claim(claims, self._examples(tokens, mentions, hits, span, hedged), mentions, hits, tokens)

    def _parsed(self, tokens: list[Token], mentions: list[Mention], cues: list[CueHit]):
        """The parse's (doer, object) pairs of each cue, and the concepts it coordinates, when a parser is given."""
        if self.parser is None or not tokens:
            return {}, {}
        text, offset = sentence_text(tokens)
        doc = self.parser.parse(text)
        return roles(doc, offset, tokens, mentions, cues), coordinated(doc, offset, tokens, mentions)

    def _embedded(self, tokens: list[Token], mentions: list[Mention]) -> list[CueHit]:
        """Cues that end a one-word concept: "calciumblokker" (inhibits calcium), "angstvermindering"."""
        found = []
        for m in mentions:
            named_whole = (tokens[m.first].key,) in self.index.terms  # "DNA-synthese" is the concept's own name
            if m.last - m.first == 1 and not named_whole:
                relation = self.book.embedded(tokens[m.first])
                if relation:
                    found.append(CueHit("cue", m.first, m.last, relation, "embedded"))
        return found

    def _pairs(self, clause: Clause, previous: Clause | None, subject: Mention | None, hits, tokens, subjects=()):
        """(agent, patient, cue, confidence) for each pair the clause relates."""
        if not clause.cues or not clause.mentions:
            return
        for cue in clause.cues:  # "de omzetting van X in Y", "dat X omzet in Y": X becomes Y
            after = [m for m in clause.mentions if m.first >= cue.last]
            if cue.voice == "conversion":
                for patient in after[1:2]:
                    yield after[0], patient, cue, 0.75
            elif cue.relation == "converts_to" and after:
                before = [m for m in clause.mentions if m.last <= cue.first][-1:]
                for source in before:
                    yield source, after[0], cue, 0.75
        for hit in hits:  # "leidt tot X en uiteindelijk tot Y": X leads on to Y
            if hit.kind == "sequence" and clause.first <= hit.first < clause.last:
                before = [m for m in clause.mentions if m.last <= hit.first][-1:]
                after = [m for m in clause.mentions if m.first >= hit.last][:1]
                for source, target in zip(before, after, strict=False):
                    yield source, target, _nearest(clause.cues, target, self.lang), 0.6
        passive = passive_agents(clause, hits, tokens)
        reverse = [c for c in clause.cues if c.voice == "passive"]
        if passive:
            agents = passive
            patients = [m for m in clause.mentions if m not in passive] or ([subject] if subject else [])
            for a in agents:
                for p in patients:
                    yield a, p, _nearest(clause.cues, p, self.lang), 0.75
            return
        if reverse:
            cue = reverse[0]
            following = min((c.first for c in clause.cues if c.first >= cue.last), default=clause.last)
            agents = [m for m in clause.mentions if cue.last <= m.first < following]  # "resulting from X can affect Y"
            patients = [m for m in clause.mentions if m.last <= cue.first] or (
                [subject] if subject else (previous.mentions[-1:] if previous else [])
            )
            if not patients and agents and cue.first == clause.first:  # "Thanks to X, Y ...": X does it to Y
                agents, patients = _chain(agents, tokens), agents[len(_chain(agents, tokens)) :]
            patients = [p for p in patients if not _predicate(p, clause.mentions, tokens)]
            for a in agents:
                for p in patients:
                    yield a, p, cue, 0.7
            return
        if clause.opener == "instrument":
            agents = list(subjects)
        elif clause.opener == "apposition" and _names_an_act(clause, tokens):
            return  # "A, het herstellen van B": a list of acts, and no one named does them
        elif clause.opener == "apposition" and previous is not None:  # "ATP, de energiebron voor X"
            agents = previous.mentions[-1:]
        elif clause.opener in _REFERRING and previous is not None:
            agents = [previous.mentions[0], previous.mentions[-1]]
        elif clause.opener in _COMPLEMENT and _own_subject(clause, tokens) or clause.opener in _ADVERBIAL:
            agents = []  # "shows that X raises Y", "doordat het X remt": a clause with a subject of its own
        elif clause.opener and previous is not None:
            cued = frozenset(i for c in previous.cues if c.voice != "passive" for i in range(c.first, c.last))
            agents = antecedents([m for m in previous.mentions if m.last <= clause.first], tokens, cued)
        else:
            agents = []
        alongside = _companions(clause, hits)  # "Samen met calcium zorgt vitamine D ...": calcium is no subject
        own = [m for m in clause.mentions if m not in alongside] or clause.mentions
        own_subject = own[0] if not agents else None
        if own_subject is not None and fronted(clause, hits):
            later = [m for m in clause.mentions if m.first >= clause.cues[0].last]
            if self.lang == "nl":  # "Bij de vorming van X speelt zink een rol": the subject follows the verb
                verb = _finite_verb(clause, tokens, hits)
                after = [m for m in clause.mentions if verb is not None and m.first > verb]
                if verb is not None and after and not _right_after(verb, after[0], tokens):
                    later = clause.mentions[:1]  # "Bij stress heeft het lichaam ...": no concept is the subject
                else:
                    later = after or later
            else:  # "In some cases caffeine causes ...": an English subject stands right before its verb
                before = [m for m in clause.mentions if m.last <= clause.cues[0].first]
                if before and clause.cues[0].first - before[-1].last <= 2 and before[-1].first > clause.first + 1:
                    later = before[-1:]
            own_subject = later[0] if later else own_subject
        elif own_subject is not None:  # "Na een training verhoogt X ...", "In the muscles, X ...": not the phrase
            own_subject = _subject_after_phrase(own_subject, clause, tokens, hits, self.lang) or own_subject
        if own_subject is not None and (own_subject.first < clause.cues[0].first or subject is None):
            agents = [own_subject]
            if not own_subject.text:  # a reference: every concept it may stand for, equally
                agents = [m for m in clause.mentions if not m.text and m.first == own_subject.first]
            elif own_subject.first >= clause.cues[0].last and _verb_second(clause.cues[0], own_subject, tokens):
                # "Daarnaast verhogen A en B de X": the subjects after the verb
                agents = _chain([m for m in clause.mentions if m.first >= own_subject.first], tokens)
            else:  # "A, B en C verhogen X": each of the listed subjects
                agents += _listed_with(own_subject, clause, tokens)
        elif previous is not None and not previous.cues and _a_list(previous, tokens) and not agents:
            # "Noise, heat, ..., and even X can raise Y": a list of subjects before the verb
            agents = [m for m in previous.mentions if m.text and not _in_phrase(m, tokens)]
        elif subject is not None and not agents:
            agents = list(subjects)
        alternatives = len({(a.first, a.last) for a in agents}) == 1 and not agents[0].text if agents else False
        companions = _companions(clause, hits) if agents else []
        for rank, agent in enumerate([*agents, *companions]):
            for patient in clause.mentions:
                if patient is agent or (not patient.text and patient.first == agent.first):
                    continue
                if clause.opener in _CAUSAL and patient in _own_reference(clause):
                    continue  # "..., waardoor het ...": "het" opens the clause (or is no one), it is acted on by none
                if patient in agents[1:] and patient.text:
                    continue  # "Kaas en melk bevatten ...": listed subjects do not act on each other
                if patient in companions or (agent in companions and patient.first < agent.last):
                    continue  # "X werkt samen met Y om Z ...": Y does to Z what X does, not X to Y
                if _coordinated(agent, patient, tokens, clause.cues):
                    continue  # "Daarnaast bevatten boter en volle zuivel ...": listed together, not one on the other
                head = _list_head(patient, clause.mentions, tokens, clause.cues)
                cue = _nearest(_main(clause.cues, head, tokens), head, self.lang)
                if cue.voice == "embedded" and not _leads_to(cue, head, tokens):
                    continue  # "voor stressverlichting, spiergezondheid en ...": only stress is relieved
                if self.lang == "en" and cue.voice == "active" and agent.last <= patient.first < cue.first:
                    continue  # "X through food can help reduce Y": an English verb's object follows it
                if _recipient(patient, tokens):
                    continue  # "geeft het bloed zijn rode kleur": the blood receives, the colour is given
                if _renamed(patient, tokens):
                    continue  # "serotonine en dopamine, twee neurotransmitters die ...": the same two, renamed
                if cue.voice == "active" and _by_way_of(patient, tokens, clause.cues):
                    continue  # "raising X intake from food": where it comes from, not what is raised
                between = agent.last <= cue.first <= patient.first or patient.last <= cue.first
                yield agent, patient, cue, (0.8 if between else 0.6) - 0.15 * (0 if alternatives else rank)
        own_reference = any(not a.text and a.first >= clause.first for a in agents)  # "..., maar het verlaagt ..."
        reported = clause.opener in _COMPLEMENT and _own_subject(clause, tokens) or clause.opener in _ADVERBIAL
        busy = self.lang == "en" and _acts_without_cue(subject, previous, tokens)
        relative = (  # "Y, dat ...", "Y, die ...": a relative clause right after its noun and a comma
            clause.opener in _RELATIVE and clause.opener not in _REFERRING and bool(agents)
            and clause.first >= 2 and tokens[clause.first - 1].text == ","
            and any(m.last == clause.first - 1 for m in agents)
        )  # fmt: skip
        for carried in subjects:
            if carried in agents or clause.opener == "apposition" or own_reference or busy:  # apposition: of its noun
                continue
            if relative:
                continue  # "X verhoogt Y, dat Z verstoort": the clause speaks of Y, not of X
            if any(self.deficiency_of.get(carried.node) == a.node for a in agents):
                continue  # "X ..., en een tekort kan Y geven": the clause speaks of X's lack, not of X
            for patient in clause.mentions:
                if not patient.text:  # a reference ("maar het ...") is the clause's own subject, no object
                    continue
                later = [m for m in clause.mentions if m.first >= patient.last]
                if reported and patient in agents and len(_chain([patient, *later], tokens)) <= len(later):
                    continue  # "Dit zorgt ervoor dat de bijnieren cortisol vrijgeven": on cortisol, not the glands
                cue = _nearest(_main(clause.cues, patient, tokens), patient, self.lang)
                if cue.voice == "embedded" and not _leads_to(cue, patient, tokens):
                    continue  # a cue inside another concept's word is that concept's own
                transitive = any(m.first >= cue.last for m in clause.mentions)  # not "cortisol goes up"
                if self.lang == "en" and cue.voice == "active" and patient.first < cue.first and transitive:
                    continue  # "high in A and low in B": in English what stands before a verb with an object is none
                yield carried, patient, cue, 0.4

    def _examples(self, tokens, mentions, hits, span, hedged):
        """'problems such as A or B': A and B are each a type of problem."""
        found = []
        for hit in hits:
            if hit.kind != "example":
                continue
            before = [m for m in mentions if m.last <= hit.first]
            if not before:
                continue
            whole = before[-1]
            verbs = {i for h in hits if h.kind in ("cue", "hedge") for i in range(h.first, h.last)}
            if any(tokens[i].text[:1].isalnum() and i not in verbs for i in range(whole.last, hit.first)):
                continue  # "processen in het lichaam, zoals X": what X is an example of is not a concept
            for m in listed_after(hit, mentions, tokens):
                if m.node != whole.node:
                    found.append(Claim(m.node, whole.node, self._relation("type_of", 1), 1, hedged, 0.5, "", *span))
        return found

    def _falling(self, clause: Clause, previous: Clause | None, tokens: list[Token]) -> list[Mention]:
        """The concept a clause says goes down with no object: 'X daalt', 'the deep sleep that declines'.

        A lowering verb right after its concept and right before the clause's end lowers that concept,
        or, in a relative clause of its own ('de diepe slaap die afneemt'), the concept the clause
        follows. A verb with an object before it ('X kan zulke problemen verlichten') lowers nothing.
        """
        for cue in clause.cues:
            if self.signs.get(cue.relation, 0) >= 0 or cue.voice != "active":
                continue
            if cue.last < clause.last and tokens[cue.last].text[:1].isalnum():
                continue  # an object, an adverb or a particle follows: not only 'X daalt'
            if clause.mentions and clause.mentions[-1].last == cue.first and len(clause.mentions) == 1:
                return clause.mentions[:]
            relative = not clause.mentions and clause.opener in _RELATIVE and cue.first == clause.first + 1
            if relative and previous is not None and previous.mentions:
                return previous.mentions[-1:]
        return []

    def _act_on(self, agent: Mention, chosen: CueHit, cues: list[CueHit], clause: Clause, tokens: list[Token]) -> int:
        """-1 when the doer is named as what an act of lowering lowers: "Reducing stress improves sleep",
        "Het verlagen van cortisol ...", "Angstvermindering verbetert ..." (less of it does what follows)."""
        for c in cues:
            if c is chosen or self.signs.get(c.relation, 0) >= 0 or agent.last > chosen.first or c.first < clause.first:
                continue  # only an act of the clause itself ("..., which results in": the clause before says)
            if c.voice == "embedded" and c.first == agent.first and agent.node in self.known:
                return -1  # "angstvermindering": anxiety, lowered (not a new concept named by the whole word)
            opening = all(t.key in _ACT_OPENERS for t in tokens[clause.first : c.first])
            if c.voice != "embedded" and opening and (c.last == agent.first or _leads_to(c, agent, tokens)):
                return -1  # the act opens the clause and is its subject
        return 1

    def _modifier(self, cues: list[CueHit], chosen: CueHit, patient: Mention, tokens: list[Token]) -> CueHit | None:
        """'helps in reducing stress': the noun or verb of change just before the patient, if any."""
        for cue in cues:
            if cue is not chosen and _leads_to(cue, patient, tokens):
                return cue
        return None

    # -- polarity and relation ------------------------------------------------------------------
    def _relation(self, relation: str, sign: int) -> str:
        own = self.signs.get(relation, 0)
        chosen = relation if own == 0 or own == sign or sign == 0 else flipped_relation(relation, own)
        if chosen in self.vocabulary:
            return chosen
        same = sorted(r for r in self.vocabulary if self.signs.get(r, 0) == self.signs.get(chosen, 0))
        return same[0] if same else chosen

    def _is_modifier(self, hit: CueHit, tokens: list[Token], mentions: list[Mention]) -> bool:
        """'een verhoogde spierexcitatie': an adjective before a concept, not a verb."""
        if hit.last - hit.first != 1 or not any(m.first == hit.last for m in mentions):
            return False
        word = tokens[hit.first].text.lower()
        after_function_word = hit.first > 0 and tokens[hit.first - 1].key in _BEFORE_ADJECTIVE
        if after_function_word and tokens[hit.first - 1].key == "to" and not re.search(r"(ed|en|er)$", word):
            after_function_word = False  # "helps to control X": an infinitive, not "leads to increased X"
        # "krampen en vertraagd herstel": a participle in a list of effects
        listed = hit.first > 0 and tokens[hit.first - 1].text in (",", "en", "of") and word.endswith("d")
        return after_function_word or (self.lang == "nl" and (re.search(r"(de|te)$", word) is not None or listed))

    def _polarity(self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit]) -> dict[Mention, int]:
        """-1 for a concept named as lowered or lacking ("verminderde slaap", "te weinig X")."""
        polarity: dict[Mention, int] = {}
        by_start = {m.first: m for m in mentions}
        done: set[int] = set()
        for hit in hits:
            inside = [m for m in mentions if m.first <= hit.first < m.last]
            if hit.kind == "difficulty":  # "has trouble regulating X": X, a few words on, goes down
                later = [m for m in mentions if hit.last <= m.first <= hit.last + 6]
                if later and not inside:
                    polarity[later[0]] = -polarity.get(later[0], 1)
                continue
            if hit.kind == "lacking":  # "when B12 runs too low", "levels of this vitamin are getting low"
                lacking = [m for m in mentions if hit.first - 2 <= m.last <= hit.first]
                for m in lacking:  # the concept just before (each a reference may stand for)
                    if m.last == lacking[-1].last and m.node not in self.deficiency_of.values():
                        polarity[m] = -1
                continue
            if hit.kind == "lowered" and inside:
                word = tokens[hit.first].key
                own_name = self._named_whole(inside[0], tokens)  # "slecht slapen" is sleep problems' own name
                own_word = word in self.refs.words.get(inside[0].node, ())
                if inside[0].first == hit.first and not own_word and not own_name:
                    # "verstoorde elektrolytenbalans" named as one concept, the balance
                    polarity[inside[0]] = -polarity.get(inside[0], 1)
                continue
            target = by_start.get(hit.last)
            if target is None or hit.first in done:
                continue
            done.add(hit.first)
            if hit.kind == "lowered" or (hit.kind == "cue" and self._is_modifier(hit, tokens, mentions)):
                sign = -1 if hit.kind == "lowered" else self.signs.get(hit.relation, 1) or 1
                polarity[target] = polarity.get(target, 1) * sign
            elif hit.kind == "deficiency" and target.node not in self.deficiency_of.values():
                polarity[target] = -1
        return polarity

    def _named_whole(self, m: Mention, tokens: list[Token]) -> bool:
        """True when the words of ``m`` are one of its concept's own names, as written or lemmatised."""
        words = tokens[m.first : m.last]
        keys = (tuple(t.key for t in words), tuple(fold(t.text) for t in words))
        return m.last - m.first > 1 and any(self.index.terms.get(k) == m.node for k in keys)

    def _deficiencies(self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit]) -> list[Mention]:
        """'a lack of X' -> the data's deficiency concept of X; a bare 'tekort' -> the last one named."""
        by_start = {m.first: m for m in mentions}
        result = list(mentions)
        for hit in hits:
            lacking = self.last_deficiency
            phrase = any(h.kind == "deficiency" and h.first == hit.first for h in hits)  # "tekort aan X"
            if hit.kind == "deficiency_noun" and not phrase:  # "Magnesium ..., en een tekort kan ...": its lack
                named = [m for m in mentions if m.last <= hit.first and m.node in self.deficiency_of]
                lacking = self.deficiency_of[named[-1].node] if named else lacking
            if hit.kind == "deficiency_noun" and lacking is not None and _bare(hit, mentions):
                t = tokens[hit.first : hit.last]  # "een tekort kan ... veroorzaken": the deficiency last named
                result.append(Mention(lacking, hit.first, hit.last, t[0].start, t[-1].end, t[-1].text))
                continue
            if hit.kind != "deficiency":
                continue
            target = by_start.get(hit.last) or by_start.get(hit.last + 1)
            if target is not None and target.node in self.deficiency_of:
                deficient = self.deficiency_of[target.node]
                start = tokens[hit.first].start
                result[result.index(target)] = Mention(
                    deficient, hit.first, target.last, start, target.end, target.text
                )
                self.last_deficiency = deficient
            elif target is None and self.last_deficiency is not None and _bare(hit, mentions):
                t = tokens[hit.first : hit.last]
                result.append(Mention(self.last_deficiency, hit.first, hit.last, t[0].start, t[-1].end, t[-1].text))
        for m in result:
            if m.node in self.deficiency_of.values():
                self.last_deficiency = m.node
        return sorted(result, key=lambda m: m.first)


def _without_lacking_words(hits: list[CueHit]) -> list[CueHit]:
    """ "B12 runs too low": the words of a lack after a concept are no cue of their own ("low": decreases)."""
    lacking = {i for h in hits if h.kind == "lacking" for i in range(h.first, h.last)}
    if not lacking:
        return hits
    return [h for h in hits if h.kind == "lacking" or h.kind not in ("cue", "deficiency") or h.first not in lacking]


def _verb_between(cues: list[CueHit], cue: CueHit, patient: Mention) -> CueHit:
    """The last verb cue between ``cue`` and the object ("helps reduce X"), else ``cue``."""
    between = [c for c in cues if cue.last <= c.first and c.last <= patient.first and c.voice == "active"]
    return between[-1] if between else cue


def _with_parse(pairs: list, clause: Clause, parsed: dict[int, list[Role]], conj: dict[int, list[Mention]]):
    """The rules' pairs of a clause joined with the parse's, and the set of pairs the parse gave.

    A pair of the rules that the parse turns round (it makes the doer the object) or denies is
    dropped, as is one that makes the parse's doer of a cue what that cue acts on; the parse's
    pairs of a cue come in where no pair of the rules is left for that cue (with a parser of
    about 0.78 UAS, adding them beside the rules' pairs cost more precision than it gained
    recall); an object the parse lists with another ("A, B en C", ``conj``) is acted on as that
    one is.
    """
    extra = []
    if conj:
        have = {(p[0].node, p[1].node) for p in pairs}
        for agent, patient, cue, weight in pairs:
            for other in conj.get(id(patient), []):
                if other is not agent and (agent.node, other.node) not in have:
                    have.add((agent.node, other.node))
                    extra.append((agent, other, cue, weight - 0.05))
    mine = [r for c in clause.cues for r in parsed.get(c.first, [])]
    dropped = {(r.agent.node, r.patient.node) for r in mine if r.denied} | {
        (r.patient.node, r.agent.node) for r in mine
    }
    doers = {(r.cue.first, r.agent.node) for r in mine}  # the parse's doer of a cue is not what it acts on
    kept = [p for p in pairs + extra if (p[0].node, p[1].node) not in dropped and (p[2].first, p[1].node) not in doers]
    ruled = {p[2].first for p in kept}  # a cue the rules read: the parse only turns round or denies
    given = [(r.agent, r.patient, r.cue, 0.85) for r in mine if not r.denied and r.cue.first not in ruled]
    return given + kept, {p[:3] for p in given + extra}


def _after_label(tokens: list[Token], mentions: list[Mention], cues: list[CueHit]) -> list[Mention]:
    """ "Spierfunctie: Magnesium is essentieel voor ...": a label before a colon is not the sentence's subject.

    The label's concepts are left out when a concept stands between the colon and the first cue (the
    sentence has its own subject); a label holding a cue ("Voorkomen van krampen: magnesium") stays.
    """
    colon = next((i for i, t in enumerate(tokens[:10]) if t.text == ":"), None)
    if colon is None or any(c.first < colon for c in cues):
        return mentions
    first_cue = min((c.first for c in cues if c.first > colon), default=len(tokens))
    if not any(colon < m.first < first_cue for m in mentions):
        return mentions
    return [m for m in mentions if m.first > colon]


_LISTING = {",", "en", "of", "and", "or", "de", "het", "een", "the", "a", "an", "als", "as", "well", "ook", "also",
            "&", "(", ")"}  # fmt: skip


# Words opening a Dutch subordinate clause, whose verb comes last ("doordat het melatonine remt").
_SUBORDINATE = {"dat", "doordat", "omdat", "waardoor", "wanneer", "als", "die", "wat", "waarbij", "zodat", "terwijl",
                "nadat", "voordat", "aangezien", "zodra", "indien"}  # fmt: skip


def _objects(cue: CueHit, clause: Clause, tokens: list[Token], agent: Mention, lang: str) -> list[Mention]:
    """What a cue acts on: the first concept after it, and those listed with that one ("A, B en C").

    In a Dutch subordinate clause the verb comes last: there the objects stand between the doer and it.
    """
    if cue.voice == "passive":  # "X komt voor in Y", "X is caused by Y": what it acts on stands before it
        return [m for m in clause.mentions if m.last <= cue.first][-1:]
    named = cue.first > 0 and tokens[cue.first - 1].key in _ARTICLE_KEYS  # "het aanmaken van": a verb as a noun
    if cue.voice in ("nominal", "embedded") or named:  # "insulin production", "melatonineproductie"
        of = cue.last + (cue.last < len(tokens) and tokens[cue.last].key in ("van", "of"))
        of += of < len(tokens) and tokens[of].key in _ARTICLE_KEYS  # "het aanmaken van (de) hemoglobine"
        joined = [m for m in clause.mentions if m.last == cue.first or m.first == cue.first or m.first == of > cue.last]
        if joined:
            return joined
    after = [m for m in clause.mentions if m.first >= max(cue.last, agent.last) and m is not agent]
    if lang == "nl" and tokens[clause.first].key in _SUBORDINATE | {clause.opener}:
        between = [m for m in clause.mentions if agent.last <= m.first and m.last <= cue.first]
        after = between or after
    elif lang == "nl" and not after:  # "X kan A, B en C veroorzaken": a verb at the end, after its objects
        after = [m for m in clause.mentions if agent.last <= m.first and m.last <= cue.first and m is not agent]
    if not after:
        before = [m for m in clause.mentions if m.last <= cue.first]
        return before[-1:]  # a passive: "X wordt door Y ...", "X is caused by Y"
    chain = [after[0]]
    for m in after[1:]:
        gap = tokens[chain[-1].last : m.first]
        if len(gap) > 3 or not all(t.key in _LISTING or t.text in _LISTING for t in gap):
            break
        chain.append(m)
    return chain


_ARTICLE_KEYS = {"de", "het", "een", "the", "a", "an"}


def _names_an_act(clause: Clause, tokens: list[Token]) -> bool:
    """True when a clause opens with an article and a cue verb used as a noun: "het herstellen van X"."""
    return (
        clause.first + 1 < len(tokens)
        and tokens[clause.first].key in _ARTICLE_KEYS
        and tokens[clause.first + 1].text.lower().endswith(("en", "ing"))  # an infinitive, a gerund
        and any(c.first == clause.first + 1 and c.voice not in ("nominal", "embedded") for c in clause.cues)
    )


#: Words opening a condition: what follows them is not acted on by what comes before (grammar).
_CONDITIONS = {"wanneer", "zodra", "indien", "when", "whenever", "if"}  # not "als": also "such as", "as"
#: Words that may stand before an act that is a clause's subject: "het verlagen van X", "the lowering of X".
_ACT_OPENERS = _ARTICLE_KEYS


def _own_reference(clause: Clause) -> list[Mention]:
    """The reference right after a clause word ("waardoor het ...", "whereby it ..."): the clause's subject."""
    return [m for m in clause.mentions if not m.text and m.first == clause.first + 1]


def _means(clause: Clause, tokens: list[Token]) -> bool:
    """ "Door X te verhogen, ...", "By raising X, ...": a clause of means, whose concepts are what is done to."""
    words = tokens[clause.first : clause.last]
    if not words or words[0].key not in ("door", "by"):
        return False
    return any(t.key == "te" for t in words[1:]) or len(words) > 1 and fold(words[1].text).endswith("ing")


def _done_to(clauses: list[Clause], tokens: list[Token]) -> dict[int, int]:
    """The concepts (by ``id``) that clauses of means act on, each with where its clause begins.

    "Door X te verhogen en Y te verlagen, ...": the clause after "en" goes on with the means.
    """
    found: dict[int, int] = {}
    means = False
    for clause in sorted(clauses, key=lambda c: c.first):
        means = _means(clause, tokens) or means and tokens[clause.first].key in ("en", "and", "of", "or")
        if means:
            found.update((id(m), clause.first) for m in clause.mentions if _means_of(m, clause, tokens))
    return found


_PERSONS = PERSONS | {"ze", "zij", "they", "i", "ik"}  # people as the subject of a clause of means


def _no_doer(agent: Mention, patient: Mention, clause: Clause, tokens: list[Token], done_to: dict[int, int]) -> bool:
    """True when ``agent`` is what a clause of means acts on, and so does nothing to ``patient``.

    It does nothing to a concept of another means ("Door X te verhogen en Y te verlagen"), nor to
    anything when the clause has a concept of its own as subject ("..., verbetert magnesium Y").
    "Door X te eten, kunt u Y voorkomen": a person as subject, so X itself is what prevents Y.
    """
    if id(agent) not in done_to or done_to.get(id(patient), -1) == done_to[id(agent)]:
        return False  # within one means: "door de omzetting van X in Y te bevorderen"
    return id(patient) in done_to or _own_doer(clause, tokens, done_to)


def _own_doer(clause: Clause, tokens: list[Token], done_to: dict[int, int]) -> bool:
    """True when a concept opens the clause as its subject ("..., kan magnesium de slaap verbeteren"),
    not a person ("..., kunt u krampen voorkomen": then the means is what does it)."""
    own = [m for m in clause.mentions if id(m) not in done_to]
    te = [i for i in range(clause.first, own[0].first if own else clause.first) if tokens[i].key == "te"]
    start = te[-1] + 2 if te else clause.first  # "Door X te verminderen verbetert Y ...": after the means's verb
    if not own or own[0].first > start + 2:
        return False
    return not any(t.key in _PERSONS for t in tokens[start : own[0].first])


def _means_of(m: Mention, clause: Clause, tokens: list[Token]) -> bool:
    """True when ``m`` is what a clause of means does something to: before a "te" ("Door X te verhogen en Y
    te verlagen verbetert Z ..."), or anywhere in a clause with none ("By lowering X, ...")."""
    te = [i for i in range(clause.first, clause.last) if tokens[i].key == "te"]
    return not te or any(i >= m.last for i in te)


_COMPLEMENT = {"that", "dat"}
# Clause words that never point back to a concept before them: the clause has its own subject.
_ADVERBIAL = {"omdat", "doordat", "aangezien", "terwijl", "waarin", "waarop", "waarmee", "because", "since", "while",
              "where"}  # fmt: skip
# Words whose "that"/"dat" opens what they report, not a relative clause (general grammar).
_REPORTING = {
    "ervoor", "ertoe",  # "zorgt ervoor dat X Y vrijgeeft", "leidt ertoe dat ...": X does it
    "find", "show", "suggest", "mean", "say", "report", "know", "note", "notice", "reveal", "demonstrate",
    "indicate", "conclude", "clear", "likely", "possible", "common", "true", "zien", "blijken", "betekenen",
    "zeggen", "weten", "merken", "tonen", "aantonen", "vinden", "denken", "concluderen", "duidelijk", "waarschijnlijk",
}  # fmt: skip


def _own_subject(clause: Clause, tokens: list[Token]) -> bool:
    """ "... find that a late coffee keeps you awake": a reported clause with a subject of its own."""
    if not clause.mentions or not clause.cues or clause.first == 0:
        return False
    if not tokens[clause.first - 1].keys & _REPORTING:
        return False
    first = clause.mentions[0]
    return first.first <= clause.first + 3 and first.last <= clause.cues[0].first


def _listed_with(subject: Mention, clause: Clause, tokens: list[Token]) -> list[Mention]:
    """The concepts listed with a subject before the clause's cue: "Noise, heat and X raise Y"."""
    cue = clause.cues[0].first
    listed: list[Mention] = []
    last = subject
    for m in clause.mentions:
        if m.first < last.last or m.last > cue or not m.text:
            continue
        gap = tokens[last.last : m.first]
        listing = any(t.key in _LISTING - _ARTICLE_KEYS for t in gap) and not any(t.key in PERSONS for t in gap)
        if len(gap) > 5 or not listing or any(c.first < m.first and c.first >= last.last for c in clause.cues):
            break  # "Noise, heat and too little sleep can raise X": listed, perhaps qualified
        listed.append(m)
        last = m
    return listed


def _predicate(m: Mention, mentions: list[Mention], tokens: list[Token]) -> bool:
    """True when ``m`` is the kind in "X is a N" (X named just before): a claim on N is one on X."""
    before = [x for x in mentions if x.last <= m.first]
    if not before:
        return False
    gap = [t.key for t in tokens[before[-1].last : m.first]]
    return len(gap) == 2 and gap[0] in ("be", "zijn") and gap[1] in ("a", "an", "een")


def _recipient(m: Mention, tokens: list[Token]) -> bool:
    """True when a possessive follows ``m`` ("gives the blood its colour"): ``m`` receives what is given."""
    if m.last >= len(tokens) - 1 or tokens[m.last].text.lower() not in ("zijn", "haar", "hun", "its", "their"):
        return False
    after = tokens[m.last + 1]  # "zijn rode kleur", not the verb in "een strategie zijn om ..."
    return after.text.isalpha() and after.key not in ("om", "te", "in", "op", "van", "voor", "en", "of", "niet", "ook")


_COUNTING = {"twee", "drie", "vier", "beide", "both", "two", "three", "four"}


def _renamed(m: Mention, tokens: list[Token]) -> bool:
    """True when ``m`` renames the concepts listed just before it: ", twee neurotransmitters", ", both hormones"."""
    return m.first >= 2 and tokens[m.first - 1].key in _COUNTING and tokens[m.first - 2].text == ","


def _by_way_of(m: Mention, tokens: list[Token], cues: list[CueHit]) -> bool:
    """True when ``m`` follows "from", "through" or "via" (not a cue's own word, as in "suffer from")."""
    at = m.first - 1
    if at >= 0 and tokens[at].key in _ARTICLE_KEYS:
        at -= 1
    return at >= 0 and tokens[at].key in ("from", "through", "via") and not any(c.first <= at < c.last for c in cues)


def _advice(hit: CueHit, clause: Clause) -> bool:
    """ "And ways to lift your energy": a clause opening with advice; not "X is a way to lower Y"."""
    inside = hit.kind == "advice" and clause.first <= hit.first < clause.last
    return inside and not any(m.first < hit.first for m in clause.mentions)


def _without_connectives(hits: list[CueHit], tokens: list[Token]) -> list[CueHit]:
    """ "als gevolg daarvan", "as a result": a word linking sentences is no cue between the concepts named."""
    links = [
        h for h in hits
        if h.kind == "connective" and not (h.last < len(tokens) and tokens[h.last].key in ("of", "van"))
    ]  # fmt: skip
    return [h for h in hits if h.kind == "connective" or not any(a.first <= h.first < a.last for a in links)]


def _verb_second(cue: CueHit, subject: Mention, tokens: list[Token]) -> bool:
    """A verb before its subject ("Daarnaast bevatten A en B ..."), not a verb named as a noun ("het X-en van A")."""
    named = cue.first > 0 and tokens[cue.first - 1].key in _ARTICLE_KEYS
    return cue.voice == "active" and not named and tokens[subject.first - 1].key not in ("van", "of")


def _list_head(m: Mention, mentions: list[Mention], tokens: list[Token], cues: list[CueHit]) -> Mention:
    """The first concept of the list ``m`` is in: "de aanmaak van A en B" acts on B as on A."""
    if any(_leads_to(c, m, tokens) for c in cues):
        return m  # "ontspanning en angstvermindering": a concept with a cue of its own keeps it
    head = m
    for earlier in reversed([x for x in mentions if x.last <= m.first]):
        if not _coordinated(earlier, head, tokens, cues):
            break
        if any(c.voice == "embedded" and c.first == earlier.first for c in cues):
            break  # "stressvermindering en slaap": the lowering is stress's own, not the list's
        head = earlier
    return head


def _chain(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The first concept and those listed with it ("A, B en C")."""
    chain = mentions[:1]
    for m in mentions[1:]:
        if not _coordinated(chain[-1], m, tokens, []):
            break
        chain.append(m)
    return chain


def _coordinated(a: Mention, b: Mention, tokens: list[Token], cues: list[CueHit]) -> bool:
    """True when only "en"/"and"/"or" and commas (and articles) stand between two concepts: one list."""
    first, second = (a, b) if a.last <= b.first else (b, a)
    if not (a.text and b.text) or first.last > second.first:
        return False
    gap = tokens[first.last : second.first]
    if any(first.last <= c.first < second.first for c in cues):
        return False
    keys = {t.key for t in gap}
    return bool(keys & {"en", "of", "and", "or"}) and all(t.text == "," or t.key in _LISTING for t in gap)


def _bare(hit: CueHit, mentions: list[Mention]) -> bool:
    return hit.last - hit.first == 1 and not any(m.first <= hit.first < m.last for m in mentions)


def _opens_mention(hit: CueHit, mentions: list[Mention]) -> bool:
    """ "regulatie van stemming" named as one concept still says "regulates"."""
    return any(m.first == hit.first and hit.last < m.last for m in mentions)


def _companions(clause: Clause, hits: list[CueHit]) -> list[Mention]:
    """The concepts right after "samen met"/"together with": they share the doer's part."""
    return [
        m
        for h in hits
        if h.kind == "companion" and clause.first <= h.first < clause.last
        for m in clause.mentions
        if h.last <= m.first <= h.last + 1
    ]


def _verb_of(hit: CueHit, tokens: list[Token]) -> bool:
    """ "het reguleren van calciumniveaus", named as one concept, still says "regulates"."""
    return hit.last - hit.first == 1 and hit.last < len(tokens) and tokens[hit.last].key in ("van", "of")


def _inside_mention(hit: CueHit, mentions: list[Mention]) -> bool:
    """True when the cue shares a word with a concept's name."""
    return any(m.first < hit.last and hit.first < m.last for m in mentions)


# Words that part the items of a list (general grammar).
_LIST_PARTS = {",", ";", "en", "of", "and", "or"}


def _a_list(clause: Clause, tokens: list[Token]) -> bool:
    """The clause names two or more concepts parted as a list is ("noise, heat and stress", "overdoing
    it at the gym, too much caffeine"), not one that acts on another by a verb the cues lack ("water
    brengt je hoofd in balans")."""
    named = [m for m in clause.mentions if m.text]
    if len(named) < 2:
        return False
    parted = sum(
        any(t.key in _LIST_PARTS or t.text in _LIST_PARTS for t in tokens[a.last : b.first])
        for a, b in zip(named, named[1:], strict=False)
    )
    return parted * 2 >= len(named) - 1  # most of them: an item may name a place ("overdoing it at the gym")


def settled(claims: list[Claim], hits: list[CueHit]) -> list[Claim]:
    """The claims a sentence's words allow: none when it denies or asks, all hedged when it hedges.

    Whatever rule found them, a sentence with a denial ("no evidence that", "geen bewijs dat") or
    an inquiry ("onderzoeken of") gives no claim, and a hedge anywhere in it ("may", "mogelijk")
    marks every claim it gives as hedged.

    >>> settled([Claim("a", "b", "causes", 1, False, 0.5)], [CueHit("hedge", 0, 1)])[0].hedged
    True
    >>> settled([Claim("a", "b", "causes", 1, False, 0.5)], [CueHit("denial", 0, 2)])
    []
    >>> settled([Claim("a", "a", "causes", 1, False, 0.5)], [])
    []
    """
    if any(h.kind in ("denial", "inquiry") for h in hits):
        return []
    claims = [c for c in claims if c.source != c.target]  # nothing is said of a concept on itself
    if any(h.kind == "hedge" for h in hits):
        return [c if c.hedged else replace(c, hedged=True) for c in claims]
    return claims


#: Words after a verb of change that name what brings the change about: "stijgt door X", "rises when X".
_BROUGHT_BY = {"door", "als", "wanneer", "zodra", "indien", "bij", "dankzij", "doordat", "omdat", "because", "due",
               "when", "whenever", "if", "with", "during", "tijdens"}  # fmt: skip
_CHANGES = {"increases", "decreases"}
_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "wordt", "worden", "werd", "werden", "zijn"}
#: Words that may stand between such a word and the concept it names: "als je stress hebt", "because of".
_BEFORE_CAUSE = _ARTICLE_KEYS | {"je", "jouw", "uw", "u", "er", "veel", "te", "of", "to", "you", "your", "are", "is",
                                 "under", "much", "too", "high", "hoge", "more", "meer"}  # fmt: skip


def _changed_by(agent: Mention, patient: Mention, cue: CueHit, clause: Clause, tokens: list[Token]) -> bool | None:
    """True when ``agent`` is what a verb of change says changes and ``patient`` what changes it.

    "Cortisol stijgt door stress", "Cortisol stijgt als je stress hebt", "Cortisol kan door stress
    stijgen", "Cortisol rises because of stress", "Bij stress stijgt het cortisol": the verb has no
    object, and the other concept follows a word of cause or condition. None when neither way round
    is sure: a means ("door X te verminderen"), a condition before a verb with an object.
    """
    if cue.relation not in _CHANGES or cue.voice != "active":
        return False
    if patient.last <= agent.first and patient.last <= cue.first:  # "Bij Y stijgt X", "During Y, X rises"
        at = patient.first - 1
        while at > clause.first and tokens[at].keys & _BEFORE_CAUSE:
            at -= 1
        if tokens[at].key not in _BROUGHT_BY or any(t.text in ",;:" for t in tokens[at : agent.first]):
            return False
        if any(m.first > patient.first and m is not agent for m in clause.mentions):
            return None  # "Bij stress verlaagt magnesium het cortisol": the condition is no object of magnesium
        return True
    if not agent.last <= cue.first:
        return False
    if agent.last < cue.first and tokens[cue.first - 1].keys & _PASSIVE_AUX and cue.last <= patient.first:
        # "Cortisol is increased in people under stress": what is increased does nothing; the other concept
        # does it when a word of cause or condition names it ("is verhoogd door/bij Y"), else no one is said to
        gap = tokens[cue.last : patient.first]
        marker = next((i for i, t in enumerate(gap) if t.key in _BROUGHT_BY), None)
        plain = marker is not None and all(t.keys & _BEFORE_CAUSE for t in gap[marker + 1 :])
        return True if plain and not any(t.text in ",;:" for t in gap) else None
    if cue.last <= patient.first:  # "X stijgt door Y"
        gap = tokens[cue.last : patient.first]
        lead = tokens[agent.last : cue.first]  # a modal or an adverb: "X kan stijgen", "X also rises"
    elif patient.last <= cue.first:  # "X kan door Y stijgen": the Dutch verb last
        gap = tokens[agent.last : patient.first]
        lead = tokens[patient.last : cue.first]
    else:
        return False
    marker = next((i for i, t in enumerate(gap) if t.key in _BROUGHT_BY), None)
    if marker is None or len(lead) > 3 or any(t.text in ",;:" for t in [*gap, *lead]):
        return False
    if not all(t.keys & _BEFORE_CAUSE for t in gap[marker + 1 :]):
        return False  # "X daalt door zijn werking op Y": the word after "door" is what does it, not Y
    if any(agent.last <= m.first < patient.first for m in clause.mentions):
        return False  # an object between: "X verhoogt Y door ..."
    after = tokens[patient.last : clause.last]
    return None if any(t.key == "te" for t in after) or any(t.key == "to" for t in after[:1]) else True


_NAMING_NOUN_END = {"of", "van", "for", "voor"}
#: Words that may open a sentence before a noun of cause: "Een belangrijke oorzaak van", "One common cause of".
_OPENING_A_NOUN = _ACT_OPENERS | _COUNTING | {"one", "main", "major", "common", "belangrijke", "grote"}


def _named_after(agent: Mention, patient: Mention, cue: CueHit, tokens: list[Token]) -> bool:
    """True in "Een oorzaak van X is Y", "One cause of X is Y": the noun opens the clause, its doer follows "is"."""
    if cue.voice != "active" or not cue.last <= agent.first < patient.first:
        return False
    if not {t.key for t in tokens[cue.last - 1 : cue.last + 1]} & _NAMING_NOUN_END:
        return False  # "oorzaak van", "cause of": a noun naming its object
    if not all(t.key in _OPENING_A_NOUN for t in tokens[: cue.first] if t.text[:1].isalnum()):
        return False
    between = [t.key for t in tokens[agent.last : patient.first] if t.key not in _ACT_OPENERS]
    return between in (["zijn"], ["be"], ["is"], ["are"])


_CONTRASTING = {"not", "niet"}
_CONTRAST_LIST = _ARTICLE_KEYS | {",", "en", "and", "of", "or", "nor", "noch"}
_CONTRAST_END = {",", ".", ";", ":", "!", "?", "but", "maar", "that", "dat", "die", "which"}


def _contrasted(negations: list[int], tokens: list[Token], mentions: list[Mention]) -> dict[int, int]:
    """The concepts (by ``id``) a "not"/"niet" right before them denies, each with that negation.

    "Stress, not caffeine, raises X", "Niet cafeïne maar stress ...", "lowers X, but not Y": the
    negation speaks of the concept it stands before (and of those listed with it), not of the clause.
    """
    found: dict[int, int] = {}
    starts = {m.first: m for m in mentions}
    for n in negations:
        if tokens[n].key not in _CONTRASTING:
            continue
        at = n + 1
        while at < len(tokens) and tokens[at].key in _ARTICLE_KEYS:
            at += 1
        named: list[Mention] = []
        while at in starts:  # the concept, and those listed with it: "niet het cortisol en de stress"
            m = starts[at]
            named += [other for other in mentions if other.first == m.first]  # stand-ins over the same words
            at = m.last
            while at < len(tokens) and tokens[at].key in _CONTRAST_LIST and tokens[at].text != ",":
                at += 1
        if named and (at >= len(tokens) or tokens[at].key in _CONTRAST_END):
            found.update((id(m), n) for m in named)  # "not X, but", "not X." (not "does not stress the body")
    return found


def _denied_before(cue: CueHit, patient: Mention, clause: Clause, previous: Clause | None) -> bool:
    """True when a cause ("because of X", "door X") is given for what a clause before denies."""
    if cue.voice != "passive" or previous is None or previous is clause or not previous.negated:
        return False
    return patient.node in {m.node for m in previous.mentions}


_SINGULAR_FINITE = {"kan", "zal", "wil", "mag", "moet", "is"}


def _object_first(agent: Mention, patient: Mention, clause: Clause, tokens: list[Token], lang: str) -> bool:
    """True when a Dutch clause opens with its object, as number agreement shows: a plural noun, a
    singular verb, then the subject ("Spierkrampen kan een tekort veroorzaken", "Klachten geeft X").
    """
    if lang != "nl" or not agent.last < patient.first or agent.last >= len(tokens):
        return False
    if any(t.text[:1].isalnum() and t.key not in _ARTICLE_KEYS for t in tokens[clause.first : agent.first]):
        return False  # the noun opens the clause
    noun, verb = tokens[agent.last - 1], tokens[agent.last]
    word, written = fold(noun.text), fold(verb.text)
    plural = noun.key != word and (word.endswith("en") or word == noun.key + "s" and not word.endswith("ss"))
    singular = written in _SINGULAR_FINITE or verb.key != written and written.endswith("t") and verb.key.endswith("en")
    if not (plural and singular):
        return False
    gap = tokens[agent.last + 1 : patient.first]
    last = tokens[patient.last - 1]
    return all(t.key in _ARTICLE_KEYS for t in gap) and last.key == fold(last.text)  # a singular subject next


def _passive_participle(cue: CueHit, agent: Mention, tokens: list[Token], lang: str) -> bool:
    """True for an English participle after a comma, with its noun before it: "Cortisol, produced by ..."."""
    if lang != "en" or cue.voice != "active" or agent.last > cue.first or cue.first == 0:
        return False
    word = tokens[cue.first]
    return tokens[cue.first - 1].text == "," and word.key != fold(word.text) and fold(word.text).endswith("ed")


def _made_to_change(cue: CueHit, patient: Mention, cues: list[CueHit], tokens: list[Token]) -> CueHit | None:
    """The verb of change right after the object of a verb of making: "X causes Y to drop", "makes Y rise"."""
    if cue.relation != "causes" or cue.last > patient.first:
        return None
    at = patient.last + (1 if patient.last < len(tokens) and tokens[patient.last].key == "to" else 0)
    return next((c for c in cues if c.first == at and c.relation in _CHANGES and c.voice == "active"), None)


def _negations(hits: list[CueHit]) -> list[int]:
    shields = [(h.first, h.last) for h in hits if h.kind == "not_negation"]
    return [h.first for h in hits if h.kind == "negation" and not any(a <= h.first < b for a, b in shields)]


_LINKING = {"van", "of", "de", "het", "een", "the", "a", "an", "op", "on", "aan"}


def _leads_to(cue: CueHit, mention: Mention, tokens: list[Token]) -> bool:
    """True when only words such as "van de" stand between ``cue`` and ``mention``."""
    if cue.voice == "embedded":
        return cue.first == mention.first
    gap = tokens[cue.last : mention.first]
    linked = any(t.key in ("van", "of") for t in gap) or (cue.voice == "nominal" and not gap)
    return linked and cue.last <= mention.first and len(gap) <= 3 and all(t.key in _LINKING for t in gap)


def _main(cues: list[CueHit], patient: Mention, tokens: list[Token]) -> list[CueHit]:
    """The cues that can carry the relation to ``patient``: not the one that only modifies it, if others exist.

    A cue inside another concept's one word ("stressvermindering") is that concept's own, and
    carries no relation to ``patient`` while another cue can.
    """
    main = [c for c in cues if not _leads_to(c, patient, tokens)]
    own = [c for c in main if c.voice != "embedded"]
    return own or main or cues


def _nearest(cues: list[CueHit], mention: Mention, lang: str = "en") -> CueHit:
    """The cue closest to ``mention``; Dutch puts the verb after its object, English before it."""

    def distance(cue: CueHit) -> tuple[int, int]:
        after = cue.first >= mention.last
        gap = cue.first - mention.last if after else max(0, mention.first - cue.last)
        return gap + (0 if after == (lang == "nl") else 2), cue.first

    return min(cues, key=distance)


class _Names:
    """The names of a concept of the data (its labels) or of one proposed (its label), looked up when asked."""

    def __init__(self, nodes: Any, proposed: dict[Hashable, str]) -> None:
        self.nodes, self.proposed = nodes, proposed

    def get(self, node: Hashable) -> list[str]:
        if node in self.proposed:
            return [self.proposed[node]]
        if node in self.nodes:
            data = self.nodes[node]
            return [str(data.get(k) or "") for k in ("label", "label_nl") if data.get(k)]
        return []


def _deficiency_concepts(G: Any, index: ConceptIndex, lang: str) -> dict[Hashable, Hashable]:
    """X -> the node that stands for a lack of X, found from the nodes' own names."""
    found: dict[Hashable, Hashable] = {}
    words = ("tekort", "gebrek", "deficiency", "shortage", "deficientie", "lack")
    for key, node in index.terms.items():
        joined = "".join(key)
        for word in words:
            rest = joined.replace(word, "").replace("aan", "").replace("of", "") if word in joined else ""
            other = index.single.get(rest)
            if other is not None and other != node:
                found.setdefault(other, node)
    return found


def _without_examples_of_examples(
    claims: list[Claim], mentions: list[Mention], hits: list[CueHit], tokens: list[Token]
) -> list[Claim]:
    """Leave out a claim of an example's example ("... bijvoorbeeld vette vissen als haring") that the
    example it illustrates makes too, with the same other concept and sign: the text names it to
    show a kind, and a reader takes the claim of the kind."""
    inner = examples_of_examples(hits, mentions, tokens)
    if not inner:
        return claims
    made = {(c.source, c.target, c.sign) for c in claims}
    nodes = {m.node: inner[m.first].node for m in mentions if m.first in inner}
    return [
        c
        for c in claims
        if not (c.source in nodes and (nodes[c.source], c.target, c.sign) in made)
        and not (c.target in nodes and (c.source, nodes[c.target], c.sign) in made)
    ]


# An example cue that is the sentence's verb: "Foods rich in X include A and B" (general grammar).
_INCLUDE_VERBS = {"include", "includes"}


def _members_claim(
    claims: list[Claim], kinds: list[Claim], mentions: list[Mention], hits: list[CueHit], tokens: list[Token]
) -> list[Claim]:
    """ "Foods rich in X include A and B": A and B make the claim of the kind the subject names, which
    only says what it includes (a reader takes "A provides X", not "foods provide X")."""
    verb = next((h for h in hits if h.kind == "example" and tokens[h.first].text.lower() in _INCLUDE_VERBS), None)
    claimed = {(c.source, c.target) for c in claims}
    kinds = [k for k in kinds if (k.source, k.target) not in claimed]  # a pair the sentence claims is no example too
    if verb is None or not claims:
        return claims + kinds
    before = [m for m in mentions if m.last <= verb.first]
    if len(before) < 2 or before[-1].last != verb.first:
        return claims + kinds
    kind, last = before[0], before[-1]
    own = [c for c in claims if c.source == kind.node and c.target == last.node]
    members = [c for c in kinds if c.target == last.node]
    if not own or not members:
        return claims + kinds
    claim = own[0]
    made = [replace(claim, source=c.source, cue="") for c in members]
    return [c for c in claims if c is not claim] + made + [c for c in kinds if c.target != last.node]


def _acts_without_cue(subject: Mention | None, previous: Clause | None, tokens: list[Token]) -> bool:
    """True when the clause a subject comes from has it do something, with no cue, to another concept.

    "When your brain detects a threat, cortisol goes up": the detecting of a threat raises cortisol,
    not the brain; "When stress strikes, cortisol goes up" has stress do nothing to anything.
    """
    if subject is None or previous is None or previous.cues or subject not in previous.mentions:
        return False
    for m in previous.mentions:
        gap = tokens[subject.last : m.first]
        verbs = [t for t in gap if t.text.isalpha() and t.text.lower().endswith("s") and t.key not in _LISTING]
        if m.first > subject.last and verbs and verbs[0] is gap[0]:
            return True  # "brain detects a threat": a verb in -s right after the subject, then an object
    return False
