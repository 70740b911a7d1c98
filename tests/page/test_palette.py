"""The colours categories take when their file gives none (graph/read/vocabulary.py PALETTE),
used by small pages and overviews alike: any two tell apart clearly, on a light and on a dark
page, and past the palette's size a shape tells the categories apart. Colour differences are
CIEDE2000 (Sharma, Wu and Dalal 2005), computed here from the colours themselves."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import networkx as nx
import pytest

import graph
from graph.page import overview
from graph.read import vocabulary
from graph.read.columns import GraphColumns

DRAW_JS = Path(graph.__file__).parent / "page" / "templates" / "draw.js"


def lab(colour: str | tuple[int, int, int]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, ``"#rrggbb"`` or ``(r, g, b)``."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)] if isinstance(colour, str) else list(colour)
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb))
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(one: tuple[float, float, float], two: tuple[float, float, float]) -> float:
    """The CIEDE2000 difference of two L*a*b* colours."""
    (l1, a1, b1), (l2, a2, b2) = one, two
    mean_c = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(mean_c**7 / (mean_c**7 + 25**7)))
    c1, c2 = math.hypot(a1 * (1 + g), b1), math.hypot(a2 * (1 + g), b2)
    h1 = math.degrees(math.atan2(b1, a1 * (1 + g))) % 360 if c1 else 0.0
    h2 = math.degrees(math.atan2(b2, a2 * (1 + g))) % 360 if c2 else 0.0
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    big_dh = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    mean_l, mean_cp = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        mean_h = h1 + h2
    elif abs(h1 - h2) <= 180:
        mean_h = (h1 + h2) / 2
    else:
        mean_h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(mean_h - 30))
        + 0.24 * math.cos(math.radians(2 * mean_h))
        + 0.32 * math.cos(math.radians(3 * mean_h + 6))
        - 0.20 * math.cos(math.radians(4 * mean_h - 63))
    )
    rotation = (
        -math.sin(math.radians(60 * math.exp(-(((mean_h - 275) / 25) ** 2))))
        * 2
        * math.sqrt(mean_cp**7 / (mean_cp**7 + 25**7))
    )
    sl = 1 + 0.015 * (mean_l - 50) ** 2 / math.sqrt(20 + (mean_l - 50) ** 2)
    sc, sh = 1 + 0.045 * mean_cp, 1 + 0.015 * mean_cp * t
    dl, dc, dhh = (l2 - l1) / sl, (c2 - c1) / sc, big_dh / sh
    return math.sqrt(dl**2 + dc**2 + dhh**2 + rotation * dc * dhh)


@pytest.mark.parametrize(
    ("one", "two", "expected"),  # pairs from Sharma, Wu and Dalal's test data
    [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((50.0, -1.0, 2.0), (50.0, 0.0, 0.0), 2.3669),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
    ],
)
def test_the_colour_difference_is_ciede2000(one, two, expected):
    assert ciede2000(one, two) == pytest.approx(expected, abs=1e-4)


def _backgrounds() -> list[tuple[int, int, int]]:
    """The light and the dark page backgrounds the drawing is made for (draw.js INK.back)."""
    found = re.findall(r"back: \[(\d+), (\d+), (\d+)\]", DRAW_JS.read_text(encoding="utf-8"))
    assert len(found) == 2
    return [tuple(map(int, rgb)) for rgb in found]


def _used(folder: Path, count: int) -> dict[str, dict]:
    """The categories of a user's data folder of ``count`` categories that bring no colour, as a page gets them."""
    folder.mkdir(exist_ok=True)
    (folder / "nodes.csv").write_text("id,category\n" + "".join(f"n{i},kind{i:02d}\n" for i in range(count)))
    (folder / "edges.csv").write_text("source,target\n" + "".join(f"n{i},n{i + 1}\n" for i in range(count - 1)))
    return graph.load(folder).graph["categories"]


def _smallest(colours: list[str]) -> float:
    return min(ciede2000(lab(a), lab(b)) for a, b in itertools.combinations(colours, 2))


def test_any_two_of_the_first_twelve_categories_differ_clearly_and_of_twenty_well(tmp_path: Path):
    colours = [entry["color"] for entry in _used(tmp_path, 20).values()]
    assert len(set(colours)) == 20
    assert _smallest(colours[:12]) >= 20
    assert _smallest(colours) >= 15
    for background in _backgrounds():
        assert min(ciede2000(lab(c), lab(background)) for c in colours) >= 20


def test_categories_past_the_palette_take_shapes_so_no_two_look_alike(tmp_path: Path):
    looks = [(entry["color"], entry["shape"]) for entry in _used(tmp_path, 3 * len(vocabulary.PALETTE)).values()]
    assert len(set(looks)) == len(looks)


def test_an_overview_colours_communities_with_the_same_palette():
    ring = nx.MultiDiGraph()
    ring.add_edges_from((f"n{i}", f"n{(i + 1) % 40}") for i in range(40))
    data, _ = overview.overview_data(GraphColumns.from_networkx(ring), title="t")
    assert data["groups"]["palette"] == list(vocabulary.PALETTE)
    assert data["groups"]["shapes"] == list(vocabulary.SHAPES)


def test_a_graph_made_in_python_without_a_category_table_gets_the_palette_too():
    """A networkx graph handed to the page with categories but no table: each category its own colour,
    as loading a data folder would give them (all were #97c2fc before)."""
    from graph.page.payload import page_data

    G = nx.MultiDiGraph()
    for i in range(12):
        G.add_node(f"n{i}", category=f"kind{i:02d}")
    G.add_edges_from((f"n{i}", f"n{i + 1}") for i in range(11))
    G.graph["categories"] = {"kind00": {"color": "#123456"}}  # a table that colours one of them
    entries = page_data(GraphColumns.from_networkx(G), title="t")["categories"]
    colours = [entry["color"] for entry in entries.values()]
    assert entries["kind00"]["color"] == "#123456" and len(set(colours)) == 12
    assert _smallest(colours[1:]) >= 20 and entries["kind03"]["label"] == "Kind03"
