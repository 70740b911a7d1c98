"""A column of a large table held as codes into its distinct values.

An edge list of 5,000,000 rows holds a few hundred thousand distinct ends and a
few dozen relations. pandas reads such a file a column at a time
(:mod:`graph.read.quickcsv`) and hashes each value once
(``pandas.factorize``); from there on the checks look at each distinct value
once, and the page works on integer codes with numpy, rather than on a Python
string per row. A :class:`Coded` column is a read-only sequence of its values
(``len``, indexing, iteration, ``in``), so code written for lists still reads
it; the quick paths ask for :attr:`Coded.codes` and :attr:`Coded.values`.

Examples
--------
>>> column = Coded.of(["b", "a", "b", " a"])
>>> column.codes.tolist(), column.values, list(column), "a" in column, column[2]
([0, 1, 0, 2], ['b', 'a', ' a'], ['b', 'a', 'b', ' a'], True, 'b')
>>> stripped = column.map(str.strip)  # equal results become one value
>>> stripped.codes.tolist(), stripped.values
([0, 1, 0, 1], ['b', 'a'])
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Coded", "is_column", "BY_DICT_BELOW"]

#: Columns shorter than this are coded by a dict when pandas has not been imported (a small
#: data folder, read without pandas, need not import it for its columns): pandas' hash is
#: quicker on millions of rows, but takes about 0.3 s to import.
BY_DICT_BELOW = 200_000
_MISSING = object()  # None and NaN, one value as pandas.factorize has it


class Coded(Sequence[Any]):
    """``values[codes[i]]`` is the ``i``-th value of the column.

    ``codes`` is a numpy integer array, one code per row; ``values`` lists each
    distinct value once, in the order of its first row (as ``pandas.factorize``
    and ``dict.fromkeys`` give them), and every value is used by some row.
    """

    __slots__ = ("codes", "values")

    def __init__(self, codes: np.ndarray, values: list[Any]):
        self.codes = codes
        self.values = values

    @classmethod
    def of(cls, items: Any, texts: bool = False) -> Coded:
        """The column of ``items`` (a list or an array of hashable values); ``texts``
        says that they are all strings (as a CSV reader gives them), which saves pandas
        a look for missing values (a fifth of the time).

        >>> Coded.of(["x", "y", "x"]).values, Coded.of([None, 1.5, None]).values
        (['x', 'y'], [None, 1.5])
        """
        import numpy as np

        if "pandas" not in sys.modules and len(items) < BY_DICT_BELOW:
            return cls._by_dict(items, texts)
        import pandas as pd

        if isinstance(items, np.ndarray) and items.dtype == object:
            array = items
        else:
            array = np.empty(len(items), dtype=object)
            array[:] = items
        codes, uniques = pd.factorize(array)
        values = list(uniques)
        missing = codes < 0
        if not texts and missing.any():  # None (or NaN) is a value here too, where it first appears
            row = int(missing.argmax())
            at = int(codes[:row].max()) + 1 if row else 0
            codes[codes >= at] += 1
            codes[missing] = at
            values.insert(at, array[row])
        return cls(codes, values)

    @classmethod
    def _by_dict(cls, items: Any, texts: bool) -> Coded:
        """:meth:`of` without pandas, which takes about 0.3 s to import: a dict gives each value
        its code, None and NaN one code between them, as ``pandas.factorize`` and :meth:`of` do.

        >>> Coded._by_dict(["x", None, "y", float("nan"), "x"], False).codes.tolist()
        [0, 1, 2, 1, 0]
        """
        import numpy as np

        rows = items.tolist() if isinstance(items, np.ndarray) else list(items)
        # each distinct value once, in order of first use, by dicts (in C); a row at a time only
        # where None or NaN must become one value
        values = list(dict.fromkeys(rows))
        if texts or not any(value is None or (isinstance(value, float) and value != value) for value in values):
            index = {value: code for code, value in enumerate(values)}
            return cls(np.fromiter(map(index.__getitem__, rows), dtype=np.intp, count=len(rows)), values)
        index = {}
        values = []
        codes = np.empty(len(rows), dtype=np.intp)
        for row, value in enumerate(rows):
            key = _MISSING if value is None or (isinstance(value, float) and value != value) else value
            code = index.get(key)
            if code is None:
                code = index[key] = len(values)
                values.append(value)
            codes[row] = code
        return cls(codes, values)

    def __len__(self) -> int:
        return len(self.codes)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(map(self.values.__getitem__, self.codes[index].tolist()))
        return self.values[self.codes[index]]

    def __iter__(self) -> Iterator[Any]:
        return map(self.values.__getitem__, self.codes.tolist())

    def __contains__(self, value: object) -> bool:
        return value in self.values

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Coded):
            return self.tolist() == other.tolist()
        return isinstance(other, list) and self.tolist() == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Coded({len(self)} rows, {len(self.values)} distinct)"

    def tolist(self) -> list[Any]:
        """The values, one per row, as a list."""
        return list(self)

    def map(self, function: Callable[[Any], Any]) -> Coded:
        """The column of ``function`` of each value, computed once per distinct value;
        values that come out equal become one.

        >>> Coded.of(["", "x", ""]).map(lambda v: v or "none").values
        ['none', 'x']
        """
        import numpy as np
        import pandas as pd

        mapped = list(map(function, self.values))
        if mapped == self.values and list(map(type, mapped)) == list(map(type, self.values)):
            return self  # nothing changed (stripping values that have no spaces, say)
        if len(set(mapped)) == len(mapped):  # all distinct (set merges 1 and 1.0: it would say fewer)
            return Coded(self.codes, mapped)
        keys = np.empty(len(mapped), dtype=object)
        keys[:] = [_key(value) for value in mapped]
        renumber, _ = pd.factorize(keys, use_na_sentinel=False)
        kept = np.unique(renumber, return_index=True)[1]
        return Coded(renumber[self.codes], [mapped[i] for i in kept.tolist()])

    def array(self, dtype: Any = object) -> np.ndarray:
        """The values as a numpy array of ``dtype``, one per row.

        >>> Coded.of(["1", "2", "1"]).map(int).array(float).tolist()
        [1.0, 2.0, 1.0]
        """
        import numpy as np

        table = np.empty(len(self.values), dtype=dtype)
        table[:] = self.values
        return table[self.codes]


def _key(value: Any) -> Any:
    """What tells two values apart: ``1`` and ``1.0`` and ``True`` are not one value here."""
    return (type(value), value)


def is_column(value: Any) -> bool:
    """True when ``value`` is a column (a list or a :class:`Coded`), not one value every row shares.

    >>> is_column(["a"]), is_column(Coded.of(["a"])), is_column("a")
    (True, True, False)
    """
    return isinstance(value, (list, Coded))
