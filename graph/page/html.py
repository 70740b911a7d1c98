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

import base64
import gzip
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import escape

from ..atomic import write_bytes_atomic
from ..collector import gc_paused
from ..read.columns import GraphColumns
from .assets import vis_network_js
from .given import check_page_graph
from .overview import LATER_KEYS, is_large, json_halves, overview_parts, to_json
from .payload import page_data, script_json_bytes

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["to_html", "write_html", "titles", "LANGUAGES", "DEFAULT_TITLE"]

#: Languages the page speaks.
LANGUAGES = ("en", "nl")
#: The page's colour themes: "auto" follows the system's light or dark setting.
THEMES = ("auto", "light", "dark")
#: Title of a page when none is given.
DEFAULT_TITLE = "Concept graph"
_DATA_MARK = "\x00concept-graph-data\x00"  # cannot occur in the template, which is text

#: The page's own scripts, in the order they run.
SCRIPTS: tuple[str, ...] = (
    "i18n.js",
    "paths.js",
    "search.js",
    "suggest.js",
    "draw.js",
    "labels.js",
    "panels.js",
    "listview.js",
    "page.js",
)
#: The scripts of a large graph's page, which opens on its overview (see :mod:`graph.page.overview`).
LARGE_SCRIPTS = ("i18n.js", "paths.js", "search.js", "suggest.js", "draw.js", "panels.js", "listview.js", "overview.js")
_DETAILS_START = b'</script>\n<script type="application/json" id="cg-{kind}-data">'


def to_html(
    G: nx.Graph | GraphColumns,
    *,
    title: str | None = None,
    lang: str = "en",
    highlight: Any = None,
    packed: bool = False,
    theme: str = "auto",
    ignore_direction: bool = False,
) -> str:
    """The graph as a complete HTML document.

    Parameters
    ----------
    G : networkx graph or GraphColumns
        The graph, of any networkx class (it is not changed), or its table
        form from :func:`graph.load_for_page`.
    title : str, optional
        Shown as the page title and heading; defaults to the data's title
        (``G.graph["name"]``, in Dutch ``G.graph["name_nl"]``, see
        :func:`titles`) or "Concept graph".
    lang : {"en", "nl"}
        The language the page opens in.
    highlight : optional
        What to light up when the page opens: one item or a list of items,
        each a concept (by id or any name :func:`graph.resolve` takes; shown
        with its neighbours), or a path (a :class:`graph.Path`, a list of
        names inside the list, or every path of a :class:`graph.PathResult`
        or :class:`graph.NetEffect`); the rule is that of
        :func:`graph.page.payload.highlight_data`. The rest is dimmed and the view
        fits the lit part.
    packed : bool
        Carry the scripts (vis-network and ours) gzip-compressed, a third of
        their size, for the browser to unpack on opening (its
        ``DecompressionStream``); :func:`graph.show` packs each drawing so, as
        notebooks keep every output. Still one self-contained, offline page.
    theme : {"auto", "light", "dark"}
        The page's colours: ``"auto"`` follows the system's setting
        (``prefers-color-scheme``); ``"light"`` or ``"dark"`` fix them, for
        a notebook whose theme a sandboxed frame cannot see.
    ignore_direction : bool
        The path finder walks every edge both ways; a step against an arrow
        is drawn the way its claim runs and its chain has no effect (as
        :func:`graph.find_paths` with ``ignore_direction``). Pages of large
        graphs (their overview) follow the arrows.

    Returns
    -------
    str
        The page, starting with ``<!DOCTYPE html>``.

    Raises
    ------
    NodeNotFound
        When ``highlight`` names a node that is not in ``G`` (with the closest names).
    EdgeNotFound
        When a path in ``highlight`` has no edge between two consecutive nodes.
    ValueError
        When ``lang`` is not a language of :data:`LANGUAGES`, or ``theme`` not one of :data:`THEMES`.
    DataError
        When a table of ``G.graph`` is not a dict of dicts, or a node's ``category`` is a
        list or a dict (see :mod:`graph.page.given`).

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
    graph.errors.NodeNotFound: highlight: no concept named 'd'; give an id, an English or Dutch label, or a synonym
    """
    head, data, tail = _page(G, title, lang, highlight, packed, theme, ignore_direction)
    return "".join((head, b"".join(data).decode("utf-8"), tail))


def write_html(
    G: nx.Graph | GraphColumns,
    path: str | Path = "output/graph.html",
    *,
    title: str | None = None,
    lang: str = "en",
    highlight: Any = None,
    theme: str = "auto",
    ignore_direction: bool = False,
) -> Path:
    """Write :func:`to_html` of ``G`` to ``path`` atomically; return the path.

    ``title``, ``lang``, ``highlight``, ``theme`` and ``ignore_direction`` are those of :func:`to_html`
    (``highlight`` takes names and paths). Missing folders are created;
    an earlier file at ``path`` stays intact until the new one is complete.

    Examples
    --------
    >>> import tempfile, pathlib, networkx as nx
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.html"
    >>> write_html(nx.MultiDiGraph([("a", "b")]), out).stat().st_size > 0
    True
    """
    head, data, tail = _page(G, title, lang, highlight, theme=theme, ignore_direction=ignore_direction)
    # written piece by piece as they are made: a large page is hundreds of megabytes, and no copy
    # of it is made whole; most of it is written while its layout is computed (_large_data)
    return write_bytes_atomic(path, itertools.chain([head.encode("utf-8")], data, [tail.encode("utf-8")]))


def _page(
    G: nx.Graph | GraphColumns,
    title: str | None,
    lang: str,
    highlight: Any,
    packed: bool = False,
    theme: str = "auto",
    ignore_direction: bool = False,
) -> tuple[str, Iterable[bytes], str]:
    """The page around its data, and the data as UTF-8 pieces, in order (hundreds of megabytes
    for a large graph, which no one copy joins)."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    if theme not in THEMES:
        raise ValueError(f"theme must be one of {', '.join(THEMES)}, not {theme!r}")
    with gc_paused():  # millions of small lists for a large graph, and no cycles
        if not isinstance(G, GraphColumns):
            check_page_graph(G)  # a graph made in Python: its tables and categories as a page reads them
        table = G if isinstance(G, GraphColumns) else GraphColumns.from_networkx(G)  # the one conversion
        names = titles(table, title)
        large = is_large(table)
        # the page around the data first: it does not depend on the data, and a large page then
        # has nothing left to do but its data once the layout and the communities are found
        scripts = LARGE_SCRIPTS if large else SCRIPTS
        css = _own("page.css") + (_own("overview.css") if large else "")
        head, tail = _frame(names[lang], lang, theme, packed, scripts, css)
        if large:
            # The overview page: its descriptions and its evidence go in elements of their own,
            # which the page parses only when it first shows one; all hold escaped JSON only.
            found, details, rest = overview_parts(table, title=names, lang=lang, highlight=highlight)
            # the edges, their texts, the nodes' columns and the details written while the layout is computed
            ready: dict[str, Any] = {key: to_json(found[key]) for key in ("edges", "texts")}
            ready["nodes"] = {key: to_json(column) for key, column in found["nodes"].items()}
            after: list[bytes] = []
            for kind, texts in details.items():
                after += [_DETAILS_START.replace(b"{kind}", kind.encode("ascii")), to_json(texts)]
            # what is written is let go of now, while the layout is computed, not once the page is done
            del details
            found["edges"] = found["texts"] = None
            data: Iterable[bytes] = _large_data(found, ready, rest, after)
        else:
            found = page_data(table, title=names, lang=lang, highlight=highlight, ignore_direction=ignore_direction)
            data = [script_json_bytes(found)]
    return head, data, tail


def _large_data(
    found: dict[str, Any], ready: dict[str, Any], rest: Callable[[], None], after: list[bytes]
) -> Iterator[bytes]:
    """A large page's data pieces, in order, the parts written earlier (``ready``) not copied
    again: those that do not wait for the layout and the communities first, made now (the
    edges: most of the page), then the others, for which ``rest`` is called when they are first
    asked for. A caller that writes the pieces as they come (:func:`write_html`) has most of the
    page in its file while the layout is computed, instead of writing it all once it is found."""
    first, second = json_halves(found, ready, LATER_KEYS)

    def pieces() -> Iterator[bytes]:
        yield from first
        with gc_paused():  # (as while the first half was made)
            rest()
            later = second()
        yield from later
        yield from after

    return pieces()


def _frame(title: str, lang: str, theme: str, packed: bool, scripts: tuple[str, ...], css: str) -> tuple[str, str]:
    """The page before its data and after it: the template filled around a marker, split there."""
    head, tail = _fill(
        title=escape(title),
        lang=escape(lang),
        theme_attribute=f' data-theme="{escape(theme)}"' if theme != "auto" else "",
        data_json=_DATA_MARK,
        packed_script=(
            f'<script type="application/octet-stream" id="cg-packed">{escape(_packed_scripts(scripts))}</script>\n'
            if packed
            else ""
        ),
        vis_js=_own("unpack.js") if packed else vis_network_js(),
        page_scripts="" if packed else "".join(f"<script>{_own(name)}</script>\n" for name in scripts),
        page_css=css,
    ).split(_DATA_MARK)
    return head, tail


def titles(G: nx.Graph | GraphColumns, title: str | None = None) -> dict[str, str]:
    """The page's title in each language: ``title`` when given, else the data's own
    (``G.graph["name"]``, and ``G.graph["name_nl"]`` in Dutch), else :data:`DEFAULT_TITLE`.

    Examples
    --------
    >>> import networkx as nx
    >>> titles(nx.MultiDiGraph(name="Sleep", name_nl="Slaap"))
    {'en': 'Sleep', 'nl': 'Slaap'}
    >>> titles(nx.MultiDiGraph(name="Sleep"), "Mine")
    {'en': 'Mine', 'nl': 'Mine'}
    """
    if title:
        return dict.fromkeys(LANGUAGES, title)
    english = str(G.graph.get("name") or DEFAULT_TITLE)
    return {"en": english, "nl": str(G.graph.get("name_nl") or english)}


@lru_cache(maxsize=2)
def _packed_scripts(scripts: tuple[str, ...] = SCRIPTS) -> str:
    """vis-network and the page's scripts, in the order they run, gzip-compressed (the same
    bytes every time: no time stamp) and in base64, which needs no escaping in HTML."""
    bundle = "\n;\n".join([vis_network_js(), *(_own(name) for name in scripts)])
    return base64.b64encode(gzip.compress(bundle.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


def _own(name: str) -> str:
    return resources.files("graph.page").joinpath("templates").joinpath(name).read_text(encoding="utf-8")


#: A slot of the page's template: ``{{ name }}``.
_SLOT = re.compile(r"\{\{ (\w+) \}\}")


def _fill(**values: str) -> str:
    """The page's template (``templates/page.html``) with each slot ``{{ name }}`` given its value
    as it is: markup, script or style of the package, or text the caller escaped
    (:func:`markupsafe.escape`). Slots are looked for in the template only, never in a value.
    (Jinja took about a tenth of a small page's build to import and compile this.)

    >>> page = _fill(title="a &lt; b", lang="en", theme_attribute="", data_json="", packed_script="",
    ...              vis_js="{{ title }}", page_scripts="", page_css="")
    >>> page.count("a &lt; b"), page.count("{{ title }}")
    (2, 1)
    """
    return _SLOT.sub(lambda slot: values[slot.group(1)], _own("page.html"))
