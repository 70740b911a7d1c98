"""Work done in a forked second process while this one goes on: a large page's layout and
community search.

A large page's build spends most of its time after the reading on three things that do not
need each other: the layout of the whole graph, the search for its communities and the page's
columns. On Linux, with two cores or more, :func:`aside` runs a function that gives a numpy
array in a forked copy of the process (which shares the graph's memory and sends back only the
array's bytes) and returns a function that waits for it. The answer is the same either way:
the work is seeded and runs on the same data. Elsewhere than on Linux (Windows has no ``fork``,
and macOS's system libraries may not survive one in a process that has started threads), on
one core, or when the copy fails, the function runs here, when its answer is first asked for.

Examples
--------
>>> import numpy as np
>>> wait = aside(lambda: np.arange(6, dtype=np.int64).reshape(3, 2), np.int64)
>>> wait().tolist()
[[0, 1], [2, 3], [4, 5]]
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
import time
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = ["aside", "can_fork"]


def can_fork() -> bool:
    """True where :func:`aside` forks: Linux with two cores or more.

    >>> isinstance(can_fork(), bool)
    True
    """
    return (os.cpu_count() or 1) >= 2 and sys.platform.startswith("linux")


#: Seconds the copy may take before it is given up and the work is done here: a copy that hangs
#: (a lock held by another thread at the moment of the fork, as in a notebook's kernel) must not
#: hang the build. A million concepts' layout takes well under a minute.
PATIENCE = 600.0


def aside(compute: Callable[[], np.ndarray], dtype: Any, patience: float = PATIENCE) -> Callable[[], np.ndarray]:
    """Run ``compute`` (which returns an array of ``dtype``) in a forked copy of this process;
    return a function that waits for its array (the same shape and ``dtype``). Where there is
    no fork (see :func:`can_fork`), or the copy fails, or it has not answered within ``patience``
    seconds of being waited for (it is then stopped), ``compute`` runs here when the answer is
    first asked for.
    """
    import numpy as np

    kept: list[np.ndarray] = []

    def here() -> np.ndarray:
        if not kept:
            kept.append(np.asarray(compute(), dtype=dtype))
        return kept[0]

    if not can_fork():
        return here
    reading, writing = os.pipe()
    try:
        with warnings.catch_warnings():  # Python 3.12 warns of fork() beside threads: the copy uses none
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return here
    if pid == 0:  # the copy: compute, send the shape and the bytes, and leave at once
        code = 1
        try:
            os.close(reading)
            found = np.ascontiguousarray(compute(), dtype=dtype)
            with os.fdopen(writing, "wb") as out:
                shape = np.asarray(found.shape, dtype="<i8")
                out.write(len(found.shape).to_bytes(1, "little") + shape.tobytes())
                out.write(found.tobytes())
            code = 0
        finally:
            os._exit(code)
    os.close(writing)

    def wait() -> np.ndarray:
        if kept:
            return kept[0]
        data = _read_within(reading, patience)
        if data is None:  # no answer in time: stop the copy, and do the work here
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if status != 0 or not data:
            return here()
        rank = data[0]
        shape = tuple(np.frombuffer(data, dtype="<i8", count=rank, offset=1).tolist())
        size = int(np.prod(shape)) if shape else 1
        if len(data) != 1 + 8 * rank + size * np.dtype(dtype).itemsize:
            return here()
        kept.append(np.frombuffer(data, dtype=dtype, offset=1 + 8 * rank).reshape(shape).copy())
        return kept[0]

    return wait


def _read_within(reading: int, patience: float) -> bytes | None:
    """All that the pipe ``reading`` gives until its end, or None when it has not ended within
    ``patience`` seconds; the pipe is closed either way."""
    deadline = time.monotonic() + patience
    parts: list[bytes] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([reading], [], [], left)[0]:
                return None
            part = os.read(reading, 1 << 20)
            if not part:
                return b"".join(parts)
            parts.append(part)
    finally:
        os.close(reading)
