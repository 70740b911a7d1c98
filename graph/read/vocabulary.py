"""The three small tables that name things: relations, sources and categories.

Each is read from a :class:`~graph.read.csvfile.Table` into a dict keyed by its
id, with defaults for missing columns, and checked: ids present and unique,
signs numeric, colours well formed. Values used in the data but absent from
a table (or when there is no table) get default entries, so a graph always
carries a complete vocabulary.

Examples
--------
>>> relation_entry("converts_to")
{'label': 'converts to', 'label_nl': 'converts to', 'sign': 0}
>>> category_entry("amino_acid", 0)["label"]
'Amino acid'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import Problem
from .csvfile import Table
from .direction import parse_directed
from .numeric import parse_number

__all__ = [
    "read_relations",
    "read_sources",
    "read_categories",
    "parse_sign",
    "missing_column",
    "listed",
    "relation_entry",
    "builtin_sign",
    "BUILTIN_SIGNS",
    "source_entry",
    "category_entry",
    "DEFAULT_RELATION",
    "DEFAULT_CATEGORY",
    "PALETTE",
    "SHAPES",
    "ALL_SHAPES",
    "HEX_COLOUR",
]

#: The relation of an edge whose file gives none.
DEFAULT_RELATION = "related_to"
#: The category of a node whose file gives none.
DEFAULT_CATEGORY = "other"

#: Colours given to categories that bring none, in this order: chosen so that any two of the
#: first 12 differ by a CIEDE2000 colour difference of at least 27 and any two of all 20 by at
#: least 19, each at least 22 from a white and from a dark page background (tests/page/test_palette.py
#: computes these). Categories past the 20th take a shape besides the colour (:func:`category_entry`).
PALETTE = (
    "#00bb55",
    "#aa11aa",
    "#ff8822",
    "#00aaff",
    "#eebbdd",
    "#006666",
    "#775544",
    "#ddcc00",
    "#ff3366",
    "#1155bb",
    "#446600",
    "#00dddd",
    "#9988ff",
    "#998855",
    "#997799",
    "#bb0022",
    "#ff66ee",
    "#449988",
    "#bbcc99",
    "#ffaa99",
)
#: Node shapes vis-network draws with the label below the shape.
SHAPES = ("dot", "diamond", "square", "triangle", "triangleDown", "star", "hexagon")
_ALL_SHAPES = frozenset(SHAPES) | {"ellipse", "box", "circle", "database", "text"}
#: Every shape a category may have (the closed list checked for any input format).
ALL_SHAPES = _ALL_SHAPES
#: A colour as a category gives it.
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
_YES_NO = "true or false (yes/no, 1/0; Directed/Undirected as Gephi writes it)"
_SIGNS = {"1": 1, "+1": 1, "-1": -1, "0": 0, "": 0}


#: The built-in relation vocabulary: words (English and Dutch) whose sign is known, so that an
#: edge list without ``relations.csv`` says what it means. Matched in lower case, with spaces,
#: hyphens and underscores alike ("up-regulates" = "up_regulates").
BUILTIN_SIGNS: dict[str, int] = {
    **dict.fromkeys(
        (
            "increases", "increase", "raises", "elevates", "enhances", "activates", "stimulates", "promotes",
            "induces", "causes", "upregulates", "up_regulates", "boosts", "supports", "enables", "produces",
            "strengthens", "amplifies", "positively_regulates", "leads_to",
            "verhoogt", "verhogen", "activeert", "stimuleert", "bevordert", "veroorzaakt", "versterkt",
            "induceert", "ondersteunt", "produceert", "leidt_tot", "verhoogd",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "decreases", "decrease", "lowers", "reduces", "inhibits", "suppresses", "blocks", "prevents",
            "downregulates", "down_regulates", "impairs", "weakens", "relieves", "negatively_regulates",
            "counteracts", "verlaagt", "verlagen", "remt", "onderdrukt", "blokkeert", "voorkomt",
            "vermindert", "verzwakt", "verlicht", "gaat_tegen", "verlaagd",
        ),
        -1,
    ),
}  # fmt: skip


def builtin_sign(relation: str) -> int | None:
    """The sign the built-in vocabulary gives ``relation``, or ``None`` when it does not know it.

    Examples
    --------
    >>> builtin_sign("Increases"), builtin_sign("verlaagt"), builtin_sign("up-regulates"), builtin_sign("knows")
    (1, -1, 1, None)
    """
    return BUILTIN_SIGNS.get(re.sub(r"[\s\-]+", "_", relation.strip().lower()))


def relation_entry(relation: str) -> dict[str, Any]:
    """The default entry for a relation that no table describes (its sign from :data:`BUILTIN_SIGNS`)."""
    label = relation.replace("_", " ")
    return {"label": label, "label_nl": label, "sign": builtin_sign(relation) or 0}


def source_entry(source: str) -> dict[str, Any]:
    """The default entry for a source that no table describes."""
    return {"title": source, "author": "", "published": "", "language": ""}


def category_entry(category: str, index: int) -> dict[str, Any]:
    """The default entry for the ``index``-th category that no table describes.

    A category written as a CURIE (``biolink:Gene``, as KGX writes them) is labelled
    by its name, its words split: "Gene", "Small molecule".

    Examples
    --------
    >>> category_entry("biolink:SmallMolecule", 0)["label"], category_entry("body_structure", 0)["label"]
    ('Small molecule', 'Body structure')
    """
    name = category.split(":", 1)[1] if re.fullmatch(r"[A-Za-z][\w.-]*:\w+", category) else category
    if name is not category:
        name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name)
    label = name.replace("_", " ").strip().capitalize() or category
    return {
        "label": label,
        "label_nl": label,
        "color": PALETTE[index % len(PALETTE)],
        "shape": SHAPES[(index // len(PALETTE)) % len(SHAPES)],
    }


def read_relations(table: Table) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Relations by id, from a table with columns ``relation, label, label_nl, sign``."""
    entries: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for line, key, record in _keyed_rows(table, "relation", problems):
        entry = relation_entry(key)
        sign_text = record.pop("sign", "")
        directed_text = record.pop("directed", "")
        entry.update({k: v for k, v in record.items() if v or k not in entry})
        entry["sign"] = parse_sign(sign_text, table.name, line, problems)
        if directed_text:
            directed = parse_directed(directed_text)
            if directed is None:
                problems.append(Problem(table.name, line, "directed", f"'{directed_text}' is not a direction", _YES_NO))
            else:
                entry["directed"] = directed
        entries[key] = entry
    return entries, problems


def read_sources(table: Table) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Sources by id, from a table with columns ``id, title, author, published, language``."""
    entries: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for _line, key, record in _keyed_rows(table, "id", problems):
        entry = source_entry(key)
        entry.update({k: v for k, v in record.items() if v or k not in entry})
        entries[key] = entry
    return entries, problems


def read_categories(table: Table) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Categories by id, from a table with columns ``category, label, label_nl, color, shape``."""
    entries: dict[str, dict[str, Any]] = {}
    problems: list[Problem] = []
    for line, key, record in _keyed_rows(table, "category", problems):
        entry = category_entry(key, len(entries))
        entry.update({k: v for k, v in record.items() if v or k not in entry})
        if not _HEX.match(entry["color"]):
            problems.append(
                Problem(
                    table.name, line, "color", f"'{entry['color']}' is not a colour", "a hex colour such as #4477aa"
                )
            )
        if entry["shape"] not in _ALL_SHAPES:
            problems.append(
                Problem(
                    table.name,
                    line,
                    "shape",
                    f"unknown shape '{entry['shape']}'",
                    "one of " + ", ".join(sorted(_ALL_SHAPES)),
                )
            )
        entries[key] = entry
    return entries, problems


def _keyed_rows(table: Table, key: str, problems: list[Problem]) -> Iterator[tuple[int, str, dict[str, str]]]:
    """Rows of a table keyed by column ``key``, skipping (and reporting) bad keys."""
    position = table.index(key)
    if position is None:
        if table.columns:
            problems.append(missing_column(table, (key,)))
        return
    first_line: dict[str, int] = {}
    for line, cells in table.rows:
        value = cells[position]
        if not value:
            problems.append(Problem(table.name, line, key, f"empty {key}", f"a non-empty {key}"))
            continue
        if value in first_line:
            problems.append(
                Problem(
                    table.name,
                    line,
                    key,
                    f"duplicate {key} '{value}'",
                    f"each {key} once (first on line {first_line[value]})",
                )
            )
            continue
        first_line[value] = line
        yield line, value, {c: v for c, v in zip(table.columns, cells, strict=True) if c != key}


def missing_column(table: Table, names: tuple[str, ...], named_by_user: bool = False) -> Problem:
    """The problem of a header lacking a required column, which may go by any of ``names``.

    Examples
    --------
    >>> from graph.read.csvfile import Table
    >>> problem = missing_column(Table("e.csv", columns=["source|target"]), ("source", "from"))
    >>> problem.column, problem.message
    ('source', 'missing from the header')
    >>> problem.expected.startswith("a column named 'source' or 'from' (found only 'source|target': separate")
    True
    """
    wanted = " or ".join(f"'{n}'" for n in names)
    if named_by_user or len(names) == 1:
        wanted = f"'{names[0]}'"
    columns = table.columns
    written = getattr(table, "written", [])
    if [w.lower() for w in written] == columns:
        columns = written  # quoted back as the file writes them
    if _joined(table.columns, names):
        found = f"found only '{columns[0]}': separate the columns with a comma, semicolon or tab"
    else:
        found = f"found: {listed(columns, limit=12)}"
    return Problem(table.name, 1, names[0], "missing from the header", f"a column named {wanted} ({found})")


def _joined(columns: list[str], names: tuple[str, ...]) -> bool:
    """True when the header is one column such as ``source|target``: the file's delimiter was not recognised."""
    return len(columns) == 1 and any(n in columns[0] for n in names) and any(c in columns[0] for c in "|:/ ")


def listed(names: list[str], limit: int = 8) -> str:
    """``names`` joined by commas, the ones beyond ``limit`` counted: ``a, b and 3 more``."""
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def parse_sign(text: str, file: str, line: int, problems: list[Problem]) -> int:
    """The sign written as ``text`` (1, -1, 0, +1, 1.0, 1,0 ...); a problem and 0 when it is none.

    Examples
    --------
    >>> found = []
    >>> parse_sign("-1", "e.csv", 2, found), parse_sign("plus", "e.csv", 3, found)
    (-1, 0)
    >>> print(found[0])
    e.csv:3: column 'sign': 'plus' is not a sign; expected 1 (increases), -1 (decreases) or 0 (unsigned)
    """
    sign = _SIGNS.get(text.strip())
    if sign is not None:
        return sign
    number = parse_number(text, decimal_comma=True)
    if number in (1.0, -1.0, 0.0):
        return int(number or 0)
    problems.append(
        Problem(file, line, "sign", f"'{text}' is not a sign", "1 (increases), -1 (decreases) or 0 (unsigned)")
    )
    return 0
