"""The review page in a real headless Chromium: marks, accept, edit, download; the CSV loads with validate."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

import pytest

import graph
from conftest import DATA
from graph.extraction.review import write_review

TEXTS = Path(__file__).parent / "texts"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def G():
    return graph.load()


def _page(G, tmp_path: Path, texts: list, lang: str | None = "en") -> Path:
    return write_review(graph.extract(texts, G), G, tmp_path / "review.html", lang=lang)


def test_concepts_are_marked_in_their_category_colour(G, tmp_path, open_page):
    opened = open_page(_page(G, tmp_path, [TEXTS / "magnesium_nl.md"]))
    page = opened.page
    marks = page.locator("mark.rv-mark")
    nodes = set(marks.evaluate_all("ms => ms.map(m => m.dataset.node)"))
    assert {"magnesium", "pineal_gland", "melatonin", "muscle_cramps"} <= nodes
    colour = page.locator("mark[data-node='melatonin']").first.evaluate(
        "m => getComputedStyle(m).getPropertyValue('--rv-color').trim()"
    )
    assert colour == G.graph["categories"]["hormone"]["color"]
    assert page.locator(".rv-claim").count() == 11
    assert page.locator("#rv-nodes option").count() == G.number_of_nodes()  # one list for every card
    assert opened.problems == []


def _download(page, tmp_path: Path) -> dict[str, list[dict[str, str]]]:
    """Click the download: the rows of each CSV file of the zip it gives, by file name."""
    with page.expect_download() as info:
        page.locator("#rv-download").click()
    saved = tmp_path / "accepted.zip"
    info.value.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        return {n: list(csv.DictReader(io.StringIO(archive.read(n).decode("utf-8")))) for n in archive.namelist()}


def test_accept_edit_and_download_give_rows_that_validate_accepts(G, tmp_path, open_page, run_cli):
    opened = open_page(_page(G, tmp_path, [TEXTS / "magnesium_nl.md"]))
    page = opened.page
    cards = page.locator(".rv-claim")
    cards.nth(0).locator("button.rv-accept").click()
    cards.nth(1).locator("button.rv-accept").click()
    cards.nth(2).locator("button.rv-reject").click()
    cards.nth(1).locator("select[name='relation']").select_option("enables")
    cards.nth(0).locator("input[name='target']").fill("muscle_contraction")
    cards.nth(0).locator("input[name='target']").dispatch_event("change")
    assert cards.nth(0).get_attribute("data-decision") == "accepted"
    assert cards.nth(2).get_attribute("data-decision") == "rejected"
    assert page.locator("#rv-count").text_content().startswith("2 of 11")
    files = _download(page, tmp_path)
    rows = files["edges.csv"]
    assert [(r["source"], r["relation"], r["target"]) for r in rows] == [
        ("magnesium", "supports", "muscle_contraction"),
        ("magnesium", "enables", "relaxation"),
    ]
    assert rows[0]["source_doc"] == "magnesium_nl" and rows[0]["section"] == "Wat magnesium doet"
    assert [r["id"] for r in files["sources.csv"]] == ["magnesium_nl"]
    # the rows appended to a copy of the data folder: validate accepts it
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    with zipfile.ZipFile(tmp_path / "accepted.zip") as archive:
        for name in archive.namelist():
            with (folder / name).open("a", encoding="utf-8", newline="") as out:
                out.write("".join(archive.read(name).decode("utf-8").splitlines(keepends=True)[1:]))
    result = run_cli("validate", "--data", folder)
    assert result.exit_code == 0, result.output
    before = graph.load(DATA).number_of_edges()
    assert result.output.strip() == f"ok: {G.number_of_nodes()} nodes, {before + 2} edges"
    assert opened.problems == []


def test_article_text_is_shown_as_text_never_as_markup(G, tmp_path, open_page):
    hostile = (
        "# <img src=x onerror=alert(1)>\n\nMagnesium bevordert de slaap <script>alert(2)</script>.\n\n"
        "Cafeïne </script><b id='injected'>verhoogt</b> de stress.\n"
    )
    article = tmp_path / "hostile.md"
    article.write_text(hostile, encoding="utf-8")
    opened = open_page(_page(G, tmp_path, [article]))
    page = opened.page
    assert page.locator("#injected").count() == 0 and page.locator("img").count() == 0
    assert "<script>alert(2)</script>" in page.locator("#rv-articles").text_content()
    assert page.locator(".rv-claim").count() >= 2
    assert opened.problems == []


def test_a_web_pages_scripts_and_handlers_never_reach_the_review_page(G, tmp_path, open_page):
    """A saved web page as the article: its scripts are not text, its handlers not kept, and markup its
    text spells out (escaped in the page) is shown as text."""
    more = " Dat blijkt uit verschillende bronnen die in dit artikel uitgebreid worden besproken en toegelicht."
    page_html = (
        "<html><head><script>alert(1)</script></head><body onload='alert(2)'><article>"
        f"<p onclick='alert(3)'>Magnesium bevordert de slaap &lt;script&gt;alert(4)&lt;/script&gt;.{more}</p>"
        f"<p><img src=x onerror='alert(5)'><a href='javascript:alert(6)'>Stress</a> verhoogt het cortisol.{more}</p>"
        "<script>alert(7)</script></article></body></html>"
    )
    article = tmp_path / "hostile.html"
    article.write_text(page_html, encoding="utf-8")
    opened = open_page(_page(G, tmp_path, [article]))
    page = opened.page
    shown = page.locator("#rv-articles").text_content()
    assert "<script>alert(4)</script>" in shown
    assert not any(f"alert({n})" in shown for n in (1, 2, 3, 5, 6, 7))
    assert page.locator("#rv-articles img, #rv-articles a, #rv-articles [onclick]").count() == 0
    assert page.locator(".rv-claim").count() >= 2
    assert opened.problems == []


def test_the_download_guards_cells_a_spreadsheet_would_run(G, tmp_path, open_page):
    article = tmp_path / "=1+2.md"
    article.write_text(
        '# =HYPERLINK("http://x.example","klik")\n\n'
        "=1+1 Magnesium bevordert de slaap.\n\n@SUM(A1) Magnesium verlaagt de stress.\n",
        encoding="utf-8",
    )
    opened = open_page(_page(G, tmp_path, [article]))
    page = opened.page
    cards = page.locator(".rv-claim")
    assert cards.count() == 2
    cards.nth(0).locator("button.rv-accept").click()
    cards.nth(1).locator("button.rv-accept").click()
    cards.nth(1).locator("input[name='source']").fill("-1")  # a new concept: its name, a plain number, stays
    cards.nth(1).locator("input[name='source']").dispatch_event("change")
    page.locator(".rv-concept[data-concept='1'] select[name='category']").select_option("mineral")
    files = _download(page, tmp_path)
    assert [(r["source"], r["source_doc"], r["section"]) for r in files["edges.csv"]] == [
        ("magnesium", "'=1+2", '\'=HYPERLINK("http://x.example","klik")'),
        ("1", "'=1+2", '\'=HYPERLINK("http://x.example","klik")'),
    ]
    assert [(r["id"], r["label"]) for r in files["nodes.csv"]] == [("1", "-1")]
    assert [(r["id"], r["title"]) for r in files["sources.csv"]] == [
        ("'=1+2", '\'=HYPERLINK("http://x.example","klik")')
    ]
    assert opened.problems == []


# Our own sentences, each a claim about concepts of the data.
CLAIMS = [
    "Magnesium bevordert de slaap.",
    "Stress verhoogt het cortisol.",
    "Magnesium vermindert angst.",
    "Uitdroging leidt tot krampen.",
    "Calcium bindt aan troponine.",
]


@pytest.mark.slow
def test_a_page_of_an_article_near_the_size_limit_is_ready_at_once(G, tmp_path, open_page):
    """About 1 MB and 24,000 candidates: drawing every card at once kept the page from use for 48 s;
    now a paragraph's cards are drawn as it comes near the screen, and the last one can be accepted."""
    paragraph = " ".join(CLAIMS)
    count = 900_000 // (len(paragraph) + 2)
    article = tmp_path / "long.txt"
    article.write_text("\n\n".join([paragraph] * count) + "\n\nDopamine is betrokken bij beloning.\n", encoding="utf-8")
    opened = open_page(_page(G, tmp_path, [article]))
    page = opened.page
    total = len(CLAIMS) * count + 1
    assert page.locator("#rv-count").text_content() == f"0 of {total} candidates accepted"
    assert 0 < page.locator(".rv-claim").count() < 2000
    page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    last = page.locator(f".rv-claim[data-id='{total - 1}']")
    last.locator("button.rv-accept").click()  # waits for the card to be drawn
    rows = _download(page, tmp_path)["edges.csv"]
    assert [(r["source"], r["relation"], r["target"]) for r in rows] == [
        ("dopamine", "involved_in", "reward_and_pleasure")
    ]
    assert opened.problems == []


# ---------------------------------------------------------------- for every reader (issue 27)


@pytest.mark.parametrize(
    ("article", "lang", "download", "category"),
    [
        ("magnesium_nl.md", "nl", "Geaccepteerde beweringen downloaden (zip)", "Lichaamsstructuur"),
        ("magnesium_en.txt", "en", "Download accepted claims (zip)", "Body structure"),
    ],
)
def test_the_page_speaks_the_language_of_its_article(run_cli, tmp_path, open_page, article, lang, download, category):
    review = tmp_path / "review.html"
    assert run_cli("extract", TEXTS / article, "--html", review).exit_code == 0
    opened = open_page(review)
    page = opened.page
    assert page.get_attribute("html", "lang") == lang
    assert page.locator("#rv-download").text_content() == download
    legend = page.locator("#rv-legend li").all_text_contents()
    assert category in legend and "body_structure" not in legend
    assert page.locator("#rv-legend li[data-category='body_structure']").text_content() == category
    assert opened.problems == []


def test_an_article_in_another_language_than_the_page_says_so(G, tmp_path):
    from graph.extraction.review import review_html

    result = graph.extract([TEXTS / "magnesium_nl.md", TEXTS / "magnesium_en.txt"], G)
    page = review_html(result, G)  # a tie: the first article's language
    assert '<html lang="nl">' in page and '"lang":"en"' in page


def test_the_sections_are_headings_and_the_legend_is_in_a_landmark(G, tmp_path, open_page):
    opened = open_page(_page(G, tmp_path, [TEXTS / "magnesium_nl.md"], lang=None))
    page = opened.page
    headings = page.locator("#rv-articles h3").all_text_contents()
    assert "Wat magnesium doet" in headings and "Gevolgen van een magnesiumtekort" in headings
    assert page.locator("div.rv-heading").count() == 0
    landmark = page.evaluate("document.getElementById('rv-legend').closest('main, header, nav, aside, footer').tagName")
    assert landmark == "ASIDE"
    assert page.get_attribute("aside", "aria-labelledby") == "rv-legend-title"
    assert page.locator("#rv-legend-title").text_content() == "Categorieën"


def test_each_claims_fields_and_buttons_say_which_claim_they_belong_to(G, tmp_path, open_page):
    opened = open_page(_page(G, tmp_path, [TEXTS / "magnesium_nl.md"], lang=None))
    page = opened.page
    names = page.locator(".rv-claim input, .rv-claim select, .rv-claim button").evaluate_all(
        "boxes => boxes.map(b => b.getAttribute('aria-label'))"
    )
    assert len(names) == 5 * 11 and len(set(names)) == len(names)  # no two alike
    first = page.locator(".rv-claim").first
    assert first.get_attribute("aria-label") == "Bewering 1: Magnesium ondersteunt de spierfunctie."
    assert first.locator("input[name='source']").get_attribute("aria-label") == (
        "bron van bewering 1: Magnesium ondersteunt de spierfunctie."
    )
    assert first.locator("select[name='relation']").get_attribute("aria-label").startswith("relatie van bewering 1: ")
    assert first.locator("button.rv-accept").get_attribute("aria-label").startswith("Accepteren (Bewering 1: ")
    assert opened.problems == []


def test_a_claim_is_one_tab_stop_that_opens_its_controls_with_enter(G, tmp_path, open_page):
    opened = open_page(_page(G, tmp_path, [TEXTS / "magnesium_nl.md"], lang=None))
    page = opened.page
    stops = page.evaluate("Array.from(document.querySelectorAll('#rv-articles *')).filter(e => e.tabIndex >= 0).length")
    assert stops == 11  # one per claim, not five
    cards = page.locator(".rv-claim")
    cards.nth(0).focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.id") == "1"  # the next card, not the first's fields
    page.keyboard.press("Enter")
    assert page.evaluate("[document.activeElement.name, document.activeElement.closest('.rv-claim').dataset.id]") == [
        "source",
        "1",
    ]
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "rv-accept"
    page.keyboard.press("Enter")
    assert cards.nth(1).get_attribute("data-decision") == "accepted"
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.id") == "1"
    assert cards.nth(1).locator("input, select, button").evaluate_all("bs => bs.map(b => b.tabIndex)") == [-1] * 5
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.id") == "2"
    assert opened.problems == []


def test_nothing_overflows_sideways_on_a_phone(G, tmp_path, open_page):
    opened = open_page(_page(G, tmp_path, [TEXTS / "magnesium_nl.md"], lang=None), viewport=(390, 844))
    page = opened.page
    assert page.evaluate("document.documentElement.scrollWidth") == 390
    rights = page.locator(".rv-claim input, .rv-claim select").evaluate_all(
        "boxes => boxes.map(b => b.getBoundingClientRect().right)"
    )
    assert len(rights) == 33 and max(rights) <= 390
