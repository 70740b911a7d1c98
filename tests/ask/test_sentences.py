"""Paths told as English and Dutch sentences, with sources; the one-line net effect."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

import graph
from conftest import DATA
from graph.ask.sentences import mid_sentence, relation_label, sentence_start

SHIPPED = list(csv.DictReader((DATA / "relations.csv").open(encoding="utf-8")))


def chain(*relations: str, table: dict | None = None, **labels: tuple[str, str]) -> nx.MultiDiGraph:
    """a -> b -> c ... with the given relations; nodes labelled from ``labels`` (en, nl)."""
    G = nx.MultiDiGraph(relations=table if table is not None else {}, sources={})
    names = "abcdefg"
    for i, relation in enumerate(relations):
        G.add_edge(names[i], names[i + 1], relation=relation, sign=0)
    for node, (en, nl) in labels.items():
        G.add_node(node, label=en, label_nl=nl)
    return G


LABELS = {"a": ("Alpha", "Alfa"), "b": ("Beta", "Bèta"), "c": ("Gamma", "Gamma")}


@pytest.mark.parametrize("row", SHIPPED, ids=[r["relation"] for r in SHIPPED])
def test_every_shipped_relation_reads_as_a_sentence_in_both_languages(row: dict[str, str]) -> None:
    assert row["label"].strip() and row["label_nl"].strip(), "every relation needs an English and a Dutch label"
    assert row["clause_nl"].count("{object}") == 1, "clause_nl needs {object} once"
    table = graph.load().graph["relations"]
    G = chain(row["relation"], row["relation"], table=table, **LABELS)
    clause_nl = row["clause_nl"].replace("{object}", "gamma")
    assert graph.explain(G, ["a", "b", "c"]) == f"Alpha {row['label']} beta, which {row['label']} gamma."
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == f"Alfa {row['label_nl']} bèta, wat {clause_nl}."


def test_the_issue_example_in_both_languages() -> None:
    table = {
        "activates": {"label": "activates", "label_nl": "activeert", "clause_nl": "{object} activeert"},
        "promotes": {"label": "promotes", "label_nl": "bevordert", "clause_nl": "{object} bevordert"},
        "improves": {"label": "improves", "label_nl": "verbetert", "clause_nl": "{object} verbetert"},
    }
    G = chain(
        "activates",
        "promotes",
        "improves",
        table=table,
        a=("Magnesium", "Magnesium"),
        b=("GABA receptors", "GABA-receptoren"),
        c=("Relaxation", "Ontspanning"),
        d=("Sleep", "Slaap"),
    )
    path = ["a", "b", "c", "d"]
    assert (
        graph.explain(G, path) == "Magnesium activates GABA receptors, which promotes relaxation, which improves sleep."
    )
    assert graph.explain(G, path, lang="nl") == (
        "Magnesium activeert GABA-receptoren, wat ontspanning bevordert, wat slaap verbetert."
    )


@pytest.mark.parametrize(
    ("label", "inside", "start"),
    [
        ("Relaxation", "relaxation", "Relaxation"),
        ("GABA receptor", "GABA receptor", "GABA receptor"),
        ("magnesium", "magnesium", "Magnesium"),
        ("pH", "pH", "pH"),
        ("B vitamins", "B vitamins", "B vitamins"),
        ("X", "X", "X"),
        ("5-HTP", "5-HTP", "5-HTP"),
        ("Ölbad", "ölbad", "Ölbad"),
    ],
)
def test_label_case_inside_and_at_the_start_of_a_sentence(label: str, inside: str, start: str) -> None:
    assert (mid_sentence(label), sentence_start(label)) == (inside, start)


def test_a_path_object_and_its_nodes_give_the_same_sentence() -> None:
    G = chain("causes", "causes", **LABELS)
    path = graph.find_paths(G, "a", "c").paths[0]
    assert (
        graph.explain(G, path)
        == graph.explain(G, ["Alpha", "beta", "GAMMA"])
        == "Alpha causes beta, which causes gamma."
    )


def test_a_node_without_labels_reads_as_its_id() -> None:
    G = chain("causes")
    assert graph.explain(G, ["a", "b"], lang="nl") == "A causes b."


# ---------------------------------------------------------------- fallbacks


@pytest.mark.parametrize(
    ("relation", "english"),
    [
        ("related_to", "Alpha is related to beta, which is related to gamma."),
        ("causes", "Alpha causes beta, which causes gamma."),
        ("is_a", "Alpha is a beta, which is a gamma."),
        ("part_of", "Alpha is part of beta, which is part of gamma."),
        ("caused_by", "Alpha is caused by beta, which is caused by gamma."),
        ("increase", "Alpha is related to beta (increase), which is related to gamma (increase)."),
    ],
)
def test_english_from_a_relation_id_without_a_table(relation: str, english: str) -> None:
    assert graph.explain(chain(relation, relation, **LABELS), ["a", "b", "c"]) == english


def test_dutch_for_a_bare_edge_list() -> None:
    G = chain("related_to", "related_to", **LABELS)
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == "Alfa hangt samen met bèta, wat met gamma samenhangt."


def test_dutch_without_clause_nl_puts_the_verb_last() -> None:
    G = chain("remt", "remt", table={"remt": {"label": "inhibits", "label_nl": "remt"}}, **LABELS)
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == "Alfa remt bèta, wat gamma remt."


def test_dutch_without_label_nl_uses_the_english_label() -> None:
    G = chain("x", "x", table={"x": {"label": "inhibits"}}, **LABELS)
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == "Alfa inhibits bèta, wat gamma inhibits."


def test_relation_label_templates() -> None:
    G = nx.MultiDiGraph(
        relations={
            "form_of": {"label": "is a form of", "label_nl": "is een vorm van", "clause_nl": "een vorm van {object} is"}
        }
    )
    assert relation_label(G, "form_of", "en") == ("is a form of {object}", "is a form of {object}")
    assert relation_label(G, "form_of", "nl") == ("is een vorm van {object}", "een vorm van {object} is")


# ---------------------------------------------------------------- parallel edges and sources


def parallel() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        relations={
            "activates": {"label": "activates", "label_nl": "activeert", "clause_nl": "{object} activeert"},
            "binds_to": {"label": "binds to", "label_nl": "bindt aan", "clause_nl": "zich aan {object} bindt"},
            "promotes": {"label": "promotes", "label_nl": "bevordert", "clause_nl": "{object} bevordert"},
        },
        sources={
            "h": {"author": "Nicolas Hauwaerts", "title": "Magnesium"},
            "s": {"author": "", "title": "Slaap en magnesium"},
        },
    )
    G.add_edge("mg", "gaba", relation="activates", source_doc="h", section="Neurotransmitters")
    G.add_edge("mg", "gaba", relation="binds_to", source_doc="s", section="Hoeveel?")
    G.add_edge("mg", "gaba", relation="binds_to", source_doc="h", section="GABA")
    G.add_edge("gaba", "calm", relation="promotes", source_doc="h", section="GABA")
    G.add_edge("gaba", "calm", relation="promotes", source_doc="x")
    return G


def test_parallel_edges_use_the_first_relation_and_cite_every_source() -> None:
    G = parallel()
    assert graph.explain(G, ["mg", "gaba", "calm"]) == (
        "Mg activates gaba, which promotes calm. "
        "(Nicolas Hauwaerts, “Neurotransmitters”, “GABA”; Slaap en magnesium, “Hoeveel?”; x)"
    )


def test_sources_can_be_left_out() -> None:
    assert graph.explain(parallel(), ["mg", "gaba"], sources=False) == "Mg activates gaba."


def test_no_sources_no_brackets() -> None:
    assert graph.explain(chain("causes", **LABELS), ["a", "b"]) == "Alpha causes beta."


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang must be one of en, nl, not 'de'"):
        graph.explain(chain("causes"), ["a", "b"], lang="de")


# ---------------------------------------------------------------- net effect in a line


def fan(signs: list[int]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("s", label="Magnesium", label_nl="Magnesium")
    G.add_node("t", label="Sleep", label_nl="Slaap")
    for i, sign in enumerate(signs):
        G.add_edge("s", f"m{i}", sign=1)
        G.add_edge(f"m{i}", "t", sign=sign)
    return G


@pytest.mark.parametrize(
    ("signs", "english", "dutch"),
    [
        (
            [1],
            "Net effect of Magnesium on Sleep: increases (1 path: 1 increasing, 0 decreasing, 0 unclear).",
            "Netto-effect van Magnesium op Slaap: verhoogt (1 pad: 1 verhogend, 0 verlagend, 0 onduidelijk).",
        ),
        (
            [-1, 0],
            "Net effect of Magnesium on Sleep: decreases (2 paths: 0 increasing, 1 decreasing, 1 unclear).",
            "Netto-effect van Magnesium op Slaap: verlaagt (2 paden: 0 verhogend, 1 verlagend, 1 onduidelijk).",
        ),
        (
            [1, -1],
            "Net effect of Magnesium on Sleep: mixed (2 paths: 1 increasing, 1 decreasing, 0 unclear).",
            "Netto-effect van Magnesium op Slaap: gemengd (2 paden: 1 verhogend, 1 verlagend, 0 onduidelijk).",
        ),
        (
            [0],
            "Net effect of Magnesium on Sleep: unclear (1 path: 0 increasing, 0 decreasing, 1 unclear).",
            "Netto-effect van Magnesium op Slaap: onduidelijk (1 pad: 0 verhogend, 0 verlagend, 1 onduidelijk).",
        ),
        ([], "No path from Magnesium to Sleep within 4 hops.", "Geen pad van Magnesium naar Slaap binnen 4 stappen."),
    ],
)
def test_net_effect_in_one_line(signs: list[int], english: str, dutch: str) -> None:
    G = fan(signs)
    effect = graph.net_effect(G, "s", "t")
    assert (graph.explain_effect(G, effect), graph.explain_effect(G, effect, lang="nl")) == (english, dutch)


def test_net_effect_line_says_when_more_paths_exist() -> None:
    G = fan([1, 1, 1])
    effect = graph.net_effect(G, "s", "t", max_paths=2, max_hops=1 + 1)
    assert graph.explain_effect(G, effect) == (
        "Net effect of Magnesium on Sleep: increases (2 paths, more exist: 2 increasing, 0 decreasing, 0 unclear)."
    )
    assert (
        graph.explain_effect(G, graph.net_effect(G, "s", "t", max_hops=1))
        == "No path from Magnesium to Sleep within 1 hop."
    )


def test_net_effect_line_for_the_same_concept() -> None:
    G = fan([1])
    assert graph.explain_effect(G, graph.net_effect(G, "s", "s"), lang="nl") == (
        "Geen pad van Magnesium naar zichzelf: begin en doel zijn hetzelfde begrip."
    )
