"""Checks on the magnesium data set in ``data/``.

The CSV files are read with the standard :mod:`csv` module and a
:class:`networkx.MultiDiGraph` is built here, independently of the ``graph``
package, so that the data can be validated on its own.
"""

from __future__ import annotations

import csv
import math
import re
from functools import cache
from pathlib import Path

import networkx as nx
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
NO_SEEDS = "seed texts not found at ../shared/seeds (only present in the dev workspace)"

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
HEX_RE = re.compile(r"^#[0-9a-f]{6}$")
SHAPES = {"dot", "diamond", "square", "triangle", "triangleDown", "star", "hexagon", "ellipse", "box", "database"}
NGRAM = 6
MIN_NODES, MAX_NODES = 60, 110
MIN_EDGES, MAX_EDGES = 90, 200


# --------------------------------------------------------------------------- loading
@cache
def read(name: str) -> tuple[dict[str, str], ...]:
    path = DATA / name
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{name} starts with a BOM"
    assert b"\r" not in raw, f"{name} has CR line endings"
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def nodes():
    return read("nodes.csv")


def edges():
    return read("edges.csv")


def index(name: str, key: str) -> dict[str, dict[str, str]]:
    return {row[key]: row for row in read(name)}


@cache
def graph() -> nx.MultiDiGraph:
    signs = {r["relation"]: int(r["sign"]) for r in read("relations.csv")}
    g = nx.MultiDiGraph()
    for row in nodes():
        g.add_node(row["id"], **row)
    for row in edges():
        g.add_edge(row["source"], row["target"], sign=signs[row["relation"]], **row)
    return g


def seed_path(source_doc: str) -> Path:
    return SEEDS / index("sources.csv", "id")[source_doc]["file"]


@cache
def seed_lines(source_doc: str) -> frozenset[str]:
    text = seed_path(source_doc).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines())


def words(text: str) -> list[str]:
    """Lower-case word tokens with punctuation removed."""
    return re.findall(r"\w+", text.lower())


def ngrams(tokens: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


@cache
def seed_ngrams() -> frozenset[tuple[str, ...]]:
    grams: set[tuple[str, ...]] = set()
    for path in SEEDS.glob("*.txt"):
        grams |= ngrams(words(path.read_text(encoding="utf-8")))
    return frozenset(grams)


needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=NO_SEEDS)


# --------------------------------------------------------------------------- signed paths
def signed_paths(source: str, target: str, cutoff: int = 5) -> list[tuple[list[str], int]]:
    """All simple directed paths of at most ``cutoff`` hops, each with its net sign.

    Parallel edges are expanded, so every combination of relations is one path.
    The net sign is the product of the step signs; any 0 step makes it 0 (unclear).
    """
    g = graph()
    result = []
    for path in nx.all_simple_edge_paths(g, source, target, cutoff=cutoff):
        sign = math.prod(g.edges[u, v, k]["sign"] for u, v, k in path)
        result.append(([path[0][0], *(v for _, v, _ in path)], sign))
    return result


def net_signs(source: str, target: str, cutoff: int = 5) -> set[int]:
    return {sign for _, sign in signed_paths(source, target, cutoff)}


def has_path_through(source: str, target: str, via: list[str], sign: int, cutoff: int = 5) -> bool:
    """True if some path visits ``via`` in order (not necessarily adjacent) with ``sign``."""
    for nodes_on_path, s in signed_paths(source, target, cutoff):
        if s != sign:
            continue
        positions = [nodes_on_path.index(n) for n in via if n in nodes_on_path]
        if len(positions) == len(via) and positions == sorted(positions):
            return True
    return False


# --------------------------------------------------------------------------- files
@pytest.mark.parametrize(
    "name,header",
    [
        ("nodes.csv", ["id", "label", "label_nl", "category", "description", "synonyms"]),
        ("edges.csv", ["source", "target", "relation", "evidence", "evidence_nl", "source_doc", "section", "hedged"]),
        (
            "relations.csv",
            ["relation", "label", "label_nl", "sign", "plural", "plural_nl", "label_hedged", "label_hedged_nl"],
        ),
        ("sources.csv", ["id", "title", "author", "published", "language", "file"]),
        ("categories.csv", ["category", "label", "label_nl", "color", "shape", "description"]),
    ],
)
def test_file_starts_with_required_columns(name, header):
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        first = next(csv.reader(fh))
    assert first[: len(header)] == header


def test_readme_documents_every_file():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in ("nodes.csv", "edges.csv", "relations.csv", "sources.csv", "categories.csv"):
        assert name in readme


# --------------------------------------------------------------------------- nodes
def test_node_ids_unique():
    ids = [row["id"] for row in nodes()]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_node_ids_lower_snake_case():
    bad = [row["id"] for row in nodes() if not ID_RE.match(row["id"])]
    assert not bad


@pytest.mark.parametrize("column", ["label", "label_nl", "description", "category"])
def test_nodes_have_non_empty(column):
    assert not [row["id"] for row in nodes() if not row[column].strip()]


@pytest.mark.parametrize("column", ["label", "label_nl"])
def test_node_labels_unique(column):
    labels = [row[column].casefold() for row in nodes()]
    assert not {x for x in labels if labels.count(x) > 1}


def test_node_categories_exist():
    known = index("categories.csv", "category")
    assert not [(row["id"], row["category"]) for row in nodes() if row["category"] not in known]


def test_synonyms_have_no_empty_items():
    bad = [row["id"] for row in nodes() if row["synonyms"] and any(not s.strip() for s in row["synonyms"].split("|"))]
    assert not bad


def test_synonyms_do_not_point_to_two_nodes():
    """A name (label, Dutch label or synonym) must identify one node."""
    owner: dict[str, str] = {}
    clashes = []
    for row in nodes():
        names = {row["label"], row["label_nl"], *filter(None, row["synonyms"].split("|"))}
        for name in {n.strip().casefold() for n in names}:
            if owner.setdefault(name, row["id"]) != row["id"]:
                clashes.append((name, owner[name], row["id"]))
    assert not clashes


# --------------------------------------------------------------------------- edges
def names_of(node: str) -> set[str]:
    row = index("nodes.csv", "id")[node]
    return {n.strip().lower() for n in [row["label"], row["label_nl"], *row["synonyms"].split("|")] if n.strip()}


@pytest.mark.parametrize(
    "word,node",
    [
        ("kuitkramp", "muscle_cramps"),
        ("spiersamentrekking", "muscle_contraction"),
        ("peristaltiek", "gut_motility"),
        ("welzijn", "wellbeing"),
        ("doorslaapproblemen", "night_waking"),
        ("zenuwtrekje", "muscle_twitching"),
        ("slapeloosheid", "sleep_problems"),
        ("insomnie", "sleep_problems"),
        ("hypomagnesiëmie", "magnesium_deficiency"),
        ("hypermagnesiëmie", "magnesium_excess"),
        ("epifyse", "pineal_gland"),
        ("medicijnen", "medications"),
        ("overmatige zenuwactiviteit", "excessive_nerve_activity"),
        # Words people type, as the texts use them (issue 24): Hauwaerts' "rust" is the relaxed state.
        ("rust", "relaxation"),
        ("moe", "fatigue"),
        ("tired", "fatigue"),
        ("depressief", "depression"),
        ("relaxed", "relaxation"),
        ("gestrest", "stress"),
    ],
)
def test_everyday_words_find_their_concept(word, node):
    assert word in names_of(node)


@pytest.mark.parametrize(
    "word,node",
    [
        ("verstoorde elektrolytenbalans", "electrolyte_balance"),
        ("electrolyte imbalance", "electrolyte_balance"),
        ("stressrespons", "overactive_stress_response"),
        ("stressreactie", "overactive_stress_response"),
        ("overmatige zenuwactiviteit", "neuronal_activity"),
        ("spijsvertering", "gut_motility"),
        ("maagdarmkanaal", "gut_motility"),
        ("spier- en zenuwstelsel", "nervous_system"),
        ("calciumniveaus", "calcium_balance"),
        ("epiphyse", "pineal_gland"),
        ("bepaalde medicijnen", "medications"),
    ],
)
def test_no_name_sends_a_search_to_a_neighbouring_concept(word, node):
    """A disturbed balance is not the balance, the stress response is not its overactive form, and so on."""
    assert word not in names_of(node)


@pytest.mark.parametrize("end", ["source", "target"])
def test_edge_ends_exist(end):
    known = index("nodes.csv", "id")
    assert not [row[end] for row in edges() if row[end] not in known]


def test_edge_relations_exist():
    known = index("relations.csv", "relation")
    assert not {row["relation"] for row in edges()} - known.keys()


def test_edge_sources_exist():
    known = index("sources.csv", "id")
    assert not {row["source_doc"] for row in edges()} - known.keys()


@pytest.mark.parametrize("column", ["evidence", "evidence_nl", "section"])
def test_edges_have_non_empty(column):
    assert not [(row["source"], row["target"]) for row in edges() if not row[column].strip()]


def test_every_edge_says_whether_it_is_hedged():
    bad = [(r["source"], r["target"], r.get("hedged")) for r in edges() if r.get("hedged") not in ("true", "false")]
    assert not bad


# A claim the text makes with "kan", "zou", "mogelijk" keeps a hedge in both evidence columns.
HEDGE_WORDS = {
    "evidence": re.compile(r"\b(may|might|can|could|possible|possibly|able to)\b", re.I),
    "evidence_nl": re.compile(r"\b(kan|kunnen|mogelijke?|wellicht)\b", re.I),
}


@pytest.mark.parametrize("column", sorted(HEDGE_WORDS))
def test_hedged_claims_keep_their_hedge_in_the_evidence(column):
    hedged = [row[column] for row in edges() if row["hedged"] == "true"]
    assert hedged
    assert not [text for text in hedged if not HEDGE_WORDS[column].search(text)]


@pytest.mark.parametrize(
    "source,target,relation,source_doc,hedged",
    [
        # "kan een buffer vormen tegen stress en depressie"
        ("serotonin", "depression", "decreases", "hauwaerts", "true"),
        # "kan een effectieve strategie zijn"
        ("magnesium_supplements", "muscle_cramps", "prevents", "hauwaerts", "true"),
        # "kan bijdragen aan de verlichting van angst en depressie"
        ("magnesium", "depression", "relieves", "schneider", "true"),
        # "een langdurig tekort kan het risico op osteoporose verhogen"
        ("magnesium_deficiency", "osteoporosis", "raises_risk_of", "schneider", "true"),
        # "Magnesium versterkt de werking van GABA"
        ("magnesium", "gaba", "strengthens", "hauwaerts", "false"),
        # "de bijnieren, die verantwoordelijk zijn voor de productie van cortisol"
        ("adrenal_glands", "cortisol", "produces", "hauwaerts", "false"),
        # "waardoor het spierkrampen en overmatige zenuwactiviteit tegengaat"
        ("magnesium", "muscle_cramps", "prevents", "schneider", "false"),
    ],
)
def test_hedges_as_the_texts_make_them(source, target, relation, source_doc, hedged):
    claim = (source, target, relation, source_doc)
    found = [r["hedged"] for r in edges() if (r["source"], r["target"], r["relation"], r["source_doc"]) == claim]
    assert found == [hedged]


def test_no_self_loops():
    assert not [row["source"] for row in edges() if row["source"] == row["target"]]


def test_one_edge_per_claim_and_source():
    keys = [(r["source"], r["target"], r["relation"], r["source_doc"]) for r in edges()]
    assert not {k for k in keys if keys.count(k) > 1}


@needs_seeds
def test_sections_are_headings_of_their_source():
    missing = {
        (row["source_doc"], row["section"])
        for row in edges()
        if row["section"].strip() not in seed_lines(row["source_doc"])
    }
    assert not missing


@needs_seeds
def test_source_files_exist():
    assert not [row["id"] for row in read("sources.csv") if not seed_path(row["id"]).is_file()]


# --------------------------------------------------------------------------- own words
@needs_seeds
@pytest.mark.parametrize(
    "name,column",
    [
        ("edges.csv", "evidence"),
        ("edges.csv", "evidence_nl"),
        ("nodes.csv", "description"),
        ("relations.csv", "description"),
        ("categories.csv", "description"),
    ],
)
def test_no_six_word_run_copied_from_seeds(name, column):
    copied = [
        (row[column], sorted(ngrams(words(row[column])) & seed_ngrams()))
        for row in read(name)
        if ngrams(words(row[column])) & seed_ngrams()
    ]
    assert not copied


# --------------------------------------------------------------------------- vocabularies
def test_relation_signs_valid():
    assert {row["sign"] for row in read("relations.csv")} <= {"-1", "0", "1"}


def test_relation_ids_snake_case():
    assert not [r["relation"] for r in read("relations.csv") if not ID_RE.match(r["relation"])]


@pytest.mark.parametrize("column", ["plural", "plural_nl"])
def test_relations_have_a_form_for_a_plural_subject(column):
    assert not [r["relation"] for r in read("relations.csv") if not r[column].strip()]


def test_relations_have_a_hedged_form():
    """ "may" before the plain verb in English; "kan" with the object inside the Dutch phrase, verb last."""
    rows = read("relations.csv")
    assert not [r["relation"] for r in rows if not r["label_hedged"].startswith("may ")]
    assert not [
        r["relation"]
        for r in rows
        if not r["label_hedged_nl"].startswith("kan ") or "{object}" not in r["label_hedged_nl"]
    ]


@pytest.mark.parametrize("column", ["plural", "plural_nl"])
def test_node_plural_is_true_or_empty(column):
    assert not [(r["id"], r[column]) for r in nodes() if r[column] not in ("", "true")]


CHANGES = {"amount", "quality", "risk", "balance"}


def test_every_node_says_what_a_change_in_it_means():
    assert not [(r["id"], r.get("change")) for r in nodes() if r.get("change") not in CHANGES]


@pytest.mark.parametrize(
    "node,change",
    [
        ("magnesium", "amount"),
        ("cortisol", "amount"),
        ("stress", "amount"),  # the texts speak of stress levels going down
        ("sleep", "quality"),  # better sleep, not more of it
        ("relaxation", "quality"),
        ("muscle_function", "quality"),
        ("osteoporosis", "risk"),
        ("muscle_cramps", "risk"),
        ("magnesium_deficiency", "risk"),
        ("electrolyte_balance", "balance"),  # kept or disturbed, not raised or lowered
        ("circadian_rhythm", "balance"),
    ],
)
def test_change_as_the_texts_mean_it(node, change):
    assert index("nodes.csv", "id")[node]["change"] == change


def test_substances_change_in_amount():
    substances = {"mineral", "supplement_form", "ion", "amino_acid", "hormone"}
    assert not [(r["id"], r["change"]) for r in nodes() if r["category"] in substances and r["change"] != "amount"]


@pytest.mark.parametrize("column", ["in_text", "in_text_nl"])
def test_name_in_a_sentence_keeps_the_label_words(column):
    """``in_text`` adds an article or inflects; it still holds the start of the label's first word."""
    label = "label_nl" if column.endswith("_nl") else "label"
    given = [(row[label], row[column]) for row in nodes() if row[column]]
    assert given
    assert not [(name, text) for name, text in given if words(name)[0][:6] not in text.lower()]


# Words that lean on a neighbouring row ("likewise", "do so", "this calcium"): a path shows a claim alone.
LEANING = {
    "evidence": re.compile(r"\b(likewise|do so|does so|this|these|the other|the same)\b", re.I),
    "evidence_nl": re.compile(r"\b(eveneens|evenzo|dit|deze|dezelfde|hetzelfde)\b", re.I),
}


@pytest.mark.parametrize("column", sorted(LEANING))
def test_evidence_stands_alone(column):
    assert not [row[column] for row in edges() if LEANING[column].search(row[column])]


@pytest.mark.parametrize("column", ["label", "label_nl", "description"])
def test_relations_have_non_empty(column):
    assert not [r["relation"] for r in read("relations.csv") if not r[column].strip()]


def test_category_colours_valid_hex():
    assert not [c["color"] for c in read("categories.csv") if not HEX_RE.match(c["color"])]


def test_category_colours_unique():
    colours = [c["color"].lower() for c in read("categories.csv")]
    assert len(colours) == len(set(colours))


def test_category_shapes_allowed():
    assert not [c["shape"] for c in read("categories.csv") if c["shape"] not in SHAPES]


def test_category_colour_and_shape_pairs_unique():
    pairs = [(c["color"], c["shape"]) for c in read("categories.csv")]
    assert len(pairs) == len(set(pairs))


# Machado et al. (2009) simulation matrices, severity 1.0, applied to linear RGB.
CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
MIN_DELTA_E_SAME_SHAPE = 20


def _linear_rgb(hex_colour: str) -> list[float]:
    def channel(c: int) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return [channel(int(hex_colour[i : i + 2], 16)) for i in (1, 3, 5)]


def _lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _delta_e(a: str, b: str, matrix) -> float:
    def seen(hex_colour):
        rgb = _linear_rgb(hex_colour)
        return _lab([sum(m * c for m, c in zip(row, rgb, strict=False)) for row in matrix])

    return math.dist(seen(a), seen(b))


@pytest.mark.parametrize("vision", sorted(CVD))
def test_categories_sharing_a_shape_differ_clearly_in_colour(vision):
    """Where only colour tells two categories apart, it must do so for colour-blind readers too."""
    rows = read("categories.csv")
    close = [
        (a["category"], b["category"])
        for i, a in enumerate(rows)
        for b in rows[i + 1 :]
        if a["shape"] == b["shape"] and _delta_e(a["color"], b["color"], CVD[vision]) < MIN_DELTA_E_SAME_SHAPE
    ]
    assert not close


def _luminance(hex_colour: str) -> float:
    r, g, b = _linear_rgb(hex_colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("category", [c["category"] for c in read("categories.csv")])
def test_category_font_colour_readable(category):
    row = index("categories.csv", "category")[category]
    lighter, darker = sorted((_luminance(row["color"]), _luminance(row["font_color"])), reverse=True)
    assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def test_every_category_used():
    used = {row["category"] for row in nodes()}
    assert not set(index("categories.csv", "category")) - used


def test_sources_dates_iso_or_empty():
    for row in read("sources.csv"):
        for column in ("published", "updated"):
            value = row.get(column, "")
            assert value == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (row["id"], value)


# --------------------------------------------------------------------------- size and shape
def test_node_count_in_range():
    assert MIN_NODES <= len(nodes()) <= MAX_NODES


def test_edge_count_in_range():
    assert MIN_EDGES <= len(edges()) <= MAX_EDGES


def test_every_node_has_an_edge():
    g = graph()
    assert not [n for n in g if g.degree(n) == 0]


def test_graph_is_connected():
    assert nx.is_weakly_connected(graph())


# --------------------------------------------------------------------------- central chains
@pytest.mark.parametrize(
    "path",
    [
        ["magnesium", "gaba_receptor", "relaxation", "sleep"],
        ["tryptophan", "serotonin", "melatonin", "sleep"],
        ["magnesium", "serotonin", "melatonin"],
        ["magnesium", "serotonin_melatonin_enzyme", "melatonin", "sleep"],
        ["darkness", "pineal_gland", "melatonin", "sleep"],
        ["magnesium", "atp", "calcium_pumps", "calcium_removal", "muscle_relaxation"],
        ["nerve_impulse", "calcium_release", "calcium_ions", "troponin", "filament_sliding", "muscle_contraction"],
        ["magnesium", "autonomic_balance", "relaxation", "sleep"],
        ["magnesium", "membrane_stability", "muscle_relaxation"],
        ["magnesium_deficiency", "neuromuscular_excitability", "muscle_cramps"],
        ["magnesium_deficiency", "electrolyte_balance", "neuromuscular_excitability", "muscle_cramps"],
        ["magnesium_deficiency", "calcium_balance", "muscle_cramps"],
        ["magnesium_supplements", "magnesium", "gaba_receptor", "relaxation", "sleep"],
        ["gaba", "neuronal_activity", "relaxation", "sleep"],
        ["bone_calcium", "bones"],
        ["magnesium", "deep_sleep", "body_recovery"],
        ["magnesium", "anxiety", "sleep"],
        ["magnesium", "muscle_relaxation", "sleep"],
    ],
)
def test_chain_exists_and_increases(path):
    """Each chain is a path of direct edges whose net sign is +1."""
    g = graph()
    steps = list(zip(path, path[1:], strict=False))
    assert all(g.has_edge(u, v) for u, v in steps), [s for s in steps if not g.has_edge(*s)]
    assert has_path_through(path[0], path[-1], path[1:-1], 1, cutoff=len(steps))


@pytest.mark.parametrize(
    "path",
    [
        ["magnesium", "calcium_ions", "troponin", "filament_sliding", "muscle_contraction"],
        ["magnesium", "membrane_stability", "neuromuscular_excitability", "muscle_cramps"],
        ["magnesium", "electrolyte_balance", "nocturnal_leg_cramps", "muscle_cramps"],
        ["magnesium", "magnesium_deficiency", "muscle_cramps"],
        ["magnesium", "overactive_stress_response", "stress"],
        ["magnesium_citrate", "magnesium", "muscle_cramps"],
        ["magnesium_deficiency", "restless_legs_syndrome", "sleep_problems", "sleep"],
        ["magnesium_deficiency", "nocturnal_leg_cramps", "sleep_problems", "sleep"],
    ],
)
def test_chain_exists_and_decreases(path):
    steps = list(zip(path, path[1:], strict=False))
    assert all(graph().has_edge(u, v) for u, v in steps)
    assert has_path_through(path[0], path[-1], path[1:-1], -1, cutoff=len(steps))


@pytest.mark.parametrize(
    "source,target",
    [
        ("magnesium_deficiency", "muscle_cramps"),
        ("magnesium_excess", "muscle_weakness"),
        ("magnesium_deficiency", "muscle_weakness"),
        ("magnesium_deficiency", "sleep_problems"),
        ("magnesium_deficiency", "osteoporosis"),
        ("magnesium_deficiency", "heart_rhythm_disorders"),
        ("magnesium_deficiency", "energy_deficit"),
        ("magnesium_deficiency", "irritability"),
        ("magnesium", "sleep"),
        ("magnesium", "melatonin"),
        ("magnesium", "relaxation"),
        ("magnesium", "deep_sleep"),
        ("magnesium", "muscle_relaxation"),
        ("tryptophan", "melatonin"),
        ("darkness", "melatonin"),
        ("magnesium_supplements", "sleep"),
    ],
)
def test_effect_reads_increases(source, target):
    """At least one path reads 'increases' and none reads 'decreases'."""
    signs = net_signs(source, target)
    assert 1 in signs and -1 not in signs, signs


@pytest.mark.parametrize(
    "source,target",
    [
        ("magnesium", "muscle_cramps"),
        ("magnesium", "nocturnal_leg_cramps"),
        ("magnesium", "eyelid_twitching"),
        ("magnesium", "stress"),
        ("magnesium", "anxiety"),
        ("magnesium", "osteoporosis"),
        ("magnesium", "neuromuscular_excitability"),
        ("magnesium", "magnesium_deficiency"),
        ("magnesium_supplements", "muscle_cramps"),
        ("magnesium_citrate", "muscle_cramps"),
        ("magnesium_bisglycinate", "muscle_cramps"),
        ("magnesium_deficiency", "sleep"),
        ("magnesium_deficiency", "atp"),
        ("magnesium_excess", "muscle_contraction"),
    ],
)
def test_effect_reads_decreases(source, target):
    """At least one path reads 'decreases' and none reads 'increases'."""
    signs = net_signs(source, target)
    assert -1 in signs and 1 not in signs, signs


def test_melatonin_reached_through_serotonin():
    assert has_path_through("magnesium", "melatonin", ["serotonin"], 1)


def test_unsigned_relation_makes_chain_unclear():
    # magnesium regulates cortisol without a stated direction
    assert net_signs("magnesium", "cortisol") == {0}


def test_causes_of_eyelid_twitching_are_not_causes_of_cramps():
    """Eyelid twitching is listed among the cramps, but the text never says caffeine or tiredness cause cramps."""
    assert net_signs("caffeine", "muscle_cramps") == {0}
    assert net_signs("fatigue", "muscle_cramps") == {0}


@pytest.mark.parametrize(
    "source,target",
    [
        ("magnesium", "muscle_cramps"),
        ("magnesium", "sleep"),
        ("magnesium", "stress"),
    ],
)
def test_direct_claims_from_both_texts(source, target):
    docs = {d["source_doc"] for d in graph().get_edge_data(source, target).values()}
    assert docs == {"hauwaerts", "schneider"}


def relations_between(source, target):
    pair = (source, target)
    return {(row["relation"], row["source_doc"]) for row in edges() if (row["source"], row["target"]) == pair}


@pytest.mark.parametrize(
    "source,target,expected",
    [
        # inferred, not stated: a text gives the mechanism as a reason, never as a link of its own
        ("bones", "osteoporosis", set()),
        ("gut_motility", "digestive_problems", set()),
        ("energy_metabolism", "energy_deficit", set()),
        ("muscle_electrical_signals", "muscle_function", set()),
        # stated: cortisol is the stress hormone an overactive reaction makes too much of; anxiety keeps sleep away
        ("cortisol", "overactive_stress_response", {("involved_in", "hauwaerts")}),
        ("overactive_stress_response", "stress", {("increases", "hauwaerts")}),
        ("neurotransmitter_systems", "stress", {("regulates", "hauwaerts")}),
        ("anxiety", "sleep", {("decreases", "schneider")}),
        ("sleep_problems", "sleep", {("decreases", "schneider")}),
        ("muscle_relaxation", "sleep", {("enables", "schneider")}),
        # "kan een buffer vormen tegen stress en depressie": lessens, not prevents
        ("serotonin", "stress", {("decreases", "hauwaerts")}),
        ("serotonin", "depression", {("decreases", "hauwaerts")}),
        # one claim, one edge: binding is how magnesium makes the receptors more active
        ("magnesium", "gaba_receptor", {("binds_to", "hauwaerts"), ("binds_to", "schneider")}),
        # listed among the cramps, but not a kind whose causes cause cramps
        ("eyelid_twitching", "muscle_cramps", {("part_of", "hauwaerts")}),
        # nausea and vomiting are symptoms of the deficiency, not caused by digestive problems
        ("digestive_problems", "nausea", set()),
        ("magnesium_deficiency", "nausea", {("causes", "schneider")}),
        ("magnesium_deficiency", "vomiting", {("causes", "schneider")}),
        # actin and myosin take part in the sliding; they are not parts of a process
        ("actin", "filament_sliding", {("involved_in", "hauwaerts")}),
        ("myosin", "filament_sliding", {("involved_in", "hauwaerts")}),
        # magnesium strengthens GABA's action, and influences its level in a direction the text does not give
        ("magnesium", "gaba", {("strengthens", "hauwaerts"), ("affects", "hauwaerts")}),
        # the text speaks of excessive nerve activity
        ("magnesium", "neuronal_activity", set()),
        ("magnesium", "excessive_nerve_activity", {("prevents", "schneider")}),
        # calcium as contraction trigger, electrolyte and bone mineral are three nodes
        ("magnesium", "calcium_ions", {("competes_with", "hauwaerts"), ("inhibits", "schneider")}),
        ("magnesium", "calcium", {("regulates", "hauwaerts")}),
        ("bone_calcium", "bones", {("supports", "schneider")}),
        # links the texts state
        ("magnesium", "muscle_electrical_signals", {("regulates", "hauwaerts")}),
        ("magnesium_deficiency", "difficulty_falling_asleep", {("causes", "hauwaerts"), ("causes", "schneider")}),
        ("magnesium_deficiency", "night_waking", {("causes", "hauwaerts"), ("causes", "schneider")}),
        ("magnesium", "wellbeing", {("promotes", "hauwaerts"), ("promotes", "schneider")}),
    ],
)
def test_claims_as_the_texts_make_them(source, target, expected):
    assert relations_between(source, target) == expected


@pytest.mark.parametrize(
    "words",
    [
        # issue 24: awkward English and unnatural Dutch, and evidence that said more than its text
        "livens up",
        "livening",
        "livelier",
        "timet",
        "standhoudt",
        "draaiende",
        "aan het werk in",
        "laten zitten",
        "not to make more of it",
        "niet de hoeveelheid",
        "drives gut",
        "aandrijft",
    ],
)
def test_evidence_says_it_as_people_do_and_no_more_than_the_text(words):
    found = [(r["source"], r["target"]) for r in edges() if words in r["evidence"] or words in r["evidence_nl"]]
    assert not found


@pytest.mark.parametrize(
    "node",
    [
        "membrane_permeability",
        "neuronal_activity",
        "cortisol",
        "overactive_stress_response",
        "anxiety",
        "sleep_problems",
    ],
)
def test_mechanisms_the_texts_continue_are_no_dead_ends(node):
    assert graph().out_degree(node) > 0


def test_a_lack_names_what_it_is_a_lack_of():
    """``lack_of`` (optional) names the node whose shortage a node is, so answers can say "too little X"."""
    ids = index("nodes.csv", "id")
    lacks = {row["id"]: row["lack_of"] for row in nodes() if row["lack_of"]}
    assert lacks == {"magnesium_deficiency": "magnesium"}
    assert set(lacks.values()) <= set(ids)
