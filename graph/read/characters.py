"""Characters a data set may not hold: those XML 1.0 forbids, and lone surrogates.

GraphML and GEXF are XML, which cannot hold most control characters (a
vertical tab, an escape, a form feed …) nor a UTF-16 surrogate standing
alone (JSON's ``"\\ud800"``); a value holding one could be read but never
exported so that it reads back. Every input is checked for them, CSV
by one search over the whole text, graph files value by value.

Examples
--------
>>> print(character_problem("a\\x0bb"))
holds a vertical tab (U+000B) at character 2
>>> character_problem("Magnésium ok") is None
True
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["FORBIDDEN", "EXPECTED", "character_problem", "describe"]

#: What XML 1.0 cannot hold (tab, line feed and carriage return excepted), and lone surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The ``expected`` part of the problem.
EXPECTED = "text without control characters (GraphML and GEXF cannot hold them)"
_NAMES = {
    "\x00": "NUL",
    "\x07": "bell",
    "\x08": "backspace",
    "\x0b": "vertical tab",
    "\x0c": "form feed",
    "\x1b": "escape",
}


def describe(char: str) -> str:
    """A character's name and code point: ``vertical tab (U+000B)``.

    Examples
    --------
    >>> describe("\\x1b"), describe("\\ud800")
    ('escape (U+001B)', 'lone surrogate (U+D800)')
    """
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return f"lone surrogate ({code})"
    name = _NAMES.get(char) or unicodedata.name(char, "") or "control character"
    return f"{name.lower()} ({code})"


def character_problem(text: str) -> str | None:
    """What is wrong with ``text``'s characters, or ``None``; positions count from 1."""
    found = FORBIDDEN.search(text)
    if found is None:
        return None
    article = "an" if describe(found.group())[0] in "aeiou" else "a"
    return f"holds {article} {describe(found.group())} at character {found.start() + 1}"
