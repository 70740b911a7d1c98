"""Train the model of which candidate a reader accepts: ``python -m bench.train_acceptance [--cv]``.

Reads the development texts of ``../shared/corpus/`` (the ``dev`` rows of
``tests/extraction/corpus/parts.csv``; never the test part) and their annotations, builds each
text's pool of candidates with its features (:func:`graph.extraction.run.candidate_pool`),
labels a candidate 1 when it matches an annotated claim (:mod:`graph.extraction.evaluate`), and
fits an L2-regularised logistic regression by Newton's method in numpy (deterministic: the same
texts give the same bytes); the threshold of acceptance is the one of best F1 when each text is
decided by a model trained on the others. Writes ``graph/extraction/acceptance.json`` (``--out`` elsewhere).

``--cv`` prints the pool's oracle recall (the share of annotated claims some candidate of the
pool matches: what no acceptance model can pass) and the leave-one-text-out cross-validation:
for each dev text, a model trained on the others decides that text's candidates; the table
holds precision and recall per language against the rules alone on the same texts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import graph
from bench.extraction_eval import (
    ANNOTATIONS,
    CORPUS,
    _concepts,
    _data_keys,
    _split_header,
    available,
    parts,
    print_table,
    text_path,
)
from graph.extraction.acceptance import FEATURES
from graph.extraction.article import parse_article
from graph.extraction.evaluate import Gold, Match, match_document, numbered_sentences
from graph.extraction.run import candidate_pool

__all__ = ["Text", "pools", "fit", "cross_validate", "main"]

OUT = Path(__file__).resolve().parents[1] / "graph" / "extraction" / "acceptance.json"
#: The L2 penalty on every weight but the bias, and the threshold of acceptance (fixed: not tuned on held-out text).
PENALTY = 1.0
THRESHOLD = 0.5


@dataclass
class Text:
    """One dev text's pool: candidate rows, their features and labels, and what matching needs."""

    stem: str
    lang: str
    rows: list[dict[str, Any]]
    X: np.ndarray
    y: np.ndarray
    gold: Gold
    spans: list[tuple[int, int]]
    labels: dict[str, str]

    def match(self, keep: np.ndarray, data_keys: dict[str, frozenset[str]]) -> Match:
        rows = [r for r, k in zip(self.rows, keep, strict=True) if k]
        return match_document(rows, self.gold, self.spans, labels=self.labels, lang=self.lang, data_keys=data_keys)


def pools(G: Any, stems: Sequence[str], corpus: Path = CORPUS, annotations: Path = ANNOTATIONS) -> list[Text]:
    """The pool of each text, labelled against its annotations."""
    concepts = _concepts(annotations)
    data_keys = _data_keys(G)
    labels = {str(n): str(d.get("label", n)) for n, d in G.nodes(data=True)}
    texts = []
    for stem in stems:
        header, body = _split_header(text_path(stem, corpus).read_text("utf-8"))
        lang = "nl" if "Language: nl" in header else "en"
        result, features = candidate_pool([parse_article(body, doc=stem)], G)
        these = dict(labels)
        these.update({str(r["id"]): str(r["label"]) for r in result.new_concepts.to_dict("records")})
        gold = Gold.read(annotations / f"{stem}.csv", concepts)
        spans = numbered_sentences(body, header_lines=0)
        rows = result.candidates.to_dict("records")
        y = [
            match_document([r], gold, spans, labels=these, lang=lang, data_keys=data_keys).right for r in rows
        ]  # fmt: skip
        X = np.array(features, dtype=float).reshape(len(rows), len(FEATURES))
        texts.append(Text(stem, lang, rows, X, np.array(y, dtype=float), gold, spans, these))
    return texts


def fit(X: np.ndarray, y: np.ndarray, penalty: float = PENALTY, steps: int = 50) -> np.ndarray:
    """Weights of an L2-regularised logistic regression (the bias, column 0, unpenalised), by Newton's method.

    >>> X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    >>> w = fit(X, np.array([0.0, 1.0, 0.0, 1.0]))
    >>> bool(w[1] > 0)
    True
    """
    w = np.zeros(X.shape[1])
    ridge = np.full(X.shape[1], penalty)
    ridge[0] = 1e-6
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + ridge * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + np.diag(ridge)
        step = np.linalg.solve(hess, grad)
        w = w - step
        if float(np.max(np.abs(step))) < 1e-10:
            break
    return w


def _probabilities(w: np.ndarray, X: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))


#: The thresholds the nested cross-validation chooses from.
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def _f1(m: Match) -> float:
    p, r = m.precision, m.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def choose_threshold(texts: list[Text], data_keys: dict[str, frozenset[str]], add_only: bool = False) -> float:
    """The threshold of best F1 over ``texts`` under leave-one-text-out (each held out text scored by the rest)."""
    scores = []
    for held in texts:
        w = fit(np.vstack([t.X for t in texts if t is not held]), np.concatenate([t.y for t in texts if t is not held]))
        scores.append(_probabilities(w, held.X))
    best, chosen = -1.0, THRESHOLD
    for threshold in THRESHOLDS:
        total = Match()
        for held, p in zip(texts, scores, strict=True):
            total += held.match(_keep(held, p, threshold, add_only), data_keys)
        if _f1(total) > best + 1e-9:
            best, chosen = _f1(total), threshold
    return chosen


def _keep(text: Text, p: np.ndarray, threshold: float, add_only: bool = False) -> np.ndarray:
    keep = p >= threshold
    if add_only:
        keep |= text.X[:, FEATURES.index("rules")] > 0
    return keep


def cross_validate(texts: list[Text], data_keys: dict[str, frozenset[str]]) -> list[dict[str, Any]]:
    """Oracle recall, the rules alone and the model under leave-one-text-out, per language and in all.

    The model's threshold is either fixed (0.5) or chosen by a nested leave-one-text-out on the
    training texts; ``rules + model`` keeps every rules' candidate and adds the pool's others
    the model accepts (threshold nested too).
    """
    rules_col = FEATURES.index("rules")
    sums: dict[tuple[str, str], Match] = {}
    for held in texts:
        train = [t for t in texts if t is not held]
        w = fit(np.vstack([t.X for t in train]), np.concatenate([t.y for t in train]))
        p = _probabilities(w, held.X)
        every = np.ones(len(held.rows), dtype=bool)
        for name, keep in (
            ("pool (oracle)", every),
            ("rules alone", held.X[:, rules_col] > 0),
            ("model LOTO-CV, 0.5", p >= THRESHOLD),
            ("model LOTO-CV, nested", _keep(held, p, choose_threshold(train, data_keys))),
            ("rules + model, nested", _keep(held, p, choose_threshold(train, data_keys, True), True)),
        ):
            for group in (held.lang, "all"):
                sums.setdefault((name, group), Match()).__iadd__(held.match(keep, data_keys))
    table = []
    for (name, group), m in sums.items():
        table.append({"part": f"dev {group}", "accept": name, "annotated": m.annotated, "proposed": m.proposed,
                      "right": m.right, "found": m.found, "precision": round(m.precision, 3),
                      "recall": round(m.recall, 3), "F1": round(_f1(m), 3)})  # fmt: skip
    order = {"nl": 0, "en": 1, "all": 2}
    return sorted(table, key=lambda row: (order[row["part"].split()[1]], row["accept"]))


def model_json(w: np.ndarray, stems: Sequence[str], threshold: float = THRESHOLD) -> str:
    """The JSON text of a trained model: features, weights (6 decimals), threshold, the texts it was trained on.

    >>> print(model_json(np.zeros(len(FEATURES)), ["a"])[:60])
    {
     "trained_by": "python -m bench.train_acceptance",
     "texts"
    """
    data = {
        "trained_by": "python -m bench.train_acceptance",
        "texts": list(stems),
        "penalty": PENALTY,
        "threshold": threshold,
        "features": list(FEATURES),
        "weights": [round(float(x), 6) + 0.0 for x in w],
    }
    return json.dumps(data, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the model (default: the package's)")
    parser.add_argument("--cv", action="store_true", help="print oracle recall and the leave-one-text-out table")
    parser.add_argument("--weights", action="store_true", help="print the trained weights, largest first")
    args = parser.parse_args(argv)
    listed = [t for t in parts() if t["part"] == "dev"]
    if len(available(listed)) < len(listed):  # a model from part of the texts would differ
        print(f"the corpus is not here: {CORPUS} (it lives next to the repository)", file=sys.stderr)
        return 1
    G = graph.load()
    stems = [t["file"] for t in listed]
    texts = pools(G, stems)
    if args.cv:
        print_table(cross_validate(texts, _data_keys(G)))
    w = fit(np.vstack([t.X for t in texts]), np.concatenate([t.y for t in texts]))
    if args.weights:
        for name, x in sorted(zip(FEATURES, w, strict=True), key=lambda nw: -abs(nw[1])):
            print(f"{name:24} {x:+.3f}")
    threshold = choose_threshold(texts, _data_keys(G))  # by leave-one-text-out over the development texts
    text = model_json(w, stems, threshold)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}: {len(texts)} texts, {sum(len(t.rows) for t in texts)} candidates, threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
