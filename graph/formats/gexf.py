"""GEXF files for Gephi, coloured like our page, and reading them back.

Nodes carry their ``label`` and a ``viz`` colour and shape from their
category; edges carry the relation's label and a ``viz`` colour by sign
(green increases, red decreases, grey unsigned), as on the page. Attributes
go as GEXF attributes (``synonyms`` joined with ``|``). GEXF has no graph
attributes, so the ``relations``, ``sources`` and ``categories`` tables go
as JSON in the file's ``<meta><description>``; a file that lost it (saved
by Gephi) gets default entries, with category colours taken from the nodes.

GEXF reserves some attribute names, and networkx's reader takes a few more
(``key``, ``u_for_edge`` …) for its own; attributes of ours with those names are
written with a trailing ``_`` (``type`` as ``type_``) and renamed back on
reading.

Examples
--------
>>> import graph, tempfile, pathlib
>>> G = graph.load()
>>> path = graph.write_gexf(G, pathlib.Path(tempfile.mkdtemp()) / "magnesium.gexf")
>>> H = read_gexf(path)
>>> sorted(H.nodes) == sorted(G.nodes) and H.graph["categories"] == G.graph["categories"]
True
"""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import networkx as nx

from ..atomic import write_bytes_atomic
from ..errors import OutputError
from ..read import vocabulary as vocab
from .portable import TABLES, flat_graph, read_error, restore_graph

__all__ = ["write_gexf", "read_gexf", "SIGN_COLORS", "GEXF_SHAPES", "NODE_SIZE"]

#: Edge colours by sign, as on the page.
SIGN_COLORS = {1: "#228833", -1: "#cc3311", 0: "#8c8c8c"}
#: Our (vis-network) shapes as GEXF ``viz:shape`` values; others become ``disc``.
GEXF_SHAPES = {
    "dot": "disc",
    "circle": "disc",
    "ellipse": "disc",
    "square": "square",
    "box": "square",
    "triangle": "triangle",
    "triangleDown": "triangle",
    "diamond": "diamond",
}
#: Node size in Gephi (the page draws all nodes alike).
NODE_SIZE = 10.0
#: Attribute names GEXF uses for itself, per element.
_RESERVED = {
    "node": frozenset({"id", "pid", "start", "end", "viz", "node_for_adding", "key"}),
    "edge": frozenset({"type", "start", "end", "weight", "viz", "key", "u_for_edge", "v_for_edge", "networkx_key"}),
}
_META_KEY = "concept_graph"


def write_gexf(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as a GEXF 1.2 file for Gephi, atomically.

    Parameters
    ----------
    G : networkx graph
        Usually a :class:`~networkx.MultiDiGraph` from :func:`graph.load`
        or a subgraph of one; it is not changed.
    path : str or Path
        The file to write; missing folders are created.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    OutputError
        When the file cannot be written (an existing file is left as it was).

    Examples
    --------
    >>> import graph, tempfile, pathlib, networkx as nx
    >>> path = graph.write_gexf(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.gexf")
    >>> sorted(nx.read_gexf(path).nodes["magnesium"]["viz"])
    ['color', 'shape', 'size']
    """
    H = flat_graph(G, tables_as_json=False)
    categories = dict(G.graph.get("categories", {}))
    for _, attrs in H.nodes(data=True):
        _rename_reserved(attrs, "node")
        name = str(attrs.get("category") or vocab.DEFAULT_CATEGORY)
        category = categories.setdefault(name, vocab.category_entry(name, len(categories)))
        attrs["viz"] = {
            "color": _rgba(category.get("color", vocab.PALETTE[0])),
            "shape": GEXF_SHAPES.get(category.get("shape", "dot"), "disc"),
            "size": NODE_SIZE,
        }
    for _, _, attrs in H.edges(data=True):
        _rename_reserved(attrs, "edge")
        attrs["viz"] = {"color": _rgba(SIGN_COLORS.get(attrs.get("sign"), SIGN_COLORS[0]))}
    _one_type_each(attrs for _, attrs in H.nodes(data=True))
    _one_type_each(attrs for _, _, attrs in H.edges(data=True))
    if len({type(key) for _, _, key in H.edges(keys=True)}) > 1:
        H = _text_keys(H)
    buffer = io.BytesIO()
    nx.write_gexf(H, buffer)
    tables = {name: G.graph[name] for name in TABLES if name in G.graph}
    return write_bytes_atomic(path, _with_description(buffer.getvalue(), {_META_KEY: tables}))


def _one_type_each(records: Iterable[dict[str, Any]]) -> None:
    """Write an attribute whose values are of several types (``1`` here, ``"n/a"`` there) as text
    throughout: GEXF declares one type per attribute, and a value of another would not read back."""
    rows = list(records)
    kinds: dict[str, set[type]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            if name != "viz":
                kinds.setdefault(name, set()).add(type(value))
    mixed = {name for name, found in kinds.items() if len(found) > 1}
    for attrs in rows:
        for name in mixed & attrs.keys():
            attrs[name] = str(attrs[name])


def _text_keys(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``H`` with its edge keys as text, when they are of several types (networkx writes them as one attribute)."""
    K = nx.MultiDiGraph()
    K.graph.update(H.graph)
    K.add_nodes_from(H.nodes(data=True))
    K.add_edges_from((u, v, str(key), attrs) for u, v, key, attrs in H.edges(keys=True, data=True))
    return K


def _rename_reserved(attrs: dict[str, Any], element: str) -> None:
    for name in _RESERVED[element] & attrs.keys():
        if element == "edge" and name == "weight" and isinstance(attrs[name], float):
            continue  # a real weight: Gephi uses it
        attrs[name + "_"] = attrs.pop(name)


def _rgba(color: str) -> dict[str, Any]:
    text = color.lstrip("#")
    try:
        r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        r, g, b = (int(vocab.PALETTE[0][i : i + 2], 16) for i in (1, 3, 5))
    return {"r": r, "g": g, "b": b, "a": 1.0}


def _with_description(document: bytes, content: dict[str, Any]) -> bytes:
    """Put ``content`` as JSON into the ``<meta>`` element, after ``<creator>``."""
    marker = b"</creator>"
    if marker not in document:
        raise OutputError("networkx wrote GEXF without a <creator> element; cannot add the tables")
    text = escape(json.dumps(content, ensure_ascii=False, separators=(",", ":")))
    return document.replace(marker, marker + b"<description>" + text.encode("utf-8") + b"</description>", 1)


def read_gexf(path: str | Path) -> nx.MultiDiGraph:
    """Read a GEXF file (ours, or one saved by Gephi) as our graph.

    Parameters
    ----------
    path : str or Path
        A ``.gexf`` file.

    Returns
    -------
    networkx.MultiDiGraph
        With our attribute shapes and defaults (see :func:`graph.read_graph`).

    Raises
    ------
    DataError
        When the file is missing or is not GEXF that networkx can read.
    """
    path = Path(path)
    try:
        document = path.read_bytes()
        H = nx.read_gexf(io.BytesIO(document))
    except (ET.ParseError, nx.NetworkXError, ValueError, KeyError, TypeError, OSError, RecursionError) as err:
        raise read_error(path, err, "GEXF") from err
    for element, records in (("node", H.nodes(data=True)), ("edge", H.edges(data=True))):
        for *_, attrs in records:
            for name in _RESERVED[element]:
                if name + "_" in attrs:
                    attrs[name] = attrs.pop(name + "_")
    return restore_graph(H, source=str(path), tables=_tables(document))


def _tables(document: bytes) -> dict[str, Any]:
    """The tables kept in ``<meta><description>``, or none when it holds something else.

    Only the start of the file is parsed: ``<meta>`` comes before the graph.
    """
    for _, element in ET.iterparse(io.BytesIO(document), events=("end",)):
        name = element.tag.rsplit("}", 1)[-1]
        if name == "description" and element.text:
            try:
                content = json.loads(element.text)
            except json.JSONDecodeError:
                return {}
            if isinstance(content, dict) and isinstance(content.get(_META_KEY), dict):
                return dict(content[_META_KEY])
        if name in ("meta", "graph"):
            break
    return {}
