"""What ``extract`` proposes for one text, as the extraction tests compare it."""

from __future__ import annotations

from typing import Any

import graph


def triples(G: Any, text: str, lang: str) -> set[tuple[str, str, int]]:
    """The (source, target, sign) of each candidate ``extract`` proposes for ``text``."""
    frame = graph.extract([text], G, lang=lang).candidates
    return {(str(r.source), str(r.target), int(r.sign)) for r in frame.itertuples()}
