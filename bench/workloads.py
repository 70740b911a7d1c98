"""The builds the benchmark compares, each run in a fresh process: ``python -m bench.workloads NAME DATA OUT``.

Every workload reads the generated data folder ``DATA`` and (except ``raw``)
writes one HTML page to ``OUT``; it prints one line of JSON,
``{"seconds": ...}``, the time from before its first import to the end of its
work (so without the interpreter's own start and exit, which the caller's wall
clock includes).

* ``api``: ``graph.load(DATA)`` and ``graph.write_html`` (ours, in Python);
* ``raw``: ``pandas.read_csv`` and ``networkx.from_pandas_edgelist`` into a
  ``MultiDiGraph``: the floor under any tool that starts from pandas and NetworkX;
* ``floor``: ``pandas.read_csv`` of the bare edge list (``edge_list.csv``; for
  the magnesium data its ``edges.csv``), ``pandas.factorize`` of its ends and
  text columns and ``orjson.dumps`` of the columns to ``OUT``: the floor under
  any tool that reads the file in C and writes it as page data;
* ``pyvis``: ``raw``, then ``pyvis.network.Network(directed=True).from_nx`` and
  ``write_html``: pyvis at its quickest for a directed graph;
* ``pyvis-default``: as pyvis's tutorials do it: ``from_pandas_edgelist`` into a
  plain ``Graph``, ``Network()`` (undirected, which checks every new edge against
  all earlier ones), ``from_nx`` and ``write_html``.

pyvis pages inline vis-network (``cdn_resources="in_line"``), as ours do, so
that they open offline.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["WORKLOADS", "run"]


def _api(data: Path, out: Path) -> None:
    import graph

    graph.write_html(graph.load(data), out)


def _raw(data: Path, out: Path | None = None, directed: bool = True) -> object:
    import networkx as nx
    import pandas as pd

    frame = pd.read_csv(data / "edges.csv")
    kind = nx.MultiDiGraph if directed else nx.Graph
    return nx.from_pandas_edgelist(frame, "source", "target", edge_attr=True, create_using=kind)


def _floor(data: Path, out: Path) -> None:
    import orjson
    import pandas as pd

    bare = data / "edge_list.csv"
    frame = pd.read_csv(bare if bare.exists() else data / "edges.csv")
    count = len(frame)
    codes, names = pd.factorize(pd.concat([frame["source"], frame["target"]], ignore_index=True))
    found: dict[str, object] = {"nodes": names.tolist(), "from": codes[:count].tolist(), "to": codes[count:].tolist()}
    for column in frame.columns.drop(["source", "target"]):
        if frame[column].dtype == object:
            index, values = pd.factorize(frame[column])
            found[column] = {"values": values.tolist(), "index": index.tolist()}
        else:
            found[column] = frame[column].tolist()
    Path(out).write_bytes(orjson.dumps(found))


def _pyvis(data: Path, out: Path, directed: bool = True) -> None:
    from pyvis.network import Network

    net = Network(directed=directed, cdn_resources="in_line")
    net.from_nx(_raw(data, directed=directed))
    net.write_html(str(out))


def _pyvis_default(data: Path, out: Path) -> None:
    _pyvis(data, out, directed=False)


WORKLOADS: dict[str, Callable[..., object]] = {
    "api": _api,
    "raw": _raw,
    "floor": _floor,
    "pyvis": _pyvis,
    "pyvis-default": _pyvis_default,
}


def run(name: str, data: Path, out: Path) -> float:
    """Run workload ``name`` here; return its seconds."""
    start = time.perf_counter()
    WORKLOADS[name](data, out)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    name, data, out = argv[0], Path(argv[1]), Path(argv[2])
    seconds = run(name, data, out)
    print(json.dumps({"seconds": seconds}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
