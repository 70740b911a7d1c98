"""The fidelity battery: sentences of our own, in both languages, on hedges, denials and direction.

Each case of ``tests/extraction/battery/fidelity.csv`` says what ``extract`` must do with its
sentence (see :mod:`tests.extraction.battery`). Breaking a guarantee (a denial proposed, a hedge
dropped, a claim turned round, a sign flipped) and saying less than the sentence are tested
apart; the cases still out of reach say why in their ``xfail`` column.
"""

from __future__ import annotations

import re

import pytest

import graph
from tests.extraction.battery import DATA, Case, cases, judge, outcomes

CASES = cases()


def _params(prefix: str, only=lambda c: True) -> list:
    return [
        pytest.param(
            i,
            id=f"{i}-{c.lang}-{c.kind}",
            marks=[pytest.mark.xfail(reason=c.xfail, strict=True)] if c.xfail.startswith(prefix) else [],
        )
        for i, c in enumerate(CASES)
        if only(c)
    ]


@pytest.fixture(scope="module")
def G():
    return graph.load()


@pytest.fixture(scope="module")
def found(G) -> list:
    return outcomes(G, CASES)


def test_each_kind_of_sentence_is_tried_in_both_languages_with_concepts_of_the_data(G):
    nodes = {str(n) for n in G.nodes}
    kinds: dict[str, set[str]] = {}
    for c in CASES:
        kinds.setdefault(c.kind, set()).add(c.lang)
        assert c.expect in ("none", "hedged", "hedged_or_none") or re.fullmatch(
            r"!?[a-z_]+>[a-z_]+(:[-+0](:h)?)?(;!?[a-z_]+>[a-z_]+(:[-+0](:h)?)?)*", c.expect
        ), (DATA.name, c.text, c.expect)
        assert c.xfail == "" or c.xfail.split(":")[0] in ("unsafe", "miss"), c.xfail
        named = set(re.findall(r"[a-z_]+", c.expect)) - {"none", "hedged", "hedged_or_none", "h"}
        assert named <= nodes, (c.text, named - nodes)
    assert all(langs == {"nl", "en"} for langs in kinds.values()), kinds
    assert {k.split(":")[0] for k in kinds} == {"hedge", "denial", "direction"}


@pytest.mark.parametrize("i", _params("unsafe:"))
def test_no_sentence_breaks_a_guarantee(found, i):
    case: Case = CASES[i]
    unsafe, _ = judge(case, found[i])
    assert unsafe == [], (case.text, unsafe)


@pytest.mark.parametrize("i", _params("miss:", lambda c: c.expect not in ("none", "hedged_or_none")))
def test_each_sentence_gives_the_claim_it_makes(found, i):
    case: Case = CASES[i]
    _, missed = judge(case, found[i])
    assert missed == [], (case.text, missed, sorted(found[i]))
