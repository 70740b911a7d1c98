"""Regenerate docs/screenshot.png: the magnesium page in headless Chromium.

Run from the repository root (needs the test extras and Chromium)::

    python docs/screenshot.py [--chromium /usr/bin/chromium]

It builds the page from the magnesium data set, opens it at 1200x760 with the
network blocked, asks the path finder how magnesium could affect melatonin,
opens the chain through serotonin with its evidence, and saves what the browser shows.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import graph

OUT = Path(__file__).resolve().parent / "screenshot.png"


def _offline(route) -> None:
    """Let the file itself load; refuse anything from the network."""
    if route.request.url.startswith("file:"):
        route.continue_()
    else:
        route.abort()


def _settle(page) -> None:
    """Wait until the view stops moving (vis-network animates frame by frame)."""
    view = "[cgNetwork.getScale(), cgNetwork.getViewPosition()]"
    before = page.evaluate(view)
    for _ in range(80):
        page.wait_for_timeout(100)
        now = page.evaluate(view)
        if now == before:
            return
        before = now


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium", help="the Chromium to drive")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the PNG")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as driver:
        page_file = graph.write_html(graph.load(), Path(folder) / "graph.html")  # titled by data/graph.csv
        browser = driver.chromium.launch(executable_path=args.chromium, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1200, "height": 760})
        context.route("**/*", _offline)
        page = context.new_page()
        page.goto(page_file.as_uri())
        page.wait_for_selector("body[data-ready='1']", state="attached")
        for field, name in (("#cg-from", "magnesium"), ("#cg-to", "melatonin")):
            page.fill(field, name)
            page.wait_for_selector(f"{field} + ul li", state="visible")
            page.press(field, "Enter")
        page.click("#cg-find")
        page.locator(".cg-chain", has_text="Serotonin").first.click()
        _settle(page)  # the view glides to the chain
        page.mouse.move(0, 0)
        page.screenshot(path=str(args.out))
        browser.close()
    print(f"wrote {args.out}: {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
