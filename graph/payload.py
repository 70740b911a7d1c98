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

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["page_data", "script_json"]

_NODE_KEYS = ("label", "label_nl", "category", "description", "synonyms")
_EDGE_KEYS = ("relation", "sign", "evidence", "source_doc", "section")
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def page_data(
    G: nx.MultiDiGraph,
    *,
    title: str,
    lang: str = "en",
    highlight: Iterable[str] | None = None,
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
    highlight : iterable of str, optional
        Node ids to light up when the page opens.
    """
    nodes = [_node(n, attrs) for n, attrs in G.nodes(data=True)]
    edges = [_edge(u, v, attrs) for u, v, attrs in G.edges(data=True)]
    used = {node["category"] for node in nodes}
    categories = G.graph.get("categories", {})
    return {
        "title": title,
        "lang": lang,
        "nodes": nodes,
        "edges": edges,
        "categories": {c: dict(categories.get(c, {})) for c in sorted(used)},
        "relations": {r: dict(e) for r, e in sorted(G.graph.get("relations", {}).items())},
        "sources": {s: dict(e) for s, e in sorted(G.graph.get("sources", {}).items())},
        "highlight": [str(n) for n in highlight] if highlight else [],
    }


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
