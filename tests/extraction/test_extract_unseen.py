"""Rules for texts the extractor was not written from (issue 25): new concepts, lists, labels, languages.

The sentences are written here, in the styles the development corpus shows (bare symptom lists,
"Label: sentence" lines, Title Case headings); none is taken from a text.
"""

from __future__ import annotations

import pytest

import graph
from tests.extraction.extracted import triples


@pytest.fixture(scope="module")
def G():
    return graph.load()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Vitamine D bevordert de opname van calcium.", "nl", ("vitamine_d", "calcium", 1)),
        ("Zink ondersteunt het afweersysteem.", "nl", ("zink", "afweersysteem", 1)),
        ("IJzer verhoogt de aanmaak van rode bloedcellen.", "nl", ("ijzer", "rode_bloedcel", 1)),
        ("A sugar crash causes drowsiness.", "en", ("sugar_crash", "drowsiness", 1)),
    ],
)  # fmt: skip
def test_a_concept_the_data_lacks_is_proposed_with_its_claim(G, text, lang, expected):
    assert expected in triples(G, text, lang)


def test_proposed_concepts_are_listed_with_id_label_and_sentence(G):
    result = graph.extract(["Vitamine D bevordert de opname van calcium."], G, lang="nl")
    rows = result.new_concepts.set_index("id").to_dict("index")
    assert rows["vitamine_d"]["label"] == "vitamine D"
    assert rows["vitamine_d"]["sentence"] == "Vitamine D bevordert de opname van calcium."
    assert "magnesium" not in rows  # a concept of the data is not proposed


@pytest.mark.parametrize("text", ["Het lichaam efficiënt houden is nodig.", "We need tight regulation here."])
def test_a_lone_adjective_or_adverb_is_no_concept(G, text):
    result = graph.extract([text], G)
    assert not {"efficient", "tight"} & set(result.new_concepts.id)


def test_a_list_after_a_lead_of_symptoms_gives_each_item_as_an_effect(G):
    text = (
        "Zinc deficiency\n\nZinc deficiency is common.\n\nTypical signs of it include:\n\n"
        "fatigue\nhair loss\na change in taste\n\nWhen to see a doctor\n\nSee your GP about it."
    )
    found = triples(G, text, "en")
    assert {("zinc_deficiency", "fatigue", 1), ("zinc_deficiency", "hair_loss", 1)} <= found
    assert ("zinc_deficiency", "change_in_taste", 1) in found  # an item naming no concept, as a whole


def test_a_bulleted_dutch_list_of_complaints_speaks_of_the_lead_s_concept(G):
    text = "Bij een zinktekort ziet men vaak deze klachten:\n\n • Moeheid,\n • Verlies van smaak,\n • Haaruitval."
    found = triples(G, text, "nl")
    assert {("zinktekort", "fatigue", 1), ("zinktekort", "verlies_van_smaak", 1)} <= found


def test_a_list_of_causes_points_the_other_way(G):
    text = "Oorzaken van slaapproblemen:\n\n- Cafeïne\n- Alcoholgebruik"
    assert ("caffeine", "sleep_problems", 1) in triples(G, text, "nl")


def test_the_symptoms_a_sentence_lists_after_include_are_effects_of_its_topic(G):
    text = "A sugar crash makes you tired. Other signs you may see include nausea and a headache."
    result = graph.extract([text], G, lang="en")
    rows = result.candidates[result.candidates.sentence.str.startswith("Other")]
    assert set(zip(rows.source, rows.target, strict=False)) == {("sugar_crash", "nausea"), ("sugar_crash", "headache")}
    assert rows.hedged.all()  # "might"


def test_a_label_before_a_colon_does_not_turn_the_claim_round(G):
    found = triples(G, "Spierfunctie: Magnesium is essentieel voor een goede spierfunctie.", "nl")
    assert ("magnesium", "muscle_function", 1) in found
    assert not {(s, t) for s, t, _ in found} & {("muscle_function", "magnesium")}


def test_a_heading_that_claims_something_gives_a_candidate(G):
    text = "# Cafeïne remt de aanmaak van melatonine\n\nVeel mensen drinken 's avonds nog koffie."
    assert ("caffeine", "melatonin", -1) in triples(G, text, "nl")


def test_a_question_claims_nothing(G):
    assert triples(G, "Verhoogt cafeïne de bloeddruk?", "nl") == set()


@pytest.mark.parametrize("word", ["Understanding", "stems", "standing"])
def test_english_words_are_not_split_as_dutch_compounds(G, word):
    result = graph.extract([f"Magnesium raises {word} of the body."], G, lang="en")
    assert not {"teeth", "mood"} & set(result.candidates.target), result.candidates


def test_a_reported_that_clause_has_its_own_subject(G):
    found = triples(G, "Research shows that a sugar dip causes fatigue.", "en")
    assert ("sugar_dip", "fatigue", 1) in found


def test_the_review_page_names_a_proposed_concept_by_its_label(G):
    from graph.extraction.additions import data_headers
    from graph.extraction.review import _page_data

    result = graph.extract(["Vitamine D bevordert de opname van calcium."], G, lang="nl")
    page = _page_data(result, G, "nl", "t", data_headers(G))
    assert page["concepts"]["vitamine_d"]["label_nl"] == "Vitamine D"  # a proposed concept, by its label
    assert page["nodes"]["magnesium"]["nl"] == "Magnesium"  # the data's concepts as before


def test_headings_after_a_lead_are_the_list_s_items(G):
    text = (
        "Signalen van een zinktekort:\n\nBleke huid\n\nDat zie je vaak in de winter. Zink speelt een rol.\n\n"
        "Brosse nagels\n\nOok dat komt voor.\n"
    )
    result = graph.extract([text], G, lang="nl")
    pairs = set(zip(result.candidates.source, result.candidates.target, strict=False))
    assert {("zinktekort", "bleke_huid"), ("zinktekort", "brosse_nagel")} <= pairs


def test_a_dutch_verb_apart_from_its_preposition_is_still_its_cue(G):
    assert ("caffeine", "sleep_problems", 1) in triples(G, "Koffie zorgt bij veel mensen voor slaapproblemen.", "nl")
