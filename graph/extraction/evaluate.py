"""Hold candidates against claims annotated by hand: precision and recall.

An annotation names a claim by its sentence number, its subject and object
(concept ids), and its sign. A candidate matches it when it points at that
sentence and names the same two concepts in the same direction with the same
sign. A concept is named the same way when

- the candidate's id is the annotated id, or one the annotation accepts
  (``accept``: a concept of the data a reviewer would take for it); or
- the candidate proposes a new concept whose label, folded and lemmatised
  word by word, is one of the annotated concept's names treated the same way
  ("Vitamine D" and "vitamine d" are ``vitamin_d``; "rode bloedcellen" is
  "rode bloedcel"); or
- the annotated concept has an ``opposite`` (``iron_deficiency`` is the lack
  of ``iron``) and the candidate names the opposite with the sign turned
  round: "iron decreases fatigue" is "iron deficiency causes fatigue".

Besides precision and recall it counts what makes an answer say more than its
source (fidelity): hedges dropped (a hedged claim found only by unhedged
candidates), hedges added (an unhedged claim found only by hedged ones), claims
turned round (a candidate naming an annotated claim's two concepts the other
way round in its sentence, matching no claim), signs flipped (the annotated pair
and direction with the opposite sign), and denied claims proposed (a candidate
naming a pair its sentence denies, from a list of denials).

Examples
--------
>>> gold = Gold.read_rows(
...     [{"sentence": "2", "subject": "a", "object": "b", "sign": "1", "hedged": "0"}],
...     {"a": {"names": "Alpha"}, "b": {"names": "Beta|bèta"}},
... )
>>> text = "Intro.\\nAlpha raises beta. Other."
>>> spans = numbered_sentences(text, header_lines=0)
>>> cands = [{"source": "alpha", "target": "beta", "sign": 1, "start": 7, "end": 25, "hedged": False}]
>>> m = match_document(cands, gold, spans, labels={"alpha": "Alpha", "beta": "bèta"}, lang="en")
>>> m.right, m.proposed, m.found, m.annotated
(1, 1, 1, 1)
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .tokens import fold, lemma_key

__all__ = ["Gold", "Match", "numbered_sentences", "name_key", "match_document", "figures"]

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’»]))\s+")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def numbered_sentences(text: str, header_lines: int = 3) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of a text's numbered sentences, sentence 1 first.

    Every non-blank line after the first ``header_lines`` is at least one sentence (a heading,
    a list item, a label line); running text is split after ``.``, ``!`` or ``?`` (and a closing
    quotation mark) followed by a space. This is the numbering of the development corpus.

    >>> numbered_sentences("Title\\n\\nIt helps. It \\"works!\\" Yes", header_lines=0)
    [(0, 5), (7, 16), (17, 28), (29, 32)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for number, line in enumerate(text.split("\n")):
        end = start + len(line)
        if number >= header_lines and line.strip():
            cut = start
            for m in _SENTENCE_END.finditer(line):
                spans.append((cut, start + m.start()))
                cut = start + m.end()
            spans.append((cut, end))
        start = end + 1
    return [(a + _lead(text[a:b]), b - _trail(text[a:b])) for a, b in spans if text[a:b].strip()]


def _lead(s: str) -> int:
    return len(s) - len(s.lstrip())


def _trail(s: str) -> int:
    return len(s) - len(s.rstrip())


def name_key(name: str, lang: str) -> str:
    """A name folded and lemmatised word by word, for matching a proposed concept's label.

    >>> name_key("Rode bloedcellen", "nl") == name_key("rode bloedcel", "nl")
    True
    """
    return " ".join(lemma_key(w, lang) for w in _WORD.findall(fold(name)))


@dataclass(frozen=True)
class Concept:
    """An annotated concept: the keys of its names, its opposite, and the data's ids it accepts."""

    id: str
    keys: frozenset[str]
    opposite: str = ""
    accept: frozenset[str] = frozenset()


@dataclass
class Gold:
    """The annotated claims of one text and the concepts they use.

    ``claims`` holds ``(sentence, subjects, objects, sign, hedged)``; ``subjects`` and ``objects``
    are the alternatives the annotation allows (``chronic_stress|cortisol``).
    """

    claims: list[tuple[int, tuple[str, ...], tuple[str, ...], int, bool]]
    concepts: dict[str, Concept] = field(default_factory=dict)
    #: ``(sentence, subjects, objects)`` of each claim a sentence denies ("X does not cause Y").
    denials: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    @classmethod
    def read_rows(
        cls,
        rows: Iterable[Mapping[str, str]],
        concepts: Mapping[str, Mapping[str, str]],
        denials: Iterable[Mapping[str, str]] = (),
    ) -> Gold:
        """Build from CSV rows (``sentence, subject, object, sign, hedged``) and concept rows by id.

        ``denials`` are rows (``sentence, subject, object``) of the claims the text's sentences deny.
        """
        claims = [
            (
                int(r["sentence"]),
                tuple(r["subject"].split("|")),
                tuple(r["object"].split("|")),
                int(r["sign"]),
                r.get("hedged", "0").strip() in ("1", "true", "True"),
            )
            for r in rows
        ]
        known = {}
        for cid, row in concepts.items():
            names = [n for n in (row.get("names") or "").split("|") if n] + [cid.replace("_", " ")]
            keys = frozenset(name_key(n, lang) for n in names for lang in ("nl", "en"))
            accept = frozenset(a for a in (row.get("accept") or "").split("|") if a)
            known[cid] = Concept(cid, keys, (row.get("opposite") or "").strip(), accept)
        denied = [(int(r["sentence"]), tuple(r["subject"].split("|")), tuple(r["object"].split("|"))) for r in denials]
        return cls(claims, known, denied)

    @classmethod
    def read(
        cls, path: str | Path, concepts: Mapping[str, Mapping[str, str]], denials: Iterable[Mapping[str, str]] = ()
    ) -> Gold:
        """Read one annotation file (as in ``tests/extraction/corpus/``), with the text's denials."""
        with open(path, encoding="utf-8", newline="") as handle:
            return cls.read_rows(list(csv.DictReader(handle)), concepts, denials)

    def names(self, concept: str, data_keys: Mapping[str, frozenset[str]]) -> Concept:
        """The annotated concept, with the data's own names added when it is one of the data's."""
        known = self.concepts.get(concept, Concept(concept, frozenset({name_key(concept.replace("_", " "), "en")})))
        return Concept(known.id, known.keys | data_keys.get(concept, frozenset()), known.opposite, known.accept)


_COUNTS = (
    "proposed", "right", "annotated", "found", "hedged_annotated", "hedged_found",
    "hedges_dropped", "hedges_added", "turned_round", "sign_flipped", "denied_proposed",
)  # fmt: skip


@dataclass
class Match:
    """The figures of one text: candidates proposed and right, annotations and found."""

    proposed: int = 0
    right: int = 0
    annotated: int = 0
    found: int = 0
    hedged_annotated: int = 0
    hedged_found: int = 0
    hedges_dropped: int = 0
    hedges_added: int = 0
    turned_round: int = 0
    sign_flipped: int = 0
    denied_proposed: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list)
    missed: list[tuple[int, str, str, int]] = field(default_factory=list)
    #: Each case of the fidelity counts: ``kind`` ("hedge dropped", "turned round", ...) and the claim.
    unfaithful: list[dict[str, Any]] = field(default_factory=list)

    def __iadd__(self, other: Match) -> Match:
        for name in _COUNTS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong += other.wrong
        self.missed += other.missed
        self.unfaithful += other.unfaithful
        return self

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.annotated if self.annotated else 0.0


def _names_concept(candidate: str, concept: Concept, labels: Mapping[str, str], lang: str) -> bool:
    if candidate == concept.id or candidate in concept.accept:
        return True
    label = labels.get(candidate, candidate.replace("_", " "))
    return name_key(label, lang) in concept.keys or name_key(candidate.replace("_", " "), lang) in concept.keys


def _ways(gold: Gold, concepts: tuple[str, ...], data_keys: Mapping[str, frozenset[str]]) -> list[tuple[Concept, int]]:
    """Each alternative concept with factor 1, and its opposite with factor -1."""
    ways = []
    for c in concepts:
        concept = gold.names(c, data_keys)
        ways.append((concept, 1))
        if concept.opposite:
            ways.append((gold.names(concept.opposite, data_keys), -1))
    return ways


def match_document(
    candidates: Iterable[Mapping[str, Any]],
    gold: Gold,
    spans: list[tuple[int, int]],
    *,
    labels: Mapping[str, str],
    lang: str,
    data_keys: Mapping[str, frozenset[str]] | None = None,
) -> Match:
    """Match one text's candidates against its annotations.

    Parameters
    ----------
    candidates : iterable of mappings
        Rows with ``source``, ``target``, ``sign``, ``start``, ``end`` and ``hedged``, offsets in
        the text that ``spans`` numbers.
    gold : Gold
        The text's annotations.
    spans : list of (int, int)
        The offsets of sentence 1, 2, ... (:func:`numbered_sentences`).
    labels : mapping
        The label of each candidate concept id (the data's, or a proposed new concept's).
    lang : str
        The text's language, for lemmatising labels.
    data_keys : mapping, optional
        Name keys of the data's concepts by id (their labels and synonyms).

    Returns
    -------
    Match
        A candidate is counted once per distinct (sentences, source, target, sign); it is right
        when it matches an annotation of a sentence it covers. An annotation is found when a
        candidate matches it; a hedged annotation is found hedged when that candidate is hedged.
        ``unfaithful`` lists, and the counts of the same names give, each hedge dropped (a hedged
        claim found only by unhedged candidates) or added (the reverse), each wrong candidate
        turned round (it names an annotated claim's object and subject, in that order, in the
        claim's sentence) or with its sign flipped (the claim's pair and direction, the opposite
        sign; a sign of 0 on either side is no flip), and each candidate naming a pair its sentence
        denies (``gold.denials``), whatever its sign.
    """
    data_keys = data_keys or {}
    starts = [a for a, _ in spans]
    seen: dict[tuple[tuple[int, ...], str, str, int], set[bool]] = {}
    for row in candidates:
        first = max(bisect_right(starts, int(row["start"])), 1)
        last = max(bisect_right(starts, max(int(row["end"]) - 1, int(row["start"]))), first)
        numbers = tuple(range(first, last + 1))
        key = (numbers, str(row["source"]), str(row["target"]), int(row["sign"]))
        seen.setdefault(key, set()).add(bool(row.get("hedged")))
    result = Match(proposed=len(seen), annotated=len(gold.claims))
    found: dict[int, set[bool]] = {}  # claim -> whether hedged candidates, unhedged ones, found it

    def names(candidate: str, concepts: tuple[str, ...]) -> set[int]:
        return {f for c, f in _ways(gold, concepts, data_keys) if _names_concept(candidate, c, labels, lang)}

    for (numbers, source, target, sign), hedges in seen.items():
        hit = False
        case = ""
        for i, (sentence, subjects, objects, gold_sign, _) in enumerate(gold.claims):
            if sentence not in numbers:
                continue
            ways = {f * g for f in names(source, subjects) for g in names(target, objects)}
            if sign in {w * gold_sign for w in ways}:
                hit = True
                found.setdefault(i, set()).update(hedges)
            elif gold_sign and sign and -sign in {w * gold_sign for w in ways}:
                case = case or "sign flipped"
            elif names(source, objects) and names(target, subjects):
                case = case or "turned round"
        claim = {"sentence": numbers, "source": source, "target": target, "sign": sign}
        if hit:
            result.right += 1
        else:
            result.wrong.append(claim)
            if case:
                result.unfaithful.append({"kind": case, **claim})
        if any(s in numbers and names(source, a) and names(target, b) for s, a, b in gold.denials):
            result.unfaithful.append({"kind": "denied proposed", **claim})
    result.found = len(found)
    result.hedged_annotated = sum(1 for c in gold.claims if c[4])
    result.hedged_found = sum(1 for i, h in found.items() if True in h and gold.claims[i][4])
    for i, hedges in found.items():
        sentence, subjects, objects, sign, hedged = gold.claims[i]
        if hedged in hedges:
            continue  # found by a candidate hedged as the claim is
        kind = "hedge dropped" if hedged else "hedge added"
        result.unfaithful.append({"kind": kind, "sentence": (sentence,), "source": "|".join(subjects),
                                  "target": "|".join(objects), "sign": sign})  # fmt: skip
    cases = Counter(u["kind"] for u in result.unfaithful)
    result.hedges_dropped, result.hedges_added = cases["hedge dropped"], cases["hedge added"]
    result.turned_round, result.sign_flipped = cases["turned round"], cases["sign flipped"]
    result.denied_proposed = cases["denied proposed"]
    result.missed = [(c[0], "|".join(c[1]), "|".join(c[2]), c[3]) for i, c in enumerate(gold.claims) if i not in found]
    return result


def figures(matches: Mapping[str, Match], groups: Mapping[str, Iterable[str]]) -> list[dict[str, Any]]:
    """Precision and recall of each group of texts (a group's name and the texts in it).

    >>> m = {"a": Match(proposed=4, right=2, annotated=5, found=2),
    ...      "b": Match(proposed=1, right=1, annotated=5, found=1)}
    >>> [(r["group"], r["precision"], r["recall"]) for r in figures(m, {"all": ["a", "b"]})]
    [('all', 0.6, 0.3)]
    """
    rows = []
    for name, docs in groups.items():
        total = Match()
        for doc in docs:
            total += matches[doc]
        rows.append(
            {
                "group": name,
                "texts": len(list(groups[name])),
                "annotated": total.annotated,
                "found": total.found,
                "proposed": total.proposed,
                "right": total.right,
                "precision": round(total.precision, 3),
                "recall": round(total.recall, 3),
                "hedged found hedged": f"{total.hedged_found}/{total.hedged_annotated}",
                "hedges dropped": total.hedges_dropped,
                "hedges added": total.hedges_added,
                "turned round": total.turned_round,
                "sign flipped": total.sign_flipped,
                "denied proposed": total.denied_proposed,
            }
        )
    return rows
