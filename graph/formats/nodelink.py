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
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import write_text_atomic
from ..errors import DataError, Problem
from .portable import read_error, restore_graph

__all__ = ["write_node_link", "read_node_link"]


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

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> path = graph.write_node_link(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.json")
    >>> path.read_text(encoding="utf-8").splitlines()[:3]
    ['{', ' "directed": true,', ' "multigraph": true,']
    """
    data = nx.node_link_data(G, edges="edges")
    return write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, default=_json_value) + "\n")


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
    expected = 'node-link JSON: an object with "nodes" and "edges"'
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as err:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise read_error(path, err, "node-link JSON") from err
    if not isinstance(data, dict) or "nodes" not in data:
        raise DataError([Problem(str(path), 0, None, "no list of nodes", expected)])
    edges = "links" if "links" in data and "edges" not in data else "edges"
    data.setdefault(edges, [])
    try:
        H = nx.node_link_graph(data, directed=data.get("directed", True) is not False, multigraph=True, edges=edges)
    except (nx.NetworkXError, KeyError, TypeError, ValueError) as err:
        raise DataError([Problem(str(path), 0, None, f"not node-link data ({err!r})", expected)]) from err
    return restore_graph(H, source=str(path))
