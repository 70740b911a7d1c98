"""Noun phrases named whole (issue 25, seventh session): general grammar of noun chunks.

The sentences are our own; none is taken from a text of the corpus.
"""

from __future__ import annotations

import pytest

from graph.extraction.pos import plural_of_adjective, tag_word
from tests.extraction.extracted import proposed, triples


@pytest.fixture(scope="module")
def G(magnesium):
    return magnesium  # (tests/conftest.py: the default data, loaded once per module)


def test_an_english_plural_of_an_adjective_word_is_a_noun():
    # English adjectives take no -s: the lexicon's adjective "cold" does not tag "colds"
    assert plural_of_adjective("colds", "en", "cold")
    assert tag_word("colds", "en", "cold") == "NOUN"
    assert tag_word("cold", "en", "cold") == "ADJ"
    assert not plural_of_adjective("colds", "nl", "cold")


def test_a_plural_noun_whose_singular_is_an_adjective_is_proposed(G):
    assert "free_radical" in proposed(G, "Free radicals can harm the lining of the gut.", "en")
    assert ("free_radical", "cell", -1) in triples(G, "Free radicals damage cells.", "en")
    assert "cold" in proposed(G, "Vitamin C lozenges shorten colds.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        ("De belangrijke vetzuren verlagen de bloeddruk.", "nl", ("vetzuur", "bloeddruk", -1)),
        ("Een belangrijke hormoonstof verhoogt de eetlust.", "nl", ("hormoonstof", "eetlust", 1)),
    ],
)  # fmt: skip
def test_an_adjective_between_an_article_and_its_noun_keeps_the_noun_in_the_phrase(G, text, lang, triple):
    # the adjective names nothing on its own, and the noun after it is still the article's noun
    assert triple in triples(G, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        ("Vitamin C strengthens the immune system.", "en", ("vitamin_c", "immune_system", 1)),
        ("Smoking worsens asthma.", "en", ("smoking", "asthma", 1)),
        ("Fibre slows down digestion.", "en", ("fibre", "digestion", -1)),
        ("Vitamin C helps fight infections.", "en", ("vitamin_c", "infection", -1)),
        ("Vitamin E protects the cell membranes.", "en", ("vitamin_e", "cell_membrane", 1)),
        ("Vitamine C bestrijdt infecties.", "nl", ("vitamine_c", "infectie", -1)),
        ("Aloë verzacht de huid.", "nl", ("aloe", "huid", -1)),
    ],
)  # fmt: skip
def test_common_causal_verbs_are_cues(G, text, lang, triple):
    # strengthen, worsen, slow, fight, protect, bestrijden, verzachten, ...: grammar, not a text's words
    assert triple in triples(G, text, lang)


def test_a_verb_in_s_between_and_and_a_is_no_concept(G):
    # "... and matters a great deal": a verb coordinated with the one before, and "a great deal" no concept
    text = "Iron is needed for the blood and matters a great deal for overall health."
    assert not {"matter", "great_deal", "overall_health"} & proposed(G, text, "en")
    assert ("iron", "blood", 1) in triples(G, text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [
        ("Good sources of iron are meat and spinach.", "en", {("meat", "iron"), ("spinach", "iron")}),
        ("Sources of iron include meat and spinach.", "en", {("meat", "iron"), ("spinach", "iron")}),
        ("Goede bronnen van magnesium zijn noten en zaden.", "nl", {("noot", "magnesium"), ("zaad", "magnesium")}),
    ],
)  # fmt: skip
def test_sources_named_first_are_what_provides(G, text, lang, pairs):
    # the concept after "sources of" is provided; what the verb names provides it, never the other way round
    found = triples(G, text, lang)
    assert {(s, t) for s, t, _ in found} == pairs
    assert all(sign == 1 for _, _, sign in found)


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        ("Spinach is packed with iron.", "en", ("spinach", "iron", 1)),
        ("Spinazie zit boordevol ijzer.", "nl", ("spinazie", "ijzer", 1)),
    ],
)  # fmt: skip
def test_a_food_high_in_a_nutrient_provides_it(G, text, lang, triple):
    assert triple in triples(G, text, lang)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Door alcohol reageer je trager.", ("alcohol", "reageren", -1)),
        ("Door stress onthoud je minder goed.", ("stress", "onthouden", -1)),
        ("Door suiker denk je sneller.", ("suiker", "denken", 1)),
    ],
)  # fmt: skip
def test_a_dutch_verb_done_worse_or_better_names_its_activity(G, text, triple):
    assert triple in triples(G, text, "nl")


def test_a_comparative_before_a_noun_names_no_activity(G):
    # "minder suiker" is a quantity of sugar, not eating done less
    assert not any(t in ("eten", "eet") for _, t, _ in triples(G, "Door stress eet je minder suiker.", "nl"))


def test_an_activity_named_by_its_verb_does_nothing_itself(G):
    # "na een goede nacht" is when, not who: thinking faster acts on no night
    assert not any(s == "denken" for s, _, _ in triples(G, "Na een goede nacht denk je sneller.", "nl"))


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        ("Being dehydrated lowers your focus.", "en", ("dehydration", "focus", -1)),
        ("Alcohol shrinks the liver cells.", "en", ("alcohol", "liver_cell", -1)),
    ],
)  # fmt: skip
def test_being_dehydrated_is_dehydration_and_shrinking_lowers(G, text, lang, triple):
    assert triple in triples(G, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "triple"),
    [
        ("Vitamin C protects the cells against inflammation.", "en", ("vitamin_c", "inflammation", -1)),
        ("Selenium helps guard the thyroid against infections.", "en", ("selenium", "infection", -1)),
        ("Vitamine C beschermt de cellen tegen ontsteking.", "nl", ("vitamine_c", "ontsteking", -1)),
    ],
)  # fmt: skip
def test_what_a_thing_is_protected_against_is_prevented(G, text, lang, triple):
    assert triple in triples(G, text, lang)
    assert (triple[0], triple[1], 1) not in triples(G, text, lang)
