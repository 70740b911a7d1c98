"""Characters XML cannot hold are reported in CSV input, in every encoding we read (issue 15)."""

from __future__ import annotations

import pytest

import graph

EXPECTED = "text without control characters (GraphML and GEXF cannot hold them)"


CHARS = [("\x0b", "vertical tab (U+000B)"), ("\x1b", "escape (U+001B)"), ("\x07", "bell (U+0007)"), ("\ufffe", "")]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252"]


@pytest.mark.parametrize(
    ("char", "name", "encoding"),
    [(c, n, e) for c, n in CHARS for e in ENCODINGS if not (c == "\ufffe" and e == "cp1252")],  # cp1252 has no U+FFFE
)
def test_a_forbidden_character_is_reported_with_line_and_character(make_text, char, name, encoding):
    text = f"source,target,evidence\r\na,b,ok\r\nb,c,bad{char}here\r\n"
    path = make_text("edges.csv", text.encode(encoding))
    (problem,) = graph.validate(edges=path).problems
    assert (problem.line, problem.expected) == (3, EXPECTED)
    assert problem.message.startswith("holds a") and problem.message.endswith("at character 8")
    assert name in problem.message


def test_tab_line_breaks_and_other_text_are_fine(make_text):
    path = make_text("edges.csv", 'source,target,evidence\na,b,"tab\there\r\nand lines, é ß 中 \u202e"\n'.encode())
    assert graph.validate(edges=path).ok
