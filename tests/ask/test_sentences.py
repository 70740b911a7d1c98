"""Paths told as English and Dutch sentences, with sources; the one-line net effect."""

from __future__ import annotations

import csv

import networkx as nx
import pytest

import graph
from conftest import DATA
from graph.ask.paths import as_path
from graph.ask.sentences import hedged_label, mid_sentence, relation_label, sentence_start

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
UNCLEAR = {
    "en": "Net effect: unclear, since not every step says whether it increases or decreases.",
    "nl": "Netto: onduidelijk, want niet elke stap zegt of hij verhoogt of verlaagt.",
}


@pytest.mark.parametrize("row", SHIPPED, ids=[r["relation"] for r in SHIPPED])
def test_every_shipped_relation_reads_as_a_sentence_in_both_languages(row: dict[str, str]) -> None:
    assert row["label"].strip() and row["label_nl"].strip(), "every relation needs an English and a Dutch label"
    assert row["plural"].strip() and row["plural_nl"].strip(), "every relation needs its words for a plural subject"
    table = graph.load().graph["relations"]
    G = chain(row["relation"], row["relation"], table=table, **LABELS)
    assert graph.explain(G, ["a", "b", "c"]) == f"Alpha {row['label']} beta; beta {row['label']} gamma. {UNCLEAR['en']}"
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == (
        f"Alfa {row['label_nl']} bèta; bèta {row['label_nl']} gamma. {UNCLEAR['nl']}"
    )
    G.nodes["b"]["plural"] = "true"
    assert graph.explain(G, ["b", "c"]) == f"Beta {row['plural']} gamma."
    assert graph.explain(G, ["b", "c"], lang="nl") == f"Bèta {row['plural_nl']} gamma."


def signed_chain(*steps: tuple[str, int], **labels: tuple[str, str]) -> nx.MultiDiGraph:
    """a -> b -> c ... with (relation, sign) per step; relations "decreases"/"promotes" in both languages."""
    table = {
        "decreases": {"label": "decreases", "label_nl": "vermindert", "sign": -1},
        "promotes": {"label": "promotes", "label_nl": "bevordert", "sign": 1},
    }
    G = chain(*(relation for relation, _ in steps), table=table, **labels)
    for (*_, data), (_, sign) in zip(G.edges(data=True), steps, strict=True):
        data["sign"] = sign
    return G


def test_the_issue_example_in_both_languages() -> None:
    G = signed_chain(
        ("decreases", -1), ("decreases", -1), a=("Magnesium", "Magnesium"), b=("Anxiety", "Angst"), c=("Sleep", "Slaap")
    )
    G.nodes["c"]["in_text_nl"] = "de slaap"
    path = ["a", "b", "c"]
    assert graph.explain(G, path) == (
        "Magnesium decreases anxiety; anxiety decreases sleep. Net effect: magnesium increases sleep."
    )
    assert graph.explain(G, path, lang="nl") == (
        "Magnesium vermindert angst; angst vermindert de slaap. Netto: meer magnesium betekent meer slaap."
    )


def test_the_net_effect_is_the_sign_of_the_path() -> None:
    G = signed_chain(("promotes", 1), ("decreases", -1), **LABELS)
    assert graph.explain(G, ["a", "b", "c"]).endswith(" Net effect: alpha decreases gamma.")
    assert graph.explain(G, ["a", "b", "c"], lang="nl").endswith(" Netto: meer alfa betekent minder gamma.")


def test_a_single_step_states_no_separate_net_effect() -> None:
    G = signed_chain(("promotes", 1), **LABELS)
    assert graph.explain(G, ["a", "b"], lang="nl") == "Alfa bevordert bèta."


def test_names_in_a_sentence_come_from_in_text() -> None:
    G = signed_chain(("promotes", 1), ("promotes", 1), **LABELS)
    G.nodes["b"].update(in_text="the beta receptor", in_text_nl="de bètareceptor")
    G.nodes["a"].update(in_text_nl="het alfaritme")
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == (
        "Het alfaritme bevordert de bètareceptor; de bètareceptor bevordert gamma. "
        "Netto: meer alfa betekent meer gamma."
    )
    assert graph.explain(G, ["b", "c"]) == "The beta receptor promotes gamma."


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
        ("Restless Legs-syndroom", "Restless Legs-syndroom", "Restless Legs-syndroom"),
        ("Syndrome of Down", "Syndrome of Down", "Syndrome of Down"),
        ("Sympathische balans", "sympathische balans", "Sympathische balans"),
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
        == f"Alpha causes beta; beta causes gamma. {UNCLEAR['en']}"
    )


def test_a_node_without_labels_reads_as_its_id() -> None:
    G = chain("causes")
    assert graph.explain(G, ["a", "b"], lang="nl") == "A causes b."


# ---------------------------------------------------------------- fallbacks


@pytest.mark.parametrize(
    ("relation", "english", "plural"),
    [
        ("related_to", "Alpha is related to beta; beta is related to gamma.", "Alpha are related to beta."),
        ("causes", "Alpha causes beta; beta causes gamma.", "Alpha cause beta."),
        ("is_a", "Alpha is a beta; beta is a gamma.", "Alpha are a beta."),
        ("part_of", "Alpha is part of beta; beta is part of gamma.", "Alpha are part of beta."),
        ("caused_by", "Alpha is caused by beta; beta is caused by gamma.", "Alpha are caused by beta."),
        (
            "increase",
            "Alpha is related to beta (increase); beta is related to gamma (increase).",
            "Alpha are related to beta (increase).",
        ),
    ],
)
def test_english_from_a_relation_id_without_a_table(relation: str, english: str, plural: str) -> None:
    G = chain(relation, relation, **LABELS)
    assert graph.explain(G, ["a", "b", "c"]) == f"{english} {UNCLEAR['en']}"
    G.nodes["a"]["plural"] = True
    assert graph.explain(G, ["a", "b"]) == plural


def test_dutch_for_a_bare_edge_list() -> None:
    G = chain("related_to", "related_to", **LABELS)
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == (
        f"Alfa hangt samen met bèta; bèta hangt samen met gamma. {UNCLEAR['nl']}"
    )
    G.nodes["a"]["plural"] = "true"
    assert graph.explain(G, ["a", "b"], lang="nl") == "Alfa hangen samen met bèta."


def test_a_name_can_be_plural_in_one_language_only() -> None:
    G = signed_chain(("promotes", 1), **LABELS)
    G.graph["relations"]["promotes"].update(plural="promote", plural_nl="bevorderen")
    G.nodes["a"].update(plural="", plural_nl="true")  # "Eyelid twitching" / "Ooglidtrekkingen"
    assert graph.explain(G, ["a", "b"]) == "Alpha promotes beta."
    assert graph.explain(G, ["a", "b"], lang="nl") == "Alfa bevorderen bèta."
    del G.nodes["a"]["plural_nl"]
    G.nodes["a"]["plural"] = "true"  # without plural_nl, Dutch follows plural
    assert graph.explain(G, ["a", "b"], lang="nl") == "Alfa bevorderen bèta."


def test_dutch_without_plural_nl_uses_the_singular() -> None:
    G = chain("remt", table={"remt": {"label": "inhibits", "label_nl": "remt"}}, **LABELS)
    G.nodes["a"]["plural"] = "true"
    assert graph.explain(G, ["a", "b"], lang="nl") == "Alfa remt bèta."
    assert graph.explain(G, ["a", "b"]) == "Alpha inhibit beta."


def test_dutch_without_label_nl_uses_the_english_label() -> None:
    G = chain("x", "x", table={"x": {"label": "inhibits"}}, **LABELS)
    assert graph.explain(G, ["a", "b", "c"], lang="nl") == f"Alfa inhibits bèta; bèta inhibits gamma. {UNCLEAR['nl']}"


def test_relation_label_templates() -> None:
    G = nx.MultiDiGraph(
        relations={
            "form_of": {"label": "is a form of", "label_nl": "is een vorm van", "plural": "are forms of"},
        }
    )
    assert relation_label(G, "form_of", "en") == ("is a form of {object}", "are forms of {object}")
    assert relation_label(G, "form_of", "nl") == ("is een vorm van {object}", "is een vorm van {object}")


# ---------------------------------------------------------------- parallel edges and sources


def parallel() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        relations={
            "activates": {"label": "activates", "label_nl": "activeert"},
            "binds_to": {"label": "binds to", "label_nl": "bindt zich aan"},
            "promotes": {"label": "promotes", "label_nl": "bevordert"},
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


def test_parallel_edges_say_whose_claim_is_used_and_what_the_others_claim() -> None:
    G = parallel()
    assert graph.explain(G, ["mg", "gaba", "calm"]) == (
        "Mg activates gaba (according to Nicolas Hauwaerts), and binds to gaba (according to Slaap en magnesium and "
        "Nicolas Hauwaerts); gaba promotes calm (according to Nicolas Hauwaerts and x). "
        f"{UNCLEAR['en']} "
        "(Nicolas Hauwaerts, “Neurotransmitters”, “GABA”; Slaap en magnesium, “Hoeveel?”; x)"
    )
    assert graph.explain(G, ["mg", "gaba"], lang="nl", sources=False) == (
        "Mg activeert gaba (volgens Nicolas Hauwaerts), "
        "en bindt zich aan gaba (volgens Slaap en magnesium en Nicolas Hauwaerts)."
    )


def test_the_sentence_uses_the_edge_whose_sign_the_step_takes() -> None:
    G = parallel()
    G.add_edge("mg", "calm", relation="regulates", sign=0, source_doc="h")
    G.add_edge("mg", "calm", relation="promotes", sign=1, source_doc="s")
    assert graph.explain(G, ["mg", "calm"], sources=False) == (
        "Mg promotes calm (according to Slaap en magnesium), and regulates calm (according to Nicolas Hauwaerts)."
    )


def test_parallel_edges_of_opposite_signs_say_the_claims_differ() -> None:
    G = parallel()
    G.graph["relations"]["prevents"] = {"label": "prevents", "label_nl": "voorkomt"}
    G.add_edge("calm", "cramp", relation="prevents", sign=-1, source_doc="h")
    G.add_edge("calm", "cramp", relation="promotes", sign=1, source_doc="s")
    G.add_edge("gaba", "calm", relation="promotes", sign=1, source_doc="h")
    path = as_path(G, ["gaba", "calm", "cramp"])
    assert path.sign == 0
    assert graph.explain(G, path, lang="nl", sources=False) == (
        "Gaba bevordert calm (volgens Nicolas Hauwaerts en x); calm voorkomt cramp (volgens Nicolas Hauwaerts), "
        "en bevordert cramp (volgens Slaap en magnesium), dus de beweringen verschillen in richting. "
        f"{UNCLEAR['nl']}"
    )


def test_sources_can_be_left_out() -> None:
    assert graph.explain(chain("causes", **LABELS), ["a", "b"], sources=False) == "Alpha causes beta."


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


# ---------------------------------------------------------------- every short path of the data, read back


# ---------------------------------------------------------------- what changes, hedges, a lack (issue 24)


def kinds() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(
        relations={
            "increases": {"label": "increases", "label_nl": "verhoogt", "sign": 1, "plural": "increase"},
            "decreases": {"label": "decreases", "label_nl": "vermindert", "sign": -1, "plural": "decrease"},
            "prevents": {"label": "prevents", "label_nl": "voorkomt", "sign": -1, "plural": "prevent"},
        }
    )
    G.add_node("mg", label="Magnesium", label_nl="Magnesium")
    G.add_node("pills", label="Magnesium pills", label_nl="Magnesiumpillen", plural="true", plural_nl="true")
    G.add_node("lack", label="Magnesium deficiency", label_nl="Magnesiumtekort", change="risk", lack_of="mg")
    G.add_node("sleep", label="Sleep", label_nl="Slaap", change="quality", in_text_nl="de slaap")
    G.add_node("rhythm", label="Rhythm", label_nl="Ritme", change="balance", in_text_nl="het ritme")
    G.add_node("memory", label="Memory", label_nl="Geheugen", change="quality", in_text_nl="het geheugen")
    G.add_edge("pills", "mg", relation="increases", sign=1)
    G.add_edge("mg", "lack", relation="prevents", sign=-1)
    G.add_edge("lack", "sleep", relation="decreases", sign=-1, hedged="true")
    G.add_edge("lack", "rhythm", relation="decreases", sign=-1)
    G.add_edge("mg", "memory", relation="increases", sign=1)
    return G


def test_a_change_is_worded_for_what_changes_in_the_concept() -> None:
    G = kinds()
    assert graph.explain(G, ["mg", "memory"], sources=False) == "Magnesium improves memory."
    assert graph.explain(G, ["mg", "memory"], lang="nl", sources=False) == "Magnesium verbetert het geheugen."
    assert graph.explain(G, ["lack", "rhythm"], sources=False) == "Magnesium deficiency disturbs rhythm."
    assert graph.explain(G, ["lack", "rhythm"], lang="nl", sources=False) == "Magnesiumtekort verstoort het ritme."


def test_a_plural_subject_takes_a_plural_verb_in_the_net_effect_too() -> None:
    G = kinds()
    G.add_edge("pills", "memory", relation="increases", sign=1)
    text = graph.explain(G, ["pills", "mg", "memory"], sources=False)
    assert text.endswith("Net effect: magnesium pills improve memory.")
    dutch = graph.explain(G, ["pills", "mg", "memory"], lang="nl", sources=False)
    assert dutch.endswith("Netto: meer magnesiumpillen betekent beter geheugen.")  # a het-word: 'beter'


def test_one_source_making_two_claims_of_a_step_is_named_once() -> None:
    """Issue 24's "confusing attribution": the two claims Hauwaerts makes of magnesium and GABA name him
    once, not "(according to Nicolas Hauwaerts), and ... (according to Nicolas Hauwaerts)"."""
    G = graph.load()
    assert graph.explain(G, ["magnesium", "gaba"], sources=False) == (
        "Magnesium strengthens the action of GABA, and affects GABA (according to Nicolas Hauwaerts)."
    )
    assert graph.explain(G, ["magnesium", "gaba"], lang="nl", sources=False) == (
        "Magnesium versterkt de werking van GABA, en beïnvloedt GABA (volgens Nicolas Hauwaerts)."
    )
    assert graph.explain(G, ["relaxation", "sleep"], sources=False) == (  # two sources: each says its own
        "Relaxation promotes sleep (according to Nicolas Hauwaerts), and enables sleep (according to Stefan Schneider)."
    )


def test_a_countable_thing_opens_a_dutch_net_effect_as_it_occurs() -> None:
    """Issue 24: "meer zenuwimpuls betekent meer spiercontractie" is not Dutch; a thing one counts
    ("een zenuwimpuls", its Dutch name in a sentence) opens the net effect as the English does."""
    G = graph.load()
    path = ["nerve_impulse", "calcium_release", "calcium_ions", "muscle_contraction"]
    assert graph.explain(G, path, lang="nl", sources=False).endswith(
        " Netto: een zenuwimpuls betekent meer spiercontractie."
    )
    assert graph.explain(G, path, sources=False).endswith(" Net effect: a nerve impulse increases muscle contraction.")


def test_a_step_into_a_lack_of_its_source_reads_too_little() -> None:
    G = kinds()
    assert graph.explain(G, ["mg", "lack", "sleep"], sources=False) == (
        "Too little magnesium may worsen sleep. Net effect: magnesium may improve sleep."
    )
    assert graph.explain(G, ["mg", "lack", "rhythm"], lang="nl", sources=False) == (
        "Te weinig magnesium verstoort het ritme. Netto: meer magnesium ondersteunt het ritme."
    )
    assert graph.explain(G, ["mg", "lack"], sources=False) == "Magnesium prevents magnesium deficiency."
    G.add_edge("memory", "lack", relation="increases", sign=1)  # walked back, the claim keeps its own subject
    told = graph.explain(G, graph.as_path(G, ["mg", "lack", "memory"], ignore_direction=True), sources=False)
    assert told.startswith("Magnesium prevents magnesium deficiency; memory raises the risk of magnesium deficiency.")


def test_the_verdict_line_is_worded_for_the_target_and_its_hedge() -> None:
    G = kinds()
    effect = graph.net_effect(G, "mg", "sleep")
    assert effect.hedged and effect.verdict == "increases"
    assert graph.explain_effect(G, effect) == (
        "Net effect of Magnesium on Sleep: may improve (1 path: 1 improving, 0 worsening, 0 unclear)."
    )
    assert graph.explain_effect(G, graph.net_effect(G, "mg", "lack"), lang="nl") == (
        "Netto-effect van Magnesium op Magnesiumtekort: verkleint de kans "
        "(1 pad: 0 kansverhogend, 1 kansverlagend, 0 onduidelijk)."
    )
    # the paths are counted in the words of the verdict, never "increasing" for a quality or a risk
    assert "(1 path: 0 raising the risk, 1 lowering the risk, 0 unclear)" in graph.explain_effect(
        G, graph.net_effect(G, "mg", "lack")
    )


def test_a_hedged_relation_without_dutch_words_reads_mogelijk_before_them(run_cli, make_csv) -> None:
    """An edge list (no relation table) with a hedged "associated_with": the command line says
    "mogelijk associated with" in Dutch and "may be associated with" in English, never
    "associated mogelijk with"; a relation with Dutch words of its own keeps "mogelijk" after the verb."""
    edges = make_csv(
        "edges.csv", [["source", "target", "relation", "hedged"], ["coffee", "insomnia", "associated_with", "true"]]
    )
    dutch = run_cli("path", "coffee", "insomnia", "--edges", edges, "--lang", "nl").output
    assert "Coffee mogelijk associated with insomnia." in dutch and "associated mogelijk" not in dutch
    assert "Coffee may be associated with insomnia." in run_cli("path", "coffee", "insomnia", "--edges", edges).output
    copied = nx.MultiDiGraph(relations={"associated_with": {"label": "associated with", "label_nl": "associated with"}})
    assert hedged_label(copied, "associated_with", "nl")[0] == "mogelijk associated with {object}"
    dutch_words = nx.MultiDiGraph(relations={"relieves": {"label": "relieves", "label_nl": "verlicht"}})
    assert hedged_label(dutch_words, "relieves", "nl")[0] == "verlicht mogelijk {object}"
