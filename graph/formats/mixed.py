"""Graph files whose edges are some directed and some not, made readable by networkx.

GraphML says an edge's direction with the graph's ``edgedefault`` and an
edge's own ``directed`` attribute; GEXF with ``defaultedgetype`` and an edge's
``type``. networkx refuses a file that mixes them. :func:`graphml_mixed` and
:func:`gexf_mixed` rewrite such a document as a directed graph whose undirected
edges carry an attribute ``directed`` = false, which is how our graphs hold a
mixed graph (see :mod:`graph.read.direction`). A file that does not mix is
left as it is.

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

__all__ = ["graphml_mixed", "gexf_mixed", "ATTRIBUTE"]

#: The edge attribute an undirected edge of a mixed graph carries (``False``).
ATTRIBUTE = "directed"
_KEY_ID = "cg_directed"


def _ns(root: ET.Element) -> str:
    return root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""


def graphml_mixed(document: bytes) -> bytes:
    """``document`` (GraphML) with mixed edge directions said the way networkx reads them."""
    root = ET.fromstring(document)
    ns = _ns(root)
    changed = False
    for graph in root.iter(f"{ns}graph"):
        default = graph.get("edgedefault", "directed") != "undirected"
        edges = graph.findall(f"{ns}edge")
        flags = [_word(edge.get("directed"), default) for edge in edges]
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
    return ET.tostring(root) if changed else document


def gexf_mixed(root: ET.Element) -> bool:
    """Rewrite the GEXF tree ``root`` in place when its edges mix directions; True when it did."""
    ns = _ns(root)
    graph = root.find(f"{ns}graph")
    if graph is None:
        return False
    default = graph.get("defaultedgetype", "undirected") == "directed"
    edges = list(graph.iter(f"{ns}edge"))
    flags = [_gexf_word(edge.get("type"), default) for edge in edges]
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


def _word(value: str | None, default: bool) -> bool:
    return default if value is None else value.strip().lower() != "false"


def _gexf_word(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() == "directed"
