"""concept-graph: what texts claim about a subject, as a graph to open, explore and question.

>>> import graph
>>> G = graph.load()              # the magnesium data set, a networkx.MultiDiGraph
>>> G.number_of_nodes() > 0
True

Submodules are imported on first use, so ``import graph`` and the command
line stay quick.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousName,
    ConceptGraphError,
    DataError,
    DataWarning,
    NodeNotFound,
    OutputError,
    Problem,
    RelationNotFound,
)

if TYPE_CHECKING:
    from .html import to_html, write_html
    from .load import Validation, default_data_dir, load, validate
    from .names import NameIndex, resolve
    from .neighborhood import NeighborResult, downstream, neighbors, paths_subgraph, subgraph_around, upstream
    from .overview import Stats, stats
    from .paths import Edge, NetEffect, Path, PathResult, Step, find_paths, net_effect
    from .sentences import explain, explain_effect

__version__ = "0.1.0"

# public name -> submodule that defines it
_LAZY = {
    "load": "load",
    "validate": "load",
    "Validation": "load",
    "default_data_dir": "load",
    "to_html": "html",
    "write_html": "html",
    "resolve": "names",
    "NameIndex": "names",
    "find_paths": "paths",
    "net_effect": "paths",
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
}

__all__ = [
    "AmbiguousName",
    "ConceptGraphError",
    "DataError",
    "DataWarning",
    "NodeNotFound",
    "OutputError",
    "Problem",
    "RelationNotFound",
    "load",
    "validate",
    "Validation",
    "default_data_dir",
    "to_html",
    "write_html",
    "resolve",
    "NameIndex",
    "find_paths",
    "net_effect",
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


class _Package(types.ModuleType):
    """The package module, keeping a published function that shares its submodule's name.

    Importing a submodule (``from graph.load import DATA_FILES``, or pytest
    collecting doctests) makes Python set ``graph.load`` to the submodule,
    hiding the function :func:`graph.load`. Here the function is kept.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == name and value.__name__ == f"{__name__}.{name}":
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
