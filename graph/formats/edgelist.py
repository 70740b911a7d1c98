"""Edge lists and adjacency lists without a header: networkx's ``write_edgelist``,
``write_adjlist`` and ``write_multiline_adjlist``, SNAP downloads, and plain
``a b`` or ``a,b`` lines.

Lines starting with ``#`` or ``%`` are comments; a SNAP comment saying
"Undirected graph" makes the edges undirected. Values are separated by a tab,
a comma, or spaces. A line ``a b {'weight': 2.0}`` (networkx's default) gives
its dict as attributes, ``a b 2.0`` on every line a weight; lines of more or of
varying length are an adjacency list (a node, then its neighbours; a node alone
on its line has none), but lines of three or more values separated by tabs or
commas, each as long, a table: source, target, relation, then other columns.
A first line taken for an edge by a guess (:data:`~graph.formats.sniff.GUESSED`)
is said so in a warning. The lines become an edge table (and, for nodes without
edges, a node table) that goes through the checks every CSV file goes through.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "ca.txt"
>>> _ = path.write_text("# Undirected graph (each unordered pair of nodes is saved once)\\n"
...                     "# FromNodeId\\tToNodeId\\n1\\t2\\n2\\t3\\n")
>>> G = read_edgelist(path)
>>> type(G).__name__, sorted(G.edges())
('MultiGraph', [('1', '2'), ('2', '3')])
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, Problem, warn_data
from ..read.csvdata import csv_graph
from ..read.csvfile import Table
from ..read.text import read_text

__all__ = ["read_edgelist", "edgelist_tables"]

_COMMENT = ("#", "%")
_UNDIRECTED = re.compile(r"undirected", re.I)
_DIRECTED = re.compile(r"\bdirected graph\b", re.I)


def read_edgelist(path: str | Path, directed: bool = True) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read an edge list or adjacency list without a header as our graph.

    Parameters
    ----------
    path : str or Path
        The file.
    directed : bool
        ``False`` makes every edge undirected; a SNAP file saying "Undirected
        graph" is undirected in any case.

    Raises
    ------
    DataError
        Listing every problem found, each with its line.
    """
    name = str(path)
    tables, undirected, problems = edgelist_tables(Path(path), name)
    if problems:
        raise DataError(problems)
    G, problems = csv_graph(directed=directed and not undirected, tables=tables)
    if problems:
        raise DataError(problems)
    return G


def edgelist_tables(path: Path, name: str) -> tuple[dict[str, Table | None], bool, list[Problem]]:
    """The edge table (and node table, for nodes without edges) of the file, whether its comments
    say it is undirected, and the problems found."""
    text, problems = read_text(path, name)
    if text is None:
        return {}, False, problems
    lines = text.splitlines()
    comments = [line for line in lines if line.startswith(_COMMENT)]
    said = " ".join(comments)
    undirected = bool(_UNDIRECTED.search(said)) and not _DIRECTED.search(said.replace("Undirected", ""))
    _say_guessed(path, name, lines)
    quick = _pairs(lines, name)
    if quick is not None:
        return {"edges": quick, "nodes": None}, undirected, []
    records = [(i, line) for i, line in enumerate(lines, 1) if line.strip() and not line.startswith(_COMMENT)]
    multiline = _multiline(records, name)
    if multiline is not None:
        return multiline, undirected, []
    delimiter = _delimiter(records[0][1]) if records else " "
    parsed: list[tuple[int, list[str], dict[str, Any]]] = []
    for line, raw in records:
        cells, attrs = _split(raw, delimiter, name, line, problems)
        parsed.append((line, cells, attrs))
    if problems:
        return {}, undirected, problems
    return _tables(parsed, name, delimited=delimiter is not None), undirected, []


def _say_guessed(path: Path, name: str, lines: list[str]) -> None:
    """Warn that the first line was taken for an edge, not a header, when that was a guess."""
    from .sniff import GUESSED, sniff

    if sniff(path).looks != GUESSED:
        return
    first = next((i for i, line in enumerate(lines, 1) if line.strip()), 1)
    warn_data(
        f"{name}:{first}: read as an edge, not a header: its values name no column we know (source, target, "
        "from, to ...) and stand over no number; if it is a header, name its columns with --source-col and "
        "--target-col (source_col= and target_col= in Python)"
    )


def _multiline(records: list[tuple[int, str]], name: str) -> dict[str, Table | None] | None:
    """networkx's ``write_multiline_adjlist``: a node and its number of neighbours (``x 2``), then
    that many lines of one neighbour each (with its attributes as a dict, or none). ``None`` for a
    file not so written."""
    rows: list[tuple[int, list[str]]] = []
    attrs: list[dict[str, Any]] = []
    nodes: list[str] = []
    at = 0
    while at < len(records):
        head = records[at][1].split()
        if len(head) != 2 or not head[1].isdigit():
            return None
        count = int(head[1])
        nodes.append(head[0])
        if at + count >= len(records):
            return None
        for line, raw in records[at + 1 : at + 1 + count]:
            cells, found = _split(raw, None, name, line, [])
            if len(cells) != 1:
                return None
            rows.append((line, [head[0], cells[0]]))
            attrs.append(found)
        at += 1 + count
    if not rows:
        return None
    keys = list(dict.fromkeys(str(k) for found in attrs for k in found))
    columns = ["source", "target", *(_column(k) for k in keys)]
    table = [
        (line, [*ends, *(_cell(found.get(k)) for k in keys)]) for (line, ends), found in zip(rows, attrs, strict=True)
    ]
    ids = list(dict.fromkeys([*nodes, *(end for _, ends in rows for end in ends)]))
    linked = {end for _, ends in rows for end in ends}
    node_table = Table(name, columns=["id"], rows=[(0, [n]) for n in ids]) if len(linked) < len(ids) else None
    return {"edges": Table(name, columns=columns, rows=table), "nodes": node_table}


def _pairs(lines: list[str], name: str) -> Table | None:
    """The quick path for the common file (a SNAP download): comments only at the top, then one
    pair of ends a line, no blank line; the table by column. ``None`` for any other file."""
    top = 0
    while top < len(lines) and lines[top].startswith(_COMMENT):
        top += 1
    body = lines[top:]
    if not body or "{" in "".join(body[:100]):
        return None
    delimiter = _delimiter(body[0])
    parts = [line.split(delimiter) for line in body]
    if set(map(len, parts)) != {2}:
        return None  # comments below, blank lines, weights, an adjacency list: the careful reader
    sources, targets = (list(map(str.strip, column)) for column in zip(*parts, strict=True))
    if "" in sources or "" in targets:
        return None
    return Table.of_columns(name, ["source", "target"], top + 1, [sources, targets])


def _delimiter(line: str) -> str | None:
    head = line.split("{", 1)[0]
    if "\t" in head:
        return "\t"
    if "," in head:
        return ","
    return None  # any run of spaces


def _split(raw: str, delimiter: str | None, name: str, line: int, problems: list[Problem]) -> tuple[list[str], dict]:
    attrs: dict[str, Any] = {}
    head = raw
    if "{" in raw:
        head, _, rest = raw.partition("{")
        try:
            value = ast.literal_eval("{" + rest.strip())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            value = None
        if not isinstance(value, dict):
            expected = "{'weight': 1.0} as networkx writes"
            problems.append(Problem(name, line, None, "the attributes after the ends are no dict", expected))
        else:
            attrs = value
    cells = [c.strip() for c in (head.split(delimiter) if delimiter else head.split())]
    return [c for c in cells if c] if delimiter is None else cells, attrs


def _tables(
    parsed: list[tuple[int, list[str], dict[str, Any]]], name: str, delimited: bool = False
) -> dict[str, Table | None]:
    lengths = {len(cells) for _, cells, _ in parsed}
    has_dicts = any(attrs for *_, attrs in parsed)
    weighted = lengths == {3} and all(_number(cells[2]) for _, cells, _ in parsed)
    if has_dicts or lengths == {2} or weighted or not parsed:
        return {"edges": _edge_table(parsed, name, weighted), "nodes": None}
    if delimited and len(lengths) == 1:  # a table without a header: source, target, relation, more
        return {"edges": _columns_table(parsed, name, lengths.pop()), "nodes": None}
    return _adjacency(parsed, name)


def _columns_table(parsed: list[tuple[int, list[str], dict[str, Any]]], name: str, width: int) -> Table:
    columns = ["source", "target", "relation", *(f"column {at}" for at in range(4, width + 1))]
    return Table(name, columns=columns, rows=[(line, cells) for line, cells, _ in parsed])


def _edge_table(parsed: list[tuple[int, list[str], dict[str, Any]]], name: str, weighted: bool) -> Table:
    keys = list(dict.fromkeys(str(k) for *_, attrs in parsed for k in attrs))
    columns = ["source", "target", *(["weight"] if weighted else []), *(_column(k) for k in keys)]
    rows = []
    for line, cells, attrs in parsed:
        ends = (cells + ["", ""])[:2]
        extra = [cells[2]] if weighted else []
        rows.append((line, [*ends, *extra, *(_cell(attrs.get(k)) for k in keys)]))
    return Table(name, columns=columns, rows=rows)


def _adjacency(parsed: list[tuple[int, list[str], dict[str, Any]]], name: str) -> dict[str, Table | None]:
    rows = [(line, [cells[0], other]) for line, cells, _ in parsed for other in cells[1:]]
    nodes = list(dict.fromkeys(c for _, cells, _ in parsed for c in cells))
    alone = {cells[0] for _, cells, _ in parsed if len(cells) == 1} - {c for _, r in rows for c in r}
    node_table = None
    if alone:  # a node table, so that nodes without edges are kept
        node_table = Table(name, columns=["id"], rows=[(0, [node]) for node in nodes])
    return {"edges": Table(name, columns=["source", "target"], rows=rows), "nodes": node_table}


def _column(key: str) -> str:
    return f"{key}_column" if key in ("source", "target") else key


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
