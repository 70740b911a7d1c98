"""Read one CSV file into a :class:`Table`, noting every problem on the way.

Spreadsheets save CSV in many ways; this module reads what they write:
UTF-8 with or without a byte-order mark (and Windows-1252, with a warning),
comma, semicolon or tab as delimiter (guessed from the header line), CRLF
or LF line ends, quoted fields with delimiters and newlines inside, blank
lines, trailing delimiters and header names in any case. Cells are kept as
strings, stripped of surrounding white space, so ``007`` stays ``007``.

Problems are collected, not raised, so a caller can report all of them at
once; each names the file, the line and the column.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "e.csv"
>>> _ = path.write_text("Source;Target\\n007;b\\n", encoding="utf-8")
>>> table, problems = read_table(path)
>>> table.columns, table.delimiter, table.rows, problems
(['source', 'target'], ';', [(2, ['007', 'b'])], [])
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DataWarning, Problem

__all__ = ["Table", "read_table", "DELIMITERS"]

#: The delimiters a file may use, in order of preference on a tie.
DELIMITERS = (",", ";", "\t")

_BOM = "\ufeff"


@dataclass
class Table:
    """The rows of one CSV file.

    ``columns`` are the header names, stripped and lower-cased; ``rows`` are
    ``(line, cells)`` pairs where ``line`` is the physical line the record
    starts on and ``cells`` has one string per column.
    """

    name: str
    delimiter: str = ","
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    def index(self, column: str) -> int | None:
        """Position of ``column`` in a row, or ``None`` when the file lacks it."""
        try:
            return self.columns.index(column)
        except ValueError:
            return None

    def __len__(self) -> int:
        return len(self.rows)


def read_table(path: str | Path, name: str | None = None) -> tuple[Table, list[Problem]]:
    """Read the CSV file at ``path``.

    Parameters
    ----------
    path : str or Path
        The file to read.
    name : str, optional
        How to call the file in messages; defaults to ``str(path)``.

    Returns
    -------
    (Table, list of Problem)
        The table (possibly empty when the file could not be read) and the
        problems found. A file with problems may still yield rows.
    """
    name = name or str(path)
    table = Table(name)
    text, problems = _read_text(Path(path), name)
    if text is None:
        return table, problems
    table.delimiter = _guess_delimiter(text)
    problems += _parse(text, table)
    return table, problems


def _read_text(path: Path, name: str) -> tuple[str | None, list[Problem]]:
    """Decode the file's bytes, or say why they cannot be read as text."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [Problem(name, 0, None, "file not found", "an existing CSV file")]
    except IsADirectoryError:
        return None, [Problem(name, 0, None, "is a directory", "a CSV file")]
    except PermissionError:
        return None, [Problem(name, 0, None, "permission denied", "a file you may read")]
    except OSError as err:
        return None, [Problem(name, 0, None, f"cannot be read ({err.strerror})", "a readable CSV file")]
    if not raw.strip():
        return None, [Problem(name, 0, None, "file is empty", "a header row and data rows")]
    text = _decode(raw, name)
    if isinstance(text, Problem):
        return None, [text]
    nul = text.find("\x00")
    if nul >= 0:
        line, col = _position(text, nul)
        return None, [
            Problem(
                name,
                line,
                None,
                f"NUL byte at character {col}",
                "plain text (save the sheet as CSV, not as a workbook)",
            )
        ]
    return text, []


def _decode(raw: bytes, name: str) -> str | Problem:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line, col = _position(raw.decode("utf-8", errors="replace"), _char_offset(raw, err.start))
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            return Problem(
                name,
                line,
                None,
                f"not UTF-8 text (byte 0x{raw[err.start]:02x} at character {col})",
                "a file saved as UTF-8",
            )
        warnings.warn(
            f"{name}:{line}: not UTF-8 (byte 0x{raw[err.start]:02x} at character {col}); "
            "read as Windows-1252 - save it as UTF-8 to be sure",
            DataWarning,
            stacklevel=4,
        )
    return text[1:] if text.startswith(_BOM) else text


def _char_offset(raw: bytes, byte_offset: int) -> int:
    return len(raw[:byte_offset].decode("utf-8", errors="replace"))


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of character ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _guess_delimiter(text: str) -> str:
    """The delimiter used most often outside quotes on the first non-blank line."""
    header = next((ln for ln in text.splitlines() if ln.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _parse(text: str, table: Table) -> list[Problem]:
    """Fill ``table`` from ``text``; return the problems met."""
    problems: list[Problem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems.append(_quote_problem(table.name, start, err))
            break
        if not any(cell.strip() for cell in record):
            continue  # blank line, or a line of bare delimiters
        cells = [cell.strip() for cell in record]
        if not table.columns:
            problems += _set_header(table, cells, start)
            continue
        problems += _fit_width(table, cells, start)
        table.rows.append((start, cells))
    if not table.columns and not problems:
        problems.append(Problem(table.name, 0, None, "no header row", "a header row naming the columns"))
    return problems


def _quote_problem(name: str, line: int, err: csv.Error) -> Problem:
    reason = str(err)
    if "end of data" in reason or "EOF" in reason:
        return Problem(
            name,
            line,
            None,
            "a quoted value is never closed",
            'a closing " for every opening " (write "" for a quote inside a value)',
        )
    return Problem(
        name,
        line,
        None,
        f"malformed CSV ({reason})",
        'values with a delimiter, quote or newline inside wrapped in "..."',
    )


def _set_header(table: Table, cells: list[str], line: int) -> list[Problem]:
    problems = []
    names = [cell.lstrip(_BOM).strip().lower() for cell in cells]
    while names and not names[-1]:
        names.pop()  # trailing delimiters
    seen: set[str] = set()
    for position, column in enumerate(names, start=1):
        if not column:
            problems.append(
                Problem(table.name, line, None, f"header cell {position} is empty", "a name for every column")
            )
        elif column in seen:
            problems.append(Problem(table.name, line, column, "column named twice in the header", "each column once"))
        seen.add(column)
    table.columns = names
    return problems


def _fit_width(table: Table, cells: list[str], line: int) -> list[Problem]:
    """Pad short rows; drop empty trailing cells; report real extra values."""
    ncols = len(table.columns)
    if len(cells) < ncols:
        cells.extend([""] * (ncols - len(cells)))
        return []
    extra = cells[ncols:]
    del cells[ncols:]
    if any(extra):
        return [
            Problem(
                table.name,
                line,
                None,
                f"{ncols + len(extra)} values but the header has {ncols} columns",
                f"one value per column (wrap values containing '{_show(table.delimiter)}' in quotes)",
            )
        ]
    return []


def _show(delimiter: str) -> str:
    return "\\t" if delimiter == "\t" else delimiter
