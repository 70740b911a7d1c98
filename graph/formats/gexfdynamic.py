"""Dynamic GEXF (Gephi's timelines) read as the union over time, its times kept as attributes.

networkx reads a dynamic GEXF file only when its ``timeformat`` is one it knows,
and fails on Gephi 0.9's ``datetime`` and on intervals left open.
:func:`timeless` makes every time plain text before networkx reads the file
(``timestamp`` as a one-moment interval); :func:`flatten_times` then gives each
node and edge that ever existed its ``start`` and ``end`` as text, its
``spells`` as ``start..end`` joined with ``|``, and each attribute whose value
changed over time its last value.

Examples
--------
>>> import io, networkx as nx, xml.etree.ElementTree as ET
>>> doc = ('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph mode="dynamic" timeformat="datetime">'
...        '<nodes><node id="a" start="2017-03-01T10:00:00"/><node id="b"><spells>'
...        '<spell start="2017-03-01T10:00:00" end="2017-03-01T12:00:00"/></spells></node></nodes>'
...        '<edges><edge source="a" target="b" timestamp="2017-03-01T11:00:00"/></edges></graph></gexf>')
>>> root = ET.fromstring(doc)
>>> timeless(root)
True
>>> H = nx.read_gexf(io.BytesIO(ET.tostring(root)))
>>> flatten_times(H)
>>> H.nodes["b"]["spells"], H.edges["a", "b"]["start"]
('2017-03-01T10:00:00..2017-03-01T12:00:00', '2017-03-01T11:00:00')
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import networkx as nx

__all__ = ["timeless", "flatten_times"]

_TIMED = ("node", "edge", "spell", "attvalue")


def timeless(root: ET.Element) -> bool:
    """Make the times of a dynamic GEXF tree text networkx reads, in place; True when it is dynamic."""
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    graph = root.find(f"{ns}graph")
    if graph is None:
        return False
    dynamic = graph.get("mode") == "dynamic" or graph.get("timeformat") is not None
    if not dynamic:
        return False
    graph.set("timeformat", "string")
    for element in graph.iter():
        if element.tag.rsplit("}", 1)[-1] not in _TIMED:
            continue
        stamp = element.attrib.pop("timestamp", None)
        if stamp is not None:
            element.set("start", stamp)
            element.set("end", stamp)
        for end in ("start", "end", "startopen", "endopen"):
            if element.get(end) is not None and not element.get(end, "").strip():
                del element.attrib[end]
        for name, bound in (("startopen", "start"), ("endopen", "end")):
            if name in element.attrib:
                element.set(bound, element.attrib.pop(name))
    return True


def flatten_times(H: nx.Graph) -> None:
    """Give the nodes and edges of a dynamic graph times as text and attributes their last value, in place."""
    records = [attrs for _, attrs in H.nodes(data=True)] + [attrs for *_, attrs in H.edges(data=True)]
    for attrs in records:
        spells = attrs.pop("spells", None)
        if isinstance(spells, list):
            attrs["spells"] = "|".join(f"{_time(s)}..{_time(e)}" for s, e in spells)
        for name, value in list(attrs.items()):
            if _is_series(value):
                attrs[name] = value[-1][0]  # the value last in the file: the latest, as Gephi lists them
            elif name in ("start", "end"):
                attrs[name] = _time(value)


def _time(value: Any) -> str:
    return "" if value is None or value == "None" else str(value)


def _is_series(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, tuple) and len(item) == 3 for item in value)
