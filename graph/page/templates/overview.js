/* concept-graph page of a large graph (graph/page/overview.py): opens on one node per group,
   draws a group's members, a concept's neighbourhood or a path finder's answer on demand.

   The whole graph is held as columns (typed arrays and lists) for search, the path finder
   and the details; vis-network holds only what is drawn. Focus, clear, hover and path
   highlights update only the drawn items whose look changes, and draw once. A concept's
   details list its strongest relations first and the rest on request. Descriptions and
   evidence are parsed from their own element the first time one is shown. All user text
   is set with textContent, never parsed as markup. */
(function (CG) {
  "use strict";
  var raw = JSON.parse(document.getElementById("cg-data").textContent);
  var changes = new Map(raw.changes || []); // [[id, "quality" | "risk" | "balance"], ...] (graph/page/payload.py)
  var $ = function (id) { return document.getElementById(id); };
  var MAX_HOPS = 4;
  var MAX_PATHS = 20;
  var MAX_DRAWN = 1000; // members drawn at most when a group or a neighbourhood opens
  var MAX_EDGES = 3000; // edges drawn at most (those of the best connected drawn members first)
  // A concept's neighbourhood draws fewer: vis-network spends about 0.1 ms on each item it makes,
  // and a hub's click or search hit is to be drawn in well under 300 ms.
  var MAX_AROUND = 400; // neighbours drawn at most, the best connected
  var MAX_AROUND_EDGES = 600; // lines drawn at most around a concept, besides the concept's own lit ones
  var DIM_OPACITY = 0.12;
  var RELATIONS_SHOWN = 50; // a concept's relations listed at first, the strongest; a button lists the rest
  var RELATIONS_BATCH = 400; // relations added to the list at a time, once all are asked for
  var SOURCES_SHOWN = 10; // sources tagged on a relation's line at first; a button tags the rest
  var TEXT = {
    en: {
      overview: "Overview",
      showingGroups: "showing {g} groups of {n} concepts; click a group to open it",
      showingGroup: "showing group \u201c{name}\u201d: {k} of {n} concepts{more}; Overview shows all groups",
      showingAround: "showing {label} and {k} concepts around it{more}, of {n}; Overview shows all groups",
      showingPaths: "showing the paths found: {k} of {n} concepts; Overview shows all groups",
      more: " (the {k} best connected of {all})",
      members: "{k} concepts",
      bundle: "{k} smaller groups",
      dotsCommunity: "Overview: each dot is a group of concepts that link more to each other than to the rest, in a colour of its own.",
      dotsCategory: "Overview: each dot is the concepts of one category, in its colour.",
      dotsBundled: "Grey dots bundle smaller groups.",
      showAllSources: "Show all {n} sources",
      groupsList: "Open a group ({g})"
    },
    nl: {
      overview: "Overzicht",
      showingGroups: "{g} groepen van {n} begrippen getoond; klik op een groep om haar te openen",
      showingGroup: "groep \u201c{name}\u201d getoond: {k} van {n} begrippen{more}; Overzicht toont alle groepen",
      showingAround: "{label} en {k} begrippen eromheen getoond{more}, van {n}; Overzicht toont alle groepen",
      showingPaths: "de gevonden paden getoond: {k} van {n} begrippen; Overzicht toont alle groepen",
      more: " (de {k} best verbonden van {all})",
      members: "{k} begrippen",
      bundle: "{k} kleinere groepen",
      dotsCommunity: "Overzicht: elke stip is een groep begrippen die meer met elkaar verbonden zijn dan met de rest, in een eigen kleur.",
      dotsCategory: "Overzicht: elke stip is de begrippen van \u00e9\u00e9n categorie, in haar kleur.",
      dotsBundled: "Grijze stippen bundelen kleinere groepen.",
      showAllSources: "Toon alle {n} bronnen",
      groupsList: "Open een groep ({g})"
    }
  };

  // ------------------------------------------------------------ the data, as columns
  var cols = raw.nodes;
  var ecols = raw.edges;
  var texts = raw.texts;
  var N = cols.id.length;
  var M = ecols.from.length;
  var from = Int32Array.from(ecols.from);
  var to = Int32Array.from(ecols.to);
  var details = {}; // description: [...], evidence: [...], evidence_nl: [...], each parsed when first needed
  function detail(kind, i) {
    if (!details[kind]) { details[kind] = JSON.parse($("cg-" + kind + "-data").textContent); }
    return details[kind][i];
  }
  /* Node and edge objects as the shared panels, search and path finder read them. */
  var nodeList = new Array(N);
  var indexOf = new Map();
  for (var i = 0; i < N; i += 1) {
    var n = {
      id: cols.id[i], label: cols.label[i], label_nl: cols.label_nl[i] || cols.label[i],
      category: raw.category_order[cols.category[i]], synonyms: cols.synonyms[i], size: cols.size[i], index: i
    };
    nodeList[i] = n;
    indexOf.set(n.id, i);
  }
  function Node() {}
  Object.defineProperty(Node.prototype, "description", { get: function () { return detail("description", this.index); } });
  nodeList.forEach(function (n) { Object.setPrototypeOf(n, Node.prototype); });
  function Edge(i) { this.i = i; }
  Object.defineProperties(Edge.prototype, {
    from: { get: function () { return cols.id[from[this.i]]; } },
    to: { get: function () { return cols.id[to[this.i]]; } },
    relation: { get: function () { return texts.relation[ecols.relation[this.i]]; } },
    source_doc: { get: function () { return texts.source_doc[ecols.source_doc[this.i]]; } },
    section: { get: function () { return texts.section[ecols.section[this.i]]; } },
    sign: { get: function () { return ecols.sign[this.i]; } },
    width: { get: function () { return edgeWidth(this.i); } },
    weight: { get: function () { return ecols.weight ? ecols.weight[this.i] : undefined; } },
    evidence: { get: function () { return detail("evidence", this.i); } },
    evidence_nl: { get: function () { return detail("evidence_nl", this.i) || ""; } },
    undirected: { get: function () { return undirected === true || (undirected !== null && undirected.has(this.i)); } },
    hedged: { get: function () { return hedged.has(this.i); } }
  });
  /* Hedged claims ("may increase"): their positions (graph/page/overview.py), as on a small page. */
  var hedged = new Set(raw.hedged || []);
  /* Undirected edges (graph/page/overview.py): 1 for all, else their positions; null for none. */
  var undirected = raw.undirected === 1 ? true : raw.undirected ? new Set(raw.undirected) : null;
  var edgeList = new Array(M);
  for (var k = 0; k < M; k += 1) { edgeList[k] = new Edge(k); }

  /* Each node's edges, out then in (compressed rows). */
  function rows(ends, count) {
    var start = new Int32Array(count + 1);
    var j;
    for (j = 0; j < ends.length; j += 1) { start[ends[j] + 1] += 1; }
    for (j = 0; j < count; j += 1) { start[j + 1] += start[j]; }
    var fill = start.slice(0, count);
    var items = new Int32Array(ends.length);
    for (j = 0; j < ends.length; j += 1) { items[fill[ends[j]]++] = j; }
    return { start: start, items: items };
  }
  var outs = rows(from, N);
  var ins = rows(to, N);
  function edgesAt(table, i) { return Array.from(table.items.subarray(table.start[i], table.start[i + 1])); }
  function edgesOfIndex(i) {
    var out = edgesAt(outs, i);
    return out.concat(edgesAt(ins, i).filter(function (e) { return from[e] !== i; }));
  }
  /* The nodes joined to node i by an edge either way, each once, without i. */
  function around(i) {
    var near = new Set();
    var j;
    for (j = outs.start[i]; j < outs.start[i + 1]; j += 1) { near.add(to[outs.items[j]]); }
    for (j = ins.start[i]; j < ins.start[i + 1]; j += 1) { near.add(from[ins.items[j]]); }
    near.delete(i);
    return near;
  }
  /* How many paths of at most MAX_HOPS steps, no node twice, lead from node a to node b if
     directions are ignored (the path finder's count with every edge walked both ways: more than
     MAX_PATHS stops at MAX_PATHS + 1), walked on the columns: no second model of the graph is made.
     The search is the path finder's (CG.paths.simplePaths), whose work is bounded by the paths found. */
  function pathsAnyWay(a, b) {
    var near = new Map(); // each node's neighbours either way, as a list, once asked for
    var either = function (u) {
      var list = near.get(u);
      if (list === undefined) { list = Array.from(around(u)); near.set(u, list); }
      return list;
    };
    return CG.paths.simplePaths(either, either, a, b, MAX_HOPS, MAX_PATHS + 1).length;
  }
  var degree = new Int32Array(N);
  for (var d = 0; d < N; d += 1) { degree[d] = outs.start[d + 1] - outs.start[d] + ins.start[d + 1] - ins.start[d]; }
  var groups = raw.groups;
  var G = groups.label.length;
  var groupOf = Int32Array.from(cols.group);
  var members = rows(groupOf, G);
  var counts = new Map(); // keyed by category name: a Map, so "constructor" or "__proto__" are names like any other
  nodeList.forEach(function (n) { counts.set(n.category, (counts.get(n.category) || 0) + 1); });
  /* table[key] only when the table (parsed JSON) holds it itself, never what Object.prototype has. */
  function ownEntry(table, key) { return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined; }
  var model = null; // the path finder's adjacency, made on the first question
  function pathModel() { return model || (model = CG.paths.model(nodeList, edgeList)); }
  var names = null; // the search index, made when first needed
  function searchIndex() { return names || (names = CG.search.index(nodeList)); }

  var state = {
    lang: raw.lang === "nl" ? "nl" : "en",
    hidden: new Set(),
    view: null,   // {kind: "overview" | "group" | "around" | "paths", ...}
    focus: null,  // {kind: "node" | "edge" | "chain", lit}
    answer: null, // {from, to, result, lit}
    applied: new Map(), // drawn item id -> the look it was last drawn with
    twins: new Map() // drawn edge -> the parallel edges of its sign drawn as it (one line)
  };
  function own(key, values) {
    var text = (TEXT[state.lang] || TEXT.en)[key];
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(String(values[name])); });
    return text;
  }
  /* Our wording of TEXT[key] as pieces for CG.panels.mixed: values given as CG.panels.user(...) stay user text. */
  function ownParts(key, values) {
    return (TEXT[state.lang] || TEXT.en)[key].split(/\{(\w+)\}/).map(function (piece, i) {
      if (i % 2 === 0) { return piece; }
      var value = values[piece];
      return value !== null && typeof value === "object" ? value : String(value);
    }).filter(function (piece) { return piece !== ""; });
  }
  function t(key, values) { return CG.t(state.lang, key, values); }
  function count(x) { return x.toLocaleString(state.lang === "nl" ? "nl-NL" : "en-US"); }
  function number(x) {
    var text = String(Math.round(x * 1000) / 1000);
    return state.lang === "nl" ? text.replace(".", ",") : text;
  }
  function pick(entry, fallback) {
    if (!entry) { return fallback; }
    return (state.lang === "nl" ? entry.label_nl || entry.label : entry.label) || fallback;
  }
  function byId(id) { var i = indexOf.get(id); return i === undefined ? undefined : nodeList[i]; }
  function label(id) { return pick(byId(id), id); }
  function category(name) { return ownEntry(raw.categories, name) || { label: name, color: "#97c2fc", shape: "dot" }; }
  function categoryLabel(name) { return pick(ownEntry(raw.categories, name), String(name).replace(/_/g, " ")); }
  function relationLabel(e) {
    var entry = ownEntry(raw.relations, e.relation);
    var plain = pick(entry, String(e.relation).replace(/_/g, " "));
    return e.hedged ? CG.panels.hedgedWords(entry, plain, state.lang) : plain;
  }
  /* A dot of the overview holds a group, or a bundle of small groups (parts > 1). */
  function bundle(g) { return groups.parts[g] > 1; }
  function groupName(g) {
    if (bundle(g)) { return own("bundle", { k: count(groups.parts[g]) }); }
    return groups.name[g] ? categoryLabel(groups.name[g]) : groups.label[g];
  }
  /* A group's colour and shape: its category's, else (a community) the colours categories take when
     their file gives none (graph/read/vocabulary.py PALETTE), then the same colours in other shapes. */
  var PALETTE = groups.palette && groups.palette.length ? groups.palette : ["#97c2fc"];
  var SHAPES = groups.shapes && groups.shapes.length ? groups.shapes : ["dot"];
  var BUNDLE_COLOR = "#d3d3d3";
  var DOT_SHAPES = { dot: 1, diamond: 1, square: 1, triangle: 1, triangleDown: 1, star: 1, hexagon: 1 }; // label below
  function groupColor(g) {
    if (bundle(g)) { return BUNDLE_COLOR; }
    return (groups.name[g] ? category(groups.name[g]).color : null) || PALETTE[g % PALETTE.length];
  }
  function groupShape(g) {
    if (bundle(g)) { return "dot"; }
    var shape = groups.name[g] ? category(groups.name[g]).shape : SHAPES[Math.floor(g / PALETTE.length) % SHAPES.length];
    return DOT_SHAPES[shape] === 1 ? shape : "dot";
  }

  // ------------------------------------------------------------ the network: only what is drawn
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  CG.draw.useNodes(nodes, 9);
  var container = $("cg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    physics: false,
    interaction: {
      hover: true, tooltipDelay: 150, selectConnectedEdges: false, hoverConnectedEdges: false,
      keyboard: { enabled: true, bindToWindow: false }, multiselect: false, hideEdgesOnDrag: true, hideEdgesOnZoom: true
    },
    edges: { selectionWidth: 1.5, hoverWidth: 0.8, arrows: { to: { enabled: false, scaleFactor: 0.65 } }, smooth: false },
    nodes: { chosen: true, scaling: { label: { drawThreshold: 5 } } }
  });
  CG.draw.nameFrame(container);
  CG.draw.guardWheel(network, container, function () { return t("wheelHint"); });
  /* Do work and draw once, after it: vis-network would draw after each change of data, options,
     selection or view on its own. The outermost call draws. */
  var blocked = 0;
  var added = false; // nodes were added since the last drawing
  function drawOnce(work) {
    if (blocked === 0) { network.body.emitter.emit("_blockRedraw"); }
    blocked += 1;
    try { work(); } finally {
      blocked -= 1;
      if (blocked === 0) {
        network.body.emitter.emit("_allowRedraw");
        network.redraw();
        // vis-network skips a node it has never drawn when its (still unknown) bounds seem out of
        // view, and only measures it then: a second drawing paints the nodes just added
        if (added) { added = false; network.redraw(); }
      }
    }
  }
  var detailed = false; // arrows once zoomed in far enough to read labels
  network.on("afterDrawing", function () {
    var wanted = state.view && state.view.kind !== "overview" && network.getScale() * 16 >= 8;
    if (wanted !== detailed) {
      detailed = wanted;
      setTimeout(function () {
        drawOnce(function () {
          network.setOptions({ edges: { arrows: { to: { enabled: detailed, scaleFactor: 0.65 } } } });
          if (state.view.kind !== "overview") { applyNow(); } // dashes
        });
      }, 0);
    }
  });

  function lit() { return state.focus ? state.focus.lit : state.answer ? state.answer.lit : null; }
  function nodeLook(i, now) { return !now ? "normal" : now.core.has(i) ? "lit" : now.nodes.has(i) ? "normal" : "dim"; }
  /* Lit concepts (a selection, a chain) always show their labels, at least LIT_PX on screen, however
     far the view is zoomed out: their font grows as the scale shrinks (litFont, set by readable()). */
  var LIT_PX = 13;
  var litFont = 16;
  /* Labels left out of the drawing (node indexes): those that would lie over a better connected
     concept's label (see thinLabels); lit ones show all the same. */
  var unlabelled = new Set();
  function nodeItem(i, look) {
    var n = nodeList[i];
    var item = CG.draw.nodeStyle(category(n.category), n.size || 12, look);
    item.id = n.id;
    item.label = look !== "lit" && unlabelled.has(i) ? " " : label(n.id);
    if (look === "lit") { // seen at any zoom: the label, and the dot and its lines grow with it
      item.font.size = litFont;
      item.size = Math.max(item.size, litFont * 0.4);
    }
    item.hidden = state.hidden.has(n.category);
    return item;
  }
  var EDGE_FONT = { face: CG.draw.FONT, size: 12, color: CG.draw.INK.edgeText, strokeWidth: 4, strokeColor: CG.draw.INK.halo, align: "middle" };
  function edgeFont(lit) { return lit ? Object.assign({}, EDGE_FONT, { size: Math.round(litFont * 0.8) }) : EDGE_FONT; }
  /* The relation each lit edge shows, when the lit set shows relations (parallel edges share one label). */
  function litLabels(now) {
    if (!now || !now.labels) { return new Map(); }
    return CG.draw.pairLabels(now.edges, function (e) { return [from[e], to[e]]; }, function (e) { return relationLabel(edgeList[e]); });
  }
  /* An edge's line width when the weights differ: linear from the lightest edge's to the heaviest's
     (the data's edges.widths, then the width of an edge without weight), as graph/page/payload.py
     edge_widths works it out for a small page. */
  function edgeWidth(e) {
    if (!ecols.weight_range) { return undefined; }
    var weight = ecols.weight[e];
    var widths = ecols.widths;
    if (weight === null || weight === undefined) { return widths[2]; }
    var low = ecols.weight_range[0];
    var high = ecols.weight_range[1];
    return widths[0] + (widths[1] - widths[0]) * (weight - low) / (high - low);
  }
  function edgeItem(e, look, text) {
    var item = CG.draw.edgeStyle(ecols.sign[e], look, true, edgeWidth(e));
    item.id = e;
    item.label = text !== undefined ? text : " ";
    item.font = edgeFont(look === "lit");
    item.dashes = edgeDashes(e, look);
    if (look === "lit") { item.width = Math.max(item.width, 3 * litFont / 16); }
    if (edgeList[e].undirected) { item.arrows = { to: { enabled: false } }; } // a link, not an arrow
    item.hidden = edgeHidden(e);
    return item;
  }
  /* Dashed by sign as on a small page, so that increases and decreases differ without colour: once
     zoomed in as far as arrows show (detailed), and lit edges always, their dashes as long on screen
     as their width is thick. Zoomed out, thousands of dashes a fraction of a pixel long would take
     seconds to paint, and lines that thin show no pattern. */
  function edgeDashes(e, look) {
    var pattern = CG.draw.dashes(ecols.sign[e]);
    if (!pattern || !(look === "lit" || detailed)) { return false; }
    var grow = look === "lit" ? litFont / 16 : 1;
    return pattern.map(function (d) { return d * grow; });
  }
  function edgeHidden(e) { return state.hidden.has(nodeList[from[e]].category) || state.hidden.has(nodeList[to[e]].category); }
  /* What a drawn item was last drawn as (state.applied): it is updated only when this changes. */
  function nodeSig(i, look) { return look + (look === "lit" ? litFont : "") + " " + state.lang + (state.hidden.has(nodeList[i].category) ? " hidden" : ""); }
  function edgeSig(e, look, text) { return look + (look === "lit" ? litFont : detailed ? " dashed" : "") + (text !== undefined ? " " + text : "") + (edgeHidden(e) ? " hidden" : ""); }
  /* A group's label font as the layout sizes it: the larger the dot, the larger its label. */
  function groupFontBase(g) { return bundle(g) ? 12 : Math.round(10 + (groups.size[g] - 14) / 3.6); }
  /* A group's label: its name in lines of about 30 characters (it names the group's best connected
     members, joined by commas), then how many concepts it holds. */
  function groupLabel(g) {
    var lines = [];
    String(groupName(g)).split(", ").forEach(function (part, i, parts) {
      var piece = part + (i < parts.length - 1 ? "," : "");
      if (lines.length && (lines[lines.length - 1] + " " + piece).length <= 30) { lines[lines.length - 1] += " " + piece; } else { lines.push(piece); }
    });
    return lines.concat([own("members", { k: count(groups.members[g]) })]).join("\n");
  }
  function groupItem(g) {
    var color = groupColor(g);
    var font = groupFont.has(g) ? groupFont.get(g) : groupFontBase(g);
    return {
      id: "g" + g, label: groupLabel(g), shape: groupShape(g), cgBase: groupFontBase(g),
      size: groups.size[g], x: groups.x[g], y: groups.y[g], borderWidth: 1.5,
      color: { background: color, border: CG.draw.tint(color, -0.35), highlight: { background: color, border: CG.draw.INK.text }, hover: { background: color, border: CG.draw.INK.text } }, // the outline in the page's ink, seen on either theme
      // the larger the dot, the larger its label: zoomed out, only the largest groups are named
      font: groupFontStyle(font)
    };
  }
  function groupFontStyle(size) { return { face: CG.draw.FONT, size: size, color: CG.draw.INK.text, strokeWidth: 4, strokeColor: CG.draw.INK.halo }; }
  /* The overview's labels, readable at the view's scale: from the largest group down, a label is drawn
     at least GROUP_PX high on screen where it lies in view and over no label already kept; the others
     are left out until the view is zoomed in far enough for them (vis-network fades a label drawn
     under 5 pixels to a pale grey, which is how they all looked at 1280 px). view: the middle of the
     view, in the drawing's units, and its scale. */
  var GROUP_PX = 13;
  var groupFont = new Map(); // group -> the font size its label is drawn at (NO_LABEL: not drawn)
  var NO_LABEL = 0.01; // too small for vis-network to draw
  function labelGroups(view) {
    if (!state.view || state.view.kind !== "overview" || !(view.scale > 0)) { return; }
    labelledView = view;
    var w = container.clientWidth / view.scale;
    var h = container.clientHeight / view.scale;
    var left = view.x - w / 2;
    var top = view.y - h / 2;
    var order = [];
    for (var g = 0; g < G; g += 1) { order.push(g); }
    order.sort(function (a, b) { return groups.members[b] - groups.members[a] || a - b; });
    var kept = [];
    var updates = [];
    order.forEach(function (g) {
      var size = Math.max(groupFontBase(g), GROUP_PX / view.scale);
      var lines = groupLabel(g).split("\n");
      var bw = 0.58 * size * Math.max.apply(null, lines.map(function (l) { return l.length; }));
      var box = [groups.x[g] - bw / 2, groups.y[g] + groups.size[g] + 2, bw, lines.length * 1.3 * size];
      var fits = box[0] >= left && box[1] >= top && box[0] + box[2] <= left + w && box[1] + box[3] <= top + h &&
        kept.every(function (b) { return box[0] + box[2] < b[0] || b[0] + b[2] < box[0] || box[1] + box[3] < b[1] || b[1] + b[3] < box[1]; });
      if (fits) { kept.push(box); }
      var font = fits ? size : NO_LABEL;
      if (groupFont.get(g) !== font) { groupFont.set(g, font); updates.push({ id: "g" + g, font: groupFontStyle(font) }); }
    });
    if (updates.length) { nodes.update(updates); }
  }
  /* Labelled again once the view has been zoomed or moved (by hand, by a fit, by the keyboard) and come
     to rest. */
  var labelledView = null;
  var relabel = null;
  network.on("afterDrawing", function () {
    if (!state.view || state.view.kind !== "overview" || !labelledView) { return; }
    var at = network.getViewPosition();
    var scale = network.getScale();
    var far = Math.abs(at.x - labelledView.x) + Math.abs(at.y - labelledView.y) > 0.1 * container.clientWidth / scale;
    if (Math.abs(scale / labelledView.scale - 1) > 0.02 || far) { relabelSoon(); }
  });
  function relabelSoon() {
    if (relabel !== null) { clearTimeout(relabel); }
    if (!state.view || state.view.kind !== "overview") { return; }
    relabel = setTimeout(function () {
      relabel = null;
      var at = network.getViewPosition();
      labelGroups({ x: at.x, y: at.y, scale: network.getScale() });
    }, 60);
  }

  /* What to light: core nodes, other lit nodes and edges (all as indexes). */
  function litSet(core, extra, edgeIdx) {
    var es = new Set(edgeIdx);
    return { core: new Set(core), nodes: new Set(core.concat(extra)), edges: es, labels: es.size <= 14 };
  }

  /* Replace what is drawn: the overview, or the given nodes (indexes) with the edges among them. */
  function draw(view, nodeIdx) { drawOnce(function () { drawNow(view, nodeIdx); }); say(); if (list) { list.changed(); } }
  function drawNow(view, nodeIdx) {
    state.view = view;
    state.applied = new Map();
    titled.clear(); // items drawn again have no tooltip yet
    var now = lit();
    nodes.clear();
    edges.clear();
    if (view.kind === "overview") {
      network.setOptions({ nodes: { scaling: { label: { drawThreshold: 5 } } }, edges: { color: { opacity: 1 } } });
      var items = [];
      for (var g = 0; g < G; g += 1) { items.push(groupItem(g)); }
      var max = 1;
      groups.links.forEach(function (l) { max = Math.max(max, l[2]); });
      var links = groups.links.map(function (l, j) {
        return { id: "l" + j, from: "g" + l[0], to: "g" + l[1], title: String(l[2]),
          width: 1 + 5 * Math.log(1 + l[2]) / Math.log(1 + max), color: { color: "#9aa5b1", opacity: 0.6 } };
      });
      nodes.add(items);
      edges.add(links);
      added = true;
    } else {
      network.setOptions({ nodes: { scaling: { label: { drawThreshold: 9 } } }, edges: { color: { opacity: now ? DIM_OPACITY : 1 } } });
      state.dimmed = !!now;
      var drawn = new Set(nodeIdx);
      // the best connected drawn last, so on top: seen whole, and theirs the click on their centre
      nodeIdx = nodeIdx.slice().sort(function (a, b) { return (cols.size[a] - cols.size[b]) || (degree[a] - degree[b]) || b - a; });
      var at = placed(view, nodeIdx);
      thinLabels(nodeIdx, at);
      var nodeItems = nodeIdx.map(function (i, j) {
        var look = nodeLook(i, now);
        var item = nodeItem(i, look);
        item.x = at.x[j];
        item.y = at.y[j];
        state.applied.set(item.id, nodeSig(i, look));
        return item;
      });
      var edgeItems = [];
      var texts = litLabels(now);
      var room = view.kind === "around" ? MAX_AROUND_EDGES : MAX_EDGES;
      /* Parallel edges of one sign are drawn as one line (straight, of one colour, they would lie on
         top of each other): a hub and its best connected neighbours share thousands. The line is the
         lowest lit edge of them (which carries the pair's label), else the first; the others are its
         twins, lit with it. Lit edges are drawn whatever the room. */
      var line = new Map(); // "from>to>sign" -> the edge drawn for it
      state.twins = new Map();
      if (now) {
        now.edges.forEach(function (e) {
          if (!drawn.has(from[e]) || !drawn.has(to[e])) { return; }
          var had = line.get(twinKey(e));
          if (had === undefined || e < had) { line.set(twinKey(e), e); }
        });
      }
      nodeIdx.forEach(function (i) {
        for (var j = outs.start[i]; j < outs.start[i + 1]; j += 1) {
          var e = outs.items[j];
          if (!drawn.has(to[e])) { continue; }
          var key = twinKey(e);
          var drawnAs = line.get(key);
          if (drawnAs === undefined && room > 0) { line.set(key, e); drawnAs = e; }
          if (drawnAs !== e) {
            if (drawnAs !== undefined) { (state.twins.get(drawnAs) || state.twins.set(drawnAs, []).get(drawnAs)).push(e); }
            continue;
          }
          room -= 1;
          var look = now && now.edges.has(e) ? "lit" : "normal";
          var text = look === "lit" ? texts.get(e) : undefined;
          var item = edgeItem(e, look, text);
          item.from = cols.id[i];
          item.to = cols.id[to[e]];
          state.applied.set(e, edgeSig(e, look, text));
          edgeItems.push(item);
        }
      });
      nodes.add(nodeItems);
      edges.add(edgeItems);
      added = true;
    }
  }
  /* Where the nodes (indexes) are drawn: where the layout put them; an opened group's members spread
     out from their centre until, on average, concepts lie SPREAD of their sizes apart (a group's
     members are packed tight in the layout of the whole graph, its hubs under their neighbours). */
  var SPREAD = 3;
  function placed(view, nodeIdx) {
    var k = nodeIdx.length;
    var x = new Float64Array(k);
    var y = new Float64Array(k);
    var cx = 0;
    var cy = 0;
    nodeIdx.forEach(function (i, j) { x[j] = cols.x[i]; y[j] = cols.y[i]; cx += x[j] / k; cy += y[j] / k; });
    if (view.kind !== "group" || k < 2) { return { x: x, y: y }; }
    var area = 0;
    var sizes = [];
    nodeIdx.forEach(function (i, j) { area += ((x[j] - cx) * (x[j] - cx) + (y[j] - cy) * (y[j] - cy)) / k; sizes.push(cols.size[i] || 12); });
    sizes.sort(function (a, b) { return a - b; });
    var apart = Math.sqrt(Math.PI * Math.max(area, 1e-9) / k); // the mean distance between neighbours
    var factor = Math.max(1, SPREAD * 2 * sizes[k >> 1] / apart);
    for (var j = 0; j < k; j += 1) { x[j] = cx + (x[j] - cx) * factor; y[j] = cy + (y[j] - cy) * factor; }
    separate(x, y, nodeIdx.map(function (i) { return cols.size[i] || 12; }));
    return { x: x, y: y };
  }
  /* Dots pushed apart, a few rounds, until none covers another (hubs lie close together in the
     layout of the whole graph: the smaller one's centre would be under the larger one). */
  function separate(x, y, size) {
    var k = size.length;
    var cell = 2.4 * Math.max.apply(null, size);
    var key = function (gx, gy) { return gx * 1048576 + gy; }; // cells by number: no strings made
    for (var round = 0; round < 40; round += 1) {
      var grid = new Map();
      var j;
      for (j = 0; j < k; j += 1) {
        var own = key(Math.floor(x[j] / cell), Math.floor(y[j] / cell));
        var list = grid.get(own);
        if (list === undefined) { grid.set(own, [j]); } else { list.push(j); }
      }
      var moved = false;
      for (j = 0; j < k; j += 1) {
        var gx = Math.floor(x[j] / cell);
        var gy = Math.floor(y[j] / cell);
        for (var dx = -1; dx <= 1; dx += 1) {
          for (var dy = -1; dy <= 1; dy += 1) {
            var near = grid.get(key(gx + dx, gy + dy));
            if (near === undefined) { continue; }
            for (var m = 0; m < near.length; m += 1) {
              var o = near[m];
              if (o <= j) { continue; }
              var need = 1.2 * (size[j] + size[o]);
              var ox = x[o] - x[j];
              var oy = y[o] - y[j];
              var dist = Math.sqrt(ox * ox + oy * oy);
              if (dist >= need) { continue; }
              if (dist === 0) { ox = 1; oy = 0; dist = 1; } // the same spot: apart along x, by their order
              var push = (need - dist) / dist / 2;
              x[j] -= ox * push; y[j] -= oy * push;
              x[o] += ox * push; y[o] += oy * push;
              moved = true;
            }
          }
        }
      }
      if (!moved) { return; }
    }
  }
  /* Labels by rank, as a small page's hubs are labelled (page.js labelHubs): from the best connected
     down, a label is drawn only where it lies over no label already kept (its box as drawn, below the
     node, in the drawing's units: the same at every zoom). */
  function thinLabels(nodeIdx, at) {
    unlabelled = new Set();
    var cell = 160; // a grid of boxes, so each label is checked against its neighbours only
    var grid = new Map();
    var order = nodeIdx.map(function (i, j) { return j; }).sort(function (a, b) {
      return degree[nodeIdx[b]] - degree[nodeIdx[a]] || nodeIdx[a] - nodeIdx[b];
    });
    order.forEach(function (j) {
      var i = nodeIdx[j];
      var text = String(label(cols.id[i]));
      var w = text.length * 0.55 * 16;
      // a shape drawn around its label (a box, an ellipse: draw.js, margin 7) holds it at the node's centre
      var box = CG.draw.INSIDE[category(nodeList[i].category).shape] === 1
        ? [at.x[j] - w / 2 - 7, at.y[j] - 0.65 * 16 - 7, w + 14, 1.3 * 16 + 14]
        : [at.x[j] - w / 2, at.y[j] + (cols.size[i] || 12), w, 1.3 * 16];
      var keys = [];
      for (var gx = Math.floor(box[0] / cell); gx <= Math.floor((box[0] + box[2]) / cell); gx += 1) {
        for (var gy = Math.floor(box[1] / cell); gy <= Math.floor((box[1] + box[3]) / cell); gy += 1) { keys.push(gx + " " + gy); }
      }
      var clear = keys.every(function (key) {
        return (grid.get(key) || []).every(function (b) { return box[0] + box[2] < b[0] || b[0] + b[2] < box[0] || box[1] + box[3] < b[1] || b[1] + b[3] < box[1]; });
      });
      if (!clear) { unlabelled.add(i); return; }
      keys.forEach(function (key) { if (!grid.has(key)) { grid.set(key, []); } grid.get(key).push(box); });
    });
  }
  /* The font of lit labels for the view's scale (see LIT_PX): lit items are drawn again when it changes. */
  function readable(scale) {
    var size = Math.min(16 * 12, Math.max(16, 4 * Math.ceil(LIT_PX / Math.max(scale, 1e-6) / 4)));
    if (size === litFont) { return; }
    litFont = size;
    if (lit()) { apply(); }
  }
  network.on("zoom", function () { readable(network.getScale()); });

  /* Drawn edges of the same ends and sign are one line (see drawNow). */
  function twinKey(e) { return from[e] + ">" + to[e] + ">" + ecols.sign[e]; }
  /* The drawn edge e, or one of its twins, when lit (-1: none is). */
  function litAmong(e, now) {
    if (!now) { return -1; }
    if (now.edges.has(e)) { return e; }
    var more = state.twins.get(e) || [];
    for (var k = 0; k < more.length; k += 1) { if (now.edges.has(more[k])) { return more[k]; } }
    return -1;
  }
  /* The label the drawn edge e shows: its own, or one a twin of it carries. */
  function labelAmong(e, texts) {
    var text = texts.get(e);
    var more = state.twins.get(e) || [];
    for (var k = 0; k < more.length && (text === undefined || text === " "); k += 1) {
      var other = texts.get(more[k]);
      if (other !== undefined && other !== " ") { text = other; }
    }
    return text;
  }
  /* Bring the drawn items in line with what is lit: only those whose look changes are updated. */
  function apply() {
    if (state.view && state.view.kind !== "overview") { drawOnce(applyNow); }
    renderLegendState();
    if (list) { list.changed(); }
  }
  function applyNow() {
    var now = lit();
    if (!!now !== !!state.dimmed) {
      state.dimmed = !!now;
      network.setOptions({ edges: { color: { opacity: now ? DIM_OPACITY : 1 } } });
    }
    var nodeUpdates = [];
    var edgeUpdates = [];
    nodes.getIds().forEach(function (id) {
      var i = indexOf.get(id);
      var look = nodeLook(i, now);
      var sig = nodeSig(i, look);
      if (state.applied.get(id) !== sig) { state.applied.set(id, sig); nodeUpdates.push(nodeItem(i, look)); }
    });
    var texts = litLabels(now);
    edges.getIds().forEach(function (e) {
      var shown = litAmong(e, now);
      var look = shown >= 0 ? "lit" : "normal";
      var text = look === "lit" ? labelAmong(e, texts) : undefined;
      var sig = edgeSig(e, look, text);
      if (state.applied.get(e) !== sig) { state.applied.set(e, sig); edgeUpdates.push(edgeItem(e, look, text)); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
  }

  /* The best connected of the given node indexes, at most most (default MAX_DRAWN). */
  function capped(list, most) {
    var limit = most || MAX_DRAWN;
    if (list.length <= limit) { return { nodes: list, all: list.length }; }
    var sorted = list.slice().sort(function (a, b) { return degree[b] - degree[a] || a - b; });
    return { nodes: sorted.slice(0, limit), all: list.length };
  }
  function showOverview() {
    state.focus = null;
    state.answer = null;
    hideDetails();
    drawOnce(function () {
      network.unselectAll();
      draw({ kind: "overview" }, []);
      fit(null, false);
    });
  }
  /* Open group g (opener: the button that asked, which Escape gives the keyboard back to). */
  function openGroup(g, opener) {
    state.focus = null;
    hideDetails();
    var chosen = capped(Array.from(members.items.subarray(members.start[g], members.start[g + 1])));
    drawOnce(function () {
      network.unselectAll();
      draw({ kind: "group", group: g, shown: chosen.nodes.length, all: chosen.all, opener: opener || null }, chosen.nodes);
      fit(null, false);
    });
  }
  function drawnIndex(i) { return state.view && state.view.kind !== "overview" && nodes.get(cols.id[i]) !== null; }
  /* Node i with its best connected neighbours; with also, that node too, even when it is not among them
     (a relation of a hub chosen far down its list joins the hub to a neighbour past MAX_AROUND). */
  function openAround(i, also) {
    var chosen = capped(Array.from(around(i)), MAX_AROUND);
    var shown = [i].concat(chosen.nodes);
    if (also !== undefined && shown.indexOf(also) < 0) { shown.push(also); }
    draw({ kind: "around", node: i, shown: shown.length - 1, all: chosen.all }, shown);
  }

  function focusNode(id, centre) {
    var i = indexOf.get(id);
    if (i === undefined) { return; }
    opened.remember();
    state.hidden.delete(nodeList[i].category);
    var touching = edgesOfIndex(i);
    var near = touching.map(function (e) { return from[e] === i ? to[e] : from[e]; });
    state.focus = { kind: "node", id: id, lit: litSet([i], near, touching) };
    readable(network.getScale());
    showDetails(nodeDetails(id)); // first: the view is fitted to the canvas the card leaves free
    drawOnce(function () {
      if (!drawnIndex(i)) {
        openAround(i);
        fit(null, false);
      } else {
        apply();
        if (centre) {
          network.focus(id, { scale: Math.max(network.getScale(), 1), offset: freeOffset(freeArea()), animation: false });
          readable(network.getScale());
        }
      }
      network.selectNodes([id], false);
    });
  }
  function focusEdge(e) {
    var ends = [from[e], to[e]];
    opened.remember();
    state.focus = { kind: "edge", index: e, lit: litSet(ends, [], [e]) };
    readable(network.getScale());
    showDetails(function () { return CG.panels.edgeDetails(ctx, e); });
    drawOnce(function () {
      if (!drawnIndex(from[e]) || !drawnIndex(to[e]) || edges.get(e) === null) { openAround(from[e], to[e]); fit(null, false); } else { apply(); }
      network.setSelection({ nodes: [], edges: [e] }, { unselectAll: true, highlightEdges: false });
    });
  }
  function pathLit(paths) {
    var ns = [];
    var es = [];
    paths.forEach(function (p) {
      p.nodes.forEach(function (id) { ns.push(indexOf.get(id)); });
      p.steps.forEach(function (s) { es = es.concat(s.edges); });
    });
    return litSet(ns, [], es);
  }
  function focusChain(c) {
    var path = state.answer.result.paths[c];
    opened.remember();
    state.focus = { kind: "chain", index: c, lit: pathLit([path]) };
    drawOnce(function () { apply(); network.unselectAll(); });
    markChain(c);
    showDetails(function () { return CG.panels.chainDetails(ctx, path); });
    if (drawerWidth() && $("cg-side").contains(document.activeElement)) { // the drawer would cover the card
      openPanels(false);
      $("cg-details").focus({ preventScroll: true });
    }
    fit(path.nodes, true);
  }
  function clearFocus() { state.focus = null; network.unselectAll(); hideDetails(); markChain(-1); }
  function clearAll() { drawOnce(function () { clearFocus(); state.answer = null; $("cg-path-result").textContent = ""; apply(); }); }
  network.on("click", function (params) {
    if (params.nodes.length) {
      var id = params.nodes[0];
      if (state.view.kind === "overview") { openGroup(Number(String(id).slice(1))); } else { focusNode(id, false); }
    } else if (params.edges.length && state.view.kind !== "overview") {
      focusEdge(params.edges[0]);
    } else if (state.focus) { drawOnce(function () { clearFocus(); apply(); }); } else if (state.answer) { clearAll(); }
  });
  var titled = new Map();
  network.on("hoverNode", function (params) {
    if (state.view.kind === "overview" || titled.get(params.node) === state.lang) { return; }
    titled.set(params.node, state.lang);
    var n = byId(params.node);
    nodes.update({ id: params.node, title: tooltip([label(n.id), categoryLabel(n.category), n.description]) });
  });
  network.on("hoverEdge", function (params) {
    var e = params.edge;
    if (state.view.kind === "overview" || titled.get("e" + e) === state.lang) { return; }
    titled.set("e" + e, state.lang);
    edges.update({ id: e, title: tooltip([CG.panels.edgeSentence(ctx, e), CG.panels.evidenceText(ctx, edgeList[e])]) });
  });
  function tooltip(parts) {
    var box = CG.panels.el("div", "cg-tip");
    parts.forEach(function (part, i) { if (part) { box.appendChild(CG.panels.el(i === 0 ? "strong" : "span", i > 1 ? "cg-muted" : null, part)); } });
    return box;
  }

  // ------------------------------------------------------------ view, fit, details
  /* The part of the canvas the card and the drawer leave free: {left, width, top, height} in canvas
     pixels, as on a small page (page.js): the card beside the graph, or on a phone a sheet along its
     bottom (page.css), the free part above it; a drawer open over the graph takes its right side. */
  function freeArea() { return CG.panels.freeArea(container); }
  function drawerWidth() { return CG.panels.drawerWidth(); }
  /* Where the middle of the free canvas lies from the middle of the canvas (vis-network's offset). */
  function freeOffset(free) {
    return { x: free.left / 2, y: (free.top + free.height - container.clientHeight) / 2 };
  }
  /* Asked at each move: the setting may change while the page is open. */
  function motion() { return !(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches); }
  function fit(ids, animate) {
    var shown = ids || nodes.getIds();
    if (!shown.length) { return; }
    var at = network.getPositions(shown);
    var box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    shown.forEach(function (id) {
      var p = at[id];
      if (!p) { return; }
      var item = nodes.get(id);
      var size = state.view.kind === "overview" ? (item && item.size) || 12 : (byId(id) || {}).size || 12; // as sized, not as lit
      var below = size; // a group's label, below its dot, is part of it: the lowest one is seen whole
      var half = size;
      if (state.view.kind === "overview" && item) {
        var lines = String(item.label).split("\n");
        var base = item.cgBase || item.font.size; // as the layout sizes it, not as labelGroups draws it
        below += 6 + lines.length * 1.3 * base;
        half = Math.max(size, 0.3 * base * Math.max.apply(null, lines.map(function (l) { return l.length; })));
      }
      box.left = Math.min(box.left, p.x - half);
      box.right = Math.max(box.right, p.x + half);
      box.top = Math.min(box.top, p.y - size);
      box.bottom = Math.max(box.bottom, p.y + below);
    });
    if (box.left === Infinity) { return; }
    var free = freeArea();
    // room for the labels of the concepts drawn (lit ones show theirs at about LIT_PX on screen)
    var pad = { x: 0, y: 0 };
    if (state.view.kind !== "overview" && shown.length <= 50) {
      shown.forEach(function (id) { pad.x = Math.max(pad.x, 0.3 * (LIT_PX + 4) * String(label(id)).length); });
      pad.y = 1.5 * (LIT_PX + 4);
    }
    var room = { width: free.width - 32 - 2 * pad.x, height: free.height - 32 - pad.y };
    if (!(room.width > 0 && room.height > 0)) { return; }
    var scale = Math.min(room.width / Math.max(1, box.right - box.left), room.height / Math.max(1, box.bottom - box.top), 1.6);
    readable(scale);
    var middle = { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 };
    var offset = { x: freeOffset(free).x, y: freeOffset(free).y - pad.y / 2 };
    labelGroups({ x: middle.x - offset.x / scale, y: middle.y - offset.y / scale, scale: scale });
    network.moveTo({
      position: middle, offset: offset,
      scale: scale, animation: animate && motion() ? { duration: 350, easingFunction: "easeInOutQuad" } : false
    });
  }
  var detailsRender = null;
  var opened = CG.panels.opener($("cg-details"));
  function showDetails(render) {
    detailsRender = render;
    var panel = $("cg-details");
    var body = $("cg-details-body");
    body.textContent = "";
    panel.scrollTop = 0; // back to the top while the panel is empty: no layout of the new content forced here
    body.appendChild(render());
    panel.hidden = false;
  }
  function hideDetails() { detailsRender = null; $("cg-details").hidden = true; $("cg-details-body").textContent = ""; }
  $("cg-details-close").addEventListener("click", closeDetails);
  /* Close the card (and the chain's lit state) and give the keyboard back to what opened it; the path
     answer stays. */
  function closeDetails() {
    var chain = state.focus && state.focus.kind === "chain" ? state.focus.index : -1;
    drawOnce(function () { clearFocus(); apply(); });
    if (chain >= 0 && $("cg-panels").offsetParent && !$("cg-side").classList.contains("cg-open")) { openPanels(true); }
    opened.back(chain >= 0 ? document.querySelectorAll(".cg-chain")[chain] : container.querySelector(".vis-network"));
  }
  function closeDrawer() {
    openPanels(false);
    $("cg-panels").focus({ preventScroll: true });
  }
  /* Escape closes the innermost thing only, as on a small page: the drawer while the keyboard is in
     it, the card, the drawer, then the path answer, then what is drawn (back to the overview, the
     keyboard back on the group's button when it opened the group). */
  function escape() {
    var drawer = drawerWidth() > 0;
    if (drawer && $("cg-side").contains(document.activeElement)) { closeDrawer(); return; }
    if (state.focus) { closeDetails(); return; }
    if (drawer) { closeDrawer(); return; }
    var inAnswer = $("cg-path-result").contains(document.activeElement);
    if (state.answer) {
      clearAll();
      if (inAnswer) { $("cg-find").focus({ preventScroll: true }); } // its button is gone with the answer
      return;
    }
    if (state.view && state.view.kind !== "overview") {
      var back = state.view.opener;
      showOverview();
      if (back && back.isConnected) { back.focus({ preventScroll: true }); }
    }
  }

  /* A concept's claims (its edges grouped by from, relation and to, as the panel lists them),
     the strongest first: stated by more sources, then of more weight, then with the better
     connected concept; else in the order of the data. */
  function rankedClaims(i) {
    var found = new Map();
    var claims = [];
    var weights = ecols.weight;
    var kinds = texts.relation.length;
    edgesOfIndex(i).forEach(function (e) {
      var other = from[e] === i ? to[e] : from[e];
      var key = ((other * kinds + ecols.relation[e]) * 2) + (from[e] === i ? 0 : 1); // the other end, relation and way
      var claim = found.get(key);
      if (!claim) {
        claim = { edges: [], other: other, weight: -Infinity, at: claims.length };
        found.set(key, claim);
        claims.push(claim);
      }
      claim.edges.push(e);
      if (weights && typeof weights[e] === "number" && weights[e] > claim.weight) { claim.weight = weights[e]; }
    });
    return claims.sort(function (a, b) {
      return b.edges.length - a.edges.length || (b.weight > a.weight) - (b.weight < a.weight) || degree[b.other] - degree[a.other] || a.at - b.at;
    });
  }
  /* The shared panel (CG.panels.nodeDetails) told to list only the given claims, in their order,
     each with at most perRow of its sources; a line with more sources gets a button for the rest. */
  function panelOf(id, claims, perRow) {
    var only = Object.create(ctx);
    only.edgesOf = function () { return Array.prototype.concat.apply([], claims.map(function (c) { return c.edges.slice(0, perRow); })); };
    var box = CG.panels.nodeDetails(only, id);
    var list = box.querySelector(".cg-relations");
    claims.forEach(function (claim, j) {
      var hidden = claim.edges.slice(perRow).filter(function (e) { return edgeList[e].source_doc; }); // tagged as the panel tags
      if (hidden.length) { moreSources(id, claim, hidden.length, list.children[j]); }
    });
    return box;
  }
  function moreSources(id, claim, hidden, row) {
    var tags = row.querySelector(".cg-claim-sources");
    if (!tags) { tags = row.appendChild(CG.panels.el("span", "cg-claim-sources")); }
    var rest = CG.panels.button("cg-source cg-more-sources", "+" + count(hidden), function () {
      var all = panelOf(id, [{ edges: claim.edges.slice(SOURCES_SHOWN) }], Infinity).querySelector(".cg-claim-sources");
      var first = all.firstChild;
      while (all.firstChild) { tags.insertBefore(all.firstChild, rest); }
      rest.remove();
      first.focus(); // the keyboard goes on where the button was
    });
    rest.title = own("showAllSources", { n: count(hidden + tags.children.length) });
    rest.setAttribute("aria-label", rest.title);
    tags.appendChild(rest);
  }
  /* A concept's details: its RELATIONS_SHOWN strongest relations, and a button that lists all. */
  function nodeDetails(id) {
    var claims = rankedClaims(indexOf.get(id));
    var asked = { all: false }; // every relation asked for (kept when the language changes)
    return function () {
      var box = panelOf(id, claims.slice(0, RELATIONS_SHOWN), SOURCES_SHOWN);
      if (claims.length <= RELATIONS_SHOWN) { return box; }
      return CG.panels.longRelations(box, claims.length, RELATIONS_SHOWN, t, count, asked, function (list, focus) {
        listRest(id, claims, list, focus);
      });
    };
  }
  /* The claims after the first RELATIONS_SHOWN, added to the card's list RELATIONS_BATCH at a time
     (CG.panels.listRest). */
  function listRest(id, claims, list, focus) {
    CG.panels.listRest(claims, list, focus, RELATIONS_SHOWN, RELATIONS_BATCH, function (some) {
      return panelOf(id, some, SOURCES_SHOWN).querySelector(".cg-relations");
    });
  }

  /* The line under the title says what is drawn. */
  function say() {
    var v = state.view;
    var all = count(N);
    var pieces;
    var more = function () { return v.shown < v.all ? own("more", { k: count(v.shown), all: count(v.all) }) : ""; };
    if (!v || v.kind === "overview") {
      pieces = ownParts("showingGroups", { g: count(G), n: all });
    } else if (v.kind === "group") {
      pieces = ownParts("showingGroup", { name: CG.panels.user(groupName(v.group)), k: count(v.shown), n: all, more: more() });
    } else if (v.kind === "around") {
      pieces = ownParts("showingAround", { label: CG.panels.user(label(cols.id[v.node])), k: count(v.shown), n: all, more: more() });
    } else {
      pieces = ownParts("showingPaths", { k: count(nodes.length), n: all });
    }
    $("cg-size").textContent = "";
    $("cg-size").appendChild(CG.panels.mixed("span", null, pieces));
    $("cg-size").title = $("cg-size").textContent; // shortened with an ellipsis when the header is narrow
    overviewButton.hidden = !v || v.kind === "overview";
    overviewButton.textContent = own("overview");
  }
  var overviewButton = CG.panels.button("", "", function () { showOverview(); });
  overviewButton.id = "cg-overview";
  overviewButton.type = "button";
  document.querySelector(".cg-tools").insertBefore(overviewButton, $("cg-fit"));

  // ------------------------------------------------------------ legend
  function renderLegend() {
    var list = $("cg-categories");
    var dots = $("cg-dots-hint"); // what the overview's dots and their colours are
    if (!dots) {
      dots = CG.panels.el("p", "cg-hint");
      dots.id = "cg-dots-hint";
      list.parentNode.insertBefore(dots, list.previousElementSibling);
    }
    dots.textContent = own(groups.kind === "category" ? "dotsCategory" : "dotsCommunity") +
      (groups.parts.some(function (n) { return n > 1; }) ? " " + own("dotsBundled") : "");
    renderGroupList(dots);
    list.textContent = "";
    raw.category_order.forEach(function (name) {
      var item = CG.panels.el("li");
      var toggle = CG.panels.button("cg-cat", "", function () { toggleCategory(name); });
      toggle.dataset.category = name;
      toggle.appendChild(CG.draw.swatch(category(name)));
      toggle.appendChild(CG.panels.el("span", "cg-cat-label", categoryLabel(name)));
      toggle.appendChild(CG.panels.el("span", "cg-count", count(counts.get(name) || 0)));
      item.appendChild(toggle);
      list.appendChild(item);
    });
    var key = $("cg-edge-key");
    key.textContent = "";
    [[1, "increases"], [-1, "decreases"], [0, "unsigned"]].forEach(function (pair) {
      var item = CG.panels.el("li");
      item.appendChild(CG.draw.edgeSwatch(pair[0], false)); // dashed as drawn once zoomed in
      item.appendChild(CG.panels.el("span", null, t(pair[1])));
      key.appendChild(item);
    });
    if (ecols.weight_range) {
      var widths = CG.panels.el("li");
      widths.appendChild(CG.draw.widthSwatch());
      widths.appendChild(CG.panels.el("span", null, t("weightKey", { low: number(ecols.weight_range[0]), high: number(ecols.weight_range[1]) })));
      key.appendChild(widths);
    }
    renderLegendState();
  }
  /* The groups as buttons (the largest first), folded under one summary: a keyboard opens a group
     as a click on its dot does. */
  function renderGroupList(after) {
    var box = $("cg-groups");
    if (!box) {
      box = CG.panels.el("details", "cg-groups");
      box.id = "cg-groups";
      box.appendChild(CG.panels.el("summary"));
      box.appendChild(CG.panels.el("ul", "cg-group-list"));
      after.after(box);
    }
    box.querySelector("summary").textContent = own("groupsList", { g: count(G) });
    var list = box.querySelector("ul");
    list.textContent = "";
    var order = [];
    for (var g = 0; g < G; g += 1) { order.push(g); }
    order.sort(function (a, b) { return groups.members[b] - groups.members[a] || a - b; });
    order.forEach(function (g) {
      var item = CG.panels.el("li");
      var open = CG.panels.button("cg-group", "", function () { openGroup(g, open); });
      open.dataset.group = String(g);
      open.appendChild(CG.draw.swatch({ color: groupColor(g), shape: groupShape(g) }));
      open.appendChild(CG.panels.el("span", "cg-cat-label", groupName(g)));
      open.appendChild(CG.panels.el("span", "cg-count", count(groups.members[g])));
      item.appendChild(open);
      list.appendChild(item);
    });
  }
  function renderLegendState() {
    Array.prototype.forEach.call(document.querySelectorAll(".cg-cat"), function (toggle) {
      toggle.setAttribute("aria-pressed", state.hidden.has(toggle.dataset.category) ? "false" : "true");
    });
    $("cg-show-all").hidden = state.hidden.size === 0;
  }
  function toggleCategory(name) {
    if (state.hidden.has(name)) { state.hidden.delete(name); } else { state.hidden.add(name); }
    apply();
  }
  $("cg-show-all").addEventListener("click", function () { state.hidden.clear(); apply(); });

  // ------------------------------------------------------------ search and path finder
  /* The suggestions for a text; the last few lists are kept, so that Find or Enter after typing
     does not search the whole graph again for a list just shown (search, from and to). */
  var suggested = new Map();
  function suggest(text) {
    var key = state.lang + " " + text;
    var items = suggested.get(key);
    if (!items) {
      items = suggestNow(text);
      if (suggested.size >= 6) { suggested.delete(suggested.keys().next().value); }
      suggested.set(key, items);
    }
    return items;
  }
  function suggestNow(text) {
    return CG.search.match(searchIndex(), text, function (n) { return label(n.id); }).map(function (hit) {
      var primary = label(hit.node.id);
      var secondary = CG.search.normalise(hit.name) === CG.search.normalise(primary) ? categoryLabel(hit.node.category) : hit.name;
      return { id: hit.node.id, primary: primary, secondary: secondary };
    });
  }
  var search = CG.search.combobox($("cg-search"), $("cg-search-list"), {
    suggest: suggest,
    choose: function (item) { $("cg-search").value = label(item.id); focusNode(item.id, true); }
  });
  var ends = {};
  ["from", "to"].forEach(function (end) {
    var input = $("cg-" + end);
    ends[end] = { input: input, id: null, box: CG.search.combobox(input, $("cg-" + end + "-list"), { suggest: suggest, choose: function (item) { setEnd(end, item.id); } }) };
    input.addEventListener("input", function () { ends[end].id = null; });
  });
  function setEnd(end, id) { ends[end].id = id; ends[end].input.value = id === null ? "" : label(id); }
  function resolve(end) {
    if (ends[end].id !== null) { return ends[end].id; }
    var hits = suggest(ends[end].input.value);
    if (hits.length) { setEnd(end, hits[0].id); return hits[0].id; }
    return null;
  }
  function sayAnswer(pieces) { // shown in the path answer and said once by the status line, as page.js does
    var box = $("cg-path-result");
    box.textContent = "";
    CG.listView.announce($("cg-status"), box.appendChild(CG.panels.mixed("p", "cg-muted", pieces)).textContent);
  }
  function findPaths() {
    var missing = ["from", "to"].filter(function (end) { return resolve(end) === null; });
    if (missing.length) {
      var text = ends[missing[0]].input.value.trim();
      sayAnswer(text ? CG.tParts(state.lang, "notFound", { q: CG.panels.user(text) }) : [t("chooseNode")]);
      if (text) { offerNear(missing[0], nearNames(text)); }
      ends[missing[0]].input.focus();
      return;
    }
    var a = ends.from.id;
    var b = ends.to.id;
    if (a === b) { drawOnce(function () { clearFocus(); state.answer = null; apply(); }); sayAnswer([t("same")]); return; }
    var result = CG.paths.findPaths(pathModel(), a, b, { maxHops: MAX_HOPS, maxPaths: MAX_PATHS });
    if (!result.paths.length) { // what was tried: how far the arrows lead from here, and the other way round
      result.reached = CG.paths.reachable(pathModel(), a, MAX_HOPS);
      result.back = CG.paths.findPaths(pathModel(), b, a, { maxHops: MAX_HOPS, maxPaths: MAX_PATHS });
      if (pathModel().directed) { result.ignoring = pathsAnyWay(indexOf.get(a), indexOf.get(b)); } // the whole truth
    }
    drawOnce(function () {
      clearFocus();
      state.answer = { from: a, to: b, result: result, lit: pathLit(result.paths) };
      result.paths.forEach(function (p) { p.nodes.forEach(function (id) { state.hidden.delete(byId(id).category); }); });
      var shown = result.paths.length ? Array.from(state.answer.lit.nodes) : [indexOf.get(a), indexOf.get(b)];
      draw({ kind: "paths" }, shown);
      fit(null, false);
    });
    renderAnswer();
  }
  function renderAnswer() {
    var box = $("cg-path-result");
    box.textContent = "";
    if (state.answer && state.answer.result) { box.appendChild(CG.panels.pathResult(ctx, state.answer.from, state.answer.to, state.answer.result, MAX_HOPS)); }
  }
  function markChain(c) {
    Array.prototype.forEach.call(document.querySelectorAll(".cg-chain"), function (b, j) { b.setAttribute("aria-pressed", j === c ? "true" : "false"); });
  }
  /* "Did you mean ...?" with a button per close name, which takes it and tries again. */
  var nameTable = null; // every name, for "did you mean": made when first needed
  function nearNames(text) {
    nameTable = nameTable || CG.suggest.table(nodeList);
    return CG.suggest.near(nameTable, text);
  }
  function offerNear(end, found) {
    if (!found.length) { return; }
    var line = CG.panels.el("p", "cg-near", t("didYouMean") + " ");
    found.forEach(function (hit, i) {
      if (i) { line.appendChild(document.createTextNode(i === found.length - 1 ? " " + t("or") + " " : ", ")); }
      line.appendChild(CG.panels.button("cg-link", label(hit.node), function () { setEnd(end, hit.node); findPaths(); }));
    });
    line.appendChild(document.createTextNode("?"));
    $("cg-path-result").appendChild(line);
  }
  function swapEnds() {
    var id = ends.from.id;
    var text = ends.from.input.value;
    ends.from.id = ends.to.id;
    ends.from.input.value = ends.to.input.value;
    ends.to.id = id;
    ends.to.input.value = text;
  }
  /* Find on a click or on Enter in either field (Enter not taken by a suggestion list): no form
     submission, which a sandboxed notebook iframe (sandbox="allow-scripts") blocks. */
  $("cg-find").addEventListener("click", findPaths);
  ["from", "to"].forEach(function (end) {
    ends[end].input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.defaultPrevented) { event.preventDefault(); findPaths(); }
    });
  });
  $("cg-swap").addEventListener("click", swapEnds);
  /* The side panels as a drawer (narrow pages): open and close it; asking for a path opens it. */
  function openPanels(open) {
    $("cg-side").classList.toggle("cg-open", open);
    $("cg-panels").setAttribute("aria-expanded", open ? "true" : "false");
  }
  $("cg-panels").addEventListener("click", function () { openPanels(!$("cg-side").classList.contains("cg-open")); });
  $("cg-clear").addEventListener("click", function () { setEnd("from", null); setEnd("to", null); clearAll(); });
  $("cg-fit").addEventListener("click", function () { fit(null, true); });

  // ------------------------------------------------------------ language, keyboard
  function translate() {
    document.documentElement.lang = state.lang;
    document.title = raw.title[state.lang] || raw.title.en;
    $("cg-title").textContent = document.title;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (item) { item.textContent = t(item.dataset.t); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-placeholder]"), function (item) { item.placeholder = t(item.dataset.tPlaceholder); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-label]"), function (item) { item.setAttribute("aria-label", t(item.dataset.tLabel)); });
    $("cg-note").textContent = t("hiddenAll");
    Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (b) { b.setAttribute("aria-pressed", b.dataset.lang === state.lang ? "true" : "false"); });
    say();
  }
  function setLang(lang) {
    if (lang !== "en" && lang !== "nl") { return; }
    state.lang = lang;
    translate();
    renderLegend();
    if (state.view.kind === "overview") { draw(state.view, []); } else { apply(); }
    ["from", "to"].forEach(function (end) { if (ends[end].id !== null) { setEnd(end, ends[end].id); } });
    renderAnswer();
    if (detailsRender) { showDetails(detailsRender); }
    search.close();
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (b) {
    b.addEventListener("click", function () { setLang(b.dataset.lang); });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (!event.defaultPrevented) { escape(); }
    } else if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      $("cg-search").focus();
    }
  });

  var ctx = {
    lang: function () { return state.lang; },
    t: t,
    number: number,
    label: label,
    node: byId,
    change: function (id) { return changes.get(id) || "amount"; }, // what a change in a concept means
    category: category,
    categoryLabel: categoryLabel,
    relationLabel: relationLabel,
    edges: edgeList,
    tParts: function (key, values) { return CG.tParts(state.lang, key, values); },
    source: function (id) { return ownEntry(raw.sources, id); },
    edgesOf: function (id) { return edgesOfIndex(indexOf.get(id)); },
    onEdge: focusEdge,
    onNode: function (id) { focusNode(id, true); },
    onPathsFrom: function (id) { openPanels(true); setEnd("from", id); ends.to.input.focus(); },
    onPathsTo: function (id) { openPanels(true); setEnd("to", id); ends.from.input.focus(); },
    onChain: focusChain,
    onReverse: function () { swapEnds(); findPaths(); }
  };

  // ------------------------------------------------------------ the list view (listview.js)
  /* What is drawn now: the groups of the overview, else the drawn (or the lit) concepts and relations. */
  function describe() {
    var v = state.view;
    var now = lit();
    var view = {
      focus: state.focus, answer: state.answer, lit: !!now, concepts: [], relations: [],
      total: { nodes: N, edges: M }, shown: { nodes: N, edges: M }, says: $("cg-size").textContent,
      degree: function (id) { return CG.listView.claims(ctx, edgesOfIndex(indexOf.get(id))).length; }
    };
    if (!v || v.kind === "overview") {
      view.groups = nodes.getIds().map(function (id) {
        var g = Number(String(id).slice(1));
        return { label: groupName(g), count: count(members.start[g + 1] - members.start[g]), open: function () { openGroup(g); } };
      });
      return view;
    }
    var shown = function (id) { return !state.hidden.has(byId(id).category); };
    if (now) {
      view.concepts = Array.from(now.core).concat(Array.from(now.nodes).filter(function (i) { return !now.core.has(i); }))
        .map(function (i) { return cols.id[i]; }).filter(shown);
      view.relations = CG.listView.claims(ctx, Array.from(now.edges));
    } else {
      view.concepts = nodes.getIds().filter(shown);
      view.relations = CG.listView.claims(ctx, edges.getIds());
    }
    return view;
  }
  var list = CG.listView.create({
    ctx: ctx, describe: describe, toggle: $("cg-list-toggle"), box: $("cg-list"), body: $("cg-list-body"), title: $("cg-list-title"),
    status: $("cg-status"), onToggle: function (on) { if (!on) { network.redraw(); } }
  });

  // ------------------------------------------------------------ opening
  translate();
  renderLegend();
  var opening = raw.highlight || { nodes: [], paths: [] };
  var openIds = Array.prototype.concat.apply(opening.nodes.slice(), opening.paths);
  if (openIds.length) {
    var openEdges = [];
    opening.paths.forEach(function (p) {
      for (var s = 0; s + 1 < p.length; s += 1) { openEdges = openEdges.concat(pathModel().steps.get(p[s] + "\u0000" + p[s + 1]) || []); }
    });
    var openIdx = openIds.map(function (id) { return indexOf.get(id); });
    state.answer = { from: null, to: null, result: null, lit: litSet(openIdx, [], openEdges) };
    draw({ kind: "paths" }, Array.from(new Set(openIdx)));
    state.answer = { lit: state.answer.lit }; // lit, but no answer to list
  } else {
    draw({ kind: "overview" }, []);
  }
  fit(null, false);
  network.once("afterDrawing", function () {
    document.body.setAttribute("data-ready", "1");
    window.cgReadyMs = performance.now();
    // once the overview is up: the search index, then the path finder's adjacency
    setTimeout(function () { searchIndex(); setTimeout(pathModel, 0); }, 0);
  });
  network.redraw();

  window.cgNetwork = network;
  window.cg = {
    network: network, nodes: nodes, edges: edges, state: state, overview: true, ctx: ctx,
    data: { nodes: nodeList, edges: edgeList, groups: groups, degree: degree },
    findPaths: function (a, b, opts) { return CG.paths.findPaths(pathModel(), a, b, opts); },
    groupOf: function (id) { return groupOf[indexOf.get(id)]; },
    setLang: setLang, focusNode: focusNode, openGroup: openGroup, showOverview: showOverview,
    toggleCategory: toggleCategory, clear: clearAll
  };
}(window.CG = window.CG || {}));
