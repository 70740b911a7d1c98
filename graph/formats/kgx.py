"""KGX TSV files (a nodes and an edges file) for the Biolink / KGX ecosystem.

Node ids become CURIEs in our local namespace ``cg:`` (``cg:magnesium``;
characters a CURIE cannot hold are percent-encoded). Categories map to
Biolink classes (:data:`BIOLINK_CATEGORIES`), relations to Biolink
predicates and qualifiers (:data:`BIOLINK_PREDICATES`; a relation not in
the table is mapped by its sign, :data:`SIGN_PREDICATES`). Each source
article becomes an ``infores:cg-<source id>`` knowledge source. Lists are
joined with ``|`` as KGX expects; cells are written without quotes (KGX
reads TSV that way), so tabs and line breaks inside a value become spaces,
and cells a spreadsheet would run as formulas get a leading ``'``
(:func:`graph.formats.tabular.guard_cell`).

Examples
--------
>>> import graph, tempfile, pathlib
>>> nodes, edges = graph.write_kgx(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "magnesium")
>>> nodes.name, edges.name
('magnesium_nodes.tsv', 'magnesium_edges.tsv')
>>> nodes.read_text(encoding="utf-8").splitlines()[0].split("\\t")[:6]
['id', 'category', 'name', 'description', 'synonym', 'provided_by']
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

import networkx as nx

from ..atomic import write_files_atomic
from ..read import vocabulary as vocab
from .portable import edge_ids, edge_list, edge_list_directed, relation_entry_of
from .tabular import tsv_bytes

__all__ = [
    "write_kgx",
    "kgx_paths",
    "curie",
    "infores",
    "biolink_predicate",
    "predicate_table",
    "category_table",
    "BiolinkPredicate",
    "BIOLINK_PREDICATES",
    "SIGN_PREDICATES",
    "BIOLINK_CATEGORIES",
    "CATEGORY_FALLBACK",
    "CURIE_PREFIX",
    "INFORES_PREFIX",
    "KNOWLEDGE_LEVEL",
    "AGENT_TYPE",
    "NODE_COLUMNS",
    "EDGE_COLUMNS",
]

#: Prefix of our node and edge CURIEs.
CURIE_PREFIX = "cg"
#: Prefix of the knowledge-source id made for each source article (not registered with Biolink).
INFORES_PREFIX = "infores:cg-"
#: Every claim was read from a text and stated by a person.
KNOWLEDGE_LEVEL = "knowledge_assertion"
#: See :data:`KNOWLEDGE_LEVEL`.
AGENT_TYPE = "manual_agent"
#: Node columns, in this order, before any further node attributes (sorted).
NODE_COLUMNS = ("id", "category", "name", "description", "synonym", "provided_by")
#: Edge columns, in this order, before any further edge attributes (sorted).
EDGE_COLUMNS = (
    "id",
    "subject",
    "predicate",
    "object",
    "qualified_predicate",
    "object_aspect_qualifier",
    "object_direction_qualifier",
    "original_predicate",
    "knowledge_level",
    "agent_type",
    "primary_knowledge_source",
    "description",
)


class BiolinkPredicate(NamedTuple):
    """A Biolink predicate with the qualifiers that give one of our relations its meaning."""

    predicate: str
    qualified_predicate: str = ""
    object_aspect_qualifier: str = ""
    object_direction_qualifier: str = ""


_INCREASES = BiolinkPredicate("biolink:affects", "biolink:causes", "", "increased")
_DECREASES = BiolinkPredicate("biolink:affects", "biolink:causes", "", "decreased")

#: Our relations as Biolink predicates and qualifiers (rendered into the README by :func:`predicate_table`).
BIOLINK_PREDICATES: dict[str, BiolinkPredicate] = {
    "increases": _INCREASES,
    "raises_risk_of": BiolinkPredicate("biolink:contributes_to"),
    "decreases": _DECREASES,
    "promotes": _INCREASES,
    "strengthens": BiolinkPredicate("biolink:affects", "biolink:causes", "activity", "increased"),
    "supports": _INCREASES,
    "enables": BiolinkPredicate("biolink:contributes_to"),
    "activates": BiolinkPredicate("biolink:affects", "biolink:causes", "activity", "increased"),
    "inhibits": BiolinkPredicate("biolink:affects", "biolink:causes", "activity", "decreased"),
    "produces": BiolinkPredicate("biolink:produces"),
    "provides": BiolinkPredicate("biolink:affects", "biolink:causes", "abundance", "increased"),
    "converts_to": BiolinkPredicate("biolink:derives_into"),
    "causes": BiolinkPredicate("biolink:causes"),
    "prevents": BiolinkPredicate("biolink:preventative_for_condition"),
    "relieves": BiolinkPredicate("biolink:ameliorates_condition"),
    "competes_with": BiolinkPredicate("biolink:affects", "biolink:causes", "activity", "decreased"),
    "binds_to": BiolinkPredicate("biolink:directly_physically_interacts_with"),
    "form_of": BiolinkPredicate("biolink:has_part"),
    "type_of": BiolinkPredicate("biolink:subclass_of"),
    "regulates": BiolinkPredicate("biolink:regulates"),
    "affects": BiolinkPredicate("biolink:affects"),
    "involved_in": BiolinkPredicate("biolink:actively_involved_in"),
    "part_of": BiolinkPredicate("biolink:part_of"),
    "related_to": BiolinkPredicate("biolink:related_to"),
}
#: How a relation missing from :data:`BIOLINK_PREDICATES` is mapped, by the edge's sign.
SIGN_PREDICATES: dict[int, BiolinkPredicate] = {
    1: _INCREASES,
    -1: _DECREASES,
    0: BiolinkPredicate("biolink:related_to"),
}
#: Our categories as Biolink classes (rendered into the README by :func:`category_table`).
BIOLINK_CATEGORIES: dict[str, str] = {
    "mineral": "biolink:SmallMolecule",
    "ion": "biolink:SmallMolecule",
    "amino_acid": "biolink:SmallMolecule",
    "neurotransmitter": "biolink:SmallMolecule",
    "hormone": "biolink:ChemicalEntity",
    "supplement_form": "biolink:ChemicalEntity",
    "enzyme": "biolink:Protein",
    "receptor": "biolink:Protein",
    "biomolecule": "biolink:Protein",
    "body_structure": "biolink:AnatomicalEntity",
    "process": "biolink:PhysiologicalProcess",
    "condition": "biolink:DiseaseOrPhenotypicFeature",
    "lifestyle": "biolink:BehavioralExposure",
}
#: The class of a node whose category is not in :data:`BIOLINK_CATEGORIES`.
CATEGORY_FALLBACK = "biolink:NamedThing"

_NODE_OWN = frozenset({"label", "category", "description", "synonyms"})
_EDGE_OWN = frozenset({"id", "relation", "sign", "evidence", "source_doc"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def curie(identifier: Any) -> str:
    """Our id as a CURIE in the ``cg:`` namespace.

    Examples
    --------
    >>> curie("magnesium"), curie("GABA receptor"), curie("a/b")
    ('cg:magnesium', 'cg:GABA%20receptor', 'cg:a%2Fb')
    """
    return f"{CURIE_PREFIX}:{quote(str(identifier), safe='')}"


def infores(source: str) -> str:
    """The knowledge-source id of one of our sources: lower case, ``-`` between words.

    Examples
    --------
    >>> infores("hauwaerts"), infores("Schneider_2024")
    ('infores:cg-hauwaerts', 'infores:cg-schneider-2024')
    """
    return INFORES_PREFIX + (_NOT_SLUG.sub("-", source.lower()).strip("-") or "source")


def _slugged(source: str) -> bool:
    """True when :func:`infores` writes ``source`` as another id (say ``Schneider_2024``)."""
    return infores(source) != INFORES_PREFIX + source


def biolink_predicate(relation: str, sign: int = 0) -> BiolinkPredicate:
    """The Biolink predicate and qualifiers of ``relation``, falling back on ``sign``.

    Examples
    --------
    >>> biolink_predicate("activates")
    BiolinkPredicate(predicate='biolink:affects', qualified_predicate='biolink:causes', \
object_aspect_qualifier='activity', object_direction_qualifier='increased')
    >>> biolink_predicate("calms", -1).object_direction_qualifier
    'decreased'
    """
    mapped = BIOLINK_PREDICATES.get(relation)
    if mapped is not None:
        return mapped
    return SIGN_PREDICATES.get(sign, SIGN_PREDICATES[0])


def kgx_paths(path: str | Path) -> tuple[Path, Path]:
    """The nodes and edges files for ``path``.

    A folder (an existing one, or a path ending in ``/``) gets ``nodes.tsv``
    and ``edges.tsv``; anything else is a prefix, as KGX names its files:
    ``kgx/magnesium`` gives ``kgx/magnesium_nodes.tsv`` and
    ``kgx/magnesium_edges.tsv`` (a ``.tsv`` suffix is dropped first).

    Examples
    --------
    >>> [str(p) for p in kgx_paths("kgx/magnesium")]
    ['kgx/magnesium_nodes.tsv', 'kgx/magnesium_edges.tsv']
    >>> [str(p) for p in kgx_paths("kgx/")]
    ['kgx/nodes.tsv', 'kgx/edges.tsv']
    """
    text = os.fspath(path)
    folder = Path(text)
    if text.endswith(("/", os.sep)) or folder.is_dir():
        return folder / "nodes.tsv", folder / "edges.tsv"
    prefix = folder.with_suffix("") if folder.suffix == ".tsv" else folder
    return prefix.with_name(prefix.name + "_nodes.tsv"), prefix.with_name(prefix.name + "_edges.tsv")


def write_kgx(G: nx.Graph, path: str | Path) -> tuple[Path, Path]:
    """Write ``G`` as KGX TSV: a nodes file and an edges file, both atomically.

    Parameters
    ----------
    G : networkx graph
        Usually a :class:`~networkx.MultiDiGraph` from :func:`graph.load`
        or a subgraph of one; it is not changed.
    path : str or Path
        A folder, or a prefix for the two file names (see :func:`kgx_paths`).

    Returns
    -------
    (Path, Path)
        The nodes file and the edges file.

    Raises
    ------
    OutputError
        When a file cannot be written (existing files are left as they were).

    Examples
    --------
    >>> import graph, tempfile, pathlib
    >>> _, edges = graph.write_kgx(graph.load(), pathlib.Path(tempfile.mkdtemp()) / "kgx" / "magnesium")
    >>> row = edges.read_text(encoding="utf-8").splitlines()[1].split("\\t")
    >>> row[1].startswith("cg:"), row[8:10]
    (True, ['knowledge_assertion', 'manual_agent'])
    """
    nodes_path, edges_path = kgx_paths(path)
    columns, rows = _edge_table(G)
    edges = tsv_bytes(columns, rows)
    columns, rows = _node_table(G)
    nodes = tsv_bytes(columns, rows)
    written = write_files_atomic({nodes_path: nodes, edges_path: edges})
    return written[0], written[1]


def _extra_columns(records: list[dict[str, Any]], own: frozenset[str], taken: tuple[str, ...]) -> list[str]:
    names = {str(k) for attrs in records for k in attrs} - own - set(taken)
    return sorted(names)


def _node_table(G: nx.Graph) -> tuple[list[str], list[list[Any]]]:
    sources: dict[Any, set[str]] = {node: set() for node in G}
    for u, v, _, attrs in edge_list(G):
        if attrs.get("source_doc"):
            sources[u].add(str(attrs["source_doc"]))
            sources[v].add(str(attrs["source_doc"]))
    records = [attrs for _, attrs in G.nodes(data=True)]
    extra = _extra_columns([*records, {"original_category": ""}], _NODE_OWN, NODE_COLUMNS)
    rows = []
    for node, attrs in G.nodes(data=True):
        category = str(attrs.get("category") or vocab.DEFAULT_CATEGORY)
        attrs = {**attrs, "original_category": category}  # our category, for reading the files back
        rows.append(
            [
                curie(node),
                BIOLINK_CATEGORIES.get(category, CATEGORY_FALLBACK),
                attrs.get("label") or node,
                attrs.get("description"),
                attrs.get("synonyms"),
                sorted(infores(s) for s in sources[node]),
                *(attrs.get(name) for name in extra),
            ]
        )
    return [*NODE_COLUMNS, *extra], rows


def _edge_table(G: nx.Graph) -> tuple[list[str], list[list[Any]]]:
    edges = edge_list_directed(G)  # an undirected edge says so in a ``directed`` column
    records = [attrs for *_, attrs in edges]
    extra = [*_extra_columns(records, _EDGE_OWN, EDGE_COLUMNS), "sign"]  # our sign, for reading back
    if any(_slugged(str(a["source_doc"])) for a in records if a.get("source_doc")):
        extra.append("source_doc")  # a source id the knowledge-source slug changes: kept as it was, for reading back
    rows = []
    for eid, (u, v, _, attrs) in zip(edge_ids(G), edges, strict=True):
        relation = str(attrs.get("relation") or vocab.DEFAULT_RELATION)
        sign = attrs.get("sign", relation_entry_of(G, relation).get("sign", 0))
        mapped = biolink_predicate(relation, sign if sign in (-1, 0, 1) else 0)
        source = str(attrs.get("source_doc") or "")
        rows.append(
            [
                curie(eid),
                curie(u),
                mapped.predicate,
                curie(v),
                mapped.qualified_predicate,
                mapped.object_aspect_qualifier,
                mapped.object_direction_qualifier,
                curie(relation),
                KNOWLEDGE_LEVEL,
                AGENT_TYPE,
                infores(source) if source else "",
                attrs.get("evidence"),
                *(attrs.get(name) if name != "sign" else sign for name in extra),
            ]
        )
    return [*EDGE_COLUMNS, *extra], rows


def predicate_table() -> str:
    """:data:`BIOLINK_PREDICATES` and :data:`SIGN_PREDICATES` as a Markdown table (the README's).

    Examples
    --------
    >>> print(predicate_table().splitlines()[2])
    | `increases` | `biolink:affects` | `biolink:causes` |  | `increased` |
    """
    lines = [
        "| relation | predicate | qualified_predicate | object_aspect_qualifier | object_direction_qualifier |",
        "| --- | --- | --- | --- | --- |",
    ]
    rows = [(f"`{name}`", mapped) for name, mapped in BIOLINK_PREDICATES.items()]
    rows += [(f"any other, sign {sign}", mapped) for sign, mapped in SIGN_PREDICATES.items()]
    for name, mapped in rows:
        cells = " | ".join(f"`{value}`" if value else "" for value in mapped)
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def category_table() -> str:
    """:data:`BIOLINK_CATEGORIES` as a Markdown table (the README's).

    Examples
    --------
    >>> print(category_table().splitlines()[-1])
    | any other | `biolink:NamedThing` |
    """
    lines = ["| category | Biolink class |", "| --- | --- |"]
    lines += [f"| `{name}` | `{cls}` |" for name, cls in BIOLINK_CATEGORIES.items()]
    lines.append(f"| any other | `{CATEGORY_FALLBACK}` |")
    return "\n".join(lines)
