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
    EdgeNotFound,
    NodeNotFound,
    OutputError,
    Problem,
)

if TYPE_CHECKING:
    from .html import to_html, write_html
    from .load import Validation, default_data_dir, load, validate

__version__ = "0.1.0"

# public name -> submodule that defines it
_LAZY = {
    "load": "load",
    "validate": "load",
    "Validation": "load",
    "default_data_dir": "load",
    "to_html": "html",
    "write_html": "html",
}

__all__ = [
    "AmbiguousName",
    "ConceptGraphError",
    "DataError",
    "DataWarning",
    "EdgeNotFound",
    "NodeNotFound",
    "OutputError",
    "Problem",
    "load",
    "validate",
    "Validation",
    "default_data_dir",
    "to_html",
    "write_html",
]


class _Package(types.ModuleType):
    """The package module: a submodule import never hides the function of the same name.

    Importing ``graph.load`` (the module) makes Python bind it as the
    attribute ``graph.load``; the function ``graph.load`` is bound instead.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _LAZY.get(name) == name:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
