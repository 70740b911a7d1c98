"""What an input file must be before it is read: a regular file of bounded size.

A named pipe, ``/dev/zero`` or a terminal would be read forever (or block)
before any check could speak, and a file of many gigabytes would exhaust
memory first; both are refused from the file's metadata, before a byte is read.

Examples
--------
>>> print(input_problem("/dev/zero", "/dev/zero", "a CSV file"))
/dev/zero: is a device, not a regular file; expected a CSV file
>>> import tempfile
>>> input_problem(tempfile.NamedTemporaryFile().name, "x.csv", "a CSV file") is None
True
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import Problem

__all__ = ["MAX_INPUT_BYTES", "input_problem"]

#: The largest input file read, in bytes (1 GiB: some 30 million edges, far beyond what memory holds).
MAX_INPUT_BYTES = 1 << 30
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def input_problem(path: str | Path, name: str, expected: str) -> Problem | None:
    """Why ``path`` cannot be read as an input file, or ``None`` when it may be (or does not exist).

    A missing file, a folder or a file that cannot be read are left to the
    reader, whose messages say so; this refuses what reading would hang on.
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    for test, kind in _KINDS:
        if test(info.st_mode):
            return Problem(name, 0, None, f"is {kind}, not a regular file", expected)
    if stat.S_ISREG(info.st_mode) and info.st_size > MAX_INPUT_BYTES:
        return Problem(
            name,
            0,
            None,
            f"is {info.st_size:,} bytes, more than the {MAX_INPUT_BYTES:,} read",
            f"a smaller file ({expected}; see Limits in the README)",
        )
    return None
