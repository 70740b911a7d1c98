"""Shared fixtures: small data folders, a CLI runner and a real headless Chromium.

Browser tests use Debian's Chromium through playwright with every request
that leaves the file blocked and recorded. On a machine without Chromium
they are skipped with the reason; with ``CONCEPT_GRAPH_REQUIRE_BROWSER=1``
(set by CI) a missing browser, or any skipped browser test, is a failure.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# Property tests are derandomised and keep no example database unless a developer asks
# (HYPOTHESIS_PROFILE=explore): the same code gives the same result on every run, and a case
# that failed once cannot make later runs of a fixed suite fail (issue 28).
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
#: Bad and awkward input files, one folder per case (see test_corpus.py).
CORPUS = ROOT / "tests" / "corpus"
CHROMIUM = os.environ.get("CONCEPT_GRAPH_CHROMIUM", "/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("CONCEPT_GRAPH_REQUIRE_BROWSER") == "1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-default-apps",
    "--disable-extensions",
]


# ---------------------------------------------------------------- data files


def write_csv(
    path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8", newline: str = "\n"
) -> Path:
    """Write ``rows`` as CSV (quoting as needed) and return ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return path


TINY = {
    "nodes.csv": [
        ["id", "label", "label_nl", "category", "description", "synonyms"],
        ["magnesium", "Magnesium", "Magnesium", "mineral", "A mineral.", "Mg|magnesiumspiegel"],
        ["gaba_receptor", "GABA receptor", "GABA-receptor", "receptor", "A receptor.", "GABA-receptoren"],
        ["relaxation", "Relaxation", "Ontspanning", "process", "Calm.", ""],
        ["sleep", "Sleep", "Slaap", "process", "Rest.", "slaap|nachtrust"],
    ],
    "edges.csv": [
        ["source", "target", "relation", "evidence", "source_doc", "section"],
        ["magnesium", "gaba_receptor", "activates", "Mg activates the receptor.", "doc1", "GABA"],
        ["gaba_receptor", "relaxation", "promotes", "The receptor calms.", "doc1", "GABA"],
        ["relaxation", "sleep", "promotes", "Calm helps sleep.", "doc2", "Slaap"],
        ["magnesium", "sleep", "inhibits", "A made-up negative edge for tests.", "doc2", "Slaap"],
    ],
    "relations.csv": [
        ["relation", "label", "label_nl", "sign"],
        ["activates", "activates", "activeert", "1"],
        ["promotes", "promotes", "bevordert", "1"],
        ["inhibits", "inhibits", "remt", "-1"],
    ],
    "sources.csv": [
        ["id", "title", "author", "published", "language"],
        ["doc1", "First text", "A. Author", "2024-06-10", "nl"],
        ["doc2", "Second text", "B. Author", "", "nl"],
    ],
    "categories.csv": [
        ["category", "label", "label_nl", "color", "shape"],
        ["mineral", "Mineral", "Mineraal", "#4477aa", "hexagon"],
        ["receptor", "Receptor", "Receptor", "#ccbb44", "triangle"],
        ["process", "Process", "Proces", "#66ccee", "dot"],
    ],
}


@pytest.fixture
def tiny_data(tmp_path: Path) -> Path:
    """A complete five-file data folder with 4 nodes and 4 edges."""
    folder = tmp_path / "data"
    for name, rows in TINY.items():
        write_csv(folder / name, rows)
    return folder


@pytest.fixture
def make_csv(tmp_path: Path) -> Callable[..., Path]:
    """Write a CSV file under a fresh folder: ``make_csv("e.csv", rows, delimiter=";")``."""

    def make(name: str, rows: list[list[str]], **kwargs: Any) -> Path:
        return write_csv(tmp_path / name, rows, **kwargs)

    return make


@pytest.fixture
def make_text(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write raw text or bytes to a file: ``make_text("e.csv", b"...")``."""

    def make(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
        return path

    return make


# ---------------------------------------------------------------- HTML fragments


class HtmlParts(HTMLParser):
    """What an HTML fragment holds: its start tags with their (unescaped) attributes, and table rows.

    ``HtmlParts(text).tags`` lists the start tags in order, ``.attrs`` their attributes,
    ``.rows`` the text of each ``<tr>``'s cells, ``.texts`` the text of each ``<p>`` and ``<caption>``.
    """

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[dict[str, str | None]] = []
        self.rows: list[list[str]] = []
        self.texts: list[str] = []
        self._text: list[str] | None = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append(dict(attrs))
        if tag == "tr":
            self.rows.append([])
        if tag in ("td", "th", "p", "caption"):
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "p", "caption") and self._text is not None:
            text, self._text = "".join(self._text), None
            (self.rows[-1] if tag in ("td", "th") else self.texts).append(text)

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


# ---------------------------------------------------------------- command line


@pytest.fixture
def run_cli() -> Callable[..., Any]:
    """Invoke the CLI in-process: ``result = run_cli("validate", "--data", d)``."""
    from click.testing import CliRunner

    from graph.cli import cli

    def run(*args: Any, **kwargs: Any) -> Any:
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)

    return run


# ---------------------------------------------------------------- the magnesium graph and its page


@pytest.fixture(scope="module")
def magnesium() -> Any:
    """The default data set as a graph (made once per test module)."""
    import graph

    return graph.load()


@pytest.fixture(scope="module")
def magnesium_html(magnesium: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The magnesium graph's page (made once per test module)."""
    from graph.page.html import write_html

    return write_html(magnesium, tmp_path_factory.mktemp("page") / "magnesium.html")


# ---------------------------------------------------------------- browser


def _browser_missing() -> str | None:
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@dataclass
class OpenedPage:
    """A page opened in Chromium, with what it did on the way."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Everything that should not have happened: errors, outside requests, dialogs."""
        return self.console_errors + self.page_errors + self.blocked_requests + self.dialogs


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session (skip, or fail in CI, when missing)."""
    reason = _browser_missing()
    if reason:
        if REQUIRE_BROWSER:
            pytest.fail(f"CONCEPT_GRAPH_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        instance = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[..., OpenedPage]]:
    """Open a file in a fresh browser context with the network blocked.

    ``open_page(path)`` waits until the page marks itself ready
    (``<body data-ready="1">``) unless ``wait_ready=False``.
    """
    contexts: list[Any] = []

    def open_(
        path: Path, wait_ready: bool = True, viewport: tuple[int, int] = (1280, 800), timeout_ms: int = 20000
    ) -> OpenedPage:
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(context)
        opened = OpenedPage(context.new_page())

        def route(request_route: Any) -> None:
            url = request_route.request.url
            if url.startswith(("file:", "data:", "blob:", "about:")):
                request_route.continue_()
            else:
                opened.blocked_requests.append(f"request to {url}")
                request_route.abort()

        context.route("**/*", route)
        page = opened.page
        page.on("console", lambda msg: msg.type == "error" and opened.console_errors.append(msg.text))
        page.on("pageerror", lambda err: opened.page_errors.append(str(err)))
        page.on("dialog", lambda dialog: (opened.dialogs.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        page.goto(Path(path).resolve().as_uri())
        if wait_ready:
            page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_ms)
        return opened

    yield open_
    for context in contexts:
        context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    """In CI (CONCEPT_GRAPH_REQUIRE_BROWSER=1) a skipped browser test fails."""
    outcome = yield
    report = outcome.get_result()
    if REQUIRE_BROWSER and report.skipped and item.get_closest_marker("browser") is not None:
        report.outcome = "failed"
        report.longrepr = f"browser test skipped in CI: {report.longrepr}"
