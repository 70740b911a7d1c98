"""The edges of an edge table, checked and added to a graph: row by row, or a column at a time.

The row by row loop reports every problem with its line; the column path
(:func:`check_edges`, :func:`add_edges_by_column`) gives the same graph at a
fraction of the cost when no row has a problem (``tests/read/test_quick_paths.py``
compares them).

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> add = edge_adder(G)
>>> G.add_nodes_from("ab"); add("a", "b", {"relation": "x"}); add("a", "b", {"relation": "y"})
>>> sorted(G.edges(keys=True))
[('a', 'b', 0), ('a', 'b', 1)]
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from itertools import chain, repeat
from typing import TYPE_CHECKING, Any

from ..errors import Problem
from . import vocabulary as vocab
from .checks import Checks
from .coded import Coded, is_column
from .columns import CheckedEdges
from .csvfile import Table
from .nodes import default_node
from .numeric import parse_number
from .quickcsv import distinct

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np

__all__ = ["EdgeColumns", "add_edges", "add_edges_by_column", "check_edges", "edge_adder", "ends_in_order"]

#: Edge attributes every edge has, with their value when the file has no such column.
_EDGE_DEFAULTS = {"relation": vocab.DEFAULT_RELATION, "evidence": "", "source_doc": "", "section": ""}
#: Edge columns read into something other than a text attribute.
_EDGE_SPECIAL = ("source", "target", "sign", "weight")


class EdgeColumns:
    """Where each edge attribute sits in a row of an edge table; builds each edge's attributes."""

    def __init__(self, table: Table):
        index = {column: i for i, column in enumerate(table.columns)}
        self.source, self.target = index["source"], index["target"]
        self.sign, self.weight = index.get("sign"), index.get("weight")
        kept = [(column, i) for column, i in index.items() if column not in _EDGE_SPECIAL]
        self.names = [column for column, _ in kept]
        self.positions = [i for _, i in kept]
        self.absent = {k: v for k, v in _EDGE_DEFAULTS.items() if k not in index}
        self.decimal_comma = table.delimiter != ","
        # A column named key, u_for_edge or v_for_edge must not reach add_edge as a keyword argument.
        self.weights: dict[str, float | None] = {}  # weights repeat: parse each text once

    def position(self, name: str) -> int | None:
        """Where the text attribute ``name`` sits in a row, or ``None`` when the file lacks it."""
        return self.positions[self.names.index(name)] if name in self.names else None

    def weight_of(self, text: str) -> float | None:
        """The weight written as ``text`` (each distinct text parsed once), or ``None``."""
        weight = self.weights.get(text)
        if weight is None:
            weight = self.weights[text] = parse_number(text, self.decimal_comma)
        return weight

    def attrs(self, cells: list[str]) -> dict[str, Any]:
        """The text attributes of the edge in ``cells``."""
        attrs: dict[str, Any] = dict(zip(self.names, map(cells.__getitem__, self.positions), strict=True))
        if self.absent:
            attrs.update(self.absent)
        if not attrs["relation"]:
            attrs["relation"] = vocab.DEFAULT_RELATION
        return attrs

    def numbers(self, cells: list[str], attrs: dict[str, Any], file: str, line: int, checks: Checks) -> None:
        """Set ``sign`` (from the relation, or the row's own sign) and ``weight`` (a float) in ``attrs``."""
        relation = checks.relations.get(attrs["relation"])
        attrs["sign"] = relation["sign"] if relation else 0
        if self.sign is not None and cells[self.sign]:
            attrs["sign"] = vocab.parse_sign(cells[self.sign], file, line, checks.problems)
        if self.weight is not None and cells[self.weight]:
            text = cells[self.weight]
            weight = self.weight_of(text)
            if weight is None:
                example = "2 or 0,5" if self.decimal_comma else "2 or 0.5 (with a decimal point)"
                checks.add(file, line, "weight", f"'{text}' is not a number", f"a number such as {example}")
            else:
                attrs["weight"] = weight


def add_edges(G: nx.MultiDiGraph, table: Table | None, checks: Checks, create_nodes: bool) -> None:
    if table is None or table.index("source") is None or table.index("target") is None:
        return
    if not len(table):
        if not checks.reported(table):
            checks.add(table.name, 0, None, "no rows below the header", "at least one edge")
        return
    layout = EdgeColumns(table)
    if add_edges_by_column(G, table, layout, checks, create_nodes):
        return
    nodes = set(G)
    relations, sources, file = checks.relations, checks.sources, table.name
    add_edge = edge_adder(G)
    for line, cells in _consume(table):
        source, target = cells[layout.source], cells[layout.target]
        ends_ok = (source in nodes and target in nodes) or _check_ends(
            G, nodes, (source, target), file, line, checks, create_nodes
        )
        attrs = layout.attrs(cells)
        if attrs["relation"] not in relations:
            checks.known("relations", attrs["relation"], file, line, "relation")
        if attrs["source_doc"] and attrs["source_doc"] not in sources:
            checks.known("sources", attrs["source_doc"], file, line, "source_doc")
        layout.numbers(cells, attrs, file, line, checks)
        if ends_ok:
            add_edge(source, target, attrs)


def add_edges_by_column(
    G: nx.MultiDiGraph, table: Table, layout: EdgeColumns, checks: Checks, create_nodes: bool
) -> bool:
    """Add every edge of ``table`` a column at a time and return True, or return False,
    with nothing changed, when a row has a problem (the row by row loop then reports it).

    The graph is the one the row by row loop builds, node for node and edge for edge,
    with attributes in the same order (``tests/test_quick_paths.py`` compares them); the
    checks are made once per distinct value, and the attribute dicts are made without a
    Python loop, which takes half the time of the loop at 500,000 edges.
    """
    import networkx as nx

    if type(G) is not nx.MultiDiGraph:
        return False
    found = check_edges(table, layout, checks, G._node.keys(), create_nodes)
    if found is None:
        return False
    edges, new = found
    _add_plain_nodes(G, new)
    attributes: Iterator[dict[str, Any]] = map(
        dict,
        map(
            zip,
            repeat(edges.names),
            zip(*(c if is_column(c) else repeat(c) for c in edges.columns), strict=False),
        ),
    )
    if edges.weights is not None:
        weighed = zip(attributes, edges.weights, strict=True)
        attributes = (_weighed(attrs, weight) for attrs, weight in weighed)
    add_edge = edge_adder(G)
    for source, target, attrs in zip(edges.sources, edges.targets, attributes, strict=True):
        add_edge(source, target, attrs)
    table.clear()
    return True


def check_edges(
    table: Table, layout: EdgeColumns, checks: Checks, known: Collection[str], create_nodes: bool
) -> tuple[CheckedEdges, list[str]] | None:
    """The edges of ``table`` by column, and the nodes they make (with ``create_nodes``,
    those not ``known``, in order of first appearance); or ``None`` when a row has a
    problem. Relations and sources that no table describes get their default entries in
    ``checks``, but only once nothing can go wrong any more. ``known`` lists the node ids in
    node order (a dict's keys, say); when the ends are coded columns (read by pandas), the
    edges also carry where their ends sit among the nodes ``known + new`` (``CheckedEdges.at``)."""
    values = table.values()
    sources, targets = values[layout.source], values[layout.target]
    if not len(sources) or "" in sources or "" in targets:
        return None
    at = None
    if isinstance(sources, Coded) and isinstance(targets, Coded):
        new, at = coded_ends(sources, targets, list(known))
        if new and not create_nodes:
            return None
    elif create_nodes:
        ends = ends_in_order(sources, targets)
        new = [node for node in ends if node not in known]
    elif set(distinct(sources)).issubset(known) and set(distinct(targets)).issubset(known):
        new = []
    else:
        return None
    relation_at, source_at = layout.position("relation"), layout.position("source_doc")
    relations = values[relation_at] if relation_at is not None else _same(vocab.DEFAULT_RELATION, sources)
    if "" in relations:
        relations = _mapped(relations, lambda r: r or vocab.DEFAULT_RELATION)
    kinds = distinct(relations)
    new_relations = [r for r in kinds if r not in checks.relations]
    docs = values[source_at] if source_at is not None else []
    new_sources = [d for d in distinct(docs) if d and d not in checks.sources]
    if (new_relations and checks.strict["relations"]) or (new_sources and checks.strict["sources"]):
        return None
    signs_written = _distinct_numbers(values, layout.sign, lambda text, found: vocab.parse_sign(text, "", 0, found))
    weights_written = _distinct_numbers(values, layout.weight, lambda text, found: layout.weight_of(text))
    if signs_written is None or weights_written is None:
        return None
    # Nothing can go wrong from here on.
    for relation in new_relations:
        checks.known("relations", relation, table.name, 0, "relation")
    for source in new_sources:
        checks.known("sources", source, table.name, 0, "source_doc")
    sign_of = {relation: checks.relations[relation]["sign"] for relation in kinds}
    signs: Sequence[int] = _mapped(relations, sign_of.__getitem__)
    if signs_written and layout.sign is not None:
        written = values[layout.sign]
        signs = [signs_written[text] if text else sign for text, sign in zip(written, signs, strict=True)]
    columns: list[Any] = [
        relations if name == "relation" else values[position]
        for name, position in zip(layout.names, layout.positions, strict=True)
    ]
    weights = None
    if weights_written and layout.weight is not None:
        weights = _mapped(values[layout.weight], weights_written.get)
    edges = CheckedEdges(
        sources,
        targets,
        [*layout.names, *layout.absent, "sign"],
        [*columns, *layout.absent.values(), signs],
        weights,
        at=at,
    )
    return edges, new


def ends_in_order(sources: Sequence[str], targets: Sequence[str]) -> list[str]:
    """The distinct ends of the edges in order of first appearance, each edge's source
    before its target (the order in which a graph of them gets its nodes).

    >>> ends_in_order(["b", "a", "c"], ["a", "c", "b"]), ends_in_order(Coded.of(["b", "a"]), Coded.of(["a", "d"]))
    (['b', 'a', 'c'], ['b', 'a', 'd'])
    """
    if isinstance(sources, Coded) and isinstance(targets, Coded):
        return coded_ends(sources, targets, [])[0]
    return distinct(chain.from_iterable(zip(sources, targets, strict=True)), 2 * len(sources))


def coded_ends(sources: Coded, targets: Coded, known: list[str]) -> tuple[list[str], tuple[np.ndarray, np.ndarray]]:
    """The ends that are not ``known`` (node ids, in node order), in order of first appearance
    (as :func:`ends_in_order` lists them), and where each edge's ends sit among the nodes
    ``known + new``: two arrays of node positions, computed with numpy, without a Python
    step per edge or per node.

    Examples
    --------
    >>> new, (at_source, at_target) = coded_ends(Coded.of(["b", "x", "b"]), Coded.of(["x", "c", "c"]), ["x"])
    >>> new, at_source.tolist(), at_target.tolist()
    (['b', 'c'], [1, 0, 1], [0, 2, 2])
    """
    import numpy as np
    import pandas as pd

    # the two columns' distinct values numbered together
    joint, names = pd.factorize(np.asarray(sources.values + targets.values, dtype=object))
    of_source, of_target = joint[: len(sources.values)], joint[len(sources.values) :]
    # where each end first appears as the edges list them, source before target: 2 * row (+ 1)
    first = np.full(len(names), 2 * len(sources) + 2, dtype=np.int64)
    first[of_source] = 2 * first_rows(sources.codes)
    first[of_target] = np.minimum(first[of_target], 2 * first_rows(targets.codes) + 1)
    position = pd.Index(known, dtype=object).get_indexer(names) if known else np.full(len(names), -1)
    unknown = np.flatnonzero(position < 0)
    unknown = unknown[np.argsort(first[unknown], kind="stable")]  # the new nodes, in order of first appearance
    position[unknown] = len(known) + np.arange(len(unknown))
    return names.take(unknown).tolist(), (position[of_source][sources.codes], position[of_target][targets.codes])


def first_rows(codes: np.ndarray) -> np.ndarray:
    """The row where each code first appears, for codes numbered in order of first appearance
    (as ``pandas.factorize`` numbers them): a row brings a new code when its code is above
    every code before it.

    >>> import numpy as np
    >>> first_rows(np.array([0, 1, 0, 2, 1, 3])).tolist()
    [0, 1, 3, 5]
    """
    import numpy as np

    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    highest = np.maximum.accumulate(codes)
    new = np.empty(len(codes), dtype=bool)
    new[0] = True
    new[1:] = codes[1:] > highest[:-1]
    return np.flatnonzero(new)


def _same(value: Any, like: Sequence[Any]) -> Sequence[Any]:
    """``value`` once per row of ``like``, in the form of ``like`` (a list, or a coded column)."""
    if isinstance(like, Coded):
        import numpy as np

        return Coded(np.zeros(len(like), dtype=np.int8), [value])
    return [value] * len(like)


def _mapped(column: Sequence[Any], function: Callable[[Any], Any]) -> Sequence[Any]:
    """``function`` of each value of ``column``: once per distinct value of a coded column."""
    if isinstance(column, Coded):
        return column.map(function)
    return list(map(function, column))


def _add_plain_nodes(G: nx.MultiDiGraph, nodes: list[str]) -> None:
    """Add ``nodes``, new to ``G``, each with the attributes of :func:`default_node`, as
    ``G.add_nodes_from`` would, at a third of its cost (``tests/test_load.py`` compares the graphs)."""
    node, succ, pred = G._node, G._succ, G._pred
    for name in nodes:
        node[name] = default_node(name)
        succ[name] = {}
        pred[name] = {}


def _distinct_numbers(
    values: list[Sequence[str]], position: int | None, parse: Callable[[str, list[Problem]], Any]
) -> dict[str, Any] | None:
    """Each distinct non-empty text of the column at ``position`` parsed; ``{}`` without
    such a column or text, ``None`` when a text does not parse."""
    if position is None:
        return {}
    parsed: dict[str, Any] = {}
    for text in distinct(values[position]):
        if text:
            found: list[Problem] = []
            number = parse(text, found)
            if number is None or found:
                return None
            parsed[text] = number
    return parsed


def _weighed(attrs: dict[str, Any], weight: float | None) -> dict[str, Any]:
    if weight is not None:
        attrs["weight"] = weight
    return attrs


def edge_adder(G: nx.MultiDiGraph) -> Callable[[str, str, dict[str, Any]], None]:
    """A function that adds the edge ``u -> v`` holding ``attrs`` itself, as ``G.add_edge(u, v, **attrs)`` would.

    It writes the graph's adjacency dicts directly: the per-call work of
    :meth:`networkx.MultiDiGraph.add_edge` (keyword unpacking, a fresh dict,
    the key search) was half the loading time at 500,000 edges. Both ends
    must be nodes already and ``attrs`` must be a dict no one else holds;
    the key is the lowest unused number from the count of parallel edges, as
    networkx chooses it (``tests/test_load.py`` checks the graphs are equal).
    Any graph other than a plain ``MultiDiGraph`` goes through ``add_edges_from``.
    """
    import networkx as nx

    if type(G) is not nx.MultiDiGraph:
        return lambda u, v, attrs: G.add_edges_from([(u, v, attrs)])
    succ, pred = G._succ, G._pred

    def add(u: str, v: str, attrs: dict[str, Any]) -> None:
        keys = succ[u].get(v)
        if keys is None:
            succ[u][v] = pred[v][u] = {0: attrs}
            return
        key = len(keys)
        while key in keys:
            key += 1
        keys[key] = attrs

    return add


def _consume(table: Table) -> Iterator[tuple[int, list[str]]]:
    """The rows of ``table``, each dropped from it once handed out, so the graph can reuse its memory."""
    rows = table.rows
    rows.reverse()
    while rows:
        yield rows.pop()


def _check_ends(
    G: nx.MultiDiGraph, nodes: set[str], ends: tuple[str, str], file: str, line: int, checks: Checks, create: bool
) -> bool:
    """Report empty or unknown ends of an edge, or (``create``) add the unknown ones; True when both are fine."""
    ok = True
    for node, column in zip(ends, ("source", "target"), strict=True):
        if node in nodes:
            continue
        if not node:
            checks.add(file, line, column, f"empty {column}", "a node id")
            ok = False
        elif create:
            G.add_node(node, **default_node(node))
            nodes.add(node)
        else:
            checks.add(
                file, line, column, f"unknown node '{node}'", f"an id listed in {checks.names['nodes']}", node, G.nodes
            )
            ok = False
    return ok
