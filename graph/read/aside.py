"""Work done in a forked second process while this one goes on: part of a large edge list's
reading, a large page's layout and its community search.

A large build spends most of its time in things that do not need each other: reading the
columns of a plain CSV text, and after the reading the layout of the whole graph, the search for
its communities and the page's columns. On Linux, with two cores or more, :func:`aside_bytes`
runs a function that gives bytes in a forked copy of the process (which shares this one's memory
and sends back only those bytes) and returns a function that waits for them; :func:`aside` does
the same for a function that gives a numpy array. The answer is the same either way: the work
runs on the same data (seeded, where it draws random numbers). Elsewhere than on Linux (Windows
has no ``fork``, and macOS's system libraries may not survive one in a process that has started
threads), on one core, or when the copy fails, the function runs here, when its answer is first
asked for.

Examples
--------
>>> import numpy as np
>>> wait = aside(lambda: np.arange(6, dtype=np.int64).reshape(3, 2), np.int64)
>>> wait().tolist()
[[0, 1], [2, 3], [4, 5]]
>>> aside_bytes(lambda: b"made aside")()
b'made aside'
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

__all__ = ["aside", "aside_bytes", "Waiting", "can_fork", "in_copy", "make_way"]

#: True in a copy made by :func:`aside_bytes` (set in the copy only).
_IN_COPY = False
#: How much a copy that has work waited for later lowers its priority (``os.nice``): the
#: scheduler then gives the other copy's work, waited for first, most of a core.
MAKE_WAY = 0
# (0 since issue 27's sixth session: Leiden, started from the hubs, now takes about as long as the
# layout, and a layout that made way finished up to 2 s after it with a core idle; quiet, at 1M / 5M
# edges, six builds each in turns: medians 15.9 s with 0 and 16.1 s with 5, then 15.7 s with 0 and
# 15.9 s with 2)


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

    def packed() -> bytes:
        found = np.ascontiguousarray(compute(), dtype=dtype)
        shape = np.asarray(found.shape, dtype="<i8")
        return len(found.shape).to_bytes(1, "little") + shape.tobytes() + found.tobytes()

    def unpacked(data: bytes) -> np.ndarray | None:
        rank = data[0] if data else 0
        if len(data) < 1 + 8 * rank:
            return None
        shape = tuple(np.frombuffer(data, dtype="<i8", count=rank, offset=1).tolist())
        size = int(np.prod(shape)) if shape else 1
        if len(data) != 1 + 8 * rank + size * np.dtype(dtype).itemsize:
            return None
        return np.frombuffer(data, dtype=dtype, offset=1 + 8 * rank).reshape(shape).copy()

    wait = aside_bytes(packed, patience) if can_fork() else None

    def answer() -> np.ndarray:
        if not kept:
            found = unpacked(wait()) if wait is not None else None
            kept.append(found if found is not None else np.asarray(compute(), dtype=dtype))
        return kept[0]

    return answer


class Waiting:
    """What :func:`aside_bytes` returns: call it to wait for the bytes; :meth:`cancel` stops a
    copy whose answer is no longer wanted (and is then the only thing to do with it).

    >>> wait = aside_bytes(lambda: b"not wanted")
    >>> wait.cancel()
    >>> aside_bytes(lambda: b"wanted")()
    b'wanted'
    """

    __slots__ = ("_wait", "_cancel")

    def __init__(self, wait: Callable[[], bytes], cancel: Callable[[], None] = lambda: None) -> None:
        self._wait, self._cancel = wait, cancel

    def __call__(self) -> bytes:
        return self._wait()

    def cancel(self) -> None:
        """Stop the copy (SIGKILL) and collect it; nothing when it has answered or never forked."""
        self._cancel()


def aside_bytes(compute: Callable[[], bytes], patience: float = PATIENCE) -> Waiting:
    """Run ``compute`` (which returns bytes) in a forked copy of this process; return a function
    that waits for its bytes. Where there is no fork (see :func:`can_fork`), or the copy fails
    (an exception, running out of memory), or it has not answered within ``patience`` seconds of
    being waited for (it is then stopped), ``compute`` runs here when the answer is first asked
    for. An answer no longer wanted is given up with the function's ``cancel()`` (:class:`Waiting`).
    """
    kept: list[bytes] = []

    def here() -> bytes:
        if not kept:
            kept.append(compute())
        return kept[0]

    if not can_fork():
        return Waiting(here)
    reading, writing = os.pipe()
    parent = os.getpid()
    try:
        with warnings.catch_warnings():  # Python 3.12 warns of fork() beside threads: the copy uses none
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(reading)
        os.close(writing)
        return Waiting(here)
    if pid == 0:  # the copy: compute, send the bytes, and leave at once
        code = 1
        try:
            global _IN_COPY
            _IN_COPY = True
            os.close(reading)
            _end_with(parent)
            found = compute()
            with os.fdopen(writing, "wb") as out:
                out.write(found)
            code = 0
        finally:
            os._exit(code)
    os.close(writing)
    collected: list[bool] = []

    def wait() -> bytes:
        if kept:
            return kept[0]
        if collected:  # cancelled: the work is done here after all
            return here()
        data = _read_within(reading, patience)
        if data is None:  # no answer in time: stop the copy, and do the work here
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        collected.append(True)
        if status != 0 or data is None:
            return here()
        kept.append(data)
        return data

    def cancel() -> None:
        if collected:
            return
        collected.append(True)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.close(reading)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)

    return Waiting(wait, cancel)


def _end_with(parent: int) -> None:
    """In a copy: be stopped (SIGKILL) when ``parent``, the process that made it, ends, however it
    ends: a build stopped by ``kill``, or one that failed after its layout had started, leaves
    no copy computing on for nobody (Linux's ``prctl(PR_SET_PDEATHSIG)``; elsewhere nothing forks).
    If the parent ended before this was set, the copy ends at once."""
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


#: Linux's prctl option that names the signal a process gets when its parent ends.
_PR_SET_PDEATHSIG = 1


def in_copy() -> bool:
    """True in a copy of the process made by :func:`aside` or :func:`aside_bytes`, while it computes.

    >>> in_copy()
    False
    >>> aside_bytes(lambda: str(in_copy()).encode())() == str(can_fork()).encode()
    True
    """
    return _IN_COPY


def make_way() -> None:
    """In a copy made by :func:`aside` (and nowhere else), lower its priority by :data:`MAKE_WAY`:
    its work is waited for after other work that runs beside it (a large page's layout is waited
    for with its community search, which takes longer and starts later), so that the scheduler
    gives most of a core to that other work. Copies it makes from here on inherit the priority.

    >>> before = os.getpriority(os.PRIO_PROCESS, 0)
    >>> make_way()  # here, not in a copy: nothing changes
    >>> os.getpriority(os.PRIO_PROCESS, 0) == before
    True
    >>> lowered = aside_bytes(lambda: (make_way(), str(os.getpriority(os.PRIO_PROCESS, 0)).encode())[1])()
    >>> int(lowered) == min(before + MAKE_WAY, 19) if can_fork() else int(lowered) == before
    True
    """
    if _IN_COPY:
        with contextlib.suppress(OSError):
            os.nice(MAKE_WAY)


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
