"""Interrupted and unasked-for writes: a killed build loses nothing, and nothing lands in the working folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

EARLIER = b"<!DOCTYPE html><title>the earlier page</title>\n"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CONCEPT_GRAPH_DEBUG"}
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=cwd, capture_output=True, text=True, env=env)


def _write_edges(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("source,target,relation,weight\n")
        for i in range(count):
            handle.write(f"node_{i % 40_000},node_{(i * 7919) % 40_000},rel_{i % 7},{i % 100 / 10}\n")
    return path


def _temporaries(folder: Path) -> list[Path]:
    return sorted(folder.glob(".graph.html.*.tmp"))


def _kill_while_writing(edges: Path, out: Path) -> int:
    """Start a build and SIGKILL it once its temporary file has data; return the exit status."""
    build = subprocess.Popen(
        [sys.executable, "-m", "graph", "build", "--edges", str(edges), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    try:
        while build.poll() is None and time.monotonic() < deadline:
            if any(tmp.stat().st_size > 0 for tmp in _temporaries(out.parent)):
                build.send_signal(signal.SIGKILL)
                break
    except FileNotFoundError:
        pass  # the temporary file was renamed between glob and stat: the kill came too late
    finally:
        if build.poll() is None and time.monotonic() >= deadline:
            build.kill()
    return build.wait()


@pytest.mark.slow
def test_a_build_killed_while_writing_leaves_the_earlier_page_intact(tmp_path):
    edges = _write_edges(tmp_path / "big.csv", 200_000)
    out = tmp_path / "site" / "graph.html"
    out.parent.mkdir()
    for _attempt in range(3):  # the write takes some milliseconds; on a busy machine the kill may come too late
        out.write_bytes(EARLIER)
        status = _kill_while_writing(edges, out)
        if status == -signal.SIGKILL:
            break
    assert status == -signal.SIGKILL, "the build always finished before it could be killed"
    assert out.read_bytes() == EARLIER
    leftovers = _temporaries(out.parent)
    assert len(leftovers) >= 1  # SIGKILL gives no chance to clean up: documented in docs/limits.md

    small = _write_edges(tmp_path / "small.csv", 10)
    result = _run("build", "--edges", str(small), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"<!DOCTYPE html>") and out.read_bytes() != EARLIER
    assert _temporaries(out.parent) == leftovers  # the next build neither trips over them nor touches them


@pytest.mark.parametrize("command", ["build", "validate"])
def test_nothing_is_written_to_the_working_folder(tmp_path, command):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    (tmp_path / "in").mkdir()
    edges = _write_edges(tmp_path / "in" / "edges.csv", 5)
    args = ["--edges", str(edges)] + (["--out", str(tmp_path / "out" / "graph.html")] if command == "build" else [])
    result = _run(command, *args, cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert list(cwd.iterdir()) == []
    if command == "build":
        assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.html"]


def test_a_failed_build_in_a_fresh_folder_creates_no_output_folder(tmp_path):
    bad = tmp_path / "edges.csv"
    bad.write_text("source,target\na,\n", encoding="utf-8")
    result = _run("build", "--edges", str(bad), "--out", str(tmp_path / "new" / "graph.html"), cwd=tmp_path)
    assert result.returncode == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv"]
