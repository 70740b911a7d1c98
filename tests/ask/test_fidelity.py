"""Every answer says what its sources said and no more (issue 24).

Every path of 1 to 4 hops on the magnesium data is told in English and in
Dutch, following the arrows and with directions ignored, and each sentence is
checked against the claims it is made of:

* each claim is told the way its source made it (subject = the edge's source),
  also when the path walks it backwards;
* a chain with a step against an arrow gets no increases/decreases verdict;
* a hedge word stands exactly where a claim is hedged, and in the net effect
  exactly when a step is;
* the verb agrees with its subject;
* no amount words ("increases", "meer") on a concept whose change is a
  quality, a risk or a balance;
* no bare "(according to X: verb)" fragment;
* no Dutch "meer" before a countable thing ("meer zenuwimpuls betekent ...": "een zenuwimpuls").
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from dataclasses import replace
from functools import lru_cache

import networkx as nx
import pytest

import graph
from graph.ask.paths import Path, Step, as_path
from graph.ask.paths import _path as make_path
from graph.ask.sentences import change_of, node_in_text, node_label, sentence_start
from graph.ask.walk import Arrows

HEDGE = re.compile(r"\b(may|kan|kunnen|mogelijk)\b", re.I)
# A relative pronoun that can take a whole clause as antecedent ("X reduces anxiety, which reduces sleep").
CLAUSE_PRONOUN = re.compile(r"\b(which|wat|hetgeen|waardoor)\b", re.I)
# The claim's own clause, before its sources and any parallel claim ("..., and may relieve ...").
MAIN_CLAUSE = re.compile(r" \(|, (?:and|en) ")
FRAGMENT = re.compile(r"\((according to|volgens) [^()]*: ")
AMOUNT = {
    "en": r"\b(increases?|decreases?)\s+{name}\b",
    "nl": r"\b(verhoogt|verhogen|vermindert|verminderen|verlaagt|verlagen|meer|minder)\s+{name}\b",
}
NET = {"en": " Net effect: ", "nl": " Netto: "}
NO_NET = {"en": " No net effect: ", "nl": " Geen netto-effect: "}
LACK = {"en": "too little ", "nl": "te weinig "}


def chains(G: nx.MultiDiGraph, both_ways: bool, longest: int = 4) -> Iterator[Path]:
    """:func:`walks` as paths, as :func:`graph.ask.paths.as_path` makes them (``ignore_direction=both_ways``),
    each step made once and shared (about a hundred thousand paths with directions ignored)."""
    arrows, steps = Arrows(G, ignore_direction=both_ways), {}
    for nodes in walks(G, both_ways, longest):
        yield make_path(arrows, nodes, steps)


def walks(G: nx.MultiDiGraph, both_ways: bool, longest: int = 4) -> Iterator[tuple[Hashable, ...]]:
    """Every simple path of 1 to ``longest`` hops, along the arrows or, ``both_ways``, either way."""
    ahead = {v: sorted(set(G.successors(v)) | (set(G.predecessors(v)) if both_ways else set())) for v in G}

    def walk(nodes: tuple[Hashable, ...]) -> Iterator[tuple[Hashable, ...]]:
        for nxt in ahead[nodes[-1]]:
            if nxt not in nodes:
                yield (*nodes, nxt)
                if len(nodes) < longest:
                    yield from walk((*nodes, nxt))

    for node in sorted(G):
        yield from walk((node,))


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return graph.load()


@pytest.fixture(scope="module")
def along(G) -> list[Path]:
    """Every path of 1-4 hops along the arrows, made once for both languages."""
    return list(chains(G, both_ways=False))


@pytest.fixture(scope="module")
def any_way(G) -> list[Path]:
    """Every path of 1-4 hops with directions ignored (about a hundred thousand), made once for both languages."""
    return list(chains(G, both_ways=True))


class Names:
    """What :func:`problems` asks of a node, worked out once per node and language (the checks ask it
    hundreds of thousands of times): its name in a sentence, at the start of one, whether it is plural,
    what it is a lack of, and the pattern of amount words before its names when its change is not an amount."""

    def __init__(self, G: nx.MultiDiGraph):
        self.G = G
        self.text = lru_cache(maxsize=None)(lambda node, lang: node_in_text(G, node, lang))
        self.start = lru_cache(maxsize=None)(lambda node, lang: sentence_start(self.text(node, lang)))
        self.plural = lru_cache(maxsize=None)(lambda node, lang: _plural(G, node, lang))
        self.lack_of = lru_cache(maxsize=None)(lambda node: G.nodes[node].get("lack_of"))
        self.amount_words = lru_cache(maxsize=None)(self._amount_words)
        self._clauses: dict[tuple[str, str, int, bool, str], tuple[Step, list[str]]] = {}

    def clause_problems(self, clause: str, subject: str, step: Step, first: bool, lang: str) -> list[str]:
        """What is wrong with one claim's clause (worked out once: the same clause ends many paths)."""
        key = (clause, subject, id(step), first, lang)
        made = self._clauses.get(key)
        if made is None or made[0] is not step:
            made = self._clauses[key] = (step, _clause_problems(self, clause, subject, step, first, lang))
        return made[1]

    def _amount_words(self, node: Hashable, lang: str) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
        """The node's names (lower case) and the pattern of amount words before them; None for an amount."""
        if change_of(self.G, node) == "amount":
            return None
        names = sorted({self.text(node, lang), node_label(self.G, node, lang).lower()})
        pattern = re.compile("|".join(AMOUNT[lang].format(name=re.escape(name)) for name in names), re.I)
        return tuple(name.lower() for name in names), pattern


_NAMES: dict[int, Names] = {}


def names_of(G: nx.MultiDiGraph) -> Names:
    if id(G) not in _NAMES or _NAMES[id(G)].G is not G:
        _NAMES[id(G)] = Names(G)
    return _NAMES[id(G)]


def told(step: Step) -> tuple[Hashable, Hashable]:
    """The claim a step tells, as its source made it: (subject, object)."""
    return (step.target, step.source) if step.edge.against else (step.source, step.target)


def problems(G: nx.MultiDiGraph, path: Path, lang: str, text: str | None = None) -> list[str]:
    """What is wrong with the sentence of ``path`` in ``lang`` (empty when nothing is); ``text``
    stands in for the sentence :func:`graph.explain` gives, to show that a wrong one is caught."""
    if text is None:
        text = graph.explain(G, path, lang=lang, sources=False)
    found = []
    body, net = text, ""
    for marker in (NET[lang], NO_NET[lang]):
        if marker in text:
            body, _, net = text.partition(marker)
            net = marker.strip() + " " + net
    clauses = body.rstrip(".").split("; ")
    names = names_of(G)
    steps = list(path.steps)
    lacks = [
        i
        for i, step in enumerate(steps[:-1])
        if not step.against
        and step.sign == -1
        and names.lack_of(step.target) == step.source
        and not steps[i + 1].edge.against
    ]
    expected: list[tuple[str, Step]] = []
    i = 0
    while i < len(steps):
        if i in lacks:
            expected.append((LACK[lang] + names.text(steps[i].source, lang), steps[i + 1]))
            i += 2
            continue
        subject = told(steps[i])[0]
        name = names.start(subject, lang) if not expected else names.text(subject, lang)
        expected.append((name, steps[i]))
        i += 1
    if len(clauses) != len(expected):
        return [f"{len(clauses)} clauses for {len(expected)} claims: {text}"]
    for n, (clause, (subject, step)) in enumerate(zip(clauses, expected, strict=True)):
        found += [f"{problem}: {text}" for problem in names.clause_problems(clause, subject, step, n == 0, lang)]
    if path.against:
        if not net.startswith(NO_NET[lang].strip()):
            found.append(f"a verdict on a chain against an arrow: {text}")
    elif path.hops > 1:
        if not net:
            found.append(f"no net effect: {text}")
        elif path.sign and bool(HEDGE.search(net)) != path.hedged:
            found.append(f"hedge {'missing' if path.hedged else 'added'} in the net effect: {text}")
    lowered = text.lower()
    for node in path.nodes:
        amount_words = names.amount_words(node, lang)
        if amount_words is None or not any(name in lowered for name in amount_words[0]):
            continue  # an amount, or not named in the sentence
        if amount_words[1].search(text):
            found.append(f"amount words on {node!r} ({change_of(G, node)}): {text}")
    countable = lang == "nl" and net and names.text(path.nodes[0], lang).startswith("een ")
    if countable and re.search(r"\bmeer " + re.escape(node_label(G, path.nodes[0], lang).lower()), net, re.I):
        found.append(f"'meer' before a countable thing ({path.nodes[0]!r}): {text}")
    if CLAUSE_PRONOUN.search(text):
        found.append(f"a relative pronoun that could take the clause before it: {text}")
    if FRAGMENT.search(text):
        found.append(f"a bare fragment: {text}")
    return found


def _clause_problems(names: Names, clause: str, subject: str, step: Step, first: bool, lang: str) -> list[str]:
    """What is wrong with the clause that tells ``step``: its subject, object, hedge and verb."""
    found = []
    first_subject = sentence_start(subject) if first else subject
    if not clause.startswith(first_subject):
        return [f"claim told from the wrong end ({subject!r})"]
    main = MAIN_CLAUSE.split(clause, maxsplit=1)[0]
    if names.text(told(step)[1], lang) not in main[len(first_subject) :]:
        found.append(f"object is not {told(step)[1]!r}")
    if bool(HEDGE.search(main)) != step.edge.hedged:
        found.append(f"hedge {'missing' if step.edge.hedged else 'added'} in {main!r}")
    verb = main[len(first_subject) :].split()[0]
    plural = not subject.startswith(LACK[lang]) and names.plural(told(step)[0], lang)
    if lang == "en" and verb != "may" and plural == (verb.endswith("s") and not verb.endswith("ss")):
        found.append(f"{'plural' if plural else 'singular'} subject, verb {verb!r}")
    if lang == "nl" and plural != (verb.endswith("en") or verb == "zijn"):
        found.append(f"{'plural' if plural else 'singular'} subject, verb {verb!r}")
    return found


def _plural(G: nx.MultiDiGraph, node: Hashable, lang: str) -> bool:
    attrs = G.nodes[node]
    value = attrs["plural_nl"] if lang == "nl" and "plural_nl" in attrs else attrs.get("plural")
    return value is True or str(value).strip().lower() in ("true", "yes", "1")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_path_along_the_arrows_says_what_its_sources_said(G, along, lang: str) -> None:
    assert along[:50] == [as_path(G, p.nodes) for p in along[:50]]
    assert len(along) > 1000 and {p.hops for p in along} == {1, 2, 3, 4}
    assert any(p.hedged for p in along) and any(not p.hedged for p in along)
    wrong = [problem for path in along for problem in problems(G, path, lang)]
    assert not wrong, wrong[:5]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_path_with_directions_ignored_says_what_its_sources_said(G, any_way, lang: str) -> None:
    sample = any_way[:: len(any_way) // 50]
    assert sample == [as_path(G, p.nodes, ignore_direction=True) for p in sample]
    against = sum(path.against for path in any_way)
    assert len(any_way) > 100_000 and 0 < against < len(any_way) and {p.hops for p in any_way} == {1, 2, 3, 4}
    wrong: list[str] = []
    for path in any_way:
        wrong += problems(G, path, lang)
        if len(wrong) > 5:
            break
    assert not wrong, wrong[:5]


def test_the_checks_catch_a_claim_turned_round(G) -> None:
    path = as_path(G, ["stress", "magnesium"], ignore_direction=True)
    assert path.against and problems(G, path, "en") == []
    turned = Path(
        path.nodes,
        tuple(Step(s.source, s.target, tuple(replace(e, against=False) for e in s.edges)) for s in path.steps),
    )
    said = graph.explain(G, turned, sources=False)
    assert said.startswith("Stress decreases magnesium")
    assert any("wrong end" in problem for problem in problems(G, path, "en", said))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_checks_catch_a_dropped_hedge(G, lang: str) -> None:
    path = next(
        path
        for path in (as_path(G, nodes) for nodes in walks(G, both_ways=False, longest=2))
        if path.hops == 2 and path.steps[0].edge.hedged and len(path.steps[0].edges) == 1 and path.sign
    )
    assert problems(G, path, lang) == []
    plain = Path(
        path.nodes,
        tuple(Step(s.source, s.target, tuple(replace(e, hedged=False) for e in s.edges)) for s in path.steps),
    )
    said = graph.explain(G, plain, lang=lang, sources=False)
    assert not HEDGE.search(said.split(";")[0])
    assert any("hedge missing" in problem for problem in problems(G, path, lang, said))
