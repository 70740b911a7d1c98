"""Communities for a graph whose data gives no categories: what the page colours instead.

A plain edge list (a character network, a co-authorship graph) has no
categories, and would open as one grey hairball. The page then colours the
communities that the Louvain method finds (igraph's implementation of it, run
from a seeded generator, so a page is the same byte for byte from one build
to the next: networkx's own took longer than the whole build at 10,000 nodes;
from :data:`LEIDEN_FROM` links on, igraph's Leiden method, which finds groups
as good in a third of the time, and a fifth at a million nodes),
names each in the legend after its best-connected member, and lists the most
connected nodes, whose labels the page shows at the overview zoom where they
do not overlap (``page.js``). Nothing is written back into the data: this is
the page's view only.

Examples
--------
>>> two_triangles = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)]
>>> community_membership(6, two_triangles)
[0, 0, 0, 1, 1, 1]
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "community_membership",
    "community_view",
    "MAX_COMMUNITIES",
    "MAX_HUBS",
    "SEED",
    "LEIDEN_FROM",
    "membership_aside",
    "hub_start",
]

#: Communities given a colour and a legend entry of their own; the rest share one.
MAX_COMMUNITIES = 12
#: Nodes of more than one edge, most connected first, whose labels the page may show at the overview zoom.
MAX_HUBS = 200
#: The seed of the community search.
SEED = 7
#: From this many distinct links on (only a large page has them: a smaller page has fewer than
#: 50,000 edges), communities are found by the Leiden method (one pass, modularity): measured
#: on generated graphs of 100,000 nodes / 300,000 links, 0.32 s against Louvain's 1.1 s, and
#: 7 s against 33 s at 1,000,000 / 2,900,000, with as high a modularity. Smaller graphs keep
#: Louvain, so their pages stay as they were.
LEIDEN_FROM = 50_000
#: From this many distinct links on, :func:`membership_aside` searches in a second process: every
#: overview page of 10,000 concepts with edges among them has more (Louvain takes about a tenth
#: of a second at 10,000 / 50,000, the copy of the process a few milliseconds).
ASIDE_FROM = 10_000
#: Prefix of the page-only categories that stand for communities.
PREFIX = "community "


def community_membership(
    count: int, pairs: Sequence[tuple[int, int]], *, whole: Any = None, links: np.ndarray | None = None
) -> list[int]:
    """The community of each of ``count`` nodes joined as ``pairs`` says, numbered from the largest
    (ties: the one holding the lowest node first).

    The one grouping of a graph without categories: the small page's colours
    (:func:`community_view`) and a large page's overview groups
    (:func:`graph.page.overview.groups`) both come from here. ``whole``, an igraph
    graph of the ``count`` nodes without direction, is used instead of ``pairs``
    when given (a large page builds it once, for its layout too), and ``links``, an array of its
    links as rows ``[low, high]``, when the caller has them (else they are asked of ``whole``).
    The Leiden method starts from :func:`hub_start`.

    Examples
    --------
    >>> import igraph
    >>> community_membership(4, [], whole=igraph.Graph(n=4, edges=[(2, 3)]))
    [1, 2, 0, 0]
    """
    import igraph
    import numpy as np

    if whole is None:
        # each link once, whichever way it runs (a directed graph lists an edge from its source only)
        once = list(dict.fromkeys((i, j) if i < j else (j, i) for i, j in pairs if i != j))
        whole = igraph.Graph(n=count, edges=once)
        links = np.array(once, dtype=np.int64).reshape(-1, 2)
    igraph.set_random_number_generator(random.Random(SEED))
    try:
        if whole.ecount() >= LEIDEN_FROM:
            if links is None:
                links = np.array(whole.get_edgelist(), dtype=np.int64).reshape(-1, 2)
            start = hub_start(count, links).tolist()
            found = whole.community_leiden(objective_function="modularity", n_iterations=1, initial_membership=start)
        else:
            found = whole.community_multilevel()
    finally:
        igraph.set_random_number_generator(random)
    return _ranked(found.membership).tolist()


def hub_start(count: int, links: np.ndarray) -> np.ndarray:
    """Where the Leiden method starts: each of ``count`` nodes in the group of its best-connected
    neighbour (most links, then the lowest number), or in its own when it has more links than
    each of its neighbours. ``links``: each link once, as rows ``[i, j]``.

    Started from these groups instead of one group per node, the search moves fewer nodes: at
    1,000,000 nodes / 2,900,000 links (``python -m bench.community_start``) it took about a sixth to a
    third less processor time, and the groups it found had as high a modularity (0.636 both).

    Examples
    --------
    >>> import numpy as np
    >>> hub_start(5, np.array([[0, 1], [1, 2], [1, 3], [3, 4]])).tolist()
    [1, 1, 1, 1, 3]
    """
    import numpy as np

    links = np.asarray(links, dtype=np.int64).reshape(-1, 2)
    size = max(count, 1)
    degree = np.bincount(links.ravel(), minlength=count).astype(np.int64)
    # one number per node that orders by links, then by the lower node number
    score = degree * size + (size - 1 - np.arange(count, dtype=np.int64))
    best = score.copy()
    np.maximum.at(best, links[:, 0], score[links[:, 1]])
    np.maximum.at(best, links[:, 1], score[links[:, 0]])
    return size - 1 - best % size


def _ranked(membership: Sequence[int]) -> np.ndarray:
    """``membership`` renumbered from the largest group (ties: the one holding the lowest node first).

    >>> _ranked([5, 5, 2, 9, 9]).tolist()
    [0, 0, 2, 1, 1]
    """
    import numpy as np

    found = np.asarray(membership, dtype=np.int64)
    if not len(found):
        return found
    _, first, codes, sizes = np.unique(found, return_index=True, return_inverse=True, return_counts=True)
    rank = np.empty(len(sizes), dtype=np.int64)
    rank[np.lexsort((first, -sizes))] = np.arange(len(sizes))
    return rank[codes.reshape(-1)]


def membership_aside(whole: Any, links: np.ndarray | None = None) -> Callable[[], np.ndarray]:
    """:func:`community_membership` of ``whole`` (an igraph graph; ``links``, its links, as there),
    found in a second process
    while this one goes on: call the function returned to wait for it (an int64 array).

    A large page spends a third of its build finding communities; the layout and the
    page's columns do not need them, so on a machine of two cores or more the search
    runs beside them in a forked copy of this process (which shares the graph's memory
    and sends back only the numbers), and the build takes about that much less. The
    answer is the same either way: the search is seeded and runs on the same graph.
    Elsewhere than on Linux (Windows has no ``fork``, and macOS's system libraries may not
    survive one in a process that has started threads), on one core, for a small graph, or
    when the copy fails, the search runs here, when the answer is first asked for.

    Examples
    --------
    >>> import igraph
    >>> wait = membership_aside(igraph.Graph(n=4, edges=[(2, 3)]))
    >>> wait().tolist()
    [1, 2, 0, 0]
    """
    import numpy as np

    from ..read.aside import aside, can_fork

    count = whole.vcount()

    def search() -> np.ndarray:
        return np.asarray(community_membership(count, [], whole=whole, links=links), dtype=np.int64)

    if whole.ecount() < ASIDE_FROM or not can_fork():
        return search
    return aside(search, np.int64)


def community_view(
    labels: Sequence[str], degrees: Sequence[int], pairs: Sequence[tuple[int, int]], palette: Sequence[str]
) -> dict[str, Any]:
    """The categories that stand for communities, each node's, and the hubs.

    Returns ``{"categories": {name: entry}, "of": [name per node], "hubs": [node positions]}``;
    a community is named after its best-connected member (most edges, then first in
    node order); nodes of the smaller communities beyond :data:`MAX_COMMUNITIES`, and
    nodes without edges, share one entry.

    Examples
    --------
    >>> view = community_view(["a", "b", "c", "d"], [2, 2, 1, 1], [(0, 1), (1, 0), (2, 3), (3, 2)], ["#111111"])
    >>> view["of"], [e["label"] for e in view["categories"].values()]
    (['community 1', 'community 1', 'community 2', 'community 2'], ['around a', 'around c'])
    """
    membership = community_membership(len(labels), pairs)
    best: dict[int, int] = {}
    for node, group in enumerate(membership):
        if group not in best or degrees[node] > degrees[best[group]]:
            best[group] = node
    rest = f"{PREFIX}rest"
    categories: dict[str, dict[str, Any]] = {}
    names: dict[int, str] = {}
    for group in sorted(best):
        lone = degrees[best[group]] == 0
        if group >= MAX_COMMUNITIES or lone:
            names[group] = rest
            continue
        names[group] = f"{PREFIX}{group + 1}"
        label = labels[best[group]]
        categories[names[group]] = {
            "label": f"around {label}",
            "label_nl": f"rond {label}",
            "color": palette[group % len(palette)],
            "shape": "dot",
        }
    if rest in names.values():
        categories[rest] = {
            "label": "smaller groups",
            "label_nl": "kleinere groepen",
            "color": "#bbbbbb",
            "shape": "dot",
        }
    linked = [node for node in range(len(labels)) if degrees[node] > 1]  # a leaf's label waits for the zoom
    hubs = sorted(linked, key=lambda node: (-degrees[node], node))[:MAX_HUBS]
    return {"categories": categories, "of": [names[group] for group in membership], "hubs": hubs}
