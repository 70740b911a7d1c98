"""Node-link JSON as networkx writes and reads it (``edges`` key), and reading it back as our graph.

JSON holds our graph as it is: ``synonyms`` stay lists, ``sign`` stays a
number and ``G.graph`` keeps the ``relations``, ``sources`` and
``categories`` tables as objects. Edge keys go in each edge's ``key``. The
file is what ``networkx.node_link_data(G, edges="edges")`` gives, so
``networkx.node_link_graph(data, edges="edges")`` and D3-style tools read
it; older files with ``links`` instead of ``edges`` are read too.

Examples
--------
>>> import graph, json, tempfile, pathlib, networkx as nx
>>> path = graph.write_node_link(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.json")
>>> data = json.loads(path.read_text(encoding="utf-8"))
>>> sorted(data)
['directed', 'edges', 'graph', 'multigraph', 'nodes']
>>> H = nx.node_link_graph(data, edges="edges")
>>> H.nodes["magnesium"]["synonyms"][0]
'Mg'
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import write_text_atomic
from ..errors import DataError, Problem
from ..read.direction import parse_directed
from .checked import NUMBER, number_problems
from .portable import read_error, restore_graph

__all__ = ["write_node_link", "read_node_link", "node_link_graph"]


def write_node_link(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as node-link JSON, atomically.

    Parameters
    ----------
    G : networkx graph
        Usually a :class:`~networkx.MultiDiGraph` from :func:`graph.load`
        or a subgraph of one; it is not changed.
    path : str or Path
        The file to write (UTF-8); missing folders are created.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    OutputError
        When the file cannot be written (an existing file is left as it was).
    DataError
        When an attribute holds NaN or infinity, which JSON cannot hold (nothing is written).

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> path = graph.write_node_link(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.json")
    >>> path.read_text(encoding="utf-8").splitlines()[:3]
    ['{', ' "directed": true,', ' "multigraph": true,']
    """
    problems = list(number_problems(G, str(path)))
    if problems:
        raise DataError(problems)
    data = nx.node_link_data(_renamed(G), edges="edges")
    try:
        text = json.dumps(data, ensure_ascii=False, indent=1, default=_json_value, allow_nan=False)
    except ValueError as err:  # a NaN in a value the check does not walk (a set, say)
        raise DataError([Problem(str(path), 0, None, "a value holds NaN or infinity", NUMBER)]) from err
    return write_text_atomic(path, text + "\n")


#: Attribute names that node-link data uses for itself, per element: attributes of ours with
#: these names are written with a trailing ``_`` (``key`` as ``key_``) and renamed back on reading.
_RESERVED = {"node": ("id",), "edge": ("source", "target", "key")}


def _renamed(G: nx.Graph) -> nx.Graph:
    """``G``, or a copy whose attributes named as in :data:`_RESERVED` get a trailing ``_``."""
    nodes = [attrs for _, attrs in G.nodes(data=True) if any(n in attrs for n in _RESERVED["node"])]
    edges = [attrs for *_, attrs in G.edges(data=True) if any(n in attrs for n in _RESERVED["edge"])]
    if not nodes and not edges:
        return G
    H = G.copy()
    for element, records in (("node", H.nodes(data=True)), ("edge", H.edges(data=True))):
        for *_, attrs in records:
            for name in _RESERVED[element]:
                if name in attrs:
                    attrs[name + "_"] = attrs.pop(name)
    return H


def _json_value(value: Any) -> Any:
    """What JSON cannot hold as it is: sets and tuples as lists, anything else as text."""
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def read_node_link(path: str | Path) -> nx.MultiDiGraph:
    """Read a node-link JSON file as our graph.

    Parameters
    ----------
    path : str or Path
        A ``.json`` file with ``nodes`` and ``edges`` (or ``links``).

    Returns
    -------
    networkx.MultiDiGraph
        With our attribute shapes and defaults (see :func:`graph.read_graph`).

    Raises
    ------
    DataError
        When the file is missing, is not JSON, or is not node-link data.
    """
    path = Path(path)
    data = load_json(path, "node-link JSON")
    return restore_graph(node_link_graph(data, str(path)), source=str(path))


def load_json(path: Path, kind: str) -> Any:
    """The JSON document in ``path`` (UTF-8, a BOM allowed); a :class:`DataError` naming ``kind`` when
    the file is missing, is not JSON, or is nested too deeply to read."""
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except RecursionError as err:
        raise DataError([Problem(str(path), 0, None, "is nested too deeply to read", _EXPECTED)]) from err
    except (OSError, ValueError) as err:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise read_error(path, err, kind) from err


_EXPECTED = 'node-link JSON: an object with "nodes" and "edges"'
#: What an id may be in JSON: text, or a whole number (read as its digits).
_ID_TYPES = (str, int)


def node_link_graph(data: Any, source: str) -> nx.MultiDiGraph:
    """The graph node-link ``data`` describes, with every id as text; networkx's own reader,
    made strict: ids must be text or whole numbers, two ids may not read as the same
    text (``1`` and ``"1"``), and attributes may have any name (``key``, ``node_for_adding`` …).

    Raises
    ------
    DataError
        Listing every problem found, each naming the item (``nodes[3]``).

    Examples
    --------
    >>> data = {"nodes": [{"id": 1}, {"id": "a", "key": "k"}], "edges": [{"source": 1, "target": "a"}]}
    >>> G = node_link_graph(data, "g.json")
    >>> list(G.nodes(data=True)), list(G.edges(keys=True))
    ([('1', {}), ('a', {'key': 'k'})], [('1', 'a', 0)])
    >>> node_link_graph({"nodes": [{"id": 1}, {"id": "1"}]}, "g.json")
    Traceback (most recent call last):
    ...
    graph.errors.DataError: g.json: nodes[1]: ids 1 and "1" both read as '1'; expected ids that differ as text
    """
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), list):
        raise DataError([Problem(source, 0, None, "no list of nodes", _EXPECTED)])
    edges_key = "links" if "links" in data and "edges" not in data else "edges"
    edges = data.get(edges_key, [])
    problems: list[Problem] = []
    if not isinstance(edges, list):
        problems.append(Problem(source, 0, None, f'"{edges_key}" is not a list', _EXPECTED))
        edges = []
    G: nx.MultiDiGraph | nx.MultiGraph = nx.MultiDiGraph() if _directed(data, source, problems) else nx.MultiGraph()
    graph_attrs = data.get("graph", {})
    if isinstance(graph_attrs, dict):
        G.graph.update(graph_attrs)
    else:
        problems.append(Problem(source, 0, None, '"graph" is not an object', _EXPECTED))
    first: dict[str, Any] = {}
    for i, item in enumerate(data["nodes"]):
        where = f"nodes[{i}]"
        if not isinstance(item, dict) or "id" not in item:
            problems.append(Problem(source, 0, None, f'{where} is not an object with an "id"', _EXPECTED))
            continue
        node = _id(item["id"], where, source, problems)
        if node is None:
            continue
        if node in first and first[node] is not item["id"] and first[node] != item["id"]:
            problems.append(_same_text(first[node], item["id"], where, source))
            continue
        first.setdefault(node, item["id"])
        G.add_nodes_from([(node, _restored(item, "node"))])
    for i, item in enumerate(edges):
        where = f"{edges_key}[{i}]"
        if not isinstance(item, dict) or "source" not in item or "target" not in item:
            problems.append(Problem(source, 0, None, f'{where} is not an object with "source" and "target"', _EXPECTED))
            continue
        ends = [_id(item[end], f"{where}.{end}", source, problems) for end in ("source", "target")]
        if ends[0] is None or ends[1] is None:
            continue
        for end, value in zip(ends, (item["source"], item["target"]), strict=True):
            if end in first and type(first[end]) is not type(value):
                problems.append(_same_text(first[end], value, where, source))
        key = item.get("key")
        if key is not None and (not isinstance(key, (str, int)) or isinstance(key, bool)):
            key = json.dumps(key)
        attrs = _restored(item, "edge")
        G.add_edges_from([(ends[0], ends[1], key, attrs)])
    if problems:
        raise DataError(_collapsed(problems))
    return G


def _directed(data: dict[str, Any], source: str, problems: list[Problem]) -> bool:
    """What ``"directed"`` says, read as a CSV ``directed`` cell is (``0`` is false); true when it is missing."""
    value = data.get("directed", True)
    flag = parse_directed(value) if isinstance(value, (str, int)) else None  # bool is an int
    if flag is None:
        problems.append(Problem(source, 0, None, f'"directed": {json.dumps(value)[:40]} is not a direction', _BOOLEAN))
        return True
    return flag


_BOOLEAN = "true or false"


_INDEX = re.compile(r"\[\d+\]")


def _collapsed(problems: list[Problem]) -> list[Problem]:
    """One problem of each kind (the same message but for the item's number), saying how many more:
    a file of another shape must not give a line per node.

    Examples
    --------
    >>> found = [Problem("g.json", 0, None, f"nodes[{i}] is not an object", None) for i in range(3)]
    >>> [p.message for p in _collapsed(found)]
    ['nodes[0] is not an object (and 2 more like it)']
    """
    kinds: dict[tuple[str, str | None], list[Problem]] = {}
    for problem in problems:
        kinds.setdefault((_INDEX.sub("[]", problem.message), problem.expected), []).append(problem)
    out = []
    for found in kinds.values():
        first = found[0]
        more = f" (and {len(found) - 1} more like it)" if len(found) > 1 else ""
        out.append(Problem(first.file, first.line, first.column, first.message + more, first.expected))
    return out


def _restored(item: dict[str, Any], element: str) -> dict[str, Any]:
    """The attributes of a node or edge object: without its own fields, ``key_`` back as ``key``."""
    attrs = {k: v for k, v in item.items() if k not in _RESERVED[element] and v is not None}  # null: no value
    for name in _RESERVED[element]:
        if name + "_" in attrs:
            attrs[name] = attrs.pop(name + "_")
    return attrs


def _id(value: Any, where: str, source: str, problems: list[Problem]) -> str | None:
    if isinstance(value, bool) or not isinstance(value, _ID_TYPES):
        problems.append(
            Problem(source, 0, None, f"{where}: {json.dumps(value)[:40]} is not an id", "text or a whole number")
        )
        return None
    return str(value)


def _same_text(one: Any, other: Any, where: str, source: str) -> Problem:
    return Problem(
        source,
        0,
        None,
        f"{where}: ids {json.dumps(one)} and {json.dumps(other)} both read as '{one}'",
        "ids that differ as text",
    )
