"""Names that look alike: equal once Unicode forms, case and invisible characters are set aside.

Two ids such as ``sleep`` and ``Sleep``, ``café`` written with a composed
``é`` and with ``e`` plus an accent, or ``sleep`` and ``sle\\u200bep`` (a
zero-width space inside) are different nodes that a reader cannot tell
apart. :func:`lookalike_groups` finds them (one pass over the ids in C when
there are none); :func:`how_it_differs` says in words what a suggestion has
that the name typed has not, so a did-you-mean never offers a name that
looks the same without saying why.

Examples
--------
>>> lookalike_groups(["sleep", "Sleep", "gaba", "sle\\u200bep"])
[['sleep', 'Sleep', 'sle\\u200bep']]
>>> how_it_differs("sleep", "sl\\u0435ep")
"U+0435 CYRILLIC SMALL LETTER IE where 'sleep' has U+0065 LATIN SMALL LETTER E"
>>> how_it_differs("sleep", "slep") is None
True
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

__all__ = ["fold", "lookalike_groups", "how_it_differs", "lookalike_warning"]

#: Characters that take no space: zero-width space, non-joiner and joiner, word joiner,
#: byte-order mark, soft hyphen, and the invisible bidirectional marks.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060-\u2064\u2066-\u2069\u202a-\u202e\ufeff]")
_SEPARATOR = "\x00"  # in no id: CSV refuses NUL bytes, graph files refuse control characters


def fold(text: str) -> str:
    """``text`` as compared for look-alikes: NFKC, case folded, invisible characters removed.

    Examples
    --------
    >>> fold("Ｓleep\\u200b") == fold("sleep")
    True
    """
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def lookalike_groups(ids: Iterable[str]) -> list[list[str]]:
    """Groups of two or more ``ids`` that :func:`fold` makes equal, in the order of ``ids``."""
    ids = list(ids)
    joined = _SEPARATOR.join(ids)
    if joined.isascii():
        folded = joined.lower().split(_SEPARATOR)  # ASCII: folding is lowering
    else:
        folded = fold(joined).split(_SEPARATOR)
        if len(folded) != len(ids):
            folded = [fold(i) for i in ids]
    if len(set(folded)) == len(folded):
        return []
    groups: dict[str, list[str]] = {}
    for original, key in zip(ids, folded, strict=True):
        groups.setdefault(key, []).append(original)
    return [group for group in groups.values() if len(group) > 1]


def lookalike_warning(ids: Iterable[str], file: str, limit: int = 5) -> str | None:
    """The warning for the look-alike ``ids`` of ``file``, or ``None`` when there are none.

    Examples
    --------
    >>> print(lookalike_warning(["sleep", "Sleep", "gaba"], "nodes.csv"))
    nodes.csv: ids that look alike but are different nodes: 'sleep' and 'Sleep' (they differ in case only)
    """
    groups = lookalike_groups(ids)
    if not groups:
        return None
    shown = "; ".join(_group_text(group) for group in groups[:limit])
    more = f"; and {len(groups) - limit} more groups" if len(groups) > limit else ""
    return f"{file}: ids that look alike but are different nodes: {shown}{more}"


def _group_text(group: list[str]) -> str:
    quoted = [f"'{_visible(i)}'" for i in group]
    names = " and ".join(quoted) if len(quoted) == 2 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    return f"{names} ({_why(group[0], group[1])})"


def _why(a: str, b: str) -> str:
    if a.casefold() == b.casefold():
        return "they differ in case only"
    if _INVISIBLE.sub("", a) == _INVISIBLE.sub("", b):
        return "they differ in invisible characters only"
    if unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b):
        return "the same letters written with different Unicode code points"
    return "equal once case, Unicode forms and invisible characters are set aside"


def _visible(text: str) -> str:
    """``text`` with invisible characters shown as ``\\u200b`` escapes."""
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def how_it_differs(typed: str, suggestion: str) -> str | None:
    """What ``suggestion`` has that ``typed`` has not, when the difference is hard to see; else ``None``.

    The difference is hard to see when it lies in invisible characters,
    letters that are not ASCII, or Unicode forms (composed or not).
    """
    if typed == suggestion:
        return None
    if unicodedata.normalize("NFC", typed) == unicodedata.normalize("NFC", suggestion):
        return f"'{typed}' written with other Unicode code points (composed or decomposed accents)"
    parts = []
    matcher = difflib.SequenceMatcher(None, typed, suggestion, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        theirs, ours = suggestion[j1:j2], typed[i1:i2]
        if op == "equal" or (_plain(theirs) and _plain(ours)):
            continue
        described = ", ".join(_describe(c) for c in theirs) or "nothing"
        parts.append(
            f"{described} where '{typed}' has {', '.join(_describe(c) for c in ours)}" if ours else f"{described} added"
        )
    return "; ".join(parts) or None


def _plain(text: str) -> bool:
    return text.isascii() and text.isprintable()


def _describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, 'character')}"
