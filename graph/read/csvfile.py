"""Read one CSV file into a :class:`Table`, noting every problem on the way.

Spreadsheets save CSV in many ways; this module reads what they write:
UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode
text"), Windows-1252 (read with a warning); comma, semicolon or tab as
delimiter (guessed from the header line, or taken from an Excel ``sep=;``
first line); CRLF, LF or CR line ends, even mixed; quoted fields with
delimiters and newlines inside; blank lines, trailing delimiters, header
names in any case and values up to :data:`FIELD_LIMIT` characters. Cells are
kept as strings, stripped of surrounding white space (and of stray
byte-order marks), so ``007`` stays ``007`` and ``=SUM(A1)`` stays text.

What is not CSV text (a workbook renamed ``.csv``, NUL bytes, an unknown
encoding) is reported, not guessed at (:mod:`graph.read.text`). Problems are collected, not raised,
so a caller can report all of them at once; each names the file, the line
and, where one is at fault, the column.

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
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, Literal

from ..errors import Problem, warn_data
from .coded import Coded
from .quickcsv import FIELD_LIMIT as QUICK_FIELD_LIMIT
from .quickcsv import QUICK_FROM, EarlyPart, early_part, values_by_pandas
from .text import BOM as _BOM
from .text import read_raw, text_of

__all__ = ["Table", "read_table", "DELIMITERS", "FIELD_LIMIT"]

#: The delimiters a file may use, in order of preference on a tie.
DELIMITERS = (",", ";", "\t")
#: The longest value a cell may hold, in characters (Python's csv stops at 131,072).
FIELD_LIMIT = QUICK_FIELD_LIMIT

_LINE_END = re.compile(r"\r\n|\r|\n")
_SEP_LINE = re.compile(r"sep=([^\w\r\n\"' ])[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE)


class Table:
    """The rows of one CSV file.

    ``columns`` are the header names, stripped and lower-cased; ``rows`` are
    ``(line, cells)`` pairs where ``line`` is the physical line the record
    starts on and ``cells`` has one string per column. A table read by the
    quick path (one record a line, every row complete) holds its values by
    column until ``rows`` is first asked for; :meth:`values` gives them
    without making the rows.

    Examples
    --------
    >>> table = Table("e.csv", columns=["source", "target"], rows=[(2, ["a", "b"]), (3, ["b", "c"])])
    >>> len(table), table.values()
    (2, [['a', 'b'], ['b', 'c']])
    """

    def __init__(
        self,
        name: str,
        delimiter: str = ",",
        columns: list[str] | None = None,
        rows: list[tuple[int, list[str]]] | None = None,
    ):
        self.name = name
        self.delimiter = delimiter
        #: How the file quotes: ``csv.QUOTE_MINIMAL`` as spreadsheets write, or ``csv.QUOTE_NONE`` for
        #: KGX's TSV, which never quotes (a value may start with a quote there).
        self.quoting: Literal[0, 3] = csv.QUOTE_MINIMAL
        self.columns: list[str] = columns if columns is not None else []
        #: The header cells as the file writes them (case kept), for messages that quote them.
        self.written: list[str] = []
        self._rows: list[tuple[int, list[str]]] = rows if rows is not None else []
        # (first line, values of each column: lists, or coded columns from pandas)
        self._by_column: tuple[int, list[Sequence[str]]] | None = None

    def __repr__(self) -> str:
        return f"Table({self.name!r}, columns={self.columns!r}, {len(self)} rows)"

    @classmethod
    def of_columns(cls, name: str, columns: list[str], first_line: int, values: list[Sequence[str]]) -> Table:
        """A table of ``values`` by column, its records on the lines from ``first_line`` on, one a line.

        >>> Table.of_columns("e.txt", ["source", "target"], 3, [["a", "b"], ["b", "c"]]).rows
        [(3, ['a', 'b']), (4, ['b', 'c'])]
        """
        table = cls(name, columns=columns)
        if values and len(values[0]):
            table._by_column = (first_line, values)
        return table

    @property
    def rows(self) -> list[tuple[int, list[str]]]:
        if self._by_column is not None:
            first, values = self._by_column
            self._by_column = None
            lines = range(first, first + len(values[0]))
            self._rows = list(zip(lines, map(list, zip(*values, strict=True)), strict=True))
        return self._rows

    def values(self) -> list[Sequence[str]]:
        """The values of each column, in the order of :attr:`columns` (equal values may be one object)."""
        if self._by_column is not None:
            return self._by_column[1]
        by_column = zip(*(cells for _, cells in self._rows), strict=True)
        return [list(column) for column in by_column] or [[] for _ in self.columns]

    def replace(self, columns: list[str], rows: list[tuple[int, list[str]]]) -> None:
        """Give the table a new header and rows (a file rewritten as our columns, such as KGX)."""
        self.columns, self._rows, self._by_column = columns, rows, None

    def clear(self) -> None:
        """Drop the rows (once read into a graph), keeping the header."""
        self._rows, self._by_column = [], None

    def index(self, column: str) -> int | None:
        """Position of ``column`` in a row, or ``None`` when the file lacks it."""
        try:
            return self.columns.index(column)
        except ValueError:
            return None

    def __len__(self) -> int:
        return len(self._by_column[1][0]) if self._by_column is not None else len(self._rows)


def read_table(
    path: str | Path, name: str | None = None, shared: dict[str, str] | None = None
) -> tuple[Table, list[Problem]]:
    """Read the CSV file at ``path``.

    Parameters
    ----------
    path : str or Path
        The file to read.
    name : str, optional
        How to call the file in messages; defaults to ``str(path)``.
    shared : dict, optional
        Values already met (each its own key and value), to make equal values one
        object; pass the same dict to read files whose values meet (a node file and
        its edge list), so that looking up an edge's ends in the nodes compares
        objects rather than texts.

    Returns
    -------
    (Table, list of Problem)
        The table (possibly empty when the file could not be read) and the
        problems found. A file with problems may still yield rows.

    Warns
    -----
    DataWarning
        When the file is not UTF-8 and was read as Windows-1252, or a line
        repeats the header (two files joined) and was skipped.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "n.csv"
    >>> _ = path.write_bytes(b"PK\\x03\\x04 a workbook")
    >>> print(read_table(path)[1][0])  # doctest: +ELLIPSIS
    /.../n.csv: is a spreadsheet workbook (.xlsx or .ods) ...; expected a CSV file (open it ... as 'CSV UTF-8')
    """
    name = name or str(path)
    table = Table(name)
    raw, problems = read_raw(Path(path), name)
    if raw is None:
        return table, problems
    # a large file's columns after the first are read in a second process while this one decodes and checks it
    early = early_part(raw, _guess_delimiter(raw[:65536].decode("utf-8", "replace")))
    try:
        text, more = text_of(raw, name)
        problems += more
        del raw  # (kept by ``early`` where it is read from)
        if text is None:
            return table, problems
        found = _SEP_LINE.match(text)
        if found:
            table.delimiter, text, first_line = found.group(1), text[found.end() :], 2
        else:
            table.delimiter, first_line = _guess_delimiter(text), 1
        if table.delimiter == "\t" and _names_kgx_ends(text):
            table.quoting = csv.QUOTE_NONE
        problems += _parse(text, table, first_line, {} if shared is None else shared, early)
        return table, problems
    finally:
        if early is not None:
            early.wait.cancel()


def _reader(stream: io.StringIO, table: Table) -> Any:
    """A CSV reader of ``stream`` in the table's delimiter and quoting."""
    return csv.reader(stream, delimiter=table.delimiter, quoting=table.quoting, strict=True, skipinitialspace=True)


def _names_kgx_ends(text: str) -> bool:
    """True when the header line (tab-separated) is a KGX file's: an edge file's ``subject`` and
    ``object``, or a node file's ``id``, ``category`` and ``name`` (KGX's TSV never quotes).

    >>> _names_kgx_ends("id\\tsubject\\tpredicate\\tobject\\nx\\ty\\tz\\tw"), _names_kgx_ends("source\\ttarget\\n")
    (True, False)
    >>> _names_kgx_ends("id\\tcategory\\tname\\n"), _names_kgx_ends("id\\tlabel\\tcategory\\n")
    (True, False)
    """
    header = {cell.strip().lower() for cell in text.split("\n", 1)[0].split("\t")}
    return {"subject", "object"} <= header or {"id", "category", "name"} <= header


def _guess_delimiter(text: str) -> str:
    """The delimiter used most often outside quotes on the first non-blank line."""
    header = next((ln for ln in _LINE_END.split(text[:65536]) if ln.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


@contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    """Let the csv module read values up to ``limit`` characters, then restore its limit."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _cell_cleaner(text: str, shared: dict[str, str]) -> Callable[[list[str]], list[str]]:
    """A function stripping a record's cells and sharing equal values between rows.

    Sharing (one string object for every ``magnesium`` in the file) cuts the
    memory a long edge list takes by a third or more; stray byte-order marks, left where two
    saved files were joined, are stripped only when the text has any.
    """
    share = shared.setdefault
    if _BOM in text:
        return lambda record: [share(s, s) for s in (c.strip().strip(_BOM).strip() for c in record)]

    def clean(record: list[str]) -> list[str]:
        cells = list(map(str.strip, record))
        return list(map(share, cells, cells))  # no Python-level loop: a tenth quicker on large files

    return clean


def _parse(
    text: str, table: Table, first_line: int, shared: dict[str, str], early: EarlyPart | None = None
) -> list[Problem]:
    """Fill ``table`` from ``text`` (which starts on line ``first_line``); return the problems met.
    ``early``: the columns after the first of a large file, already being read
    (:func:`~graph.read.quickcsv.early_part`)."""
    if _parse_by_column(text, table, first_line, shared, early):
        return []
    return _parse_by_row(text, table, first_line, shared)


#: Columns of long values that are mostly distinct (evidence, say; judged by the first
#: values) are not worth sharing. Ids are: even when most are new, every later look-up
#: of a shared one finds its hash already computed.
_SHARE_SAMPLE, _SHARE_DISTINCT, _SHARE_LENGTH = 1000, 0.9, 24


def _parse_by_column(
    text: str, table: Table, first_line: int, shared: dict[str, str], early: EarlyPart | None = None
) -> bool:
    """The quick path for the common file: fill ``table`` by column and return True, or
    return False (leaving ``table`` as it was) for :func:`_parse_by_row` to read it.

    It takes only files that read exactly as :func:`_parse_by_row` would read them without
    a word to say: every record on one line of its own (no blank line, no value across
    lines), each as wide as the header, no repeated header, no stray byte-order mark and
    no row with an empty first value. Checking that costs little next to the parsing, and
    stripping and sharing values a column at a time is three times quicker than a row at a time.
    """
    if _BOM in text or ("\r" in text and text.count("\r") != text.count("\r\n")):
        return False  # a lone CR ends a line too: leave counting those to the careful reader
    # A text for pandas (large, no quote: its header is its first line) is not copied into a
    # StringIO, which holds four bytes a character: 1.2 GB for an edge list of 5,000,000 rows.
    plain = len(text) >= QUICK_FROM and '"' not in text
    start = text[: text.find("\n") + 1] if plain and "\n" in text else text
    reader = _reader(io.StringIO(start, newline=""), table)
    with _field_limit(FIELD_LIMIT):
        try:
            header = [cell.strip() for cell in next(reader, [])]
            names = _header_names(header)
            width = len(names)
            if not any(header) or len(header) != width or _set_header(Table(table.name), header, first_line):
                return False
            values: list[Sequence[str]] | None = None
            if plain:  # (pandas' columns come with as many rows as the text has lines after its header)
                values = values_by_pandas(text, table.delimiter, width, None, early)  # type: ignore[assignment]
            quick = values is not None
            if values is None:
                if start is not text:  # the whole text after all, from its second line
                    reader = _reader(io.StringIO(text, newline=""), table)
                    next(reader)
                values = _values_by_column(reader, width, shared)
        except csv.Error:
            return False
    if values is None or (not quick and 1 + len(values[0]) != text.count("\n") + (not text.endswith("\n"))):
        return False  # a row of another width, or a record over more lines than one (or a blank line)
    first = values[0].values if isinstance(values[0], Coded) else values[0]  # a coded column: each value once
    if len(values[0]) and ("" in first or names[0] in map(str.lower, first)):
        return False  # a row to skip, or the header again: the careful reader says so
    table.columns, table.written = names, _written(header)
    if values[0]:
        table._by_column = (first_line + 1, values)
    return True


#: Records read at a time by the quick path (the values of one chunk, as read, are kept only while it is stripped).
_CHUNK = 65536


def _values_by_column(reader: Iterator[list[str]], width: int, shared: dict[str, str]) -> list[Sequence[str]] | None:
    """The stripped values of each column of the records ``reader`` gives, or ``None`` when one
    is not ``width`` values wide. Equal values are made one object, but in columns of long values
    that are mostly distinct (judged by their first values), where that would cost more than it saves."""
    values: list[list[str]] = [[] for _ in range(width)]
    share = shared.setdefault
    sharing: list[bool] = []
    while chunk := list(islice(reader, _CHUNK)):
        if set(map(len, chunk)) != {width}:
            return None
        for position, column in enumerate(zip(*chunk, strict=True)):
            stripped = list(map(str.strip, column))
            if len(sharing) < width:
                sample = stripped[:_SHARE_SAMPLE]
                long = sum(map(len, sample)) > _SHARE_LENGTH * len(sample)
                sharing.append(not long or len(set(sample)) <= _SHARE_DISTINCT * len(sample))
            values[position] += map(share, stripped, stripped) if sharing[position] else stripped
    return list(values)


def _parse_by_row(text: str, table: Table, first_line: int, shared: dict[str, str]) -> list[Problem]:
    """Fill ``table`` from ``text`` record by record, noting every problem on the way."""
    problems: list[Problem] = []
    reader = _reader(io.StringIO(text, newline=""), table)
    clean = _cell_cleaner(text, shared)
    rows = table.rows
    header_seen = False
    first = ""  # the first column's name, to spot a repeated header cheaply
    ncols = 0
    offset = first_line - 1
    done = 0  # lines read so far
    with _field_limit(FIELD_LIMIT):
        try:
            for record in reader:
                start, done = done + 1 + offset, reader.line_num
                cells = clean(record)
                if not any(cells):
                    continue  # blank line, or a line of bare delimiters
                if not header_seen:
                    header_seen = True
                    problems += _set_header(table, cells, start)
                    ncols, first = len(table.columns), (table.columns or [""])[0]
                elif cells[0].lower() == first and _header_names(cells) == table.columns:
                    warn_data(f"{table.name}:{start}: repeats the header row (were two files joined?); skipped")
                else:
                    if len(cells) != ncols:
                        problems += _fit_width(table, cells, start)
                    rows.append((start, cells))
        except csv.Error as err:
            problems.append(_csv_problem(table.name, done + 1 + offset, reader.line_num + offset, err))
    if not header_seen and not problems:
        problems.append(Problem(table.name, 0, None, "no header row", "a header row naming the columns"))
    return problems


def _csv_problem(name: str, start: int, line: int, err: csv.Error) -> Problem:
    """What a csv module error means, said for someone who saved the file from a spreadsheet."""
    reason = str(err)
    if "field larger than field limit" in reason:
        return Problem(
            name,
            start,
            None,
            f"a value longer than {FIELD_LIMIT:,} characters",
            'shorter values (if none is that long, a " that opens a quoted value is never closed)',
        )
    if "end of data" in reason or "EOF" in reason:
        return Problem(
            name,
            start,
            None,
            "a quoted value is never closed",
            'a closing " for every opening " (write "" for a quote inside a value)',
        )
    if "expected after" in reason:
        return Problem(
            name,
            line,
            None,
            "text follows the closing quote of a quoted value",
            'the delimiter right after the closing " (write "" for a quote inside a value)',
        )
    return Problem(
        name,
        line,
        None,
        f"malformed CSV ({reason})",
        'values with a delimiter, quote or newline inside wrapped in "..."',
    )


def _header_names(cells: list[str]) -> list[str]:
    """Column names as the header cells give them: lower case, without trailing empty cells.

    A name still wrapped in quotes (``""Source""`` in the file) loses them.
    """
    names = [(cell[1:-1].strip() if len(cell) > 1 and cell[0] == cell[-1] == '"' else cell).lower() for cell in cells]
    while names and not names[-1]:
        names.pop()  # trailing delimiters
    return names


def _written(cells: list[str]) -> list[str]:
    """The header cells as written: case kept, quotes taken off, no trailing empty cells."""
    names = [cell[1:-1].strip() if len(cell) > 1 and cell[0] == cell[-1] == '"' else cell for cell in cells]
    while names and not names[-1]:
        names.pop()
    return names


def _set_header(table: Table, cells: list[str], line: int) -> list[Problem]:
    problems = []
    names = _header_names(cells)
    seen: set[str] = set()
    index = len(names) > 2 and not names[0] and all(names[1:])  # pandas' to_csv() index: skipped when read
    for position, column in enumerate(names, start=1):
        if not column and position == 1 and index:
            continue
        if not column:
            problems.append(
                Problem(table.name, line, None, f"header cell {position} is empty", "a name for every column")
            )
        elif column in seen:
            problems.append(
                Problem(
                    table.name,
                    line,
                    column,
                    "named twice in the header (case and spaces do not count)",
                    "each column once",
                )
            )
        seen.add(column)
    table.columns, table.written = names, _written(cells)
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
