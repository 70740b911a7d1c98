"""Numbers as people and spreadsheets write them in CSV cells.

A number is digits with an optional sign, decimal point and exponent:
``2``, ``-0.5``, ``.5``, ``1e3``. In files delimited by a semicolon or a tab,
as Excel writes them where the comma is the decimal separator, ``0,5`` is
read as 0.5 too. Anything else (thousands separators, ``nan``, ``inf``,
``1_000``, units) is not a number, so a typo is reported rather than
guessed at.

Examples
--------
>>> parse_number("0.5"), parse_number("1e3"), parse_number("0,5", decimal_comma=True)
(0.5, 1000.0, 0.5)
>>> parse_number("0,5") is None, parse_number("nan") is None, parse_number("") is None
(True, True, True)
"""

from __future__ import annotations

import math
import re

__all__ = ["parse_number"]

_POINT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_COMMA = re.compile(r"[+-]?(?:[0-9]+(?:,[0-9]*)?|,[0-9]+)(?:[eE][+-]?[0-9]+)?")


def parse_number(text: str, decimal_comma: bool = False) -> float | None:
    """The finite number written as ``text``, or ``None`` when it is not one.

    Parameters
    ----------
    text : str
        The cell; surrounding white space is ignored.
    decimal_comma : bool
        Also accept a comma as the decimal separator (``0,5``).

    Returns
    -------
    float or None

    Examples
    --------
    >>> parse_number(" 2 "), parse_number("1,5"), parse_number("1,5", decimal_comma=True)
    (2.0, None, 1.5)
    """
    text = text.strip()
    if _POINT.fullmatch(text):
        value = float(text)
    elif decimal_comma and _COMMA.fullmatch(text):
        value = float(text.replace(",", "."))
    else:
        return None
    return value if math.isfinite(value) else None
