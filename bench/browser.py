"""How quickly a page draws and redraws in headless Chromium (playwright, network blocked).

* **first drawn**: milliseconds from navigation start until the page has drawn
  its graph: our page's ``body[data-ready="1"]`` marker (set on its first
  ``afterDrawing`` after fitting the view; ``window.cgReadyMs``), pyvis's first
  ``afterDrawing`` (after its physics has stabilised); and a check that the
  canvas really holds a drawing (enough pixels that are not background);
* **redraw**: milliseconds from ``network.moveTo`` (a pan or a zoom, no
  animation) to the ``afterDrawing`` that follows, median of several;
* **interactions** (our page only), each timed until the network has drawn and the
  next frame is painted (so that the details panel is laid out and shown too): a
  click on the best connected concept (``cg.focusNode``), clearing it, typing two
  letters in the search box until the suggestions are listed, and the path finder
  from one concept to another.
* **the hub** (the best connected concept of the whole graph; on an overview page not drawn
  until asked for): a click on it and its label typed into the search box with Enter, each
  from the page as it opened and timed until its card is shown and the next frame painted,
  several times on one page (``hub_click_ms``, ``hub_search_ms``: lists);
* **overview pages** (large graphs, ``graph/page/overview.py``): opening the
  largest group (``cg.openGroup``) until drawn; a click on its best connected
  concept until drawn; clearing it; search + Enter (a concept's label typed into
  the search box, Enter pressed: the concept and its neighbours drawn); the path
  finder between two concepts of different groups until drawn; and the JS heap
  once the page is ready (after a garbage collection, ``Runtime.getHeapUsage``).

Examples
--------
``python -m bench.browser output/graph.html`` prints the timings of one page as JSON.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["chromium", "our_page", "pyvis_page", "CHROMIUM"]

CHROMIUM = os.environ.get("CONCEPT_GRAPH_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-extensions", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 800}

# Share of sampled canvas pixels that differ from the background: a drawn graph has some.
_PAINTED = """() => {
  const canvas = document.querySelector('canvas');
  if (!canvas || !canvas.width) { return 0; }
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let drawn = 0, seen = 0;
  for (let i = 0; i < pixels.length; i += 4 * 97) {
    seen += 1;
    if (pixels[i + 3] > 0 && (pixels[i] < 245 || pixels[i + 1] < 245 || pixels[i + 2] < 245)) { drawn += 1; }
  }
  return drawn / seen;
}"""

_REDRAWS = """async (count) => {
  const net = window.cgNetwork || window.network;
  const start = net.getViewPosition(), scale = net.getScale(), times = [];
  for (let i = 0; i < count; i += 1) {
    const zoom = i % 2 === 1;
    const t0 = performance.now();
    await new Promise((done) => {
      net.once('afterDrawing', done);
      net.moveTo({ position: { x: start.x + (zoom ? 0 : 40 * (i + 1) / scale), y: start.y },
                   scale: zoom ? scale * (1 + 0.1 * i) : scale, animation: false });
    });
    times.push(performance.now() - t0);
  }
  net.moveTo({ position: start, scale: scale, animation: false });
  return times;
}"""

_DRAWN = "new Promise((done) => cgNetwork.once('afterDrawing', () => done(performance.now())))"

# In both: after the drawing, the next frame painted (the details panel laid out and shown,
# too): a timeout set in an animation frame callback runs once that frame is painted.
_INTERACTIONS = """async () => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const drawn = () => new Promise((done) => cgNetwork.once('afterDrawing', done));
  const timed = async (act, wait) => {
    const t0 = performance.now();
    const w = wait ? drawn() : null;
    act();
    if (w) { await w; }
    await painted();
    return performance.now() - t0;
  };
  const ids = cg.nodes.getIds();
  const degree = new Map();
  const count = (id) => degree.set(id, (degree.get(id) || 0) + 1);
  cg.data.edges.forEach((e) => { count(e.from); count(e.to); });
  const hub = ids.reduce((a, b) => ((degree.get(b) || 0) > (degree.get(a) || 0) ? b : a));
  const result = {};
  result.click = await timed(() => cg.focusNode(hub, false), true);
  result.clear = await timed(() => cg.clear(), true);
  const box = document.getElementById('cg-search');
  result.search = await timed(() => { box.value = 'ma'; box.dispatchEvent(new Event('input')); }, false);
  box.value = ''; box.dispatchEvent(new Event('input'));
  const from = cg.data.edges[0].from, to = cg.data.edges[cg.data.edges.length - 1].to;
  document.getElementById('cg-from').value = cg.data.nodes.find((n) => n.id === from).label;
  document.getElementById('cg-to').value = cg.data.nodes.find((n) => n.id === to).label;
  result.paths = await timed(() => document.getElementById('cg-find').click(), true);
  result.clear_paths = await timed(() => cg.clear(), true);
  return result;
}"""


_OVERVIEW = """async () => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const drawn = () => new Promise((done) => cgNetwork.once('afterDrawing', done));
  const timed = async (act) => {
    const t0 = performance.now(); const w = drawn(); act(); await w; await painted(); return performance.now() - t0;
  };
  const d = cg.data, members = d.groups.members;
  const biggest = members.indexOf(Math.max.apply(null, members));
  const result = {};
  result.open_group = await timed(() => cg.openGroup(biggest));
  const ids = cg.nodes.getIds();
  const index = new Map(d.nodes.map((n, i) => [n.id, i]));
  const hub = ids.reduce((a, b) => (d.degree[index.get(b)] > d.degree[index.get(a)] ? b : a));
  result.click = await timed(() => cg.focusNode(hub, false));
  result.clear = await timed(() => cg.clear());
  cg.showOverview();
  const far = d.nodes[d.nodes.length - 1];
  const box = document.getElementById('cg-search');
  result.search_enter = await timed(() => {
    box.value = far.label; box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  cg.clear();
  const e = d.edges[0];
  let other = d.edges.length - 1;
  while (other > 0 && cg.groupOf(d.edges[other].to) === cg.groupOf(e.from)) { other -= 1; }
  const pick = (input, id) => {
    const el = document.getElementById(input);
    el.value = d.nodes[index.get(id)].label; el.dispatchEvent(new Event('input'));
  };
  pick('cg-from', e.from);
  pick('cg-to', d.edges[other].to);
  result.paths = await timed(() => document.getElementById('cg-find').click());
  result.clear_paths = await timed(() => cg.clear());
  return result;
}"""


# The best connected concept of the whole graph (the hub), from the page as it opened (an overview
# page: its overview of groups, where the hub is not drawn): a click on it (``cg.focusNode``, as
# vis-network's click handler calls it) and its label typed into the search box with Enter, each
# timed until its card is shown, the network has drawn and the next frame is painted; ``repeat``
# times each, the page set back between them.
_HUB = """async (repeat) => {
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  const drawn = () => new Promise((done) => cgNetwork.once('afterDrawing', done));
  const card = document.getElementById('cg-details');
  const timed = async (act) => {
    const t0 = performance.now(); const w = drawn(); act(); await w; await painted();
    if (card.hidden) { throw new Error('no card shown'); }
    return performance.now() - t0;
  };
  const overview = !!(cg.overview);
  const nodes = cg.data.nodes;
  let degree;
  if (overview) { degree = cg.data.degree; } else {
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    degree = new Int32Array(nodes.length);
    cg.data.edges.forEach((e) => { degree[index.get(e.from)] += 1; degree[index.get(e.to)] += 1; });
  }
  let hub = 0;
  for (let i = 1; i < nodes.length; i += 1) { if (degree[i] > degree[hub]) { hub = i; } }
  const reset = () => { if (overview) { cg.showOverview(); } else { cg.clear(); } };
  const box = document.getElementById('cg-search');
  const result = { hub_edges: degree[hub], hub_click: [], hub_search: [] };
  for (let r = 0; r < repeat; r += 1) {
    reset(); await painted();
    result.hub_click.push(await timed(() => cg.focusNode(nodes[hub].id, false)));
    reset(); await painted();
    result.hub_search.push(await timed(() => {
      box.value = nodes[hub].label; box.dispatchEvent(new Event('input'));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    }));
    box.value = ''; box.dispatchEvent(new Event('input'));
  }
  reset(); await painted();
  return result;
}"""


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium (playwright) for the duration of the ``with`` block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def _page(browser: Any, path: Path) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT)
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    try:
        yield context.new_page()
    finally:
        context.close()


def our_page(browser: Any, path: Path, redraws: int = 6, timeout_s: float = 300, hub_repeat: int = 3) -> dict[str, Any]:
    """Timings of one of our pages (see the module docstring), in milliseconds; the hub's
    click and search (``hub_click_ms``, ``hub_search_ms``) as lists of ``hub_repeat`` runs."""
    with _page(browser, path) as page:
        page.goto(Path(path).resolve().as_uri(), timeout=timeout_s * 1000)
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=timeout_s * 1000)
        result = {"first_drawn_ms": page.evaluate("window.cgReadyMs"), "painted": page.evaluate(_PAINTED)}
        result["redraw_ms"] = statistics.median(page.evaluate(_REDRAWS, redraws))
        result["heap_mb"] = _heap_mb(page)
        overview = page.evaluate("!!(window.cg && window.cg.overview)")
        result.update({f"{k}_ms": v for k, v in page.evaluate(_OVERVIEW if overview else _INTERACTIONS).items()})
        if hub_repeat:
            hub = page.evaluate(_HUB, hub_repeat)
            result.update(hub_edges=hub["hub_edges"], hub_click_ms=hub["hub_click"], hub_search_ms=hub["hub_search"])
        return result


def _heap_mb(page: Any) -> float:
    """The page's JS heap in use after a garbage collection, in megabytes."""
    session = page.context.new_cdp_session(page)
    session.send("HeapProfiler.collectGarbage")
    return session.send("Runtime.getHeapUsage")["usedSize"] / 1e6


def pyvis_page(browser: Any, path: Path, redraws: int = 6, timeout_s: float = 300) -> dict[str, Any]:
    """First drawing and redraw of a pyvis page (its physics stabilises before it draws)."""
    with _page(browser, path) as page:
        page.goto(Path(path).resolve().as_uri(), wait_until="commit", timeout=timeout_s * 1000)
        page.wait_for_function("window.network !== undefined", timeout=timeout_s * 1000)
        first = page.evaluate(_DRAWN.replace("cgNetwork", "network"))
        result = {"first_drawn_ms": first, "painted": page.evaluate(_PAINTED)}
        page.evaluate("network.setOptions({physics: false})")
        result["redraw_ms"] = statistics.median(page.evaluate(_REDRAWS, redraws))
        return result


if __name__ == "__main__":
    with chromium() as instance:
        print(json.dumps(our_page(instance, Path(sys.argv[1])), indent=2))
