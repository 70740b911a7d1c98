"""Files shaped like the ones people bring from other tools, written for the tests (our own data,
not copied from anywhere): a Gephi 0.10 GEXF 1.3 export with a modularity attribute, a Gephi CSV edge
export with ``Type``, a KGX pair with repeated node rows, a Dutch spreadsheet CSV, and a networkx
undirected graph written with ``nx.to_pandas_edgelist``."""

from __future__ import annotations

import json
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


# ---------------------------------------------------------------- issue 26: every graph file people have
#: The people of :data:`PEOPLE`, in order of first appearance.
NAMES = list(dict.fromkeys(name for a, b, _ in PEOPLE for name in (a, b)))


def gephi_gml(path: Path) -> Path:
    """GML as Gephi exports it (``Creator "Gephi"``, ``graph`` on its own line, numeric ids, labels)."""
    lines = ['Creator "Gephi"', "graph", "[", "  directed 0"]
    for i, name in enumerate(NAMES, 1):
        lines += ["  node", "  [", f"    id {i}", f'    label "{name}"', "  ]"]
    for a, b, weight in PEOPLE:
        lines += ["  edge", "  [", f"    source {NAMES.index(a) + 1}", f"    target {NAMES.index(b) + 1}"]
        lines += [f"    value {weight}", "  ]"]
    path.write_text("\n".join([*lines, "]", ""]), encoding="utf-8")
    return path


def igraph_gml(path: Path) -> Path:
    """GML as igraph's ``write_gml`` writes it: a directed graph, ``name`` for the label, edge labels."""
    lines = ['Creator "igraph version 0.10.13 Sun Dec  6 12:00:00 2026"', "Version 1", "graph", "[", "  directed 1"]
    for i, name in enumerate(("Magnesium", "GABA", "Sleep")):
        lines += ["  node", "  [", f"    id {i}", f'    name "{name}"', "  ]"]
    for a, b, label in ((0, 1, "activates"), (1, 2, "promotes"), (0, 1, "binds_to")):
        lines += ["  edge", "  [", f"    source {a}", f"    target {b}", f'    label "{label}"', "  ]"]
    path.write_text("\n".join([*lines, "]", ""]), encoding="utf-8")
    return path


def igraph_pajek(path: Path) -> Path:
    """A Pajek ``.net`` file as igraph writes one for a directed weighted network (CRLF line ends)."""
    lines = [f"*Vertices {len(NAMES)}", *(f'{i} "{name}"' for i, name in enumerate(NAMES, 1)), "*Arcs"]
    lines += [f"{NAMES.index(a) + 1} {NAMES.index(b) + 1} {weight}" for a, b, weight in PEOPLE]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("ascii"))
    return path


def graphviz_dot(path: Path, directed: bool = True) -> Path:
    """DOT as people write it for Graphviz: defaults, quoted ids and labels, an edge chain, comments."""
    arrow = "->" if directed else "--"
    text = (
        f'// claims, drawn with dot\n{"digraph" if directed else "graph"} "claims" {{\n'
        '  rankdir=LR;\n  node [shape=box, fontname="Helvetica"];\n'
        '  magnesium [label="Magnesium"];\n  "gaba" [label="GABA"];\n  sleep [label="Sleep quality"];\n'
        f'  magnesium {arrow} gaba [label="activates", weight=2];\n'
        f'  gaba {arrow} sleep [label="promotes"];\n'
        f"  stress {arrow} cortisol {arrow} sleep;\n}}\n"
    )
    path.write_text(text, encoding="utf-8")
    return path


def networkx_edgelist_file(path: Path) -> Path:
    """networkx's ``write_edgelist`` output: spaces, no header, each edge's attributes as a dict."""
    G = nx.Graph()
    G.add_weighted_edges_from(PEOPLE)
    nx.write_edgelist(G, path)
    return path


def networkx_adjlist_file(path: Path) -> Path:
    """networkx's ``write_adjlist`` output: ``#`` comment lines, then a node and its neighbours a line."""
    G = nx.Graph()
    G.add_weighted_edges_from(PEOPLE)
    G.add_node("Hodor")  # a node without edges
    nx.write_adjlist(G, path)
    return path


def snap_download(path: Path, directed: bool = False) -> Path:
    """A SNAP network file: ``#`` comments saying what it is, then tab-separated node numbers."""
    kind = "Directed" if directed else "Undirected"
    lines = [
        f"# {kind} graph (each unordered pair of nodes is saved once): toy-collab.txt ",
        "# A made-up collaboration network of five authors",
        "# Nodes: 5 Edges: 5",
        "# FromNodeId\tToNodeId",
        *("\t".join(pair) for pair in (("1", "2"), ("1", "3"), ("2", "3"), ("3", "4"), ("4", "5"))),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def d3_by_index(path: Path) -> Path:
    """D3's classic force-layout JSON (``miserables.json``): nodes by ``name``, links by position."""
    data = {
        "nodes": [{"name": name, "group": 1 + (name.endswith("Lannister"))} for name in NAMES],
        "links": [{"source": NAMES.index(a), "target": NAMES.index(b), "value": int(w)} for a, b, w in PEOPLE],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def d3_by_id(path: Path) -> Path:
    """D3's newer JSON (v4 and later): nodes with ``id``, links naming them, indented with tabs."""
    data = {
        "nodes": [{"id": name, "group": 1 + (name.endswith("Lannister"))} for name in NAMES],
        "links": [{"source": a, "target": b, "value": int(w)} for a, b, w in PEOPLE],
    }
    path.write_text(json.dumps(data, indent="\t"), encoding="utf-8")
    return path


def cytoscape_networkx(path: Path) -> Path:
    """Cytoscape.js JSON as ``nx.cytoscape_data`` writes it, of a directed graph with relations."""
    G = nx.DiGraph()
    G.add_edge("magnesium", "gaba", relation="activates")
    G.add_edge("gaba", "sleep", relation="promotes")
    G.add_edge("stress", "sleep", relation="decreases")
    path.write_text(json.dumps(nx.cytoscape_data(G)), encoding="utf-8")
    return path


def cytoscape_desktop(path: Path) -> Path:
    """A ``.cyjs`` file as Cytoscape 3.10 exports it: SUIDs, shared names, ``interaction``, positions."""
    nodes = [
        {"data": {"id": str(100 + i), "shared_name": name, "name": name, "SUID": 100 + i, "selected": False},
         "position": {"x": 10.0 * i, "y": 5.0}, "selected": False}
        for i, name in enumerate(("TP53", "MDM2", "CDKN1A"))
    ]  # fmt: skip
    edges = [
        {"data": {"id": str(200 + i), "source": str(100 + a), "target": str(100 + b),
                  "shared_name": f"x ({kind}) y", "shared_interaction": kind, "name": f"x ({kind}) y",
                  "interaction": kind, "SUID": 200 + i, "selected": False}, "selected": False}
        for i, (a, b, kind) in enumerate(((1, 0, "inhibits"), (0, 2, "activates")))
    ]  # fmt: skip
    data = {
        "format_version": "1.0",
        "generated_by": "cytoscape-3.10.2",
        "target_cytoscapejs_version": "~2.1",
        "data": {"shared_name": "p53 pathway", "name": "p53 pathway", "SUID": 52, "selected": True},
        "elements": {"nodes": nodes, "edges": edges},
    }
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return path


def gephi_json(path: Path) -> Path:
    """Gephi's JSON export (the JSON Exporter plugin): nodes with ``attributes`` and ``rgb()`` colours."""
    data = {
        "nodes": [
            {"label": name, "x": 1.5 * i, "y": -2.0, "id": str(i), "attributes": {"Modularity Class": str(i // 3)},
             "color": "rgb(230,97,1)" if i < 3 else "rgb(94,60,153)", "size": 10.0}
            for i, name in enumerate(NAMES)
        ],
        "edges": [
            {"source": str(NAMES.index(a)), "target": str(NAMES.index(b)), "id": str(i), "attributes": {},
             "color": "rgb(120,120,120)", "size": w}
            for i, (a, b, w) in enumerate(PEOPLE)
        ],
    }  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def graphology_json(path: Path) -> Path:
    """Graphology's serialised graph (what Gephi Lite saves): ``options``, nodes by ``key``."""
    data = {
        "options": {"type": "undirected", "multi": False, "allowSelfLoops": True},
        "attributes": {"title": "Stark and Lannister"},
        "nodes": [{"key": name, "attributes": {"label": name.split("-")[0], "color": "#e66101"}} for name in NAMES],
        "edges": [{"key": f"e{i}", "source": a, "target": b, "attributes": {"weight": w}} for i, (a, b, w) in
                  enumerate(PEOPLE)],
    }  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


#: KGX nodes and edges of a small Monarch-like sample: the old ``relation`` column empty.
KGX_NODES = [
    {"id": "MONDO:0007739", "category": ["biolink:Disease"], "name": "Huntington disease",
     "provided_by": ["infores:mondo"]},
    {"id": "HP:0002072", "category": ["biolink:PhenotypicFeature"], "name": "Chorea", "synonym": ["Choreic movements"]},
    {"id": "HGNC:4851", "category": ["biolink:Gene"], "name": "HTT"},
]  # fmt: skip
KGX_EDGES = [
    {"id": "uuid:1", "subject": "MONDO:0007739", "predicate": "biolink:has_phenotype", "object": "HP:0002072",
     "relation": "", "knowledge_level": "knowledge_assertion", "agent_type": "manual_agent"},
    {"id": "uuid:2", "subject": "HGNC:4851", "predicate": "biolink:gene_associated_with_condition",
     "object": "MONDO:0007739", "relation": "", "primary_knowledge_source": "infores:omim"},
    {"id": "uuid:3", "subject": "CHEBI:15377", "predicate": "biolink:related_to", "object": "HGNC:4851",
     "relation": "RO:0002436"},
]  # fmt: skip


def kgx_json(path: Path) -> Path:
    """KGX's JSON: one document with ``nodes`` and ``edges``; one edge names a node not in ``nodes``."""
    path.write_text(json.dumps({"nodes": KGX_NODES, "edges": KGX_EDGES}, indent=2), encoding="utf-8")
    return path


def kgx_jsonl(folder: Path, prefix: str = "") -> tuple[Path, Path]:
    """KGX JSON Lines: ``nodes.jsonl`` and ``edges.jsonl``, one object a line."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes, edges = folder / f"{prefix}nodes.jsonl", folder / f"{prefix}edges.jsonl"
    nodes.write_text("".join(json.dumps(n) + "\n" for n in KGX_NODES), encoding="utf-8")
    edges.write_text("".join(json.dumps(e) + "\n" for e in KGX_EDGES), encoding="utf-8")
    return nodes, edges


_YED_LABEL = (
    '<y:NodeLabel alignment="center" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" fontStyle="plain" '
    'hasBackgroundColor="false" hasLineColor="false" height="17.96875" horizontalTextPosition="center" '
    'iconTextGap="4" modelName="custom" textColor="#000000" verticalTextPosition="bottom" visible="true" '
    'width="65.0" x="-17.5" xml:space="preserve" y="6.0">{text}<y:LabelModel><y:SmartNodeLabelModel '
    'distance="4.0"/></y:LabelModel><y:ModelParameter><y:SmartNodeLabelModelParameter labelRatioX="0.0" '
    'labelRatioY="0.0" nodeRatioX="0.0" nodeRatioY="0.0" offsetX="0.0" offsetY="0.0" upX="0.0" upY="-1.0"/>'
    "</y:ModelParameter></y:NodeLabel>"
)


def yed_graphml(path: Path) -> Path:
    """GraphML as yEd 3.23 saves it: yfiles keys, ShapeNodes, a two-line label, a node without a label,
    edges with arrowheads, one without (a line), one drawn pointing back at its source."""
    nodes = [("n0", "Magnesium"), ("n1", "GABA"), ("n2", "Sleep\nquality\n"), ("n3", None)]
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" '
        'xmlns:sys="http://www.yworks.com/xml/yfiles-common/markup/primitives/2.0" '
        'xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/2.0" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" '
        'xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
        "  <!--Created by yEd 3.23.2-->",
        '  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>',
        '  <key for="port" id="d1" yfiles.type="portgraphics"/>',
        '  <key for="port" id="d2" yfiles.type="portgeometry"/>',
        '  <key for="port" id="d3" yfiles.type="portuserdata"/>',
        '  <key attr.name="url" attr.type="string" for="node" id="d4"/>',
        '  <key attr.name="description" attr.type="string" for="node" id="d5"/>',
        '  <key for="node" id="d6" yfiles.type="nodegraphics"/>',
        '  <key for="graphml" id="d7" yfiles.type="resources"/>',
        '  <key attr.name="url" attr.type="string" for="edge" id="d8"/>',
        '  <key attr.name="description" attr.type="string" for="edge" id="d9"/>',
        '  <key for="edge" id="d10" yfiles.type="edgegraphics"/>',
        '  <graph edgedefault="directed" id="G">',
        '    <data key="d0" xml:space="preserve"/>',
    ]
    for node, text in nodes:
        label = (
            _YED_LABEL.format(text=text)
            if text
            else _YED_LABEL.format(text="").replace('visible="true"', 'hasText="false" visible="true"')
        )
        lines += [
            f'    <node id="{node}">',
            '      <data key="d5"/>',
            '      <data key="d6">',
            "        <y:ShapeNode>",
            '          <y:Geometry height="30.0" width="30.0" x="100.0" y="100.0"/>',
            '          <y:Fill color="#FFCC00" transparent="false"/>',
            '          <y:BorderStyle color="#000000" raised="false" type="line" width="1.0"/>',
            f"          {label}",
            '          <y:Shape type="rectangle"/>',
            "        </y:ShapeNode>",
            "      </data>",
            "    </node>",
        ]
    edges = [("e0", "n0", "n1", "standard", "activates"), ("e1", "n1", "n2", "standard", None),
             ("e2", "n3", "n2", "none", None), ("e3", "n2", "n3", "back", None)]  # fmt: skip
    for edge, source, target, arrow, text in edges:
        arrows = {"standard": ("none", "standard"), "none": ("none", "none"), "back": ("standard", "none")}[arrow]
        edge_label = (
            f'          <y:EdgeLabel alignment="center" distance="2.0" fontFamily="Dialog" fontSize="12" '
            f'modelName="custom" textColor="#000000" visible="true" xml:space="preserve">{text}</y:EdgeLabel>'
            if text
            else ""
        )
        lines += [
            f'    <edge id="{edge}" source="{source}" target="{target}">',
            '      <data key="d10">',
            "        <y:PolyLineEdge>",
            '          <y:Path sx="0.0" sy="0.0" tx="0.0" ty="0.0"/>',
            '          <y:LineStyle color="#000000" type="line" width="1.0"/>',
            f'          <y:Arrows source="{arrows[0]}" target="{arrows[1]}"/>',
            *([edge_label] if edge_label else []),
            '          <y:BendStyle smoothed="false"/>',
            "        </y:PolyLineEdge>",
            "      </data>",
            "    </edge>",
        ]
    lines += ["  </graph>", '  <data key="d7">', "    <y:Resources/>", "  </data>", "</graphml>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def yed_live_graphml(path: Path) -> Path:
    """GraphML as yEd Live saves it: yFiles for HTML keys with no type, labels in ``<y:Label.Text>``,
    ports on every node, a ``TRIANGLE`` target arrow; tabs for indentation."""
    head = [
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
        '<graphml xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://www.yworks.com/xml/schema/graphml.html/2.0/ygraphml.xsd " '
        'xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:yjs2="http://www.yworks.com/xml/yfiles-for-html/2.0/xaml" '
        'xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/3.0" '
        'xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0" '
        'xmlns:yjs="http://www.yworks.com/xml/yfiles-for-html/2.0/xaml" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        '\t<key id="d0" for="node" attr.type="int" attr.name="zOrder" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-z-order/1.0/zOrder"/>',
        '\t<key id="d1" for="node" attr.type="string" attr.name="url"/>',
        '\t<key id="d2" for="node" attr.type="string" attr.name="description"/>',
        '\t<key id="d3" for="node" attr.name="NodeLabels" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>',
        '\t<key id="d4" for="node" attr.name="NodeGeometry" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeGeometry"/>',
        '\t<key id="d5" for="node" attr.name="NodeStyle" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeStyle"/>',
        '\t<key id="d6" for="edge" attr.name="EdgeLabels" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeLabels"/>',
        '\t<key id="d7" for="edge" attr.name="EdgeStyle" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/EdgeStyle"/>',
        '\t<key id="d8" for="port" attr.name="PortLocationParameter" '
        'y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/PortLocationParameter"/>',
        '\t<key id="d9" attr.name="SharedData" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/SharedData"/>',
        '\t<data key="d9"><y:SharedData/></data>',
        '\t<graph id="G" edgedefault="directed">',
    ]
    body = []
    for i, text in enumerate(("Tryptophan", "Serotonin", "Melatonin", "Sleep")):
        body += [
            f'\t\t<node id="n{i}">',
            f'\t\t\t<data key="d0">{i + 1}</data>',
            '\t\t\t<data key="d3">',
            "\t\t\t\t<x:List>",
            "\t\t\t\t\t<y:Label>",
            f"\t\t\t\t\t\t<y:Label.Text>{text}</y:Label.Text>",
            '\t\t\t\t\t\t<y:Label.LayoutParameter><y:ExteriorLabelModelParameter Position="South"/>'
            "</y:Label.LayoutParameter>",
            "\t\t\t\t\t</y:Label>",
            "\t\t\t\t</x:List>",
            "\t\t\t</data>",
            f'\t\t\t<data key="d4"><y:RectD X="{100 * i}" Y="0" Width="30" Height="30"/></data>',
            '\t\t\t<data key="d5"><yjs:ShapeNodeStyle fill="#FFFF6600" shape="ELLIPSE"/></data>',
            f'\t\t\t<port name="p{i}"><data key="d8"><y:FreeNodePortLocationModelParameter Ratio="0.5,0.5"/>'
            "</data></port>",
            "\t\t</node>",
        ]
    for i, text in enumerate(("converts to", "converts to", "promotes")):
        body += [
            f'\t\t<edge id="e{i}" source="n{i}" target="n{i + 1}" sourceport="p{i}" targetport="p{i + 1}">',
            f'\t\t\t<data key="d6"><x:List><y:Label><y:Label.Text>{text}</y:Label.Text></y:Label></x:List></data>',
            '\t\t\t<data key="d7"><yjs:PolylineEdgeStyle><yjs:PolylineEdgeStyle.stroke>'
            '<yjs:Stroke fill="BLACK"/></yjs:PolylineEdgeStyle.stroke><yjs:PolylineEdgeStyle.targetArrow>'
            '<yjs:Arrow type="TRIANGLE" scale="0.75"/></yjs:PolylineEdgeStyle.targetArrow>'
            "</yjs:PolylineEdgeStyle></data>",
            "\t\t</edge>",
        ]
    path.write_text("\n".join([*head, *body, "\t</graph>", "</graphml>"]), encoding="utf-8")
    return path


def gephi_dynamic_gexf(path: Path) -> Path:
    """A dynamic GEXF 1.3 as Gephi 0.9 exports a Twitter network: ``mode="dynamic" timeformat="datetime"``,
    node spells, a follower count that changes over time, edges with a time each, one interval left open."""
    tweets = [("alice", "bob", "2017-03-01T10:05:00"), ("bob", "carol", "2017-03-01T11:30:00"),
              ("carol", "alice", "2017-03-02T09:15:00"), ("dave", "alice", "2017-03-02T10:00:00")]  # fmt: skip
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://www.gexf.net/1.3" version="1.3" xmlns:viz="http://www.gexf.net/1.3/viz" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.gexf.net/1.3 http://www.gexf.net/1.3/gexf.xsd">',
        '  <meta lastmodifieddate="2017-03-12">',
        "    <creator>Gephi 0.9</creator>",
        "    <description></description>",
        "  </meta>",
        '  <graph defaultedgetype="directed" mode="dynamic" timeformat="datetime">',
        '    <attributes class="node" mode="dynamic">',
        '      <attribute id="followers" title="followers" type="integer"></attribute>',
        "    </attributes>",
        '    <attributes class="edge" mode="static">',
        '      <attribute id="kind" title="tweet kind" type="string"></attribute>',
        "    </attributes>",
        "    <nodes>",
    ]
    for i, name in enumerate(("alice", "bob", "carol", "dave")):
        lines += [
            f'      <node id="{name}" label="@{name}">',
            "        <attvalues>",
            f'          <attvalue for="followers" value="{100 + i}" start="2017-03-01T00:00:00" '
            'end="2017-03-02T00:00:00"></attvalue>',
            f'          <attvalue for="followers" value="{110 + i}" start="2017-03-02T00:00:00"></attvalue>',
            "        </attvalues>",
            "        <spells>",
            f'          <spell start="2017-03-0{1 + (name == "dave")}T08:00:00"></spell>',
            "        </spells>",
            "      </node>",
        ]
    lines += ["    </nodes>", "    <edges>"]
    for i, (a, b, when) in enumerate(tweets):
        lines += [
            f'      <edge id="{i}" source="{a}" target="{b}" start="{when}" end="{when}">',
            '        <attvalues><attvalue for="kind" value="mention"></attvalue></attvalues>',
            "      </edge>",
        ]
    lines += ["    </edges>", "  </graph>", "</gexf>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def neo4j_import(folder: Path) -> Path:
    """Neo4j import CSVs as in its import guide: two node files with id spaces and ``:LABEL``, typed columns,
    quoted names, and a relationship file with ``:START_ID``, ``:END_ID`` and ``:TYPE``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "movies.csv").write_text(
        'movieId:ID(Movie-ID),title,year:int,:LABEL\ntt0133093,"The Matrix",1999,Movie\n'
        'tt0234215,"The Matrix Reloaded",2003,Movie;Sequel\n',
        encoding="utf-8",
    )
    (folder / "actors.csv").write_text(
        'personId:ID(Person-ID),name,:LABEL\nkeanu,"Keanu Reeves",Actor\nlaurence,"Laurence Fishburne",Actor\n',
        encoding="utf-8",
    )
    (folder / "roles.csv").write_text(
        ":START_ID(Person-ID),role,:END_ID(Movie-ID),:TYPE\n"
        'keanu,"Neo",tt0133093,ACTED_IN\nkeanu,"Neo",tt0234215,ACTED_IN\nlaurence,"Morpheus",tt0133093,ACTED_IN\n',
        encoding="utf-8",
    )
    return folder


def pandas_with_index(path: Path) -> Path:
    """An edge list written with pandas' ``to_csv()`` and its index (header cell 1 empty)."""
    G = nx.Graph()
    G.add_weighted_edges_from(PEOPLE)
    nx.to_pandas_edgelist(G).to_csv(path)
    return path


# ---------------------------------------------------------------- issue 26, audited: more of the same tools' output
def igraph_pajek_unnamed(path: Path) -> Path:
    """A Pajek file as igraph writes a graph without vertex attributes: ``*Vertices 5`` and no vertex
    lines, then ``*Edges`` (undirected), CRLF line ends."""
    lines = ["*Vertices 5", "*Edges", "1 2", "1 3", "2 3", "3 4", "4 5"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("ascii"))
    return path


def cytoscape_elements_list(path: Path) -> Path:
    """Cytoscape.js elements as ``cy.elements().jsons()`` gives them: one list, each with its ``group``."""
    flags = {"removed": False, "selected": False, "selectable": True, "locked": False, "grabbable": True,
             "pannable": False, "classes": ""}  # fmt: skip
    nodes = [{"group": "nodes", "data": {"id": name.lower(), "name": name}, "position": {"x": 10 * i, "y": 0},
              **flags} for i, name in enumerate(("Magnesium", "GABA", "Sleep"))]  # fmt: skip
    links = (("magnesium", "gaba", "activates"), ("gaba", "sleep", "promotes"))
    edges = [{"group": "edges", "data": {"id": f"e{i}", "source": a, "target": b, "interaction": kind},
              "position": {"x": 0, "y": 0}, **flags} for i, (a, b, kind) in enumerate(links)]  # fmt: skip
    path.write_text(json.dumps([*nodes, *edges], indent=2), encoding="utf-8")
    return path


def neo4j_id_spaces(folder: Path) -> Path:
    """Neo4j import files whose id spaces share numbers (``Person`` 1 and ``Movie`` 1), as the import guide
    shows id spaces, with the header cells in the guide's own case."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "persons.csv").write_text(
        "id:ID(Person),name\n1,Keanu Reeves\n2,Carrie-Anne Moss\n3,Hugo Weaving\n", encoding="utf-8"
    )
    (folder / "movies.csv").write_text(
        "id:ID(Movie),title,:LABEL\n1,The Matrix,Movie\n2,Cloud Atlas,Movie\n", encoding="utf-8"
    )
    (folder / "acted_in.csv").write_text(
        ":START_ID(Person),:END_ID(Movie),role,:TYPE\n1,1,Neo,ACTED_IN\n2,1,Trinity,ACTED_IN\n"
        "3,1,Agent Smith,ACTED_IN\n3,2,Bill Smoke,ACTED_IN\n",
        encoding="utf-8",
    )
    return folder


def headerless_csv(path: Path) -> Path:
    """Claims written with pandas' ``to_csv(header=False, index=False)``: no header; the first line's
    values are met nowhere else in the file."""
    import pandas as pd

    rows = [("Magnesium", "Sleep", "improves"), ("Coffee", "Alertness", "increases"),
            ("Stress", "Cortisol", "increases"), ("Cortisol", "Alertness", "increases")]  # fmt: skip
    pd.DataFrame(rows).to_csv(path, header=False, index=False)
    return path


def kgx_tsv_monarch(folder: Path) -> Path:
    """The nodes and edges of :data:`KGX_NODES` and :data:`KGX_EDGES` as KGX TSV (``monarch_nodes.tsv``,
    ``monarch_edges.tsv``): lists joined with ``|``, the old ``relation`` column empty, a node missing."""
    folder.mkdir(parents=True, exist_ok=True)
    for kind, rows in (("nodes", KGX_NODES), ("edges", KGX_EDGES)):
        columns = list(dict.fromkeys(key for row in rows for key in row))
        lines = ["\t".join(columns)]
        for row in rows:
            cells = (row.get(c, "") for c in columns)
            lines.append("\t".join("|".join(c) if isinstance(c, list) else str(c) for c in cells))
        (folder / f"monarch_{kind}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def graphviz_clusters(path: Path) -> Path:
    """DOT as Graphviz's gallery writes it: ``strict``, clusters holding nodes and edges, an HTML-like
    label, a label broken with ``\\n``, ports and compass points on edge ends, an edge to a node group."""
    text = (
        'strict digraph "pathway" {\n  graph [fontsize=10, label="sleep"];\n  node [shape=record];\n'
        '  subgraph cluster_0 {\n    label = "intake";\n    mg [label=<<b>Magnesium</b> &amp; salts>];\n'
        '    gaba [label="GABA\\nreceptor"];\n    mg -> gaba [label="activates"];\n  }\n'
        '  subgraph cluster_1 {\n    sleep [label="Sleep"];\n  }\n'
        '  gaba:out -> sleep:n [label="promotes"];\n  stress -> { cortisol adrenaline };\n}\n'
    )
    path.write_text(text, encoding="utf-8")
    return path


def networkx_multiline_adjlist_file(path: Path) -> Path:
    """networkx's ``write_multiline_adjlist`` output: ``#`` comments, then a node and how many neighbours
    follow, each on its own line with its attributes as a dict; a node without neighbours."""
    G = nx.Graph()
    G.add_weighted_edges_from(PEOPLE)
    G.add_node("Hodor")
    nx.write_multiline_adjlist(G, path)
    return path
