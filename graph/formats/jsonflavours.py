"""The JSON other tools write for graphs, told apart by their keys and read as node-link data.

- **node-link** (networkx, ours): ``nodes`` with ``id``, and ``edges`` or ``links``;
- **D3** (``miserables.json``): ``nodes`` and ``links`` and no ``directed`` key; links name
  their ends by id, or by position in ``nodes`` (nodes then named by ``name``, else by
  position); read as undirected, as D3 draws them;
- **Cytoscape.js** (``nx.cytoscape_data``, Cytoscape's ``.cyjs``): ``elements`` holding
  ``nodes`` and ``edges`` (or a list of elements with ``group``), each with its ``data``;
  or that list alone, as ``cy.elements().jsons()`` gives it; ``name`` is the label;
- **Gephi JSON** (its JSON exporter, and graphology's format Gephi Lite writes): nodes with
  an ``attributes`` object (and a ``key`` for graphology), colours as ``#rrggbb``;
- **KGX JSON**: see :mod:`graph.formats.kgxjson`.

:func:`json_flavour` says which; :func:`as_node_link` turns the first four into node-link
data for :func:`~graph.formats.nodelink.node_link_graph`. JSON of no known shape is refused
in one line naming what it holds.

Examples
--------
>>> d3 = {"nodes": [{"name": "Myriel", "group": 1}, {"name": "Napoleon", "group": 1}],
...       "links": [{"source": 1, "target": 0, "value": 1}]}
>>> json_flavour(d3)
'D3'
>>> as_node_link(d3)["links"]
[{'source': 'Napoleon', 'target': 'Myriel', 'weight': 1.0}]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, Problem

__all__ = ["json_flavour", "as_node_link", "json_shape", "read_json_graph"]

_RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)")


def json_flavour(data: Any) -> str | None:
    """``"node-link"``, ``"D3"``, ``"Cytoscape.js"``, ``"Gephi"``, ``"KGX"``, or ``None``.

    Examples
    --------
    >>> json_flavour({"elements": {"nodes": [], "edges": []}}), json_flavour({"a": 1})
    ('Cytoscape.js', None)
    """
    from .kgxjson import is_kgx_json

    if isinstance(data, list) and data and all(isinstance(e, dict) and isinstance(e.get("data"), dict) for e in data):
        return "Cytoscape.js"  # the elements alone
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("elements"), (dict, list)):
        return "Cytoscape.js"
    nodes = data.get("nodes")
    if not isinstance(nodes, list):
        return None
    if is_kgx_json(data):
        return "KGX"
    if "directed" in data or "multigraph" in data:
        return "node-link"  # networkx's (and ours): every attribute as it is
    first = next((n for n in nodes if isinstance(n, dict)), {})
    if "key" in first and "id" not in first or isinstance(first.get("attributes"), dict):
        return "Gephi"
    return "D3" if "links" in data else "node-link"


def json_shape(data: Any) -> str:
    """What a JSON document holds, said in a few words (for a refusal).

    Examples
    --------
    >>> json_shape({"vertices": [], "arcs": []}), json_shape([1, 2])
    ('JSON of another shape (keys: vertices, arcs)', 'JSON of another shape (a list of 2 items)')
    """
    if isinstance(data, dict):
        keys = ", ".join(str(k) for k in list(data)[:6]) + (", …" if len(data) > 6 else "")
        return f"JSON of another shape (keys: {keys})" if data else "JSON of another shape (an empty object)"
    if isinstance(data, list):
        return f"JSON of another shape (a list of {len(data)} item{'' if len(data) == 1 else 's'})"
    return "JSON of another shape (a single value)"


def as_node_link(data: Any) -> dict[str, Any]:
    """Node-link data (``nodes`` with ``id``, ``links`` or ``edges``) for data of any flavour but KGX."""
    flavour = json_flavour(data)
    if flavour == "Cytoscape.js":
        return _cytoscape(data)
    if flavour == "Gephi":
        return _gephi(data)
    if flavour == "D3":
        return _d3(data)
    return dict(data)


def _d3(data: dict[str, Any]) -> dict[str, Any]:
    nodes = [dict(n) if isinstance(n, dict) else n for n in data["nodes"]]
    links = [dict(link) if isinstance(link, dict) else link for link in data.get("links") or []]
    by_index = bool(links) and all(
        isinstance(link, dict) and _is_index(link.get("source")) and _is_index(link.get("target")) for link in links
    )
    by_index = by_index and not all(isinstance(n, dict) and "id" in n for n in nodes)
    if by_index:
        names = [n.get("name") if isinstance(n, dict) else None for n in nodes]
        usable = all(isinstance(x, (str, int)) and not isinstance(x, bool) for x in names)
        ids = names if usable and len(set(map(str, names))) == len(names) else list(range(len(nodes)))
        for i, node in enumerate(nodes):
            if isinstance(node, dict):
                node["id"] = ids[i]
        for link in links:
            for end in ("source", "target"):
                at = link[end]
                link[end] = ids[at] if 0 <= at < len(ids) else f"{at} (no such node)"
    else:
        for node in nodes:
            if isinstance(node, dict) and "id" not in node and "name" in node:
                node["id"] = node["name"]
    for link in links:
        value = link.get("value") if isinstance(link, dict) else None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and "weight" not in link:
            link["weight"] = float(link.pop("value"))  # D3's name for a link's weight
    return {"directed": False, "multigraph": True, "graph": {}, "nodes": nodes, "links": links}


def _is_index(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _cytoscape(data: dict[str, Any] | list[Any]) -> dict[str, Any]:
    if isinstance(data, list):
        data = {"elements": data}
    elements = data["elements"]
    if isinstance(elements, list):  # one list of elements, each saying its group
        nodes = [e for e in elements if isinstance(e, dict) and e.get("group", "nodes") == "nodes"]
        edges = [e for e in elements if isinstance(e, dict) and e.get("group") == "edges"]
        nodes = [e for e in nodes if not _is_edge(e)]
        edges += [e for e in elements if isinstance(e, dict) and "group" not in e and _is_edge(e)]
    else:
        nodes, edges = elements.get("nodes") or [], elements.get("edges") or []
    out_nodes = []
    for node in nodes:
        attrs = dict(node.get("data") or {}) if isinstance(node, dict) else node
        if isinstance(attrs, dict) and "name" in attrs and "label" not in attrs:
            attrs["label"] = attrs.pop("name")
        out_nodes.append(attrs)
    out_edges = [dict(edge.get("data") or {}) if isinstance(edge, dict) else edge for edge in edges]
    for edge in out_edges:
        if isinstance(edge, dict) and "interaction" in edge and "relation" not in edge:
            edge["relation"] = edge.pop("interaction")  # Cytoscape's own name for an edge's kind
    graph: dict[str, Any] = data["data"] if isinstance(data.get("data"), dict) else {}
    return {"directed": data.get("directed", True) is not False, "graph": graph, "nodes": out_nodes, "edges": out_edges}


def _is_edge(element: dict[str, Any]) -> bool:
    inner = element.get("data")
    return isinstance(inner, dict) and "source" in inner and "target" in inner


def _gephi(data: dict[str, Any]) -> dict[str, Any]:
    options: dict[str, Any] = data["options"] if isinstance(data.get("options"), dict) else {}
    directed = options.get("type", "directed") != "undirected"
    nodes = [_flattened(n, "node") for n in data["nodes"]]
    edges = [_flattened(e, "edge") for e in data.get("edges") or []]
    if options.get("type") == "mixed" or any(isinstance(e, dict) and e.get("undirected") is True for e in edges):
        for edge in edges:
            if isinstance(edge, dict) and edge.pop("undirected", False) is True:
                edge["directed"] = False
    graph: dict[str, Any] = data["attributes"] if isinstance(data.get("attributes"), dict) else {}
    return {"directed": directed, "graph": dict(graph), "nodes": nodes, "edges": edges}


def _flattened(item: Any, element: str) -> Any:
    """A Gephi node or edge with its ``attributes`` brought up, ``key`` as the id, colours as hex."""
    if not isinstance(item, dict):
        return item
    out = {k: v for k, v in item.items() if k != "attributes"}
    attributes = item.get("attributes")
    if isinstance(attributes, dict):
        for name, value in attributes.items():
            out.setdefault(str(name), value)
    if "key" in out:
        out.setdefault("id", out.pop("key"))
    color = out.get("color")
    if isinstance(color, str):
        match = _RGB.match(color.strip())
        if match:
            out["color"] = "#" + "".join(f"{min(255, int(part)):02x}" for part in match.groups())
    return out


def read_json_graph(path: str | Path, directed: bool = True) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read a JSON graph file of any flavour :func:`json_flavour` knows as our graph, checked.

    Raises
    ------
    DataError
        When the file is missing, is not JSON, is JSON of no known shape (one line
        naming its keys), or holds problems (each kind said once, with how many more).
    """
    from .checked import checked_graph
    from .kgxjson import kgx_json_graph
    from .nodelink import load_json, node_link_graph
    from .portable import restore_graph
    from .sniff import READ

    path = Path(path)
    data = load_json(path, "JSON graph")
    flavour = json_flavour(data)
    if flavour is None:
        raise DataError([Problem(str(path), 0, None, f"looks like {json_shape(data)}", f"one of {READ}")])
    if flavour == "KGX":
        return kgx_json_graph(data, str(path), directed)
    G = restore_graph(node_link_graph(as_node_link(data), str(path)), source=str(path))
    return checked_graph(G, str(path))
