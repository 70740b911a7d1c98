"""Property tests of the contract for hostile input (issue 15).

- Any graph that ``validate`` accepts can be built as a page and exported in
  every format, and the GraphML, GEXF, node-link JSON and CSV files read back
  equal to it.
- Random JSON and GraphML documents, shaped like node-link data and GraphML
  as tools write them (attribute names that are networkx's own argument names,
  ids of every JSON type, characters XML cannot hold, nesting, damage), given
  to the readers: the only exception that escapes is our ``DataError``, and
  what loads, validates, builds and exports.
"""

from __future__ import annotations

import json
import tempfile
import warnings
from pathlib import Path
from xml.sax.saxutils import quoteattr

import networkx as nx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_properties import NAME, _write, graphs

import graph
from graph.errors import DataError
from graph.formats.tabular import cell_text, guard_cell

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Attribute names that are also names of networkx's own arguments, or of JavaScript's object machinery.
MACHINERY = ["key", "u_for_edge", "v_for_edge", "node_for_adding", "__proto__", "constructor", "toString", "id"]


def _has_formula_cells(G: nx.MultiDiGraph) -> bool:
    texts = [str(n) for n in G] + [
        cell_text(v) for records in (G.nodes(data=True), G.edges(data=True)) for *_, a in records for v in a.values()
    ]
    texts += [t for table in ("relations", "sources", "categories") for t in G.graph[table]]
    return any(
        guard_cell(t) != t or "|" in t and any(guard_cell(p.strip()) != p.strip() for p in t.split("|")) for t in texts
    )


def _flat_values(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with each list value (but ``synonyms``) as ``|``-joined text, each object as JSON text,
    and no empty text: what GraphML and GEXF hold of them (see ``graph.formats.portable``; GraphML cannot
    tell an empty value from none)."""
    H = G.copy()
    for records in (H.nodes(data=True), H.edges(data=True)):
        for *_, attrs in records:
            for name, value in list(attrs.items()):
                if isinstance(value, list) and name != "synonyms":
                    value = attrs[name] = cell_text(value)
                elif isinstance(value, dict):
                    value = attrs[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
                if value == "":
                    del attrs[name]
    return H


def _one_type(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` with each attribute of several types (and edge keys of several types) as text: what GEXF holds."""
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    nodes, edges = list(G.nodes(data=True)), list(G.edges(keys=True, data=True))
    for records in ([a for _, a in nodes], [a for *_, a in edges]):
        kinds: dict[str, set[type]] = {}
        for attrs in records:
            for name, value in attrs.items():
                kinds.setdefault(name, set()).add(type(value))
        for attrs in records:
            for name in [n for n in attrs if len(kinds[n]) > 1]:
                attrs[name] = str(attrs[name])
    text_keys = len({type(k) for _, _, k, _ in edges}) > 1
    H.add_nodes_from(nodes)
    H.add_edges_from((u, v, str(k) if text_keys else k, a) for u, v, k, a in edges)
    return H


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True), key=repr) == sorted(b.edges(keys=True, data=True), key=repr)
    for table in ("relations", "sources", "categories"):
        assert a.graph[table] == b.graph[table], table


@st.composite
def with_machinery(draw: st.DrawFn) -> nx.MultiDiGraph:
    """:func:`test_properties.graphs`, some nodes and edges carrying columns named like networkx's arguments."""
    G = draw(graphs())
    names = draw(st.lists(st.sampled_from(MACHINERY[:4]), max_size=4, unique=True))
    for name in names:
        target = G.nodes if name == "node_for_adding" else None
        if target is not None:
            for node in G:
                G.nodes[node][name] = draw(NAME)
        else:
            for *_, attrs in G.edges(keys=True, data=True):
                attrs[name] = draw(NAME)
    return G


def _write_with_machinery(G: nx.MultiDiGraph, folder: Path) -> None:
    _write(G, folder)
    node_extra = [n for n in ("node_for_adding",) if all(n in a for _, a in G.nodes(data=True))]
    edge_extra = [n for n in MACHINERY[:3] if G.number_of_edges() and all(n in a for *_, a in G.edges(data=True))]
    if node_extra:
        _append_columns(folder / "nodes.csv", node_extra, [[a[n] for n in node_extra] for _, a in G.nodes(data=True)])
    if edge_extra:
        _append_columns(folder / "edges.csv", edge_extra, [[a[n] for n in edge_extra] for *_, a in G.edges(data=True)])


def _append_columns(path: Path, names: list[str], rows: list[list[str]]) -> None:
    import csv
    import io

    text = path.read_text(encoding="utf-8")
    records = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(records[0] + names)
    for record, extra in zip(records[1:], rows, strict=True):
        writer.writerow(record + extra)
    path.write_text(out.getvalue(), encoding="utf-8", newline="")


@SETTINGS
@given(with_machinery())
def test_what_validate_accepts_builds_and_exports_in_every_format_and_reads_back_equal(G):
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        folder = Path(tmp) / "data"
        folder.mkdir()
        _write_with_machinery(G, folder)
        assume(graph.validate(folder).ok)
        loaded = graph.load(folder)
        out = Path(tmp) / "out"
        graph.write_html(graph.load_for_page(folder), out / "page.html")
        for suffix in ("graphml", "gexf", "json"):
            path = graph.export(loaded, out / f"g.{suffix}")[0]
            assert graph.validate(path).ok, (suffix, str(graph.validate(path)))
            _same(graph.read_graph(path), loaded)
        graph.export(loaded, out / "csv", format="csv")
        assert graph.validate(out / "csv").ok
        if not _has_formula_cells(loaded):  # those keep the "'" that stops a spreadsheet running them
            _same(graph.load(out / "csv"), loaded)
        nodes, edges = graph.export(loaded, out / "kgx" / "g", format="kgx")
        assert graph.validate(edges=edges, nodes=nodes).ok, str(graph.validate(edges=edges, nodes=nodes))
        if not _has_formula_cells(loaded) and not _has_tsv_breaks(loaded):  # KGX TSV has no tabs or line breaks
            back = graph.load(edges=edges, nodes=nodes)
            assert list(back.nodes(data="label")) == list(loaded.nodes(data="label"))
            keep = ("relation", "sign", "evidence", "source_doc", "section")
            assert sorted((u, v, *(a.get(k) for k in keep)) for u, v, a in back.edges(data=True)) == sorted(
                (u, v, *(a.get(k) for k in keep)) for u, v, a in loaded.edges(data=True)
            )


def _has_tsv_breaks(G: nx.MultiDiGraph) -> bool:
    """True when a text of ``G`` holds a tab or a line break, which KGX's TSV writes as a space."""
    texts = [str(v) for _, a in G.nodes(data=True) for v in a.values()]
    texts += [str(v) for *_, a in G.edges(data=True) for v in a.values()] + [str(n) for n in G]
    return any(ch in t for t in texts for ch in "\t\r\n")


# ---------------------------------------------------------------- random documents to the readers

TEXT = st.text(
    st.one_of(
        st.sampled_from(["a", "1", " ", "\x0b", "\x1b", "\u202e", "\u200b", "&", "<", "|", '"', "é"]),
        st.characters(),
    ),
    max_size=8,
)
JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(allow_nan=False), TEXT)
JSON_VALUE = st.recursive(
    JSON_SCALAR,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(TEXT, inner, max_size=3)),
    max_leaves=8,
)
ATTR_NAME = st.one_of(st.sampled_from(MACHINERY + ["label", "category", "sign", "synonyms", "weight"]), TEXT)
#: Plain text: what most files hold (the hostile kinds are mixed in, one draw in five).
PLAIN = st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=6)
HOSTILE_ID = st.one_of(TEXT, st.booleans(), st.none(), st.floats(0, 2), st.lists(st.integers(0, 2)))
ID = st.integers(0, 4).flatmap(lambda k: st.one_of(PLAIN, st.integers(0, 3)) if k else HOSTILE_ID)
SHAPE = st.sampled_from(["dot", "box", "__proto__", "toString", "image", "constructor", 7])
TABLES = st.fixed_dictionaries(
    {},
    optional={
        "categories": st.dictionaries(
            TEXT,
            st.fixed_dictionaries({}, optional={"label": JSON_SCALAR, "color": JSON_SCALAR, "shape": SHAPE}),
            max_size=3,
        ),
        "relations": st.dictionaries(TEXT, st.fixed_dictionaries({}, optional={"sign": JSON_SCALAR}), max_size=3),
        "sources": JSON_VALUE,
    },
)


@st.composite
def node_link_documents(draw: st.DrawFn) -> str:
    """Node-link JSON as networkx or D3 tools write it, with hostile ids, names and values, sometimes damaged."""
    ids = draw(st.lists(ID, max_size=4))
    nodes = [{"id": i, **draw(st.dictionaries(ATTR_NAME, JSON_VALUE, max_size=3))} for i in ids]
    if draw(st.integers(0, 4)) == 0:
        nodes = draw(st.lists(JSON_VALUE, max_size=3))
    ends = st.sampled_from(ids) if ids else ID
    edges = [
        {"source": draw(ends), "target": draw(ends), **draw(st.dictionaries(ATTR_NAME, JSON_VALUE, max_size=3))}
        for _ in range(draw(st.integers(0, 4)))
    ]
    document = {
        "directed": draw(st.booleans()),
        "multigraph": draw(st.booleans()),
        "graph": draw(st.one_of(TABLES, JSON_VALUE)),
        "nodes": nodes,
        draw(st.sampled_from(["edges", "links"])): edges,
    }
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    damage = draw(st.sampled_from(["none"] * 6 + ["cut", "deep", "other"]))
    if damage == "cut":
        text = text[: draw(st.integers(0, len(text)))]
    elif damage == "deep":
        depth = draw(st.sampled_from([10, 1000, 100_000]))
        text = text[:-1] + ', "x": ' + "[" * depth + "]" * depth + "}"
    elif damage == "other":
        text = json.dumps(draw(JSON_VALUE))
    return text


XML_TEXT = st.integers(0, 4).flatmap(
    lambda k: PLAIN if k else st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
)
GRAPHML_TYPE = st.sampled_from(["string", "int", "long", "float", "double", "boolean", "blob"])


@st.composite
def graphml_documents(draw: st.DrawFn) -> str:
    """GraphML as networkx, yEd or igraph write it, with hostile names and values (escaped as XML escapes
    them, so that control characters come through as character references or raw), sometimes damaged."""
    keys = draw(st.lists(st.tuples(st.sampled_from(["node", "edge", "graph"]), ATTR_NAME, GRAPHML_TYPE), max_size=4))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for i, (scope, name, kind) in enumerate(keys):
        lines.append(f'<key id="d{i}" for="{scope}" attr.name={quoteattr(name)} attr.type="{kind}"/>')
    lines.append(f'<graph edgedefault="{draw(st.sampled_from(["directed", "undirected"]))}">')

    def data(scope: str) -> str:
        chosen = [i for i, (s, _, _) in enumerate(keys) if s == scope and draw(st.booleans())]
        return "".join(f'<data key="d{i}">{_xml_text(draw(XML_TEXT))}</data>' for i in chosen)

    lines.append(data("graph"))
    ids = draw(st.lists(XML_TEXT, max_size=4))
    for node in ids:
        lines.append(f"<node id={quoteattr(node)}>{data('node')}</node>")
    for _ in range(draw(st.integers(0, 3))):
        ends = st.sampled_from(ids) if ids else XML_TEXT
        lines.append(f"<edge source={quoteattr(draw(ends))} target={quoteattr(draw(ends))}>{data('edge')}</edge>")
    lines.append("</graph></graphml>")
    text = "\n".join(lines)
    if draw(st.integers(0, 4)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _read_or_data_error(text: str, suffix: str) -> None:
    """Read ``text`` as a graph file; if it loads, every command must handle it: validate, build, export
    (and the GraphML, GEXF and JSON exports read back equal)."""
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        path = Path(tmp) / f"g{suffix}"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        try:
            G = graph.load(path)
        except DataError:
            assert not graph.validate(path).ok
            return
        assert graph.validate(path).ok
        graph.write_html(G, Path(tmp) / "page.html")
        for fmt in ("graphml", "gexf", "json", "kgx", "csv"):
            written = graph.export(G, Path(tmp) / "out" / f"g.{fmt}", format=fmt)
            if fmt == "json":
                _same(graph.read_graph(written[0]), G)
            elif fmt == "graphml":  # text, numbers and booleans: lists and objects as text
                _same(_flat_values(graph.read_graph(written[0])), _flat_values(G))
            elif fmt == "gexf":  # also one type per attribute: one of several types as text
                _same(_one_type(_flat_values(graph.read_graph(written[0]))), _one_type(_flat_values(G)))


@SETTINGS
@given(node_link_documents())
def test_any_json_document_reads_or_raises_data_error(text):
    _read_or_data_error(text, ".json")


@SETTINGS
@given(graphml_documents())
def test_any_graphml_document_reads_or_raises_data_error(text):
    _read_or_data_error(text, ".graphml")
