"""Whether a claim is hedged: the words an edge's ``hedged`` column may hold.

A claim is hedged when its source states it with a reservation ("may", "kan",
"zou"): answers then say "may" / "kan". The column is optional; an edge without
it is stated plainly.

Examples
--------
>>> is_hedged("true"), is_hedged("Ja"), is_hedged(""), is_hedged(None), is_hedged(False), is_hedged(1)
(True, True, False, False, False, True)
"""

from __future__ import annotations

from typing import Any

__all__ = ["is_hedged", "HEDGED_WORDS"]

#: Cell values that mark a claim as hedged, in lower case (English and Dutch).
HEDGED_WORDS = frozenset({"true", "yes", "y", "1", "ja", "j", "waar", "hedged", "may", "kan"})


def is_hedged(value: Any) -> bool:
    """Whether an edge's ``hedged`` value says the claim is hedged (``True``, "true", "yes", "ja", 1)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value == 1
    return isinstance(value, str) and value.strip().lower() in HEDGED_WORDS
