"""The page as people meet it: inside the notebook's sandboxed iframe, and at the
widths of a laptop screen with a notebook's file browser open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import graph

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def magnesium():
    return graph.load()


def notebook_cell(tmp_path: Path, drawing: graph.ConceptGraph, width: int = 900) -> Path:
    """A page holding one output of ``show()`` exactly as a notebook front end inserts it."""
    cell = tmp_path / "cell.html"
    cell.write_text(
        f'<!DOCTYPE html><html><body style="margin:0"><div style="width:{width}px">{drawing._repr_html_()}</div>'
        "</body></html>",
        encoding="utf-8",
    )
    return cell


def drawing_frame(opened: Any) -> Any:
    frame = opened.page.locator("iframe").element_handle().content_frame()
    frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
    return frame


def choose(frame: Any, selector: str, text: str) -> None:
    frame.fill(selector, text)
    frame.wait_for_selector(f"#{frame.get_attribute(selector, 'aria-controls')} li", state="visible")
    frame.press(selector, "Enter")


def test_path_finder_finds_paths_inside_the_notebook_iframe_by_click(open_page, tmp_path, magnesium):
    opened = open_page(notebook_cell(tmp_path, graph.show(magnesium)), wait_ready=False)
    frame = drawing_frame(opened)
    choose(frame, "#cg-from", "magnesium")
    choose(frame, "#cg-to", "melatonin")
    frame.click("#cg-find")
    chains = frame.locator(".cg-chain-text").all_text_contents()
    assert any(c.startswith("Magnesium") and c.endswith("Melatonin") for c in chains)
    assert opened.problems == []


def test_path_finder_finds_paths_inside_the_notebook_iframe_by_enter(open_page, tmp_path, magnesium):
    opened = open_page(notebook_cell(tmp_path, graph.show(magnesium)), wait_ready=False)
    frame = drawing_frame(opened)
    choose(frame, "#cg-from", "magnesium")
    choose(frame, "#cg-to", "melatonin")
    frame.press("#cg-to", "Enter")
    assert frame.locator(".cg-chain").count() > 0
    assert opened.problems == []
