"""The formula guard, and atomic writes: a failed export leaves existing files as they were."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import graph
import graph.atomic
from graph.errors import OutputError
from graph.formats.tabular import csv_bytes, guard_cell, tsv_bytes


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-1", "-1"),
        ("+1", "+1"),
        ("-0.5", "-0.5"),
        ("1e-3", "1e-3"),
        ("magnesium", "magnesium"),
        ("'s avonds", "'s avonds"),
        ("", ""),
    ],
)
def test_guard_cell(cell: str, expected: str) -> None:
    assert guard_cell(cell) == expected


def test_csv_bytes_quotes_what_needs_quotes() -> None:
    assert csv_bytes(["a", "b"], [["x,y", 'say "hi"'], [["p", "q"], None]]) == b'a,b\n"x,y","say ""hi"""\np|q,\n'


def test_tsv_bytes_never_quotes() -> None:
    assert tsv_bytes(["a"], [['say "hi"']]) == b'a\nsay "hi"\n'


def existing(folder: Path, *names: str) -> list[Path]:
    folder.mkdir()
    paths = []
    for name in names:
        path = folder / name
        path.write_text("old", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_a_failed_export_leaves_the_old_file(tiny_data: Path, tmp_path: Path, monkeypatch, fmt: str) -> None:
    (path,) = existing(tmp_path / "out", f"g.{fmt}")

    def fail(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(graph.atomic.os, "replace", fail)
    with pytest.raises(OutputError, match=f"cannot write {path}: No space left on device"):
        graph.export(graph.load(tiny_data), path)
    assert path.read_text(encoding="utf-8") == "old"
    assert os.listdir(path.parent) == [path.name]


def test_kgx_writes_both_files_or_neither(tiny_data: Path, tmp_path: Path, monkeypatch) -> None:
    nodes, edges = existing(tmp_path / "out", "m_nodes.tsv", "m_edges.tsv")
    real = graph.atomic._write_temporary
    calls = []

    def second_fails(path: Path, data: bytes) -> str:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        return real(path, data)

    monkeypatch.setattr(graph.atomic, "_write_temporary", second_fails)
    with pytest.raises(OutputError, match="cannot write .*m_edges.tsv: Input/output error"):
        graph.write_kgx(graph.load(tiny_data), tmp_path / "out" / "m")
    assert (nodes.read_text(encoding="utf-8"), edges.read_text(encoding="utf-8")) == ("old", "old")
    assert sorted(os.listdir(nodes.parent)) == ["m_edges.tsv", "m_nodes.tsv"]


def test_an_output_folder_that_is_a_file_is_an_output_error(tiny_data: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match=f"cannot write {blocker / 'g.graphml'}"):
        graph.write_graphml(graph.load(tiny_data), blocker / "g.graphml")
