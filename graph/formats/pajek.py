"""Pajek ``.net`` files (Pajek, igraph, networkx write them).

``*Vertices`` lines name the nodes (``1 "label" x y``: the label becomes the
id, as networkx reads it, and the number is kept as ``id``); ``*Arcs`` are
directed edges and ``*Edges`` undirected ones, so a file of ``*Edges`` only
is an undirected graph; a third number on an edge line is its ``weight``.
A vertex not listed under ``*Vertices`` (igraph writes none for a graph without
names), or listed without a label, is named by its number.

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "links.net"
>>> _ = path.write_text('*Vertices 3\\r\\n1 "s01"\\r\\n2 "s02"\\r\\n3 "s03"\\r\\n*Edges\\r\\n1 2 1.5\\r\\n2 3\\r\\n')
>>> G = read_pajek(path)
>>> type(G).__name__, sorted(G.edges(data="weight"))
('MultiGraph', [('s01', 's02', 1.5), ('s02', 's03', 1.0)])
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import networkx as nx

from .textgraph import as_ours, quietly_read

__all__ = ["read_pajek"]

_SECTION = re.compile(r"^\s*\*(arcs|edges)\b", re.I | re.M)
_VERTICES = re.compile(r"^\s*\*vertices\s+(\d+)", re.I)


def read_pajek(path: str | Path) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read a Pajek file as our graph.

    Raises
    ------
    DataError
        When the file is missing or is not Pajek that networkx can read.
    """
    path = Path(path)
    text = quietly_read(path, "Pajek", lambda: path.read_bytes().decode("utf-8", "replace"))
    H = quietly_read(path, "Pajek", lambda: nx.parse_pajek(_complete_vertices(text.splitlines())))
    sections = {s.lower() for s in _SECTION.findall(text)}
    if sections == {"edges"}:
        H = nx.MultiGraph(H)
    elif "edges" in sections:  # *Arcs and *Edges: the undirected ones marked so
        _mark_undirected(H, text)
    for _, _, attrs in H.edges(data=True):
        attrs.setdefault("weight", 1.0)
        with contextlib.suppress(TypeError, ValueError):
            attrs["weight"] = float(attrs["weight"])
    return as_ours(H, str(path))


def _mark_undirected(H: nx.Graph, text: str) -> None:
    """Give the edges listed under ``*Edges`` of a file with ``*Arcs`` too ``directed=False``."""
    undirected: set[tuple[str, str]] = set()
    section = None
    names = {str(attrs.get("id")): node for node, attrs in H.nodes(data=True)}
    for line in text.splitlines():
        found = _SECTION.match(line)
        if found:
            section = found.group(1).lower()
            continue
        if line.lstrip().startswith("*"):
            section = None
        elif section == "edges":
            parts = line.split()
            if len(parts) >= 2:
                undirected.add((names.get(parts[0], parts[0]), names.get(parts[1], parts[1])))
    for u, v, attrs in H.edges(data=True):
        if (u, v) in undirected:
            attrs["directed"] = False


def _complete_vertices(lines: list[str]) -> list[str]:
    """The lines with one ``n "label"`` line for each of the ``*Vertices N``, as networkx wants them:
    a vertex not listed or listed without a label is labelled with its number; ``*Vertices 6 3``
    (a two-mode network) is read as ``*Vertices 6``.

    Examples
    --------
    >>> _complete_vertices(["*Vertices 3", '2 "b"', "*Edges", "1 2"])
    ['*Vertices 3', '1 "1"', '2 "b"', '3 "3"', '*Edges', '1 2']
    """
    out: list[str] = []
    at = 0
    while at < len(lines):
        found = _VERTICES.match(lines[at])
        if found is None:
            out.append(lines[at])
            at += 1
            continue
        count = int(found.group(1))
        listed: dict[int, str] = {}
        at += 1
        while at < len(lines) and not lines[at].lstrip().startswith("*"):
            parts = lines[at].split(None, 1)
            if parts and parts[0].isdigit():
                listed[int(parts[0])] = lines[at] if len(parts) > 1 else f'{parts[0]} "{parts[0]}"'
            at += 1
        out.append(f"*Vertices {count}")
        out += [listed.get(number, f'{number} "{number}"') for number in range(1, count + 1)]
    return out
