"""What the readers of GML, Pajek and DOT share: quiet networkx readers, ids as text, edge labels as relations.

networkx reads each of these formats into a graph whose node ids may be
numbers and whose attributes are named as the tool named them.
:func:`as_ours` gives such a graph our shapes (:func:`~graph.formats.portable.restore_graph`):
ids as text, an edge's ``label`` as its relation when it has none (the name
GML and DOT files give an edge), a numeric ``value`` as its ``weight`` (as
Gephi writes it), a node's ``name`` as its label when it has none (igraph
writes ``name``).

Examples
--------
>>> import networkx as nx
>>> H = nx.Graph()
>>> H.add_node(0, name="Myriel")
>>> H.add_edge(0, 1, label="knows")
>>> G = as_ours(H, "g.gml")
>>> G.nodes["0"]["label"], G.edges["0", "1", 0]["relation"]
('Myriel', 'knows')
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, Problem
from .portable import edge_list, read_error, restore_graph

__all__ = ["as_ours", "quietly_read"]


def quietly_read(path: Path, kind: str, reader: Callable[[], nx.Graph]) -> nx.Graph:
    """``reader()``, its warnings kept from the user, any failure a :class:`DataError` naming ``kind``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return reader()
    except DataError:
        raise
    except RecursionError as err:
        raise read_error(path, err, kind) from err
    except Exception as err:  # noqa: BLE001 - a third-party parser may raise anything on a bad file
        message = str(err).splitlines()[0][:200] if str(err) else type(err).__name__
        problem = Problem(str(path), 0, None, f"cannot be read as {kind} ({message})", f"a {kind} file")
        raise DataError([problem]) from err


def as_ours(H: nx.Graph, source: str) -> nx.MultiDiGraph | nx.MultiGraph:
    """``H`` with text ids, ``label`` of an edge as its relation and ``name`` of a node as its label."""
    K: nx.MultiDiGraph | nx.MultiGraph = nx.MultiDiGraph() if H.is_directed() else nx.MultiGraph()
    K.graph.update({k: v for k, v in H.graph.items() if isinstance(v, (str, int, float, bool))})
    for node, attrs in H.nodes(data=True):
        own = dict(attrs)
        if "label" not in own and isinstance(own.get("name"), str):
            own["label"] = own.pop("name")
        K.add_nodes_from([(str(node), _plain(own))])
    for u, v, key, attrs in edge_list(H):
        own = dict(attrs)
        if "relation" not in own and isinstance(own.get("label"), str) and own["label"].strip():
            own["relation"] = own.pop("label").strip()
        if "weight" not in own and _number(own.get("value")):
            own["weight"] = float(own.pop("value"))  # Gephi's and D3's name for an edge's weight
        K.add_edges_from([(str(u), str(v), key if isinstance(key, str) else None, _plain(own))])
    return restore_graph(K, source=source)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _plain(attrs: dict[str, Any]) -> dict[str, Any]:
    """Attributes without values GraphML and GEXF could not hold back: nested ones as text."""
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        if isinstance(value, (dict, list, tuple)):
            value = str(value)
        out[str(name)] = value
    return out
