"""Turn our graph into one that GraphML and GEXF can hold, and a graph read from a file back into ours.

GraphML and GEXF attributes hold only text, numbers and booleans, so on the
way out a list (``synonyms``) is joined with ``|`` as in our CSV files, and
any other list or dict becomes JSON text. Every edge gets a unique ``id``,
its key as ``networkx_key`` and, when it has none, a ``label`` (the
relation's English label) for tools that show edge labels.

On the way in, :func:`restore_graph` gives any graph our shapes and the
defaults :func:`graph.load` gives CSV data: ``label`` = id, category
"other", ``synonyms`` a list, ``sign`` an int taken from the relation when
missing, and complete ``relations``, ``sources`` and ``categories`` tables.

Examples
--------
>>> import networkx as nx
>>> H = nx.MultiDiGraph()
>>> H.add_node("mg", synonyms="Mg|magnesium")
>>> H.add_edge("mg", "sleep", relation="promotes", sign="1")
0
>>> G = restore_graph(H, source="edited.graphml")
>>> G.nodes["mg"]["synonyms"], G.nodes["sleep"]["label"], G.edges["mg", "sleep", 0]["sign"]
(['Mg', 'magnesium'], 'sleep', 1)
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, Problem
from ..read import vocabulary as vocab
from ..read.direction import parse_directed
from .tabular import LIST_SEPARATOR, cell_text

__all__ = [
    "TABLES",
    "edge_list",
    "edge_list_directed",
    "edge_ids",
    "relation_entry_of",
    "flat_graph",
    "restore_graph",
    "tables_from_json",
    "read_error",
]

#: The graph-level tables, each a dict by id.
TABLES = ("relations", "sources", "categories")
#: Graph attributes that readers add and that are not ours.
_READER_GRAPH_KEYS = frozenset({"node_default", "edge_default", "mode"})
#: Edge ids made up on export (``e0``, ``e1`` …) or by tools (``0``, ``1`` …); not kept on import.
_MADE_UP_ID = re.compile(r"e?\d+")
_SCALARS = (str, int, float, bool)


def edge_list(G: nx.Graph) -> Iterator[tuple[Any, Any, Any, dict[str, Any]]]:
    """``(u, v, key, attrs)`` for every edge of any graph (key 0 when it is no multigraph)."""
    if G.is_multigraph():
        yield from G.edges(keys=True, data=True)
    else:
        for u, v, attrs in G.edges(data=True):
            yield u, v, 0, attrs


def edge_list_directed(G: nx.Graph) -> list[tuple[Any, Any, Any, dict[str, Any]]]:
    """:func:`edge_list`, each undirected edge's attributes (a copy) holding ``directed=False``
    when some edge of ``G`` is undirected: what a table (CSV, KGX) writes in a ``directed`` column.

    Examples
    --------
    >>> import networkx as nx
    >>> edge_list_directed(nx.MultiGraph([("a", "b")]))
    [('a', 'b', 0, {'directed': False})]
    """
    if G.is_directed():
        return list(edge_list(G))
    return [(u, v, key, {**attrs, "directed": False}) for u, v, key, attrs in edge_list(G)]


def edge_ids(G: nx.Graph) -> list[str]:
    """An id for every edge, in edge order: its own ``id`` when all edges have distinct ones, else ``e0``, ``e1`` …

    Examples
    --------
    >>> import networkx as nx
    >>> edge_ids(nx.MultiDiGraph([("a", "b"), ("a", "b")]))
    ['e0', 'e1']
    """
    own = [cell_text(attrs.get("id")) for _, _, _, attrs in edge_list(G)]
    if all(own) and len(set(own)) == len(own):
        return own
    return [f"e{i}" for i in range(len(own))]


def relation_entry_of(G: nx.Graph, relation: str) -> dict[str, Any]:
    """The table entry of ``relation``, or the default entry when the graph has none."""
    entry = G.graph.get("relations", {}).get(relation)
    return entry if entry is not None else vocab.relation_entry(relation)


def flat_graph(G: nx.Graph, *, tables_as_json: bool = True) -> nx.MultiDiGraph | nx.MultiGraph:
    """A copy of ``G`` whose attributes are all text, numbers or booleans.

    Parameters
    ----------
    G : networkx graph
        Not changed.
    tables_as_json : bool
        Keep ``relations``, ``sources`` and ``categories`` as JSON text graph
        attributes (GraphML); when False they are left out (GEXF keeps them
        elsewhere).
    """
    H = nx.MultiDiGraph() if G.is_directed() else nx.MultiGraph()
    for name, value in G.graph.items():
        if name in TABLES and not tables_as_json:
            continue
        _set_flat(H.graph, name, value)
    for node, attrs in G.nodes(data=True):
        H.add_nodes_from([(node, _flat_attrs(attrs))])  # any attribute name, even node_for_adding
    for eid, (u, v, key, attrs) in zip(edge_ids(G), edge_list(G), strict=True):
        flat = _flat_attrs(attrs)
        flat["id"] = eid
        flat["networkx_key"] = key if isinstance(key, _SCALARS) else str(key)
        if "label" not in flat:
            flat["label"] = relation_entry_of(G, str(attrs.get("relation") or vocab.DEFAULT_RELATION))["label"]
        H.add_edges_from([(u, v, key, flat)])  # any attribute name, even key or u_for_edge
    return H


def _flat_attrs(attrs: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in attrs.items():
        _set_flat(flat, str(name), value)
    return flat


def _set_flat(target: dict[str, Any], name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, _SCALARS):
        target[name] = value
    elif isinstance(value, (list, tuple, set, frozenset)):
        target[name] = cell_text(value)
    elif isinstance(value, dict):
        target[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    else:
        target[name] = str(value)


def read_error(path: str | Path, err: Exception, kind: str) -> DataError:
    """The :class:`~graph.errors.DataError` for a graph file that could not be read as ``kind``.

    Examples
    --------
    >>> print(read_error("g.gexf", FileNotFoundError(), "GEXF"))
    g.gexf: file not found; expected an existing GEXF file
    """
    name, expected = str(path), f"a {kind} file"
    if isinstance(err, RecursionError):
        return DataError([Problem(name, 0, None, "is nested too deeply to read", expected)])
    if isinstance(err, FileNotFoundError):
        return DataError([Problem(name, 0, None, "file not found", f"an existing {kind} file")])
    if isinstance(err, ET.ParseError):
        return DataError([Problem(name, err.position[0], None, f"not well-formed XML ({err})", expected)])
    if isinstance(err, json.JSONDecodeError):
        return DataError([Problem(name, err.lineno, None, f"not valid JSON ({err.msg})", expected)])
    return DataError([Problem(name, 0, None, f"cannot be read as {kind} ({err})", expected)])


def tables_from_json(values: Mapping[str, Any], source: str) -> dict[str, dict[str, Any]]:
    """The tables found in ``values`` (dicts, or JSON text as :func:`flat_graph` writes them).

    Raises
    ------
    DataError
        When a table is neither a dict of dicts nor JSON text holding one.
    """
    tables: dict[str, dict[str, Any]] = {}
    problems = []
    for name in TABLES:
        value = values.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as err:
                problems.append(_table_problem(source, name, f"is not valid JSON ({err.msg})"))
                continue
        if not isinstance(value, dict) or not all(isinstance(e, dict) for e in value.values()):
            problems.append(_table_problem(source, name, "is not a table of entries by id"))
            continue
        tables[name] = {str(k): dict(e) for k, e in value.items()}
    if problems:
        raise DataError(problems)
    return tables


def _table_problem(source: str, name: str, what: str) -> Problem:
    return Problem(source, 0, None, f"graph attribute '{name}' {what}", "a JSON object as concept-graph writes it")


def restore_graph(
    H: nx.Graph,
    *,
    source: str,
    tables: Mapping[str, Any] | None = None,
    fill_text: bool = False,
) -> nx.MultiDiGraph | nx.MultiGraph:
    """Our :class:`~networkx.MultiDiGraph` (or ``MultiGraph``) from a graph read from a file.

    Parameters
    ----------
    H : networkx graph
        As a networkx reader returns it; it is not changed. An undirected
        graph gives a :class:`~networkx.MultiGraph`; in a directed one, an
        edge whose ``directed`` attribute is false is kept as undirected.
    source : str
        The file's name, for messages.
    tables : mapping, optional
        The vocabulary tables when the file keeps them outside the graph
        attributes (GEXF); otherwise they are taken from ``H.graph``.
    fill_text : bool
        Give an empty string to nodes and edges that lack a text attribute
        others have (GraphML drops empty values).

    Raises
    ------
    DataError
        When a table or a sign cannot be read.
    """
    graph_attrs = {k: v for k, v in H.graph.items() if k not in _READER_GRAPH_KEYS}
    found = tables_from_json(tables if tables is not None else graph_attrs, source)
    G = nx.MultiDiGraph() if H.is_directed() else nx.MultiGraph()
    G.graph.update({k: v for k, v in graph_attrs.items() if k not in TABLES})
    relations, sources, categories = (found.get(name, {}) for name in TABLES)
    colours: dict[str, str] = {}
    for node, attrs in H.nodes(data=True):
        G.add_nodes_from([(str(node), _node_attrs(str(node), attrs, colours))])
    problems: list[Problem] = []
    for u, v, key, attrs in edge_list(H):
        restored, edge_key = _edge_attrs(str(u), str(v), key, attrs, relations, source, problems)
        G.add_edges_from([(str(u), str(v), edge_key, restored)])
    if problems:
        raise DataError(problems)
    if fill_text:
        _fill_text(attrs for _, attrs in G.nodes(data=True))
        _fill_text(attrs for _, _, attrs in G.edges(data=True))
    _complete(G, relations, sources, categories, colours)
    G.graph.update(relations=relations, sources=sources, categories=categories)
    return G


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _node_attrs(node: str, data: Mapping[str, Any], colours: dict[str, str]) -> dict[str, Any]:
    attrs = dict(data)
    viz = attrs.pop("viz", None)
    label = _text(attrs.pop("label", None)) or node
    synonyms = attrs.pop("synonyms", None)
    restored: dict[str, Any] = {
        "label": label,
        "label_nl": _text(attrs.pop("label_nl", None)) or label,
        "category": _text(attrs.pop("category", None)) or vocab.DEFAULT_CATEGORY,
        "description": _text(attrs.pop("description", None)),
        "synonyms": _synonyms(synonyms),
    }
    restored.update(attrs)
    if isinstance(viz, dict) and isinstance(viz.get("color"), dict):
        colours.setdefault(restored["category"], _hex(viz["color"]))
    return restored


def _synonyms(value: Any) -> list[str]:
    items = [str(s) for s in value] if isinstance(value, (list, tuple)) else _text(value).split(LIST_SEPARATOR)
    return [s.strip() for s in items if s.strip()]


def _hex(color: Mapping[str, Any]) -> str:
    parts = (max(0, min(255, int(color.get(c, 0)))) for c in ("r", "g", "b"))
    return "#" + "".join(f"{p:02x}" for p in parts)


def _edge_attrs(
    u: str, v: str, key: Any, data: Mapping[str, Any], relations: dict, source: str, problems: list[Problem]
) -> tuple[dict[str, Any], Any]:
    attrs = dict(data)
    edge_key = attrs.pop("networkx_key", None)
    if edge_key is None and not (isinstance(key, str) and _MADE_UP_ID.fullmatch(key)):
        edge_key = key  # else a tool's edge id: number the edges 0, 1 … as networkx does
    own_id = attrs.pop("id", None)
    if own_id is not None and not _MADE_UP_ID.fullmatch(str(own_id)):
        attrs["id"] = own_id
    relation = _text(attrs.pop("relation", None)) or vocab.DEFAULT_RELATION
    entry = relations.get(relation) or vocab.relation_entry(relation)
    if attrs.get("label") == entry["label"]:
        del attrs["label"]
    sign = _sign(attrs.pop("sign", None), f"edge {u} -> {v}", source, problems)
    restored: dict[str, Any] = {
        "relation": relation,
        "evidence": _text(attrs.pop("evidence", None)),
        "source_doc": _text(attrs.pop("source_doc", None)),
        "section": _text(attrs.pop("section", None)),
    }
    directed = attrs.pop("directed", None)
    restored.update(attrs)
    restored["sign"] = sign if sign is not None else entry.get("sign", 0)
    if directed is not None:
        flag = parse_directed(directed) if isinstance(directed, (str, int)) else None
        if flag is None:
            problems.append(
                Problem(source, 0, "directed", f"edge '{u}' -> '{v}': '{directed}' is not a direction", "true or false")
            )
        elif not flag:
            restored["directed"] = False
    return restored, edge_key


def _sign(value: Any, where: str, source: str, problems: list[Problem]) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value in (-1, 0, 1):
        return int(value)
    found: list[Problem] = []
    sign = vocab.parse_sign(str(value), source, 0, found)
    for problem in found:
        problems.append(Problem(source, 0, "sign", f"{where}: {problem.message}", problem.expected))
    return sign


def _fill_text(records: Iterable[dict[str, Any]]) -> None:
    rows = list(records)
    text_keys = {k for attrs in rows for k, v in attrs.items() if isinstance(v, str)}
    for attrs in rows:
        for name in text_keys - attrs.keys():
            attrs[name] = ""


def _complete(G: nx.MultiDiGraph, relations: dict, sources: dict, categories: dict, colours: dict[str, str]) -> None:
    """Add default entries for every relation, source and category the graph uses."""
    for _, _, attrs in G.edges(data=True):
        if attrs["relation"] not in relations:
            relations[attrs["relation"]] = vocab.relation_entry(attrs["relation"])
        if attrs["source_doc"] and attrs["source_doc"] not in sources:
            sources[attrs["source_doc"]] = vocab.source_entry(attrs["source_doc"])
    for _, category in G.nodes(data="category"):
        if category not in categories:
            entry = vocab.category_entry(category, len(categories))
            if category in colours:
                entry["color"] = colours[category]
            categories[category] = entry
