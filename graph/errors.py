"""Exceptions and warnings raised by concept-graph.

Every error the tool raises on purpose is a :class:`ConceptGraphError`, so a
caller (and the command line) can tell our messages from a bug. Each message
says what is wrong and what was expected, in words a user can act on.

Examples
--------
>>> from graph.errors import DataError, Problem
>>> err = DataError([Problem("data/edges.csv", 4, "target", "unknown node 'x'", "an id from nodes.csv")])
>>> print(err)
data/edges.csv:4: column 'target': unknown node 'x'; expected an id from nodes.csv
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from types import FrameType

__all__ = [
    "ConceptGraphError",
    "DataError",
    "DataWarning",
    "PageSizeWarning",
    "Problem",
    "NodeNotFound",
    "EdgeNotFound",
    "AmbiguousName",
    "RelationNotFound",
    "OutputError",
    "FormatError",
    "MAX_REPORTED",
    "warn_data",
]

#: How many problems a :class:`DataError` spells out before "and N more".
MAX_REPORTED = 20


class ConceptGraphError(Exception):
    """Base class of every error concept-graph raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file.

    ``line`` is the 1-based physical line in the file (the header is line 1);
    0 when the problem concerns the whole file. ``column`` is the CSV column
    name, or ``None`` when no single column is at fault.
    """

    file: str
    line: int
    column: str | None
    message: str
    expected: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: "
        if self.column is not None:
            text += f"column '{self.column}': "
        text += self.message
        if self.expected:
            text += f"; expected {self.expected}"
        return text


class DataError(ConceptGraphError):
    """The input data has problems; all of them are in :attr:`problems`.

    The message lists the first :data:`MAX_REPORTED` problems, one a line,
    and says how many more there are.
    """

    def __init__(self, problems: Iterable[Problem]):
        self.problems: list[Problem] = list(problems)
        super().__init__(self._message())

    def _message(self) -> str:
        shown = [str(p) for p in self.problems[:MAX_REPORTED]]
        hidden = len(self.problems) - len(shown)
        if hidden > 0:
            shown.append(f"and {hidden} more problem{'s' if hidden != 1 else ''}")
        return "\n".join(shown)


class DataWarning(UserWarning):
    """Something in the input was unusual but could be read (say, a file in cp1252)."""


def warn_data(message: str) -> None:
    """Issue a :class:`DataWarning` that points at the caller's own code.

    The warning is attributed to the first frame outside this package, so
    ``graph.load(...)`` in a script or notebook shows that line, as any
    library warning would.
    """
    warnings.warn(message, DataWarning, stacklevel=_outside_stacklevel())


def _outside_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside this package, seen from :func:`warn_data`."""
    level = 2
    frame: FrameType | None = sys._getframe(2)
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == __package__:
        level, frame = level + 1, frame.f_back
    return level


class PageSizeWarning(UserWarning):
    """A page is too large to keep inside a notebook; write it to a file instead."""


class NodeNotFound(ConceptGraphError, KeyError):
    """A name matches no node of the graph; ``suggestions`` holds the closest names."""

    def __init__(self, message: str = "", *, suggestions: Iterable[str] = ()):
        super().__init__(message)
        self.suggestions: tuple[str, ...] = tuple(suggestions)

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class EdgeNotFound(ConceptGraphError, KeyError):
    """Two nodes that should be joined by an edge (say, neighbours on a path) are not."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class AmbiguousName(ConceptGraphError, KeyError):
    """A name matches more than one node of the graph; ``candidates`` holds their ids."""

    def __init__(self, message: str = "", *, candidates: Iterable[Hashable] = ()):
        super().__init__(message)
        self.candidates: tuple[Hashable, ...] = tuple(candidates)

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class RelationNotFound(ConceptGraphError, KeyError):
    """A relation name matches no relation of the graph."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class OutputError(ConceptGraphError):
    """An output file could not be written."""


class FormatError(ConceptGraphError, ValueError):
    """A file format is unknown, or cannot be told from the file name."""
