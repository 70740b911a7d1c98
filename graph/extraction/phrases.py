"""Concepts the data does not know, proposed from the noun phrases of a sentence.

Words outside every concept of the data, every cue and every function word are
taken in runs of at most two ("vitamine D", "rode bloedcellen", "sugar
crash"; a run is cut from its end, where the noun is): each run is proposed
as a new concept, with an id and a label made from its words (the last one
in its dictionary form), so that a claim about it is proposed like one about
a concept of the data. Words that are never a
concept (common verbs, adverbs and vague nouns: ``nonconcepts.csv``) break a
run, and so does a capitalised word inside a sentence (a person's or a
place's name), unless it is an abbreviation ("DHA") or a letter after a word
("vitamine D"); a Dutch word whose dictionary form ends in -en is taken for a
verb, an English one ending in -ly or -ed for an adverb or participle. An
aspect noun ("opname", "werking", "kans") is not a concept of its own: the
concept it is an aspect of is.

Examples
--------
>>> from graph.extraction.tokens import tokenize
>>> tokens = tokenize("Vitamine D bevordert de opname van calcium.", "nl")
>>> [(m.node, m.text) for m in new_mentions(tokens, [], [], "nl")]
[('vitamine_d', 'Vitamine D'), ('calcium', 'calcium')]
>>> label("rode bloedcellen", "nl")
'rode bloedcel'
"""

from __future__ import annotations

import csv
import re
from collections.abc import Hashable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

from .adjectives import noun_of
from .chunks import opening_word
from .concepts import _ABBREVIATED, ASPECTS, Mention
from .cues import CueHit
from .pos import names_nothing, plural_of_adjective, tag_word, tags
from .terms import STOPWORDS
from .tokens import Token, fold, lemma_key

__all__ = [
    "new_mentions",
    "named_before",
    "noun_compounds",
    "complaint_compounds",
    "new_concepts",
    "label",
    "concept_id",
    "NONCONCEPTS",
]

_MAX_WORDS = 2
# Nouns that name an aspect or a chance of something else ("de opname van calcium", "de kans op"):
# the something else is the concept.
_NOT_ALONE = {"kans", "risico", "risk", "likelihood", "chance", "rol", "role", "werking", "functioning", "gebruik",
              "nuttigen", "innemen", "use", "consumption", "hoeveelheid", "amount", "aandeel", "uptake"}  # fmt: skip
# English nouns too vague to be a concept alone that end a phrase after a word ("digestive function",
# "immune response"): general grammar.
_HEADS_EN = {"function", "system", "health", "response"}
_OBJECT_PRONOUNS = {"you", "me", "us", "them", "him", "people"}  # not "her": also "her bleeding"
_LIST_KEYS = {"en", "of", "and", "or", "but", "maar"}
_ID_JUNK = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def _nonconcepts() -> dict[str, frozenset[str]]:
    text = resources.files("graph.extraction").joinpath("nonconcepts.csv").read_text(encoding="utf-8")
    found: dict[str, set[str]] = {"nl": set(), "en": set()}
    for row in csv.DictReader(text.splitlines()):
        found.setdefault(row["lang"], set()).add(fold(row["word"]))
    return {lang: frozenset(words) for lang, words in found.items()}


#: Words that are never a concept of their own (folded), by language: ``nonconcepts.csv``.
NONCONCEPTS = _nonconcepts()


def _is_word(
    token: Token,
    lang: str,
    first_of_sentence: bool,
    after_word: bool,
    after_article: bool = False,
    before_pronoun: bool = False,
) -> bool:
    text = token.text.rstrip("-")
    if not text[:1].isalnum() or text.isdigit():
        return False
    letters = text.replace("-", "")
    if letters.isupper() and len(letters) >= 2 or any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        return True  # "DHA", "REM", "B12", "omega-3"
    if _ABBREVIATED.match(text):
        return True  # "HPA-as", "REM-slaap": a compound led by an abbreviation
    if len(letters) == 1:
        return letters.isupper() and after_word  # "vitamine D"
    if text[0].isupper() and not first_of_sentence and not text.isupper():
        return False  # a name inside the sentence
    stop = STOPWORDS.get(lang, frozenset()) | STOPWORDS["en"] | NONCONCEPTS.get(lang, frozenset())
    if token.key in stop or fold(text) in stop or len(letters) < 3 or token.key in _NOT_ALONE | set(ASPECTS):
        return False
    if names_nothing(text, lang, token.key):
        return False  # a verb, an adverb or a function word in every reading the treebanks give it
    if lang == "nl":  # a verb: its dictionary form ends in -en ("vormt", "beginnen", "opgenomen"); a
        # sentence opens with its subject ("Zink ..." is no form of "zinken"), and an article or a
        # quantifier opens a noun ("te weinig vocht" is no form of "vechten")
        plural = token.key.endswith("ingen") and len(token.key) >= 9  # "micro-ontwakingen", "verstoringen"
        verb = "_" in token.key or token.key.endswith("en") and len(token.key) >= 5 and not plural
        return first_of_sentence or after_article and not fold(text).endswith("en") or not verb
    word = fold(text)
    if word.endswith("ing") and before_pronoun:
        return False  # "leaves you feeling ...": a verb after its object
    participle = word.endswith("en") and not token.key.endswith("en") and not word.endswith("men")  # "proven"
    return not (word.endswith("ly") or word.endswith("ed") and len(word) > 4 or participle)


# Words after which only a noun (or its adjective) follows: articles and quantifiers (general grammar).
_NOUN_FOLLOWS = {"de", "het", "een", "geen", "weinig", "veel", "genoeg", "voldoende", "meer", "minder", "elk", "elke",
                 "ieder", "iedere"}  # fmt: skip

# Words after which a noun phrase may start: articles, possessives, prepositions, list words,
# quantifiers (general grammar). After any other word (a noun, a verb) a word is more likely an
# adjective or adverb used on its own ("het lichaam efficiënt ...").
_OPENS_PHRASE = {
    "de", "het", "een", "the", "a", "an", "je", "jouw", "uw", "ons", "onze", "hun", "zijn", "haar", "your", "our",
    "their", "his", "her", "its", "my", "mijn", "van", "voor", "op", "in", "aan", "met", "bij", "tot", "naar", "uit",
    "door", "om", "over", "tegen", "zonder", "of", "for", "on", "at", "with", "by", "to", "from", "into", "about",
    "against", "without", "en", "and", "or", ",", "(", ":", ";", "-", "•", "→", "–", "—", "geen", "no",
    "meer", "more", "minder", "less", "veel", "weinig", "much", "many", "zoals", "als", "as", "like", "including",
    "extra", "genoeg", "enough", "voldoende", "te", "too", "hoge", "high", "lage", "low", "both", "beide",
    "dat", "wanneer", "omdat", "doordat", "waardoor", "terwijl", "zodat", "hoewel", "nadat", "voordat",
    "dan", "maar", "hoe", "wat", "welke", "die", "waarin", "waarbij", "ook", "dus", "zelfs", "vooral",
    "&", "every", "each", "all", "some", "any", "elk", "elke", "ieder", "iedere", "alle", "sommige",
    "vaker", "often", "vaak",
}  # fmt: skip
_CONJUNCTIONS_EN = {"though", "although", "while", "when", "if", "because", "since", "whereas", "that", "but", "so",
                    "then", "whether", "how", "what", "which", "who", "once", "until"}  # fmt: skip
# English adjective endings (general grammar): a run that ends in one has no noun.
_ADJECTIVE_EN = re.compile(r"(ous|ful|ive|able|ible|less|ic)$")
# Words before a noun that point back to one already named ("deze balans", "this hormone"): the
# references module reads those, so no concept is proposed for the noun.
# Dutch adjective endings (general grammar), comparatives too ("stroperiger"): a run that ends in one has no noun.
_ADJECTIVE = re.compile(
    r"(lijke?|ige?|ische?|baar|bare|loze?|loos|zame?|ieve?|ele|\w{4}ende?|(ig|lijk|isch|baard|zam)er)$"
)
_ARTICLES = {"de", "het", "een", "the", "a", "an"}
_POSSESSIVES = {"je", "jouw", "uw", "your", "their", "our"}
_ARTICLES_AND_POSSESSIVES = _ARTICLES | _POSSESSIVES
_POINTING = {"deze", "dit", "die", "dat", "dergelijke", "zulke", "this", "these", "that", "those", "such"}


def new_mentions(tokens: list[Token], mentions: list[Mention], hits: list[CueHit], lang: str) -> list[Mention]:
    """Mentions of proposed new concepts: runs of content words outside ``mentions`` and ``hits``.

    A run is left out when it stands right before a concept of the data ("het aminozuur
    tryptofaan": a class noun), after a pointing word ("deze balans"), or after a word that
    opens no noun phrase.
    """
    taken = {i for m in mentions for i in range(m.first, m.last)}
    starts = {m.first for m in mentions}
    ends = {m.last for m in mentions}
    cue_ends = {h.last for h in hits}
    lacking = {i for h in hits if h.kind == "deficiency_noun" for i in range(h.first, h.last)}
    taken |= {i for h in hits for i in range(h.first, h.last)} - lacking
    quoted = _quoted(tokens, taken | {i for m in mentions for i in range(m.first, m.last)}, lang)
    taken |= {i for m in quoted for i in range(m.first, m.last)}
    first = next((i for i, t in enumerate(tokens) if t.text[:1].isalnum()), 0)
    words = [t.text for t in tokens if t.text[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    titled = len(words) >= 3 and capitals * 2 >= len(words) or len(words) == 2 == capitals  # a heading in Title Case
    found: list[Mention] = list(quoted)
    run: list[int] = []
    for i, token in enumerate([*tokens, None]):
        if token is not None and i in lacking and run:
            run.append(i)  # "zinc deficiency": the lack of a concept named with it
            continue
        if token is not None and run and lang == "en" and token.key in _HEADS_EN and i not in taken:
            run.append(i)  # "digestive function": a word too vague alone ends a phrase
            continue
        if (
            token is not None
            and i not in taken
            and i not in lacking
            and not (lang == "en" and run and _verb_en(tokens, i, starts, run[0]))
            and _is_word(
                token,
                lang,
                i == first or titled,
                bool(run),
                i > 0 and tokens[i - 1].key in _NOUN_FOLLOWS,
                i > 0 and tokens[i - 1].key in _OBJECT_PRONOUNS,
            )
            and not (lang == "nl" and i > 0 and tokens[i - 1].key == "te" and fold(token.text).endswith("en"))
            and not (lang == "en" and not run and _verb_not_noun(tokens, i, ends, found))
        ):
            run.append(i)
            continue
        parts: list[list[int]] = []
        while run:  # from the end: a noun and the word before it; "vitamine D" as one
            size = 2 if _letter(tokens[run[-1]]) else _MAX_WORDS  # "vitamine D": a word and its letter
            if run[-1] in lacking and len(run) >= 3 and _letter(tokens[run[-2]]):
                size = 3  # "vitamin A deficiency": the lack of a concept named with its letter
            elif len(run) >= 3 and size == 2 and _adjective_led(tokens, run[-3:], lang):
                size = 3  # "white blood cells", "green leafy vegetables": an adjective and the noun it qualifies
            parts.insert(0, run[-size:])
            run = run[:-size]
        for part in parts:
            alone = len(part) == 1 and _letter(tokens[part[0]])  # a code alone: "B12", not "(A1)" nor "D"
            if alone and not (_code(tokens[part[0]]) and tokens[part[0] - 1].text != "(") or part[-1] + 1 in starts:
                continue
            if _adjective_form(tokens[part[-1]], lang):
                continue  # an adjective without its noun ("chronische", "white", "een adequate inname")
            before = tokens[part[0] - 1].key if part[0] > 0 else ""
            if before in _ARTICLES and part[0] > 2 and tokens[part[0] - 2].text == "," and part[0] - 2 in ends:
                continue  # "melatonine, het hormoon dat ...": a description of the concept before
            if _modifies(part[0], tokens, ends):
                continue  # "de neurotransmittersystemen van het brein": where the concept is, not another
            opens = not before or before in _OPENS_PHRASE or part[0] in cue_ends or part[0] == first
            after_article = opening_word(tokens, part[0], lambda t: _adjective(t, lang)) in _ARTICLES
            opens = opens or after_article  # "de essentiële aminozuren": an adjective between the article and noun
            opens = opens or lang == "en" and before in _CONJUNCTIONS_EN
            opens = opens or lang == "en" and part[0] > 1 and _after_help(tokens, part[0] - 1)  # "helps build X"
            if lang == "en" and part[0] > 1 and fold(tokens[part[0] - 1].text).endswith("ed"):
                opens = opens or tokens[part[0] - 2].key in _OPENS_PHRASE  # "with added sugar": a participle before
            verb = tokens[part[0] - 1].key.endswith("en") or before in NONCONCEPTS.get(lang, frozenset())
            opens = opens or lang == "nl" and verb and part[0] - 1 not in ends  # "zorgt vitamine D voor"
            opens = opens or len(part) == 2 and _letter(tokens[part[-1]])  # "vitamine D": a name wherever it is
            if lang == "en" and part[0] > 0 and tag_word(tokens[part[0] - 1].text, lang, before) == "VERB":
                opens = opens or len(part) > 1 and _only_adjective(tokens[part[0]], lang)  # "make white blood cells"
            if before in _POINTING or not opens:
                continue
            text = " ".join(tokens[j].text for j in part)
            start, end = tokens[part[0]].start, tokens[part[-1]].end
            head = found[-1] if found else None
            between = part[0] - 1 - (before in _ARTICLES_AND_POSSESSIVES)  # "of the", "of your"
            if (
                head is not None
                and head.last == head.first + 1
                and (between == head.last and tokens[head.first].key not in _HEADS_EN or part[0] == head.last + 1)
                and tokens[between].key in ("van", "of")
            ):
                # "producten van dierlijke oorsprong": a noun the data lacks, qualified by another, is one concept
                kept = [j for j in range(head.first, part[-1] + 1) if tokens[j].key not in _POSSESSIVES]
                text = " ".join(tokens[j].text for j in kept)  # "groei van je spieren": the growth of muscles
                found[-1] = Mention(concept_id(text, lang), head.first, part[-1] + 1, head.start, end, text)
                pair = found[-2] if len(found) >= 2 else None
                if pair is not None and pair.last == pair.first + 1 and _joined(tokens, pair.last, head.first):
                    # "het herstel en de groei van spieren": the recovery of muscles too
                    shared = " ".join(tokens[j].text for j in kept if j >= head.last)
                    both = f"{tokens[pair.first].text} {shared}"
                    found[-2] = Mention(concept_id(both, lang), pair.first, pair.last, pair.start, pair.end, both)
                continue
            found.append(Mention(concept_id(text, lang), part[0], part[-1] + 1, start, end, text))
    covered = taken | {i for m in found for i in range(m.first, m.last)}
    return sorted(found + _predicative(tokens, covered, lang), key=lambda m: m.first)


def _adjective(token: Token, lang: str) -> bool:
    """An adjective by its ending, its inflection or the lexicon: a word no noun phrase ends in.

    >>> from graph.extraction.tokens import tokenize
    >>> [_adjective(t, "nl") for t in tokenize("diepgaande effecten", "nl")]
    [True, False]
    """
    return _adjective_form(token, lang) or tag_word(token.text, lang, token.key) == "ADJ"


def _adjective_form(token: Token, lang: str) -> bool:
    """An adjective by its ending ("lichamelijk", "neuropathic"), to the lexicon only ("white",
    "droge"), or, in Dutch, by its inflection ("adequate"): a word a name never ends in.

    >>> from graph.extraction.tokens import tokenize
    >>> [_adjective_form(t, "en") for t in tokenize("neuropathic pain", "en")]
    [True, False]
    """
    if (_ADJECTIVE if lang == "nl" else _ADJECTIVE_EN).search(fold(token.text)) or _only_adjective(token, lang):
        return True
    return lang == "nl" and _inflected(token)


def _only_adjective(token: Token, lang: str) -> bool:
    """The treebanks saw the word as an adjective, and never as a noun: it ends no noun phrase.

    >>> from graph.extraction.tokens import tokenize
    >>> [_only_adjective(t, "en") for t in tokenize("white blood", "en")]
    [True, False]
    """
    if plural_of_adjective(token.text, lang, token.key):
        return False  # "colds", "free radicals": a plural is a noun
    seen = tags(token.text, lang) or tags(token.key, lang)
    return bool(seen) and seen[0] == "ADJ" and not {"NOUN", "PROPN"} & set(seen)


def _adjective_led(tokens: list[Token], three: list[int], lang: str) -> bool:
    """Three words that are one noun phrase: an adjective, an adjective or a noun, and a noun.

    "white blood cells", "green leafy vegetables"; not "blood cells white" nor three nouns.

    >>> from graph.extraction.tokens import tokenize
    >>> _adjective_led(tokenize("white blood cells", "en"), [0, 1, 2], "en")
    True
    """
    first, middle, last = (tokens[i] for i in three)
    middle_tag = tag_word(middle.text, lang, middle.key)
    return _only_adjective(first, lang) and middle_tag in ("ADJ", "NOUN") and not _only_adjective(last, lang)


# English noun endings (general grammar): "digestion", "treatment", "growth", "immunity".
_NOUN_EN = re.compile(r"(ion|ment|ness|ity|ance|ence|ure|ism|ogy|age|th|ing)$")
# "help" and its forms: the word after them is a verb ("helps shield the body", "helped cut colds short").
_HELP = {"help", "helps", "helped", "helping"}


def _after_help(tokens: list[Token], i: int) -> bool:
    """An English word right after "help(s)" that is no plural noun: a verb's bare infinitive.

    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("It helps build bone, helps muscles grow and helps digestion.", "en")
    >>> _after_help(tokens, 2), _after_help(tokens, 6), _after_help(tokens, 10)
    (True, False, False)
    """
    word = fold(tokens[i].text)
    if i == 0 or fold(tokens[i - 1].text) not in _HELP or word.endswith("s") and not word.endswith("ss"):
        return False
    return not _NOUN_EN.search(word)  # "helps digestion", "helps growth": a noun


# English adverbs that stand between a subject and its verb (general grammar).
_MID_ADVERBS = {"then", "also", "often", "still", "usually", "never", "always", "sometimes", "rarely", "even",
                "further", "really", "quickly", "slowly", "gradually", "soon"}  # fmt: skip


def _verb_after_adverb(tokens: list[Token], i: int, ends: set[int]) -> bool:
    """An English word in -s after a concept and an adverb is its verb ("the brain then draws back").

    >>> from graph.extraction.tokens import tokenize
    >>> _verb_after_adverb(tokenize("The brain then draws back.", "en"), 3, {2})
    True
    """
    word = fold(tokens[i].text)
    if i < 2 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return fold(tokens[i - 1].text) in _MID_ADVERBS and i - 1 in ends


def _verb_not_noun(tokens: list[Token], i: int, ends: set[int], found: list[Mention]) -> bool:
    """An English word a verb's place shows: after "helps", after a concept and an adverb, or after
    "and" with "a" after it ("... and matters a great deal": a verb coordinated with the one before)."""
    if _after_help(tokens, i) or _coordinated_verb(tokens, i):
        return True
    return _verb_after_adverb(tokens, i, ends) or bool(found) and _verb_after_adverb(tokens, i, {found[-1].last})


def _coordinated_verb(tokens: list[Token], i: int) -> bool:
    """An English word in -s between "and"/"or" and "a"/"an": a verb of the clause's subject, as a plural
    noun takes no "a" after it (general grammar).

    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("It dissolves in water and matters a lot.", "en")
    >>> _coordinated_verb(tokens, 5), _coordinated_verb(tokenize("iron and zinc", "en"), 2)
    (True, False)
    """
    word = fold(tokens[i].text)
    if i < 1 or i + 1 >= len(tokens) or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    return tokens[i - 1].key in ("and", "or") and tokens[i + 1].key in ("a", "an")


def _predicative(tokens: list[Token], taken: set[int], lang: str) -> list[Mention]:
    """Adjectives of the table used on their own ("you feel hungry", "Duizelig"): each names its noun."""
    found = []
    stop = STOPWORDS.get(lang, frozenset()) | NONCONCEPTS.get(lang, frozenset())
    for i, token in enumerate(tokens):
        if i in taken or noun_of(token.text, lang) is None:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        verb = after is not None and lang == "nl" and after.key.endswith("en") and fold(after.text) != after.key
        if after is not None and after.text[:1].isalpha() and after.key not in stop | _LIST_KEYS and not verb:
            continue  # "tired muscles": it qualifies the noun after it ("er vaal uitziet": a verb after it)
        found.append(Mention(concept_id(token.text, lang), i, i + 1, token.start, token.end, token.text))
    return found


_QUOTES = {"'", '"', "‘", "’", "“", "”", "„", "«", "»"}


def _quoted(tokens: list[Token], taken: set[int], lang: str) -> list[Mention]:
    """A short phrase in quotation marks that names nothing else: one concept ("'vechten of vluchten'")."""
    found = []
    i = 0
    while i < len(tokens):
        if tokens[i].text not in _QUOTES:
            i += 1
            continue
        close = next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text in _QUOTES), None)
        if close is None:
            i += 1
            continue
        inside = range(i + 1, close)
        words = [tokens[j] for j in inside]
        if 2 <= len(words) <= 4 and all(t.text[:1].isalpha() for t in words) and not taken & set(inside):
            text = " ".join(t.text for t in words)
            found.append(Mention(concept_id(text, lang), i + 1, close, words[0].start, words[-1].end, text))
        i = close + 1
    return found


def _joined(tokens: list[Token], a: int, b: int) -> bool:
    """Only "en"/"and" (and an article) stand between tokens ``a`` and ``b``: two nouns listed together."""
    between = [t.key for t in tokens[a:b]]
    return bool(between) and between[0] in ("en", "and") and all(k in _ARTICLES_AND_POSSESSIVES for k in between[1:])


def _modifies(i: int, tokens: list[Token], ends: set[int]) -> bool:
    """The words at ``i`` follow a concept and "van"/"of" (and an article): they only qualify it."""
    j = i - 1
    if j >= 0 and tokens[j].key in _ARTICLES:
        j -= 1
    return j >= 1 and tokens[j].key in ("van", "of") and j in ends


_DETERMINERS_EN = {"a", "an", "the", "your", "their", "its", "his", "her", "our", "this", "that", "these", "those"}


_CLAUSE_ENDS = {",", ".", ";", ":", "!", "?", ")"}


def _verb_en(tokens: list[Token], i: int, named: set[int] | frozenset[int] = frozenset(), first: int = -1) -> bool:
    """A word in -s after a singular noun is its verb when an object or the clause's end follows it.

    "the kidney filters a lot": a determiner or an object pronoun follows; "stress wrecks sleep": a
    concept follows (a mention starts at an index in ``named``). "When stress strikes, ...": a comma
    or the clause's end follows and the noun (at ``first``) opens a clause after a conjunction, or
    after a comma when the sentence ends there ("..., cortisol rises.", but not a list's item "nuts,
    pumpkin seeds, beans"). "It raises stress hormones." keeps its compound: a verb stands before it.

    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("When stress strikes, it rises.", "en")
    >>> _verb_en(tokens, 2, first=1), _verb_en(tokenize("It raises stress hormones.", "en"), 3, first=2)
    (True, False)
    """
    word = tokens[i].text.lower()
    if not word.endswith("s") or word.endswith(("ss", "us", "is")) or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after.key in _DETERMINERS_EN - {"that"} or after.text.lower() in _OBJECT_PRONOUNS or i + 1 in named:
        # not "that": after a noun it opens a clause about it ("radicals that do harm")
        return True
    if after.text not in _CLAUSE_ENDS or first < 1:
        return False
    k = first - 1
    while k > 0 and tokens[k].key in _DETERMINERS_EN:
        k -= 1  # "when the stress builds,"
    if tokens[k].text == ",":  # "..., cortisol rises.", not a list's item ("nuts, pumpkin seeds, ...")
        return after.text in (".", ";", "!", "?")
    return tokens[k].text.lower() in _CONJUNCTIONS_EN


def _inflected(token: Token) -> bool:
    """A Dutch adjective with its -e ending: its dictionary form drops the e ("adequate" -> "adequaat")."""
    word = fold(token.text)
    return word.endswith("e") and token.key != word and not token.key.endswith("e") and len(word) > 3


def _letter(token: Token) -> bool:
    """A letter or number that completes the word before it: "D", "B12", "3"."""
    return len(token.text) <= 3 and token.text[:1].isupper() or token.text.isdigit()


def named_before(new: list[Mention], proposed: Mapping[Hashable, str], lang: str) -> list[Mention]:
    """A code ("B12") that ends one longer concept proposed before in the text names that concept.

    >>> from graph.extraction.tokens import tokenize
    >>> found = new_mentions(tokenize("B12.", "en"), [], [], "en")
    >>> [(m.node, m.text) for m in named_before(found, {"vitamin_b12": "vitamin B12"}, "en")]
    [('vitamin_b12', 'B12')]
    """
    if not any(any(c.isdigit() for c in m.text) for m in new):
        return new  # only a code is named by a longer name before it
    tails: dict[str, set[Hashable]] = {}
    for node, text in proposed.items():
        words = text.split()
        if len(words) >= 2:
            tails.setdefault(fold(words[-1]), set()).add(node)
    found = []
    for m in new:
        own = label(m.text, lang)
        coded = " " not in own and any(c.isdigit() for c in own)
        longer = tails.get(fold(own), set()) if coded else set()
        if len(longer) == 1:
            m = Mention(next(iter(longer)), m.first, m.last, m.start, m.end, m.text)
        found.append(m)
    return found


def noun_compounds(tokens: list[Token], mentions: list[Mention], hits: list[CueHit], lang: str) -> list[Mention]:
    """An English concept word before a noun that names nothing is the first part of a compound.

    "nerve pain", "nerve issues" and "heart rate" name concepts of their own, not the nerves or the
    heart: the two words are proposed as one new concept. Only a word in its singular (the form
    English compounds take), before a noun that is no aspect ("potassium intake" names potassium).

    >>> from graph.extraction.tokens import tokenize
    >>> tokens = tokenize("Nerve pain is common.", "en")
    >>> [(m.node, m.text) for m in noun_compounds(tokens, [Mention("nerves", 0, 1, 0, 5, "Nerve")], [], "en")]
    [('nerve_pain', 'Nerve pain')]
    """
    if lang != "en":
        return mentions
    taken = {i for m in mentions for i in range(m.first, m.last)} | {i for h in hits for i in range(h.first, h.last)}
    found = []
    for m in mentions:
        j = m.last
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            j += 3  # "Nerve (neuropathic) pain"
        word = tokens[m.first]
        head = tokens[j] if j < len(tokens) else None
        if (
            m.last - m.first == 1
            and m.text
            and fold(word.text) == word.key
            and head is not None
            and j not in taken
            and _is_word(head, lang, False, True)
            and not _ADJECTIVE_EN.search(fold(head.text))
            and not _verb_en(tokens, j, {n.first for n in mentions}, m.first)
            and head.key not in _NOT_ALONE
        ):
            text = f"{word.text} {head.text}"
            m = Mention(concept_id(text, lang), m.first, j + 1, m.start, head.end, text)
        found.append(m)
    return found


# Dutch nouns of a complaint that, "van/aan/in de X" after them, make a compound with X (general grammar).
_COMPLAINTS_NL = {"klacht", "klachten", "probleem", "problemen", "pijn", "schade", "ontsteking", "aandoening",
                  "stoornis", "ziekte"}  # fmt: skip


def complaint_compounds(tokens: list[Token], mentions: list[Mention], lang: str) -> list[Mention]:
    """ "klachten van de darmen" is "darmklachten": a Dutch complaint of a thing the data does not know,
    named as the compound a reader writes (the data's own compounds are found by the index).

    >>> from graph.extraction.tokens import tokenize
    >>> [(m.node, m.text) for m in complaint_compounds(tokenize("Klachten van de darmen.", "nl"), [], "nl")]
    [('darmklacht', 'darmklachten')]
    """
    if lang != "nl":
        return mentions
    taken = {i for m in mentions for i in range(m.first, m.last)}
    found = list(mentions)
    for i, token in enumerate(tokens[:-2]):
        if token.key not in _COMPLAINTS_NL and fold(token.text) not in _COMPLAINTS_NL or i in taken:
            continue
        j = i + 1
        if tokens[j].key not in ("van", "aan", "in"):
            continue
        j += 1 + (j + 1 < len(tokens) and tokens[j + 1].key in _ARTICLES)
        if j >= len(tokens) or j in taken or not tokens[j].text.isalpha() or not tokens[j].text.islower():
            continue
        word = fold(tokens[j].text)
        text = (tokens[j].key if len(tokens[j].key) <= len(word) else word) + fold(token.text)  # not "leveren"
        found.append(Mention(concept_id(text, lang), i, j + 1, token.start, tokens[j].end, text))
    return sorted(found, key=lambda m: m.first)


def _code(token: Token) -> bool:
    """A name made of letters and digits that stands alone: "B12", "B6" (not "D" or "3")."""
    text = token.text
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def label(text: str, lang: str) -> str:
    """The label of a proposed concept: its words in lower case (abbreviations kept), the last as a lemma."""
    words = text.split()
    noun = noun_of(text, lang) if len(words) == 1 else None
    if noun is not None:
        return noun  # "Duizelig", "hungry": named by the noun a reader uses
    if lang == "nl" and len(words) == 1 and fold(text).endswith("rijk") and len(text) >= 8:
        return text[:-4].lower()  # "vezelrijk", "eiwitrijk": rich in fibre, in protein, is said of the substance
    if lang == "nl" and len(words) == 1 and re.search(r"\w{4}(ig|lijk|loos)$", fold(text)):
        return text.lower() + "heid"  # "kortademig" (an item, a heading) names kortademigheid
    shown = [w if _keeps_case(w) else w.lower() for w in words]
    last = words[-1]
    if not _keeps_case(last) and not (lang == "en" and last.lower().endswith("ing")):  # "ringing" is no "ring"
        lemma = lemma_key(last, lang)  # a plural made singular; never a longer form ("zink" is no "zinken")
        shown[-1] = lemma if fold(last) != lemma and len(lemma) <= len(last) else last.lower()
    return " ".join(shown)


def _keeps_case(word: str) -> bool:
    letters = word.replace("-", "")
    return (letters.isupper() and len(letters) >= 1) or any(c.isdigit() for c in word)


def concept_id(text: str, lang: str) -> str:
    """The id of a proposed concept: its label, folded, in lower_snake_case.

    >>> concept_id("Vitamine B-12", "nl"), concept_id("sugar crashes", "en")
    ('vitamine_b_12', 'sugar_crash')
    """
    return _ID_JUNK.sub("_", fold(label(text, lang))).strip("_")


def new_concepts(candidates: pd.DataFrame, G: Any, labels: Mapping[str, str]) -> pd.DataFrame:
    """The proposed concepts that candidates name: id, label, doc, how many candidates, the first sentence."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for row in candidates.to_dict("records"):
        for node in (row["source"], row["target"]):
            if node in G or node not in labels:
                continue
            key = (row["doc"], node)
            if key not in rows:
                rows[key] = {"id": node, "label": labels[node], "doc": row["doc"], "candidates": 0,
                             "sentence": row["sentence"]}  # fmt: skip
            rows[key]["candidates"] += 1
    return pd.DataFrame(list(rows.values()), columns=["id", "label", "doc", "candidates", "sentence"])
