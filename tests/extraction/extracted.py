"""What ``extract`` proposes for one text, as the extraction tests compare it."""

from __future__ import annotations

from typing import Any

import graph


def triples(G: Any, text: str, lang: str) -> set[tuple[str, str, int]]:
    """The (source, target, sign) of each candidate ``extract`` proposes for ``text``."""
    frame = graph.extract([text], G, lang=lang).candidates
    return {(str(r.source), str(r.target), int(r.sign)) for r in frame.itertuples()}


def proposed(G: Any, text: str, lang: str) -> set[str]:
    """The concepts the sentence names that the data lacks."""
    from graph.extraction.claims import SentenceReader
    from graph.extraction.concepts import ConceptIndex

    _, mentions, _ = SentenceReader(G, ConceptIndex(G), lang).read(text)
    return {m.node for m in mentions if m.node not in G}
