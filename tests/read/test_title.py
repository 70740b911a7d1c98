"""A data set's title: from its graph.csv, shown in the page and the notebook."""

from __future__ import annotations

from pathlib import Path

import pytest

import graph
from conftest import write_csv
from graph.errors import DataError


def folder_named(tmp_path: Path, tiny_data: Path, name: str) -> Path:
    return tiny_data.rename(tmp_path / name)


def test_the_magnesium_data_names_itself_in_both_languages():
    G = graph.load()
    assert (G.graph["name"], G.graph["name_nl"]) == ("Magnesium, stress and sleep", "Magnesium, stress en slaap")
    assert "<title>Magnesium, stress and sleep</title>" in graph.to_html(G)
    assert "<title>Magnesium, stress en slaap</title>" in graph.to_html(G, lang="nl")
    assert graph.show(G, lang="nl").title == "Magnesium, stress en slaap"
    assert "<title>Mine</title>" in graph.to_html(G, lang="nl", title="Mine")


def test_a_folder_without_graph_csv_has_no_title(tmp_path, tiny_data):
    G = graph.load(folder_named(tmp_path, tiny_data, "vitamin_d"))
    assert "name" not in G.graph
    assert "<title>Concept graph</title>" in graph.to_html(G)


def test_the_title_goes_out_and_comes_back_with_the_data(tmp_path):
    G = graph.load()
    graph.write_csv(G, tmp_path / "copy")
    H = graph.load(tmp_path / "copy")
    assert (H.graph["name"], H.graph["name_nl"]) == (G.graph["name"], G.graph["name_nl"])


def test_the_title_survives_a_subgraph(tiny_data):
    write_csv(tiny_data / "graph.csv", [["title"], ["Sleep"]])
    G = graph.load(tiny_data)
    assert graph.show(graph.subgraph_around(G, "magnesium")).title == "Sleep"
    assert 'title="Sleep"' in graph.show(G)._repr_html_()


@pytest.mark.parametrize(
    "rows, message",
    [
        ([["name"], ["x"]], "graph.csv:1: no 'title' column (columns: name); expected title,title_nl"),
        ([["title"], ["a"], ["b"]], "graph.csv:3: 2 rows below the header; expected one row with the title"),
        ([["title", "title_nl"], ["", "x"]], "graph.csv:2: column 'title': empty title; expected the data set's title"),
    ],
)
def test_a_bad_graph_csv_is_reported_with_line_and_column(tiny_data, rows, message):
    write_csv(tiny_data / "graph.csv", rows)
    with pytest.raises(DataError) as err:
        graph.load(tiny_data)
    assert [str(p).split("/")[-1] for p in err.value.problems] == [message]
    assert [str(p).split("/")[-1] for p in graph.validate(tiny_data).problems] == [message]


@pytest.mark.browser
def test_page_shows_the_title_in_its_language(open_page, tmp_path):
    page = open_page(graph.write_html(graph.load(), tmp_path / "m.html")).page
    assert page.locator("#cg-title").text_content() == "Magnesium, stress and sleep"
    page.click("[data-lang='nl']")
    assert page.locator("#cg-title").text_content() == "Magnesium, stress en slaap"
    assert page.title() == "Magnesium, stress en slaap"
