"""Files shaped like the ones people bring from other tools, written for the tests (our own data,
not copied from anywhere): a Gephi 0.10 GEXF 1.3 export with a modularity attribute, a Gephi CSV edge
export with ``Type``, a KGX pair with repeated node rows, a Dutch spreadsheet CSV, and a networkx
undirected graph written with ``nx.to_pandas_edgelist``."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

#: A small character network: two groups joined by one link.
PEOPLE = [
    ("Arya-Stark", "Jon-Snow", 5.0),
    ("Arya-Stark", "Sansa-Stark", 3.0),
    ("Jon-Snow", "Sansa-Stark", 2.0),
    ("Tyrion-Lannister", "Cersei-Lannister", 6.0),
    ("Cersei-Lannister", "Jaime-Lannister", 4.0),
    ("Tyrion-Lannister", "Jaime-Lannister", 2.0),
    ("Sansa-Stark", "Tyrion-Lannister", 1.0),
]


def gephi_gexf(path: Path, namespace: str = "http://gexf.net/1.3", version: str = "1.3", viz: bool = True) -> Path:
    """A GEXF file as Gephi 0.10 exports it (undirected, modularity computed, coloured by it)."""
    groups = {"Arya-Stark": 0, "Jon-Snow": 0, "Sansa-Stark": 0}
    colours = {0: (230, 97, 1), 1: (94, 60, 153)}
    viz_ns = f' xmlns:viz="{namespace}/viz"' if viz else ""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{namespace}" version="{version}"{viz_ns} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        '  <meta lastmodifieddate="2025-05-04">',
        "    <creator>Gephi 0.10.1</creator>",
        "    <title></title>",
        "    <description></description>",
        "  </meta>",
        '  <graph defaultedgetype="undirected" mode="static">',
        '    <attributes class="node" mode="static">',
        '      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>',
        "    </attributes>",
        "    <nodes>",
    ]
    people = list(dict.fromkeys(name for a, b, _ in PEOPLE for name in (a, b)))
    for name in people:
        group = groups.get(name, 1)
        lines.append(f'      <node id="{name}" label="{name}">')
        lines.append(f'        <attvalues><attvalue for="modularity_class" value="{group}"></attvalue></attvalues>')
        if viz:
            r, g, b = colours[group]
            lines.append(f'        <viz:size value="{10.0 + 5 * (name == "Sansa-Stark")}"></viz:size>')
            lines.append('        <viz:position x="0.0" y="0.0"></viz:position>')
            lines.append(f'        <viz:color r="{r}" g="{g}" b="{b}"></viz:color>')
        lines.append("      </node>")
    lines.append("    </nodes>")
    lines.append("    <edges>")
    for i, (a, b, weight) in enumerate(PEOPLE):
        weighed = "" if a == "Tyrion-Lannister" and b == "Jaime-Lannister" else f' weight="{weight}"'
        lines.append(f'      <edge id="{i}" source="{a}" target="{b}"{weighed}></edge>')
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def gephi_csv(path: Path) -> Path:
    """An edge table as Gephi's Data Laboratory exports it: every ``Type`` Undirected."""
    rows = ["Source,Target,Type,id,label,timeset,weight"]
    rows += [f"{a},{b},Undirected,{i},,,{w}" for i, (a, b, w) in enumerate(PEOPLE)]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def networkx_edgelist(path: Path) -> Path:
    """An undirected networkx graph written with ``nx.to_pandas_edgelist`` and pandas' ``to_csv``."""
    G = nx.Graph()
    G.add_weighted_edges_from(PEOPLE)
    nx.to_pandas_edgelist(G).to_csv(path, index=False)
    return path


def dutch_spreadsheet(path: Path) -> Path:
    """A Dutch Excel CSV: ``sep=;`` absent, semicolons, decimal commas, Dutch headers and relation words."""
    rows = [
        "Bron;Doel;Relatie;Gewicht;Bewijs",
        "Magnesium;Slaap;verbetert;0,5;Een studie bij ouderen",
        "Koffie;Slaap;verlaagt;1,5;Cafeïne blokkeert adenosine",
        "Beweging;Slaap;verhoogt;2;Wie overdag beweegt, slaapt dieper",
        "Stress;Cortisol;verhoogt;1;",
        "Cortisol;Slaap;remt;1,25;",
    ]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8-sig"))
    return path


def kgx_pair(folder: Path) -> tuple[Path, Path]:
    """A KGX pair as Biolink tools write it, with a node on two rows (two sources merged)."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes = folder / "genes_nodes.tsv"
    edges = folder / "genes_edges.tsv"
    nodes.write_text(
        "id\tcategory\tname\tdescription\tsynonym\tprovided_by\n"
        "HGNC:11998\tbiolink:Gene\tTP53\ttumour protein p53\tp53\tinfores:hgnc\n"
        "HGNC:6973\tbiolink:Gene\tMDM2\tMDM2 proto-oncogene\t\tinfores:hgnc\n"
        "HGNC:11998\tbiolink:Gene|biolink:NamedThing\tTP53\t\tLFS1\tinfores:ncbi-gene\n"
        "MONDO:0007903\tbiolink:Disease\tLi-Fraumeni syndrome\t\t\tinfores:mondo\n"
        "HGNC:6973\tbiolink:Gene\tMDM-2\t\t\tinfores:ncbi-gene\n",
        encoding="utf-8",
    )
    edges.write_text(
        "id\tsubject\tpredicate\tobject\tobject_direction_qualifier\tknowledge_level\tagent_type\t"
        "primary_knowledge_source\n"
        "e1\tHGNC:6973\tbiolink:affects\tHGNC:11998\tdecreased\tknowledge_assertion\tmanual_agent\tinfores:ctd\n"
        "e2\tHGNC:11998\tbiolink:gene_associated_with_condition\tMONDO:0007903\t\tknowledge_assertion\t"
        "manual_agent\tinfores:omim\n",
        encoding="utf-8",
    )
    return nodes, edges
