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
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import networkx as nx

from ..atomic import write_bytes_atomic
from ..errors import DataError, OutputError, Problem
from ..read import vocabulary as vocab
from .gexfdynamic import flatten_times, timeless
from .mixed import gexf_mixed
from .portable import TABLES, flat_graph, read_error, restore_graph

__all__ = ["write_gexf", "read_gexf", "SIGN_COLORS", "GEXF_SHAPES", "NODE_SIZE", "GEXF_VERSIONS"]

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
        own_size = attrs.get("size")
        attrs["viz"] = {  # a node's own colour and size (from Gephi) before its category's
            "color": _rgba(str(attrs.get("color") or category.get("color", vocab.PALETTE[0]))),
            "shape": GEXF_SHAPES.get(category.get("shape", "dot"), "disc"),
            "size": float(own_size)
            if isinstance(own_size, (int, float)) and not isinstance(own_size, bool)
            else NODE_SIZE,
        }
    for _, _, attrs in H.edges(data=True):
        _rename_reserved(attrs, "edge")
        if attrs.pop("directed", True) is False:
            attrs["type"] = "undirected"  # an undirected edge of a mixed graph, as GEXF says it
        attrs["viz"] = {"color": _rgba(SIGN_COLORS.get(attrs.get("sign"), SIGN_COLORS[0]))}
    _one_type_each(attrs for _, attrs in H.nodes(data=True))
    _one_type_each(attrs for _, _, attrs in H.edges(data=True))
    if len({type(key) for _, _, key in H.edges(keys=True)}) > 1:
        H = _text_keys(H)
    buffer = io.BytesIO()
    nx.write_gexf(H, buffer)
    tables = {name: G.graph[name] for name in (*TABLES, "name_nl") if name in G.graph}  # networkx keeps "name"
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


def read_gexf(path: str | Path) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read a GEXF file (ours, or one saved by Gephi) as our graph.

    GEXF 1.1, 1.2 and 1.3 are read, with or without ``viz:`` (Gephi 0.9 and
    0.10 write 1.3). Attributes are named by their titles, as Gephi shows
    them; a node's ``viz`` colour and size are kept as ``color`` (``#rrggbb``)
    and ``size`` when the file is not ours (ours keeps colours by category).
    Edges go as the file says: ``defaultedgetype`` and each edge's ``type``.
    In a file where some edges have a ``weight``, an edge without one weighs
    1.0, as in Gephi.

    Parameters
    ----------
    path : str or Path
        A ``.gexf`` file.

    Returns
    -------
    networkx.MultiDiGraph or networkx.MultiGraph
        With our attribute shapes and defaults (see :func:`graph.read_graph`);
        a ``MultiGraph`` when no edge is directed.

    Raises
    ------
    DataError
        When the file is missing, is not GEXF, or is GEXF of a version not read.
    """
    path = Path(path)
    try:
        document = path.read_bytes()
        root = ET.fromstring(document)
        _check_gexf(root, path)
        _normalise(root)
        _safe_titles(root)
        dynamic = timeless(root)
        gexf_mixed(root, str(path))
        H = nx.read_gexf(io.BytesIO(ET.tostring(root)))
        if dynamic:
            flatten_times(H)
    except (ET.ParseError, nx.NetworkXError, ValueError, KeyError, TypeError, OSError, RecursionError) as err:
        raise read_error(path, err, "GEXF") from err
    for element, records in (("node", H.nodes(data=True)), ("edge", H.edges(data=True))):
        for *_, attrs in records:
            for name in _RESERVED[element]:
                if name + "_" in attrs:
                    attrs[name] = attrs.pop(name + "_")
    tables = _tables(document)
    if not tables:  # another tool's file: keep what it draws
        _keep_viz(H)
    G = restore_graph(H, source=str(path), tables=tables)
    if isinstance(tables.get("name_nl"), str):
        G.graph["name_nl"] = tables["name_nl"]
    return G


#: The GEXF versions read, each with the namespace networkx reads it by.
GEXF_VERSIONS = {
    "1.1": "http://www.gexf.net/1.1draft",
    "1.2": "http://www.gexf.net/1.2draft",
    "1.3": "http://gexf.net/1.3",
}
_GEXF_NS = re.compile(r"^https?://(www\.)?gexf\.net/(\d+\.\d+)(draft)?(/viz)?/?$")


def _check_gexf(root: ET.Element, path: Path) -> None:
    """Raise a clear :class:`DataError` for a file that is not GEXF, or GEXF of an unknown version."""
    name = root.tag.rsplit("}", 1)[-1]
    if name != "gexf":
        raise DataError(
            [Problem(str(path), 0, None, f"is not a GEXF file (its root element is <{name}>)", "a GEXF file (<gexf>)")]
        )
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    match = _GEXF_NS.match(namespace)
    version = match.group(2) if match else root.get("version", "")
    if version not in GEXF_VERSIONS:
        said = f"GEXF version {version}" if version else f"GEXF of an unknown namespace '{namespace}'"
        raise DataError(
            [Problem(str(path), 0, None, f"is {said}", "GEXF " + ", ".join(GEXF_VERSIONS) + " (as Gephi writes it)")]
        )


def _normalise(root: ET.Element) -> None:
    """Give every element the namespace networkx reads the file's version by (Gephi writes several spellings).

    The version is the root's: an element in another GEXF version's namespace (a 1.3 file holding
    1.2draft elements) or in none is read as the root's version, as Gephi reads elements by their
    names; networkx alone would skip it, and its nodes and edges with it.
    """
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    match = _GEXF_NS.match(namespace)
    if not match or match.group(2) not in GEXF_VERSIONS:
        return
    own = GEXF_VERSIONS[match.group(2)]
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # a comment or processing instruction
        if not element.tag.startswith("{"):
            element.tag = "{" + own + "}" + element.tag
            continue
        namespace, local = element.tag[1:].split("}", 1)
        match = _GEXF_NS.match(namespace)
        if match:
            element.tag = "{" + own + (match.group(4) or "") + "}" + local


#: Attribute titles networkx would pass to ``add_node``/``add_edge`` as its own arguments (``key``, as Gephi
#: lets a column be named): read under the name with a trailing ``_`` and given their own names back.
_ARGUMENTS = {"node": frozenset({"node_for_adding"}), "edge": frozenset({"key", "u_for_edge", "v_for_edge"})}


def _safe_titles(root: ET.Element) -> None:
    """Rename declared attribute titles that networkx would take for its own arguments."""
    for declared in root.iter():
        if declared.tag.rsplit("}", 1)[-1] != "attributes":
            continue
        taken = _ARGUMENTS.get(declared.get("class", ""), frozenset())
        for attribute in declared:
            if attribute.get("title") in taken:
                attribute.set("title", attribute.get("title", "") + "_")


def _keep_viz(H: nx.Graph) -> None:
    """Node colours and sizes as ``color`` and ``size``; a weight of 1.0 where others have one."""
    for _, attrs in H.nodes(data=True):
        viz = attrs.get("viz")
        if not isinstance(viz, dict):
            continue
        if isinstance(viz.get("color"), dict) and "color" not in attrs:
            attrs["color"] = _hex(viz["color"])
        if isinstance(viz.get("size"), (int, float)) and "size" not in attrs:
            attrs["size"] = float(viz["size"])
    weights = [attrs.get("weight") for _, _, attrs in H.edges(data=True)]
    if any(w is not None for w in weights) and None in weights:
        for _, _, attrs in H.edges(data=True):
            attrs.setdefault("weight", 1.0)


def _hex(color: dict[str, Any]) -> str:
    parts = (max(0, min(255, int(color.get(c, 0)))) for c in ("r", "g", "b"))
    return "#" + "".join(f"{p:02x}" for p in parts)


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
