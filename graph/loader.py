"""Load CSV files into a :class:`networkx.MultiDiGraph`, checking them on the way.

A data folder holds ``edges.csv`` (required) and, optionally, ``nodes.csv``,
``relations.csv``, ``sources.csv`` and ``categories.csv``; a lone edge list,
with or without a node file, works too. Only ``source`` and ``target`` (edges)
and ``id`` (nodes) are required; every other column has a default, and
columns beyond the known ones are kept as attributes.

All problems are found in one pass and raised together as a
:class:`~graph.errors.DataError`, each naming file, line and column.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> type(G).__name__
'MultiDiGraph'
>>> G.nodes["magnesium"]["label_nl"]
'Magnesium'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from . import vocabulary as vocab
from .csvfile import Table, read_table
from .errors import MAX_REPORTED, DataError, Problem
from .suggest import did_you_mean

__all__ = ["load", "validate", "Validation", "default_data_dir", "DATA_FILES"]

#: The files of a data folder; only ``edges`` is required.
DATA_FILES = {
    "relations": "relations.csv",
    "sources": "sources.csv",
    "categories": "categories.csv",
    "nodes": "nodes.csv",
    "edges": "edges.csv",
}
_EDGE_ALIASES: dict[str, tuple[str, ...]] = {"source": ("source", "from", "src"), "target": ("target", "to", "dst")}
_NODE_ALIASES: dict[str, tuple[str, ...]] = {"id": ("id", "node", "node_id")}

PathLike = str | Path


@dataclass
class Validation:
    """What :func:`validate` found: the problems, or the size of a sound graph."""

    problems: list[Problem] = field(default_factory=list)
    nodes: int = 0
    edges: int = 0

    @property
    def ok(self) -> bool:
        """True when there are no problems."""
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            nodes, edges = ("node" if self.nodes == 1 else "nodes"), ("edge" if self.edges == 1 else "edges")
            return f"ok: {self.nodes} {nodes}, {self.edges} {edges}"
        return str(DataError(self.problems))


def default_data_dir() -> Path:
    """The data folder used when none is given.

    ``data/`` in the current directory when it holds an ``edges.csv``,
    otherwise the magnesium data set installed with the package.
    """
    local = Path("data")
    if (local / DATA_FILES["edges"]).is_file():
        return local
    here = Path(__file__).resolve().parent
    for candidate in (here / "magnesium", here.parent / "data"):
        if (candidate / DATA_FILES["edges"]).is_file():
            return candidate
    return local


def load(
    data: PathLike | None = None,
    *,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
) -> nx.MultiDiGraph:
    """Load a data folder, or an edge list with an optional node file, as a graph.

    Parameters
    ----------
    data : str or Path, optional
        A folder with ``edges.csv`` and optionally ``nodes.csv``,
        ``relations.csv``, ``sources.csv``, ``categories.csv``. Defaults to
        :func:`default_data_dir`. Not to be combined with ``edges``. A
        ``.graphml``, ``.gexf`` or ``.json`` file is read with
        :func:`graph.read_graph` instead.
    edges : str or Path, optional
        A lone edge list (columns ``source`` and ``target``, or ``from`` and ``to``).
    nodes : str or Path, optional
        A node file for ``edges`` (column ``id``).
    source_col, target_col : str, optional
        The edge list's column names for source and target, if not the usual ones.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes with ``label``, ``label_nl``, ``category``, ``description`` and
        ``synonyms`` (a list); edges with ``relation``, ``sign``, ``evidence``,
        ``source_doc`` and ``section``; ``G.graph`` holds ``relations``,
        ``sources`` and ``categories`` as dicts by id.

    Raises
    ------
    DataError
        Listing every problem found, each with file, line and column.

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> G.graph["relations"]["activates"]["sign"]
    1
    """
    if edges is None and nodes is None and _is_graph_file(data):
        return _read_graph_file(data)
    G, problems = _read(data, edges, nodes, source_col, target_col)
    if problems:
        raise DataError(problems)
    return G


def validate(
    data: PathLike | None = None,
    *,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
) -> Validation:
    """Check the files :func:`load` would read and report every problem.

    Takes the same arguments as :func:`load`; never raises for bad data.

    Examples
    --------
    >>> import graph
    >>> report = graph.validate()
    >>> report.ok, str(report).startswith("ok: ")
    (True, True)
    """
    if edges is None and nodes is None and _is_graph_file(data):
        try:
            G = _read_graph_file(data)
        except DataError as err:
            return Validation(err.problems)
        return Validation([], G.number_of_nodes(), G.number_of_edges())
    G, problems = _read(data, edges, nodes, source_col, target_col)
    return Validation(problems, G.number_of_nodes(), G.number_of_edges())


# ---------------------------------------------------------------- graph files (GraphML, GEXF, JSON)


def _is_graph_file(data: PathLike | None) -> bool:
    from .exchange import is_graph_file

    return is_graph_file(data)


def _read_graph_file(data: PathLike | None) -> nx.MultiDiGraph:
    from .exchange import read_graph

    return read_graph(Path(str(data)))


def _read(
    data: PathLike | None,
    edges: PathLike | None,
    nodes: PathLike | None,
    source_col: str | None,
    target_col: str | None,
) -> tuple[nx.MultiDiGraph, list[Problem]]:
    files, problems = _locate(data, edges, nodes)
    tables: dict[str, Table | None] = {}
    for kind, path in files.items():
        tables[kind] = None
        if path is not None:
            table, found = read_table(path)
            tables[kind] = table
            problems += found
    relations, sources, categories = _vocabularies(tables, problems)
    node_table, edge_table = tables["nodes"], tables["edges"]
    if edge_table is not None:
        _rename(edge_table, {"source": source_col, "target": target_col}, _EDGE_ALIASES, problems)
    if node_table is not None:
        _rename(node_table, {"id": None}, _NODE_ALIASES, problems)
    G = nx.MultiDiGraph()
    checks = _Checks(problems, relations, sources, categories, tables)
    _add_nodes(G, node_table, checks)
    _add_edges(G, edge_table, checks, create_nodes=node_table is None)
    checks.complete_categories(G)
    G.graph.update(relations=relations, sources=sources, categories=categories)
    return G, problems


def _locate(
    data: PathLike | None, edges: PathLike | None, nodes: PathLike | None
) -> tuple[dict[str, Path | None], list[Problem]]:
    """The file for each kind (``None`` when absent) and problems finding them."""
    if data is not None and (edges is not None or nodes is not None):
        raise ValueError("give either a data folder or an edge list (with a node file), not both")
    files: dict[str, Path | None] = dict.fromkeys(DATA_FILES)
    if edges is not None:
        files["edges"] = Path(edges)
        files["nodes"] = Path(nodes) if nodes is not None else None
        return files, []
    if nodes is not None:
        raise ValueError("a node file needs an edge list: pass edges= as well")
    folder = Path(data) if data is not None else default_data_dir()
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "folder not found"
        return files, [Problem(str(folder), 0, None, what, f"a folder holding {DATA_FILES['edges']}")]
    for kind, name in DATA_FILES.items():
        path = folder / name
        if kind == "edges" or path.exists():
            files[kind] = path
    return files, []


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
            wanted = (
                f"a column named '{names[0]}'" if explicit else "a column named " + " or ".join(f"'{n}'" for n in names)
            )
            problems.append(
                Problem(
                    table.name, 1, names[0], "missing from the header", f"{wanted} (found: {', '.join(table.columns)})"
                )
            )
        elif present != canonical:
            if canonical in table.columns:
                table.columns[table.columns.index(canonical)] = f"{canonical}_column"
            table.columns[table.columns.index(present)] = canonical


class _Checks:
    """Row-level checks against the vocabularies, with a cap on suggestion work."""

    def __init__(
        self, problems: list[Problem], relations: dict, sources: dict, categories: dict, tables: dict[str, Table | None]
    ):
        self.problems = problems
        self.relations, self.sources, self.categories = relations, sources, categories
        self.strict = {kind: tables[kind] is not None for kind in ("relations", "sources", "categories")}
        self.names = {kind: (t.name if t is not None else DATA_FILES[kind]) for kind, t in tables.items()}

    def add(
        self,
        file: str,
        line: int,
        column: str | None,
        message: str,
        expected: str,
        value: str = "",
        candidates: Any = (),
    ) -> None:
        hint = did_you_mean(value, candidates) if value and len(self.problems) < 2 * MAX_REPORTED else ""
        self.problems.append(Problem(file, line, column, message, expected + hint))

    def known(self, kind: str, value: str, file: str, line: int, column: str) -> None:
        """Check ``value`` against the table of ``kind``, adding a default entry when there is none."""
        entries = getattr(self, kind)
        if value in entries:
            return
        if self.strict[kind]:
            singular = kind[:-1] if kind != "categories" else "category"
            self.add(
                file, line, column, f"unknown {singular} '{value}'", f"one listed in {self.names[kind]}", value, entries
            )
        elif kind == "relations":
            entries[value] = vocab.relation_entry(value)
        elif kind == "sources":
            entries[value] = vocab.source_entry(value)

    def complete_categories(self, G: nx.MultiDiGraph) -> None:
        for _, category in G.nodes(data="category"):
            if category not in self.categories:
                self.categories[category] = vocab.category_entry(category, len(self.categories))


def _add_nodes(G: nx.MultiDiGraph, table: Table | None, checks: _Checks) -> None:
    if table is None or table.index("id") is None:
        return
    columns = table.columns
    first_line: dict[str, int] = {}
    for line, cells in table.rows:
        record = dict(zip(columns, cells, strict=True))
        node = record.pop("id")
        if not node:
            checks.add(table.name, line, "id", "empty id", "a non-empty id for every node")
            continue
        if node in first_line:
            checks.add(
                table.name, line, "id", f"duplicate id '{node}'", f"each id once (first on line {first_line[node]})"
            )
            continue
        first_line[node] = line
        attrs = _node_attrs(node, record)
        checks.known("categories", attrs["category"], table.name, line, "category")
        G.add_node(node, **attrs)


def _node_attrs(node: str, record: dict[str, str]) -> dict[str, Any]:
    label = record.pop("label", "") or node
    attrs: dict[str, Any] = {
        "label": label,
        "label_nl": record.pop("label_nl", "") or label,
        "category": record.pop("category", "") or vocab.DEFAULT_CATEGORY,
        "description": record.pop("description", ""),
        "synonyms": [s.strip() for s in record.pop("synonyms", "").split("|") if s.strip()],
    }
    attrs.update(record)
    return attrs


def _default_node(node: str) -> dict[str, Any]:
    return _node_attrs(node, {})


def _add_edges(G: nx.MultiDiGraph, table: Table | None, checks: _Checks, create_nodes: bool) -> None:
    if table is None or table.index("source") is None or table.index("target") is None:
        return
    if not table.rows and table.columns:
        checks.add(table.name, 0, None, "no rows below the header", "at least one edge")
        return
    columns = table.columns
    has_sign = "sign" in columns
    for line, cells in table.rows:
        record = dict(zip(columns, cells, strict=True))
        ends = [record.pop("source"), record.pop("target")]
        ends_ok = _known_ends(G, ends, ("source", "target"), table.name, line, checks, create_nodes)
        attrs = _edge_attrs(record)
        checks.known("relations", attrs["relation"], table.name, line, "relation")
        if attrs["source_doc"]:
            checks.known("sources", attrs["source_doc"], table.name, line, "source_doc")
        if not ends_ok:
            continue
        relation = checks.relations.get(attrs["relation"])
        attrs["sign"] = relation["sign"] if relation else 0
        if has_sign and attrs.get("sign_text"):
            attrs["sign"] = vocab.parse_sign(attrs["sign_text"], table.name, line, checks.problems)
        attrs.pop("sign_text", None)
        G.add_edge(ends[0], ends[1], **attrs)


def _known_ends(
    G: nx.MultiDiGraph, ends: list[str], columns: tuple[str, str], file: str, line: int, checks: _Checks, create: bool
) -> bool:
    ok = True
    for node, column in zip(ends, columns, strict=True):
        if not node:
            checks.add(file, line, column, f"empty {column}", "a node id")
            ok = False
        elif node not in G:
            if create:
                G.add_node(node, **_default_node(node))
            else:
                checks.add(
                    file,
                    line,
                    column,
                    f"unknown node '{node}'",
                    f"an id listed in {checks.names['nodes']}",
                    node,
                    G.nodes,
                )
                ok = False
    return ok


def _edge_attrs(record: dict[str, str]) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "relation": record.pop("relation", "") or vocab.DEFAULT_RELATION,
        "evidence": record.pop("evidence", ""),
        "source_doc": record.pop("source_doc", ""),
        "section": record.pop("section", ""),
    }
    if "sign" in record:
        attrs["sign_text"] = record.pop("sign")
    attrs.update(record)
    return attrs
