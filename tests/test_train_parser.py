"""The parser's training split (bench/train_parser.py): the held-back part is never trained on.

The split is plain Python and runs without spaCy; the tiny treebank in tests/treebank/ is written
for these tests in the UD CoNLL-U layout (a dev file of three documents; a test file repeating
one trained and one held-back sentence, and holding a sentence of a held-back document).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bench.train_parser import document, main, read_conllu, split_treebank, write_conllu

TREEBANK = Path(__file__).parent / "treebank"


def _files() -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(TREEBANK.glob("*.conllu"))}


def _ids(sentences) -> list[str]:
    return [line for s in sentences for line in s.lines if line.startswith("# sent_id")]


def test_the_split_is_the_same_every_time_and_in_any_file_order():
    files = _files()
    first = split_treebank(files)
    again = split_treebank(dict(reversed(list(files.items()))))
    assert first == again
    # six dev sentences in three documents: the middle (the 4th) is inside dev-b, so the cut
    # moves on to the start of dev-c
    assert _ids(first[1]) == ["# sent_id = dev-c-0001", "# sent_id = dev-c-0002"]


def test_no_held_back_sentence_text_or_document_is_trained_on():
    train, held = split_treebank(_files())
    assert held, "something is held back"
    assert not {s.text for s in held} & {s.text for s in train}
    assert not set(_ids(held)) & set(_ids(train))
    assert not {document(s) for s in held} & {document(s) for s in train}
    # test-a-0002 repeats a held-back text and dev-c-0003 (in the test file) belongs to the
    # held-back document dev-c: both dropped; test-a-0001 repeats a trained text and stays.
    assert _ids(train) == [
        "# sent_id = dev-a-0001",
        "# sent_id = dev-a-0002",
        "# sent_id = dev-b-0001",
        "# sent_id = dev-b-0002",
        "# sent_id = test-a-0001",
    ]


def test_a_repeat_of_a_held_back_text_is_dropped_from_training():
    dev = "".join(f"# sent_id = d{i}\n# text = s{i}\n1\ts{i}\t_\tX\t_\t_\t0\troot\t_\t_\n\n" for i in range(4))
    test = "# sent_id = t1\n# text = s3\n1\ts3\t_\tX\t_\t_\t0\troot\t_\t_\n\n"
    train, held = split_treebank({"x-ud-dev.conllu": dev, "x-ud-test.conllu": test})
    assert [s.text for s in held] == ["s2", "s3"]
    assert [s.text for s in train] == ["s0", "s1"]


def test_written_conllu_reads_back_the_same(tmp_path):
    train, held = split_treebank(_files())
    write_conllu(held, tmp_path / "held.conllu")
    assert read_conllu((tmp_path / "held.conllu").read_text(encoding="utf-8")) == held
    assert all(len(line.split("\t")) == 10 for s in held for line in s.lines if not line.startswith("#"))


@pytest.mark.skipif(importlib.util.find_spec("spacy") is not None, reason="spaCy is installed here")
def test_without_spacy_the_command_says_how_to_install_it(capsys, tmp_path):
    assert main(["--lang", "nl", "--out", str(tmp_path), "--ud", str(TREEBANK)]) == 2
    assert '".[parser]"' in capsys.readouterr().err
