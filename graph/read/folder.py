"""Where a data folder keeps its files, and which folder is read when none is named.

A data folder holds ``edges.csv`` (required) and, optionally, ``nodes.csv``,
``relations.csv``, ``sources.csv`` and ``categories.csv``; their names are
found in any case (``Edges.csv`` too). A folder without ``edges.csv`` that
holds one KGX pair (``edges.tsv`` and ``nodes.tsv``, or ``PREFIX_edges.tsv``
and ``PREFIX_nodes.tsv``) is read as that pair.

Examples
--------
>>> files, problems = locate_files(None, "my_edges.csv", None)
>>> files["edges"].name, files["nodes"], problems
('my_edges.csv', None, [])
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import Problem
from . import vocabulary as vocab

__all__ = ["DATA_FILES", "PathLike", "default_data_dir", "locate_files", "file_names"]

#: The files of a data folder; only ``edges`` is required.
DATA_FILES = {
    "relations": "relations.csv",
    "sources": "sources.csv",
    "categories": "categories.csv",
    "nodes": "nodes.csv",
    "edges": "edges.csv",
}

PathLike = str | Path


def default_data_dir() -> Path:
    """The data folder used when none is given.

    ``data/`` in the current directory when it holds an ``edges.csv`` (in
    any case: ``Edges.csv`` too, as a data folder's files are found),
    otherwise the magnesium data set installed with the package.
    """
    local = Path("data")
    try:
        if local.is_dir() and DATA_FILES["edges"] in file_names(local):
            return local
    except OSError:  # unreadable: say so when it is read
        return local
    here = Path(__file__).resolve().parent.parent  # the package: graph/
    for candidate in (here / "magnesium", here.parent / "data"):
        if (candidate / DATA_FILES["edges"]).is_file():
            return candidate
    return local


def locate_files(
    data: PathLike | None, edges: PathLike | None, nodes: PathLike | None
) -> tuple[dict[str, Path | None], list[Problem]]:
    """The file for each kind (``None`` when absent) and problems finding them."""
    if data is not None and (edges is not None or nodes is not None):
        raise ValueError("give either a data folder or an edge list (with a node file), not both")
    files: dict[str, Path | None] = dict.fromkeys(DATA_FILES)
    if edges is not None:
        files["edges"] = Path(edges)
        files["nodes"] = Path(nodes) if nodes is not None else None
        return files, []
    if nodes is not None:
        raise ValueError("a node file needs an edge list: pass edges= as well")
    folder = Path(data) if data is not None else default_data_dir()
    holding = f"a folder holding {DATA_FILES['edges']}"
    if not folder.is_dir():
        if folder.exists():
            return files, [
                Problem(
                    str(folder),
                    0,
                    None,
                    "is a file, not a folder",
                    f"{holding} (read a lone edge list with --edges, or edges= in Python)",
                )
            ]
        return files, [Problem(str(folder), 0, None, "folder not found", holding)]
    try:
        present = file_names(folder)
    except OSError as err:
        return files, [Problem(str(folder), 0, None, f"cannot be read ({err.strerror})", holding)]
    for kind, name in DATA_FILES.items():
        if name in present:
            files[kind] = folder / present[name]
    if files["edges"] is None:
        kgx = _kgx_pair(folder, present)
        if kgx is not None:
            files["edges"], files["nodes"] = kgx
            return files, []
    if files["edges"] is None:
        others = sorted(n for n in present.values() if n.lower().endswith(".csv"))
        found = f" (CSV files in it: {vocab.listed(others)})" if others else ""
        optional = ", ".join(DATA_FILES[k] for k in ("nodes", "relations", "sources", "categories"))
        problem = Problem(
            str(folder), 0, None, f"has no {DATA_FILES['edges']}{found}", f"{holding} (and optionally {optional})"
        )
        return files, [problem]
    return files, []


def _kgx_pair(folder: Path, present: dict[str, str]) -> tuple[Path, Path | None] | None:
    """The edges file and nodes file of a folder holding a KGX pair (``edges.tsv``/``nodes.tsv``,
    or ``PREFIX_edges.tsv``/``PREFIX_nodes.tsv``; ``.csv`` too when its header names ``subject`` and
    ``object``), or ``None`` when there is not exactly one."""
    edges = sorted(
        lower
        for lower in present
        if lower == "edges.tsv"
        or lower.endswith("_edges.tsv")
        or (lower.endswith("_edges.csv") and _kgx_header(folder / present[lower]))
    )
    if len(edges) != 1:
        return None
    nodes = edges[0][: -len("edges.tsv")] + "nodes" + edges[0][-4:]
    return folder / present[edges[0]], (folder / present[nodes]) if nodes in present else None


def _kgx_header(path: Path) -> bool:
    """True when the first line of ``path`` names KGX's ``subject`` and ``object`` columns."""
    if not path.is_file():  # a FIFO or a device is not opened here
        return False
    try:
        with open(path, "rb") as file:
            header = file.readline(65536).decode("utf-8", "ignore").lower()
    except OSError:
        return False
    return "subject" in header and "object" in header


def file_names(folder: Path) -> dict[str, str]:
    """The names in ``folder`` by their lower-case form (an exact match wins), so ``Edges.csv`` is found."""
    names = os.listdir(folder)
    found = {name.lower(): name for name in names}
    found.update({name: name for name in names if name in DATA_FILES.values()})
    return found
