"""Tell a graph file's format from its first bytes, not from its name.

:func:`sniff` reads the start of a file and says which of the formats we read
it is in (:data:`READ`), or what it looks like when it is a format we do not
read. XML is told by its root element (``<graphml>``, ``<gexf>``), GML by
``graph [``, Pajek by ``*Vertices``, DOT by ``digraph {`` or ``graph {``, JSON
by its first character (one object a line: JSON Lines), and the rest is text
in lines: a table with a header (CSV or TSV, read by :mod:`graph.read`), or an
edge list or adjacency list without one (networkx, SNAP; ``#`` comments).

Whether the first line of a text table is a header: it is when one of its cells
names a column we know (``source``, ``target``, ``from``, ``to``, ``id``,
``subject``, ``weight``, ``:START_ID`` ... :data:`HEADER_NAMES`), or when a cell
that is no number stands over a column of numbers (``strength`` over ``0.5``).
It is an edge when its cells are numbers, when one of them is met again as a
node further down, or, in a file separated by tabs or commas, when none of the
above holds: two names such as ``Magnesium,Sleep`` are read as an edge, with a
warning saying how to have them read as a header (``--source-col``).
A file that is no text at all is named by its first bytes (an image, a PDF, a
zip archive, a workbook, a compressed file, a database) and refused, each with
what to do when something can be done; UTF-16 text is left to the CSV reader.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "power.txt").write_text("Creator \\"Gephi\\"\\ngraph\\n[\\n  directed 0\\n]\\n")
>>> sniff(folder / "power.txt")
Sniffed(format='gml', looks='GML')
>>> _ = (folder / "g.tgf").write_text("1 One\\n2 Two\\n#\\n1 2\\n")
>>> sniff(folder / "g.tgf").format is None
True
>>> _ = (folder / "plot.png").write_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
>>> sniff(folder / "plot.png")
Sniffed(format=None, looks='a PNG image')
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from ..errors import Problem

__all__ = ["Sniffed", "sniff", "refusal", "READ", "HEADER_NAMES", "SUFFIXES", "GUESSED"]

#: File suffixes and the format each names: what a missing file is expected to be, and what a
#: file of that name is read as when its content is no graph format (a damaged file, say).
SUFFIXES = {
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
    ".gml": "gml",
    ".net": "pajek",
    ".dot": "dot",
    ".gv": "dot",
    ".jsonl": "jsonl",
}

#: The formats read, as a user would name them (what a refusal lists).
READ = (
    "CSV/TSV with a header (ours, Gephi, Neo4j import, KGX TSV), edge and adjacency lists "
    "without one (networkx, SNAP), GraphML (yEd too), GEXF 1.1-1.3, GML, Pajek, DOT, "
    "JSON (node-link, D3, Cytoscape.js, Gephi, KGX) and KGX JSON Lines"
)
#: Header cells that make a tab- or space-separated first line a header, not an edge.
HEADER_NAMES = frozenset(
    {
        *("source", "target", "from", "to", "src", "dst", "bron", "doel", "van", "naar"),
        *("subject", "object", "predicate", "id", "node", "node_id", "relation", "weight"),
        *("label", "name", "type", "category", ":start_id", ":end_id", ":type", "id:id"),
    }
)
#: What a file that is not text is, by its first bytes (a zip archive is looked into).
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook (save it from your spreadsheet as 'CSV UTF-8')"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x1f\x8b", "a gzip-compressed file (unpack it first)"),
    (b"BZh", "a bzip2-compressed file (unpack it first)"),
    (b"\xfd7zXZ\x00", "an xz-compressed file (unpack it first)"),
    (b"(\xb5/\xfd", "a zstd-compressed file (unpack it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive (unpack it first)"),
    (b"Rar!", "a RAR archive (unpack it first)"),
)
_HEAD_BYTES = 65536
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_XML_ROOT = re.compile(r"\s*<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_XML_SKIP = re.compile(r"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.DOTALL)
_GML = re.compile(r"(\s*(#[^\n]*|Creator\s+\"[^\"]*\"|Version\s+\S+|comment\s+\"[^\"]*\"))*\s*graph\s*\[", re.I)
_PAJEK = re.compile(r"(\s*%[^\n]*)*\s*\*(vertices|network|arcs|edges)\b", re.I)
_DOT = re.compile(
    r"(\s*(//[^\n]*|/\*.*?\*/|#[^\n]*))*\s*(strict\s+)?(di)?graph\s*(\"[^\"]*\"|[\w.]+)?\s*\{", re.I | re.S
)
_NOT_READ = (
    (re.compile(r"nodedef\s*>", re.I), "GDF (GUESS, Gephi)"),
    (re.compile(r"dl\s+n\s*=", re.I), "UCINET DL"),
    (re.compile(r"LEDA\.GRAPH"), "LEDA"),
)
_XML_NOT_READ = {
    "gxl": "GXL",
    "graph": "XGMML (Cytoscape)",
    "html": "HTML (a web page)",
    "svg": "SVG (a drawing)",
    "rdf": "RDF/XML",
    "dynagraph": "DynaGraph XML",
    "graph-model": "GraphML of another tool",
}


class Sniffed(NamedTuple):
    """What a file is: ``format`` one of ``csv``, ``edgelist``, ``graphml``, ``gexf``, ``gml``,
    ``pajek``, ``dot``, ``json``, ``jsonl``, or ``None`` for a format not read; ``looks`` names it."""

    format: str | None
    looks: str


def sniff(path: str | Path) -> Sniffed:
    """The format of the file at ``path``, told from its first bytes.

    A file that cannot be opened (missing, a folder, a FIFO) is called ``csv``:
    the reader then says what is wrong with it.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.dat"
    >>> _ = path.write_text("# Directed graph: toy.txt\\n# FromNodeId\\tToNodeId\\n0\\t1\\n1\\t2\\n")
    >>> sniff(path)
    Sniffed(format='edgelist', looks='an edge list without a header')
    """
    path = Path(path)
    if not path.is_file():
        return Sniffed("csv", "a CSV file")
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD_BYTES)
    except OSError:
        return Sniffed("csv", "a CSV file")
    binary = _binary(path, head)
    if binary is not None:
        return binary
    text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    found = _sniff_text(text, complete=len(head) < _HEAD_BYTES)
    named = SUFFIXES.get(path.suffix.lower())
    if found.format in ("csv", "edgelist") and named is not None:
        return Sniffed(named, f"a damaged {named} file")  # its reader says what is wrong
    return found


def _binary(path: Path, head: bytes) -> Sniffed | None:
    """What a file that is no text is, refused; ``csv`` for UTF-16 text, whose reader says what to
    do; ``None`` for text."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16(head):
        return Sniffed("csv", "a CSV file")
    for magic, looks in _MAGIC:
        if head.startswith(magic):
            return Sniffed(None, looks)
    if head.startswith(b"PK\x03\x04"):
        return Sniffed(None, _zipped(path))
    start = head[:4096]
    if len(_BINARY.findall(start)) > max(4, len(start) // 100):  # a stray one is the CSV reader's to name
        return Sniffed(None, "binary data rather than text")
    return None


def _utf16(head: bytes) -> bool:
    """True when every second byte of the start is NUL, as in UTF-16 text without a byte-order mark."""
    start = head[:200]
    half = len(start) // 2
    zeros = (start[0::2].count(0), start[1::2].count(0))
    return half >= 2 and min(zeros) == 0 and max(zeros) >= 0.8 * half


def _zipped(path: Path) -> str:
    """What a zip file holds: a workbook, a Gephi project, or an archive to unpack."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            kind = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, ValueError):
        names, kind = [], b""
    if any(n.startswith("xl/") for n in names):
        return "an Excel workbook (save it from your spreadsheet as 'CSV UTF-8')"
    if b"opendocument.spreadsheet" in kind:
        return "an OpenDocument spreadsheet (save it from your spreadsheet as 'CSV UTF-8')"
    if path.suffix.lower() == ".gephi":
        return "a Gephi project (export it from Gephi with File > Export > Graph file as GEXF)"
    return "a zip archive (unpack it first)"


def _sniff_text(text: str, complete: bool) -> Sniffed:
    if text.startswith("<"):
        return _xml(text)
    if text.startswith(("{", "[")):
        return _json(text, complete)
    if _GML.match(text):
        return Sniffed("gml", "GML")
    if _PAJEK.match(text):
        return Sniffed("pajek", "Pajek")
    if _DOT.match(text):
        return Sniffed("dot", "DOT (Graphviz)")
    for pattern, name in _NOT_READ:
        if pattern.match(text):
            return Sniffed(None, name)
    return _lines(text, complete)


def _xml(text: str) -> Sniffed:
    at = 0
    while True:
        skipped = _XML_SKIP.match(text, at)
        if skipped is None:
            break
        at = skipped.end()
    root = _XML_ROOT.match(text, at)
    if root is None:
        return Sniffed("csv", "a CSV file")  # not XML after all: the CSV reader says what it found
    name = root.group(2).lower()
    if name == "graphml":
        return Sniffed("graphml", "GraphML")
    if name == "gexf":
        return Sniffed("gexf", "GEXF")
    return Sniffed(None, _XML_NOT_READ.get(name, f"XML whose root element is <{root.group(2)}>"))


def _json(text: str, complete: bool) -> Sniffed:
    import json

    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].lstrip().startswith("{") and lines[1].lstrip().startswith("{"):
        try:
            first = json.loads(lines[0])
        except ValueError:
            first = None
        if isinstance(first, dict):
            return Sniffed("jsonl", "JSON Lines")
    return Sniffed("json", "JSON")


def _lines(text: str, complete: bool) -> Sniffed:
    """A table with a header (``csv``), an edge or adjacency list without one, or TGF."""
    lines = text.splitlines()
    if not complete and len(lines) > 1:
        lines = lines[:-1]  # the last may be cut short
    comments = [line for line in lines if line.startswith(("#", "%"))]
    data = [line for line in lines if line.strip() and not line.startswith(("#", "%"))]
    if any(line.strip() == "#" for line in lines[1:]) and lines and not lines[0].startswith("#"):
        return Sniffed(None, "TGF (Trivial Graph Format)")
    if not data:
        return Sniffed("csv", "a CSV file")
    first = data[0]
    if "{" in first and "}" in first and not first.lstrip().startswith(("{", '"')):
        return Sniffed("edgelist", _EDGE_LIST)  # networkx's write_edgelist, attributes as a dict
    delimiter = next((d for d in ("\t", ",", ";") if d in first), " ")
    cells = _cells(first, delimiter)
    if any(c.lower() in HEADER_NAMES or c.lower().endswith((":start_id", ":end_id", ":id")) for c in cells):
        return Sniffed("csv", "a CSV file")
    if delimiter == " " and len(cells) > 1:
        return Sniffed("edgelist", _EDGE_LIST)  # the CSV reader reads no spaces between values
    if (comments and delimiter == "\t") or _numeric(cells) or _repeated(cells, data[1:200], delimiter):
        return Sniffed("edgelist", _EDGE_LIST)
    if delimiter in ("\t", ",") and len(cells) > 1 and not _names_over_numbers(first, data[1:200], delimiter):
        return Sniffed("edgelist", GUESSED)  # two or more names, none known as a column's: an edge
    return Sniffed("csv", "a CSV file")


_EDGE_LIST = "an edge list without a header"
#: What a file is taken for when its first line names no column we know and stands over no number:
#: an edge list (read with a warning saying how to have the line read as a header).
GUESSED = "an edge list without a header (its first line names no column)"


def _cells(line: str, delimiter: str) -> list[str]:
    parts = re.split(r" +", line.strip()) if delimiter == " " else line.split(delimiter)
    return [c.strip().strip('"') for c in parts if c.strip()]


def _names_over_numbers(first: str, rows: list[str], delimiter: str) -> bool:
    """True when a cell of the ``first`` line that is no number heads a column of numbers below it:
    a column's name (``weight`` over ``0.5``), so the line is a header."""
    cells = [c.strip().strip('"') for c in first.split(delimiter)]
    below = [[c.strip().strip('"') for c in row.split(delimiter)] for row in rows]
    for at, cell in enumerate(cells):
        values = [row[at] for row in below if at < len(row) and row[at]]
        if values and not _numeric([cell]) and _numeric(values):
            return True
    return False


def _repeated(cells: list[str], rows: list[str], delimiter: str) -> bool:
    """True when a cell of the first line is met again below it: a node, not a column's name."""
    names = set(cells)
    return any(names.intersection(_cells(row, delimiter)) for row in rows)


def _numeric(cells: list[str]) -> bool:
    try:
        for cell in cells:
            float(cell)
    except ValueError:
        return False
    return bool(cells)


def refusal(path: str | Path, found: Sniffed) -> Problem:
    """The one-line problem for a file in a format not read: what it looks like, and what is read.

    Examples
    --------
    >>> print(refusal("g.gdf", Sniffed(None, "GDF (GUESS, Gephi)")))  # doctest: +ELLIPSIS
    g.gdf: looks like GDF (GUESS, Gephi), a format not read; expected one of CSV/TSV with a header (...
    """
    return Problem(str(path), 0, None, f"looks like {found.looks}, a format not read", f"one of {READ}")
