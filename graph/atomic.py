"""Write files so that a reader sees the old file or the new one, never half of one.

Examples
--------
>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "sub" / "page.html"
>>> write_text_atomic(out, "<p>hi</p>") == out
True
>>> out.read_text()
'<p>hi</p>'
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .errors import OutputError

__all__ = ["write_text_atomic", "write_bytes_atomic", "write_files_atomic"]


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    return write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically, creating missing folders.

    The data goes to a hidden temporary file beside ``path``, is flushed to
    disk, and replaces ``path`` in one rename; on any failure the temporary
    file is removed and an existing ``path`` is left as it was.

    Raises
    ------
    OutputError
        When the folder cannot be created or the file cannot be written.
    """
    return write_files_atomic({Path(path): data})[0]


def write_files_atomic(files: Mapping[Path, bytes]) -> list[Path]:
    """Write several files that belong together, each atomically.

    Every file is first written in full to a temporary file beside it; only
    when all of them are on disk are they renamed into place, one after the
    other. A failure while writing leaves every existing file as it was.

    Parameters
    ----------
    files : mapping of Path to bytes
        What to write where.

    Returns
    -------
    list of Path
        The paths written, in the order given.

    Raises
    ------
    OutputError
        When a folder cannot be created or a file cannot be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in write_files_atomic({folder / "a.tsv": b"x", folder / "b.tsv": b"y"})]
    ['a.tsv', 'b.tsv']
    """
    paths = list(files)
    for path in paths:
        if path.is_dir():
            raise OutputError(f"{path} is a folder; expected a file name such as {path / 'graph.html'}")
    temps: list[tuple[str, Path]] = []
    current = paths[0] if paths else Path()
    try:
        for current, data in zip(paths, files.values(), strict=True):
            temps.append((_write_temporary(current, data), current))
        for tmp, current in temps:
            os.replace(tmp, current)
    except BaseException as err:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"cannot write {current}: {err.strerror}") from err
        raise
    return paths


def _write_temporary(path: Path, data: bytes) -> str:
    """Write ``data`` to a new hidden file beside ``path`` and return its name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except (FileExistsError, NotADirectoryError) as err:
        blocking = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path.parent)
        raise OutputError(f"cannot write {path}: {blocking} is a file, not a folder") from err
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; otherwise the usual ones under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
