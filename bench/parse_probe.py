"""What a parse would bring to ``extract``: ``python -m bench.parse_probe --model DIR [--lang nl|en]``.

Parses the annotated sentences of the corpus's **development** part (never the test part) with a
pipeline trained by :mod:`bench.train_parser` and counts, per annotated claim, whether its subject
is named in the sentence at all, and whether it is named by a subject (``nsubj``, ``nsubj:pass``)
of the parse; the same for its object and an object (``obj``, ``obl``, ``nmod``); and whether one
verb has both. "Named" means a name of the annotated concept (``tests/extraction/corpus/concepts.csv``,
lemmatised as the evaluation does) occurs in the words under that dependent, conjuncts included.
Needs the ``parser`` extra.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bench.extraction_eval import ANNOTATIONS, _concepts, parts, text_path
from graph.extraction.evaluate import Gold, name_key, numbered_sentences

SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
OBJECTS = {"obj", "dobj", "obl", "nmod", "iobj", "pobj", "xcomp", "obl:arg"}


def _names(keys: frozenset[str], text: str, lang: str) -> bool:
    words = f" {name_key(text, lang)} "
    return any(key and f" {key} " in words for key in keys)


def probe(model: Path, lang: str) -> dict[str, int]:
    """Count, over the development part's claims in ``lang``, what the parse names."""
    import spacy

    nlp = spacy.load(model)
    concepts = _concepts(ANNOTATIONS)
    counts = dict.fromkeys(
        ("claims", "subject_in_sentence", "subject_as_nsubj", "object_in_sentence", "object_as_obj", "both_one_verb"),
        0,
    )
    for row in parts(ANNOTATIONS):
        if row["part"] != "dev" or row["language"] != lang:
            continue
        raw = text_path(row["file"]).read_text("utf-8")
        spans = numbered_sentences(raw)
        gold = Gold.read(ANNOTATIONS / f"{row['file']}.csv", concepts)
        for number, subjects, objects, _sign, _hedged in gold.claims:
            start, end = spans[number - 1]
            doc = nlp(raw[start:end])
            skeys = frozenset().union(*(gold.names(s, {}).keys for s in subjects))
            okeys = frozenset().union(*(gold.names(o, {}).keys for o in objects))
            heads_s = {t.head.i for t in doc if t.dep_ in SUBJECTS and _names(skeys, _subtree(t), lang)}
            heads_o = {t.head.i for t in doc if t.dep_ in OBJECTS and _names(okeys, _subtree(t), lang)}
            counts["claims"] += 1
            counts["subject_in_sentence"] += _names(skeys, doc.text, lang)
            counts["object_in_sentence"] += _names(okeys, doc.text, lang)
            counts["subject_as_nsubj"] += bool(heads_s)
            counts["object_as_obj"] += bool(heads_o)
            counts["both_one_verb"] += bool(heads_s & heads_o)
    return counts


def _subtree(token) -> str:  # type: ignore[no-untyped-def]
    return " ".join(t.text for t in token.subtree)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the counts for one language."""
    parser = argparse.ArgumentParser(prog="python -m bench.parse_probe", description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="a trained pipeline (DIR/model-last)")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)
    counts = probe(args.model, args.lang)
    claims = counts.pop("claims")
    print(f"{args.lang}: {claims} annotated claims in the development part")
    for name, value in counts.items():
        print(f"  {name:22} {value:4}  {value / claims:.0%}" if claims else f"  {name} 0")
    return 0


if __name__ == "__main__":
    sys.exit(main())
