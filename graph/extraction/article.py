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
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..errors import ConceptGraphError
from ..read.characters import FORBIDDEN
from ..read.safety import input_problem
from ..read.text import looks_like_utf16
from .webpage import page_text

__all__ = [
    "Article",
    "Block",
    "ArticleError",
    "read_article",
    "read_article_stream",
    "check_article",
    "check_text_size",
    "article_from_bytes",
    "parse_article",
    "MAX_ARTICLE_BYTES",
    "MAX_PAGE_BYTES",
    "ARTICLE_FILE",
]

#: The most bytes of text an article may have (about 150,000 words): reading one takes some 20 s a
#: megabyte, and its review page must stay usable in a browser. See docs/limits.md.
MAX_ARTICLE_BYTES = 1_000_000
#: The most bytes a saved web page may have (its markup, scripts and styles included); the text
#: found in it is held to :data:`MAX_ARTICLE_BYTES`.
MAX_PAGE_BYTES = 5_000_000
#: What an article argument must name.
ARTICLE_FILE = "an article file (plain text, Markdown or HTML)"
_TEXT = "a UTF-8 text, Markdown or HTML file"
_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_ITEM = re.compile(r"^\s*(?:[-*•–·▪◦]|\d{1,2}[.)])\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_TITLE = re.compile(r"^[^\S\n]{0,3}#[^\S\n]+(\S.*)$", re.MULTILINE)  # closing #s: _title_text
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
        When the file is missing, a folder or not a regular file, is larger
        than :data:`MAX_ARTICLE_BYTES` (a web page: :data:`MAX_PAGE_BYTES`),
        cannot be read, is not UTF-8 text, or holds no text.
    """
    path = Path(path)
    check_article(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(f"{path}: cannot read the article ({err.strerror or err})") from err
    article = article_from_bytes(raw, str(path), doc or path.stem, html=_is_page(path) or None)
    article.path = str(path)
    return article


def check_article(path: str | Path, expected: str = ARTICLE_FILE) -> None:
    """Refuse, before a byte is read, what cannot be an article: ``path`` missing, a folder, a device
    or a named pipe, or a file over the size limit (:data:`MAX_ARTICLE_BYTES`, for a web page
    :data:`MAX_PAGE_BYTES`). ``expected`` says what the message asks for instead.

    Raises
    ------
    ArticleError

    Examples
    --------
    >>> check_article("/etc")
    Traceback (most recent call last):
    ...
    graph.extraction.article.ArticleError: /etc: is a folder; expected an article file (plain text, Markdown or HTML)
    """
    path = Path(path)
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError, ValueError) as err:  # ValueError: a NUL in the name
        raise ArticleError(f"{path}: no such file; expected {expected}") from err
    except OSError as err:
        raise ArticleError(f"{path}: cannot read the article ({err.strerror or err})") from err
    if stat.S_ISDIR(info.st_mode):
        raise ArticleError(f"{path}: is a folder; expected {expected}")
    refused = input_problem(path, str(path), expected)
    if refused is not None and not stat.S_ISREG(info.st_mode):
        raise ArticleError(str(refused))
    limit, what = (MAX_PAGE_BYTES, "a saved web page") if _is_page(path) else (MAX_ARTICLE_BYTES, "an article")
    if info.st_size > limit:
        raise ArticleError(_too_large(str(path), f"is {info.st_size:,} bytes", limit, what))


def read_article_stream(stream: BinaryIO, name: str = "standard input", doc: str = "stdin") -> Article:
    """Read one article from a binary stream, such as standard input, up to the size limit.

    Raises
    ------
    ArticleError
        As :func:`article_from_bytes`; and when the stream holds more than
        :data:`MAX_PAGE_BYTES`, after reading no more than that.

    Examples
    --------
    >>> import io
    >>> read_article_stream(io.BytesIO(b"Magnesium helpt.")).text
    'Magnesium helpt.'
    """
    raw = stream.read(MAX_PAGE_BYTES + 1)
    if len(raw) > MAX_PAGE_BYTES:
        raise ArticleError(
            f"{name}: holds more than {MAX_PAGE_BYTES:,} bytes, the most a saved web page may have "
            f"(an article's text: {MAX_ARTICLE_BYTES:,}); expected a shorter article "
            "(split it in parts; see docs/limits.md)"
        )
    return article_from_bytes(raw, name, doc)


def article_from_bytes(raw: bytes, name: str, doc: str, html: bool | None = None) -> Article:
    """An article from the bytes of a file (or of standard input) called ``name`` in messages.

    ``html`` says whether the bytes are a web page; ``None`` tells it from how they begin.

    Raises
    ------
    ArticleError
        When the bytes are neither UTF-8 nor UTF-16 with a byte-order mark, hold a NUL byte
        (not text), are over the size limit, or hold no text.

    Examples
    --------
    >>> article_from_bytes(b"<p>Magnesium helpt.</p>", "-", "stdin").text
    'Magnesium helpt.'
    """
    text = _decoded(raw, name)
    is_html = bool(_HTML_START.match(text)) if html is None else html
    if is_html and len(raw) > MAX_PAGE_BYTES:
        raise ArticleError(_too_large(name, f"is {len(raw):,} bytes", MAX_PAGE_BYTES, "a saved web page"))
    article = _from_html(text, doc) if is_html else parse_article(text, doc=doc)
    check_text_size(article.text, name, "holds {:,} bytes of text" if is_html else "is {:,} bytes")
    if not article.text.strip():
        raise ArticleError(f"{name}: no text found in the article")
    return article


def _decoded(raw: bytes, name: str) -> str:
    """The text of an article's bytes: UTF-8 (with or without a byte-order mark), or UTF-16 with one.

    A NUL byte is refused, naming where it is: such a file is not text (a PDF or a Word
    document), or is UTF-16 without the mark that tells its byte order.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark (Notepad's "Unicode")
        try:
            return raw.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError as err:
            raise ArticleError(f"{name}: byte {err.start + 1} is not UTF-16; expected {_TEXT}") from err
    nul = raw.find(b"\x00")
    if nul >= 0:
        if looks_like_utf16(raw):
            raise ArticleError(f"{name}: is UTF-16 text without a byte-order mark; expected {_TEXT}")
        line = raw.count(b"\n", 0, nul) + 1
        column = len(raw[raw.rfind(b"\n", 0, nul) + 1 : nul].decode("utf-8", "replace")) + 1
        where = f"{name}:{line}: NUL byte at character {column}"
        raise ArticleError(f"{where}, so this is not a text file; expected {_TEXT}")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{name}: byte {err.start + 1} is not UTF-8; expected {_TEXT}") from err


def check_text_size(text: str, name: str, said: str = "is {:,} bytes") -> None:
    """Refuse an article's ``text`` larger than :data:`MAX_ARTICLE_BYTES` (in UTF-8), naming it ``name``.

    Examples
    --------
    >>> check_text_size("x" * 1_000_001, "text1")
    Traceback (most recent call last):
    ...
    graph.extraction.article.ArticleError: text1: is 1,000,001 bytes, more than the 1,000,000 an article may have; ...
    """
    if len(text) * 4 <= MAX_ARTICLE_BYTES:  # no need to count
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(_too_large(name, said.format(size), MAX_ARTICLE_BYTES, "an article"))


def _too_large(name: str, size: str, limit: int, what: str) -> str:
    return (
        f"{name}: {size}, more than the {limit:,} {what} may have; "
        "expected a shorter article (split it in parts; see docs/limits.md)"
    )


def _is_page(path: Path) -> bool:
    return path.suffix.lower() in _PAGE_SUFFIXES


def _from_html(html: str, doc: str) -> Article:
    found = page_text(html)
    article = parse_article(found.text, doc=doc)
    article.title = found.title or article.title
    article.author = found.author or article.author
    article.published = found.published or article.published
    return article


def parse_article(text: str, doc: str = "article") -> Article:
    """Split an article's text into blocks and find its title, author and date.

    A control character that no data file may hold (a form feed from a PDF's text, an escape)
    becomes a space, so that no candidate carries one into the data.

    >>> parse_article("Magnesium\\x0cbevordert de slaap.").text
    'Magnesium bevordert de slaap.'
    """
    text = FORBIDDEN.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
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


def _title_text(line: str) -> str:
    """The text of a Markdown title line after ``# ``, without its closing ``#``s.

    Done in steps, not in the pattern: a pattern ending ``(.+?)\\s*#*\\s*$`` backtracks for
    minutes over a line of a few thousand spaces.

    >>> _title_text("Magnesium en slaap ##  ")
    'Magnesium en slaap'
    """
    return line.rstrip().rstrip("#").rstrip()


def _metadata(article: Article) -> None:
    headings = [article.text[b.start : b.end] for b in article.blocks[:6] if b.kind == "heading"][:4]
    marked = _MD_TITLE.search(article.text)
    if marked:
        article.title = _title_text(marked.group(1))
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
