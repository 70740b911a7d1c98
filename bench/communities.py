"""What the community view costs: ``python -m bench.communities [NODESxEDGES ...]``.

A bare edge list has no categories, so its page colours communities
(``graph.page.communities``). This times, in one process, the build of such a
page (``graph.load_for_page`` + ``graph.write_html``) and the community view
alone (Louvain and the legend), and prints the share; ``python -m bench`` adds
the same row to its report. The view should stay under a tenth of the build.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["community_share", "main"]


def community_share(edge_list: Path, repeat: int = 3) -> tuple[float, float]:
    """Median seconds of a whole page build of ``edge_list`` and of its community view alone."""
    import graph
    from graph.page.communities import community_view
    from graph.read.vocabulary import PALETTE

    builds, views = [], []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            start = time.perf_counter()
            table = graph.load_for_page(edges=edge_list)
            graph.write_html(table, Path(out) / "page.html")
            builds.append(time.perf_counter() - start)
            labels = [str(a.get("label") or n) for n, a in zip(table.nodes, table.node_attrs, strict=True)]
            degrees, pairs = table.degrees(), table.neighbour_pairs()
            start = time.perf_counter()
            community_view(labels, degrees, pairs, PALETTE)
            views.append(time.perf_counter() - start)
    return statistics.median(builds), statistics.median(views)


def row(edge_list: Path, repeat: int = 3) -> str:
    """The report line for one graph."""
    build, view = community_share(edge_list, repeat)
    return f"build {build:.2f} s, community view {view:.3f} s ({100 * view / build:.1f}% of the build)"


def main(argv: list[str]) -> int:
    from .run import Size, _edge_list, _graph

    sizes = [Size.parse(text) for text in argv] or [Size(1_000, 5_000), Size(10_000, 50_000)]
    for size in sizes:
        data = _graph(size, refresh=False)
        print(f"{size.name}: {row(_edge_list(data))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
