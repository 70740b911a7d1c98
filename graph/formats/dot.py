"""DOT (Graphviz) files, read with pydot (a Python parser: no Graphviz program is needed).

``digraph`` is directed and ``graph`` undirected; a node's ``label`` is its
label and an edge's ``label`` its relation; quotes around values are taken
off; other attributes (``color``, ``weight`` …) are kept.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.dot"
>>> _ = path.write_text('digraph G {\\n  mg [label="Magnesium"];\\n  mg -> sleep [label="promotes"];\\n}\\n')
>>> G = read_dot(path)
>>> G.nodes["mg"]["label"], G.edges["mg", "sleep", 0]["relation"]
('Magnesium', 'promotes')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, Problem
from .textgraph import as_ours, quietly_read

__all__ = ["read_dot"]

#: Names pydot gives the default statements (``node [shape=box]``), not nodes.
_NOT_NODES = frozenset({"node", "edge", "graph", "\\n", "\\N"})


def read_dot(path: str | Path) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read a DOT file as our graph (its first graph, when it holds several).

    Raises
    ------
    DataError
        When the file is missing or is not DOT that pydot can read.
    """
    import pydot

    path = Path(path)
    text = quietly_read(path, "DOT", lambda: path.read_bytes().decode("utf-8", "replace"))
    graphs = quietly_read(path, "DOT", lambda: pydot.graph_from_dot_data(text))
    if not graphs:
        raise DataError([Problem(str(path), 0, None, "cannot be read as DOT", "a DOT file (digraph { ... })")])
    H = quietly_read(path, "DOT", lambda: nx.nx_pydot.from_pydot(graphs[0]))
    K = nx.MultiDiGraph() if H.is_directed() else nx.MultiGraph()
    for node, attrs in H.nodes(data=True):
        name = _unquoted(node)
        if name not in _NOT_NODES:
            K.add_node(name, **_unquoted_attrs(attrs))
    for u, v, attrs in H.edges(data=True):
        K.add_edge(_unquoted(u), _unquoted(v), **_unquoted_attrs(attrs))
    K.graph.update({k: _unquoted(v) for k, v in H.graph.items() if isinstance(v, str)})
    return as_ours(K, str(path))


def _unquoted(value: Any) -> str:
    text = str(value)
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].replace('\\"', '"')
    return text


def _unquoted_attrs(attrs: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        text = _unquoted(value)
        if name == "weight":
            try:
                out[name] = float(text)
                continue
            except ValueError:
                pass
        out[str(name)] = text
    return out
