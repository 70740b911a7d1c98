"""How well ``extract`` reads texts it was not written from: ``python -m bench.extraction_eval [--part dev|test|all]``.

Runs :func:`graph.extract` on the texts of ``../shared/corpus/`` (next to the repository) and of
``tests/extraction/corpus/texts/`` (our own rewordings, kept in the repository), and holds its
candidates against the hand annotations of ``tests/extraction/corpus/``
(:mod:`graph.extraction.evaluate` says how a candidate matches an annotation). Prints precision
and recall per part, language and topic, and the seed articles' figures apart (``--seeds``).
``--misses`` lists, per text, the candidates that match nothing and the claims not found, and
each case of the fidelity counts (hedges dropped or added, claims turned round, signs flipped,
denied claims proposed; ``tests/extraction/corpus/denials.csv`` lists what each sentence denies);
``--texts a,b,c`` measures only the named texts of the part (their totals per language);
``--kinds`` sorts the missed claims into kinds (:mod:`bench.miss_kinds`: subject not named, named
but not recognised, no cue, pair not formed; with ``--misses``, each miss with its kind).

The test part is read only on purpose (``--part test``): rules are written from the
development part, and each run on the test part is logged in ``tests/extraction/corpus/README.md``.
Where ``../shared/corpus/`` is absent, only the repository's texts are measured (and the run says so).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import graph
from graph.extraction.article import parse_article
from graph.extraction.evaluate import Gold, Match, figures, match_document, name_key, numbered_sentences

__all__ = [
    "ROOT",
    "CORPUS",
    "ANNOTATIONS",
    "TEXTS",
    "parts",
    "text_path",
    "available",
    "denials",
    "evaluate_corpus",
    "table",
    "print_table",
    "seed_fidelity",
    "main",
]

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository; for a git worktree kept one level down (wt/<name>), ../../shared.
_NEAR = [p / "shared" for p in (ROOT.parent, ROOT.parent.parent)]
SHARED = next((p for p in _NEAR if p.is_dir()), _NEAR[0])
CORPUS = SHARED / "corpus"
ANNOTATIONS = ROOT / "tests" / "extraction" / "corpus"
SEEDS = SHARED / "seeds"
TEXTS = ANNOTATIONS / "texts"  # our own rewordings of public pages, in the repository (see its README)


def parts(annotations: Path = ANNOTATIONS) -> list[dict[str, str]]:
    """The texts with their language, topic and part (``dev`` or ``test``)."""
    with open(annotations / "parts.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def text_path(stem: str, corpus: Path = CORPUS, texts: Path = TEXTS) -> Path:
    """Where the text ``stem`` lives: the repository's ``texts/`` folder, else the shared corpus."""
    own = texts / f"{stem}.txt"
    return own if own.is_file() else corpus / f"{stem}.txt"


def available(rows: Iterable[dict[str, str]], corpus: Path = CORPUS, texts: Path = TEXTS) -> list[dict[str, str]]:
    """The rows of ``parts.csv`` whose text is on this machine."""
    return [t for t in rows if text_path(t["file"], corpus, texts).is_file()]


def denials(annotations: Path = ANNOTATIONS) -> dict[str, list[dict[str, str]]]:
    """The claims each text's sentences deny (``denials.csv``), by file stem."""
    found: dict[str, list[dict[str, str]]] = {}
    path = annotations / "denials.csv"
    if path.is_file():
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                found.setdefault(row["file"], []).append(row)
    return found


def _concepts(annotations: Path) -> dict[str, dict[str, str]]:
    with open(annotations / "concepts.csv", encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def _data_keys(G: Any) -> dict[str, frozenset[str]]:
    keys = {}
    for node, data in G.nodes(data=True):
        names = [data.get("label", ""), data.get("label_nl", ""), *str(data.get("synonyms") or "").split("|")]
        keys[str(node)] = frozenset(name_key(n, lang) for n in names if n for lang in ("nl", "en"))
    return keys


def evaluate_corpus(
    G: Any,
    texts: Iterable[str],
    corpus: Path = CORPUS,
    annotations: Path = ANNOTATIONS,
    model: Path | None = None,
    accept: str = "rules",
) -> dict[str, Match]:
    """Run ``extract`` on each named text (file stem) and match it against its annotations."""
    concepts = _concepts(annotations)
    denied = denials(annotations)
    data_keys = _data_keys(G)
    labels = {str(n): str(d.get("label", n)) for n, d in G.nodes(data=True)}
    matches = {}
    parsers = None
    if model is not None:
        from graph.extraction.parsed import load_parsers

        parsers = load_parsers(model, ["nl", "en"])  # a language without a pipeline is read by the rules
    for stem in texts:
        raw = text_path(stem, corpus).read_text("utf-8")
        header, body = _split_header(raw)
        lang = "nl" if "Language: nl" in header else "en"
        result = graph.extract([parse_article(body, doc=stem)], G, model=parsers, accept=accept)
        proposed = getattr(result, "new_concepts", None)
        these = dict(labels)
        if proposed is not None:
            these.update({str(r["id"]): str(r["label"]) for r in proposed.to_dict("records")})
        gold = Gold.read(annotations / f"{stem}.csv", concepts, denied.get(stem, ()))
        spans = numbered_sentences(body, header_lines=0)
        rows = result.candidates.to_dict("records")
        matches[stem] = match_document(rows, gold, spans, labels=these, lang=lang, data_keys=data_keys)
    return matches


def _split_header(raw: str) -> tuple[str, str]:
    """The two header lines and the blank line, and the body after them."""
    lines = raw.split("\n")
    return "\n".join(lines[:3]), "\n".join(lines[3:])


def table(matches: dict[str, Match], texts: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Figures per part, per part and language, and per topic (within the texts measured)."""
    measured = [t for t in texts if t["file"] in matches]
    groups: dict[str, list[str]] = {}
    for t in measured:
        groups.setdefault(f"{t['part']}", []).append(t["file"])
    for t in measured:
        groups.setdefault(f"{t['part']} {t['language']}", []).append(t["file"])
    for t in measured:
        groups.setdefault(f"{t['part']} {t['language']}: {t['topic']}", []).append(t["file"])
    return figures(matches, groups)


def print_table(rows: list[dict[str, Any]]) -> None:
    """Print rows of equal keys as a Markdown table."""
    head = list(rows[0])
    print("| " + " | ".join(head) + " |")
    print("| " + " | ".join("---" for _ in head) + " |")
    for row in rows:
        print("| " + " | ".join(str(row[h]) for h in head) + " |")


def seed_fidelity(G: Any, candidates: Any, doc: str) -> dict[str, int]:
    """The fidelity counts of one seed article, held against the data's edges from it.

    The data is the gold standard here, article by article (its edges name no sentence): a hedged
    edge found only by unhedged candidates is a hedge dropped (and the reverse a hedge added); a
    candidate naming an edge's two concepts the other way round, where the data has no edge of that
    direction from the article, is turned round; one with an edge's pair and direction but only
    the opposite sign, a sign flipped.
    """
    edges: dict[tuple[str, str], dict[int, bool]] = {}
    for u, v, data in G.edges(data=True):
        if data.get("source_doc") == doc:
            sign = int(data.get("sign") or 0)
            hedged = str(data.get("hedged", "")).strip().lower() in ("true", "1")
            edges.setdefault((str(u), str(v)), {})[sign] = hedged
    rows = candidates[candidates["doc"] == doc]
    hedges: dict[tuple[str, str, int], set[bool]] = {}
    for source, target, sign, hedged in zip(rows["source"], rows["target"], rows["sign"], rows["hedged"], strict=True):
        hedges.setdefault((str(source), str(target), int(sign)), set()).add(bool(hedged))
    counts = dict.fromkeys(("hedges dropped", "hedges added", "turned round", "sign flipped"), 0)
    for (source, target), signs in edges.items():
        for sign, hedged in signs.items():
            found = hedges.get((source, target, sign))
            if found and hedged not in found:
                counts["hedges dropped" if hedged else "hedges added"] += 1
    for source, target, sign in hedges:
        if (source, target) not in edges and (target, source) in edges:
            counts["turned round"] += 1
        elif sign and sign not in edges.get((source, target), {}) and -sign in edges.get((source, target), {}):
            counts["sign flipped"] += 1
    return counts


def _seeds() -> list[dict[str, Any]]:
    G = graph.load()
    files = {doc: SEEDS / data["file"] for doc, data in G.graph["sources"].items()}
    if not all(p.is_file() for p in files.values()):
        return []
    result = graph.extract(list(files.values()), G)
    return [
        {"group": f"seed {doc}", "recall": round(result.coverage[doc]["recall"], 3),
         "precision": round(result.coverage[doc]["precision"], 3), **seed_fidelity(G, result.candidates, doc)}
        for doc in files
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--seeds", action="store_true", help="also the seed articles' recall and precision")
    parser.add_argument("--misses", action="store_true", help="list wrong candidates and missed claims")
    parser.add_argument("--model", type=Path, default=None, help="a trained parser for extract (nl/, en/ under it)")
    parser.add_argument(
        "--accept", choices=("rules", "model"), default="rules",
        help="extract's candidates: the rules' (default) or the acceptance model's (in-sample on dev: "
        "python -m bench.train_acceptance --cv gives its cross-validation)",
    )  # fmt: skip
    parser.add_argument("--kinds", action="store_true", help="sort the missed claims into kinds (bench.miss_kinds)")
    parser.add_argument("--texts", default="", help="only these texts of the part (file stems, comma-separated)")
    args = parser.parse_args(argv)
    listed = [t for t in parts() if args.part in ("all", t["part"])]
    if args.texts:
        chosen = {s.strip() for s in args.texts.split(",") if s.strip()}
        unknown = chosen - {t["file"] for t in listed}
        if unknown:
            print(f"not texts of the {args.part} part: {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        listed = [t for t in listed if t["file"] in chosen]
    texts = available(listed)
    if len(texts) < len(listed):
        print(f"{len(listed) - len(texts)} texts are not here: {CORPUS} (it lives next to the repository);"
              f" measuring the {len(texts)} that are", file=sys.stderr)  # fmt: skip
    if not texts:
        return 1
    matches = evaluate_corpus(graph.load(), [t["file"] for t in texts], model=args.model, accept=args.accept)
    print_table(table(matches, texts))
    if args.seeds:
        print()
        print_table(_seeds())
    if args.misses:
        for stem, m in matches.items():
            print(f"\n## {stem}")
            for w in m.wrong:
                print("  wrong ", w["sentence"], w["source"], "->", w["target"], w["sign"])
            for s, a, b, sign in m.missed:
                print("  missed", s, a, "->", b, sign)
            for u in m.unfaithful:
                print(f"  {u['kind']}:", u["sentence"], u["source"], "->", u["target"], u["sign"])
    if args.kinds:
        from bench.miss_kinds import classify_corpus, kinds_table

        classified = classify_corpus(graph.load(), [t["file"] for t in texts])
        print()
        print_table(kinds_table(classified))
        if args.misses:
            for stem, (_, kinds) in classified.items():
                print(f"\n## kinds {stem}")
                for kind, sentence, subject, obj, sign, pooled in kinds.misses:
                    print(f"  {kind}:", sentence, subject, "->", obj, sign, "(in the pool)" if pooled else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
