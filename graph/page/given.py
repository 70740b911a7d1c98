"""What a page needs of a networkx graph handed to it, said as a :class:`~graph.errors.DataError`.

A graph read from files has been checked (see :mod:`graph.formats.checked`); a
graph made in Python has not. Its ``relations``, ``sources`` and ``categories``
tables must be dicts of dicts keyed by text, and a node's ``category`` one
value (a list or a dict is no category): anything else is named, with the
node or table, rather than failing deep inside the page as a ``TypeError``.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph([("a", "b")])
>>> G.nodes["a"]["category"] = ["mineral", "metal"]
>>> G.graph["relations"] = "text"
>>> for problem in page_problems(G):
...     print(problem.file, problem.message)
G.graph['relations'] is a str, not a table
G.nodes['a'] category ['mineral', 'metal'] is a list, not one category
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import TYPE_CHECKING

from ..errors import DataError, Problem

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["page_problems", "check_page_graph"]

_TABLES = {
    "relations": "relation id (for example {'increases': {'sign': 1}})",
    "sources": "source id (for example {'schneider': {'title': 'Magnesium en slaap'}})",
    "categories": "category (for example {'mineral': {'color': '#4477aa'}})",
}


def check_page_graph(G: nx.Graph) -> None:
    """Raise a :class:`~graph.errors.DataError` listing what :func:`page_problems` finds, if anything."""
    problems = list(page_problems(G))
    if problems:
        raise DataError(problems)


def page_problems(G: nx.Graph) -> Iterator[Problem]:
    """Each table of ``G.graph`` that is not a dict of dicts, and each node whose category is no single value."""
    for name, example in _TABLES.items():
        if name not in G.graph:
            continue
        table = G.graph[name]
        where = f"G.graph[{name!r}]"
        expected = f"a dict of dicts, one per {example}"
        if not isinstance(table, Mapping):
            yield Problem(where, 0, None, f"is {_a(table)}, not a table", expected)
            continue
        for key, entry in table.items():
            if not isinstance(key, str):
                yield Problem(where, 0, None, f"key {key!r} is {_a(key)}, not text", expected)
            elif not isinstance(entry, Mapping):
                yield Problem(f"{where}[{key!r}]", 0, None, f"is {_a(entry)}, not a dict", expected)
    for node, category in G.nodes(data="category"):
        if category is not None and category.__class__ is not str and not isinstance(category, Hashable):
            yield Problem(
                f"G.nodes[{node!r}]",
                0,
                None,
                f"category {category!r:.60} is {_a(category)}, not one category",
                "one category, as text",
            )


def _a(value: object) -> str:
    name = type(value).__name__
    return ("an " if name[0] in "aeiou" else "a ") + name
