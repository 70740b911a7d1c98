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

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import FrameType

from .errors import OutputError

__all__ = [
    "write_text_atomic",
    "write_bytes_atomic",
    "write_files_atomic",
    "check_outputs",
    "protected",
    "MAX_TEMP_STEM",
]

#: Most bytes of the target's name kept in a temporary file's name, so that the
#: temporary name (``.NAME.XXXXXXXX.tmp``) stays within the 255 bytes a file name may have.
MAX_TEMP_STEM = 200
#: Signals that end the process while a file is written; the temporary file is removed first.
_ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
#: The (device, inode) of files that must never be written: the input of the running command.
_protected: set[tuple[int, int]] = set()
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def write_text_atomic(path: str | Path, text: str, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same folder."""
    return write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: str | Path, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` (bytes, or pieces of bytes written one after the other as they come) to ``path``
    atomically, creating missing folders.

    The data goes to a hidden temporary file beside ``path``, is flushed to
    disk, and replaces ``path`` in one rename; on any failure the temporary
    file is removed and an existing ``path`` is left as it was.

    Raises
    ------
    OutputError
        When the folder cannot be created or the file cannot be written.
    """
    return write_files_atomic({Path(path): data})[0]


def write_files_atomic(files: Mapping[Path, bytes | Iterable[bytes]]) -> list[Path]:
    """Write several files that belong together, each atomically.

    Every file is first written in full to a temporary file beside it; only
    when all of them are on disk are they renamed into place, one after the
    other. A failure while writing leaves every existing file as it was.

    Parameters
    ----------
    files : mapping of Path to bytes (or pieces of bytes, written one after the other as they come)
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
    targets = check_outputs(paths)
    temps: list[tuple[str, Path]] = []
    made: list[Path] = []
    current = paths[0] if paths else Path()
    try:
        with _removing_on_signals():
            for current, target, data in zip(paths, targets, files.values(), strict=True):
                made += _make_folders(current, target.parent)
                temps.append((_write_temporary(target, data), target))
            for tmp, target in temps:
                _check_target(target, target)  # still a regular file (or none) just before the rename
                os.replace(tmp, target)
    except BaseException as err:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        for folder in reversed(made):  # a failed write leaves no empty folders behind
            with contextlib.suppress(OSError):
                folder.rmdir()
        if isinstance(err, OSError):
            raise OutputError(f"cannot write {current}: {err.strerror}") from err
        raise
    return paths


def check_outputs(paths: Iterable[str | Path]) -> list[Path]:
    """Check, before anything is written, that each of ``paths`` may be written, and none twice.

    A path may not be a folder, a device, a named pipe, a socket or an input
    file of the running command (:func:`protected`); two paths may not name one
    file, under any name (a symbolic or hard link, ``./x``).

    Returns
    -------
    list of Path
        The file each path replaces (what a symbolic link points to).

    Raises
    ------
    OutputError
        Naming the first path that may not be written.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> check_outputs([folder / "a.csv", folder / "b.csv"]) == [folder / "a.csv", folder / "b.csv"]
    True
    >>> check_outputs([folder / "a.csv", folder / "sub" / ".." / "a.csv"])
    Traceback (most recent call last):
    ...
    graph.errors.OutputError: cannot write ...a.csv: it is the same file as ...a.csv; expected a different file ...
    """
    named = [Path(path) for path in paths]
    targets = [_target(path) for path in named]
    seen: dict[object, Path] = {}
    for path, target in zip(named, targets, strict=True):
        for key in _same_file_keys(target):
            if key in seen:
                same = "it is given twice" if seen[key] == path else f"it is the same file as {seen[key]}"
                raise OutputError(f"cannot write {path}: {same}; expected a different file for each output")
        seen.update(dict.fromkeys(_same_file_keys(target), path))
    return targets


def _same_file_keys(target: Path) -> list[object]:
    """What names a file: its real path, and its device and inode when it exists (for hard links)."""
    keys: list[object] = [os.path.realpath(target)]
    key = _file_key(target)
    if key is not None:
        keys.append(key)
    return keys


@contextlib.contextmanager
def protected(paths: Iterable[str | Path]) -> Iterator[None]:
    """Refuse, while the block runs, to write any of ``paths`` (say, the files being read).

    A path is matched as a file (device and inode), so another name for the
    same file (a symbolic or hard link, ``./x``) is refused too.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> data = pathlib.Path(tempfile.mkdtemp()) / "edges.csv"
    >>> _ = data.write_text("source,target")
    >>> with protected([data]):
    ...     write_text_atomic(data, "<html>")
    Traceback (most recent call last):
    ...
    graph.errors.OutputError: cannot write ...edges.csv: it is an input file of this command; expected another file name
    """
    added = {key for key in map(_file_key, paths) if key is not None and key not in _protected}
    _protected.update(added)
    try:
        yield
    finally:
        _protected.difference_update(added)


def _file_key(path: str | Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _target(path: Path) -> Path:
    """The file that writing ``path`` replaces: ``path``, or what a symbolic link there points to.

    Raises
    ------
    OutputError
        When that is a folder, a device, a named pipe or a socket, or an input file.
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    _check_target(path, target)
    return target


def _check_target(path: Path, target: Path) -> None:
    try:
        info = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from err
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{path} is a folder; expected a file name such as {path / 'graph.html'}")
    for test, kind in _KINDS:
        if test(info.st_mode):
            raise OutputError(f"cannot write {path}: it is {kind}, not a regular file; expected the name of a file")
    if (info.st_dev, info.st_ino) in _protected:
        raise OutputError(f"cannot write {path}: it is an input file of this command; expected another file name")


class _Ended(SystemExit):
    """Raised by a handler of SIGTERM or SIGHUP while a file is written: the exit status a signal gives."""


@contextlib.contextmanager
def _removing_on_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into an exception for the duration, so temporary files are removed.

    SIGINT already raises :class:`KeyboardInterrupt`. Outside the main thread
    signals cannot be handled, and nothing changes.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def ended(signum: int, frame: FrameType | None) -> None:
        raise _Ended(128 + signum)

    previous = {}
    for number in _ENDING_SIGNALS:
        handler = signal.getsignal(number)
        if handler in (signal.SIG_DFL, None):  # leave a handler the program installed alone
            previous[number] = signal.signal(number, ended)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _make_folders(path: Path, folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; return the ones created, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as err:
        blocking = next((p for p in reversed(path.parents) if p.exists() and not p.is_dir()), path.parent)
        raise OutputError(f"cannot write {path}: {blocking} is a file, not a folder") from err
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from err
    return list(reversed(missing))


def _write_temporary(path: Path, data: bytes | Iterable[bytes]) -> str:
    """Write ``data`` to a new hidden file beside ``path`` and return its name."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{_temp_stem(path.name)}.", suffix=".tmp")
    except OSError as err:
        raise OutputError(f"cannot write {path}: {err.strerror}") from err
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, (bytes, bytearray, memoryview)):
                handle.write(data)
            else:
                handle.writelines(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _temp_stem(name: str) -> str:
    """``name``, cut to :data:`MAX_TEMP_STEM` bytes (on a character boundary) for a temporary name.

    Examples
    --------
    >>> len(_temp_stem("x" * 245)), _temp_stem("graph.html")
    (200, 'graph.html')
    """
    encoded = os.fsencode(name)
    if len(encoded) <= MAX_TEMP_STEM:
        return name
    return os.fsdecode(encoded[:MAX_TEMP_STEM]).encode("utf-8", "ignore").decode("utf-8", "ignore") or "out"


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; otherwise the usual ones under the umask."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
