"""The checks CSV data goes through, applied to a graph read from a GraphML, GEXF or JSON file.

A graph file is read by its format's reader and given our shapes
(:func:`~graph.formats.portable.restore_graph`); :func:`graph_problems` then holds it
to what a data folder must satisfy: ids that are text, not empty and without
spaces around them (a CSV file drops those), categories whose colour and shape
come from the closed lists, relations whose sign is -1, 0 or 1, text
that GraphML and GEXF can hold, and numbers that JSON can hold (no NaN or
infinity, which a CSV file refuses as "not a number"). What ``validate`` accepts, every command
can then build, query and export.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node(" mg", label="Mg", category="mineral")
>>> G.graph["categories"] = {"mineral": {"label": "Mineral", "color": "#123456", "shape": "__proto__"}}
>>> [(p.column, p.message) for p in graph_problems(G, "g.json")]
[('id', "node ' mg' has spaces around it"), ('shape', "category 'mineral': unknown shape '__proto__'")]
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

import networkx as nx

from ..errors import DataError, Problem, warn_data
from ..read import vocabulary as vocab
from ..read.characters import EXPECTED, character_problem
from ..read.lookalike import lookalike_warning

__all__ = ["graph_problems", "checked_graph", "number_problems", "MAX_NESTING", "NUMBER"]

#: How deep a value of lists and objects (in JSON) may be nested: deeper ones could not be written out again.
MAX_NESTING = 100
_SHAPES = "one of " + ", ".join(sorted(vocab.ALL_SHAPES))
_SIGNS = (-1, 0, 1)
#: What a number must be, said as a CSV file's number column says it.
NUMBER = "a number such as 2 or 0.5 (with a decimal point)"


def checked_graph(G: nx.MultiDiGraph, source: str) -> nx.MultiDiGraph:
    """``G`` itself when :func:`graph_problems` finds nothing; ids that look alike
    (:func:`~graph.read.lookalike.lookalike_warning`) are warned of.

    Raises
    ------
    DataError
        Listing every problem found.
    """
    problems = list(graph_problems(G, source))
    if problems:
        raise DataError(problems)
    message = lookalike_warning(G, source)
    if message:
        warn_data(message)
    return G


def graph_problems(G: nx.MultiDiGraph, source: str) -> Iterator[Problem]:
    """Every problem of a graph read from the file ``source``, in the order of the file."""
    for node, attrs in G.nodes(data=True):
        yield from _id_problems(node, source)
        own = {name: value for name, value in attrs.items() if value != node}  # a label that repeats the id
        yield from _value_problems(own, f"node '{node}'", source)
    for u, v, attrs in G.edges(data=True):
        yield from _value_problems(attrs, f"edge '{u}' -> '{v}'", source)
    tables = {name: G.graph.get(name) or {} for name in ("relations", "sources", "categories")}
    yield from _value_problems({k: v for k, v in G.graph.items() if k not in tables}, "graph attribute", source)
    for name, table in tables.items():
        for key, entry in table.items():
            what = f"{_singular(name)} '{key}'"
            yield from _text_problem(key, what, source, None)
            yield from _value_problems(entry, what, source)
    for key, entry in tables["categories"].items():
        yield from _category_problems(key, entry, source)
    for key, entry in tables["relations"].items():
        if entry.get("sign") not in _SIGNS or isinstance(entry.get("sign"), bool):
            yield Problem(
                source,
                0,
                "sign",
                f"relation '{key}': {entry.get('sign')!r} is not a sign",
                "1 (increases), -1 (decreases) or 0 (unsigned)",
            )


def _singular(table: str) -> str:
    return "category" if table == "categories" else table[:-1]


def _id_problems(node: Any, source: str) -> Iterator[Problem]:
    text = str(node)
    if not text.strip():
        yield Problem(source, 0, "id", f"empty id {text!r}", "a non-empty id for every node")
    elif text != text.strip():
        yield Problem(
            source,
            0,
            "id",
            f"node '{text}' has spaces around it",
            "an id without leading or trailing spaces (CSV files drop them)",
        )
    yield from _text_problem(text, f"node id '{text}'", source, "id")


def _value_problems(attrs: Mapping[str, Any], what: str, source: str) -> Iterator[Problem]:
    for name, value in attrs.items():
        yield from _text_problem(str(name), f"{what}: attribute name", source, None)
        if isinstance(value, str):
            yield from _text_problem(value, what, source, str(name))
            continue
        texts, depth, numbers = _texts(value)
        if depth > MAX_NESTING:
            yield Problem(
                source, 0, str(name), f"{what}: a value nested {depth} levels deep", f"at most {MAX_NESTING} levels"
            )
            continue
        for text in texts:
            yield from _text_problem(text, what, source, str(name))
        for number in numbers:
            yield Problem(source, 0, str(name), f"{what}: '{number}' is not a number", NUMBER)


def number_problems(G: nx.Graph, source: str) -> Iterator[Problem]:
    """A problem for each NaN or infinity in the attributes of ``G`` (which JSON cannot hold).

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b", {"weight": float("nan")})])
    >>> [(p.column, p.message) for p in number_problems(G, "g.json")]
    [('weight', "edge 'a' -> 'b': 'nan' is not a number")]
    """
    items = [(f"node '{n}'", attrs) for n, attrs in G.nodes(data=True)]
    items += [(f"edge '{u}' -> '{v}'", attrs) for u, v, attrs in G.edges(data=True)]
    items.append(("graph attribute", G.graph))
    for what, attrs in items:
        for name, value in attrs.items():
            if isinstance(value, float):
                numbers = [] if math.isfinite(value) else [value]
            elif isinstance(value, (list, tuple, dict)):
                numbers = _texts(value)[2]
            else:
                continue
            for number in numbers:
                yield Problem(source, 0, str(name), f"{what}: '{number}' is not a number", NUMBER)


def _texts(value: Any) -> tuple[list[str], int, list[float]]:
    """The texts in a value of lists and objects (keys too), how deep it is nested, and its NaNs and infinities;
    without recursion."""
    texts: list[str] = []
    numbers: list[float] = []
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, float) and not math.isfinite(item):
            numbers.append(item)
        elif isinstance(item, (list, tuple)):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, dict):
            deepest = max(deepest, depth)
            texts.extend(str(key) for key in item)
            stack.extend((child, depth + 1) for child in item.values())
    return texts, deepest, numbers


def _text_problem(text: str, what: str, source: str, column: str | None) -> Iterator[Problem]:
    found = character_problem(text)
    if found is not None:
        yield Problem(source, 0, column, f"{what}: {found}", EXPECTED)


def _category_problems(key: str, entry: Mapping[str, Any], source: str) -> Iterator[Problem]:
    colour, shape = entry.get("color"), entry.get("shape")
    if colour is not None and not (isinstance(colour, str) and vocab.HEX_COLOUR.match(colour)):
        yield Problem(
            source, 0, "color", f"category '{key}': {colour!r} is not a colour", "a hex colour such as #4477aa"
        )
    if shape is not None and (not isinstance(shape, str) or shape not in vocab.ALL_SHAPES):
        yield Problem(source, 0, "shape", f"category '{key}': unknown shape {_quoted(shape)}", _SHAPES)
    for field in ("label", "label_nl"):
        if field in entry and not isinstance(entry[field], str):
            yield Problem(source, 0, field, f"category '{key}': {entry[field]!r} is not text", "a label as text")


def _quoted(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else repr(value)
