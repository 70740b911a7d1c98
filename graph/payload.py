"""The data a page needs, taken from a graph, and its safe embedding in HTML.

The graph is read, never changed. The JSON produced here goes inside
``<script type="application/json">``; :func:`script_json` escapes every
character that could end that element or be read as markup, so user text
reaches the page only as data.

Examples
--------
>>> script_json({"label": "</script><b>"})
'{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .errors import EdgeNotFound, NodeNotFound
from .layout import layout_plan, wrap_label

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["page_data", "highlight_data", "script_json"]

#: Node shapes vis-network draws with the label inside.
INSIDE_SHAPES = frozenset({"box", "ellipse", "circle", "text"})
_NODE_KEYS = ("label", "label_nl", "category", "description", "synonyms")
_EDGE_KEYS = ("relation", "sign", "evidence", "source_doc", "section")
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def page_data(
    G: nx.MultiDiGraph,
    *,
    title: str,
    lang: str = "en",
    highlight: Iterable[Any] | None = None,
) -> dict[str, Any]:
    """Everything the page script draws, as plain JSON-ready values.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A graph as :func:`graph.load` returns it (other graphs get defaults).
    title : str
        The page title.
    lang : {"en", "nl"}
        The language the page opens in.
    highlight : iterable, optional
        Node ids and paths to light up when the page opens (see
        :func:`highlight_data`).

    Raises
    ------
    NodeNotFound
        When ``highlight`` names a node that is not in ``G``.

    Examples
    --------
    >>> import networkx as nx
    >>> data = page_data(nx.MultiDiGraph([("a", "b")]), title="T", highlight=[["a", "b"]])
    >>> data["highlight"], data["nodes"][1]["label"]
    ({'nodes': [], 'paths': [['a', 'b']]}, 'b')
    """
    lit = highlight_data(G, highlight)
    nodes = [_node(n, attrs) for n, attrs in G.nodes(data=True)]
    edges = [_edge(u, v, attrs) for u, v, attrs in G.edges(data=True)]
    used = {node["category"] for node in nodes}
    categories = G.graph.get("categories", {})
    order = [c for c in categories if c in used] + sorted(used.difference(categories))
    plan = _plan(G, categories)
    for node in nodes:
        node["size"] = plan["sizes"][node["id"]]
        wrapped = {"en": wrap_label(node["label"]), "nl": wrap_label(node["label_nl"])}
        if wrapped != {"en": node["label"], "nl": node["label_nl"]}:
            node["wrapped"] = wrapped
    return {
        "title": title,
        "lang": lang,
        "nodes": nodes,
        "edges": edges,
        "categories": {c: dict(categories.get(c, {})) for c in order},
        "category_order": order,
        "relations": {r: dict(e) for r, e in sorted(G.graph.get("relations", {}).items())},
        "sources": {s: dict(e) for s, e in sorted(G.graph.get("sources", {}).items())},
        "highlight": lit,
        "positions": plan["positions"],
        "physics": plan["physics"],
    }


def _plan(G: nx.MultiDiGraph, categories: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The layout plan, knowing each node's labels and whether its shape holds its label."""
    labels = {n: (str(a.get("label") or n), str(a.get("label_nl") or "")) for n, a in G.nodes(data=True)}
    inside = {n for n, c in G.nodes(data="category") if categories.get(c, {}).get("shape") in INSIDE_SHAPES}
    return layout_plan(G, labels, inside)


def highlight_data(G: nx.MultiDiGraph, highlight: Iterable[Any] | None) -> dict[str, list[Any]]:
    """Split ``highlight`` into lit nodes and lit paths, checking every node.

    Each item is a node of ``G`` (lit on its own), or a path: a list or tuple
    of nodes, or an object whose ``.nodes`` holds them (the query API's
    paths); a path lights its nodes and every edge between consecutive ones.

    Raises
    ------
    NodeNotFound
        Naming the first item (or path member) that is not a node of ``G``.
    EdgeNotFound
        When two consecutive nodes of a path have no edge from the first to the second.

    Examples
    --------
    >>> import networkx as nx
    >>> highlight_data(nx.MultiDiGraph([("a", "b")]), ["a", ("a", "b")])
    {'nodes': ['a'], 'paths': [['a', 'b']]}
    >>> highlight_data(nx.MultiDiGraph([("a", "b")]), ["c"])
    Traceback (most recent call last):
    ...
    graph.errors.NodeNotFound: highlight: node 'c' not in graph
    """
    lit: dict[str, list[Any]] = {"nodes": [], "paths": []}
    for item in highlight or ():
        if _is_node(G, item):
            lit["nodes"].append(str(item))
            continue
        path = item.nodes if hasattr(item, "nodes") and not isinstance(item, (str, bytes)) else item
        if not isinstance(path, (list, tuple)) and not hasattr(item, "nodes"):
            raise NodeNotFound(f"highlight: node {item!r} not in graph")
        path = list(path)
        for node in path:
            if not _is_node(G, node):
                raise NodeNotFound(f"highlight: node {node!r} of path {path!r} not in graph")
        for u, v in zip(path, path[1:], strict=False):
            if not G.has_edge(u, v):
                raise EdgeNotFound(f"highlight: path {path!r} has no edge from {u!r} to {v!r}")
        lit["paths"].append([str(node) for node in path])
    return lit


def _is_node(G: nx.MultiDiGraph, item: Any) -> bool:
    try:
        return item in G
    except TypeError:  # unhashable, such as a list: not a node
        return False


def _node(node: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": str(node)}
    for key in _NODE_KEYS:
        value = attrs.get(key)
        if key == "synonyms":
            item[key] = [str(s) for s in value] if isinstance(value, (list, tuple)) else []
        else:
            item[key] = "" if value is None else str(value)
    item["label"] = item["label"] or item["id"]
    item["label_nl"] = item["label_nl"] or item["label"]
    item["category"] = item["category"] or "other"
    return item


def _edge(u: Any, v: Any, attrs: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"from": str(u), "to": str(v)}
    for key in _EDGE_KEYS:
        value = attrs.get(key)
        if key == "sign":
            item[key] = value if value in (-1, 0, 1) else 0
        else:
            item[key] = "" if value is None else str(value)
    item["relation"] = item["relation"] or "related_to"
    return item


def script_json(value: Any) -> str:
    """``value`` as compact, key-sorted JSON that is inert inside a ``<script>`` element."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in _ESCAPES.items():
        text = text.replace(char, escaped)
    return text
