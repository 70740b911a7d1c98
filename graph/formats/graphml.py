"""GraphML files that networkx, igraph, Gephi, Cytoscape and yEd read, and reading them back.

What goes where (see :mod:`graph.formats.portable`): node and edge attributes as
GraphML data, ``synonyms`` joined with ``|``; the ``relations``,
``sources`` and ``categories`` tables as JSON text graph data; every edge a
unique id (``e0``, ``e1`` …, the XML ``id``) with its key in ``networkx_key`` and its
relation's label in ``label``.

Examples
--------
>>> import graph, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "magnesium.graphml"
>>> G = graph.load()
>>> _ = graph.write_graphml(G, path)
>>> H = read_graphml(path)
>>> sorted(H.nodes) == sorted(G.nodes) and H.graph["relations"] == G.graph["relations"]
True
"""

from __future__ import annotations

import io
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from ..atomic import write_bytes_atomic
from .mixed import ATTRIBUTE, graphml_mixed
from .portable import flat_graph, read_error, restore_graph
from .yed import yed_plain

__all__ = ["write_graphml", "read_graphml"]

#: The one attribute name networkx's GraphML reader cannot take (it names an argument of ``add_node``);
#: written as ``node_for_adding_`` and renamed back on reading.
_NODE_ARGUMENT = "node_for_adding"


def write_graphml(G: nx.Graph, path: str | Path) -> Path:
    """Write ``G`` as a GraphML file, atomically.

    Parameters
    ----------
    G : networkx graph
        Usually a :class:`~networkx.MultiDiGraph` from :func:`graph.load`
        or a subgraph of one; it is not changed.
    path : str or Path
        The file to write; missing folders are created.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    OutputError
        When the file cannot be written (an existing file is left as it was).

    Examples
    --------
    >>> import graph, tempfile, pathlib, networkx as nx
    >>> path = graph.write_graphml(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "g.graphml")
    >>> H = nx.read_graphml(path, force_multigraph=True)
    >>> H.nodes["magnesium"]["synonyms"].split("|")[0]
    'Mg'
    """
    H = flat_graph(G)
    for _, attrs in H.nodes(data=True):
        if _NODE_ARGUMENT in attrs:  # networkx's reader would take it for its own argument
            attrs[_NODE_ARGUMENT + "_"] = attrs.pop(_NODE_ARGUMENT)
    ids = [attrs.pop("id") for _, _, attrs in H.edges(data=True)]
    undirected = [attrs.pop(ATTRIBUTE, True) is False for _, _, attrs in H.edges(data=True)]
    writer = GraphMLWriter(graph=H)
    for element, eid, link in zip(writer.xml.iter("edge"), ids, undirected, strict=True):
        element.set("id", eid)  # unique in the file, as yEd and Gephi need; networkx would write the key
        if link:
            element.set("directed", "false")  # an undirected edge of a mixed graph, as GraphML says it
    buffer = io.BytesIO()
    writer.dump(buffer)
    # A carriage return in a value would come back as a line feed (XML normalises line ends):
    # written as a character reference, it reads back as itself. None is markup of the writer's.
    return write_bytes_atomic(path, buffer.getvalue().replace(b"\r", b"&#13;"))


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read a GraphML file (ours, or one edited in another tool) as our graph.

    Parameters
    ----------
    path : str or Path
        A ``.graphml`` file.

    Returns
    -------
    networkx.MultiDiGraph or networkx.MultiGraph
        With our attribute shapes and defaults (see :func:`graph.read_graph`);
        a ``MultiGraph`` for ``edgedefault="undirected"``, and ``directed=False``
        on the edges a directed graph marks ``directed="false"``.

    Raises
    ------
    DataError
        When the file is missing or is not GraphML that networkx can read.
    """
    path = Path(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # networkx's own ("No key type for id d4"): not the user's to act on
            document = graphml_mixed(yed_plain(path.read_bytes()), str(path))
            H = nx.read_graphml(io.BytesIO(document), force_multigraph=True)
    except (ET.ParseError, nx.NetworkXError, ValueError, KeyError, TypeError, OSError, RecursionError) as err:
        raise read_error(path, err, "GraphML") from err
    for _, attrs in H.nodes(data=True):
        if _NODE_ARGUMENT + "_" in attrs:
            attrs[_NODE_ARGUMENT] = attrs.pop(_NODE_ARGUMENT + "_")
    return restore_graph(H, source=str(path), fill_text=True)
