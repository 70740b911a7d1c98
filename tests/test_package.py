"""The package's public face: names, lazy imports, no shadowing."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import types

import graph


def test_every_public_name_resolves_to_what_it_names_even_after_importing_all_submodules():
    for info in pkgutil.iter_modules(graph.__path__):
        importlib.import_module(f"graph.{info.name}")
    for name in graph.__all__:
        value = getattr(graph, name)
        assert not isinstance(value, types.ModuleType), f"graph.{name} is shadowed by the submodule graph.{name}"


def test_all_lists_the_lazy_names():
    assert set(graph._LAZY) <= set(graph.__all__)


def test_unknown_attribute_is_an_attribute_error():
    try:
        graph.no_such_thing  # noqa: B018
    except AttributeError as err:
        assert "no_such_thing" in str(err)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_import_graph_does_not_import_heavy_libraries():
    code = "import sys, graph; print(sorted(m for m in ('networkx', 'pandas', 'jinja2', 'pyvis') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_building_a_large_page_needs_no_networkx(tmp_path):
    """``concept-graph build`` of a large data folder reads it by column: networkx is not even imported."""
    import subprocess
    import sys

    rows = ["source,target"] + [f"n{i},n{(i * 7 + 1) % 500}" for i in range(500)]
    (tmp_path / "edges.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    code = (
        "import sys, graph; from graph.page.html import write_html; "
        f"write_html(graph.load_for_page({str(tmp_path)!r}), {str(tmp_path / 'g.html')!r}); "
        "print('networkx' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert (run.returncode, run.stdout, run.stderr) == (0, "False\n", "")


def test_the_loader_knows_the_graph_file_suffixes():
    from graph.formats import exchange, loading

    assert set(loading._GRAPH_SUFFIXES) == set(exchange.GRAPH_SUFFIXES)
