"""Graphs people bring (issue 14): undirected and mixed graphs, Gephi GEXF and CSV, KGX, Dutch
spreadsheets and networkx exports, through the Python API and the command line."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import networkx as nx
import pytest
from page_graphs import raw_payload
from user_files import PEOPLE, dutch_spreadsheet, gephi_csv, gephi_gexf, kgx_pair, networkx_edgelist

import graph
from graph.errors import DataError, DataWarning
from graph.read.direction import direction_of

# ---------------------------------------------------------------- direction is data


def test_a_gephi_csv_with_type_undirected_loads_as_an_undirected_graph(tmp_path: Path) -> None:
    G = graph.load(edges=gephi_csv(tmp_path / "got.csv"))
    assert type(G) is nx.MultiGraph
    assert G.number_of_edges() == len(PEOPLE)
    assert all("type" not in attrs for _, _, attrs in G.edges(data=True))
    # linked one way in the file, found both ways
    assert [p.nodes for p in graph.find_paths(G, "Jaime-Lannister", "Arya-Stark", max_hops=3)][0] == (
        "Jaime-Lannister",
        "Tyrion-Lannister",
        "Sansa-Stark",
        "Arya-Stark",
    )
    assert graph.find_paths(G, "Jon-Snow", "Arya-Stark").paths[0].nodes == ("Jon-Snow", "Arya-Stark")


def test_undirected_sentences_say_linked_and_keep_proper_names(tmp_path: Path) -> None:
    G = graph.load(edges=gephi_csv(tmp_path / "got.csv"))
    path = graph.find_paths(G, "Sansa-Stark", "Jaime-Lannister").paths[0]
    assert graph.explain(G, path) == (
        "Sansa-Stark is linked to Tyrion-Lannister; Tyrion-Lannister is linked to Jaime-Lannister. "
        "Net effect: unclear, since not every step says whether it increases or decreases."
    )
    assert graph.explain(G, path, lang="nl") == (
        "Sansa-Stark is verbonden met Tyrion-Lannister; Tyrion-Lannister is verbonden met Jaime-Lannister. "
        "Netto: onduidelijk, want niet elke stap zegt of hij verhoogt of verlaagt."
    )


def test_names_from_an_edge_list_keep_their_case_in_sentences(make_csv) -> None:
    G = graph.load(edges=make_csv("e.csv", [["source", "target"], ["Valjean", "Myriel"], ["Myriel", "Napoleon"]]))
    sentence = graph.explain(G, ["Valjean", "Myriel", "Napoleon"])
    assert sentence == (
        "Valjean is related to Myriel; Myriel is related to Napoleon. "
        "Net effect: unclear, since not every step says whether it increases or decreases."
    )


def test_stats_of_an_undirected_graph_speak_of_edges_not_in_and_out(tmp_path: Path, run_cli) -> None:
    edges = gephi_csv(tmp_path / "got.csv")
    summary = graph.stats(graph.load(edges=edges), top=1)
    assert (summary.direction, summary.undirected, summary.components) == ("undirected", 7, 1)
    assert summary.most_connected == (("Sansa-Stark", 0, 0),)
    assert summary.to_dict()["most_connected"] == [
        {"id": "Sansa-Stark", "edges": 3, "in": 0, "out": 0, "undirected": 3}
    ]
    out = run_cli("stats", "--edges", edges, "--top", "1").stdout
    assert "direction             undirected" in out
    assert " in," not in out and "Sansa-Stark  3  Sansa-Stark" in out


@pytest.mark.parametrize("cls", [nx.Graph, nx.MultiGraph, nx.DiGraph, nx.MultiDiGraph])
def test_every_function_takes_every_networkx_class(cls) -> None:
    G = cls()
    G.add_edge("a", "b", relation="increases", sign=1)
    G.add_edge("b", "c", relation="decreases", sign=-1)
    assert graph.net_effect(G, "a", "c").verdict == "decreases"
    back = graph.find_paths(G, "c", "a")
    assert bool(back.paths) is (not G.is_directed())
    assert back.ignoring_direction == (1 if G.is_directed() else None)
    assert [s.target for s in graph.neighbors(G, "b")] == (["c"] if G.is_directed() else ["a", "c"])
    assert graph.stats(G).edges == 2
    assert graph.explain(G, ["a", "b", "c"]) == "A increases b; b decreases c. Net effect: a decreases c."
    assert len(graph.to_pandas_edges(G)) == 2
    H = graph.subgraph_around(G, "b")
    assert (type(H), H.number_of_edges()) == (cls, 2)
    assert graph.paths_subgraph(G, graph.find_paths(G, "a", "c")).number_of_edges() == 2
    assert "<html" in graph.to_html(G)


def test_the_neighbours_of_an_undirected_graph_say_direction_means_nothing() -> None:
    result = graph.neighbors(nx.MultiGraph([("a", "b"), ("c", "a")]), "a", direction="in")
    assert [(s.source, s.target) for s in result] == [("b", "a"), ("c", "a")]
    assert result.note == "the graph is undirected: 'in', 'out' and 'both' give the same neighbours"
    assert graph.neighbors(nx.MultiDiGraph([("a", "b")]), "a").note == ""


def test_the_neighbors_command_says_direction_means_nothing_in_an_undirected_graph(tmp_path: Path, run_cli) -> None:
    out = run_cli("neighbors", "Tyrion-Lannister", "--edges", gephi_csv(tmp_path / "got.csv"))
    assert out.stdout.splitlines()[:2] == [
        "Tyrion-Lannister: 3 connections, outgoing",
        "(the graph is undirected: 'in', 'out' and 'both' give the same neighbours)",
    ]


def test_no_path_tells_the_whole_truth_in_python_and_on_the_command_line(tmp_path: Path, run_cli) -> None:
    edges = networkx_edgelist(tmp_path / "people.csv")
    G = graph.load(edges=edges)  # the file says nothing: directed, from the first column to the second
    result = graph.find_paths(G, "Jaime-Lannister", "Arya-Stark")
    assert (result.paths, result.ignoring_direction) == ((), 3)
    assert result.note == "no path following the arrows; 3 paths if directions are ignored"
    assert result.to_dict()["ignoring_direction"] == 3
    out = run_cli("path", "Jaime-Lannister", "Arya-Stark", "--edges", edges)
    assert (out.exit_code, out.stdout) == (
        0,
        "No path from Jaime-Lannister to Arya-Stark following the arrows within 4 hops; "
        "3 paths if directions are ignored: use --undirected.\n",
    )
    found = run_cli("path", "Jaime-Lannister", "Arya-Stark", "--edges", edges, "--undirected", "--json")
    data = json.loads(found.stdout)
    assert [p["nodes"] for p in data["paths"]][0] == [
        "Jaime-Lannister",
        "Tyrion-Lannister",
        "Sansa-Stark",
        "Arya-Stark",
    ]
    assert data["paths"][0]["steps"][0]["edges"][0]["directed"] is False
    text = run_cli("path", "Jaime-Lannister", "Arya-Stark", "--edges", edges, "--undirected", "--max-paths", "1")
    assert text.stdout.splitlines()[2:6] == [
        "1. Jaime-Lannister -> Tyrion-Lannister -> Sansa-Stark -> Arya-Stark  unclear",
        "   Jaime-Lannister is linked to Tyrion-Lannister; Tyrion-Lannister is linked to Sansa-Stark; "
        "Sansa-Stark is linked to Arya-Stark. Net effect: unclear, since not every step says whether it increases "
        "or decreases.",
        "     ?  Jaime-Lannister   is linked to  Tyrion-Lannister",
        "     ?  Tyrion-Lannister  is linked to  Sansa-Stark",
    ]


def test_undirected_is_an_option_of_every_command_that_reads_data(tmp_path: Path, run_cli) -> None:
    edges = networkx_edgelist(tmp_path / "people.csv")
    assert type(graph.load(edges=edges, directed=False)) is nx.MultiGraph
    assert graph.load_for_page(edges=edges, directed=False).directed is False
    assert graph.validate(edges=edges, directed=False).ok
    for command in (["build", "--out", str(tmp_path / "p.html")], ["validate"], ["stats"], ["neighbors", "Arya-Stark"]):
        assert run_cli(*command, "--edges", edges, "--undirected").exit_code == 0, command
    out = run_cli("export", "--format", "json", "--out", tmp_path / "p.json", "--edges", edges, "--undirected")
    assert out.exit_code == 0
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["directed"] is False


def test_a_directed_column_and_symmetric_relations_make_a_mixed_graph(make_csv) -> None:
    folder = make_csv(
        "edges.csv",
        [
            ["source", "target", "relation", "directed"],
            ["a", "b", "increases", ""],
            ["b", "c", "increases", "no"],
            ["c", "d", "is_associated_with", ""],
        ],
    ).parent
    make_csv("relations.csv", [["relation", "sign", "directed"], ["increases", "1", ""],
                               ["is_associated_with", "0", "false"]])  # fmt: skip
    G = graph.load(folder)
    assert type(G) is nx.MultiDiGraph and direction_of(G) == "mixed"
    assert [attrs.get("directed", True) for _, _, attrs in G.edges(data=True)] == [True, False, False]
    assert graph.find_paths(G, "d", "b").paths[0].nodes == ("d", "c", "b")
    assert graph.find_paths(G, "b", "a").ignoring_direction == 1


def test_a_direction_that_is_no_word_is_reported_with_its_line(make_csv) -> None:
    edges = make_csv("e.csv", [["source", "target", "directed"], ["a", "b", "yes"], ["b", "c", "sometimes"]])
    with pytest.raises(DataError) as caught:
        graph.load(edges=edges)
    assert str(caught.value) == (
        f"{edges}:3: column 'directed': 'sometimes' is not a direction; "
        "expected true or false (yes/no, 1/0; Directed/Undirected as Gephi writes it)"
    )


def test_a_type_column_of_other_words_stays_an_attribute(make_csv) -> None:
    G = graph.load(edges=make_csv("e.csv", [["source", "target", "type"], ["a", "b", "friend"]]))
    assert type(G) is nx.MultiDiGraph and G.edges["a", "b", 0]["type"] == "friend"


# ---------------------------------------------------------------- Gephi files


def test_a_gephi_gexf_1_3_export_loads_with_titles_colours_sizes_and_weights(tmp_path: Path) -> None:
    G = graph.load(gephi_gexf(tmp_path / "got.gexf"))
    assert type(G) is nx.MultiGraph
    sansa = G.nodes["Sansa-Stark"]
    assert (sansa["label"], sansa["Modularity Class"], sansa["color"], sansa["size"]) == (
        "Sansa-Stark",
        0,
        "#e66101",
        15.0,
    )
    assert G.edges["Arya-Stark", "Jon-Snow", 0]["weight"] == 5.0
    assert G.edges["Tyrion-Lannister", "Jaime-Lannister", 0]["weight"] == 1.0  # none in the file: 1.0, as in Gephi


def test_a_gephi_gexf_builds_a_page_of_links_and_communities(tmp_path: Path, run_cli) -> None:
    gexf, page = gephi_gexf(tmp_path / "got.gexf"), tmp_path / "got.html"
    out = run_cli("build", "--data", gexf, "--out", page)
    assert (out.exit_code, out.stdout) == (0, f"wrote {page}: 6 nodes, 7 edges\n")
    data = raw_payload(page.read_text(encoding="utf-8"))
    assert (data["undirected"], data["communities"]) == (1, 1)
    legend = [entry["label"] for entry in data["categories"].values()]
    assert legend == ["around Sansa-Stark", "around Tyrion-Lannister"]
    weights = data["weights"]["values"]
    assert sorted(weights) == [1.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0]  # the edge without weight: 1.0, as in Gephi


@pytest.mark.parametrize(
    ("namespace", "version", "viz"),
    [
        ("http://www.gexf.net/1.3", "1.3", True),
        ("http://gexf.net/1.3", "1.3", False),
        ("http://www.gexf.net/1.2draft", "1.2", True),
        ("http://www.gexf.net/1.2", "1.2", False),
        ("http://www.gexf.net/1.1draft", "1.1", True),
    ],
)
def test_gexf_of_each_version_gephi_writes_is_read(tmp_path: Path, namespace: str, version: str, viz: bool) -> None:
    G = graph.load(gephi_gexf(tmp_path / "g.gexf", namespace, version, viz))
    assert (G.number_of_nodes(), G.number_of_edges(), type(G)) == (6, 7, nx.MultiGraph)
    assert ("color" in G.nodes["Arya-Stark"]) is viz


def test_gexf_of_an_unknown_version_and_a_file_that_is_no_gexf_say_so(tmp_path: Path, run_cli) -> None:
    newer = gephi_gexf(tmp_path / "new.gexf", "http://gexf.net/1.4", "1.4")
    out = run_cli("validate", "--data", newer)
    assert (out.exit_code, out.stderr) == (
        1,
        f"{newer}: is GEXF version 1.4; expected GEXF 1.1, 1.2, 1.3 (as Gephi writes it)\n"
        "error: 1 problem in the data\n",
    )
    other = tmp_path / "other.gexf"
    other.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>', encoding="utf-8")
    assert graph.load(other).number_of_nodes() == 0  # read by its content: GraphML, whatever its name


def test_a_graph_file_given_as_an_edge_list_is_read_as_the_graph_it_is(tmp_path: Path, run_cli) -> None:
    gexf = gephi_gexf(tmp_path / "got.gexf")
    out = run_cli("validate", "--edges", gexf)
    assert (out.exit_code, out.stdout) == (0, "ok: 6 nodes, 7 edges\n")
    graphml = graph.write_graphml(nx.MultiDiGraph([("a", "b")]), tmp_path / "g.graphml")
    assert run_cli("validate", "--edges", graphml).stdout == "ok: 2 nodes, 1 edge\n"
    node_link = graph.write_node_link(nx.MultiDiGraph([("a", "b")]), tmp_path / "g.json")
    assert list(graph.load(edges=node_link).edges()) == [("a", "b")]


def test_a_graph_file_given_as_an_edge_list_with_a_node_file_says_use_data(tmp_path: Path, run_cli) -> None:
    gexf = gephi_gexf(tmp_path / "got.gexf")
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("id\nArya-Stark\n", encoding="utf-8")
    out = run_cli("validate", "--edges", gexf, "--nodes", nodes)
    assert out.stderr == (
        f"{gexf}: this is a GEXF file: use --data {gexf} (data= in Python); expected a CSV edge list here\n"
        "error: 1 problem in the data\n"
    )


# ---------------------------------------------------------------- edge lists that say what they mean


def test_a_dutch_spreadsheet_reads_with_its_headers_commas_and_relation_words(tmp_path: Path, run_cli) -> None:
    path = dutch_spreadsheet(tmp_path / "slaap.csv")
    G = graph.load(edges=path)
    edge = G.edges["Koffie", "Slaap", 0]
    assert (edge["relation"], edge["sign"], edge["weight"], edge["evidence"]) == (
        "verlaagt", -1, 1.5, "Cafeïne blokkeert adenosine",
    )  # fmt: skip
    assert G.edges["Cortisol", "Slaap", 0]["sign"] == -1  # remt
    assert graph.net_effect(G, "Stress", "Slaap").verdict == "decreases"
    out = run_cli("validate", "--edges", path)
    assert out.stdout == (
        "ok: 6 nodes, 5 edges\n"
        "note: 1 relation without a known sign (drawn grey, net effect unclear): verbetert; "
        "give each a sign in a relations.csv (columns relation, sign)\n"
    )


@pytest.mark.parametrize(
    ("word", "sign"),
    [("increases", 1), ("Decreases", -1), ("activates", 1), ("inhibits", -1), ("causes", 1), ("prevents", -1),
     ("verhoogt", 1), ("verlaagt", -1), ("remt", -1), ("stimuleert", 1), ("veroorzaakt", 1), ("voorkomt", -1),
     ("knows", 0)],
)  # fmt: skip
def test_the_built_in_vocabulary_signs_a_lone_edge_list(make_csv, word: str, sign: int) -> None:
    G = graph.load(edges=make_csv("e.csv", [["source", "target", "relation"], ["a", "b", word]]))
    assert G.edges["a", "b", 0]["sign"] == sign


def test_missing_ends_show_the_header_and_name_the_options(make_csv) -> None:
    edges = make_csv("e.csv", [["Person A", "Person B", "Strength"], ["x", "y", "2"]])
    report = graph.validate(edges=edges)
    assert str(report.problems[0]) == (
        f"{edges}:1: column 'source': missing from the header; expected a column named 'source' or 'from' or 'src' "
        "or 'bron' or 'van' or 'subject' (found: Person A, Person B, Strength); or name the file's columns with "
        "--source-col and --target-col (source_col= and target_col= in Python)"
    )
    assert graph.validate(edges=edges, source_col="Person A", target_col="Person B").ok


# ---------------------------------------------------------------- KGX


def test_a_kgx_pair_reads_names_categories_predicates_and_merges_repeated_nodes(tmp_path: Path) -> None:
    nodes, edges = kgx_pair(tmp_path / "kgx")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        G = graph.load(edges=edges, nodes=nodes)
    messages = [str(w.message) for w in caught if issubclass(w.category, DataWarning)]
    assert messages == [
        f"{nodes}: 2 node ids on more than one row (first: 'HGNC:11998' on lines 2, 4); "
        "the rows are merged as KGX merges them, lists joined with '|'",
        f"{nodes}:6: node 'HGNC:6973': column 'name' is 'MDM-2' here but 'MDM2' before; the first is kept",
    ]
    tp53 = G.nodes["HGNC:11998"]
    assert (tp53["label"], tp53["category"], tp53["synonyms"], tp53["provided_by"]) == (
        "TP53", "biolink:Gene", ["p53", "LFS1"], "infores:hgnc|infores:ncbi-gene",
    )  # fmt: skip
    assert G.graph["categories"]["biolink:Gene"]["label"] == "Gene"
    assert graph.resolve(G, "tp53") == "HGNC:11998"  # found by name
    edge = G.edges["HGNC:6973", "HGNC:11998", 0]
    assert (edge["relation"], edge["sign"], edge["source_doc"]) == ("affects", -1, "infores:ctd")
    assert graph.net_effect(G, "MDM2", "Li-Fraumeni syndrome").verdict == "unclear"


def test_a_folder_holding_a_kgx_pair_reads_as_one(tmp_path: Path, run_cli) -> None:
    kgx_pair(tmp_path / "kgx")
    out = run_cli("validate", "--data", tmp_path / "kgx")
    assert (out.exit_code, out.stdout) == (0, "ok: 3 nodes, 2 edges\n")
    assert "2 node ids on more than one row" in out.stderr
    for name in ("genes_nodes", "genes_edges"):  # as CSV, as some tools write them
        path = tmp_path / "kgx" / f"{name}.tsv"
        (tmp_path / "csv").mkdir(exist_ok=True)
        (tmp_path / "csv" / f"{name}.csv").write_text(
            path.read_text(encoding="utf-8").replace(",", ";").replace("\t", ","), encoding="utf-8"
        )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataWarning)
        G = graph.load(tmp_path / "csv")
    assert (G.number_of_nodes(), G.nodes["HGNC:6973"]["label"]) == (3, "MDM2")


def test_our_kgx_export_builds_the_same_graph(tmp_path: Path, run_cli) -> None:
    G = graph.load()
    out = run_cli("export", "--format", "kgx", "--out", f"{tmp_path}/kgx/")
    assert out.exit_code == 0
    H = graph.load(tmp_path / "kgx")
    assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
    keep = ("relation", "sign", "evidence", "source_doc", "section")
    assert sorted((u, v, *(a[k] for k in keep)) for u, v, a in H.edges(data=True)) == sorted(
        (u, v, *(a[k] for k in keep)) for u, v, a in G.edges(data=True)
    )
    assert run_cli("build", "--data", tmp_path / "kgx", "--out", tmp_path / "k.html").exit_code == 0
    size = f"ok: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges\n"
    assert run_cli("validate", "--data", tmp_path / "kgx").stdout == size
