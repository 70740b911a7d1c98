"""Where the Leiden method starts: ``python -m bench.community_start EDGE_LIST [--repeat N]``.

Times igraph's Leiden method (one pass, modularity, as a large page runs it) on the links of a
bare edge list (``python -m bench.generate`` writes one), started from one group per node and
from :func:`graph.page.communities.hub_start`, in turns in one process, and prints the median
processor seconds of each, their ratio and the modularity of what each found.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

__all__ = ["compare", "main"]


def _links(edge_list: Path) -> tuple[int, Any]:
    import numpy as np
    import pandas as pd

    table = pd.read_csv(edge_list, usecols=[0, 1], dtype=str, keep_default_na=False)
    ends = pd.concat([table.iloc[:, 0], table.iloc[:, 1]], ignore_index=True)
    codes, names = pd.factorize(ends)
    half = len(table)
    low, high = np.minimum(codes[:half], codes[half:]), np.maximum(codes[:half], codes[half:])
    count = len(names)
    key = np.unique(low.astype(np.int64) * count + high)
    key = key[key // count != key % count]
    return count, np.column_stack((key // count, key % count))


def compare(edge_list: Path, repeat: int = 3) -> dict[str, float]:
    """Median processor seconds and modularity of Leiden from singletons and from the hub start."""
    import igraph

    from graph.page.communities import SEED, hub_start

    count, links = _links(edge_list)
    whole = igraph.Graph(n=count, edges=links)
    seconds: dict[str, list[float]] = {"singletons": [], "hub start": []}
    quality: dict[str, float] = {}
    for turn in range(repeat):
        for kind in ("singletons", "hub start") if turn % 2 == 0 else ("hub start", "singletons"):
            igraph.set_random_number_generator(random.Random(SEED))
            began = time.process_time()
            start = {"initial_membership": hub_start(count, links).tolist()} if kind == "hub start" else {}
            found = whole.community_leiden(objective_function="modularity", n_iterations=1, **start)
            seconds[kind].append(time.process_time() - began)
            quality[kind] = whole.modularity(found.membership)
    igraph.set_random_number_generator(random)
    out = {f"{kind} s": statistics.median(times) for kind, times in seconds.items()}
    out |= {f"{kind} modularity": q for kind, q in quality.items()}
    out["ratio"] = out["hub start s"] / out["singletons s"]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.community_start", description=__doc__)
    parser.add_argument("edge_list", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    for key, value in compare(args.edge_list, args.repeat).items():
        print(f"{key}: {value:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
