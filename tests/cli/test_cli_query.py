"""The path, neighbors and stats commands: exact output, exit codes, JSON schema, pages."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from page_graphs import page_payload as expand_payload

import graph
from conftest import ROOT

PATH_EN = """\
2 paths from Magnesium to Sleep (at most 4 hops)

1. Magnesium -> Sleep  decreases
   Magnesium inhibits sleep.
     -  Magnesium  inhibits  Sleep  A made-up negative edge for tests. (B. Author, “Slaap”)

2. Magnesium -> GABA receptor -> Relaxation -> Sleep  increases
   CHAIN
     +  Magnesium      activates  GABA receptor  Mg activates the receptor. (A. Author, “GABA”)
     +  GABA receptor  promotes   Relaxation     The receptor calms. (A. Author, “GABA”)
     +  Relaxation     promotes   Sleep          Calm helps sleep. (B. Author, “Slaap”)

Net effect of Magnesium on Sleep: mixed (2 paths: 1 increasing, 1 decreasing, 0 unclear).
""".replace(
    "CHAIN",
    "Magnesium activates GABA receptor; GABA receptor promotes relaxation; relaxation promotes sleep. "
    "Net effect: magnesium increases sleep.",
)

PATH_NL = """\
2 paden van Magnesium naar Slaap (hoogstens 4 stappen)

1. Magnesium -> Slaap  verlaagt
   Magnesium remt slaap.
     -  Magnesium  remt  Slaap  [en] A made-up negative edge for tests. (B. Author, “Slaap”)

2. Magnesium -> GABA-receptor -> Ontspanning -> Slaap  verhoogt
   CHAIN
     +  Magnesium      activeert  GABA-receptor  [en] Mg activates the receptor. (A. Author, “GABA”)
     +  GABA-receptor  bevordert  Ontspanning    [en] The receptor calms. (A. Author, “GABA”)
     +  Ontspanning    bevordert  Slaap          [en] Calm helps sleep. (B. Author, “Slaap”)

Netto-effect van Magnesium op Slaap: gemengd (2 paden: 1 verhogend, 1 verlagend, 0 onduidelijk).
""".replace(
    "CHAIN",
    "Magnesium activeert GABA-receptor; GABA-receptor bevordert ontspanning; ontspanning bevordert slaap. "
    "Netto: meer magnesium betekent meer slaap.",
)

PATH_CAPPED = """\
1 path from Magnesium to Sleep (at most 4 hops)

1. Magnesium -> Sleep  decreases
   Magnesium inhibits sleep.
     -  Magnesium  inhibits  Sleep  A made-up negative edge for tests. (B. Author, “Slaap”)

More paths exist than the 1 shown (raise --max-paths or lower --max-hops).
Net effect of Magnesium on Sleep: decreases (1 path, more exist: 0 increasing, 1 decreasing, 0 unclear).
"""

NEIGHBORS = """\
GABA receptor: 2 connections, in and out
  +  GABA receptor  promotes   Relaxation     The receptor calms. (A. Author, “GABA”)
  +  Magnesium      activates  GABA receptor  Mg activates the receptor. (A. Author, “GABA”)
"""

NEIGHBORS_NL = """\
Magnesium: 2 verbindingen, uitgaand, binnen 2 stappen, relatie activates, promotes
  +  Magnesium      activeert  GABA-receptor  [en] Mg activates the receptor. (A. Author, “GABA”)
  +  GABA-receptor  bevordert  Ontspanning    [en] The receptor calms. (A. Author, “GABA”)
"""

STATS = """\
nodes                 4
edges                 4
components            1 (largest: 4 nodes)
isolated nodes        0
signs                 3 increasing, 1 decreasing, 0 unsigned
edges without source  0

categories
  process   2  Process
  mineral   1  Mineral
  receptor  1  Receptor

relations
  promotes   2
  activates  1
  inhibits   1

sources
  doc1  2  A. Author: First text
  doc2  2  B. Author: Second text

most connected
  gaba_receptor  2  1 in, 1 out  GABA receptor
  magnesium      2  0 in, 2 out  Magnesium
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["path", "magnesium", "sleep"], PATH_EN),
        (["path", "Mg", "slaap", "--lang", "nl"], PATH_NL),
        (["path", "magnesium", "sleep", "--max-paths", "1"], PATH_CAPPED),
        (["neighbors", "GABA-receptoren", "--direction", "both"], NEIGHBORS),
        (
            [
                "neighbors",
                "magnesium",
                "--relation",
                "bevordert",
                "--relation",
                "activates",
                "--depth",
                "2",
                "--lang",
                "nl",
            ],
            NEIGHBORS_NL,
        ),
        (["stats", "--top", "2"], STATS),
    ],
)
def test_exact_output(run_cli: Callable[..., Any], tiny_data: Path, args: list[str], expected: str) -> None:
    result = run_cli(*args, "--data", tiny_data)
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")


def test_neighbors_counts_claims_when_pairs_have_several(
    run_cli: Callable[..., Any], make_csv: Callable[..., Path]
) -> None:
    edges = make_csv("edges.csv", [["source", "target", "relation"], ["a", "b", "causes"], ["a", "b", "prevents"]])
    result = run_cli("neighbors", "a", "--edges", edges)
    # no relations.csv: causes and prevents take their signs from the built-in vocabulary
    assert result.stdout == "a: 1 connection (2 claims), outgoing\n  +  a  causes    b\n  -     prevents\n"


def test_no_path_is_an_answer_with_exit_0(run_cli: Callable[..., Any], tiny_data: Path) -> None:
    result = run_cli("path", "sleep", "magnesium", "--data", tiny_data)
    assert (result.exit_code, result.stdout) == (
        0,
        "No path from Sleep to Magnesium following the arrows within 4 hops; "
        "2 paths if directions are ignored: use --undirected.\n",
    )
    result = run_cli("path", "sleep", "slaap", "--data", tiny_data, "--lang", "nl")
    assert (result.exit_code, result.stdout) == (
        0,
        "Geen pad van Slaap naar zichzelf: begin en doel zijn hetzelfde begrip.\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["path", "magnesum", "sleep"], "error: no concept named 'magnesum' (did you mean 'magnesium'?)\n"),
        (["path", "magnesium", "slap"], "error: no concept named 'slap' (did you mean 'Slaap'?)\n"),
        (["neighbors", "gaba"], "error: no concept named 'gaba' (did you mean 'gaba_receptor'?)\n"),
        (
            ["neighbors", "sleep", "--relation", "promote"],
            "error: no relation named 'promote' (did you mean 'promotes'?)\n",
        ),
    ],
)
def test_unknown_names_exit_1_with_a_suggestion(
    run_cli: Callable[..., Any], tiny_data: Path, args: list[str], message: str
) -> None:
    result = run_cli(*args, "--data", tiny_data)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)


def test_an_ambiguous_name_exits_1_listing_the_candidates(
    run_cli: Callable[..., Any], make_csv: Callable[..., Path]
) -> None:
    edges = make_csv("edges.csv", [["source", "target"], ["a", "b"]])
    nodes = make_csv(
        "nodes.csv", [["id", "label", "label_nl"], ["a", "Calf cramp", "Kramp"], ["b", "Foot cramp", "Kramp"]]
    )
    result = run_cli("neighbors", "kramp", "--edges", edges, "--nodes", nodes)
    assert result.exit_code == 1
    assert (
        result.stderr == "error: 'kramp' could mean 2 concepts: a (Calf cramp), b (Foot cramp); give the id instead\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["path", "a", "b", "--max-hops", "0"],
        ["path", "a", "b", "--max-paths", "0"],
        ["neighbors", "a", "--direction", "up"],
        ["neighbors", "a", "--depth", "0"],
        ["path", "a"],
    ],
)
def test_bad_options_exit_2(run_cli: Callable[..., Any], tiny_data: Path, args: list[str]) -> None:
    assert run_cli(*args, "--data", tiny_data).exit_code == 2


@pytest.mark.parametrize("command", ["path", "neighbors", "stats"])
def test_help_has_an_example(run_cli: Callable[..., Any], command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0 and re.search(rf"Example:\n +concept-graph {command} ", result.stdout)


# ---------------------------------------------------------------- JSON


def test_path_json_schema(run_cli: Callable[..., Any], tiny_data: Path) -> None:
    result = run_cli("path", "magnesium", "slaap", "--json", "--lang", "nl", "--data", tiny_data)
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    assert list(data) == [
        "lang", "source", "target", "max_hops", "max_paths", "truncated",
        "verdict", "increases", "decreases", "unclear", "links", "hedged", "paths", "summary", "labels",
    ]  # fmt: skip
    assert (data["lang"], data["source"], data["target"], data["verdict"], data["truncated"]) == (
        "nl",
        "magnesium",
        "sleep",
        "mixed",
        False,
    )
    assert (data["max_hops"], data["max_paths"], data["increases"], data["decreases"], data["unclear"]) == (
        4,
        20,
        1,
        1,
        0,
    )
    assert data["summary"].startswith("Netto-effect van Magnesium op Slaap: gemengd")
    assert data["labels"] == {
        "magnesium": "Magnesium",
        "sleep": "Slaap",
        "gaba_receptor": "GABA-receptor",
        "relaxation": "Ontspanning",
    }
    first, second = data["paths"]
    assert list(first) == ["nodes", "hops", "sign", "effect", "hedged", "steps", "sentence"]
    assert (first["nodes"], first["hops"], first["sign"], first["effect"]) == (
        ["magnesium", "sleep"],
        1,
        -1,
        "decreases",
    )
    assert first["sentence"] == "Magnesium remt slaap. (B. Author, “Slaap”)"
    step = second["steps"][0]
    assert step == {
        "source": "magnesium",
        "target": "gaba_receptor",
        "relation": "activates",
        "sign": 1,
        "edges": [
            {
                "key": 0,
                "relation": "activates",
                "sign": 1,
                "evidence": "Mg activates the receptor.",
                "evidence_nl": "",
                "source_doc": "doc1",
                "section": "GABA",
            }
        ],
    }


def test_path_json_when_there_is_no_path(run_cli: Callable[..., Any], tiny_data: Path) -> None:
    data = json.loads(run_cli("path", "sleep", "magnesium", "--json", "--data", tiny_data).stdout)
    assert (data["paths"], data["verdict"], data["summary"]) == (
        [],
        "no path",
        "No path from Sleep to Magnesium following the arrows within 4 hops; 2 paths if directions are ignored.",
    )
    assert data["ignoring_direction"] == 2


def test_neighbors_json_schema(run_cli: Callable[..., Any], tiny_data: Path) -> None:
    data = json.loads(
        run_cli("neighbors", "sleep", "--direction", "in", "--relation", "remt", "--json", "--data", tiny_data).stdout
    )
    assert data == {
        "lang": "en",
        "node": "sleep",
        "direction": "in",
        "relations": ["inhibits"],
        "depth": 1,
        "steps": [
            {
                "source": "magnesium",
                "target": "sleep",
                "relation": "inhibits",
                "sign": -1,
                "edges": [
                    {
                        "key": 0,
                        "relation": "inhibits",
                        "sign": -1,
                        "evidence": "A made-up negative edge for tests.",
                        "evidence_nl": "",
                        "source_doc": "doc2",
                        "section": "Slaap",
                    }
                ],
            }
        ],
        "labels": {"sleep": "Sleep", "magnesium": "Magnesium"},
    }


def test_stats_json_matches_the_api(run_cli: Callable[..., Any], tiny_data: Path) -> None:
    data = json.loads(run_cli("stats", "--json", "--data", tiny_data).stdout)
    assert data == graph.stats(graph.load(tiny_data)).to_dict()
    assert {key: type(value).__name__ for key, value in data.items()} == {
        "nodes": "int", "edges": "int", "components": "int", "largest_component": "int", "isolated": "int",
        "increasing": "int", "decreasing": "int", "unsigned": "int", "unsourced": "int",
        "categories": "dict", "relations": "dict", "sources": "dict", "direction": "str", "undirected": "int",
        "most_connected": "list",
    }  # fmt: skip


# ---------------------------------------------------------------- --html


def page_payload(page: Path) -> dict[str, Any]:
    return expand_payload(page.read_text(encoding="utf-8"))


def test_path_html_writes_a_page_of_the_paths(run_cli: Callable[..., Any], tiny_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "paths.html"
    result = run_cli("path", "gaba_receptor", "sleep", "--html", out, "--data", tiny_data)
    assert result.exit_code == 0 and result.stderr == f"wrote {out}\n"
    payload = page_payload(out)
    assert sorted(n["id"] for n in payload["nodes"]) == ["gaba_receptor", "relaxation", "sleep"]
    assert sorted((e["from"], e["to"]) for e in payload["edges"]) == [
        ("gaba_receptor", "relaxation"),
        ("relaxation", "sleep"),
    ]
    assert payload["title"] == {"en": "GABA receptor \u2192 Sleep", "nl": "GABA receptor \u2192 Sleep"}


def test_path_html_without_a_path_shows_both_ends(run_cli: Callable[..., Any], tiny_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "none.html"
    assert run_cli("path", "sleep", "magnesium", "--html", out, "--json", "--data", tiny_data).exit_code == 0
    payload = page_payload(out)
    assert sorted(n["id"] for n in payload["nodes"]) == ["magnesium", "sleep"]
    assert payload["highlight"] == {"nodes": ["sleep", "magnesium"], "paths": []}


# ---------------------------------------------------------------- the real program on the magnesium data


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph", *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=60
    )


def test_a_typo_in_a_real_process_exits_1_without_traceback() -> None:
    done = run("path", "magnesum", "melatonin")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "error: no concept named 'magnesum' (did you mean 'magnesium'?)\n"


def test_magnesium_raises_melatonin_through_serotonin_in_both_languages() -> None:
    english, dutch = run("path", "magnesium", "melatonin"), run("path", "magnesium", "melatonine", "--lang", "nl")
    assert english.returncode == dutch.returncode == 0
    assert re.search(r"^\s*\d+\. Magnesium -> Serotonin -> Melatonin  increases$", english.stdout, re.M)
    assert re.search(r"^\s*\d+\. Magnesium -> Serotonine -> Melatonine  verhoogt$", dutch.stdout, re.M)
    assert "\x1b[" not in english.stdout + dutch.stdout  # piped: no colour


def test_evidence_in_the_chosen_language_falling_back_with_a_mark(run_cli: Callable[..., Any], tiny_data: Path) -> None:
    rows = list(csv.reader((tiny_data / "edges.csv").open(encoding="utf-8")))
    rows[0].insert(4, "evidence_nl")
    for row, dutch in zip(rows[1:], ["Mg zet de receptor aan.", "", "Rust helpt de slaap.", ""], strict=True):
        row.insert(4, dutch)
    rows[3][3] = ""  # relaxation -> sleep: Dutch evidence only
    with (tiny_data / "edges.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    dutch = run_cli("neighbors", "relaxation", "--direction", "both", "--lang", "nl", "--data", tiny_data).stdout
    english = run_cli("neighbors", "magnesium", "--data", tiny_data).stdout
    assert "Rust helpt de slaap." in dutch and "[en] The receptor calms." in dutch
    assert "Mg activates the receptor." in english and "Mg zet" not in english
    assert "[nl] Rust helpt de slaap." in run_cli("neighbors", "sleep", "--direction", "in", "--data", tiny_data).stdout
