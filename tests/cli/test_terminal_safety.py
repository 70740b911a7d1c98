"""Text from the data never controls the terminal, and never forges a line of a report (issue 15)."""

from __future__ import annotations

import json

import pytest

from graph.cli.printable import UNPRINTABLE, json_printable, printable

#: An OSC 52 clipboard write, a title change, a screen clear (C1 CSI), a bell, a right-to-left override.
ATTACKS = ["\x1b]52;c;cHduZWQ=\x07", "\x1b]0;title\x07", "\x9b2J", "\x07", "\u202e", "\r", "\x85"]


@pytest.mark.parametrize("attack", ATTACKS)
def test_printable_leaves_no_control_character(attack):
    shown = printable(f"sleep{attack}end")
    assert UNPRINTABLE.search(shown) is None
    assert shown.startswith("sleep\\") and shown.endswith("end")


def test_json_printable_keeps_the_json_meaning():
    text = json.dumps({"id": "a\x9b2J\u202e\u2028"}, ensure_ascii=False)
    shown = json_printable(text)
    assert UNPRINTABLE.search(shown.replace("\n", "")) is None
    assert json.loads(shown) == {"id": "a\x9b2J\u202e\u2028"}


@pytest.fixture
def c1_data(make_csv):
    return make_csv(
        "edges.csv",
        [
            ["source", "target", "relation", "evidence", "source_doc"],
            ["magnesium", "sleep\x9b2J", "promotes", "calm \u202enight", "doc\x85two"],
        ],
    )


@pytest.mark.parametrize(
    "args",
    [
        ["path", "magnesium", "sleep\x9b2J"],
        ["neighbors", "magnesium"],
        ["neighbors", "sleep\x9b2J", "--direction", "in"],
        ["stats"],
    ],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_queries_print_no_control_characters(run_cli, c1_data, args, as_json):
    result = run_cli(*args, "--edges", c1_data, *(["--json"] if as_json else []))
    assert result.exit_code == 0, result.output
    assert UNPRINTABLE.search(result.stdout.replace("\n", "")) is None, result.stdout
    if as_json:
        json.loads(result.stdout)
    else:
        assert "\\x9b2J" in result.stdout or args[0] == "stats"


def test_an_error_naming_a_hostile_name_prints_it_escaped(run_cli, c1_data):
    result = run_cli("path", "magnesium", "sl\x1b]0;x\x07eep", "--edges", c1_data)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no concept named 'sl\\x1b]0;x\\x07eep'")
    assert UNPRINTABLE.search(result.stderr.replace("\n", "")) is None
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("Sleep\u202e decreases", "Magnesium \u2192 \u2068Sleep\u202e decreases\u2069"),
        ("\u05e9\u05d9\u05e0\u05d4", "Magnesium \u2192 \u2068\u05e9\u05d9\u05e0\u05d4\u2069"),  # Hebrew: right to left
        ("Slaap", "Magnesium \u2192 Slaap"),  # nothing to isolate: the title as it always was
    ],
)
def test_a_paths_page_title_isolates_right_to_left_labels(run_cli, make_csv, tmp_path, label, title):
    from page_graphs import page_payload

    nodes = make_csv("nodes.csv", [["id", "label"], ["magnesium", "Magnesium"], ["sleep", label]])
    edges = make_csv("edges.csv", [["source", "target"], ["magnesium", "sleep"]])
    out = tmp_path / "paths.html"
    result = run_cli("path", "magnesium", "sleep", "--html", out, "--edges", edges, "--nodes", nodes)
    assert result.exit_code == 0, result.output
    assert page_payload(out.read_text(encoding="utf-8"))["title"] == {"en": title, "nl": title}
