"""Property-based tests: any input loads or raises DataError, and written graphs load back the same.

What round-trips exactly: every value is a string kept as written, except
that surrounding white space (anything ``str.isspace`` calls space) and
stray byte-order marks at the ends of a cell are stripped by design; empty
``label``, ``label_nl`` and ``category`` fall back to the id, the label and
``other``; ``synonyms`` are split on ``|`` and each stripped; ``weight`` is a
float. The generated graphs stay inside those rules, and so must load back
equal: same nodes in the same order, same edges, same attributes.
"""

from __future__ import annotations

import csv
import tempfile
import warnings
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graph
from graph.errors import DataError, DataWarning
from graph.read.lookalike import fold

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that matter to a CSV reader, mixed into any other text (surrogates cannot be written as UTF-8).
SPECIAL = st.sampled_from([",", ";", "\t", '"', "\n", "\r", "\r\n", " ", "\x00", "\ufeff", "|", "=", "é", "ß", "中"])
CHAR = st.one_of(SPECIAL, st.characters(exclude_categories=["Cs"]))
RAW_TEXT = st.lists(CHAR, max_size=80).map("".join)
HEADER = st.lists(
    st.sampled_from(["source", "target", "Source", "from", "to", "relation", "weight", "sign", "id", "x", ""]),
    min_size=1,
    max_size=5,
)


@st.composite
def near_csv(draw: st.DrawFn) -> str:
    """Text shaped like a CSV file (a plausible header, rows of random cells), with random damage."""
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    header = draw(HEADER)
    rows = draw(st.lists(st.lists(RAW_TEXT, max_size=len(header) + 1), max_size=6))
    lines = [delimiter.join(header)] + [delimiter.join(cells) for cells in rows]
    return draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines)


def _load_or_data_error(**files: bytes | None) -> None:
    """Write the files to a fresh folder and load it; anything but a graph or a DataError fails the test."""
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        folder = Path(tmp)
        for name, content in files.items():
            if content is not None:
                (folder / f"{name}.csv").write_bytes(content)
        try:
            if "nodes" in files and "relations" not in files:
                graph.load(edges=folder / "edges.csv", nodes=folder / "nodes.csv")
            elif "relations" in files:
                graph.load(folder)
            else:
                graph.load(edges=folder / "edges.csv")
        except DataError as err:
            assert err.problems, "a DataError names at least one problem"
            assert all(p.message for p in err.problems)
    assert all(issubclass(w.category, DataWarning) for w in caught), [str(w.message) for w in caught]


@SETTINGS
@given(st.one_of(RAW_TEXT, near_csv()))
def test_any_text_as_an_edge_list_loads_or_raises_data_error(text):
    _load_or_data_error(edges=text.encode("utf-8"))


@SETTINGS
@given(st.binary(max_size=120))
def test_any_bytes_as_an_edge_list_load_or_raise_data_error(raw):
    _load_or_data_error(edges=raw)


@SETTINGS
@given(near_csv(), near_csv())
def test_any_edge_list_with_a_node_file_loads_or_raises_data_error(edges, nodes):
    _load_or_data_error(edges=edges.encode("utf-8"), nodes=nodes.encode("utf-8"))


@SETTINGS
@given(
    st.one_of(st.none(), near_csv()),
    st.one_of(st.none(), near_csv()),
    st.one_of(st.none(), near_csv()),
    st.one_of(st.none(), near_csv()),
    st.one_of(st.none(), near_csv()),
)
def test_any_data_folder_loads_or_raises_data_error(edges, nodes, relations, sources, categories):
    files = {"edges": edges, "nodes": nodes, "relations": relations, "sources": sources, "categories": categories}
    _load_or_data_error(**{k: v.encode("utf-8") if v is not None else None for k, v in files.items()})


# ---------------------------------------------------------------- round trip


#: What XML 1.0 cannot hold, so no data set may (validate reports it): the controls but tab, LF and CR.
XML_FORBIDDEN = "".join(chr(c) for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)) + "\ufffe\uffff"
VALUE_CHAR = st.one_of(
    st.sampled_from([",", ";", "\t", '"', "\n", "\r", " ", "\ufeff", "|", "=", "'"]),
    st.characters(exclude_categories=["Cs"], exclude_characters=XML_FORBIDDEN),
)
# No white space (Unicode categories Zs, Zl, Zp and the controls) or byte-order mark at either end of a value.
END_CHAR = st.one_of(
    st.sampled_from([",", ";", '"', "|", "=", "'", "é"]),
    st.characters(exclude_categories=["Cs", "Cc", "Zs", "Zl", "Zp"], exclude_characters="\ufeff\ufffe\uffff"),
)


def values(middle: st.SearchStrategy[str], end: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Non-empty strings that start and end with ``end`` characters, with ``middle`` ones between."""
    return st.one_of(end, st.tuples(end, st.lists(middle, max_size=10).map("".join), end).map("".join))


NAME = values(VALUE_CHAR, END_CHAR)
VALUE = st.one_of(st.just(""), NAME)
SYNONYM = values(VALUE_CHAR.filter(lambda c: c != "|"), END_CHAR.filter(lambda c: c != "|"))
WEIGHT = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False))


@st.composite
def graphs(draw: st.DrawFn) -> nx.MultiDiGraph:
    """A graph as :func:`graph.load` builds it, with any unicode in ids, labels, synonyms and evidence."""
    # Ids distinct after folding: ids that only look alike load with a DataWarning (tested below).
    ids = draw(st.lists(NAME.filter(lambda s: s not in ("id", "source")), min_size=1, max_size=6, unique_by=fold))
    G = nx.MultiDiGraph()
    for node in ids:
        G.add_node(
            node,
            label=draw(NAME),
            label_nl=draw(NAME),
            category=draw(NAME),
            description=draw(VALUE),
            synonyms=draw(st.lists(SYNONYM, max_size=3)),
            note=draw(VALUE),
        )
    for _ in range(draw(st.integers(1, 8))):  # an edge list needs at least one edge
        attrs = {
            "relation": draw(NAME),
            "evidence": draw(VALUE),
            "source_doc": draw(VALUE),
            "section": draw(VALUE),
            "sign": draw(st.sampled_from([-1, 0, 1])),
        }
        weight = draw(WEIGHT)
        if weight is not None:
            attrs["weight"] = weight
        G.add_edge(draw(st.sampled_from(ids)), draw(st.sampled_from(ids)), **attrs)
    return G


def _write(G: nx.MultiDiGraph, folder: Path) -> None:
    node_columns = ["id", "label", "label_nl", "category", "description", "synonyms", "note"]
    edge_columns = ["source", "target", "relation", "evidence", "source_doc", "section", "sign", "weight"]
    with (folder / "nodes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(node_columns)
        for node, a in G.nodes(data=True):
            writer.writerow(
                [node, a["label"], a["label_nl"], a["category"], a["description"], "|".join(a["synonyms"]), a["note"]]
            )
    with (folder / "edges.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(edge_columns)
        for u, v, a in G.edges(data=True):
            weight = repr(a["weight"]) if "weight" in a else ""
            writer.writerow([u, v, a["relation"], a["evidence"], a["source_doc"], a["section"], a["sign"], weight])


@SETTINGS
@given(graphs())
def test_a_graph_written_as_csv_loads_back_the_same(G):
    with tempfile.TemporaryDirectory() as tmp:
        _write(G, Path(tmp))
        loaded = graph.load(tmp)
    assert list(loaded.nodes(data=True)) == list(G.nodes(data=True))
    assert list(loaded.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))


@SETTINGS
@given(NAME.filter(lambda s: s not in ("id", "source") and s.swapcase() != s and fold(s.swapcase()) == fold(s)))
def test_ids_that_differ_only_in_case_load_with_a_lookalike_warning(name):
    other = name.swapcase()
    with tempfile.TemporaryDirectory() as tmp:
        G = nx.MultiDiGraph()
        for node in (name, other):
            G.add_node(node, label=node, label_nl=node, category="c", description="", synonyms=[], note="")
        G.add_edge(name, other, relation="r", evidence="", source_doc="", section="", sign=0)
        _write(G, Path(tmp))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            loaded = graph.load(tmp)
    assert set(loaded.nodes) == {name, other}
    messages = [str(w.message) for w in caught if issubclass(w.category, DataWarning)]
    assert any("look alike" in m or "look-alike" in m or "alike" in m for m in messages), messages
