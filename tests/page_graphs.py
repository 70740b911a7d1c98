"""Graphs for the page tests: a small magnesium graph full of hostile text, and a
pure-Python reference of the path contract (``/work/path-contract.md``) to hold the
page's path finder against.

The reference is written from the contract, independently of ``page.js``: it lists
every simple path with ``networkx.all_simple_paths`` and sorts them. (Once
``graph.ask.paths`` exists, the tests can compare against it instead.)
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

import graph
from conftest import write_csv

#: Text that would run script if it ever became markup.
HOSTILE = {
    "img": "<img src=x onerror=alert(1)>",
    "script": "</script><script>alert(1)</script>",
    "svg": '"><svg onload=alert(1)>',
    "quotes": "it's \"quoted\" & 'single'",
    "separator": "line\u2028separator\u2029end",
}

SYNONYMS = (HOSTILE["quotes"], HOSTILE["separator"])
EVIDENCE = HOSTILE["img"] + HOSTILE["script"] + HOSTILE["separator"]

MINI = {
    "nodes.csv": [
        ["id", "label", "label_nl", "category", "description", "synonyms"],
        ["magnesium", "Magnesium", "Magnesium", "mineral", "A mineral.", "Mg|magnesiumspiegel"],
        ["gaba_receptor", "GABA receptor", "GABA-receptor", "receptor", "Receptor for GABA.", "GABA-receptoren"],
        ["relaxation", "Relaxation", "Ontspanning", "process", "Calm.", "kalmte"],
        ["sleep", "Sleep", "Slaap", "process", "Rest at night.", "nachtrust"],
        ["tryptophan", "Tryptophan", "Tryptofaan", "amino_acid", "An amino acid.", ""],
        ["serotonin", "Serotonin", "Serotonine", "neurotransmitter", "A messenger.", "gelukshormoon"],
        ["melatonin", "Melatonin", "Melatonine", "hormone", "The sleep hormone.", "sleep hormone|slaaphormoon"],
        ["cortisol", "Cortisol", "Cortisol", "hormone", "A stress hormone.", ""],
        ["stress", "Stress", "Stress", "condition", "Strain.", "spanning"],
        ["pineal_gland", "Pineal gland", "Pijnappelklier", "body_structure", "A gland.", "epifyse"],
        ["creme", "Crème brûlée", "Crème brûlée", "food", "Accents for the search.", ""],
        ["hostile", HOSTILE["img"], HOSTILE["svg"], "hostile", HOSTILE["script"], "|".join(SYNONYMS)],
        ["lonely", "Lonely concept", "Eenzaam begrip", "process", "No edges at all.", ""],
    ],
    "edges.csv": [
        ["source", "target", "relation", "evidence", "source_doc", "section"],
        ["magnesium", "gaba_receptor", "activates", "Magnesium activates the receptor.", "doc1", "GABA"],
        ["gaba_receptor", "relaxation", "promotes", "The receptor calms.", "doc1", "GABA"],
        ["relaxation", "sleep", "promotes", "Calm helps sleep.", "doc2", "Slaap"],
        ["magnesium", "serotonin", "promotes", "Magnesium supports serotonin.", "doc1", "Serotonine"],
        ["tryptophan", "serotonin", "converts_to", "Tryptophan becomes serotonin.", "doc2", "Slaap"],
        ["serotonin", "melatonin", "converts_to", "Serotonin becomes melatonin.", "doc2", "Slaap"],
        ["serotonin", "melatonin", "affects", "An unsigned parallel claim.", "doc2", "Slaap"],
        ["pineal_gland", "melatonin", "produces", "The gland makes melatonin.", "doc2", "Slaap"],
        ["melatonin", "sleep", "promotes", "Melatonin brings sleep.", "doc2", "Slaap"],
        ["magnesium", "cortisol", "decreases", "Magnesium lowers cortisol.", "doc1", "Stress"],
        ["cortisol", "stress", "promotes", "Cortisol goes with stress.", "doc1", "Stress"],
        ["stress", "sleep", "decreases", "Stress spoils sleep.", "doc1", "Stress"],
        ["creme", "stress", "affects", "Dessert and stress.", "doc2", "Slaap"],
        ["magnesium", "hostile", "affects", EVIDENCE, "hostile", HOSTILE["svg"]],
        ["hostile", "sleep", "hostile_rel", HOSTILE["quotes"], "hostile", HOSTILE["script"]],
    ],
    "relations.csv": [
        ["relation", "label", "label_nl", "sign"],
        ["activates", "activates", "activeert", "1"],
        ["promotes", "promotes", "bevordert", "1"],
        ["converts_to", "is converted into", "wordt omgezet in", "1"],
        ["produces", "produces", "produceert", "1"],
        ["decreases", "decreases", "verlaagt", "-1"],
        ["affects", "affects", "beïnvloedt", "0"],
        ["hostile_rel", HOSTILE["img"], HOSTILE["svg"], "1"],
    ],
    "sources.csv": [
        ["id", "title", "author", "published", "language"],
        ["doc1", "First text", "A. Author", "2024-06-10", "nl"],
        ["doc2", "Second text", "B. Author", "", "nl"],
        ["hostile", HOSTILE["script"], HOSTILE["svg"], HOSTILE["quotes"], "nl"],
    ],
    "categories.csv": [
        ["category", "label", "label_nl", "color", "shape"],
        ["mineral", "Mineral", "Mineraal", "#0072b2", "star"],
        ["receptor", "Receptor", "Receptor", "#332288", "square"],
        ["process", "Process", "Proces", "#117733", "dot"],
        ["amino_acid", "Amino acid", "Aminozuur", "#ddcc77", "triangleDown"],
        ["neurotransmitter", "Neurotransmitter", "Neurotransmitter", "#aa4499", "diamond"],
        ["hormone", "Hormone", "Hormoon", "#e69f00", "hexagon"],
        ["condition", "Condition", "Aandoening", "#cc6677", "triangle"],
        ["body_structure", "Body structure", "Lichaamsstructuur", "#bbbbbb", "database"],
        ["food", "Food", "Voeding", "#d55e00", "ellipse"],
        ["hostile", HOSTILE["svg"], HOSTILE["img"], "#882255", "box"],
    ],
}


def write_mini(folder: Path) -> Path:
    """Write the mini magnesium data folder and return it."""
    for name, rows in MINI.items():
        write_csv(folder / name, rows)
    return folder


# ---------------------------------------------------------------- the path contract


def reference_paths(G: nx.MultiDiGraph, a: Any, b: Any, max_hops: int = 4, max_paths: int = 20) -> dict[str, Any]:
    """The Python API's answer (:func:`graph.net_effect`) for paths from ``a`` to ``b``, shaped like the page's."""
    effect = graph.net_effect(G, a, b, max_hops=max_hops, max_paths=max_paths)
    paths = [
        {
            "nodes": [str(n) for n in path.nodes],
            "steps": [step.sign for step in path.steps],
            "sign": path.sign,
            "hedged": path.hedged,
        }
        for path in effect.paths.paths
    ]
    counts = {
        "increases": effect.increases,
        "decreases": effect.decreases,
        "unclear": effect.unclear,
        "links": effect.links,
    }
    return {
        "paths": paths,
        "more": effect.paths.truncated,
        "counts": counts,
        "verdict": effect.verdict,
        "hedged": effect.hedged,
    }


def signed_graph(
    edges: list[tuple[str, str, int]], nodes: tuple[str, ...] = (), hedged: tuple[int, ...] = ()
) -> nx.MultiDiGraph:
    """A graph from ``(u, v, sign)`` triples (parallel edges kept, in order); the edges at the
    positions in ``hedged`` are claims made with a hedge ("may increase")."""
    G = nx.MultiDiGraph()
    G.add_nodes_from(nodes)
    for i, (u, v, sign) in enumerate(edges):
        relation = {1: "increases", -1: "decreases", 0: "affects"}[sign]
        G.add_edge(u, v, sign=sign, relation=relation, **({"hedged": "true"} if i in hedged else {}))
    return G


#: Hand-made graphs that try the corners of the contract.
CONTRACT_GRAPHS = {
    # parallel edges that disagree (step unclear) or add an unsigned claim (step keeps its sign)
    "parallel": signed_graph(
        [("a", "b", 1), ("a", "b", -1), ("b", "c", 1), ("b", "c", 0), ("a", "c", -1), ("c", "d", -1), ("a", "d", -1)]
    ),
    # hedges: a step is hedged only when every claim giving its sign is (a-b: one of two; b-c: both);
    # an unsigned hedged step (c-d); chains a->e all hedged (a verdict that only may hold) or not
    "hedged": signed_graph(
        [
            ("a", "b", 1),
            ("a", "b", 1),
            ("b", "c", -1),
            ("b", "c", -1),
            ("c", "d", 0),
            ("a", "c", 1),
            ("d", "e", 1),
            ("c", "e", 1),
        ]
        + [("b", "e", -1), ("a", "e", 1)],
        hedged=(0, 2, 3, 4, 5),
    ),
    # more than 20 paths within 4 hops
    "many": signed_graph(
        [("s", f"m{i}", 1) for i in range(6)]
        + [(f"m{i}", f"n{j}", -1 if (i + j) % 3 == 0 else 1) for i in range(6) for j in range(5)]
        + [(f"n{j}", "t", 1) for j in range(5)]
        + [("s", "t", 0)]
    ),
    # ids whose code-point order differs from UTF-16 order, and accents
    "astral": signed_graph(
        [("a", "\uffff", 1), ("a", "\U0001f600", -1), ("\uffff", "t", 1), ("\U0001f600", "t", 1)]
        + [("a", "é", 1), ("é", "t", 0), ("a", "Z", 1), ("Z", "t", 1)]
    ),
    # cycles, a node that only reaches itself, an unreachable node, a long chain
    "cycles": signed_graph(
        [("a", "b", 1), ("b", "c", -1), ("c", "a", 1), ("b", "d", 1), ("c", "d", -1), ("d", "b", 1), ("e", "e", 1)]
        + [("p0", "p1", 1), ("p1", "p2", 1), ("p2", "p3", 1), ("p3", "p4", 1), ("p4", "p5", 1)],
        nodes=("alone",),
    ),
}


def _undirected(G: nx.MultiDiGraph) -> nx.MultiGraph:
    H = nx.MultiGraph()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges(data=True))
    return H


def _mixed(G: nx.MultiDiGraph, every: int = 2) -> nx.MultiDiGraph:
    H = G.copy()
    for i, (_, _, attrs) in enumerate(H.edges(data=True)):
        if i % every == 0:
            attrs["directed"] = False
    return H


# The same corners with undirected edges: every one (a MultiGraph), or some (a mixed graph).
CONTRACT_GRAPHS["parallel_undirected"] = _undirected(CONTRACT_GRAPHS["parallel"])
CONTRACT_GRAPHS["cycles_undirected"] = _undirected(CONTRACT_GRAPHS["cycles"])
CONTRACT_GRAPHS["parallel_mixed"] = _mixed(CONTRACT_GRAPHS["parallel"])
CONTRACT_GRAPHS["cycles_mixed"] = _mixed(CONTRACT_GRAPHS["cycles"], every=3)


def raw_payload(page: str) -> dict[str, Any]:
    """The JSON in a page's data element, as it is (rows, see graph/payload.py)."""
    match = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', page, re.S)
    assert match, "no data element"
    return json.loads(match.group(1))


def page_payload(page: str) -> dict[str, Any]:
    """The data a page holds, its rows made objects again as page.js does (``expand``):
    ``nodes`` and ``edges`` as dicts, ``positions`` by node id."""
    data = raw_payload(page)
    texts, order = data["texts"], data["category_order"]
    nodes = []
    for ident, label, label_nl, category, description, synonyms, size, wrapped in data["nodes"]:
        node = {"id": ident, "label": label, "label_nl": label_nl or label, "category": order[category]}
        node.update(description=description, synonyms=synonyms, size=size)
        if wrapped:
            node["wrapped"] = {"en": wrapped[0], "nl": wrapped[1]}
        nodes.append(node)
    edges = [
        {
            "from": nodes[u]["id"],
            "to": nodes[v]["id"],
            "relation": texts["relation"][relation],
            "sign": sign,
            "evidence": evidence,
            "source_doc": texts["source_doc"][source],
            "section": texts["section"][section],
            "evidence_nl": evidence_nl,
        }
        for u, v, relation, sign, evidence, source, section, evidence_nl in data["edges"]
    ]
    positions = {node["id"]: xy for node, xy in zip(nodes, data["positions"], strict=True)}
    return {**data, "nodes": nodes, "edges": edges, "positions": positions}


def find_in_page(page: Any, a: str, b: str) -> str:
    """Ask the page's path finder for the paths from ``a`` to ``b`` (chosen from the suggestions); its answer's text."""
    for end, name in (("#cg-from", a), ("#cg-to", b)):
        page.fill(end, name)
        page.wait_for_selector(f"#{page.get_attribute(end, 'aria-controls')} li", state="visible")
        page.press(end, "Enter")
    page.click("#cg-find")
    return page.locator("#cg-path-result").text_content()


def wait_until(page: Any, script: str, timeout_ms: int = 5000) -> None:
    """Wait until ``script`` (an expression evaluated in ``page``, a page or a frame) is true; the page's
    content security policy forbids the eval that ``wait_for_function`` needs."""
    for _ in range(timeout_ms // 50):
        if page.evaluate(script):
            return
        page.wait_for_timeout(50)
    raise AssertionError(f"still false: {script}")


def choose(page: Any, selector: str, text: str) -> None:
    """Type into a suggestion box of ``page`` (a page or a frame) and take the first suggestion with Enter."""
    page.fill(selector, text)
    page.wait_for_selector(f"#{page.get_attribute(selector, 'aria-controls')} li", state="visible")
    page.press(selector, "Enter")
