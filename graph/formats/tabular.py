"""Text tables (CSV and KGX TSV) whose cells a spreadsheet cannot run as formulas.

A spreadsheet treats a cell that starts with ``=``, ``+``, ``-`` or ``@``
(or with a tab or carriage return before one) as a formula, which can run
commands or leak data when the file is opened (CSV injection). Following
OWASP's advice, :func:`guard_cell` puts a ``'`` in front of such a cell, so
it is shown as text. Plain numbers such as ``-1`` or ``+3.5`` are left as
they are: they cannot do harm and tools must read them as numbers.

Examples
--------
>>> print(csv_bytes(["id", "note"], [["a", "=1+2"], ["b", "-1"]]).decode(), end="")
id,note
a,'=1+2
b,-1
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["guard_cell", "cell_text", "csv_bytes", "tsv_bytes", "FORMULA_STARTS", "LIST_SEPARATOR"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: How list values (synonyms) are joined in one cell, as in our CSV files and KGX.
LIST_SEPARATOR = "|"

_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")
_LINE_BREAKS = re.compile(r"[\t\r\n]+")


def guard_cell(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would run it as a formula.

    Parameters
    ----------
    text : str
        A cell's text.

    Returns
    -------
    str
        ``text`` itself, or ``"'" + text`` when it starts with one of
        :data:`FORMULA_STARTS` and is not a plain number.

    Examples
    --------
    >>> guard_cell('=HYPERLINK("http://x.example", "click")')
    '\\'=HYPERLINK("http://x.example", "click")'
    >>> guard_cell("@SUM(A1)"), guard_cell("-1"), guard_cell("+3.5"), guard_cell("-x")
    ("'@SUM(A1)", '-1', '+3.5', "'-x")
    """
    if text.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def cell_text(value: Any) -> str:
    """The text of one cell: lists joined with ``|``, ``None`` as an empty cell.

    Examples
    --------
    >>> cell_text(["Mg", "magnesiumspiegel"]), cell_text(None), cell_text(-1)
    ('Mg|magnesiumspiegel', '', '-1')
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset)):
        return LIST_SEPARATOR.join(cell_text(item) for item in value)
    return str(value)


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> bytes:
    """A CSV file (UTF-8, ``\\n`` line ends, quoted where needed) with guarded cells.

    Examples
    --------
    >>> csv_bytes(["id", "note"], [["a", "one\\rtwo"], ["b", "x"]])
    b'id,note\\n"a","one\\rtwo"\\nb,x\\n'
    """
    header = [guard_cell(cell_text(c)) for c in columns]
    cells = [[guard_cell(cell_text(v)) for v in row] for row in rows]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(cells)
    text = buffer.getvalue()
    if "\r" in text:  # the csv module leaves a lone carriage return unquoted: quote every row that has one
        buffer = io.StringIO()
        plain = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        quoted = csv.writer(buffer, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)
        for row in [header, *cells]:
            (quoted if any("\r" in cell for cell in row) else plain).writerow(row)
        text = buffer.getvalue()
    return text.encode("utf-8")


def tsv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A TSV file as KGX reads it: no quoting, so tabs and line breaks in a cell become spaces.

    Examples
    --------
    >>> tsv_bytes(["id", "description"], [["cg:a", "two\\tcolumns\\nand lines"]])
    b'id\\tdescription\\ncg:a\\ttwo columns and lines\\n'
    """
    lines = ["\t".join(_tsv_cell(c) for c in columns)]
    lines += ["\t".join(_tsv_cell(v) for v in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _tsv_cell(value: Any) -> str:
    return guard_cell(_LINE_BREAKS.sub(" ", cell_text(value)))
