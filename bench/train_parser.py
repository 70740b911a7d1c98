"""Train and measure a small tagger and parser: ``python -m bench.train_parser --lang nl|en --out DIR``.

Trains a spaCy pipeline (``morphologizer`` for part of speech and morphology, ``parser`` for the
dependency tree; CPU, no pretrained vectors, fixed seed) on the Universal Dependencies treebanks
in ``../shared/ud/`` (next to the repository; ``--ud`` gives another folder) and measures it on a
held-back part it was never trained on. Needs the ``parser`` extra (``pip install -e ".[parser]"``);
the split itself (:func:`split_treebank`) is plain Python. The settings (:data:`WIDTH`, :data:`DEPTH`,
:data:`ROWS` of the shared tok2vec, the steps of :data:`MAX_STEPS`) are the best of the runs
measured in docs/extraction.md; ``--width``, ``--depth``, ``--rows`` and ``--max-steps`` change them.

Which sentences are held back. Only the ``dev`` and ``test`` parts of the treebanks are available.
Every ``test`` file is trained on; every ``dev`` file is cut in two at the first document start at
or after its middle sentence: the first half is trained on, the second half is held back and only
ever evaluated. Cutting between documents keeps each document on one side, so no text is split
between the two parts. A training sentence is dropped when its text is also a held-back sentence's
(boilerplate repeated in a treebank) or when its document has sentences held back (a treebank may
put one document in both its dev and test files), so the held-back scores never count a sentence,
or a document, the model saw.

What it writes in ``DIR``: ``corpus/`` (the split as CoNLL-U and as spaCy's ``.spacy`` files),
``config.cfg``, ``model-last/`` (the trained pipeline after the last step: load it with
``spacy.load(DIR / "model-last")``; spaCy's ``model-best/`` is chosen on training sentences and
means nothing more), ``scores.json`` (the held-back figures) and ``LICENSE.txt``
(the treebanks' licence and attribution, which the trained model carries).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "ROOT",
    "UD",
    "TREEBANKS",
    "Sentence",
    "read_conllu",
    "write_conllu",
    "document",
    "split_treebank",
    "train",
    "main",
]

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository; for a git worktree kept one level down (wt/<name>), ../../shared.
_NEAR = [p / "shared" / "ud" for p in (ROOT.parent, ROOT.parent.parent)]
UD = next((p for p in _NEAR if p.is_dir()), _NEAR[0])

#: The treebank folders of each language, under the UD folder.
TREEBANKS: dict[str, tuple[str, ...]] = {
    "nl": ("UD_Dutch-Alpino", "UD_Dutch-LassySmall"),
    "en": ("UD_English-EWT",),
}

#: Training budget: the number of steps (batches) is the one limit, no cap on epochs. The steps of
#: each language are where the held-back scores stopped rising (docs/extraction.md, "A trained
#: parser"): a run that scored the held-back part every 200 steps, chosen once; the held-back part
#: still plays no role in the training itself.
MAX_EPOCHS = 0
MAX_STEPS = {"nl": 2800, "en": 2600}
#: The shared tok2vec: width and depth of its encoder, and the hash-embedding rows of its four
#: features (NORM, PREFIX, SUFFIX, SHAPE; spaCy's efficiency default is 5000, 1000, 2500, 2500).
WIDTH = 96
DEPTH = 4
ROWS = (10000, 2000, 5000, 5000)
SEED = 0
N_SENTS = 10  # sentences per spaCy document when converting
MONITOR = 200  # training sentences spaCy prints its progress on


@dataclass(frozen=True)
class Sentence:
    """One CoNLL-U sentence block: its lines (comments and tokens) and its text."""

    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        """The ``# text =`` comment, or the word forms joined by spaces where there is none."""
        for line in self.lines:
            if line.startswith("# text ="):
                return line.split("=", 1)[1].strip()
        return " ".join(line.split("\t")[1] for line in self.lines if line and not line.startswith("#"))


def read_conllu(text: str) -> list[Sentence]:
    """The sentence blocks of a CoNLL-U text, in order (blocks end at a blank line).

    Examples
    --------
    >>> doc = "# text = Hij slaapt.\\n1\\tHij\\thij\\tPRON\\n2\\tslaapt\\tslapen\\tVERB\\n\\n"
    >>> [s.text for s in read_conllu(doc)]
    ['Hij slaapt.']
    """
    sentences: list[Sentence] = []
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line.rstrip("\r"))
        elif block:
            sentences.append(Sentence(tuple(block)))
            block = []
    if block:
        sentences.append(Sentence(tuple(block)))
    return sentences


def write_conllu(sentences: Iterable[Sentence], path: Path) -> None:
    """Write sentence blocks as a CoNLL-U file (each block followed by a blank line)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for sentence in sentences:
            handle.write("\n".join(sentence.lines) + "\n\n")


def split_treebank(files: dict[str, str]) -> tuple[list[Sentence], list[Sentence]]:
    """Split treebank files into (train, held back), the same way every time.

    ``files`` maps a file name to its CoNLL-U text. A ``test`` file goes to training whole; a
    ``dev`` file (any other name) is cut at the first document start at or after its middle sentence
    (:func:`document`): the first half is trained on, the second half is held back. A training
    sentence whose text equals a held-back sentence's text, or whose document has sentences held back
    (a treebank may put one document in both its dev and test files), is dropped. Files are taken in name
    order, so the result does not depend on the dict's order.

    Examples
    --------
    >>> def doc(*texts):
    ...     return "".join(f"# text = {t}\\n1\\t{t}\\t_\\tX\\n\\n" for t in texts)
    >>> train, held = split_treebank({"x-ud-dev.conllu": doc("a", "b", "c", "d"), "x-ud-test.conllu": doc("e", "c")})
    >>> [s.text for s in train], [s.text for s in held]
    (['a', 'b', 'e'], ['c', 'd'])
    """
    train: list[Sentence] = []
    held: list[Sentence] = []
    for name in sorted(files):
        sentences = read_conllu(files[name])
        if "-test" in name:
            train.extend(sentences)
        else:
            cut = _document_start(sentences, len(sentences) // 2)
            train.extend(sentences[:cut])
            held.extend(sentences[cut:])
    held_texts = {sentence.text for sentence in held}
    held_documents = _documents(held) - {""}
    kept = zip(train, _documents_in_order(train), strict=True)
    return [s for s, doc in kept if s.text not in held_texts and doc not in held_documents], held


def _documents_in_order(sentences: Sequence[Sentence]) -> list[str]:
    keys: list[str] = []
    for sentence in sentences:
        keys.append(document(sentence, keys[-1] if keys else ""))
    return keys


def _documents(sentences: Sequence[Sentence]) -> set[str]:
    return set(_documents_in_order(sentences))


def document(sentence: Sentence, previous: str = "") -> str:
    """The document a sentence belongs to: its ``# newdoc id``, else a key made from its ``sent_id``.

    Without a ``newdoc`` line the sentence belongs to ``previous`` if it has no ``sent_id``;
    a ``sent_id`` gives its part before ``.p.`` (Alpino, LassySmall: ``wiki-1181.p.10.s.1``)
    or before a final ``-<number>`` (EWT: ``weblog-…-0003``).

    Examples
    --------
    >>> document(Sentence(("# sent_id = wiki-1181.p.10.s.1",)))
    'wiki-1181'
    >>> document(Sentence(("# newdoc id = doc-7", "# sent_id = doc-7-0001")))
    'doc-7'
    """
    for line in sentence.lines:
        if line.startswith("# newdoc id"):
            return line.split("=", 1)[1].strip()
    for line in sentence.lines:
        if line.startswith("# sent_id"):
            ident = line.split("=", 1)[1].strip()
            if ".p." in ident:
                return ident.split(".p.", 1)[0]
            return re.sub(r"-\d+$", "", ident)
    return previous


def _document_start(sentences: Sequence[Sentence], middle: int) -> int:
    """The first sentence at or after ``middle`` that starts a document (else ``middle`` itself)."""
    keys = _documents_in_order(sentences)
    for index in range(max(middle, 1), len(sentences)):
        if keys[index] != keys[index - 1]:
            return index
    return middle


def _treebank_files(ud: Path, lang: str) -> dict[str, str]:
    files: dict[str, str] = {}
    for folder in TREEBANKS[lang]:
        paths = sorted((ud / folder).glob("*.conllu"))
        if not paths:
            raise SystemExit(f"no CoNLL-U files in {ud / folder}: give the folder of the UD treebanks with --ud")
        for path in paths:
            files[path.name] = path.read_text(encoding="utf-8")
    return files


def _spacy(*args: str | Path | int) -> None:
    command = [sys.executable, "-m", "spacy", *map(str, args)]
    print("$", " ".join(command[1:]), flush=True)
    subprocess.run(command, check=True)


def _licence(ud: Path, lang: str) -> str:
    names = ", ".join(TREEBANKS[lang])
    sources = (ud / "SOURCES").read_text(encoding="utf-8") if (ud / "SOURCES").is_file() else ""
    return (
        f"This model was trained by concept-graph (bench/train_parser.py) on the Universal Dependencies\n"
        f"treebanks {names} (https://universaldependencies.org), which are licensed under\n"
        f"CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). The model files are a\n"
        f"derivative of those treebanks and are shared under the same licence, CC BY-SA 4.0.\n"
        f"The project's own code keeps its own licence.\n\nSources of the treebanks:\n{sources}"
    )


def train(
    lang: str,
    out: Path,
    ud: Path = UD,
    max_steps: int | None = None,
    width: int = WIDTH,
    depth: int = DEPTH,
    rows: Sequence[int] = ROWS,
) -> dict[str, Any]:
    """Split, convert, train and evaluate one language; return the held-back scores.

    ``max_steps`` defaults to the language's :data:`MAX_STEPS`.
    """
    if max_steps is None:
        max_steps = MAX_STEPS[lang]
    import spacy  # noqa: F401  (fail early, with the install hint, when the extra is missing)

    train_part, held = split_treebank(_treebank_files(ud, lang))
    corpus = out / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    write_conllu(train_part, corpus / "train.conllu")
    write_conllu(held, corpus / "heldback.conllu")
    # spaCy's training loop wants a part to print progress on; it gets training sentences, so the
    # held-back part plays no role in training: no early stop, no choice of checkpoint.
    write_conllu(train_part[:MONITOR], corpus / "monitor.conllu")
    print(f"{lang}: {len(train_part)} sentences to train on, {len(held)} held back", flush=True)
    for name in ("train", "heldback", "monitor"):
        _spacy(
            "convert",
            corpus / f"{name}.conllu",
            corpus,
            "--converter",
            "conllu",
            "--n-sents",
            N_SENTS,
            "--merge-subtokens",
        )
    config = out / "config.cfg"
    _spacy(
        "init",
        "config",
        config,
        "--lang",
        lang,
        "--pipeline",
        "morphologizer,parser",
        "--optimize",
        "efficiency",
        "--force",
    )
    started = time.perf_counter()
    _spacy(
        "train",
        config,
        "--output",
        out,
        "--paths.train",
        corpus / "train.spacy",
        "--paths.dev",
        corpus / "monitor.spacy",
        "--system.seed",
        SEED,
        "--training.seed",
        SEED,
        "--training.max_epochs",
        MAX_EPOCHS,
        "--training.max_steps",
        max_steps,
        "--training.patience",
        0,
        "--components.tok2vec.model.encode.width",
        width,
        "--components.tok2vec.model.encode.depth",
        depth,
        "--components.tok2vec.model.embed.rows",
        "[" + ",".join(map(str, rows)) + "]",
    )
    seconds = time.perf_counter() - started
    metrics = out / "metrics.json"
    model = out / "model-last"
    _spacy("evaluate", model, corpus / "heldback.spacy", "--output", metrics)
    raw = json.loads(metrics.read_text(encoding="utf-8"))
    (model / "LICENSE.txt").write_text(_licence(ud, lang), encoding="utf-8")
    size = sum(p.stat().st_size for p in model.rglob("*") if p.is_file())
    scores = {
        "sentences_trained": len(train_part),
        "sentences_held_back": len(held),
        "token_acc": raw.get("token_acc"),
        "pos_acc": raw.get("pos_acc"),
        "morph_acc": raw.get("morph_acc"),
        "dep_uas": raw.get("dep_uas"),
        "dep_las": raw.get("dep_las"),
        "sents_f": raw.get("sents_f"),
        "steps": max_steps,
        "width": width,
        "depth": depth,
        "rows": list(rows),
        "train_seconds": round(seconds),
        "model_bytes": size,
    }
    (out / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    return scores


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: train one language and print its held-back scores."""
    parser = argparse.ArgumentParser(prog="python -m bench.train_parser", description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=sorted(TREEBANKS), required=True)
    parser.add_argument("--out", type=Path, required=True, help="folder for the corpus, the model and its scores")
    parser.add_argument("--ud", type=Path, default=UD, help=f"folder of the UD treebanks (default {UD})")
    parser.add_argument(
        "--max-steps", type=int, default=None, help=f"training steps (default: by language, {MAX_STEPS})"
    )
    parser.add_argument("--width", type=int, default=WIDTH, help="tok2vec width (default %(default)s)")
    parser.add_argument("--depth", type=int, default=DEPTH, help="tok2vec depth (default %(default)s)")
    parser.add_argument(
        "--rows",
        type=lambda text: tuple(int(n) for n in text.split(",")),
        default=ROWS,
        help="hash-embedding rows of NORM,PREFIX,SUFFIX,SHAPE (default %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        import spacy  # noqa: F401
    except ImportError:
        print('spaCy is not installed: pip install -e ".[parser]"', file=sys.stderr)
        return 2
    scores = train(args.lang, args.out, args.ud, args.max_steps, args.width, args.depth, args.rows)
    print(
        f"{args.lang} held back ({scores['sentences_held_back']} sentences): "
        f"POS {scores['pos_acc']:.3f}  UAS {scores['dep_uas']:.3f}  LAS {scores['dep_las']:.3f}  "
        f"tokens {scores['token_acc']:.3f}  trained in {scores['train_seconds']} s  "
        f"model {scores['model_bytes'] / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
