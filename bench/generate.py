"""Seeded graphs of any size that look like the magnesium data, for benchmarks.

``python -m bench.generate --nodes 10000 --edges 50000 --out /tmp/g10k`` writes
a data folder (``nodes.csv``, ``edges.csv``, ``relations.csv``, ``sources.csv``,
``categories.csv``) and a bare edge list ``edge_list.csv``
(``source,target,relation,weight``); ``--only edge-list`` writes just the
latter (the million-row file of the README's "Limits":
``--nodes 100000 --edges 1000000 --only edge-list``).

What the graphs are like:

* relations, their signs, categories and the two sources are the magnesium
  data set's own (read from ``data/``), drawn as often as they occur there;
* labels are two words on average (one to four), English and Dutch, made of the
  words of the magnesium labels; ids are their lower_snake_case form;
* degrees are power-law-like (a few hubs, many nodes with one or two edges),
  and three edges in four stay within a community of about 40 nodes, as
  topics cluster in real texts;
* evidence is a sentence of about 85 characters (40 to 190), sections are the
  source's own headings.

The same arguments and seed give the same files, byte for byte.

Examples
--------
>>> nodes, edges = generate(50, 120, seed=3)
>>> len(nodes), len(edges), generate(50, 120, seed=3) == (nodes, edges)
(50, 120, True)
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import random
import re
import shutil
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["Vocabulary", "vocabulary", "generate", "write_folder", "write_edge_list", "main"]

DATA = Path(__file__).resolve().parent.parent / "data"
NODE_COLUMNS = ["id", "label", "label_nl", "category", "description", "synonyms"]
EDGE_COLUMNS = ["source", "target", "relation", "evidence", "source_doc", "section"]
EDGE_LIST_COLUMNS = ["source", "target", "relation", "weight"]
TABLES = ("relations.csv", "sources.csv", "categories.csv")

_COMMUNITY = 40  # nodes per community
_LOCAL = 0.75  # share of edges inside a community
_ALPHA = 0.9  # degree skew: node weight 1 / rank ** _ALPHA
_WORDS = ((1, 0.35), (2, 0.35), (3, 0.2), (4, 0.1))  # label length in words, and how often
_SENTENCES = (
    "{S} {rel} {t}{tail}, the text says.",
    "According to the article, {s} {rel} {t}{tail}.",
    "{S} is presented as something that {rel} {t}{tail}.",
    "The text claims that {s} {rel} {t}{tail}; it gives no figures.",
)
_TAILS = (
    "",
    " in most people",
    " when intake is low",
    " over time",
    " during the night",
    " after exercise",
    " as part of the stress response",
    " by way of the nervous system",
)


@dataclass(frozen=True)
class Vocabulary:
    """Words and tables of the magnesium data set that generated graphs reuse."""

    words: tuple[str, ...]
    words_nl: tuple[str, ...]
    categories: tuple[str, ...]
    category_weights: tuple[int, ...]
    relations: tuple[str, ...]
    relation_weights: tuple[int, ...]
    relation_labels: dict[str, str]
    sections: dict[str, tuple[str, ...]]


@cache
def vocabulary(data: Path = DATA) -> Vocabulary:
    """The words, categories, relations and sections of the data set in ``data``."""
    nodes = _rows(data / "nodes.csv")
    edges = _rows(data / "edges.csv")
    relations = _rows(data / "relations.csv")
    categories = Counter(row["category"] for row in nodes)
    used = Counter(row["relation"] for row in edges)
    sections: dict[str, list[str]] = {}
    for row in edges:
        sections.setdefault(row["source_doc"], [])
        if row["section"] not in sections[row["source_doc"]]:
            sections[row["source_doc"]].append(row["section"])
    return Vocabulary(
        words=_words(row["label"] for row in nodes),
        words_nl=_words(row["label_nl"] for row in nodes),
        categories=tuple(categories),
        category_weights=tuple(categories.values()),
        relations=tuple(row["relation"] for row in relations),
        relation_weights=tuple(used[row["relation"]] or 1 for row in relations),
        relation_labels={row["relation"]: row["label"] for row in relations},
        sections={doc: tuple(names) for doc, names in sections.items()},
    )


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _words(labels: object) -> tuple[str, ...]:
    found = {word.lower() for label in labels for word in re.split(r"[\s-]+", str(label)) if len(word) > 2}
    return tuple(sorted(found))


def generate(nodes: int, edges: int, seed: int = 1) -> tuple[list[list[str]], list[list[str]]]:
    """Rows of ``nodes.csv`` and ``edges.csv`` (without headers) of a graph of that size.

    Every node is used by some edge when ``edges`` allows it, so loading the
    edges alone gives (almost) the same graph.
    """
    if nodes < 2 or edges < 0:
        raise ValueError(f"need at least 2 nodes and no negative edge count, got {nodes} nodes and {edges} edges")
    rng = random.Random(seed)
    words = vocabulary()
    node_rows = _node_rows(rng, words, nodes)
    ids = [row[0] for row in node_rows]
    labels = [row[1] for row in node_rows]
    ranks = list(range(nodes))
    rng.shuffle(ranks)
    cumulative = list(itertools.accumulate(1.0 / (rank + 1) ** _ALPHA for rank in ranks))
    docs = sorted(words.sections)
    relation_cumulative = list(itertools.accumulate(words.relation_weights))
    edge_rows = []
    for i in range(edges):
        # the first edges visit every node once, so none is left without an edge
        u = i if i < nodes else _draw(rng, cumulative, 0, nodes)
        v = _target(rng, cumulative, u, nodes)
        relation = words.relations[bisect.bisect(relation_cumulative, rng.random() * relation_cumulative[-1])]
        doc = docs[0] if rng.random() < 0.6 else docs[-1]
        edge_rows.append(
            [
                ids[u],
                ids[v],
                relation,
                _evidence(rng, labels[u], words.relation_labels[relation], labels[v]),
                doc,
                rng.choice(words.sections[doc]),
            ]
        )
    return node_rows, edge_rows


def _node_rows(rng: random.Random, words: Vocabulary, count: int) -> list[list[str]]:
    lengths = [n for n, _ in _WORDS]
    length_weights = [w for _, w in _WORDS]
    seen: set[str] = set()
    rows = []
    for _ in range(count):
        size = rng.choices(lengths, length_weights)[0]
        label = _phrase(rng, words.words, size)
        ident = _slug(label)
        if ident in seen:
            ident = f"{ident}_{len(rows)}"
            label = f"{label} {len(rows)}"
        seen.add(ident)
        synonyms = [
            _phrase(rng, words.words + words.words_nl, rng.randint(1, 3)).lower() for _ in range(rng.randint(0, 3))
        ]
        description = (
            f"{_phrase(rng, words.words, rng.randint(3, 6))} and how it relates to "
            f"{_phrase(rng, words.words, rng.randint(1, 3)).lower()}."
        )
        rows.append(
            [
                ident,
                label,
                _phrase(rng, words.words_nl, size),
                rng.choices(words.categories, words.category_weights)[0],
                description,
                "|".join(synonyms),
            ]
        )
    return rows


def _phrase(rng: random.Random, words: tuple[str, ...], size: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(size))
    return text[:1].upper() + text[1:]


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_") or "node"


def _draw(rng: random.Random, cumulative: list[float], start: int, stop: int) -> int:
    """A node of ``start:stop``, drawn by weight."""
    low = cumulative[start - 1] if start else 0.0
    return min(bisect.bisect(cumulative, low + rng.random() * (cumulative[stop - 1] - low)), stop - 1)


def _target(rng: random.Random, cumulative: list[float], u: int, nodes: int) -> int:
    """The other end of an edge from ``u``: mostly in ``u``'s community, never ``u`` itself."""
    start = u - u % _COMMUNITY
    stop = min(start + _COMMUNITY, nodes)
    local = rng.random() < _LOCAL and stop - start > 1
    for _ in range(100):
        v = _draw(rng, cumulative, start, stop) if local else _draw(rng, cumulative, 0, nodes)
        if v != u:
            return v
    return (u + 1) % nodes


def _evidence(rng: random.Random, source: str, relation: str, target: str) -> str:
    template = rng.choice(_SENTENCES)
    text = template.format(S=source, s=source.lower(), rel=relation, t=target.lower(), tail=rng.choice(_TAILS))
    if len(text) < 60:
        text += f" The text names this among the effects of {source.lower()}."
    return text


def write_folder(out: str | Path, nodes: int, edges: int, seed: int = 1) -> Path:
    """Write a data folder (and ``edge_list.csv``) of a generated graph to ``out``; return it."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    node_rows, edge_rows = generate(nodes, edges, seed)
    _write(folder / "nodes.csv", NODE_COLUMNS, node_rows)
    _write(folder / "edges.csv", EDGE_COLUMNS, edge_rows)
    for name in TABLES:
        shutil.copyfile(DATA / name, folder / name)
    _write(folder / "edge_list.csv", EDGE_LIST_COLUMNS, _bare(edge_rows, seed))
    return folder


def write_edge_list(path: str | Path, nodes: int, edges: int, seed: int = 1) -> Path:
    """Write only the bare edge list (``source,target,relation,weight``) of a generated graph."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    _write(out, EDGE_LIST_COLUMNS, _bare(generate(nodes, edges, seed)[1], seed))
    return out


def _bare(edge_rows: list[list[str]], seed: int) -> list[list[str]]:
    rng = random.Random(seed + 1)
    return [[s, t, r, f"{rng.random():.3f}"] for s, t, r, *_ in edge_rows]


def _write(path: Path, columns: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m bench.generate --nodes N --edges M --out DIR``."""
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--nodes", type=int, required=True, help="number of nodes")
    parser.add_argument("--edges", type=int, required=True, help="number of edges (claims)")
    parser.add_argument("--out", required=True, help="folder to write (or the file, with --only edge-list)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--only", choices=["edge-list"], default=None, help="write only the bare edge list, to the file --out"
    )
    args = parser.parse_args(argv)
    if args.nodes < 2 or args.edges < 0:
        parser.error("--nodes must be at least 2 and --edges at least 0")
    if args.only:
        written = write_edge_list(args.out, args.nodes, args.edges, args.seed)
    else:
        written = write_folder(args.out, args.nodes, args.edges, args.seed)
    print(f"wrote {written}: {args.nodes:,} nodes, {args.edges:,} edges", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
