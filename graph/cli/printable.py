"""Text from the data made safe to print on a terminal.

A label, id or piece of evidence may hold control characters: an escape
sequence that clears the screen, sets the window title or writes the
clipboard (OSC 52), a bell, a carriage return or a newline that forges a
line of our own output, a right-to-left override that reorders what
follows. :func:`printable` shows each such character escaped (``\\x1b``,
``\\n``, ``\\u202e``) so that what a command prints is exactly the text of the
data, one report per line. :func:`json_printable` does the same for JSON text,
as ``\\uXXXX`` escapes that any JSON reader turns back into the characters.

Examples
--------
>>> print(printable("sleep\\x1b]0;pwned\\x07"))
sleep\\x1b]0;pwned\\x07
>>> print(printable("a\\nb.csv:1: fake report"))
a\\nb.csv:1: fake report
>>> printable("Magnésium → slaap\\tok")
'Magnésium → slaap\\tok'
"""

from __future__ import annotations

import re

__all__ = ["printable", "json_printable", "UNPRINTABLE"]

#: C0 controls but tab, DEL, C1 controls, and the invisible characters that change the order or
#: joining of the text around them (bidirectional controls, line and paragraph separators).
UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
#: What JSON text may hold raw but a terminal would obey (json.dumps escapes the C0 controls itself).
_JSON_UNPRINTABLE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_SHORT = {"\n": "\\n", "\r": "\\r"}


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\n``, ``\\u202e``)."""
    return UNPRINTABLE.sub(_escaped, text)


def json_printable(text: str) -> str:
    """JSON ``text`` (from :func:`json.dumps`) with what a terminal would obey as ``\\uXXXX`` escapes.

    Examples
    --------
    >>> import json
    >>> out = json_printable(json.dumps({"id": "a\\u009b2J\\u202e"}, ensure_ascii=False))
    >>> out
    '{"id": "a\\\\u009b2J\\\\u202e"}'
    >>> json.loads(out)["id"] == "a\\u009b2J\\u202e"
    True
    """
    return _JSON_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
