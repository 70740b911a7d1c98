"""Which candidate a reader accepts: a pool of candidates per sentence, their features, a small model.

The rules of :mod:`.claims` propose at most one claim per ordered pair of concepts. The pool
widens that: beside the rules' claims it holds, for each ordered pair of concepts a sentence
names with a relation cue between or before them, the claim the nearest cue would make (in
both orders), and the claim of the text's topic on each concept after a cue. Each candidate
gets features that speak of no particular sentence's words (which rule found it, the cue's kind
and sign, the order of subject and cue, distances, how many concepts and cues the sentence
holds, known concept or new noun phrase, passive, negation, hedge, heading, list item, the
topic, the language), and a logistic regression trained on the development annotations
(``python -m bench.train_acceptance``, weights in ``acceptance.json`` beside this module) says
which to keep.

The model only accepts or drops: a sentence that denies a claim gives none (a candidate the
rules did not find is dropped whenever its sentence holds a negation at all), and a hedged
sentence gives hedged candidates only (:func:`.claims.settled` runs on what is kept).

Examples
--------
>>> model = load_model()
>>> len(model.weights) == len(FEATURES)
True
>>> 0.0 < model.probability([0.0] * len(FEATURES)) < 1.0
True
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .claims import Claim, SentenceReader, settled
from .concepts import Mention
from .cues import CueHit, flipped_relation
from .tokens import Token

__all__ = ["FEATURES", "ACCEPT", "Model", "load_model", "proposals", "features_of", "Acceptor"]

#: The ways ``extract`` may decide which candidates to keep.
ACCEPT = ("rules", "model")

#: The names of the features, in the order of the model's weights.
FEATURES = (
    "bias",
    "rules",  # the rules proposed it (any path)
    "rules_heading",  # ... from a heading
    "rules_list",  # ... as an item of a list under a lead
    "rules_confidence",  # the weight the rules gave it (0 for the pool's others)
    "rules_without_cue",  # the rules proposed it with no cue word of the sentence (a list, an example)
    "reverse",  # the pair the rules proposed, the other way round
    "topic",  # the text's topic as subject, not named in the sentence
    "previous",  # the subject of the sentence before, not named in this one
    "no_cue",  # the sentence holds no relation cue
    "cue_after",  # the cue stands after both concepts (a Dutch verb at the end)
    "nl",
    "nl_rules",
    "negative",  # the candidate's sign is -1
    "neutral_relation",  # a relation without a sign (regulates, affects)
    "hedged",
    "source_before_cue",
    "target_after_cue",
    "cue_between",
    "passive_cue",  # the cue is passive: "caused by", "is reduced by"
    "passive_source_after",  # a passive cue with the subject after it ("caused by X")
    "nominal_cue",
    "agent_word",  # "door", "by" in the sentence
    "distance",  # tokens between the two concepts, / 10, at most 3
    "mentions_between",  # concepts named between the two, at most 3
    "mentions",  # concepts the sentence names, / 5, at most 3
    "cues",  # relation cues in the sentence, at most 4
    "source_named",  # the subject is named in the sentence (not a reference)
    "target_named",
    "source_known",  # the subject is a concept of the data (not a new noun phrase)
    "target_known",
    "source_first",  # the subject is the first concept the sentence names
    "adjacent",  # the object is the first concept after the subject
    "negation",  # a negation word in the sentence
    "item",  # a list item
    "length",  # tokens / 20, at most 3
    "source_topic",  # the subject is the text's topic
    "target_topic",
    "clause_word_between",  # a clause word or comma between the two concepts
)


@dataclass(frozen=True)
class Model:
    """A logistic regression over :data:`FEATURES`: weights and the threshold of acceptance."""

    weights: tuple[float, ...]
    threshold: float = 0.5

    def probability(self, features: Sequence[float]) -> float:
        """The probability that a reader accepts a candidate with these features."""
        z = sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def load_model() -> Model:
    """The model shipped with the package (``graph/extraction/acceptance.json``)."""
    text = resources.files(__package__).joinpath("acceptance.json").read_text(encoding="utf-8")
    data = json.loads(text)
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError("acceptance.json was trained on other features; rerun python -m bench.train_acceptance")
    return Model(tuple(float(w) for w in data["weights"]), float(data.get("threshold", 0.5)))


_CLAUSE_WORDS = {"die", "dat", "wat", "waardoor", "omdat", "doordat", "which", "that", "who", "because", "while",
                 "whereas", "terwijl", "maar", "but", ";", ":"}  # fmt: skip
_AGENT_WORDS = {"door", "by"}


def _relation_cues(hits: list[CueHit], mentions: list[Mention]) -> list[CueHit]:
    return [h for h in hits if h.kind == "cue" and not any(m.first <= h.first and h.last <= m.last for m in mentions)]


def _nearest_cue(cues: list[CueHit], a: Mention | None, b: Mention | None) -> CueHit | None:
    """The cue between the two concepts, else the nearest one before the object."""
    if b is None or not cues:
        return None
    if a is not None:
        low, high = min(a.last, b.last), max(a.first, b.first)
        between = [c for c in cues if low <= c.first and c.last <= high]
        if between:
            return min(between, key=lambda c: abs(c.first - b.first))
    before = [c for c in cues if c.last <= b.first]
    return before[-1] if before else min(cues, key=lambda c: abs(c.first - b.first))


def features_of(
    claim: Claim,
    path: str,
    reader: SentenceReader,
    tokens: list[Token],
    mentions: list[Mention],
    hits: list[CueHit],
    item: bool,
) -> tuple[float, ...]:
    """The features of one candidate of a sentence, in the order of :data:`FEATURES`.

    ``path`` is how it was found: ``sentence``, ``heading`` or ``list`` (the rules), ``pair``
    (a pair of concepts the sentence names), ``reverse`` (a rules' pair the other way round),
    ``topic`` (the text's topic on a concept of the sentence) or ``previous`` (the subject of
    the sentence before on one).
    """
    by_node: dict[Hashable, Mention] = {}
    for m in mentions:
        by_node.setdefault(m.node, m)
    a, b = by_node.get(claim.source), by_node.get(claim.target)
    cues = _relation_cues(hits, mentions)
    cue = _nearest_cue(cues, a, b)
    keys = {t.key for t in tokens}
    rules = path in ("sentence", "heading", "list")
    topic = reader.refs.topic
    nl = reader.lang == "nl"
    f: dict[str, float] = {
        "bias": 1.0,
        "rules": float(rules),
        "rules_heading": float(path == "heading"),
        "rules_list": float(path == "list"),
        "rules_confidence": claim.confidence if rules else 0.0,
        "rules_without_cue": float(rules and not claim.cue),
        "reverse": float(path == "reverse"),
        "topic": float(path == "topic"),
        "previous": float(path == "previous"),
        "no_cue": float(not cues),
        "nl": float(nl),
        "nl_rules": float(nl and rules),
        "negative": float(claim.sign < 0),
        "neutral_relation": float(reader.signs.get(claim.relation, 1) == 0),
        "hedged": float(claim.hedged or any(h.kind == "hedge" for h in hits)),
        "agent_word": float(bool(keys & _AGENT_WORDS)),
        "mentions": min(3.0, len(mentions) / 5),
        "cues": float(min(4, len(cues))),
        "source_named": float(a is not None),
        "target_named": float(b is not None),
        "source_known": float(claim.source in reader.known),
        "target_known": float(claim.target in reader.known),
        "source_first": float(a is not None and a is mentions[0]),
        "negation": float(any(h.kind == "negation" for h in hits)),
        "item": float(item),
        "length": min(3.0, len(tokens) / 20),
        "source_topic": float(claim.source == topic),
        "target_topic": float(claim.target == topic),
    }
    if cue is not None:
        f["source_before_cue"] = float(a is not None and a.last <= cue.first)
        f["target_after_cue"] = float(b is not None and b.first >= cue.last)
        passive = cue.voice == "passive" or any(
            h.kind == "passive_aux" and h.last <= cue.first <= h.last + 2 for h in hits
        )  # "caused by", "is reduced by"
        f["passive_cue"] = float(passive)
        f["passive_source_after"] = float(passive and a is not None and a.first >= cue.last)
        f["nominal_cue"] = float(cue.voice in ("nominal", "embedded"))
        f["cue_after"] = float(cue.first >= max(a.last if a is not None else 0, b.last if b is not None else 0))
    if a is not None and b is not None:
        low, high = (a, b) if a.first <= b.first else (b, a)
        f["distance"] = min(3.0, max(0, high.first - low.last) / 10)
        f["mentions_between"] = float(min(3, sum(1 for m in mentions if low.last <= m.first and m.last <= high.first)))
        f["cue_between"] = float(cue is not None and low.last <= cue.first and cue.last <= high.first)
        f["adjacent"] = float(a.last <= b.first and not any(a.last <= m.first < b.first for m in mentions))
        gap = tokens[low.last : high.first]
        f["clause_word_between"] = float(any(t.key in _CLAUSE_WORDS or t.text in (",", ";", ":") for t in gap))
    return tuple(f.get(name, 0.0) for name in FEATURES)


def proposals(
    reader: SentenceReader,
    claims: list[Claim],
    tokens: list[Token],
    mentions: list[Mention],
    hits: list[CueHit],
    path: str,
    item: bool = False,
    previous: Hashable | None = None,
) -> list[tuple[Claim, str]]:
    """The pool of one sentence: the rules' claims (found by ``path``) and the pairs it names.

    Beside the rules' claims: each ordered pair of concepts the sentence names (the relation of
    the nearest cue, "causes" when it has none), and the text's topic and the subject of the
    sentence before (``previous``), when the sentence does not name them, on each concept it names.
    A pair the rules did not propose is left out when the sentence holds a negation, a denial or
    an inquiry (what the rules' clause reading would not allow is never added), and it is hedged
    when the sentence hedges.
    """
    pool = [(c, path) for c in claims]
    if path == "list":
        return pool
    taken = {(c.source, c.target) for c in claims}
    if any(h.kind in ("negation", "denial", "inquiry") for h in hits) or not mentions:
        return pool
    cues = _relation_cues(hits, mentions)
    polarity = reader._polarity(tokens, mentions, hits)
    sign_of: dict[Hashable, int] = {}
    first: dict[Hashable, Mention] = {}
    for m in mentions:
        sign_of.setdefault(m.node, polarity.get(m, 1))
        first.setdefault(m.node, m)
    extra: list[tuple[Claim, str]] = []

    def add(source: Hashable, target: Hashable, a: Mention | None, b: Mention, kind: str) -> None:
        if source == target or (source, target) in taken:
            return
        cue = _nearest_cue(cues, a, b)
        relation = cue.relation if cue is not None else "causes"
        base = reader.signs.get(relation, 1) or 1
        sign = base * sign_of.get(source, 1) * sign_of.get(target, 1)
        relation = relation if sign == base else flipped_relation(relation, base)
        extra.append((Claim(source, target, relation, sign, False, 0.3, "", b.start, b.end), kind))
        taken.add((source, target))

    reversed_rules = {(c.target, c.source) for c in claims}
    for a in first.values():
        for b in first.values():
            if a.node != b.node:
                add(a.node, b.node, a, b, "reverse" if (a.node, b.node) in reversed_rules else "pair")
    for subject, kind in ((reader.refs.topic, "topic"), (previous, "previous")):
        if subject is not None and subject not in first:
            for b in first.values():
                add(subject, b.node, None, b, kind)
    hedged = settled([c for c, _ in extra], hits)
    return pool + [(c, kind) for c, (_, kind) in zip(hedged, extra, strict=True)] if hedged else pool


class Acceptor:
    """Decides, sentence by sentence, which candidates ``extract`` keeps.

    ``mode`` is ``"rules"`` (the rules' claims as they are), ``"model"`` (the pool, kept where
    the model's probability reaches its threshold) or ``"pool"`` (the whole pool, each claim
    noted with its features in :attr:`features`, for training).
    """

    def __init__(self, mode: str, model: Model | None = None) -> None:
        if mode not in (*ACCEPT, "pool"):
            raise ValueError(f"accept must be one of {', '.join(ACCEPT)}, not {mode!r}")
        self.mode = mode
        self.model = model if model is not None or mode != "model" else load_model()
        self.features: dict[int, tuple[float, ...]] = {}  # id of a kept claim -> its features (pool mode)
        self.previous: dict[int, Hashable | None] = {}  # id of a reader -> the subject of its last sentence

    def choose(
        self,
        reader: SentenceReader,
        claims: list[Claim],
        read: tuple[list[Token], list[Mention], list[CueHit]],
        path: str,
        item: bool = False,
        context: Sequence[CueHit] = (),
    ) -> list[Claim]:
        """The candidates of one sentence (its tokens, mentions, cues in ``read``) to keep.

        ``context`` holds the hedges and denials the sentence takes from elsewhere (a list item's
        lead), which settle whatever is kept as the sentence's own do.
        """
        if self.mode == "rules":
            return settled(claims, list(context)) if context else claims
        tokens, mentions, hits = read
        previous = self.previous.get(id(reader))
        if path != "list":
            self.previous[id(reader)] = mentions[0].node if mentions else None
        pool = proposals(reader, claims, tokens, mentions, hits, path, item, previous)
        kept: list[tuple[Claim, tuple[float, ...]]] = []
        for claim, kind in pool:
            f = features_of(claim, kind, reader, tokens, mentions, hits, item)
            if self.mode == "pool":
                kept.append((claim, f))
                continue
            assert self.model is not None
            p = self.model.probability(f)
            if p >= self.model.threshold:
                rules = kind in ("sentence", "heading", "list")
                kept.append((claim if rules else replace(claim, confidence=round(p, 2)), f))
        final = settled([c for c, _ in kept], [*hits, *context])
        if self.mode == "pool":
            for c, (_, f) in zip(final, kept, strict=False):
                self.features[id(c)] = f
        return final
