"""Cut a sentence into clauses, and find who each clause is about.

A sentence is cut at clause words ("die", "waardoor", "which"), at
punctuation when what follows has a cue of its own, and at "en"/"and"
between two verbs. A clause opening with "door ... te" ("Door X te
reguleren, speelt magnesium ...") is read after the main clause, whose
subject does it.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> from graph.extraction.cues import cue_book
>>> tokens = tokenize("Stress remt de slaap, wat vermoeidheid veroorzaakt.", "nl")
>>> hits = cue_book("nl").scan(tokens)
>>> cues = [h for h in hits if h.kind == "cue"]
>>> [(c.opener, len(c.cues)) for c in split_clauses(tokens, [], cues, hits)]
[('', 1), ('wat', 1)]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .concepts import Mention
from .cues import CueHit
from .tokens import Token

__all__ = [
    "PERSONS",
    "Clause",
    "split_clauses",
    "fronted",
    "subject_of",
    "antecedents",
    "listed_after",
    "passive_agents",
]

_BREAKS = {",", ";", "(", ")", "–", "—"}
_ARTICLE_WORDS = {"de", "het", "een", "the", "a", "an"}
_LIST_WORDS = {"en", "of", "and", "or"}
# Words that carry a list on ("A and B, as well as C", "A, evenals B"): general grammar.
_AS_WELL = {"as", "well", "also", "plus", "evenals", "alsook", "ook"}


@dataclass
class Clause:
    """Tokens ``[first, last)`` of a sentence, the mentions and cues in them, and the word opening them."""

    first: int
    last: int
    mentions: list[Mention] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    opener: str = ""
    negated: bool = False


def split_clauses(
    tokens: list[Token], mentions: list[Mention], cues: list[CueHit], hits: list[CueHit], lang: str = ""
) -> list[Clause]:
    """The clauses of a sentence, in the order they are read (a means-clause after the main clause)."""
    return _instrument_last(_cut(tokens, mentions, cues, hits, lang), tokens)


def _cut(
    tokens: list[Token], mentions: list[Mention], cues: list[CueHit], hits: list[CueHit], lang: str
) -> list[Clause]:
    """Cut at clause words, and at punctuation when what follows has a cue of its own."""
    openers = {h.first: tokens[h.first].key for h in hits if h.kind == "clause"}
    coordinators = {h.first for h in hits if h.kind == "coordinator"}
    verb_starts = sorted(c.first for c in cues if c.voice not in ("nominal", "embedded", "conversion"))
    dutch = lang == "nl"  # a Dutch verb can follow the objects listed before it
    ends = {m.last for m in mentions}
    starts = {m.first for m in mentions if m.text}  # a pronoun ("..., maar het ...") is never a listed item
    cuts = [0]
    kept = _appositions(tokens, cues, openers)
    for i, token in enumerate(tokens):
        if i in openers and i > 0:
            cuts.append(i)
        elif i in kept:
            continue  # "dat de bijnieren cortisol, het stresshormoon, vrijgeven": a name between commas
        elif token.text == "," and dutch and _inside_list(i, ends, starts, cuts[-1], verb_starts):
            continue  # "X kan A, B en C veroorzaken": the objects listed before the verb stay with it
        elif token.text in _BREAKS and i + 1 < len(tokens):
            cuts.append(i + 1)
        elif i in coordinators and any(cuts[-1] <= c < i for c in verb_starts) and any(c > i for c in verb_starts):
            cuts.append(i)  # "X verhoogt Y en verlaagt Z": two verbs, two clauses
    cuts = sorted(set(cuts)) + [len(tokens)]
    clauses: list[Clause] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        opener = openers.get(a, "")
        has_cue = any(a <= c.first < b for c in cues)
        if not opener and has_cue and a > 0 and tokens[a - 1].text == "," and tokens[a].key in _ARTICLE_WORDS:
            opener = "apposition"
        clause = Clause(a, b, opener=opener)
        clause.cues = [c for c in cues if a <= c.first < b]
        if clauses and not clause.cues and not clause.opener:
            clauses[-1].last = b
        else:
            clauses.append(clause)
    for clause in clauses:
        clause.cues = [c for c in cues if clause.first <= c.first < clause.last]
        clause.mentions = [m for m in mentions if clause.first <= m.first < clause.last]
    return clauses


def _appositions(tokens: list[Token], cues: list[CueHit], openers: dict[int, str]) -> set[int]:
    """The commas around ", het stresshormoon," : a noun phrase between two commas, with no cue or clause word."""
    commas = [i for i, t in enumerate(tokens) if t.text == ","]
    kept: set[int] = set()
    for a, b in zip(commas, commas[1:], strict=False):
        if a + 1 >= len(tokens) or tokens[a + 1].key not in _ARTICLE_WORDS or b - a > 5 or b + 1 >= len(tokens):
            continue
        if any(a < c.first < b for c in cues) or any(a < o < b for o in openers):
            continue
        if not any(c.first == b + 1 for c in cues):
            continue  # only where the verb follows at once: the apposition sits inside its clause
        kept.update((a, b))
    return kept


def _inside_list(comma: int, ends: set[int], starts: set[int], cut: int, verb_starts: list[int]) -> bool:
    """A comma between two listed concepts, before the clause has a verb of its own."""
    if comma not in ends or any(cut <= c < comma for c in verb_starts) or comma + 1 in verb_starts:
        return False
    return comma + 1 in starts or comma + 2 in starts


# The reader or people in general as a clause's subject (general grammar).
PERSONS = {"u", "je", "jij", "men", "we", "wij", "you", "one"}


def _instrument_last(clauses: list[Clause], tokens: list[Token]) -> list[Clause]:
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
    comma = next((i for i in range(first.first, len(tokens)) if tokens[i].text == ","), None)
    if comma is not None and PERSONS & {t.key for t in tokens[comma + 1 : comma + 4]}:
        # "Door vezels te eten, kunt u X en Y verminderen": what is eaten does it, in one clause
        last = clauses[-1].last
        return [
            Clause(first.first, last, [m for c in clauses for m in c.mentions], [h for c in clauses for h in c.cues])
        ]
    first.opener = "instrument"
    return [clauses[1], first, *clauses[2:]]


def fronted(clause: Clause, hits: list[CueHit]) -> bool:
    """ "Naast serotonine beïnvloedt magnesium ...": the clause opens with a phrase that is not its subject."""
    return any(h.kind == "fronted" and h.first == clause.first for h in hits) and bool(clause.cues)


def subject_of(clause: Clause, hits: list[CueHit]) -> Mention:
    if fronted(clause, hits):
        later = [m for m in clause.mentions if m.first >= clause.cues[0].last]
        if later:
            return later[0]
    return clause.mentions[0]


def antecedents(before: list[Mention], tokens: list[Token], cued: frozenset[int] = frozenset()) -> list[Mention]:
    """What "die"/"which" refers to: the last concept, and the one it stands in apposition to ("X, de N die")."""
    if len(before) > 1 and _located(before[-1], tokens, cued):
        before = before[:-1]  # "a hormone made in the adrenal gland that ...": the hormone, not the gland
    if not before:
        return []
    found = [before[-1]]
    if len(before) > 1:
        gap = tokens[before[-2].last : before[-1].first]
        if gap and gap[0].text == "," and all(t.text == "," or t.key in _ARTICLE_WORDS for t in gap):
            return [before[-1], before[-2]]
        copula = [t.key for t in gap if t.key not in _ARTICLE_WORDS]
        if copula in (["zijn"], ["be"]) and len(gap) == 2:  # "GABA is een neurotransmitter die ...": GABA
            return [before[-2]]
    for earlier, later in zip(before[-2::-1], before[:0:-1], strict=True):  # "calcium, kalium en natrium, die"
        gap = tokens[earlier.last : later.first]
        if not gap or not all(t.text == "," or t.key in _LIST_WORDS for t in gap):
            break
        found.append(earlier)
    return found


_PLACE = {"in", "at", "inside", "within", "bij", "binnen"}


def _located(m: Mention, tokens: list[Token], cued: frozenset[int]) -> bool:
    """True when ``m`` names a place after a preposition of place ("in the liver"), not one of a cue ("involved in")."""
    at = m.first - 1
    if at >= 0 and tokens[at].key in _ARTICLE_WORDS:
        at -= 1
    return at >= 0 and tokens[at].key in _PLACE and at not in cued


def listed_after(hit: CueHit, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The concepts listed right after "zoals"/"such as": "A, B en C" (nothing when none follows at once)."""
    listed: list[Mention] = []
    at = hit.last
    for m in (m for m in mentions if m.first >= hit.last):
        gap = tokens[at : m.first]
        allowed = _ARTICLE_WORDS | _LIST_WORDS | {"vaak", "often", "zelfs", "even", "tot", "to", "s", "-"} | _AS_WELL
        if len(gap) > 4 or not all(t.text in ",'’-" or t.key in allowed for t in gap):
            break
        listed.append(m)
        at = m.last
    return listed


# Words that, right after an example, give examples of that example ("vette vissen als haring").
_SUB_EXAMPLE = {"als", "zoals", "bijvoorbeeld", "like", "including"}


def examples_of_examples(hits: list[CueHit], mentions: list[Mention], tokens: list[Token]) -> dict[int, Mention]:
    """Concepts given as examples of an example, each with the example they illustrate.

    "bronnen zoals eieren en vette vissen als haring en zalm": herring and salmon illustrate fatty
    fish, which illustrates the sources; keyed by the position of the mention of the inner example.

    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("Foods such as fish like salmon.", "en")
    >>> named = (("food", 0), ("fish", 3), ("salmon", 5))
    >>> ms = [Mention(n, i, i + 1, tokens[i].start, tokens[i].end, tokens[i].text) for n, i in named]
    >>> {k: m.node for k, m in examples_of_examples([CueHit("example", 1, 3)], ms, tokens).items()}
    {5: 'fish'}
    """
    inner: dict[int, Mention] = {}
    for hit in hits:
        if hit.kind != "example":
            continue
        for m in listed_after(hit, mentions, tokens):
            at = m.last
            cue = next((h for h in hits if h.first == at and h.kind == "example"), None)
            if cue is None and (at >= len(tokens) or tokens[at].key not in _SUB_EXAMPLE):
                continue
            cue = cue or CueHit("example", at, at + 1)
            for n in listed_after(cue, mentions, tokens):
                inner.setdefault(n.first, m)
    return inner


def passive_agents(clause: Clause, hits: list[CueHit], tokens: list[Token]) -> list[Mention]:
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
