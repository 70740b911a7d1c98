"""The result of an extraction: candidate claims, unknown terms, coverage, proposed sources.

It shows itself as a table in Jupyter and turns into JSON for ``--json``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .article import Article

__all__ = [
    "Extraction",
    "CANDIDATE_COLUMNS",
    "EDGE_COLUMNS",
    "WHERE_COLUMNS",
    "NEW_CONCEPT_COLUMNS",
    "NEW_END_COLUMNS",
    "edge_columns",
]

#: The columns of edges.csv a candidate fills (evidence is left for the curator to write);
#: ``evidence_nl`` joins them when the data has it (:func:`edge_columns`).
EDGE_COLUMNS = ["source", "target", "relation", "evidence", "source_doc", "section"]
#: The columns of candidates.csv after those of edges.csv, in order.
WHERE_COLUMNS = [
    "sentence", "doc", "paragraph", "start", "end", "confidence", "hedged", "sign", "cue", "status", "graph_edge",
]  # fmt: skip
#: The columns candidates.csv ends with: the proposed label of the source and of the target when it
#: is a concept the data lacks (empty for a concept of the data).
NEW_END_COLUMNS = ["source_new", "target_new"]
#: The columns of :attr:`Extraction.new_concepts`.
NEW_CONCEPT_COLUMNS = ["id", "label", "doc", "candidates", "sentence"]
#: Every column of candidates.csv for data without ``evidence_nl``.
CANDIDATE_COLUMNS = EDGE_COLUMNS + WHERE_COLUMNS


def edge_columns(G: Any) -> list[str]:
    """The columns of the data's edges.csv that a candidate fills, in the data's order."""
    if any("evidence_nl" in data for _, _, data in G.edges(data=True)):
        return ["source", "target", "relation", "evidence", "evidence_nl", "source_doc", "section"]
    return list(EDGE_COLUMNS)


@dataclass
class Extraction:
    """What the texts claim, held against a graph.

    Attributes
    ----------
    candidates : pandas.DataFrame
        One row per proposed edge (columns :data:`CANDIDATE_COLUMNS`).
    unknown_terms : pandas.DataFrame
        Frequent words and pairs that match no concept: ``doc``, ``term``, ``count``, ``sentence``.
    coverage : dict
        Per document: the share of claim-bearing sentences the graph covers, and for each
        of the graph's edges from that document the sentences that support it.
    sources : pandas.DataFrame
        A proposed ``sources.csv`` row per text, with the metadata found.
    articles : list of Article
        The texts as read, with their blocks.
    new_concepts : pandas.DataFrame
        Concepts the data lacks that candidates name, proposed from the texts' noun phrases:
        ``id``, ``label``, ``doc``, ``candidates`` (how many name it), ``sentence`` (the first).
    mentions : dict
        Per document, the concept mentions: ``(start, end, node)``.
    """

    candidates: pd.DataFrame
    unknown_terms: pd.DataFrame
    coverage: dict[str, dict[str, Any]]
    sources: pd.DataFrame
    articles: list[Article] = field(default_factory=list)
    mentions: dict[str, list[tuple[int, int, Any]]] = field(default_factory=dict)
    new_concepts: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=NEW_CONCEPT_COLUMNS))

    def __repr__(self) -> str:
        docs = len(self.articles)
        return f"Extraction({len(self.candidates)} candidates from {docs} text{'' if docs == 1 else 's'})"

    def to_json(self) -> dict[str, Any]:
        """The candidates, unknown terms, coverage and sources as plain JSON values; each new concept
        with the sentences of the candidates that name it (``sentences``)."""
        return {
            "candidates": _records(self.candidates),
            "unknown_terms": _records(self.unknown_terms),
            "coverage": self.coverage,
            "sources": _records(self.sources),
            "new_concepts": [
                {**row, "sentences": self._sentences_naming(str(row["id"]))} for row in _records(self.new_concepts)
            ],
        }

    def _sentences_naming(self, node: str) -> list[str]:
        """The distinct sentences of the candidates whose source or target is ``node``, in order."""
        frame = self.candidates
        if frame.empty:
            return []
        naming = (frame["source"].astype(str) == node) | (frame["target"].astype(str) == node)
        return list(dict.fromkeys(str(s) for s in frame.loc[naming, "sentence"]))

    def _repr_html_(self) -> str:
        summary = "".join(
            f"<li>{html.escape(str(doc))}: {c['claim_sentences']} claim sentences, "
            f"{c['share_covered']:.0%} covered by the graph; "
            f"{c['graph_edges_found']} of {c['graph_edges']} of the graph's edges from it found</li>"
            for doc, c in self.coverage.items()
        )
        table = self.candidates[["source", "relation", "target", "status", "confidence", "hedged", "sentence"]]
        return f"<p>{html.escape(repr(self))}</p><ul>{summary}</ul>" + table.to_html(index=False, escape=True)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: (v.item() if hasattr(v, "item") else v) for k, v in row.items()} for row in frame.to_dict("records")]
