"""KGX TSV: headers, CURIEs, the Biolink mapping (and its table in docs/exports.md), and TSV as KGX reads it."""

from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest

import graph
from graph.formats.kgx import (
    BIOLINK_CATEGORIES,
    BIOLINK_PREDICATES,
    EDGE_COLUMNS,
    NODE_COLUMNS,
    category_table,
    kgx_paths,
    predicate_table,
)
from tests.conftest import DATA, ROOT


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read as KGX does: tab-separated, no quoting, ``\\n`` line ends."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], rows[1:]
    assert all(len(row) == len(header) for row in body)
    return [dict(zip(header, row, strict=True)) for row in body]


@pytest.fixture
def kgx(tiny_data: Path, tmp_path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    nodes, edges = graph.write_kgx(graph.load(tiny_data), tmp_path / "kgx" / "tiny")
    return read_tsv(nodes), read_tsv(edges)


def test_headers(tiny_data: Path, tmp_path: Path) -> None:
    nodes, edges = graph.write_kgx(graph.load(tiny_data), tmp_path / "tiny")
    # then our category and sign, so that the files read back as the same graph
    assert nodes.read_text(encoding="utf-8").splitlines()[0].split("\t") == [
        *NODE_COLUMNS,
        "label_nl",
        "original_category",
    ]
    assert edges.read_text(encoding="utf-8").splitlines()[0].split("\t") == [*EDGE_COLUMNS, "section", "sign"]
    assert NODE_COLUMNS == ("id", "category", "name", "description", "synonym", "provided_by")
    assert EDGE_COLUMNS[:4] == ("id", "subject", "predicate", "object")


def test_nodes(kgx) -> None:
    nodes, _ = kgx
    assert nodes[0] == {
        "id": "cg:magnesium",
        "category": "biolink:SmallMolecule",
        "name": "Magnesium",
        "description": "A mineral.",
        "synonym": "Mg|magnesiumspiegel",
        "provided_by": "infores:cg-doc1|infores:cg-doc2",
        "label_nl": "Magnesium",
        "original_category": "mineral",
    }


def test_edges(kgx) -> None:
    _, edges = kgx
    assert edges[0] == {
        "id": "cg:e0",
        "subject": "cg:magnesium",
        "predicate": "biolink:affects",
        "object": "cg:gaba_receptor",
        "qualified_predicate": "biolink:causes",
        "object_aspect_qualifier": "activity",
        "object_direction_qualifier": "increased",
        "original_predicate": "cg:activates",
        "knowledge_level": "knowledge_assertion",
        "agent_type": "manual_agent",
        "primary_knowledge_source": "infores:cg-doc1",
        "description": "Mg activates the receptor.",
        "section": "GABA",
        "sign": "1",
    }
    inhibits = next(row for row in edges if row["original_predicate"] == "cg:inhibits")
    assert (inhibits["subject"], inhibits["object"], inhibits["object_direction_qualifier"]) == (
        "cg:magnesium",
        "cg:sleep",
        "decreased",
    )


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        ("increases", ("biolink:affects", "biolink:causes", "", "increased")),
        ("decreases", ("biolink:affects", "biolink:causes", "", "decreased")),
        ("activates", ("biolink:affects", "biolink:causes", "activity", "increased")),
        ("inhibits", ("biolink:affects", "biolink:causes", "activity", "decreased")),
        ("converts_to", ("biolink:derives_into", "", "", "")),
        ("causes", ("biolink:causes", "", "", "")),
        ("prevents", ("biolink:preventative_for_condition", "", "", "")),
        ("part_of", ("biolink:part_of", "", "", "")),
        ("binds_to", ("biolink:directly_physically_interacts_with", "", "", "")),
        ("regulates", ("biolink:regulates", "", "", "")),
        ("type_of", ("biolink:subclass_of", "", "", "")),
        ("form_of", ("biolink:has_part", "", "", "")),
    ],
)
def test_predicate_mapping(relation: str, expected: tuple[str, ...]) -> None:
    assert tuple(graph.formats.kgx.biolink_predicate(relation)) == expected


@pytest.mark.parametrize(
    ("sign", "expected"),
    [(1, ("biolink:affects", "increased")), (-1, ("biolink:affects", "decreased")), (0, ("biolink:related_to", ""))],
)
def test_unknown_relations_map_by_the_edge_sign(tmp_path: Path, sign: int, expected: tuple[str, str]) -> None:
    G = nx.MultiDiGraph()
    G.add_edge("a", "b", relation="soothes", sign=sign)
    _, edges = graph.write_kgx(G, tmp_path / "x")
    row = read_tsv(edges)[0]
    assert (row["predicate"], row["object_direction_qualifier"]) == expected
    assert row["original_predicate"] == "cg:soothes"


def test_every_relation_and_category_of_the_data_set_is_mapped() -> None:
    with (DATA / "relations.csv").open(encoding="utf-8") as handle:
        relations = {row["relation"] for row in csv.DictReader(handle)}
    with (DATA / "categories.csv").open(encoding="utf-8") as handle:
        categories = {row["category"] for row in csv.DictReader(handle)}
    assert relations <= BIOLINK_PREDICATES.keys()
    assert categories <= BIOLINK_CATEGORIES.keys()


def test_the_magnesium_set_as_kgx(tmp_path: Path) -> None:
    G = graph.load(DATA)
    nodes, edges = graph.write_kgx(G, f"{tmp_path}/kgx/")
    assert (nodes.name, edges.name) == ("nodes.tsv", "edges.tsv")
    node_rows, edge_rows = read_tsv(nodes), read_tsv(edges)
    assert (len(node_rows), len(edge_rows)) == (G.number_of_nodes(), G.number_of_edges())
    ends = {row["subject"] for row in edge_rows} | {row["object"] for row in edge_rows}
    assert ends <= {row["id"] for row in node_rows}
    assert not any(row["category"] == "biolink:NamedThing" for row in node_rows)
    assert len({row["id"] for row in edge_rows}) == len(edge_rows)


def test_the_exports_page_tables_match_the_mapping() -> None:
    page = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    assert predicate_table() in page
    assert category_table() in page


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("kgx/magnesium", ("kgx/magnesium_nodes.tsv", "kgx/magnesium_edges.tsv")),
        ("kgx/magnesium.tsv", ("kgx/magnesium_nodes.tsv", "kgx/magnesium_edges.tsv")),
        ("kgx/", ("kgx/nodes.tsv", "kgx/edges.tsv")),
    ],
)
def test_kgx_paths(given: str, expected: tuple[str, str]) -> None:
    assert tuple(str(p) for p in kgx_paths(given)) == expected


def test_an_existing_folder_gets_nodes_and_edges_tsv(tmp_path: Path) -> None:
    assert kgx_paths(tmp_path) == (tmp_path / "nodes.tsv", tmp_path / "edges.tsv")


def test_cells_stay_one_line_and_formulas_are_guarded(tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    G.add_node("a b", label='=HYPERLINK("http://x.example")', description="two\tcolumns\nthree lines\r\n")
    G.add_edge("a b", "c", relation="promotes", evidence="@SUM(1)", sign=-1)
    nodes, edges = graph.write_kgx(G, tmp_path / "x")
    node = read_tsv(nodes)[0]
    assert node["id"] == "cg:a%20b"
    assert node["name"] == '\'=HYPERLINK("http://x.example")'
    assert node["description"] == "two columns three lines "
    edge = read_tsv(edges)[0]
    assert edge["description"] == "'@SUM(1)"
    assert edge["subject"] == "cg:a%20b"
    assert edge["primary_knowledge_source"] == ""


def test_write_kgx_does_not_change_the_graph(tiny_data: Path, tmp_path: Path) -> None:
    G = graph.load(tiny_data)
    before = (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), repr(G.graph))
    graph.write_kgx(G, tmp_path / "x")
    assert before == (dict(G.nodes(data=True)), list(G.edges(keys=True, data=True)), repr(G.graph))


def test_a_quote_at_the_start_of_a_value_and_a_source_id_the_slug_changes_read_back(tmp_path):
    """KGX's TSV never quotes, so a value may start with a quote; a source id such as ``Schneider_2024``
    becomes the slug ``infores:cg-schneider-2024`` and is kept as it was beside it."""
    G = nx.MultiDiGraph()
    G.add_node("mg", label='"Magnesium"', category="other")
    G.add_node("sleep", label="Sleep", category="other")
    G.add_edge("mg", "sleep", relation="promotes", sign=1, evidence='"helps" sleep', source_doc="Schneider_2024")
    nodes, edges = graph.export(G, tmp_path / "g", format="kgx")
    assert "infores:cg-schneider-2024" in edges.read_text(encoding="utf-8")
    back = graph.load(edges=edges, nodes=nodes)
    assert back.nodes["mg"]["label"] == '"Magnesium"'
    [(_, _, attrs)] = back.edges(data=True)
    assert (attrs["evidence"], attrs["source_doc"], attrs["sign"]) == ('"helps" sleep', "Schneider_2024", 1)


def test_a_category_holding_a_bar_comes_back_whole(tmp_path: Path) -> None:
    """Our category is one value, written as ``original_category``: a ``|`` in it is no list (issue 29)."""
    G = nx.MultiDiGraph()
    G.add_node("a", category="x|y")
    G.add_node("b", category="x")
    G.add_edge("a", "b", relation="increases")
    nodes, edges = graph.write_kgx(G, tmp_path / "k")
    back = graph.load(edges=edges, nodes=nodes)
    assert dict(back.nodes(data="category")) == {"a": "x|y", "b": "x"}


def test_a_node_on_many_rows_merges_its_lists_in_order_once_each(tmp_path: Path) -> None:
    rows = ["id\tname\tcategory\tsynonym"]
    rows += [f"HGNC:1\tTP53\tbiolink:Gene\t{'|'.join(f's{r + k}' for k in range(3))}" for r in range(4)]
    (tmp_path / "nodes.tsv").write_text("\n".join([*rows, "HGNC:2\tMDM2\tbiolink:Gene\t"]) + "\n", encoding="utf-8")
    edges = "subject\tpredicate\tobject\nHGNC:1\tbiolink:affects\tHGNC:2\n"
    (tmp_path / "edges.tsv").write_text(edges, encoding="utf-8")
    with pytest.warns(graph.DataWarning, match=r"\(first: 'HGNC:1' on lines 2, 3, 4, 5\)"):
        G = graph.load(tmp_path)
    assert G.nodes["HGNC:1"]["synonyms"] == ["s0", "s1", "s2", "s3", "s4", "s5"]
