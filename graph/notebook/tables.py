"""Query results as compact HTML tables in a notebook, every text escaped.

The results of :mod:`graph.ask` show themselves through the renderers this
module registers (see :mod:`graph.ask.rendering`): ``_repr_html_`` of a
:class:`graph.PathResult`, :class:`graph.NetEffect`,
:class:`graph.NeighborResult` or :class:`graph.Stats` calls the function here.

Examples
--------
>>> import graph
>>> result = graph.find_paths(graph.load(), "magnesium", "melatonin")
>>> "Magnesium → Serotonin → Melatonin" in result._repr_html_()
True
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..ask.rendering import register_html
from ..ask.rows import paths_rows, steps_rows
from ..ask.sentences import COUNT_WORDS, counted, verdict_words

if TYPE_CHECKING:
    from ..ask.neighborhood import NeighborResult
    from ..ask.overview import Stats
    from ..ask.paths import NetEffect, PathResult

__all__ = ["paths_html", "effect_html", "neighbors_html", "stats_html"]

_SIGN_MARK = {1: "+", -1: "-", 0: "?"}
_ARROW = " \u2192 "
_LEFT = ' style="text-align:left"'


def paths_html(result: PathResult) -> str:
    """The paths of ``result`` as an HTML table with a caption.

    Examples
    --------
    >>> import graph
    >>> print(paths_html(graph.find_paths(graph.load(), "sleep", "magnesium", max_hops=2)))  # doctest: +ELLIPSIS
    <p>No path from Sleep to Magnesium within 2 hops: no path following the arrows; 8 paths if directions ...</p>
    """
    return _paths_table(result, _paths_caption(result))


def effect_html(effect: NetEffect) -> str:
    """The verdict and counts of ``effect`` as a caption over the table of its paths."""
    result = effect.paths
    if not result.paths:
        return _paths_table(result, "")
    kind = _change(result, effect.target)
    up, down = COUNT_WORDS["en"].get(kind, COUNT_WORDS["en"]["amount"])  # "18 improving" paths to sleep
    counts = (
        f"{counted(len(result.paths), ('path', 'paths'))}{', more exist' if result.truncated else ''}: "
        f"{effect.increases} {up}, {effect.decreases} {down}, {effect.unclear} unclear"
        + (f", {effect.links} against an arrow" if effect.links else "")
    )
    verdict = verdict_words(effect.verdict, kind, effect.hedged)  # "improves", "may lower the risk", never "may link"
    caption = f"Net effect of {_name(result, effect.source)} on {_name(result, effect.target)}: {verdict} ({counts})"
    return _paths_table(result, caption)


def _effect_words(effect: str, kind: str, hedged: bool) -> str:
    """A path's effect as the command line words it for a target whose change is of ``kind``:
    "may improve" sleep, "lowers the risk" of osteoporosis; "unclear" and "link" as they are."""
    return verdict_words(effect, kind, hedged) if effect in ("increases", "decreases") else effect


def _change(result: PathResult, node: Any) -> str:
    """What a change in ``node`` means, as ``result`` knows it (see :func:`graph.ask.words.change_of`)."""
    return str(result.labels.get("change", {}).get(node, "amount"))


def _name(result: PathResult, node: Any) -> str:
    """The label of ``node`` as ``result`` knows it, else its id."""
    return result.labels.get("nodes", {}).get(node, str(node))


def neighbors_html(result: NeighborResult) -> str:
    """The claims of a :class:`graph.NeighborResult`, one row per edge: labels, and the ids in a column."""
    nodes, relations = result.labels.get("nodes", {}), result.labels.get("relations", {})
    hedged = result.labels.get("hedged", {})
    depth = "any distance" if result.depth is None else counted(result.depth, ("step", "steps"))
    way = {"out": "outgoing", "in": "incoming", "both": "both ways"}[result.direction]
    name = nodes.get(result.node, str(result.node))
    caption = f"{name}: {counted(len(result.steps), ('connection', 'connections'))}, {way}, {depth}"
    rows = [
        [
            nodes.get(row["source"], str(row["source"])),
            _SIGN_MARK.get(row["sign"], "?"),
            (hedged if row["hedged"] else relations).get(row["relation"], row["relation"]),
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
        [nodes.get(node, str(node)), str(node), summary.degree(node, n_in, n_out), n_in, n_out]
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
        target = _esc(_name(result, result.target))
        if result.ignoring_direction:
            return (
                f"<p>No path from {source} to {target} within {hops}: {_esc(result.note)} (ignore_direction=True).</p>"
            )
        return f"<p>No path from {source} to {target} within {hops}.</p>"
    kind = _change(result, result.target)
    rows = [
        [
            number,
            row["chain"],
            row["hops"],
            _effect_words(row["effect"], kind, row["hedged"]),
            row["relations"],
            row["sources"],
        ]
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


register_html("PathResult", paths_html)
register_html("NetEffect", effect_html)
register_html("NeighborResult", neighbors_html)
register_html("Stats", stats_html)
