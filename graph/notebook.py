"""Graphs and query results drawn inline in Jupyter, with no file and no server.

:func:`show` gives a :class:`ConceptGraph`. In a notebook (JupyterLab,
Notebook 7, VS Code, and notebooks exported to HTML) it draws the
self-contained page of :func:`graph.to_html` inside an ``<iframe srcdoc>``,
sandboxed to run scripts and nothing else; elsewhere it says what it holds.
The query results (paths, net effects, neighbours, counts) show as compact
tables through the functions here, and become pandas DataFrames through
their ``to_frame()``. All HTML for notebooks is made in this module; every
text taken from the data is escaped, so it reaches the notebook as text.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> drawing = graph.show(G, lang="nl", highlight="magnesium", height=500)
>>> drawing
ConceptGraph(102 nodes, 178 edges)
>>> drawing._repr_html_().count("<iframe ")
1
>>> result = graph.find_paths(G, "magnesium", "melatonin")
>>> "Magnesium → Serotonin → Melatonin" in result._repr_html_()
True
"""

from __future__ import annotations

import html
import math
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .atomic import write_text_atomic
from .errors import PageSizeWarning
from .html import titles, to_html
from .paths import EFFECTS, NetEffect, PathResult, Step
from .sentences import counted

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from .neighborhood import NeighborResult
    from .overview import Stats

__all__ = [
    "ConceptGraph",
    "show",
    "paths_rows",
    "steps_rows",
    "paths_html",
    "effect_html",
    "neighbors_html",
    "stats_html",
    "frame",
    "PATH_COLUMNS",
    "STEP_COLUMNS",
    "MAX_INLINE_BYTES",
    "NO_IFRAME_NOTE",
]

#: Above this size (of the escaped page, in bytes) an inline drawing warns: notebooks that
#: large are slow to save, open and share; :func:`graph.write_html` writes the page instead.
MAX_INLINE_BYTES = 20_000_000
#: Shown in place of the drawing when a front end removes the iframe (an untrusted notebook).
NO_IFRAME_NOTE = "The graph is drawn here once the notebook is trusted or the cell is run again."

#: The columns of :meth:`graph.PathResult.to_frame`, and of :meth:`graph.NeighborResult.to_frame`.
PATH_COLUMNS = ("chain", "hops", "effect", "sign", "relations", "sources", "nodes")
STEP_COLUMNS = ("source", "target", "key", "relation", "sign", "evidence", "source_doc", "section")

_LENGTH = re.compile(r"(?:\d+(?:\.\d+)?)(?:px|%|vh|vw|em|rem)")
_ARROW = " \u2192 "
_SIGN_MARK = {1: "+", -1: "-", 0: "?"}
_LEFT = ' style="text-align:left"'


@dataclass(frozen=True, repr=False)
class ConceptGraph:
    """A page drawn inline in a notebook, as :func:`show` makes it.

    ``page`` is the complete page of :func:`graph.to_html`, made from the
    graph as it was then (the graph itself is not kept); ``height`` and
    ``width`` are CSS lengths (``"600px"``, ``"100%"``); ``nodes`` and
    ``edges`` count what is drawn.
    """

    page: str
    title: str
    lang: str
    nodes: int
    edges: int
    height: str = "600px"
    width: str = "100%"

    def __repr__(self) -> str:
        return f"ConceptGraph({counted(self.nodes, ('node', 'nodes'))}, {counted(self.edges, ('edge', 'edges'))})"

    def _repr_html_(self) -> str:
        """The page in a sandboxed ``<iframe srcdoc>``, with a note that only shows if the iframe is removed."""
        return (
            f'<div style="position:relative;width:{self.width};height:{self.height};max-width:100%">'
            f'<p style="margin:0;padding:1em;color:#555">{html.escape(NO_IFRAME_NOTE)}</p>'
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" sandbox="allow-scripts" '
            f'title="{html.escape(self.title, quote=True)}" '
            'style="position:absolute;top:0;left:0;width:100%;height:100%;'
            'border:1px solid #ddd;box-sizing:border-box;background:#fff"></iframe></div>'
        )

    def to_html(self) -> str:
        """The complete page, as :func:`graph.to_html` makes it."""
        return self.page

    def save(self, path: str | Path = "output/graph.html") -> Path:
        """Write the page to ``path`` atomically (as :func:`graph.write_html` does); return the path.

        Raises
        ------
        OutputError
            When the file cannot be written.
        """
        return write_text_atomic(path, self.page)


def show(
    G: nx.MultiDiGraph,
    *,
    title: str | None = None,
    lang: str = "en",
    highlight: Any = None,
    height: int | str = 600,
    width: int | str = "100%",
) -> ConceptGraph:
    """Draw ``G`` inline in a notebook: the interactive page of :func:`graph.to_html`.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph, or a part of it (:func:`graph.subgraph_around`,
        :func:`graph.paths_subgraph`); it is not changed.
    title : str, optional
        The page title; defaults to the data's title (:func:`graph.html.titles`:
        ``G.graph["name"]``, from the data folder) or "Concept graph".
    lang : {"en", "nl"}
        The language the page opens in.
    highlight : optional
        What to light up when the page opens: one item or a list of items,
        each a concept (its id, label, Dutch label or synonym), a path (a
        :class:`graph.Path`, e.g. ``graph.as_path(G, ["Magnesium", "Serotonin"])``),
        or a :class:`graph.PathResult` / :class:`graph.NetEffect` (all its
        paths). A list of names lights those concepts, not a path between
        them: the rule of :func:`graph.payload.highlight_data`. A lone
        concept is shown with its neighbours, which stay in full colour.
    height, width : int or str
        The drawing's size: pixels, or a CSS length such as ``"80vh"`` or ``"100%"``.

    Returns
    -------
    ConceptGraph
        Draws itself as the last value of a cell; ``.save(path)`` writes the
        page, ``.to_html()`` returns it.

    Raises
    ------
    ValueError
        When ``lang``, ``height`` or ``width`` is not one the page can use.
    NodeNotFound
        When ``highlight`` names something that is not in the graph.

    Warns
    -----
    PageSizeWarning
        When the page, escaped for the iframe, is larger than :data:`MAX_INLINE_BYTES`.

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> effect = graph.net_effect(G, "magnesium", "melatonin")
    >>> lit = graph.show(graph.paths_subgraph(G, effect), highlight=effect, title="Magnesium → melatonin")
    >>> lit.nodes, lit.height
    (4, '600px')
    >>> "<title>Magnesium → melatonin</title>" in lit.to_html()
    True
    """
    height, width = _css_length("height", height), _css_length("width", width)
    page = to_html(G, title=title, lang=lang, highlight=highlight, packed=True)  # a notebook keeps every output
    _check_size(page)
    return ConceptGraph(page, titles(G, title)[lang], lang, G.number_of_nodes(), G.number_of_edges(), height, width)


def _check_size(page: str) -> None:
    size = len(html.escape(page, quote=True))
    if size > MAX_INLINE_BYTES:
        warnings.warn(
            f"the page of this graph is {size / 1e6:.0f} MB, too large to keep inside a notebook "
            f"(more than {MAX_INLINE_BYTES / 1e6:.0f} MB makes it slow to save and open): draw a part of it "
            "(graph.subgraph_around, graph.paths_subgraph), or write the page with "
            "graph.write_html(G, 'output/graph.html') and open that in a browser",
            PageSizeWarning,
            stacklevel=3,
        )


# ---------------------------------------------------------------- result tables


def paths_rows(result: PathResult) -> list[dict[str, Any]]:
    """One row per path: ``chain``, ``hops``, ``effect``, ``sign``, ``relations``, ``sources``, ``nodes``.

    ``chain`` and ``relations`` join the node labels and the step relations'
    labels with arrows (ids where a result has no labels); ``sources`` lists
    the sources of the path's claims in order; ``nodes`` holds the ids.

    Examples
    --------
    >>> import graph
    >>> rows = paths_rows(graph.find_paths(graph.load(), "tryptophan", "melatonin"))
    >>> rows[0]["chain"], rows[0]["relations"], rows[0]["effect"]
    ('Tryptophan → Serotonin → Melatonin', 'is converted into → is converted into', 'increases')
    """
    nodes, relations = result.labels.get("nodes", {}), result.labels.get("relations", {})
    return [
        {
            "chain": _ARROW.join(nodes.get(node, str(node)) for node in path.nodes),
            "hops": path.hops,
            "effect": path.effect,
            "sign": path.sign,
            "relations": _ARROW.join(relations.get(step.relation, step.relation) for step in path.steps),
            "sources": ", ".join(_sources(edge.source_doc for step in path.steps for edge in step.edges)),
            "nodes": path.nodes,
        }
        for path in result.paths
    ]


def steps_rows(steps: Iterable[Step]) -> list[dict[str, Any]]:
    """One row per claim (edge) of ``steps``: ``source``, ``target``, ``key``, ``relation``, ``sign``,
    ``evidence``, ``source_doc``, ``section`` (the columns of :func:`graph.to_pandas_edges`)."""
    return [
        {
            "source": step.source,
            "target": step.target,
            "key": edge.key,
            "relation": edge.relation,
            "sign": edge.sign,
            "evidence": edge.evidence,
            "source_doc": edge.source_doc,
            "section": edge.section,
        }
        for step in steps
        for edge in step.edges
    ]


def frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """``rows`` as a DataFrame with ``columns`` in this order (also when there are no rows)."""
    import pandas as pd

    return pd.DataFrame([[row[c] for c in columns] for row in rows], columns=list(columns), dtype=object)


def paths_html(result: PathResult) -> str:
    """The paths of ``result`` as an HTML table with a caption.

    Examples
    --------
    >>> import graph
    >>> print(paths_html(graph.find_paths(graph.load(), "sleep", "magnesium", max_hops=2)))
    <p>No path from Sleep to Magnesium within 2 hops.</p>
    """
    return _paths_table(result, _paths_caption(result))


def effect_html(effect: NetEffect) -> str:
    """The verdict and counts of ``effect`` as a caption over the table of its paths."""
    result = effect.paths
    if not result.paths:
        return _paths_table(result, "")
    counts = (
        f"{counted(len(result.paths), ('path', 'paths'))}{', more exist' if result.truncated else ''}: "
        f"{effect.increases} increasing, {effect.decreases} decreasing, {effect.unclear} unclear"
    )
    caption = (
        f"Net effect of {_name(result, effect.source)} on {_name(result, effect.target)}: {effect.verdict} ({counts})"
    )
    return _paths_table(result, caption)


def _name(result: PathResult, node: Any) -> str:
    """The label of ``node`` as ``result`` knows it, else its id."""
    return result.labels.get("nodes", {}).get(node, str(node))


def neighbors_html(result: NeighborResult) -> str:
    """The claims of a :class:`graph.NeighborResult`, one row per edge: labels, and the ids in a column."""
    nodes, relations = result.labels.get("nodes", {}), result.labels.get("relations", {})
    depth = "any distance" if result.depth is None else counted(result.depth, ("step", "steps"))
    way = {"out": "outgoing", "in": "incoming", "both": "both ways"}[result.direction]
    name = nodes.get(result.node, str(result.node))
    caption = f"{name}: {counted(len(result.steps), ('connection', 'connections'))}, {way}, {depth}"
    rows = [
        [
            nodes.get(row["source"], str(row["source"])),
            _SIGN_MARK.get(row["sign"], "?"),
            relations.get(row["relation"], row["relation"]),
            nodes.get(row["target"], str(row["target"])),
            row["evidence"],
            row["source_doc"],
            f"{row['source']}{_ARROW}{row['target']}",
        ]
        for row in steps_rows(result.steps)
    ]
    return _table(caption, ["from", "sign", "relation", "to", "evidence", "source", "ids"], rows)


def stats_html(summary: Stats) -> str:
    """The counts of a :class:`graph.Stats` as three small tables: totals, categories, most connected
    (labels first, ids in a column of their own)."""
    nodes, names = summary.labels.get("nodes", {}), summary.labels.get("categories", {})
    totals: list[list[Any]] = [
        ["nodes", summary.nodes],
        ["edges", summary.edges],
        ["components", f"{summary.components} (largest: {counted(summary.largest_component, ('node', 'nodes'))})"],
        ["isolated nodes", summary.isolated],
        ["signs", f"{summary.increasing} increasing, {summary.decreasing} decreasing, {summary.unsigned} unsigned"],
        ["edges without source", summary.unsourced],
    ]
    categories = [[names.get(name, name), name, count] for name, count in summary.categories.items()]
    hubs = [
        [nodes.get(node, str(node)), str(node), n_in + n_out, n_in, n_out]
        for node, n_in, n_out in summary.most_connected
    ]
    return "\n".join(
        [
            _table("Totals", ["", "count"], totals),
            _table("Categories", ["category", "id", "nodes"], categories),
            _table("Most connected", ["concept", "id", "edges", "in", "out"], hubs),
        ]
    )


def _paths_caption(result: PathResult) -> str:
    if not result.paths:
        return ""
    more = ", more exist" if result.truncated else ""
    ends = f"from {_name(result, result.source)} to {_name(result, result.target)}"
    hops = counted(result.max_hops, ("hop", "hops"))
    return f"{counted(len(result.paths), ('path', 'paths'))} {ends} (at most {hops}{more})"


def _paths_table(result: PathResult, caption: str) -> str:
    if not result.paths:
        source = _esc(_name(result, result.source))
        if result.source == result.target:
            return f"<p>No path from {source} to itself.</p>"
        hops = counted(result.max_hops, ("hop", "hops"))
        return f"<p>No path from {source} to {_esc(_name(result, result.target))} within {hops}.</p>"
    rows = [
        [number, row["chain"], row["hops"], EFFECTS["en"][row["sign"]], row["relations"], row["sources"]]
        for number, row in enumerate(paths_rows(result), start=1)
    ]
    return _table(caption, ["#", "chain", "hops", "effect", "relations", "sources"], rows)


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain HTML table; every cell and the caption are escaped."""
    parts = ["<table>"]
    if caption:
        parts.append(f'<caption style="text-align:left;font-weight:600">{_esc(caption)}</caption>')
    parts.append("<thead><tr>" + "".join(f"<th{_LEFT}>{_esc(name)}</th>" for name in header) + "</tr></thead>")
    parts.append("<tbody>")
    for row in rows:
        parts.append("<tr>" + "".join(f"<td{_LEFT}>{_esc(cell)}</td>" for cell in row) + "</tr>")
    parts.append("</tbody></table>")
    return "\n".join(parts)


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _sources(docs: Iterable[str]) -> list[str]:
    """The distinct, non-empty source ids of ``docs``, in order of appearance."""
    return list(dict.fromkeys(doc for doc in docs if doc))


def _css_length(name: str, value: int | str) -> str:
    """``value`` as a CSS length: a number means pixels."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < math.inf:
        return f"{value}px" if isinstance(value, int) else f"{value:g}px"
    if isinstance(value, str) and _LENGTH.fullmatch(value.strip()) and float(re.sub(r"[a-z%]", "", value)) > 0:
        return value.strip()
    raise ValueError(
        f"{name} must be a number of pixels above 0 or a CSS length such as '600px', '80vh' or '100%', not {value!r}"
    )
