"""The words for a relation and for a change in a concept, in English and Dutch, from the data's tables.

A relation's words come from the relation table (``G.graph["relations"]``:
``label``, ``plural``, ``label_hedged`` and their Dutch ``_nl`` forms), else
from its id; what a change in a concept means (an amount, a quality, a risk,
a balance) from the node's ``change``. :mod:`graph.ask.sentences` builds its
sentences from these; the results of :mod:`graph.ask.paths` name the words for
their tables with them.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> hedged_label(G, "relieves")[0], change_of(G, "sleep")
('may relieve {object}', 'quality')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterable

    import networkx as nx

__all__ = ["relation_label", "hedged_label", "hedged_words", "change_of", "CHANGES"]

_DEFAULT_RELATION = "related_to"
# Words for the relation a bare edge list gets: English and Dutch, singular and plural subject.
_RELATED = {"en": ("is related to", "are related to"), "nl": ("hangt samen met", "hangen samen met")}
_PREPOSITIONS = frozenset({"of", "to", "by", "with", "from", "for", "in", "into", "on", "as", "than"})
#: What a change in a concept means (the node's ``change``): default "amount".
CHANGES = ("amount", "quality", "risk", "balance")


def relation_label(G: nx.Graph, relation: str, lang: str = "en") -> tuple[str, str]:
    """Templates for a relation after a singular and after a plural subject.

    Each holds ``{object}`` where the object goes. The words come from the
    relation table: ``label``/``plural`` in English, ``label_nl``/``plural_nl``
    in Dutch. Without a plural form the singular is used (in English one is
    made from it: "causes" -> "cause", "is" -> "are").

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.graph["relations"] = {"converts_to": {"label": "is converted into", "label_nl": "wordt omgezet in",
    ...                                         "plural_nl": "worden omgezet in"}}
    >>> relation_label(G, "converts_to", "nl")
    ('wordt omgezet in {object}', 'worden omgezet in {object}')
    >>> relation_label(G, "converts_to")
    ('is converted into {object}', 'are converted into {object}')
    >>> relation_label(G, "part_of")          # not in the table: words from the id
    ('is part of {object}', 'are part of {object}')
    """
    entry = G.graph.get("relations", {}).get(relation, {})
    default = relation.replace("_", " ")
    if lang == "nl":
        verb = _text(entry.get("label_nl"))
        if relation == _DEFAULT_RELATION and verb in ("", default):
            verb, plural = _RELATED["nl"]
            return f"{verb} {{object}}", f"{plural} {{object}}"
        verb = verb or _given(entry, "label", default) or default
        plural = _text(entry.get("plural_nl")) or verb
        return f"{verb} {{object}}", f"{plural} {{object}}"
    label = _given(entry, "label", default)
    if relation == _DEFAULT_RELATION and not label:
        label = _RELATED["en"][0]
    singular = f"{label} {{object}}" if label else _english_from_id(relation)
    plural = _text(entry.get("plural"))
    return singular, f"{plural} {{object}}" if plural else _english_plural(singular)


def hedged_words(G: nx.Graph, relations: Iterable[str]) -> dict[str, str]:
    """The English words of each hedged claim's relation, without its object: {"promotes": "may promote"}.

    >>> import graph
    >>> hedged_words(graph.load(), ["relieves"])
    {'relieves': 'may relieve'}
    """
    return {rel: hedged_label(G, rel)[0].replace("{object}", "").strip() for rel in sorted(set(relations), key=str)}


def change_of(G: nx.Graph, node: Hashable) -> str:
    """What a change in ``node`` means: its ``change`` attribute if it is one of :data:`CHANGES`, else "amount".

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> [change_of(G, node) for node in ("melatonin", "sleep", "osteoporosis", "electrolyte_balance")]
    ['amount', 'quality', 'risk', 'balance']
    """
    value = G.nodes[node].get("change")
    value = value.strip().lower() if isinstance(value, str) else ""
    return value if value in CHANGES else "amount"


def hedged_label(G: nx.Graph, relation: str, lang: str = "en") -> tuple[str, str]:
    """Templates (singular, plural subject) for a hedged claim: "may promote {object}", "kan {object} bevorderen".

    The relation table's ``label_hedged`` / ``label_hedged_nl`` give them (for a singular
    subject; a Dutch plural takes "kunnen" for "kan"); without them English
    puts "may" before the plural verb and Dutch "mogelijk" after the verb. A relation
    with no Dutch words of its own (no ``label_nl``, or the English one copied) is told
    in the words it has, with "mogelijk" before them: "mogelijk associated with", never
    "associated mogelijk with".

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(relations={"relieves": {"label": "relieves", "label_nl": "verlicht", "plural": "relieve"}})
    >>> hedged_label(G, "relieves"), hedged_label(G, "relieves", "nl")
    (('may relieve {object}', 'may relieve {object}'), ('verlicht mogelijk {object}', 'verlicht mogelijk {object}'))
    >>> hedged_label(G, "associated_with")[0], hedged_label(G, "associated_with", "nl")[0]
    ('may be associated with {object}', 'mogelijk associated with {object}')
    """
    entry = G.graph.get("relations", {}).get(relation, {})
    given = _text(entry.get("label_hedged_nl" if lang == "nl" else "label_hedged"))
    if given:
        template = given if "{object}" in given else f"{given} {{object}}"
        if lang == "nl":
            first, _, rest = template.partition(" ")
            return template, f"kunnen {rest}" if first == "kan" else template
        return template, template
    singular, plural = relation_label(G, relation, lang)
    if lang == "en":
        infinitive = plural
        for finite, bare in (("are ", "be "), ("have ", "have ")):
            if infinitive.startswith(finite):
                infinitive = bare + infinitive[len(finite) :]
        return f"may {infinitive}", f"may {infinitive}"
    if not _has_dutch_words(entry, relation):
        return f"mogelijk {singular}", f"mogelijk {plural}"
    return tuple(_mogelijk(t) for t in (singular, plural))  # type: ignore[return-value]


def _has_dutch_words(entry: dict[str, Any], relation: str) -> bool:
    """Whether a relation's Dutch label is its own: given, and not the English label or the id's words."""
    dutch = _text(entry.get("label_nl"))
    if relation == _DEFAULT_RELATION:
        return True  # "hangt samen met" when no Dutch is given (relation_label)
    english = {_text(entry.get("label")).casefold(), relation.replace("_", " ").casefold()}
    return bool(dutch) and dutch.casefold() not in english


def _mogelijk(template: str) -> str:
    first, _, rest = template.partition(" ")
    return f"{first} mogelijk {rest}"


def _given(entry: dict[str, Any], key: str, default: str) -> str:
    """The entry's ``key`` when a table gave it (not the default made from the id), else ""."""
    value = _text(entry.get(key))
    return "" if value == default else value


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _english_from_id(relation: str) -> str:
    """A verb phrase made from a relation id: "causes" as it is, "part_of" -> "is part of"."""
    words = relation.replace("_", " ").replace("-", " ").split()
    if not words:
        return f"{_RELATED['en'][0]} {{object}}"
    phrase, first = " ".join(words), words[0].lower()
    if first in ("is", "are", "has", "was") or (first.endswith("s") and not first.endswith("ss")):
        return f"{phrase} {{object}}"
    if words[-1].lower() in _PREPOSITIONS or first.endswith("ed"):
        return f"is {phrase} {{object}}"
    return f"{_RELATED['en'][0]} {{object}} ({phrase})"


def _english_plural(template: str) -> str:
    """An English verb phrase for a plural subject: "causes X" -> "cause X", "is part of X" -> "are part of X"."""
    first, _, rest = template.partition(" ")
    plural = {"is": "are", "has": "have", "was": "were"}.get(first.lower())
    if plural is None:
        plural = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
    return f"{plural} {rest}".strip()
