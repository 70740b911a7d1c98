"""Claims whose subject is not in the sentence: references, leads of lists, lacks; sentences written for these tests."""

from __future__ import annotations

import pytest

import graph


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _claims(G, text: str, lang: str) -> set[tuple[str, str, int]]:
    frame = graph.extract([text], G, lang=lang).candidates
    return {(str(r.source), str(r.target), int(r.sign)) for r in frame.itertuples()}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Slecht slapen veroorzaakt stress."),
        ("en", "Poor sleep causes stress."),
    ],
)
def test_a_lowering_word_inside_a_concepts_own_name_does_not_turn_its_sign(G, lang, text):
    assert ("sleep_problems", "stress", 1) in _claims(G, text, lang)


def test_what_a_lead_lists_after_a_named_lowered_concept_keeps_the_items_own_sign(G):
    text = "Wie slecht slaapt, noemt deze klachten: minder energie en een slechtere stemming."
    claims = _claims(G, text, "nl")
    assert ("sleep_problems", "energie", -1) in claims
    assert ("sleep_problems", "mood", -1) in claims
