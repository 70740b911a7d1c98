"""The nodes and the edges of a graph as pandas DataFrames, and back.

``to_pandas_nodes`` gives one row per node (indexed by id), ``to_pandas_edges``
one row per edge (``source``, ``target``, ``key`` and the attributes), in the
manner of :func:`networkx.to_pandas_edgelist`. The graph's vocabularies
(relations, sources, categories) and its title (``name``, ``name_nl``)
travel in the frames' ``attrs``, so
``from_pandas(to_pandas_nodes(G), to_pandas_edges(G))`` gives ``G`` again.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> nodes, edges = graph.to_pandas_nodes(G), graph.to_pandas_edges(G)
>>> nodes.loc["magnesium", "label_nl"]
'Magnesium'
>>> list(edges.columns[:5])
['source', 'target', 'key', 'relation', 'sign']
>>> H = graph.from_pandas(nodes, edges)
>>> sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
True
"""

from __future__ import annotations

import copy
import math
from typing import TYPE_CHECKING, Any

import networkx as nx

from ..errors import DataError, Problem
from ..read import vocabulary as vocab
from ..read.direction import as_undirected, parse_directed

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_pandas_nodes", "to_pandas_edges", "from_pandas"]

_NODE_COLUMNS = ["label", "label_nl", "category", "description", "synonyms"]
_EDGE_COLUMNS = ["source", "target", "key", "relation", "sign", "evidence", "source_doc", "section"]
_VOCABULARIES = ("relations", "sources", "categories")
_TITLE = ("name", "name_nl")


def to_pandas_nodes(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per node, indexed by id, with the node attributes as columns.

    The known attributes come first (``label``, ``label_nl``, ``category``,
    ``description``, ``synonyms`` as lists), then any others in the order met.
    ``attrs`` holds copies of ``G.graph``'s vocabularies.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="A", colour="red")
    >>> to_pandas_nodes(G)[["label", "colour"]]
       label colour
    id
    a      A    red
    """
    import pandas as pd

    rows = [attrs for _, attrs in G.nodes(data=True)]
    columns = _columns(_NODE_COLUMNS, rows)
    frame = pd.DataFrame(
        [[row.get(c) for c in columns] for row in rows],
        index=pd.Index([n for n in G.nodes], name="id", dtype=object),
        columns=columns,
        dtype=object,
    )
    frame.attrs.update(_vocabularies(G))
    return frame


def to_pandas_edges(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per edge: ``source``, ``target``, ``key``, then the edge attributes.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b", {"relation": "causes", "sign": 1})])
    >>> to_pandas_edges(G)[["source", "target", "relation", "sign"]]
      source target relation sign
    0      a      b   causes    1
    """
    import pandas as pd

    from ..formats.portable import edge_list_directed  # an undirected edge says so: directed False

    rows = [{"source": u, "target": v, "key": k, **attrs} for u, v, k, attrs in edge_list_directed(G)]
    columns = _columns(_EDGE_COLUMNS, rows)
    frame = pd.DataFrame([[row.get(c) for c in columns] for row in rows], columns=columns, dtype=object)
    frame.attrs.update(_vocabularies(G))
    return frame


def from_pandas(
    nodes: pd.DataFrame | None,
    edges: pd.DataFrame,
    *,
    relations: dict[str, dict[str, Any]] | None = None,
    sources: dict[str, dict[str, Any]] | None = None,
    categories: dict[str, dict[str, Any]] | None = None,
) -> nx.MultiDiGraph:
    """Build a graph from a node frame (optional) and an edge frame.

    Parameters
    ----------
    nodes : DataFrame or None
        Indexed by node id, or with an ``id`` column. Missing attributes get
        the same defaults as :func:`graph.load` gives (label = id, category
        "other", ...). ``synonyms`` may be lists or ``|``-separated strings.
    edges : DataFrame
        Columns ``source`` and ``target`` (required), optionally ``key``,
        ``relation``, ``sign``, ``evidence``, ``source_doc``, ``section``,
        ``directed`` (false for an undirected edge; a graph of none directed
        is a ``MultiGraph``) and any others. Nodes named only here are created when ``nodes`` is None.
    relations, sources, categories : dict, optional
        The vocabularies; default to the frames' ``attrs``, then to entries
        made up from the values used.

    Raises
    ------
    DataError
        When a required column is missing or an edge names a node that the
        node frame lacks.
    """
    given = {"relations": relations, "sources": sources, "categories": categories}
    tables = {kind: copy.deepcopy(given[kind] or _attr(edges, nodes, kind)) for kind in _VOCABULARIES}
    G = nx.MultiDiGraph()
    problems: list[Problem] = []
    if nodes is not None:
        _add_frame_nodes(G, nodes)
    _add_frame_edges(G, edges, tables["relations"], create=nodes is None, problems=problems)
    if problems:
        raise DataError(problems)
    _complete(G, tables)
    G.graph.update(tables)
    for key in _TITLE:  # the title, when the frames carry one
        for frame in (edges, nodes):
            if frame is not None and isinstance(frame.attrs.get(key), str):
                G.graph.setdefault(key, frame.attrs[key])
    return _settled(G)


def _settled(G: nx.MultiDiGraph) -> nx.MultiDiGraph | nx.MultiGraph:
    """``G`` with each edge's ``directed`` value read (a ``MultiGraph`` when no edge is directed)."""
    flags = []
    for _, _, attrs in G.edges(data=True):
        flag = parse_directed(attrs.pop("directed")) if "directed" in attrs else None
        if flag is False:
            attrs["directed"] = False
        flags.append(flag is not False)
    return G if all(flags) or any(flags) else as_undirected(G)


def _columns(known: list[str], rows: list[dict[str, Any]]) -> list[str]:
    extra: dict[str, None] = {}
    for row in rows:
        for key in row:
            if key not in extra:
                extra[key] = None
    return known + [c for c in extra if c not in known]


def _vocabularies(G: nx.MultiDiGraph) -> dict[str, Any]:
    found = {kind: copy.deepcopy(G.graph.get(kind, {})) for kind in _VOCABULARIES}
    found.update({key: G.graph[key] for key in _TITLE if key in G.graph})
    return found


def _attr(edges: pd.DataFrame, nodes: pd.DataFrame | None, kind: str) -> dict[str, Any]:
    for frame in (edges, nodes):
        if frame is not None and frame.attrs.get(kind):
            return dict(frame.attrs[kind])
    return {}


def _present(value: Any) -> bool:
    """False for None and NaN (pandas' missing values)."""
    if value is None:
        return False
    return not (isinstance(value, float) and math.isnan(value))


def _text(value: Any) -> str:
    return str(value) if _present(value) else ""


def _add_frame_nodes(G: nx.MultiDiGraph, nodes: pd.DataFrame) -> None:
    frame = nodes.set_index("id") if "id" in nodes.columns else nodes
    for node, row in zip(frame.index, frame.to_dict("records"), strict=True):
        G.add_node(node, **_node_attrs(node, row))


def _node_attrs(node: Any, row: dict[str, Any]) -> dict[str, Any]:
    label = _text(row.pop("label", None)) or str(node)
    synonyms = row.pop("synonyms", None)
    if isinstance(synonyms, str):
        synonyms = [s.strip() for s in synonyms.split("|") if s.strip()]
    attrs: dict[str, Any] = {
        "label": label,
        "label_nl": _text(row.pop("label_nl", None)) or label,
        "category": _text(row.pop("category", None)) or vocab.DEFAULT_CATEGORY,
        "description": _text(row.pop("description", None)),
        "synonyms": list(synonyms) if isinstance(synonyms, (list, tuple)) else [],
    }
    attrs.update({k: v for k, v in row.items() if _present(v)})
    return attrs


def _add_frame_edges(
    G: nx.MultiDiGraph, edges: pd.DataFrame, relations: dict[str, Any], create: bool, problems: list[Problem]
) -> None:
    missing = [c for c in ("source", "target") if c not in edges.columns]
    for column in missing:
        found = ", ".join(map(str, edges.columns))
        problems.append(Problem("edges", 0, column, "missing column", f"a column named '{column}' (found: {found})"))
    if missing:
        return
    for position, row in enumerate(edges.to_dict("records")):
        u, v = row.pop("source"), row.pop("target")
        unknown = [n for n in (u, v) if n not in G]
        if unknown and not create:
            for node in unknown:
                problems.append(
                    Problem(
                        "edges",
                        position + 1,
                        "source" if node == u else "target",
                        f"unknown node '{node}'",
                        "a node of the node frame",
                    )
                )
            continue
        for node in unknown:
            G.add_node(node, **_node_attrs(node, {}))
        key = row.pop("key", None)
        attrs = _edge_attrs(row, relations)
        if not isinstance(attrs["sign"], int) or isinstance(attrs["sign"], bool):
            attrs["sign"] = vocab.parse_sign(str(attrs["sign"]), "edges", position + 1, problems)
        G.add_edge(u, v, key=key if _present(key) else None, **attrs)


def _edge_attrs(row: dict[str, Any], relations: dict[str, Any]) -> dict[str, Any]:
    relation = _text(row.pop("relation", None)) or vocab.DEFAULT_RELATION
    sign = row.pop("sign", None)
    if not _present(sign):
        sign = relations.get(relation, {}).get("sign", 0)
    attrs: dict[str, Any] = {
        "relation": relation,
        "sign": int(sign) if isinstance(sign, float) and sign in (-1.0, 0.0, 1.0) else sign,
        "evidence": _text(row.pop("evidence", None)),
        "source_doc": _text(row.pop("source_doc", None)),
        "section": _text(row.pop("section", None)),
    }
    attrs.update({k: v for k, v in row.items() if _present(v)})
    return attrs


def _complete(G: nx.MultiDiGraph, tables: dict[str, dict[str, Any]]) -> None:
    """Add default vocabulary entries for values used but not described."""
    for _, _, attrs in G.edges(data=True):
        if attrs["relation"] not in tables["relations"]:
            tables["relations"][attrs["relation"]] = vocab.relation_entry(attrs["relation"])
        doc = attrs["source_doc"]
        if doc and doc not in tables["sources"]:
            tables["sources"][doc] = vocab.source_entry(doc)
    for _, category in G.nodes(data="category"):
        if category not in tables["categories"]:
            tables["categories"][category] = vocab.category_entry(category, len(tables["categories"]))
