"""Say what a long command is doing, on a terminal only.

A :class:`Stages` printer stays silent for its first second; after that it
keeps one line on standard error up to date (``building: [2/3] laying out the
page  3.4 s``) and clears it when the work is done. On a pipe, in a file or in
captured output it prints nothing at all, so results stay clean to parse.

Examples
--------
>>> import io
>>> quiet = io.StringIO()                       # not a terminal
>>> with Stages("building", 3, stream=quiet) as stages:
...     stages.stage("reading the data")
>>> quiet.getvalue()
''
"""

from __future__ import annotations

import sys
import threading
import time
from types import TracebackType
from typing import IO

__all__ = ["Stages", "DELAY", "INTERVAL"]

#: Seconds of silence before the line appears: quick commands show nothing.
DELAY = 1.0
#: Seconds between updates of the line.
INTERVAL = 0.2


class Stages:
    """A line on a terminal saying which of ``total`` stages of ``task`` runs, and for how long.

    Parameters
    ----------
    task : str
        What the command does, such as ``"building"``.
    total : int
        How many stages there are.
    stream : file, optional
        Where to write; defaults to ``sys.stderr``. Nothing is written unless
        ``stream.isatty()`` is true.
    delay, interval : float, optional
        Seconds before the first line, and between updates (default
        :data:`DELAY` and :data:`INTERVAL`).

    Examples
    --------
    >>> import io
    >>> class Terminal(io.StringIO):
    ...     def isatty(self):
    ...         return True
    >>> screen = Terminal()
    >>> with Stages("building", 2, stream=screen, delay=0.0, interval=0.01) as stages:
    ...     stages.stage("reading the data")
    ...     time.sleep(0.05)
    >>> "building: [1/2] reading the data" in screen.getvalue()
    True
    >>> screen.getvalue().endswith("\\r")           # the line is cleared at the end
    True
    """

    def __init__(
        self,
        task: str,
        total: int,
        stream: IO[str] | None = None,
        delay: float | None = None,
        interval: float | None = None,
    ) -> None:
        self.task, self.total = task, total
        self.stream = stream if stream is not None else sys.stderr
        self.delay = DELAY if delay is None else delay
        self.interval = INTERVAL if interval is None else interval
        self.current, self.number = "", 0
        self.active = _is_terminal(self.stream)
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._width = 0  # of the line last written, to clear it
        self._start = 0.0

    def __enter__(self) -> Stages:
        self._start = time.monotonic()
        if self.active:
            self._thread = threading.Thread(target=self._run, name="concept-graph progress", daemon=True)
            self._thread.start()
        return self

    def stage(self, text: str) -> None:
        """Begin the next stage, called ``text``."""
        with self._lock:
            self.number += 1
            self.current = text

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            if self._width:
                self.stream.write("\r" + " " * self._width + "\r")
                self.stream.flush()

    def _run(self) -> None:
        if self._done.wait(self.delay):
            return
        while True:
            with self._lock:
                line = (
                    f"{self.task}: [{self.number}/{self.total}] {self.current}  {time.monotonic() - self._start:.1f} s"
                )
                self.stream.write("\r" + line.ljust(self._width))
                self.stream.flush()
                self._width = max(self._width, len(line))
            if self._done.wait(self.interval):
                return


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
