"""The review page closes the loop (issue 25): its download is appended to the data folder and the
new claims, sources and concepts are there for validate, path and build; cards and legend speak in
labels, decisions survive a reload, the page speaks the article's language, new concepts come with
their claims."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

import graph
from conftest import DATA
from graph.extraction.additions import data_headers, proposed_concepts, proposed_sources, review_key

TEXTS = Path(__file__).parent / "texts"
ZINK = TEXTS / "zink_nl.md"  # our own short Dutch article: two claims about concepts the data lacks


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _review(run_cli, tmp_path: Path, article: Path = ZINK, *extra: str) -> Path:
    page = tmp_path / "review.html"
    result = run_cli("extract", article, "--html", page, *extra)
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture(scope="module")
def zink_review(tmp_path_factory) -> Path:
    """The review page of our Dutch article, written once by ``extract --html`` (each test opens it
    in a fresh browser context: nothing kept from another test)."""
    from click.testing import CliRunner

    from graph.cli import cli

    page = tmp_path_factory.mktemp("zink") / "review.html"
    result = CliRunner().invoke(cli, ["extract", str(ZINK), "--html", str(page)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return page


def _card(page, sentence: str):
    """The card of the claim whose sentence starts with ``sentence``."""
    cards = page.locator(".rv-claim")
    for i in range(cards.count()):
        if cards.nth(i).get_attribute("aria-label").split(": ", 1)[1].startswith(sentence):
            return cards.nth(i)
    raise AssertionError(f"no card for {sentence!r}")


def _download(page, tmp_path: Path) -> dict[str, str]:
    """Click the download; the files of the zip it gives, by name."""
    with page.expect_download() as info:
        page.locator("#rv-download").click()
    assert info.value.suggested_filename == "accepted-claims.zip"
    saved = tmp_path / "accepted-claims.zip"
    info.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None  # every CRC right
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _append(files: dict[str, str], folder: Path) -> None:
    """What docs/extraction.md tells the user to do: each file's rows, without its header, to the end of
    the file of the same name."""
    for name, text in files.items():
        header, *rows = text.splitlines(keepends=True)
        assert header.rstrip("\n") == (folder / name).read_text(encoding="utf-8").splitlines()[0]
        with (folder / name).open("a", encoding="utf-8", newline="") as out:
            out.write("".join(rows))


# ---------------------------------------------------------------- the loop, end to end


@pytest.mark.browser
def test_the_download_appended_to_the_data_passes_validate_and_path_and_build_see_it(
    G, run_cli, tmp_path, open_page, zink_review
):
    opened = open_page(zink_review)
    page = opened.page
    _card(page, "Zink ondersteunt").locator("button.rv-accept").click()  # its source is a new concept
    _card(page, "Stress verhoogt").locator("button.rv-accept").click()
    _card(page, "Vitamine D").locator("button.rv-reject").click()
    concept = page.locator(".rv-concept[data-concept='zink']")
    assert concept.get_attribute("data-included") == "1"
    assert page.locator(".rv-concept[data-concept='vitamine_d']").get_attribute("data-included") == ""
    # a new concept needs a category before the download: the page asks for it
    page.locator("#rv-download").click()
    assert "Zink" in page.locator("#rv-message").text_content()
    category = concept.locator("select[name='category']")
    assert category.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.name") == "category"
    category.select_option("mineral")
    concept.locator("input[name='label']").fill("Zinc")
    concept.locator("input[name='label']").dispatch_event("change")
    files = _download(page, tmp_path)
    assert sorted(files) == ["edges.csv", "nodes.csv", "sources.csv"]
    edges = _rows(files["edges.csv"])
    assert [(r["source"], r["relation"], r["target"], r["source_doc"], r["hedged"]) for r in edges] == [
        ("zink", "supports", "muscle_function", "zink_nl", "false"),
        ("stress", "increases", "cortisol", "zink_nl", "false"),
    ]
    assert [(r["id"], r["label"], r["label_nl"], r["category"]) for r in _rows(files["nodes.csv"])] == [
        ("zink", "Zinc", "Zink", "mineral")
    ]
    sources = _rows(files["sources.csv"])
    assert [(r["id"], r["title"], r["language"], r["file"]) for r in sources] == [
        ("zink_nl", "Zink, magnesium en de nachtrust", "nl", "zink_nl.md")
    ]
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    _append(files, folder)
    checked = run_cli("validate", "--data", folder)
    assert checked.exit_code == 0, checked.output
    assert checked.output.splitlines()[0] == f"ok: {G.number_of_nodes() + 1} nodes, {G.number_of_edges() + 2} edges"
    found = run_cli("path", "Zinc", "spierfunctie", "--data", folder, "--max-hops", "1")
    assert found.exit_code == 0, found.output
    assert found.output.startswith("1 path from Zinc to Muscle function")
    assert "Zink, magnesium en de nachtrust" in found.output  # the claim names its new source
    built = run_cli("build", "--data", folder, "--out", tmp_path / "graph.html")
    assert built.exit_code == 0, built.output
    assert f"{G.number_of_nodes() + 1} nodes, {G.number_of_edges() + 2} edges" in built.output
    assert opened.problems == []


@pytest.mark.browser
def test_the_download_follows_the_columns_and_delimiter_of_the_users_own_files(run_cli, tmp_path, open_page, tiny_data):
    # a user's folder written by a spreadsheet in a Dutch locale: semicolons, its own column order
    for name in ("edges.csv", "sources.csv"):
        path = tiny_data / name
        rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
        rows = [list(reversed(r)) for r in rows]
        with path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=";", lineterminator="\n").writerows(rows)
    article = tmp_path / "kort.md"
    article.write_text("# Kort\n\nMagnesium bevordert de slaap.\n", encoding="utf-8")
    opened = open_page(_review(run_cli, tmp_path, article, "--data", tiny_data))
    page = opened.page
    page.locator(".rv-claim button.rv-accept").first.click()
    files = _download(page, tmp_path)
    assert files["edges.csv"].splitlines() == [
        "section;source_doc;evidence;relation;target;source",
        "Kort;kort;;promotes;sleep;magnesium",
    ]
    assert files["sources.csv"].splitlines()[0] == "language;published;author;title;id"
    _append(files, tiny_data)
    checked = run_cli("validate", "--data", tiny_data)
    assert checked.exit_code == 0, checked.output
    assert checked.output.startswith("ok: 4 nodes, 5 edges")
    assert opened.problems == []


def test_without_its_files_the_download_follows_the_columns_the_graph_holds(G):
    headers = data_headers(G)
    assert headers["edges"]["columns"] == [
        "source", "target", "relation", "evidence", "evidence_nl", "source_doc", "section", "hedged",
    ]  # fmt: skip
    assert headers["nodes"]["columns"][:4] == ["id", "label", "label_nl", "category"]
    assert headers["sources"]["columns"] == ["id", "title", "author", "published", "language", "file", "updated"]
    assert not headers["edges"]["exists"] and data_headers(G, data=DATA)["edges"]["exists"]


def test_a_kgx_folder_gives_the_download_the_columns_of_the_graph(G, tmp_path):
    folder = tmp_path / "kgx"
    folder.mkdir()
    (folder / "nodes.tsv").write_text("id\tname\tcategory\nX:1\tOne\tbiolink:Gene\n", encoding="utf-8")
    (folder / "edges.tsv").write_text("subject\tpredicate\tobject\nX:1\tbiolink:related_to\tX:1\n", encoding="utf-8")
    headers = data_headers(G, data=folder)
    assert headers["edges"] == {"columns": data_headers(G)["edges"]["columns"], "delimiter": ",", "exists": False}
    assert headers["nodes"]["columns"] == ["id", "name", "category"] and headers["nodes"]["delimiter"] == "\t"


def test_an_article_the_data_cites_brings_no_sources_row(G):
    known = graph.extract([TEXTS / "magnesium_nl.md"], G)
    assert list(proposed_sources(known, G)) == ["magnesium_nl"]
    G2 = G.copy()
    G2.graph = dict(G.graph, sources={**G.graph["sources"], "magnesium_nl": {"title": "x"}})
    assert proposed_sources(known, G2) == {}


# ---------------------------------------------------------------- cards, legend, focus


@pytest.mark.browser
def test_cards_show_labels_the_sign_and_the_cue_word(run_cli, tmp_path, open_page, zink_review):
    opened = open_page(zink_review)
    page = opened.page
    card = _card(page, "Zink ondersteunt")
    assert card.locator("input[name='source']").input_value() == "Zink"
    assert card.locator("input[name='target']").input_value() == "Spierfunctie"  # not muscle_function
    assert card.locator("select[name='relation'] option:checked").text_content() == "ondersteunt"
    assert card.locator(".rv-sign").text_content() == "teken + (meer geeft meer)"
    assert card.locator(".rv-cue").text_content() == "ondersteunt"
    assert card.locator(".rv-new-concept").text_content() == "nieuw begrip: Zink (zink)"
    hedged = _card(page, "Vitamine D")
    assert hedged.locator(".rv-cue").text_content() == "verhogen"
    assert "voorzichtig geformuleerd" in hedged.locator(".rv-meta").text_content()
    known = _card(page, "Magnesium bevordert")
    assert "Magnesium → bevordert → Slaap" in known.locator(".rv-meta").text_content()  # the graph's edge too
    assert "magnesium -[" not in known.locator(".rv-meta").text_content()
    legend = page.locator("#rv-legend li").all_text_contents()
    assert "Lichaamsstructuur" in legend and not any("_" in item for item in legend)
    assert opened.problems == []


@pytest.mark.browser
def test_a_name_typed_in_a_card_is_taken_as_its_concept_or_as_a_new_one(run_cli, tmp_path, open_page, zink_review):
    opened = open_page(zink_review)
    page = opened.page
    card = _card(page, "Stress verhoogt")
    target = card.locator("input[name='target']")
    target.fill("Melatonine")  # a Dutch label of the data
    target.dispatch_event("change")
    assert target.get_attribute("data-node") == "melatonin"
    target.fill("Groeihormoon")  # no concept of the data: a new one, to give a category
    target.dispatch_event("change")
    assert target.get_attribute("data-node") == "groeihormoon"
    card.locator("button.rv-accept").click()
    concept = page.locator(".rv-concept[data-concept='groeihormoon']")
    assert concept.get_attribute("data-included") == "1"
    concept.locator("select[name='category']").select_option("hormone")
    files = _download(page, tmp_path)
    assert [(r["source"], r["target"]) for r in _rows(files["edges.csv"])] == [("stress", "groeihormoon")]
    assert [(r["id"], r["label_nl"], r["category"]) for r in _rows(files["nodes.csv"])] == [
        ("groeihormoon", "Groeihormoon", "hormone")
    ]
    assert opened.problems == []


@pytest.mark.browser
def test_the_sentence_is_lit_on_keyboard_focus_as_on_hover(run_cli, tmp_path, open_page, zink_review):
    opened = open_page(zink_review)
    page = opened.page
    cards = page.locator(".rv-claim")
    first = cards.nth(0)
    sentence = page.locator(".rv-sentence", has_text="Magnesium bevordert de slaap.")
    first.hover()
    assert "rv-sentence-lit" in sentence.get_attribute("class")
    page.mouse.move(0, 0)
    assert "rv-sentence-lit" not in sentence.get_attribute("class")
    page.locator("#rv-lang").focus()
    while page.evaluate("document.activeElement.dataset.id") != "0":
        page.keyboard.press("Tab")
    assert "rv-sentence-lit" in sentence.get_attribute("class")
    first.hover()
    page.mouse.move(0, 0)  # the pointer passing over the card leaves the focused card's sentence lit
    assert "rv-sentence-lit" in sentence.get_attribute("class")
    page.keyboard.press("Enter")  # into the card's fields: still lit
    assert "rv-sentence-lit" in sentence.get_attribute("class")
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")  # on to the next card: its sentence, not this one
    assert page.evaluate("document.activeElement.dataset.id") == "1"
    assert "rv-sentence-lit" not in sentence.get_attribute("class")
    assert "rv-sentence-lit" in page.locator(".rv-sentence", has_text="Zink ondersteunt").get_attribute("class")
    assert opened.problems == []


# ---------------------------------------------------------------- decisions survive a reload


@pytest.mark.browser
def test_decisions_and_edits_survive_a_reload_and_can_be_cleared(run_cli, tmp_path, open_page, zink_review):
    review = zink_review
    opened = open_page(review)
    page = opened.page
    _card(page, "Magnesium bevordert").locator("button.rv-accept").click()
    _card(page, "Stress verhoogt").locator("button.rv-reject").click()
    _card(page, "Zink ondersteunt").locator("select[name='relation']").select_option("enables")
    concept = page.locator(".rv-concept[data-concept='zink']")
    concept.locator("select[name='category']").select_option("mineral")

    def state():
        return [
            (_card(page, s).get_attribute("data-decision"), _card(page, s).locator("select").input_value())
            for s in ("Magnesium bevordert", "Zink ondersteunt", "Stress verhoogt")
        ] + [concept.locator("select[name='category']").input_value(), page.locator("#rv-count").text_content()]

    before = state()
    assert before == [
        ("accepted", "promotes"), ("open", "enables"), ("rejected", "increases"), "mineral",
        "1 van 4 voorstellen geaccepteerd",
    ]  # fmt: skip
    page.reload()
    page.wait_for_selector("body[data-ready='1']", state="attached")
    assert state() == before
    # another article opened in the same browser does not get them
    other = tmp_path / "other"
    other.mkdir()
    article = other / "zink_nl.md"
    article.write_text(ZINK.read_text(encoding="utf-8") + "\nMagnesium vermindert angst.\n", encoding="utf-8")
    second = _review(run_cli, other, article)
    page.goto(second.as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached")
    assert page.locator(".rv-claim[data-decision='open']").count() == page.locator(".rv-claim").count()
    page.goto(review.as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached")
    assert state() == before
    page.locator("#rv-clear").click()
    assert page.locator(".rv-claim[data-decision='open']").count() == 4
    page.reload()
    page.wait_for_selector("body[data-ready='1']", state="attached")
    assert page.locator(".rv-claim[data-decision='open']").count() == 4
    assert _card(page, "Zink ondersteunt").locator("select").input_value() == "supports"
    assert opened.problems == []


def test_the_key_of_the_decisions_changes_with_the_article_and_with_the_data(G, tiny_data):
    one = graph.extract(["Magnesium bevordert de slaap."], G)
    assert review_key(one, G) == review_key(graph.extract(["Magnesium bevordert de slaap."], G), G)
    assert review_key(one, G) != review_key(graph.extract(["Magnesium bevordert de slaap!"], G), G)
    assert review_key(one, G) != review_key(one, graph.load(tiny_data))


# ---------------------------------------------------------------- the article's language


@pytest.mark.browser
def test_the_interface_speaks_the_articles_language_and_switches(run_cli, tmp_path, open_page, zink_review):
    opened = open_page(zink_review)
    page = opened.page
    assert page.get_attribute("html", "lang") == "nl"
    assert page.locator("#rv-title").text_content() == "Voorgestelde beweringen nakijken"
    assert page.locator("#rv-download").text_content() == "Geaccepteerde beweringen downloaden (zip)"
    switch = page.locator("#rv-lang")
    assert switch.text_content() == "English" and switch.get_attribute("lang") == "en"
    _card(page, "Zink ondersteunt").locator("button.rv-accept").click()
    switch.click()
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("#rv-title").text_content() == "Review of extracted claims"
    assert page.locator("#rv-download").text_content() == "Download accepted claims (zip)"
    assert page.locator("section.rv-article").get_attribute("lang") == "nl"  # the article keeps its own
    card = _card(page, "Zink ondersteunt")
    assert card.get_attribute("data-decision") == "accepted"  # a switch keeps the decisions
    assert card.locator("input[name='target']").input_value() == "Muscle function"
    assert "Body structure" in page.locator("#rv-legend li").all_text_contents()
    assert page.locator("#rv-count").text_content() == "1 of 4 candidates accepted"
    assert switch.text_content() == "Nederlands"
    switch.click()
    assert page.get_attribute("html", "lang") == "nl"
    assert opened.problems == []


# ---------------------------------------------------------------- new concepts and their claims


def test_new_concepts_come_with_an_id_a_label_and_the_claims_that_use_them(G, run_cli, tmp_path):
    result = graph.extract([ZINK], G)
    concepts = proposed_concepts(result, G)
    assert {k: (v["label"], v["label_nl"], v["category"]) for k, v in concepts.items()} == {
        "zink": ("Zink", "Zink", ""),
        "vitamine_d": ("Vitamine D", "Vitamine D", ""),
    }
    frame = result.candidates
    assert [frame.loc[i, "sentence"] for i in concepts["zink"]["uses"]] == ["Zink ondersteunt de spierfunctie."]
    out = tmp_path / "candidates.csv"
    assert run_cli("extract", ZINK, "--out", out).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    named = {(r["source"], r["source_new"], r["target"], r["target_new"]) for r in rows}
    assert ("zink", "zink", "muscle_function", "") in named
    assert ("vitamine_d", "vitamine D", "magnesium", "") in named
    assert ("stress", "", "cortisol", "") in named
    listed = json.loads(run_cli("extract", ZINK, "--json").output)["new_concepts"]
    assert {c["id"]: c["sentences"] for c in listed} == {
        "zink": ["Zink ondersteunt de spierfunctie."],
        "vitamine_d": ["Vitamine D kan de opname van magnesium verhogen."],
    }


@pytest.mark.browser
def test_a_concept_is_accepted_together_with_its_claims(run_cli, tmp_path, open_page, zink_review):
    opened = open_page(zink_review)
    page = opened.page
    concepts = page.locator(".rv-concept")
    assert concepts.evaluate_all("cs => cs.map(c => c.dataset.concept)") == ["zink", "vitamine_d"]
    vitamin = page.locator(".rv-concept[data-concept='vitamine_d']")
    assert "Vitamine D kan de opname van magnesium verhogen." in vitamin.locator(".rv-concept-sentences").text_content()
    vitamin.locator("input[name='id']").fill("Vitamine D3 ")
    vitamin.locator("input[name='id']").dispatch_event("change")
    vitamin = page.locator(".rv-concept[data-concept='vitamine_d']")
    vitamin.locator("select[name='category']").select_option("supplement_form")
    vitamin.locator("button.rv-accept").click()
    assert page.evaluate("document.activeElement.className") == "rv-accept"  # focus stays on the button
    assert _card(page, "Vitamine D").get_attribute("data-decision") == "accepted"
    assert page.locator("#rv-count").text_content() == "1 van 4 voorstellen geaccepteerd"
    files = _download(page, tmp_path)
    assert [(r["source"], r["target"], r["hedged"]) for r in _rows(files["edges.csv"])] == [
        ("vitamine_d3", "magnesium", "true")
    ]
    assert [(r["id"], r["category"]) for r in _rows(files["nodes.csv"])] == [("vitamine_d3", "supplement_form")]
    page.locator(".rv-concept[data-concept='vitamine_d'] button.rv-reject").click()
    assert _card(page, "Vitamine D").get_attribute("data-decision") == "rejected"
    page.locator("#rv-download").click()
    assert page.locator("#rv-message").text_content() == "Accepteer eerst een bewering."
    # a new concept given the id of a concept of the data is that concept: no row for it, no category asked
    zink = page.locator(".rv-concept[data-concept='zink']")
    zink.locator("input[name='id']").fill("calcium")
    zink.locator("input[name='id']").dispatch_event("change")
    page.locator(".rv-concept[data-concept='zink'] button.rv-accept").click()
    files = _download(page, tmp_path)
    assert sorted(files) == ["edges.csv", "sources.csv"]
    assert [(r["source"], r["target"]) for r in _rows(files["edges.csv"])] == [("calcium", "muscle_function")]
    assert opened.problems == []


@pytest.mark.browser
def test_hostile_text_in_new_concepts_and_typed_names_stays_text(run_cli, tmp_path, open_page):
    article = tmp_path / "vijandig.md"
    article.write_text(
        "# Test <img src=x onerror=alert(1)>\n\n"
        "Xylofaan <img src=x onerror=alert(1)> ondersteunt de slaap.\n\n"
        "Quinoxaline&lt;b&gt; verhoogt het cortisol.\n",
        encoding="utf-8",
    )
    opened = open_page(_review(run_cli, tmp_path, article))
    page = opened.page
    assert page.locator(".rv-concept").count() >= 1
    card = page.locator(".rv-claim").first
    card.locator("input[name='source']").fill("<img src=x onerror=alert(3)>")
    card.locator("input[name='source']").dispatch_event("change")
    assert page.locator("img").count() == 0 and page.locator("b").count() == 0
    assert "<img src=x onerror=alert(3)>" in page.locator("#rv-concept-list").text_content()
    assert opened.problems == []
