"""Claims never turned round or given the wrong sign by rules that read past their own words.

The sentences are written for these tests, in both languages, about concepts of the magnesium data.
"""

from __future__ import annotations

import pytest

import graph
from tests.extraction.extracted import triples


@pytest.fixture(scope="module")
def G():
    return graph.load()


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
    claims = triples(G, text, "nl")
    assert ("magnesium", "sleep", 1) in claims, claims
    assert ("magnesium", "sleep", -1) not in claims, claims


def test_a_cue_inside_a_listed_word_is_no_relation_for_the_rest_of_the_list(G):
    claims = triples(G, "Magnesium: het mineraal voor stressverlichting, spierfunctie en een goede slaap.", "nl")
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
    claims = triples(G, text, lang)
    assert ("magnesium_deficiency", "muscle_cramps", 1) in claims, claims
    assert not {c for c in claims if c[0] == "magnesium" and c[1] in ("muscle_cramps", "magnesium_deficiency")}, claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "# What problems can a magnesium deficiency cause?\n\n- Muscle cramps\n- Fatigue\n"),
        ("nl", "# Welke klachten kan een magnesiumtekort geven?\n\n- Spierkrampen\n- Vermoeidheid\n"),
        ("nl", "Welke klachten kan een magnesiumtekort geven?\n\n- Spierkrampen\n- Vermoeidheid\n"),
    ],
)
def test_a_question_asking_what_a_concept_can_cause_makes_its_items_hedged_effects(G, lang, text):
    """The items answer the question's verb: each is an effect of its subject, hedged as the question is."""
    frame = graph.extract([text], G, lang=lang).candidates
    claims = {(str(r.source), str(r.target), int(r.sign), bool(r.hedged)) for r in frame.itertuples()}
    assert claims == {("magnesium_deficiency", "muscle_cramps", 1, True), ("magnesium_deficiency", "fatigue", 1, True)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "# Can magnesium deficiency cause cramps?\n\n- Muscle cramps\n"),
        ("en", "Stress can cause:\n\n- Muscle cramps\n"),
    ],
)
def test_cause_used_as_a_verb_opens_no_list_of_causes(G, lang, text):
    """ "X can cause" is no heading "Causes": no item is made a cause of X."""
    assert not {c for c in triples(G, text, lang) if c[1] in ("magnesium_deficiency", "stress")}


def test_a_deficiency_named_with_its_concept_is_the_subject_of_cause(G):
    claims = triples(G, "Magnesium deficiency causes muscle cramps.", "en")
    assert ("magnesium_deficiency", "muscle_cramps", 1) in claims


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # "het" right after "waardoor" opens its clause: the clause before does not act on what it stands for
        (
            "nl",
            "Magnesium is een mineraal. Dit verhoogt GABA en draagt bij aan ontspanning, "
            "waardoor het makkelijker wordt om in slaap te vallen.",
            ("relaxation", "magnesium"),
        ),
        # "waarop" opens a clause with a subject of its own
        (
            "nl",
            "Het verlagen van cortisol is een van de manieren waarop magnesium bijdraagt aan minder stress.",
            ("cortisol", "magnesium"),
        ),
        # what a clause of means ("By ...ing X", "Door X te ...") names does not do what its subject does
        ("en", "By improving sleep, magnesium lowers stress.", ("sleep", "stress")),
    ],
)
def test_no_claim_is_turned_round_onto_the_subject_of_a_clause_of_its_own(G, lang, text, wrong):
    assert not {c for c in triples(G, text, lang) if c[:2] == wrong}


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        ("nl", "Te weinig magnesium maakt de spieren vatbaar voor spierkrampen.", ("magnesium_deficiency", 1)),
        ("en", "Too little magnesium makes muscles susceptible to muscle cramps.", ("magnesium_deficiency", 1)),
        ("nl", "Magnesium maakt de spieren minder vatbaar voor spierkrampen.", ("magnesium", -1)),
    ],
)
def test_what_makes_one_susceptible_raises_the_risk_and_less_susceptible_lowers_it(G, lang, text, claim):
    """ "X maakt Y vatbaar voor Z": X raises the risk of Z; Z is no doer of X."""
    claims = triples(G, text, lang)
    assert (claim[0], "muscle_cramps", claim[1]) in claims, claims
    assert not {c for c in claims if c[0] == "muscle_cramps"}, claims


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        ("en", "Reducing stress improves sleep.", ("stress", "sleep", -1)),
        ("en", "Lowering cortisol improves sleep.", ("cortisol", "sleep", -1)),
        ("nl", "Het verlagen van stress verbetert de slaap.", ("stress", "sleep", -1)),
        ("nl", "Angstvermindering verbetert de slaap.", ("anxiety", "sleep", -1)),
        ("en", "Stress reduces sleep.", ("stress", "sleep", -1)),
    ],
)
def test_a_doer_named_as_what_an_act_lowers_acts_as_less_of_it(G, lang, text, claim):
    """ "Reducing stress improves sleep": less stress, more sleep; stress does not improve sleep."""
    claims = triples(G, text, lang)
    assert claim in claims, claims
    assert (claim[0], claim[1], -claim[2]) not in claims, claims


def test_a_new_concept_named_by_a_lowering_word_is_not_turned_round(G):
    """ "Stressvermindering" proposed whole is the reduction itself: it improves sleep."""
    claims = triples(G, "Stressvermindering verbetert de slaap.", "nl")
    assert not {c for c in claims if c[1] == "sleep" and c[2] < 0 and c[0] != "stress"}, claims


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("nl", "Cortisol stijgt wanneer de stress toeneemt.", ("cortisol", "stress")),
        ("en", "Magnesium lowers cortisol when stress rises.", ("magnesium", "stress")),
    ],
)
def test_what_a_condition_names_is_not_acted_on_by_the_clause_before_it(G, lang, text, wrong):
    assert not {c for c in triples(G, text, lang) if c[:2] == wrong}


def test_a_concept_that_gets_worse_is_lowered(G):
    claims = triples(G, "Because of caffeine, you sleep worse.", "en")
    assert ("caffeine", "sleep", -1) in claims and ("caffeine", "sleep", 1) not in claims, claims
