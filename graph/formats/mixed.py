"""Graph files whose edges are some directed and some not, made readable by networkx.

GraphML says an edge's direction with the graph's ``edgedefault`` and an
edge's own ``directed`` attribute; GEXF with ``defaultedgetype`` and an edge's
``type``. networkx refuses a file that mixes them. :func:`graphml_mixed` and
:func:`gexf_mixed` rewrite such a document as a directed graph whose undirected
edges carry an attribute ``directed`` = false, which is how our graphs hold a
mixed graph (see :mod:`graph.read.direction`). A file that does not mix is
left as it is. A direction is read by the words a CSV ``directed`` column takes
(``directed="0"``, XML's false, is undirected); any other value is a problem,
as it is in CSV, never a guess.

Examples
--------
>>> doc = (b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">'
...        b'<node id="a"/><node id="b"/><edge source="a" target="b"/>'
...        b'<edge source="b" target="a" directed="false"/></graph></graphml>')
>>> import io, networkx as nx
>>> H = nx.read_graphml(io.BytesIO(graphml_mixed(doc)), force_multigraph=True)
>>> [attrs for _, _, attrs in H.edges(data=True)]
[{}, {'directed': False}]
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..errors import DataError, Problem
from ..read.direction import parse_directed

__all__ = ["graphml_mixed", "gexf_mixed", "ATTRIBUTE"]

#: The edge attribute an undirected edge of a mixed graph carries (``False``).
ATTRIBUTE = "directed"
_KEY_ID = "cg_directed"


def _ns(root: ET.Element) -> str:
    return root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""


def graphml_mixed(document: bytes, source: str = "GraphML") -> bytes:
    """``document`` (GraphML) with mixed edge directions said the way networkx reads them.

    Raises
    ------
    DataError
        When an ``edgedefault`` or an edge's ``directed`` is no direction (``"maybe"``).
    """
    root = ET.fromstring(document)
    ns = _ns(root)
    changed = False
    words = _Words(source)
    for graph in root.iter(f"{ns}graph"):
        said = graph.get("edgedefault")
        default = words.flag(said, True, "edgedefault", "graph", "directed or undirected")
        if said is not None and said != ("directed" if default else "undirected"):
            graph.set("edgedefault", "directed" if default else "undirected")
            changed = True
        edges = graph.findall(f"{ns}edge")
        flags = [words.flag(e.get("directed"), default, "directed", _ends(e), "true or false (1 or 0)") for e in edges]
        if len(set(flags)) < 2:
            if any(edge.get("directed") is not None for edge in edges):
                for edge in edges:
                    edge.attrib.pop("directed", None)
                graph.set("edgedefault", "directed" if flags[0] else "undirected")
                changed = True
            continue
        graph.set("edgedefault", "directed")
        for edge, flag in zip(edges, flags, strict=True):
            edge.attrib.pop("directed", None)
            if not flag:
                ET.SubElement(edge, f"{ns}data", key=_KEY_ID).text = "false"
        if root.find(f"{ns}key[@id='{_KEY_ID}']") is None:
            key = ET.Element(f"{ns}key", {"id": _KEY_ID, "for": "edge", "attr.name": ATTRIBUTE, "attr.type": "boolean"})
            root.insert(0, key)
        changed = True
    words.raise_any()
    return ET.tostring(root) if changed else document


def gexf_mixed(root: ET.Element, source: str = "GEXF") -> bool:
    """Rewrite the GEXF tree ``root`` in place when its edges mix directions; True when it did.

    Raises
    ------
    DataError
        When ``defaultedgetype`` or an edge's ``type`` is no direction (``"maybe"``).
    """
    ns = _ns(root)
    graph = root.find(f"{ns}graph")
    if graph is None:
        return False
    words = _Words(source)
    expected = "directed, undirected or mutual"
    said = graph.get("defaultedgetype")
    default = words.flag(said, False, "defaultedgetype", "graph", expected)
    if said is not None:
        graph.set("defaultedgetype", "directed" if default else "undirected")
    edges = list(graph.iter(f"{ns}edge"))
    flags = [words.flag(edge.get("type"), default, "type", _ends(edge), expected) for edge in edges]
    words.raise_any()
    if len(set(flags)) < 2:
        if any(edge.get("type") is not None for edge in edges):
            for edge in edges:
                edge.attrib.pop("type", None)
            graph.set("defaultedgetype", "directed" if flags[0] else "undirected")
            return True
        return False
    graph.set("defaultedgetype", "directed")
    declared = graph.find(f"{ns}attributes[@class='edge']")
    if declared is None:
        declared = ET.Element(f"{ns}attributes", {"class": "edge", "mode": "static"})
        graph.insert(0, declared)
    ET.SubElement(declared, f"{ns}attribute", {"id": _KEY_ID, "title": ATTRIBUTE, "type": "boolean"})
    for edge, flag in zip(edges, flags, strict=True):
        edge.attrib.pop("type", None)
        if not flag:
            values = edge.find(f"{ns}attvalues")
            if values is None:
                values = ET.SubElement(edge, f"{ns}attvalues")
            ET.SubElement(values, f"{ns}attvalue", {"for": _KEY_ID, "value": "false"})
    return True


def _ends(edge: ET.Element) -> str:
    return f"edge '{edge.get('source')}' -> '{edge.get('target')}'"


class _Words:
    """Direction words read as CSV reads them (:func:`~graph.read.direction.parse_directed`), problems gathered."""

    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []

    def flag(self, value: str | None, default: bool, attribute: str, what: str, expected: str) -> bool:
        if value is None:
            return default
        flag = parse_directed(value)
        if flag is None:
            self.problems.append(Problem(self.source, 0, attribute, f"{what}: '{value}' is not a direction", expected))
            return default
        return flag

    def raise_any(self) -> None:
        if self.problems:
            raise DataError(self.problems)
