"""The nodes of a node table: one per row, with the attributes every node has.

Examples
--------
>>> default_node("zinc")["label"], node_attrs("zinc", {"synonyms": "Zn| zink"})["synonyms"]
('zinc', ['Zn', 'zink'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import vocabulary as vocab
from .checks import Checks
from .csvfile import Table

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["add_nodes", "node_attrs", "default_node"]


def add_nodes(G: nx.MultiDiGraph, table: Table | None, checks: Checks) -> bool:
    """Add the nodes of ``table``; True when the edges must make the nodes instead.

    That is so without a node file, and when the node file is unusable (its
    problem is reported once, rather than as an unknown node on every edge).
    """
    if table is None or table.index("id") is None:
        return True
    if not len(table):
        if not checks.reported(table):
            checks.add(
                table.name,
                0,
                None,
                "no rows below the header",
                "a row for each node (or no node file at all: the edges then make the nodes)",
            )
        return True
    columns = table.columns
    first_line: dict[str, int] = {}
    for line, cells in table.rows:
        record = dict(zip(columns, cells, strict=True))
        node = record.pop("id")
        if not node:
            checks.add(table.name, line, "id", "empty id", "a non-empty id for every node")
            continue
        if node in first_line:
            checks.add(
                table.name, line, "id", f"duplicate id '{node}'", f"each id once (first on line {first_line[node]})"
            )
            continue
        first_line[node] = line
        attrs = node_attrs(node, record)
        checks.known("categories", attrs["category"], table.name, line, "category")
        G.add_nodes_from([(node, attrs)])  # not add_node(node, **attrs): a column may be named node_for_adding
    return False


def node_attrs(node: str, record: dict[str, str]) -> dict[str, Any]:
    label = record.pop("label", "") or node
    attrs: dict[str, Any] = {
        "label": label,
        "label_nl": record.pop("label_nl", "") or label,
        "category": record.pop("category", "") or vocab.DEFAULT_CATEGORY,
        "description": record.pop("description", ""),
        "synonyms": [s.strip() for s in record.pop("synonyms", "").split("|") if s.strip()],
    }
    attrs.update(record)
    return attrs


def default_node(node: str) -> dict[str, Any]:
    """The attributes of a node that only appears in edges (kept in step with :func:`node_attrs`)."""
    return {"label": node, "label_nl": node, "category": vocab.DEFAULT_CATEGORY, "description": "", "synonyms": []}
