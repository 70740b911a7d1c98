"""Claims whose subject is not in the sentence: references, leads of lists, lacks; sentences written for these tests."""

from __future__ import annotations

import pytest

import graph
from tests.extraction.extracted import triples


@pytest.fixture(scope="module")
def G():
    return graph.load()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Slecht slapen veroorzaakt stress."),
        ("en", "Poor sleep causes stress."),
    ],
)
def test_a_lowering_word_inside_a_concepts_own_name_does_not_turn_its_sign(G, lang, text):
    assert ("sleep_problems", "stress", 1) in triples(G, text, lang)


def test_what_a_lead_lists_after_a_named_lowered_concept_keeps_the_items_own_sign(G):
    text = "Wie slecht slaapt, noemt deze klachten: minder energie en een slechtere stemming."
    claims = triples(G, text, "nl")
    assert ("sleep_problems", "energie", -1) in claims
    assert ("sleep_problems", "mood", -1) in claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Magnesium ondersteunt de spieren. Als je slecht slaapt, stijgt je stressniveau. "
            "Dit verhoogt de bloeddruk.",
        ),
        (
            "en",
            "Magnesium relaxes the muscles. When you sleep badly, your stress level rises. "
            "This raises your blood pressure.",
        ),
    ],
)
def test_this_opening_a_sentence_is_the_subject_of_the_main_clause_before(G, lang, text):
    claims = {(a, b) for a, b, _ in triples(G, text, lang) if "bloeddruk" in b or "blood_pressure" in b}
    assert claims and all(a == "stress" for a, _ in claims)


def test_this_after_a_sentence_that_named_nothing_stands_for_no_concept(G):
    claims = triples(G, "Magnesium remt stress. Je drinkt te weinig. Dit leidt tot vermoeidheid.", "nl")
    assert not any(b == "fatigue" for _, b, _ in claims)


def test_dit_after_a_fronted_phrase_and_its_verb_is_the_subject_before(G):
    claims = triples(G, "Magnesium remt stress. Op den duur leidt dit tot een betere slaap.", "nl")
    assert ("magnesium", "sleep", 1) in claims


def test_an_apposition_speaks_of_its_noun_not_of_the_sentences_subject(G):
    claims = triples(G, "Stress verhoogt de bloeddruk, een risicofactor voor beroertes.", "nl")
    assert ("bloeddruk", "beroerte", 1) in claims
    assert ("stress", "beroerte", 1) not in claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "nl",
            "Magnesium remt stress. "
            "Als adenosine wordt geremd, voel je je minder moe, maar het verlaagt ook de slaapkwaliteit.",
        ),
        (
            "en",
            "Magnesium lowers stress. "
            "When adenosine is blocked, you feel less tired, but it also lowers sleep quality.",
        ),
    ],
)
def test_a_concept_of_an_opening_if_clause_does_not_become_what_it_refers_to(G, lang, text):
    claims = triples(G, text, lang)
    assert ("magnesium", "sleep", -1) in claims
    assert not any(b == "magnesium" or a == "adenosine" and b == "sleep" for a, b, _ in claims)


def test_it_after_a_clause_word_is_the_subject_of_its_own_sentence(G):
    text = (
        "Magnesium remt stress. "
        "Op termijn kan een teveel aan magnesium spierzwakte geven, doordat het de spiercontractie remt."
    )
    claims = triples(G, text, "nl")
    assert ("magnesium_excess", "muscle_contraction", -1) in claims
    assert ("magnesium", "muscle_contraction", -1) not in claims


@pytest.mark.parametrize(
    ("lang", "text", "agent", "sign"),
    [
        ("nl", "Vermoeidheid en hoofdpijn zijn signalen van stress.", "stress", 1),
        ("en", "Fatigue and headaches are common signs of stress.", "stress", 1),
        (
            "en",
            "Magnesium is a mineral. Fatigue and headaches are signs that this mineral is running low.",
            "magnesium",
            -1,
        ),
    ],
)
def test_what_is_named_before_are_signs_of_is_an_effect_of_what_follows(G, lang, text, agent, sign):
    claims = triples(G, text, lang)
    assert (agent, "fatigue", sign) in claims
    assert not any(b == agent for _, b, _ in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Magnesium calms the nerves. When magnesium runs too low, muscles can cramp, which brings on pain."),
        ("en", "When magnesium is lacking, this can lead to fatigue."),
        ("nl", "Als magnesium tekortschiet, kan dat leiden tot vermoeidheid."),
    ],
)
def test_a_concept_said_to_run_low_acts_as_its_lack(G, lang, text):
    claims = triples(G, text, lang)
    assert ("magnesium", "pain", -1) in claims or ("magnesium", "fatigue", -1) in claims
    assert not any(b == "magnesium" or b.startswith("muscle") and s > 0 for a, b, s in claims)


@pytest.mark.parametrize(
    ("lang", "text", "agent", "sign"),
    [
        (
            "nl",
            "Magnesium\n\nEen tekort aan magnesium kan leiden tot:\n\n- Vermoeidheid\n- Spierkrampen\n",
            "magnesium_deficiency",
            1,
        ),
        (
            "en",
            "Magnesium\n\nToo little magnesium can cause:\n\n- Fatigue\n- Muscle cramps\n",
            "magnesium_deficiency",
            1,
        ),
        ("en", "Magnesium\n\nThe benefits of magnesium:\n\n- Less fatigue\n- Fewer muscle cramps\n", "magnesium", -1),
    ],
)
def test_each_item_after_a_lead_ending_in_a_cue_verb_is_its_object(G, lang, text, agent, sign):
    claims = triples(G, text, lang)
    assert {(agent, "fatigue", sign), (agent, "muscle_cramps", sign)} <= claims
    assert not any(b == agent for _, b, _ in claims)  # the items are no causes of the lead's concept


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Magnesium\n\nWat zijn de symptomen van een magnesiumtekort?\n\n- Vermoeidheid\n- Spierkrampen\n"),
        ("en", "Magnesium\n\nWhat are the symptoms of magnesium deficiency?\n\n- Fatigue\n- Muscle cramps\n"),
        (
            "nl",
            "Magnesium\n\nSymptomen van een magnesiumtekort\n\nDat komt vaak voor.\n\n- Vermoeidheid\n- Spierkrampen\n",
        ),
        ("en", "Magnesium deficiency\n\nA lack of magnesium is common.\n\nSymptoms\n\n- Fatigue\n- Muscle cramps\n"),
    ],
)
def test_the_items_under_a_heading_or_question_about_symptoms_are_effects(G, lang, text):
    claims = triples(G, text, lang)
    assert {("magnesium_deficiency", "fatigue", 1), ("magnesium_deficiency", "muscle_cramps", 1)} <= claims


def test_a_heading_about_symptoms_makes_no_item_of_the_paragraph_under_it(G):
    text = "Magnesium\n\nSymptomen van een magnesiumtekort\n\nSlaap is belangrijk.\n\n- Vermoeidheid\n"
    claims = triples(G, text, "nl")
    assert ("magnesium_deficiency", "fatigue", 1) in claims
    assert not any(b == "sleep" for _, b, _ in claims)


def test_an_item_holding_a_clause_is_no_new_concept(G):
    text = "Magnesium\n\nOorzaken van spierkrampen:\n\n- Een eetpatroon dat arm is aan groente\n"
    assert not any("eetpatroon_dat" in a for a, _, _ in triples(G, text, "nl"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Low levels of magnesium can cause fatigue."),
        ("en", "Insufficient magnesium can cause fatigue."),
        ("en", "Not getting enough magnesium can cause fatigue."),
        ("nl", "Niet genoeg magnesium kan vermoeidheid veroorzaken."),
    ],
)
def test_a_lack_named_in_other_words_is_the_subject(G, lang, text):
    assert ("magnesium_deficiency", "fatigue", 1) in triples(G, text, lang)


def test_not_enough_as_an_object_says_less_and_a_plain_not_still_denies(G):
    assert ("magnesium", "sleep", -1) in triples(G, "Magnesium veroorzaakt niet genoeg slaap.", "nl")
    assert not triples(G, "Magnesium does not cause fatigue.", "en")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Magnesium is found in nuts. The mineral also lowers stress.", ("magnesium", "stress")),
        ("nl", "Magnesium zit in noten. Het mineraal verlaagt ook stress.", ("magnesium", "stress")),
        ("en", "Cortisol is made in the adrenal glands. The hormone raises blood sugar.", ("cortisol", "blood_sugar")),
        (
            "en",
            "Vitamin B12 is found in meat. The vitamin also supports the nerves.",
            ("vitamin_b12", "nervous_system"),
        ),
    ],
)
def test_the_topics_kind_opening_a_sentence_speaks_of_the_topic(G, lang, text, pair):
    claims = {(a, b) for a, b, _ in triples(G, text, lang)}
    assert pair in claims
    assert not any(a in ("mineral", "mineraal", "hormone", "vitamin") for a, _ in claims)


def test_this_and_a_kind_stand_only_for_the_concepts_of_that_kind(G):
    claims = triples(G, "Cortisol wordt in de bijnieren gemaakt. Dit hormoon verhoogt de bloeddruk.", "nl")
    assert {a for a, b, _ in claims if b in ("blood_pressure", "bloeddruk")} == {"cortisol"}


@pytest.mark.parametrize(
    ("lang", "text", "agent"),
    [
        ("nl", "Magnesium\n\nDe voordelen van magnesium:\n\n- Verlaagt de stress\n- Verbetert de slaap\n", "magnesium"),
        ("en", "Zinc\n\nWhat zinc does:\n\n- Lowers stress\n- Improves sleep\n", "zinc"),
    ],
)
def test_a_list_item_opening_with_its_verb_speaks_of_the_lists_concept(G, lang, text, agent):
    assert {(agent, "stress", -1), (agent, "sleep", 1)} <= triples(G, text, lang)


def test_a_list_item_opening_with_a_denied_verb_claims_nothing(G):
    text = "Magnesium\n\nDe voordelen van magnesium:\n\n- Verlaagt de stress niet\n"
    assert not any(b == "stress" for _, b, _ in triples(G, text, "nl"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Stress and poor sleep raise cortisol. These can also cause fatigue."),
        ("nl", "Stress en slecht slapen verhogen cortisol. Deze kunnen ook vermoeidheid veroorzaken."),
    ],
)
def test_these_standing_alone_are_the_subjects_listed_in_the_sentence_before(G, lang, text):
    claims = {(a, b) for a, b, _ in triples(G, text, lang) if b == "fatigue"}
    assert claims == {("stress", "fatigue"), ("sleep_problems", "fatigue")}


def test_these_standing_alone_are_not_a_guess_among_the_last_concepts_named(G):
    claims = triples(G, "Magnesium remt stress. Deze kunnen ook de slaap verbeteren.", "nl")
    assert {a for a, b, _ in claims if b == "sleep"} == {"magnesium"}
