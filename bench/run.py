"""Run every benchmark and print a table of medians: ``python -m bench [--quick]``.

Workloads (each build in a fresh process, timed by the wall clock from start to
exit, with its peak memory, ``ru_maxrss``, from ``os.wait4``):

* the magnesium data (its size read from ``data/``): ``concept-graph build`` end to end,
  and ``concept-graph --help``;
* generated graphs (``bench.generate``) of 1,000 nodes / 5,000 edges, 10,000 /
  50,000 and 100,000 / 500,000: ``concept-graph build`` of the data folder and of
  the bare edge list, ``graph.load`` + ``graph.write_html`` in Python, the floor
  (``pandas.read_csv`` + ``networkx.from_pandas_edgelist``) and pyvis, directed
  and as its tutorials do it (see ``bench.workloads``), up to ``--pyvis-edges``;
* the pages in headless Chromium (``bench.browser``): first drawing, redraw after
  a pan or zoom, and the page's own controls;
* the query API (``bench/bench_query.py``) on a random graph of the largest size;
* the saved size of ``notebooks/01_explore.ipynb`` after running (``bench.notebook_size``).

Generated graphs are kept in ``bench/results/graphs`` and reused; the tables are
also written to ``bench/results/latest.md`` and ``latest.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import bench_query, communities, notebook_size

__all__ = ["main", "Size", "measure"]

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SEED_DATA = ROOT / "data"


@dataclass(frozen=True)
class Size:
    """A graph to build: the magnesium data (``nodes == 0``) or a generated one."""

    nodes: int
    edges: int

    @property
    def name(self) -> str:
        if not self.nodes:
            return f"magnesium ({_seed_size()})"
        return f"{_short(self.nodes)} / {_short(self.edges)}"

    @classmethod
    def parse(cls, text: str) -> Size:
        nodes, _, edges = text.lower().partition("x")
        return cls(int(nodes), int(edges))


SEED = Size(0, 0)
FULL_SIZES = [Size(1_000, 5_000), Size(10_000, 50_000), Size(100_000, 500_000), Size(1_000_000, 5_000_000)]
QUICK_SIZES = FULL_SIZES[:2]
#: From this many edges on, only the bare edge list build and the floor run (paired), three times
#: (two pairs made the verdict the mean of two ratios, which the machine's drift could tip).
HUGE_EDGES = 1_000_000
#: Pages up to this many edges are opened in Chromium.
BROWSER_EDGES = 500_000


@dataclass
class Runs:
    """Repeated measurements of one workload at one size."""

    seconds: list[float] = field(default_factory=list)
    inner: list[float] = field(default_factory=list)  # the workload's own time, without interpreter start and exit
    peak_mb: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # processor time, user + system, with the processes it waited for
    note: str = ""

    def median(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    def cell(self) -> str:
        if not self.seconds:
            return self.note or "–"
        peak = f", {statistics.median(self.peak_mb):,.0f} MB" if self.peak_mb else ""
        return f"{_seconds(statistics.median(self.seconds))}{peak} ({len(self.seconds)})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds,
            "inner_seconds": self.inner,
            "peak_mb": self.peak_mb,
            "cpu_seconds": self.cpu,
            "note": self.note,
        }


def compiled() -> None:
    """Write the bytecode of ``graph`` (and of ``bench``) beside its sources, as installing a
    package does: with ``PYTHONDONTWRITEBYTECODE`` set (some shells and containers set it) and
    none written, every timed process would compile our modules again, about 0.2 s a build
    that a user's install does not pay (the floor and pyvis import only compiled packages)."""
    import compileall

    for package in ("graph", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)


def measure(command: list[str], repeat: int, cwd: Path | None = None) -> Runs:
    """Run ``command`` ``repeat`` times in fresh processes; wall time and peak memory of each."""
    runs = Runs()
    for _ in range(repeat):
        with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
            start = time.perf_counter()
            process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=err, text=True)
            _, status, usage = os.wait4(process.pid, 0)  # as wait(), with the child's resource use
            seconds = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            if process.returncode:
                raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {err.read().strip()[-500:]}")
            runs.seconds.append(seconds)
            runs.peak_mb.append(usage.ru_maxrss / 1024)  # kilobytes on Linux
            runs.cpu.append(usage.ru_utime + usage.ru_stime)
            for line in out.read().splitlines():
                if line.startswith('{"seconds"'):
                    runs.inner.append(json.loads(line)["seconds"])
    return runs


def measure_pairs(first: list[str], second: list[str], repeat: int, cwd: Path | None = None) -> tuple[Runs, Runs]:
    """Run ``first`` and ``second`` ``repeat`` times each, one right after the other (in
    turns: ab, ba, ab, ...), so that both meet the same load of a shared machine."""
    runs = (Runs(), Runs())
    for turn in range(repeat):
        order = (0, 1) if turn % 2 == 0 else (1, 0)
        for which in order:
            one = measure((first, second)[which], 1, cwd)
            for name in ("seconds", "inner", "peak_mb", "cpu"):
                getattr(runs[which], name).extend(getattr(one, name))
    return runs


def paired_ratio(a: Runs, b: Runs) -> float | None:
    """The median of ``a``'s time over ``b``'s, run by run (see :func:`measure_pairs`)."""
    if not a.seconds or len(a.seconds) != len(b.seconds):
        return None
    return statistics.median(x / y for x, y in zip(a.seconds, b.seconds, strict=True))


@functools.cache
def _seed_size() -> str:
    """``"nodes / edges"`` of the magnesium data, as ``graph.validate`` counts them."""
    import graph

    report = graph.validate(SEED_DATA)
    return f"{report.nodes} / {report.edges}"


def _short(number: int) -> str:
    return f"{number // 1000}k" if number >= 1000 and number % 1000 == 0 else str(number)


def _seconds(value: float) -> str:
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("concept-graph")
    return [str(script)] if script.exists() else [sys.executable, "-m", "graph"]


def _graph(size: Size, refresh: bool) -> Path:
    if not size.nodes:
        return SEED_DATA
    folder = RESULTS / "graphs" / f"{size.nodes}x{size.edges}-seed1"
    if refresh or not (folder / "edge_list.csv").exists():
        print(f"generating {size.name} …", file=sys.stderr, flush=True)
        # In a process of its own: on Linux a child's peak memory (ru_maxrss) starts from its
        # parent's at the fork and survives exec, so a bench that had held a 1M graph would
        # report at least that much for every build measured after it.
        command = [sys.executable, "-m", "bench.generate", "--nodes", str(size.nodes), "--edges", str(size.edges)]
        subprocess.run([*command, "--out", str(folder), "--seed", "1"], cwd=ROOT, check=True)
    return folder


def _edge_list(data: Path) -> Path:
    """The bare edge list of a generated folder; for the magnesium data, its edges.csv."""
    bare = data / "edge_list.csv"
    return bare if bare.exists() else data / "edges.csv"


def build_table(sizes: list[Size], args: argparse.Namespace, pages: dict[Size, Path]) -> dict[str, dict[Size, Runs]]:
    """Every build workload at every size; the pages written by ``concept-graph build`` go in ``pages``."""
    rows: dict[str, dict[Size, Runs]] = {name: {} for name in ROWS}
    out = RESULTS / "pages"
    out.mkdir(parents=True, exist_ok=True)
    for size in sizes:
        data = _graph(size, args.refresh)
        repeat = args.repeat_small if size.edges <= 5_000 else args.repeat
        page = out / f"ours-{size.nodes}.html"
        print(f"building {size.name} …", file=sys.stderr, flush=True)
        edge_page = out / f"ours-edges-{size.nodes}.html"
        rows["cli-edges"][size], rows["floor"][size] = measure_pairs(
            [*_cli(), "build", "--edges", str(_edge_list(data)), "--out", str(edge_page)],
            [sys.executable, "-m", "bench.workloads", "floor", str(data), str(out / "floor.json")],
            repeat if size.edges < HUGE_EDGES else min(repeat, 3),
            cwd=ROOT,
        )
        pages[Size(size.nodes, -size.edges)] = edge_page  # the bare edge list's page
        if size.edges >= HUGE_EDGES:
            for name in ("cli", "api", "raw", "pyvis", "pyvis-default"):
                rows[name][size] = Runs(note="not run at this size")
            continue
        rows["cli"][size] = measure([*_cli(), "build", "--data", str(data), "--out", str(page)], repeat)
        pages[size] = page
        rows["api"][size] = _workload("api", data, out / "api.html", repeat)
        rows["raw"][size] = _workload("raw", data, out / "raw.html", repeat)
        for name, limit in (("pyvis", args.pyvis_edges), ("pyvis-default", args.pyvis_default_edges)):
            if size.edges <= limit:
                rows[name][size] = _workload(
                    name, data, out / f"{name}-{size.nodes}.html", 1 if size.edges > 5_000 else repeat
                )
                pages.setdefault(Size(-size.nodes, size.edges), out / f"{name}-{size.nodes}.html")
            elif size.edges >= 100_000:
                rows[name][size] = Runs(note="not run: tens of minutes (grows with the square of the size)")
            else:
                rows[name][size] = Runs(note=f"not run (over {limit:,} edges)")
    return rows


def _workload(name: str, data: Path, out: Path, repeat: int) -> Runs:
    return measure([sys.executable, "-m", "bench.workloads", name, str(data), str(out)], repeat, cwd=ROOT)


ROWS = {
    "cli": "`concept-graph build --data` (CLI, whole process)",
    "api": "`graph.load` + `graph.write_html` (new process)",
    "cli-edges": "`concept-graph build --edges` (bare edge list)",
    "floor": "floor: `pandas.read_csv` + factorize + orjson (edge list, paired with the row above)",
    "raw": "`pandas.read_csv` + `nx.from_pandas_edgelist`",
    "pyvis": "pyvis, directed (floor + `Network(directed=True).from_nx` + `write_html`)",
    "pyvis-default": "pyvis as in its tutorials (`nx.Graph`, `Network()`)",
}


def browser_table(pages: dict[Size, Path], repeat: int, pyvis_browser_edges: int) -> dict[str, dict[Size, Any]]:
    """First drawing, redraw and controls of our pages; first drawing of pyvis's (directed) pages."""
    from .browser import chromium, our_page, pyvis_page

    found: dict[str, dict[Size, Any]] = {}
    with chromium() as browser:
        for size, page in sorted(pages.items(), key=lambda item: (item[0].nodes < 0, abs(item[0].nodes))):
            if size.nodes < 0:  # a pyvis page
                ours = Size(-size.nodes, size.edges)
                if "pyvis-default" in page.name or size.edges > pyvis_browser_edges:
                    continue
                print(f"pyvis page {ours.name} in Chromium …", file=sys.stderr, flush=True)
                found.setdefault("pyvis", {})[ours] = pyvis_page(browser, page)
                continue
            if abs(size.edges) > BROWSER_EDGES:
                continue
            print(f"page {size.name} in Chromium …", file=sys.stderr, flush=True)
            runs = [our_page(browser, page) for _ in range(repeat)]
            if size.nodes:
                runs[0]["bytes_per_edge"] = page.stat().st_size / abs(size.edges)
            for key in runs[0]:
                values = [run[key] for run in runs if key in run]  # one value a run, or a list of several
                flat = [v for one in values for v in (one if isinstance(one, list) else [one])]
                found.setdefault(key, {})[size] = flat
    return found


def query_table(size: Size) -> list[tuple[str, float]]:
    """The query API on a random graph of ``size`` (in this process)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return bench_query.main(size.nodes, size.edges)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def report(
    sizes: list[Size],
    builds: dict[str, dict[Size, Runs]],
    helps: Runs,
    browser: dict[str, dict[Size, Any]],
    queries: list[tuple[str, float]],
    query_size: Size,
    notebook: dict[str, Any] | None = None,
    load: tuple[tuple[float, ...], tuple[float, ...]] | None = None,
) -> str:
    """The tables, as markdown; ``load``: the machine's load averages (1, 5 and 15 minutes)
    before and after the builds."""
    cpus = os.cpu_count()
    parts = [
        f"Machine: {platform.node()}, {cpus} CPUs ({_cpu_name()}), {platform.system()}, "
        f"Python {platform.python_version()}, {_readers()}; "
        f"medians, number of runs in brackets; wall clock of a whole process (start, work, exit) and its peak memory.",
        "",
        f"`concept-graph --help`: {helps.cell()}",
        "",
        "**Build** (nodes / edges)",
        "",
    ]
    columns = [SEED, *sizes]
    rows = [
        [label] + [builds[key][s].cell() if s in builds[key] else "–" for s in columns] for key, label in ROWS.items()
    ]
    for name, over, label in (
        ("pyvis", "cli", "pyvis directed ÷ ours (×)"),
        ("pyvis-default", "cli", "pyvis tutorial ÷ ours (×)"),
    ):
        row = [label]
        for s in columns:
            a, b = builds[name].get(s), builds[over].get(s)
            ma, mb = (a.median() if a else None), (b.median() if b else None)
            row.append(f"{ma / mb:.1f}" if ma and mb else "–")
        rows.append(row)
    row = ["**build ÷ floor** (`--edges` over the floor, median of paired runs; target ≤ 2.0)"]
    for s in columns:
        ratio = paired_ratio(builds["cli-edges"].get(s, Runs()), builds["floor"].get(s, Runs()))
        row.append(f"{ratio:.2f}" if ratio else "–")
    rows.append(row)
    parts.append(markdown(["workload", *(s.name for s in columns)], rows))
    parts += ["", targets(sizes, builds, load)]
    if browser:
        edge_lists = [Size(s.nodes, -s.edges) for s in sizes]
        shown = [s for s in columns + edge_lists if any(s in values for values in browser.values())]
        labels = {
            "first_drawn_ms": "first graph drawn",
            "redraw_ms": "redraw after pan / zoom",
            "open_group_ms": "overview: open the largest group",
            "hub_click_ms": "hub: click (from the page as opened, until its card is shown)",
            "hub_search_ms": "hub: search + Enter (until its card is shown)",
            "hub_edges": "hub: its relations",
            "click_ms": "click the best connected concept (overview: of the largest group, once opened)",
            "clear_ms": "clear the focus",
            "search_ms": "search suggestions (2 letters)",
            "search_enter_ms": "search + Enter (concept drawn)",
            "paths_ms": "path finder",
            "heap_mb": "JS heap once drawn (MB)",
            "bytes_per_edge": "page bytes per edge",
            "painted": "canvas painted (share of pixels)",
        }
        rows = []
        for key, label in labels.items():
            rows.append([label] + [_ms(browser.get(key, {}).get(s), key) for s in shown])
        if "pyvis" in browser:
            rows.append(
                ["pyvis (directed): first graph drawn"]
                + [
                    _ms([browser["pyvis"][s]["first_drawn_ms"]], "first_drawn_ms") if s in browser["pyvis"] else "–"
                    for s in shown
                ]
            )
            rows.append(
                ["pyvis (directed): redraw"]
                + [
                    _ms([browser["pyvis"][s]["redraw_ms"]], "redraw_ms") if s in browser["pyvis"] else "–"
                    for s in shown
                ]
            )
        parts += ["", "**In the browser** (headless Chromium, 1280×800, software rendering)", ""]
        parts.append(markdown(["", *(_page_name(s) for s in shown)], rows))
    if queries:
        parts += ["", f"**Queries** (in process, random graph of {query_size.name})", ""]
        parts.append(markdown(["query", "time"], [[label, _seconds(seconds)] for label, seconds in queries]))
    if notebook:
        parts += ["", "**Notebook**", "", notebook_size.line(notebook)]
    return "\n".join(parts)


#: Issue 27's build targets: pyvis ÷ ours at 10k / 50k at least, build ÷ floor at 100k / 500k and
#: 1M / 5M at most, and the peak memory of the 1M / 5M build under (MB).
PYVIS_TARGET, FLOOR_TARGET, MEMORY_TARGET_MB = 20.0, 2.0, 2048.0


def targets(sizes: list[Size], builds: dict[str, dict[Size, Runs]], load: Any = None) -> str:
    """The build ratios of issue 27 against their targets, one line each, with the machine's load.

    >>> ten = Size(10_000, 50_000)
    >>> builds = {key: {} for key in ROWS}
    >>> builds["cli"][ten] = Runs(seconds=[0.5])
    >>> builds["pyvis-default"][ten] = Runs(seconds=[12.0])
    >>> print(targets([ten], builds, ((3.0, 2.0, 1.0), (4.0, 2.5, 1.2))))
    **Build targets** (load average 3.00 / 2.00 / 1.00 before the builds, 4.00 / 2.50 / 1.20 after)
    <BLANKLINE>
    - 10k / 50k: pyvis directed ÷ ours (`build --data`): not run; pyvis tutorial ÷ ours: 24.0× (target ≥ 20×: met)
    """
    lines = []
    if load:
        before, after = (" / ".join(f"{x:.2f}" for x in one) for one in load)
        lines.append(f"**Build targets** (load average {before} before the builds, {after} after)")
    else:
        lines.append("**Build targets**")
    lines.append("")
    for size in sizes:
        parts = []
        if size.edges < HUGE_EDGES and size.nodes <= 10_000:
            ours = builds["cli"].get(size)
            for name, label in (
                ("pyvis", "pyvis directed ÷ ours (`build --data`)"),
                ("pyvis-default", "pyvis tutorial ÷ ours"),
            ):
                theirs = builds[name].get(size)
                if ours and ours.seconds and theirs and theirs.seconds:
                    ratio = theirs.median() / ours.median()  # type: ignore[operator]
                    verdict = "met" if ratio >= PYVIS_TARGET else "not met"
                    parts.append(f"{label}: {ratio:.1f}× (target ≥ {PYVIS_TARGET:.0f}×: {verdict})")
                else:
                    parts.append(f"{label}: not run")
        if size.edges >= 500_000:
            edges, floor = builds["cli-edges"].get(size, Runs()), builds["floor"].get(size, Runs())
            ratio = paired_ratio(edges, floor)
            if ratio:
                verdict = "met" if ratio <= FLOOR_TARGET else "not met"
                cpu = (
                    f"; processor time {statistics.median(edges.cpu):.2f} s / {statistics.median(floor.cpu):.2f} s"
                    if edges.cpu and floor.cpu
                    else ""
                )
                parts.append(
                    f"build ÷ floor {ratio:.2f} ({_seconds(edges.median() or 0)} / {_seconds(floor.median() or 0)}"
                    f"{cpu}; target ≤ {FLOOR_TARGET:.1f}: {verdict})"
                )
            if size.edges >= HUGE_EDGES and edges.peak_mb:
                peak = max(edges.peak_mb)
                verdict = "met" if peak < MEMORY_TARGET_MB else "not met"
                parts.append(f"peak memory of the build {peak:,.0f} MB (target under 2 GB: {verdict})")
        if parts:
            lines.append(f"- {size.name}: " + "; ".join(parts))
    return "\n".join(lines)


def _readers() -> str:
    """The versions of pandas and pyarrow: with pyarrow present, pandas 3 reads texts into Arrow
    arrays, and the floor's reading is about 40% quicker (issue 27's seventh session).

    >>> _readers().startswith("pandas ")
    True
    """
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("pandas", "pyarrow"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"no {name}")
    return ", ".join(found)


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _page_name(size: Size) -> str:
    if size.edges < 0:
        return f"{_short(size.nodes)} / {_short(-size.edges)} (edge list)"
    return size.name


def _ms(values: list[float] | None, key: str) -> str:
    if not values:
        return "–"
    value = statistics.median(values)
    if key == "painted":
        return f"{value:.2f}"
    if key == "heap_mb":
        return f"{value:,.0f} MB ({len(values)})"
    if key in ("bytes_per_edge", "hub_edges"):
        return f"{value:,.0f}"
    text = f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"
    return f"{text} ({len(values)})"


def extract_rows(articles: int) -> list[tuple[str, float]]:
    """The extraction timings of :mod:`bench.bench_extract`: one article cold and warm, ``articles`` in one call."""
    import contextlib
    import io

    from . import bench_extract

    with contextlib.redirect_stdout(io.StringIO()):  # its own listing; the report says the same
        return bench_extract.main(articles=articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1k and 10k only, one run each (under a minute)")
    parser.add_argument(
        "--sizes", default=None, help="comma-separated NODESxEDGES (default 1000x5000,10000x50000,100000x500000)"
    )
    parser.add_argument("--repeat", type=int, default=None, help="runs of each large build (default 3; quick 1)")
    parser.add_argument(
        "--repeat-small", type=int, default=None, help="runs of each build up to 5,000 edges (default 5; quick 3)"
    )
    parser.add_argument(
        "--pyvis-edges", type=int, default=50_000, help="largest graph given to pyvis, directed (default 50000)"
    )
    parser.add_argument(
        "--pyvis-default-edges",
        type=int,
        default=None,
        help="largest graph given to pyvis as in its tutorials (default 50000; quick 5000)",
    )
    parser.add_argument(
        "--pyvis-browser-edges", type=int, default=None, help="largest pyvis page opened (default 5000; quick 0)"
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the browser timings")
    parser.add_argument("--no-queries", action="store_true", help="skip the query timings")
    parser.add_argument("--no-notebook", action="store_true", help="skip the saved size of the example notebook")
    parser.add_argument("--no-extract", action="store_true", help="skip the extraction timings")
    parser.add_argument(
        "--extract-articles",
        type=int,
        default=None,
        help="articles of 2,000 words extracted in one call (default 100; quick 10)",
    )
    parser.add_argument("--refresh", action="store_true", help="generate the graphs again")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where latest.md and latest.json go")
    args = parser.parse_args(argv)
    quick = args.quick
    sizes = [Size.parse(s) for s in args.sizes.split(",")] if args.sizes else QUICK_SIZES if quick else FULL_SIZES
    args.repeat = args.repeat or (1 if quick else 3)
    args.repeat_small = args.repeat_small or (3 if quick else 5)
    args.pyvis_default_edges = (
        args.pyvis_default_edges if args.pyvis_default_edges is not None else 5_000 if quick else 50_000
    )
    browser_edges = args.pyvis_browser_edges if args.pyvis_browser_edges is not None else 0 if quick else 5_000

    pages: dict[Size, Path] = {}
    compiled()
    helps = measure([*_cli(), "--help"], 3 if quick else 10)
    before = os.getloadavg()
    builds = build_table([SEED], args, pages)
    for key, values in build_table(sizes, args, pages).items():
        builds[key].update(values)
    load = (before, os.getloadavg())
    browser = (
        {}
        if args.no_browser or not shutil.which(os.environ.get("CONCEPT_GRAPH_CHROMIUM", "/usr/bin/chromium"))
        else (browser_table(pages, 1 if quick else 3, browser_edges))
    )
    query_size = max((s for s in sizes if s.edges < HUGE_EDGES), key=lambda s: s.edges, default=sizes[0])
    queries = [] if args.no_queries else query_table(query_size)
    notebook = None if args.no_notebook else notebook_size.saved_size()
    text = report(sizes, builds, helps, browser, queries, query_size, notebook, load)
    shares = [f"- {s.name}: {communities.row(_edge_list(_graph(s, False)), args.repeat)}" for s in sizes]
    text += "\n\n**Community view** of the bare edge list (in process; a page without categories)\n\n" + "\n".join(
        shares
    )
    extraction = [] if args.no_extract else extract_rows(args.extract_articles or (10 if quick else 100))
    if extraction:
        text += "\n\n**Extraction** (`graph.extract` on generated Dutch articles of the magnesium concepts)\n\n"
        text += "\n".join(f"- {label}: {seconds:.2f} s" for label, seconds in extraction)
    print(text)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.md").write_text(text + "\n", encoding="utf-8")
    results = {
        "sizes": [s.name for s in [SEED, *sizes]],
        "help": helps.to_dict(),
        "extraction": {label: seconds for label, seconds in extraction},
        "builds": {k: {s.name: r.to_dict() for s, r in v.items()} for k, v in builds.items()},
        "browser": {k: {s.name: r for s, r in v.items()} for k, v in browser.items()},
        "queries": queries,
        "notebook": notebook,
        "load": {"before": list(load[0]), "after": list(load[1])},
    }
    (args.out / "latest.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0
