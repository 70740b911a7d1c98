"""The parse step of ``extract``: who does what to whom from a dependency tree.

Most tests give ``extract`` parses written by hand (``parse_fixture``), so they run without spaCy
or a trained model, as CI does. The last ones load a real pipeline and are skipped, saying why,
unless spaCy is installed and ``CONCEPT_GRAPH_PARSER`` names a model folder
(``python -m bench.train_parser --out DIR``; the folder with ``nl/`` and ``en/`` under it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph
from graph.cli import cli
from graph.extraction.parsed import ParseError, find_pipeline, load_parsers
from tests.extraction.parse_fixture import HandParser, written
from tests.extraction.test_extract_guarantees import DENIED, HEDGED


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _claims(G, text: str, lang: str, parser) -> list[tuple[str, str, int, bool]]:
    frame = graph.extract([text], G, lang=lang, model={lang: parser}).candidates
    return [(str(r.source), str(r.target), int(r.sign), bool(r.hedged)) for r in frame.itertuples()]


# "De slaap verbetert magnesium" read as object first (Dutch allows it): magnesium improves sleep.
OBJECT_FIRST = written(
    {
        "De slaap verbetert magnesium.": """
            De 2 det DET
            slaap 3 obj NOUN
            verbetert 0 root VERB
            magnesium 3 nsubj NOUN
            . 3 punct PUNCT
        """,
        "Magnesium vermindert geen stress.": """
            Magnesium 2 nsubj NOUN
            vermindert 0 root VERB
            geen 4 det DET
            stress 2 obj NOUN
            . 2 punct PUNCT
        """,
        "Stress, which magnesium lowers, reduces sleep.": """
            Stress 7 nsubj NOUN
            , 1 punct PUNCT
            which 5 obj PRON
            magnesium 5 nsubj NOUN
            lowers 1 acl:relcl VERB
            , 1 punct PUNCT
            reduces 0 root VERB
            sleep 7 obj NOUN
            . 7 punct PUNCT
        """,
    }
)


def test_the_parse_decides_who_does_what(G):
    rules = graph.extract(["De slaap verbetert magnesium."], G, lang="nl").candidates
    assert [(r.source, r.target) for r in rules.itertuples()] == [("sleep", "magnesium")]  # first concept first
    parser = HandParser("nl", OBJECT_FIRST)
    assert _claims(G, "De slaap verbetert magnesium.", "nl", parser) == [("magnesium", "sleep", 1, False)]
    assert parser.seen == ["De slaap verbetert magnesium."]


def test_a_negation_on_the_object_in_the_parse_denies_the_claim(G):
    parser = HandParser("nl", OBJECT_FIRST)
    assert _claims(G, "Magnesium vermindert geen stress.", "nl", parser) == []


def test_a_relative_clause_speaks_of_its_own_subject(G):
    claims = _claims(G, "Stress, which magnesium lowers, reduces sleep.", "en", HandParser("en", OBJECT_FIRST))
    pairs = {(s, t) for s, t, _, _ in claims}
    assert ("magnesium", "stress") in pairs
    assert ("stress", "sleep") in pairs
    assert ("magnesium", "sleep") not in pairs


CODES = written(
    {
        "Vitamine A verbetert de slaap.": """
            Vitamine 3 nsubj NOUN
            A 1 det DET
            verbetert 0 root VERB
            de 5 det DET
            slaap 3 obj NOUN
            . 3 punct PUNCT
        """,
        "Magnesium voorkomt hoofdpijn.": """
            Magnesium 2 nsubj NOUN
            voorkomt 0 root VERB
            hoofdpijn 2 obj AUX
            . 2 punct PUNCT
        """,
        "Magnesium voorkomt griep.": """
            Magnesium 2 nsubj NOUN
            voorkomt 0 root VERB
            griep 2 obj VERB
            . 2 punct PUNCT
        """,
        "Magnesium leidt tot 'vechten of vluchten'.": """
            Magnesium 2 nsubj NOUN
            leidt 0 root VERB
            tot 5 case ADP
            ' 5 punct PUNCT
            vechten 2 obl NOUN
            of 7 cc CCONJ
            vluchten 5 conj VERB
            ' 5 punct PUNCT
            . 2 punct PUNCT
        """,
        "Magnesium leaves you drowsy.": """
            Magnesium 2 nsubj NOUN
            leaves 0 root VERB
            you 4 nsubj PRON
            drowsy 2 xcomp VERB
            . 2 punct PUNCT
        """,
        "Magnesium prevents overdoing.": """
            Magnesium 2 nsubj NOUN
            prevents 0 root VERB
            overdoing 2 obj VERB
            . 2 punct PUNCT
        """,
    }
)


def test_a_letter_ending_a_new_name_stays_whatever_its_tag(G):
    # the tagger takes the "A" of "Vitamine A" for an article; the name is still a noun phrase
    assert _claims(G, "Vitamine A verbetert de slaap.", "nl", HandParser("nl", CODES)) == [
        ("vitamine_a", "sleep", 1, False)
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Magnesium voorkomt hoofdpijn.", "hoofdpijn"),  # the treebanks' lexicon knows it as a noun
        ("Magnesium voorkomt griep.", "griep"),  # a Dutch word the lexicon lacks, shaped as a noun
        ("Magnesium leidt tot 'vechten of vluchten'.", "vechten_of_vlucht"),  # a name in quotation marks
    ],
)
def test_a_new_name_the_tagger_takes_for_a_verb_stays_where_the_lexicon_says_noun(G, text, target):
    assert [t for _, t, _, _ in _claims(G, text, "nl", HandParser("nl", CODES))] == [target]


def test_an_adjective_named_by_its_noun_stays_whatever_its_tag(G):
    assert _claims(G, "Magnesium leaves you drowsy.", "en", HandParser("en", CODES)) == [
        ("magnesium", "drowsiness", 1, False)
    ]


def test_a_new_name_the_tagger_takes_for_a_verb_and_nothing_overrules_is_dropped(G):
    rules = [("magnesium", "overdoing", -1, False)]
    assert _claims(G, "Magnesium prevents overdoing.", "en", HandParser("en")) == rules
    assert _claims(G, "Magnesium prevents overdoing.", "en", HandParser("en", CODES)) == []


TWO_OBJECTS = written(
    {
        "Dat komt doordat magnesium het zenuwstelsel zijn melatonine geeft.": """
            Dat 2 nsubj PRON
            komt 0 root VERB
            doordat 9 mark SCONJ
            magnesium 9 nsubj NOUN
            het 6 det DET
            zenuwstelsel 9 obj NOUN
            zijn 8 nmod:poss PRON
            melatonine 9 obj NOUN
            geeft 2 advcl VERB
            . 2 punct PUNCT
        """,
    }
)


def test_of_two_objects_the_one_who_receives_is_not_acted_on(G):
    text = "Dat komt doordat magnesium het zenuwstelsel zijn melatonine geeft."
    assert _claims(G, text, "nl", HandParser("nl", TWO_OBJECTS)) == [("magnesium", "melatonin", 1, False)]


DOER_AFTER = written(
    {
        "Sleep depends on magnesium.": """
            Sleep 2 nsubj NOUN
            depends 0 root VERB
            on 4 case ADP
            magnesium 2 obl NOUN
            . 2 punct PUNCT
        """,
        "Magnesium supports melatonin produced by the pineal gland.": """
            Magnesium 2 nsubj NOUN
            supports 0 root VERB
            melatonin 2 obj NOUN
            produced 3 acl VERB Tense=Past|VerbForm=Part
            by 8 case ADP
            the 8 det DET
            pineal 8 amod ADJ
            gland 4 obl:agent NOUN
            . 2 punct PUNCT
        """,
        "Melatonin is a hormone made in the pineal gland.": """
            Melatonin 4 nsubj NOUN
            is 4 cop AUX
            a 4 det DET
            hormone 0 root NOUN
            made 4 acl VERB Tense=Past|VerbForm=Part
            in 9 case ADP
            the 9 det DET
            pineal 9 amod ADJ
            gland 5 obl NOUN
            . 4 punct PUNCT
        """,
    }
)


def test_a_cue_whose_doer_follows_it_is_read_so_in_the_active_parse(G):
    # "depend on" is a cue of voice passive in the table: what follows it does the enabling
    assert _claims(G, "Sleep depends on magnesium.", "en", HandParser("en", DOER_AFTER)) == [
        ("magnesium", "sleep", 1, False)
    ]


def test_a_past_participle_describing_a_noun_is_a_passive(G):
    # "melatonin produced by the pineal gland": melatonin is what is made, the gland its maker
    text = "Magnesium supports melatonin produced by the pineal gland."
    pairs = {(s, t) for s, t, _, _ in _claims(G, text, "en", HandParser("en", DOER_AFTER))}
    assert ("pineal_gland", "melatonin") in pairs
    assert ("melatonin", "pineal_gland") not in pairs
    # "made in" is a cue whose doer follows it: the place named after it makes the noun described
    text = "Melatonin is a hormone made in the pineal gland."
    pairs = {(s, t) for s, t, _, _ in _claims(G, text, "en", HandParser("en", DOER_AFTER))}
    assert ("pineal_gland", "melatonin") in pairs
    assert not {("hormone", "pineal_gland"), ("melatonin", "pineal_gland")} & pairs


def test_without_a_tree_for_the_sentence_the_rules_read_it(G):
    parser = HandParser("en")  # gives no parse
    assert _claims(G, "Magnesium reduces stress.", "en", parser) == [("magnesium", "stress", -1, False)]


@pytest.mark.parametrize(("lang", "text"), DENIED)
def test_a_denied_sentence_proposes_nothing_whatever_the_parse_says(G, lang, text):
    assert _claims(G, text, lang, HandParser(lang, flat=True)) == []


@pytest.mark.parametrize(("lang", "text"), HEDGED)
def test_a_hedged_sentence_gives_hedged_claims_whatever_the_parse_says(G, lang, text):
    claims = _claims(G, text, lang, HandParser(lang, flat=True))
    assert claims, text
    assert all(hedged for *_, hedged in claims), claims


def test_a_model_folder_without_a_pipeline_is_an_error_that_says_what_is_expected(tmp_path, G):
    with pytest.raises(ParseError, match="no such folder"):
        load_parsers(tmp_path / "missing", ["nl"])
    with pytest.raises(ParseError, match="no parser for nl"):
        graph.extract(["Magnesium verbetert de slaap."], G, lang="nl", model=tmp_path)
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "config.cfg").write_text("[nlp]\n", "utf-8")
    (tmp_path / "en" / "meta.json").write_text('{"lang": "en"}', "utf-8")
    assert find_pipeline(tmp_path, "en") == tmp_path / "en"
    assert find_pipeline(tmp_path, "nl") is None


def test_the_folder_the_training_command_writes_is_found_by_its_pipeline(tmp_path):
    # bench.train_parser --out nl/ writes a training config.cfg beside model-last/, the pipeline
    (tmp_path / "nl" / "model-last").mkdir(parents=True)
    (tmp_path / "nl" / "config.cfg").write_text("[paths]\n", "utf-8")
    assert find_pipeline(tmp_path, "nl") is None
    (tmp_path / "nl" / "model-last" / "config.cfg").write_text("[nlp]\n", "utf-8")
    (tmp_path / "nl" / "model-last" / "meta.json").write_text('{"lang": "nl"}', "utf-8")
    assert find_pipeline(tmp_path, "nl") == tmp_path / "nl" / "model-last"
    assert find_pipeline(tmp_path / "nl", "nl") == tmp_path / "nl" / "model-last"
    assert find_pipeline(tmp_path / "nl", "en") is None


def test_extract_model_option_reports_a_bad_folder_without_a_traceback(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Magnesium verbetert de slaap.\n", "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", str(tmp_path)])
    assert result.exit_code != 0
    assert "no parser for nl" in result.output
    assert "Traceback" not in result.output


# -- with a trained pipeline ------------------------------------------------------------------


def _model() -> Path:
    folder = os.environ.get("CONCEPT_GRAPH_PARSER", "")
    if not folder or not Path(folder).is_dir():
        pytest.skip("set CONCEPT_GRAPH_PARSER to a trained parser folder (python -m bench.train_parser)")
    pytest.importorskip("spacy", reason="spaCy is not installed (the parser extra); CI installs only .[test]")
    return Path(folder)


@pytest.mark.slow
def test_with_a_trained_parser_denials_and_hedges_still_hold(G):
    model = _model()
    parsers = load_parsers(model, ["nl", "en"])
    for lang, text in DENIED:
        if lang in parsers:
            assert graph.extract([text], G, lang=lang, model=parsers).candidates.empty, text
    for lang, text in HEDGED:
        if lang in parsers:
            frame = graph.extract([text], G, lang=lang, model=parsers).candidates
            assert not frame.empty and frame["hedged"].all(), text
