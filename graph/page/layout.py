"""Where the page draws each node: a seeded layout computed before the page opens.

The page shows these positions at once and keeps them still: no physics
runs in the browser, so nothing jiggles and the same graph always gives the
same picture (and the same bytes). :func:`layout_plan` is the one place that
decides, from the size of the graph, how positions are computed and how the
page draws:

* up to :data:`MAX_COMPUTED` nodes, a careful layout: force-directed
  (networkx), then spread evenly and compacted so that no two labels
  overlap (this step grows with the square of the nodes);
* above that, a fast one: igraph's grid-based Fruchterman-Reingold, each
  connected part on its own, with a number of iterations that shrinks as
  the graph grows (about linear time: 0.2 s for 10,000 nodes and 50,000
  edges), scaled to give each node room;
* from :data:`LARGE_NODES` nodes or :data:`LARGE_EDGES` edges on, the page
  draws more cheaply (``drawing`` is ``"fast"``: straight edges, edges
  hidden while the view moves, labels only once zoomed in).

Examples
--------
>>> import networkx as nx
>>> plan = layout_plan(nx.MultiDiGraph([("a", "b"), ("b", "c")]))
>>> len(plan["positions"]), plan["drawing"]
(3, 'full')
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx
    import numpy as np

__all__ = [
    "layout_plan",
    "table_plan",
    "fast_plan",
    "fast_positions",
    "node_sizes",
    "wrap_label",
    "MAX_COMPUTED",
    "LARGE_NODES",
    "LARGE_EDGES",
    "SEED",
    "LINE_CHARS",
]

#: Graphs with more nodes than this get the fast layout (the careful one's overlap
#: removal grows with the square of the nodes; networkx's spring layout needs
#: scipy from 500 nodes on).
MAX_COMPUTED = 400
#: From this many nodes, or :data:`LARGE_EDGES` edges, on the page draws more cheaply.
LARGE_NODES = 1000
LARGE_EDGES = 4000
#: The seed of every random choice the layout makes.
SEED = 7
#: Labels longer than this many characters are drawn on more lines.
LINE_CHARS = 16

_CHAR_PX = 7.9  # average width of a label character at 16px in the page's fonts (Arial, Segoe UI, Roboto)
_LINE_SLACK = 3  # a line may be this much longer than LINE_CHARS if that saves a line
_LINE_PX = 19.0  # height of one more line of a label
_HYPHENATED = re.compile(r"[^-]+-*|-+")
_FILL = 0.6  # share of the drawing that the label boxes cover (before compaction)
_FILL_LARGE = 0.45  # the same for graphs too large to compact
_ROUNDNESS = 0.93  # area of the rounded rectangle |x/a|^4 + |y/b|^4 <= 1 over that of its box
_MIN_EDGE_PX = 110.0  # typical edge length at least
_GAP_PX = 40.0  # space between separate components
_PAD_PX = 5.0  # space kept between two nodes' label boxes
_SHRINK, _SHRINKS, _SHRINK_NODES = 0.9, 10, 150  # compaction: factor, times, up to how many nodes
_X_BIAS = 2.0  # overlaps are undone along x when that moves less than this times along y
_ASPECT = 1.3  # width to height of the space a layout should fill (a landscape screen)
_FAST_SPACING_PX = 150.0  # fast layout: each node gets a square this wide, on average
_FAST_WORK = 4_000_000  # fast layout: iterations times (nodes + edges) of one part, at most
_FAST_ITERATIONS = (10, 500)  # fast layout: fewest and most iterations
_FAST_SUBGRAPHS = 100  # fast layout: up to this many parts of 3+ nodes, each one's graph made by itself


def layout_plan(
    G: nx.Graph, labels: Mapping[Any, tuple[str, ...]] | None = None, inside: Collection[Any] = ()
) -> dict[str, Any]:
    """How the page should place and size the nodes of ``G``.

    Parameters
    ----------
    G : networkx.Graph
        Any graph; edge direction and parallel edges are ignored. It is not changed.
    labels : dict, optional
        The texts shown for each node (say its English and Dutch label); the
        longest decides how much room the node needs. Defaults to the node id.
    inside : collection, optional
        The nodes drawn with their label inside the shape (boxes, ellipses);
        the others have it below.

    Returns
    -------
    dict
        In the order of ``G``'s nodes: ``sizes``, the radius of each node's
        shape in page pixels, larger for nodes with more edges; ``positions``,
        each node's ``[x, y]`` in whole page pixels. And ``drawing``: ``"full"``,
        or ``"fast"`` for graphs of :data:`LARGE_NODES` nodes or
        :data:`LARGE_EDGES` edges and more.

    Examples
    --------
    >>> import networkx as nx
    >>> plan = layout_plan(nx.path_graph(3))
    >>> plan["positions"][0] != plan["positions"][2], plan["sizes"][1] > plan["sizes"][0]
    (True, True)
    """
    nodes = list(G)
    degrees = [degree for _, degree in G.degree()]
    if len(nodes) > MAX_COMPUTED:
        return fast_plan(degrees, _neighbour_pairs(G))
    texts = labels or {}
    wanted = set(inside)
    return table_plan(nodes, degrees, _neighbour_pairs(G), [texts.get(n) for n in nodes], [n in wanted for n in nodes])


def table_plan(
    nodes: Sequence[Any],
    degrees: list[int],
    pairs: list[tuple[int, int]],
    labels: Sequence[tuple[str, ...] | None],
    inside: Sequence[bool],
) -> dict[str, Any]:
    """:func:`layout_plan` of a graph given by its parts, as a page's table holds it.

    ``nodes`` are the node ids in graph order, ``degrees`` and ``pairs`` as
    :func:`fast_plan` takes them, ``labels`` each node's texts (``None`` for
    its id) and ``inside`` whether its shape holds its label. Graphs of more
    than :data:`MAX_COMPUTED` nodes get :func:`fast_plan`.

    Examples
    --------
    >>> plan = table_plan(["a", "b", "c"], [1, 2, 1], [(0, 1), (1, 2)], [None] * 3, [False] * 3)
    >>> len(plan["positions"]), plan["drawing"]
    (3, 'full')
    """
    if len(nodes) > MAX_COMPUTED:
        return fast_plan(degrees, pairs)
    import networkx as nx

    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from((nodes[i], nodes[j]) for i, j in pairs)
    plan = _sizes_and_drawing(degrees)
    boxes = {
        node: _box(node, texts, size, holds)
        for node, texts, size, holds in zip(nodes, labels, plan["sizes"], inside, strict=True)
    }
    parts = [_component(G, part, boxes) for part in _components(G)]
    placed = _pack(parts, [_extent(part, boxes) for part in parts])
    return {**plan, "positions": [[round(x), round(y)] for x, y in map(placed.__getitem__, nodes)]}


def fast_plan(
    degrees: Sequence[int] | np.ndarray, pairs: Sequence[tuple[int, int]], whole: Any = None
) -> dict[str, Any]:
    """:func:`layout_plan` of a graph of more than :data:`MAX_COMPUTED` nodes, from its parts.

    ``degrees`` holds each node's degree, in graph order (parallel edges and
    both ends of a loop counted, as ``G.degree()`` counts them), as a list or
    a numpy array; ``pairs`` holds ``(i, j)``, node positions in that order,
    for each distinct neighbour ``j != i`` of each node ``i``, in the order of
    ``G.adjacency()``.

    Examples
    --------
    >>> plan = fast_plan([1, 2, 1], [(0, 1), (1, 2)])
    >>> plan["drawing"], len(plan["positions"]), plan["sizes"][1] > plan["sizes"][0]
    ('full', 3, True)

    ``whole``, when given, is the igraph graph of ``pairs`` already made (and simplified).
    The same sizes and positions as numpy arrays, without the lists: :func:`node_sizes`
    and :func:`fast_positions`.
    """
    return {**_sizes_and_drawing(degrees), "positions": fast_positions(len(degrees), pairs, whole).tolist()}


def node_sizes(degrees: Sequence[int] | np.ndarray) -> np.ndarray:
    """The radius of each node's shape in page pixels, from its degree: the ``sizes``
    of :func:`layout_plan`, as an int64 numpy array.

    Examples
    --------
    >>> node_sizes([0, 1, 4, 100]).tolist()
    [10, 12, 15, 24]
    """
    import numpy as np

    degree = np.asarray(degrees, dtype=np.int64).reshape(-1)
    counts = np.bincount(degree)  # each distinct degree computed once, without sorting
    radius = np.zeros(len(counts), dtype=np.int64)
    present = np.flatnonzero(counts)
    radius[present] = [_size(value) for value in present.tolist()]
    return radius[degree]


def _sizes_and_drawing(degrees: Sequence[int] | np.ndarray) -> dict[str, Any]:
    import numpy as np

    degree = np.asarray(degrees, dtype=np.int64).reshape(-1)
    edges = int(degree.sum()) // 2  # G.number_of_edges() would walk the graph again
    large = len(degree) >= LARGE_NODES or edges >= LARGE_EDGES
    return {"sizes": node_sizes(degree).tolist(), "drawing": "fast" if large else "full"}


def _neighbour_pairs(G: nx.Graph) -> list[tuple[int, int]]:
    """One pair of node positions per neighbour (parallel edges and directions do not matter here)."""
    index = {node: i for i, node in enumerate(G)}
    return [(i, index[v]) for i, (u, nbrs) in enumerate(G.adjacency()) for v in nbrs if v != u]


def wrap_label(text: str, width: int = LINE_CHARS) -> str:
    """``text`` on as few lines as lines of ``width`` characters need, the lines about
    equally long, broken at spaces and after hyphens (a longer word keeps a line of its own).

    Examples
    --------
    >>> wrap_label("Serotonin-to-melatonin converting enzyme")
    'Serotonin-to-\\nmelatonin\\nconverting enzyme'
    >>> wrap_label("Intensive physical activity")
    'Intensive\\nphysical activity'
    >>> wrap_label("Sleep")
    'Sleep'
    """
    if len(text) <= width:
        return text
    pieces = _pieces(text)
    if not pieces:  # only spaces
        return text
    plain = _greedy(pieces, width)
    for count in range(math.ceil(len(text) / width), len(plain)):
        for line_width in range(math.ceil(len(text) / count), width + _LINE_SLACK + 1):
            lines = _greedy(pieces, line_width)
            if len(lines) <= count:
                return "\n".join(lines)
    for line_width in range(math.ceil(len(text) / len(plain)), width):
        lines = _greedy(pieces, line_width)
        if len(lines) <= len(plain):
            return "\n".join(lines)
    return "\n".join(plain)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The parts a line may break between: words, split after their hyphens; each
    with whether a space joins it to the part before."""
    if "-" not in text:
        return [(word, True) for word in text.split()]
    return [(part, i == 0) for word in text.split() for i, part in enumerate(_HYPHENATED.findall(word))]


def _greedy(pieces: list[tuple[str, bool]], width: int) -> list[str]:
    """The pieces on lines of at most ``width`` characters (trailing hyphens not
    counted), each line as full as it can be; a longer piece gets a line of its own."""
    lines: list[str] = []
    line = ""
    for part, spaced in pieces:
        joined = line + " " + part if spaced and line else line + part
        if line and len(joined) > width and len(joined.rstrip("-")) > width:
            lines.append(line)
            line = part
        else:
            line = joined
    return [*lines, line] if line else lines


def _size(degree: int) -> int:
    """Radius of a node's shape: 12 pixels, up to 24 for the best connected nodes."""
    return round(10 + min(14.0, 2.5 * math.sqrt(degree)))


def _box(node: Any, texts: tuple[str, ...] | None, size: int, inside: bool) -> tuple[float, float, float]:
    """Width, height and downward offset from the node's centre of the room a node
    takes with its label, in page pixels."""
    wrapped = [wrap_label(t).split("\n") for t in texts or (str(node),)]
    text = max(len(line) for lines in wrapped for line in lines) * _CHAR_PX
    extra = (max(len(lines) for lines in wrapped) - 1) * _LINE_PX
    if inside:
        return text + 16.0, 36.0 + extra, 0.0
    return max(text + 8.0, 2.0 * size), 2.0 * size + 26.0 + extra, 13.0 + extra / 2


def _components(G: nx.Graph) -> list[list[Any]]:
    """Connected parts of ``G`` (an undirected graph), largest first, each in graph order."""
    import networkx as nx

    order = {node: i for i, node in enumerate(G)}
    parts = [sorted(part, key=order.__getitem__) for part in nx.connected_components(G)]
    return sorted(parts, key=lambda part: (-len(part), order[part[0]]))


def _part_graph(G: nx.Graph, part: list[Any]) -> nx.Graph:
    """The part of ``G`` on the nodes of ``part``, its nodes in the order of ``part``
    (a subgraph view of a small part lists them in the order of a set, which differs
    from one Python process to the next)."""
    import networkx as nx

    H = nx.Graph()
    H.add_nodes_from(part)
    H.add_edges_from(G.subgraph(part).edges())
    return H


def _component(
    G: nx.Graph, part: list[Any], boxes: dict[Any, tuple[float, float, float]]
) -> dict[Any, tuple[float, float]]:
    """Positions for one connected part, its boxes centred on (0, 0), labels not overlapping."""
    import numpy as np

    if len(part) == 1:
        return {part[0]: (0.0, 0.0)}
    H = _part_graph(G, part)
    room = np.array([boxes[node] for node in part])
    sizes, shift = room[:, :2], np.column_stack((np.zeros(len(part)), room[:, 2]))
    centres = _compact(_spread(_spring(H, part), sizes), sizes)
    centres = _lengthen(H, part, centres)
    xy = centres - shift
    xy -= ((centres + sizes / 2).max(axis=0) + (centres - sizes / 2).min(axis=0)) / 2
    return {node: (float(x), float(y)) for node, (x, y) in zip(part, xy, strict=True)}


def _spring(H: nx.Graph, part: list[Any]) -> np.ndarray:
    """A seeded force-directed layout (Fruchterman-Reingold), in the unit square."""
    import networkx as nx
    import numpy as np

    pos = nx.spring_layout(H, seed=SEED, iterations=200, weight=None)
    return np.array([pos[node] for node in part], dtype=float)


def _spread(xy: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Even out the density: keep each node's direction from the centre and its rank by
    distance, but space the ranks so the nodes fill a landscape rounded rectangle
    evenly, sized so that their boxes cover ``_FILL`` of it."""
    import numpy as np

    offset = xy - xy.mean(axis=0)
    angle = np.arctan2(offset[:, 1], offset[:, 0])
    rank = np.argsort(np.argsort(np.hypot(offset[:, 0], offset[:, 1]), kind="stable"), kind="stable")
    fraction = np.sqrt((rank + 0.5) / len(xy))
    area = float((sizes[:, 0] * sizes[:, 1]).sum()) / (_FILL if len(xy) <= _SHRINK_NODES else _FILL_LARGE)
    half_height = math.sqrt(area / (4 * _ROUNDNESS * _ASPECT))
    half = np.array([_ASPECT * half_height, half_height])
    cos, sin = np.cos(angle), np.sin(angle)
    edge = (np.abs(cos / half[0]) ** 4 + np.abs(sin / half[1]) ** 4) ** -0.25
    return np.column_stack((fraction * edge * cos, fraction * edge * sin))


def _lengthen(H: nx.Graph, part: list[Any], xy: np.ndarray) -> np.ndarray:
    """Spread a drawing whose edges are mostly shorter than ``_MIN_EDGE_PX`` (small graphs)."""
    import numpy as np

    index = {node: i for i, node in enumerate(part)}
    lengths = [float(np.hypot(*(xy[index[u]] - xy[index[v]]))) for u, v in H.edges()]
    typical = float(np.median(lengths)) if lengths else _MIN_EDGE_PX
    return xy * (_MIN_EDGE_PX / typical) if 0 < typical < _MIN_EDGE_PX else xy


def _compact(xy: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """Remove overlaps, then shrink towards the centre and remove them again, a few
    times: the boxes end up closer together, so the page can show them larger. The
    shrinking is stronger along the side that makes the drawing wider (or taller)
    than a screen."""
    import numpy as np

    xy = _remove_overlaps(xy, sizes)
    for _ in range(_SHRINKS if len(xy) <= _SHRINK_NODES else 0):
        width, height = (xy + sizes / 2).max(axis=0) - (xy - sizes / 2).min(axis=0)
        skew = math.sqrt(width / height / _ASPECT)  # > 1: too wide, shrink x more
        factor = np.clip([_SHRINK / skew, _SHRINK * skew], 0.75, 1.0)
        xy = _remove_overlaps((xy - xy.mean(axis=0)) * factor, sizes)
    return xy


def _remove_overlaps(xy: np.ndarray, sizes: np.ndarray, rounds: int = 200) -> np.ndarray:
    """Push apart nodes whose label boxes overlap, along the axis that needs the least move."""
    import numpy as np

    xy = xy.copy()
    half = sizes / 2 + _PAD_PX / 2
    upper = np.triu(np.ones((len(xy), len(xy)), dtype=bool), k=1)
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        need = half[:, None, :] + half[None, :, :] - np.abs(delta)
        clash = (need[..., 0] > 0) & (need[..., 1] > 0) & upper
        if not clash.any():
            break
        i, j = np.nonzero(clash)
        width, height = (xy + half).max(axis=0) - (xy - half).min(axis=0)
        bias = _X_BIAS * (_ASPECT * height / width) ** 2  # too wide: move along y more often
        along_x = need[i, j, 0] < bias * need[i, j, 1]
        axis = np.where(along_x, 0, 1)
        amount = need[i, j, axis] / 2 + 0.5
        direction = np.sign(delta[i, j, axis])
        direction[direction == 0] = np.where((i[direction == 0] + j[direction == 0]) % 2, 1.0, -1.0)
        move = np.zeros_like(xy)
        np.add.at(move, (i, axis), amount * direction)
        np.add.at(move, (j, axis), -amount * direction)
        xy += move
    return xy


def _pack(
    parts: list[dict[Any, tuple[float, float]]], extents: list[tuple[float, float]]
) -> dict[Any, tuple[float, float]]:
    """Place the parts (each centred on (0, 0), of the given width and height) in rows,
    largest first, filling a landscape rectangle."""
    if not parts:
        return {}
    area = sum((w + _GAP_PX) * (h + _GAP_PX) for w, h in extents)
    row_width = max(extents[0][0], math.sqrt(area * _ASPECT))
    placed: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part, (w, h) in zip(parts, extents, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + _GAP_PX, 0.0
        for node, (px, py) in part.items():
            placed[node] = (x + w / 2 + px, y + h / 2 + py)
        x += w + _GAP_PX
        row_height = max(row_height, h)
    return placed


def _extent(part: dict[Any, tuple[float, float]], boxes: dict[Any, tuple[float, float, float]]) -> tuple[float, float]:
    """Width and height of the boxes of a part centred on (0, 0)."""
    width = max(2 * abs(x) + boxes[node][0] for node, (x, _) in part.items())
    height = max(2 * abs(y + boxes[node][2]) + boxes[node][1] for node, (_, y) in part.items())
    return width, height


def fast_positions(count: int, pairs: Sequence[tuple[int, int]] = (), whole: Any = None) -> np.ndarray:
    """Where the fast layout puts each node of a graph of ``count`` nodes joined as
    ``pairs`` says (see :func:`fast_plan`): the ``positions`` of :func:`fast_plan` as
    an int64 array of shape ``(count, 2)``, in whole page pixels.

    Each connected part is laid out by igraph (grid-based Fruchterman-Reingold from
    seeded start positions), parts of one or two nodes in a row; then the parts are
    packed in rows, largest first. ``whole``, when given, is the igraph graph of
    ``pairs`` already made (and simplified); it is not changed.

    Examples
    --------
    >>> xy = fast_positions(5, [(0, 1), (1, 0), (1, 2), (2, 1), (2, 0), (0, 2)])
    >>> xy.shape, xy.dtype.name, (xy[3] - xy[4]).tolist()
    ((5, 2), 'int64', [-190, 0])
    """
    import igraph
    import numpy as np

    if whole is None:
        whole = igraph.Graph(n=count, edges=pairs)
        whole.simplify()
    # each part's nodes in increasing order (the order of its induced subgraph), parts by label
    membership = np.fromiter(igraph.GraphBase.connected_components(whole), dtype=np.int64, count=count)
    sizes = np.bincount(membership)
    order = np.argsort(membership, kind="stable") if len(sizes) > 1 else np.arange(count)
    starts = np.cumsum(sizes) - sizes
    ranked = np.lexsort((order[starts], -sizes))  # the parts, largest first, then by their first node
    local = np.zeros((count, 2))  # each node's position in its part, centred on (0, 0)
    if (sizes <= 2).any():  # parts of one or two nodes: in a row, _FAST_SPACING_PX apart, centred
        within = np.empty(count, dtype=np.int64)
        within[order] = np.arange(count) - np.repeat(starts, sizes)
        local[:, 0] = within * _FAST_SPACING_PX - (sizes[membership] - 1) * _FAST_SPACING_PX / 2
    big = ranked[sizes[ranked] > 2]
    members = [order[i : i + n] for i, n in zip(starts[big].tolist(), sizes[big].tolist(), strict=True)]
    # igraph's layouts draw random numbers of their own too: from a seeded generator,
    # then back to its default (Python's random module)
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        laid = _fast_parts(_part_graphs(whole, members), sizes[big])
    finally:
        igraph.set_random_number_generator(random)
    if members:
        local[np.concatenate(members)] = laid
    reach = np.maximum.reduceat(np.abs(local[order]), starts, axis=0) if count else local  # per part
    widths, heights = 2 * reach[:, 0] + _FAST_SPACING_PX, 2 * reach[:, 1] + _FAST_SPACING_PX / 2
    corner = np.empty((len(sizes), 2))
    corner[ranked] = _fast_rows(widths[ranked], heights[ranked])
    # x + w / 2 + px, as _pack adds them
    placed = np.column_stack((corner[:, 0] + widths / 2, corner[:, 1] + heights / 2))[membership] + local
    return np.rint(placed).astype(np.int64)


def _part_graphs(whole: Any, members: list[np.ndarray]) -> list[Any]:
    """The igraph graphs of the connected parts of ``whole`` that have more than two nodes
    (``members``, each part's nodes in increasing order): ``whole.induced_subgraph(part)``,
    or ``whole`` itself when that is the one part."""
    import numpy as np

    if len(members) == 1 and len(members[0]) == whole.vcount():
        return [whole]
    if len(members) <= _FAST_SUBGRAPHS:
        return [whole.induced_subgraph(nodes.tolist()) for nodes in members]
    # decompose makes the graphs that induced_subgraph makes (the same way), in the order
    # of their smallest node, without a pass over all of whole's nodes for each
    graphs = whole.decompose(minelements=3)
    placed: list[Any] = [None] * len(members)
    for graph, i in zip(graphs, np.argsort([nodes[0] for nodes in members]).tolist(), strict=True):
        placed[i] = graph
    return placed


def _fast_parts(graphs: list[Any], lengths: np.ndarray) -> np.ndarray:
    """Positions of the nodes of some connected parts (igraph graphs of ``lengths`` nodes),
    one after the other, each part centred on (0, 0)."""
    import igraph
    import numpy as np

    if not graphs:
        return np.zeros((0, 2))
    total = int(lengths.sum())
    # rng.uniform(-side, side) of each coordinate, for rng = random.Random(SEED)
    side = np.repeat([math.sqrt(length) / 2 for length in lengths.tolist()], lengths)[:, None]
    start = -side + (side - -side) * _seeded_random(2 * total).reshape(total, 2)
    low, high = _FAST_ITERATIONS
    coords = []
    for sub, seed in zip(graphs, np.split(start, np.cumsum(lengths)[:-1]), strict=True):
        iterations = max(low, min(high, _FAST_WORK // (sub.vcount() + sub.ecount())))
        coords.append(igraph.GraphBase.layout_fruchterman_reingold(sub, niter=iterations, seed=seed, grid=True))
    rows = itertools.chain.from_iterable(coords)
    xy = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.float64, count=2 * total).reshape(total, 2)
    firsts = np.cumsum(lengths) - lengths
    top, bottom = np.maximum.reduceat(xy, firsts, axis=0), np.minimum.reduceat(xy, firsts, axis=0)
    width, height = (top - bottom).T
    # a part drawn as a line still gets room
    area = np.maximum(np.maximum(width * height, np.maximum(width, height) ** 2 / 16), 1e-9)
    scale = _FAST_SPACING_PX * np.sqrt(lengths / area)
    centre = (top + bottom) / 2
    return (xy - np.repeat(centre, lengths, axis=0)) * np.repeat(scale, lengths)[:, None]


def _seeded_random(count: int) -> np.ndarray:
    """The first ``count`` numbers of ``random.Random(SEED).random()``, drawn at once:
    numpy's MT19937 is the same generator and makes a float from two draws the same way."""
    import numpy as np

    _, state, _ = random.Random(SEED).getstate()
    bits = np.random.MT19937(SEED)  # its state replaced by the random module's next
    bits.state = {"bit_generator": "MT19937", "state": {"key": np.array(state[:-1], dtype=np.uint32), "pos": state[-1]}}
    return np.random.Generator(bits).random(count)


def _fast_rows(widths: np.ndarray, heights: np.ndarray) -> np.ndarray:
    """The top left corner of each part, of the given widths and heights, where
    :func:`_pack` puts it (the same floats), found a row at a time."""
    import numpy as np

    corners = np.zeros((len(widths), 2))
    if not len(widths):
        return corners
    area = sum(((widths + _GAP_PX) * (heights + _GAP_PX)).tolist())  # in _pack's order
    row_width = max(float(widths[0]), math.sqrt(area * _ASPECT))
    steps = widths + _GAP_PX
    fits = int(row_width // (_FAST_SPACING_PX + _GAP_PX)) + 2  # a row holds fewer: each part is that wide at least
    y, first = 0.0, 0
    while first < len(widths):
        window = fits
        while True:
            stop = min(len(widths), first + window)
            # x as _pack adds it up, one part at a time (accumulate adds in order, unlike sum)
            x = np.concatenate(([0.0], np.add.accumulate(steps[first : stop - 1])))
            full = np.flatnonzero((x > 0) & (x + widths[first:stop] > row_width))
            if len(full) or stop == len(widths):
                break
            window *= 2
        end = first + int(full[0]) if len(full) else stop
        corners[first:end, 0], corners[first:end, 1] = x[: end - first], y
        y = y + float(heights[first:end].max()) + _GAP_PX
        first = end
    return corners
