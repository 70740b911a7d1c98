"""Write an extraction: candidates.csv, JSON, and a summary in words.

Examples
--------
>>> import graph
>>> result = graph.extract(["Magnesium bevordert de slaap."], graph.load())
>>> print(summary_lines(result)[0])
text1: 1 candidate (1 in graph, 0 new, 0 contradict); 1 claim sentence, 100% covered by the graph
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..atomic import write_bytes_atomic
from ..formats.tabular import csv_bytes
from .result import NEW_END_COLUMNS, Extraction

__all__ = ["write_candidates", "to_json_text", "summary_lines", "candidates_csv", "with_new_concepts"]


def candidates_csv(result: Extraction) -> str:
    """The candidates as CSV text: the columns of edges.csv first, then where each comes from,
    then the proposed label of an end that is a new concept (``source_new``, ``target_new``).

    A cell a spreadsheet would run as a formula (``=1+1 ...``, ``@SUM(...)``) gets a leading ``'``,
    as in every CSV file the tool writes (:func:`graph.formats.tabular.guard_cell`).

    Examples
    --------
    >>> import graph
    >>> result = graph.extract(["=1+1 Magnesium bevordert de slaap."], graph.load())
    >>> candidates_csv(result).splitlines()[1].split(",")[7]
    "'=1+1 Magnesium bevordert de slaap."
    """
    frame = with_new_concepts(result)
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    return csv_bytes([str(c) for c in frame.columns], rows).decode("utf-8")


def with_new_concepts(result: Extraction) -> pd.DataFrame:
    """The candidates with :data:`~graph.extraction.result.NEW_END_COLUMNS`: the proposed label of
    each end that is a concept the data lacks (empty for a concept of the data).

    Examples
    --------
    >>> import graph
    >>> result = graph.extract(["Zink ondersteunt de spierfunctie."], graph.load())
    >>> with_new_concepts(result)[["source", "source_new", "target", "target_new"]].values.tolist()
    [['zink', 'zink', 'muscle_function', '']]
    """
    labels = dict(zip(result.new_concepts["id"].astype(str), result.new_concepts["label"].astype(str), strict=False))
    frame = result.candidates.copy()
    for end, column in zip(("source", "target"), NEW_END_COLUMNS, strict=True):
        frame[column] = [labels.get(str(node), "") for node in frame[end]]
    return frame


def write_candidates(result: Extraction, path: str | Path) -> Path:
    """Write candidates.csv (atomically: an earlier file stays whole if writing fails)."""
    return write_bytes_atomic(path, candidates_csv(result).encode("utf-8"))


def to_json_text(result: Extraction) -> str:
    """The result as indented JSON."""
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2, default=str)


def summary_lines(result: Extraction) -> list[str]:
    """One line per article, then the edges of the data each article was meant to support but does not."""
    lines = []
    frame = result.candidates
    for doc, cov in result.coverage.items():
        rows = frame[frame["doc"] == doc]
        counts = rows["status"].value_counts()
        n = len(rows)
        line = (
            f"{doc}: {n} candidate{'' if n == 1 else 's'} ({counts.get('in graph', 0)} in graph, "
            f"{counts.get('new', 0)} new, {counts.get('contradicts', 0)} contradict); "
            f"{cov['claim_sentences']} claim sentence{'' if cov['claim_sentences'] == 1 else 's'}, "
            f"{cov['share_covered']:.0%} covered by the graph"
        )
        if cov["graph_edges"]:
            line += (
                f"; {cov['graph_edges_found']} of the data's {cov['graph_edges']} edges from it found "
                f"(recall {cov['recall']:.0%}, precision {cov['precision']:.0%})"
            )
        lines.append(line)
        lines.extend(
            f"  no supporting sentence found: {e['source']} -[{e['relation']}]-> {e['target']}"
            for e in cov["edges"]
            if not e["sentences"]
        )
    return lines
