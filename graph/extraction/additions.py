"""What a review adds to a data folder: the headers of its files and the rows an extraction proposes.

The review page's download holds one CSV file per table of the data folder
(``edges.csv``, ``nodes.csv``, ``sources.csv``) with the header and the
delimiter of the folder's own file, so that the rows can be appended to it
as they are. This module finds those headers (from the files, or from the
graph when no file is at hand) and the rows the page may add: a
``sources.csv`` row per article the data does not cite yet, and a
``nodes.csv`` row per proposed concept.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> headers = data_headers(G, data="data")
>>> headers["edges"]["columns"][:3], headers["sources"]["delimiter"]
(['source', 'target', 'relation'], ',')
>>> result = graph.extract(["Zink ondersteunt de spierfunctie."], G)
>>> proposed_concepts(result, G)["zink"]["label_nl"]
'Zink'
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Any

from ..read.folder import locate_files
from .result import Extraction, edge_columns

__all__ = ["data_headers", "proposed_sources", "proposed_concepts", "review_key"]

_TABLES = ("edges", "nodes", "sources")
_KEYS = {"edges": ("source", "target"), "nodes": ("id",), "sources": ("id",)}  # the columns a row is found by
_SOURCE_COLUMNS = ["id", "title", "author", "published", "language", "file"]
_NODE_COLUMNS = ["id", "label", "label_nl", "category", "description", "synonyms"]
_DERIVED_EDGE = {"sign", "weight"}  # read from a column, or made by the loader: never written back blindly


def data_headers(
    G: Any, *, data: str | Path | None = None, edges: str | Path | None = None, nodes: str | Path | None = None
) -> dict[str, dict[str, Any]]:
    """The header and delimiter of each of the data's ``edges``, ``nodes`` and ``sources`` files.

    A file that is there gives its own first line; one that is not (or a
    graph given without its folder) gives the columns the graph holds, in
    the order the loader keeps them. ``exists`` says whether the folder has
    the file (a download for a file the folder lacks is copied whole).
    """
    files: dict[str, Path | None] = dict.fromkeys(_TABLES)
    if data is not None or edges is not None:
        found, problems = locate_files(data, edges, nodes)
        if not problems:
            files.update({k: found.get(k) for k in _TABLES})
    guessed = _graph_headers(G)
    headers = {}
    for table in _TABLES:
        read = _file_header(files[table])
        if read is None or not set(_KEYS[table]) <= set(read["columns"]):  # a KGX file names its ends otherwise
            read = {"columns": guessed[table], "delimiter": ",", "exists": False}
        headers[table] = read
    return headers


def _file_header(path: Path | None) -> dict[str, Any] | None:
    if path is None or path.suffix.lower() not in (".csv", ".tsv", ".txt"):
        return None
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError):
        return None
    if not line.strip():
        return None
    delimiter = max((",", ";", "\t"), key=line.count)
    columns = next(csv.reader([line.rstrip("\r\n")], delimiter=delimiter))
    return {"columns": [c.strip() for c in columns], "delimiter": delimiter, "exists": True}


def _graph_headers(G: Any) -> dict[str, list[str]]:
    columns = edge_columns(G)
    if any("hedged" in d for _, _, d in G.edges(data=True)):
        columns.append("hedged")
    node_keys = list(dict.fromkeys(k for _, d in G.nodes(data=True) for k in d))
    sources = G.graph.get("sources") or {}
    source_keys = list(dict.fromkeys(k for d in sources.values() for k in d))
    return {
        "edges": columns,
        "nodes": ["id", *[k for k in node_keys if k != "id"]] if node_keys else list(_NODE_COLUMNS),
        "sources": ["id", *[k for k in source_keys if k != "id"]] if source_keys else list(_SOURCE_COLUMNS),
    }


def proposed_sources(result: Extraction, G: Any) -> dict[str, dict[str, str]]:
    """A ``sources.csv`` row for each article the data has no source for, by the article's ``doc``."""
    known = G.graph.get("sources") or {}
    rows = {}
    for row in result.sources.to_dict("records"):
        doc = str(row.get("id", ""))
        if doc and doc not in known:
            rows[doc] = {k: "" if v is None else str(v) for k, v in row.items()}
    return rows


def proposed_concepts(result: Extraction, G: Any) -> dict[str, dict[str, Any]]:
    """A ``nodes.csv`` row for each concept the candidates name that the data lacks, by proposed id.

    Its label (first letter capital) goes in the language of its article,
    and in the other one too until a reviewer writes it; the category is
    left for the reviewer to choose. ``uses`` lists the candidates (by row
    index) that name it; their sentences are the concept's evidence.
    """
    languages = dict(zip(result.sources.get("id", []), result.sources.get("language", []), strict=False))
    concepts: dict[str, dict[str, Any]] = {}
    for row in result.new_concepts.to_dict("records"):
        node = str(row["id"])
        if node in G or node in concepts:
            continue
        text = str(row["label"])
        shown = text[:1].upper() + text[1:]
        lang = str(languages.get(row.get("doc")) or "en")
        concepts[node] = {"label": shown, "label_nl": shown, "category": "", "lang": lang, "uses": []}
    frame = result.candidates
    for index, source, target in zip(frame.index, frame["source"], frame["target"], strict=False):
        for node in {str(source), str(target)}:
            if node in concepts:
                concepts[node]["uses"].append(int(index))
    return concepts


def review_key(result: Extraction, G: Any) -> str:
    """What a review's decisions are kept under: a hash of the articles' text and of the data's version.

    The same article read against the same data gets the same key; another
    article, or a change in the data's concepts, relations or edges, another.
    """
    digest = hashlib.sha256()
    for article in result.articles:
        digest.update(article.text.encode("utf-8", "surrogatepass") + b"\x00")
    digest.update(b"\x01")
    for node in sorted(map(str, G.nodes)):
        digest.update(node.encode("utf-8", "surrogatepass") + b"\x00")
    edges = sorted((str(u), str(v), str(d.get("relation", ""))) for u, v, d in G.edges(data=True))
    for edge in edges:
        digest.update("\x1f".join(edge).encode("utf-8", "surrogatepass") + b"\x00")
    return digest.hexdigest()[:24]
