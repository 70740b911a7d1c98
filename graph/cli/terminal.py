"""Query results as the command line shows them: aligned text, or JSON.

Text is styled with :func:`click.style`; :func:`click.echo` drops the styles
when the output is not a terminal, so piped output is plain. The JSON has a
stable schema, documented in docs/python.md ("Asking the graph").

Examples
--------
>>> import graph
>>> G = graph.load()
>>> lines = path_lines(G, graph.net_effect(G, "magnesium", "melatonin"))
>>> click.unstyle(lines[0]).endswith("from Magnesium to Melatonin (at most 4 hops)")
True
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable
from typing import TYPE_CHECKING, Any

import click

from ..ask.paths import EFFECTS, NetEffect, Path, Step, json_value
from ..ask.sentences import (
    change_of,
    citation,
    counted,
    edge_verb,
    evidence_text,
    explain,
    explain_effect,
    in_language,
    node_label,
    relation_verb,
    verdict_words,
)
from .printable import json_printable, printable

if TYPE_CHECKING:
    import networkx as nx

    from ..ask.neighborhood import NeighborResult
    from ..ask.overview import Stats

__all__ = ["path_lines", "path_json", "neighbor_lines", "neighbor_json", "stats_lines", "stats_json", "dumps"]

_COLOURS = {1: "green", -1: "red", 0: "yellow"}
_SIGNS = {1: "+", -1: "-", 0: "?"}
# Each phrase in English and Dutch.
_WORDS: dict[str, tuple[Any, Any]] = {
    "paths": ("{n} from {a} to {b} (at most {hops})", "{n} van {a} naar {b} (hoogstens {hops})"),
    "ignored": (", directions ignored", ", richting genegeerd"),
    "path": (("path", "paths"), ("pad", "paden")),
    "hop": (("hop", "hops"), ("stap", "stappen")),
    "more": (
        "More paths exist than the {n} shown (raise --max-paths or lower --max-hops).",
        "Er zijn meer paden dan de {n} getoonde (verhoog --max-paths of verlaag --max-hops).",
    ),
    "around": ("{a}: {n}, {direction}", "{a}: {n}, {direction}"),
    "connection": (("connection", "connections"), ("verbinding", "verbindingen")),
    "claim": (("claim", "claims"), ("bewering", "beweringen")),
    "out": ("outgoing", "uitgaand"),
    "in": ("incoming", "inkomend"),
    "both": ("in and out", "in en uit"),
    "within": ("within {n}", "binnen {n}"),
    "anywhere": ("at any distance", "op elke afstand"),
    "relations": ("relation {names}", "relatie {names}"),
    "nodes": ("nodes", "knopen"),
    "edges": ("edges", "verbindingen"),
    "components": ("components", "componenten"),
    "largest": ("{n} (largest: {size} nodes)", "{n} (grootste: {size} knopen)"),
    "isolated": ("isolated nodes", "losse knopen"),
    "signs": ("signs", "tekens"),
    "sign_counts": (
        "{up} increasing, {down} decreasing, {unsigned} unsigned",
        "{up} verhogend, {down} verlagend, {unsigned} zonder teken",
    ),
    "unsourced": ("edges without source", "verbindingen zonder bron"),
    "categories": ("categories", "categorieën"),
    "relations_title": ("relations", "relaties"),
    "sources": ("sources", "bronnen"),
    "most_connected": ("most connected", "meest verbonden"),
    "in_out": ("{n_in} in, {n_out} out", "{n_in} in, {n_out} uit"),
    "in_out_linked": ("{n_in} in, {n_out} out, {n_link} undirected", "{n_in} in, {n_out} uit, {n_link} ongericht"),
    "undirected_graph": ("undirected", "ongericht"),
    "direction": ("direction", "richting"),
    "direction_mixed": ("mixed: {n} undirected edges", "gemengd: {n} ongerichte verbindingen"),
    "use_undirected": (": use --undirected", ": gebruik --undirected"),
    "no_direction": (
        "(the graph is undirected: 'in', 'out' and 'both' give the same neighbours)",
        "(de graaf is ongericht: 'in', 'out' en 'both' geven dezelfde buren)",
    ),
}


def path_lines(G: nx.MultiDiGraph, effect: NetEffect, lang: str = "en") -> list[str]:
    """The paths of ``effect``, each with its sentence and claims, then the verdict."""
    words = in_language(_WORDS, lang)
    result = effect.paths
    if not result.paths:
        said = printable(explain_effect(G, effect, lang))
        if result.ignoring_direction:  # the whole truth: paths exist against the arrows
            said = said.rstrip(".") + words["use_undirected"] + "."
        return [said]
    a, b = printable(node_label(G, effect.source, lang)), printable(node_label(G, effect.target, lang))
    header = words["paths"].format(
        n=counted(len(result.paths), words["path"]), a=a, b=b, hops=counted(result.max_hops, words["hop"])
    )
    if result.ignore_direction:
        header = header[:-1] + words["ignored"] + ")"
    lines = [click.style(header, bold=True), ""]
    width = len(f"{len(result.paths)}.")
    indent = " " * (width + 1)
    for number, path in enumerate(result.paths, 1):
        chain = " -> ".join(printable(node_label(G, n, lang)) for n in path.nodes)
        lines.append(f"{click.style(f'{number}.'.rjust(width), bold=True)} {chain}  {_path_effect(G, path, lang)}")
        lines.append(indent + printable(explain(G, path, lang, sources=False)))
        lines += [indent + "  " + row for row in _claim_rows(G, path.steps, lang)]
        lines.append("")
    if result.truncated:
        lines.append(words["more"].format(n=len(result.paths)))
    lines.append(click.style(printable(explain_effect(G, effect, lang)), bold=True))
    return lines


def path_json(G: nx.MultiDiGraph, effect: NetEffect, lang: str = "en") -> dict[str, Any]:
    """``effect.to_dict()`` with the language, the verdict line, a sentence per path and the labels."""
    data: dict[str, Any] = {"lang": lang, **effect.to_dict(), "summary": explain_effect(G, effect, lang)}
    for item, path in zip(data["paths"], effect.paths.paths, strict=True):
        item["sentence"] = explain(G, path, lang)
    nodes = [effect.source, effect.target, *(n for p in effect.paths.paths for n in p.nodes)]
    data["labels"] = _labels(G, nodes, lang)
    return data


def neighbor_lines(G: nx.MultiDiGraph, result: NeighborResult, lang: str = "en") -> list[str]:
    """A heading, then one aligned row per claim of the steps found."""
    words = in_language(_WORDS, lang)
    claims = sum(len(step.edges) for step in result)
    count = counted(len(result), words["connection"])
    if claims != len(result):
        count += f" ({counted(claims, words['claim'])})"
    heading = words["around"].format(a=node_label(G, result.node, lang), n=count, direction=words[result.direction])
    if result.depth != 1:
        depth = words["within"].format(n=counted(result.depth, words["hop"])) if result.depth else words["anywhere"]
        heading += ", " + depth
    if result.relations:
        heading += ", " + words["relations"].format(names=", ".join(sorted(result.relations)))
    note = [words["no_direction"]] if result.note else []  # direction means nothing here
    return [click.style(printable(heading), bold=True), *note] + [
        "  " + row for row in _claim_rows(G, result.steps, lang)
    ]


def neighbor_json(G: nx.MultiDiGraph, result: NeighborResult, lang: str = "en") -> dict[str, Any]:
    """``result.to_dict()`` with the language and the labels (schema in docs/python.md)."""
    nodes = [result.node, *(n for step in result for n in (step.source, step.target))]
    return {"lang": lang, **result.to_dict(), "labels": _labels(G, nodes, lang)}


def stats_lines(G: nx.MultiDiGraph, summary: Stats, lang: str = "en") -> list[str]:
    """The counts of :func:`graph.stats` as aligned sections."""
    words = in_language(_WORDS, lang)
    signs = words["sign_counts"].format(up=summary.increasing, down=summary.decreasing, unsigned=summary.unsigned)
    head = [
        (words["nodes"], str(summary.nodes)),
        (words["edges"], str(summary.edges)),
        (words["components"], words["largest"].format(n=summary.components, size=summary.largest_component)),
        (words["isolated"], str(summary.isolated)),
        (words["signs"], signs),
        (words["unsourced"], str(summary.unsourced)),
    ]
    if summary.direction != "directed":
        mixed = words["direction_mixed"].format(n=summary.undirected)
        head.insert(2, (words["direction"], words["undirected_graph"] if summary.direction == "undirected" else mixed))
    lines = _table([list(row) for row in head])
    tables = G.graph
    sections = [
        ("categories", summary.categories, lambda c: _entry_label(tables.get("categories", {}).get(c), lang)),
        ("relations_title", summary.relations, lambda r: relation_verb(G, r, lang)),
        ("sources", summary.sources, lambda s: _source_label(G, s)),
    ]
    for key, counts, describe in sections:
        if counts:
            rows = [[k, str(n), "" if describe(k) == k else describe(k)] for k, n in counts.items()]
            lines += ["", click.style(words[key], bold=True)]
            lines += ["  " + row for row in _table(rows, right=frozenset({1}))]
    if summary.most_connected:
        rows = [
            [str(node), str(summary.degree(node, n_in, n_out)), _in_out(summary, node, n_in, n_out, words)]
            + [node_label(G, node, lang)]
            for node, n_in, n_out in summary.most_connected
        ]
        if summary.direction == "undirected":  # in and out mean nothing there
            rows = [[row[0], row[1], row[3]] for row in rows]
        lines += ["", click.style(words["most_connected"], bold=True)]
        lines += ["  " + row for row in _table(rows, right=frozenset({1}))]
    return lines


def _in_out(summary: Stats, node: Hashable, n_in: int, n_out: int, words: dict[str, Any]) -> str:
    if summary.direction == "directed":
        return str(words["in_out"].format(n_in=n_in, n_out=n_out))
    n_link = (summary.undirected_edges or {}).get(node, 0)
    return str(words["in_out_linked"].format(n_in=n_in, n_out=n_out, n_link=n_link))


def stats_json(summary: Stats) -> dict[str, Any]:
    """The counts as JSON-ready values (schema in docs/python.md)."""
    return summary.to_dict()


def dumps(data: dict[str, Any]) -> str:
    """JSON as the command line prints it: indented, keys in schema order, UTF-8 text."""
    return json_printable(json.dumps(data, ensure_ascii=False, indent=2))


def _claim_rows(G: nx.MultiDiGraph, steps: Iterable[Step], lang: str) -> list[str]:
    """One aligned row per edge: sign, source, relation, target, evidence (in ``lang`` if given) and source."""
    rows, signs, cites = [], [], []
    for step in steps:
        shown = None
        for edge in step.edges:  # each claim the way its source made it (one walked back runs target to source)
            written = (step.target, step.source) if edge.against else (step.source, step.target)
            ends = (node_label(G, written[0], lang), node_label(G, written[1], lang)) if written != shown else ("", "")
            shown = written
            rows.append([_SIGNS[edge.sign], ends[0], edge_verb(G, edge, lang), ends[1], evidence_text(edge, lang)])
            signs.append(edge.sign)
            cites.append(citation(G, edge.source_doc, edge.section))
    lines = _table(rows)
    return [
        click.style(line[:1], fg=_COLOURS[sign])
        + line[1:]
        + (click.style(f" ({printable(cite)})", dim=True) if cite else "")
        for line, sign, cite in zip(lines, signs, cites, strict=True)
    ]


def _table(rows: list[list[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """Rows with columns padded to a common width (the last column is left as it is)."""
    if not rows:
        return []
    rows = [[printable(cell) for cell in row] for row in rows]  # text from the data, never terminal control
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row[:-1], widths, strict=True))
        ]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return lines


def _effect(sign: int, lang: str) -> str:
    return click.style(EFFECTS[lang][sign], fg=_COLOURS[sign])


def _path_effect(G: nx.MultiDiGraph, path: Path, lang: str) -> str:
    """The path's effect in a word or two, as its target changes ("improves" sleep, "lowers the risk" of
    osteoporosis; see :func:`verdict_words`); "link" for one against an arrow; "may" / "kan" when hedged."""
    if path.against:
        return click.style(EFFECTS[lang]["link"], fg=_COLOURS[0])
    if not path.sign:
        return _effect(path.sign, lang)
    verdict = "increases" if path.sign > 0 else "decreases"
    words = verdict_words(verdict, change_of(G, path.nodes[-1]), path.hedged, lang)
    return click.style(words, fg=_COLOURS[path.sign])


def _labels(G: nx.MultiDiGraph, nodes: Iterable[Hashable], lang: str) -> dict[str, str]:
    return {str(json_value(n)): node_label(G, n, lang) for n in dict.fromkeys(nodes)}


def _entry_label(entry: dict[str, Any] | None, lang: str) -> str:
    if not entry:
        return ""
    return str(entry.get("label_nl") if lang == "nl" and entry.get("label_nl") else entry.get("label", ""))


def _source_label(G: nx.MultiDiGraph, source: str) -> str:
    entry = G.graph.get("sources", {}).get(source, {})
    who, title = citation(G, source), str(entry.get("title", ""))
    return f"{who}: {title}" if title and title != who else who
