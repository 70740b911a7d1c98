"""Reach of the candidate pool (issue 25, branch x25pool): names a reader uses, cues of grammar.

A head noun after "the"/"this"/"die" names the concept named in full before it; a noun said to be
in a state names that state; a Dutch separable verb of change and "make X stronger" are cues. The
sentences are written here; none is taken from a text of the corpus.
"""

from __future__ import annotations

import pytest

import graph
from bench.miss_kinds import KINDS, Kinds, classify_text, kinds_table
from graph.extraction.evaluate import Gold, numbered_sentences
from tests.extraction.extracted import triples


@pytest.fixture(scope="module")
def G(magnesium):
    return magnesium  # (tests/conftest.py: the default data, loaded once per module)


def _concepts(G, text: str, lang: str) -> list[str]:
    result = graph.extract([text], G, lang=lang)
    return [str(n) for _, _, n in result.mentions[result.articles[0].doc]]


# -- a head noun refers back ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Vitamin K helps the blood clot. Because the vitamin also feeds bones, it matters.", "en", "vitamin_k"),
        ("Vitamin K helps the blood clot. This vitamin also feeds bones.", "en", "vitamin_k"),
        ("Vitamine K helpt bij de stolling. Daarom is de vitamine nodig.", "nl", "vitamine_k"),
        ("Eet genoeg vezelrijke granen. Die granen vullen de maag.", "nl", "vezelrijke_graan"),
    ],
)
def test_a_head_noun_after_an_article_or_a_pointing_word_names_the_concept_named_before(G, text, lang, concept):
    named = _concepts(G, text, lang)
    assert named.count(concept) == 2, named
    assert "vitamin" not in named and "vitamine" not in named


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Vitamin K helps the blood clot. The vitamins of group B feed nerves.", "en", "vitamin"),  # plural: in general
        ("Rode bloedcellen vervoeren zuurstof. De bloedcellen zijn rood.", "nl", "bloedcel"),  # an article: no code
    ],
)
def test_a_plural_in_english_and_a_head_after_an_article_without_a_code_stay_their_own(G, text, lang, word):
    named = _concepts(G, text, lang)
    assert any(word in n for n in named[1:]), named
    assert named.count(named[0]) == 1, named


def test_a_name_of_two_concepts_listed_has_no_head(G):
    named = _concepts(G, "Hart- en bloedvaten lijden onder stress. Deze bloedvaten worden stijf.", "nl")
    assert "cardiovascular_system" not in named[1:], named


# -- a noun in a state ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Bij een tekort aan zink wordt de huid droog.", "nl", "droge_huid"),
        ("Zonder vocht raken de lippen schraal.", "nl", "schrale_lip"),
        ("With too little zinc, nails that are dry appear.", "en", "dry_nail"),
        ("A lack of zinc can make the tongue thicker.", "en", "thicker_tongue"),
    ],
)
def test_a_noun_said_to_be_in_a_state_names_that_state(G, text, lang, concept):
    assert concept in _concepts(G, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("Bij stress wordt de huid schilferiger.", "nl", "schilferig"),  # a comparative: a change, not a name
        ("Slaap is belangrijk voor de huid.", "nl", "belangrijk"),  # a judgement
        ("The skin is important for zinc.", "en", "important"),
    ],
)
def test_a_comparative_after_a_verb_of_becoming_and_a_judgement_name_no_state(G, text, lang, word):
    assert not any(word in n for n in _concepts(G, text, lang))


def test_a_concept_of_the_data_is_not_renamed_by_its_state(G):
    assert "stress" in _concepts(G, "Door slaaptekort wordt stress chronisch.", "nl")


def test_attributive_forms_of_dutch_adjectives():
    from graph.extraction.states import attributive

    assert [attributive(w, "nl") for w in ("droog", "dik", "stroef", "grijs", "stroperig", "schraal")] == [
        "droge", "dikke", "stroeve", "grijze", "stroperige", "schrale",
    ]  # fmt: skip


# -- cues of grammar -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Door stress gaat de bloeddruk omhoog.", ("stress", "bloeddruk", 1)),
        ("Bij stress neemt de slaap af.", ("stress", "sleep", -1)),
        ("Door cafeïne gaat de slaap achteruit.", ("caffeine", "sleep", -1)),
    ],
)
def test_a_dutch_separable_verb_of_change_is_a_cue(G, text, claim):
    assert claim in triples(G, text, "nl")


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        ("Magnesium makes the heart stronger.", "en", ("magnesium", "cardiovascular_system", 1)),
        ("Stress makes muscle cramps worse.", "en", ("stress", "muscle_cramps", 1)),
        ("Caffeine makes sleep less deep.", "en", ("caffeine", "deep_sleep", -1)),
        ("Slaaptekort maakt depressie waarschijnlijker.", "nl", ("slaaptekort", "depression", 1)),
        ("Cafeïne maakt de slaap korter.", "nl", ("caffeine", "sleep", -1)),
    ],
)
def test_making_something_stronger_or_weaker_raises_or_lowers_it(G, text, lang, claim):
    assert claim in triples(G, text, lang)


def test_a_comparative_after_make_is_no_hedge_and_a_hedge_still_hedges():
    G = graph.load()
    plain = graph.extract(["Slaaptekort maakt depressie waarschijnlijker."], G, lang="nl").candidates
    assert not plain["hedged"].any() and len(plain) == 1
    hedged = graph.extract(["Slaaptekort kan depressie waarschijnlijker maken."], G, lang="nl").candidates
    assert hedged["hedged"].all()


@pytest.mark.parametrize(
    "text",
    ["Stress does not make muscle cramps worse.", "There is no evidence that stress makes cramps worse."],
)
def test_a_denied_making_gives_no_claim(G, text):
    assert not triples(G, text, "en")


# -- the kinds of missed claims (bench.miss_kinds) -----------------------------------------------


def test_each_missed_claim_gets_the_kind_of_what_stopped_it(G):
    body = (
        "Sleep\n\nStress raises cortisol.\nIt also tires the mind.\n"
        "Sugary drinks and stress relate.\nCaffeine lowers sleep."
    )
    # sentence 2 is found; 3: its subject is "it"; 4: "sugary drinks" is not named as sugar is; 5: the other sign
    rows = [
        {"sentence": "2", "subject": "stress", "object": "cortisol", "sign": "1", "hedged": "0"},
        {"sentence": "3", "subject": "stress", "object": "fatigue", "sign": "1", "hedged": "0"},
        {"sentence": "4", "subject": "sugar", "object": "stress", "sign": "1", "hedged": "0"},
        {"sentence": "5", "subject": "caffeine", "object": "sleep", "sign": 1, "hedged": "0"},
    ]
    concepts = {"sugar": {"names": "sugar|sweet"}, "fatigue": {"names": "fatigue|tire"}}
    gold = Gold.read_rows([{k: str(v) for k, v in r.items()} for r in rows], concepts)
    result = graph.extract([body], G, lang="en")
    spans = numbered_sentences(body, header_lines=0)
    labels = {str(n): str(d.get("label", n)) for n, d in G.nodes(data=True)}
    labels.update({str(r["id"]): str(r["label"]) for r in result.new_concepts.to_dict("records")})
    doc = result.articles[0].doc
    kinds = classify_text(
        G, body, "en", gold, spans, result.candidates.to_dict("records"), result.candidates.to_dict("records"),
        result.mentions[doc], labels, {},
    )  # fmt: skip
    got = {sentence: kind for kind, sentence, *_ in kinds.misses}
    assert 2 not in got
    assert got[3] == "a subject not named"
    assert got[4] == "b subject not recognised"
    assert got[5] == "d wrong sign"
    table = kinds_table({"t": ("en", kinds)})
    assert table[0]["language"] == "nl" and table[0]["missed"] == 0
    assert table[1]["missed"] == len(kinds.misses) == sum(table[1][k] for k in KINDS)


def test_a_kinds_row_counts_what_the_pool_holds():
    kinds = Kinds([("c no cue", 1, "a", "b", 1, True), ("d not formed", 2, "a", "c", 1, False)])
    assert kinds.pooled() == 1 and kinds.counts()["c no cue"] == 1


@pytest.mark.parametrize(
    ("text", "relation"),
    [("Verder gaat de bloeddruk omhoog.", "increases"), ("Daarnaast neemt de eetlust af, en ...", "decreases")],
)
def test_the_cue_of_a_separable_verb_stands_at_its_finite_verb(text, relation):
    from graph.extraction.cues import cue_book
    from graph.extraction.tokens import tokenize

    cues = [(h.first, h.relation) for h in cue_book("nl").scan(tokenize(text, "nl")) if h.kind == "cue"]
    assert cues == [(1, relation)]


# -- one concept, two spellings --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Eiwit helpt de spiergroei. Leucine bevordert de groei van je spieren.", "nl", "spiergroei"),
        ("Eiwit helpt de groei van je spieren. Leucine bevordert de spiergroei.", "nl", "groei_van_spier"),
        ("Protein supports blood volume. Water raises the volume of your blood.", "en", "blood_volume"),
    ],
)
def test_a_name_linked_by_van_or_of_and_its_compound_are_one_concept(G, text, lang, concept):
    found = triples(G, text, lang)
    assert {t for _, t, _ in found} == {concept}, found


def test_a_compound_is_not_the_linked_name_of_another_order(G):
    found = triples(G, "Eiwit helpt de spiergroei. Leucine bevordert de groei van eiwit.", "nl")
    assert ("leucine", "spiergroei", 1) not in found


# -- a change with no doer after a linking word ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Stress verhoogt de kans op depressie. Verder gaat de bloeddruk omhoog.", ("stress", "bloeddruk", 1)),
        ("Stress verhoogt het cortisol. Daardoor stijgt de bloeddruk.", ("stress", "bloeddruk", 1)),
        (
            "Een tekort aan slaap verhoogt de kans op depressie. Daarnaast neemt de eetlust toe.",
            ("sleep", "eetlust", -1),
        ),
    ],
)
def test_a_dutch_change_after_a_linking_word_is_done_by_the_subject_before(G, text, claim):
    assert claim in triples(G, text, "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Stress verhoogt de kans op depressie. Daarnaast reageer je trager.",  # a person is the subject
        "Stress verhoogt het cortisol. Daardoor verhoogt cafeïne de bloeddruk.",  # a doer after the verb
        "Stress verhoogt het cortisol. Daarnaast bevatten noten en zaden magnesium.",  # a verb with an object
    ],
)
def test_no_doer_is_carried_to_a_person_a_doer_of_its_own_or_a_verb_with_an_object(G, text):
    found = triples(G, text, "nl")
    assert not any(s == "stress" for s, t, _ in found if t not in ("depression", "cortisol")), found
