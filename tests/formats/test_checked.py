"""Graph files are held to the checks CSV data goes through, and names of networkx's machinery survive (issue 15)."""

from __future__ import annotations

import json
import warnings

import pytest

import graph
from graph.errors import DataError, DataWarning
from graph.read import safety

FORMATS = ("graphml", "gexf", "json")


def _node_link(tmp_path, nodes, edges=(), tables=None):
    path = tmp_path / "g.json"
    document = {"directed": True, "multigraph": True, "graph": tables or {}, "nodes": nodes, "edges": list(edges)}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"color": "#4477aa", "shape": "image"}, "category 'c': unknown shape 'image'"),
        ({"color": "#4477aa", "shape": ["dot"]}, "category 'c': unknown shape ['dot']"),
        ({"color": "red", "shape": "dot"}, "category 'c': 'red' is not a colour"),
        ({"color": "#4477aa", "label": 3}, "category 'c': 3 is not text"),
    ],
)
def test_a_category_table_in_a_graph_file_is_checked(tmp_path, entry, message):
    path = _node_link(tmp_path, [{"id": "a", "category": "c"}], tables={"categories": {"c": entry}})
    with pytest.raises(DataError) as caught:
        graph.load(path)
    assert [p.message for p in caught.value.problems] == [message]
    assert not graph.validate(path).ok


def test_a_relation_sign_in_a_graph_file_is_checked(tmp_path):
    path = _node_link(tmp_path, [{"id": "a"}], tables={"relations": {"r": {"label": "r", "sign": 2}}})
    assert str(graph.validate(path)) == (
        f"{path}: column 'sign': relation 'r': 2 is not a sign; expected 1 (increases), -1 (decreases) or 0 (unsigned)"
    )


@pytest.mark.parametrize("char", ["\x0b", "\x1b", "\x00", "\ufffe", "\udfff"])
def test_characters_xml_cannot_hold_are_reported_in_any_value(tmp_path, char):
    path = _node_link(
        tmp_path, [{"id": "a", "description": f"one{char}two"}, {"id": "b"}], [{"source": "a", "target": "b"}]
    )
    (problem,) = graph.validate(path).problems
    assert problem.column == "description" and problem.message.startswith("node 'a': holds a")
    assert "at character 4" in problem.message


def test_validate_and_every_command_agree_on_a_graph_file(tmp_path, run_cli):
    good = _node_link(tmp_path, [{"id": "a", "label": "A\u202e"}, {"id": "b"}], [{"source": "a", "target": "b"}])
    assert graph.validate(good).ok
    for fmt in ("graphml", "gexf", "json", "kgx", "csv"):
        result = run_cli("export", "--data", good, "--format", fmt, "--out", tmp_path / "out" / f"g.{fmt}")
        assert result.exit_code == 0, result.output


def test_look_alike_ids_in_a_graph_file_are_warned_of(tmp_path):
    path = _node_link(tmp_path, [{"id": "Sleep"}, {"id": "sleep"}, {"id": "gaba"}])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        graph.load(path)
    assert [str(w.message) for w in caught if w.category is DataWarning] == [
        f"{path}: ids that look alike but are different nodes: 'Sleep' and 'sleep' (they differ in case only)"
    ]


def test_no_warning_when_ids_differ_in_more_than_case(tmp_path):
    path = _node_link(tmp_path, [{"id": "sleep"}, {"id": "sleeps"}])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        graph.load(path)


@pytest.mark.parametrize("fmt", FORMATS + ("csv",))
def test_columns_named_like_networkx_arguments_survive_every_format(tmp_path, make_csv, fmt):
    edges = make_csv(
        "edges.csv",
        [
            ["source", "target", "key", "u_for_edge", "v_for_edge"],
            ["a", "b", "k1", "u", "v"],
            ["a", "b", "k2", "u2", "v2"],
        ],
    )
    nodes = make_csv("nodes.csv", [["id", "node_for_adding", "key"], ["a", "x", "y"], ["b", "z", "w"]])
    G = graph.load(edges=edges, nodes=nodes)
    written = graph.export(G, tmp_path / "out" / f"g.{fmt}", format=fmt)
    H = graph.load(written[0].parent) if fmt == "csv" else graph.read_graph(written[0])
    assert dict(H.nodes(data="node_for_adding")) == {"a": "x", "b": "z"}
    assert dict(H.nodes(data="key")) == {"a": "y", "b": "w"}
    assert sorted((a["key"], a["u_for_edge"], a["v_for_edge"]) for *_, a in H.edges(data=True)) == [
        ("k1", "u", "v"),
        ("k2", "u2", "v2"),
    ]


def test_an_input_larger_than_the_cap_is_refused_before_reading(tmp_path, monkeypatch, make_csv):
    edges = make_csv("edges.csv", [["source", "target"], ["a", "b"]])
    monkeypatch.setattr(safety, "MAX_INPUT_BYTES", 10)
    (problem,) = graph.validate(edges=edges).problems
    assert problem.message == f"is {edges.stat().st_size:,} bytes, more than the 10 read"
    graph_file = _node_link(tmp_path, [{"id": "a"}])
    with pytest.raises(DataError, match="more than the 10 read"):
        graph.load(graph_file)


def test_a_fifo_given_as_a_graph_file_is_refused_without_blocking(tmp_path):
    import os

    fifo = tmp_path / "g.graphml"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match=r"is a named pipe \(FIFO\), not a regular file"):
        graph.load(fifo)


def test_a_gexf_whose_tables_name_a_prototype_shape_is_refused(tmp_path, make_csv):
    G = graph.load(edges=make_csv("edges.csv", [["source", "target"], ["a", "b"]]))
    path = graph.export(G, tmp_path / "g.gexf")[0]
    text = path.read_text(encoding="utf-8")
    assert "&quot;shape&quot;:&quot;dot&quot;" in text or '"shape":"dot"' in text
    path.write_text(
        text.replace("shape&quot;:&quot;dot", "shape&quot;:&quot;toString").replace(
            '"shape":"dot"', '"shape":"toString"'
        )
    )
    (problem,) = graph.validate(path).problems
    assert problem.message == "category 'other': unknown shape 'toString'"


def test_a_value_nested_deeper_than_the_cap_is_refused_and_one_at_the_cap_exports(tmp_path):
    from graph.formats.checked import MAX_NESTING

    def nested(depth):
        return json.loads("[" * depth + "]" * depth)

    deep = _node_link(tmp_path, [{"id": "a", "x": nested(MAX_NESTING + 1)}])
    (problem,) = graph.validate(deep).problems
    assert problem.message == f"node 'a': a value nested {MAX_NESTING + 1} levels deep"
    assert problem.expected == f"at most {MAX_NESTING} levels"
    ok = _node_link(tmp_path, [{"id": "a", "x": nested(MAX_NESTING), "y": {"k": nested(MAX_NESTING - 1)}}])
    G = graph.load(ok)
    for fmt in ("graphml", "gexf", "json", "kgx", "csv"):
        graph.export(G, tmp_path / "out" / f"g.{fmt}", format=fmt)
    graph.write_html(G, tmp_path / "page.html")
