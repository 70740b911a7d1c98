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

if TYPE_CHECKING:
    from .csvexport import write_csv
    from .exchange import export, read_graph
    from .frames import from_pandas, to_pandas_edges, to_pandas_nodes
    from .gexf import write_gexf
    from .graphml import write_graphml
    from .html import to_html, write_html
    from .kgx import write_kgx
    from .loader import Validation, default_data_dir, load, validate
    from .names import NameIndex, resolve
    from .neighborhood import NeighborResult, downstream, neighbors, paths_subgraph, subgraph_around, upstream
    from .nodelink import write_node_link
    from .notebook import ConceptGraph, show
    from .overview import Stats, stats
    from .paths import Edge, NetEffect, Path, PathResult, Step, as_path, find_paths, net_effect
    from .sentences import explain, explain_effect

__version__ = "0.1.0"

# public name -> submodule that defines it
_LAZY = {
    "load": "loader",
    "load_for_page": "loader",
    "validate": "loader",
    "Validation": "loader",
    "default_data_dir": "loader",
    "to_html": "html",
    "to_pandas_nodes": "frames",
    "to_pandas_edges": "frames",
    "from_pandas": "frames",
    "write_html": "html",
    "show": "notebook",
    "ConceptGraph": "notebook",
    "resolve": "names",
    "NameIndex": "names",
    "find_paths": "paths",
    "net_effect": "paths",
    "as_path": "paths",
    "Path": "paths",
    "Step": "paths",
    "Edge": "paths",
    "PathResult": "paths",
    "NetEffect": "paths",
    "explain": "sentences",
    "explain_effect": "sentences",
    "neighbors": "neighborhood",
    "NeighborResult": "neighborhood",
    "upstream": "neighborhood",
    "downstream": "neighborhood",
    "subgraph_around": "neighborhood",
    "paths_subgraph": "neighborhood",
    "stats": "overview",
    "Stats": "overview",
    "export": "exchange",
    "read_graph": "exchange",
    "write_graphml": "graphml",
    "write_gexf": "gexf",
    "write_node_link": "nodelink",
    "write_kgx": "kgx",
    "write_csv": "csvexport",
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
