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
from typing import Any

import click

from .errors import ConceptGraphError, DataError

__all__ = ["cli", "main"]

LANG = click.Choice(["en", "nl"])


class _Group(click.Group):
    """A group that turns our errors into clean messages and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return super().invoke(ctx)
            except DataError as err:
                _print_warnings(caught)
                for problem in str(err).splitlines():
                    click.echo(problem, err=True)
                count = len(err.problems)
                click.echo(f"error: {count} problem{'s' if count != 1 else ''} in the data", err=True)
                ctx.exit(1)
            except ConceptGraphError as err:
                _print_warnings(caught)
                click.echo(f"error: {err}", err=True)
                ctx.exit(1)
            finally:
                _print_warnings(caught)


def _print_warnings(caught: list[warnings.WarningMessage]) -> None:
    while caught:
        click.echo(f"warning: {caught.pop(0).message}", err=True)


def data_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options that choose the input: ``--data`` or ``--edges`` [``--nodes``]."""

    @click.option(
        "--data",
        type=click.Path(),
        default=None,
        help="Folder with edges.csv and optional nodes.csv, relations.csv, sources.csv, "
        "categories.csv. Default: data/ (or the magnesium data set).",
    )
    @click.option("--edges", type=click.Path(), default=None, help="A lone edge list (CSV).")
    @click.option("--nodes", type=click.Path(), default=None, help="A node file for --edges.")
    @click.option("--source-col", default=None, help="Column of --edges holding the source (default: source or from).")
    @click.option("--target-col", default=None, help="Column of --edges holding the target (default: target or to).")
    @functools.wraps(func)
    def wrapper(
        data: str | None,
        edges: str | None,
        nodes: str | None,
        source_col: str | None,
        target_col: str | None,
        **kwargs: Any,
    ) -> Any:
        if data is not None and edges is not None:
            raise click.UsageError("give --data or --edges, not both")
        if nodes is not None and edges is None:
            raise click.UsageError("--nodes goes with --edges")
        source = {"data": data, "edges": edges, "nodes": nodes, "source_col": source_col, "target_col": target_col}
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
    """


@cli.command()
@data_options
@click.option(
    "--out",
    type=click.Path(dir_okay=False),
    default="output/graph.html",
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--title", default=None, help='Page title (default: "Concept graph").')
@click.option("--lang", type=LANG, default="en", show_default=True, help="Language the page opens in.")
@click.option(
    "--highlight",
    multiple=True,
    metavar="ID|ID,ID,...",
    help="A node to light up when the page opens, or a path: node ids joined by commas, "
    "each with an edge to the next (repeatable).",
)
def build(source: dict[str, Any], out: str, title: str | None, lang: str, highlight: tuple[str, ...]) -> None:
    """Write the graph as one self-contained HTML page.

    \b
    Example:
      concept-graph build --lang nl --highlight magnesium,gaba_receptor,relaxation
    """
    from .html import write_html
    from .load import load

    G = load(**source)
    lit = [item if item in G or "," not in item else [n.strip() for n in item.split(",")] for item in highlight]
    path = write_html(G, out, title=title, lang=lang, highlight=lit)
    click.echo(f"wrote {path}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")


@cli.command()
@data_options
def validate(source: dict[str, Any]) -> None:
    """Check the data and list every problem, or say "ok: N nodes, M edges".

    \b
    Example:
      concept-graph validate --edges my_edges.csv --nodes my_nodes.csv
    """
    from .load import validate as check

    report = check(**source)
    if not report.ok:
        raise DataError(report.problems)
    click.echo(str(report))


def main(argv: list[str] | None = None) -> None:
    """Run the command line; the entry point of ``concept-graph`` and ``python -m graph``."""
    try:
        cli.main(args=argv, prog_name="concept-graph")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as err:  # a bug: say so briefly, trace only on request
        if os.environ.get("CONCEPT_GRAPH_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(err).__name__}: {err}\n"
            "This is a bug in concept-graph; set CONCEPT_GRAPH_DEBUG=1 to see the traceback.",
            err=True,
        )
        sys.exit(3)
