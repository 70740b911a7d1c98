"""The hand annotations of the development corpus, and the figures measured against them.

Most texts are not in the repository; they are read from ``../shared/corpus/`` (next to the
repository) and the tests that need them skip, saying so, where they are absent. The
annotations (``tests/extraction/corpus/``) name sentences by number and quote nothing. The texts
of ``tests/extraction/corpus/texts/`` (our own rewordings) are in the repository and always tested.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import graph
from bench.extraction_eval import ANNOTATIONS, CORPUS, TEXTS, available, evaluate_corpus, parts, table
from graph.extraction.evaluate import Gold, match_document, numbered_sentences

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "extraction.md"
TEXTS_LISTED = parts()
OWN = [t for t in TEXTS_LISTED if (TEXTS / f"{t['file']}.txt").is_file()]
SHARED = [t for t in TEXTS_LISTED if t not in OWN]


def _need_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the corpus texts are not here: {CORPUS} (they live next to the repository)")


def _rows(stem: str) -> list[dict[str, str]]:
    with open(ANNOTATIONS / f"{stem}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_split_holds_every_text_once_and_the_repositorys_texts_only_in_development():
    files = [t["file"] for t in TEXTS_LISTED]
    assert len(files) == len(set(files)) == 30
    dev = [t for t in TEXTS_LISTED if t["part"] == "dev"]
    assert sorted(t["language"] for t in dev) == ["en"] * 10 + ["nl"] * 12
    assert {t["part"] for t in TEXTS_LISTED} == {"dev", "test"}
    assert sorted(t["language"] for t in OWN) == ["en"] * 6 + ["nl"] * 6
    assert {t["part"] for t in OWN} == {"dev"}
    assert {p.stem for p in TEXTS.glob("*.txt")} == {t["file"] for t in OWN}


def test_every_annotation_names_known_concepts_and_a_relation_of_its_sign():
    G = graph.load()
    with open(ANNOTATIONS / "concepts.csv", encoding="utf-8", newline="") as handle:
        concepts = {row["id"]: row for row in csv.DictReader(handle)}
    relations = {r: int(d["sign"]) for r, d in G.graph["relations"].items()}
    for t in TEXTS_LISTED:
        for row in _rows(t["file"]):
            for concept in row["subject"].split("|") + row["object"].split("|"):
                assert concept in G or concept in concepts, (t["file"], row)
            assert relations[row["relation"]] == int(row["sign"]), (t["file"], row)
            assert row["hedged"] in ("0", "1"), (t["file"], row)


def _counts(readme: Path) -> dict[str, int]:
    """A README's files table: file stem -> sentence count (the last column)."""
    rows = re.findall(r"^\| (\w+)\.txt \|.*\| (\d+) \|$", readme.read_text("utf-8"), re.M)
    return {stem: int(n) for stem, n in rows}


def _numbering_agrees(folder: Path, texts: list[dict[str, str]]) -> None:
    counts = _counts(folder / "README.md")
    for t in texts:
        spans = numbered_sentences((folder / f"{t['file']}.txt").read_text("utf-8"))
        assert len(spans) == counts[t["file"]], t["file"]
        assert max(int(r["sentence"]) for r in _rows(t["file"])) <= len(spans), t["file"]


def test_the_numbering_gives_the_sentence_counts_of_the_corpus_readme():
    _need_corpus()
    _numbering_agrees(CORPUS, SHARED)


def test_the_repositorys_texts_give_the_sentence_counts_of_their_readme_and_name_their_source():
    _numbering_agrees(TEXTS, OWN)
    readme = (TEXTS / "README.md").read_text("utf-8")
    for t in OWN:
        head = (TEXTS / f"{t['file']}.txt").read_text("utf-8").split("\n")[:3]
        url = head[0].removeprefix("Source (paraphrased): ")
        assert url != head[0] and head[1] == f"Language: {t['language']}" and head[2] == "", t["file"]
        row = re.search(
            rf"^\| {t['file']}\.txt \| {t['language']} \| {re.escape(t['topic'])} \| (\S+) \|", readme, re.M
        )
        assert row and url.split("://", 1)[1] == row[1], t["file"]


def test_the_harness_reads_the_repositorys_texts_without_the_shared_corpus(tmp_path):
    """Where ``../shared/corpus`` is absent (as on CI), the texts of the repository are still measured."""
    assert available(OWN, corpus=tmp_path / "absent") == OWN
    assert available(SHARED, corpus=tmp_path / "absent") == []
    stem = "en_iodine_goiter_biologyinsights"
    m = evaluate_corpus(graph.load(), [stem], corpus=tmp_path / "absent")[stem]
    assert m.annotated == len(_rows(stem)) and m.proposed > 0
    assert 0 <= m.right <= m.proposed and 0 <= m.found <= m.annotated


# A tiny hand-made case: two annotated claims, five candidates, figures worked out by hand.
_TEXT = "Header\n\nIron helps. Lack of iron tires you.\n- Pale skin"
_GOLD = [
    {"sentence": "1", "subject": "iron", "object": "hemoglobin", "sign": "1", "hedged": "0"},
    {"sentence": "2", "subject": "iron_deficiency", "object": "fatigue", "sign": "1", "hedged": "1"},
    {"sentence": "3", "subject": "iron_deficiency", "object": "pale_skin", "sign": "1", "hedged": "0"},
]
_CONCEPTS = {
    "iron": {"names": "iron|ijzer", "opposite": "iron_deficiency"},
    "iron_deficiency": {"names": "iron deficiency|ijzertekort", "opposite": "iron"},
    "hemoglobin": {"names": "haemoglobin|hemoglobine"},
    "pale_skin": {"names": "pale skin"},
}


def _candidate(sentence: int, source: str, target: str, sign: int, hedged: bool = False) -> dict:
    start, end = numbered_sentences(_TEXT, header_lines=2)[sentence - 1]
    return {"source": source, "target": target, "sign": sign, "start": start, "end": end, "hedged": hedged}


def test_the_harness_counts_right_wrong_found_and_missed_as_worked_out_by_hand():
    gold = Gold.read_rows(_GOLD, _CONCEPTS)
    labels = {"hemoglobine": "Hemoglobine", "iron": "Iron", "fatigue": "Fatigue"}
    candidates = [
        _candidate(1, "iron", "hemoglobine", 1),  # right: a new concept named as annotated
        _candidate(1, "hemoglobine", "iron", 1),  # wrong: turned round
        _candidate(2, "iron", "fatigue", -1, hedged=True),  # right: the opposite with the sign turned
        _candidate(2, "iron", "fatigue", 1),  # wrong: the sign
        _candidate(1, "iron", "fatigue", -1),  # wrong: another sentence's claim
    ]
    m = match_document(candidates, gold, numbered_sentences(_TEXT, header_lines=2), labels=labels, lang="en")
    assert (m.proposed, m.right, m.annotated, m.found) == (5, 2, 3, 2)
    assert (m.precision, round(m.recall, 3)) == (0.4, 0.667)
    assert (m.hedged_annotated, m.hedged_found) == (1, 1)
    assert m.missed == [(3, "iron_deficiency", "pale_skin", 1)]
    # the second candidate names sentence 1's claim the other way round, the fourth flips sentence 2's sign;
    # the last names sentence 2's pair in sentence 1, which is neither
    assert (m.turned_round, m.sign_flipped, m.hedges_dropped, m.hedges_added, m.denied_proposed) == (1, 1, 0, 0, 0)
    cases = [(u["kind"], u["source"]) for u in m.unfaithful]
    assert cases == [("turned round", "hemoglobine"), ("sign flipped", "iron")]


def test_hedges_dropped_and_added_count_claims_found_only_without_or_only_with_a_hedge():
    gold = Gold.read_rows(_GOLD, _CONCEPTS)
    candidates = [
        _candidate(1, "iron", "hemoglobin", 1, hedged=True),  # a stated claim found only hedged: added
        _candidate(2, "iron_deficiency", "fatigue", 1),  # a hedged claim found only unhedged: dropped
        _candidate(3, "iron_deficiency", "pale_skin", 1),  # found as stated
        _candidate(3, "iron_deficiency", "pale_skin", 1, hedged=True),  # and hedged too: the stated find counts
    ]
    m = match_document(candidates, gold, numbered_sentences(_TEXT, header_lines=2), labels={}, lang="en")
    assert (m.found, m.hedges_dropped, m.hedges_added, m.turned_round, m.sign_flipped) == (3, 1, 1, 0, 0)
    assert {(u["kind"], u["sentence"]) for u in m.unfaithful} == {("hedge added", (1,)), ("hedge dropped", (2,))}


def test_a_candidate_naming_a_pair_its_sentence_denies_is_counted_whatever_its_sign():
    denials = [{"sentence": "2", "subject": "iron", "object": "pale_skin"}]
    gold = Gold.read_rows(_GOLD, _CONCEPTS, denials)
    candidates = [
        _candidate(2, "iron", "pale_skin", -1),  # denied pair, either sign
        _candidate(2, "iron_deficiency", "pale_skin", 1),  # through the opposite: still the denied pair
        _candidate(3, "iron", "pale_skin", -1),  # another sentence: not denied there
        _candidate(2, "pale_skin", "iron", 1),  # the other way round: not what was denied
    ]
    m = match_document(candidates, gold, numbered_sentences(_TEXT, header_lines=2), labels={}, lang="en")
    assert m.denied_proposed == 2
    assert [u["source"] for u in m.unfaithful if u["kind"] == "denied proposed"] == ["iron", "iron_deficiency"]


def test_every_denial_names_a_text_of_the_corpus_a_sentence_of_it_and_known_concepts():
    G = graph.load()
    with open(ANNOTATIONS / "concepts.csv", encoding="utf-8", newline="") as handle:
        concepts = {row["id"] for row in csv.DictReader(handle)}
    known = {t["file"]: t for t in TEXTS_LISTED}
    rows = _rows("denials")
    assert rows
    for row in rows:
        assert row["file"] in known and int(row["sentence"]) >= 1, row
        for concept in row["subject"].split("|") + row["object"].split("|"):
            assert concept in G or concept in concepts, row


def test_a_candidate_repeated_counts_once_and_an_unhedged_find_of_a_hedged_claim_is_not_hedged():
    gold = Gold.read_rows(_GOLD, _CONCEPTS)
    twice = [_candidate(2, "iron_deficiency", "fatigue", 1)] * 2
    m = match_document(twice, gold, numbered_sentences(_TEXT, header_lines=2), labels={}, lang="en")
    assert (m.proposed, m.right, m.found, m.hedged_found) == (1, 1, 1, 0)


def _stated_dev_figures() -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^\| development, (\w+) \| [\d.]+ \| ([\d.]+) \| ([\d.]+) \|", PAGE.read_text("utf-8"), re.M)
    return {lang: (p, r) for lang, p, r in rows}


def test_the_extraction_page_states_the_development_figures_measured():
    _need_corpus()
    dev = [t for t in TEXTS_LISTED if t["part"] == "dev"]
    rows = {r["group"]: r for r in table(evaluate_corpus(graph.load(), [t["file"] for t in dev]), dev)}
    stated = _stated_dev_figures()
    for lang in ("nl", "en"):
        row = rows[f"dev {lang}"]
        assert stated.get(lang) == (f"{row['precision']:.2f}", f"{row['recall']:.2f}"), (lang, stated, row)


@pytest.mark.parametrize("table", ["cues.csv", "nonconcepts.csv", "adjectives.csv"])
def test_every_lexicon_entry_says_where_it_comes_from_and_none_from_the_test_part(table):
    dev = {t["file"] for t in TEXTS_LISTED if t["part"] == "dev"}
    with open(ROOT / "graph" / "extraction" / table, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows
    for row in rows:
        source = row["source"]
        if source.startswith("dev:"):
            _, stem, sentence = source.split(":")
            assert stem in dev and int(sentence) >= 1, row
        else:
            assert source in ("seed", "grammar"), row


def _last_logged_test_run() -> dict[str, tuple[str, str]]:
    """The test part's figures of the last run logged in the corpus README: {"nl": (P, R), "en": (P, R)}."""
    log = (ANNOTATIONS / "README.md").read_text("utf-8")
    rows = re.findall(
        r"^\| [0-9a-f]{7} \| .* \| ([\d.]+) / ([\d.]+) \| ([\d.]+) / ([\d.]+) \| [\d.]+ / [\d.]+ \|$", log, re.M
    )
    nl_p, nl_r, en_p, en_r = rows[-1]
    return {"nl": (nl_p, nl_r), "en": (en_p, en_r)}


def test_the_readme_and_the_extraction_page_give_the_test_figures_last_logged():
    """The test part is read once per batch of changes and logged; the two pages quote that run."""
    logged = {lang: tuple(f"{float(x):.2f}" for x in pr) for lang, pr in _last_logged_test_run().items()}
    page = dict(
        (lang, (p, r))
        for lang, p, r in re.findall(
            r"^\| test, (\w+) \| \d+ \| ([\d.]+) \| ([\d.]+) \|", PAGE.read_text("utf-8"), re.M
        )
    )
    readme = (ROOT / "README.md").read_text("utf-8")
    stated = dict(
        ("nl" if lang == "Dutch" else "en", (p, r))
        for lang, p, r in re.findall(
            r"^\| \d+ (Dutch|English) test texts \(\d+ claims\) \| ([\d.]+) \| ([\d.]+) \|", readme, re.M
        )
    )
    assert page == logged, (page, logged)
    assert stated == logged, (stated, logged)
