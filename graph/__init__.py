"""concept-graph: what texts claim about a subject, as a graph to open, explore and question.

>>> import graph
>>> G = graph.load()              # the magnesium data set, a networkx.MultiDiGraph
>>> G.number_of_nodes() > 0
True

Submodules are imported on first use, so ``import graph`` and the command
line stay quick. No submodule may share its name with a public function:
importing it would replace the function on the package (tests/test_package.py).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousName,
    ConceptGraphError,
    DataError,
    DataWarning,
    EdgeNotFound,
    FormatError,
    NodeNotFound,
    OutputError,
    PageSizeWarning,
    Problem,
    RelationNotFound,
)
from .notebook import tables as _tables  # noqa: F401 (registers how query results draw themselves in notebooks)

if TYPE_CHECKING:
    from .ask.names import NameIndex, resolve
    from .ask.neighborhood import NeighborResult, downstream, neighbors, paths_subgraph, subgraph_around, upstream
    from .ask.overview import Stats, stats
    from .ask.paths import Edge, NetEffect, Path, PathResult, Step, as_path, find_paths, net_effect
    from .ask.sentences import explain, explain_effect
    from .extraction import Extraction, extract
    from .formats.csvfolder import write_csv
    from .formats.exchange import export, read_graph
    from .formats.gexf import write_gexf
    from .formats.graphml import write_graphml
    from .formats.kgx import write_kgx
    from .formats.loading import Validation, default_data_dir, load, validate
    from .formats.nodelink import write_node_link
    from .notebook.display import ConceptGraph, show
    from .notebook.frames import from_pandas, to_pandas_edges, to_pandas_nodes
    from .page.html import to_html, write_html

__version__ = "0.1.0"

# public name -> submodule that defines it
_LAZY = {
    "load": "formats.loading",
    "load_for_page": "formats.loading",
    "validate": "formats.loading",
    "Validation": "formats.loading",
    "default_data_dir": "formats.loading",
    "to_html": "page.html",
    "to_pandas_nodes": "notebook.frames",
    "to_pandas_edges": "notebook.frames",
    "from_pandas": "notebook.frames",
    "write_html": "page.html",
    "show": "notebook.display",
    "ConceptGraph": "notebook.display",
    "resolve": "ask.names",
    "NameIndex": "ask.names",
    "find_paths": "ask.paths",
    "net_effect": "ask.paths",
    "as_path": "ask.paths",
    "Path": "ask.paths",
    "Step": "ask.paths",
    "Edge": "ask.paths",
    "PathResult": "ask.paths",
    "NetEffect": "ask.paths",
    "explain": "ask.sentences",
    "explain_effect": "ask.sentences",
    "neighbors": "ask.neighborhood",
    "NeighborResult": "ask.neighborhood",
    "upstream": "ask.neighborhood",
    "downstream": "ask.neighborhood",
    "subgraph_around": "ask.neighborhood",
    "paths_subgraph": "ask.neighborhood",
    "stats": "ask.overview",
    "Stats": "ask.overview",
    "export": "formats.exchange",
    "read_graph": "formats.exchange",
    "write_graphml": "formats.graphml",
    "write_gexf": "formats.gexf",
    "write_node_link": "formats.nodelink",
    "write_kgx": "formats.kgx",
    "write_csv": "formats.csvfolder",
    "extract": "extraction",
    "Extraction": "extraction",
}

__all__ = [
    "AmbiguousName",
    "ConceptGraphError",
    "DataError",
    "DataWarning",
    "FormatError",
    "EdgeNotFound",
    "NodeNotFound",
    "OutputError",
    "PageSizeWarning",
    "Problem",
    "RelationNotFound",
    "load",
    "load_for_page",
    "validate",
    "Validation",
    "default_data_dir",
    "to_html",
    "write_html",
    "show",
    "ConceptGraph",
    "to_pandas_nodes",
    "to_pandas_edges",
    "from_pandas",
    "resolve",
    "NameIndex",
    "find_paths",
    "net_effect",
    "as_path",
    "Path",
    "Step",
    "Edge",
    "PathResult",
    "NetEffect",
    "explain",
    "explain_effect",
    "neighbors",
    "NeighborResult",
    "upstream",
    "downstream",
    "subgraph_around",
    "paths_subgraph",
    "stats",
    "Stats",
    "export",
    "read_graph",
    "write_graphml",
    "write_gexf",
    "write_node_link",
    "write_kgx",
    "write_csv",
    "extract",
    "Extraction",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
