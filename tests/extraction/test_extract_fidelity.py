"""Claims never turned round or given the wrong sign by rules that read past their own words.

The sentences are written for these tests, in both languages, about concepts of the magnesium data.
"""

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
    "text",
    [
        "Magnesium is belangrijk voor stressvermindering en slaap.",
        "Magnesium is belangrijk voor slaap en stressvermindering.",
        "Magnesium zorgt voor stressvermindering en een betere slaap.",
    ],
)
def test_a_cue_inside_one_concepts_word_lowers_only_that_concept(G, text):
    """ "stressvermindering" lowers stress; the sleep listed beside it is not lowered with it."""
    claims = _claims(G, text, "nl")
    assert ("magnesium", "sleep", 1) in claims, claims
    assert ("magnesium", "sleep", -1) not in claims, claims


def test_a_cue_inside_a_listed_word_is_no_relation_for_the_rest_of_the_list(G):
    claims = _claims(G, "Magnesium: het mineraal voor stressverlichting, spierfunctie en een goede slaap.", "nl")
    assert not {c for c in claims if c[1] in ("sleep", "muscle_function") and c[2] < 0}, claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Magnesium is belangrijk voor de spieren, en een tekort kan leiden tot spierkrampen."),
        ("en", "Magnesium is important for the muscles, and a deficiency can lead to muscle cramps."),
    ],
)
def test_a_bare_deficiency_after_a_concept_is_that_concepts_lack(G, lang, text):
    """ "X ..., en een tekort kan Y geven": the lack of X gives Y; X itself does not."""
    claims = _claims(G, text, lang)
    assert ("magnesium_deficiency", "muscle_cramps", 1) in claims, claims
    assert not {c for c in claims if c[0] == "magnesium" and c[1] in ("muscle_cramps", "magnesium_deficiency")}, claims
