"""Two promises of ``extract``: a denied claim is never proposed; a hedged sentence gives hedged claims.

The sentences are written for these tests, in both languages, about concepts of the magnesium data.
The same promises are then checked on every candidate of the development corpus (skipped, saying
why, where ``../shared/corpus/`` is absent).
"""

from __future__ import annotations

import pytest

import graph
from bench.extraction_eval import available, parts, text_path
from graph.extraction.article import parse_article
from graph.extraction.cues import cue_book
from graph.extraction.tokens import tokenize


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _claims(G, text: str, lang: str) -> list[tuple[str, str, bool]]:
    frame = graph.extract([text], G, lang=lang).candidates
    return [(str(r.source), str(r.target), bool(r.hedged)) for r in frame.itertuples()]


DENIED = [
    ("en", "Caffeine does not cause sleep problems."),
    ("en", "Caffeine doesn't cause sleep problems."),
    ("en", "Magnesium doesn’t reduce stress."),
    ("en", "There is no evidence that magnesium prevents muscle cramps."),
    ("en", "Stress never causes insomnia."),
    ("en", "It is not true that caffeine improves sleep."),
    ("en", "Larger studies did not confirm that magnesium improves sleep."),
    ("en", "Studies found no link between caffeine and sleep problems."),
    ("en", "Magnesium cannot prevent muscle cramps."),
    ("nl", "Cafeïne veroorzaakt geen slaapproblemen."),
    ("nl", "Er is geen bewijs dat magnesium spierkrampen voorkomt."),
    ("nl", "Magnesium vermindert stress niet."),
    ("nl", "Het is niet bewezen dat magnesium de slaap verbetert."),
    ("nl", "Stress leidt niet tot slapeloosheid."),
    ("nl", "Grotere studies konden niet bevestigen dat magnesium de slaap verbetert."),
    ("nl", "Er is geen verband tussen cafeïne en slaapproblemen."),
    # a negated report governs the claim after "that"/"dat"; a negated word of evidence with an adjective
    ("en", "No study has shown that magnesium improves sleep."),
    ("en", "Nobody has proven that magnesium improves sleep."),
    ("en", "Studies have failed to show that magnesium improves sleep."),
    ("en", "This does not mean that caffeine causes sleep problems."),
    ("en", "There is no scientific evidence that magnesium prevents cramps."),
    ("en", "There is insufficient evidence that magnesium prevents cramps."),
    ("en", "It is unlikely that caffeine causes sleep problems."),
    ("en", "Magnesium is unlikely to prevent muscle cramps."),
    ("en", "The idea that caffeine causes sleep problems is a misconception."),
    ("nl", "Onderzoek toont niet aan dat magnesium de slaap verbetert."),
    ("nl", "Studies hebben niet kunnen aantonen dat magnesium de slaap verbetert."),
    ("nl", "Geen enkele studie laat zien dat magnesium de slaap verbetert."),
    ("nl", "Niemand heeft bewezen dat magnesium de slaap verbetert."),
    ("nl", "Dit betekent niet dat cafeïne slaapproblemen veroorzaakt."),
    ("nl", "Er is geen wetenschappelijk bewijs dat magnesium krampen voorkomt."),
    ("nl", "Er is onvoldoende bewijs dat magnesium krampen voorkomt."),
    ("nl", "Het is onwaarschijnlijk dat cafeïne slaapproblemen veroorzaakt."),
    ("nl", "Dat cafeïne slaapproblemen veroorzaakt, klopt niet."),
]

HEDGED = [
    ("en", "Magnesium may reduce stress."),
    ("en", "Magnesium might prevent muscle cramps."),
    ("en", "Magnesium can improve sleep."),
    ("en", "Magnesium possibly improves sleep."),
    ("en", "Magnesium probably improves sleep."),
    ("en", "Research suggests that magnesium improves sleep."),
    ("en", "Magnesium could lower cortisol."),
    ("nl", "Magnesium kan stress verminderen."),
    ("nl", "Magnesium vermindert mogelijk stress."),
    ("nl", "Magnesium zou de slaap kunnen verbeteren."),
    ("nl", "Magnesium verbetert misschien de slaap."),
    ("nl", "Onderzoek suggereert dat magnesium de slaap verbetert."),
    ("nl", "Magnesium verbetert waarschijnlijk de slaap."),
    # reported, apparent, counterfactual, associated: each says less than a plain claim
    ("en", "Magnesium would lower cortisol."),
    ("en", "Magnesium reportedly improves sleep."),
    ("en", "Magnesium apparently improves sleep."),
    ("en", "Magnesium is said to improve sleep."),
    ("en", "Magnesium is linked to better sleep."),
    ("en", "Low magnesium is associated with muscle cramps."),
    ("nl", "Magnesium schijnt de slaap te verbeteren."),
    ("nl", "Naar verluidt verbetert magnesium de slaap."),
    ("nl", "Magnesium wordt in verband gebracht met een betere slaap."),
    ("nl", "Magnesium wordt geassocieerd met minder stress."),
    ("nl", "Het is aannemelijk dat magnesium de slaap verbetert."),
]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_sentence_that_denies_a_claim_proposes_nothing(G, lang, text):
    assert _claims(G, text, lang) == []


@pytest.mark.parametrize(("lang", "text"), HEDGED)
def test_a_hedged_sentence_gives_its_claim_hedged(G, lang, text):
    claims = _claims(G, text, lang)
    assert claims, text
    assert all(hedged for _, _, hedged in claims), claims


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Magnesium reduces stress.", ("magnesium", "stress")),
        ("nl", "Magnesium verbetert de slaap.", ("magnesium", "sleep")),
    ],
)
def test_the_same_claim_stated_plainly_is_proposed_unhedged(G, lang, text, pair):
    assert [(s, t) for s, t, hedged in _claims(G, text, lang) if not hedged] == [pair]


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("en", "Caffeine may raise cortisol, but this is unlikely to last long.", ("caffeine", "cortisol")),
        ("en", "What many people do not know is that stress reduces sleep.", ("stress", "sleep")),
        ("nl", "Wat velen niet weten, is dat stress de slaap verstoort.", ("stress", "sleep")),
    ],
)
def test_a_negation_outside_the_claim_denies_nothing(G, lang, text, pair):
    """ "unlikely to last" is no "unlikely to cause"; not knowing that X is the case still says it is."""
    assert pair in {(s, t) for s, t, _ in _claims(G, text, lang)}, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Te weinig magnesium kan deze klachten geven:\n\n- Spierkrampen\n- Vermoeidheid\n"),
        ("en", "Magnesium may:\n\n- lower stress\n- improve sleep\n"),  # items that open with their verb
        ("nl", "# Kan magnesium helpen?\n\n- Magnesium verlaagt stress\n"),  # a heading that asks
        ("en", "Possible benefits of magnesium:\n\n- Better sleep\n- Less stress\n"),
    ],
)
def test_a_hedged_list_lead_hedges_its_items(G, lang, text):
    hedged = _claims(G, text, lang)
    assert hedged and all(h for _, _, h in hedged), hedged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Onderzoek toont niet aan dat magnesium helpt bij:\n\n- Spierkrampen\n- Stress\n"),
        ("en", "There is no scientific evidence that magnesium helps with:\n\n- Muscle cramps\n- Stress\n"),
    ],
)
def test_a_list_whose_lead_denies_proposes_nothing(G, lang, text):
    assert _claims(G, text, lang) == []


def test_no_candidate_of_the_development_texts_comes_from_a_denial_and_every_hedge_hedges():
    G = graph.load()
    checked = 0
    for t in available(parts()):  # the repository's texts everywhere, ../shared/corpus where it is
        if t["part"] != "dev":
            continue
        body = "\n".join(text_path(t["file"]).read_text("utf-8").split("\n")[3:])
        book = cue_book(t["language"])
        frame = graph.extract([parse_article(body, doc=t["file"])], G, lang=t["language"]).candidates
        for row in frame.itertuples():
            kinds = {h.kind for h in book.scan(tokenize(str(row.sentence), t["language"]))}
            assert "denial" not in kinds, (t["file"], row.sentence)
            assert row.hedged or "hedge" not in kinds, (t["file"], row.sentence)
            checked += 1
    assert checked > 50
