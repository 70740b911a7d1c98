"""The title of a data set, from the optional ``graph.csv`` of its folder.

``graph.csv`` holds one row under the header ``title`` (and optionally
``title_nl``, the Dutch title)::

    title,title_nl
    Magnesium and sleep,Magnesium en slaap

Without that file the data set has no title of its own and the page says
"Concept graph" (or what ``title=`` / ``--title`` gives). A folder's name is
not used: a folder written by :func:`graph.write_csv` would come back with a
title the graph never had.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> data_title(folder, {})
({}, [])
>>> _ = (folder / "graph.csv").write_text("title,title_nl\\nVitamin D,Vitamine D\\n", encoding="utf-8")
>>> data_title(folder, {"graph.csv": "graph.csv"})
({'name': 'Vitamin D', 'name_nl': 'Vitamine D'}, [])
"""

from __future__ import annotations

from pathlib import Path

from ..errors import Problem
from .csvfile import read_table

__all__ = ["data_title", "TITLE_FILE"]

#: The optional file of a data folder that names the data set.
TITLE_FILE = "graph.csv"


def data_title(folder: Path, present: dict[str, str]) -> tuple[dict[str, str], list[Problem]]:
    """``{"name": ..., "name_nl": ...}`` for the graph of ``folder`` (keys only for what
    its ``graph.csv`` gives; none without one), and the problems of that file.

    ``present`` maps the lower-case names of the folder's files to their names.
    """
    name = present.get(TITLE_FILE)
    if name is None:
        return {}, []
    table, problems = read_table(folder / name)
    if problems:
        return {}, problems
    file = table.name
    if "title" not in table.columns:
        return {}, [
            Problem(file, 1, None, f"no 'title' column (columns: {', '.join(table.columns)})", "title,title_nl")
        ]
    rows = [cells for _, cells in table.rows]
    if len(rows) != 1:
        line = table.rows[1][0] if len(rows) > 1 else 1
        return {}, [Problem(file, line, None, f"{len(rows)} rows below the header", "one row with the title")]
    values = dict(zip(table.columns, rows[0], strict=True))
    if not values["title"]:
        return {}, [Problem(file, table.rows[0][0], "title", "empty title", "the data set's title")]
    found = {"name": values["title"]}
    if values.get("title_nl"):
        found["name_nl"] = values["title_nl"]
    return found, []
