"""Closest matches for a misspelt name, for "did you mean ...?" messages.

Examples
--------
>>> closest("magnesum", ["magnesium", "melatonin", "gaba"])
['magnesium']
>>> did_you_mean("magnesum", ["magnesium", "melatonin"])
" (did you mean 'magnesium'?)"
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .lookalike import how_it_differs

__all__ = ["closest", "did_you_mean", "or_list"]


def closest(name: str, candidates: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to ``n`` candidates that look most like ``name``, best first, ties in alphabetical order.

    Like :func:`difflib.get_close_matches`, whose cheap upper bounds skip most candidates. Two
    bounds cheaper still come first, each a C call: a candidate much longer or shorter than
    ``name``, or with too few of ``name``'s characters in it, cannot match well enough (the
    ratio is twice the characters matched over both lengths, and a matched character is one of
    ``name``'s). Among the million names of a large graph they leave a tenth or less for difflib:
    a name that matched none took 16 s to say so, and now takes about one.
    """
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(name)
    size = len(name)
    others = str.maketrans("", "", "".join(set(name))) if isinstance(name, str) else None  # deletes name's characters
    scored = []
    for candidate in candidates:
        if others is not None and isinstance(candidate, str):
            total = cutoff * (size + len(candidate))
            if 2 * min(size, len(candidate)) < total:
                continue
            if 2 * min(size, len(candidate) - len(candidate.translate(others))) < total:
                continue
        matcher.set_seq1(candidate)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            score = matcher.ratio()
            if score >= cutoff:
                scored.append((-score, candidate))
    return [candidate for _, candidate in sorted(scored)[:n]]


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """A suffix such as ``" (did you mean 'a' or 'b'?)"``, or ``""`` when nothing is close.

    A suggestion that looks like ``name`` but differs in what cannot be seen says how::

    >>> print(did_you_mean("sl\u0435ep", ["sleep"]))
     (did you mean 'sleep' (U+0065 LATIN SMALL LETTER E where 'slеep' has U+0435 CYRILLIC SMALL LETTER IE)?)
    """
    found = closest(name, candidates)
    return f" (did you mean {or_list(found, typed=name)}?)" if found else ""


def or_list(names: Iterable[str], typed: str | None = None) -> str:
    """Names quoted and joined: ``'a'``, ``'a' or 'b'``, ``'a', 'b' or 'c'`` (repeats dropped).

    With ``typed``, a name whose difference from it is hard to see (invisible or
    look-alike characters, Unicode forms) is followed by what that difference is.
    """
    quoted = [f"'{n}'" + _difference(typed, n) for n in dict.fromkeys(names)]
    return quoted[0] if len(quoted) <= 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _difference(typed: str | None, name: str) -> str:
    note = how_it_differs(typed, name) if typed is not None else None
    return f" ({note})" if note else ""
