"""Export a graph in the format a file name or a format name asks for, and read graph files back.

:func:`export` is what ``concept-graph export`` calls on whatever graph it
has (the whole graph, or a subgraph around a concept or along paths).
:func:`read_graph` reads a graph file of any format we read, told by its
content (:mod:`graph.formats.sniff`); :func:`graph.load` uses it when ``data``
or ``edges`` names such a file.

Examples
--------
>>> import graph, tempfile, pathlib
>>> G = graph.load()
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in export(G, out / "magnesium.gexf")]
['magnesium.gexf']
>>> H = read_graph(out / "magnesium.gexf")
>>> (H.number_of_nodes(), H.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
True
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import DataError, FormatError, Problem
from ..read.csvdata import csv_graph
from ..read.safety import input_problem
from .checked import checked_graph, number_problems
from .csvfolder import write_csv
from .dot import read_dot
from .edgelist import read_edgelist
from .gexf import read_gexf, write_gexf
from .gml import read_gml, write_gml
from .graphml import read_graphml, write_graphml
from .jsonflavours import read_json_graph
from .kgx import write_kgx
from .kgxjson import jsonl_pair, read_kgx_jsonl
from .neo4j import is_neo4j_folder, read_neo4j
from .nodelink import write_node_link
from .pajek import read_pajek
from .sniff import READ, SUFFIXES, refusal, sniff

__all__ = ["export", "read_graph", "graph_format", "export_format", "FORMATS", "READERS", "GRAPH_SUFFIXES", "READ"]

#: Export formats and what each writes.
FORMATS: dict[str, Callable[[nx.Graph, Any], Any]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_node_link,
    "gml": write_gml,
    "kgx": write_kgx,
    "csv": write_csv,
}
#: The readers of graph files by format (as :func:`~graph.formats.sniff.sniff` names them), each
#: holding what it read to the CSV checks; ``directed=False`` makes every edge undirected.
READERS: dict[str, Callable[[Path, bool], nx.MultiDiGraph | nx.MultiGraph]] = {
    "graphml": lambda path, directed: _checked(read_graphml(path), path),
    "gexf": lambda path, directed: _checked(read_gexf(path), path),
    "gml": lambda path, directed: _checked(read_gml(path), path),
    "pajek": lambda path, directed: _checked(read_pajek(path), path),
    "dot": lambda path, directed: _checked(read_dot(path), path),
    "json": read_json_graph,
    "jsonl": lambda path, directed: read_kgx_jsonl(path, directed=directed),
    "edgelist": read_edgelist,
    "neo4j": read_neo4j,
}
#: File suffixes and the format each names: what a missing file is expected to be.
GRAPH_SUFFIXES: dict[str, str] = SUFFIXES
_SUFFIX_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".gml": "gml"}
_KINDS = {"graphml": "GraphML", "gexf": "GEXF", "json": "JSON graph", "gml": "GML", "pajek": "Pajek", "dot": "DOT"}


def _checked(G: nx.MultiDiGraph, path: Path) -> nx.MultiDiGraph:
    return checked_graph(G, str(path))


def export_format(path: str | Path, format: str | None = None) -> str:
    """The export format: ``format`` when given, else the one ``path``'s suffix names.

    Raises
    ------
    FormatError
        When ``format`` is unknown, or is not given and the suffix names none.

    Examples
    --------
    >>> export_format("out/graph.graphml"), export_format("out/magnesium", "kgx")
    ('graphml', 'kgx')
    """
    names = ", ".join(FORMATS)
    if format is not None:
        if format not in FORMATS:
            raise FormatError(f"unknown export format '{format}'; expected one of {names}")
        return format
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIX_FORMATS:
        raise FormatError(
            f"cannot tell the format of '{path}' from its suffix; give format= one of {names} "
            "(or a file name ending in .graphml, .gexf, .json or .gml)"
        )
    return _SUFFIX_FORMATS[suffix]


def export(G: nx.Graph, path: str | Path, format: str | None = None) -> list[Path]:
    """Write ``G`` in one of :data:`FORMATS`.

    Parameters
    ----------
    G : networkx graph
        The whole graph or any subgraph; it is not changed.
    path : str or Path
        The file to write; for ``kgx`` a prefix or folder (see
        :func:`graph.formats.kgx.kgx_paths`), for ``csv`` a folder.
    format : {"graphml", "gexf", "json", "kgx", "csv"}, optional
        Taken from the suffix of ``path`` when not given.

    Returns
    -------
    list of Path
        The files written.

    Raises
    ------
    FormatError
        When the format is unknown or cannot be told.
    OutputError
        When a file cannot be written (existing files are left as they were).
    DataError
        When an attribute holds NaN or infinity, which no reader takes back (nothing is written).

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "magnesium"
    >>> [p.name for p in graph.export(graph.load(), out, format="kgx")]
    ['magnesium_nodes.tsv', 'magnesium_edges.tsv']
    """
    chosen = export_format(path, format)
    problems = list(number_problems(G, str(path)))
    if problems:  # what no reader takes back (and JSON cannot hold): nothing is written
        raise DataError(problems)
    written = FORMATS[chosen](G, path)
    return list(written) if isinstance(written, (list, tuple)) else [written]


def read_graph(path: str | Path, directed: bool = True) -> nx.MultiDiGraph:
    """Read a graph file of any format we read, told by its content, as our graph.

    The file may come from :func:`export` or from another tool: GraphML (yEd
    too), GEXF, GML, Pajek, DOT, JSON (node-link, D3, Cytoscape.js, Gephi,
    KGX), KGX JSON Lines (a file, or a folder holding ``edges.jsonl`` and
    ``nodes.jsonl``), an edge or adjacency list without a header (networkx,
    SNAP), or a CSV edge list. Lists come back as lists (``synonyms`` split on
    ``|``), ``sign`` as an int, and ``G.graph`` gets the ``relations``,
    ``sources`` and ``categories`` tables. What the file lacks gets the
    defaults :func:`graph.load` gives CSV data: label = id, category
    "other", sign from the relation (else 0), and default table entries.

    Parameters
    ----------
    path : str or Path
        The file (or a folder of KGX JSON Lines).
    directed : bool
        ``False`` makes every edge undirected.

    Returns
    -------
    networkx.MultiDiGraph or networkx.MultiGraph
        A ``MultiGraph`` when no edge is directed; the undirected edges of a
        mixed graph carry ``directed=False``.

    Raises
    ------
    FormatError
        When the file is missing and its suffix names no format read.
    DataError
        When the file is missing, is in a format not read (one line naming
        what it looks like), or cannot be read in its format.

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> path = graph.write_graphml(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> G = graph.read_graph(path)
    >>> G.nodes["magnesium"]["synonyms"][:2], type(G.edges[next(iter(G.edges))]["sign"]).__name__
    (['Mg', 'magnesium level'], 'int')
    """
    from ..read.direction import as_undirected

    path = Path(path)
    fmt = graph_format(path)
    if fmt == "csv":
        G, problems = csv_graph(edges=path, directed=directed)
        if problems:
            raise DataError(problems)
        return G
    G = READERS[fmt](path, directed)
    return G if directed or not G.is_directed() else as_undirected(G)


def graph_format(path: Path) -> str:
    """The format of the graph file (or KGX JSON Lines folder) at ``path``: a key of :data:`READERS`, or ``csv``.

    Raises
    ------
    FormatError
        When the file is missing and its suffix names no format read.
    DataError
        When the file is in a format not read, or is no regular file.
    """
    if path.is_dir() and jsonl_pair(path) is not None:
        return "jsonl"
    if path.is_dir() and is_neo4j_folder(path):
        return "neo4j"
    if not path.exists():
        fmt = GRAPH_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise FormatError(
                f"cannot read '{path}': no such file, and its name ends in none of {', '.join(GRAPH_SUFFIXES)}"
            )
        kind = _KINDS.get(fmt, fmt)
        raise DataError([Problem(str(path), 0, None, "file not found", f"an existing {kind} file")])
    refused = input_problem(path, str(path), "a graph file")
    if refused is not None:
        raise DataError([refused])
    found = sniff(path)
    if found.format is None:
        raise DataError([refusal(path, found)])
    if path.is_file() and _blank(path):
        kind = _KINDS.get(found.format, found.format.split()[-1])
        raise DataError([Problem(str(path), 0, None, "file is empty", f"a {kind} file")])
    return found.format


def _blank(path: Path) -> bool:
    """True for a file of nothing but white space (read only when it is short)."""
    try:
        size = path.stat().st_size
        return size == 0 or (size < 4096 and not path.read_bytes().strip())
    except OSError:
        return False
