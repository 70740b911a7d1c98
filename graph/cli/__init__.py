"""The ``concept-graph`` command line: commands, terminal output, progress.

See :mod:`graph.cli.commands`; ``main`` is the console entry point.
"""

from .commands import cli, main

__all__ = ["cli", "main"]
