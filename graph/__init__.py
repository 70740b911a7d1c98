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
    FormatError,
    NodeNotFound,
    OutputError,
    Problem,
)

if TYPE_CHECKING:
    from .csvexport import write_csv
    from .exchange import export, read_graph
    from .gexf import write_gexf
    from .graphml import write_graphml
    from .html import to_html, write_html
    from .kgx import write_kgx
    from .load import Validation, default_data_dir, load, validate
    from .nodelink import write_node_link

__version__ = "0.1.0"

# public name -> submodule that defines it
_LAZY = {
    "load": "load",
    "validate": "load",
    "Validation": "load",
    "default_data_dir": "load",
    "to_html": "html",
    "write_html": "html",
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
    "NodeNotFound",
    "OutputError",
    "Problem",
    "load",
    "validate",
    "Validation",
    "default_data_dir",
    "to_html",
    "write_html",
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
