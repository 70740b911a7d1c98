"""Export a graph in the format a file name or a format name asks for, and read graph files back.

:func:`export` is what ``concept-graph export`` calls on whatever graph it
has (the whole graph, or a subgraph around a concept or along paths).
:func:`read_graph` reads GraphML, GEXF and node-link JSON as our graph;
:func:`graph.load` uses it when ``data`` names such a file.

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

from ..errors import DataError, FormatError
from ..read.safety import input_problem
from .checked import checked_graph, number_problems
from .csvfolder import write_csv
from .gexf import read_gexf, write_gexf
from .graphml import read_graphml, write_graphml
from .kgx import write_kgx
from .nodelink import read_node_link, write_node_link

__all__ = ["export", "read_graph", "export_format", "FORMATS", "GRAPH_SUFFIXES"]

#: Export formats and what each writes.
FORMATS: dict[str, Callable[[nx.Graph, Any], Any]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_node_link,
    "kgx": write_kgx,
    "csv": write_csv,
}
#: File suffixes :func:`read_graph` reads, with their readers.
GRAPH_SUFFIXES: dict[str, Callable[[Path], nx.MultiDiGraph]] = {
    ".graphml": read_graphml,
    ".gexf": read_gexf,
    ".json": read_node_link,
}
_SUFFIX_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".json": "json"}


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
            "(or a file name ending in .graphml, .gexf or .json)"
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


def read_graph(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML, GEXF or node-link JSON file as our graph.

    The file may come from :func:`export` or from another tool (a graph
    edited in Gephi, say). Lists come back as lists (``synonyms`` split on
    ``|``), ``sign`` as an int, and ``G.graph`` gets the ``relations``,
    ``sources`` and ``categories`` tables. What the file lacks gets the
    defaults :func:`graph.load` gives CSV data: label = id, category
    "other", sign from the relation (else 0), and default table entries.

    Parameters
    ----------
    path : str or Path
        A ``.graphml``, ``.gexf`` or ``.json`` file.

    Returns
    -------
    networkx.MultiDiGraph or networkx.MultiGraph
        A ``MultiGraph`` when no edge is directed; the undirected edges of a
        mixed graph carry ``directed=False``.

    Raises
    ------
    FormatError
        When the suffix is none of these.
    DataError
        When the file is missing or cannot be read in its format.

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> path = graph.write_graphml(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> G = graph.read_graph(path)
    >>> G.nodes["magnesium"]["synonyms"][:2], type(G.edges[next(iter(G.edges))]["sign"]).__name__
    (['Mg', 'magnesium level'], 'int')
    """
    path = Path(path)
    reader = GRAPH_SUFFIXES.get(path.suffix.lower())
    if reader is None:
        raise FormatError(f"cannot read '{path}' as a graph; expected a file ending in {', '.join(GRAPH_SUFFIXES)}")
    refused = input_problem(path, str(path), f"a {path.suffix.lower().lstrip('.')} file")
    if refused is not None:
        raise DataError([refused])
    return checked_graph(reader(path), str(path))
