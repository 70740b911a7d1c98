"""Words an article uses often that name no concept of the data: the concepts it may be missing.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Zink helpt de afweer. De afweer is sterk.", "nl")
>>> count_terms([(tokens, [], "De afweer is sterk.")], "nl")
[{'term': 'afweer', 'count': 2, 'sentence': 'De afweer is sterk.'}]
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .concepts import Mention
from .tokens import Token

__all__ = ["count_terms", "STOPWORDS"]

#: Common words that are never a concept (folded lemmas).
STOPWORDS = {
    "nl": set(
        [
            "aan",
            "al",
            "alle",
            "alleen",
            "als",
            "andere",
            "ander",
            "bij",
            "belangrijk",
            "daarom",
            "dat",
            "de",
            "deze",
            "die",
            "dit",
            "door",
            "drie",
            "een",
            "eigen",
            "en",
            "er",
            "ervoor",
            "essentieel",
            "evenzo",
            "gaan",
            "geen",
            "goed",
            "grote",
            "heel",
            "het",
            "hier",
            "hoe",
            "hun",
            "in",
            "is",
            "je",
            "jouw",
            "kan",
            "kunnen",
            "maar",
            "meer",
            "meest",
            "met",
            "mijn",
            "na",
            "naar",
            "niet",
            "nog",
            "nu",
            "of",
            "ofwel",
            "om",
            "onder",
            "ons",
            "onze",
            "ook",
            "op",
            "over",
            "per",
            "sterk",
            "te",
            "tegen",
            "tot",
            "tussen",
            "twee",
            "uit",
            "van",
            "veel",
            "verschillend",
            "voor",
            "vooral",
            "waar",
            "waarom",
            "wat",
            "we",
            "wel",
            "welke",
            "worden",
            "wij",
            "zal",
            "zij",
            "zijn",
            "zo",
            "zoals",
            "zonder",
            "zou",
            "zullen",
            "cruciaal",
            "rol",
            "manier",
            "spelen",
            "hebben",
            "maken",
            "helpen",
            "effect",
            "invloed",
            "gevolg",
            "vaak",
            "zelf",
            "direct",
            "bovendien",
            "daarnaast",
            "echter",
            "namelijk",
            "waardoor",
            "waarbij",
            "dus",
            "zowel",
            "zeer",
            "lichaam",
            "mens",
            "mensen",
            "proces",
            "processen",
            "functie",
            "functies",
            "belang",
            "tijd",
            "dag",
            "blog",
            "artikel",
            "tekst",
            "item",
            "items",
            "kunnen",
            "mogelijk",
            "hoog",
            "laag",
            "groot",
            "klein",
            "nieuw",
            "oud",
            "eerste",
            "tweede",
            "extra",
            "ieder",
            "iedereen",
            "elke",
            "elk",
            "iets",
            "niets",
            "alles",
            "wanneer",
            "omdat",
            "doordat",
            "terwijl",
        ]
    ),
    "en": set(
        [
            "a",
            "about",
            "all",
            "also",
            "an",
            "and",
            "any",
            "are",
            "as",
            "at",
            "be",
            "because",
            "been",
            "being",
            "both",
            "but",
            "by",
            "can",
            "could",
            "do",
            "does",
            "each",
            "even",
            "for",
            "from",
            "has",
            "have",
            "how",
            "however",
            "if",
            "in",
            "into",
            "is",
            "it",
            "its",
            "just",
            "may",
            "more",
            "most",
            "much",
            "must",
            "no",
            "not",
            "of",
            "on",
            "one",
            "only",
            "or",
            "other",
            "our",
            "out",
            "over",
            "own",
            "same",
            "should",
            "so",
            "some",
            "such",
            "than",
            "that",
            "the",
            "their",
            "them",
            "then",
            "there",
            "these",
            "they",
            "this",
            "those",
            "through",
            "to",
            "too",
            "two",
            "under",
            "up",
            "very",
            "was",
            "way",
            "we",
            "were",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "why",
            "will",
            "with",
            "would",
            "you",
            "your",
            "important",
            "essential",
            "role",
            "play",
            "help",
            "effect",
            "body",
            "process",
            "function",
            "article",
        ]
    ),
}


def count_terms(
    sentences: list[tuple[list[Token], list[Mention], str]], lang: str, minimum: int = 2
) -> list[dict[str, Any]]:
    """Frequent words and word pairs outside every concept mention, with a sentence each, most frequent first."""
    stop = STOPWORDS.get(lang, set()) | STOPWORDS["en"]
    counts: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = {}
    example: dict[str, str] = {}
    for tokens, mentions, sentence in sentences:
        inside = {i for m in mentions for i in range(m.first, m.last)}
        run: list[Token] = []
        for i, token in enumerate([*tokens, None]):
            word = token.key if token is not None else ""
            if token is not None and i not in inside and word.isalpha() and len(word) > 3 and word not in stop:
                run.append(token)
                continue
            for key, surface in _terms(run):
                counts[key] += 1
                shown.setdefault(key, Counter())[surface] += 1
                example.setdefault(key, sentence)
            run = []
    return [
        {"term": shown[key].most_common(1)[0][0], "count": count, "sentence": example[key]}
        for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if count >= minimum
    ]


def _terms(run: list[Token]) -> list[tuple[str, str]]:
    """(key, as written) of each word of a run and of each pair of neighbouring words."""
    single = [(t.key, t.text.lower()) for t in run]
    pairs = [(f"{a.key} {b.key}", f"{a.text} {b.text}".lower()) for a, b in zip(run, run[1:], strict=False)]
    return single + pairs
