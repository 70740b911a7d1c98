"""Names of concepts (issue 25): what a sentence names, new concepts from its noun phrases, cue phrases.

The sentences are written here in the styles of the development corpus; none is taken from a text.
"""

from __future__ import annotations

import pytest

import graph
from graph.extraction.claims import SentenceReader
from graph.extraction.concepts import ConceptIndex
from tests.extraction.extracted import proposed, triples


@pytest.fixture(scope="module")
def G():
    return graph.load()


def test_a_code_of_letters_and_digits_is_a_concept_on_its_own(G):
    assert ("b12", "spijsvertering", 1) in triples(G, "B12 ondersteunt de spijsvertering.", "nl")


def test_a_code_after_its_longer_name_is_the_concept_named_then(G):
    text = "Vitamin B12 is found in meat.\n\nB12 supports the digestion of food."
    found = triples(G, text, "en")
    assert ("vitamin_b12", "digestion", 1) in found
    assert not any(s == "b12" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "concept", "not_named"),
    [
        ("Koffie verkort de REM-slaap.", "rem_slaap", "sleep"),  # a kind of sleep, not sleep itself
        ("Stress activeert de HPA-as.", "hpa_as", None),
    ],
)  # fmt: skip
def test_a_compound_led_by_an_abbreviation_is_named_whole(G, text, concept, not_named):
    found = triples(G, text, "nl")
    assert any(t == concept for _, t, _ in found)
    assert not any(t == not_named for _, t, _ in found)


def test_a_linking_s_that_begins_a_word_is_not_read_as_a_compound_head(G):
    # "weerstand" is "weer" + "stand": it names no teeth ("tand")
    found = triples(G, "Zink verhoogt de weerstand.", "nl")
    assert not any(t == "teeth" for _, t, _ in found)


def test_a_noun_after_a_quantifier_is_no_verb_form(G):
    # the lemma of "vocht" is also a form of "vechten"; after "weinig" it is the noun
    assert "vocht" in proposed(G, "Te weinig vocht veroorzaakt obstipatie.", "nl")


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Slaap is onmisbaar opdat je goed kunt functioneren.", "nl", "onmisbaar"),
        ("Slaap is onmisbaar opdat je goed kunt functioneren.", "nl", "opdat"),
        ("Je wordt moe nadat je suiker eet.", "nl", "nadat"),
    ],
)  # fmt: skip
def test_adjectives_in_baar_and_conjunctions_are_no_concepts(G, text, lang, word):
    assert not any(word in c for c in proposed(G, text, lang))


def test_a_noun_after_every_or_an_ampersand_opens_a_phrase(G):
    assert "cell" in proposed(G, "The growth of every cell depends on folate.", "en")
    assert "immunity" in proposed(G, "How Zinc Affects Taste & Immunity", "en")


def test_a_name_with_its_letter_after_a_verb_second_verb_is_a_concept(G):
    # the verb follows a fronted phrase, so the subject "vitamine D" stands after it
    assert "vitamine_d" in proposed(G, "Samen met calcium zorgt vitamine D voor sterke botten.", "nl")


def test_a_fronted_bij_phrase_puts_the_subject_after_the_verb(G):
    found = triples(G, "Bij het aanmaken van melanine speelt koper een belangrijke rol.", "nl")
    assert ("koper", "melanine", 1) in found
    # when no concept stands right after the verb, the concept of the fronted phrase is the doer
    found = triples(G, "Bij stress heeft het lichaam moeite met het reguleren van calciumniveaus.", "nl")
    assert ("stress", "calcium_balance", -1) in found


def test_a_quoted_phrase_names_one_concept(G):
    found = triples(G, "Stress leidt tot 'vechten of vluchten'.", "nl")
    assert ("stress", "vechten_of_vlucht", 1) in found  # the last word as its lemma, as every label
    assert not any(t == "vlucht" for _, t, _ in found)


def test_a_list_goes_on_after_as_well_as(G):
    found = triples(G, "Good sources of potassium include bananas and lentils, as well as spinach and beans.", "en")
    assert {("spinach", "potassium", 1), ("bean", "potassium", 1)} <= found


def test_a_shared_word_is_read_as_written_not_as_its_lemma(G):
    # "slaap" has the lemma "slapen", whose senses include deep sleep through "herstellende" -> "herstellen"
    _, mentions, _ = SentenceReader(G, ConceptIndex(G), "nl").read("Slaap is nodig om te herstellen.")
    assert [m.node for m in mentions] == ["sleep"]


def test_what_is_eaten_does_it_when_the_reader_is_the_subject(G):
    found = triples(G, "Door vezels te eten, kunt u obstipatie terugdringen.", "nl")
    assert found == {("vezel", "obstipatie", -1)}
    # an adjective in -rijk names its substance
    assert ("eiwit", "spierverlies", -1) in triples(G, "Door eiwitrijk te eten, kunt u spierverlies voorkomen.", "nl")
    # the main clause's own concept is still the doer of a means-clause
    found = triples(G, "Door calcium te reguleren, speelt magnesium een rol bij de spierfunctie.", "nl")
    assert ("magnesium", "muscle_function", 0) in found


def test_an_adjective_alone_in_a_list_item_is_named_by_its_noun(G):
    text = "Bij een zinktekort ziet men vaak deze klachten:\n\n • Duizelig,\n • Eerder kortademig."
    found = triples(G, text, "nl")
    assert {("zinktekort", "duizeligheid", 1), ("zinktekort", "kortademigheid", 1)} <= found


def test_an_english_concept_word_before_a_noun_is_part_of_a_compound(G):
    found = triples(G, "A lack of folate causes nerve pain.", "en")
    assert any(t == "nerve_pain" for _, t, _ in found)
    assert not any(t == "nervous_system" for _, t, _ in found)
    # proposed with its label, so that a reviewer can accept it with its claims
    listed = graph.extract(["A lack of folate causes nerve pain."], G, lang="en").new_concepts
    assert "nerve pain" in set(listed.label)
    # an aspect noun after it still names the concept itself
    assert not any("intake" in t for _, t, _ in triples(G, "Potassium intake lowers blood pressure.", "en"))


def test_a_vague_noun_after_an_adjective_ends_the_phrase(G):
    assert ("zinc", "immune_function", 1) in triples(G, "Zinc supports immune function.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vitamine D beïnvloedt de werking van de spieren.", "nl"),
        ("Calcium is vital to the normal working of bones and muscles.", "en"),
    ],
)  # fmt: skip
def test_how_a_thing_works_is_its_function_concept(G, text, lang):
    assert any(t == "muscle_function" for _, t, _ in triples(G, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A sugar crash leaves you sluggish.", "en", ("sugar_crash", "sluggishness", 1)),
        ("Sugar can leave you feeling more energetic.", "en", ("sugar", "energy", 1)),
        ("Stress maakt je moe.", "nl", ("stress", "fatigue", 1)),
        ("Skipping meals makes you hungry.", "en", ("skipping_meal", "hunger", 1)),
    ],
)  # fmt: skip
def test_an_adjective_on_its_own_is_named_by_its_noun(G, text, lang, expected):
    assert expected in triples(G, text, lang)


def test_an_adjective_before_its_noun_is_not_named_by_its_own_noun(G):
    assert "weakness" not in proposed(G, "Weak muscles are common.", "en")
    assert "feeling" not in proposed(G, "Sugar can leave you feeling more energetic.", "en")


def test_an_ampersand_lists_objects_as_and_does(G):
    found = triples(G, "How Zinc Influences Taste, Smell & Immunity", "en")
    assert ("zinc", "immunity", 0) in found


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Cafeïne geeft vaker micro-ontwakingen.", "nl", "micro_ontwakingen"),  # a plural in -ingen is no verb
        ("Foods with added sugar raise insulin.", "en", "sugar"),  # after a participle that follows "with"
    ],
)  # fmt: skip
def test_a_noun_after_a_comparative_or_a_participle_is_proposed(G, text, lang, concept):
    assert concept in proposed(G, text, lang)


def test_a_concept_said_to_run_too_low_is_lacking(G):
    found = triples(G, "When folate runs too low, it causes anaemia.", "en")
    assert ("folate", "anaemia", -1) in found  # less folate, more anaemia


def test_a_dutch_complaint_of_a_thing_is_named_as_its_compound(G):
    found = triples(G, "Te veel alcohol geeft schade aan de lever.", "nl")
    assert ("alcohol", "leverschade", 1) in found  # the noun as written when its lemma is a verb ("leveren")


def test_a_means_clause_with_the_reader_as_subject_acts_on_every_listed_object(G):
    text = (
        "Door vezelrijk te eten, kunt u klachten van de maag als brandend maagzuur (reflux) en misselijkheid voorkomen."
    )
    found = triples(G, text, "nl")
    assert {("vezel", "maagklacht", -1), ("vezel", "reflux", -1), ("vezel", "nausea", -1)} <= found


def test_a_lowering_word_inside_a_concept_s_own_name_does_not_turn_its_sign(G):
    # "slecht slapen" is a name of sleep problems: its "slecht" says nothing about the sign
    text = "Wie slecht slapen, noemen deze klachten: slechtere prestaties en minder alertheid."
    found = triples(G, text, "nl")
    assert {("sleep_problems", "prestatie", -1), ("sleep_problems", "alertheid", -1)} <= found


def test_a_new_noun_qualified_by_another_after_van_is_one_concept(G):
    found = triples(G, "Omega-3 komt voor in oliën van plantaardige oorsprong.", "nl")
    assert found == {("olien_van_plantaardige_oorsprong", "omega_3", 1)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Vitamine D beïnvloedt de werking van de spieren niet.", "nl"),
        ("Door vezels te eten, kunt u obstipatie niet terugdringen.", "nl"),
        ("Er is geen bewijs dat alcohol schade aan de lever geeft.", "nl"),
        ("Stress maakt je niet moe.", "nl"),
        ("There is no evidence that folate causes nerve pain.", "en"),
        ("Sugar does not make you tired.", "en"),
    ],
)  # fmt: skip
def test_a_denied_claim_is_not_proposed_on_the_new_naming_paths(G, text, lang):
    assert graph.extract([text], G, lang=lang).candidates.empty


def test_a_hedged_claim_on_a_new_naming_path_stays_hedged(G):
    frame = graph.extract(["Zinc may support immune function."], G, lang="en").candidates
    assert list(frame.target) == ["immune_function"] and frame.hedged.all()
