"""Query results as rows and DataFrames: one row per path, or per claim (edge) of steps.

These are plain data, shared by the results' ``to_frame()`` and by the tables
the notebook stage draws (:mod:`graph.notebook.tables`).

Examples
--------
>>> import graph
>>> rows = steps_rows(graph.neighbors(graph.load(), "tryptophan"))
>>> rows[0]["source"], rows[0]["relation"]
('tryptophan', 'converts_to')
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from .paths import Path, PathResult, Step

__all__ = ["paths_rows", "steps_rows", "frame", "PATH_COLUMNS", "STEP_COLUMNS"]

#: The columns of :meth:`graph.PathResult.to_frame`, and of :meth:`graph.NeighborResult.to_frame`.
PATH_COLUMNS = ("chain", "hops", "effect", "sign", "relations", "sources", "nodes")
STEP_COLUMNS = ("source", "target", "key", "relation", "sign", "evidence", "evidence_nl", "source_doc", "section")

_ARROW = " \u2192 "
_BACK = " \u2190 "


def paths_rows(result: PathResult) -> list[dict[str, Any]]:
    """One row per path: ``chain``, ``hops``, ``effect``, ``sign``, ``relations``, ``sources``, ``nodes``.

    ``chain`` and ``relations`` join the node labels and the step relations'
    labels with arrows (ids where a result has no labels): a step walked
    against its claim's arrow (directions ignored) is drawn "←", the way the
    claim runs, and a hedged step's relation reads as hedged ("may promote");
    ``sources`` lists the sources of the path's claims in order; ``nodes``
    holds the ids. (Each row also says whether the path is ``hedged``.)

    Examples
    --------
    >>> import graph
    >>> rows = paths_rows(graph.find_paths(graph.load(), "tryptophan", "melatonin"))
    >>> rows[0]["chain"], rows[0]["relations"], rows[0]["effect"]
    ('Tryptophan → Serotonin → Melatonin', 'is converted into → is converted into', 'increases')
    """
    nodes, relations = result.labels.get("nodes", {}), result.labels.get("relations", {})
    hedged = result.labels.get("hedged", {})
    return [
        {
            "chain": _chain(path, nodes),
            "hops": path.hops,
            "effect": path.effect,
            "sign": path.sign,
            "hedged": path.hedged,
            "relations": _ARROW.join(
                hedged.get(step.relation, step.relation) if step.hedged else relations.get(step.relation, step.relation)
                for step in path.steps
            ),
            "sources": ", ".join(_sources(edge.source_doc for step in path.steps for edge in step.edges)),
            "nodes": path.nodes,
        }
        for path in result.paths
    ]


def _chain(path: Path, nodes: dict[Any, str]) -> str:
    """The node labels joined by "→", or "←" where a step runs against its claim."""
    text = nodes.get(path.nodes[0], str(path.nodes[0]))
    for step in path.steps:
        text += (_BACK if step.against else _ARROW) + nodes.get(step.target, str(step.target))
    return text


def steps_rows(steps: Iterable[Step]) -> list[dict[str, Any]]:
    """One row per claim (edge) of ``steps``: ``source``, ``target``, ``key``, ``relation``, ``sign``,
    ``evidence``, ``evidence_nl``, ``source_doc``, ``section`` (the columns of :func:`graph.to_pandas_edges`)."""
    return [  # each claim the way its source made it: one walked against its arrow runs target to source
        {
            "source": step.target if edge.against else step.source,
            "target": step.source if edge.against else step.target,
            "key": edge.key,
            "relation": edge.relation,
            "sign": edge.sign,
            "evidence": edge.evidence,
            "evidence_nl": edge.evidence_nl,
            "source_doc": edge.source_doc,
            "section": edge.section,
            "hedged": edge.hedged,
        }
        for step in steps
        for edge in step.edges
    ]


def frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    """``rows`` as a DataFrame with ``columns`` in this order (also when there are no rows)."""
    import pandas as pd

    return pd.DataFrame([[row[c] for c in columns] for row in rows], columns=list(columns), dtype=object)


def _sources(docs: Iterable[str]) -> list[str]:
    """The distinct, non-empty source ids of ``docs``, in order of appearance."""
    return list(dict.fromkeys(doc for doc in docs if doc))
