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


def test_a_hedged_list_lead_hedges_its_items(G):
    hedged = _claims(G, "Te weinig magnesium kan deze klachten geven:\n\n- Spierkrampen\n- Vermoeidheid\n", "nl")
    assert hedged and all(h for _, _, h in hedged)


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
