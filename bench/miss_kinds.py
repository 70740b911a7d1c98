"""Why a claim was missed: each missed claim of a development text sorted into a kind.

``python -m bench.extraction_eval --part dev --texts a,b --kinds`` prints, per language, how many
annotated claims the rules missed of each kind, and (with ``--misses``) each miss with its kind:

- ``a subject not named``: no name of the claim's subject stands in its sentence, nor a word of
  one (implied, a pronoun or demonstrative, a heading or a list's lead); ``a object not named``
  likewise for the object;
- ``b subject not recognised`` / ``b object not recognised``: a word of one of the concept's
  names stands in the sentence ("groei van spieren" for spiergroei, a plural, a compound, a head
  noun), but no concept the reader found there (of the data or proposed) is that concept;
- ``c no cue``: both concepts recognised in the sentence, no relation cue in it;
- ``d wrong sign`` / ``d turned round`` / ``d not formed``: both recognised, a cue found, the
  pair proposed with the other sign, the other way round, or not at all.

Each miss also says whether the candidate pool (:func:`graph.extraction.run.candidate_pool`:
every ordered pair of the concepts a sentence names, the topic and the subject of the sentence
before on each) holds it: what a better choice among the candidates could find.

The subject counts before the object: a claim with neither recognised is of the subject's kind.
The matching of names is :mod:`graph.extraction.evaluate`'s, unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from graph.extraction.claims import SentenceReader
from graph.extraction.concepts import ConceptIndex
from graph.extraction.evaluate import Gold, _names_concept, _ways, match_document
from graph.extraction.references import node_words
from graph.extraction.tokens import fold, lemma_key, tokenize

__all__ = ["KINDS", "Kinds", "classify_text"]

KINDS = (
    "a subject not named",
    "a object not named",
    "b subject not recognised",
    "b object not recognised",
    "c no cue",
    "d wrong sign",
    "d turned round",
    "d not formed",
)

#: Words too short or too common to tell that a sentence speaks of a concept by one of its words.
_MIN_STEM = 4


@dataclass
class Kinds:
    """The missed claims of one text: ``(kind, sentence, subject, object, sign, in the pool)`` each."""

    misses: list[tuple[str, int, str, str, int, bool]] = field(default_factory=list)

    def pooled(self) -> int:
        """How many of the missed claims the candidate pool holds (what a better choice could find)."""
        return sum(1 for *_, p in self.misses if p)

    def counts(self) -> Counter[str]:
        return Counter(k for k, *_ in self.misses)


def _stems(keys: Iterable[str]) -> set[str]:
    return {w for key in keys for w in key.split() if len(w) >= _MIN_STEM}


def _named(stems: set[str], words: list[str]) -> bool:
    """A word of the sentence is a word of a name, or one holds the other (a compound: "spiergroei")."""
    for w in words:
        if len(w) < _MIN_STEM:
            continue
        for s in stems:
            if w == s or (len(s) >= 5 and s in w) or (len(w) >= 5 and w in s):
                return True
    return False


def classify_text(
    G: Any,
    body: str,
    lang: str,
    gold: Gold,
    spans: list[tuple[int, int]],
    rules: Iterable[Mapping[str, Any]],
    pool: Iterable[Mapping[str, Any]],
    mentions: Iterable[tuple[int, int, Hashable]],
    labels: Mapping[str, str],
    data_keys: Mapping[str, frozenset[str]],
) -> Kinds:
    """Sort the claims of ``gold`` the ``rules`` candidates miss into :data:`KINDS`.

    ``pool`` holds the candidate pool's rows, ``mentions`` the ``(start, end, node)`` marks of the
    concepts the reader found in the text (those of ``Extraction.mentions``).
    """
    rules = list(rules)
    pool = list(pool)
    marks = list(mentions)
    reader = SentenceReader(G, ConceptIndex(G, languages=[lang]), lang, (node_words(G), node_words(G, False)))
    result = match_document(rules, gold, spans, labels=labels, lang=lang, data_keys=data_keys)
    kinds = Kinds()

    def names(node: str, concepts: tuple[str, ...]) -> bool:
        return any(_names_concept(node, c, labels, lang) for c, _ in _ways(gold, concepts, data_keys))

    def stems(concepts: tuple[str, ...]) -> set[str]:
        keys: set[str] = set()
        for c, _ in _ways(gold, concepts, data_keys):
            keys |= c.keys
        return _stems(keys)

    pooled = match_document(pool, gold, spans, labels=labels, lang=lang, data_keys=data_keys).missed
    for sentence, subject, obj, sign in result.missed:
        subjects, objects = tuple(subject.split("|")), tuple(obj.split("|"))
        a, b = spans[sentence - 1]
        text = body[a:b]
        tokens = tokenize(text, lang)
        words = [lemma_key(t.text, lang) for t in tokens] + [fold(t.text) for t in tokens]
        nodes = {str(n) for s, e, n in marks if a <= s and e <= b}
        in_pool = (sentence, subject, obj, sign) not in pooled
        if not any(names(n, subjects) for n in nodes):
            kind = "b subject not recognised" if _named(stems(subjects), words) else "a subject not named"
        elif not any(names(n, objects) for n in nodes):
            kind = "b object not recognised" if _named(stems(objects), words) else "a object not named"
        elif not any(h.kind == "cue" for h in reader.read(text)[2]):
            kind = "c no cue"
        else:
            mine = [r for r in rules if int(r["start"]) < b and a < int(r["end"])]
            if any(names(str(r["source"]), subjects) and names(str(r["target"]), objects) for r in mine):
                kind = "d wrong sign"
            elif any(names(str(r["source"]), objects) and names(str(r["target"]), subjects) for r in mine):
                kind = "d turned round"
            else:
                kind = "d not formed"
        kinds.misses.append((kind, sentence, subject, obj, sign, in_pool))
    return kinds


def classify_corpus(G: Any, stems: Iterable[str]) -> dict[str, tuple[str, Kinds]]:
    """The language and :class:`Kinds` of each named development text (``extract`` and its pool run on each)."""
    import graph
    from bench.extraction_eval import ANNOTATIONS, _concepts, _data_keys, _split_header, denials, text_path
    from graph.extraction.article import parse_article
    from graph.extraction.evaluate import numbered_sentences
    from graph.extraction.run import candidate_pool

    concepts = _concepts(ANNOTATIONS)
    denied = denials(ANNOTATIONS)
    data_keys = _data_keys(G)
    labels = {str(n): str(d.get("label", n)) for n, d in G.nodes(data=True)}
    out = {}
    for stem in stems:
        header, body = _split_header(text_path(stem).read_text("utf-8"))
        lang = "nl" if "Language: nl" in header else "en"
        result = graph.extract([parse_article(body, doc=stem)], G)
        pool, _ = candidate_pool([parse_article(body, doc=stem)], G)
        these = dict(labels)
        for r in (*result.new_concepts.to_dict("records"), *pool.new_concepts.to_dict("records")):
            these[str(r["id"])] = str(r["label"])
        gold = Gold.read(ANNOTATIONS / f"{stem}.csv", concepts, denied.get(stem, ()))
        spans = numbered_sentences(body, header_lines=0)
        kinds = classify_text(
            G, body, lang, gold, spans, result.candidates.to_dict("records"), pool.candidates.to_dict("records"),
            pool.mentions[stem], these, data_keys,
        )  # fmt: skip
        out[stem] = (lang, kinds)
    return out


def kinds_table(classified: Mapping[str, tuple[str, Kinds]]) -> list[dict[str, Any]]:
    """Per language (and in all): how many missed claims of each kind, and how many the pool holds."""
    rows = []
    for group in ("nl", "en", "all"):
        counts: Counter[str] = Counter()
        pooled = missed = 0
        for lang, kinds in classified.values():
            if group in (lang, "all"):
                counts += kinds.counts()
                pooled += kinds.pooled()
                missed += len(kinds.misses)
        rows.append({"language": group, "missed": missed, **{k: counts[k] for k in KINDS}, "in the pool": pooled})
    return rows
