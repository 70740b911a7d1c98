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

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..collector import gc_paused
from ..errors import DataError, Problem, warn_data
from . import vocabulary as vocab
from .checks import Checks
from .columns import GraphColumns, NodeAttrs
from .csvfile import Table, read_table
from .direction import direction_column, settle_direction
from .edges import EdgeColumns, add_edges, check_edges
from .folder import DATA_FILES, PathLike, file_names, locate_files
from .kgxfiles import is_kgx_edges, is_kgx_nodes, kgx_edges, kgx_missing_nodes, kgx_nodes
from .lookalike import lookalike_warning
from .neo4jfiles import is_neo4j_edges, is_neo4j_nodes, neo4j_edges, neo4j_nodes
from .nodes import add_nodes, default_node, node_attrs
from .title import data_title

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np

__all__ = ["csv_graph", "csv_columns", "csv_validation", "Validation"]

#: Names the required columns go by, English first, then Dutch (and KGX's subject and object).
_EDGE_ALIASES: dict[str, tuple[str, ...]] = {
    "source": ("source", "from", "src", "bron", "van", "subject"),
    "target": ("target", "to", "dst", "doel", "naar", "object"),
}
_NODE_ALIASES: dict[str, tuple[str, ...]] = {"id": ("id", "node", "node_id", "knoop", "knooppunt")}
#: Other names, mostly Dutch, of the optional columns: a header cell by one of these names is read
#: as the column (when the file has no column by the name itself).
OPTIONAL_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "edges": {
        "relation": ("relatie", "verband"),
        "weight": ("gewicht",),
        "evidence": ("bewijs", "onderbouwing"),
        "sign": ("teken",),
        "section": ("sectie", "paragraaf", "hoofdstuk"),
        "source_doc": ("brondocument", "document"),
        "directed": ("gericht",),
    },
    "nodes": {
        "label": ("naam",),
        "category": ("categorie", "soort"),
        "description": ("beschrijving", "omschrijving"),
        "synonyms": ("synoniemen",),
    },
}


@dataclass
class Validation:
    """What :func:`graph.validate` found: the problems, or the size of a sound graph, and
    ``notes`` worth knowing about sound data (relation words of no known sign)."""

    problems: list[Problem] = field(default_factory=list)
    nodes: int = 0
    edges: int = 0
    notes: list[str] = field(default_factory=list)

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
    directed: bool = True,
    *,
    tables: Mapping[str, Table | None] | None = None,
) -> tuple[nx.MultiDiGraph | nx.MultiGraph, list[Problem]]:
    """The graph the files make, row by row, and every problem found on the way.

    ``data`` is a folder (default: :func:`~graph.read.folder.default_data_dir`),
    or ``edges`` an edge list with an optional ``nodes`` file; ``source_col``
    and ``target_col`` name the edge list's end columns when they are not the
    usual ones; ``directed=False`` makes edges undirected where the data does not
    say (see :mod:`graph.read.direction`). The graph holds what could be read even
    when there are problems. ``tables`` gives the ``edges`` (and ``nodes``) tables
    already read from a file of another format (an edge list without a header,
    KGX JSON): they then go through the same checks, and no file is read.
    """
    with gc_paused():
        found = _read(data, edges, nodes, source_col, target_col, directed, tables)
        return _graph(found), found.problems


def csv_columns(
    data: PathLike | None = None,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
    directed: bool = True,
    *,
    tables: Mapping[str, Table | None] | None = None,
    start: Callable[[tuple[np.ndarray, np.ndarray], int], Any] | None = None,
) -> tuple[GraphColumns, list[Problem]]:
    """:func:`csv_graph` as the table form a page is made from.

    Read a column at a time when no row has a problem (the same nodes, edges,
    attributes and order as the graph, in much less time and memory); otherwise
    row by row, so that every problem is found with its line. ``start``: see
    :func:`graph.formats.loading.load_for_page`.
    """
    with gc_paused():
        found = _read(data, edges, nodes, source_col, target_col, directed, tables)
        table = None if found.problems else _by_column(found, start)
        if table is None:
            table = GraphColumns.from_networkx(_graph(found))
        return table, found.problems


def csv_validation(
    data: PathLike | None = None,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
    directed: bool = True,
    *,
    tables: Mapping[str, Table | None] | None = None,
) -> Validation:
    """The problems :func:`csv_graph` finds, and the size of the graph (read by column
    when no row has a problem: no graph is needed to count)."""
    with gc_paused():
        found = _read(data, edges, nodes, source_col, target_col, directed, tables)
        table = None if found.problems else _by_column(found)
        G = table if table is not None else _graph(found)
        return Validation(found.problems, G.number_of_nodes(), G.number_of_edges(), _notes(found))


def _notes(found: _Found) -> list[str]:
    """What is worth knowing about sound data: relation words of no known sign (without relations.csv)."""
    checks = found.checks
    if checks.strict["relations"] or found.signed:
        return []
    unknown = [r for r in checks.relations if r != vocab.DEFAULT_RELATION and vocab.builtin_sign(r) is None]
    if not unknown:
        return []
    return [
        f"note: {_count(len(unknown), 'relation')} without a known sign (drawn grey, net effect unclear): "
        f"{vocab.listed(unknown)}; give each a sign in a relations.csv (columns relation, sign)"
    ]


@dataclass
class _Found:
    """The tables read, their checks (holding the vocabularies), and the problems so far."""

    node_table: Table | None
    edge_table: Table | None
    checks: Checks
    title: dict[str, str]
    directed: bool = True
    direction_column: str | None = None
    signed: bool = False  # the edge list has a sign column of its own

    def all_directed(self) -> bool:
        """True when every edge is surely directed (no column, relation or default says otherwise)."""
        relations = self.checks.relations.values()
        return self.directed and self.direction_column is None and all(r.get("directed", True) for r in relations)

    @property
    def problems(self) -> list[Problem]:
        return self.checks.problems

    def vocabularies(self) -> dict[str, Any]:
        checks = self.checks
        return {
            "relations": checks.relations,
            "sources": checks.sources,
            "categories": checks.categories,
            **self.title,
        }


def _read(
    data: PathLike | None,
    edges: PathLike | None,
    nodes: PathLike | None,
    source_col: str | None,
    target_col: str | None,
    directed: bool = True,
    given: Mapping[str, Table | None] | None = None,
) -> _Found:
    title: dict[str, str] = {}
    if given is not None:
        problems: list[Problem] = []
        tables: dict[str, Table | None] = {kind: given.get(kind) for kind in DATA_FILES}
    else:
        files, problems = locate_files(data, edges, nodes)
        if edges is None and files["edges"] is not None:  # a data folder: the title in its graph.csv
            folder = files["edges"].parent
            title, more = data_title(folder, file_names(folder))
            problems += more
        tables = _read_tables(files, problems)
    relations, sources, categories = _vocabularies(tables, problems)
    node_table, edge_table = tables["nodes"], tables["edges"]
    if edge_table is not None and is_neo4j_edges(edge_table):
        neo4j_edges(edge_table, ends=not source_col and not target_col)
        if node_table is not None and is_neo4j_nodes(node_table):
            neo4j_nodes(node_table)
    if edge_table is not None and not source_col and not target_col and is_kgx_edges(edge_table):
        kgx_edges(edge_table, problems)
        if node_table is not None and is_kgx_nodes(node_table):
            kgx_nodes(node_table, problems)
            kgx_missing_nodes(node_table, edge_table)
    if edge_table is not None:
        _rename(edge_table, {"source": source_col, "target": target_col}, _EDGE_ALIASES, problems)
        _rename_optional(edge_table, OPTIONAL_ALIASES["edges"])
    if node_table is not None:
        _rename(node_table, {"id": None}, _NODE_ALIASES, problems)
        _rename_optional(node_table, OPTIONAL_ALIASES["nodes"])
    column = direction_column(edge_table, problems) if edge_table is not None else None
    checks = Checks(problems, relations, sources, categories, tables)
    signed = edge_table is not None and "sign" in edge_table.columns
    return _Found(node_table, edge_table, checks, title, directed, column, signed)


def _graph(found: _Found) -> nx.MultiDiGraph | nx.MultiGraph:
    """The graph of ``found``, row by row, every problem noted."""
    import networkx as nx

    G = nx.MultiDiGraph()
    checks = found.checks
    nodes_from_edges = add_nodes(G, found.node_table, checks)
    add_edges(G, found.edge_table, checks, create_nodes=nodes_from_edges)
    checks.complete_categories(category for _, category in G.nodes(data="category"))
    G.graph.update(found.vocabularies())
    _warn_lookalikes(G, found)
    if found.all_directed():
        return G
    return settle_direction(G, found.direction_column, checks.relations, found.directed)


def _by_column(
    found: _Found, start: Callable[[tuple[np.ndarray, np.ndarray], int], Any] | None = None
) -> GraphColumns | None:
    """The table :func:`_graph` would build, by column, or ``None`` when a row has a
    problem (the row by row loop then reports it). ``start``, when given, is called with the
    edges' ends and the number of nodes as soon as they are known, when the edges alone make the
    nodes (each of the default category) and their ends are numbered by column; what it returns
    is the table's ``started``."""
    node_table, edge_table, checks = found.node_table, found.edge_table, found.checks
    if edge_table is None or edge_table.index("source") is None or edge_table.index("target") is None:
        return None
    if not found.all_directed():  # undirected edges: the graph (and its edge order) decides
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
    checked = check_edges(edge_table, EdgeColumns(edge_table), checks, dict.fromkeys(ids), create)
    if checked is None:
        return None
    edges, new = checked
    started = None
    if start is not None and node_table is None and edges.at is not None:
        started = start(edges.at, len(new))  # the rest (the checks of look-alike ids) goes on meanwhile
    table = GraphColumns(ids + new, NodeAttrs(attrs, new, default_node), edges, started=started)
    checks.complete_categories([a["category"] for a in attrs] + [default_node("")["category"]] * bool(new))
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
            graph_kind = _graph_file_kind(path)
            if graph_kind is not None:
                problems.append(
                    Problem(
                        str(path),
                        0,
                        None,
                        f"this is a {graph_kind} file: use --data {path} (data= in Python)",
                        f"a CSV {kind[:-1]} list here",
                    )
                )
                continue
            table, found = read_table(path, shared=shared)
            _skip_index_column(table)
            tables[kind] = table
            problems += found
    return tables


#: What a graph file starts with, by format (after any spaces and a BOM).
_GRAPH_STARTS = (("<graphml", "GraphML"), ("<gexf", "GEXF"))


def _graph_file_kind(path: Path) -> str | None:
    """``"GraphML"``, ``"GEXF"`` or ``"JSON"`` for a graph file given where a CSV file goes, else ``None``."""
    if not path.is_file():  # a FIFO or a device is not opened here (it might never answer): reading it says why
        return None
    try:
        with open(path, "rb") as file:
            head = file.read(4096).decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")
    except OSError:
        return None  # reading it says what is wrong
    if head.startswith("<?xml") or head.startswith("<"):
        for start, kind in _GRAPH_STARTS:
            if start in head:
                return kind
        return None
    suffix = path.suffix.lower()
    if head.startswith(("{", "[")) and suffix == ".json":
        return "JSON"
    return {".graphml": "GraphML", ".gexf": "GEXF"}.get(suffix)


def _skip_index_column(table: Table) -> None:
    """Drop the first column of a file whose first header cell alone is empty (pandas' ``to_csv()``
    writes its index so), with a note."""
    if len(table.columns) > 2 and not table.columns[0] and all(table.columns[1:]):
        table.replace(table.columns[1:], [(line, cells[1:]) for line, cells in table.rows])
        table.written = table.written[1:]
        warn_data(f"{table.name}: its first column has no name (an index, as pandas' to_csv() writes it); skipped")


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


def _rename_optional(table: Table, aliases: dict[str, tuple[str, ...]]) -> None:
    """Give optional columns known by another name (``gewicht``, ``relatie`` ...) their own name."""
    for canonical, names in aliases.items():
        if canonical in table.columns:
            continue
        present = next((n for n in names if n in table.columns), None)
        if present is not None:
            table.columns[table.columns.index(present)] = canonical


def _one_column(table: Table, chosen: dict[str, str | None]) -> bool:
    """True for an edge file of one column that names neither end as asked (nor ``source|target``,
    a delimiter not recognised): no column option can help it."""
    if len(table.columns) != 1 or any(chosen.values()):
        return False
    return "found only" not in str(vocab.missing_column(table, _EDGE_ALIASES["source"]).expected)


def _rename(
    table: Table, chosen: dict[str, str | None], aliases: dict[str, tuple[str, ...]], problems: list[Problem]
) -> None:
    """Give the required columns their canonical names, or report them missing."""
    if not table.columns:
        return
    if "source" in chosen and _one_column(table, chosen):
        column = (getattr(table, "written", None) or table.columns)[0]
        expected = "two columns at least, a source and a target (one edge a line)"
        problems.append(Problem(table.name, 1, None, f"has one column only ('{column}')", expected))
        return
    for canonical, explicit in chosen.items():
        names = (explicit.strip().lower(),) if explicit else aliases[canonical]
        present = next((n for n in names if n in table.columns), None)
        if present is None:
            problem = vocab.missing_column(table, names, named_by_user=bool(explicit))
            if canonical in ("source", "target") and not explicit and "found only" not in str(problem.expected):
                problem = Problem(
                    problem.file,
                    problem.line,
                    problem.column,
                    problem.message,
                    str(problem.expected) + "; or name the file's columns with --source-col and --target-col "
                    "(source_col= and target_col= in Python)",
                )
            problems.append(problem)
        elif present != canonical:
            if canonical in table.columns:
                table.columns[table.columns.index(canonical)] = f"{canonical}_column"
            table.columns[table.columns.index(present)] = canonical
