"""The parser's training split (bench/train_parser.py): the held-back part is never trained on.

The split is plain Python and runs without spaCy; the tiny treebank in tests/treebank/ is written
for these tests in the UD CoNLL-U layout (one test file, one dev file, two sentences repeated).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bench.train_parser import main, read_conllu, split_treebank, write_conllu

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
    assert _ids(first[1]) == ["# sent_id = dev-4", "# sent_id = dev-5", "# sent_id = dev-6"]


def test_no_held_back_sentence_is_trained_on_not_even_a_repeat_of_its_text():
    train, held = split_treebank(_files())
    assert held, "something is held back"
    assert not {s.text for s in held} & {s.text for s in train}
    assert not set(_ids(held)) & set(_ids(train))
    # dev-3 is repeated as test-2: its text is trained on from the first half, so both stay;
    # dev-1 (first half) and its repeat test-1 are both trained on.
    assert _ids(train) == [
        "# sent_id = dev-1",
        "# sent_id = dev-2",
        "# sent_id = dev-3",
        "# sent_id = test-1",
        "# sent_id = test-2",
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
