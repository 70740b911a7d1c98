"""The page data of a large graph: compact columns, and an overview by group to open on.

Nobody reads 100,000 dots, and vis-network spends seconds making an object of
every item it draws. From :data:`OVERVIEW_NODES` nodes or
:data:`OVERVIEW_EDGES` edges on (see :func:`is_large`), a page opens on its
overview: one node per group of concepts (the data's categories when they
make groups of at most :data:`MAX_GROUP` concepts, else the communities
igraph's Louvain method finds, as :mod:`graph.page.communities` does for a
small page), sized by its members, joined by the links between the groups
and labelled by its best connected members. The page script
(``overview.js``) draws a group's members, or a concept's
neighbourhood, when asked; search, the path finder and the details work on
the whole graph, which the page holds as columns:

* ``nodes``: ``id``, ``label``, ``label_nl`` (``""`` when it equals ``label``),
  ``category`` (an index into ``category_order``), ``synonyms`` (``[]`` for
  none), ``size``, ``x``, ``y`` and ``group``, one value per node;
* ``edges``: ``from`` and ``to`` (node positions), ``relation``, ``source_doc``
  and ``section`` (indexes into ``texts``), ``sign`` and, when the weights
  differ, ``weight``, ``weight_range`` and ``widths`` (the line widths of the lightest and the
  heaviest edge and of one without weight, from which the page works out each edge's width);
  ``undirected`` as in
  :func:`graph.page.payload.page_data` (``1`` or the undirected edges' positions, when some are);
  ``hedged``: the positions of the hedged claims (``may increase``), when some are, as there;
* ``title``: ``{"en": ..., "nl": ...}``;
* ``groups``: ``kind`` (``"category"`` or ``"community"``) and, one value per
  dot of the overview (a group, or a bundle of small groups: see :func:`bundled`),
  ``label`` (best connected members), ``name`` (the category, or ``""``),
  ``parts`` (the groups it holds: 1 but for a bundle), ``members``, ``x``, ``y``,
  ``size``; ``links`` as ``[a, b, count]``; ``palette`` and ``shapes``, the colours and then
  the shapes a group without a category's colour takes (as :func:`graph.read.vocabulary.category_entry`
  gives a category);
* the descriptions and the evidence, which the page reads only when it
  first shows one, go in a second element (``details``).

Everything is computed with numpy on the columns; the same graph gives the same bytes.

Examples
--------
>>> import networkx as nx
>>> from graph.read.columns import GraphColumns
>>> G = nx.MultiDiGraph()
>>> _ = G.add_edges_from((f"n{i}", f"n{(i + 1) % 30}") for i in range(30))
>>> data, details = overview_data(GraphColumns.from_networkx(G), title="Ring", lang="en")
>>> len(data["nodes"]["id"]), len(data["edges"]["from"]), len(details["evidence"])
(30, 30, 30)
>>> data["title"], "undirected" in data, details["evidence_nl"][:2]
({'en': 'Ring', 'nl': 'Ring'}, False, ['', ''])
>>> sum(data["groups"]["members"])
30
"""

from __future__ import annotations

import math
import random
import re
import sys
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ..read.aside import aside as run_aside
from ..read.coded import Coded, is_column
from ..read.columns import GraphColumns, NodeAttrs
from ..read.vocabulary import PALETTE, SHAPES
from . import layout
from .payload import _ESCAPES as ESCAPES
from .payload import (
    WIDTHS,
    _hedged,
    _undirected,
    category_entries,
    changes_of,
    highlight_data,
    relation_entries,
    script_json_bytes,
)

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "is_large",
    "overview_data",
    "overview_parts",
    "start_layout",
    "json_pieces",
    "json_halves",
    "LATER_KEYS",
    "to_json",
    "groups",
    "bundled",
    "OVERVIEW_NODES",
    "OVERVIEW_EDGES",
    "MAX_GROUP",
]

#: From this many nodes, or :data:`OVERVIEW_EDGES` edges, a page opens on its overview
#: (measured: a 10,000 / 50,000 page drawn whole takes 2.3 s to appear and 1.3 s a click).
OVERVIEW_NODES = 10_000
OVERVIEW_EDGES = 50_000
#: Categories make the groups when none holds more concepts than this (a group is drawn whole when opened).
MAX_GROUP = 2_000
#: Links drawn from each group in the overview: its heaviest ones.
LINKS_PER_GROUP = 6
#: The overview draws at most this many dots. A graph of more groups (many small parts, say)
#: keeps a dot of its own for each of its :data:`MAX_OWN` largest groups that holds at least
#: one concept in :data:`OWN_SHARE`, and bundles the others, smallest last, into dots of about
#: :data:`BUNDLE_MEMBERS` concepts (more when that would need more dots than are left).
MAX_DOTS = 150
MAX_OWN = 120
OWN_SHARE = 1_000
#: Concepts in a bundle, when there is room for enough bundles: as many as the page draws when
#: a dot is opened (``MAX_DRAWN`` in ``overview.js``).
BUNDLE_MEMBERS = 1_000
#: Members named in a group's label.
NAMED = 3


def is_large(G: GraphColumns) -> bool:
    """True when ``G`` gets the overview page: :data:`OVERVIEW_NODES` nodes or
    :data:`OVERVIEW_EDGES` edges or more.

    Examples
    --------
    >>> import networkx as nx
    >>> is_large(GraphColumns.from_networkx(nx.path_graph(3)))
    False
    """
    return G.number_of_nodes() >= OVERVIEW_NODES or G.number_of_edges() >= OVERVIEW_EDGES


def groups(G: GraphColumns, categories: list[int], whole: Any) -> tuple[str, np.ndarray]:
    """The group of each node, numbered from 0, and how they were found: ``"category"``
    (``categories`` holds each node's category index; used when there are two or more,
    none over :data:`MAX_GROUP` nodes) or ``"community"``: the communities of the Louvain
    method on ``whole`` (an igraph graph of ``G``'s nodes without direction, loops and
    parallel edges, or a function that makes one when needed), found by
    :func:`graph.page.communities.community_membership`, the one grouping of a graph
    without categories, small page or large (numbered from the largest).

    Examples
    --------
    >>> import igraph, networkx as nx
    >>> table = GraphColumns.from_networkx(nx.MultiDiGraph([("a", "b"), ("c", "d")]))
    >>> kind, found = groups(table, [0, 0, 1, 1], igraph.Graph(n=4, edges=[(0, 1), (2, 3)]))
    >>> kind, found.tolist()
    ('category', [0, 0, 1, 1])
    """
    import numpy as np

    from .communities import community_membership

    found = _category_groups(categories)
    if found is not None:
        return "category", found
    whole = whole() if callable(whole) else whole
    return "community", np.asarray(community_membership(whole.vcount(), [], whole=whole), dtype=np.int64)


def _category_groups(categories: list[int]) -> np.ndarray | None:
    """Each node's group when the categories make the groups (two or more, none over
    :data:`MAX_GROUP` nodes), numbered from 0 in the categories' order; else ``None``."""
    import numpy as np

    category = np.asarray(categories, dtype=np.int64)
    counts = np.bincount(category) if len(category) else np.zeros(0, dtype=np.int64)
    used = np.flatnonzero(counts)
    if len(used) >= 2 and counts.max() <= MAX_GROUP:
        renumber = np.zeros(len(counts), dtype=np.int64)
        renumber[used] = np.arange(len(used))
        return renumber[category]
    return None


def _laid_out(ends: tuple[np.ndarray, np.ndarray], count: int, communities: bool) -> np.ndarray:
    """Each node's position (x, y) and, with ``communities``, its community (else 0): three
    columns of int64. Made in a second process (see :func:`overview_data`), which makes the
    igraph graph of the links, starts the community search in a third process
    (:func:`graph.page.communities.membership_aside`) and lays the graph out meanwhile."""
    import igraph
    import numpy as np

    from ..read.aside import make_way
    from .communities import membership_aside

    whole = igraph.Graph(n=count)  # made once, for the layout and the communities
    links = _simple_pairs(ends, count)
    # igraph takes pairs a Python object at a time: from two lists, a quarter quicker than from
    # the rows of an array (0.7 s against 0.95 s for 2.9M links)
    whole.add_edges(zip(links[:, 0].tolist(), links[:, 1].tolist(), strict=True))
    search = membership_aside(whole, links) if communities else None
    if search is not None:
        make_way()  # (graph.read.aside.MAKE_WAY: how much the layout gives way to the community search)
    positions = layout.fast_positions(count, (), whole).reshape(-1, 2)
    group = search() if search is not None else np.zeros(count, dtype=np.int64)
    return np.column_stack((positions, group))


def overview_data(
    G: GraphColumns, *, title: str | dict[str, str], lang: str = "en", highlight: Iterable[Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The page data of a large graph (see the module docstring) and its details:
    ``{"description": [...], "evidence": [...], "evidence_nl": [...]}``, one text per node
    and per edge (``evidence_nl`` the Dutch evidence, ``""`` where an edge has none).

    Takes the arguments of :func:`graph.page.payload.page_data` and raises what it raises.
    """
    data, details, rest = overview_parts(G, title=title, lang=lang, highlight=highlight)
    rest()
    return data, details


#: The keys of the page data that :func:`overview_parts`'s last step adds (``groups``) or completes
#: (``nodes``: each node's ``x``, ``y`` and ``group``); the others are written before it.
LATER_KEYS = ("groups", "nodes")


def overview_parts(
    G: GraphColumns, *, title: str | dict[str, str], lang: str = "en", highlight: Iterable[Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any], Callable[[], None]]:
    """:func:`overview_data` in two steps: the data without what waits for the layout and the
    communities, which are computed in other processes meanwhile (each node's ``x``, ``y`` and
    ``group``, and ``groups``), the details, and a function that waits for them and adds them to
    the data. The caller may write the data's other parts (the ``edges`` and ``texts`` are most of
    it) and the details meanwhile.

    Examples
    --------
    >>> import networkx as nx
    >>> from graph.read.columns import GraphColumns
    >>> data, details, rest = overview_parts(GraphColumns.from_networkx(nx.cycle_graph(12)), title="Ring")
    >>> "groups" in data, "x" in data["nodes"], len(data["edges"]["from"])
    (False, False, 12)
    >>> rest()
    >>> sum(data["groups"]["members"]), len(data["nodes"]["x"])
    (12, 12)
    """
    import numpy as np

    lit = highlight_data(G, highlight)
    categories = G.graph.get("categories", {})
    ends = G._ends
    count = G.number_of_nodes()
    degree = np.bincount(ends[0], minlength=count) + np.bincount(ends[1], minlength=count)
    nodes, category_order = _node_columns(G, categories)
    given = _category_groups(nodes["category"])
    kind = "category" if given is not None else "community"
    early = G.started
    if isinstance(early, _Started) and early.ends[0] is ends[0] and early.ends[1] is ends[1] and given is None:
        laid_out = early.wait  # started while the table was read (start_layout), on these ends
    else:
        # the igraph graph and the layout in a second process (graph.read.aside) from here on, and
        # the communities (when they make the groups) in a third, while this one makes the page's columns
        laid_out = run_aside(lambda: _laid_out(ends, count, given is None), np.int64)
    order = G.adjacency_order
    nodes["size"] = layout.node_sizes(degree)
    edges, texts = _edge_columns(G, order)
    details = {
        "description": _descriptions(G),
        "evidence": _evidence(G, order),
        "evidence_nl": _evidence(G, order, "evidence_nl"),
    }
    data = {
        **_undirected(G),
        **_hedged(G),
        **changes_of(G),
        "title": title if isinstance(title, dict) else {"en": title, "nl": title},
        "lang": lang,
        "nodes": nodes,
        "edges": edges,
        "texts": texts,
        "categories": category_entries(categories, category_order),
        "category_order": category_order,
        "relations": relation_entries(G),
        "sources": {s: dict(e) for s, e in sorted(G.graph.get("sources", {}).items())},
        "highlight": lit,
        "drawing": "overview",
    }

    def rest() -> None:
        import igraph  # noqa: F401  (the dots' layout needs it: loaded while the layout is computed, not after)

        found = laid_out()
        positions = np.ascontiguousarray(found[:, :2])
        nodes["x"], nodes["y"] = np.ascontiguousarray(found[:, 0]), np.ascontiguousarray(found[:, 1])
        group, parts = bundled(given if given is not None else np.ascontiguousarray(found[:, 2]))
        nodes["group"] = group
        data["groups"] = _group_columns(
            kind, group, parts, degree, positions, nodes["label"], category_order, nodes["category"], ends
        )

    return data, details, rest


class _Started(NamedTuple):
    """The layout and communities of a large page, started from ``ends`` while its table was read."""

    ends: tuple[np.ndarray, np.ndarray]
    wait: Callable[[], np.ndarray]


def start_layout(ends: tuple[np.ndarray, np.ndarray], count: int) -> Any:
    """Start a large page's layout and community search (as :func:`overview_parts` does) from the
    edges' ends (two arrays of node positions) of a graph of ``count`` nodes, all of one
    category, while the rest of its table is read: the ``start`` of
    :func:`graph.formats.loading.load_for_page`, which ``build`` gives it. Returns ``None``
    (nothing started) for a graph that gets no overview, or where nothing forks
    (:func:`graph.read.aside.can_fork`); else what :func:`overview_parts` then waits for instead of
    starting the same work itself, once it has found that the groups are the communities.

    A build of 1,000,000 concepts and 5,000,000 edges spends about half a second of the reading
    after the ends are numbered (the checks of look-alike ids) and as much before the page starts
    the layout, while the layout's process makes the graph (1.7 s) before the community search
    (8 s), the last thing the page waits for, can start.

    Examples
    --------
    >>> import numpy as np
    >>> start_layout((np.array([0, 1]), np.array([1, 2])), 3) is None  # too small for an overview
    True
    """
    import numpy as np

    from ..read.aside import can_fork

    if (count < OVERVIEW_NODES and len(ends[0]) < OVERVIEW_EDGES) or not can_fork():
        return None
    return _Started(ends, run_aside(lambda: _laid_out(ends, count, True), np.int64))


def _simple_pairs(ends: tuple[np.ndarray, np.ndarray], count: int) -> np.ndarray:
    """The pairs of distinct nodes that edges join, each once as ``[low, high]``, sorted: the
    edges of the simple graph without direction that igraph's ``simplify`` would leave, in its
    order, found by numpy before igraph is given them (igraph takes a pair at a time: at
    5,000,000 edges, handing it every edge and simplifying took 4.9 s, sorting and handing it the
    distinct pairs 1.3 s).

    Examples
    --------
    >>> import numpy as np
    >>> _simple_pairs((np.array([0, 1, 2, 2, 1]), np.array([1, 0, 2, 0, 0])), 3).tolist()
    [[0, 1], [0, 2]]
    """
    import numpy as np

    u, v = ends
    low, high = np.minimum(u, v), np.maximum(u, v)
    keep = low != high
    key = np.sort(low[keep].astype(np.int64) * max(count, 1) + high[keep])
    key = key[np.r_[True, key[1:] != key[:-1]]] if len(key) else key  # np.unique without flags hashes: 20x slower
    return np.column_stack((key // max(count, 1), key % max(count, 1)))


def _node_columns(G: GraphColumns, categories: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    ids = list(map(str, G.nodes))
    attrs, plain = _given_attrs(G)
    given = ids[: len(attrs)]
    label = [_text(a.get("label")) or ident for a, ident in zip(attrs, given, strict=True)]
    label_nl = [_text(a.get("label_nl")) for a in attrs]
    label_nl = ["" if nl == en else nl for nl, en in zip(label_nl, label, strict=True)]
    names = [_text(a.get("category")) or "other" for a in attrs]
    given_synonyms = (a.get("synonyms") for a in attrs)
    synonyms = [[str(s) for s in value] if isinstance(value, (list, tuple)) else [] for value in given_synonyms]
    plain_name = (_text(G.node_attrs[len(attrs)].get("category")) or "other") if plain else ""
    if plain:  # nodes that only appear in edges: labelled by their ids, of the default category, no synonyms
        label += ids[len(attrs) :]
        label_nl += [""] * plain
        synonyms += [[]] * plain  # one empty list, written once per node
    used = list(dict.fromkeys(names + [plain_name] * bool(plain)))
    order = [c for c in categories if c in set(used)] + sorted(set(used).difference(categories))
    position = {c: i for i, c in enumerate(order)}
    return {
        "id": ids,
        "label": label,
        "label_nl": label_nl,
        "category": list(map(position.__getitem__, names)) + [position.get(plain_name, 0)] * plain,
        "synonyms": synonyms,
    }, order


def _given_attrs(G: GraphColumns) -> tuple[Sequence[dict[str, Any]], int]:
    """The nodes' attribute dicts that were read, and how many nodes follow with the
    default attributes of a node that only appears in edges."""
    attrs = G.node_attrs
    if isinstance(attrs, NodeAttrs):
        return attrs.given, len(attrs.plain)
    return attrs, 0


def _descriptions(G: GraphColumns) -> list[str]:
    attrs, plain = _given_attrs(G)
    found = [_text(a.get("description")) for a in attrs]
    if plain:
        found += [_text(G.node_attrs[len(attrs)].get("description"))] * plain
    return found


def _edge_columns(G: GraphColumns, order: np.ndarray) -> tuple[dict[str, Any], dict[str, list[str]]]:
    import numpy as np

    u, v = G._ends
    columns: dict[str, Any] = {"from": u[order], "to": v[order]}  # numpy arrays, written by orjson as they are
    texts: dict[str, list[str]] = {}
    for name in ("relation", "source_doc", "section"):
        shared = _shared(G, name)
        if shared is not None and len(order):  # one text for every edge (a column the file lacks)
            texts[name], columns[name] = [shared], np.zeros(len(order), dtype=np.int64)
            continue
        column = _coded(G, name)
        # numbered in order of first use along the edges as the page lists them
        columns[name], used = _first_use(column.codes[order])
        texts[name] = [column.values[i] for i in used.tolist()]
    signs = _coded(G, "sign", 0)
    columns["sign"] = _ordered(signs, order) if not _all_ints(signs.values) else signs.array(np.int64)[order]
    weights_given = G.edges.weights
    if weights_given is not None:
        coded = weights_given if isinstance(weights_given, Coded) else Coded.of(list(weights_given))
        table = np.array([w if _is_weight(w) else np.nan for w in coded.values], dtype=float)
        given = table[~np.isnan(table)]  # each value is some edge's
        if len(given) and given.min() != given.max():
            low, high = float(given.min()), float(given.max())
            columns["weight"] = table[coded.codes[order]]  # NaN, no weight, is written as null
            columns["weight_range"] = [low, high]
            # the page works each line's width out from its weight (overview.js edgeWidth): five
            # million widths would be 25 MB more of the page, and a quarter second more to write
            columns["widths"] = list(WIDTHS)
    return columns, texts


def _first_use(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``codes`` (integers from 0) numbered again in order of first use, and the old code of
    each new number: what ``pandas.factorize`` gives. pandas' hash is quicker on millions of
    edges, but costs about 0.3 s to import: it is used only when the reading has loaded pandas
    already (a large text); else numpy's stable sort (a radix sort for up to 32,767 codes).

    Examples
    --------
    >>> import numpy as np
    >>> numbered, used = _first_use(np.array([4, 4, 1, 0, 1]))
    >>> numbered.tolist(), used.tolist()
    ([0, 0, 1, 2, 1], [4, 1, 0])
    """
    import numpy as np

    if "pandas" in sys.modules:
        import pandas as pd

        return pd.factorize(codes)
    if not len(codes):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=codes.dtype)
    small = codes.astype(np.int16) if codes.max() < 32768 else codes
    values, first = np.unique(small, return_index=True)
    used = values[np.argsort(first, kind="stable")].astype(codes.dtype)
    renumber = np.zeros(int(codes.max()) + 1, dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return renumber[codes], used


def _coded(G: GraphColumns, name: str, default: Any = "") -> Coded:
    """The edges' column ``name`` as a coded column (hashed once, if the reader has not)."""
    edges = G.edges
    if name in edges.names:
        values = edges.columns[edges.names.index(name)]
        if isinstance(values, Coded):
            return values
    return Coded.of(edges.column(name, default))


def _all_ints(values: list[Any]) -> bool:
    return all(type(value) is int for value in values)


def bundled(group: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The overview's dot of each node, and how many groups each dot holds: ``group`` as it is
    when there are at most :data:`MAX_DOTS` groups; else the largest groups keep dots of their
    own (in the order of their numbers) and the others, from the largest to the smallest, are
    bundled into the remaining dots, each of about the same number of concepts (see
    :data:`MAX_DOTS`).

    Examples
    --------
    >>> import numpy as np
    >>> pairs = np.repeat(np.arange(1, 1001), 2)  # a thousand parts of two nodes ...
    >>> dot, parts = bundled(np.concatenate((np.zeros(5000, dtype=np.int64), pairs)))  # ... beside one of 5,000
    >>> parts.tolist(), np.bincount(dot).tolist()
    ([1, 500, 500], [5000, 1000, 1000])
    """
    import numpy as np

    count = int(group.max()) + 1 if len(group) else 0
    if count <= MAX_DOTS:
        return group, np.ones(count, dtype=np.int64)
    members = np.bincount(group, minlength=count)
    rank = np.lexsort((np.arange(count), -members))  # the largest first; ties by number
    own = min(MAX_OWN, int(np.count_nonzero(members[rank] * OWN_SHARE >= len(group))))
    tail = rank[own:]
    sizes = members[tail]
    total = int(sizes.sum())
    bundles = max(1, min(MAX_DOTS - own, -(-total // BUNDLE_MEMBERS)))
    before = np.cumsum(sizes) - sizes  # concepts in the bundled groups before each
    dot = np.empty(count, dtype=np.int64)
    dot[np.sort(rank[:own])] = np.arange(own)
    dot[tail] = own + np.unique(before * bundles // max(total, 1), return_inverse=True)[1]
    return dot[group], np.bincount(dot)


def _group_columns(
    kind: str,
    group: np.ndarray,
    parts: np.ndarray,
    degree: np.ndarray,
    positions: np.ndarray,
    labels: list[str],
    category_order: list[str],
    categories: list[int],
    ends: tuple[np.ndarray, np.ndarray],
) -> dict[str, Any]:
    import numpy as np

    count = int(group.max()) + 1 if len(group) else 0
    members = np.bincount(group, minlength=count)
    safe = np.maximum(members, 1)
    sums = [np.bincount(group, weights=positions[:, axis], minlength=count) for axis in (0, 1)]
    centre = np.column_stack(sums) / safe[:, None]  # of each dot's members
    # by group, best connected first, then by number: one stable sort of one key (three keys took longer)
    most = int(degree.max()) if len(degree) else 0
    ranked = np.argsort(group.astype(np.int64) * (most + 1) + (most - degree), kind="stable")
    starts = np.searchsorted(group[ranked], np.arange(count))
    named = [
        ", ".join(labels[i] for i in ranked[start : start + min(NAMED, int(size))].tolist())
        for start, size in zip(starts.tolist(), members.tolist(), strict=True)
    ]
    first = ranked[starts] if count else np.zeros(0, dtype=np.int64)
    name = [category_order[categories[i]] for i in first.tolist()] if kind == "category" else [""] * count
    name = [text if one == 1 else "" for text, one in zip(name, parts.tolist(), strict=True)]  # a bundle: none
    largest = max(1, int(members.max())) if count else 1
    size = np.round(14 + 36 * np.sqrt(members / largest)).astype(np.int64)
    pairs, weight = _pairs(group, ends, count)
    x, y = _apart(*_placed(centre, size, pairs, weight), size)
    return {
        "kind": kind,
        "label": named,
        "name": name,
        "parts": parts.tolist(),
        "members": members.tolist(),
        "x": x.tolist(),
        "y": y.tolist(),
        "size": size.tolist(),
        "links": _links(pairs, weight),
        "palette": list(PALETTE),
        "shapes": list(SHAPES),
    }


#: Fruchterman-Reingold steps for the overview's dots.
DOT_STEPS = 500


def _placed(
    centre: np.ndarray, size: np.ndarray, pairs: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Where the overview draws its dots (integer ``x`` and ``y``): the dots joined by links laid
    out by igraph's Fruchterman-Reingold method on the graph of dots (links pull by the log of
    their edges), started from their members' centre (``centre``); dots without links in rows
    below them. Spread so that a dot's nearest neighbour is, typically, four of its sizes
    away; :func:`_apart` then keeps any two from overlapping.

    Examples
    --------
    >>> import numpy as np
    >>> x, y = _placed(np.array([[0.0, 0.0], [10.0, 0.0], [5.0, 5.0]]), np.array([20, 20, 20]),
    ...                np.array([[0, 1]]), np.array([4]))
    >>> bool(y[2] > max(y[0], y[1])), bool(abs(x[0] - x[1]) > 40)  # the lone dot below; the pair apart
    (True, True)
    """
    import igraph
    import numpy as np

    count = len(size)
    xy = np.zeros((count, 2))
    joined = np.zeros(count, dtype=bool)
    joined[pairs.ravel()] = True
    inside = np.flatnonzero(joined)
    if len(inside):
        renumber = np.full(count, -1, dtype=np.int64)
        renumber[inside] = np.arange(len(inside))
        dots = igraph.Graph(n=len(inside), edges=renumber[pairs].tolist())
        start = centre[inside] - centre[inside].mean(axis=0)
        start *= math.sqrt(len(inside)) / max(float(np.abs(start).max()), 1e-9)
        igraph.set_random_number_generator(random.Random(layout.SEED))
        try:
            found = dots.layout_fruchterman_reingold(
                weights=np.log1p(weight).tolist(), seed=start.tolist(), niter=DOT_STEPS, grid=False
            )
        finally:
            igraph.set_random_number_generator(random)
        laid = np.asarray(found.coords, dtype=float).reshape(-1, 2)
        if len(inside) > 1:
            gaps = np.hypot(*(laid[:, None, :] - laid[None, :, :]).transpose(2, 0, 1))
            np.fill_diagonal(gaps, np.inf)
            nearest = float(np.median(gaps.min(axis=1)))
            laid *= 4 * float(np.median(size[inside])) / max(nearest, 1e-9)
        xy[inside] = laid - laid.mean(axis=0)
    alone = np.flatnonzero(~joined)
    if len(alone):  # in rows under the others, as wide as they are
        step = 5 * float(size[alone].max())  # room for their labels
        left, width = (xy[inside, 0].min(), np.ptp(xy[inside, 0])) if len(inside) else (0.0, 0.0)
        across = max(1, int(width // step) + 1, math.ceil(math.sqrt(len(alone))))
        top = (xy[inside, 1].max() if len(inside) else 0.0) + step
        index = np.arange(len(alone))
        xy[alone, 0] = left + (index % across) * step
        xy[alone, 1] = top + (index // across) * step
    return np.round(xy[:, 0]).astype(np.int64), np.round(xy[:, 1]).astype(np.int64)


def _apart(x: np.ndarray, y: np.ndarray, size: np.ndarray, rounds: int = 60) -> tuple[np.ndarray, np.ndarray]:
    """Group centres moved apart until no two groups' dots overlap (a gap of the smaller one's
    radius, room for their labels), each pair pushed along the line between them; the same input
    gives the same output (at most :data:`MAX_DOTS` dots: each round compares every pair). Dots
    laid out close together would hide each other's clicks.

    Examples
    --------
    >>> import numpy as np
    >>> x, y = _apart(np.array([0, 10]), np.array([0, 0]), np.array([20, 20]))
    >>> int(x[1] - x[0]) >= 60, y.tolist()
    (True, [0, 0])
    """
    import numpy as np

    count = len(x)
    if count < 2:
        return x, y
    px, py = x.astype(float), y.astype(float)
    radius = size.astype(float)
    need = radius[:, None] + radius[None, :] + np.minimum(radius[:, None], radius[None, :])
    np.fill_diagonal(need, 0.0)
    # two groups at the same spot are told apart by their order
    tie = np.arange(count, dtype=float)
    for _ in range(rounds):
        dx = px[None, :] - px[:, None]
        dy = py[None, :] - py[:, None]
        dist = np.hypot(dx, dy)
        short = np.maximum(need - dist, 0.0)
        np.fill_diagonal(short, 0.0)
        if not short.any():
            break
        same = dist == 0
        dx = np.where(same, tie[None, :] - tie[:, None], dx)
        dist = np.where(same, np.abs(dx), dist)
        np.fill_diagonal(dist, 1.0)
        push = short / dist / 2
        px -= (push * dx).sum(axis=1)
        py -= (push * dy).sum(axis=1)
    return np.round(px).astype(np.int64), np.round(py).astype(np.int64)


def _pairs(group: np.ndarray, ends: tuple[np.ndarray, np.ndarray], count: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of groups ``[a, b]`` (a < b) that edges join, and how many edges join each."""
    import numpy as np

    a, b = group[ends[0]], group[ends[1]]
    if count * count <= _CELLS:  # a count per pair of groups: one pass, where sorting millions took a second
        cells = np.bincount(np.minimum(a, b) * count + np.maximum(a, b), minlength=count * count)
        cells[np.arange(count) * (count + 1)] = 0  # a group with itself
        pairs = np.flatnonzero(cells)
        weight = cells[pairs]
    else:
        keep = a != b
        low, high = np.minimum(a[keep], b[keep]), np.maximum(a[keep], b[keep])
        pairs, weight = np.unique(low * max(count, 1) + high, return_counts=True)
    return np.column_stack((pairs // max(count, 1), pairs % max(count, 1))), weight


#: Up to this many pairs of groups (the overview has at most :data:`MAX_DOTS` dots), :func:`_pairs` counts in an array.
_CELLS = 1 << 20


def _links(pairs: np.ndarray, weight: np.ndarray) -> list[list[int]]:
    """``[a, b, edges]`` for the heaviest :data:`LINKS_PER_GROUP` links of each group (a < b)."""
    import numpy as np

    low, high = pairs[:, 0], pairs[:, 1]
    chosen = np.zeros(len(pairs), dtype=bool)
    for side in (low, high):
        ranked = np.lexsort((-weight, side))
        starts = np.searchsorted(side[ranked], side[ranked], side="left")
        rank = np.arange(len(ranked)) - starts
        chosen[ranked[rank < LINKS_PER_GROUP]] = True
    return np.column_stack((low[chosen], high[chosen], weight[chosen])).tolist()


def to_json(value: Any, ready: Mapping[str, Any] | None = None) -> bytes:
    """:func:`graph.page.payload.script_json_bytes` of page data that holds numpy arrays
    (written by orjson straight from the arrays, without a Python object per number).

    ``ready`` holds ``to_json`` of some of the values of the dict ``value``, by key, written
    earlier (while the layout was computed): they are put in as they are. For a value that is a
    dict itself, ``ready`` may hold a dict of its values written earlier, in the same way.

    Examples
    --------
    >>> import numpy as np
    >>> to_json({"b": np.array([1, 2]), "a": "<", "w": np.array([0.5, np.nan])})
    b'{"a":"\\\\u003c","b":[1,2],"w":[0.5,null]}'
    >>> to_json({"b": np.array([1, 2]), "a": "<"}, {"b": to_json(np.array([1, 2]))})
    b'{"a":"\\\\u003c","b":[1,2]}'
    >>> to_json({"n": {"x": [1], "y": ">"}}, {"n": {"y": to_json(">")}})
    b'{"n":{"x":[1],"y":"\\\\u003e"}}'
    """
    return b"".join(json_pieces(value, ready))


def json_pieces(value: Any, ready: Mapping[str, Any] | None = None) -> list[bytes]:
    """:func:`to_json` as the pieces that make it, in order, not joined: a large page's parts
    written earlier are tens of megabytes each, and the page is written from its pieces
    without a copy of the whole.

    Examples
    --------
    >>> import numpy as np
    >>> json_pieces({"a": np.array([1]), "b": "<"}, {"a": to_json(np.array([1]))})
    [b'{"a":', b'[1]', b',"b":"\\\\u003c"}']
    """
    import orjson

    options = orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY
    parts: list[bytes] = []
    try:
        # each part written earlier stands as a mark (a NUL byte, its number and a byte 1), which
        # orjson's own output never holds (it escapes control characters), and is put in after the escapes
        data = orjson.dumps(_with_ready(value, ready, parts) if ready else value, option=options)
    except TypeError:  # what orjson cannot write: the json module, from plain lists
        return [script_json_bytes(_plain(value))]
    if not _numbers_only(value):  # (the edges' columns are hundreds of megabytes of numbers)
        for char, escaped in ESCAPES.items():
            data = data.replace(char.encode("utf-8"), escaped.encode("ascii"))
    if not parts:
        return [data]
    pieces = _MARK.split(data)
    pieces[1::2] = [parts[int(number)] for number in pieces[1::2]]
    return [piece for piece in pieces if piece]


def json_halves(
    value: dict[str, Any], ready: Mapping[str, Any], later: Collection[str]
) -> tuple[list[bytes], Callable[[], list[bytes]]]:
    """:func:`json_pieces` of the dict ``value`` in two halves: the pieces of its keys (in
    the sorted order they are written in) that come before the first of ``later``, made now, and a
    function that makes the others when called, for keys that are added or completed meanwhile
    (the layout's columns: a key added must sort after the first of ``later``). Joined, the
    halves are ``to_json(value, ready)`` of ``value`` as it is then: a large page has its first
    half (the edges, most of it) written while it waits.

    Examples
    --------
    >>> import numpy as np
    >>> value = {"b": np.array([1, 2]), "a": "<", "d": 0}
    >>> first, second = json_halves(value, {"b": to_json(np.array([1, 2]))}, later=["c"])
    >>> value["c"] = [3]
    >>> first, second()
    ([b'{"a":"\\\\u003c","b":', b'[1,2]'], [b',"c":[3],"d":0}'])
    >>> b"".join(first + second()) == to_json(value)
    True
    """
    keys = sorted({*value, *later})
    cut = next((i for i, key in enumerate(keys) if key in later), len(keys))
    early = {key: value[key] for key in keys[:cut]}
    first = [b"{"]
    if early:
        first = json_pieces(early, {key: part for key, part in ready.items() if key in early})
        first[-1] = first[-1][:-1]  # the object's closing brace, which the second half writes

    def second() -> list[bytes]:
        late = {key: value[key] for key in value if key not in early}
        if not late:
            return [b"}"]
        pieces = json_pieces(late, {key: part for key, part in ready.items() if key in late})
        pieces[0] = (b"," if early else b"") + pieces[0][1:]  # (the first half wrote the "{")
        return [piece for piece in pieces if piece]

    return [piece for piece in first if piece], second


_MARK = re.compile(rb"\x00(\d+)\x01")
#: Lists longer than this are not looked through by :func:`_numbers_only` (their JSON is escaped).
_LOOKED_THROUGH = 1000


def _numbers_only(value: Any) -> bool:
    """True when the JSON of ``value`` holds no text but keys without a character to escape, so
    nothing in it needs escaping: numpy arrays of numbers, numbers, ``None``, and short lists and
    dicts of them.

    >>> import numpy as np
    >>> _numbers_only({"from": np.array([1, 2]), "weight_range": [0.5, 2.0]}), _numbers_only({"a": ["<"]})
    (True, False)
    >>> _numbers_only({"<": 1}), _numbers_only(np.array(["x"]))
    (False, False)
    """
    if value is None or type(value) in (int, float, bool):
        return True
    if hasattr(value, "dtype") and hasattr(value, "tolist"):
        return value.dtype.kind in "biuf"
    if isinstance(value, (list, tuple)):
        return len(value) <= _LOOKED_THROUGH and all(map(_numbers_only, value))
    if isinstance(value, dict):
        plain = all(type(key) is str and not any(char in key for char in ESCAPES) for key in value)
        return plain and all(map(_numbers_only, value.values()))
    return False


def _with_ready(value: dict[str, Any], ready: Mapping[str, Any], parts: list[bytes]) -> dict[str, Any]:
    """``value`` with a mark in place of each part written in ``ready`` (see :func:`to_json`),
    the part added to ``parts``."""
    import orjson

    marked = dict(value)
    for key, part in ready.items():
        if isinstance(part, Mapping):
            marked[key] = _with_ready(value[key], part, parts)
        else:
            marked[key] = orjson.Fragment(b"\x00%d\x01" % len(parts))
            parts.append(part)
    return marked


def _plain(value: Any) -> Any:
    """``value`` with every numpy array made a list (not-a-number as ``None``)."""
    if hasattr(value, "tolist") and hasattr(value, "dtype"):
        return [None if isinstance(x, float) and math.isnan(x) else x for x in value.tolist()]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _shared(G: GraphColumns, name: str) -> Any:
    """The one value every edge holds for ``name`` (``""`` when there is no such column),
    or ``None`` when each edge has its own."""
    edges = G.edges
    if name not in edges.names:
        return ""
    values = edges.columns[edges.names.index(name)]
    return None if is_column(values) else values


def _evidence(G: GraphColumns, order: np.ndarray, name: str = "evidence") -> list[Any]:
    shared = _shared(G, name)
    if shared is not None:
        return [shared] * len(order)
    values = G.edges.columns[G.edges.names.index(name)]
    return _ordered(values, order)


def _ordered(values: Sequence[Any], order: np.ndarray) -> list[Any]:
    if isinstance(values, Coded):
        return list(map(values.values.__getitem__, values.codes[order].tolist()))
    return list(map(values.__getitem__, order.tolist()))


def _is_weight(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _text(value: Any) -> str:
    if type(value) is str:
        return value
    return "" if value is None else str(value)
