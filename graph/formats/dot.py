"""DOT (Graphviz) files, read with pydot (a Python parser: no Graphviz program is needed).

``digraph`` is directed and ``graph`` undirected; a node's ``label`` is its
label (an HTML-like one without its markup, line breaks as spaces) and an
edge's ``label`` its relation; quotes around values are taken off; other
attributes (``color``, ``weight`` …) are kept. Nodes and edges inside
subgraphs (``subgraph cluster_0 { … }``) count as any others, and an edge's end
written with a port (``a:p1 -> b:n``) is its node.

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

import html
import re
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
    top = graphs[0]
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[tuple[str, str, dict[str, Any]]] = []
    quietly_read(path, "DOT", lambda: _walk(top, nodes, edges))
    K = nx.MultiDiGraph() if top.get_type() == "digraph" else nx.MultiGraph()
    for name, attrs in nodes.items():
        K.add_node(name, **_unquoted_attrs(attrs))
    for u, v, attrs in edges:
        K.add_edge(u, v, **_unquoted_attrs(attrs))
    K.graph["name"] = _unquoted(top.get_name())
    return as_ours(K, str(path))


def _walk(graph: Any, nodes: dict[str, dict[str, Any]], edges: list[tuple[str, str, dict[str, Any]]]) -> None:
    """Gather the nodes (with their attributes) and edges of a pydot graph and of its subgraphs, in order."""
    for node in graph.get_node_list():
        name = _end(node.get_name())
        if name not in _NOT_NODES:
            nodes.setdefault(name, {}).update(node.get_attributes())
    for edge in graph.get_edge_list():
        for u in _ends(edge.get_source()):
            for v in _ends(edge.get_destination()):
                nodes.setdefault(u, {})
                nodes.setdefault(v, {})
                edges.append((u, v, dict(edge.get_attributes())))
    for sub in graph.get_subgraph_list():
        _walk(sub, nodes, edges)


def _ends(end: Any) -> list[str]:
    """The nodes an edge statement's end names: one, or those of a subgraph (``b -> { c d }``)."""
    if isinstance(end, str):
        return [_end(end)]
    listed = end.get("nodes", {}) if hasattr(end, "get") else {}
    return [_end(str(name)) for name in listed]


def _end(name: str) -> str:
    """A node's id as written, without quotes, or without its port (``a:p1``, ``b:n`` are ``a``, ``b``)."""
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return _unquoted(name)
    return name.split(":", 1)[0]


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
        out[str(name)] = _text_of_label(str(value)) if name == "label" else text
    return out


def _text_of_label(value: str) -> str:
    """A label as it reads: an HTML-like label (``<<b>Alpha</b>>``) without its markup, and the line
    breaks ``\\n``, ``\\l``, ``\\r`` of a quoted one as spaces.

    Examples
    --------
    >>> _text_of_label("<<b>Alpha</b> &amp; beta>"), _text_of_label('"Sleep\\\\nquality"')
    ('Alpha & beta', 'Sleep quality')
    """
    if value.startswith("<") and value.endswith(">"):
        text = html.unescape(re.sub(r"<[^>]*>", " ", value[1:-1]))
    else:
        text = re.sub(r"\\[nlr]", " ", _unquoted(value))
    return " ".join(text.split())
