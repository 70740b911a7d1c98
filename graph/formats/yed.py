"""yEd's and yEd Live's GraphML made plain for networkx: labels, arrowheads, and no drawing machinery.

yEd keeps what it draws in data elements of keys without a type
(``yfiles.type="nodegraphics"``; yEd Live: ``NodeLabels``, ``NodeStyle`` …) and in
``<port>`` elements; networkx warns of each and keeps little of it. :func:`yed_plain`
takes from them what the graph means: a node's label (``<y:NodeLabel>`` in yEd,
``<y:Label.Text>`` in yEd Live), trimmed of the line ends and indentation yEd
writes around it (a label on several lines read as one), as ``label``; an edge's label as its ``relation``; and an edge
drawn without arrowheads as undirected (one with its arrowhead at the source as
pointing the other way). The machinery keys, their data and the ports are then
dropped, so networkx reads a plain GraphML document and warns of nothing. A
node without a label keeps its id as its label. Other documents are left as
they are.

Examples
--------
>>> doc = (b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">'
...        b'<key for="node" id="d6" yfiles.type="nodegraphics"/><graph edgedefault="directed">'
...        b'<node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Magnesium\\n  </y:NodeLabel>'
...        b'</y:ShapeNode></data></node></graph></graphml>')
>>> import io, networkx as nx
>>> dict(nx.read_graphml(io.BytesIO(yed_plain(doc))).nodes(data=True))
{'n0': {'label': 'Magnesium'}}
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

__all__ = ["yed_plain"]

_MARK = b"yworks.com"
_LABEL_KEY = {"node": ("cg_yed_label", "label"), "edge": ("cg_yed_relation", "relation")}
_NODE_LABELS = ("NodeLabel", "Label.Text")
_EDGE_LABELS = ("EdgeLabel", "Label.Text")


def yed_plain(document: bytes) -> bytes:
    """``document`` (GraphML) without yEd's drawing machinery, its labels and arrowheads kept as data."""
    if _MARK not in document[:4096]:
        return document
    root = ET.fromstring(document)
    ns = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
    keys = root.findall(f"{ns}key")
    machinery = {key.get("id") for key in keys if key.get("attr.type") is None}
    named = {(key.get("for"), key.get("attr.name")) for key in keys}
    used: set[str] = set()
    for element in list(root.iter(f"{ns}node")) + list(root.iter(f"{ns}edge")):
        kind = _local(element.tag)
        data = [d for d in element.findall(f"{ns}data") if d.get("key") in machinery]
        text = _label(data, _NODE_LABELS if kind == "node" else _EDGE_LABELS)
        key_id, name = _LABEL_KEY[kind]
        if text and (kind, name) not in named and ("all", name) not in named:
            ET.SubElement(element, f"{ns}data", key=key_id).text = text
            used.add(kind)
        if kind == "edge":
            _direction(element, data)
        for found in data:
            element.remove(found)
        for port in element.findall(f"{ns}port"):
            element.remove(port)
    for found in root.findall(f"{ns}data"):
        if found.get("key") in machinery:
            root.remove(found)
    for key in keys:
        if key.get("id") in machinery:
            root.remove(key)
    for kind in sorted(used):
        key_id, name = _LABEL_KEY[kind]
        root.insert(0, ET.Element(f"{ns}key", {"id": key_id, "for": kind, "attr.name": name, "attr.type": "string"}))
    return ET.tostring(root)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _label(data: list[ET.Element], names: tuple[str, ...]) -> str:
    """The first label text in the machinery ``data``, trimmed; empty when there is none."""
    for found in data:
        for element in found.iter():
            if _local(element.tag) in names and element.get("hasText") != "false":
                text = " ".join((element.text or "").split())  # a label on two lines reads as one
                if text:
                    return text
    return ""


def _direction(edge: ET.Element, data: list[ET.Element]) -> None:
    """Mark an edge drawn without arrowheads undirected; turn one drawn pointing back at its source."""
    source, target = _arrows(data)
    if source is None or target is None:
        return
    if source == "none" and target == "none":
        edge.set("directed", "false")
    elif target == "none":
        ends = edge.get("source"), edge.get("target")
        edge.set("source", ends[1] or "")
        edge.set("target", ends[0] or "")


def _arrows(data: list[ET.Element]) -> tuple[str | None, str | None]:
    """The arrowheads at source and target as yEd (``<y:Arrows>``) or yEd Live (``…Arrow`` elements) say."""
    source = target = None
    for found in data:
        for element in found.iter():
            name = _local(element.tag)
            if name == "Arrows":
                return (element.get("source") or "none").lower(), (element.get("target") or "none").lower()
            for end, attribute in (("source", "sourceArrow"), ("target", "targetArrow")):
                value = element.get(attribute)
                if name.endswith("." + attribute):
                    arrow = next(iter(element), None)
                    value = (arrow.get("type") if arrow is not None else None) or "none"
                if value is not None:
                    if end == "source":
                        source = _arrow_word(value)
                    else:
                        target = _arrow_word(value)
    if source is not None or target is not None:
        return source or "none", target or "none"
    return None, None


def _arrow_word(value: str) -> str:
    text = value.strip().strip("{}").lower()
    return "none" if text in ("", "none", "x:null", "y:arrow none") or text.endswith("none") else text
