"""Build the part-of-speech lexicons of extract: ``python -m bench.build_pos_lexicon [--ud DIR] [--accuracy]``.

Reads the Universal Dependencies treebanks in ``../shared/ud/`` (``--ud`` elsewhere): Dutch
Alpino and LassySmall, English EWT (CC BY-SA 4.0). Only the treebanks' ``dev`` files are read to
build (their ``train`` files are not available); their ``test`` files are kept apart to measure
the tagger. For each lower-cased word form (and each lemma not seen as a form, so
that a form the treebanks lack is tagged by its lemma) it writes the most frequent universal part of speech
(UPOS), how often the form was seen and the other tags it was seen with, most frequent first:
``graph/extraction/pos_nl.tsv`` and ``pos_en.tsv`` (``--out`` another folder). Every word of a
closed class is kept; a form seen once whose only tag is an open class (NOUN, PROPN, ADJ, VERB,
NUM, X, SYM) is dropped when it holds a digit (numbers are tagged by their shape). Ties are
broken by the tag's name, rows are sorted by form: the same treebanks give the same bytes.

``--accuracy`` prints the tagging accuracy of :func:`graph.extraction.pos.tag_word` (the lexicon,
and for a word it lacks a guess from its shape) on each treebank's ``test`` file, for all words,
the words the lexicon knows and those it does not.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/ud beside the repository; for a git worktree kept one level down (wt/<name>), ../../shared/ud.
_NEAR = [p / "shared" / "ud" for p in (ROOT.parent, ROOT.parent.parent)]
UD = next((p for p in _NEAR if p.is_dir()), _NEAR[0])
OUT = ROOT / "graph" / "extraction"

#: The treebanks of each language (folder, file prefix).
TREEBANKS = {
    "nl": [("UD_Dutch-Alpino", "nl_alpino-ud"), ("UD_Dutch-LassySmall", "nl_lassysmall-ud")],
    "en": [("UD_English-EWT", "en_ewt-ud")],
}
_OPEN = {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "X", "SYM"}
HEADER = "# form\tupos\tcount\tother (UPOS of Universal Dependencies treebanks; CC BY-SA 4.0: see POS_LICENSE.md)\n"


def words(path: Path, lemmas: bool = False) -> Iterator[tuple[str, str]]:
    """(form, UPOS) of every syntactic word of a CoNLL-U file (no multiword-token or empty-node line).

    With ``lemmas``, (lemma, UPOS) instead.
    """
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue  # "3-4" (a multiword token) or "8.1" (an empty node)
            yield cols[2 if lemmas else 1], cols[3]


def files(ud: Path, lang: str, part: str) -> list[Path]:
    """The CoNLL-U files of ``part`` ("dev" or "test") of a language's treebanks."""
    return [ud / folder / f"{prefix}-{part}.conllu" for folder, prefix in TREEBANKS[lang]]


def lexicon(paths: Sequence[Path]) -> str:
    """The lexicon's text (header and one sorted row per form) from CoNLL-U files."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    by_lemma: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        for form, upos in words(path):
            if upos != "PUNCT" and "\t" not in form:
                counts[form.lower()][upos] += 1
        for lemma, upos in words(path, lemmas=True):
            if upos != "PUNCT" and "\t" not in lemma and lemma != "_":
                by_lemma[lemma.lower()][upos] += 1
    for lemma, tally in by_lemma.items():
        if lemma not in counts:  # "verhogen" seen only as "verhoogd": its dictionary form
            counts[lemma] = tally
    rows = [HEADER]
    for form in sorted(counts):
        ranked = sorted(counts[form].items(), key=lambda kv: (-kv[1], kv[0]))
        total = sum(counts[form].values())
        if total == 1 and ranked[0][0] in _OPEN and any(c.isdigit() for c in form):
            continue
        other = ",".join(tag for tag, _ in ranked[1:])
        rows.append(f"{form}\t{ranked[0][0]}\t{total}\t{other}\n")
    return "".join(rows)


def build(ud: Path = UD, out: Path = OUT) -> list[Path]:
    """Write ``pos_<lang>.tsv`` for each language into ``out``; return the paths written."""
    from graph.atomic import write_text_atomic as write_text

    written = []
    for lang in TREEBANKS:
        target = out / f"pos_{lang}.tsv"
        write_text(target, lexicon(files(ud, lang, "dev")))
        written.append(target)
    return written


def accuracy(ud: Path = UD) -> dict[str, dict[str, tuple[int, int]]]:
    """Per language: (right, all) of the tagger on the treebanks' test files: all, known, unknown words."""
    from graph.extraction.pos import lexicon as loaded
    from graph.extraction.pos import tag_word
    from graph.extraction.tokens import lemma_key

    result: dict[str, dict[str, tuple[int, int]]] = {}
    for lang in TREEBANKS:
        table = loaded(lang)
        tally: dict[str, list[int]] = {"all": [0, 0], "known": [0, 0], "unknown": [0, 0]}
        for path in files(ud, lang, "test"):
            for form, upos in words(path):
                if upos == "PUNCT":
                    continue
                kind = "known" if form.lower() in table else "unknown"
                right = int(tag_word(form, lang, lemma_key(form, lang)) == upos)
                for key in ("all", kind):
                    tally[key][0] += right
                    tally[key][1] += 1
        result[lang] = {key: (right, n) for key, (right, n) in tally.items()}
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build_pos_lexicon", description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=UD, help="folder of the UD treebanks (default ../shared/ud)")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write pos_nl.tsv and pos_en.tsv into")
    parser.add_argument("--accuracy", action="store_true", help="print the tagger's accuracy on the test files")
    args = parser.parse_args(argv)
    missing = [str(p) for lang in TREEBANKS for p in files(args.ud, lang, "dev") if not p.is_file()]
    if missing:
        print(f"error: no treebank file {missing[0]}; expected the UD treebanks in {args.ud}", file=sys.stderr)
        return 2
    if args.accuracy:
        for lang, tally in accuracy(args.ud).items():
            cells = ", ".join(f"{key} {right / n:.3f} ({n} words)" for key, (right, n) in tally.items() if n)
            print(f"{lang}: {cells}")
        return 0
    for path in build(args.ud, args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
