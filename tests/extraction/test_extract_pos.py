"""The part-of-speech lexicon (issue 25): it loads, tags words, and names and subjects follow it.

The sentences are written here; none is taken from a text of the corpus.
"""

from __future__ import annotations

import pytest

import graph
from bench import build_pos_lexicon
from graph.extraction.pos import lexicon, names_nothing, tag_word
from tests.extraction.extracted import proposed, triples


@pytest.fixture(scope="module")
def G():
    return graph.load()


@pytest.mark.parametrize(
    ("word", "lang", "tag"),
    [
        ("de", "nl", "DET"), ("en", "nl", "CCONJ"), ("van", "nl", "ADP"), ("omdat", "nl", "SCONJ"),
        ("zij", "nl", "PRON"), ("the", "en", "DET"), ("and", "en", "CCONJ"), ("can", "en", "AUX"),
        ("because", "en", "SCONJ"), ("they", "en", "PRON"),
    ],
)  # fmt: skip
def test_the_lexicon_tags_the_closed_words_of_each_language(word, lang, tag):
    assert tag_word(word, lang) == tag


def test_a_word_the_lexicon_lacks_is_tagged_by_its_lemma_or_its_shape():
    assert "zonlichtgebrek" not in lexicon("nl")
    assert tag_word("zonlichtgebrek", "nl") == "NOUN"  # a Dutch compound: a noun
    assert tag_word("Zwolle", "nl") == "PROPN"
    assert tag_word("verhoogt", "nl", lemma="verhogen") == "VERB"
    assert tag_word("slowly", "en") == "ADV"
    assert tag_word("12,5", "nl") == "NUM"
    assert tag_word("hoi", "xx") == "NOUN"  # a language without a lexicon: every word a noun


def test_only_a_word_seen_often_as_a_verb_or_adverb_and_never_as_a_noun_names_nothing():
    assert names_nothing("usually", "en") and names_nothing("omdat", "nl") and names_nothing("the", "en")
    assert not names_nothing("stress", "en")  # seen twice as a verb: too few to trust
    assert not names_nothing("light", "en")  # also an adjective and a noun
    assert not names_nothing("vocht", "nl", lemma="vochten")  # the lexicon knows neither: no proof


@pytest.mark.parametrize(
    ("text", "adverb", "pair"),
    [
        ("Zink helpt enigszins tegen verkoudheid.", "enigszins", ("zink", "verkoudheid")),
        ("Zink verhoogt meestal de weerstand.", "meestal", ("zink", "weerstand")),  # "nauwelijks" denies
    ],
)
def test_an_adverb_the_lexicon_knows_is_never_a_concept(G, text, adverb, pair):
    assert adverb not in proposed(G, text, "nl")
    found = triples(G, text, "nl")
    assert any((s, t) == pair for s, t, _ in found)
    assert not any(adverb in (s, t) for s, t, _ in found)


def test_a_compound_the_lexicon_lacks_becomes_a_noun_phrase(G):
    assert ("zonlichtgebrek", "vitaminespiegel", -1) in triples(G, "Zonlichtgebrek verlaagt de vitaminespiegel.", "nl")


@pytest.mark.parametrize(
    ("text", "lang", "pair", "not_subject"),
    [
        ("Na een training verhoogt magnesium de energie.", "nl", ("magnesium", "energie"), "training"),
        ("In the muscles, magnesium raises the energy.", "en", ("magnesium", "energy"), "muscle"),
    ],
)
def test_a_concept_in_a_prepositional_phrase_before_the_verb_is_not_its_subject(G, text, lang, pair, not_subject):
    found = triples(G, text, lang)
    assert any((s, t) == pair for s, t, _ in found)
    assert not any(s == not_subject for s, _, _ in found)


def test_a_dutch_subject_that_names_no_concept_leaves_the_phrase_as_it_was(G):
    # "ons lichaam" follows the verb: no concept is the subject, so magnesium stays the doer, not melatonin
    found = triples(G, "Met voldoende magnesium kan ons lichaam melatonine aanmaken.", "nl")
    assert ("magnesium", "melatonin", 1) in found
    assert not any(s == "melatonin" for s, _, _ in found)


def test_the_build_gives_the_shipped_lexicons_byte_for_byte(tmp_path):
    ud = build_pos_lexicon.UD
    if not all(p.is_file() for lang in build_pos_lexicon.TREEBANKS for p in build_pos_lexicon.files(ud, lang, "dev")):
        pytest.skip(f"the UD treebanks are not at {ud} (../shared/ud beside the checkout)")
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    assert build_pos_lexicon.main(["--ud", str(ud), "--out", str(first)]) == 0
    assert build_pos_lexicon.main(["--ud", str(ud), "--out", str(second)]) == 0
    for lang in build_pos_lexicon.TREEBANKS:
        built = (first / f"pos_{lang}.tsv").read_bytes()
        assert built == (second / f"pos_{lang}.tsv").read_bytes()
        assert built == (build_pos_lexicon.OUT / f"pos_{lang}.tsv").read_bytes()
        assert len(built) < 1_000_000


def test_the_build_refuses_a_folder_without_the_treebanks(tmp_path, capsys):
    assert build_pos_lexicon.main(["--ud", str(tmp_path), "--out", str(tmp_path)]) == 2
    assert "expected the UD treebanks" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Iron raises white blood cells.", "white_blood_cell"),  # not "white" alone, nor "blood cell"
        ("Iron helps the body make white blood cells.", "white_blood_cell"),  # the object of a verb
        ("Green leafy vegetables contain iron.", "green_leafy_vegetable"),
    ],
)
def test_an_adjective_and_the_two_nouns_it_qualifies_are_one_concept(G, text, concept):
    found = proposed(G, text, "en")
    assert concept in found
    assert "white" not in found
