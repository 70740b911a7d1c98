"""Render a graph as one self-contained, offline HTML page.

The page inlines vis-network (taken from the installed pyvis), our own
script and style, and the graph as inert JSON. It loads nothing from the
network: a Content-Security-Policy forbids it, and no ``src`` or ``href``
points outside the file. The same graph gives the same bytes every time.

Examples
--------
>>> import graph
>>> page = graph.to_html(graph.load(), title="Magnesium")
>>> page.startswith("<!DOCTYPE html>"), "https://" in page.split("<script")[0]
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..atomic import write_bytes_atomic
from ..collector import gc_paused
from ..read.columns import GraphColumns
from .assets import vis_network_js
from .overview import is_large, overview_data, to_json
from .payload import page_data, script_json_bytes

if TYPE_CHECKING:
    import jinja2
    import networkx as nx
    from markupsafe import Markup

__all__ = ["to_html", "write_html", "LANGUAGES", "DEFAULT_TITLE"]

#: Languages the page speaks.
LANGUAGES = ("en", "nl")
#: Title of a page when none is given.
DEFAULT_TITLE = "Concept graph"
_DATA_MARK = "\x00concept-graph-data\x00"  # cannot occur in the template, which is text

#: The page's own scripts, in the order they run.
SCRIPTS = ("i18n.js", "paths.js", "search.js", "draw.js", "panels.js", "page.js")
#: The scripts of a large graph's page, which opens on its overview (see :mod:`graph.page.overview`).
LARGE_SCRIPTS = ("i18n.js", "paths.js", "search.js", "draw.js", "panels.js", "overview.js")
_DETAILS_START = b'</script>\n<script type="application/json" id="cg-{kind}-data">'


def to_html(
    G: nx.Graph | GraphColumns,
    *,
    title: str | None = None,
    lang: str = "en",
    highlight: Iterable[Any] | None = None,
) -> str:
    """The graph as a complete HTML document.

    Parameters
    ----------
    G : networkx graph or GraphColumns
        The graph, of any networkx class (it is not changed), or its table
        form from :func:`graph.load_for_page`.
    title : str, optional
        Shown as the page title and heading; defaults to ``G.graph["name"]``
        or "Concept graph".
    lang : {"en", "nl"}
        The language the page opens in.
    highlight : iterable, optional
        What to light up when the page opens; each item is a node id (that
        node is lit) or a path: a list or tuple of node ids, or an object
        whose ``.nodes`` holds them, such as a path from the query API (its
        nodes and every edge between consecutive nodes are lit). The rest is
        dimmed and the view fits the lit part.

    Returns
    -------
    str
        The page, starting with ``<!DOCTYPE html>``.

    Raises
    ------
    NodeNotFound
        When ``highlight`` names a node that is not in ``G``.
    EdgeNotFound
        When a path in ``highlight`` has no edge between two consecutive nodes.
    ValueError
        When ``lang`` is not a language of :data:`LANGUAGES`.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> page = to_html(G, title="ABC", lang="nl", highlight=["a", ["b", "c"]])
    >>> "<title>ABC</title>" in page, '<html lang="nl">' in page
    (True, True)
    >>> to_html(G, highlight=["d"])
    Traceback (most recent call last):
    ...
    graph.errors.NodeNotFound: highlight: node 'd' not in graph
    """
    head, data, tail = _page(G, title, lang, highlight)
    return "".join((head, data.decode("utf-8"), tail))


def write_html(
    G: nx.Graph | GraphColumns,
    path: str | Path = "output/graph.html",
    *,
    title: str | None = None,
    lang: str = "en",
    highlight: Iterable[Any] | None = None,
) -> Path:
    """Write :func:`to_html` of ``G`` to ``path`` atomically; return the path.

    ``title``, ``lang`` and ``highlight`` are those of :func:`to_html`
    (``highlight`` takes node ids and paths). Missing folders are created;
    an earlier file at ``path`` stays intact until the new one is complete.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.html"
    >>> write_html(nx.MultiDiGraph([("a", "b")]), out).stat().st_size > 0
    True
    """
    head, data, tail = _page(G, title, lang, highlight)
    return write_bytes_atomic(path, b"".join((head.encode("utf-8"), data, tail.encode("utf-8"))))


def _page(
    G: nx.Graph | GraphColumns, title: str | None, lang: str, highlight: Iterable[Any] | None
) -> tuple[str, bytes, str]:
    """The page around its data, and the data as UTF-8 (tens of megabytes for a large graph)."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    with gc_paused():  # millions of small lists for a large graph, and no cycles
        table = G if isinstance(G, GraphColumns) else GraphColumns.from_networkx(G)  # the one conversion
        title = title or table.graph.get("name") or DEFAULT_TITLE
        scripts = SCRIPTS
        if is_large(table):
            # The overview page: its descriptions and its evidence go in elements of their own,
            # which the page parses only when it first shows one; all hold escaped JSON only.
            found, details = overview_data(table, title=title, lang=lang, highlight=highlight)
            parts = [to_json(found)]
            for kind, texts in details.items():
                parts += [_DETAILS_START.replace(b"{kind}", kind.encode("ascii")), to_json(texts)]
            data = b"".join(parts)
            scripts = LARGE_SCRIPTS
        else:
            data = script_json_bytes(page_data(table, title=title, lang=lang, highlight=highlight))
    # The template is rendered around a marker and the data put in its place once,
    # rather than passed through Jinja.
    head, tail = (
        _template()
        .render(
            title=title,
            lang=lang,
            data_json=_markup(_DATA_MARK),
            vis_js=_markup(vis_network_js()),
            page_scripts=[_markup(_own(name)) for name in scripts],
            page_css=_markup(_own("page.css")),
        )
        .split(_DATA_MARK)
    )
    return head, data, tail


def _own(name: str) -> str:
    return resources.files("graph.page").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


def _markup(text: str) -> Markup:
    from markupsafe import Markup

    return Markup(text)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("graph.page", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("page.html")
