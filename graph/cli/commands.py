"""The ``concept-graph`` command line: a thin layer over the Python API.

Each command loads what it needs, calls one API function and prints the
result. Our own errors are printed as plain messages (exit 1), usage
errors by click (exit 2); no traceback is shown unless
``CONCEPT_GRAPH_DEBUG=1`` is set. Heavy libraries are imported inside the
commands, so ``--help`` answers at once.
"""

from __future__ import annotations

import functools
import os
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..atomic import protected
from ..errors import MAX_REPORTED, ConceptGraphError, DataError
from .inputs import input_files
from .printable import printable

__all__ = ["cli", "main"]

LANG = click.Choice(["en", "nl"])
#: Bidirectional classes that can reorder the text around them: right-to-left letters, and the controls.
_BIDI_CLASSES = frozenset({"R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
#: The longest path ``--max-hops`` may ask for: the number of paths grows about as the
#: number of neighbours to the power of the hops, so a search beyond this may not end.
MAX_HOPS = 12

#: Objects kept alive until the process ends, when :func:`main` runs the command line:
#: ending with ``os._exit`` then hands their memory back at once, where freeing a
#: large graph one object at a time takes seconds. ``None`` otherwise (tests, other callers).
_kept: list[Any] | None = None


def _keep(*values: Any) -> None:
    """Keep ``values`` (such as a loaded graph) until the process ends, if :func:`main` runs."""
    if _kept is not None:
        _kept.extend(values)


class _Group(click.Group):
    """A group that turns our errors into clean messages and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return super().invoke(ctx)
            except DataError as err:
                _print_warnings(caught)
                for line in _report_lines(err):
                    click.echo(line, err=True)
                count = len(err.problems)
                click.echo(f"error: {count} problem{'s' if count != 1 else ''} in the data", err=True)
                ctx.exit(1)
            except ConceptGraphError as err:
                _print_warnings(caught)
                click.echo(f"error: {printable(str(err))}", err=True)
                ctx.exit(1)
            finally:
                _print_warnings(caught)


def _print_warnings(caught: list[warnings.WarningMessage]) -> None:
    while caught:
        click.echo(f"warning: {printable(str(caught.pop(0).message))}", err=True)


def _report_lines(err: DataError) -> list[str]:
    """One line per problem, its text escaped: a newline in an id cannot forge a line of ours."""
    lines = [printable(str(problem)) for problem in err.problems[:MAX_REPORTED]]
    hidden = len(err.problems) - len(lines)
    if hidden > 0:
        lines.append(f"and {hidden} more problem{'s' if hidden != 1 else ''}")
    return lines


def _a_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse an empty path (``--out ''``) as a usage error, before anything is read."""
    if value is not None and not value.strip():
        raise click.BadParameter("is empty; expected the name of a file to write")
    return value


def data_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose the input: ``--data`` or ``--edges`` [``--nodes``]."""

    @click.option(
        "--data",
        type=click.Path(),
        default=None,
        help="Folder with edges.csv and optional nodes.csv, relations.csv, sources.csv, "
        "categories.csv; or a graph file of another tool (GraphML, GEXF, GML, Pajek, DOT, JSON, KGX, Neo4j, "
        "an edge list), told by its content. Default: data/ (or the magnesium data set).",
    )
    @click.option(
        "--edges", type=click.Path(), default=None, help="A lone edge list (CSV or TSV, with or without a header)."
    )
    @click.option("--nodes", type=click.Path(), default=None, help="A node file for --edges.")
    @click.option("--source-col", default=None, help="Column of --edges holding the source (default: source or from).")
    @click.option("--target-col", default=None, help="Column of --edges holding the target (default: target or to).")
    @click.option(
        "--undirected",
        is_flag=True,
        default=False,
        help="Read every edge as undirected (links, not arrows) where the data does not say otherwise.",
    )
    @functools.wraps(func)
    def wrapper(
        data: str | None,
        edges: str | None,
        nodes: str | None,
        source_col: str | None,
        target_col: str | None,
        undirected: bool,
        **kwargs: Any,
    ) -> Any:
        if data is not None and edges is not None:
            raise click.UsageError("give --data or --edges, not both")
        if nodes is not None and edges is None:
            raise click.UsageError("--nodes goes with --edges")
        source: dict[str, Any] = {
            "data": data,
            "edges": edges,
            "nodes": nodes,
            "source_col": source_col,
            "target_col": target_col,
        }
        if undirected:
            source["directed"] = False
        with protected(input_files(source)):  # no output may replace a file being read
            return func(source=source, **kwargs)

    return wrapper


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="concept-graph", prog_name="concept-graph")
def cli() -> None:
    """Turn what texts claim about a subject into a concept graph.

    \b
    Examples:
      concept-graph build                      # data/ -> output/graph.html
      concept-graph validate --edges my.csv    # check an edge list
      concept-graph export --format gexf --out output/graph.gexf
      concept-graph extract article.txt --html review.html
    """


@cli.command()
@data_options
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default="output/graph.html",
    show_default=True,
    callback=_a_path,
    help="The HTML file to write.",
)
@click.option(
    "--title", default=None, help="Page title (default: the data's title, from its graph.csv, else 'Concept graph')."
)
@click.option("--lang", type=LANG, default="en", show_default=True, help="Language the page opens in.")
@click.option(
    "--highlight",
    multiple=True,
    metavar="NAME|NAME,NAME,...",
    help="A concept to light up when the page opens (its id, label or synonym; shown with its neighbours), "
    "or a path: names joined by commas, each with an edge to the next (repeatable).",
)
def build(source: dict[str, Any], out: str, title: str | None, lang: str, highlight: tuple[str, ...]) -> None:
    """Write the graph as one self-contained HTML page.

    \b
    Example:
      concept-graph build --lang nl --highlight magnesium,gaba_receptor,relaxation
    """
    from ..formats.loading import load_for_page
    from ..page.html import write_html
    from ..page.overview import start_layout
    from .progress import Stages

    source, ignore = _walk_both_ways(source)  # --undirected: the path finder walks both ways, claims as made
    with Stages("building", 2) as stages:
        stages.stage("reading the data")
        # the table form a page is made from (no networkx graph); a large edge list's layout and
        # communities start as soon as its ends are numbered, while the rest is read
        table = load_for_page(**source, start=start_layout)
        lit = [item if item in table or "," not in item else [n.strip() for n in item.split(",")] for item in highlight]
        size = _count(table)
        stages.stage(f"laying out {size} and writing the page")
        path = write_html(table, out, title=title, lang=lang, highlight=lit, ignore_direction=ignore)
    _keep(table)
    click.echo(printable(f"wrote {path}: {size}"))


@cli.command()
@data_options
def validate(source: dict[str, Any]) -> None:
    """Check the data and list every problem, or say "ok: N nodes, M edges".

    \b
    Example:
      concept-graph validate --edges my_edges.csv --nodes my_nodes.csv
    """
    from ..formats.loading import validate as check

    report = check(**source)
    if not report.ok:
        raise DataError(report.problems)
    click.echo(str(report))
    for note in report.notes:
        click.echo(note)


@cli.command()
@data_options
@click.argument("from_", metavar="FROM")
@click.argument("to", metavar="TO")
@click.option(
    "--max-hops", type=click.IntRange(min=1, max=MAX_HOPS), default=4, show_default=True, help="Longest path, in steps."
)
@click.option(
    "--max-paths", type=click.IntRange(min=1), default=20, show_default=True, help="Most paths shown (shortest first)."
)
@click.option("--lang", type=LANG, default="en", show_default=True, help="Language of labels and sentences.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (schema in docs/python.md) instead of text.")
@click.option(
    "--html",
    type=click.Path(dir_okay=False),
    default=None,
    callback=_a_path,
    help="Also write a page of the paths, lit.",
)
def path(
    source: dict[str, Any],
    from_: str,
    to: str,
    max_hops: int,
    max_paths: int,
    lang: str,
    as_json: bool,
    html: str | None,
) -> None:
    """The paths from FROM to TO, each as a sentence with its claims, and the net effect.

    FROM and TO are ids, English or Dutch labels, or synonyms. Finding no
    path is an answer: it is said, and the exit code is 0.

    \b
    Example:
      concept-graph path magnesium melatonine --lang nl --html output/paths.html
    """
    from ..ask.paths import net_effect
    from ..formats.loading import load
    from .terminal import dumps, path_json, path_lines

    source, ignore = _walk_both_ways(source)
    G = load(**source)
    effect = net_effect(G, from_, to, max_hops=max_hops, max_paths=max_paths, ignore_direction=ignore)
    if html is not None:
        _write_paths_page(G, effect, html, lang)
    _print(dumps(path_json(G, effect, lang)) if as_json else path_lines(G, effect, lang))


@cli.command()
@data_options
@click.argument("name")
@click.option(
    "--direction",
    type=click.Choice(["out", "in", "both"]),
    default="out",
    show_default=True,
    help="out: what NAME acts on; in: what acts on NAME; both.",
)
@click.option("--relation", multiple=True, metavar="RELATION", help="Only this relation (id or label; repeatable).")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many steps away.")
@click.option("--lang", type=LANG, default="en", show_default=True, help="Language of labels.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (schema in docs/python.md) instead of text.")
def neighbors(
    source: dict[str, Any], name: str, direction: str, relation: tuple[str, ...], depth: int, lang: str, as_json: bool
) -> None:
    """The claims linking NAME to its neighbours, with evidence and sources.

    \b
    Example:
      concept-graph neighbors slaap --direction in --depth 2
    """
    from ..ask.neighborhood import neighbors as find_neighbors
    from ..formats.loading import load
    from .terminal import dumps, neighbor_json, neighbor_lines

    source, ignore = _walk_both_ways(source)
    G = load(**source)
    direction = "both" if ignore else direction
    result = find_neighbors(G, name, direction=direction, relation=relation or None, depth=depth)
    _print(dumps(neighbor_json(G, result, lang)) if as_json else neighbor_lines(G, result, lang))


@cli.command()
@data_options
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="Most connected nodes listed.")
@click.option("--lang", type=LANG, default="en", show_default=True, help="Language of labels and headings.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (schema in docs/python.md) instead of text.")
def stats(source: dict[str, Any], top: int, lang: str, as_json: bool) -> None:
    """Count nodes, edges, categories, relations, sources and components; list the hubs.

    \b
    Example:
      concept-graph stats --data data --top 5
    """
    from ..ask.overview import stats as count
    from ..formats.loading import load
    from .terminal import dumps, stats_json, stats_lines

    G = load(**source)
    summary = count(G, top=top)
    _print(dumps(stats_json(summary)) if as_json else stats_lines(G, summary, lang))


def _count(G: Any) -> str:
    """``"1 node, 2 edges"``: the size of a graph, or of its table form, in words."""
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    return f"{nodes} node{'' if nodes == 1 else 's'}, {edges} edge{'' if edges == 1 else 's'}"


def _print(output: str | list[str]) -> None:
    click.echo(output if isinstance(output, str) else "\n".join(output))


def _isolated(text: str) -> str:
    """``text`` between U+2068 and U+2069 (an isolate) when it holds right-to-left letters or
    bidirectional controls, so that it cannot reorder the words around it; else as it is."""
    import unicodedata

    if text.isascii() or not any(unicodedata.bidirectional(c) in _BIDI_CLASSES for c in text):
        return text
    return f"\u2068{text}\u2069"


def _walk_both_ways(source: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """For the queries, ``--undirected`` walks every edge both ways on the data as read, so that each
    claim keeps the direction its source gave it (a step against it is told as the source made it)."""
    if source.get("directed") is not False:
        return source, False
    return {k: v for k, v in source.items() if k != "directed"}, True


def _write_paths_page(G: Any, effect: Any, out: str, lang: str) -> None:
    """Write the paths of ``effect`` (or, with none, its two ends) as a page with the paths lit."""
    from ..ask.neighborhood import paths_subgraph
    from ..ask.sentences import node_label
    from ..page.html import write_html

    paths = list(effect.paths)
    H = paths_subgraph(G, paths) if paths else G.subgraph([effect.source, effect.target]).copy()
    title = f"{_isolated(node_label(G, effect.source, lang))} \u2192 {_isolated(node_label(G, effect.target, lang))}"
    written = write_html(H, out, title=title, lang=lang, highlight=paths or [effect.source, effect.target])
    click.echo(printable(f"wrote {written}"), err=True)


@cli.command()
@data_options
@click.option(
    "--out",
    type=click.Path(),
    required=True,
    callback=_a_path,
    help="The file to write; for kgx a prefix (PREFIX_nodes.tsv, PREFIX_edges.tsv) or a folder ending in /; "
    "for csv a folder.",
)
@click.option(
    "--format",
    "format_",
    type=click.Choice(["graphml", "gexf", "json", "gml", "kgx", "csv"]),
    required=True,
    help="graphml (yEd, Cytoscape, igraph), gexf (Gephi), json (node-link), gml (Gephi, igraph), "
    "kgx (Biolink TSV), csv (our data folder).",
)
@click.option("--around", metavar="NAME", default=None, help="Only the concepts within --depth steps of NAME.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="Steps from --around.")
@click.option("--path", "path_ends", nargs=2, metavar="FROM TO", default=None, help="Only the paths from FROM to TO.")
@click.option(
    "--max-hops",
    type=click.IntRange(min=1, max=MAX_HOPS),
    default=4,
    show_default=True,
    help="Longest path for --path.",
)
def export(
    source: dict[str, Any],
    out: str,
    format_: str,
    around: str | None,
    depth: int,
    path_ends: tuple[str, str] | None,
    max_hops: int,
) -> None:
    """Write the graph, or part of it, for other tools: GraphML, GEXF, node-link JSON, GML, KGX or CSV.

    --around NAME keeps the concepts within --depth steps of NAME (both
    directions); --path FROM TO keeps the paths from FROM to TO.

    \b
    Examples:
      concept-graph export --format kgx --out kgx/magnesium
      concept-graph export --format gexf --out output/sleep.gexf --around slaap --depth 2
      concept-graph export --format graphml --out output/mg-melatonin.graphml --path magnesium melatonine
    """
    from ..formats.exchange import export as write
    from ..formats.loading import load

    if around is not None and path_ends is not None:
        raise click.UsageError("give --around or --path, not both")
    G = load(**source)
    if around is not None:
        from ..ask.neighborhood import subgraph_around

        G = subgraph_around(G, around, depth=depth)
    elif path_ends is not None:
        from ..ask.neighborhood import paths_subgraph
        from ..ask.paths import find_paths

        G = paths_subgraph(G, find_paths(G, *path_ends, max_hops=max_hops).paths)
    paths = write(G, out, format_)
    click.echo(printable(f"wrote {', '.join(str(p) for p in paths)}: {_count(G)}"))


@cli.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@data_options
@click.option(
    "--lang",
    type=click.Choice(["nl", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the articles; auto tells it from their words.",
)
@click.option(
    "--out", type=click.Path(dir_okay=False), default=None, callback=_a_path, help="Write the candidates as CSV."
)
@click.option("--html", type=click.Path(dir_okay=False), default=None, callback=_a_path, help="Write the review page.")
@click.option("--json", "as_json", is_flag=True, help="Print candidates, unknown terms, coverage and sources as JSON.")
@click.option(
    "--model",
    type=click.Path(file_okay=False),
    default=None,
    help="A trained parser (python -m bench.train_parser; nl/ and en/ under it): the parse finds subjects and objects.",
)
@click.option(
    "--accept",
    type=click.Choice(["rules", "model"]),
    default="rules",
    show_default=True,
    help="Which candidates to keep: the rules' claims, or a wider pool chosen by the trained acceptance model.",
)
def extract(
    articles: tuple[str, ...],
    source: dict[str, Any],
    lang: str,
    out: str | None,
    html: str | None,
    as_json: bool,
    model: str | None,
    accept: str,
) -> None:
    """Propose the edges ARTICLE... support, and show what they say that the graph does not hold.

    Each ARTICLE is a file (plain text, Markdown or a saved web page), read
    against the data's concepts; - reads one article from standard input.
    Every candidate points at its sentence. Without --out, --html or --json a
    summary per article is printed. --out and --html are written together, or
    neither.

    \b
    Examples:
      concept-graph extract article.txt --out candidates.csv --html review.html
      concept-graph extract page.html --data data --json
      cat notes.md | concept-graph extract -
    """
    from ..atomic import check_outputs, write_files_atomic
    from ..extraction import extract as read
    from ..extraction.article import read_article_stream
    from ..extraction.output import summary_lines, to_json_text
    from ..formats.loading import load
    from .printable import json_printable
    from .progress import Stages

    files = _article_files(articles)
    with protected(files):  # no output may replace an article
        check_outputs([Path(p) for p in (out, html) if p is not None])  # all of them, before any work
        texts = [read_article_stream(sys.stdin.buffer) if a == "-" else Path(a) for a in articles]
        with Stages("extracting", 3) as stages:
            stages.stage("reading the data")
            G = load(**source)
            stages.stage(f"reading {len(texts)} article{'' if len(texts) == 1 else 's'}")
            result = read(texts, G, lang=lang, model=model, accept=accept)
            stages.stage("writing")
            write_files_atomic(_extraction_files(result, G, out, html, lang, source))  # both or neither
    count = len(result.candidates)
    if out is not None:
        click.echo(printable(f"wrote {out}: {count} candidate{'' if count == 1 else 's'}"), err=True)
    if html is not None:
        click.echo(printable(f"wrote {html}"), err=True)
    if as_json:
        _print(json_printable(to_json_text(result)))
    elif out is None and html is None:
        _print([printable(line) for line in summary_lines(result)])


def _article_files(articles: tuple[str, ...]) -> list[Path]:
    """The files among ``articles`` (``-`` is standard input), each checked to be one before any is read."""
    from ..extraction.article import ARTICLE_FILE, ArticleError, check_article

    if articles.count("-") > 1:
        raise click.UsageError("give - (standard input) once")
    files = [Path(a) for a in articles if a != "-"]
    seen: dict[tuple[int, int], Path] = {}
    for file in files:
        check_article(file, expected=f"{ARTICLE_FILE}, or - to read one from standard input")
        info = file.stat()
        first = seen.setdefault((info.st_dev, info.st_ino), file)
        if first is not file:  # its candidates would be counted twice
            same = "it is given twice" if first == file else f"it is the same file as {first}"
            raise ArticleError(f"{file}: {same}; expected each article once")
    return files


def _extraction_files(
    result: Any, G: Any, out: str | None, html: str | None, lang: str, source: dict[str, Any]
) -> dict[Path, bytes]:
    """What ``extract`` writes: the candidates (``--out``) and the review page (``--html``).

    The review page's download follows the headers of the data's own files.
    """
    from ..extraction.additions import data_headers
    from ..extraction.output import candidates_csv
    from ..extraction.review import review_html

    contents: dict[Path, bytes] = {}
    if out is not None:
        contents[Path(out)] = candidates_csv(result).encode("utf-8")
    if html is not None:
        files = {k: source.get(k) for k in ("data", "edges", "nodes")}
        headers = data_headers(G, **files)
        contents[Path(html)] = review_html(result, G, lang=None if lang == "auto" else lang, headers=headers).encode(
            "utf-8"
        )
    return contents


def main(argv: list[str] | None = None) -> None:
    """Run the command line; the entry point of ``concept-graph`` and ``python -m graph``.

    It ends the process with ``os._exit`` once the output is flushed, as mypy does:
    the memory of a large graph goes back at once instead of object by object.
    """
    global _kept
    _kept = []
    try:
        cli.main(args=argv, prog_name="concept-graph")
    except SystemExit as done:
        _exit(done.code)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except MemoryError:
        _kept.clear()  # let go of what was read, so the message can be written
        click.echo(
            "error: out of memory; the data is too large for this machine's memory "
            "(see docs/limits.md: about 1.5 kB an edge with evidence); "
            "try a part of it, or a machine with more memory",
            err=True,
        )
        sys.exit(1)
    except Exception as err:  # a bug: say so briefly, trace only on request
        if os.environ.get("CONCEPT_GRAPH_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(err).__name__}: {err}\n"
            "This is a bug in concept-graph; set CONCEPT_GRAPH_DEBUG=1 to see the traceback.",
            err=True,
        )
        sys.exit(3)


def _exit(code: Any) -> None:
    """Flush the output and end the process at once with ``code`` (as ``sys.exit`` reads it)."""
    if code is not None and not isinstance(code, int):
        click.echo(str(code), err=True)
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away; nothing more to say
        pass
    os._exit(code or 0)
