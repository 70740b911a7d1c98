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

__all__ = ["is_neo4j_edges", "is_neo4j_nodes", "neo4j_edges", "neo4j_nodes", "is_neo4j_folder", "csv_files"]

_FIELD = re.compile(r"^(?P<name>[^:]*):(?P<kind>[a-z_]+)(\[\])?(\((?P<space>[^)]*)\))?$")


def _kind(column: str) -> tuple[str, str]:
    """The name and the Neo4j type of a header cell (``personid:id(person)`` gives ``('personid', 'id')``)."""
    found = _FIELD.match(column)
    return (found.group("name"), found.group("kind")) if found else (column, "")


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
