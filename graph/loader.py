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

import os
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import vocabulary as vocab
from .collector import gc_paused
from .columns import CheckedEdges, GraphColumns
from .csvfile import Table, read_table
from .errors import MAX_REPORTED, DataError, Problem
from .numeric import parse_number
from .suggest import did_you_mean
from .title import data_title

if TYPE_CHECKING:  # networkx is imported where a graph is built: a page made by column needs none
    import networkx as nx

__all__ = ["load", "load_for_page", "validate", "is_graph_file", "Validation", "default_data_dir", "DATA_FILES"]

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
#: The suffixes of graph files, checked here so that reading a data folder needs neither the
#: exchange module nor networkx (``exchange.GRAPH_SUFFIXES`` maps them to their readers;
#: ``tests/test_package.py`` keeps the two equal).
_GRAPH_SUFFIXES = (".graphml", ".gexf", ".json")


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
            return f"ok: {_count(self.nodes, 'node')}, {_count(self.edges, 'edge')}"
        return str(DataError(self.problems))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def default_data_dir() -> Path:
    """The data folder used when none is given.

    ``data/`` in the current directory when it holds an ``edges.csv`` (in
    any case: ``Edges.csv`` too, as a data folder's files are found),
    otherwise the magnesium data set installed with the package.
    """
    local = Path("data")
    try:
        if local.is_dir() and DATA_FILES["edges"] in _file_names(local):
            return local
    except OSError:  # unreadable: say so when it is read
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
        ``source_doc`` and ``section``, and ``weight`` (a float) when the edge
        file has a ``weight`` column and the row a value in it; other columns
        are kept as text attributes. ``G.graph`` holds ``relations``,
        ``sources`` and ``categories`` as dicts by id, and for a data folder
        its title as ``name`` (and ``name_nl``) when its ``graph.csv``
        gives one (see :mod:`graph.title`).

    Raises
    ------
    DataError
        Listing every problem found, each with file, line and column.

    Warns
    -----
    DataWarning
        When a file had to be read as Windows-1252, or repeats its header.

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> G.graph["relations"]["activates"]["sign"]
    1
    """
    return cast("nx.MultiDiGraph", _load(data, edges, nodes, source_col, target_col, by_column=False))


def load_for_page(
    data: PathLike | None = None,
    *,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
) -> nx.MultiDiGraph | GraphColumns:
    """What :func:`load` reads, ready for :func:`graph.write_html`: the graph, or for a
    large graph its :class:`~graph.columns.GraphColumns`, which make the same page in
    about half the time and memory (``concept-graph build`` uses this).

    Takes the arguments of :func:`load` and raises what it raises.

    Examples
    --------
    >>> import graph
    >>> type(load_for_page()).__name__  # the magnesium graph is small
    'MultiDiGraph'
    """
    return _load(data, edges, nodes, source_col, target_col, by_column=True)


def _load(
    data: PathLike | None,
    edges: PathLike | None,
    nodes: PathLike | None,
    source_col: str | None,
    target_col: str | None,
    by_column: bool,
) -> nx.MultiDiGraph | GraphColumns:
    if edges is None and nodes is None and is_graph_file(data):
        return _read_graph_file(data)
    G, problems = _read(data, edges, nodes, source_col, target_col, by_column=by_column)
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
    if edges is None and nodes is None and is_graph_file(data):
        try:
            G = _read_graph_file(data)
        except DataError as err:
            return Validation(err.problems)
        return Validation([], G.number_of_nodes(), G.number_of_edges())
    G, problems = _read(data, edges, nodes, source_col, target_col, by_column=True)  # no graph needed to count
    return Validation(problems, G.number_of_nodes(), G.number_of_edges())


# ---------------------------------------------------------------- graph files (GraphML, GEXF, JSON)


def is_graph_file(path: PathLike | None) -> bool:
    """Whether ``path`` names a graph file :func:`graph.read_graph` reads (by suffix; it need not exist).

    Examples
    --------
    >>> is_graph_file("edited.graphml"), is_graph_file("data"), is_graph_file(None)
    (True, False, False)
    """
    if path is None:
        return False
    path = Path(path)
    return path.suffix.lower() in _GRAPH_SUFFIXES and not path.is_dir()


def _read_graph_file(data: PathLike | None) -> nx.MultiDiGraph:
    from .exchange import read_graph

    return read_graph(Path(str(data)))


def _read(
    data: PathLike | None,
    edges: PathLike | None,
    nodes: PathLike | None,
    source_col: str | None,
    target_col: str | None,
    by_column: bool = False,
) -> tuple[nx.MultiDiGraph | GraphColumns, list[Problem]]:
    """The graph, or with ``by_column`` its :class:`GraphColumns` when :func:`_columns` can
    make them, and the problems found."""
    files, problems = _locate(data, edges, nodes)
    title: dict[str, str] = {}
    if edges is None and files["edges"] is not None:  # a data folder: the title in its graph.csv
        folder = files["edges"].parent
        title, more = data_title(folder, _file_names(folder))
        problems += more
    with gc_paused():
        tables = _read_tables(files, problems)
        relations, sources, categories = _vocabularies(tables, problems)
        node_table, edge_table = tables["nodes"], tables["edges"]
        if edge_table is not None:
            _rename(edge_table, {"source": source_col, "target": target_col}, _EDGE_ALIASES, problems)
        if node_table is not None:
            _rename(node_table, {"id": None}, _NODE_ALIASES, problems)
        checks = _Checks(problems, relations, sources, categories, tables)
        found = _columns(node_table, edge_table, checks) if by_column and not problems else None
        if found is not None:
            found.graph.update(relations=relations, sources=sources, categories=categories, **title)
            return found, problems
        import networkx as nx

        G = nx.MultiDiGraph()
        nodes_from_edges = _add_nodes(G, node_table, checks)
        _add_edges(G, edge_table, checks, create_nodes=nodes_from_edges)
        checks.complete_categories(category for _, category in G.nodes(data="category"))
    G.graph.update(relations=relations, sources=sources, categories=categories, **title)
    return G, problems


def _columns(node_table: Table | None, edge_table: Table | None, checks: _Checks) -> GraphColumns | None:
    """The graph :func:`_add_nodes` and :func:`_add_edges` would build, by column, or
    ``None`` when a row has a problem or the graph is small (the careful layout of a small
    graph needs the networkx graph; it is quick to build)."""
    if edge_table is None or edge_table.index("source") is None or edge_table.index("target") is None:
        return None
    ids: list[str] = []
    attrs: list[dict[str, Any]] = []
    create = node_table is None or node_table.index("id") is None
    if not create:
        assert node_table is not None
        if not len(node_table):
            return None
        columns = node_table.columns
        for _, cells in node_table.rows:
            record = dict(zip(columns, cells, strict=True))
            ids.append(record.pop("id"))
            attrs.append(_node_attrs(ids[-1], record))
        categories = {a["category"] for a in attrs}
        if (
            "" in ids
            or len(set(ids)) != len(ids)
            or (checks.strict["categories"] and categories - checks.categories.keys())
        ):
            return None
    from .layout import MAX_COMPUTED

    if len(ids) + 2 * len(edge_table) <= MAX_COMPUTED:  # certainly small: do not even look
        return None
    found = _check_edges(edge_table, _EdgeColumns(edge_table), checks, set(ids), create)
    if found is None:
        return None
    edges, new = found
    if len(ids) + len(new) <= MAX_COMPUTED:
        return None  # the vocabularies may have new entries now: the graph gets the same ones
    columns_ = GraphColumns(ids + new, attrs + [_default_node(node) for node in new], edges)
    checks.complete_categories(attrs["category"] for attrs in columns_.node_attrs)
    edge_table.clear()
    return columns_


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
    holding = f"a folder holding {DATA_FILES['edges']}"
    if not folder.is_dir():
        if folder.exists():
            return files, [
                Problem(
                    str(folder),
                    0,
                    None,
                    "is a file, not a folder",
                    f"{holding} (read a lone edge list with --edges, or edges= in Python)",
                )
            ]
        return files, [Problem(str(folder), 0, None, "folder not found", holding)]
    try:
        present = _file_names(folder)
    except OSError as err:
        return files, [Problem(str(folder), 0, None, f"cannot be read ({err.strerror})", holding)]
    for kind, name in DATA_FILES.items():
        if name in present:
            files[kind] = folder / present[name]
    if files["edges"] is None:
        others = sorted(n for n in present.values() if n.lower().endswith(".csv"))
        found = f" (CSV files in it: {vocab.listed(others)})" if others else ""
        optional = ", ".join(DATA_FILES[k] for k in ("nodes", "relations", "sources", "categories"))
        problem = Problem(
            str(folder), 0, None, f"has no {DATA_FILES['edges']}{found}", f"{holding} (and optionally {optional})"
        )
        return files, [problem]
    return files, []


def _file_names(folder: Path) -> dict[str, str]:
    """The names in ``folder`` by their lower-case form (an exact match wins), so ``Edges.csv`` is found."""
    names = os.listdir(folder)
    found = {name.lower(): name for name in names}
    found.update({name: name for name in names if name in DATA_FILES.values()})
    return found


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


#: The key column of each vocabulary table.
_KEYS = {"relations": "relation", "sources": "id", "categories": "category"}


class _Checks:
    """Row-level checks against the vocabularies, with a cap on suggestion work."""

    def __init__(
        self, problems: list[Problem], relations: dict, sources: dict, categories: dict, tables: dict[str, Table | None]
    ):
        self.problems = problems
        self.relations, self.sources, self.categories = relations, sources, categories
        # Values must be listed only in a table that could be read; otherwise every row would repeat its problem.
        self.strict: dict[str, bool] = {}
        for kind, key in _KEYS.items():
            table = tables[kind]
            self.strict[kind] = table is not None and table.index(key) is not None
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

    def reported(self, table: Table) -> bool:
        """True when a problem with ``table`` (say, a quote never closed) is already reported."""
        return any(problem.file == table.name for problem in self.problems)

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

    def complete_categories(self, used: Iterable[str]) -> None:
        """Give each category in ``used`` (the nodes' categories, in node order) that no table
        describes its default entry."""
        for category in used:
            if category not in self.categories:
                self.categories[category] = vocab.category_entry(category, len(self.categories))


def _add_nodes(G: nx.MultiDiGraph, table: Table | None, checks: _Checks) -> bool:
    """Add the nodes of ``table``; True when the edges must make the nodes instead.

    That is so without a node file, and when the node file is unusable (its
    problem is reported once, rather than as an unknown node on every edge).
    """
    if table is None or table.index("id") is None:
        return True
    if not len(table):
        if not checks.reported(table):
            checks.add(
                table.name,
                0,
                None,
                "no rows below the header",
                "a row for each node (or no node file at all: the edges then make the nodes)",
            )
        return True
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
        G.add_nodes_from([(node, attrs)])  # not add_node(node, **attrs): a column may be named node_for_adding
    return False


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
    """The attributes of a node that only appears in edges (kept in step with :func:`_node_attrs`)."""
    return {"label": node, "label_nl": node, "category": vocab.DEFAULT_CATEGORY, "description": "", "synonyms": []}


#: Edge attributes every edge has, with their value when the file has no such column.
_EDGE_DEFAULTS = {"relation": vocab.DEFAULT_RELATION, "evidence": "", "source_doc": "", "section": ""}
#: Edge columns read into something other than a text attribute.
_EDGE_SPECIAL = ("source", "target", "sign", "weight")


class _EdgeColumns:
    """Where each edge attribute sits in a row of an edge table; builds each edge's attributes."""

    def __init__(self, table: Table):
        index = {column: i for i, column in enumerate(table.columns)}
        self.source, self.target = index["source"], index["target"]
        self.sign, self.weight = index.get("sign"), index.get("weight")
        kept = [(column, i) for column, i in index.items() if column not in _EDGE_SPECIAL]
        self.names = [column for column, _ in kept]
        self.positions = [i for _, i in kept]
        self.absent = {k: v for k, v in _EDGE_DEFAULTS.items() if k not in index}
        self.decimal_comma = table.delimiter != ","
        # A column named key, u_for_edge or v_for_edge must not reach add_edge as a keyword argument.
        self.weights: dict[str, float | None] = {}  # weights repeat: parse each text once

    def position(self, name: str) -> int | None:
        """Where the text attribute ``name`` sits in a row, or ``None`` when the file lacks it."""
        return self.positions[self.names.index(name)] if name in self.names else None

    def weight_of(self, text: str) -> float | None:
        """The weight written as ``text`` (each distinct text parsed once), or ``None``."""
        weight = self.weights.get(text)
        if weight is None:
            weight = self.weights[text] = parse_number(text, self.decimal_comma)
        return weight

    def attrs(self, cells: list[str]) -> dict[str, Any]:
        """The text attributes of the edge in ``cells``."""
        attrs: dict[str, Any] = dict(zip(self.names, map(cells.__getitem__, self.positions), strict=True))
        if self.absent:
            attrs.update(self.absent)
        if not attrs["relation"]:
            attrs["relation"] = vocab.DEFAULT_RELATION
        return attrs

    def numbers(self, cells: list[str], attrs: dict[str, Any], file: str, line: int, checks: _Checks) -> None:
        """Set ``sign`` (from the relation, or the row's own sign) and ``weight`` (a float) in ``attrs``."""
        relation = checks.relations.get(attrs["relation"])
        attrs["sign"] = relation["sign"] if relation else 0
        if self.sign is not None and cells[self.sign]:
            attrs["sign"] = vocab.parse_sign(cells[self.sign], file, line, checks.problems)
        if self.weight is not None and cells[self.weight]:
            text = cells[self.weight]
            weight = self.weight_of(text)
            if weight is None:
                example = "2 or 0,5" if self.decimal_comma else "2 or 0.5 (with a decimal point)"
                checks.add(file, line, "weight", f"'{text}' is not a number", f"a number such as {example}")
            else:
                attrs["weight"] = weight


def _add_edges(G: nx.MultiDiGraph, table: Table | None, checks: _Checks, create_nodes: bool) -> None:
    if table is None or table.index("source") is None or table.index("target") is None:
        return
    if not len(table):
        if not checks.reported(table):
            checks.add(table.name, 0, None, "no rows below the header", "at least one edge")
        return
    layout = _EdgeColumns(table)
    if _add_edges_by_column(G, table, layout, checks, create_nodes):
        return
    nodes = set(G)
    relations, sources, file = checks.relations, checks.sources, table.name
    add_edge = _edge_adder(G)
    for line, cells in _consume(table):
        source, target = cells[layout.source], cells[layout.target]
        ends_ok = (source in nodes and target in nodes) or _check_ends(
            G, nodes, (source, target), file, line, checks, create_nodes
        )
        attrs = layout.attrs(cells)
        if attrs["relation"] not in relations:
            checks.known("relations", attrs["relation"], file, line, "relation")
        if attrs["source_doc"] and attrs["source_doc"] not in sources:
            checks.known("sources", attrs["source_doc"], file, line, "source_doc")
        layout.numbers(cells, attrs, file, line, checks)
        if ends_ok:
            add_edge(source, target, attrs)


def _add_edges_by_column(
    G: nx.MultiDiGraph, table: Table, layout: _EdgeColumns, checks: _Checks, create_nodes: bool
) -> bool:
    """Add every edge of ``table`` a column at a time and return True, or return False,
    with nothing changed, when a row has a problem (the row by row loop then reports it).

    The graph is the one the row by row loop builds, node for node and edge for edge,
    with attributes in the same order (``tests/test_quick_paths.py`` compares them); the
    checks are made once per distinct value, and the attribute dicts are made without a
    Python loop, which takes half the time of the loop at 500,000 edges.
    """
    import networkx as nx

    if type(G) is not nx.MultiDiGraph:
        return False
    found = _check_edges(table, layout, checks, G._node.keys(), create_nodes)
    if found is None:
        return False
    edges, new = found
    _add_plain_nodes(G, new)
    attributes: Iterator[dict[str, Any]] = map(
        dict,
        map(
            zip,
            repeat(edges.names),
            zip(*(c if isinstance(c, list) else repeat(c) for c in edges.columns), strict=False),
        ),
    )
    if edges.weights is not None:
        weighed = zip(attributes, edges.weights, strict=True)
        attributes = (_weighed(attrs, weight) for attrs, weight in weighed)
    add_edge = _edge_adder(G)
    for source, target, attrs in zip(edges.sources, edges.targets, attributes, strict=True):
        add_edge(source, target, attrs)
    table.clear()
    return True


def _check_edges(
    table: Table, layout: _EdgeColumns, checks: _Checks, known: Collection[str], create_nodes: bool
) -> tuple[CheckedEdges, list[str]] | None:
    """The edges of ``table`` by column, and the nodes they make (with ``create_nodes``,
    those not ``known``, in order of first appearance); or ``None`` when a row has a
    problem. Relations and sources that no table describes get their default entries in
    ``checks``, but only once nothing can go wrong any more."""
    values = table.values()
    sources, targets = values[layout.source], values[layout.target]
    if not sources or "" in sources or "" in targets:
        return None
    if create_nodes:
        new = [
            node for node in dict.fromkeys(chain.from_iterable(zip(sources, targets, strict=True))) if node not in known
        ]
    elif set(sources).issubset(known) and set(targets).issubset(known):
        new = []
    else:
        return None
    relation_at, source_at = layout.position("relation"), layout.position("source_doc")
    relations = values[relation_at] if relation_at is not None else [vocab.DEFAULT_RELATION] * len(sources)
    if "" in relations:
        relations = [r or vocab.DEFAULT_RELATION for r in relations]
    new_relations = [r for r in dict.fromkeys(relations) if r not in checks.relations]
    docs = values[source_at] if source_at is not None else []
    new_sources = [d for d in dict.fromkeys(docs) if d and d not in checks.sources]
    if (new_relations and checks.strict["relations"]) or (new_sources and checks.strict["sources"]):
        return None
    signs_written = _distinct_numbers(values, layout.sign, lambda text, found: vocab.parse_sign(text, "", 0, found))
    weights_written = _distinct_numbers(values, layout.weight, lambda text, found: layout.weight_of(text))
    if signs_written is None or weights_written is None:
        return None
    # Nothing can go wrong from here on.
    for relation in new_relations:
        checks.known("relations", relation, table.name, 0, "relation")
    for source in new_sources:
        checks.known("sources", source, table.name, 0, "source_doc")
    sign_of = {relation: checks.relations[relation]["sign"] for relation in dict.fromkeys(relations)}
    signs: list[int] = list(map(sign_of.__getitem__, relations))
    if signs_written and layout.sign is not None:
        written = values[layout.sign]
        signs = [signs_written[text] if text else sign for text, sign in zip(written, signs, strict=True)]
    columns: list[Any] = [
        relations if name == "relation" else values[position]
        for name, position in zip(layout.names, layout.positions, strict=True)
    ]
    weights = None
    if weights_written and layout.weight is not None:
        weights = [weights_written.get(text) for text in values[layout.weight]]
    edges = CheckedEdges(
        sources,
        targets,
        [*layout.names, *layout.absent, "sign"],
        [*columns, *layout.absent.values(), signs],
        weights,
    )
    return edges, new


def _add_plain_nodes(G: nx.MultiDiGraph, nodes: list[str]) -> None:
    """Add ``nodes``, new to ``G``, each with the attributes of :func:`_default_node`, as
    ``G.add_nodes_from`` would, at a third of its cost (``tests/test_load.py`` compares the graphs)."""
    node, succ, pred = G._node, G._succ, G._pred
    for name in nodes:
        node[name] = _default_node(name)
        succ[name] = {}
        pred[name] = {}


def _distinct_numbers(
    values: list[list[str]], position: int | None, parse: Callable[[str, list[Problem]], Any]
) -> dict[str, Any] | None:
    """Each distinct non-empty text of the column at ``position`` parsed; ``{}`` without
    such a column or text, ``None`` when a text does not parse."""
    if position is None:
        return {}
    parsed: dict[str, Any] = {}
    for text in dict.fromkeys(values[position]):
        if text:
            found: list[Problem] = []
            number = parse(text, found)
            if number is None or found:
                return None
            parsed[text] = number
    return parsed


def _weighed(attrs: dict[str, Any], weight: float | None) -> dict[str, Any]:
    if weight is not None:
        attrs["weight"] = weight
    return attrs


def _edge_adder(G: nx.MultiDiGraph) -> Callable[[str, str, dict[str, Any]], None]:
    """A function that adds the edge ``u -> v`` holding ``attrs`` itself, as ``G.add_edge(u, v, **attrs)`` would.

    It writes the graph's adjacency dicts directly: the per-call work of
    :meth:`networkx.MultiDiGraph.add_edge` (keyword unpacking, a fresh dict,
    the key search) was half the loading time at 500,000 edges. Both ends
    must be nodes already and ``attrs`` must be a dict no one else holds;
    the key is the lowest unused number from the count of parallel edges, as
    networkx chooses it (``tests/test_load.py`` checks the graphs are equal).
    Any graph other than a plain ``MultiDiGraph`` goes through ``add_edges_from``.
    """
    import networkx as nx

    if type(G) is not nx.MultiDiGraph:
        return lambda u, v, attrs: G.add_edges_from([(u, v, attrs)])
    succ, pred = G._succ, G._pred

    def add(u: str, v: str, attrs: dict[str, Any]) -> None:
        keys = succ[u].get(v)
        if keys is None:
            succ[u][v] = pred[v][u] = {0: attrs}
            return
        key = len(keys)
        while key in keys:
            key += 1
        keys[key] = attrs

    return add


def _consume(table: Table) -> Iterator[tuple[int, list[str]]]:
    """The rows of ``table``, each dropped from it once handed out, so the graph can reuse its memory."""
    rows = table.rows
    rows.reverse()
    while rows:
        yield rows.pop()


def _check_ends(
    G: nx.MultiDiGraph, nodes: set[str], ends: tuple[str, str], file: str, line: int, checks: _Checks, create: bool
) -> bool:
    """Report empty or unknown ends of an edge, or (``create``) add the unknown ones; True when both are fine."""
    ok = True
    for node, column in zip(ends, ("source", "target"), strict=True):
        if node in nodes:
            continue
        if not node:
            checks.add(file, line, column, f"empty {column}", "a node id")
            ok = False
        elif create:
            G.add_node(node, **_default_node(node))
            nodes.add(node)
        else:
            checks.add(
                file, line, column, f"unknown node '{node}'", f"an id listed in {checks.names['nodes']}", node, G.nodes
            )
            ok = False
    return ok
