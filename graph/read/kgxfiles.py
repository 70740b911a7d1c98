"""KGX TSV files read as our tables: ``subject``/``predicate``/``object`` edges, ``id``/``name``/``category`` nodes.

KGX (the Biolink ecosystem's exchange format) writes a nodes file and an
edges file. :func:`kgx_edges` turns an edge table into our columns:
``subject`` and ``object`` the ends, ``predicate`` the relation
(``biolink:affects`` becomes ``affects``, and the predicate is kept as it is;
our own export's ``original_predicate`` wins; KGX's old ``relation`` column is
kept as ``kgx_relation``; a symmetric predicate such as ``biolink:interacts_with``
makes the edge undirected, :data:`SYMMETRIC_PREDICATES`), ``object_direction_qualifier`` the sign
(increased 1, decreased -1), ``description`` the evidence and
``primary_knowledge_source`` the source. :func:`kgx_nodes` gives ``name`` as
the label (so it is found by name), ``category`` as the category
(``biolink:Gene``, shown as "Gene") and ``synonym`` as synonyms, and merges
the rows of a node that appears more than once, as KGX tools merge them:
lists joined with ``|``, single values kept from the first row, and each
conflict reported in a warning. Ids in our own export's prefix (``cg:``) lose
it again.

Examples
--------
>>> from graph.read.csvfile import Table
>>> row = ["HGNC:1", "biolink:affects", "HGNC:2"]
>>> edges = Table("k_edges.tsv", columns=["subject", "predicate", "object"], rows=[(2, row)])
>>> is_kgx_edges(edges)
True
>>> kgx_edges(edges); edges.columns, edges.rows
(['source', 'predicate', 'target', 'relation', 'sign'], [(2, ['HGNC:1', 'biolink:affects', 'HGNC:2', 'affects', ''])])
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from ..errors import Problem, warn_data
from .characters import EXPECTED, character_problem
from .csvfile import Table

__all__ = [
    "is_kgx_edges",
    "is_kgx_nodes",
    "kgx_edges",
    "kgx_nodes",
    "kgx_missing_nodes",
    "KGX_LISTS",
    "SYMMETRIC_PREDICATES",
]

#: KGX node columns that hold lists (``|``-separated); others hold one value.
KGX_LISTS = frozenset({"category", "synonym", "provided_by", "xref", "same_as", "in_taxon"})
_OUR_PREFIX = "cg:"
_OUR_SOURCE = "infores:cg-"
_MADE_UP_EDGE_ID = re.compile(r"cg:e\d+")
#: Columns our own KGX export writes that say again what other columns say.
_DERIVED = (
    "predicate",
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "original_predicate",
    "knowledge_level",
    "agent_type",
)
#: Biolink predicates that are symmetric (the edge says the same read either way): undirected edges.
SYMMETRIC_PREDICATES = frozenset(
    "biolink:" + name
    for name in (
        "related_to", "associated_with", "correlated_with", "positively_correlated_with",
        "negatively_correlated_with", "interacts_with", "physically_interacts_with",
        "directly_physically_interacts_with", "genetically_interacts_with", "coexists_with", "colocalizes_with",
        "coexpressed_with", "in_complex_with", "in_pathway_with", "same_as", "exact_match", "close_match",
        "similar_to", "homologous_to", "orthologous_to", "paralogous_to", "xenologous_to", "overlaps",
    )
)  # fmt: skip
_DIRECTIONS = {"increased": "1", "upregulated": "1", "decreased": "-1", "downregulated": "-1"}


def is_kgx_edges(table: Table) -> bool:
    """True for an edge table with KGX's ``subject`` and ``object`` columns and none of ours."""
    columns = set(table.columns)
    return {"subject", "object"} <= columns and not columns & {"source", "target", "from", "to"}


def is_kgx_nodes(table: Table) -> bool:
    """True for a node table with KGX's ``id`` and ``name`` or ``category`` columns and no ``label``."""
    columns = set(table.columns)
    return "id" in columns and bool(columns & {"name", "category"}) and "label" not in columns


def _id(text: str) -> str:
    return unquote(text[len(_OUR_PREFIX) :]) if text.startswith(_OUR_PREFIX) else text


class _Ids:
    """Our ``cg:`` ids decoded, each held to the character check once decoded (``cg:a%01b`` hides a control)."""

    def __init__(self, name: str, problems: list[Problem] | None):
        self.name, self.problems = name, problems

    def __call__(self, text: str, line: int, column: str) -> str:
        decoded = _id(text)
        if decoded is not text and self.problems is not None:
            found = character_problem(decoded)
            if found is not None:
                self.problems.append(Problem(self.name, line, column, f"'{text}', decoded, {found}", EXPECTED))
        return decoded


def _strip(text: str, prefix: str) -> str:
    return text[len(prefix) :] if text.startswith(prefix) else text


def kgx_edges(table: Table, problems: list[Problem] | None = None) -> None:
    """Rewrite the KGX edge table ``table`` as our edge columns, in place; ids that decode badly go to ``problems``."""
    decode = _Ids(table.name, problems)
    columns = table.columns
    at = {name: i for i, name in enumerate(columns)}
    rows = table.rows
    drop = {name for name in _DERIVED if name in at}
    if "original_predicate" not in at:  # another tool's file: its predicate kept as an attribute too
        drop.discard("predicate")
    if "id" in at and all(_MADE_UP_EDGE_ID.fullmatch(cells[at["id"]]) for _, cells in rows):
        drop.add("id")
    if "source_doc" in at:  # our own export, keeping source ids the knowledge-source slug would change
        drop.add("primary_knowledge_source")
    renamed = {"subject": "source", "object": "target", "primary_knowledge_source": "source_doc"}
    if "relation" in at:  # KGX's old relation column (a CURIE, often empty): kept, but the predicate names the edge
        renamed["relation"] = "kgx_relation"
    if "evidence" not in at:
        renamed["description"] = "evidence"
    kept = [name for name in columns if name not in drop]
    out_columns = [renamed.get(name, name) for name in kept]
    extra = [name for name in ("relation", "sign") if name not in out_columns]
    symmetric = "directed" not in at and "original_predicate" not in at and "predicate" in at
    symmetric = symmetric and any(cells[at["predicate"]] in SYMMETRIC_PREDICATES for _, cells in rows)
    if symmetric:  # another tool's file: a symmetric predicate makes its edge undirected
        extra.append("directed")
    if "kgx_relation" in out_columns and "relation" not in extra:
        extra.insert(0, "relation")
    new_rows = []
    for line, cells in rows:
        record = dict(zip(columns, cells, strict=True))
        values = [record[name] for name in kept]
        for name in ("subject", "object"):
            values[kept.index(name)] = decode(record[name], line, name)
        if "primary_knowledge_source" in kept:
            values[kept.index("primary_knowledge_source")] = _strip(record["primary_knowledge_source"], _OUR_SOURCE)
        made = {
            "relation": decode(record.get("original_predicate", ""), line, "original_predicate")
            or _strip(record.get("predicate", ""), "biolink:"),
            "sign": _DIRECTIONS.get(record.get("object_direction_qualifier", "").strip().lower(), ""),
            "directed": "false" if record.get("predicate") in SYMMETRIC_PREDICATES else "true",
        }
        values += [made[name] for name in extra]
        new_rows.append((line, values))
    table.replace(out_columns + extra, new_rows)


def kgx_nodes(table: Table, problems: list[Problem] | None = None) -> None:
    """Rewrite the KGX node table ``table`` as our node columns, in place, merging repeated ids.

    Ids that decode to characters no input may hold go to ``problems``.
    """
    decode = _Ids(table.name, problems)
    if "original_category" in table.columns and "category" in table.columns:  # our own export: the category as it was
        at = table.columns.index("category")
        table.replace(
            [c for i, c in enumerate(table.columns) if i != at],
            [(line, [v for i, v in enumerate(cells) if i != at]) for line, cells in table.rows],
        )
    columns = table.columns
    ours = "original_category" in columns  # our category as it was: one value, which may hold a '|'
    renamed = {"name": "label", "synonym": "synonyms", "original_category": "category"}
    if "label" in columns:
        renamed.pop("name")
    merged: dict[str, tuple[int, list[str]]] = {}
    gathered: dict[str, dict[int, dict[str, None]]] = {}  # a repeated node's list items, by column, in order
    lines: dict[str, list[int]] = {}
    conflicts: list[str] = []
    idx = columns.index("id")
    for line, cells in table.rows:
        cells = list(cells)
        cells[idx] = decode(cells[idx], line, "id")
        node = cells[idx]
        lines.setdefault(node, []).append(line)
        first = merged.get(node)
        if first is None:
            merged[node] = (line, cells)
            continue
        where = f"{table.name}:{line}: node '{node}'"
        _merge(first[1], cells, columns, gathered.setdefault(node, {}), where, conflicts)
    for node, lists in gathered.items():
        for i, items in lists.items():
            merged[node][1][i] = "|".join(items)
    if "provided_by" in columns:  # our export's, made from the edges: not kept
        at = columns.index("provided_by")
        if all(all(p.startswith(_OUR_SOURCE) for p in cells[at].split("|") if p) for _, cells in merged.values()):
            columns = [c for i, c in enumerate(columns) if i != at]
            merged = {k: (ln, [v for i, v in enumerate(c) if i != at]) for k, (ln, c) in merged.items()}
    repeated = {node: found for node, found in lines.items() if len(found) > 1}
    if repeated:
        node, found = next(iter(repeated.items()))
        where = ", ".join(map(str, found[:5])) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
        warn_data(
            f"{table.name}: {len(repeated)} node id{'s' if len(repeated) != 1 else ''} on more than one row "
            f"(first: '{node}' on lines {where}); the rows are merged as KGX merges them, lists joined with '|'"
        )
    for conflict in conflicts[:10]:
        warn_data(conflict)
    out = [renamed.get(c, c) for c in columns]
    rows = []
    for line, cells in merged.values():
        if "category" in out and not ours:  # one category per node: the first of a list
            at = out.index("category")
            cells[at] = cells[at].split("|")[0].strip()
        rows.append((line, cells))
    table.replace(out, rows)


def _merge(
    into: list[str],
    cells: list[str],
    columns: list[str],
    lists: dict[int, dict[str, None]],
    where: str,
    conflicts: list[str],
) -> None:
    """Merge a node's later row ``cells`` into its first, ``into``; list items gather in ``lists`` (joined later).

    The items are kept in dicts (ordered sets), so a node on many rows with long lists merges in
    time linear in its items (a list searched for each new item took minutes at 400 rows of 400).
    """
    for i, name in enumerate(columns):
        old, new = into[i], cells[i]
        if name in KGX_LISTS:
            if new:
                items = lists.get(i)
                if items is None:
                    items = lists[i] = dict.fromkeys(p for p in old.split("|") if p)
                items.update(dict.fromkeys(p for p in new.split("|") if p))
            continue
        if not new or new == old:
            continue
        if not old:
            into[i] = new
        else:
            conflicts.append(f"{where}: column '{name}' is '{new}' here but '{old}' before; the first is kept")


def kgx_missing_nodes(nodes: Table, edges: Table) -> None:
    """Add to ``nodes`` (our columns) a row without attributes for each end of ``edges`` it lacks,
    with one warning, as KGX's own tools load such a pair."""
    at = nodes.columns.index("id")
    known = {cells[at] for _, cells in nodes.rows}
    ends = [edges.columns.index(name) for name in ("source", "target") if name in edges.columns]
    named = (cells[i] for _, cells in edges.rows for i in ends)
    missing = list(dict.fromkeys(node for node in named if node and node not in known))
    if not missing:
        return
    blank = [""] * len(nodes.columns)
    nodes.replace(nodes.columns, nodes.rows + [(0, [*blank[:at], node, *blank[at + 1 :]]) for node in missing])
    count = f"{len(missing)} node{'s' if len(missing) != 1 else ''}"
    warn_data(
        f"{edges.name}: {count} named by edges but missing from {nodes.name} (first: '{missing[0]}'); "
        "added without attributes, as KGX tools load them"
    )
