"""Pausing Python's cycle collector while large graphs and pages are built.

Building a graph of 500,000 edges, or the page data for one, makes millions
of small containers and no reference cycles; the collector would walk them
again and again (a third of the loading time, three quarters of the page
data's). Reference counting still frees everything as usual.

Examples
--------
>>> import gc
>>> with gc_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cycle collector for the ``with`` block; restore its state after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
