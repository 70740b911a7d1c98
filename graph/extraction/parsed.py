"""Who does what to whom, from a dependency parse: the optional parse step of ``extract``.

Used when ``extract`` is given a trained spaCy pipeline (``extract --model DIR``, made by
``python -m bench.train_parser``); without one, ``extract`` reads with its rules alone. The
rules still find the concepts, the cue words (with their relation and sign), hedges and
denials; the parse only tells, for a cue verb, which of the sentence's concepts is its subject
and which its objects:

- the subject is the concept under the verb's ``nsubj`` (or, for a verb that shares its
  subject, under the ``nsubj`` of the verb it hangs from: "helps reduce", "kan ... veroorzaken");
  a relative clause's subject is the noun it describes;
- the objects are the concepts under its ``obj``, ``obl``, ``iobj``, ``xcomp`` (and their
  ``nmod``), each member of a coordination (``conj``) one claim; of two objects ("geeft het
  bloed zijn kleur", "gives the body energy") the first receives and only the last is acted on;
- in a passive (``nsubj:pass``, or a past participle describing a noun: "a hormone made in
  the gland") the subject is what is acted on and the ``obl:agent`` ("door X", "by X") the doer;
  so is it for a cue whose doer follows it in the cue table (voice ``passive``: "X needs Y",
  "X depends on Y"), read in the active;
- a ``niet``/``not``/``never``/``geen``/``no`` attached to the verb, its auxiliaries or its object
  denies the claim (the rules' own denials still hold besides).

spaCy is needed only for this step (``pip install "concept-graph[parser]"``); loading reads the
pipeline's folder and downloads nothing.

Examples
--------
>>> find_pipeline("no-such-folder", "nl") is None
True
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConceptGraphError
from .adjectives import noun_of
from .concepts import Mention
from .cues import CueHit
from .pos import tag_word, tags
from .tokens import Token

__all__ = [
    "ParseError",
    "Parser",
    "find_pipeline",
    "load_parsers",
    "Role",
    "roles",
    "coordinated",
    "nominal",
    "sentence_text",
]


class ParseError(ConceptGraphError):
    """A parse model that cannot be used (spaCy missing, or not a trained pipeline)."""


_SUBJECT = {"nsubj", "csubj"}
_PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass", "csubj:pass"}
_OBJECT = {"obj", "dobj", "obl", "iobj", "xcomp", "obl:arg", "ccomp", "nmod", "pobj", "attr", "advcl"}
_AGENT = {"obl:agent", "agent"}
_SHARED = {"xcomp", "conj", "aux", "cop"}  # a verb whose subject is its head's
_THROUGH = {"conj", "compound", "flat", "flat:name", "amod", "nmod", "det", "case", "fixed", "appos", "nmod:poss",
            "cc", "punct", "nummod", "obj", "obl", "advmod", "compound:prt", "det:poss", "mark"}  # fmt: skip
_TIGHT = {"conj", "compound", "flat", "flat:name", "appos", "det", "amod", "cc", "punct", "fixed", "nummod"}
_DIRECT = {"obj", "dobj", "iobj", "xcomp", "obl:arg", "attr", "ccomp"}
_GIVEN = {"obj", "dobj", "iobj"}  # of a verb with two: the receiver first, then what is given
_NEGATIONS = {"niet", "not", "n't", "never", "nooit", "geen", "no", "nor", "noch", "nimmer", "cannot"}
_RELATIVE = {"acl:relcl", "acl"}


@dataclass(frozen=True)
class Role:
    """A doer and what it acts on, as the parse reads them for one cue."""

    agent: Mention
    patient: Mention
    cue: CueHit
    denied: bool = False


class Parser:
    """A trained spaCy pipeline of one language, with the parses it has made kept.

    Parameters
    ----------
    nlp : spacy.language.Language
        The loaded pipeline (its tokenizer, morphologizer and parser).
    lang : str
        Its language, ``"nl"`` or ``"en"``.
    """

    def __init__(self, nlp: Any, lang: str) -> None:
        self.nlp = nlp
        self.lang = lang
        self._cache: dict[str, Any] = {}

    def parse(self, text: str) -> Any:
        """The spaCy ``Doc`` of ``text`` (parsed once)."""
        doc = self._cache.get(text)
        if doc is None:
            doc = self.nlp(text)
            if len(self._cache) > 10_000:
                self._cache.clear()
            self._cache[text] = doc
        return doc


def find_pipeline(model: str | Path, lang: str) -> Path | None:
    """The pipeline folder for ``lang`` under ``model``, or None when there is none.

    ``model`` is a pipeline itself (a folder with ``config.cfg`` whose ``meta.json`` names the
    language), or a folder holding one per language: ``nl/`` and ``en/``, each a pipeline or the
    output folder of ``bench.train_parser`` (with its ``model-last/``).
    """
    root = Path(model)
    for folder in (root, root / "model-last"):
        if _pipeline(folder):
            return folder if _language(folder) == lang else None
    for folder in (root / lang, root / lang / "model-last"):
        if _pipeline(folder):
            return folder
    return None


def _pipeline(folder: Path) -> bool:
    """A pipeline folder: ``config.cfg`` with ``meta.json`` (the training folder has the config alone)."""
    return (folder / "config.cfg").is_file() and (folder / "meta.json").is_file()


def _language(folder: Path) -> str:
    try:
        return str(json.loads((folder / "meta.json").read_text("utf-8")).get("lang", ""))
    except (OSError, ValueError):
        return ""


def load_parsers(model: str | Path, languages: Sequence[str]) -> dict[str, Parser]:
    """Load the pipelines under ``model`` for each language that has one.

    Raises
    ------
    ParseError
        When ``model`` is no folder, holds a pipeline for none of ``languages``, or spaCy is not
        installed.
    """
    root = Path(model)
    if not root.is_dir():
        raise ParseError(f"{root}: no such folder; expected a trained parser (python -m bench.train_parser)")
    found = {lang: find_pipeline(root, lang) for lang in languages}
    found_paths = {lang: path for lang, path in found.items() if path is not None}
    if not found_paths:
        raise ParseError(
            f"{root}: no parser for {', '.join(languages)}; expected a spaCy pipeline folder (with config.cfg) "
            "or one per language (nl/, en/)"
        )
    try:
        import spacy
    except ImportError as error:
        raise ParseError('the parse needs spaCy: pip install "concept-graph[parser]"') from error
    parsers = {}
    for lang, path in found_paths.items():
        key = str(path.resolve())
        if key not in _LOADED:
            try:
                _LOADED[key] = Parser(spacy.load(path), lang)
            except (OSError, ValueError) as error:
                raise ParseError(f"{path}: not a spaCy pipeline that loads ({error})") from error
        parsers[lang] = _LOADED[key]
    return parsers


_LOADED: dict[str, Parser] = {}  # each pipeline is loaded once per process


def sentence_text(tokens: Sequence[Token]) -> tuple[str, int]:
    """The text the tokens came from (spaces for the gaps) and its offset.

    >>> from graph.extraction.tokens import tokenize
    >>> sentence_text(tokenize("Zink  helpt.", "nl", 10))
    ('Zink  helpt.', 10)
    """
    if not tokens:
        return "", 0
    offset = tokens[0].start
    parts = []
    at = offset
    for t in tokens:
        parts.append(" " * (t.start - at) + t.text)
        at = t.end
    return "".join(parts), offset


def roles(
    doc: Any, offset: int, tokens: Sequence[Token], mentions: Sequence[Mention], cues: Sequence[CueHit]
) -> dict[int, list[Role]]:
    """For each cue (by its first token), the (doer, patient) pairs the parse gives it.

    A cue whose verb the parse gives no subject concept, or no object concept, has no entry:
    the rules read it.
    """
    if doc is None or not tokens:
        return {}
    by_char = {}
    for t in doc:
        for c in range(t.idx, t.idx + max(1, len(t.text))):
            by_char[c] = t
    found: dict[int, list[Role]] = {}
    spans = {id(m): _span_tokens(m, tokens, by_char, offset) for m in mentions}
    for cue in cues:
        if cue.voice in ("nominal", "embedded", "conversion"):
            continue
        cue_tokens = _tokens_of(tokens[cue.first].start, tokens[cue.last - 1].end, by_char, offset)
        verb = _root(cue_tokens)
        if verb is None or verb.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        subject_heads, object_heads, passive = _arguments(verb, cue_tokens)
        agents = _under(subject_heads, mentions, spans, tight=True) or _under(subject_heads, mentions, spans)
        direct = [h for h in object_heads if h.dep_ in _DIRECT]  # an object before an adverbial ("obl")
        patients = _under(direct, mentions, spans) or _under(object_heads, mentions, spans)
        if passive:
            agent_heads = [c for c in verb.children if c.dep_ in _AGENT]
            doers = _under(agent_heads, mentions, spans)
            if not doers and cue.voice == "passive":
                doers = patients  # "produced in the gland": the cue's own doer follows it
            agents, patients = doers, agents
        elif cue.voice == "passive":  # "X needs Y", "X depends on Y", "X komt voor in Y": the doer follows
            agents, patients = patients, agents
        agents = _one_phrase(agents, spans)
        if not agents or not patients:
            continue
        denied = _denied(verb, object_heads)
        pairs = [Role(a, p, cue, denied) for a in agents for p in patients if a.node != p.node]
        if pairs:
            found[cue.first] = pairs
    return found


def coordinated(
    doc: Any, offset: int, tokens: Sequence[Token], mentions: Sequence[Mention]
) -> dict[int, list[Mention]]:
    """For each mention (by ``id``), the mentions the parse coordinates with it (``conj``): "A, B en C"."""
    if doc is None or not tokens:
        return {}
    by_char = {c: t for t in doc for c in range(t.idx, t.idx + max(1, len(t.text)))}
    tops = {}
    for m in mentions:
        words = _span_tokens(m, tokens, by_char, offset)
        if words and m.text:
            tops[id(m)] = (_root(words), m)
    groups: dict[int, list[Mention]] = {}
    for key, (top, m) in tops.items():
        first = _first_conjunct(top)
        groups[key] = [
            o for k, (t, o) in tops.items() if k != key and _first_conjunct(t).i == first.i and o.node != m.node
        ]
    return groups


def _first_conjunct(token: Any) -> Any:
    for _ in range(12):
        if token.dep_ != "conj" or token.head.i == token.i:
            return token
        token = token.head
    return token


_NOT_NOUNS = {"VERB", "ADV", "AUX", "PRON", "ADP", "DET", "SCONJ", "CCONJ", "PART", "INTJ"}
_NAMING = {"NOUN", "PROPN", "ADJ"}


def nominal(doc: Any, tokens: Sequence[Token], proposed: Sequence[Mention], lang: str = "") -> list[Mention]:
    """The proposed new concepts whose last word the tagger does not take for a verb, adverb or function word.

    (Adjectives stay: the tagger takes too many nouns for adjectives, "diabetes" among them.) The
    tagger is overruled where it is least sure: a word the treebanks' lexicon (:mod:`.pos`) knows
    as a noun or an adjective ("hoofdpijn" tagged as an auxiliary), a Dutch word the lexicon lacks
    whose shape is a noun's (mostly a compound: "griep", "slaaptekort"), an adjective the rules
    name by its noun ("drowsy": :mod:`.adjectives`), a letter or code ("vitamin A"), and a name in
    quotation marks ("'vechten of vluchten'").
    """
    if doc is None or not tokens:
        return list(proposed)
    offset = tokens[0].start
    by_char = {c: t for t in doc for c in range(t.idx, t.idx + max(1, len(t.text)))}
    kept = []
    for m in proposed:
        end = min(m.last, len(tokens))
        last = tokens[end - 1]
        words = _tokens_of(last.start, last.end, by_char, offset)
        quoted = m.first > 0 and end < len(tokens) and _quote(tokens[m.first - 1].text) and _quote(tokens[end].text)
        if not words or words[-1].pos_ not in _NOT_NOUNS or quoted or _noun_after_all(words[-1].text, lang):
            kept.append(m)
    return kept


def _quote(word: str) -> bool:
    return word in ("'", '"', "‘", "’", "“", "”", "„")


def _noun_after_all(word: str, lang: str) -> bool:
    """A word the tagger's verb or function-word reading is not trusted for.

    >>> _noun_after_all("A", "en"), _noun_after_all("hoofdpijn", "nl"), _noun_after_all("griep", "nl")
    (True, True, True)
    >>> _noun_after_all("overdoing", "en"), _noun_after_all("vluchten", "nl")
    (False, False)
    """
    if _code(word) or noun_of(word, lang):  # "drowsy": an adjective the rules name by its noun
        return True
    known = tags(word, lang)
    if known:
        return bool(_NAMING.intersection(known))
    return lang == "nl" and tag_word(word, lang) == "NOUN"


def _code(word: str) -> bool:
    """A letter or a code ending a name ("vitamin A", "vitamine D", "B12"), whatever its tag ("A" as an article).

    >>> _code("A"), _code("B12"), _code("D3"), _code("sluggish"), _code("Sluggish")
    (True, True, True, False, False)
    """
    return (len(word) == 1 and word.isalpha()) or (any(c.isdigit() for c in word) and any(c.isalpha() for c in word))


def _tokens_of(start: int, end: int, by_char: dict[int, Any], offset: int) -> list[Any]:
    seen: dict[int, Any] = {}
    for c in range(start - offset, end - offset):
        t = by_char.get(c)
        if t is not None:
            seen[t.i] = t
    return [seen[i] for i in sorted(seen)]


def _span_tokens(m: Mention, tokens: Sequence[Token], by_char: dict[int, Any], offset: int) -> list[Any]:
    if m.first >= len(tokens):
        return []
    last = max(m.first, min(m.last, len(tokens)) - 1)
    return _tokens_of(tokens[m.first].start, tokens[last].end, by_char, offset)


def _root(span: list[Any]) -> Any:
    """The token of ``span`` whose head lies outside it (the first such)."""
    inside = {t.i for t in span}
    return next((t for t in span if t.head.i not in inside or t.head.i == t.i), span[0] if span else None)


def _arguments(verb: Any, cue_tokens: list[Any]) -> tuple[list[Any], list[Any], bool]:
    """The subject heads and object heads of ``verb``, and whether it is passive."""
    cue_ids = {t.i for t in cue_tokens}
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT]
    passive = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT]
    objects = [c for c in verb.children if c.dep_ in _OBJECT and c.i not in cue_ids]
    for t in cue_tokens:  # "zorgt voor X", "leads to X": the object hangs from a word of the cue
        if t is not verb:
            objects += [c for c in t.children if c.dep_ in _OBJECT and c.i not in cue_ids]
            if t.head.i not in cue_ids and t.dep_ in ("case", "mark") and t.head.i != verb.i:
                objects.append(t.head)  # the cue's preposition hangs from its object
    given = [c for c in objects if c.dep_ in _GIVEN]
    if len(given) > 1:  # "geeft het bloed zijn kleur", "gives the body energy": the one who receives is not acted on
        objects = [c for c in objects if c.dep_ not in _GIVEN or c is given[-1]]
    if not subjects and not passive:
        head = verb
        for _ in range(4):  # "helps reduce", "kan veroorzaken": the subject of the verb it hangs from
            if head.dep_ in _RELATIVE and head is verb and _past_participle(verb):
                passive = [verb.head]  # "a hormone made in the gland": the noun described is what is made
                break
            if head.dep_ in _RELATIVE:  # "hormones that lower X": the noun the clause describes
                subjects = [head.head]
                break
            if head.dep_ not in _SHARED or head.head.i == head.i:
                break
            head = head.head
            subjects = [c for c in head.children if c.dep_ in _SUBJECT]
            passive = [c for c in head.children if c.dep_ in _PASSIVE_SUBJECT]
            if subjects or passive:
                break
    if verb.dep_ in _RELATIVE:  # "X, which Y lowers": the relative pronoun stands for the noun described
        subjects, passive, objects = (
            [verb.head if t.pos_ == "PRON" else t for t in ts] for ts in (subjects, passive, objects)
        )
    if passive:
        return passive, objects, True
    return subjects, objects, False


def _past_participle(token: Any) -> bool:
    """A past participle ("made", "aangemaakt"): a form of the passive when it describes a noun."""
    features = str(getattr(token, "morph", ""))
    return "VerbForm=Part" in features and "Tense=Pres" not in features


def _under(
    heads: list[Any], mentions: Sequence[Mention], spans: dict[int, list[Any]], tight: bool = False
) -> list[Mention]:
    """The mentions whose words hang from one of ``heads`` through noun-phrase relations only.

    ``tight``: only through the relations that keep the head's own referent (a list, a compound,
    an apposition), not through an ``nmod`` ("de invloed van stress").
    """
    found = []
    for m in mentions:
        words = spans.get(id(m)) or []
        if not words:
            continue
        top = _root(words)
        if any(_reaches(top, h, _TIGHT if tight else _THROUGH) for h in heads):
            found.append(m)
    return found


def _one_phrase(agents: list[Mention], spans: dict[int, list[Any]]) -> list[Mention]:
    """One doer, or the members of one list: the mentions nearest the top of the subject phrase."""
    if len(agents) <= 1:
        return agents
    depth = {id(m): _depth(_root(spans[id(m)])) for m in agents}
    best = min(depth.values())
    return [m for m in agents if depth[id(m)] == best]


def _depth(token: Any) -> int:
    """How far a word hangs below its clause, counting a list's members as one level."""
    n = 0
    for _ in range(20):
        if token.head.i == token.i or token.dep_ not in _THROUGH:
            return n
        n += token.dep_ != "conj"
        token = token.head
    return n


def _reaches(token: Any, head: Any, through: set[str] = _THROUGH) -> bool:
    """True when ``head`` is ``token`` or reached from it by going up through noun-phrase relations."""
    for _ in range(12):
        if token.i == head.i:
            return True
        if token.dep_ not in through or token.head.i == token.i:
            return False
        token = token.head
    return False


def _denied(verb: Any, objects: list[Any]) -> bool:
    """A negation on the verb, its auxiliaries, or its object ("veroorzaakt geen X")."""
    words = [verb, *objects, *(c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop"))]
    if verb.dep_ in _SHARED:
        words.append(verb.head)
    return any(c.lower_ in _NEGATIONS or c.lemma_.lower() in _NEGATIONS for w in words for c in [w, *w.children])
