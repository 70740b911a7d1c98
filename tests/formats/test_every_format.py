"""Every graph file people bring (issue 26), shaped like each tool's output (``tests/user_files.py``): read
by its content whatever its name, with the right labels, relations and direction, answering ``path`` and
``neighbors`` on the command line; and the formats not read refused in one line that names them."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pytest
import user_files as uf

import graph
from graph.errors import DataError, DataWarning
from graph.formats.sniff import READ


@dataclass(frozen=True)
class Kind:
    """One kind of file, and what it must load as."""

    name: str
    make: Callable[[Path], Path]  # writes the file (or folder) in the folder given, returns what to pass
    size: tuple[int, int]
    directed: bool
    label: tuple[str, str]  # a node id and its label
    relation: tuple[str, str, str]  # an edge and its relation
    path: tuple[str, str, list[str]]  # FROM and TO by name, and the ids of the first path
    neighbours: tuple[str, list[str]]  # a name, and the ids its neighbors command lists (sorted)


def _in(name: str, maker: Callable[[Path], object]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        maker(folder / name)
        return folder / name

    return make


STARKS = (["Arya-Stark", "Jon-Snow", "Sansa-Stark"], ["Cersei-Lannister", "Jaime-Lannister", "Sansa-Stark"])
LINK = ("Jon-Snow", "Tyrion-Lannister", ["Jon-Snow", "Sansa-Stark", "Tyrion-Lannister"])

KINDS = [
    Kind("Gephi GML", _in("power.gml", uf.gephi_gml), (6, 7), False, ("Arya-Stark", "Arya-Stark"),
         ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Tyrion-Lannister", STARKS[1])),
    Kind("igraph GML", _in("links.gml", uf.igraph_gml), (3, 3), True, ("1", "GABA"),
         ("0", "1", "activates"), ("Magnesium", "Sleep", ["0", "1", "2"]), ("GABA", ["2"])),
    Kind("igraph Pajek", _in("links.net", uf.igraph_pajek), (6, 7), True, ("Jon-Snow", "Jon-Snow"),
         ("Arya-Stark", "Jon-Snow", "related_to"), ("Arya-Stark", "Sansa-Stark", ["Arya-Stark", "Sansa-Stark"]),
         ("Tyrion-Lannister", ["Cersei-Lannister", "Jaime-Lannister"])),
    Kind("DOT digraph", _in("claims.dot", uf.graphviz_dot), (5, 4), True, ("sleep", "Sleep quality"),
         ("magnesium", "gaba", "activates"), ("Magnesium", "Sleep quality", ["magnesium", "gaba", "sleep"]),
         ("GABA", ["sleep"])),
    Kind("DOT graph", _in("claims.gv", lambda p: uf.graphviz_dot(p, directed=False)), (5, 4), False,
         ("gaba", "GABA"), ("gaba", "sleep", "promotes"),
         ("Sleep quality", "Magnesium", ["sleep", "gaba", "magnesium"]), ("GABA", ["magnesium", "sleep"])),
    Kind("networkx edge list", _in("got.edgelist", uf.networkx_edgelist_file), (6, 7), True,
         ("Jon-Snow", "Jon-Snow"), ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Arya-Stark", STARKS[0][1:])),
    Kind("networkx adjacency list", _in("got.adjlist", uf.networkx_adjlist_file), (7, 7), True,
         ("Hodor", "Hodor"), ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Arya-Stark", STARKS[0][1:])),
    Kind("networkx multiline adjacency list", _in("got.adjlist", uf.networkx_multiline_adjlist_file), (7, 7), True,
         ("Hodor", "Hodor"), ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Arya-Stark", STARKS[0][1:])),
    Kind("SNAP", _in("toy-collab.txt", uf.snap_download), (5, 5), False, ("3", "3"), ("3", "4", "related_to"),
         ("5", "1", ["5", "4", "3", "1"]), ("3", ["1", "2", "4"])),
    Kind("D3 by index", _in("miserables.json", uf.d3_by_index), (6, 7), False, ("Jon-Snow", "Jon-Snow"),
         ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Tyrion-Lannister", STARKS[1])),
    Kind("D3 by id", _in("miserables.json", uf.d3_by_id), (6, 7), False, ("Jon-Snow", "Jon-Snow"),
         ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Tyrion-Lannister", STARKS[1])),
    Kind("Cytoscape.js (networkx)", _in("claims.json", uf.cytoscape_networkx), (4, 3), True,
         ("gaba", "gaba"), ("magnesium", "gaba", "activates"), ("magnesium", "sleep", ["magnesium", "gaba", "sleep"]),
         ("gaba", ["sleep"])),
    Kind("Cytoscape desktop", _in("p53.cyjs", uf.cytoscape_desktop), (3, 2), True, ("101", "MDM2"),
         ("101", "100", "inhibits"), ("MDM2", "CDKN1A", ["101", "100", "102"]), ("TP53", ["102"])),
    Kind("Gephi JSON", _in("got.json", uf.gephi_json), (6, 7), True, ("1", "Jon-Snow"), ("0", "1", "related_to"),
         ("Arya-Stark", "Sansa-Stark", ["0", "2"]), ("Sansa-Stark", ["3"])),
    Kind("graphology JSON", _in("got.json", uf.graphology_json), (6, 7), False, ("Jon-Snow", "Jon"),
         ("Arya-Stark", "Jon-Snow", "related_to"), ("Jon", "Tyrion", LINK[2]), ("Tyrion", STARKS[1])),
    Kind("yEd GraphML", _in("claims.graphml", uf.yed_graphml), (4, 4), True, ("n3", "n3"),
         ("n0", "n1", "activates"), ("Magnesium", "Sleep quality", ["n0", "n1", "n2"]), ("n3", ["n2"])),
    Kind("yEd Live GraphML", _in("chain.graphml", uf.yed_live_graphml), (4, 3), True, ("n0", "Tryptophan"),
         ("n2", "n3", "promotes"), ("Tryptophan", "Sleep", ["n0", "n1", "n2", "n3"]), ("Serotonin", ["n2"])),
    Kind("Gephi dynamic GEXF", _in("tweets.gexf", uf.gephi_dynamic_gexf), (4, 4), True, ("alice", "@alice"),
         ("alice", "bob", "related_to"), ("@dave", "@carol", ["dave", "alice", "bob", "carol"]), ("@alice", ["bob"])),
    Kind("Neo4j import folder", lambda f: uf.neo4j_import(f / "import"), (4, 3), True, ("tt0234215",
         "The Matrix Reloaded"), ("keanu", "tt0133093", "ACTED_IN"), ("Keanu Reeves", "The Matrix Reloaded",
         ["keanu", "tt0234215"]), ("Keanu Reeves", ["tt0133093", "tt0234215"])),
    Kind("KGX JSON", _in("monarch.json", uf.kgx_json), (4, 3), True, ("HP:0002072", "Chorea"),
         ("MONDO:0007739", "HP:0002072", "has_phenotype"), ("HTT", "Chorea", ["HGNC:4851", "MONDO:0007739",
         "HP:0002072"]), ("Huntington disease", ["HP:0002072"])),
    Kind("KGX JSON Lines folder", lambda f: uf.kgx_jsonl(f / "kgx")[0].parent, (4, 3), True, ("HP:0002072", "Chorea"),
         ("MONDO:0007739", "HP:0002072", "has_phenotype"), ("HTT", "Chorea", ["HGNC:4851", "MONDO:0007739",
         "HP:0002072"]), ("Huntington disease", ["HP:0002072"])),
    Kind("KGX JSON Lines edges", lambda f: uf.kgx_jsonl(f, "monarch_")[1], (4, 3), True, ("HP:0002072", "Chorea"),
         ("MONDO:0007739", "HP:0002072", "has_phenotype"), ("HTT", "Chorea", ["HGNC:4851", "MONDO:0007739",
         "HP:0002072"]), ("Huntington disease", ["HP:0002072"])),
    Kind("KGX TSV folder", lambda f: uf.kgx_tsv_monarch(f / "monarch"), (4, 3), True, ("HP:0002072", "Chorea"),
         ("MONDO:0007739", "HP:0002072", "has_phenotype"), ("HTT", "Chorea", ["HGNC:4851", "MONDO:0007739",
         "HP:0002072"]), ("Huntington disease", ["HP:0002072"])),
    Kind("pandas to_csv with index", _in("got.csv", uf.pandas_with_index), (6, 7), True, ("Jon-Snow", "Jon-Snow"),
         ("Arya-Stark", "Jon-Snow", "related_to"), LINK, ("Arya-Stark", STARKS[0][1:])),
]  # fmt: skip


@pytest.fixture(params=KINDS, ids=[k.name for k in KINDS])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param


def _load(path: Path) -> nx.MultiDiGraph:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no raw warning of a third-party reader reaches the user
        warnings.simplefilter("ignore", DataWarning)
        return graph.load(path)


def test_each_kind_loads_with_its_labels_relations_and_direction(kind: Kind, tmp_path: Path) -> None:
    G = _load(kind.make(tmp_path))
    assert (G.number_of_nodes(), G.number_of_edges()) == kind.size
    assert G.is_directed() is kind.directed
    node, label = kind.label
    assert G.nodes[node]["label"] == label
    u, v, relation = kind.relation
    assert relation in {a["relation"] for a in G.get_edge_data(u, v).values()}


def test_each_kind_answers_path_and_neighbors_on_the_command_line(kind: Kind, tmp_path: Path, run_cli) -> None:
    data = kind.make(tmp_path)
    source, target, nodes = kind.path
    out = run_cli("path", source, target, "--data", data, "--json", "--max-paths", "1")
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["paths"][0]["nodes"] == nodes
    name, neighbours = kind.neighbours
    out = run_cli("neighbors", name, "--data", data, "--json")
    assert out.exit_code == 0, out.output
    steps = json.loads(out.stdout)["steps"]
    assert sorted({s["target"] if s["source"] == json.loads(out.stdout)["node"] else s["source"] for s in steps}) == (
        neighbours
    )


@pytest.mark.parametrize("kind", [k for k in KINDS if "folder" not in k.name], ids=lambda k: k.name)
def test_each_kind_is_read_given_as_edges_too(kind: Kind, tmp_path: Path, run_cli) -> None:
    data = kind.make(tmp_path)
    out = run_cli("validate", "--edges", data)
    assert (out.exit_code, out.stdout.splitlines()[0]) == (0, f"ok: {kind.size[0]} nodes, {kind.size[1]} edges")


# ---------------------------------------------------------------- what each format says is kept


def test_yed_labels_are_trimmed_an_unlabelled_node_keeps_its_id_and_lines_are_undirected(tmp_path: Path) -> None:
    G = graph.load(uf.yed_graphml(tmp_path / "claims.graphml"))
    assert [label for _, label in G.nodes(data="label")] == ["Magnesium", "GABA", "Sleep quality", "n3"]
    assert [(u, v, a.get("directed", True)) for u, v, a in G.edges(data=True)][2:] == [
        ("n3", "n2", False),  # a line without arrowheads
        ("n3", "n2", True),  # drawn from n2 with its arrowhead at n2: n3 -> n2
    ]


def test_a_yed_live_edge_without_arrowheads_is_undirected(tmp_path: Path) -> None:
    path = uf.yed_live_graphml(tmp_path / "chain.graphml")
    text = path.read_text(encoding="utf-8").replace('type="TRIANGLE"', 'type="NONE"', 1)
    path.write_text(text, encoding="utf-8")
    G = graph.load(path)
    assert [a.get("directed", True) for _, _, a in G.edges(data=True)] == [False, True, True]


def test_yed_files_give_no_warning_of_networkx(tmp_path: Path, run_cli) -> None:
    for path in (uf.yed_graphml(tmp_path / "a.graphml"), uf.yed_live_graphml(tmp_path / "b.graphml")):
        out = run_cli("validate", "--data", path)
        assert (out.exit_code, out.stderr) == (0, "")
    out = run_cli("neighbors", "n3", "--data", tmp_path / "a.graphml")
    assert out.stdout.splitlines()[:3] == [  # the unlabelled node by its id; the line says linked, not related
        "n3: 1 connection (2 claims), outgoing",
        "  ?  n3  is linked to   Sleep quality",
        "  ?      is related to",
    ]


def test_a_dynamic_gexf_is_the_union_over_time_with_its_times_kept(tmp_path: Path) -> None:
    G = graph.load(uf.gephi_dynamic_gexf(tmp_path / "tweets.gexf"))
    assert G.nodes["dave"]["spells"] == "2017-03-02T08:00:00.."  # open: no end
    assert G.nodes["bob"]["followers"] == 111  # the last value
    edge = G.edges["carol", "alice", 0]
    assert (edge["start"], edge["end"], edge["tweet kind"]) == ("2017-03-02T09:15:00", "2017-03-02T09:15:00", "mention")


def test_neo4j_labels_are_categories_and_a_single_pair_reads_with_edges_and_nodes(tmp_path: Path) -> None:
    folder = uf.neo4j_import(tmp_path / "import")
    G = graph.load(folder)
    assert (G.nodes["tt0234215"]["category"], G.nodes["tt0234215"]["year"]) == ("Movie", "2003")
    assert G.edges["laurence", "tt0133093", 0]["role"] == "Morpheus"
    (folder / "movies.csv").unlink()
    H = graph.load(edges=folder / "roles.csv")
    assert H.edges["keanu", "tt0133093", 0]["relation"] == "ACTED_IN"
    named = graph.load(edges=folder / "roles.csv", source_col=":START_ID(Person-ID)", target_col=":END_ID(Movie-ID)")
    assert named.edges["keanu", "tt0133093", 0]["relation"] == "ACTED_IN"  # :TYPE kept when the ends are named


def test_header_cells_are_quoted_back_as_written(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "rels.csv"
    path.write_text(":START_ID,:TYPE,Weight\nkeanu,ACTED_IN,1\n", encoding="utf-8")
    out = run_cli("validate", "--edges", path)
    assert "(found: :START_ID, :TYPE, Weight)" in out.stderr


def test_a_pandas_index_column_is_skipped_with_a_note(tmp_path: Path) -> None:
    path = uf.pandas_with_index(tmp_path / "got.csv")
    with pytest.warns(DataWarning, match="its first column has no name .*pandas' to_csv.*; skipped"):
        G = graph.load(edges=path)
    assert (G.number_of_nodes(), G.number_of_edges()) == (6, 7)
    assert "" not in G.edges["Arya-Stark", "Jon-Snow", 0] and G.edges["Arya-Stark", "Jon-Snow", 0]["weight"] == 5.0


def test_gml_weights_and_pajek_weights_are_floats(tmp_path: Path) -> None:
    G = graph.load(uf.gephi_gml(tmp_path / "power.gml"))
    assert G.edges["Arya-Stark", "Jon-Snow", 0]["weight"] == 5.0
    H = graph.load(uf.igraph_pajek(tmp_path / "links.net"))
    assert H.edges["Tyrion-Lannister", "Cersei-Lannister", 0]["weight"] == 6.0


def test_a_multiline_adjacency_list_keeps_its_weights(tmp_path: Path) -> None:
    G = graph.load(uf.networkx_multiline_adjlist_file(tmp_path / "got.adjlist"))
    assert G.edges["Tyrion-Lannister", "Cersei-Lannister", 0]["weight"] == 6.0


def test_dot_keeps_its_attributes_without_quotes(tmp_path: Path) -> None:
    G = graph.load(uf.graphviz_dot(tmp_path / "claims.dot"))
    assert G.edges["magnesium", "gaba", 0]["weight"] == 2.0
    assert "node" not in G and "graph" not in G  # default statements are no nodes
    assert G.nodes["cortisol"]["label"] == "cortisol"


def test_dot_clusters_ports_and_html_labels(tmp_path: Path) -> None:
    G = graph.load(uf.graphviz_clusters(tmp_path / "pathway.dot"))
    assert dict(G.nodes(data="label")) == {
        "mg": "Magnesium & salts", "gaba": "GABA receptor", "sleep": "Sleep", "stress": "stress",
        "cortisol": "cortisol", "adrenaline": "adrenaline",
    }  # fmt: skip
    assert sorted(G.edges(data="relation")) == [
        ("gaba", "sleep", "promotes"), ("mg", "gaba", "activates"),
        ("stress", "adrenaline", "related_to"), ("stress", "cortisol", "related_to"),
    ]  # fmt: skip
    assert [p.nodes for p in graph.find_paths(G, "Magnesium & salts", "Sleep").paths] == [("mg", "gaba", "sleep")]


def test_a_snap_file_that_says_directed_is_directed(tmp_path: Path) -> None:
    G = graph.load(uf.snap_download(tmp_path / "toy.txt", directed=True))
    assert G.is_directed() and list(G.successors("3")) == ["4"]


def test_gephi_json_colours_become_hex_and_attributes_come_up(tmp_path: Path) -> None:
    G = graph.load(uf.gephi_json(tmp_path / "got.json"))
    assert G.nodes["0"]["color"] == "#e66101"
    assert G.nodes["4"]["Modularity Class"] == "1"


def test_cytoscape_interaction_is_the_relation_and_the_network_name_kept(tmp_path: Path) -> None:
    G = graph.load(uf.cytoscape_desktop(tmp_path / "p53.cyjs"))
    assert G.graph["name"] == "p53 pathway"
    assert G.edges["100", "102", 0]["relation"] == "activates"


def test_kgx_predicate_wins_over_an_empty_relation_and_both_are_kept(tmp_path: Path) -> None:
    with pytest.warns(DataWarning) as caught:
        G = graph.load(uf.kgx_json(tmp_path / "monarch.json"))
    edge = G.edges["MONDO:0007739", "HP:0002072", 0]
    assert (edge["relation"], edge["predicate"], edge["kgx_relation"]) == ("has_phenotype", "biolink:has_phenotype", "")
    assert G.edges["CHEBI:15377", "HGNC:4851", 0]["kgx_relation"] == "RO:0002436"
    assert [str(w.message) for w in caught] == [
        f"{tmp_path / 'monarch.json'}: 1 node named by edges but missing from {tmp_path / 'monarch.json'} "
        "(first: 'CHEBI:15377'); added without attributes, as KGX tools load them"
    ]
    assert G.nodes["CHEBI:15377"]["label"] == "CHEBI:15377"


def test_a_symmetric_kgx_predicate_makes_an_undirected_edge(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataWarning)
        G = graph.load(uf.kgx_json(tmp_path / "monarch.json"))
    assert G.edges["CHEBI:15377", "HGNC:4851", 0]["directed"] is False  # biolink:related_to
    assert "directed" not in G.edges["MONDO:0007739", "HP:0002072", 0]  # biolink:has_phenotype
    assert [p.nodes for p in graph.find_paths(G, "HTT", "CHEBI:15377").paths] == [("HGNC:4851", "CHEBI:15377")]


def test_a_kgx_tsv_pair_with_missing_nodes_loads_with_one_warning(tmp_path: Path) -> None:
    nodes, edges = uf.kgx_pair(tmp_path / "kgx")
    with edges.open("a", encoding="utf-8") as file:
        file.write("e3\tCHEBI:1\tbiolink:affects\tHGNC:11998\t\t\t\t\ne4\tCHEBI:2\tbiolink:affects\tCHEBI:1\t\t\t\t\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        G = graph.load(edges=edges, nodes=nodes)
    missing = [str(w.message) for w in caught if "missing from" in str(w.message)]
    assert missing == [
        f"{edges}: 2 nodes named by edges but missing from {nodes} (first: 'CHEBI:1'); "
        "added without attributes, as KGX tools load them"
    ]
    assert {"CHEBI:1", "CHEBI:2"} <= set(G)


def test_kgx_json_lines_given_as_edges_and_nodes(tmp_path: Path) -> None:
    nodes, edges = uf.kgx_jsonl(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataWarning)
        G = graph.load(edges=edges, nodes=nodes)
    assert G.nodes["HGNC:4851"]["label"] == "HTT"


def test_igraph_pajek_without_vertex_lines_names_each_vertex_by_its_number(tmp_path: Path, run_cli) -> None:
    G = graph.load(uf.igraph_pajek_unnamed(tmp_path / "g.net"))
    assert (type(G).__name__, sorted(G), G.nodes["3"]["label"]) == ("MultiGraph", ["1", "2", "3", "4", "5"], "3")
    out = run_cli("path", "5", "1", "--data", tmp_path / "g.net", "--json", "--max-paths", "1")
    assert json.loads(out.stdout)["paths"][0]["nodes"] == ["5", "4", "3", "1"]


def test_a_two_mode_pajek_file_and_a_vertex_without_a_label(tmp_path: Path) -> None:
    path = tmp_path / "two.net"
    path.write_text('*Vertices 4 2\n1 "Ann"\n2\n*Edges\n1 3\n2 4\n', encoding="utf-8")
    assert sorted(graph.load(path).edges()) == [("2", "4"), ("Ann", "3")]


def test_cytoscape_elements_as_one_list_are_read(tmp_path: Path) -> None:
    G = graph.load(uf.cytoscape_elements_list(tmp_path / "elements.json"))
    assert (G.nodes["gaba"]["label"], G.edges["magnesium", "gaba", 0]["relation"]) == ("GABA", "activates")
    assert [p.nodes for p in graph.find_paths(G, "Magnesium", "Sleep").paths] == [("magnesium", "gaba", "sleep")]


def test_neo4j_ids_shared_by_two_id_spaces_are_two_nodes(tmp_path: Path, run_cli) -> None:
    folder = uf.neo4j_id_spaces(tmp_path / "import")
    G = graph.load(folder)
    assert sorted(G) == ["Movie:1", "Movie:2", "Person:1", "Person:2", "Person:3"]
    assert (G.nodes["Movie:1"]["label"], G.nodes["Person:1"]["label"]) == ("The Matrix", "Keanu Reeves")
    assert sorted(G.predecessors("Movie:1")) == ["Person:1", "Person:2", "Person:3"]
    out = run_cli("neighbors", "Hugo Weaving", "--data", folder, "--json")
    assert sorted(s["target"] for s in json.loads(out.stdout)["steps"]) == ["Movie:1", "Movie:2"]


def test_neo4j_ids_in_one_space_each_stay_as_written(tmp_path: Path) -> None:
    folder = uf.neo4j_id_spaces(tmp_path / "import")
    (folder / "movies.csv").write_text("id:ID(Movie),title\nm1,The Matrix\nm2,Cloud Atlas\n", encoding="utf-8")
    (folder / "acted_in.csv").write_text(":START_ID(Person),:END_ID(Movie),:TYPE\n1,m1,ACTED_IN\n", encoding="utf-8")
    assert sorted(graph.load(folder).edges()) == [("1", "m1")]


def test_a_headerless_csv_whose_first_line_recurs_nowhere_is_read_as_edges_with_a_warning(tmp_path: Path) -> None:
    path = uf.headerless_csv(tmp_path / "claims.csv")
    with pytest.warns(DataWarning, match=r"claims.csv:1: read as an edge, not a header: .* --source-col and"):
        G = graph.load(edges=path)
    assert (G.number_of_edges(), G.edges["Magnesium", "Sleep", 0]["relation"]) == (4, "improves")


def test_a_first_line_taken_for_an_edge_is_a_header_when_the_user_names_its_columns(tmp_path: Path) -> None:
    path = uf.headerless_csv(tmp_path / "claims.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataWarning)  # no guess, no warning
        G = graph.load(path, source_col="Magnesium", target_col="Sleep")
    assert G.number_of_edges() == 3 and G.edges["Coffee", "Alertness", 0]["improves"] == "increases"


def test_a_first_line_of_names_over_numbers_is_a_header(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "claims.csv"
    path.write_text("Cause,Effect,Strength\nCoffee,Alertness,2\nStress,Cortisol,1\n", encoding="utf-8")
    out = run_cli("validate", "--edges", path)
    assert out.exit_code == 1 and "(found: Cause, Effect, Strength); or name the file's columns" in out.stderr
    assert run_cli("validate", "--edges", path, "--source-col", "Cause", "--target-col", "Effect").exit_code == 0


# ---------------------------------------------------------------- refused by name, in one line


@pytest.mark.parametrize(
    ("name", "text", "looks"),
    [
        ("g.gdf", "nodedef>name VARCHAR,label VARCHAR\na,A\nedgedef>node1 VARCHAR,node2 VARCHAR\na,a\n", "GDF"),
        ("g.tgf", "1 First\n2 Second\n#\n1 2 knows\n", "TGF (Trivial Graph Format)"),
        ("g.dl", "DL n=2\nformat = edgelist1\ndata:\n1 2\n", "UCINET DL"),
        ("g.xgmml", '<?xml version="1.0"?>\n<graph label="x" xmlns="http://www.cs.rpi.edu/XGMML"/>\n', "XGMML"),
        ("g.gxl", '<?xml version="1.0"?>\n<gxl><graph id="g"/></gxl>\n', "GXL"),
        ("g.json", '{"vertices": [{"v": 1}], "arcs": []}', "JSON of another shape (keys: vertices, arcs)"),
    ],
)
def test_a_format_not_read_is_refused_in_one_line_naming_it(tmp_path: Path, run_cli, name, text, looks) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for option in ("--data", "--edges"):
        out = run_cli("validate", option, path)
        lines = out.stderr.splitlines()
        assert (out.exit_code, len(lines)) == (1, 2), out.stderr
        assert lines[0].startswith(f"{path}: looks like {looks}")
        assert lines[0].endswith(f"expected one of {READ}")


def _zip(path: Path, names: list[str]) -> bytes:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "source,target\na,b\n")
    return path.read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "looks"),
    [
        ("graph.png", lambda p: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(17), "a PNG image"),
        ("paper.pdf", lambda p: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document"),
        ("edges.zip", lambda p: _zip(p, ["edges.csv"]), "a zip archive (unpack it first)"),
        ("edges.xlsx", lambda p: _zip(p, ["[Content_Types].xml", "xl/workbook.xml"]), "an Excel workbook (save it"),
        ("karate.gephi", lambda p: _zip(p, ["Project_xml"]), "a Gephi project (export it from Gephi"),
        ("ca-GrQc.txt.gz", lambda p: __import__("gzip").compress(b"# Undirected\n1\t2\n"), "a gzip-compressed file"),
        ("dump.bin", lambda p: bytes(range(256)) * 4, "binary data rather than text"),
    ],
)
def test_a_file_that_is_no_text_is_refused_in_one_line_naming_it(tmp_path: Path, run_cli, name, content, looks):
    path = tmp_path / name
    path.write_bytes(content(path))
    for option in ("--data", "--edges"):
        out = run_cli("validate", option, path)
        lines = out.stderr.splitlines()
        assert (out.exit_code, len(lines), lines[0][: len(f"{path}: looks like {looks}")]) == (
            1, 2, f"{path}: looks like {looks}"
        )  # fmt: skip
        assert lines[0].endswith(f"expected one of {READ}") and "--" not in lines[0]


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("nodes.csv", "name\nMagnesium\nSleep\n", ":1: has one column only ('name'); expected two columns at least"),
        ("empty.csv", "", ": file is empty; expected a header row and data rows"),
        ("empty.gml", "\n", ": file is empty; expected a GML file"),
        ("cut.graphml", None, ":7: not well-formed XML (unclosed token: line 7, column "),
    ],
)
def test_an_unreadable_file_is_refused_without_an_option_that_cannot_help(tmp_path, run_cli, name, text, said):
    path = tmp_path / name
    if text is None:
        text = uf.yed_live_graphml(path).read_text(encoding="utf-8")
        text = "\n".join(text.splitlines()[:7])[:-12]
    path.write_text(text, encoding="utf-8")
    for option in ("--data", "--edges"):
        out = run_cli("validate", option, path)
        assert out.exit_code == 1 and out.stderr.startswith(f"{path}{said}"), out.stderr
        assert len(out.stderr.splitlines()) == 2 and " --" not in out.stderr


def test_a_json_file_of_nodes_that_are_no_objects_says_so_once(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"nodes": list(range(700)), "edges": []}), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        graph.load(path)
    messages = [p.message for p in caught.value.problems]
    assert messages == ['nodes[0] is not an object with an "id" (and 699 more like it)']


def test_a_graph_file_given_as_data_is_no_longer_called_a_file_not_a_folder(tmp_path: Path, run_cli) -> None:
    out = run_cli("validate", "--data", uf.gephi_gml(tmp_path / "power.gml"))
    assert (out.exit_code, out.stdout) == (0, "ok: 6 nodes, 7 edges\n")


def test_validate_of_a_headerless_file_suggests_no_column_options(tmp_path: Path, run_cli) -> None:
    path = tmp_path / "wiki.txt"
    path.write_text("# FromNodeId\tToNodeId\n1\t\n2\t3\n", encoding="utf-8")
    out = run_cli("validate", "--edges", path)
    assert out.exit_code == 1 and "--source-col" not in out.stderr


# ---------------------------------------------------------------- the page of each kind, in Chromium


@pytest.mark.browser
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
def test_the_page_of_each_kind_opens_without_a_script_error(kind: Kind, tmp_path: Path, run_cli, open_page) -> None:
    out = tmp_path / "page.html"
    built = run_cli("build", "--data", kind.make(tmp_path), "--out", out)
    assert built.exit_code == 0, built.output
    opened = open_page(out)
    assert opened.problems == []
    node, label = kind.label
    shown = opened.page.evaluate("id => cg.nodes.get(id).label", node)
    assert " ".join(shown.split()) == label  # wrapped on the page; an unlabelled yEd node shows its id
