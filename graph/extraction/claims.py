"""Propose the claims one sentence makes between the concepts it names.

A sentence is cut into clauses at clause words ("die", "waardoor", "which")
and at punctuation that starts a new verb. In each clause the doer is the
first concept named, or the one after "door"/"by" in a passive, or after a
cue such as "het gevolg van"; a clause that opens with "die"/"wat"/"which"
speaks of the concept just before it. The relation comes from the nearest
cue; its sign is turned round by a negation ("niet", "geen"), by a word
such as "verminderde" before a concept, and by a deficiency phrase ("een
tekort aan X") when the data has no deficiency concept for X.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from(["stress", "sleep"])
>>> from graph.extraction.concepts import ConceptIndex
>>> reader = SentenceReader(G, ConceptIndex(G), "en")
>>> [(c.source, c.relation, c.target, c.hedged) for c in reader.claims("Stress can reduce sleep.")]
[('stress', 'decreases', 'sleep', True)]
>>> [(c.source, c.relation, c.target) for c in reader.claims("Sleep is not reduced by stress.")]
[('stress', 'increases', 'sleep')]
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from typing import Any

from .concepts import ConceptIndex, Mention
from .cues import DEFAULT_SIGNS, CueHit, cue_book, flipped_relation
from .tokens import Token, fold, tokenize

__all__ = ["Claim", "SentenceReader"]

_BREAKS = {",", ";", "(", ")", "–", "—"}
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


@dataclass
class _Clause:
    first: int
    last: int
    mentions: list[Mention] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    opener: str = ""
    negated: bool = False


class SentenceReader:
    """Reads sentences of one language against one graph's concepts."""

    def __init__(self, G: Any, index: ConceptIndex, lang: str) -> None:
        self.index = index
        self.lang = lang
        self.book = cue_book(lang)
        relations = G.graph.get("relations") or {}
        self.signs = {**DEFAULT_SIGNS, **{r: int(v.get("sign", 0) or 0) for r, v in relations.items()}}
        self.vocabulary = set(relations) or set(DEFAULT_SIGNS)
        self.deficiency_of = _deficiency_concepts(G, index, lang)
        self.last_deficiency: Hashable | None = None
        self.topic: Hashable | None = None
        self.label_topics: list[Hashable] = []  # the concepts of the label of the list item being read
        self.before: list[Mention] = []  # the concepts of the sentence before, for "dit proces"
        self.words = _node_words(G)
        self._memo: dict[str, tuple[list[Token], list[Mention], list[CueHit]]] = {}
        self._guessed: set[Mention] = set()  # references resolved by position alone, not by their noun

    def note_heading(self, mentions: list[Mention]) -> None:
        """A heading names the topic that "het"/"dit"/"it" refers to until a sentence names another."""
        if mentions:
            self.topic = mentions[0].node

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
        hits = self.book.scan(tokens)
        mentions = self.index.find(tokens)
        return tokens, self._deficiencies(tokens, mentions, hits), hits

    def claims(self, text: str, offset: int = 0, *, start: int | None = None, end: int | None = None) -> list[Claim]:
        """The claims of one sentence, strongest first, one per ordered pair of concepts."""
        tokens, mentions, hits = self.read(text, offset)
        span = (offset if start is None else start, offset + len(text) if end is None else end)
        return self._claims(tokens, mentions, hits, span)

    def _claims(
        self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit], span: tuple[int, int]
    ) -> list[Claim]:
        polarity = self._polarity(tokens, mentions, hits)
        hits = [h for h in hits if not (h.kind == "cue" and self._is_modifier(h, tokens, mentions))]
        cues = [h for h in hits if h.kind == "cue" and not _inside_mention(h, mentions)]
        cues += [
            replace(h, voice="embedded")
            for h in hits
            if h.kind == "cue" and h.voice == "nominal" and _opens_mention(h, mentions)
        ]
        cues = sorted(cues + self._embedded(tokens, mentions), key=lambda c: c.first)
        named = [m for m in mentions if m.text]
        mentions = self._resolve_reference(tokens, mentions, cues)
        mentions = self._demonstratives(tokens, mentions) if cues else mentions
        starts = [m.first for m in mentions]
        # "deze balans", when sure: one concept, that fits the noun
        resolved = [m for m in mentions if m.text or (starts.count(m.first) == 1 and m not in self._guessed)]
        self.before = resolved or named or self.before
        if not cues or len({m.node for m in mentions}) < 2:
            return []
        negations = _negations(hits)
        hedges = [h.first for h in hits if h.kind == "hedge"]
        hedged = bool(hedges)
        clauses = _instrument_last(_clauses(tokens, mentions, cues, hits), tokens)
        best: dict[tuple[Hashable, Hashable], Claim] = {}
        subject: Mention | None = None
        previous: _Clause | None = None
        for clause in clauses:
            subjects = _group(subject, clause_mentions=[m for c in clauses for m in c.mentions]) if subject else []
            for agent, patient, cue, weight in self._pairs(clause, previous, subject, hits, tokens, subjects):
                if agent.node == patient.node:
                    continue
                negated = any(clause.first <= n < clause.last for n in negations)
                own = self.signs.get(cue.relation, 0)
                modifier = self._modifier(clause.cues, cue, patient, tokens)
                if own == 0 and modifier is not None and self.signs.get(modifier.relation, 0):
                    cue, own, modifier = modifier, self.signs[modifier.relation], None  # "a role in promoting sleep"
                if own == 0 and polarity.get(patient, 1) < 0:
                    own = 1  # "has trouble regulating X": X goes down
                sign = own * polarity.get(agent, 1) * polarity.get(patient, 1)
                sign *= (self.signs.get(modifier.relation, 0) or 1) if modifier is not None else 1
                sign *= -1 if negated else 1
                if previous is not None and agent in previous.mentions[1:] and previous.negated:
                    sign = -sign  # "cannot make enough ATP, which results in ...": less ATP does it
                relation = self._relation(cue.relation, sign)
                in_clause = any(clause.first <= h < clause.last for h in hedges)
                confidence = round(max(0.05, min(0.95, weight - (0.1 if in_clause else 0.0))), 2)
                cue_text = " ".join(t.text for t in tokens[cue.first : cue.last])
                claim = Claim(agent.node, patient.node, relation, sign, in_clause, confidence, cue_text, *span)
                key = (agent.node, patient.node)
                if key not in best or best[key].confidence < claim.confidence:
                    best[key] = claim
            clause.negated = any(clause.first <= n < clause.last for n in negations)
            if clause.mentions and subject is None and clause.opener == "":
                subject = _subject(clause, hits)
            if clause.opener != "instrument":  # "wat ..." after it speaks of the main clause
                previous = clause if clause.mentions else previous
        claims = sorted(best.values(), key=lambda c: -c.confidence)
        return claims + self._examples(tokens, mentions, hits, span, hedged)

    def _embedded(self, tokens: list[Token], mentions: list[Mention]) -> list[CueHit]:
        """Cues that end a one-word concept: "calciumblokker" (inhibits calcium), "angstvermindering"."""
        found = []
        for m in mentions:
            if m.last - m.first == 1:
                relation = self.book.embedded(tokens[m.first])
                if relation:
                    found.append(CueHit("cue", m.first, m.last, relation, "embedded"))
        return found

    def _fitting(self, noun: str) -> list[Hashable]:
        """What "dit/deze + noun" refers to: the concepts just named, or the topic, whose names hold the noun;
        failing that the last two concepts named and the topic."""
        named = [m.node for m in self.before]
        candidates = [*named, self.topic] if self.topic is not None else named
        fitting = [n for n in candidates if any(w.endswith(noun) for w in self.words.get(n, ()))]
        return fitting or [*list(dict.fromkeys(named))[-3:], *([self.topic] if self.topic is not None else [])]

    def _demonstratives(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """ "deze balans", "this process": the concepts of the sentence before whose names share the noun."""
        taken = {i for m in mentions for i in range(m.first, m.last)}
        added = []
        for i, token in enumerate(tokens[:-1]):
            noun = tokens[i + 1]
            if token.key not in _DEMONSTRATIVE or i in taken or i + 1 in taken or not noun.key.isalpha():
                continue
            if i == 0 and any(m.first == 0 and not m.text for m in mentions):
                continue
            fitting = [m for m in self.before if any(w.endswith(noun.key) for w in self.words.get(m.node, ()))]
            if token.key in _KIND_WORDS:  # "dergelijke problemen": the kinds just named, too
                fitting = [*fitting, *self.before[-2:]]
            for m in fitting or self.before[-2:]:
                added.append(Mention(m.node, i, i + 2, token.start, noun.end, ""))
                if not fitting:
                    self._guessed.add(added[-1])
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions

    def _pronoun_first(self, tokens: list[Token]) -> bool:
        """ "Het heeft ...", "It binds ...": the sentence opens with a pronoun, not an article."""
        if len(tokens) < 2 or tokens[0].key not in _PERSONAL:
            return False
        if self.lang != "nl":
            return True
        verb = tokens[1]
        return verb.key != fold(verb.text) and verb.key.endswith("en")

    def _pronouns_after_openers(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """ "..., omdat het helpt ...": "het" after a clause word is the topic."""
        if self.topic is None:
            return mentions
        taken = {i for m in mentions for i in range(m.first, m.last)}
        added = []
        for i in range(1, len(tokens) - 1):
            if tokens[i].key in _PERSONAL and i not in taken and tokens[i - 1].key in _OPENERS:
                added.append(Mention(self.topic, i, i + 1, tokens[i].start, tokens[i].end, ""))
        return sorted([*mentions, *added], key=lambda m: m.first) if added else mentions

    def _resolve_reference(self, tokens: list[Token], mentions: list[Mention], cues: list[CueHit]) -> list[Mention]:
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

    def _pairs(self, clause: _Clause, previous: _Clause | None, subject: Mention | None, hits, tokens, subjects=()):
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
        passive = _passive_agents(clause, hits, tokens)
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
            agents = [m for m in clause.mentions if m.first >= cue.last]
            patients = [m for m in clause.mentions if m.last <= cue.first] or (
                [subject] if subject else (previous.mentions[-1:] if previous else [])
            )
            for a in agents:
                for p in patients:
                    yield a, p, cue, 0.7
            return
        if clause.opener == "instrument":
            agents = list(subjects)
        elif clause.opener == "apposition" and previous is not None:  # "ATP, de energiebron voor X"
            agents = previous.mentions[-1:]
        elif clause.opener in _REFERRING and previous is not None:
            agents = [previous.mentions[0], previous.mentions[-1]]
        elif clause.opener and previous is not None:
            agents = _antecedents([m for m in previous.mentions if m.last <= clause.first], tokens)
        else:
            agents = []
        own_subject = clause.mentions[0] if not agents else None
        if own_subject is not None and _fronted(clause, hits):
            later = [m for m in clause.mentions if m.first >= clause.cues[0].last]
            own_subject = later[0] if later else own_subject
        if own_subject is not None and (own_subject.first < clause.cues[0].first or subject is None):
            agents = [own_subject]
            if not own_subject.text:  # a reference: every concept it may stand for, equally
                agents = [m for m in clause.mentions if not m.text and m.first == own_subject.first]
        elif subject is not None and not agents:
            agents = list(subjects)
        alternatives = len({(a.first, a.last) for a in agents}) == 1 and not agents[0].text if agents else False
        for rank, agent in enumerate(agents):
            for patient in clause.mentions:
                if patient is agent or (not patient.text and patient.first == agent.first):
                    continue
                cue = _nearest(_main(clause.cues, patient, tokens), patient, self.lang)
                between = agent.last <= cue.first <= patient.first or patient.last <= cue.first
                yield agent, patient, cue, (0.8 if between else 0.6) - 0.15 * (0 if alternatives else rank)
        for carried in subjects:
            if carried in agents:
                continue
            for patient in clause.mentions:
                if not patient.text and patient.first == carried.first:
                    continue
                yield carried, patient, _nearest(_main(clause.cues, patient, tokens), patient, self.lang), 0.4

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
            for m in _listed_after(hit, mentions, tokens):
                if m.node != whole.node:
                    found.append(Claim(m.node, whole.node, self._relation("type_of", 1), 1, hedged, 0.5, "", *span))
        return found

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
        return after_function_word or (self.lang == "nl" and re.search(r"(de|te)$", word) is not None)

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
            if hit.kind == "lowered" and inside:
                word = tokens[hit.first].key
                if inside[0].first == hit.first and word not in self.words.get(inside[0].node, ()):
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

    def _deficiencies(self, tokens: list[Token], mentions: list[Mention], hits: list[CueHit]) -> list[Mention]:
        """'a lack of X' -> the data's deficiency concept of X; a bare 'tekort' -> the last one named."""
        by_start = {m.first: m for m in mentions}
        result = list(mentions)
        for hit in hits:
            if hit.kind == "deficiency_noun" and self.last_deficiency is not None and _bare(hit, mentions):
                t = tokens[hit.first : hit.last]  # "een tekort kan ... veroorzaken": the deficiency last named
                result.append(Mention(self.last_deficiency, hit.first, hit.last, t[0].start, t[-1].end, t[-1].text))
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


def _bare(hit: CueHit, mentions: list[Mention]) -> bool:
    return hit.last - hit.first == 1 and not any(m.first <= hit.first < m.last for m in mentions)


def _node_words(G: Any) -> dict[Hashable, set[str]]:
    """node -> the folded words of its labels and of its category's labels ("mineraal" for magnesium)."""
    categories = G.graph.get("categories") or {}
    words: dict[Hashable, set[str]] = {}
    for node, data in G.nodes(data=True):
        texts = [str(node), str(data.get("label", "")), str(data.get("label_nl", ""))]
        category = categories.get(data.get("category"), {})
        texts += [str(category.get("label", "")), str(category.get("label_nl", ""))]
        found: set[str] = set()
        for text in texts:
            for lang in ("nl", "en"):
                found.update(t.key for t in tokenize(text.replace("_", " "), lang) if t.key.isalpha())
        words[node] = found
    return words


def _listed_after(hit: CueHit, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The concepts listed right after "zoals"/"such as": "A, B en C" (nothing when none follows at once)."""
    listed: list[Mention] = []
    at = hit.last
    for m in (m for m in mentions if m.first >= hit.last):
        gap = tokens[at : m.first]
        allowed = _ARTICLE_WORDS | _LIST_WORDS | {"vaak", "often", "zelfs", "even", "tot", "to", "s", "-"}
        if len(gap) > 3 or not all(t.text in ",'’-" or t.key in allowed for t in gap):
            break
        listed.append(m)
        at = m.last
    return listed


def _antecedents(before: list[Mention], tokens: list[Token]) -> list[Mention]:
    """What "die"/"which" refers to: the last concept, and the one it stands in apposition to ("X, de N die")."""
    if not before:
        return []
    found = [before[-1]]
    if len(before) > 1:
        gap = tokens[before[-2].last : before[-1].first]
        if gap and gap[0].text == "," and all(t.text == "," or t.key in _ARTICLE_WORDS for t in gap):
            return [before[-1], before[-2]]
    for earlier, later in zip(before[-2::-1], before[:0:-1], strict=True):  # "calcium, kalium en natrium, die"
        gap = tokens[earlier.last : later.first]
        if not gap or not all(t.text == "," or t.key in _LIST_WORDS for t in gap):
            break
        found.append(earlier)
    return found


_ARTICLE_WORDS = {"de", "het", "een", "the", "a", "an"}
_LIST_WORDS = {"en", "of", "and", "or"}


def _fronted(clause: _Clause, hits: list[CueHit]) -> bool:
    """ "Naast serotonine beïnvloedt magnesium ...": the clause opens with a phrase that is not its subject."""
    return any(h.kind == "fronted" and h.first == clause.first for h in hits) and bool(clause.cues)


def _opens_mention(hit: CueHit, mentions: list[Mention]) -> bool:
    """ "regulatie van stemming" named as one concept still says "regulates"."""
    return any(m.first == hit.first and hit.last < m.last for m in mentions)


def _inside_mention(hit: CueHit, mentions: list[Mention]) -> bool:
    """True when the cue shares a word with a concept's name."""
    return any(m.first < hit.last and hit.first < m.last for m in mentions)


def _negations(hits: list[CueHit]) -> list[int]:
    shields = [(h.first, h.last) for h in hits if h.kind == "not_negation"]
    return [h.first for h in hits if h.kind == "negation" and not any(a <= h.first < b for a, b in shields)]


_POINTING = {"het", "dit", "deze", "dat", "hij", "zij", "it", "this", "these", "they", "its"}
_PERSONAL = {"het", "hij", "zij", "it", "they", "dit", "this"}
_DEMONSTRATIVE = {"dit", "deze", "this", "these", "dergelijk", "dergelijke", "zulke", "zulk", "such"}
_KIND_WORDS = {"dergelijk", "dergelijke", "zulke", "zulk", "such"}
_OPENERS = {"omdat", "doordat", "aangezien", "waardoor", "zodat", "because", "since", "so"}
_LINKING = {"van", "of", "de", "het", "een", "the", "a", "an", "op", "on", "aan"}


def _leads_to(cue: CueHit, mention: Mention, tokens: list[Token]) -> bool:
    """True when only words such as "van de" stand between ``cue`` and ``mention``."""
    if cue.voice == "embedded":
        return cue.first == mention.first
    gap = tokens[cue.last : mention.first]
    linked = any(t.key in ("van", "of") for t in gap) or (cue.voice == "nominal" and not gap)
    return linked and cue.last <= mention.first and len(gap) <= 3 and all(t.key in _LINKING for t in gap)


def _main(cues: list[CueHit], patient: Mention, tokens: list[Token]) -> list[CueHit]:
    """The cues that can carry the relation to ``patient``: not the one that only modifies it, if others exist."""
    main = [c for c in cues if not _leads_to(c, patient, tokens)]
    return main or cues


def _nearest(cues: list[CueHit], mention: Mention, lang: str = "en") -> CueHit:
    """The cue closest to ``mention``; Dutch puts the verb after its object, English before it."""

    def distance(cue: CueHit) -> tuple[int, int]:
        after = cue.first >= mention.last
        gap = cue.first - mention.last if after else max(0, mention.first - cue.last)
        return gap + (0 if after == (lang == "nl") else 2), cue.first

    return min(cues, key=distance)


def _group(subject: Mention, clause_mentions: list[Mention]) -> list[Mention]:
    """The subject, or every concept a referring subject ("Dit proces") may stand for."""
    if subject.text:
        return [subject]
    return [m for m in clause_mentions if not m.text and m.first == subject.first] or [subject]


def _subject(clause: _Clause, hits: list[CueHit]) -> Mention:
    if _fronted(clause, hits):
        later = [m for m in clause.mentions if m.first >= clause.cues[0].last]
        if later:
            return later[0]
    return clause.mentions[0]


def _passive_agents(clause: _Clause, hits: list[CueHit], tokens: list[Token]) -> list[Mention]:
    """The doers of a passive clause: the concepts after "door"/"by" when a form of "worden"/"be" is there."""
    inside = [h for h in hits if clause.first <= h.first < clause.last]
    if not any(h.kind == "passive_aux" for h in inside):
        return []
    for hit in inside:
        if hit.kind != "agent":
            continue
        after = [m for m in clause.mentions if m.first >= hit.last]
        words = {t.key for t in tokens[hit.last : clause.last]}
        if after and "te" not in words:
            return after
    return []


def _clauses(tokens: list[Token], mentions: list[Mention], cues: list[CueHit], hits: list[CueHit]) -> list[_Clause]:
    """Cut at clause words, and at punctuation when what follows has a cue of its own."""
    openers = {h.first: tokens[h.first].key for h in hits if h.kind == "clause"}
    coordinators = {h.first for h in hits if h.kind == "coordinator"}
    verb_starts = sorted(c.first for c in cues if c.voice not in ("nominal", "embedded", "conversion"))
    cuts = [0]
    for i, token in enumerate(tokens):
        if i in openers and i > 0:
            cuts.append(i)
        elif token.text in _BREAKS and i + 1 < len(tokens):
            cuts.append(i + 1)
        elif i in coordinators and any(cuts[-1] <= c < i for c in verb_starts) and any(c > i for c in verb_starts):
            cuts.append(i)  # "X verhoogt Y en verlaagt Z": two verbs, two clauses
    cuts = sorted(set(cuts)) + [len(tokens)]
    clauses: list[_Clause] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        opener = openers.get(a, "")
        has_cue = any(a <= c.first < b for c in cues)
        if not opener and has_cue and a > 0 and tokens[a - 1].text == "," and tokens[a].key in _ARTICLE_WORDS:
            opener = "apposition"
        clause = _Clause(a, b, opener=opener)
        clause.cues = [c for c in cues if a <= c.first < b]
        if clauses and not clause.cues and not clause.opener:
            clauses[-1].last = b
        else:
            clauses.append(clause)
    for clause in clauses:
        clause.cues = [c for c in cues if clause.first <= c.first < clause.last]
        clause.mentions = [m for m in mentions if clause.first <= m.first < clause.last]
    return clauses


def _instrument_last(clauses: list[_Clause], tokens: list[Token]) -> list[_Clause]:
    """ "Door X te reguleren, speelt magnesium ...": the opening means-clause is done by the main clause's subject."""
    if len(clauses) < 2 or not clauses[1].mentions:
        return clauses
    first = clauses[0]
    words = [t.key for t in tokens[first.first : first.last]]
    by_doing = (
        words[:1] == ["door"] and "te" in words or words[:1] == ["by"] and words[1:2] and words[1].endswith("ing")
    )
    if not by_doing:
        return clauses
    first.opener = "instrument"
    return [clauses[1], first, *clauses[2:]]


def _deficiency_concepts(G: Any, index: ConceptIndex, lang: str) -> dict[Hashable, Hashable]:
    """X -> the node that stands for a lack of X, found from the nodes' own names."""
    book = cue_book(lang)
    found: dict[Hashable, Hashable] = {}
    words = ("tekort", "gebrek", "deficiency", "shortage", "deficientie", "lack")
    for key, node in index.terms.items():
        joined = "".join(key)
        for word in words:
            rest = joined.replace(word, "").replace("aan", "").replace("of", "") if word in joined else ""
            other = index.single.get(rest)
            if other is not None and other != node:
                found.setdefault(other, node)
    del book
    return found


def shifted(claim: Claim, **changes: Any) -> Claim:
    """A copy of ``claim`` with some fields changed."""
    return replace(claim, **changes)
