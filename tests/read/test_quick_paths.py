"""The quick paths of reading and loading give exactly what the careful, row by row paths give.

``csvfile._parse_by_column`` and ``edges.add_edges_by_column`` exist for speed only: a
file either reads through them to the same table and the same graph (same nodes, edges,
keys, attributes and their order, vocabularies) as through the row by row code, or they
decline and leave the work to it. Each test runs both ways and compares; each also checks
that the quick path was really taken where it should be, so a path that always declines fails.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graph
from graph.errors import DataError
from graph.read import csvdata, csvfile
from graph.read import edges as edge_reader
from graph.read.csvfile import read_table

# Characters that matter to the choice between the paths, and plain ones.
PIECES = st.sampled_from([",", ";", '"', "\n", "\r\n", "\r", " ", "\t", "\ufeff", "a", "b", "Source", "x y", "é"])
TEXT = st.lists(PIECES, max_size=60).map("".join)


@st.composite
def csv_like(draw: st.DrawFn) -> str:
    delimiter = draw(st.sampled_from([",", ";"]))
    names = st.sampled_from(["source", "target", "Relation", " weight ", "x"])
    header = draw(st.lists(names, min_size=1, max_size=4, unique=True))
    cell = st.one_of(st.sampled_from(["a", "b", " c ", '"q,"', '"two\nlines"', "", "source", "1,5"]), TEXT)
    full = st.lists(cell, min_size=len(header), max_size=len(header))  # rows the quick path takes
    ragged = st.lists(cell, min_size=len(header) - 1, max_size=len(header) + 1)
    rows = draw(st.lists(st.one_of(full, full, ragged), max_size=5))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    text = end.join([delimiter.join(header)] + [delimiter.join(row) for row in rows])
    return text + draw(st.sampled_from(["", end]))


def _careful(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csvfile, "_parse_by_column", lambda *args: False)
    monkeypatch.setattr(edge_reader, "add_edges_by_column", lambda *args: False)


def _read(path: Path) -> tuple[Any, ...]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table, problems = read_table(path)
    return table.columns, table.delimiter, table.rows, [str(p) for p in problems], [str(w.message) for w in caught]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(csv_like(), TEXT))
def test_a_table_reads_the_same_either_way(tmp_path: Path, text: str) -> None:
    _assert_reads_the_same(tmp_path / "t.csv", text)


def _assert_reads_the_same(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="")
    quick = _read(path)
    with pytest.MonkeyPatch.context() as patch:
        _careful(patch)
        assert _read(path) == quick


@pytest.mark.parametrize(
    "text",
    [
        "source,target\na,b\nb,c\n",
        "Source ; Target\r\n a ; b \r\n",  # CRLF, semicolons, spaces round values
        'id,label\n007,"Magnesium, the mineral"\n',  # quoted delimiter on one line
        "sep=;\nsource;target\na;b",  # Excel's sep= line, no final newline
        "source,target\n",  # header only
    ],
)
def test_common_files_take_the_quick_path(tmp_path: Path, text: str) -> None:
    _assert_reads_the_same(tmp_path / "t.csv", text)
    table, problems = read_table(tmp_path / "t.csv")
    assert problems == []
    assert table._rows == [], "the rows should be held by column until asked for"


@pytest.mark.parametrize(
    "text",
    [
        "source,target\na,b\n\nb,c\n",  # a blank line
        'source,target\na,"two\nlines"\n',  # a value over two lines
        "source,target\na,b,c\n",  # a row too wide
        "source,target\nSOURCE,target\n",  # the header again
        "source,target\ra,b\r",  # old Mac line ends
        "source,target\n,b\n",  # empty first value
        'source,target\na,"b"c\n',  # text after a closing quote
    ],
)
def test_unusual_files_go_the_careful_way(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding="utf-8", newline="")
    assert not csvfile._parse_by_column(text, csvfile.Table("t.csv"), 1, {})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(csv_like(), TEXT))
def test_pandas_reads_a_table_as_the_csv_module_does(tmp_path: Path, text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csvfile, "QUICK_FROM", 0)  # every text, however small, offered to pandas
        _assert_reads_the_same(tmp_path / "t.csv", text)


@pytest.mark.parametrize(
    "text",
    [
        "source,target\na,b\nb,c\n",
        "Source ; Target\r\n a ; b \r\n",
        "sep=;\nsource;target\na;b",
        "id,label,n\n007,NA,\nx,null,1,5\n".replace("1,5", "15"),  # NA, null and empty stay text
    ],
)
def test_plain_files_are_read_by_pandas(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    read: list[Any] = []
    real = csvfile.values_by_pandas
    monkeypatch.setattr(csvfile, "QUICK_FROM", 0)
    monkeypatch.setattr(csvfile, "values_by_pandas", lambda *args: read.append(real(*args)) or read[-1])
    _assert_reads_the_same(tmp_path / "t.csv", text)
    table, _ = read_table(tmp_path / "t.csv")
    assert read and all(values is not None for values in read)
    assert table.values()[0] and table._rows == []


def _snapshot(G: nx.MultiDiGraph) -> tuple[Any, ...]:
    """Everything about a graph, in order, attribute order included."""
    nodes = [(n, list(a.items())) for n, a in G.nodes(data=True)]
    edges = [(u, v, k, list(a.items())) for u, v, k, a in G.edges(keys=True, data=True)]
    preds = [(v, list(G.pred[v])) for v in G]
    return nodes, edges, preds, {k: list(v.items()) if isinstance(v, dict) else v for k, v in G.graph.items()}


def _load_both(**kwargs: Any) -> tuple[tuple[Any, ...], tuple[Any, ...], bool]:
    taken: list[bool] = []
    quick_path = edge_reader.add_edges_by_column

    def spy(*args: Any) -> bool:
        taken.append(quick_path(*args))
        return taken[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(edge_reader, "add_edges_by_column", spy)
        quick = _snapshot(graph.load(**kwargs))
    with pytest.MonkeyPatch.context() as patch:
        _careful(patch)
        careful = _snapshot(graph.load(**kwargs))
    return quick, careful, taken == [True]


def test_the_magnesium_graph_loads_the_same_either_way() -> None:
    quick, careful, taken = _load_both()
    assert taken
    assert quick == careful


EDGE_LISTS = {
    "bare": "source,target\na,b\nb,c\na,b\nc,c\n",  # parallel edges and a loop
    "weights": "Source,Target,Weight\na,b,2\nb,c,\nc,a,0.5\n",  # one row without weight
    "decimal comma": "source;target;weight;relation\na;b;1,5;increases\nb;a;2;\n",
    "signs": "from,to,relation,sign,note\na,b,increases,-1\nb,c,relates,\nc,d,,+1\n",
    "new vocabulary": "source,target,relation,source_doc,evidence\na,b,boosts,doc1,x\nb,c,boosts,,\nc,a,calms,doc2,y\n",
    "awkward columns": "target,key,source,u_for_edge\nb,1,a,2\nc,1,b,3\n",
}


@pytest.mark.parametrize("content", EDGE_LISTS.values(), ids=EDGE_LISTS.keys())
def test_an_edge_list_loads_the_same_either_way(tmp_path: Path, content: str) -> None:
    path = tmp_path / "edges.csv"
    path.write_text(content, encoding="utf-8")
    quick, careful, taken = _load_both(edges=path)
    assert taken
    assert quick == careful


def test_a_node_file_and_vocabularies_load_the_same_either_way(tmp_path: Path) -> None:
    nodes = "id,label,category,synonyms\nb,B,mineral,x|y\na,A,,\nz,Z,,\n"
    (tmp_path / "nodes.csv").write_text(nodes, encoding="utf-8")
    (tmp_path / "relations.csv").write_text(
        "relation,sign\nincreases,1\ndecreases,-1\nrelated_to,0\n", encoding="utf-8"
    )
    (tmp_path / "edges.csv").write_text(
        "source,target,relation\na,b,increases\nb,a,decreases\na,b,\n", encoding="utf-8"
    )
    quick, careful, taken = _load_both(data=tmp_path)
    assert taken
    assert quick == careful


@pytest.mark.parametrize(
    ("edges", "nodes"),
    [
        ("source,target,relation\na,b,unknown\n", None),  # relations.csv lists others
        ("source,target\na,zz\n", "id\na\nb\n"),  # unknown node
        ("source,target,sign\na,b,plus\n", None),  # not a sign
        ("source,target,weight\na,b,heavy\n", None),  # not a number
    ],
)
def test_problems_are_left_to_the_row_by_row_loop(tmp_path: Path, edges: str, nodes: str | None) -> None:
    (tmp_path / "edges.csv").write_text(edges, encoding="utf-8")
    (tmp_path / "relations.csv").write_text("relation,sign\nincreases,1\nrelated_to,0\n", encoding="utf-8")
    if nodes is not None:
        (tmp_path / "nodes.csv").write_text(nodes, encoding="utf-8")
    with pytest.raises(DataError) as quick:
        graph.load(tmp_path)
    with pytest.MonkeyPatch.context() as patch:
        _careful(patch)
        with pytest.raises(DataError) as careful:
            graph.load(tmp_path)
    assert str(quick.value) == str(careful.value)
    assert "edges.csv:2:" in str(quick.value)


# ---------------------------------------------------------------- a page from columns


def _random_edge_list(path: Path, seed: int, nodes: int = 60, edges: int = 200) -> Path:
    """Edges with loops, parallel edges, empty and unknown relations, weights and signs
    that are sometimes empty, and a node file in another order, with nodes no edge touches."""
    import random

    rng = random.Random(seed)
    ids = [f"n{i:03d}" for i in range(nodes)]
    relations = ["increases", "decreases", "", "boosts", "part_of"]
    rows = ["source,target,relation,weight,sign,evidence,source_doc,section"]
    for _ in range(edges):
        u = rng.choice(ids[: nodes // 2]) if rng.random() < 0.3 else rng.choice(ids)
        v = u if rng.random() < 0.05 else rng.choice(ids)
        weight = rng.choice(["", "1", "0.5", "2.25", "3"])
        sign = rng.choice(["", "", "", "-1", "1", "0"])
        rows.append(
            f"{u},{v},{rng.choice(relations)},{weight},{sign},claim {rng.randint(0, 9)},{rng.choice(['', 'd1'])},s"
        )
    (path / "edges.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    listed = rng.sample(ids, nodes) + ["alone_1", "alone_2"]
    node_rows = ["id,label,category,synonyms,extra"] + [
        f"{n},{n.upper()} label long enough to wrap,{rng.choice(['a', 'b', ''])},x|y,{i}" for i, n in enumerate(listed)
    ]
    (path / "nodes.csv").write_text("\n".join(node_rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("with_nodes", [True, False])
@pytest.mark.parametrize("overview", [False, True])
def test_a_page_from_columns_is_the_page_of_the_graph(
    tmp_path: Path, monkeypatch, seed: int, with_nodes: bool, overview: bool
):
    from graph.page import layout
    from graph.page import overview as large_page
    from graph.page.html import to_html
    from graph.read import columns as table_form
    from graph.read import quickcsv
    from graph.read.columns import GraphColumns

    monkeypatch.setattr(layout, "MAX_COMPUTED", 20)  # the column path is for large graphs: make these large
    if overview:  # and take every path meant for very large ones: pandas' reader and hash tables, the overview
        monkeypatch.setattr(large_page, "OVERVIEW_NODES", 10)
        monkeypatch.setattr(csvfile, "QUICK_FROM", 0)
        monkeypatch.setattr(quickcsv, "DISTINCT_FROM", 0)
        monkeypatch.setattr(table_form, "_HASHED_FROM", 0)
    _random_edge_list(tmp_path, seed)
    source = {"data": tmp_path} if with_nodes else {"edges": tmp_path / "edges.csv"}
    if not with_nodes:
        (tmp_path / "nodes.csv").unlink()
    columns, G = graph.load_for_page(**source), graph.load(**source)
    assert isinstance(columns, GraphColumns)
    assert (columns.number_of_nodes(), columns.number_of_edges()) == (len(G), G.number_of_edges())
    first = next(iter(G.edges()))
    highlight = [next(iter(G)), list(first)]
    page = to_html(columns, title="T", lang="nl", highlight=highlight)
    assert page == to_html(G, title="T", lang="nl", highlight=highlight)
    assert ("cg-evidence-data" in page) is overview


def test_small_graphs_load_by_column_too_and_problems_row_by_row(tmp_path: Path):
    from graph.page.html import to_html
    from graph.read.columns import GraphColumns

    table = graph.load_for_page()  # 102 nodes: one table form for every page, the careful layout included
    assert isinstance(table, GraphColumns)
    assert to_html(table, title="T", highlight=["magnesium"]) == to_html(
        graph.load(), title="T", highlight=["magnesium"]
    )
    (tmp_path / "edges.csv").write_text("source,target,relation\n" + "a,b,x\n" * 500, encoding="utf-8")
    (tmp_path / "relations.csv").write_text("relation,sign\ny,1\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        graph.load_for_page(tmp_path)
    assert str(raised.value).count("unknown relation 'x'") == 20  # the row by row loop's report


def test_highlight_of_columns_is_checked(tmp_path: Path, monkeypatch):
    from graph.errors import EdgeNotFound, NodeNotFound
    from graph.page import layout
    from graph.page.html import to_html

    monkeypatch.setattr(layout, "MAX_COMPUTED", 2)
    path = tmp_path / "e.csv"
    path.write_text("source,target\na,b\nb,c\nc,d\n", encoding="utf-8")
    columns = graph.load_for_page(edges=path)
    with pytest.raises(NodeNotFound):
        to_html(columns, highlight=["zz"])
    with pytest.raises(EdgeNotFound):
        to_html(columns, highlight=[["a", "c"]])


def test_build_writes_the_page_of_the_graph(run_cli, tmp_path: Path, monkeypatch):
    from graph.page import layout
    from graph.page.html import to_html

    monkeypatch.setattr(layout, "MAX_COMPUTED", 20)
    _random_edge_list(tmp_path, 7)
    out = tmp_path / "out" / "page.html"
    result = run_cli("build", "--data", tmp_path, "--out", out, "--highlight", "n000")
    G = graph.load(tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out}: {len(G)} nodes, {G.number_of_edges()} edges\n"
    assert out.read_text(encoding="utf-8") == to_html(G, highlight=["n000"])


def test_validate_counts_a_large_graph_by_column(tmp_path: Path, monkeypatch):
    from graph.page import layout

    monkeypatch.setattr(layout, "MAX_COMPUTED", 20)
    _random_edge_list(tmp_path, 3)
    spy: list[bool] = []
    quick = csvdata._by_column
    monkeypatch.setattr(csvdata, "_by_column", lambda *args: spy.append(True) or quick(*args))
    report, G = graph.validate(tmp_path), graph.load(tmp_path)
    assert spy == [True]
    assert str(report) == f"ok: {len(G)} nodes, {G.number_of_edges()} edges"


@pytest.mark.parametrize("seed", range(40))
def test_the_window_check_never_misses_a_value_over_the_limit(seed: int):
    # may_hold_longer looks at a few windows only; a value longer than the limit must always be seen
    import random

    from graph.read.quickcsv import longest_field, may_hold_longer

    rng = random.Random(seed)
    limit = rng.randint(2, 40)
    fields = [
        "x" * rng.choice([rng.randint(0, limit), rng.randint(limit, 3 * limit)]) for _ in range(rng.randint(1, 30))
    ]
    data = "".join(field + rng.choice([",", "\n"]) for field in fields).encode()
    if longest_field(data, ",") > limit:
        assert may_hold_longer(data, ",", limit)
    plain = ",".join(["ab"] * 50).encode()
    assert not may_hold_longer(plain, ",", 8)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("abcdefg"), st.sampled_from("defghij")), min_size=1, max_size=40),
    st.lists(st.sampled_from("abcdefghij"), unique=True, max_size=6),
)
def test_coded_ends_are_the_nodes_a_graph_of_the_edges_gets(edges: list[tuple[str, str]], known: list[str]):
    # the column path works out node order and end positions with numpy; a graph adds the
    # known nodes first, then each new end as the edges meet it, source before target
    from graph.read.coded import Coded
    from graph.read.edges import coded_ends

    sources, targets = [u for u, _ in edges], [v for _, v in edges]
    new, (at_source, at_target) = coded_ends(Coded.of(sources), Coded.of(targets), known)
    G = nx.MultiDiGraph()
    G.add_nodes_from(known)
    G.add_edges_from(edges)
    nodes = list(G)
    assert known + new == nodes
    assert [nodes[i] for i in at_source.tolist()] == sources
    assert [nodes[i] for i in at_target.tolist()] == targets


@settings(max_examples=60, deadline=None)
@given(text=csv_like())
def test_a_text_read_in_two_processes_reads_as_in_one(text: str) -> None:
    """From SPLIT_FROM bytes on, the columns after the first of a plain text are read in a second
    process: the same values, codes and order as one read."""
    from graph.read import quickcsv

    delimiter = ";" if text.count(";") > text.count(",") else ","
    width = len(text.split("\n", 1)[0].split(delimiter))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quickcsv, "SPLIT_FROM", 10**12)
        whole = quickcsv.values_by_pandas(text, delimiter, width)
        patch.setattr(quickcsv, "SPLIT_FROM", 0)
        halves = quickcsv.values_by_pandas(text, delimiter, width)
    if whole is None:
        assert halves is None
    else:
        assert halves is not None
        assert [(c.codes.tolist(), c.values) for c in halves] == [(c.codes.tolist(), c.values) for c in whole]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(
        st.lists(
            st.one_of(TEXT, st.sampled_from(["", "\n", "a\nb", "\r", "\ud800", "é"]), st.integers(), st.none()),
            unique_by=lambda value: (type(value), value),
            max_size=6,
        ),
        max_size=3,
    )
)
def test_the_columns_the_second_process_sends_arrive_as_they_left(columns: list[list[Any]]) -> None:
    """The copy sends each column's texts as one (a line each) when none holds a line end, else as
    a list: what arrives is the same values, in order, and the same codes, whatever they hold."""
    from graph.read import quickcsv
    from graph.read.coded import Coded

    sent = [Coded(np.arange(len(values)), values) for values in columns]
    arrived = quickcsv._unpickled(quickcsv._pickled(sent))
    assert [(c.codes.tolist(), c.values) for c in arrived] == [(list(range(len(v))), v) for v in columns]
    assert quickcsv._unpickled(quickcsv._pickled(None)) is None
    plain = [values for values in columns if values and all(type(v) is str and "\n" not in v for v in values)]
    assert all(isinstance(quickcsv._joined(values), quickcsv._Lines) for values in plain)  # sent as one text


def test_a_large_plain_text_is_read_in_two_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from graph.read import aside, quickcsv

    rows = [f"n{i % 7} , n{(i * 3) % 11},{'x' if i % 2 else 'y'} ,0.{i % 5}" for i in range(40)]
    text = "source,target,relation,weight\n" + "\n".join(rows) + "\n"
    forked: list[int] = []
    real = aside.aside_bytes
    monkeypatch.setattr(quickcsv, "aside_bytes", lambda compute: forked.append(1) or real(compute))
    monkeypatch.setattr(quickcsv, "SPLIT_FROM", 0)
    monkeypatch.setattr(csvfile, "QUICK_FROM", 0)
    (tmp_path / "e.csv").write_text(text)
    split = graph.load(edges=tmp_path / "e.csv")
    assert forked == [1]
    monkeypatch.setattr(quickcsv, "SPLIT_FROM", 10**12)
    assert _snapshot(split) == _snapshot(graph.load(edges=tmp_path / "e.csv"))
    assert list(split)[:3] == ["n0", "n1", "n3"] and split.edges["n1", "n3", 0] == {
        "relation": "x",
        "evidence": "",
        "source_doc": "",
        "section": "",
        "sign": 0,
        "weight": 0.1,
    }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=csv_like(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]), sep=st.booleans())
def test_a_file_whose_second_part_is_read_early_reads_as_in_one(
    tmp_path: Path, text: str, encoding: str, sep: bool
) -> None:
    """From SPLIT_FROM bytes on, a file's second part is read in a second process from its bytes,
    before the text is decoded and checked: the table (values, order, problems) is the one read in
    one piece, whatever the encoding, byte-order mark, ``sep=`` line or quotes."""

    if sep:
        text = "sep=;\n" + text
    try:
        (tmp_path / "e.csv").write_bytes(text.encode(encoding))
    except UnicodeEncodeError:
        return
    one, two = _read_in_one_and_two_processes(tmp_path / "e.csv")
    assert one == two


def test_a_large_file_is_read_from_its_bytes_in_a_second_process_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy starts before the text is decoded (one copy, the early one); a file whose rows are
    not all as wide as the header is then read row by row, as before."""
    from graph.read import aside, quickcsv

    rows = [f"n{i % 7} , n{(i * 3) % 11},{'x' if i % 2 else 'y'} ,0.{i % 5}" for i in range(40)]
    text = "source,target,relation,weight\n" + "\n".join(rows) + "\n"
    copies: list[Any] = []
    real = aside.aside_bytes

    class Spy(aside.Waiting):
        def __init__(self, waiting: aside.Waiting) -> None:
            super().__init__(waiting, waiting.cancel)
            self.asked = self.cancelled = False

        def __call__(self) -> bytes:
            self.asked = True
            return super().__call__()

        def cancel(self) -> None:
            self.cancelled = self.cancelled or not self.asked
            super().cancel()

    def spy(compute: Any) -> aside.Waiting:
        copies.append(Spy(real(compute)))
        return copies[-1]

    monkeypatch.setattr(quickcsv, "aside_bytes", spy)
    monkeypatch.setattr(quickcsv, "SPLIT_FROM", 0)
    monkeypatch.setattr(csvfile, "QUICK_FROM", 0)
    early: list[Any] = []
    real_early = quickcsv.early_part
    monkeypatch.setattr(csvfile, "early_part", lambda *a: early.append(real_early(*a)) or early[-1])
    (tmp_path / "e.csv").write_text(text)
    table, problems = read_table(tmp_path / "e.csv")
    assert problems == [] and len(table) == 40 and list(table.values()[0])[0] == "n0"
    assert len(early) == 1 and early[0] is not None and early[0].delimiter == ","
    assert len(copies) == 1 and copies[0].asked and not copies[0].cancelled  # used, not made twice
    # a shorter row: the check of each line's delimiters finds it, the copy is stopped, and the
    # file is read row by row
    (tmp_path / "short.csv").write_text(text + "n1,n2\n")
    copies.clear()
    table, problems = read_table(tmp_path / "short.csv")
    assert len(table) == 41 and table.rows[-1][1][:2] == ["n1", "n2"]
    assert len(copies) == 1 and copies[0].cancelled and not copies[0].asked
    # a longer row: the same check finds it (the reading of the first column alone lets it pass)
    (tmp_path / "long.csv").write_text(text + "n1,n2,x,0.5,extra\n")
    copies.clear()
    table, problems = read_table(tmp_path / "long.csv")
    assert len(copies) == 1 and copies[0].cancelled and not copies[0].asked
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "5 values but the header has 4 columns; expected one value per column (wrap values containing ',' in quotes)"
    ] and problems[0].line == 42


@pytest.mark.parametrize("rows", [["a,b,c,d", "e,f"], ["e,f", "a,b,c,d"], ["a,b,c", "d,e,f,g", "h,i"]])
def test_a_wider_row_is_found_when_two_processes_read_the_columns(tmp_path: Path, rows: list[str]) -> None:
    """Each process reads only its columns, which lets a row wider than the header pass, and a
    wider row and a narrower one hold as many delimiters as two good rows: the check of each
    line (``_even_lines``) is what must find it. The file is then read row by row,
    with the same table and problems as without a second process."""
    from graph.read import quickcsv

    (tmp_path / "e.csv").write_text("source,target,relation\n" + "\n".join(rows) + "\nx,y,z\n")
    one, two = _read_in_one_and_two_processes(tmp_path / "e.csv")
    assert one == two
    assert quickcsv.values_by_pandas((tmp_path / "e.csv").read_text(), ",", 3) is None


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    lines=st.lists(st.lists(st.sampled_from(["a", "", " b", "c;d", "é"]), min_size=1, max_size=5), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    width=st.integers(1, 5),
    end=st.sampled_from(["\n", "\r\n", ""]),
)
def test_each_line_is_checked_for_its_delimiters(lines: list[list[str]], delimiter: str, width: int, end: str) -> None:
    """``_even_lines`` gives the number of lines exactly when each holds ``width - 1`` delimiters
    (a blank line none), as a line by line count finds; else ``None``."""
    from graph.read import quickcsv

    text = "\n".join(delimiter.join(cells) for cells in lines) + (end if lines else "")
    data = text.encode("utf-8")
    counted = [line.count(delimiter) for line in data.decode("utf-8").split("\n")]
    if data.endswith(b"\n"):
        counted.pop()  # the line end closes the last line; no line follows it
    expected = len(counted) if counted and all(n == width - 1 for n in counted) else None
    assert quickcsv._even_lines(data, delimiter, width) == expected


def _read_in_one_and_two_processes(path: Path) -> list[tuple[Any, ...]]:
    """``read_table(path)`` (header, rows with their lines, problems) by pandas' path, read by
    one process and then by two (``SPLIT_FROM`` 0)."""
    from graph.read import quickcsv

    read = []
    with pytest.MonkeyPatch.context() as patch, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        patch.setattr(csvfile, "QUICK_FROM", 0)
        for split_from in (10**12, 0):
            patch.setattr(quickcsv, "SPLIT_FROM", split_from)
            table, problems = read_table(path)
            read.append((table.columns, table.rows, [str(p) for p in problems]))
    return read


@settings(max_examples=100, deadline=None, derandomize=True)
@given(
    st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), min_size=1, max_size=40),
    st.permutations(range(8)),
)
def test_edges_read_by_column_are_listed_in_the_order_of_the_graph_of_them(pairs, node_order):
    """A table read by column keeps its edges in the file's order, and lists them (its adjacency
    order) as the networkx graph of the same files does: by source, each source's targets in the
    order of first use, parallel edges in the file's order; with loops, edges back, and a node file
    in another order than the edges use the nodes."""
    import tempfile

    from graph.read.columns import GraphColumns

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder)
        (path / "nodes.csv").write_text("id\n" + "".join(f"n{i}\n" for i in node_order), encoding="utf-8")
        rows = "".join(f"n{a},n{b},r{row}\n" for row, (a, b) in enumerate(pairs))
        (path / "edges.csv").write_text("source,target,relation\n" + rows, encoding="utf-8")
        table, G = graph.load_for_page(path), graph.load(path)
    assert isinstance(table, GraphColumns)
    relation = table.edges.column("relation")
    listed = [(table.edges.sources[i], table.edges.targets[i], relation[i]) for i in table.adjacency_order.tolist()]
    assert listed == list(G.edges(data="relation"))
