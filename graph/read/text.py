"""A file's bytes as text: UTF-8, UTF-16 with a byte-order mark, or Windows-1252 with a warning.

What is plainly not text (a workbook renamed ``.csv``, compressed data, NUL
bytes, UTF-16 without a byte-order mark) is reported as a
:class:`~graph.errors.Problem` naming the file, line and character, with what
to do about it; never guessed at.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "e.csv"
>>> _ = path.write_bytes("\\ufeffsource,target\\n".encode("utf-8"))
>>> read_text(path, "e.csv")
('source,target\\n', [])
>>> _ = path.write_bytes(b"\\x1f\\x8b compressed")
>>> print(read_text(path, "e.csv")[1][0])
e.csv: is compressed (gzip), not CSV text; expected a CSV file (unpack it first)
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Problem, warn_data
from .characters import EXPECTED, FORBIDDEN, describe
from .safety import input_problem

__all__ = ["read_text", "read_raw", "text_of", "BOM", "looks_like_utf16"]

#: The byte-order mark, as text.
BOM = "\ufeff"
_SAVE_AS = "open it in your spreadsheet and save it as 'CSV UTF-8'"
#: Leading bytes of files that are often renamed .csv but are not text.
_SIGNATURES = (
    (b"PK\x03\x04", "is a spreadsheet workbook (.xlsx or .ods) or another zip file, not CSV text", _SAVE_AS),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an Excel workbook (.xls), not CSV text", _SAVE_AS),
    (b"\x1f\x8b", "is compressed (gzip), not CSV text", "unpack it first"),
)


def read_text(path: Path, name: str) -> tuple[str | None, list[Problem]]:
    """Decode the file's bytes, or say why they cannot be read as text."""
    raw, problems = read_raw(path, name)
    return (None, problems) if raw is None else text_of(raw, name)


def read_raw(path: Path, name: str) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or why they cannot be read: the first half of :func:`read_text`.

    >>> import tempfile, pathlib
    >>> print(read_raw(pathlib.Path(tempfile.mkdtemp()) / "none.csv", "none.csv")[1][0])
    none.csv: file not found; expected an existing CSV file
    """
    refused = input_problem(path, name, "a CSV file")
    if refused is not None:
        return None, [refused]
    try:
        return path.read_bytes(), []
    except FileNotFoundError:
        return None, [Problem(name, 0, None, "file not found", "an existing CSV file")]
    except IsADirectoryError:
        return None, [Problem(name, 0, None, "is a folder, not a file", "a CSV file")]
    except PermissionError:
        return None, [Problem(name, 0, None, "permission denied", "a file you may read")]
    except OSError as err:
        return None, [Problem(name, 0, None, f"cannot be read ({err.strerror})", "a readable CSV file")]


def text_of(raw: bytes, name: str) -> tuple[str | None, list[Problem]]:
    """``raw`` (a file's bytes) decoded, or why it is not text: the second half of :func:`read_text`.

    >>> text_of(b"source,target\\n", "e.csv")
    ('source,target\\n', [])
    """
    problem = _not_text(raw, name)
    if problem is not None:
        return None, [problem]
    text = _decode(raw, name)
    if isinstance(text, Problem):
        return None, [text]
    nul = text.find("\x00")  # only UTF-16 text can still hold one here
    if nul >= 0:
        return None, [_nul_problem(name, *_position(text, nul))]
    bad = _forbidden(raw, text)
    if bad is not None:
        line, column = _position(text, bad.start())
        return None, [Problem(name, line, None, f"holds {_a(describe(bad.group()))} at character {column}", EXPECTED)]
    return text, []


#: The bytes of the control characters XML cannot hold; all other bytes, deleted to find them.
_CONTROL_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))
_OTHER_BYTES = bytes(c for c in range(256) if c not in _CONTROL_BYTES)


def _forbidden(raw: bytes, text: str) -> re.Match[str] | None:
    """The first character of ``text`` that :data:`FORBIDDEN` names, or ``None``.

    Decoded from UTF-8 or Windows-1252, such a character is a byte below 0x20 or
    U+FFFE/U+FFFF: deleting every other byte, and two substring searches, tell at
    C speed (30 ms for 28 MB) whether the slower search is needed at all.
    """
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and not raw.translate(None, _OTHER_BYTES) and "\ufffe" not in text and "\uffff" not in text:
        return None
    return FORBIDDEN.search(text)


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _not_text(raw: bytes, name: str) -> Problem | None:
    """A problem when ``raw`` is empty or plainly not CSV text."""
    if not raw or raw.isspace():
        return Problem(name, 0, None, "file is empty", "a header row and data rows")
    for signature, what, advice in _SIGNATURES:
        if raw.startswith(signature):
            return Problem(name, 0, None, what, f"a CSV file ({advice})")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a byte-order mark: NUL bytes are expected
    nul = raw.find(b"\x00")
    if nul < 0:
        return None
    if looks_like_utf16(raw):
        return Problem(name, 0, None, "is UTF-16 text without a byte-order mark", f"UTF-8 text ({_SAVE_AS})")
    line_start = raw.rfind(b"\n", 0, nul) + 1
    column = len(raw[line_start:nul].decode("utf-8", errors="replace")) + 1
    return _nul_problem(name, raw.count(b"\n", 0, nul) + 1, column)


def _nul_problem(name: str, line: int, column: int) -> Problem:
    return Problem(
        name, line, None, f"NUL byte at character {column}, so this is not a text file", f"a CSV file ({_SAVE_AS})"
    )


def looks_like_utf16(raw: bytes) -> bool:
    """True when every second byte of the start is NUL, as in UTF-16 ASCII text."""
    head = raw[:200]
    zeros = (head[0::2].count(0), head[1::2].count(0))
    half = len(head) // 2
    return half >= 2 and (min(zeros) == 0 and max(zeros) >= 0.8 * half)


def _decode(raw: bytes, name: str) -> str | Problem:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as err:
            return Problem(name, 0, None, f"is not valid UTF-16 text (at byte {err.start})", f"UTF-8 text ({_SAVE_AS})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _position(raw.decode("utf-8", errors="replace"), _char_offset(raw, err.start))
        where = f"byte 0x{raw[err.start]:02x} at character {col}"
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            return Problem(name, line, None, f"not UTF-8 text ({where})", f"a file saved as UTF-8 ({_SAVE_AS})")
        warn_data(
            f"{name}:{line}: not UTF-8 ({where}), so the file was read as Windows-1252; "
            f"check its accented letters, or {_SAVE_AS}"
        )
    return text[1:] if text.startswith(BOM) else text


def _char_offset(raw: bytes, byte_offset: int) -> int:
    return len(raw[:byte_offset].decode("utf-8", errors="replace"))


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col
