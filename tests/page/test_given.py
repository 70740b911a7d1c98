"""A graph made in Python with tables or categories a page cannot read: a DataError naming them (issue 29)."""

from __future__ import annotations

import networkx as nx
import pytest

import graph
from graph.errors import DataError

TABLE = "expected a dict of dicts, one per relation id (for example {'increases': {'sign': 1}})"


def _graph() -> nx.MultiDiGraph:
    return nx.MultiDiGraph([("a", "b", {"relation": "r"})])


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        ("category", ["x", "y"], "G.nodes['a']: category ['x', 'y'] is a list, not one category; "
         "expected one category, as text"),
        ("category", {"x": 1}, "G.nodes['a']: category {'x': 1} is a dict, not one category; "
         "expected one category, as text"),
        ("relations", "text", f"G.graph['relations']: is a str, not a table; {TABLE}"),
        ("relations", {"r": "text"}, f"G.graph['relations']['r']: is a str, not a dict; {TABLE}"),
        ("relations", {1: {}, "a": {}}, f"G.graph['relations']: key 1 is an int, not text; {TABLE}"),
        ("sources", 5, "G.graph['sources']: is an int, not a table; expected a dict of dicts, one per source id "
         "(for example {'schneider': {'title': 'Magnesium en slaap'}})"),
        ("categories", [1], "G.graph['categories']: is a list, not a table; expected a dict of dicts, one per "
         "category (for example {'mineral': {'color': '#4477aa'}})"),
    ],
)  # fmt: skip
def test_what_a_page_cannot_read_is_named(tmp_path, where, value, message) -> None:
    G = _graph()
    if where == "category":
        G.nodes["a"]["category"] = value
    else:
        G.graph[where] = value
    with pytest.raises(DataError) as caught:
        graph.to_html(G)
    assert str(caught.value) == message
    with pytest.raises(DataError):
        graph.write_html(G, tmp_path / "g.html")
    assert not (tmp_path / "g.html").exists()


@pytest.mark.parametrize("category", [None, "mineral", 3, ("a", "b")])
def test_a_single_category_of_any_hashable_kind_still_draws(category) -> None:
    G = _graph()
    G.nodes["a"]["category"] = category
    assert graph.to_html(G).startswith("<!DOCTYPE html>")
