"""Find the data's concepts in tokenised text.

Every label, Dutch label and synonym of a node becomes a term, matched on
folded lemmas (case and accents ignored; "spierkrampen" and "spierkramp"
are one term). The longest match wins. Dutch compounds are handled three
ways: a compound whose head (last part) is a term names that term
("nachtkrampen" -> cramps); a term followed by an aspect noun names the term
("GABA-activiteit" -> GABA); and "X aan/van/in (de) Y" is tried as the
compound "YX" ("krampen in de spieren" -> "spierkrampen", "tekort aan
magnesium" -> "magnesiumtekort").

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("muscle_cramps", label="Muscle cramps", label_nl="Spierkrampen")
>>> index = ConceptIndex(G)
>>> from graph.extraction.tokens import tokenize
>>> [(m.node, m.text) for m in index.find(tokenize("Krampen in de spieren, en spierkramp.", "nl"))]
[('muscle_cramps', 'Krampen in de spieren'), ('muscle_cramps', 'spierkramp')]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from .adjectives import noun_of
from .tokens import LANGUAGES, Token, fold, lemma_key, tokenize

__all__ = ["Mention", "ConceptIndex"]

# Nouns that name an aspect of what they are joined to: "melatonineproductie" speaks of melatonin.
ASPECTS = (
    "productie", "synthese", "afgifte", "activiteit", "spiegel", "spiegels", "niveau", "niveaus", "gehalte",
    "concentratie", "inname", "werking", "opname", "aanmaak", "level", "levels", "production", "activity",
    "release", "intake", "synthesis",
)  # fmt: skip
# A compound led by an abbreviation: "HPA-as", "REM-slaap" (general spelling).
_ABBREVIATED = re.compile(r"^[A-Z]{2,}[0-9]*-[^\W\d_]{2,}$")
_LINKS = {"aan", "van", "in", "bij", "voor", "uit"}
_ARTICLES = {"de", "het", "een", "der"}
_MIN_PART = 3
_LIST_GOES_ON = {",", "en", "and", "of", "or"}
_ARTICLES_EN = {"the", "a", "an", "your", "our", "their", "its", "normal", "normale", "goede", "good", "proper"}
# Nouns of how something works: "de werking van de spieren" is the muscles' function (general grammar).
_WORKING = {"werking", "functie", "functioneren", "working", "function", "functioning"}


@dataclass(frozen=True)
class Mention:
    """A concept named in the text: token span ``[first, last)``, character offsets, node."""

    node: Hashable
    first: int
    last: int
    start: int
    end: int
    text: str


class ConceptIndex:
    """The terms of a graph's nodes, ready to be found in tokens.

    Terms are lemmatised in each of ``languages`` (those of the texts to be read).
    ``suffixes`` are further words that, ending a compound, leave it naming its first part
    (the cue nouns: "angstvermindering" names anxiety).
    """

    def __init__(self, G: Any, suffixes: Iterable[str] = (), languages: Iterable[str] = LANGUAGES) -> None:
        self.aspects = tuple(sorted({*ASPECTS, *suffixes}, key=len, reverse=True))
        self.terms: dict[tuple[str, ...], Hashable] = {}
        self.by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        self.single: dict[str, Hashable] = {}
        languages = tuple(languages)
        for node, data in G.nodes(data=True):
            for term, own in _terms(node, data):
                for lang in languages:
                    if own in (None, lang):  # as written, in any language; lemmatised in its own
                        self._add(tuple(t.key for t in tokenize(term, lang) if t.key != "-"), node)
                    self._add(tuple(fold(t.text) for t in tokenize(term, lang) if t.text != "-"), node)
        for first in self.by_first:
            self.by_first[first].sort(key=len, reverse=True)
        self.senses = _senses(G, self.terms)
        self.anchors = _anchors(G)
        self._sense_nodes = {word: {node for node, _ in senses} for word, senses in self.senses.items()}

    def _add(self, key: tuple[str, ...], node: Hashable) -> None:
        if not key or key in self.terms:
            return
        self.terms[key] = node
        self.by_first[key[0]].append(key)
        if len(key) == 1:
            self.single[key[0]] = node
            self.single.setdefault(key[0].replace("-", ""), node)

    def find(self, tokens: list[Token], text: str | None = None, lang: str = "nl") -> list[Mention]:
        """The mentions in ``tokens``, left to right, longest match first, none overlapping.

        Dutch compounds are split only in a Dutch text (``lang``): English writes its compounds apart.
        """
        mentions = []
        i = 0
        while i < len(tokens):
            found = self._match_at(tokens, i, compounds=lang == "nl") or self._adjective(tokens, i, lang)
            if found is None:
                i += 1
                continue
            node, last = found
            start, end = tokens[i].start, tokens[last - 1].end
            surface = text[start:end] if text is not None else " ".join(t.text for t in tokens[i:last])
            mentions.append(Mention(node, i, last, start, end, surface))
            i = last
        return mentions

    def anchored_elsewhere(self, m: Mention, named: Any) -> bool:
        """True when ``m`` names a concept about a substance by a word without it, and the text has not
        named that substance (``named``): "supplements" in a text about tryptophan is no magnesium supplement.
        """
        anchor = self.anchors.get(m.node)
        if anchor is None or not m.text or anchor[0] in named:
            return False
        text = fold(m.text)
        return not any(stem in text for stem in anchor[1])

    def choose_senses(
        self, tokens: list[Token], mentions: list[Mention], last_named: dict[str, Hashable]
    ) -> list[Mention]:
        """A bare word shared by concepts of one category names the one its surroundings speak of.

        "calcium" names Calcium ions beside "cytoplasma", or when the section last named calcium as
        "calciumionen"; Calcium in bones and teeth beside "botten en tanden"; else the concept it names
        alone. ``last_named`` maps such a word to the concept the section last named with it, and is
        brought up to date.
        """
        chosen = []
        counts = Counter(k for t in tokens for k in t.keys)  # once: a sentence's words, not once a mention
        for m in mentions:
            key = tokens[m.first].key if m.last - m.first == 1 else ""
            surface = fold(tokens[m.first].text)  # "slaap" as written, not its lemma "slapen" (a verb's senses)
            key = surface if key and self.terms.get((surface,)) == m.node else key
            senses = self.senses.get(key, ()) if self.terms.get((key,)) == m.node else ()
            inside = Counter(k for t in tokens[m.first : m.last] for k in t.keys)
            best, best_score = m.node, 2 if last_named.get(key) == m.node else 0
            for node, distinctive in senses:
                around = sum(1 for k in distinctive if counts[k] > inside[k])  # words outside the mention
                score = 2 * (last_named.get(key) == node) + 2 * around
                if score > best_score:
                    best, best_score = node, score
            chosen.append(m if best == m.node else Mention(best, m.first, m.last, m.start, m.end, m.text))
        for m in chosen:
            for t in tokens[m.first : m.last]:
                for word in _ends(t.key) & self.senses.keys():
                    if self.terms.get((word,)) == m.node or m.node in self._sense_nodes[word]:
                        last_named[word] = m.node
        return chosen

    def _match_at(self, tokens: list[Token], i: int, compounds: bool = True) -> tuple[Hashable, int] | None:
        best: tuple[Hashable, int] | None = None
        for key in tokens[i].keys:
            for term in self.by_first.get(key, ()):
                if best is not None and len(term) <= best[1] - i:
                    break
                end = _term_end(term, tokens, i)
                if end and (best is None or end > best[1]):
                    best = (self.terms[term], end)
                    break
        function = self._function_of(tokens, i)
        if function is not None:
            return function, i + 1
        if not compounds:
            return best
        for found in (self._inverted(tokens, i), self._event(tokens, i)):
            if found is not None and (best is None or found[1] > best[1]):
                best = found
        if best is None and tokens[i].text[:1].isalnum():
            node = self.compound(tokens[i])
            if node is not None:
                best = (node, i + 1)
        return best

    def _adjective(self, tokens: list[Token], i: int, lang: str) -> tuple[Hashable, int] | None:
        """An adjective named by its noun ("energetic" -> energy) when the data has that noun's concept."""
        noun = noun_of(tokens[i].text, lang)
        if noun is None:
            return None
        for key in (tuple(t.key for t in tokenize(noun, lang)), tuple(fold(w) for w in noun.split())):
            if key in self.terms:
                return self.terms[key], i + 1
        return None

    def _function_of(self, tokens: list[Token], i: int) -> Hashable | None:
        """ "de werking van de spieren", "the working of heart, nerves and muscles": the concept of how
        each named thing works ("spierfunctie", "muscle function"), when the data has one."""
        j = i - 1
        between = _ARTICLES | _ARTICLES_EN | _LIST_GOES_ON
        while j > 0 and j >= i - 10 and (tokens[j].key in between or _plain(tokens[j])):
            if tokens[j].key in ("van", "of") and tokens[j - 1].keys & _WORKING:
                break
            j -= 1
        else:
            return None
        for key in tokens[i].keys:
            for term in ((key, "function"), (key + "functie",), (key + "werking",)):
                if term in self.terms:
                    return self.terms[term]
        return None

    def _inverted(self, tokens: list[Token], i: int) -> tuple[Hashable, int] | None:
        """ "krampen in de spieren" tried as "spierkrampen"."""
        j = i + 1
        if j >= len(tokens) or tokens[j].key not in _LINKS:
            return None
        j += 1
        if j < len(tokens) and tokens[j].key in _ARTICLES:
            j += 1
        if j >= len(tokens) or _listed(tokens, j + 1):
            return None
        heads = {n for key in tokens[i].keys for n in (key, *_nominal(key))}
        modifiers = {m for key in tokens[j].keys for m in (key, *self._bare(key))}
        for head in heads:
            for modifier in modifiers:
                for joined in (modifier + head, modifier + "s" + head):
                    if joined in self.single:
                        return self.single[joined], j + 1
        return None

    def _event(self, tokens: list[Token], i: int) -> tuple[Hashable, int] | None:
        """ "de spieren ... ontspannen" tried as "spierontspanning": a thing and, a few words on, its verb."""
        if not tokens[i].key.isalpha():
            return None
        for j in range(i + 1, min(i + 6, len(tokens))):
            if not tokens[j].key.replace("-", "").isalpha() or tokens[j].key in self.single:
                return None  # no punctuation or other concept in between
            nouns = {n for key in tokens[j].keys for n in _nominal(key)}
            for thing in tokens[i].keys:
                for noun in nouns:
                    for joined in (thing + noun, thing + "s" + noun):
                        if joined in self.single:
                            return self.single[joined], j + 1
        return None

    def _bare(self, word: str) -> list[str]:
        """The word without an aspect ending: "calciumniveaus" -> "calcium"."""
        return [word[: -len(a)].rstrip("s") for a in self.aspects if word.endswith(a) and len(word) > len(a) + 2]

    def compound(self, token: Token) -> Hashable | None:
        """The concept a compound word names by its head or by its aspect suffix, if any.

        A compound led by an abbreviation names a kind of its head, not the head ("REM-slaap" is no
        plain sleep); a short head after a linking s is no head when the s begins a word of its own
        ("weerstand" is "weer" + "stand", no "tand").
        """
        kind = bool(_ABBREVIATED.match(token.text))
        for key in token.keys:
            word = key.replace("-", "")
            if len(word) < 2 * _MIN_PART + 1:
                continue
            for cut in range(_MIN_PART, len(word) - 3):  # the longest head first
                head = word[cut:]
                if kind or head not in self.single or len(head) < 4:
                    continue
                if len(head) >= 5 or _known(word[:cut]) and not _linked_word(word, cut):
                    return self.single[head]  # a short head only after a word
            for aspect in self.aspects:
                if word.endswith(aspect) and word[: -len(aspect)].rstrip("s") in self.single:
                    return self.single[word[: -len(aspect)].rstrip("s")]
        return None


def _plain(token: Token) -> bool:
    """A word that may be a listed noun ("heart" in "the working of heart, nerves and muscles")."""
    return token.text.isalpha() and token.text.islower()


def _known(word: str) -> bool:
    """A Dutch word of the dictionary (a compound's first part, perhaps with its linking s)."""
    import simplemma

    return any(simplemma.is_known(w, lang="nl") for w in (word, word.rstrip("s")) if len(w) >= 3)


def _linked_word(word: str, cut: int) -> bool:
    """True when the s before ``word[cut:]`` begins a word of its own after a word: "weer" + "stand"."""
    import simplemma

    return word[cut - 1] == "s" and simplemma.is_known(word[cut - 1 :], lang="nl") and _known(word[: cut - 1])


def _nominal(verb: str) -> tuple[str, ...]:
    """The nouns of action of a Dutch verb: "reguleren" -> "regulatie", "verwijderen" -> "verwijdering".

    >>> _nominal("reguleren"), _nominal("ontspannen"), _nominal("vrijgeven"), _nominal("magnesium")
    (('regulatie', 'regulering'), ('ontspanning',), ('vrijgave',), ())
    """
    if verb.endswith("geven") and len(verb) > 6:
        return (verb[:-4] + "ave",)
    if verb.endswith("eren") and len(verb) > 6:
        return verb[:-4] + "atie", verb[:-2] + "ing"
    if verb.endswith("en") and len(verb) > 5:
        return (verb[:-2] + "ing",)
    return ()


def _listed(tokens: list[Token], j: int) -> bool:
    """True when a list goes on at ``j`` ("de regulatie van calcium, kalium en natrium" regulates all three)."""
    if j >= len(tokens):
        return False
    if tokens[j].key == ",":  # "calcium, kalium, en natrium", not "calcium, wat ..."
        return j + 2 < len(tokens) and tokens[j + 1].key not in _LIST_GOES_ON and tokens[j + 2].key in _LIST_GOES_ON
    return tokens[j].key in _LIST_GOES_ON


def _term_end(term: tuple[str, ...], tokens: list[Token], i: int) -> int:
    """Where ``term`` ends when it starts at ``i``; articles in the text ("het") may stand between its words."""
    j = i + 1
    verb = _finite(tokens[i])  # "verstoort de slaap" is no "verstoorde slaap": no article after an adjective
    for word in term[1:]:
        while (
            j < len(tokens)
            and word not in tokens[j].keys
            and tokens[j].key in _ARTICLES
            and word not in _ARTICLES
            and not (verb and j == i + 1)
        ):
            j += 1
        if j >= len(tokens) or word not in tokens[j].keys:
            return 0
        j += 1
    return j


def _finite(token: Token) -> bool:
    """ "verstoort", "disrupts": a verb's finite form (its lemma is another word, ending in -en or not in -s)."""
    surface = fold(token.text)
    if surface == token.key:
        return False
    return surface.endswith("t") and token.key.endswith("en") or surface.endswith("s") and not token.key.endswith("s")


_FUNCTION_WORDS = {
    "de", "het", "een", "van", "in", "op", "aan", "uit", "en", "bij", "met", "voor", "door", "tijdens", "dat", "die",
    "the", "a", "an", "of", "on", "and", "from", "while", "that", "into", "with", "for", "during",
}  # fmt: skip


def _senses(G: Any, terms: dict[tuple[str, ...], Hashable]) -> dict[str, list[tuple[Hashable, frozenset[str]]]]:
    """word -> the other concepts of its concept's category whose names hold it, each with its own words.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("calcium", label="Calcium", category="ion")
    >>> G.add_node("calcium_ions", label="Calcium ions", synonyms=["calciumionen"], category="ion")
    >>> G.add_node("calcium_blocker", label="Calcium blocker", category="drug")
    >>> [(node, sorted(words)) for node, words in _senses(G, ConceptIndex(G, languages=["en"]).terms)["calcium"]]
    [('calcium_ions', ['ionen', 'ions'])]
    """
    category = {node: data.get("category") for node, data in G.nodes(data=True)}
    names: dict[Hashable, list[tuple[str, ...]]] = defaultdict(list)
    holders: dict[tuple[Any, str], set[Hashable]] = defaultdict(set)  # (category, word part) -> nodes
    words = {key[0] for key in terms if len(key) == 1 and len(key[0]) >= 4}
    for key, node in terms.items():
        names[node].append(key)
        if category.get(node) is not None:
            for w in key:
                for part in _ends(w) & words:
                    holders[(category[node], part)].add(node)
    found: dict[str, list[tuple[Hashable, frozenset[str]]]] = {}
    for key, owner in terms.items():
        if len(key) != 1 or len(key[0]) < 4:
            continue
        word = key[0]
        own = {w for k in names[owner] for w in k}
        for node in sorted(holders.get((category.get(owner), word), set()) - {owner}, key=str):
            holding = [k for k in names[node] if any(word in _ends(w) for w in k)]
            distinctive = set()
            for k in holding:
                for w in k:
                    rest = w.replace(word, "") if word in w else w
                    if len(rest) >= 4 and rest.isalpha() and rest not in _FUNCTION_WORDS and rest not in own:
                        distinctive.add(rest)
            if distinctive:
                found.setdefault(word, []).append((node, frozenset(distinctive)))
    return found


def _ends(word: str) -> set[str]:
    """The word, and its beginnings and endings of four letters or more: the parts a compound may share."""
    return {word, *(word[:k] for k in range(4, len(word))), *(word[k:] for k in range(1, len(word) - 3))}


def _terms(node: Hashable, data: dict[str, Any]) -> Iterable[tuple[str, str | None]]:
    """Each name of a node, and the language it is lemmatised in (None: every language read).

    A Dutch label is lemmatised as Dutch only: as English, "Stemming" would become "stem".
    """
    yield str(node).replace("_", " "), "en"
    for column, lang in (("label", "en"), ("label_nl", "nl")):
        if data.get(column):
            yield str(data[column]), lang
    synonyms = data.get("synonyms") or ()
    if isinstance(synonyms, str):
        synonyms = synonyms.split("|")
    for synonym in synonyms:
        if str(synonym).strip():
            yield str(synonym).strip(), None


def folded_lemma(word: str, lang: str) -> str:
    """Shorthand used by the tests: the key a word is matched on."""
    return lemma_key(word, lang)


#: Categories of a substance whose name starts the names of concepts about it ("magnesium supplements").
_SUBSTANCES = {"mineral", "ion", "vitamin", "nutrient", "element", "substance"}


def _anchors(G: Any) -> dict[Hashable, tuple[Hashable, tuple[str, ...]]]:
    """Concepts named after a substance of the data, with that substance and its names' stems.

    "Magnesium supplements" is about magnesium: its bare synonym "supplements" names it only in a
    text that speaks of magnesium (:meth:`ConceptIndex.anchored_elsewhere`).
    """
    stems: dict[Hashable, tuple[str, ...]] = {}
    length: dict[Hashable, int] = {}
    for node, data in G.nodes(data=True):
        length[node] = len(str(data.get("label") or node))
        if str(data.get("category", "")) in _SUBSTANCES:
            names = {fold(str(data.get(k) or "")) for k in ("label", "label_nl")}
            stems[node] = tuple(sorted({n[:6] for n in names if len(n) >= 5 and " " not in n}))
    found = {}
    for node, data in G.nodes(data=True):
        labels = [fold(str(data.get(k) or "")) for k in ("label", "label_nl")]
        for other, own in stems.items():
            if other == node or length[other] >= length[node]:
                continue  # "Calcium" is not about "Calcium ions"
            if own and any(label.startswith(stem) for label in labels for stem in own):
                found[node] = (other, own)
                break
    return found
