"""Find a concept by the name a person types: id, English or Dutch label, or synonym.

Names are compared after :func:`normalize`: accents dropped, case folded,
and spaces, hyphens and underscores treated alike, so "Melatonine",
"gaba receptor", "GABA-receptoren" and "gaba_receptor" all find their node.
An exact id wins over a normalised id, that over a label (English or Dutch),
that over a synonym. A name that matches nothing raises
:class:`~graph.errors.NodeNotFound` with the closest names; one that matches
several nodes equally well raises :class:`~graph.errors.AmbiguousName`
listing them.

Examples
--------
>>> import graph
>>> G = graph.load()
>>> graph.resolve(G, "Magnesium"), graph.resolve(G, "slaap")
('magnesium', 'sleep')
>>> graph.resolve(G, "magnesum")
Traceback (most recent call last):
...
graph.errors.NodeNotFound: no concept named 'magnesum' (did you mean 'magnesium'?)
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import AmbiguousName, NodeNotFound, RelationNotFound
from ..read.suggest import closest, or_list

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["normalize", "NameIndex", "resolve", "resolve_relations"]

_SEPARATORS = re.compile(r"[\s\-_\u2010\u2011\u2012\u2013\u2014]+")
# Tiers of a match, best first (an exact id is found before the index is asked).
_NORMALISED_ID, _LABEL, _SYNONYM = range(3)
_MAX_LISTED = 5
# A suggestion must be this close, relative to the best one, to be shown with it.
_NEARLY = 0.9
# ... and this close to the name typed at all: "noten" is not "botten", "piekeren" not "spierkrampen".
_CLOSE = 0.75
# Prefixes that turn a word into its opposite: "rust" must not suggest "onrust", nor "rest" "unrest".
_NEGATIONS = ("on", "un", "in", "non ", "non", "niet ", "a")
# Suffixes that do the same: "rust" must not suggest "rusteloosheid" or "rusteloze benen", "rest" "restless".
_LACKING = ("loos", "eloos", "loze", "eloze", "less")
# Above this many names, a name is not looked up by its lemmas (the lemma index would take seconds).
_MOST_LEMMATISED = 100_000
_HOW = "; give an id, an English or Dutch label, or a synonym"


def normalize(text: str) -> str:
    """``text`` reduced for comparison: no accents, case folded, separators as single spaces.

    Examples
    --------
    >>> normalize("  GABA-Receptoren ")
    'gaba receptoren'
    >>> normalize("Cafeïne_spiegel") == normalize("cafeine spiegel")
    True
    """
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", text.casefold()).strip()


class NameIndex:
    """Every name of every node of a graph, normalised, for repeated look-ups.

    The index is a snapshot: build a new one after changing the graph.
    :func:`resolve` builds one only when the name is not an exact id.

    Parameters
    ----------
    G : networkx graph
        Nodes may carry ``label``, ``label_nl`` and ``synonyms`` (a list or a
        ``|``-separated string). The graph is not changed.

    Examples
    --------
    >>> import graph
    >>> names = graph.NameIndex(graph.load())
    >>> names.resolve("GABA-receptoren"), names.resolve("gaba receptor")
    ('gaba_receptor', 'gaba_receptor')
    """

    def __init__(self, G: nx.Graph):
        self._index(G.nodes, G.nodes(data=True))

    @classmethod
    def of_nodes(cls, nodes: Mapping[Hashable, dict[str, Any]]) -> NameIndex:
        """The index of the nodes of ``nodes``, a mapping from each node to its attributes
        (as a graph's table form holds them, with no graph at hand).

        Examples
        --------
        >>> NameIndex.of_nodes({"mg": {"label": "Magnesium"}}).resolve("magnesium")
        'mg'
        """
        index = cls.__new__(cls)
        index._index(nodes, nodes.items())
        return index

    def _index(self, nodes: Mapping[Hashable, Any], items: Iterable[tuple[Hashable, Any]]) -> None:
        self._nodes = nodes
        # normalised name -> [(tier, node, name as written)]
        self._names: dict[str, list[tuple[int, Hashable, str]]] = {}
        # each distinct name normalised once (an id is often its own label too)
        normalised: dict[str, str] = {}
        add = self._add
        for node, attrs in items:
            add(str(node), _NORMALISED_ID, node, normalised)
            add(attrs.get("label"), _LABEL, node, normalised)
            add(attrs.get("label_nl"), _LABEL, node, normalised)
            for synonym in _synonyms(attrs.get("synonyms")):
                add(synonym, _SYNONYM, node, normalised)

    def _add(self, name: Any, tier: int, node: Hashable, normalised: dict[str, str]) -> None:
        if not isinstance(name, str) or not name.strip():
            return
        key = normalised.get(name)
        if key is None:
            key = normalised[name] = normalize(name)
        entries = self._names.get(key)
        if entries is None:
            self._names[key] = [(tier, node, name.strip())]
        # a node's names are added one tier after the other, so that a repeat of one of its
        # entries here (its label_nl the same as its label) can only be the last entry
        elif entries[-1][0] != tier or entries[-1][1] != node:
            entries.append((tier, node, name.strip()))

    def resolve(self, name: Hashable) -> Hashable:
        """The node ``name`` stands for.

        Raises
        ------
        NodeNotFound
            When nothing matches; the message names up to three close names.
        AmbiguousName
            When several nodes match equally well; the message lists them.
        """
        if _is_node(self._nodes, name):
            return name
        if not isinstance(name, str):
            raise NodeNotFound(f"no concept with id {name!r}")
        entries = self._names.get(normalize(name), []) or self._by_lemma(name)
        if not entries:
            suggestions = self.suggest(name)
            hint = f" (did you mean {or_list(suggestions, typed=name)}?)" if suggestions else _HOW
            raise NodeNotFound(f"no concept named {name!r}{hint}", suggestions=suggestions)
        best = min(tier for tier, _, _ in entries)
        nodes = list(dict.fromkeys(node for tier, node, _ in entries if tier == best))
        if len(nodes) > 1:
            nodes.sort(key=str)
            listed = ", ".join(self._describe(n) for n in nodes[:_MAX_LISTED])
            more = f" and {len(nodes) - _MAX_LISTED} more" if len(nodes) > _MAX_LISTED else ""
            raise AmbiguousName(
                f"{name!r} could mean {len(nodes)} concepts: {listed}{more}; give the id instead", candidates=nodes
            )
        return nodes[0]

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Up to ``n`` names, as written in the data, that look like ``name``; one per node.

        Close spellings come first (only those nearly as close as the best);
        failing those, names that start with ``name`` or hold it as a word.
        """
        wanted = normalize(name)
        keys = list(self._names)
        near = [key for key in closest(wanted, keys, n=4 * n, cutoff=_CLOSE) if not _opposites(wanted, key)]
        if near:
            best = _likeness(wanted, near[0])
            near = [key for key in near if _likeness(wanted, key) >= _NEARLY * best]
        elif len(wanted) >= 3:  # "gaba" -> "GABA receptor"
            near = sorted(
                (k for k in keys if (k.startswith(wanted) or f" {wanted}" in k) and not _opposites(wanted, k)), key=len
            )[: 4 * n]
        found: dict[Hashable, str] = {}
        for key in near:
            _, node, written = min(self._names[key], key=lambda entry: entry[0])
            found.setdefault(node, written)
        return list(found.values())[:n]

    def _by_lemma(self, name: str) -> list[tuple[int, Hashable, str]]:
        """The entries whose name has the same lemmas as ``name`` in Dutch or English ("spierkramp",
        "bananen" for "banaan"); none for an index of more than :data:`_MOST_LEMMATISED` names."""
        if len(self._names) > _MOST_LEMMATISED:
            return []
        lemmas: dict[str, list[tuple[int, Hashable, str]]] | None = getattr(self, "_lemmas", None)
        if lemmas is None:
            lemmas = {}
            self._lemmas = lemmas
            for key, entries in self._names.items():
                for lemma in _lemma_keys(key):
                    if lemma != key:
                        lemmas.setdefault(lemma, []).extend(entries)
        found: list[tuple[int, Hashable, str]] = []
        for lemma in _lemma_keys(normalize(name)):
            found += self._names.get(lemma, []) + lemmas.get(lemma, [])
        return found

    def _describe(self, node: Hashable) -> str:
        label = self._nodes[node].get("label")
        return f"{node} ({label})" if isinstance(label, str) and label and label != str(node) else str(node)


def resolve(G: nx.Graph, name: Hashable) -> Hashable:
    """The node of ``G`` that ``name`` stands for: an id, an English or Dutch label, or a synonym.

    Parameters
    ----------
    G : networkx graph
    name : str or node
        Compared case- and accent-insensitively, spaces, hyphens and
        underscores alike. An exact id wins over a label, a label over a
        synonym.

    Returns
    -------
    node
        The node id.

    Raises
    ------
    NodeNotFound
        When no node has that name; the message suggests close names.
    AmbiguousName
        When several nodes share the name; the message lists them.

    Examples
    --------
    >>> import graph
    >>> G = graph.load()
    >>> graph.resolve(G, "Ontspanning")
    'relaxation'
    """
    if _is_node(G, name):
        return name
    return NameIndex(G).resolve(name)


def resolve_relations(G: nx.Graph, relation: str | Iterable[str] | None) -> frozenset[str] | None:
    """The relation ids meant by ``relation`` (an id or label, or several), or ``None`` for all.

    Relations are those of ``G.graph["relations"]`` and those used on edges;
    names compare like node names.

    Raises
    ------
    RelationNotFound
        Naming the unknown relation and the closest known ones.

    Examples
    --------
    >>> import graph
    >>> sorted(resolve_relations(graph.load(), ["activeert", "promotes"]))
    ['activates', 'promotes']
    """
    wanted = [] if relation is None else [relation] if isinstance(relation, str) else list(relation)
    if not wanted:
        return None
    names: dict[str, str] = {}
    table = G.graph.get("relations", {})
    for rel, entry in table.items():
        for name in (rel, entry.get("label"), entry.get("label_nl")):
            if isinstance(name, str) and name:
                names.setdefault(normalize(name), rel)
    if not all(normalize(str(w)) in names for w in wanted):
        for _, _, rel in G.edges(data="relation", default="related_to"):
            if isinstance(rel, str):
                names.setdefault(normalize(rel), rel)
    found = set()
    for name in wanted:
        rel = names.get(normalize(str(name)))
        if rel is None:
            suggestions = closest(normalize(str(name)), list(names))
            hint = (
                f" (did you mean {or_list([names[s] for s in suggestions], typed=str(name))}?)" if suggestions else ""
            )
            raise RelationNotFound(f"no relation named {name!r}{hint}")
        found.add(rel)
    return frozenset(found)


def _lemma_keys(key: str) -> set[str]:
    """``key`` with each word replaced by its Dutch lemma, and by its English one (simplemma), and a
    Dutch verb or adjective of one word by its noun ("ontspannen" -> "ontspanning", "depressief" -> "depressie")."""
    import simplemma

    found = set()
    for lang in ("nl", "en"):
        try:
            found.add(" ".join(normalize(simplemma.lemmatize(word, lang=lang)) for word in key.split()))
        except (ValueError, KeyError):  # a word simplemma cannot handle
            continue
    if " " not in key:
        found.update(
            key[: -len(end)] + noun for end, noun in _DUTCH_NOUNS if key.endswith(end) and len(key) > len(end) + 2
        )
    return found


#: Endings of Dutch verbs and adjectives, and the noun ending that names their state or act.
_DUTCH_NOUNS = (("en", "ing"), ("ief", "ie"), ("ig", "igheid"), ("eloos", "eloosheid"))


def _opposites(a: str, b: str) -> bool:
    """True when one name is the other with a negating prefix: "rust" and "onrust"."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if any(longer == prefix + shorter for prefix in _NEGATIONS):
        return True
    return longer.startswith(shorter) and longer[len(shorter) :].startswith(_LACKING)


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _is_node(nodes: Any, name: Hashable) -> bool:
    try:
        return name in nodes
    except TypeError:  # unhashable
        return False


def _synonyms(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.split("|")
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for s in value if isinstance(s, str)]
    return []
