"""Write a graph back as our own data folder of five CSV files, which :func:`graph.load` reads again.

``nodes.csv``, ``edges.csv``, ``relations.csv``, ``sources.csv`` and
``categories.csv`` get the columns ``graph.load`` knows, then any further
attributes; ``synonyms`` are joined with ``|``. The three tables hold every
relation, source and category the graph uses (with default entries where
the graph has none), so the folder loads without problems. ``edges.csv``
gets a ``sign`` column only when an edge's sign differs from its
relation's. A graph with a title (``G.graph["name"]``) also gets
``graph.csv`` (:mod:`graph.read.title`). Cells a spreadsheet would run as formulas get a leading ``'``
(:func:`graph.formats.tabular.guard_cell`); a file is UTF-8 without a byte-order mark.

Examples
--------
>>> import graph, tempfile, pathlib
>>> G = graph.load()
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> [p.name for p in graph.write_csv(G, folder)]
['nodes.csv', 'edges.csv', 'relations.csv', 'sources.csv', 'categories.csv', 'graph.csv']
>>> H = graph.load(folder)
>>> dict(H.nodes(data=True)) == dict(G.nodes(data=True)) and H.graph == G.graph
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from ..atomic import write_files_atomic
from ..read import vocabulary as vocab
from ..read.title import TITLE_FILE
from .portable import edge_list, edge_list_directed, relation_entry_of
from .tabular import csv_bytes

__all__ = ["write_csv", "CSV_COLUMNS"]

#: The columns ``graph.load`` knows, per file; further attributes follow them.
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "nodes": ("id", "label", "label_nl", "category", "description", "synonyms"),
    "edges": ("source", "target", "relation", "evidence", "source_doc", "section"),
    "relations": ("relation", "label", "label_nl", "sign"),
    "sources": ("id", "title", "author", "published", "language"),
    "categories": ("category", "label", "label_nl", "color", "shape"),
}


def write_csv(G: nx.Graph, path: str | Path) -> list[Path]:
    """Write ``G`` as a data folder of five CSV files, all atomically.

    Parameters
    ----------
    G : networkx graph
        Usually a :class:`~networkx.MultiDiGraph` from :func:`graph.load`
        or a subgraph of one; it is not changed.
    path : str or Path
        The folder; it is created when missing. Files of the same names in
        it are replaced.

    Returns
    -------
    list of Path
        ``nodes.csv``, ``edges.csv``, ``relations.csv``, ``sources.csv``
        and ``categories.csv`` in ``path``, and ``graph.csv`` (its title)
        when ``G.graph`` has a ``name``.

    Raises
    ------
    OutputError
        When a file cannot be written (existing files are left as they were).

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> nodes, edges, *_ = graph.write_csv(graph.load(), pathlib.Path(tempfile.mkdtemp()))
    >>> edges.read_text(encoding="utf-8").splitlines()[0]
    'source,target,relation,evidence,source_doc,section,evidence_nl,hedged'
    """
    folder = Path(path)
    relations, sources, categories = _tables(G)
    files = {
        folder / "nodes.csv": _nodes(G),
        folder / "edges.csv": _edges(G),
        folder / "relations.csv": _table(relations, CSV_COLUMNS["relations"]),
        folder / "sources.csv": _table(sources, CSV_COLUMNS["sources"]),
        folder / "categories.csv": _table(categories, CSV_COLUMNS["categories"]),
    }
    if G.graph.get("name"):  # the title, as graph.read.title reads it
        title = [str(G.graph["name"]), str(G.graph.get("name_nl") or "")]
        files[folder / TITLE_FILE] = csv_bytes(["title", "title_nl"], [title])
    return write_files_atomic(files)


def _tables(G: nx.Graph) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The graph's three tables, completed with default entries for what it uses but lacks."""
    relations = {k: dict(v) for k, v in G.graph.get("relations", {}).items()}
    sources = {k: dict(v) for k, v in G.graph.get("sources", {}).items()}
    categories = {k: dict(v) for k, v in G.graph.get("categories", {}).items()}
    for *_, attrs in edge_list(G):
        relation = str(attrs.get("relation") or vocab.DEFAULT_RELATION)
        relations.setdefault(relation, vocab.relation_entry(relation))
        source = str(attrs.get("source_doc") or "")
        if source:
            sources.setdefault(source, vocab.source_entry(source))
    for _, category in G.nodes(data="category"):
        name = str(category or vocab.DEFAULT_CATEGORY)
        if name not in categories:
            categories[name] = vocab.category_entry(name, len(categories))
    return relations, sources, categories


def _columns(known: tuple[str, ...], records: Iterable[Mapping[str, Any]], skip: Iterable[str] = ()) -> list[str]:
    """The known columns, then every further attribute in the order first met."""
    columns = list(known)
    seen = set(known) | set(skip)
    for attrs in records:
        for name in attrs:
            if str(name) not in seen:
                seen.add(str(name))
                columns.append(str(name))
    return columns


def _nodes(G: nx.Graph) -> bytes:
    columns = _columns(CSV_COLUMNS["nodes"], (attrs for _, attrs in G.nodes(data=True)))
    rows = ([node, *(attrs.get(c) for c in columns[1:])] for node, attrs in G.nodes(data=True))
    return csv_bytes(columns, rows)


def _edges(G: nx.Graph) -> bytes:
    edges = edge_list_directed(G)  # an undirected edge says so in a ``directed`` column
    own_sign = any(attrs.get("sign", 0) != _relation_sign(G, attrs) for *_, attrs in edges)
    known = CSV_COLUMNS["edges"] + (("sign",) if own_sign else ())
    columns = _columns(known, (attrs for *_, attrs in edges), skip=("sign",))
    rows = ([u, v, *(attrs.get(c) for c in columns[2:])] for u, v, _, attrs in edges)
    return csv_bytes(columns, rows)


def _relation_sign(G: nx.Graph, attrs: Mapping[str, Any]) -> Any:
    return relation_entry_of(G, str(attrs.get("relation") or vocab.DEFAULT_RELATION)).get("sign", 0)


def _table(entries: Mapping[str, Mapping[str, Any]], known: tuple[str, ...]) -> bytes:
    columns = _columns(known, entries.values())
    rows = ([key, *(entry.get(c) for c in columns[1:])] for key, entry in entries.items())
    return csv_bytes(columns, rows)
