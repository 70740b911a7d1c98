"""Claims that a headed list makes: an item speaks of its heading's concept.

"Gevolgen van een tekort:" followed by items "Krampen: ..." says that the
deficiency causes cramps; an item "Voorkomen van krampen: Magnesium ..."
says that the item's subject prevents cramps; an item "Nachtelijke
krampen ..." under "Wat zijn spierkrampen?" names a kind of cramp (the
item's concept has a word that names the heading's concept).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_nodes_from(["zinc_deficiency", "fatigue", "zinc"])
>>> G.nodes["zinc_deficiency"]["synonyms"] = ["zinc shortage"]
>>> from graph.extraction.concepts import ConceptIndex
>>> from graph.extraction.claims import SentenceReader
>>> reader = SentenceReader(G, ConceptIndex(G), "en")
>>> [(c.source, c.relation, c.target) for c in item_claims(reader, "Consequences of zinc deficiency", "Fatigue", "")]
[('zinc_deficiency', 'causes', 'fatigue')]
"""

from __future__ import annotations

from collections.abc import Hashable

from .claims import Claim, SentenceReader
from .concepts import Mention

__all__ = ["item_claims", "kind_claims"]


def item_claims(reader: SentenceReader, lead: str, label: str, body: str) -> list[Claim]:
    """Claims of a list item "label: body" hanging from ``lead`` (heading and introducing paragraph)."""
    _, label_mentions, label_hits = reader.read(label)
    if not label_mentions:
        return []
    label_cues = [h for h in label_hits if h.kind == "cue"]
    if label_cues:  # "Voorkomen van krampen: Magnesium helpt ..." -> the body's subject prevents cramps
        _, body_mentions, _ = reader.read(body)
        agents = [m for m in body_mentions if m.node not in {x.node for x in label_mentions}][:1]
        cue = label_cues[0]
        return _claims(reader, agents, label_mentions, cue.relation, 0.6)
    _, lead_mentions, lead_hits = reader.read(lead)
    lead_cues = [h for h in lead_hits if h.kind == "cue"]
    if not lead_cues or not lead_mentions:
        return []
    cue = lead_cues[0]
    if cue.voice in ("passive", "nominal"):  # "Gevolgen van X", "Symptoms of X": X is the doer
        agents = [m for m in lead_mentions if m.first >= cue.last][:1]
    else:
        agents = lead_mentions[:1]
    return _claims(reader, agents, label_mentions, cue.relation, 0.6)


def kind_claims(reader: SentenceReader, lead: str, item: str) -> list[Claim]:
    """'Nachtelijke krampen ...' under a lead about cramps: the item's first concept is a kind of cramp."""
    _, lead_mentions, _ = reader.read(lead)
    tokens, mentions, _ = reader.read(item)
    if not lead_mentions or not mentions:
        return []
    first = mentions[0]
    wider = {m.node for m in lead_mentions} - {first.node}
    named = set()
    for token in tokens[first.first : first.last]:
        for key in token.keys:
            node = reader.index.single.get(key)
            named.add(node if node is not None else reader.index.compound(token))
    return [
        Claim(first.node, node, reader._relation("type_of", 1), 1, False, 0.5, "")
        for node in sorted(named & wider, key=str)
    ]


def _claims(
    reader: SentenceReader, agents: list[Mention], patients: list[Mention], relation: str, weight: float
) -> list[Claim]:
    sign = reader.signs.get(relation, 0)
    seen: set[tuple[Hashable, Hashable]] = set()
    found = []
    for agent in agents:
        for patient in patients:
            if agent.node != patient.node and (agent.node, patient.node) not in seen:
                seen.add((agent.node, patient.node))
                found.append(Claim(agent.node, patient.node, reader._relation(relation, sign), sign, False, weight, ""))
    return found
