"""General rules written from half of the newer development texts (issue 25, branch x25gen).

Function words are no concepts, noun phrases a reader names whole. The sentences are written here;
none is taken from a text of the corpus.
"""

from __future__ import annotations

import pytest

import graph
from tests.extraction.extracted import triples


@pytest.fixture(scope="module")
def G():
    return graph.load()


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Stress verhoogt de hartslag, zodat je sneller moe wordt.", "nl", "zodat"),
        ("Ondertussen verlaagt kalium de bloeddruk.", "nl", "ondertussen"),
        ("Stress verhoogt de bloeddruk, die dan lang omhoog blijft.", "nl", "omhoog"),
        ("Plenty of nuts provide magnesium.", "en", "plenty"),
        ("Ten studies showed that stress raises cortisol.", "en", "ten"),
        ("Stress acts from the inside and raises cortisol.", "en", "inside"),
    ],
)
def test_connectives_adverbs_and_numbers_are_no_concepts(G, text, lang, word):
    found = triples(G, text, lang)
    assert found, "the sentence's own claim is still read"
    assert not any(word in (s, t) for s, t, _ in found)


def test_a_so_that_clause_keeps_the_subject_of_its_main_clause(G):
    found = triples(G, "Stress verhoogt de hartslag, zodat je minder goed slaapt en sneller hoofdpijn krijgt.", "nl")
    assert not any("zodat" in (s, t) for s, t, _ in found)
    assert any(s == "stress" for s, _, _ in found)


def test_numbered_items_with_an_explanation_each_all_hang_from_the_heading(G):
    text = (
        "Five signs that you lack iron\n\n1. Fatigue. Many people with too little iron in their blood feel worn out "
        "for most of the day, even after a long night in bed.\n2. Hair loss. The hair on the head grows thinner "
        "over the months and falls out when it is combed or washed.\n3. Headaches. They come on in the afternoon.\n"
    )
    found = triples(G, text, "en")
    lacking = {t for s, t, sign in found if s == "iron" and sign == -1}
    assert {"fatigue", "hair_loss", "headache"} <= lacking, found


def test_an_item_explained_by_its_next_sentence_does_not_read_that_sentence_as_an_item(G):
    text = "Signs that you lack iron\n\n- Fatigue. Most people feel it.\n- Headaches. They come on slowly."
    found = triples(G, text, "en")
    assert all(s == "iron" for s, _, _ in found), found


@pytest.mark.parametrize(
    "lead",
    ["Signs that your child lacks iron:", "Signs that you are short of iron:", "Signs that you are low in iron:"],
)
def test_a_verb_or_adjective_of_lack_names_the_lack_of_its_object(G, lead):
    found = triples(G, f"{lead}\n\n- Fatigue\n- Headaches", "en")
    assert {("iron", "fatigue", -1), ("iron", "headache", -1)} <= found, found


def test_a_weaker_thing_listed_as_a_sign_is_that_thing_lowered(G):
    found = triples(G, "Signs of low zinc:\n\n- A weaker immune system\n- Dry skin", "en")
    assert ("zinc", "immune_system", 1) in found  # less zinc, a weaker immune system
    assert ("zinc", "dry_skin", -1) in found


def test_a_new_noun_qualified_by_of_the_is_one_concept(G):
    found = triples(G, "Smoking raises the risk of infections of the inner ear.", "en")
    assert any(t == "infections_of_the_inner_ear" or t == "infection_of_the_inner_ear" for _, t, _ in found), found
    assert not any(t == "inner_ear" for _, t, _ in found)


def test_a_lettered_vitamin_and_its_deficiency_are_one_concept(G):
    found = triples(G, "Signs of a vitamin K deficiency:\n\n- Bruising\n- Nosebleeds", "en")
    assert found and all(s == "vitamin_k_deficiency" for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "subject", "not_subject"),
    [
        ("Kalium brengt de bloedvaten tot rust, verlaagt de bloeddruk en beschermt het hart.", "nl", "potassium",
         "bloedvat"),
        ("Magnesium keeps the muscles at ease, lowers blood pressure and improves sleep.", "en", "magnesium", "muscle"),
    ],
)  # fmt: skip
def test_the_object_of_a_verb_the_cues_lack_is_no_subject_of_the_verbs_after_it(G, text, lang, subject, not_subject):
    found = triples(G, text, lang)
    assert any(s == subject for s, _, _ in found), found
    assert not any(s == not_subject for s, _, _ in found), found


def test_a_list_of_subjects_before_the_verb_still_acts(G):
    found = triples(G, "Noise, heat, too much caffeine and even chronic pain can raise cortisol.", "en")
    assert {s for s, t, _ in found if t == "cortisol"} >= {"noise", "caffeine"}, found


@pytest.mark.parametrize(
    ("text", "verb", "target"),
    [
        ("Silicon helps build connective tissue.", "build", "connective_tissue"),
        ("Fibre helps shield the gut lining.", "shield", "gut_lining"),
    ],
)
def test_the_word_after_helps_is_a_verb_and_its_object_the_concept(G, text, verb, target):
    found = triples(G, text, "en")
    assert not any(verb in (s, t) for s, t, _ in found), found
    assert any(t == target for _, t, _ in found), found


def test_a_noun_after_helps_is_still_a_concept(G):
    assert ("zinc", "digestion", 1) in triples(G, "Zinc helps digestion.", "en")


def test_a_plural_noun_before_that_is_no_verb(G):
    found = triples(G, "Vitamin E protects cells against free radicals that damage them.", "en")
    assert not any("free" in (s, t) for s, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "named"),
    [
        ("Eiwitten bevorderen het herstel en de groei van je spieren.", "nl", {"herstel_van_spier", "groei_van_spier"}),
        ("Protein supports the repair and growth of your muscles.", "en", {"repair_of_muscle", "growth_of_muscle"}),
    ],
)
def test_two_nouns_sharing_what_they_are_of_are_both_of_it(G, text, lang, named):
    assert named <= {t for _, t, _ in triples(G, text, lang)}


def test_a_dutch_noun_and_a_comparative_after_it_are_no_concept(G):
    found = triples(G, "Bij stress wordt je huid schilferiger en daalt de weerstand.", "nl")
    assert ("stress", "weerstand", -1) in found
    assert not any("schilferig" in s or "schilferig" in t for s, t, _ in found), found


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        ("Zinc and your health\n\nZinc is a mineral found in meat.\n\nBoosts Immunity\n\nZinc is found in oysters.",
         "en", ("zinc", "immunity", 1)),
        ("Kalium en je hart\n\nKalium zit in bananen.\n\nVerlaagt de bloeddruk\n\nKalium zit ook in noten.",
         "nl", ("potassium", "bloeddruk", -1)),
    ],
)  # fmt: skip
def test_a_heading_that_opens_with_a_verb_speaks_of_the_texts_main_concept(G, text, lang, claim):
    assert claim in triples(G, text, lang)


def test_a_word_in_s_after_a_concept_and_an_adverb_is_its_verb(G):
    from graph.extraction.claims import SentenceReader
    from graph.extraction.concepts import ConceptIndex

    _, mentions, _ = SentenceReader(G, ConceptIndex(G), "en").read("The gut then absorbs iron from the food.")
    assert not any("absorb" in str(m.node) for m in mentions), mentions
