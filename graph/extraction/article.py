"""Read an article (plain text, Markdown or a saved web page) into blocks.

A block is a heading, a paragraph or a list item, with its offsets in the
article's text, the heading above it, and for a list item the lead it
hangs from (the heading, or the paragraph ending in ":" just before the
list). A saved web page is reduced to its main text, title, author and date
by trafilatura; Markdown keeps its ``#`` headings and ``-`` items.

Examples
--------
>>> a = parse_article("Slaap\\n\\nMagnesium helpt.\\n\\n- Krampen: minder.", doc="demo")
>>> [(b.kind, b.section) for b in a.blocks]
[('heading', ''), ('paragraph', 'Slaap'), ('item', 'Slaap')]
>>> a.blocks[2].label
'Krampen'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConceptGraphError

__all__ = ["Article", "Block", "ArticleError", "read_article", "parse_article"]

_ITEM = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)
_NUMBERED_HEADING = re.compile(r"^\d{1,2}\.\s+\S")
_LABEL = re.compile(r"^([^:.!?]{2,80}):\s+(?=\S)")
_AUTHOR = re.compile(r"\b(?:[Dd]oor|[Bb]y)\s+([A-Z][\w'-]+(?:\s+(?:van|de|der|den|von)?\s*[A-Z][\w'-]+){1,3})")
_DATE = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)


class ArticleError(ConceptGraphError):
    """An article could not be read."""


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item of an article.

    ``start``/``end`` are offsets in the article's text; ``label`` is the
    text before the colon of a list item that starts "Label: ..."; ``lead``
    the offsets of the paragraph that introduces the list, if any.
    """

    kind: str
    start: int
    end: int
    section: str
    paragraph: int
    label: str = ""
    label_end: int = 0
    lead: tuple[int, int] | None = None


@dataclass
class Article:
    """An article's text, its blocks and the metadata found in it."""

    doc: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    title: str = ""
    author: str = ""
    published: str = ""
    path: str = ""


def read_article(path: str | Path, doc: str | None = None) -> Article:
    """Read one article file; HTML is reduced to its main text first.

    Raises
    ------
    ArticleError
        When the file cannot be read, is not UTF-8 text, or holds no text.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path}: cannot read the article ({err.strerror or err})") from err
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(
            f"{path}: byte {err.start + 1} is not UTF-8; expected a UTF-8 text, Markdown or HTML file"
        ) from err
    doc = doc or path.stem
    if path.suffix.lower() in {".html", ".htm", ".xhtml"} or _HTML_START.match(text):
        article = _from_html(text, doc, path)
    else:
        article = parse_article(text, doc=doc)
    article.path = str(path)
    if not article.text.strip():
        raise ArticleError(f"{path}: no text found in the article")
    return article


def _from_html(html: str, doc: str, path: Path) -> Article:
    import trafilatura

    text = trafilatura.extract(html, output_format="markdown", include_formatting=True, favor_recall=True) or ""
    meta: Any = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
    article = parse_article(text, doc=doc)
    if meta is not None:
        found = meta if isinstance(meta, dict) else meta.as_dict()
        article.title = found.get("title") or article.title
        article.author = found.get("author") or article.author
        article.published = found.get("date") or article.published
    return article


def parse_article(text: str, doc: str = "article") -> Article:
    """Split an article's text into blocks and find its title, author and date."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    article = Article(doc=doc, text=text)
    section = ""
    paragraph = 0
    lead: tuple[int, int] | None = None
    lines = _lines(text)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            continue
        following_blank = i + 1 >= len(lines) or not text[lines[i + 1][0] : lines[i + 1][1]].strip()
        heading = _heading_text(line, following_blank)
        if heading is not None:
            offset = start + line.index(heading)
            article.blocks.append(Block("heading", offset, offset + len(heading), section, paragraph))
            section, lead = heading, None
            continue
        paragraph += 1
        content_start = start + len(line) - len(line.lstrip())
        item = _ITEM.match(line)
        if item:
            content_start = start + item.end()
            body = text[content_start:end]
            label = _LABEL.match(body)
            article.blocks.append(
                Block(
                    "item",
                    content_start,
                    end,
                    section,
                    paragraph,
                    label=label.group(1).strip() if label else "",
                    label_end=content_start + label.end(1) if label else 0,
                    lead=lead,
                )
            )
            continue
        article.blocks.append(Block("paragraph", content_start, end, section, paragraph))
        lead = (content_start, end) if line.rstrip().endswith(":") else None
    _metadata(article)
    return article


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        while end > start and text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
        start += len(line) + 1
    return spans


def _heading_text(line: str, following_blank: bool) -> str | None:
    """The heading's text if the line is a heading, else None."""
    md = _MD_HEADING.match(line)
    if md:
        return line[md.end() :].strip().strip("#").strip() or None
    stripped = line.strip()
    words = stripped.split()
    if not following_blank or _ITEM.match(line) and not _NUMBERED_HEADING.match(stripped):
        return None
    if len(words) > 12 or stripped[-1] in ".,;:" or "://" in stripped:
        return None
    if not (stripped[0].isupper() or stripped[0].isdigit()) or stripped.isdigit():
        return None
    return stripped


def _metadata(article: Article) -> None:
    headings = [article.text[b.start : b.end] for b in article.blocks[:6] if b.kind == "heading"][:4]
    marked = _MD_TITLE.search(article.text)
    if marked:
        article.title = marked.group(1).strip()
    elif headings:
        article.title = max(headings, key=len)
        first = headings[0].split()
        if article.blocks[0].kind == "heading" and 2 <= len(first) <= 4 and all(w[:1].isupper() for w in first):
            article.author = headings[0]
    head = article.text[:2000]
    author = _AUTHOR.search(head)
    if author:
        article.author = author.group(1)
    date = _DATE.search(head)
    if date:
        if date.group(4):
            article.published = f"{date.group(4)}-{date.group(5)}-{date.group(6)}"
        else:
            article.published = f"{date.group(3)}-{int(date.group(2)):02d}-{int(date.group(1)):02d}"
