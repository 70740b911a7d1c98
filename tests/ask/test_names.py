"""Finding a concept by id, English or Dutch label, or synonym; typos and ambiguous names."""

from __future__ import annotations

import networkx as nx
import pytest

import graph
from graph.ask.names import normalize, resolve_relations
from graph.errors import NodeNotFound


@pytest.fixture
def G() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        relations={
            "activates": {"label": "activates", "label_nl": "activeert", "sign": 1},
            "inhibits": {"label": "inhibits", "label_nl": "remt", "sign": -1},
        }
    )
    G.add_node("magnesium", label="Magnesium", label_nl="Magnesium", synonyms=["Mg", "magnesiumspiegel"])
    G.add_node("gaba_receptor", label="GABA receptor", label_nl="GABA-receptor", synonyms=["GABA-receptoren"])
    G.add_node("melatonin", label="Melatonin", label_nl="Melatonine", synonyms=["slaaphormoon"])
    G.add_node("caffeine", label="Caffeine", label_nl="Cafeïne", synonyms=[])
    G.add_node("sleep", label="Sleep", label_nl="Slaap", synonyms=["nachtrust"])
    G.add_edge("magnesium", "gaba_receptor", relation="activates")
    G.add_edge("caffeine", "sleep", relation="inhibits")
    return G


@pytest.mark.parametrize(
    ("name", "node"),
    [
        ("magnesium", "magnesium"),  # id
        ("Melatonin", "melatonin"),  # English label
        ("Melatonine", "melatonin"),  # Dutch label
        ("slaap", "sleep"),  # Dutch label, other case
        ("MG", "magnesium"),  # synonym
        ("GABA-receptoren", "gaba_receptor"),  # Dutch synonym with hyphen
        ("gaba receptor", "gaba_receptor"),
        ("GABA-receptor", "gaba_receptor"),
        ("gaba_receptor", "gaba_receptor"),
        ("  GABA   Receptor ", "gaba_receptor"),
        ("cafeine", "caffeine"),  # accent left out
        ("CAFEÏNE", "caffeine"),
        ("Cafe\u0301ine", "caffeine"),  # combining accent (NFD) on a letter that has none in the data
    ],
)
def test_a_name_finds_its_node(G: nx.MultiDiGraph, name: str, node: str) -> None:
    assert graph.resolve(G, name) == node
    assert graph.NameIndex(G).resolve(name) == node


def test_normalize_folds_case_accents_and_separators() -> None:
    assert normalize("Ça_va—très-BIEN  ") == "ca va tres bien"
    assert normalize("Straße") == "strasse"


def test_an_exact_id_wins_over_a_label() -> None:
    G = nx.MultiDiGraph()
    G.add_node("calm", label="Relaxation")
    G.add_node("relaxation", label="Calm")
    assert (graph.resolve(G, "calm"), graph.resolve(G, "relaxation")) == ("calm", "relaxation")
    assert (graph.resolve(G, "Calm "), graph.resolve(G, "RELAXATION")) == ("calm", "relaxation")  # normalised id first


def test_a_label_wins_over_a_synonym() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", label="Stress")
    G.add_node("b", label="Tension", synonyms=["stress"])
    assert graph.resolve(G, "stress") == "a"


def test_an_unknown_name_suggests_the_closest(G: nx.MultiDiGraph) -> None:
    with pytest.raises(graph.NodeNotFound) as caught:
        graph.resolve(G, "magnesum")
    assert str(caught.value) == "no concept named 'magnesum' (did you mean 'magnesium'?)"
    assert caught.value.suggestions == ("magnesium",)
    assert isinstance(caught.value, graph.ConceptGraphError)


def test_suggestions_are_written_as_in_the_data(G: nx.MultiDiGraph) -> None:
    with pytest.raises(graph.NodeNotFound, match=r"did you mean 'Slaap'\?"):
        graph.resolve(G, "slap")


def test_a_word_of_a_longer_name_is_suggested(G: nx.MultiDiGraph) -> None:
    with pytest.raises(graph.NodeNotFound, match=r"did you mean 'gaba_receptor'\?"):
        graph.resolve(G, "gaba")


def test_a_name_like_nothing_says_what_names_work(G: nx.MultiDiGraph) -> None:
    with pytest.raises(graph.NodeNotFound) as caught:
        graph.resolve(G, "xyzzy")
    assert str(caught.value) == "no concept named 'xyzzy'; give an id, an English or Dutch label, or a synonym"


def test_an_ambiguous_name_lists_the_candidates() -> None:
    G = nx.MultiDiGraph()
    G.add_node("cramp_calf", label="Cramp", label_nl="Kramp")
    G.add_node("cramp_foot", label="Foot cramp", label_nl="Kramp")
    with pytest.raises(graph.AmbiguousName) as caught:
        graph.resolve(G, "kramp")
    assert str(caught.value) == (
        "'kramp' could mean 2 concepts: cramp_calf (Cramp), cramp_foot (Foot cramp); give the id instead"
    )
    assert caught.value.candidates == ("cramp_calf", "cramp_foot")


def test_resolving_sees_changes_to_the_graph(G: nx.MultiDiGraph) -> None:
    assert graph.resolve(G, "Melatonine") == "melatonin"
    G.nodes["melatonin"]["label_nl"] = "Slaaphormoon melatonine"
    G.add_node("melatonine_pil", label="Melatonine")
    assert graph.resolve(G, "Melatonine") == "melatonine_pil"


def test_resolving_does_not_change_the_graph(G: nx.MultiDiGraph) -> None:
    before = {n: dict(a) for n, a in G.nodes(data=True)}
    graph.resolve(G, "nachtrust")
    graph.NameIndex(G)
    assert {n: dict(a) for n, a in G.nodes(data=True)} == before and "_names" not in G.graph


def test_non_string_names_and_ids() -> None:
    G = nx.MultiDiGraph([(1, 2)])
    assert graph.resolve(G, 1) == 1
    with pytest.raises(graph.NodeNotFound, match="no concept with id 3"):
        graph.resolve(G, 3)
    with pytest.raises(graph.NodeNotFound):
        graph.resolve(G, ["not", "hashable"])  # type: ignore[arg-type]


def test_synonyms_may_be_a_pipe_separated_string() -> None:
    G = nx.MultiDiGraph()
    G.add_node("x", synonyms="een|twee")
    assert graph.resolve(G, "Twee") == "x"


def test_magnesium_data_by_dutch_names() -> None:
    G = graph.load()
    assert [graph.resolve(G, n) for n in ("Melatonine", "slaap", "GABA-receptoren")] == [
        "melatonin",
        "sleep",
        "gaba_receptor",
    ]


# ---------------------------------------------------------------- relations


def test_relations_by_id_english_or_dutch_label(G: nx.MultiDiGraph) -> None:
    assert resolve_relations(G, "Activeert") == {"activates"}
    assert resolve_relations(G, ["remt", "activates"]) == {"inhibits", "activates"}
    assert resolve_relations(G, None) is None and resolve_relations(G, []) is None


def test_relations_used_on_edges_but_not_in_the_table(G: nx.MultiDiGraph) -> None:
    G.add_edge("sleep", "melatonin", relation="helps")
    assert resolve_relations(G, "helps") == {"helps"}


def test_an_unknown_relation_suggests_the_closest(G: nx.MultiDiGraph) -> None:
    with pytest.raises(graph.RelationNotFound, match=r"no relation named 'activate' \(did you mean 'activates'\?\)"):
        resolve_relations(G, "activate")


# ---------------------------------------------------------------- words people type (issue 24)


@pytest.mark.parametrize(
    ("typed", "node"),
    [
        ("rust", "relaxation"),  # Hauwaerts' word for the relaxed state, never 'onrust'
        ("ontspannen", "relaxation"),  # a verb or adjective finds its noun
        ("depressief", "depression"),
        ("moe", "fatigue"),
        ("tired", "fatigue"),
        ("relaxed", "relaxation"),  # the English of 'ontspannen'
        ("gestrest", "stress"),  # the Dutch of 'stressed'
        ("stressed", "stress"),
        ("slapen", "sleep"),
        ("spierkramp", "muscle_cramps"),  # a singular finds the plural label, by lemma
        ("Bijnier", "adrenal_glands"),
    ],
)
def test_the_words_people_type_find_their_concept(typed: str, node: str) -> None:
    assert graph.resolve(graph.load(), typed) == node


@pytest.mark.parametrize("typed", ["piekeren", "bananen", "noten"])
def test_a_name_that_is_not_close_gets_no_suggestion(typed: str) -> None:
    with pytest.raises(NodeNotFound) as caught:
        graph.resolve(graph.load(), typed)
    assert caught.value.suggestions == () and "did you mean" not in str(caught.value)


def test_a_word_is_never_offered_its_opposite() -> None:
    G = nx.MultiDiGraph()
    G.add_node("unrest", label="Onrust", synonyms=["rusteloosheid", "restless"])
    G.add_node("sleep", label="Sleep")
    with pytest.raises(NodeNotFound) as caught:
        graph.resolve(G, "rust")
    assert caught.value.suggestions == ()
    with pytest.raises(NodeNotFound) as caught:
        graph.resolve(G, "rest")
    assert caught.value.suggestions == ()
    with pytest.raises(NodeNotFound) as caught:
        graph.resolve(G, "slep")
    assert caught.value.suggestions == ("sleep",)
