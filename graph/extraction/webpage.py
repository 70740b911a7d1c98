"""A saved web page reduced to its text: headings, paragraphs and list items, as the page has them.

trafilatura finds the page's main text (leaving out menus, footers and
adverts) and its title, author and date. Its Markdown output escapes the
page's own characters (``5\\*3``, ``vitamine\\_B6``, ``\\[noten\\]``) and adds
emphasis marks that are not in the page, so the text is taken from the tree
trafilatura builds instead: a heading becomes a line ``# ...``, a list item a
line ``- ...``, every other block a paragraph, each with the page's characters.

When trafilatura finds no text (a page nested thousands of elements deep, which
its parser cuts off, or one whose document type declares entities), the page's
text is read by a streaming parser that builds no tree and expands no entities
declared in the page, so that such a page is read rather than refused.

Examples
--------
>>> page = (
...     "<html><body><article><h1>Slaap</h1><p>Neem 5*3 tabletten vitamine_B6 [1], zo staat in "
...     "de bronnen die hier besproken worden.</p></article></body></html>"
... )
>>> print(page_text(page).text)
# Slaap
<BLANKLINE>
Neem 5*3 tabletten vitamine_B6 [1], zo staat in de bronnen die hier besproken worden.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

__all__ = ["PageText", "page_text"]

#: A document type declaring its own entities (``<!DOCTYPE x [ <!ENTITY ...> ]>``), with the XML
#: declaration before it: left out before the page is parsed, so that no declared entity is expanded.
_INTERNAL_SUBSET = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_SPACES = re.compile(r"[^\S\n]+")
#: Elements whose text is no part of the page's text.
_HIDDEN = frozenset({"script", "style", "template", "noscript", "title", "head", "svg", "math"})
#: Elements that begin a new line of text.
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
})  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass
class PageText:
    """A page's text (one block a line, headings as ``# ...``, items as ``- ...``) and its metadata."""

    text: str
    title: str = ""
    author: str = ""
    published: str = ""


def page_text(html: str) -> PageText:
    """The main text of a web page, with its title, author and date where the page gives them.

    Parameters
    ----------
    html : str
        The page's HTML.

    Returns
    -------
    PageText
        Its ``text`` is empty when the page holds no text at all.
    """
    html = _INTERNAL_SUBSET.sub("", html, count=1)
    found = _main_text(html)
    if found.text.strip():
        return found
    plain = _plain_text(html)
    return PageText(plain.text, found.title or plain.title, found.author, found.published)


def _main_text(html: str) -> PageText:
    import trafilatura

    document: Any = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    if document is None:
        return PageText("")
    meta = document if isinstance(document, dict) else document.as_dict()
    body = meta.get("body")
    blocks: list[str] = []
    if body is not None:
        for element in body:
            _blocks(element, blocks)
    text = "\n\n".join(b for b in blocks if b)
    return PageText(text, meta.get("title") or "", meta.get("author") or "", meta.get("date") or "")


def _blocks(element: Any, out: list[str]) -> None:
    """The lines of one element of trafilatura's tree (``head``, ``p``, ``list``, ``table``, ...)."""
    tag = element.tag
    if tag == "head":
        heading = _line(_inline(element))
        out.append("# " + heading if heading else "")
    elif tag == "list":
        out.append("\n".join(_items(element)))
    elif tag == "table":
        rows = [" | ".join(_line(_inline(cell)) for cell in row) for row in element.iter("row")]
        out.extend(row for row in rows if row.strip(" |"))
    else:
        out.extend(_line(line) for line in _inline(element).split("\n"))


def _items(listing: Any) -> list[str]:
    """A list's items, ``- `` before each, the items of a list inside one after it."""
    lines = []
    for item in listing.iter("item"):
        text = _line(_inline(item))
        if text:
            lines.append("- " + text)
    return lines


def _inline(element: Any) -> str:
    """The text of an element as one string, a line break where the page breaks the line; nested
    lists left out (they are items of their own)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != "list":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _line(text: str) -> str:
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


class _TextParser(HTMLParser):
    """The text of every element but the hidden ones, a new line at each block; no tree is built."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.hidden = 0
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.hidden = 0  # a head never closed hides nothing of the body
        if tag in _HIDDEN:
            self.hidden += 1
            self._in_title = tag == "title"
        elif tag in _BLOCKS:
            self.lines.append("# " if tag in _HEADINGS else "")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            self._in_title = False
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self.hidden:
            self.lines[-1] += data


def _plain_text(html: str) -> PageText:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [_line(line) for line in parser.lines]
    text = "\n\n".join(line for line in lines if line.strip("# "))
    return PageText(text, title=_line(parser.title))
