"""Rules written from the development part, each on sentences written for these tests."""

from __future__ import annotations

import pytest

import graph


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _pairs(G, text: str, lang: str) -> set[tuple[str, str]]:
    frame = graph.extract([text], G, lang=lang).candidates
    return {(str(r.source), str(r.target)) for r in frame.itertuples()}


def test_a_bare_synonym_of_a_magnesium_concept_names_it_only_in_a_text_about_magnesium(G):
    other = _pairs(G, "Taking supplements of tryptophan can improve sleep.", "en")
    assert not any("magnesium" in a or "magnesium" in b for a, b in other)
    about = _pairs(G, "Magnesium is a mineral. Taking supplements can improve sleep.", "en")
    assert ("magnesium_supplements", "sleep") in about


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In individuals with insomnia, tryptophan may improve sleep."),
        ("nl", "Bij mensen met slapeloosheid kan tryptofaan de slaap verbeteren."),
    ],
)
def test_the_people_studied_are_no_doer(G, lang, text):
    pairs = _pairs(G, text, lang)
    assert ("tryptophan", "sleep") in pairs
    assert not any(a == "sleep_problems" for a, _ in pairs)


def test_an_example_names_a_kind_only_of_the_concept_just_before_it(G):
    text = "Magnesium ondersteunt talloze processen in het lichaam, zoals de spierfunctie."
    assert ("muscle_function", "magnesium") not in _pairs(G, text, "nl")


@pytest.mark.parametrize(
    "text",
    [
        "Stress kan vermoeidheid, hoofdpijn en duizeligheid veroorzaken.",
        "Stress kan vermoeidheid, hoofdpijn en duizeligheid geven.",
    ],
)
def test_a_dutch_list_of_objects_before_the_verb_gives_each_its_claim(G, text):
    pairs = _pairs(G, text, "nl")
    assert {("stress", "fatigue"), ("stress", "hoofdpijn"), ("stress", "duizeligheid")} <= pairs


def test_a_participle_in_a_list_of_effects_is_no_verb(G):
    pairs = _pairs(G, "Te weinig magnesium kan spierkrampen, stijve spieren en vertraagd herstel geven.", "nl")
    assert {("magnesium_deficiency", "muscle_cramps"), ("magnesium_deficiency", "stijve_spier")} <= pairs


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Caffeine is a stimulant. It disrupts sleep.", ("caffeine", "sleep")),
        ("en", "Melatonin, a hormone that induces sleepiness, is made at night.", ("melatonin", "sleepiness")),
        ("en", "Bananas are rich in potassium.", ("banana", "potassium")),
        ("en", "Potassium is found in bananas.", ("banana", "potassium")),
        ("nl", "Magnesium is een bouwstof voor gezonde botten.", ("magnesium", "bones")),
        ("nl", "Bananen zijn rijk aan kalium.", ("banaan", "potassium")),
        ("nl", "Kalium zit in bananen.", ("banaan", "potassium")),
        ("nl", "Cafeïne verstoort de slaap.", ("caffeine", "sleep")),  # not the concept "verstoorde slaap"
    ],
)
def test_cue_words_of_the_language_give_the_claim_in_its_direction(G, lang, text, pair):
    assert pair in _pairs(G, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agent", "effects"),
    [
        ("en", "Too little iron can cause trouble: fatigue, headache and pale skin.", "iron",
         {"fatigue", "headache", "pale_skin"}),
        ("nl", "Te weinig magnesium maakt spieren kwetsbaar: spierkrampen, vermoeidheid en hoofdpijn.",
         "magnesium_deficiency", {"muscle_cramps", "fatigue", "hoofdpijn"}),
    ],
)  # fmt: skip
def test_what_a_colon_lists_after_a_claim_of_harm_are_effects_of_its_doer(G, lang, text, agent, effects):
    frame = graph.extract([text], G, lang=lang).candidates
    found = {str(r.target): int(r.sign) for r in frame.itertuples() if r.source == agent}
    assert effects <= found.keys(), found
    lacking = agent == "iron"  # named as lacking: less iron, more of each effect
    assert {found[e] for e in effects} == ({-1} if lacking else {1})


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Magnesium helpt stress beter opvangen."), ("en", "Magnesium helps the body cope with stress.")],
)
def test_helping_to_cope_with_stress_lowers_it(G, lang, text):
    frame = graph.extract([text], G, lang=lang).candidates
    assert [(r.source, r.target, r.sign) for r in frame.itertuples()] == [("magnesium", "stress", -1)]
