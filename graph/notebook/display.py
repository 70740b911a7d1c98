"""Graphs and query results drawn inline in Jupyter, with no file and no server.

:func:`show` gives a :class:`ConceptGraph`. In a notebook (JupyterLab,
Notebook 7, VS Code, and notebooks exported to HTML) it draws the
self-contained page of :func:`graph.to_html` inside an ``<iframe srcdoc>``,
sandboxed to run scripts and nothing else; elsewhere it says what it holds.
The query results (paths, net effects, neighbours, counts) show as compact
tables (:mod:`graph.notebook.tables`), and become pandas DataFrames through
their ``to_frame()``. Every text taken from the data is escaped, so it
reaches the notebook as text.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> drawing = graph.show(G, lang="nl", highlight="magnesium", height=500)
>>> drawing
ConceptGraph(106 nodes, 192 edges)
>>> drawing._repr_html_().count("<iframe ")
1
"""

from __future__ import annotations

import html
import math
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..ask.sentences import counted
from ..atomic import write_text_atomic
from ..errors import PageSizeWarning
from ..page.html import titles, to_html

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["ConceptGraph", "show", "MAX_INLINE_BYTES", "NO_IFRAME_NOTE"]

#: Above this size (of the escaped page, in bytes) an inline drawing warns: notebooks that
#: large are slow to save, open and share; :func:`graph.write_html` writes the page instead.
MAX_INLINE_BYTES = 20_000_000
#: Shown in place of the drawing when a front end removes the iframe (an untrusted notebook).
NO_IFRAME_NOTE = "The graph is drawn here once the notebook is trusted or the cell is run again."

_LENGTH = re.compile(r"(?:\d+(?:\.\d+)?)(?:px|%|vh|vw|em|rem)")


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
    theme: str = "auto",
) -> ConceptGraph:
    """Draw ``G`` inline in a notebook: the interactive page of :func:`graph.to_html`.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The graph, or a part of it (:func:`graph.subgraph_around`,
        :func:`graph.paths_subgraph`); it is not changed.
    title : str, optional
        The page title; defaults to the data's title (:func:`graph.page.html.titles`:
        ``G.graph["name"]``, from the data folder) or "Concept graph".
    lang : {"en", "nl"}
        The language the page opens in.
    highlight : optional
        What to light up when the page opens: one item or a list of items,
        each a concept (its id, label, Dutch label or synonym), a path (a
        :class:`graph.Path`, e.g. ``graph.as_path(G, ["Magnesium", "Serotonin"])``),
        or a :class:`graph.PathResult` / :class:`graph.NetEffect` (all its
        paths). A list of names lights those concepts, not a path between
        them: the rule of :func:`graph.page.payload.highlight_data`. A lone
        concept is shown with its neighbours, which stay in full colour.
    height, width : int or str
        The drawing's size: pixels, or a CSS length such as ``"80vh"`` or ``"100%"``.
    theme : {"auto", "light", "dark"}
        The drawing's colours. A notebook's frame cannot see the notebook's
        theme: give ``"dark"`` in JupyterLab's dark theme; ``"auto"`` follows
        the system's setting.

    Returns
    -------
    ConceptGraph
        Draws itself as the last value of a cell; ``.save(path)`` writes the
        page, ``.to_html()`` returns it.

    Raises
    ------
    ValueError
        When ``lang``, ``height``, ``width`` or ``theme`` is not one the page can use.
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
    page = to_html(
        G, title=title, lang=lang, highlight=highlight, packed=True, theme=theme
    )  # a notebook keeps every output
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


def _css_length(name: str, value: int | str) -> str:
    """``value`` as a CSS length: a number means pixels."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < math.inf:
        return f"{value}px" if isinstance(value, int) else f"{value:g}px"
    if isinstance(value, str) and _LENGTH.fullmatch(value.strip()) and float(re.sub(r"[a-z%]", "", value)) > 0:
        return value.strip()
    raise ValueError(
        f"{name} must be a number of pixels above 0 or a CSS length such as '600px', '80vh' or '100%', not {value!r}"
    )
