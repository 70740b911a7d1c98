"""Whether an edge is directed: the words files use for it, and where a graph keeps it.

A graph that is undirected throughout is a :class:`networkx.MultiGraph` (or
any undirected networkx class); in a directed graph an edge is directed
unless its ``directed`` attribute is ``False`` (a *mixed* graph). Files say
it in a ``type`` column (Gephi's ``Directed``/``Undirected``), a ``directed``
column (true/false, yes/no, 1/0, in English or Dutch), or a relation's
``directed`` column in ``relations.csv``.

Examples
--------
>>> parse_directed("Undirected"), parse_directed("yes"), parse_directed("nee"), parse_directed("maybe")
(False, True, False, None)
>>> import networkx as nx
>>> G = nx.MultiDiGraph([("a", "b", {"directed": False}), ("b", "c", {})])
>>> [edge_is_directed(G, attrs) for _, _, attrs in G.edges(data=True)], direction_of(G)
([False, True], 'mixed')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import Problem
from .csvfile import Table

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "parse_directed",
    "edge_is_directed",
    "direction_of",
    "DIRECTED_WORDS",
    "UNDIRECTED_WORDS",
    "DIRECTION_COLUMNS",
    "direction_column",
    "settle_direction",
    "as_undirected",
]

#: Cell values that make an edge directed, in lower case.
DIRECTED_WORDS = frozenset({"directed", "true", "yes", "y", "1", "ja", "j", "waar", "gericht", "t"})
#: Cell values that make an edge undirected, in lower case.
UNDIRECTED_WORDS = frozenset(
    {"undirected", "false", "no", "n", "0", "nee", "onwaar", "ongericht", "f", "symmetric", "mutual"}
)
#: The edge columns that say whether an edge is directed (``type`` as Gephi writes it).
DIRECTION_COLUMNS = ("directed", "type")
_EXPECTED = "true or false (yes/no, 1/0; Directed/Undirected as Gephi writes it)"


def parse_directed(text: Any) -> bool | None:
    """``True``/``False`` for a word (or bool) that says whether an edge is directed; ``None`` for any other."""
    if isinstance(text, bool):
        return text
    word = str(text).strip().lower()
    if word in DIRECTED_WORDS:
        return True
    if word in UNDIRECTED_WORDS:
        return False
    return None


def edge_is_directed(G: nx.Graph, attrs: dict[str, Any]) -> bool:
    """Whether the edge holding ``attrs`` in ``G`` is directed."""
    return G.is_directed() and attrs.get("directed", True) is not False


def direction_of(G: nx.Graph) -> str:
    """``"directed"``, ``"undirected"`` or ``"mixed"``: what the edges of ``G`` are."""
    if not G.is_directed():
        return "undirected"
    flags = {attrs.get("directed", True) is not False for _, _, attrs in G.edges(data=True)}
    if flags == {False}:
        return "undirected"
    return "mixed" if len(flags) == 2 else "directed"


def direction_column(table: Table, problems: list[Problem]) -> str | None:
    """The column of an edge table that says whether each edge is directed, or ``None``.

    A ``directed`` column always is one, and a value that is no direction word
    is a problem; a ``type`` column is one when every value in it is a direction
    word (Gephi's ``Directed``/``Undirected``), else it is left as an attribute.

    Examples
    --------
    >>> from graph.read.csvfile import Table
    >>> table = Table("e.csv", columns=["source", "target", "type"], rows=[(2, ["a", "b", "Undirected"])])
    >>> found = []
    >>> direction_column(table, found), found
    ('type', [])
    """
    for name in DIRECTION_COLUMNS:
        position = table.index(name)
        if position is None:
            continue
        texts = {text for text in dict.fromkeys(table.values()[position]) if text}
        bad = {text for text in texts if parse_directed(text) is None}
        if not bad:
            return name
        if name == "directed":
            for line, cells in table.rows:
                if cells[position] in bad:
                    problems.append(
                        Problem(table.name, line, name, f"'{cells[position]}' is not a direction", _EXPECTED)
                    )
            return name
    return None


def settle_direction(
    G: nx.MultiDiGraph, column: str | None, relations: dict[str, dict[str, Any]], directed: bool
) -> nx.MultiDiGraph | nx.MultiGraph:
    """``G`` with each edge's direction settled; a new :class:`~networkx.MultiGraph` when none is directed.

    An edge is directed as its ``column`` value says, else as its relation's
    ``directed`` entry says, else as ``directed`` says. The ``column``
    attribute is taken off the edges. When some edges are directed and some
    not, the undirected ones get ``directed=False`` in ``G`` itself (made by the
    reader, so no one else holds it).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b", {"relation": "x", "type": "Undirected"})])
    >>> H = settle_direction(G, "type", {}, True)
    >>> type(H).__name__, list(H.edges(data=True))
    ('MultiGraph', [('a', 'b', {'relation': 'x'})])
    """
    flags = []
    for _, _, attrs in G.edges(data=True):
        text = attrs.pop(column, "") if column is not None else ""
        flag = parse_directed(text) if text else None
        if flag is None:
            flag = relations.get(attrs.get("relation"), {}).get("directed")
        flags.append(directed if flag is None else flag)
    if all(flags):
        return G
    if any(flags):
        for (_, _, attrs), flag in zip(G.edges(data=True), flags, strict=True):
            if not flag:
                attrs["directed"] = False
        return G
    return as_undirected(G)


def as_undirected(G: nx.Graph) -> nx.MultiGraph:
    """A :class:`~networkx.MultiGraph` of every node and edge of ``G``, in order, each edge kept
    (``nx.MultiGraph(G)`` would merge ``a -> b`` and ``b -> a``); ``directed`` attributes dropped."""
    import networkx as nx

    H = nx.MultiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, {k: a for k, a in attrs.items() if k != "directed"}) for u, v, attrs in G.edges(data=True))
    return H
