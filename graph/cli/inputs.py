"""The files a command reads, so that no output of it may replace one of them.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "edges.csv").write_text("source,target")
>>> [p.name for p in input_files({"data": str(folder), "edges": None, "nodes": None})]
['edges.csv']
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..read.folder import default_data_dir

__all__ = ["input_files"]


def input_files(source: Mapping[str, Any]) -> list[Path]:
    """The files named by ``source`` (the options of ``--data`` or ``--edges``/``--nodes``): a data
    folder's files, a graph file, an edge list and its node file."""
    named = [Path(source[key]) for key in ("edges", "nodes") if source.get(key)]
    if named:
        return named
    data = Path(source["data"]) if source.get("data") else default_data_dir()
    try:
        return sorted(p for p in data.iterdir() if p.is_file()) if data.is_dir() else [data]
    except OSError:
        return [data]
