"""GML files (Gephi, igraph, networkx, yEd, Cytoscape write them), and writing our graph as GML.

Reading: ``directed 1`` makes a directed graph; repeated edges are kept (as if
the file said ``multigraph 1``); nodes are named by their ``label`` when every
node has a distinct one, else by their ``id`` (the label then shown); an
edge's ``label`` is its relation; every other key is kept as an attribute.

Writing: networkx's GML (``id`` numbers, our id as ``label``); our own
``label`` goes as ``label_`` and attribute names GML cannot hold (only
letters, digits and ``_``, starting with a letter) are spelled with ``_``
for each other character, and listed in the graph's ``renamed`` so that
reading our file back restores them; lists and objects as text, as in GraphML.

Examples
--------
>>> import graph, tempfile, pathlib
>>> path = write_gml(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "magnesium.gml")
>>> path.read_text(encoding="utf-8").splitlines()[:3]
['graph [', '  directed 1', '  multigraph 1']
>>> G = read_gml(path)
>>> G.nodes["magnesium"]["label"], G.graph["relations"] == graph.load().graph["relations"]
('Magnesium', True)
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import write_bytes_atomic
from .portable import flat_graph, restore_graph
from .textgraph import as_ours, quietly_read

__all__ = ["read_gml", "write_gml"]

_KEY = re.compile(r"^[A-Za-z][0-9A-Za-z_]*$")
_MARK = "concept_graph"
_OUR_LABEL = "label_"


def write_gml(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as a GML file, atomically.

    Parameters
    ----------
    G : networkx graph
        Not changed.
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
    """
    H = flat_graph(G)
    for node in H:
        attrs = H.nodes[node]
        if "label" in attrs:
            attrs[_OUR_LABEL] = attrs.pop("label")
    records = [H.graph, *(attrs for _, attrs in H.nodes(data=True)), *(a for *_, a in H.edges(keys=True, data=True))]
    taken = {str(name) for attrs in records for name in attrs}
    renamed: dict[str, str] = {}
    for attrs in records:
        _rekey(attrs, renamed, taken)
    H.graph[_MARK] = json.dumps(renamed, ensure_ascii=False)
    buffer = io.BytesIO()
    nx.write_gml(H, buffer, stringizer=str)
    return write_bytes_atomic(path, buffer.getvalue())


def _rekey(attrs: dict[str, Any], renamed: dict[str, str], taken: set[str]) -> None:
    """Spell the attribute names of ``attrs`` that GML cannot hold with ``_``, in place."""
    keyed = {(name if _KEY.match(name) else _spelled(name, renamed, taken)): value for name, value in attrs.items()}
    attrs.clear()
    attrs.update(keyed)


def _spelled(name: str, renamed: dict[str, str], taken: set[str]) -> str:
    for known, original in renamed.items():
        if original == name:
            return known
    base = "a_" + re.sub(r"[^0-9A-Za-z_]", "_", name)
    key, n = base, 1
    while key in renamed or key in taken:
        n += 1
        key = f"{base}_{n}"
    renamed[key] = name
    return key


def read_gml(path: str | Path) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read a GML file as our graph.

    Parameters
    ----------
    path : str or Path
        A GML file (``graph [ ... ]``).

    Returns
    -------
    networkx.MultiDiGraph or networkx.MultiGraph
        With our attribute shapes and defaults (see :func:`graph.read_graph`).

    Raises
    ------
    DataError
        When the file is missing or is not GML that networkx can read.
    """
    path = Path(path)
    text = quietly_read(path, "GML", lambda: path.read_bytes().decode("utf-8", "replace"))
    text = re.sub(r"\bgraph\s*\[", "graph [ multigraph 1", text, count=1)  # repeated edges are kept
    label = "label" if _distinct_labels(text) else "id"
    H = quietly_read(path, "GML", lambda: nx.parse_gml(text, label=label))
    if _MARK in H.graph:
        return _ours(H, str(path))
    return as_ours(H, str(path))


def _distinct_labels(text: str) -> bool:
    """True when every node of the GML text has a label and no two the same (cheaply: by counting)."""
    nodes = len(re.findall(r"\bnode\s*\[", text))
    labels = re.findall(r"\bnode\s*\[(?:[^\[\]]|\[[^\[\]]*\])*?\blabel\s+\"([^\"]*)\"", text)
    return nodes > 0 and len(labels) == nodes and len(set(labels)) == nodes


def _ours(H: nx.Graph, source: str) -> nx.MultiDiGraph | nx.MultiGraph:
    renamed = json.loads(H.graph.pop(_MARK) or "{}")
    H.graph = {renamed.get(k, k): v for k, v in H.graph.items()}
    for node in H:
        attrs = H.nodes[node]
        named = {renamed.get(k, k): v for k, v in attrs.items()}
        attrs.clear()
        attrs.update(named)
        if _OUR_LABEL in attrs:
            attrs["label"] = attrs.pop(_OUR_LABEL)
    for *_, attrs in H.edges(keys=True, data=True):
        named = {renamed.get(k, k): v for k, v in attrs.items()}
        attrs.clear()
        attrs.update(named)
    return restore_graph(H, source=source, fill_text=True)
