"""Numbers in cells: what is a number, with a decimal point or (where allowed) a decimal comma."""

from __future__ import annotations

import pytest

from graph.read.numeric import parse_number


@pytest.mark.parametrize(
    ("text", "comma", "expected"),
    [
        ("2", False, 2.0),
        (" -0.5 ", False, -0.5),
        ("+.5", False, 0.5),
        ("3.", False, 3.0),
        ("1e3", False, 1000.0),
        ("2.5E-1", False, 0.25),
        ("0,5", True, 0.5),
        ("-1,25e2", True, -125.0),
        ("0.5", True, 0.5),  # a point is always a decimal point
        ("0,5", False, None),  # in a comma-delimited file "0,5" is ambiguous
        ("1.000,5", True, None),  # thousands separators are not guessed at
        ("1,000.5", False, None),
        ("1_000", False, None),
        ("nan", False, None),
        ("inf", False, None),
        ("1e999", False, None),  # overflows to infinity
        ("0x1F", False, None),
        ("١٢", False, None),  # digits of other scripts
        ("", False, None),
        ("5 kg", False, None),
    ],
)
def test_parse_number(text, comma, expected):
    assert parse_number(text, decimal_comma=comma) == expected
