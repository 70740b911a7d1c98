"""Sources named first: "Good sources of X are A and B" says that A and B provide X.

The cue "source of"/"bron van" usually follows what provides ("Nuts are a source of zinc": nuts
provide zinc). When it opens the sentence's subject instead ("Sources of zinc include meat",
"Goede bronnen van ijzer zijn vlees en spinazie"), the concept right after it is what is
provided, and the concepts after the verb ("are", "include", "zijn", "omvatten") provide it: the
pair is turned round (general grammar of both languages).

Examples
--------
>>> from graph.extraction.concepts import Mention
>>> from graph.extraction.cues import CueHit
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Good sources of iron are meat and beans.", "en")
>>> cue = CueHit("cue", 1, 3, "provides", "active")
>>> iron, meat = Mention("iron", 3, 4, 0, 0, "iron"), Mention("meat", 5, 6, 0, 0, "meat")
>>> sources_named_first(cue, iron, meat, tokens, "en")
True
"""

from __future__ import annotations

from .concepts import Mention
from .cues import CueHit
from .pos import tag_word
from .tokens import Token

__all__ = ["sources_named_first"]

#: The cue nouns of a source, by their first lemma ("source of", "bron van").
_SOURCE = frozenset({"source", "bron"})
#: The verbs that say what the subject holds or is: "are", "include", "zijn", "omvatten".
_NAMING_VERBS = frozenset({"be", "include", "zijn", "omvatten", "bevatten"})
#: Words that may open the subject before the cue: articles and quantifiers.
_OPENING = frozenset({"the", "some", "other", "de", "het", "enkele", "andere", "veel", "many"})


def sources_named_first(cue: CueHit, agent: Mention, patient: Mention, tokens: list[Token], lang: str) -> bool:
    """True when ``cue`` ("sources of") opens the subject, ``agent`` follows it and ``patient`` the verb.

    Only articles, quantifiers and adjectives may stand before the cue, and a verb of being or
    including between ``agent`` and ``patient``.
    """
    if cue.relation != "provides" or tokens[cue.first].key not in _SOURCE or agent.first != cue.last:
        return False
    if not agent.last < patient.first:
        return False
    for t in tokens[: cue.first]:
        if t.key not in _OPENING and tag_word(t.text, lang, t.key) != "ADJ":
            return False  # "Nuts are a good source of X": what provides stands before the cue
    return any(t.key in _NAMING_VERBS for t in tokens[agent.last : patient.first])
