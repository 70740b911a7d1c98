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
import math
from collections.abc import Iterable
from typing import Any

from ..ask.names import NameIndex
from ..ask.words import CHANGES
from ..errors import AmbiguousName, EdgeNotFound, NodeNotFound
from ..read.columns import GraphColumns, NodeAttrs
from ..read.hedges import is_hedged
from ..read.vocabulary import category_entry
from . import layout
from .layout import LINE_CHARS, table_plan, wrap_label

__all__ = ["page_data", "highlight_data", "script_json", "edge_widths"]

#: Node shapes vis-network draws with the label inside.
INSIDE_SHAPES = frozenset({"box", "ellipse", "circle", "text"})
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def page_data(
    G: GraphColumns,
    *,
    title: str | dict[str, str],
    lang: str = "en",
    highlight: Any = None,
    ignore_direction: bool = False,
) -> dict[str, Any]:
    """Everything the page script draws, as plain JSON-ready values in a compact form.

    Nodes and edges are rows of values rather than objects, so the page stays
    small and quick to write and read at hundreds of thousands of edges; the
    page script turns them back into objects (``page.js``, ``expand``):

    * ``nodes``: ``[id, label, label_nl, category, description, synonyms, size,
      wrapped]`` with ``label_nl`` empty when it equals ``label``, ``category``
      an index into ``category_order``, ``size`` the radius in pixels and
      ``wrapped`` ``[en, nl]`` (the labels on more lines) or 0 when no label
      needs wrapping.
    * ``edges``: ``[from, to, relation, sign, evidence, source_doc, section,
      evidence_nl]`` with ``from`` and ``to`` indexes into ``nodes``, and ``relation``,
      ``source_doc`` and ``section`` indexes into ``texts["relation"]`` (and so on);
      ``evidence_nl`` is the Dutch evidence, empty when the edge has none.
    * ``positions``: ``[[x, y], ...]`` in the order of ``nodes``; ``drawing``:
      ``"full"``, or ``"fast"`` for a large graph (see :func:`graph.page.layout.layout_plan`).
    * ``weights``, only when the edges' ``weight`` takes two values or more: each
      edge's weight and line width, in the order of ``edges`` (see :func:`edge_widths`).
    * ``anyway``, ``1`` only with ``ignore_direction``: the path finder walks every edge both
      ways, and a chain with a step against an arrow is a link without effect;
    * ``undirected``, only when some edges are: ``1`` when all are, else the
      positions in ``edges`` of the undirected ones (drawn without arrowhead, walked
      both ways by the path finder).

    Parameters
    ----------
    G : GraphColumns
        The table form of a graph (:meth:`GraphColumns.from_networkx` makes it
        from any networkx graph; :func:`graph.load_for_page` reads it).
    title : str or dict
        The page title, or its text in each language (``{"en": ..., "nl": ...}``).
    lang : {"en", "nl"}
        The language the page opens in.
    highlight : optional
        What to light up when the page opens (see :func:`highlight_data`).

    Raises
    ------
    NodeNotFound
        When ``highlight`` names a node that is not in ``G``.

    Examples
    --------
    >>> import networkx as nx
    >>> table = GraphColumns.from_networkx(nx.MultiDiGraph([("a", "b")]))
    >>> data = page_data(table, title="T", highlight=[["a", "b"]])
    >>> data["highlight"], data["nodes"][1][:2], data["edges"]
    ({'nodes': [], 'paths': [['a', 'b']]}, ['b', 'b'], [[0, 1, 0, 0, '', 0, 0, '']])
    """
    lit = highlight_data(G, highlight)
    categories = G.graph.get("categories", {})
    pairs = G.neighbour_pairs()
    items: Iterable[tuple[Any, dict[str, Any]]] = zip(G.nodes, G.node_attrs, strict=True)
    view = _community_view(G, pairs)
    if view is not None:  # no categories in the data: the page colours communities instead
        categories = view["categories"]
        items = ((n, {**a, "category": c}) for n, a, c in zip(G.nodes, G.node_attrs, view["of"], strict=True))
    plan = _plan(G, categories, pairs)
    nodes, order = _nodes(items, categories, plan["sizes"])
    edges, texts, weights = _edges(G)
    return {
        **_undirected(G),
        **_hedged(G),
        **changes_of(G),
        **({"anyway": 1} if ignore_direction else {}),
        **({"communities": 1, "hubs": view["hubs"]} if view is not None else {}),
        "title": title if isinstance(title, dict) else {"en": title, "nl": title},
        "lang": lang,
        "nodes": nodes,
        "edges": edges,
        "texts": texts,
        "categories": category_entries(categories, order),
        "category_order": order,
        "relations": relation_entries(G),
        "sources": {s: dict(e) for s, e in sorted(G.graph.get("sources", {}).items())},
        "highlight": lit,
        "positions": plan["positions"],
        "drawing": plan["drawing"],
        **edge_widths(weights),
    }


#: Line widths in page pixels of the lightest and the heaviest edge, and of an edge without weight.
WIDTHS = (1.0, 6.0, 1.6)


def edge_widths(weights: list[Any]) -> dict[str, Any]:
    """``{"weights": {"range": [lowest, highest], "values": [...], "widths": [...]}}``, to draw
    each edge's weight as its width and show it, or ``{}`` when fewer than two different
    weights are given (every edge is then drawn alike).

    Widths grow linearly from ``WIDTHS[0]`` for the lowest weight to ``WIDTHS[1]`` for
    the highest; an edge without a weight (``None``, or not a finite number) gets
    ``WIDTHS[2]`` and the value ``None``.

    Examples
    --------
    >>> edge_widths([0.5, None, 1.0, 0.75])["weights"]
    {'range': [0.5, 1.0], 'values': [0.5, None, 1.0, 0.75], 'widths': [1.0, 1.6, 6.0, 3.5]}
    >>> edge_widths([1.0, 1.0])
    {}
    """
    values = [w if _is_weight(w) else None for w in weights]
    given = [w for w in values if w is not None]
    if not given or min(given) == max(given):
        return {}
    low, high = min(given), max(given)
    thin, thick, plain = WIDTHS
    widths = [plain if w is None else round(thin + (thick - thin) * (w - low) / (high - low), 2) for w in values]
    return {"weights": {"range": [low, high], "values": values, "widths": widths}}


def _is_weight(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _nodes(
    items: Iterable[tuple[Any, dict[str, Any]]], categories: dict[str, Any], sizes: list[int]
) -> tuple[list[list[Any]], list[str]]:
    """The node rows of ``(node, attributes)`` pairs, and the categories in use in legend
    order (known ones first)."""
    rows: list[list[Any]] = []
    category_index: dict[str, int] = {}
    for (node, attrs), size in zip(items, sizes, strict=True):
        ident = str(node)
        label = _text(attrs.get("label")) or ident
        label_nl = _text(attrs.get("label_nl"))
        category = _text(attrs.get("category")) or "other"
        synonyms = attrs.get("synonyms")
        wrapped = _wrapped(label, label_nl or label)
        rows.append(
            [
                ident,
                label,
                "" if label_nl == label else label_nl,
                category_index.setdefault(category, len(category_index)),
                _text(attrs.get("description")),
                [str(s) for s in synonyms] if isinstance(synonyms, (list, tuple)) else [],
                size,
                wrapped,
            ]
        )
    used = list(category_index)
    order = [c for c in categories if c in category_index] + sorted(set(used).difference(categories))
    position = [order.index(c) for c in used]
    for row in rows:
        row[3] = position[row[3]]
    return rows, order


def _wrapped(label: str, label_nl: str) -> list[str] | int:
    """The labels on more lines, or 0 when both fit on one."""
    if len(label) <= LINE_CHARS and len(label_nl) <= LINE_CHARS:
        return 0
    wrapped = [wrap_label(label), wrap_label(label_nl)]
    return 0 if wrapped == [label, label_nl] else wrapped


def _edges(G: GraphColumns) -> tuple[list[list[Any]], dict[str, list[str]], list[Any]]:
    """The edge rows in the order a networkx graph of ``G`` lists its edges, the tables of
    relation, source and section texts they point into (numbered in order of first use),
    and each edge's ``weight`` (``None`` where it has none)."""
    import numpy as np

    positions = G.adjacency_order
    in_order = bool((positions == np.arange(len(positions))).all())  # a table made from a networkx graph
    order = positions.tolist()
    froms, tos = G.ends()
    edges = G.edges

    def ordered(name: str) -> list[Any]:
        values = edges.column(name)
        return values if in_order else list(map(values.__getitem__, order))

    texts: dict[str, list[str]] = {}
    numbered: list[list[int]] = []
    for name in ("relation", "source_doc", "section"):
        values = ordered(name)
        texts[name] = list(dict.fromkeys(values))  # in order of first use
        position = {value: i for i, value in enumerate(texts[name])}
        numbered.append(list(map(position.__getitem__, values)))
    columns = (froms, tos, numbered[0], ordered("sign"), ordered("evidence"), numbered[1], numbered[2])
    weights = (
        []
        if edges.weights is None
        else list(edges.weights)
        if in_order
        else list(map(edges.weights.__getitem__, order))
    )
    rows = list(map(list, zip(*columns, ordered("evidence_nl"), strict=True)))
    return rows, texts, weights


def _hedged(G: GraphColumns) -> dict[str, Any]:
    """``{"hedged": [positions]}`` for the hedged claims (in payload order), ``{}`` when none is."""
    if "hedged" not in G.edges.names:
        return {}
    flags = [is_hedged(value) for value in G.edges.column("hedged")]
    if not any(flags):
        return {}
    return {"hedged": [i for i, edge in enumerate(G.adjacency_order.tolist()) if flags[edge]]}


def changes_of(G: GraphColumns) -> dict[str, Any]:
    """``{"changes": [[id, kind], ...]}`` for the concepts whose change is a quality, a risk or a
    balance (as :func:`graph.ask.words.change_of` reads it), so that the page words an effect on
    them as the command line does ("improves" sleep, "lowers the risk" of osteoporosis); an amount,
    the default, is not listed; ``{}`` when no concept says.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("magnesium", "sleep")])
    >>> G.nodes["sleep"]["change"] = "Quality"
    >>> changes_of(GraphColumns.from_networkx(G))
    {'changes': [['sleep', 'quality']]}
    """
    attrs = G.node_attrs
    given = attrs.given if isinstance(attrs, NodeAttrs) else attrs  # nodes met only in edges say nothing
    pairs = []
    for node, entry in zip(G.nodes, given, strict=False):  # the given nodes come first, in node order
        value = entry.get("change")
        kind = value.strip().lower() if isinstance(value, str) else ""
        if kind in CHANGES and kind != "amount":
            pairs.append([str(node), kind])
    return {"changes": pairs} if pairs else {}


def category_entries(table: dict[str, Any], order: list[str]) -> dict[str, dict[str, Any]]:
    """The entries of the categories in ``order``: the table's, and for a category it does not
    colour (a graph made in Python, with no table) the colour, shape and label loading a data
    folder would give it (:func:`graph.read.vocabulary.category_entry`), so categories differ.

    Examples
    --------
    >>> entries = category_entries({"mineral": {"color": "#4477aa"}}, ["mineral", "condition", "process"])
    >>> entries["mineral"]["color"], entries["condition"]["color"] != entries["process"]["color"]
    ('#4477aa', True)
    """
    entries = {}
    missing = 0
    for name in order:
        entry = dict(table.get(name, {}))
        if not entry.get("color"):
            entry = {**category_entry(str(name), missing), **{k: v for k, v in entry.items() if v}}
            missing += 1
        entries[name] = entry
    return entries


def relation_entries(G: GraphColumns) -> dict[str, dict[str, Any]]:
    """The relation table as the page reads it: each relation's entry, and for every relation a
    hedged claim uses, its hedged words (``label_hedged``, ``label_hedged_nl``, without the object)
    as the command line says them ("may be associated with", not "may associated with").

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(relations={"increases": {"label": "increases", "label_nl": "verhoogt"}})
    >>> G.add_edge("a", "b", relation="increases", hedged="true")
    0
    >>> relation_entries(GraphColumns.from_networkx(G))["increases"]["label_hedged"]
    'may increase'
    """
    table = G.graph.get("relations", {})
    entries = {r: dict(e) for r, e in sorted(table.items())}
    if "hedged" not in G.edges.names or "relation" not in G.edges.names:
        return entries
    hedged = {
        str(relation)
        for relation, flag in zip(G.edges.column("relation"), G.edges.column("hedged"), strict=True)
        if is_hedged(flag) and relation is not None and relation == relation  # not a missing value (NaN)
    }
    if not hedged:
        return entries
    import networkx as nx  # here: a large page whose claims are not hedged is built without networkx

    from ..ask.sentences import hedged_label

    words = nx.Graph(relations=table)
    for relation in sorted(hedged):
        entry = entries.setdefault(relation, {})
        for key, lang in (("label_hedged", "en"), ("label_hedged_nl", "nl")):
            if not str(entry.get(key) or "").strip():
                entry[key] = " ".join(hedged_label(words, relation, lang)[0].replace("{object}", " ").split())
    return entries


def _undirected(G: GraphColumns) -> dict[str, Any]:
    """``{"undirected": 1}`` for an undirected graph, ``{"undirected": [positions]}`` for the
    undirected edges of a mixed one (in payload order), ``{}`` for a directed graph."""
    if not G.directed:
        return {"undirected": 1}
    flags = G.edges.undirected
    if flags is None:
        return {}
    return {"undirected": [i for i, edge in enumerate(G.adjacency_order.tolist()) if flags[edge]]}


def _text(value: Any) -> str:
    """A value as page text: ``""`` for ``None``."""
    if type(value) is str:
        return value
    return "" if value is None else str(value)


def _community_view(G: GraphColumns, pairs: list[tuple[int, int]]) -> dict[str, Any] | None:
    """The communities the page shows when no node has a category of its own (see
    :mod:`graph.page.communities`), or ``None``."""
    if not G.number_of_edges() or any((a.get("category") or "other") != "other" for a in G.node_attrs):
        return None
    from ..read.vocabulary import PALETTE
    from .communities import community_view

    labels = [_text(a.get("label")) or str(n) for n, a in zip(G.nodes, G.node_attrs, strict=True)]
    return community_view(labels, G.degrees(), pairs, PALETTE)


def _plan(G: GraphColumns, categories: dict[str, dict[str, Any]], pairs: list[tuple[int, int]]) -> dict[str, Any]:
    """The layout plan, knowing each node's labels and whether its shape holds its label."""
    if G.number_of_nodes() > layout.MAX_COMPUTED:  # only the careful layout makes room for labels
        return layout.fast_plan(G.degrees(), pairs)
    labels: list[tuple[str, ...] | None] = [
        (str(a.get("label") or n), str(a.get("label_nl") or "")) for n, a in zip(G.nodes, G.node_attrs, strict=True)
    ]
    inside = [categories.get(a.get("category", ""), {}).get("shape") in INSIDE_SHAPES for a in G.node_attrs]
    return table_plan(G.nodes, G.degrees(), pairs, labels, inside)


def highlight_data(G: GraphColumns, highlight: Any) -> dict[str, list[Any]]:
    """Split ``highlight`` into lit nodes and lit paths, finding every node by its name.

    The one rule (the same for :func:`graph.to_html`, :func:`graph.write_html` and
    :func:`graph.show`): ``highlight`` is one item or a list of items, and an item is

    * a concept: its id, or any name :func:`graph.resolve` takes (an English or
      Dutch label, a synonym), compared as the query functions compare them;
    * a path: a :class:`graph.Path` (from :func:`graph.find_paths`, or
      :func:`graph.as_path` for a chain of names), or a list or tuple of names
      *inside* the list of items; it lights its nodes and every edge between
      consecutive ones;
    * a :class:`graph.PathResult` or :class:`graph.NetEffect`: each of its paths.

    So ``["Magnesium", "Serotonin"]`` lights two concepts, and
    ``[["Magnesium", "Serotonin"]]`` or ``graph.as_path(G, ["Magnesium", "Serotonin"])``
    the path between them.

    Raises
    ------
    NodeNotFound
        Naming the first item (or path member) that matches no node, with the
        closest names.
    AmbiguousName
        When a name matches several nodes equally well.
    EdgeNotFound
        When two consecutive nodes of a path have no edge from the first to the second.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b")])
    >>> G.nodes["a"]["label"] = "Alpha"
    >>> table = GraphColumns.from_networkx(G)
    >>> highlight_data(table, ["alpha", ("Alpha", "b")])
    {'nodes': ['a'], 'paths': [['a', 'b']]}
    >>> highlight_data(table, "b")
    {'nodes': ['b'], 'paths': []}
    >>> highlight_data(table, ["alpah"])
    Traceback (most recent call last):
    ...
    graph.errors.NodeNotFound: highlight: no concept named 'alpah' (did you mean 'Alpha'?)
    """
    lit: dict[str, list[Any]] = {"nodes": [], "paths": []}
    find = _finder(G)
    for item in _items(G, highlight):
        if not _is_node(G, item) and _is_path(item):
            names = list(item.nodes if hasattr(item, "nodes") else item)
            path = [find(name, f"path {names!r}: ") for name in names]
            for u, v in zip(path, path[1:], strict=False):
                if not G.has_edge(u, v):
                    raise EdgeNotFound(f"highlight: path {names!r} has no edge from {u!r} to {v!r}")
            lit["paths"].append([str(node) for node in path])
        else:
            lit["nodes"].append(str(find(item, "")))
    return lit


def _items(G: GraphColumns, highlight: Any) -> list[Any]:
    """``highlight`` as a list of items: one item alone, results by their paths."""
    if highlight is None or (isinstance(highlight, (list, tuple)) and not highlight):
        return []  # nothing lit: not even the id index (a second at 1,000,000 nodes) is made
    single = isinstance(highlight, (str, bytes)) or _is_node(G, highlight) or not isinstance(highlight, Iterable)
    items = [highlight] if single or _is_path_object(highlight) or hasattr(highlight, "paths") else list(highlight)
    found: list[Any] = []
    for item in items:
        if hasattr(item, "paths") and not isinstance(item, (str, bytes)):
            while hasattr(item, "paths"):  # NetEffect -> PathResult -> its paths
                item = item.paths
            found.extend(item)
        else:
            found.append(item)
    return found


def _is_path_object(item: Any) -> bool:
    return not isinstance(item, (str, bytes)) and isinstance(getattr(item, "nodes", None), (list, tuple))


def _is_path(item: Any) -> bool:
    return isinstance(item, (list, tuple)) or _is_path_object(item)


def _finder(G: GraphColumns) -> Any:
    """A function from a name to its node, raising our errors prefixed with "highlight"."""
    index: list[NameIndex] = []

    def find(name: Any, where: str) -> Any:
        if _is_node(G, name):
            return name
        if not isinstance(name, str):  # not a name: an id, or nothing
            raise NodeNotFound(f"highlight: {where}node {name!r} not in graph")
        if not index:
            index.append(NameIndex.of_nodes(dict(zip(G.nodes, G.node_attrs, strict=True))))
        try:
            return index[0].resolve(name)
        except NodeNotFound as err:
            raise NodeNotFound(f"highlight: {where}{err}", suggestions=err.suggestions) from None
        except AmbiguousName as err:
            raise AmbiguousName(f"highlight: {where}{err}", candidates=err.candidates) from None

    return find


def _is_node(G: GraphColumns, item: Any) -> bool:
    try:
        return item in G
    except TypeError:  # unhashable, such as a list: not a node
        return False


def script_json(value: Any) -> str:
    """``value`` as compact, key-sorted JSON that is inert inside a ``<script>`` element.

    Written by orjson (three times quicker than the json module on a large
    graph, with the same text for the same value); what orjson cannot write
    (an integer beyond 64 bits, say) goes through the json module instead.
    Not-a-number becomes ``null``, as ``JSON.parse`` needs.
    """
    return script_json_bytes(value).decode("utf-8")


def script_json_bytes(value: Any) -> bytes:
    """:func:`script_json` as UTF-8 bytes (a large page is written without decoding them)."""
    import orjson

    try:
        data = orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
    except TypeError:
        text = json.dumps(_finite(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
        data = text.encode("utf-8")
    for char, escaped in _ESCAPES.items():  # UTF-8: a character's bytes never occur inside another's
        data = data.replace(char.encode("utf-8"), escaped.encode("ascii"))
    return data


def _finite(value: Any) -> Any:
    """``value`` with every float that is not a finite number replaced by ``None``."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(item) for item in value]
    return value
