"""The values of a plain CSV text by column, read by pandas' C parser.

:func:`graph.read.csvfile.read_table` reads the common file (one record a
line, every row as wide as the header) a column at a time; for a large text
without a quote character anywhere, this module does the tokenising in C
(``pandas.read_csv``), which reads such a text four to five times quicker
than the csv module and a Python loop. A text without quotes splits the same
way under any reader: at each delimiter and line end. So the only checks
needed are that every line holds exactly ``width - 1`` delimiters (counted on
the whole text at once, as pandas refuses a longer row, or line by line, by
:func:`_even_lines`, for a text read in two processes) and that no line is
blank. Anything else returns ``None`` and is left to the csv module
(``tests/read/test_quick_paths.py`` compares the readers on generated texts).

Examples
--------
>>> [column.tolist() for column in values_by_pandas("source,target\\n a ,b\\nb,c\\n", ",", 2)]
[['a', 'b'], ['b', 'c']]
>>> values_by_pandas("source,target\\na,b,c\\n", ",", 2) is None  # a row wider than the header
True
"""

from __future__ import annotations

import io
import pickle
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from .aside import Waiting, aside_bytes, can_fork
from .coded import Coded

__all__ = [
    "values_by_pandas",
    "early_part",
    "EarlyPart",
    "distinct",
    "longest_field",
    "may_hold_longer",
    "QUICK_FROM",
    "FIELD_LIMIT",
]

#: Texts of at least this many characters are read by pandas (for smaller ones,
#: importing pandas costs more than it saves).
QUICK_FROM = 2_000_000
#: The longest value a cell may hold, in characters (:data:`graph.read.csvfile.FIELD_LIMIT`).
FIELD_LIMIT = 16 * 1024 * 1024
_SCAN = 1 << 24  # bytes looked at a time by :func:`longest_field`
#: Lists of at least this many values are made distinct by pandas' hash table.
DISTINCT_FROM = 100_000
#: Texts of at least this many bytes are read by two processes at once, the second a forked
#: copy (:mod:`graph.read.aside`), where one can fork: this one reads and hashes the first column
#: and checks that each line holds as many delimiters as the header (:func:`_even_lines`), the
#: copy reads and hashes the others. Each tokenises the whole text, but the columns need no joining
#: afterwards (at 1M / 5M edges, reading in halves of the rows and joining them took about 1.3 s
#: longer; this one keeping the first half of the columns, about 0.5 s longer; this one reading
#: every column, which makes pandas refuse a wider row, about 0.5 s longer than the check).
SPLIT_FROM = 8_000_000


class EarlyPart(NamedTuple):
    """The columns after the first of a large file, already being read in a second process (see
    :func:`early_part`) while the file is decoded and checked."""

    raw: bytes  #: the file's bytes
    delimiter: str  #: the delimiter it was read with (guessed from the first line)
    width: int  #: the number of columns of its first line, with that delimiter
    wait: Waiting  #: the columns, pickled (or a pickled ``None``)

    def matches(self, text: str, delimiter: str, width: int, data: bytes | None = None) -> bool:
        """True when ``text`` (or its UTF-8 ``data``) is the file decoded as it is, and its
        delimiter and width are the ones guessed: its columns are then the ones read from :attr:`raw`."""
        if delimiter != self.delimiter or width != self.width:
            return False
        if data is not None:
            return data == self.raw
        return len(text) == len(self.raw) and self.raw.isascii()


def early_part(raw: bytes, delimiter: str) -> EarlyPart | None:
    """Start reading the columns after the first of a large file's bytes ``raw`` in a forked
    second process, as :func:`values_by_pandas` would read them, before the file is even
    decoded: ``None`` (nothing started) for a small file, one of one column, one with a quote,
    a byte-order mark or a ``sep=`` line, or where nothing forks. Give what it returns to
    :func:`values_by_pandas`, which uses it only when the text turns out to be what it guessed
    (and always gives up the second process when it returns)."""
    if raw[:4].lower() == b"sep=" or raw.startswith(b"\xef\xbb\xbf"):
        return None
    width = raw[: raw.find(b"\n")].count(delimiter.encode("utf-8")) + 1
    if not _splits(raw, delimiter, width) or b'"' in raw:
        return None
    return EarlyPart(raw, delimiter, width, aside_bytes(lambda: _others(raw, delimiter, width)))


def values_by_pandas(
    text: str, delimiter: str, width: int, lines: int | None = None, early: EarlyPart | None = None
) -> list[Coded] | None:
    """The stripped values of each column of ``text`` below its header line (each a
    :class:`~graph.read.coded.Coded` column), or ``None``
    when ``text`` is not a plain file of ``width`` columns (it holds a quote, a row of
    another width or a blank line; a lone CR or a byte-order mark are checked by the caller).
    ``lines`` is the text's number of lines, when the caller has counted them; ``early`` the
    columns after the first already being read (:func:`early_part`), given up on return.
    """
    try:
        return _values(text, delimiter, width, lines, early)
    finally:
        if early is not None:
            early.wait.cancel()


def _values(text: str, delimiter: str, width: int, lines: int | None, early: EarlyPart | None) -> list[Coded] | None:
    if '"' in text or not text:
        return None
    if early is not None and early.matches(text, delimiter, width):
        data = early.raw  # the same bytes as text.encode(), without making them again
    else:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return None
        if early is not None and not early.matches(text, delimiter, width, data):
            early.wait.cancel()
            early = None
    split = early is not None or _splits(data, delimiter, width)
    if not split:  # (else each line's delimiters are counted below)
        lines = _counted(text, delimiter, width, lines)
        if lines is None:
            return None
    if (
        len(text) > FIELD_LIMIT
        and may_hold_longer(data, delimiter, FIELD_LIMIT)
        and longest_field(data, delimiter) > FIELD_LIMIT
    ):
        return None  # the csv module reports the value as too long
    columns = None
    if split:
        # the other columns are being read since the file's bytes were, or from now on
        rest = early.wait if early is not None else aside_bytes(lambda: _others(data, delimiter, width))
        # the first column alone, which lets a wider row pass: each line's delimiters are checked next
        first = _coded_columns(data, delimiter, width, keep=[0], checked=False)
        lines = _even_lines(data, delimiter, width) if first is not None else None
        if lines is None:  # a row of another width or a blank line, or a value pandas cannot read
            rest.cancel()
            return None
        others = _unpickled(rest())
        if others is not None and first is not None:
            columns = first + others
    if columns is None:  # a small text (or the copy's columns did not come)
        columns = _coded_columns(data, delimiter, width)
    if columns is None or lines is None or len(columns[0]) != lines - 1:
        return None
    return [column.map(str.strip) for column in columns]  # each distinct value stripped once


def _splits(data: bytes, delimiter: str, width: int) -> bool:
    """True when ``data`` is read by two processes (:data:`SPLIT_FROM`): large, of two columns or
    more, with a one-byte delimiter (which :func:`_even_lines` looks for), where one can fork."""
    return len(data) >= SPLIT_FROM and width >= 2 and len(delimiter.encode("utf-8")) == 1 and can_fork()


def _others(data: bytes, delimiter: str, width: int) -> bytes:
    """What the copy sends: the columns after the first of ``data``, read alone, pickled."""
    return _pickled(_coded_columns(data, delimiter, width, keep=range(1, width), checked=False))


def _counted(text: str, delimiter: str, width: int, lines: int | None) -> int | None:
    """The number of lines of ``text`` (``lines`` when the caller counted them), or ``None`` when it
    holds a row of another width or a blank line: the delimiters, counted on the whole text at
    once, must be ``width - 1`` a line (pandas pads a shorter row, and the reading of every column
    finds a longer one)."""
    if lines is None:
        lines = text.count("\n") + (not text.endswith("\n"))
    return lines if text.count(delimiter) == (width - 1) * lines else None


def _even_lines(data: bytes, delimiter: str, width: int) -> int | None:
    """The number of lines of ``data`` when every one holds exactly ``width - 1`` of the one-byte
    ``delimiter`` (a blank line holds none), else ``None``: the delimiters and line ends, in
    order, must run ``width - 1`` delimiters, a line end, and again (about 0.4 s for 300 MB, as
    long as counting them).

    >>> _even_lines(b"a,b\\nc,d\\ne,f", ",", 2), _even_lines(b"a,b\\nc\\nd,e,f\\n", ",", 2)
    (3, None)
    """
    import numpy as np

    octets = np.frombuffer(data, dtype=np.uint8)
    cut = ord(delimiter)
    marks = []
    for start in range(0, len(octets), _SCAN):
        part = octets[start : start + _SCAN]
        found = part == cut
        found |= part == 10
        marks.append(part[found])
    if not data.endswith(b"\n"):
        marks.append(np.array([10], dtype=np.uint8))  # the last line, without its line end
    kinds = np.concatenate(marks)
    if len(kinds) % width:
        return None
    rows = kinds.reshape(-1, width)
    if (rows[:, -1] != 10).any() or (rows[:, :-1] != cut).any():
        return None
    return len(rows)


def _pickled(columns: list[Coded] | None) -> bytes:
    """``columns`` as bytes to send, each column's codes in the smallest integers that hold them
    (at 1M / 5M edges, 35 MB to send instead of 120 MB) and its values as one text
    (:func:`_joined`)."""
    import numpy as np

    sent = None
    if columns is not None:
        sent = [(c.codes.astype(np.min_scalar_type(max(len(c.values) - 1, 0))), _joined(c.values)) for c in columns]
    return pickle.dumps(sent, 5)


def _unpickled(data: bytes) -> list[Coded] | None:
    """What :func:`_pickled` sent, each column's codes as :meth:`Coded.of` makes them.

    >>> [(c.codes.dtype.name, c.codes.tolist(), c.values) for c in _unpickled(_pickled([Coded.of(["a", "b", "a"])]))]
    [('int64', [0, 1, 0], ['a', 'b'])]
    """
    import numpy as np

    sent = pickle.loads(data)
    if sent is None:
        return None
    return [Coded(codes.astype(np.intp), _split(values)) for codes, values in sent]


class _Lines(NamedTuple):
    """Texts sent as one: UTF-8, one a line."""

    text: bytes


def _joined(values: list[Any]) -> list[Any] | _Lines:
    """``values`` as one UTF-8 text, one a line, when each is a text without a line end (as every
    value of a plain CSV text is): the copy that reads the columns sends that instead of a list
    of strings, which takes a quarter of a second less at 800,000 values (pickled, then
    unpickled); else ``values`` as they are.

    >>> _joined(["a", "b"]), _joined(["a\\nb"]), _joined([1])
    (_Lines(text=b'a\\nb'), ['a\\nb'], [1])
    """
    try:
        text = "\n".join(values)
    except TypeError:  # not all texts
        return values
    if not values or text.count("\n") != len(values) - 1:
        return values
    return _Lines(text.encode("utf-8", "surrogatepass"))


def _split(values: list[Any] | _Lines) -> list[Any]:
    """The values :func:`_joined` joined.

    >>> _split(_joined(["a", "", "é"])), _split(_joined([""]))
    (['a', '', 'é'], [''])
    """
    if isinstance(values, _Lines):
        return values.text.decode("utf-8", "surrogatepass").split("\n")
    return values


def _coded_columns(
    data: bytes, delimiter: str, width: int, keep: Sequence[int] | None = None, checked: bool = True
) -> list[Coded] | None:
    """Each column of ``data`` below its header line (or those at the positions ``keep``) as read
    by pandas and hashed once, unstripped; ``None`` when a row is wider than ``width`` (a narrower
    one is padded: the caller counts the delimiters). With ``checked=False`` only the ``keep``
    columns are read, which is quicker, but then pandas does not notice a wider row: the caller
    must know from another reading of the same bytes that there is none."""
    import pandas as pd

    try:
        frame = pd.read_csv(
            io.BytesIO(data),
            sep=delimiter,
            header=None,
            usecols=None if checked else list(keep or range(width)),
            dtype=object,  # plain str objects: pandas' own string arrays check each one again
            na_filter=False,
            keep_default_na=False,
            quoting=3,  # csv.QUOTE_NONE: there is no quote in the text
            skip_blank_lines=False,
            engine="c",
            # In chunks: each chunk's equal values are boxed as one string (a hash table that
            # stays in the cache), so reading takes a third less than in one piece. Leading
            # spaces are left to the stripping of each distinct value.
            low_memory=True,
        )
    except (ValueError, pd.errors.ParserError):
        return None
    if checked and frame.shape[1] != width:
        return None
    wanted = list(frame.columns) if keep is None else list(keep)
    return [Coded.of(frame.pop(column).to_numpy()[1:], texts=True) for column in wanted]


def distinct(values: Iterable[Any], count: int = 0) -> list[Any]:
    """The distinct ``values`` in order of first appearance, as ``list(dict.fromkeys(values))``
    gives them; a list of :data:`DISTINCT_FROM` values or more (``count``, when ``values`` is
    not a list) goes through ``pandas.unique``, which hashes in C.

    Examples
    --------
    >>> distinct(["b", "a", "b", "c"]), distinct(iter("abba"), count=4)
    (['b', 'a', 'c'], ['a', 'b'])
    """
    if isinstance(values, Coded):
        return list(values.values)
    size = len(values) if isinstance(values, list) else count
    if size < DISTINCT_FROM:
        return list(dict.fromkeys(values))
    import numpy as np
    import pandas as pd

    array = np.empty(size, dtype=object)
    array[:] = values if isinstance(values, list) else list(values)
    return pd.unique(array).tolist()


def may_hold_longer(data: bytes, delimiter: str, limit: int) -> bool:
    """False when no value of ``data`` (a text without quotes) is longer than ``limit`` bytes,
    found by looking at a few windows only: any value of more than ``limit`` bytes covers one
    of the windows of ``limit // 2`` bytes that start at a multiple of ``limit // 2``, and such
    a window holds no delimiter and no line end. True when a window does (then measure).

    Examples
    --------
    >>> may_hold_longer(b"ab,c\\ndefg,h", ",", 8), may_hold_longer(b"ab,c\\ndefghijklm,i", ",", 8)
    (False, True)
    """
    step = max(1, limit // 2)
    cut = delimiter.encode("utf-8")
    for start in range(0, len(data) - step + 1, step):
        end = start + step
        if data.find(b"\n", start, end) < 0 and data.find(cut, start, end) < 0:
            return True
    return False


def longest_field(data: bytes, delimiter: str) -> int:
    """The most bytes between two delimiters or line ends of ``data`` (a text without quotes):
    at least the length in characters of its longest value.

    Examples
    --------
    >>> longest_field(b"ab,c\\ndefg,h", ",")
    4
    """
    import numpy as np

    octets = np.frombuffer(data, dtype=np.uint8)
    cut = ord(delimiter)
    last, longest = -1, 0
    for start in range(0, len(octets), _SCAN):
        part = octets[start : start + _SCAN]
        cuts = np.flatnonzero((part == cut) | (part == 10)) + start
        if len(cuts):
            longest = max(longest, int(cuts[0]) - last - 1, int(np.diff(cuts).max(initial=1)) - 1)
            last = int(cuts[-1])
    return max(longest, len(octets) - last - 1)
