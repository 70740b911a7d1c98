"""The notebooks in notebooks/: committed clean, and run top to bottom by a real kernel.

Each notebook runs once per session in a kernel started from ``notebooks/``
(as a user opening it in JupyterLab would), with one extra cell that reports
which Python the kernel is. The tests then read the outputs: the drawings are
iframes holding our page, the tables hold the chains the query API finds.
One executed notebook is exported to HTML with nbconvert and opened in Chromium.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import networkx as nx
import pytest
from nbclient import NotebookClient

import graph
from conftest import ROOT, HtmlParts

NOTEBOOKS = ROOT / "notebooks"
NAMES = ("01_explore", "02_mechanisms")
ARROW = " \u2192 "
PROBE = "import sys, graph\nprint(sys.prefix)\nprint(graph.__file__)"
# nbconvert's page loads require.js and MathJax from a CDN; empty scripts keep the test to our requests.
EMPTY_SCRIPT = "data:text/javascript,//"
CANVAS_INK = """() => {
  const canvas = document.querySelector("canvas");
  if (!canvas || !canvas.width) { return 0; }
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) { ink++; }
  }
  return ink;
}"""

Notebook = Any


def packed_page(G: Any, **options: Any) -> str:
    """The page as a drawing holds it: scripts packed (graph.to_html, packed=True)."""
    return graph.to_html(G, packed=True, **options)


@pytest.fixture(scope="module")
def executed() -> Callable[[str], Notebook]:
    """``executed(name)``: the notebook after a kernel ran it in notebooks/ (once per module)."""
    done: dict[str, Notebook] = {}

    def run(name: str) -> Notebook:
        if name not in done:
            nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
            nb.cells.append(nbformat.v4.new_code_cell(PROBE, id="kernel-probe"))
            client = NotebookClient(
                nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}}
            )
            client.execute()
            done[name] = nb
        return done[name]

    return run


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    return graph.load()


def cell(nb: Notebook, cell_id: str) -> Any:
    return next(c for c in nb.cells if c.get("id") == cell_id)


def result_of(nb: Notebook, cell_id: str, mime: str = "text/html") -> str:
    """The cell's displayed value in ``mime``."""
    (output,) = [o for o in cell(nb, cell_id).outputs if o.output_type == "execute_result"]
    return output["data"][mime]


def printed(nb: Notebook, cell_id: str) -> str:
    return "".join(o.text for o in cell(nb, cell_id).outputs if o.output_type == "stream" and o.name == "stdout")


def srcdoc(nb: Notebook, cell_id: str) -> str:
    """The page inside the iframe the cell drew."""
    parts = HtmlParts(result_of(nb, cell_id))
    assert parts.tags.count("iframe") == 1
    return str(parts.attrs[parts.tags.index("iframe")]["srcdoc"])


def chains(fragment: str) -> list[str]:
    """The ``chain`` column of a paths table."""
    header, *rows = HtmlParts(fragment).rows
    return [row[header.index("chain")] for row in rows]


# ---------------------------------------------------------------- committed clean


@pytest.mark.parametrize("name", NAMES)
def test_notebook_is_committed_without_outputs_or_kernel_noise(name):
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.outputs == [] and c.execution_count is None for c in code)
    assert all(c.metadata == {} for c in nb.cells)
    assert nb.metadata == {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }


# ---------------------------------------------------------------- executed


@pytest.mark.slow
@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_clean_in_a_kernel_of_this_python(executed, name):
    nb = executed(name)
    assert printed(nb, "kernel-probe").splitlines() == [sys.prefix, graph.__file__]
    problems = [
        (c.get("id"), o.get("name") or o.output_type)
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error" or o.get("name") == "stderr"
    ]
    assert problems == []


@pytest.mark.slow
def test_explore_shows_the_graph_its_categories_and_its_tables(executed, G):
    nb = executed("01_explore")
    assert printed(nb, "load") == f"{G}\n"
    counts = result_of(nb, "counts", "text/plain").splitlines()
    for category, n in graph.stats(G).categories.items():
        assert any(line.split() == [category, str(n)] for line in counts), category
    assert "magnesium" in result_of(nb, "nodes") and "Magnesiumtekort" in result_of(nb, "nodes")
    assert result_of(nb, "edges").count("<tr") == 9  # header and the first 8 claims
    assert result_of(nb, "filter").count("<tr") == 1 + sum(1 for _ in G.in_edges("sleep"))


@pytest.mark.slow
def test_explore_draws_the_whole_graph_a_category_and_a_graph_made_from_frames(executed, G):
    nb = executed("01_explore")
    assert srcdoc(nb, "draw") == packed_page(G)
    assert result_of(nb, "draw", "text/plain") == f"ConceptGraph({len(G)} nodes, {G.number_of_edges()} edges)"

    chosen = [n for n, c in G.nodes(data="category") if c in ("hormone", "neurotransmitter")]
    around = set(chosen).union(*(set(nx.all_neighbors(G, n)) for n in chosen))
    part = G.subgraph(around)
    assert result_of(nb, "category", "text/plain") == f"ConceptGraph({len(part)} nodes, {part.number_of_edges()} edges)"
    assert "<title>Hormones and neurotransmitters</title>" in srcdoc(nb, "category")

    claims = [(u, v) for u, v, doc in G.edges(data="source_doc") if doc == "schneider"]
    ends = {n for pair in claims for n in pair}
    assert result_of(nb, "back", "text/plain") == f"ConceptGraph({len(ends)} nodes, {len(claims)} edges)"
    assert '<html lang="nl">' in srcdoc(nb, "back")


def labelled(G: nx.MultiDiGraph, path: graph.Path) -> str:
    """The chain of a path as the tables show it: English labels joined by arrows."""
    return ARROW.join(G.nodes[n]["label"] for n in path.nodes)


@pytest.mark.slow
def test_mechanisms_finds_the_chains_from_magnesium_to_sleep(executed, G):
    nb = executed("02_mechanisms")
    result = graph.find_paths(G, "magnesium", "sleep")
    assert chains(result_of(nb, "paths")) == [labelled(G, p) for p in result]
    assert "Magnesium → Serotonin → Melatonin → Sleep" in chains(result_of(nb, "paths"))

    effect = graph.net_effect(G, "magnesium", "sleep")
    assert printed(nb, "effect") == f"{graph.explain_effect(G, effect)}\n{graph.explain_effect(G, effect, lang='nl')}\n"

    melatonin = graph.net_effect(G, "magnesium", "melatonin")
    header, *rows = HtmlParts(result_of(nb, "melatonin")).rows
    assert ["Magnesium → Serotonin → Melatonin", "increases"] in [[r[1], r[3]] for r in rows]
    told = printed(nb, "explain")
    for path in melatonin.paths:
        assert f"{graph.explain(G, path)}\n{graph.explain(G, path, lang='nl')}\n" in told
    assert "Magnesium verhoogt serotonine; serotonine wordt omgezet in melatonine. Netto: meer magnesium" in told


@pytest.mark.slow
def test_mechanisms_draws_the_chains_lit_and_tables_the_rest(executed, G):
    nb = executed("02_mechanisms")
    melatonin = graph.net_effect(G, "magnesium", "melatonin")
    expected = packed_page(
        graph.paths_subgraph(G, melatonin), title="Magnesium → melatonin", highlight=list(melatonin.paths.paths)
    )
    assert srcdoc(nb, "draw") == expected
    effect = graph.net_effect(G, "magnesium", "sleep")
    part = graph.paths_subgraph(G, effect)
    assert (
        result_of(nb, "draw-sleep", "text/plain") == f"ConceptGraph({len(part)} nodes, {part.number_of_edges()} edges)"
    )
    assert '<html lang="nl">' in srcdoc(nb, "draw-sleep")

    header, *rows = HtmlParts(result_of(nb, "neighbors")).rows
    assert sorted({row[-1].split(" → ")[0] for row in rows}) == sorted(G.predecessors("melatonin"))
    assert sorted({row[0] for row in rows}) == sorted(G.nodes[n]["label"] for n in G.predecessors("melatonin"))
    unclear = [labelled(G, p) for p in effect.paths if p.sign == 0]
    assert unclear and all(chain in result_of(nb, "frame") for chain in unclear)


@pytest.mark.slow
@pytest.mark.browser
def test_exported_notebook_draws_every_graph_offline_in_a_browser(executed, open_page, tmp_path):
    from nbconvert import HTMLExporter

    nb = executed("01_explore")
    exporter = HTMLExporter(template_name="lab", mathjax_url=EMPTY_SCRIPT, require_js_url=EMPTY_SCRIPT)
    body, _ = exporter.from_notebook_node(nb)
    page_file = tmp_path / "01_explore.html"
    page_file.write_text(body, encoding="utf-8")
    drawings = sum(
        "ConceptGraph(" in o.get("data", {}).get("text/plain", "") for c in nb.cells for o in c.get("outputs", [])
    )

    opened = open_page(page_file, wait_ready=False)
    iframes = opened.page.locator("iframe")
    assert drawings == 3 and iframes.count() == drawings
    for i in range(drawings):
        iframes.nth(i).scroll_into_view_if_needed()  # Chromium paints a sandboxed frame only when it is in view
        frame = iframes.nth(i).element_handle().content_frame()
        frame.wait_for_selector("body[data-ready='1']", state="attached", timeout=20000)
        frame.wait_for_function(f"({CANVAS_INK})() > 1000", timeout=20000)
        assert frame.evaluate("window.origin") == "null"
    assert opened.problems == []


def test_from_the_notebook_folder_load_finds_the_installed_data(monkeypatch):
    monkeypatch.chdir(NOTEBOOKS)
    folder = graph.default_data_dir()
    assert folder != Path("data") and (folder / "edges.csv").is_file()


# ---------------------------------------------------------------- README and docs/jupyter.md


def test_the_jupyter_page_names_what_exists_and_its_code_runs(monkeypatch):
    section = (ROOT / "docs" / "jupyter.md").read_text(encoding="utf-8")
    extra = re.search(r"^notebook = \[(.*?)\]", (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M | re.S)
    assert 'pip install -e ".[notebook]" && jupyter lab notebooks/' in section
    assert extra and {"jupyterlab", "ipykernel"} <= set(re.findall(r'"([a-z]+)[<>=]', extra.group(1)))
    assert all(f"`{name}.ipynb`" in section for name in NAMES)
    monkeypatch.chdir(NOTEBOOKS)
    namespace: dict[str, Any] = {}
    for block in re.findall(r"```python\n(.*?)```", section, re.S):
        exec(block, namespace)  # the page's own examples
    assert isinstance(namespace["H"], nx.MultiDiGraph) and namespace["effect"].verdict == "increases"


def test_the_readme_jupyter_section_opens_the_notebooks_and_its_code_runs(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Jupyter\n", 1)[1].split("\n## ", 1)[0]
    assert 'pip install -e ".[notebook]" && jupyter lab notebooks/' in section
    assert "(docs/jupyter.md)" in section
    monkeypatch.chdir(NOTEBOOKS)
    namespace: dict[str, Any] = {}
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    for block in blocks:
        exec(block, namespace)  # the README's own example
    assert blocks and namespace["effect"].verdict == "increases"
