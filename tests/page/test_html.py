"""The HTML page as a file: complete, offline, inert user text, the same bytes each time."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from types import SimpleNamespace

import networkx as nx
import pytest
from page_graphs import HOSTILE, SYNONYMS, page_payload, raw_payload, write_mini

import graph
from graph.errors import EdgeNotFound, NodeNotFound
from graph.page.html import SCRIPTS, to_html, write_html


@pytest.fixture(scope="module")
def mini(tmp_path_factory) -> nx.MultiDiGraph:
    return graph.load(write_mini(tmp_path_factory.mktemp("mini")))


@pytest.fixture(scope="module")
def mini_page(mini) -> str:
    return to_html(mini, title=HOSTILE["script"])


def page_json(page: str) -> dict:
    return page_payload(page)


def test_page_holds_every_node_and_edge(mini, mini_page):
    data = page_json(mini_page)
    assert [n["id"] for n in data["nodes"]] == list(mini)
    assert [(e["from"], e["to"]) for e in data["edges"]] == [(u, v) for u, v in mini.edges()]
    assert {n["label"] for n in data["nodes"]} == {a["label"] for _, a in mini.nodes(data=True)}
    assert set(data["positions"]) == set(mini)


def test_magnesium_page_holds_every_node():
    G = graph.load()
    data = page_json(to_html(G))
    assert {n["id"] for n in data["nodes"]} == set(G)
    assert data["category_order"] == [c for c in G.graph["categories"] if c in {n["category"] for n in data["nodes"]}]


def test_no_outside_address_in_src_or_href(mini_page):
    assert re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", mini_page, re.I) == []
    assert "default-src 'none'" in mini_page
    assert "sourceMappingURL" not in mini_page


class _Scripts(HTMLParser):
    """The script elements of a page as a browser splits them: (type, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[list[str]] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.found.append([dict(attrs).get("type") or "", ""])
            self.inside = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.found[-1][1] += data


def test_user_text_stays_data(mini_page):
    parser = _Scripts()
    parser.feed(mini_page)
    # one data element and our scripts, nothing the user's text opened or closed
    assert [kind for kind, _ in parser.found] == ["application/json"] + [""] * (1 + len(SCRIPTS))
    assert json.loads(parser.found[0][1]) == raw_payload(mini_page)
    for text in (HOSTILE["img"], HOSTILE["script"], HOSTILE["svg"], "\u2028"):
        assert text not in mini_page
    data = page_json(mini_page)
    hostile = next(n for n in data["nodes"] if n["id"] == "hostile")
    texts = (hostile["label"], hostile["label_nl"], hostile["description"])
    assert texts == (HOSTILE["img"], HOSTILE["svg"], HOSTILE["script"])
    assert hostile["synonyms"] == list(SYNONYMS)


def test_title_is_escaped(mini_page):
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in mini_page


def test_same_graph_same_bytes(mini, tmp_path):
    first = write_html(mini, tmp_path / "a.html", highlight=["magnesium"]).read_bytes()
    second = write_html(copy.deepcopy(mini), tmp_path / "b.html", highlight=["magnesium"]).read_bytes()
    assert first == second


def test_the_graph_is_not_changed(mini):
    before = copy.deepcopy(mini)
    to_html(mini, highlight=[["magnesium", "serotonin", "melatonin"]])
    assert nx.utils.graphs_equal(mini, before)
    assert dict(mini.nodes(data=True)) == dict(before.nodes(data=True))
    assert list(mini.edges(keys=True, data=True)) == list(before.edges(keys=True, data=True))
    assert mini.graph == before.graph


@pytest.mark.parametrize(
    "highlight, nodes, paths",
    [
        (["sleep"], ["sleep"], []),
        ("Slaap", ["sleep"], []),
        (["Melatonine", "sleep hormone", "MAGNESIUM"], ["melatonin", "melatonin", "magnesium"], []),
        ([["Mg", "Serotonine", "slaaphormoon"]], [], [["magnesium", "serotonin", "melatonin"]]),
        ([["magnesium", "serotonin", "melatonin"]], [], [["magnesium", "serotonin", "melatonin"]]),
        ([("magnesium", "cortisol")], [], [["magnesium", "cortisol"]]),
        ([SimpleNamespace(nodes=["cortisol", "stress"])], [], [["cortisol", "stress"]]),
        (iter(["sleep", ["stress", "sleep"]]), ["sleep"], [["stress", "sleep"]]),
        ([], [], []),
        (None, [], []),
    ],
)
def test_highlight_takes_nodes_and_paths(mini, highlight, nodes, paths):
    data = page_json(to_html(mini, highlight=highlight))
    assert data["highlight"] == {"nodes": nodes, "paths": paths}


@pytest.mark.parametrize(
    "highlight, error, message",
    [
        (["nope"], NodeNotFound, "highlight: no concept named 'nope'; give an id, an English or Dutch label"),
        (["magnesum"], NodeNotFound, "highlight: no concept named 'magnesum' (did you mean 'magnesium'?)"),
        ([["magnesium", "nope"]], NodeNotFound, "highlight: path ['magnesium', 'nope']: no concept named 'nope'"),
        ([42], NodeNotFound, "highlight: node 42 not in graph"),
        ([["melatonin", "magnesium"]], EdgeNotFound, "no edge from 'melatonin' to 'magnesium'"),
    ],
)
def test_highlight_of_something_not_in_the_graph_raises(mini, highlight, error, message):
    with pytest.raises(error) as caught:
        to_html(mini, highlight=highlight)
    assert message in str(caught.value)


def test_unknown_language_raises(mini):
    with pytest.raises(ValueError, match="lang must be one of en, nl, not 'de'"):
        to_html(mini, lang="de")


def test_language_and_title(mini):
    page = to_html(mini, lang="nl", title="Magnesium & slaap")
    assert '<html lang="nl">' in page
    assert "<title>Magnesium &amp; slaap</title>" in page
    assert page_json(page)["lang"] == "nl"


def test_default_title(mini):
    plain = mini.copy()
    plain.graph.pop("name", None)
    assert "<title>Concept graph</title>" in to_html(plain)
    named = mini.copy()
    named.graph["name"] = "Named graph"
    assert "<title>Named graph</title>" in to_html(named)


def test_graph_without_categories_or_relations(tmp_path, make_csv):
    G = graph.load(edges=make_csv("e.csv", [["from", "to"], ["a", "b"], ["b", "c"], ["c", "a"]]))
    data = page_json(to_html(G))
    assert data["category_order"] == ["community 1"]  # no categories: the page shows communities
    assert data["categories"]["community 1"]["label"] == "around a"
    assert {n["category"] for n in data["nodes"]} == {"community 1"}
    assert all(attrs["category"] == "other" for _, attrs in G.nodes(data=True))  # the graph is left as it was
    assert {e["relation"] for e in data["edges"]} == {"related_to"}
    assert {e["sign"] for e in data["edges"]} == {0}


def test_plain_networkx_graph():
    G = nx.MultiDiGraph()
    G.add_edge(1, 2, sign=-1)
    G.add_edge(2, (3, "x"))
    data = page_json(to_html(G, highlight=[[1, 2]]))
    assert [n["id"] for n in data["nodes"]] == ["1", "2", "(3, 'x')"]
    assert data["highlight"] == {"nodes": [], "paths": [["1", "2"]]}
    assert [e["sign"] for e in data["edges"]] == [-1, 0]


def test_long_labels_are_wrapped_for_drawing(mini):
    G = mini.copy()
    G.nodes["sleep"]["label"] = "Sleep of a very long and winding kind"
    node = next(n for n in page_json(to_html(G))["nodes"] if n["id"] == "sleep")
    assert node["wrapped"]["en"].replace("\n", " ") == "Sleep of a very long and winding kind"
    assert node["wrapped"]["nl"] == "Slaap"


# ---------------------------------------------------------------- command line


def test_build_writes_the_page(run_cli, tmp_path):
    data = write_mini(tmp_path / "data")
    out = tmp_path / "out" / "page.html"
    result = run_cli("build", "--data", data, "--out", out, "--title", "Mini", "--lang", "nl")
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: 13 nodes, 15 edges\n"
    page = out.read_text(encoding="utf-8")
    assert "<title>Mini</title>" in page and '<html lang="nl">' in page


def test_build_highlights_nodes_and_paths(run_cli, tmp_path):
    data = write_mini(tmp_path / "data")
    out = tmp_path / "page.html"
    result = run_cli(
        "build", "--data", data, "--out", out, "--highlight", "sleep", "--highlight", "magnesium, serotonin,melatonin"
    )
    assert result.exit_code == 0, result.output
    assert page_json(out.read_text(encoding="utf-8"))["highlight"] == {
        "nodes": ["sleep"],
        "paths": [["magnesium", "serotonin", "melatonin"]],
    }


def test_build_highlights_by_the_names_the_queries_take(run_cli, tmp_path):
    data = write_mini(tmp_path / "data")
    out = tmp_path / "page.html"
    result = run_cli("build", "--data", data, "--out", out, "--highlight", "Slaap", "--highlight", "Mg,Serotonine")
    assert result.exit_code == 0, result.output
    assert page_json(out.read_text(encoding="utf-8"))["highlight"] == {
        "nodes": ["sleep"],
        "paths": [["magnesium", "serotonin"]],
    }


@pytest.mark.parametrize(
    "value, message",
    [
        ("magnesum", "error: highlight: no concept named 'magnesum' (did you mean 'magnesium'?)\n"),
        (
            "magnesium,nope",
            "error: highlight: path ['magnesium', 'nope']: no concept named 'nope'; give an id, "
            "an English or Dutch label, or a synonym\n",
        ),
        ("sleep,magnesium", "error: highlight: path ['sleep', 'magnesium'] has no edge from 'sleep' to 'magnesium'\n"),
    ],
)
def test_build_refuses_an_unknown_highlight(run_cli, tmp_path, value, message):
    data = write_mini(tmp_path / "data")
    out = tmp_path / "page.html"
    result = run_cli("build", "--data", data, "--out", out, "--highlight", value)
    assert (result.exit_code, result.output) == (1, message)
    assert not out.exists()


def test_same_bytes_in_another_process():
    """No set or hash order leaks into the page (Python salts string hashes per process)."""
    code = "import graph, hashlib; print(hashlib.sha256(graph.to_html(graph.load()).encode()).hexdigest())"
    command = [sys.executable, "-c", code]
    runs = [
        subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "PYTHONHASHSEED": seed})
        for seed in ("1", "2")
    ]
    assert [run.returncode for run in runs] == [0, 0], [run.stderr for run in runs]
    digests = {run.stdout for run in runs}
    assert len(digests) == 1


def test_page_json_is_the_json_modules_text():
    """orjson writes the page data; it must be the text the json module would write (so pages
    stay byte-identical whichever writes them) and stay inert inside <script>."""
    from graph.page.payload import page_data, script_json
    from graph.read.columns import GraphColumns

    data = page_data(
        GraphColumns.from_networkx(graph.load()), title="</script><b>x</b>", lang="nl", highlight=["magnesium"]
    )
    expected = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028")):
        expected = expected.replace(char, escaped)
    assert script_json(data) == expected
    assert "</script" not in script_json(data)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"w": [1.5, float("nan"), float("inf")]}, '{"w":[1.5,null,null]}'),  # JSON.parse knows no NaN
        ({"big": 2**70, "b": "<"}, '{"b":"\\u003c","big":1180591620717411303424}'),  # beyond orjson
        ({2: "x", "1": "y"}, '{"1":"y","2":"x"}'),
    ],
)
def test_page_json_of_unusual_values(value, text):
    from graph.page.payload import script_json

    assert script_json(value) == text
    json.loads(text)
