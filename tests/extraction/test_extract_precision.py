"""Precision rules: the right pair, direction and sign, each on sentences written for these tests."""

from __future__ import annotations

import pytest

import graph
from graph.extraction.claims import SentenceReader
from graph.extraction.concepts import ConceptIndex


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _claims(G, text: str, lang: str) -> dict[tuple[str, str], int]:
    frame = graph.extract([text], G, lang=lang).candidates
    return {(str(r.source), str(r.target)): int(r.sign) for r in frame.itertuples()}


def test_to_before_a_bare_verb_is_an_infinitive_and_before_a_comparative_an_adjective(G):
    assert _claims(G, "Magnesium helps to control blood sugar.", "en") == {("magnesium", "blood_sugar"): 0}
    assert _claims(G, "More potassium is linked to lower blood pressure.", "en") == {
        ("potassium", "blood_pressure"): -1
    }


def test_an_english_verb_acts_on_what_follows_it_not_on_a_concept_before_it(G):
    claims = _claims(G, "Magnesium from food can help reduce stress.", "en")
    assert claims == {("magnesium", "stress"): -1}


def test_a_lowering_word_that_is_part_of_a_concepts_own_name_lowers_nothing(G):
    text = "Wie slecht slaapt, noemt vaak deze klachten: slechtere prestaties en minder alertheid."
    claims = _claims(G, text, "nl")
    assert claims.get(("sleep_problems", "prestatie")) == -1, claims


@pytest.mark.parametrize(
    ("lang", "text", "agents", "target"),
    [
        ("nl", "Bovendien verhogen stress en cafeïne de bloeddruk.", {"stress", "caffeine"}, "bloeddruk"),
        ("nl", "Verder bevatten noten en zaden veel magnesium.", {"noot", "zaad"}, "magnesium"),
        ("en", "Stress and caffeine raise cortisol.", {"stress", "caffeine"}, "cortisol"),
    ],
)
def test_concepts_listed_together_do_not_act_on_each_other_and_each_does_what_the_list_does(
    G, lang, text, agents, target
):
    claims = _claims(G, text, lang)
    assert {(a, target) for a in agents} <= claims.keys(), claims
    assert not any(a in agents and b in agents for a, b in claims), claims


def test_a_verb_named_as_a_noun_has_no_subject_after_it(G):
    claims = _claims(G, "Van het ondersteunen van het spier- en zenuwstelsel tot de slaap.", "nl")
    assert not any(a == "nervous_system" for a, _ in claims), claims


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("nl", "Dankzij magnesium kunnen de spieren ontspannen.", ("magnesium", "muscle_relaxation")),
        ("nl", "Je slaapt beter dankzij magnesium.", ("magnesium", "sleep")),
        ("en", "Thanks to magnesium, muscles relax.", ("magnesium", "muscle_relaxation")),
        ("en", "Due to stress, cortisol levels rise.", ("stress", "cortisol")),
    ],
)
def test_what_comes_thanks_to_a_concept_is_its_doing(G, lang, text, pair):
    claims = _claims(G, text, lang)
    assert claims.get(pair) == 1, claims
    assert (pair[1], pair[0]) not in claims


@pytest.mark.parametrize(
    ("lang", "text", "agent", "targets"),
    [
        ("nl", "Stress remt de aanmaak van serotonine en dopamine.", "stress", {"serotonin", "dopamine"}),
        ("en", "Stress lowers the production of serotonin and dopamine.", "stress", {"serotonin", "dopamine"}),
    ],
)
def test_every_concept_of_a_list_is_acted_on_as_the_first_one_is(G, lang, text, agent, targets):
    claims = _claims(G, text, lang)
    assert {claims.get((agent, t)) for t in targets} == {-1}, claims


def test_a_concept_with_a_cue_of_its_own_in_a_list_keeps_it(G):
    claims = _claims(G, "Magnesium is nodig voor ontspanning en angstvermindering.", "nl")
    assert claims.get(("magnesium", "anxiety")) == -1, claims


def test_a_word_linking_to_the_sentence_before_is_no_cue(G):
    claims = _claims(G, "Alcohol verstoort de slaap en als gevolg daarvan ook de stemming.", "nl")
    assert claims == {("alcohol", "sleep"): -1, ("alcohol", "mood"): -1}


def test_a_relative_clause_speaks_of_the_noun_before_a_place_not_of_the_place(G):
    text = "Cortisol is a hormone made in the adrenal gland that assists in controlling your metabolism."
    claims = _claims(G, text, "en")
    assert ("adrenal_glands", "energy_metabolism") not in claims, claims
    assert ("cortisol", "energy_metabolism") in claims, claims


def test_the_doers_after_resulting_from_stop_at_the_next_cue(G):
    claims = _claims(G, "Fatigue resulting from stress can also affect mood.", "en")
    assert claims.get(("stress", "fatigue")) == 1
    assert ("mood", "fatigue") not in claims


def test_such_as_opens_examples_and_refers_back_to_nothing(G):
    claims = _claims(
        G, "Stress is common. Nerves work poorly, which brings on symptoms such as cramps and fatigue.", "en"
    )
    assert ("nervous_system", "muscle_cramps") in claims, claims
    assert not any(b == "stress" for _, b in claims), claims


def test_a_dutch_clause_opened_by_waarin_has_its_own_subject_and_the_list_before_it_stays_whole(G):
    claims = _claims(
        G, "Stress kan leiden tot angst, depressie en ook een situatie waarin vermoeidheid de slaap verstoort.", "nl"
    )
    assert claims.get(("stress", "depression")) == 1, claims
    assert claims.get(("fatigue", "sleep")) == -1, claims
    assert ("depression", "fatigue") not in claims and ("depression", "sleep") not in claims


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", "A sugar crash leaves you drained - and ways to lift your energy.", set()),
        ("en", "Magnesium is one of the best ways to reduce stress.", {("magnesium", "stress")}),
        ("nl", "Tips om je slaap te verbeteren met magnesium.", set()),
        ("nl", "Magnesium is een goede manier om stress te verminderen.", {("magnesium", "stress")}),
    ],
)
def test_a_clause_that_opens_with_advice_claims_nothing(G, lang, text, kept):
    claims = _claims(G, text, lang)
    assert not any("energy" in pair or "sleep" in pair for pair in claims), claims
    assert kept <= claims.keys()


def test_what_a_concept_comes_from_is_not_what_the_verb_acts_on(G):
    claims = _claims(G, "Raising magnesium intake from food may lower stress.", "en")
    assert claims == {("magnesium", "stress"): -1}


def test_a_relative_clause_after_x_is_a_kind_speaks_of_x_not_of_the_kind(G):
    claims = _claims(G, "Cortisol is a hormone that raises blood sugar.", "en")
    assert claims == {("cortisol", "blood_sugar"): 1}, claims


def test_a_list_renamed_after_a_comma_is_not_acted_on_again(G):
    claims = _claims(G, "Stress remt de aanmaak van serotonine en dopamine, twee neurotransmitters.", "nl")
    assert claims == {("stress", "serotonin"): -1, ("stress", "dopamine"): -1}, claims


def test_a_name_between_commas_stays_in_its_clause_and_zorgt_ervoor_dat_has_its_own_subject(G):
    claims = _claims(G, "Stress zorgt ervoor dat de bijnieren cortisol, het stresshormoon, vrijgeven.", "nl")
    assert claims.get(("adrenal_glands", "cortisol")) == 1, claims
    assert ("stress", "adrenal_glands") not in claims, claims


def test_a_companion_before_the_verb_is_not_the_subject(G):
    claims = _claims(G, "Samen met zink zorgt magnesium voor een goede slaap.", "nl")
    assert claims.get(("magnesium", "sleep")) == 1, claims


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Cortisol is a hormone made in the adrenal gland."),
        ("nl", "Cortisol wordt aangemaakt in de bijnieren."),
    ],
)
def test_what_is_made_in_an_organ_is_made_by_it(G, lang, text):
    claims = _claims(G, text, lang)
    assert claims == {("adrenal_glands", "cortisol"): 1}, claims


def test_a_carried_subject_acts_on_what_an_english_verb_has_after_it_or_on_a_subject_that_changes(G):
    claims = _claims(G, "A fast-food diet brings foods that are high in sodium and low in potassium.", "en")
    assert not any(b == "sodium" for _, b in claims), claims
    assert _claims(G, "When stress strikes, cortisol goes up.", "en").get(("stress", "cortisol")) == 1


def test_a_because_clause_with_a_doer_and_object_of_its_own_does_not_make_its_doer_an_object(G):
    claims = _claims(G, "Stress verstoort de slaap, omdat cortisol melatonine remt.", "nl")
    assert claims.get(("cortisol", "melatonin")) == -1, claims
    assert ("stress", "cortisol") not in claims, claims


def test_what_a_lack_harms_is_lowered_for_the_clause_that_follows(G):
    claims = _claims(G, "A lack of vitamin B12 can damage nerves, which can lead to numbness.", "en")
    assert claims.get(("nervous_system", "numbness")) == -1, claims


def test_who_receives_what_is_given_is_not_its_object(G):
    assert ("melatonin", "sleep") not in _claims(G, "Melatonine geeft de slaap zijn diepte.", "nl")
    assert ("stress", "strategie") not in _claims(G, "Stress kan een strategie zijn om beter te presteren.", "nl")


def _mentioned(G, text: str) -> list[str]:
    _, mentions, _ = SentenceReader(G, ConceptIndex(G), "en").read(text)
    return [str(m.node) for m in mentions]


def test_an_english_word_in_s_after_a_singular_concept_that_opens_a_clause_is_its_verb(G):
    # the concept opens a clause, and a comma, an object or the sentence's end follows: its verb
    assert _mentioned(G, "Once stress lingers, cortisol climbs.") == ["stress", "cortisol"]
    assert _mentioned(G, "Stress wrecks sleep.") == ["stress", "sleep"]
    assert _mentioned(G, "If sleep suffers, the stress builds.") == ["sleep", "stress"]
    # a verb before it, a list around it, or no object after it: a compound
    assert _mentioned(G, "Folate protects nerve cells.") == ["folate", "nerve_cell"]
    assert "nerve_cell" in _mentioned(G, "Good sources help eggs, nerve cells, and nuts.")
    assert _mentioned(G, "If folate runs low, nerve pain follows.") == ["folate", "nerve_pain"]
    assert _mentioned(G, "Stress hormones, such as cortisol, climb.")[:1] == ["cortisol"]


def test_an_example_of_an_example_adds_no_claim_its_kind_makes(G):
    text = "Kalium zit in veel voeding, zoals bonen, noten en vette vissen als haring en zalm."
    claims = _claims(G, text, "nl")
    assert claims.get(("boon", "potassium")) == 1, claims
    assert not any(s in ("haring", "zalm") for s, _ in claims), claims
    # an example alone keeps its claim
    assert _claims(G, "Kalium zit in voeding zoals haring en bonen.", "nl").get(("haring", "potassium")) == 1


def test_a_concept_said_to_go_down_with_no_object_lowers_what_its_clause_brings_about(G):
    assert (
        _claims(G, "Melatonine daalt, waardoor je minder slaperig bent.", "nl").get(("melatonin", "slaperigheid")) == 1
    )
    assert (
        _claims(G, "Het is de melatonine die afneemt, waardoor je minder slaperig bent.", "nl").get(
            ("melatonin", "slaperigheid")
        )
        == 1
    )
    assert _claims(G, "Melatonin drops, which makes you alert.", "en").get(("melatonin", "alertness")) == -1
    # a concept that goes up, or lowers another, keeps the sign of what follows
    assert _claims(G, "Melatonine stijgt, waardoor je minder alert bent.", "nl").get(("melatonin", "alertheid")) == -1
    assert _claims(G, "Cortisol verlaagt melatonine, waardoor je minder slaapt.", "nl").get(("melatonin", "sleep")) == 1
    # a Dutch verb at the end with its object before it: what it lowers is no concept named
    text = "Magnesium kan zulke klachten verlichten, wat bijdraagt aan een betere slaap."
    assert _claims(G, text, "nl").get(("magnesium", "sleep")) == 1


def test_a_concept_before_a_verb_used_as_a_noun_after_a_comma_does_not_do_it(G):
    text = "Slaap heeft twee taken: het aanvullen van energie, het herstellen van spieren en geest."
    assert not any(s == "energie" for s, _ in _claims(G, text, "nl"))
    # an apposition that describes the concept before it still speaks of it
    assert _claims(G, "Voeding levert ATP, de energiebron voor spieren.", "nl").get(("atp", "spier")) == 1


def test_what_a_kind_includes_makes_the_kinds_claim_and_the_kind_none(G):
    frame = graph.extract(["Snacks rich in magnesium include almonds and spinach."], G, lang="en").candidates
    found = {(str(r.source), str(r.target), str(r.relation)) for r in frame.itertuples()}
    assert ("spinach", "magnesium", "provides") in found, found
    assert not any(t == "magnesium" and s not in ("spinach", "almond") for s, t, _ in found), found
    # "including" after a comma still names kinds of what stands before it
    assert ("magnesium", "muscle") in _claims(G, "Magnesium supports muscles, including the heart.", "en")


def test_a_subject_that_does_something_to_another_concept_is_not_carried_to_the_next_clause(G):
    assert ("brain", "cortisol") not in _claims(G, "When your brain senses a threat, cortisol climbs.", "en")
    assert _claims(G, "When stress lingers, cortisol climbs.", "en").get(("stress", "cortisol")) == 1
