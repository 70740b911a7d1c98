"""The cue words: which words signal which relation, negation, hedging, deficiency.

The vocabulary is data, kept bilingual in ``cues.csv`` next to this module:
``lang`` (nl or en), ``kind``, ``phrase`` (words in their dictionary form,
matched on folded lemmas), and for a relation cue its ``relation`` and
``voice`` (``active``: the doer comes first; ``passive``: the doer follows
the cue, as in "caused by"; ``nominal``: a noun such as "productie"), and
``source``: where the entry comes from (``seed``: written with the seed
articles; ``grammar``: the language's grammar; ``dev:<text>:<sentence>``: a
text of the development corpus, never one of its test part).

Examples
--------
>>> book = cue_book("en")
>>> from graph.extraction.tokens import tokenize
>>> [(h.kind, h.relation) for h in book.scan(tokenize("Stress may reduce sleep", "en"))]
[('hedge', ''), ('cue', 'decreases')]
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .tokens import Token, fold, tokenize

__all__ = ["CueHit", "CueBook", "cue_book", "KINDS", "DEFAULT_SIGNS", "MAKE_VERBS", "flipped_relation"]

KINDS = (
    "cue", "negation", "not_negation", "hedge", "deficiency", "lowered", "passive_aux", "agent", "clause", "example",
    "fronted", "coordinator", "deficiency_noun", "difficulty", "sequence", "companion", "denial",
    "list_effects", "list_causes", "inquiry", "harm", "connective", "advice", "report", "evidence",
    "unlikely",
)  # fmt: skip

#: Signs of the relations the cue table names, for data whose vocabulary lacks them.
DEFAULT_SIGNS = {
    "increases": 1, "decreases": -1, "promotes": 1, "supports": 1, "enables": 1, "activates": 1, "inhibits": -1,
    "produces": 1, "provides": 1, "converts_to": 1, "causes": 1, "prevents": -1, "relieves": -1,
    "competes_with": -1, "binds_to": 1, "form_of": 1, "type_of": 1, "regulates": 0, "affects": 0,
    "involved_in": 0, "part_of": 0, "raises_risk_of": 1, "strengthens": 1,
}  # fmt: skip

# What a relation becomes when the sentence turns its sign round ("does not prevent", "a lack of X causes").
_FLIPPED = {
    "causes": "prevents", "prevents": "causes", "increases": "decreases", "decreases": "increases",
    "promotes": "decreases", "supports": "decreases", "enables": "inhibits", "activates": "inhibits",
    "inhibits": "increases", "relieves": "increases", "produces": "decreases", "provides": "decreases",
    "raises_risk_of": "prevents", "strengthens": "inhibits",
}  # fmt: skip


def flipped_relation(relation: str, sign: int) -> str:
    """The relation of opposite sign: ``causes`` -> ``prevents``.

    >>> flipped_relation("causes", 1), flipped_relation("eats", -1)
    ('prevents', 'increases')
    """
    return _FLIPPED.get(relation, "decreases" if sign > 0 else "increases")


@dataclass(frozen=True)
class CueHit:
    """A cue found at tokens ``[first, last)``."""

    kind: str
    first: int
    last: int
    relation: str = ""
    voice: str = ""


class CueBook:
    """The cues of one language, indexed by their first word."""

    def __init__(self, rows: list[dict[str, str]], lang: str) -> None:
        self.lang = lang
        self._by_first: dict[str, list[tuple[tuple[str, ...], dict[str, str]]]] = defaultdict(list)
        #: One-word relation cues that can end a compound ("calciumblokker"), longest first.
        self.suffixes: list[tuple[str, str]] = []
        for row in rows:
            if row["lang"] != lang:
                continue
            words = tuple(t.key for t in tokenize(row["phrase"], lang))
            surface = tuple(fold(t.text) for t in tokenize(row["phrase"], lang))
            # adjectives of change ("verminderde") are matched as written: their lemma is the verb;
            # so are contractions ("isn't"), whose lemma is the verb without its negation
            as_written = row["kind"] == "lowered" or "'" in row["phrase"]
            for key in [surface] if as_written or words == surface else sorted({words, surface}):
                self._by_first[key[0]].append((key, row))
            if row["kind"] == "cue" and len(surface) == 1 and len(surface[0]) >= 6:
                self.suffixes.append((surface[0], row["relation"]))
        self.suffixes.sort(key=lambda s: -len(s[0]))
        for entries in self._by_first.values():
            entries.sort(key=lambda entry: len(entry[0]), reverse=True)

    def scan(self, tokens: list[Token]) -> list[CueHit]:
        """Every cue in ``tokens``: the longest at each place, none overlapping within a kind."""
        hits: list[CueHit] = []
        taken: dict[str, int] = {}
        for i, token in enumerate(tokens):
            if len(token.text) > 1 and token.text.isupper():
                continue  # an abbreviation ("REM") is no cue word ("remmen")
            seen: set[str] = set()
            for key in sorted(token.keys):  # in one order whatever the hash seed: the first hit of a kind wins
                for phrase, row in [*self._by_first.get(key, ()), *self._compound_first(key)]:
                    kind = row["kind"]
                    if kind in seen or taken.get(kind, 0) > i:
                        continue
                    end = _match(phrase, tokens, i)
                    if end:
                        hits.append(CueHit(kind, i, end, row["relation"], row["voice"]))
                        taken[kind] = end
                        seen.add(kind)
        if self.lang == "nl":
            hits += self._separated(tokens, hits)
            split = self._split_verbs(tokens, hits)
            if split:  # placed at their verb, before the cues after it
                hits = sorted(hits + split, key=lambda h: h.first)
        made = _made_so(tokens, hits, self.lang)
        if made:  # "makes the immune system stronger": placed at "makes", before its object
            said = {i for _, (a, b) in made for i in range(a, b)}  # "waarschijnlijker", "worse": no hedge, no lack
            kept = [h for h in hits if not (h.kind in _SAID_BY_MADE and h.first in said)]
            hits = sorted(kept + [h for h, _ in made], key=lambda h: h.first)
        return hits

    def _split_verbs(self, tokens: list[Token], hits: list[CueHit]) -> list[CueHit]:
        """A Dutch separable verb whose particle ends the clause: "gaat de bloeddruk omhoog" (omhooggaan),
        "neemt de slaap af" (afnemen). The cue is placed at the finite verb, so that what stands
        between, the thing that changes, comes after it (as after "stijgt" in "Daardoor stijgt X").
        """
        found = []
        covered = {i for h in hits if h.kind == "cue" for i in range(h.first, h.last)}
        for i, token in enumerate(tokens):
            if i in covered or not token.key.endswith("n") or token.key == fold(token.text):
                continue  # a finite verb: its dictionary form is not what is written
            for j in range(i + 2, min(i + 9, len(tokens))):
                if tokens[j].text in ",.;:!?" or j in covered:
                    break
                ends = j + 1 == len(tokens) or tokens[j + 1].text in ",.;:!?)" or tokens[j + 1].key in ("en", "of")
                whole = fold(tokens[j].text) + token.key
                rows = [row for phrase, row in self._by_first.get(whole, ()) if len(phrase) == 1]
                if fold(tokens[j].text) in _PARTICLES and ends and rows and rows[0]["kind"] == "cue":
                    found.append(CueHit("cue", i, i + 1, rows[0]["relation"], rows[0]["voice"]))
                    covered.add(i)
                    break
        return found

    def _separated(self, tokens: list[Token], hits: list[CueHit]) -> list[CueHit]:
        """A Dutch verb and its preposition apart: "zorgt vitamine D voor sterke botten" (zorgen voor).

        The cue is placed at the preposition, after the subject that stands between them.
        """
        found = []
        covered = {i for h in hits if h.kind == "cue" for i in range(h.first, h.last)}  # "in" may open a phrase too
        for i, token in enumerate(tokens):
            if i in covered or not token.key.endswith("en") or token.key == fold(token.text):
                continue  # a finite verb: its dictionary form is not what is written
            for phrase, row in self._by_first.get(token.key, ()):
                if len(phrase) != 2 or row["kind"] != "cue" or phrase[1] not in _PREPOSITIONS:
                    continue
                for j in range(i + 2, min(i + 8, len(tokens))):
                    if tokens[j].text in ",.;:!?" or j in covered:
                        break
                    if phrase[1] in tokens[j].keys:
                        found.append(CueHit("cue", j, j + 1, row["relation"], row["voice"]))
                        covered.add(j)
                        break
        return found

    def _compound_first(self, key: str) -> list[tuple[tuple[str, ...], dict[str, str]]]:
        """Phrases of several words whose first word ends a compound: "energiebron voor" for "bron voor"."""
        found = []
        for cut in range(3, len(key) - 2):
            for phrase, row in self._by_first.get(key[cut:], ()):
                if len(phrase) > 1 and row["kind"] == "cue":
                    found.append((phrase, row))
        return found

    def embedded(self, token: Token) -> str:
        """The relation a compound names by its last part: "calciumblokker" -> inhibits; else ""."""
        word = fold(token.text).replace("-", "")
        for suffix, relation in self.suffixes:
            if word.endswith(suffix) and len(word) >= len(suffix) + 3:
                return relation
        return ""


_PREPOSITIONS = {"voor", "tot", "aan", "op", "bij", "in", "van", "uit", "tegen", "met"}
_COPULAS = {"zijn", "is", "worden", "wordt", "be", "are"}
#: Particles of Dutch separable verbs of change, which end the clause when the verb comes second.
_PARTICLES = {"af", "toe", "op", "omhoog", "omlaag", "achteruit", "vooruit", "terug", "aan", "uit"}


#: Comparatives that say what "make X ..." does to X (lemmas and forms): more of it, or less.
_MORE = {
    "en": {"stronger", "better", "higher", "greater", "bigger", "larger", "likelier", "thicker", "faster", "worse"},
    "nl": {"sterker", "beter", "hoger", "groter", "waarschijnlijker", "dikker", "sneller", "erger", "slechter"},
}
_LESS = {
    "en": {"weaker", "lower", "smaller", "thinner", "slower", "shorter"},
    "nl": {"zwakker", "lager", "kleiner", "dunner", "trager", "korter", "minder"},
}
#: Verbs of making (lemmas), by language: "makes X stronger", "maakt de huid droog".
MAKE_VERBS = {"en": frozenset({"make"}), "nl": frozenset({"maken"})}
_MORE_WORD = {"en": ("more", "less"), "nl": ("meer", "minder")}


_SAID_BY_MADE = {"hedge", "lacking", "lowered"}


def _made_so(tokens: list[Token], hits: list[CueHit], lang: str) -> list[tuple[CueHit, tuple[int, int]]]:
    """ "makes the immune system stronger", "maakt diabetes waarschijnlijker", "makes phagocytes more active":
    a verb of making whose object a comparative ends raises it (or lowers it: "weaker", "lower"). Returns
    each cue with the tokens of its comparative, which say no hedge ("waarschijnlijker") and no lack.

    "Worse" raises what it says of a complaint ("makes the pain worse"), as "erger" and "slechter" do.
    """
    covered = {i for h in hits if h.kind == "cue" for i in range(h.first, h.last)}
    found = []
    for i, token in enumerate(tokens):
        if token.key not in MAKE_VERBS.get(lang, ()) or i in covered:
            continue
        for j in range(i + 2, min(i + 8, len(tokens))):
            word = fold(tokens[j].text)
            if word in ",.;:!?" or j in covered:
                break
            more, less = _MORE_WORD.get(lang, ("", ""))
            ends = _clause_ends(tokens, j + 1)
            adjective = word in (more, less) and j + 1 < len(tokens) and tokens[j + 1].text[:1].isalpha()
            adjective = adjective and _clause_ends(tokens, j + 2)  # "more active"; not "minder vatbaar voor X"
            span = (j, j + 2 if adjective else j + 1)
            if word in _MORE.get(lang, ()) and ends or adjective and word == more:
                found.append((CueHit("cue", i, i + 1, "increases", "active"), span))
                break
            if word in _LESS.get(lang, ()) and ends or adjective and word == less:
                found.append((CueHit("cue", i, i + 1, "decreases", "active"), span))
                break
    return found


def _clause_ends(tokens: list[Token], j: int) -> bool:
    """Token ``j`` ends a clause: the end, a punctuation mark, or a word that joins the next one."""
    return j >= len(tokens) or tokens[j].text in ",.;:!?)" or tokens[j].key in ("en", "of", "and", "or")


def _match(phrase: tuple[str, ...], tokens: list[Token], i: int) -> int:
    """The end of ``phrase`` matched at ``i`` (one form of "zijn"/"be" may stand inside it), else 0."""
    j = i + 1
    skipped = False
    for word in phrase[1:]:
        if j < len(tokens) and word not in tokens[j].keys and not skipped and tokens[j].keys & _COPULAS:
            j += 1
            skipped = True
        if j >= len(tokens) or word not in tokens[j].keys:
            return 0
        j += 1
    return j


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    text = resources.files("graph.extraction").joinpath("cues.csv").read_text(encoding="utf-8")
    return tuple(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=4)
def cue_book(lang: str) -> CueBook:
    """The cue book of ``lang`` (``"nl"`` or ``"en"``)."""
    return CueBook(list(_rows()), lang)
