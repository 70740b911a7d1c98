"""A folder of Neo4j import CSV files (``neo4j-admin database import``): node files and relationship
files, each kind perhaps in several files (``movies.csv``, ``actors.csv``, ``roles.csv``).

Each file is read as any CSV file is (:func:`graph.read.csvfile.read_table`), its
columns named as ours by :mod:`graph.read.neo4jfiles`; the files of each kind
are put one after the other and go through the checks every CSV file goes through.
An id found in two id spaces (``id:ID(Person)`` and ``id:ID(Movie)`` both ``1``)
names two nodes, as in Neo4j: every id of those files is then written with its
space (``Person:1``, ``Movie:1``).
A single relationship file (with a node file) needs no folder: ``--edges``
(and ``--nodes``) read it.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "people.csv").write_text("personId:ID,name,:LABEL\\nkeanu,Keanu Reeves,Person\\n")
>>> _ = (folder / "movies.csv").write_text("movieId:ID,title,year:int,:LABEL\\ntt0133093,The Matrix,1999,Movie\\n")
>>> _ = (folder / "roles.csv").write_text(":START_ID,role,:END_ID,:TYPE\\nkeanu,Neo,tt0133093,ACTED_IN\\n")
>>> is_neo4j_folder(folder)
True
>>> G = read_neo4j(folder)
>>> G.nodes["tt0133093"]["label"], G.edges["keanu", "tt0133093", 0]["relation"]
('The Matrix', 'ACTED_IN')
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..errors import DataError, Problem
from ..read.csvdata import csv_graph
from ..read.csvfile import Table, read_table
from ..read.neo4jfiles import (
    csv_files,
    id_spaces,
    is_neo4j_edges,
    is_neo4j_folder,
    is_neo4j_nodes,
    neo4j_edges,
    neo4j_nodes,
    qualify_ids,
)

__all__ = ["is_neo4j_folder", "read_neo4j"]


def read_neo4j(folder: str | Path, directed: bool = True) -> nx.MultiDiGraph | nx.MultiGraph:
    """Read a folder of Neo4j import CSV files as our graph.

    Raises
    ------
    DataError
        Listing every problem found, each with file and line.
    """
    problems: list[Problem] = []
    edges: list[tuple[Table, dict[int, str]]] = []
    nodes: list[tuple[Table, dict[int, str]]] = []
    shared: dict[str, str] = {}
    for path in csv_files(Path(folder)):
        table, found = read_table(path, shared=shared)
        problems += found
        if is_neo4j_edges(table):
            edges.append((table, id_spaces(table)))
            neo4j_edges(table)
        elif is_neo4j_nodes(table):
            nodes.append((table, id_spaces(table)))
            neo4j_nodes(table)
    if problems:
        raise DataError(problems)
    qualify_ids(nodes, edges)  # Person 1 and Movie 1 are two nodes
    tables = {"edges": _joined([t for t, _ in edges]), "nodes": _joined([t for t, _ in nodes]) if nodes else None}
    G, problems = csv_graph(directed=directed, tables=tables)
    if problems:
        raise DataError(problems)
    return G


def _joined(tables: list[Table]) -> Table:
    """One table of the rows of ``tables``, its columns those of all (a value missing is empty)."""
    if len(tables) == 1:
        return tables[0]
    columns = list(dict.fromkeys(c for t in tables for c in t.columns))
    rows = []
    for table in tables:
        at = [table.columns.index(c) if c in table.columns else None for c in columns]
        rows += [(line, [cells[i] if i is not None else "" for i in at]) for line, cells in table.rows]
    name = " + ".join(t.name for t in tables)
    return Table(name, columns=columns, rows=rows)
