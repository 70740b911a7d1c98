"""Inputs that once ran for minutes, run in a real process that only a hang can fail (issue 29).

Each input is of a size that ran past the attack's time limit before the fix
(given beside it); the process gets a generous minute and the test asserts on
its answer, so a slow machine passes and only a return of the old growth fails.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

#: Far beyond what these inputs take now (about a second each), far below what they took before.
HANG = 60


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph", *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=HANG
    )


def test_the_neighbours_of_a_hub_cost_its_degree(tmp_path: Path) -> None:
    # 8,000 edges took 115 s: each step looked at every edge of the hub again.
    rows = [f"hub,n{i},{'increases' if i % 2 else 'decreases'}" for i in range(8000)]
    (tmp_path / "edges.csv").write_text("source,target,relation\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = run("neighbors", "hub", "--edges", "edges.csv", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    steps = json.loads(result.stdout)["steps"]
    assert len(steps) == 8000
    assert {s["target"] for s in steps} == {f"n{i}" for i in range(8000)}


def test_paths_against_the_arrows_are_counted_without_walking_every_chain(tmp_path: Path) -> None:
    # A complete 100-node graph whose target hangs on the source by an arrow pointing back: six hops ran past 30 s.
    rows = [f"v{i},v{j}" for i in range(100) for j in range(100) if i != j] + ["z,v0"]
    (tmp_path / "edges.csv").write_text("source,target\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = run("path", "v0", "z", "--edges", "edges.csv", "--max-hops", "6", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == (
        "No path from v0 to z following the arrows within 6 hops; 1 path if directions are ignored: use --undirected.\n"
    )


def test_a_kgx_node_on_many_rows_with_long_lists_merges_in_linear_time(tmp_path: Path) -> None:
    # 400 rows of 400 synonyms each (1.3 MB): validate ran past 60 s.
    rows = [
        "\t".join(["HGNC:1", "TP53", "biolink:Gene", "|".join(f"s{r}_{k}" for k in range(400))]) for r in range(400)
    ]
    (tmp_path / "nodes.tsv").write_text(
        "id\tname\tcategory\tsynonym\n" + "\n".join(rows) + "\nHGNC:2\tMDM2\tbiolink:Gene\t\n", encoding="utf-8"
    )
    (tmp_path / "edges.tsv").write_text(
        "subject\tpredicate\tobject\nHGNC:1\tbiolink:affects\tHGNC:2\n", encoding="utf-8"
    )
    result = run("validate", "--data", ".", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "ok: 2 nodes, 1 edge\n")
    assert result.stderr == (
        "warning: nodes.tsv: 1 node id on more than one row (first: 'HGNC:1' on lines 2, 3, 4, 5, 6 and 395 more); "
        "the rows are merged as KGX merges them, lists joined with '|'\n"
    )
