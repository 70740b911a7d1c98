"""Atomic writes: the old file or the new one, never half of one, and no litter."""

from __future__ import annotations

import os
import stat

import pytest

from graph.atomic import write_text_atomic
from graph.errors import OutputError


def test_creates_missing_folders(tmp_path):
    out = write_text_atomic(tmp_path / "a" / "b" / "page.html", "new")
    assert out.read_text() == "new"


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
