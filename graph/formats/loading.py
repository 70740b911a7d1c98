"""Load any data a user brings, CSV or graph file, as a graph or as the table a page is made from.

A data folder of CSV files, or a lone edge list with an optional node file, is
read by :mod:`graph.read`; a graph file of another format (told by its content,
:mod:`graph.formats.sniff`), given as ``data`` or ``edges``, by its format's reader
(:func:`graph.read_graph`), and so is a folder of KGX JSON Lines or Neo4j import
files. A CSV file given as ``data`` is read as an edge list. Every problem is
found in one pass and raised together as a :class:`~graph.errors.DataError`,
each naming file, line and column.

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

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import DataError
from ..read.columns import GraphColumns
from ..read.csvdata import Validation, csv_columns, csv_graph, csv_validation
from ..read.csvfile import Table
from ..read.folder import PathLike, default_data_dir, file_names
from ..read.neo4jfiles import is_neo4j_folder
from .sniff import GUESSED, SUFFIXES, sniff

if TYPE_CHECKING:  # networkx is imported where a graph is built: a page made by column needs none
    import networkx as nx
    import numpy as np

__all__ = ["load", "load_for_page", "validate", "is_graph_file", "Validation", "default_data_dir"]

#: The suffixes of graph files, checked here so that reading a data folder needs neither
#: the format readers nor networkx (``tests/test_package.py`` keeps them equal to
#: ``exchange.GRAPH_SUFFIXES``).
_GRAPH_SUFFIXES = tuple(SUFFIXES)
#: A graph file, or a KGX JSON Lines edges file and its nodes file.
GraphInput = Path | tuple[Path, Path]


def load(
    data: PathLike | None = None,
    *,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
    directed: bool = True,
) -> nx.MultiDiGraph | nx.MultiGraph:
    """Load a data folder, or an edge list with an optional node file, as a graph.

    Parameters
    ----------
    data : str or Path, optional
        A folder with ``edges.csv`` and optionally ``nodes.csv``,
        ``relations.csv``, ``sources.csv``, ``categories.csv``. Defaults to
        :func:`default_data_dir`. Not to be combined with ``edges``. A
        graph file (GraphML, GEXF, GML, JSON … told by its content) is read
        with :func:`graph.read_graph` instead, a CSV file as an edge list.
    edges : str or Path, optional
        A lone edge list (columns ``source`` and ``target``, or ``from`` and ``to``;
        or without a header), or a graph file of another format.
    nodes : str or Path, optional
        A node file for ``edges`` (column ``id``).
    source_col, target_col : str, optional
        The edge list's column names for source and target, if not the usual ones.
    directed : bool
        ``False`` reads edges as undirected where the data does not say (an
        edge list's ``type`` or ``directed`` column, a relation's ``directed``
        entry in ``relations.csv``); for a graph file, every edge.

    Returns
    -------
    networkx.MultiDiGraph or networkx.MultiGraph
        A ``MultiGraph`` when no edge is directed; in a ``MultiDiGraph`` the
        undirected edges (if any) carry ``directed=False``. Nodes with
        ``label``, ``label_nl``, ``category``, ``description`` and
        ``synonyms`` (a list); edges with ``relation``, ``sign``, ``evidence``,
        ``source_doc`` and ``section``, and ``weight`` (a float) when the edge
        file has a ``weight`` column and the row a value in it; other columns
        are kept as text attributes. ``G.graph`` holds ``relations``,
        ``sources`` and ``categories`` as dicts by id, and for a data folder
        its title as ``name`` (and ``name_nl``) when its ``graph.csv``
        gives one (see :mod:`graph.read.title`).

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
    data, edges, nodes, graph_file = _route(data, edges, nodes, source_col or target_col)
    listed = _edge_list(graph_file, directed)
    if listed is not None:
        G, problems = csv_graph(directed=listed[1], tables=listed[0])
    elif graph_file is not None:
        return _read_graph_file(graph_file, directed)
    else:
        G, problems = csv_graph(data, edges, nodes, source_col, target_col, directed)
    if problems:
        raise DataError(problems)
    return G


def load_for_page(
    data: PathLike | None = None,
    *,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
    directed: bool = True,
    start: Callable[[tuple[np.ndarray, np.ndarray], int], Any] | None = None,
) -> GraphColumns:
    """What :func:`load` reads, as the table form :func:`graph.write_html` makes a page
    from (``concept-graph build`` uses this): the same page as from the graph, byte for
    byte, in about half the time and memory for a large graph.

    Takes the arguments of :func:`load` and raises what it raises. ``start``, when given, is
    called while a large CSV edge list without a node list is read, as soon as the edges' ends
    are numbered: with the two arrays of node positions (sources, targets) and the number of
    nodes; what it returns is kept as the table's ``started`` (``build`` starts the page's
    layout there: :func:`graph.page.overview.start_layout`).

    Examples
    --------
    >>> import graph
    >>> table = load_for_page()
    >>> type(table).__name__, table.number_of_nodes() == graph.load().number_of_nodes()
    ('GraphColumns', True)
    """
    data, edges, nodes, graph_file = _route(data, edges, nodes, source_col or target_col)
    listed = _edge_list(graph_file, directed)
    if listed is not None:
        table, problems = csv_columns(directed=listed[1], tables=listed[0], start=start)
    elif graph_file is not None:
        return GraphColumns.from_networkx(_read_graph_file(graph_file, directed))
    else:
        table, problems = csv_columns(data, edges, nodes, source_col, target_col, directed, start=start)
    if problems:
        raise DataError(problems)
    return table


def validate(
    data: PathLike | None = None,
    *,
    edges: PathLike | None = None,
    nodes: PathLike | None = None,
    source_col: str | None = None,
    target_col: str | None = None,
    directed: bool = True,
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
    data, edges, nodes, graph_file = _route(data, edges, nodes, source_col or target_col)
    try:
        listed = _edge_list(graph_file, directed)
    except DataError as err:
        return Validation(err.problems)
    if listed is not None:
        return csv_validation(directed=listed[1], tables=listed[0])
    if graph_file is not None:
        try:
            G = _read_graph_file(graph_file, directed)
        except DataError as err:
            return Validation(err.problems)
        return Validation([], G.number_of_nodes(), G.number_of_edges())
    return csv_validation(data, edges, nodes, source_col, target_col, directed)


def is_graph_file(path: PathLike | None) -> bool:
    """Whether ``path`` names a graph file :func:`graph.read_graph` reads: by its content
    when it exists (see :mod:`graph.formats.sniff`), else by its suffix.

    Examples
    --------
    >>> is_graph_file("edited.graphml"), is_graph_file("data"), is_graph_file(None)
    (True, False, False)
    """
    if path is None:
        return False
    path = Path(path)
    if path.is_dir():
        return _jsonl_folder(path) or is_neo4j_folder(path)
    if not path.exists():
        return path.suffix.lower() in _GRAPH_SUFFIXES
    return sniff(path).format != "csv"


class _Route(NamedTuple):
    """What to read: the CSV reader's ``data``, ``edges`` and ``nodes``, or a graph file instead."""

    data: PathLike | None
    edges: PathLike | None
    nodes: PathLike | None
    graph_file: GraphInput | None


def _route(data: PathLike | None, edges: PathLike | None, nodes: PathLike | None, named: str | None = None) -> _Route:
    """Where each input goes, told by content: a CSV file given as ``data`` is read as an edge
    list, a graph file given as ``edges`` as a graph, a folder of KGX JSON Lines as one. When the
    user ``named`` a column, a file without a header by our guess has one after all."""
    given = edges if data is None else data if edges is None else None
    if named and given is not None and Path(given).is_file() and sniff(given).looks == GUESSED:
        return _Route(None, given, nodes, None)
    if nodes is not None:
        if edges is not None and data is None and Path(edges).is_file() and sniff(edges).format == "jsonl":
            return _Route(None, None, None, (Path(edges), Path(nodes)))
        return _Route(data, edges, nodes, None)
    if edges is not None:
        return _Route(data, edges, None, None) if not is_graph_file(edges) else _Route(None, None, None, Path(edges))
    if data is None:
        return _Route(None, None, None, None)
    path = Path(data)
    if path.exists() and not path.is_dir() and sniff(path).format == "csv":
        return _Route(None, path, None, None)  # an edge list given as data
    return _Route(None, None, None, path) if is_graph_file(path) else _Route(data, None, None, None)


def _jsonl_folder(folder: Path) -> bool:
    """True for a folder without ``edges.csv`` holding a KGX JSON Lines edges file."""
    try:
        names = file_names(folder)
    except OSError:
        return False
    return "edges.csv" not in names and any(n == "edges.jsonl" or n.endswith("_edges.jsonl") for n in names)


def _edge_list(found: GraphInput | None, directed: bool) -> tuple[dict[str, Table | None], bool] | None:
    """The tables of an edge list without a header and whether it is read as directed, or ``None``
    for anything else: read so, it is checked, counted and made a page of a column at a time, as CSV.

    Raises
    ------
    DataError
        When its lines cannot be read.
    """
    if not isinstance(found, Path) or not found.is_file() or sniff(found).format != "edgelist":
        return None
    from .edgelist import edgelist_tables

    tables, undirected, problems = edgelist_tables(found, str(found))
    if problems:
        raise DataError(problems)
    return tables, directed and not undirected


def _read_graph_file(found: GraphInput, directed: bool = True) -> nx.MultiDiGraph | nx.MultiGraph:
    # the format readers and networkx, only for a graph file
    if isinstance(found, tuple):
        from .kgxjson import read_kgx_jsonl

        return read_kgx_jsonl(found[0], found[1], directed=directed)
    from .exchange import read_graph

    return read_graph(found, directed)
