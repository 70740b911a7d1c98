"""Atomic writes: the old file or the new one, never half of one, and no litter."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable

import pytest

from graph.atomic import _temp_stem, check_outputs, protected, write_files_atomic, write_text_atomic
from graph.errors import OutputError


def test_creates_missing_folders(tmp_path):
    out = write_text_atomic(tmp_path / "a" / "b" / "page.html", "new")
    assert out.read_text() == "new"


def test_pieces_are_written_one_after_the_other_as_one_file(tmp_path):
    from graph.atomic import write_bytes_atomic

    out = write_bytes_atomic(tmp_path / "page.html", [b"<head>", b"", "é".encode(), bytearray(b"</html>")])
    assert out.read_bytes() == "<head>é</html>".encode()


def test_a_failure_midway_through_the_pieces_keeps_the_earlier_file(tmp_path):
    from graph.atomic import write_bytes_atomic

    out = tmp_path / "page.html"
    out.write_text("old")

    def pieces():
        yield b"new"
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=r"cannot write .*page.html: No space left on device"):
        write_bytes_atomic(out, pieces())  # type: ignore[arg-type]
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_failure_midway_keeps_the_earlier_file_and_removes_the_temporary(tmp_path, monkeypatch):
    out = tmp_path / "page.html"
    out.write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OutputError, match=r"cannot write .*page.html: No space left on device"):
        write_text_atomic(out, "new")
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_interrupt_midway_keeps_the_earlier_file(tmp_path, monkeypatch):
    out = tmp_path / "page.html"
    out.write_text("old")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(out, "new")
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_new_file_gets_ordinary_permissions_and_existing_keep_theirs(tmp_path):
    fresh = write_text_atomic(tmp_path / "fresh.html", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~mask
    kept = tmp_path / "kept.html"
    kept.write_text("x")
    kept.chmod(0o640)
    write_text_atomic(kept, "y")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_a_folder_as_target_is_refused(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        write_text_atomic(tmp_path, "x")


# ---- what --out may name (issue 15)


def test_a_device_is_never_replaced(tmp_path):
    with pytest.raises(OutputError, match=r"cannot write /dev/null: it is a device, not a regular file"):
        write_text_atomic("/dev/null", "x")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "page.html"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match=r"it is a named pipe \(FIFO\), not a regular file"):
        write_text_atomic(fifo, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "site" / "page.html"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "page.html"
    link.symlink_to(real)
    assert write_text_atomic(link, "new") == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"
    assert sorted(p.name for p in real.parent.iterdir()) == ["page.html"]


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "page.html"
    link.symlink_to(tmp_path / "target.html")
    write_text_atomic(link, "new")
    assert link.is_symlink() and (tmp_path / "target.html").read_text() == "new"


def test_a_protected_file_is_refused_under_any_name(tmp_path):
    data = tmp_path / "edges.csv"
    data.write_text("source,target\n")
    (tmp_path / "alias.csv").symlink_to(data)
    os.link(data, tmp_path / "hard.csv")
    with protected([data]):
        for name in ("edges.csv", "alias.csv", "hard.csv"):
            with pytest.raises(OutputError, match="it is an input file of this command"):
                write_text_atomic(tmp_path / name, "<html>")
    assert data.read_text() == "source,target\n"
    write_text_atomic(tmp_path / "hard.csv", "free again")  # outside the block


@pytest.mark.parametrize("other", ["sub/../page.html", "alias.html", "hard.html", "dangling.html"])
def test_one_file_is_not_written_twice_under_any_name(tmp_path, other):
    out = tmp_path / "page.html"
    if other != "dangling.html":
        out.write_text("old")
    (tmp_path / "sub").mkdir()
    (tmp_path / "alias.html").symlink_to("page.html")
    (tmp_path / "dangling.html").symlink_to("page.html")
    if out.exists():
        os.link(out, tmp_path / "hard.html")
    with pytest.raises(OutputError) as caught:
        write_files_atomic({out: b"one", tmp_path / other: b"two"})
    assert str(caught.value) == (
        f"cannot write {tmp_path / other}: it is the same file as {out}; expected a different file for each output"
    )
    assert (out.read_text() if out.exists() else None) == ("old" if other != "dangling.html" else None)
    assert not list(tmp_path.glob(".*.tmp"))


def test_outputs_are_checked_before_any_is_written(tmp_path):
    (tmp_path / "folder").mkdir()
    with pytest.raises(OutputError, match="folder is a folder"):
        check_outputs([tmp_path / "a.csv", tmp_path / "folder"])
    with pytest.raises(OutputError, match="a.csv: it is given twice; expected a different file for each output"):
        check_outputs([tmp_path / "a.csv", str(tmp_path / "a.csv")])
    assert check_outputs([tmp_path / "a.csv", tmp_path / "b.csv"]) == [tmp_path / "a.csv", tmp_path / "b.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]


@pytest.mark.parametrize("name", ["p" * 251 + ".csv", "é" * 125 + ".html"])
def test_long_legal_names_get_short_temporary_names(tmp_path, name):
    assert len(name.encode()) <= 255
    out = write_text_atomic(tmp_path / name, "x")
    assert out.read_text() == "x"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_temporary_names_fit_the_file_system():
    assert len((".{}.{}.tmp".format(_temp_stem("x" * 255), "abcdefgh")).encode()) <= 255
    assert _temp_stem("é" * 200).encode().decode() == "é" * 100


def test_a_failed_write_leaves_no_empty_folders(tmp_path, monkeypatch):
    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    (tmp_path / "kept").mkdir()
    with pytest.raises(OutputError, match="No space left on device"):
        write_files_atomic({tmp_path / "kept" / "new" / "deeper" / "a.tsv": b"x", tmp_path / "other" / "b.tsv": b"y"})
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["kept"]


_WRITER = """
import os, signal, sys
from graph.atomic import write_bytes_atomic

def stop_midway(fd):  # the signal arrives while the data is on its way to the disk
    os.kill(os.getpid(), getattr(signal, sys.argv[2]))

os.fsync = stop_midway
write_bytes_atomic(sys.argv[1], b"x" * 1_000_000)
print("not reached")
"""


def _with_default(signame: str) -> Callable[[], None]:
    """For the child: the signal at its default, whatever this process inherited (``nohup`` ignores SIGHUP)."""

    def reset() -> None:
        signal.signal(getattr(signal, signame), signal.SIG_DFL)

    return reset


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_the_write_removes_the_temporary_file(tmp_path, signame):
    out = tmp_path / "page.html"
    out.write_text("old")
    command = [sys.executable, "-c", _WRITER, str(out), signame]
    result = subprocess.run(command, capture_output=True, text=True, preexec_fn=_with_default(signame))
    assert result.returncode == 128 + getattr(signal, signame), result.stderr
    assert "not reached" not in result.stdout and "Traceback" not in result.stderr
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_a_program_run_under_nohup_still_ignores_sighup_while_writing(tmp_path):
    """A signal the program ignores (SIGHUP under ``nohup``) stays ignored: the write completes."""
    out = tmp_path / "page.html"
    out.write_text("old")

    def ignore_hangups() -> None:
        signal.signal(signal.SIGHUP, signal.SIG_IGN)

    command = [sys.executable, "-c", _WRITER, str(out), "SIGHUP"]
    result = subprocess.run(command, capture_output=True, text=True, preexec_fn=ignore_hangups)
    assert result.returncode == 0 and result.stdout == "not reached\n", result.stderr
    assert out.read_bytes() == b"x" * 1_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_the_programs_own_signal_handlers_are_kept(tmp_path):
    def mine(signum, frame):
        pass

    hangup = signal.getsignal(signal.SIGHUP)  # the default, or ignored when the suite runs under nohup
    previous = signal.signal(signal.SIGTERM, mine)
    try:
        write_text_atomic(tmp_path / "a.html", "x")
        assert signal.getsignal(signal.SIGTERM) is mine
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert signal.getsignal(signal.SIGHUP) is hangup


_BUILD = """
import os, signal, sys
from graph.cli import main

def stop_midway(fd):
    os.kill(os.getpid(), signal.SIGTERM)

os.fsync = stop_midway
main(["build", "--edges", sys.argv[1], "--out", sys.argv[2]])
"""


def test_a_build_terminated_while_writing_exits_143_and_leaves_the_old_page(tmp_path):
    edges = tmp_path / "edges.csv"
    edges.write_text("source,target\na,b\n")
    out = tmp_path / "out" / "graph.html"
    out.parent.mkdir()
    out.write_text("old page")
    result = subprocess.run([sys.executable, "-c", _BUILD, str(edges), str(out)], capture_output=True, text=True)
    assert result.returncode == 143, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert out.read_text() == "old page"
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.html"]
