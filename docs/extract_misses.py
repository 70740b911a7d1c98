"""List the data's edges that `concept-graph extract` does not find in the articles they come from, and why.

Run from the repository root, with the seed articles next to the repository (``../shared/seeds``)::

    python docs/extract_misses.py [--seeds DIR] [--data DIR]

For each article: recall and precision as the seeds test counts them, then every edge of the data
whose ``source_doc`` is the article and that no candidate matches (same source, target and sign),
with the data's Dutch evidence and, as the reason, either the candidates between the two concepts
(found, but with another direction or sign), the sentences that name both without a claim between
them, or "no sentence names both" (a concept is not recognised, or the claim spans sentences).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import graph
from graph.extraction.tokens import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    args = parser.parse_args()
    G = graph.load(args.data)
    files = {doc: args.seeds / data["file"] for doc, data in G.graph["sources"].items()}
    result = graph.extract(list(files.values()), G)
    candidates = result.candidates
    for doc, cov in result.coverage.items():
        print(f"== {doc}: {cov['graph_edges_found']}/{cov['graph_edges']} found, recall {cov['recall']:.1%}, "
              f"precision {cov['precision']:.1%}")  # fmt: skip
        article = next(a for a in result.articles if a.doc == doc)
        named = _sentences_by_concepts(result.mentions[doc], article)
        for edge in cov["edges"]:
            if edge["sentences"]:
                continue
            u, v = edge["source"], edge["target"]
            held = [d for a, b, d in G.edges(data=True) if a == u and b == v and d.get("source_doc") == doc][0]
            print(f"- {u} -[{edge['relation']} {int(held['sign']):+d}]-> {v}   [{held.get('section', '')}]")
            print(f"    data: {held.get('evidence_nl') or held.get('evidence')}")
            rows = candidates[
                (candidates["doc"] == doc)
                & (
                    ((candidates.source == u) & (candidates.target == v))
                    | ((candidates.source == v) & (candidates.target == u))
                )
            ]
            for row in rows.itertuples():
                print(f"    found: {row.source} -[{row.relation} {int(row.sign):+d}]-> {row.target} ({row.cue!r})")
            if rows.empty:
                both = [s for s, nodes in named if u in nodes and v in nodes]
                print("    named together, no claim" if both else "    no sentence names both")
                for sentence in both[:3]:
                    print(f"      | {sentence[:200]}")


def _sentences_by_concepts(marks, article) -> list[tuple[str, set]]:
    """Each sentence of the article with the concepts marked in it (references left out)."""
    found = []
    for block in article.blocks:
        for a, b in split_sentences(article.text[block.start : block.end], "nl"):
            a, b = block.start + a, block.start + b
            found.append((article.text[a:b], {node for s, e, node in marks if a <= s and e <= b}))
    return found


if __name__ == "__main__":
    main()
