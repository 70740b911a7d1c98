"""The corpus of bad and awkward inputs, each run through the real command line with its exact message.

Each case is a folder under ``tests/corpus/`` (kept byte for byte, see
``.gitattributes``) copied to a temporary folder that becomes the working
directory, so messages name the files as a user there would type them. A
few cases are made when the test runs (folders in place of files, very long
values). ``CASES`` is the one table of them all: arguments, exit code and the
exact standard error and output. Cases marked ``process`` also run through a
real ``python -m graph`` process, to show that no traceback reaches the user.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from graph.cli import cli
from graph.formats.sniff import READ

SAVE_AS = "open it in your spreadsheet and save it as 'CSV UTF-8'"
ONE = "error: 1 problem in the data\n"
WINDOWS_1252 = (
    "so the file was read as Windows-1252; check its accented letters, or open it in your spreadsheet "
    "and save it as 'CSV UTF-8'"
)
HOLDING = "a folder holding edges.csv (and optionally nodes.csv, relations.csv, sources.csv, categories.csv)"
QUOTE_HINT = '(write "" for a quote inside a value)'
SIGNS = "1 (increases), -1 (decreases) or 0 (unsigned)"
FIELD_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One input and what the command line must answer."""

    name: str  # folder under tests/corpus, or a key of MAKERS
    args: str  # as typed after concept-graph
    exit: int
    stderr: str
    stdout: str = ""
    process: bool = False  # also run in a real process


def _long_evidence(size: int) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / "edges.csv").write_text(f"source,target,evidence\nmagnesium,sleep,{'x' * size}\n", encoding="utf-8")

    return make


def _edges_and_folder(folder: Path, name: str) -> None:
    (folder / "edges.csv").write_text("source,target\na,b\n", encoding="utf-8")
    (folder / name).mkdir()


def _deep_json(folder: Path) -> None:
    depth = 100_000
    (folder / "graph.json").write_text('{"nodes": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")


def _nested_graphml(folder: Path) -> None:
    inner = '<node id="leaf"/>'
    for i in range(3000):  # yEd's group nodes, each holding a graph
        inner = (
            f'<node id="n{i}" yfiles.foldertype="group"><graph id="g{i}" edgedefault="directed">{inner}</graph></node>'
        )
    (folder / "nested.graphml").write_text(
        '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        f'<graph edgedefault="directed">{inner}</graph></graphml>',
        encoding="utf-8",
    )


def _fifo(folder: Path) -> None:
    os.mkfifo(folder / "edges.csv")


def _edges_and_link(folder: Path) -> None:
    (folder / "edges.csv").write_text("source,target\na,b\n", encoding="utf-8")
    (folder / "page.html").symlink_to("edges.csv")


def _long_name(folder: Path) -> None:
    (folder / "edges.csv").write_text("source,target\na,b\n", encoding="utf-8")


#: A legal file name of 245 characters (the limit is 255 bytes); its temporary file must fit too.
LONG_NAME = "p" * 240 + ".html"
SHAPES = "box, circle, database, diamond, dot, ellipse, hexagon, square, star, text, triangle, triangleDown"
NO_CONTROL = "text without control characters (GraphML and GEXF cannot hold them)"

#: Cases made when the test runs, by name: each writes into the (empty) working folder.
MAKERS: dict[str, Callable[[Path], None]] = {
    "deep_json": _deep_json,
    "nested_graphml": _nested_graphml,
    "fifo_input": _fifo,
    "out_is_a_link_to_the_input": _edges_and_link,
    "long_out_name": _long_name,
    "edges_is_a_folder": lambda d: (d / "edges.csv").mkdir(),
    "data_edges_is_a_folder": lambda d: (d / "data" / "edges.csv").mkdir(parents=True),
    "empty_data_folder": lambda d: (d / "data").mkdir(),
    "out_is_a_folder": lambda d: _edges_and_folder(d, "out"),
    "one_megabyte_cell": _long_evidence(1024 * 1024),
    "cell_over_the_limit": _long_evidence(FIELD_LIMIT + 1),
}

CASES = [
    # ---- files that are missing, empty or not CSV text
    Case(
        "missing_file",
        "validate --edges edges.csv",
        1,
        "edges.csv: file not found; expected an existing CSV file\n" + ONE,
        process=True,
    ),
    Case(
        "empty_file",
        "validate --edges edges.csv",
        1,
        "edges.csv: file is empty; expected a header row and data rows\n" + ONE,
    ),
    Case(
        "blank_file",
        "validate --edges edges.csv",
        1,
        "edges.csv: file is empty; expected a header row and data rows\n" + ONE,
    ),
    Case(
        "edges_is_a_folder",
        "validate --edges edges.csv",
        1,
        "edges.csv: is a folder, not a file; expected a CSV file\n" + ONE,
        process=True,
    ),
    Case(
        "nul_bytes",
        "validate --edges edges.csv",
        1,
        f"edges.csv:2: NUL byte at character 15, so this is not a text file; expected a CSV file ({SAVE_AS})\n" + ONE,
        process=True,
    ),
    Case(
        "not_utf8",
        "validate --edges edges.csv",
        1,
        f"edges.csv:3: not UTF-8 text (byte 0x81 at character 1); expected a file saved as UTF-8 ({SAVE_AS})\n" + ONE,
        process=True,
    ),
    Case(
        "utf16_without_bom",
        "validate --edges edges.csv",
        1,
        f"edges.csv: is UTF-16 text without a byte-order mark; expected UTF-8 text ({SAVE_AS})\n" + ONE,
    ),
    Case(
        "xlsx_renamed",
        "build --edges edges.csv --out out/graph.html",
        1,
        "edges.csv: looks like an Excel workbook (save it from your spreadsheet as 'CSV UTF-8'), a format not read; "
        f"expected one of {READ}\n" + ONE,
        process=True,
    ),
    Case(
        "xls_renamed",
        "validate --edges edges.csv",
        1,
        "edges.csv: looks like an Excel 97-2003 workbook (save it from your spreadsheet as 'CSV UTF-8'), a format "
        f"not read; expected one of {READ}\n" + ONE,
    ),
    Case(
        "gzip_renamed",
        "validate --edges edges.csv",
        1,
        f"edges.csv: looks like a gzip-compressed file (unpack it first), a format not read; expected one of {READ}\n"
        + ONE,
    ),
    # ---- data folders
    Case(
        "data_folder_not_found",
        "validate --data data",
        1,
        "data: folder not found; expected a folder holding edges.csv\n" + ONE,
    ),
    Case("empty_data_folder", "validate --data data", 1, f"data: has no edges.csv; expected {HOLDING}\n" + ONE),
    Case(
        "no_edges_csv_in_folder",
        "validate --data data",
        1,
        f"data: has no edges.csv (CSV files in it: my_edges.csv, nodes.csv); expected {HOLDING}\n" + ONE,
    ),
    Case(
        "data_edges_is_a_folder",
        "build --data data --out out/graph.html",
        1,
        "data/edges.csv: is a folder, not a file; expected a CSV file\n" + ONE,
        process=True,
    ),
    Case(
        "edge_list_given_as_data",
        "validate --data edges.csv",  # read by its content: an edge list (issue 26)
        0,
        "",
        "ok: 3 nodes, 2 edges\n",
    ),
    Case("case_of_file_names", "validate --data data", 0, "", "ok: 3 nodes, 2 edges\n"),
    # ---- the shape of the CSV
    Case(
        "header_only",
        "validate --edges edges.csv",
        1,
        "edges.csv: no rows below the header; expected at least one edge\n" + ONE,
    ),
    Case(
        "missing_target_column",
        "validate --edges edges.csv",
        1,
        "edges.csv:1: column 'target': missing from the header; "
        "expected a column named 'target' or 'to' or 'dst' or 'doel' or 'naar' or 'object' (found: source, relation); "
        "or name the file's columns with --source-col and --target-col (source_col= and target_col= in Python)\n" + ONE,
    ),
    Case(
        "pipe_delimited",
        "validate --edges edges.csv",
        1,
        "edges.csv:1: column 'source': missing from the header; expected a column named 'source' or 'from' or 'src' "
        "or 'bron' or 'van' or 'subject' "
        "(found only 'source|target': separate the columns with a comma, semicolon or tab)\n"
        "edges.csv:1: column 'target': missing from the header; expected a column named 'target' or 'to' or 'dst' "
        "or 'doel' or 'naar' or 'object' "
        "(found only 'source|target': separate the columns with a comma, semicolon or tab)\n"
        "error: 2 problems in the data\n",
    ),
    Case(
        "unclosed_quote",
        "validate --edges edges.csv",
        1,
        f'edges.csv:2: a quoted value is never closed; expected a closing " for every opening " {QUOTE_HINT}\n' + ONE,
    ),
    Case(
        "text_after_quote",
        "validate --edges edges.csv",
        1,
        "edges.csv:2: text follows the closing quote of a quoted value; "
        f'expected the delimiter right after the closing " {QUOTE_HINT}\n' + ONE,
    ),
    Case(
        "space_after_closing_quote",
        "validate --edges edges.csv",
        1,
        "edges.csv:1: text follows the closing quote of a quoted value; "
        f'expected the delimiter right after the closing " {QUOTE_HINT}\n' + ONE,
    ),
    Case(
        "too_many_values",
        "validate --edges edges.csv",
        1,
        "edges.csv:2: 3 values but the header has 2 columns; "
        "expected one value per column (wrap values containing ',' in quotes)\n" + ONE,
    ),
    Case(
        "duplicate_header",
        "validate --edges edges.csv",
        1,
        "edges.csv:1: column 'relation': named twice in the header (case and spaces do not count); "
        "expected each column once\n" + ONE,
    ),
    Case(
        "empty_header_cell",
        "validate --edges edges.csv",
        1,
        "edges.csv:1: header cell 2 is empty; expected a name for every column\n" + ONE,
    ),
    Case(
        "quoted_newlines",
        "validate --data data",
        1,
        "data/edges.csv:5: column 'relation': unknown relation 'promots'; "
        "expected one listed in data/relations.csv (did you mean 'promotes'?)\n" + ONE,
    ),
    Case(
        "mixed_line_endings",
        "validate --edges edges.csv",
        1,
        "edges.csv:3: column 'target': empty target; expected a node id\n" + ONE,
    ),
    Case("blank_lines_and_trailing_delimiters", "validate --edges edges.csv", 0, "", "ok: 3 nodes, 2 edges\n"),
    Case("header_with_spaces", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case("quoted_header", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case("sep_line", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case("tab_delimited", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case(
        "bom_in_the_middle",
        "validate --edges edges.csv",
        0,
        "warning: edges.csv:3: repeats the header row (were two files joined?); skipped\n",
        "ok: 3 nodes, 2 edges\n",
    ),
    Case("one_megabyte_cell", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case(
        "cell_over_the_limit",
        "validate --edges edges.csv",
        1,
        f"edges.csv:2: a value longer than {FIELD_LIMIT:,} characters; "
        'expected shorter values (if none is that long, a " that opens a quoted value is never closed)\n' + ONE,
    ),
    # ---- encodings
    Case("utf16_with_bom", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case(
        "windows_1252",
        "validate --edges edges.csv",
        0,
        f"warning: edges.csv:2: not UTF-8 (byte 0xef at character 15), {WINDOWS_1252}\n",
        "ok: 2 nodes, 1 edge\n",
        process=True,
    ),
    Case(
        "dutch_excel",
        "build --data data --out out/graph.html",
        0,
        f"warning: data/nodes.csv:3: not UTF-8 (byte 0xef at character 22), {WINDOWS_1252}\n"
        f"warning: data/edges.csv:3: not UTF-8 (byte 0xef at character 28), {WINDOWS_1252}\n",
        "wrote out/graph.html: 3 nodes, 3 edges\n",
    ),
    # ---- nodes and edges
    Case(
        "duplicate_id",
        "validate --data data",
        1,
        "data/nodes.csv:5: column 'id': duplicate id 'sleep'; expected each id once (first on line 4)\n" + ONE,
    ),
    Case(
        "empty_id",
        "validate --data data",
        1,
        "data/nodes.csv:5: column 'id': empty id; expected a non-empty id for every node\n" + ONE,
    ),
    Case(
        "empty_source",
        "validate --edges edges.csv",
        1,
        "edges.csv:3: column 'source': empty source; expected a node id\n" + ONE,
    ),
    Case(
        "unknown_node",
        "build --data data --out out/graph.html",
        1,
        "data/edges.csv:4: column 'target': unknown node 'slep'; "
        "expected an id listed in data/nodes.csv (did you mean 'sleep'?)\n" + ONE,
    ),
    Case(
        "unknown_relation",
        "validate --data data",
        1,
        "data/edges.csv:4: column 'relation': unknown relation 'activats'; "
        "expected one listed in data/relations.csv (did you mean 'activates'?)\n" + ONE,
    ),
    Case(
        "unknown_source",
        "validate --data data",
        1,
        "data/edges.csv:3: column 'source_doc': unknown source 'schnieder'; "
        "expected one listed in data/sources.csv (did you mean 'schneider'?)\n" + ONE,
    ),
    Case(
        "unknown_category",
        "validate --data data",
        1,
        "data/nodes.csv:2: column 'category': unknown category 'minerl'; "
        "expected one listed in data/categories.csv (did you mean 'mineral'?)\n" + ONE,
    ),
    Case(
        "bad_colour_and_shape",
        "validate --data data",
        1,
        "data/categories.csv:2: column 'color': 'blue' is not a colour; expected a hex colour such as #4477aa\n"
        "data/categories.csv:3: column 'shape': unknown shape 'circel'; expected one of box, circle, database, "
        "diamond, dot, ellipse, hexagon, square, star, text, triangle, triangleDown\n"
        "error: 2 problems in the data\n",
    ),
    Case(
        "sign_not_a_number",
        "validate --data data",
        1,
        f"data/relations.csv:4: column 'sign': 'minus' is not a sign; expected {SIGNS}\n" + ONE,
    ),
    Case(
        "edge_sign_out_of_range",
        "validate --edges edges.csv",
        1,
        f"edges.csv:3: column 'sign': '2' is not a sign; expected {SIGNS}\n" + ONE,
    ),
    Case(
        "weight_not_a_number",
        "validate --edges edges.csv",
        1,
        "".join(
            f"edges.csv:{line}: column 'weight': '{value}' is not a number; "
            "expected a number such as 2 or 0.5 (with a decimal point)\n"
            for line, value in ((2, "1,5"), (3, "heavy"), (4, "nan"))
        )
        + "error: 3 problems in the data\n",
    ),
    Case(
        "nodes_header_only",
        "validate --edges edges.csv --nodes nodes.csv",
        1,
        "nodes.csv: no rows below the header; "
        "expected a row for each node (or no node file at all: the edges then make the nodes)\n" + ONE,
    ),
    Case(
        "every_row_bad",
        "validate --edges edges.csv --nodes nodes.csv",
        1,
        "".join(
            f"edges.csv:{i + 2}: column 'target': unknown node 'zinc{i}'; expected an id listed in nodes.csv\n"
            for i in range(20)
        )
        + "and 5 more problems\nerror: 25 problems in the data\n",
    ),
    Case("formula_cells", "validate --edges edges.csv", 0, "", "ok: 4 nodes, 2 edges\n"),
    Case(
        "unicode_ids", "build --edges edges.csv --out out/graph.html", 0, "", "wrote out/graph.html: 5 nodes, 3 edges\n"
    ),
    Case("numeric_looking_ids", "validate --edges edges.csv", 0, "", "ok: 4 nodes, 2 edges\n"),
    # ---- common files from other tools
    Case("gephi_edge_list", "validate --edges edges.csv", 0, "", "ok: 3 nodes, 3 edges\n"),
    Case("from_to", "validate --edges edges.csv", 0, "", "ok: 2 nodes, 1 edge\n"),
    Case(
        "own_column_names",
        "validate --edges edges.csv --source-col Van --target-col naar",
        0,
        "",
        "ok: 2 nodes, 1 edge\n",
    ),
    Case(
        "own_column_names",
        "validate --edges edges.csv --source-col bron --target-col naar",
        1,
        "edges.csv:1: column 'bron': missing from the header; "
        "expected a column named 'bron' (found: Van, Naar, Relatie)\n" + ONE,  # as written (issue 26)
    ),
    # ---- graph files held to the checks CSV data goes through
    Case(
        "prototype_shapes_graphml",
        "validate --data edited.graphml",
        1,
        "".join(
            f"edited.graphml: column 'shape': category '{category}': unknown shape '{shape}'; "
            f"expected one of {SHAPES}\n"
            for category, shape in (("mineral", "__proto__"), ("hormone", "toString"), ("state", "image"))
        )
        + "error: 3 problems in the data\n",
    ),
    Case(
        "prototype_shape_json",
        "build --data graph.json --out out/graph.html",
        1,
        f"graph.json: column 'shape': category 'constructor': unknown shape '__proto__'; expected one of {SHAPES}\n"
        + ONE,
        process=True,
    ),
    Case(
        "json_nodes_not_objects",
        "validate --data graph.json",
        1,
        'graph.json: nodes[0] is not an object with an "id" (and 1 more like it); '  # one line, not one a node
        'expected node-link JSON: an object with "nodes" and "edges"\n' + ONE,
        process=True,
    ),
    Case(
        "deep_json",
        "validate --data graph.json",
        1,
        'graph.json: is nested too deeply to read; expected node-link JSON: an object with "nodes" and "edges"\n' + ONE,
        process=True,
    ),
    Case(
        "nested_graphml",
        "validate --data nested.graphml",
        1,
        "nested.graphml: is nested too deeply to read; expected a GraphML file\n" + ONE,
        process=True,
    ),
    Case(
        "json_ids_that_merge",
        "validate --data graph.json",
        1,
        "graph.json: nodes[1]: ids 1 and \"1\" both read as '1'; expected ids that differ as text\n"
        "graph.json: nodes[2]: true is not an id; expected text or a whole number\n"
        "graph.json: edges[0]: ids 1 and \"1\" both read as '1'; expected ids that differ as text\n"
        "error: 3 problems in the data\n",
    ),
    Case(
        "json_lone_surrogate",
        "build --data graph.json --out out/graph.html",
        1,
        "graph.json: column 'id': node id 'mg\\ud800': holds a lone surrogate (U+D800) at character 3; "
        f"expected {NO_CONTROL}\n" + ONE,
        process=True,
    ),
    Case(
        "json_ids_with_spaces",
        "validate --data graph.json",
        1,
        "graph.json: column 'id': node ' sleep ' has spaces around it; "
        "expected an id without leading or trailing spaces (CSV files drop them)\n" + ONE,
    ),
    Case("column_named_key", "validate --data .", 0, "", "ok: 2 nodes, 2 edges\n"),
    # ---- text that exports could not hold, or that would control the terminal
    Case(
        "vertical_tab",
        "validate --edges edges.csv",
        1,
        f"edges.csv:2: holds a vertical tab (U+000B) at character 35; expected {NO_CONTROL}\n" + ONE,
    ),
    Case(
        "newline_in_id",
        "validate --data .",
        1,
        "edges.csv:3: column 'source': unknown node 'sleep\\nedges.csv:9: column 'source': all is well; "
        "expected nothing'; expected an id listed in nodes.csv\n" + ONE,
        process=True,
    ),
    Case(
        "terminal_escapes",
        "neighbors magnesium --edges edges.csv",
        0,
        "",
        "magnesium: 1 connection, outgoing\n  +  magnesium  promotes  sleep\\x9b2J  calm \\u202enight\\u202c ahead\n",
        process=True,
    ),
    Case(
        "lookalike_ids",
        "validate --edges edges.csv",
        0,
        "warning: edges.csv: ids that look alike but are different nodes: "
        "'sleep' and 'Sleep' (they differ in case only); "
        "'cafe\u0301' and 'caf\u00e9' (the same letters written with different Unicode code points); "
        "'mg' and 'm\\u200bg' (they differ in invisible characters only)\n",
        "ok: 7 nodes, 5 edges\n",
    ),
    Case(
        "homoglyph",
        "path magnesium sl\u0435ep --edges edges.csv",
        1,
        "error: no concept named 'sl\u0435ep' (did you mean 'sleep' "
        "(U+0065 LATIN SMALL LETTER E where 'sl\u0435ep' has U+0435 CYRILLIC SMALL LETTER IE)?)\n",
    ),
    # ---- input that would be read forever, unbounded work
    Case(
        "fifo_input",
        "validate --edges edges.csv",
        1,
        "edges.csv: is a named pipe (FIFO), not a regular file; expected a CSV file\n" + ONE,
        process=True,
    ),
    Case(
        "from_to",
        "validate --edges /dev/zero",
        1,
        "/dev/zero: is a device, not a regular file; expected a CSV file\n" + ONE,
        process=True,
    ),
    Case(
        "from_to",
        "path magnesium gaba --edges edges.csv --max-hops 99999999999999999999999",
        2,
        "Usage: concept-graph path [OPTIONS] FROM TO\nTry 'concept-graph path --help' for help.\n\n"
        "Error: Invalid value for '--max-hops': 99999999999999999999999 is not in the range 1<=x<=12.\n",
        process=True,
    ),
    # ---- --out: never a device, a FIFO or an input file; a long legal name works
    Case(
        "from_to",
        "build --edges edges.csv --out edges.csv",
        1,
        "error: cannot write edges.csv: it is an input file of this command; expected another file name\n",
        process=True,
    ),
    Case(
        "out_is_a_link_to_the_input",
        "build --edges edges.csv --out page.html",
        1,
        "error: cannot write page.html: it is an input file of this command; expected another file name\n",
    ),
    Case(
        "from_to",
        "export --edges edges.csv --format csv --out .",
        1,
        "error: cannot write edges.csv: it is an input file of this command; expected another file name\n",
    ),
    Case(
        "from_to",
        "build --edges edges.csv --out /dev/null",
        1,
        "error: cannot write /dev/null: it is a device, not a regular file; expected the name of a file\n",
        process=True,
    ),
    Case("long_out_name", f"build --edges edges.csv --out {LONG_NAME}", 0, "", f"wrote {LONG_NAME}: 2 nodes, 1 edge\n"),
    # ---- usage errors exit 2, output errors 1
    Case(
        "from_to",
        "validate --data data --edges edges.csv",
        2,
        "Usage: concept-graph validate [OPTIONS]\nTry 'concept-graph validate --help' for help.\n\n"
        "Error: give --data or --edges, not both\n",
        process=True,
    ),
    Case(
        "from_to",
        "build --nodes nodes.csv",
        2,
        "Usage: concept-graph build [OPTIONS]\nTry 'concept-graph build --help' for help.\n\n"
        "Error: --nodes goes with --edges\n",
    ),
    Case(
        "out_is_a_folder",
        "build --edges edges.csv --out out",
        2,
        "Usage: concept-graph build [OPTIONS]\nTry 'concept-graph build --help' for help.\n\n"
        "Error: Invalid value for '--out': File 'out' is a directory.\n",
    ),
    Case(
        "from_to",
        "build --edges edges.csv --out edges.csv/graph.html",
        1,
        "error: cannot write edges.csv/graph.html: edges.csv is a file, not a folder\n",
    ),
    # ---- issue 29: the newer readers held to what a CSV data folder must satisfy
    Case(
        "kgx_id_hiding_a_control",
        "validate --data .",
        1,
        "".join(
            f"{file}:{line}: column '{column}': 'cg:{text}', decoded, holds {what} at character 2; "
            f"expected {NO_CONTROL}\n"
            for file, line, column, text, what in [
                ("edges.tsv", 2, "subject", "a%01b", "a control character (U+0001)"),
                ("edges.tsv", 2, "object", "x%00y", "a nul (U+0000)"),
                ("nodes.tsv", 2, "id", "a%01b", "a control character (U+0001)"),
                ("nodes.tsv", 3, "id", "x%00y", "a nul (U+0000)"),
            ]
        )
        + "error: 4 problems in the data\n",
    ),
    Case(
        "direction_words_in_graph_files",
        "validate --data maybe.graphml",
        1,
        "maybe.graphml: column 'directed': edge 'a' -> 'b': 'maybe' is not a direction; "
        "expected true or false (1 or 0)\n" + ONE,
    ),
    Case(
        "direction_words_in_graph_files",
        "validate --data maybe.gexf",
        1,
        "maybe.gexf: column 'type': edge 'a' -> 'b': 'maybe' is not a direction; "
        "expected directed, undirected or mutual\n" + ONE,
    ),
    Case(
        "direction_words_in_graph_files",
        "build --data sometimes.json --out out/graph.html",
        1,
        'sometimes.json: "directed": "sometimes" is not a direction; expected true or false\n' + ONE,
    ),
    Case(
        "nan_in_graph_files",
        "validate --data nan.gexf",
        1,
        "".join(
            f"nan.gexf: column 'weight': edge {ends}: '{value}' is not a number; "
            "expected a number such as 2 or 0.5 (with a decimal point)\n"
            for ends, value in (("'a' -> 'b'", "nan"), ("'b' -> 'a'", "inf"))
        )
        + "error: 2 problems in the data\n",
    ),
    Case(
        "nan_in_graph_files",
        "export --data nan.json --format json --out out.json",
        1,
        "nan.json: column 'score': node 'a': '-inf' is not a number; "
        "expected a number such as 2 or 0.5 (with a decimal point)\n"
        "nan.json: column 'weight': edge 'b' -> 'a': 'nan' is not a number; "
        "expected a number such as 2 or 0.5 (with a decimal point)\n"
        "error: 2 problems in the data\n",
    ),
    Case("gephi_files_networkx_misreads", "validate --data key.gexf", 0, "", "ok: 2 nodes, 2 edges\n"),
    Case("gephi_files_networkx_misreads", "validate --data mixedns.gexf", 0, "", "ok: 4 nodes, 3 edges\n"),
    Case(
        "directed_column_and_undirected",
        "path c a --edges mixed.csv --undirected",
        0,
        "",
        "1 path from c to a (at most 4 hops, directions ignored)\n\n"
        "1. c -> b -> a  unclear\n"
        "   C is linked to b; b is linked to a. Net effect: unclear, since not every step says whether it increases "
        "or decreases.\n"
        "     ?  c  is linked to  b\n"
        "     ?  b  is linked to  a\n\n"
        "Net effect of c on a: unclear (1 path: 0 increasing, 0 decreasing, 1 unclear).\n",
    ),
    Case(
        "directed_column_and_undirected",
        "path c a --edges mixed.csv",
        0,
        "",
        "No path from c to a following the arrows within 4 hops; 1 path if directions are ignored: use --undirected.\n",
    ),
]


def _ids(case: Case) -> str:
    return f"{case.name}: {case.args}"


def _workdir(case: Case, tmp_path: Path) -> Path:
    """A fresh copy of the case's files (or what its maker writes) to run in."""
    folder = tmp_path / "work"
    if (CORPUS / case.name).is_dir():
        shutil.copytree(CORPUS / case.name, folder)
    else:
        folder.mkdir(parents=True)
        if case.name in MAKERS:
            MAKERS[case.name](folder)
    return folder


def test_the_corpus_is_large_and_every_folder_is_used():
    names = {case.name for case in CASES}
    assert len(names) >= 30
    assert len(CASES) >= 50
    folders = {p.name for p in CORPUS.iterdir() if p.is_dir()}
    assert folders - names == set(), "corpus folders without a case"
    assert names - folders - set(MAKERS) == {"missing_file", "data_folder_not_found"}


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_case_gives_its_exact_message(case, tmp_path, monkeypatch):
    monkeypatch.chdir(_workdir(case, tmp_path))
    result = CliRunner().invoke(cli, shlex.split(case.args), prog_name="concept-graph", catch_exceptions=False)
    assert (result.exit_code, result.stderr, result.stdout) == (case.exit, case.stderr, case.stdout)


@pytest.mark.parametrize("case", [c for c in CASES if c.process], ids=_ids)
def test_case_in_a_real_process_gives_the_same_message_and_no_traceback(case, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "CONCEPT_GRAPH_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-m", "graph", *shlex.split(case.args)],
        cwd=_workdir(case, tmp_path),
        capture_output=True,
        text=True,
        env=env,
    )
    assert (result.returncode, result.stderr, result.stdout) == (case.exit, case.stderr, case.stdout)


def test_failed_cases_write_nothing(tmp_path, monkeypatch):
    failed_builds = [c for c in CASES if c.exit != 0 and c.args.startswith("build")]
    assert len(failed_builds) >= 4
    for number, case in enumerate(failed_builds):
        work = _workdir(case, tmp_path / str(number))
        monkeypatch.chdir(work)
        before = sorted(p.relative_to(work) for p in work.rglob("*"))
        CliRunner().invoke(cli, shlex.split(case.args), prog_name="concept-graph", catch_exceptions=False)
        assert sorted(p.relative_to(work) for p in work.rglob("*")) == before, case.name
