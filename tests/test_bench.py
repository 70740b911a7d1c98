"""The benchmark's own code: the graph generator, the workloads and the report (no timings asserted)."""

from __future__ import annotations

import csv
import json
import re
import statistics
from collections import Counter
from pathlib import Path

import pytest

import graph
from bench import generate, run, workloads
from conftest import DATA, ROOT


@pytest.mark.parametrize(("nodes", "edges"), [(2, 0), (5, 3), (50, 120), (300, 1500)])
def test_generator_gives_the_asked_size(nodes, edges):
    node_rows, edge_rows = generate.generate(nodes, edges, seed=3)
    assert (len(node_rows), len(edge_rows)) == (nodes, edges)
    ids = [row[0] for row in node_rows]
    assert len(set(ids)) == nodes
    assert all(u in ids and v in ids and u != v for u, v, *_ in edge_rows)
    if edges >= nodes:
        assert {u for u, *_ in edge_rows} | {v for _, v, *_ in edge_rows} == set(ids)  # no node left alone


def test_generator_is_deterministic_for_a_seed():
    assert generate.generate(200, 800, seed=5) == generate.generate(200, 800, seed=5)
    assert generate.generate(200, 800, seed=5) != generate.generate(200, 800, seed=6)


def test_generated_graphs_look_like_the_magnesium_data():
    node_rows, edge_rows = generate.generate(2000, 10000, seed=1)
    known = {row["relation"] for row in csv.DictReader((DATA / "relations.csv").open(encoding="utf-8"))}
    assert {row[2] for row in edge_rows} <= known
    categories = {row["category"] for row in csv.DictReader((DATA / "categories.csv").open(encoding="utf-8"))}
    assert {row[3] for row in node_rows} <= categories
    words = [len(row[1].split()) for row in node_rows]
    assert 1.5 < sum(words) / len(words) < 3.5
    evidence = [len(row[3]) for row in edge_rows]
    assert 60 < sum(evidence) / len(evidence) < 130
    degree = Counter(u for u, *_ in edge_rows) + Counter(v for _, v, *_ in edge_rows)
    ranked = sorted(degree.values(), reverse=True)
    assert ranked[0] > 20 * ranked[len(ranked) // 2]  # hubs, and many nodes with few edges


def test_written_folder_loads_as_the_same_graph(tmp_path):
    folder = generate.write_folder(tmp_path / "g", 300, 900, seed=2)
    G = graph.load(folder)
    assert (G.number_of_nodes(), G.number_of_edges()) == (300, 900)
    assert graph.validate(folder).ok
    bare = graph.load(edges=folder / "edge_list.csv")
    assert sorted(bare.edges()) == sorted(G.edges())
    assert all(isinstance(w, float) for *_, w in bare.edges(data="weight"))


def test_command_line_writes_the_bare_edge_list(tmp_path, capsys):
    out = tmp_path / "edges.csv"
    assert generate.main(["--nodes", "100", "--edges", "400", "--out", str(out), "--only", "edge-list"]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["source", "target", "relation", "weight"] and len(rows) == 401
    assert capsys.readouterr().err == f"wrote {out}: 100 nodes, 400 edges\n"


def test_command_line_refuses_a_graph_too_small(tmp_path):
    with pytest.raises(SystemExit) as stop:
        generate.main(["--nodes", "1", "--edges", "0", "--out", str(tmp_path / "g")])
    assert stop.value.code == 2


@pytest.mark.parametrize("name", ["api", "raw"])
def test_workloads_run(name, tmp_path):
    folder = generate.write_folder(tmp_path / "g", 40, 80)
    out = tmp_path / "page.html"
    assert workloads.run(name, folder, out) > 0
    assert out.exists() == (name == "api")


def test_measure_reads_time_and_peak_memory_of_a_child():
    runs = run.measure(["python3", "-c", "b = bytearray(80 * 2**20); print('{\"seconds\": 0.5}')"], repeat=2)
    assert len(runs.seconds) == 2 and runs.inner == [0.5, 0.5]
    assert all(mb > 80 for mb in runs.peak_mb)
    assert runs.cell().endswith("(2)")


def test_report_gives_medians_and_ratios():
    small = run.Size(1000, 5000)
    builds = {key: {} for key in run.ROWS}
    builds["cli"][small] = run.Runs(seconds=[1.0, 2.0, 9.0], peak_mb=[50, 60, 70])
    builds["pyvis"][small] = run.Runs(seconds=[20.0])
    builds["raw"][small] = run.Runs(seconds=[0.5])
    builds["cli-edges"][small] = run.Runs(seconds=[2.0, 3.0, 9.0])
    builds["floor"][small] = run.Runs(seconds=[1.0, 1.0, 10.0])  # paired: ratios 2, 3 and 0.9
    text = run.report([small], builds, run.Runs(seconds=[0.1]), {}, [("stats", 0.25)], small)
    assert "| `concept-graph build --data` (CLI, whole process) | – | 2.00 s, 60 MB (3) |" in text
    assert "| pyvis directed ÷ ours (×) | – | 10.0 |" in text
    assert "median of paired runs; target ≤ 2.0) | – | 2.00 |" in text  # the median ratio, not 3.0 / 1.0
    assert "| stats | 0.25 s |" in text


def test_report_shows_the_hubs_click_and_search():
    size = run.Size(10000, 50000)
    browser = {
        "hub_click_ms": {size: [300.0, 100.0, 200.0]},  # several runs on one page: their median
        "hub_search_ms": {size: [1500.0]},
        "hub_edges": {size: [3325]},
    }
    text = run.report([size], {key: {} for key in run.ROWS}, run.Runs(seconds=[0.1]), browser, [], size)
    assert "| hub: click (from the page as opened, until its card is shown) | 200 ms (3) |" in text
    assert "| hub: search + Enter (until its card is shown) | 1.50 s (1) |" in text
    assert "| hub: its relations | 3,325 |" in text


def test_paired_runs_take_turns(monkeypatch):
    calls: list[str] = []

    def fake(command, repeat, cwd=None):
        calls.append(command[0])
        return run.Runs(seconds=[float(len(calls))])

    monkeypatch.setattr(run, "measure", fake)
    first, second = run.measure_pairs(["a"], ["b"], 4)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert first.seconds == [1.0, 4.0, 5.0, 8.0] and second.seconds == [2.0, 3.0, 6.0, 7.0]
    assert run.paired_ratio(first, second) == pytest.approx(statistics.median([0.5, 4 / 3, 5 / 6, 8 / 7]))


@pytest.mark.slow
def test_the_benchmark_runs_end_to_end(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(run, "RESULTS", tmp_path)
    argv = [
        "--sizes",
        "60x150",
        "--repeat",
        "1",
        "--repeat-small",
        "1",
        "--pyvis-edges",
        "0",
        "--extract-articles",
        "2",
    ]
    assert run.main([*argv, "--pyvis-default-edges", "0", "--no-browser", "--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    import graph

    seed = graph.validate()  # the magnesium column is named with the data's own size
    assert f"| workload | magnesium ({seed.nodes} / {seed.edges}) | 60 / 150 |" in printed
    assert "not run (over 0 edges)" in printed
    results = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert len(results["builds"]["cli"]["60 / 150"]["seconds"]) == 1
    assert "**Extraction**" in printed and "2 articles of 2,000 words, one call" in printed
    assert len(results["extraction"]) == 3 and all(seconds > 0 for seconds in results["extraction"].values())
    assert Path(tmp_path / "latest.md").read_text(encoding="utf-8").strip() == printed.strip()


def test_extract_benchmark_articles_have_the_asked_length_and_name_the_data_concepts():
    from bench import bench_extract

    G = graph.load()
    text = bench_extract.article(G, 2000, seed=4)
    assert 2000 <= len(text.split()) < 2300
    assert text == bench_extract.article(G, 2000, seed=4)
    result = graph.extract([text], G, lang="nl")
    assert len(result.candidates) > 100


@pytest.mark.slow
def test_notebook_size_reports_the_saved_notebook_and_its_drawings():
    from bench import notebook_size

    found = notebook_size.saved_size()
    assert found["notebook"] == "notebooks/01_explore.ipynb" and found["drawings"] == 3
    assert sum(found["drawing_bytes"]) < found["bytes"]
    # each drawing carries its renderer packed: a few hundred kB, not the 0.65 MB of an unpacked page
    assert all(size < 450_000 for size in found["drawing_bytes"]), found
    assert found["bytes"] < 1_200_000
    assert "3 drawings" in notebook_size.line(found)
    # the documentation gives the size this measures (issue 28: it said 0.80 MB on one page, 0.85 on another)
    for page in ("jupyter.md", "performance.md"):
        text = " ".join((ROOT / "docs" / page).read_text(encoding="utf-8").split())
        said = re.search(r"01_explore\.ipynb`[^.]{0,80}? about (\d+\.\d+) MB", text)
        assert said and abs(float(said[1]) - found["bytes"] / 1e6) <= 0.1, (page, said and said[1], found["bytes"])


def test_the_bench_generates_its_graphs_in_a_process_of_its_own_with_the_same_files(tmp_path, monkeypatch):
    """A child's peak memory starts from its parent's on Linux (ru_maxrss survives fork and exec),
    so the bench must not hold a generated graph itself: a process of its own writes the folder,
    with the files write_folder writes."""

    def not_here(*args, **kwargs):
        raise AssertionError("the bench generated a graph in its own process")

    monkeypatch.setattr(run, "RESULTS", tmp_path / "results")
    monkeypatch.setattr(generate, "write_folder", not_here)
    folder = run._graph(run.Size(300, 900), False)
    monkeypatch.undo()
    expected = generate.write_folder(tmp_path / "expected", 300, 900, seed=1)
    for name in ("nodes.csv", "edges.csv", "edge_list.csv"):
        assert (folder / name).read_bytes() == (expected / name).read_bytes(), name


def test_the_community_start_benchmark_compares_both_starts(tmp_path, capsys):
    from bench import community_start

    out = tmp_path / "edges.csv"
    assert generate.main(["--nodes", "2000", "--edges", "10000", "--out", str(out), "--only", "edge-list"]) == 0
    assert community_start.main([str(out), "--repeat", "2"]) == 0
    printed = dict(line.split(": ") for line in capsys.readouterr().out.splitlines())
    assert set(printed) == {
        "singletons s",
        "hub start s",
        "singletons modularity",
        "hub start modularity",
        "ratio",
    }
    assert 0.2 < float(printed["hub start modularity"]) < 1 and 0.2 < float(printed["singletons modularity"]) < 1
    assert float(printed["hub start modularity"]) >= 0.95 * float(printed["singletons modularity"])
    assert float(printed["ratio"]) > 0
