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
    NodeNotFound,
    OutputError,
    Problem,
)

if TYPE_CHECKING:
    from .frames import from_pandas, to_pandas_edges, to_pandas_nodes
    from .html import to_html, write_html
    from .loader import Validation, default_data_dir, load, validate

__version__ = "0.1.0"

# public name -> submodule that defines it
_LAZY = {
    "load": "loader",
    "validate": "loader",
    "Validation": "loader",
    "default_data_dir": "loader",
    "to_html": "html",
    "to_pandas_nodes": "frames",
    "to_pandas_edges": "frames",
    "from_pandas": "frames",
    "write_html": "html",
}

__all__ = [
    "AmbiguousName",
    "ConceptGraphError",
    "DataError",
    "DataWarning",
    "NodeNotFound",
    "OutputError",
    "Problem",
    "load",
    "validate",
    "Validation",
    "default_data_dir",
    "to_html",
    "write_html",
    "to_pandas_nodes",
    "to_pandas_edges",
    "from_pandas",
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
