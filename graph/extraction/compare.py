"""Hold the candidates against the graph: which it already has, which it contradicts, what it covers.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_edge("a", "b", relation="increases", sign=1, source_doc="t")
0
>>> edges = graph_edges(G)
>>> status_of(edges, "a", "b", 1), status_of(edges, "a", "b", -1), status_of(edges, "b", "a", 1)
(('in graph', 'a -[increases]-> b'), ('contradicts', 'a -[increases]-> b'), ('new', ''))
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from typing import Any

import pandas as pd

__all__ = ["graph_edges", "status_of", "coverage", "doc_edges"]

EdgeInfo = tuple[str, int, str]  # relation, sign, source_doc


def graph_edges(G: Any) -> dict[tuple[Hashable, Hashable], list[EdgeInfo]]:
    """(source, target) -> the relation, sign and source_doc of each edge between them."""
    relations = G.graph.get("relations") or {}
    found: dict[tuple[Hashable, Hashable], list[EdgeInfo]] = defaultdict(list)
    for u, v, data in G.edges(data=True):
        relation = str(data.get("relation", ""))
        sign = data.get("sign", (relations.get(relation) or {}).get("sign", 0))
        found[(u, v)].append((relation, int(sign or 0), str(data.get("source_doc", "") or "")))
    return found


def status_of(edges: dict[tuple[Hashable, Hashable], list[EdgeInfo]], source: Hashable, target: Hashable,
              sign: int) -> tuple[str, str]:  # fmt: skip
    """``("in graph" | "contradicts" | "new", the graph's edge as text)``."""
    held = edges.get((source, target), [])
    for relation, held_sign, _ in held:
        if held_sign == sign:
            return "in graph", f"{source} -[{relation}]-> {target}"
    for relation, held_sign, _ in held:
        if held_sign * sign < 0:
            return "contradicts", f"{source} -[{relation}]-> {target}"
    return "new", ""


def doc_edges(G: Any, doc: str) -> list[tuple[Hashable, Hashable, str, int]]:
    """The graph's edges taken from ``doc``: (source, target, relation, sign)."""
    return [
        (u, v, relation, sign)
        for (u, v), held in graph_edges(G).items()
        for relation, sign, source_doc in held
        if source_doc == doc
    ]


def coverage(G: Any, candidates: pd.DataFrame, doc: str) -> dict[str, Any]:
    """How much of a text the graph covers, and which of the graph's edges from it the text supports.

    ``recall`` is the share of the graph's edges from ``doc`` found as a candidate with the same
    direction and sign; ``precision`` the share of distinct candidates (source, target, sign)
    between concepts of the data that are such edges (a candidate naming a proposed new concept
    cannot be one of the data's edges, so it is not counted either way).
    """
    rows = candidates[candidates["doc"] == doc]
    sentences = rows.groupby(["start", "end"])["status"].agg(lambda s: (s == "in graph").any())
    gold = doc_edges(G, doc)
    found: dict[tuple[Hashable, Hashable, int], list[str]] = defaultdict(list)
    for source, target, sign, sentence in zip(
        rows["source"], rows["target"], rows["sign"], rows["sentence"], strict=False
    ):
        found[(source, target, int(sign))].append(sentence)
    supported = []
    for source, target, relation, sign in gold:
        sentences_for = list(dict.fromkeys(found.get((source, target, sign), [])))
        supported.append(
            {
                "source": source,
                "target": target,
                "relation": relation,
                "sentences": sentences_for,
                "note": "" if sentences_for else "no supporting sentence found",
            }
        )
    gold_keys = {(s, t, sign) for s, t, _, sign in gold}
    hits = sum(1 for e in supported if e["sentences"])
    judged = {key for key in found if key[0] in G and key[1] in G}
    return {
        "claim_sentences": int(len(sentences)),
        "covered_sentences": int(sentences.sum()) if len(sentences) else 0,
        "share_covered": round(float(sentences.mean()), 3) if len(sentences) else 0.0,
        "graph_edges": len(gold),
        "graph_edges_found": hits,
        "recall": round(hits / len(gold), 3) if gold else None,
        "precision": round(len(gold_keys & judged) / len(judged), 3) if judged else None,
        "edges": supported,
    }
