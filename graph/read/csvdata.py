"""Read a data folder, or an edge list with an optional node file, of CSV files.

:func:`csv_graph` gives the networkx graph; :func:`csv_columns` the same data
set as :class:`~graph.read.columns.GraphColumns`, the table form a page is made
from, read a column at a time when no row has a problem. Both return every
problem found, each naming file, line and column; :mod:`graph.formats.loading`
turns them into :func:`graph.load` and :func:`graph.validate`.

Examples
--------
>>> G, problems = csv_graph()
>>> type(G).__name__, problems
('MultiDiGraph', [])
>>> table, problems = csv_columns()
>>> table.number_of_nodes() == G.number_of_nodes(), table.number_of_edges() == G.number_of_edges()
(True, True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..collector import gc_paused
from ..errors import DataError, Problem, warn_data
from . import vocabulary as vocab
from .checks import Checks
from .columns import GraphColumns
from .csvfile import Table, read_table
from .edges import EdgeColumns, add_edges, check_edges
from .folder import PathLike, locate_files
from .lookalike import lookalike_warning
from .nodes import add_nodes, default_node, node_attrs

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["csv_graph", "csv_columns", "csv_validation", "Validation"]

_EDGE_ALIASES: dict[str, tuple[str, ...]] = {"source": ("source", "from", "src"), "target": ("target", "to", "dst")}
_NODE_ALIASES: dict[str, tuple[str, ...]] = {"id": ("id", "node", "node_id")}


@dataclass
class Validation:
    """What :func:`graph.validate` found: the problems, or the size of a sound graph."""

    problems: list[Problem] = field(default_factory=list)
    nodes: int = 0
    edges: int = 0

    @property
    def ok(self) -> bool:
        """True when there are no problems."""
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return f"ok: {_count(self.nodes, 'node')}, {_count(self.edges, 'edge')}"
        return str(DataError(self.problems))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def csv_graph(
    data: PathLike | None = None,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
) -> tuple[nx.MultiDiGraph, list[Problem]]:
    """The graph the files make, row by row, and every problem found on the way.

    ``data`` is a folder (default: :func:`~graph.read.folder.default_data_dir`),
    or ``edges`` an edge list with an optional ``nodes`` file; ``source_col``
    and ``target_col`` name the edge list's end columns when they are not the
    usual ones. The graph holds what could be read even when there are problems.
    """
    with gc_paused():
        found = _read(data, edges, nodes, source_col, target_col)
        return _graph(found), found.problems


def csv_columns(
    data: PathLike | None = None,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
) -> tuple[GraphColumns, list[Problem]]:
    """:func:`csv_graph` as the table form a page is made from.

    Read a column at a time when no row has a problem (the same nodes, edges,
    attributes and order as the graph, in much less time and memory); otherwise
    row by row, so that every problem is found with its line.
    """
    with gc_paused():
        found = _read(data, edges, nodes, source_col, target_col)
        table = None if found.problems else _by_column(found)
        if table is None:
            table = GraphColumns.from_networkx(_graph(found))
        return table, found.problems


def csv_validation(
    data: PathLike | None = None,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
) -> Validation:
    """The problems :func:`csv_graph` finds, and the size of the graph (read by column
    when no row has a problem: no graph is needed to count)."""
    with gc_paused():
        found = _read(data, edges, nodes, source_col, target_col)
        table = None if found.problems else _by_column(found)
        G = table if table is not None else _graph(found)
        return Validation(found.problems, G.number_of_nodes(), G.number_of_edges())


@dataclass
class _Found:
    """The tables read, their checks (holding the vocabularies), and the problems so far."""

    node_table: Table | None
    edge_table: Table | None
    checks: Checks

    @property
    def problems(self) -> list[Problem]:
        return self.checks.problems

    def vocabularies(self) -> dict[str, dict[str, Any]]:
        checks = self.checks
        return {"relations": checks.relations, "sources": checks.sources, "categories": checks.categories}


def _read(
    data: PathLike | None,
    edges: PathLike | None,
    nodes: PathLike | None,
    source_col: str | None,
    target_col: str | None,
) -> _Found:
    files, problems = locate_files(data, edges, nodes)
    tables = _read_tables(files, problems)
    relations, sources, categories = _vocabularies(tables, problems)
    node_table, edge_table = tables["nodes"], tables["edges"]
    if edge_table is not None:
        _rename(edge_table, {"source": source_col, "target": target_col}, _EDGE_ALIASES, problems)
    if node_table is not None:
        _rename(node_table, {"id": None}, _NODE_ALIASES, problems)
    return _Found(node_table, edge_table, Checks(problems, relations, sources, categories, tables))


def _graph(found: _Found) -> nx.MultiDiGraph:
    """The graph of ``found``, row by row, every problem noted."""
    import networkx as nx

    G = nx.MultiDiGraph()
    checks = found.checks
    nodes_from_edges = add_nodes(G, found.node_table, checks)
    add_edges(G, found.edge_table, checks, create_nodes=nodes_from_edges)
    checks.complete_categories(category for _, category in G.nodes(data="category"))
    G.graph.update(found.vocabularies())
    _warn_lookalikes(G, found)
    return G


def _by_column(found: _Found) -> GraphColumns | None:
    """The table :func:`_graph` would build, by column, or ``None`` when a row has a
    problem (the row by row loop then reports it)."""
    node_table, edge_table, checks = found.node_table, found.edge_table, found.checks
    if edge_table is None or edge_table.index("source") is None or edge_table.index("target") is None:
        return None
    ids: list[str] = []
    attrs: list[dict[str, Any]] = []
    create = node_table is None or node_table.index("id") is None
    if node_table is not None and not create:
        if not len(node_table):
            return None
        columns = node_table.columns
        for _, cells in node_table.rows:
            record = dict(zip(columns, cells, strict=True))
            ids.append(record.pop("id"))
            attrs.append(node_attrs(ids[-1], record))
        categories = {a["category"] for a in attrs}
        if (
            "" in ids
            or len(set(ids)) != len(ids)
            or (checks.strict["categories"] and categories - checks.categories.keys())
        ):
            return None
    checked = check_edges(edge_table, EdgeColumns(edge_table), checks, set(ids), create)
    if checked is None:
        return None
    edges, new = checked
    table = GraphColumns(ids + new, attrs + [default_node(node) for node in new], edges)
    checks.complete_categories(attrs["category"] for attrs in table.node_attrs)
    table.graph.update(found.vocabularies())
    edge_table.clear()
    _warn_lookalikes(table.nodes, found)
    return table


def _warn_lookalikes(ids: Any, found: _Found) -> None:
    """Warn of ids that differ only in case, Unicode form or invisible characters."""
    table = found.node_table if found.node_table is not None else found.edge_table
    message = lookalike_warning(list(ids), table.name if table is not None else "the data")
    if message:
        warn_data(message)


def _read_tables(files: dict[str, Path | None], problems: list[Problem]) -> dict[str, Table | None]:
    tables: dict[str, Table | None] = {}
    shared: dict[str, str] = {}  # one object for each value met in any of the files
    for kind, path in files.items():
        tables[kind] = None
        if path is not None:
            table, found = read_table(path, shared=shared)
            tables[kind] = table
            problems += found
    return tables


def _vocabularies(tables: dict[str, Table | None], problems: list[Problem]) -> tuple[dict, dict, dict]:
    readers = {
        "relations": vocab.read_relations,
        "sources": vocab.read_sources,
        "categories": vocab.read_categories,
    }
    found: dict[str, dict] = {}
    for kind, reader in readers.items():
        table = tables[kind]
        entries: dict = {}
        if table is not None:
            entries, more = reader(table)
            problems += more
        found[kind] = entries
    return found["relations"], found["sources"], found["categories"]


def _rename(
    table: Table, chosen: dict[str, str | None], aliases: dict[str, tuple[str, ...]], problems: list[Problem]
) -> None:
    """Give the required columns their canonical names, or report them missing."""
    if not table.columns:
        return
    for canonical, explicit in chosen.items():
        names = (explicit.strip().lower(),) if explicit else aliases[canonical]
        present = next((n for n in names if n in table.columns), None)
        if present is None:
            problems.append(vocab.missing_column(table, names, named_by_user=bool(explicit)))
        elif present != canonical:
            if canonical in table.columns:
                table.columns[table.columns.index(canonical)] = f"{canonical}_column"
            table.columns[table.columns.index(present)] = canonical
