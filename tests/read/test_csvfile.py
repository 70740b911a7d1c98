"""Reading one CSV file: encodings, delimiters, quoting, line numbers and file-level problems."""

from __future__ import annotations

import warnings

import pytest

from graph.errors import DataWarning
from graph.read.csvfile import read_table


@pytest.mark.parametrize(
    ("content", "delimiter"),
    [
        ("a,b\n1,2\n", ","),
        ("a;b\n1;2\n", ";"),
        ("a\tb\n1\t2\n", "\t"),
        ('"x,y";b\n1;2\n', ";"),  # a comma inside quotes does not count
        ("a\n1\n", ","),
    ],
)
def test_delimiter_is_guessed_from_the_header(make_text, content, delimiter):
    table, problems = read_table(make_text("t.csv", content))
    assert problems == []
    assert table.delimiter == delimiter


def test_bom_crlf_and_header_case_are_normalised(make_text):
    path = make_text("t.csv", b"\xef\xbb\xbfSource ; TARGET\r\n007;b\r\n")
    table, problems = read_table(path)
    assert problems == []
    assert table.columns == ["source", "target"]
    assert table.rows == [(2, ["007", "b"])]


def test_utf16_spreadsheet_text_is_read(make_text):
    path = make_text("t.csv", "id\tlabel\nmg\tMagnésium\n".encode("utf-16"))
    table, problems = read_table(path)
    assert problems == []
    assert table.rows == [(2, ["mg", "Magnésium"])]


def test_quoted_newlines_keep_physical_line_numbers(make_text):
    path = make_text("t.csv", 'id,description\na,"two\nlines"\n\nb,plain\n')
    table, problems = read_table(path)
    assert problems == []
    assert table.rows == [(2, ["a", "two\nlines"]), (5, ["b", "plain"])]


def test_blank_lines_and_trailing_delimiters_are_ignored(make_text):
    path = make_text("t.csv", "a,b,\n\n1,2,\n,,\n3,4\n")
    table, problems = read_table(path)
    assert problems == []
    assert table.columns == ["a", "b"]
    assert table.rows == [(3, ["1", "2"]), (5, ["3", "4"])]


def test_short_rows_are_padded(make_text):
    table, problems = read_table(make_text("t.csv", "a,b,c\n1\n"))
    assert problems == []
    assert table.rows == [(2, ["1", "", ""])]


def test_cells_are_stripped_but_kept_as_text(make_text):
    table, _ = read_table(make_text("t.csv", "id,n\n 007 , 1.50 \n"))
    assert table.rows == [(2, ["007", "1.50"])]


def test_windows_1252_is_read_with_a_warning(make_text):
    path = make_text("t.csv", "id,label\nmg,Magn\xe9sium\n".encode("cp1252"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table, problems = read_table(path)
    assert problems == []
    assert table.rows == [(2, ["mg", "Magnésium"])]
    assert len(caught) == 1 and caught[0].category is DataWarning
    assert str(caught[0].message) == (
        f"{path}:2: not UTF-8 (byte 0xe9 at character 8), so the file was read as Windows-1252; "
        "check its accented letters, or open it in your spreadsheet and save it as 'CSV UTF-8'"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "{f}: file is empty; expected a header row and data rows"),
        (b"  \n\n", "{f}: file is empty; expected a header row and data rows"),
        (
            b"a,b\n1,\x002\n",
            "{f}:2: NUL byte at character 3, so this is not a text file; "
            "expected a CSV file (open it in your spreadsheet and save it as 'CSV UTF-8')",
        ),
        (
            b"id\nmg\n\x81\x8d\n",
            "{f}:3: not UTF-8 text (byte 0x81 at character 1); "
            "expected a file saved as UTF-8 (open it in your spreadsheet and save it as 'CSV UTF-8')",
        ),
        (
            b'id,label\na,"never closed\nb,c\n',
            '{f}:2: a quoted value is never closed; expected a closing " for every opening " '
            '(write "" for a quote inside a value)',
        ),
        (
            b"a,b\n1,2,3\n",
            "{f}:2: 3 values but the header has 2 columns; expected one value per column "
            "(wrap values containing ',' in quotes)",
        ),
        (b"a,,b\n1,2,3\n", "{f}:1: header cell 2 is empty; expected a name for every column"),
        (
            b"a,A\n1,2\n",
            "{f}:1: column 'a': named twice in the header (case and spaces do not count); expected each column once",
        ),
    ],
)
def test_file_problems_name_file_line_and_what_was_expected(make_text, content, expected):
    path = make_text("t.csv", content)
    _, problems = read_table(path)
    assert [str(p) for p in problems] == [expected.format(f=path)]


def test_missing_file_and_directory(tmp_path):
    _, problems = read_table(tmp_path / "nope.csv")
    assert [str(p) for p in problems] == [f"{tmp_path / 'nope.csv'}: file not found; expected an existing CSV file"]
    _, problems = read_table(tmp_path)
    assert [str(p) for p in problems] == [f"{tmp_path}: is a folder, not a file; expected a CSV file"]


def test_name_overrides_the_path_in_messages(make_text):
    _, problems = read_table(make_text("t.csv", b""), name="edges.csv")
    assert str(problems[0]) == "edges.csv: file is empty; expected a header row and data rows"


def test_nul_inside_utf16_text_is_reported_by_character(make_text):
    path = make_text("t.csv", "a\tb\né\t\x00x\n".encode("utf-16"))
    _, problems = read_table(path)
    assert [str(p) for p in problems] == [
        f"{path}:2: NUL byte at character 3, so this is not a text file; "
        "expected a CSV file (open it in your spreadsheet and save it as 'CSV UTF-8')"
    ]


def test_nul_position_counts_characters_not_bytes(make_text):
    path = make_text("t.csv", "a,b\nél,\x00\n".encode())
    _, problems = read_table(path)
    assert str(problems[0]).startswith(f"{path}:2: NUL byte at character 4,")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"\xff\xfea\x00,\x00b",  # odd length
            "{f}: is not valid UTF-16 text (at byte 6); "
            "expected UTF-8 text (open it in your spreadsheet and save it as 'CSV UTF-8')",
        ),
        (
            "id,label\nmg,x\n".encode("utf-16-be"),
            "{f}: is UTF-16 text without a byte-order mark; "
            "expected UTF-8 text (open it in your spreadsheet and save it as 'CSV UTF-8')",
        ),
    ],
)
def test_broken_utf16(make_text, content, expected):
    path = make_text("t.csv", content)
    assert [str(p) for p in read_table(path)[1]] == [expected.format(f=path)]


def test_excel_sep_line_sets_the_delimiter_and_keeps_line_numbers(make_text):
    table, problems = read_table(make_text("t.csv", "SEP=|\nsource|target\na|b,c\n"))
    assert problems == []
    assert (table.delimiter, table.columns, table.rows) == ("|", ["source", "target"], [(3, ["a", "b,c"])])


def test_a_repeated_header_is_skipped_with_a_warning(make_text):
    path = make_text("t.csv", "id,label\r\na,A\r\n\ufeffID,Label\r\nb,B\r\n")
    with pytest.warns(DataWarning, match=r"t\.csv:3: repeats the header row"):
        table, problems = read_table(path)
    assert problems == []
    assert table.rows == [(2, ["a", "A"]), (4, ["b", "B"])]


@pytest.mark.parametrize(
    ("content", "columns"),
    [
        ('"""Source""","Target"\n', ["source", "target"]),  # doubly quoted names
        ('""""\n', ['"']),  # a name that is one quote
        ("a,b\n", ["a", "b"]),
    ],
)
def test_header_names(make_text, content, columns):
    table, _ = read_table(make_text("t.csv", content + "1,2\n"))
    assert table.columns == columns
