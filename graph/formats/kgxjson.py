"""KGX JSON (one document with ``nodes`` and ``edges``) and KGX JSON Lines (``nodes.jsonl``
and ``edges.jsonl``, one object a line), read through the same path as KGX TSV.

Each object becomes a row of a KGX node or edge table (lists joined with ``|``, as
KGX's TSV holds them), which :mod:`graph.read.kgxfiles` turns into our columns and
:func:`graph.read.csvdata.csv_graph` checks as it checks every CSV file.

Examples
--------
>>> data = {"nodes": [{"id": "HGNC:1", "name": "A", "category": ["biolink:Gene"]}],
...         "edges": [{"subject": "HGNC:1", "predicate": "biolink:interacts_with", "object": "HGNC:1"}]}
>>> is_kgx_json(data)
True
>>> G = kgx_json_graph(data, "g.json")
>>> G.nodes["HGNC:1"]["label"], G.edges["HGNC:1", "HGNC:1", 0]["relation"]
('A', 'interacts_with')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, Problem
from ..read.csvdata import csv_graph
from ..read.csvfile import Table
from ..read.text import read_text

__all__ = ["is_kgx_json", "kgx_json_graph", "read_kgx_jsonl", "jsonl_pair"]

_EDGE_KEYS = frozenset({"subject", "object"})


def is_kgx_json(data: Any) -> bool:
    """True for a JSON document of KGX's shape: edges with ``subject`` and ``object``, or
    nodes with a list of ``category``."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes", []), list):
        return False
    edges = data.get("edges")
    if isinstance(edges, list) and edges and isinstance(edges[0], dict) and edges[0].keys() >= _EDGE_KEYS:
        return True
    nodes = data.get("nodes") or []
    return bool(nodes) and isinstance(nodes[0], dict) and isinstance(nodes[0].get("category"), list)


def kgx_json_graph(data: Mapping[str, Any], name: str, directed: bool = True) -> nx.MultiDiGraph | nx.MultiGraph:
    """The graph of a KGX JSON document (see :func:`is_kgx_json`).

    Raises
    ------
    DataError
        Listing every problem found.
    """
    nodes = _table(data.get("nodes") or [], name, "nodes", [])
    edges = _table(data.get("edges") or [], name, "edges", [])
    return _graph(edges, nodes, directed)


def jsonl_pair(folder: Path) -> tuple[Path, Path | None] | None:
    """The edges and nodes files of a folder holding one KGX JSON Lines pair
    (``edges.jsonl``/``nodes.jsonl`` or ``PREFIX_edges.jsonl``/``PREFIX_nodes.jsonl``), or ``None``."""
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return None
    edges = [n for n in names if n.lower() == "edges.jsonl" or n.lower().endswith("_edges.jsonl")]
    if len(edges) != 1:
        return None
    nodes = edges[0][: -len("edges.jsonl")] + edges[0][-len("edges.jsonl") :].replace("edges", "nodes")
    return folder / edges[0], (folder / nodes) if nodes in names else None


def read_kgx_jsonl(
    edges: str | Path, nodes: str | Path | None = None, directed: bool = True
) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read KGX JSON Lines: an edges file, its nodes file (when given), or a folder holding both.

    Raises
    ------
    DataError
        Listing every problem found, each with its line.
    """
    edges = Path(edges)
    if edges.is_dir():
        pair = jsonl_pair(edges)
        if pair is None:
            raise DataError([Problem(str(edges), 0, None, "holds no edges.jsonl", "a KGX edges.jsonl and nodes.jsonl")])
        edges, found = pair
        nodes = nodes if nodes is not None else found
    elif nodes is None and edges.name.lower().endswith("edges.jsonl"):  # its nodes file beside it
        sibling = edges.with_name(edges.name[: -len("edges.jsonl")] + "nodes.jsonl")
        nodes = sibling if sibling.is_file() else None
    problems: list[Problem] = []
    edge_table = _table(_lines(edges, problems), str(edges), "edges", problems)
    node_table = _table(_lines(Path(nodes), problems), str(nodes), "nodes", problems) if nodes is not None else None
    if problems:
        raise DataError(problems)
    return _graph(edge_table, node_table, directed)


def _graph(edges: Table, nodes: Table | None, directed: bool) -> nx.MultiDiGraph | nx.MultiGraph:
    if nodes is not None and not len(nodes):
        nodes = None  # a node file without nodes: the edges make them
    G, problems = csv_graph(directed=directed, tables={"edges": edges, "nodes": nodes})
    if problems:
        raise DataError(problems)
    return G


def _lines(path: Path, problems: list[Problem]) -> list[tuple[int, Any]]:
    text, found = read_text(path, str(path))
    problems += found
    records = []
    for number, line in enumerate((text or "").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except (ValueError, RecursionError) as err:
            problems.append(Problem(str(path), number, None, f"not valid JSON ({err})", "one JSON object a line"))
            if len(problems) > 10:
                break
    return records


def _table(records: Iterable[Any], name: str, kind: str, problems: list[Problem]) -> Table:
    """A table of KGX rows from JSON objects (``(line, object)`` pairs for JSON Lines)."""
    rows: list[tuple[int, dict[str, Any]]] = []
    for i, record in enumerate(records):
        line, item = record if isinstance(record, tuple) else (0, record)
        if not isinstance(item, dict):
            where = f"line {line}" if line else f"{kind}[{i}]"
            problems.append(Problem(name, line, None, f"{where} is not an object", f"a KGX {kind[:-1]} object"))
            continue
        rows.append((line, item))
    columns = list(dict.fromkeys(str(key) for _, item in rows for key in item))
    cells = [(line, [_cell(item.get(c)) for c in columns]) for line, item in rows]
    return Table(name, delimiter="\t", columns=[c.strip().lower() for c in columns], rows=cells)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
