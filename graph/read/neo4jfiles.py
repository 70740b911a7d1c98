"""Neo4j's import CSV files (``neo4j-admin database import``) read as our tables.

A relationship file names its ends ``:START_ID`` and ``:END_ID`` (each may
name an id space: ``:START_ID(Person)``) and its kind ``:TYPE`` (``ACTED_IN``),
which becomes the relation; a node file names its id column ``:ID`` (or
``personId:ID(Person)``), and ``:LABEL`` (``Person;Actor``) becomes the
category (the first label). ``name`` or ``title`` is the label. Typed columns
(``year:int``, ``roles:string[]``) keep their name without the type.

Examples
--------
>>> from graph.read.csvfile import Table
>>> edges = Table("roles.csv", columns=[":start_id", "role", ":end_id(movie)", ":type"],
...               rows=[(2, ["keanu", "Neo", "tt0133093", "ACTED_IN"])])
>>> is_neo4j_edges(edges)
True
>>> neo4j_edges(edges); edges.columns
['source', 'role', 'target', 'relation']
"""

from __future__ import annotations

import re
from pathlib import Path

from .csvfile import Table

__all__ = [
    *("is_neo4j_edges", "is_neo4j_nodes", "neo4j_edges", "neo4j_nodes", "is_neo4j_folder", "csv_files"),
    *("id_spaces", "qualify_ids"),
]

_FIELD = re.compile(r"^(?P<name>[^:]*):(?P<kind>[a-z_]+)(\[\])?(\((?P<space>[^)]*)\))?$")


def _kind(column: str) -> tuple[str, str]:
    """The name and the Neo4j type of a header cell (``personid:id(person)`` gives ``('personid', 'id')``)."""
    found = _FIELD.match(column)
    return (found.group("name"), found.group("kind")) if found else (column, "")


def id_spaces(table: Table) -> dict[int, str]:
    """The id space of each id column of a Neo4j file by its position (``:START_ID(Person)`` gives
    ``Person``, spelled as the file writes it); a column without one is left out.

    Examples
    --------
    >>> id_spaces(Table("roles.csv", columns=[":start_id(person)", "role", ":end_id"]))
    {0: 'person'}
    """
    written = table.written if len(getattr(table, "written", [])) == len(table.columns) else table.columns
    spaces = {}
    for at, column in enumerate(written):
        found = _FIELD.match(column.lower())
        if found and found.group("kind") in ("id", "start_id", "end_id") and found.group("space"):
            spaces[at] = column[column.rindex("(") + 1 : -1]
    return spaces


def qualify_ids(nodes: list[tuple[Table, dict[int, str]]], edges: list[tuple[Table, dict[int, str]]]) -> None:
    """Tell apart, in place, nodes of different id spaces that share an id, as Neo4j does: when two
    spaces share one, every id of a space is written ``Space:id`` (``Person:1`` and ``Movie:1``) in the
    node files and wherever an edge names it in that space. When none is shared, ids stay as written.

    Examples
    --------
    >>> people = Table("people.csv", columns=["id:id(person)", "name"], rows=[(2, ["1", "Keanu"])])
    >>> movies = Table("movies.csv", columns=["id:id(movie)", "title"], rows=[(2, ["1", "The Matrix"])])
    >>> roles = Table("roles.csv", columns=[":start_id(person)", ":end_id(movie)"], rows=[(2, ["1", "1"])])
    >>> qualify_ids([(people, {0: "Person"}), (movies, {0: "Movie"})], [(roles, {0: "Person", 1: "Movie"})])
    >>> people.rows[0][1][0], movies.rows[0][1][0], roles.rows[0][1]
    ('Person:1', 'Movie:1', ['Person:1', 'Movie:1'])
    """
    seen: dict[str, set[str]] = {}
    for table, spaces in nodes:
        for _, cells in table.rows:
            for at, space in spaces.items():
                if at < len(cells):
                    seen.setdefault(cells[at].strip(), set()).add(space)
    shared = {value for value, found in seen.items() if len(found) > 1}
    if not shared:
        return
    for table, spaces in [*nodes, *edges]:
        rows = [(line, _qualified(cells, spaces)) for line, cells in table.rows]
        table.replace(table.columns, rows)


def _qualified(cells: list[str], spaces: dict[int, str]) -> list[str]:
    cells = list(cells)
    for at, space in spaces.items():
        if at < len(cells) and cells[at].strip():
            cells[at] = f"{space}:{cells[at].strip()}"
    return cells


def is_neo4j_edges(table: Table) -> bool:
    """True for a relationship file: a ``:START_ID`` and an ``:END_ID`` column."""
    kinds = {_kind(c)[1] for c in table.columns}
    return {"start_id", "end_id"} <= kinds


def is_neo4j_nodes(table: Table) -> bool:
    """True for a node file: a column of type ``ID``."""
    return any(_kind(c)[1] == "id" for c in table.columns)


def neo4j_edges(table: Table, ends: bool = True) -> None:
    """Rename the columns of a relationship file as ours, in place (all but its ends when ``ends``
    is false: the user named them)."""
    roles = {"start_id": "source", "end_id": "target", "type": "relation"} if ends else {"type": "relation"}
    table.columns = [c if _kind(c)[1] in ("start_id", "end_id") and not ends else r for c, r in
                     zip(table.columns, _renamed(table.columns, roles), strict=True)]  # fmt: skip


def neo4j_nodes(table: Table) -> None:
    """Rename the columns of a node file as ours, in place: the ``ID`` column as ``id``, ``:LABEL``
    as ``category`` (its first label), ``name`` or ``title`` as ``label``."""
    columns = _renamed(table.columns, {"id": "id", "label": "category"})
    if "label" not in columns:
        for name in ("name", "title"):
            if name in columns:
                columns[columns.index(name)] = "label"
                break
    table.columns = columns
    if "category" in columns:
        at = columns.index("category")
        table.replace(columns, [(line, _first_label(cells, at)) for line, cells in table.rows])


def _first_label(cells: list[str], at: int) -> list[str]:
    cells = list(cells)
    cells[at] = cells[at].split(";")[0].strip()
    return cells


def _renamed(columns: list[str], roles: dict[str, str]) -> list[str]:
    out = []
    for column in columns:
        name, kind = _kind(column)
        role = roles.get(kind) if not name or kind == "id" else None
        out.append(role or name or column)
    return out


def csv_files(folder: Path) -> list[Path]:
    """The ``.csv`` files in ``folder``, by name."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file())
    except OSError:
        return []


def _header(path: Path) -> str:
    try:
        with open(path, "rb") as file:
            return file.readline(65536).decode("utf-8", "ignore").lower()
    except OSError:
        return ""


def is_neo4j_folder(folder: Path) -> bool:
    """True for a folder without ``edges.csv`` holding a Neo4j relationship file (``:START_ID``)."""
    files = csv_files(folder)
    return not any(p.name.lower() == "edges.csv" for p in files) and any(":start_id" in _header(p) for p in files)
