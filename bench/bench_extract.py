"""Time ``graph.extract`` on generated articles: ``python -m bench.bench_extract [articles] [words]``.

The articles are written here from the default data (its Dutch labels, and
verbs from the extractor's cue table), about ``words`` words each (default
2,000), with headings, paragraphs and list items. Prints the time of one
article in a fresh process (loading the dictionaries included), of one
article in a warm process, and of ``articles`` articles (default 100) in one
call, then the candidates found per article.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import graph

__all__ = ["article", "main"]

_VERBS = ("verhoogt", "verlaagt", "bevordert", "ondersteunt", "remt", "activeert", "veroorzaakt", "voorkomt",
          "kan leiden tot", "draagt bij aan", "is nodig voor", "vermindert")  # fmt: skip
_FILLER = (
    "Dit is een onderwerp waar veel lezers vragen over hebben.",
    "Onderzoekers kijken hier al jaren met belangstelling naar.",
    "Wat dit precies betekent, verschilt van persoon tot persoon.",
    "In de praktijk zie je dat vaak terug bij mensen met een druk leven.",
)


def article(G: object, words: int = 2000, seed: int = 0) -> str:
    """A Dutch article of about ``words`` words about the concepts of ``G``."""
    rng = random.Random(seed)
    labels = [str(d.get("label_nl") or n).lower() for n, d in G.nodes(data=True)]  # type: ignore[attr-defined]
    parts: list[str] = []
    count = 0
    while count < words:
        heading = f"Over {rng.choice(labels)} en {rng.choice(labels)}"
        paragraph = []
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.25:
                sentence = rng.choice(_FILLER)
            else:
                sentence = f"{rng.choice(labels).capitalize()} {rng.choice(_VERBS)} {rng.choice(labels)}."
            paragraph.append(sentence)
        items = [
            f"  • {rng.choice(labels).capitalize()}: dit {rng.choice(_VERBS)} {rng.choice(labels)}." for _ in range(3)
        ]
        block = "\n\n".join([heading, " ".join(paragraph), "\n".join(items)])
        parts.append(block)
        count += len(block.split())
    return "\n\n".join(parts)


def _timed(call):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = call()
    return value, time.perf_counter() - start


def main(articles: int = 100, words: int = 2000, folder: Path | None = None) -> list[tuple[str, float]]:
    """Write the articles, time the extraction, print and return ``(label, seconds)`` rows."""
    import tempfile

    G = graph.load()
    folder = folder or Path(tempfile.mkdtemp(prefix="cg-extract-"))
    paths = []
    for i in range(articles):
        path = folder / f"article{i:03d}.txt"
        path.write_text(article(G, words, seed=i), encoding="utf-8")
        paths.append(path)
    code = (
        "import time; t = time.perf_counter(); import graph; "
        f"graph.extract([{str(paths[0])!r}], graph.load()); print(time.perf_counter() - t)"
    )
    cold = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    graph.extract([paths[0]], G)  # warm up: dictionaries and sentence rules loaded
    _, warm = _timed(lambda: graph.extract([paths[1 % articles]], G))
    result, many = _timed(lambda: graph.extract(paths, G))
    rows = [
        (f"1 article of {words:,} words, fresh process (import, load data, dictionaries)", cold),
        (f"1 article of {words:,} words, warm", warm),
        (f"{articles} articles of {words:,} words, one call", many),
    ]
    for label, seconds in rows:
        print(f"{label:<72} {seconds:8.2f} s")
    print(f"{len(result.candidates) / articles:.0f} candidates per article")
    return rows


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
