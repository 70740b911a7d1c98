"""A noun after "the", "this", "deze", "die" that a longer name before it in the text ends or opens.

A text names a concept in full once ("vitamin C", "essentiële aminozuren") and then by its head
noun with a determiner: "the vitamin", "this vitamin", "die aminozuren". Such a noun names no
concept of the data on its own, so it would be proposed as a new concept ("vitamin"); it names
the concept named before whose name it opens (a name followed by a code: "vitamin C", "vitamine
D") or ends (a name of two words or more: "essentiële aminozuren"), when exactly one such concept
was named before in the text (else the one named most often); after an article ("the", "de",
"het") only a name followed by a code, since "het bloed" is not the "stroperige bloed" named
before. An English noun must be singular ("the vitamins" speaks of vitamins in general); a Dutch
plural may refer back ("die aminozuren").

Examples
--------
>>> from graph.extraction.concepts import Mention
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Because the vitamin helps.", "en")
>>> new = [Mention("vitamin", 2, 3, 12, 19, "vitamin")]
>>> names = {"vitamin_c": ["vitamin C"]}
>>> [m.node for m in head_references(tokens, new, names.__getitem__, {"vitamin_c": 2}, "en")]
['vitamin_c']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping

from .concepts import Mention
from .pos import tag_word
from .tokens import Token, fold, lemma_key

__all__ = ["DETERMINERS", "head_references", "canonical", "same_names"]

#: The words before a noun that refer back to something named before (not "dat"/"that": they open clauses).
DETERMINERS = {
    "en": frozenset({"the", "this", "these", "those"}),  # "that": a clause ("shows that muscles ...")
    "nl": frozenset({"de", "het", "deze", "dit", "die"}),
}

#: Pointing words: the noun after one is proposed as no concept of its own (:mod:`.phrases`).
_POINTING = frozenset({"deze", "dit", "die", "this", "these", "those"})
_JOINS = frozenset({"en", "of", "and", "or", "&"})
_CODE = re.compile(r"^(?=.*[\d])[\w-]{1,6}$|^[A-Z]{1,4}$")


def _heads(name: str, lang: str) -> tuple[set[str], set[str]]:
    """The head nouns a name can be referred back by: after an article, its first word before a code
    ("the vitamin" for "vitamin C"); after a pointing word, also its last word ("die aminozuren")."""
    words = name.split()
    if len(words) < 2 or any(fold(w) in _JOINS or w.endswith("-") for w in words):
        return set(), set()  # "hart- en bloedvaten" names the two, and has no head of its own
    if len(words) == 2 and _CODE.match(words[1]):
        head = {lemma_key(words[0], lang)}  # "vitamin C" is a vitamin, not a C
        return head, head
    return set(), {lemma_key(words[-1], lang)}  # "het bloed" is not "het stroperige bloed"; "dit bloed" is


def head_references(
    tokens: list[Token],
    new: list[Mention],
    names: Callable[[Hashable], Iterable[str]],
    named: Mapping[Hashable, int],
    lang: str,
    taken: Iterable[int] = (),
) -> list[Mention]:
    """``new`` with each determiner + head noun that refers back replaced by the concept it refers to.

    ``names`` gives the names of a concept of the text so far (the data's labels, the proposed
    label), ``named`` how often the text has named each (the concepts named before); ``taken``
    the tokens other concepts and cues already cover. A noun after a pointing word ("die
    aminozuren", "this vitamin"), which is proposed as no concept, is added when it refers back.
    """
    determiners = DETERMINERS.get(lang, frozenset())
    if not named:
        return new
    by_head: tuple[dict[str, list[Hashable]], dict[str, list[Hashable]]] = ({}, {})
    for node in named:
        for name in names(node):
            for table, heads in zip(by_head, _heads(name, lang), strict=True):
                for head in heads:
                    if node not in table.setdefault(head, []):
                        table[head].append(node)
    if not by_head[1]:
        return new

    def referred(word: str, before: str, node: Hashable | None = None) -> Hashable | None:
        singular = lang != "en" or fold(word) == lemma_key(word, lang)
        if before not in determiners or not singular:
            return None
        table = by_head[1] if before in _POINTING else by_head[0]
        found = [n for n in table.get(lemma_key(word, lang), []) if n != node]
        return max(found, key=lambda n: named.get(n, 0)) if found else None

    found = []
    for m in new:
        if m.last - m.first == 1 and m.first > 0:  # one noun: "the vitamin"
            node = referred(tokens[m.first].text, tokens[m.first - 1].key, m.node)
            if node is not None:
                m = Mention(node, m.first, m.last, m.start, m.end, m.text)
        found.append(m)
    covered = set(taken) | {i for m in new for i in range(m.first, m.last)}
    for i in range(1, len(tokens)):  # "die aminozuren", "this vitamin": no concept was proposed there
        t = tokens[i]
        if i in covered or tokens[i - 1].key not in _POINTING or not t.text[:1].isalpha():
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and i + 1 not in covered and tag_word(after.text, lang, after.key) in ("NOUN", "PROPN"):
            continue  # "this vitamin deficiency": the noun is the first of two
        node = referred(t.text, tokens[i - 1].key)
        if node is not None:
            found.append(Mention(node, i, i + 1, t.start, t.end, t.text))
    return sorted(found, key=lambda m: m.first)


_LINKED = {"nl": ("van",), "en": ("of",)}
_LEFT_OUT = frozenset({"de", "het", "een", "je", "jouw", "uw", "hun", "the", "a", "an", "your", "their", "its"})


def canonical(name: str, lang: str) -> str:
    """One spelling of a name for "X van Y" and the compound "YX" alike, and "X of Y" and "Y X".

    >>> canonical("groei van je spieren", "nl") == canonical("spiergroei", "nl")
    True
    >>> canonical("volume of the blood", "en") == canonical("blood volume", "en")
    True
    """
    words = [lemma_key(w, lang) for w in name.split() if fold(w) not in _LEFT_OUT]
    for link in _LINKED.get(lang, ()):
        if link in words[1:-1] and words.count(link) == 1:
            at = words.index(link)
            head, of = words[:at], words[at + 1 :]
            words = of + head  # "groei van spieren" -> spier groei; "volume of blood" -> blood volume
            break
    return "".join(words) if lang == "nl" else " ".join(words)


def same_names(
    new: list[Mention], names: Callable[[Hashable], Iterable[str]], named: Mapping[Hashable, int], lang: str
) -> list[Mention]:
    """``new`` with each proposal that an earlier concept of the text names otherwise replaced by it.

    "de groei van je spieren" after "spiergroei" (or the other way round), "the volume of your blood"
    after "blood volume": one concept, named as the text first named it. Only a name of two words or
    more on one side and the linked or compound form on the other; a concept is never its own part.
    """
    if not new or not named:
        return new
    earlier: dict[str, Hashable] = {}
    for node in named:
        for name in names(node):
            key = canonical(name, lang)
            if len(key) >= 6:
                earlier.setdefault(key, node)
    found = []
    for m in new:
        linked = any(fold(w) in _LINKED.get(lang, ()) for w in m.text.split()[1:-1])
        key = canonical(m.text, lang)
        node = earlier.get(key)
        if node is not None and node != m.node and (linked or lang == "nl" and " " not in m.text.strip()):
            m = Mention(node, m.first, m.last, m.start, m.end, m.text)
        found.append(m)
    return found
