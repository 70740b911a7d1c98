/* concept-graph page: draws the graph held in #cg-data with vis-network and wires the controls.

   State: the language, the hidden categories, and what is lit (a focused node, edge
   or chain on top of a path-finder answer on top of the highlight the page opened
   with). apply() brings the drawn graph in line with the state. All user text is set
   with textContent, never parsed as markup. */
(function (CG) {
  "use strict";
  /* The payload holds nodes and edges as rows (graph/payload.py); make them objects again. */
  function expand(raw) {
    var texts = raw.texts;
    raw.nodes = raw.nodes.map(function (r) {
      var n = { id: r[0], label: r[1], label_nl: r[2] || r[1], category: raw.category_order[r[3]], description: r[4], synonyms: r[5], size: r[6] };
      if (r[7]) { n.wrapped = { en: r[7][0], nl: r[7][1] }; }
      return n;
    });
    var weights = raw.weights; // only when the edges' weights differ: drawn as line width
    raw.edges = raw.edges.map(function (r, i) {
      var e = {
        from: raw.nodes[r[0]].id, to: raw.nodes[r[1]].id, relation: texts.relation[r[2]], sign: r[3],
        evidence: r[4], source_doc: texts.source_doc[r[5]], section: texts.section[r[6]], evidence_nl: r[7] || ""
      };
      if (weights) { e.width = weights.widths[i]; e.weight = weights.values[i]; }
      return e;
    });
    /* Undirected edges (graph/payload.py): 1 for all, else their positions. */
    if (raw.undirected === 1) { raw.edges.forEach(function (e) { e.undirected = true; }); }
    else if (raw.undirected) { raw.undirected.forEach(function (i) { raw.edges[i].undirected = true; }); }
    /* Directions ignored (build --undirected): an edge of no stated relation or sign is a link, as in Python. */
    if (raw.anyway === 1) {
      raw.edges.forEach(function (e) { if (e.relation === "related_to" && !e.sign) { e.undirected = true; } });
    }
    /* Claims their source states with a hedge ("may", "kan"): their positions. */
    if (raw.hedged) { raw.hedged.forEach(function (i) { raw.edges[i].hedged = true; }); }
    return raw;
  }
  var data = expand(JSON.parse(document.getElementById("cg-data").textContent));
  var fast = data.drawing === "fast";
  var MAX_HOPS = 4;
  var MAX_PATHS = 20;
  var $ = function (id) { return document.getElementById(id); };
  var motion = !(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  var state = {
    lang: data.lang === "nl" ? "nl" : "en",
    hidden: new Set(),
    focus: null,   // {kind: "node"|"edge"|"chain", ...}
    answer: null,  // {from, to, result}
    opening: null, // the highlight the page opened with
    edgesDimmed: false, // large graphs: whether the network's edge opacity is lowered
    applied: { nodes: [], edges: [] } // what each drawn item shows now (see apply)
  };

  // ------------------------------------------------------------ the data, indexed
  var byId = new Map();
  var changes = new Map(data.changes || []); // [[id, "quality" | "risk" | "balance"], ...] (graph/page/payload.py)
  var indexOf = new Map();
  var touching = new Map();
  data.nodes.forEach(function (n, i) { byId.set(n.id, n); indexOf.set(n.id, i); touching.set(n.id, { out: [], in: [] }); });
  data.edges.forEach(function (e, i) { touching.get(e.from).out.push(i); touching.get(e.to).in.push(i); });
  if (data.communities) { // no categories in the data: the legend lists communities
    $("cg-legend-title").dataset.t = "communities";
    document.querySelector("#cg-legend-title + .cg-hint").dataset.t = "communitiesHint";
  }
  var model = CG.paths.model(data.nodes, data.edges, data.anyway === 1); // anyway: build --undirected
  var anyWay = null; // the same graph with every edge walked both ways, made when first needed
  var names = CG.search.index(data.nodes);
  var nameTable = null; // every name, for "did you mean": made when first needed
  function nearNames(text) {
    nameTable = nameTable || CG.suggest.table(data.nodes);
    return CG.suggest.near(nameTable, text);
  }
  var counts = new Map(); // keyed by category name: a Map, so "constructor" or "__proto__" are names like any other
  data.nodes.forEach(function (n) { counts.set(n.category, (counts.get(n.category) || 0) + 1); });
  /* table[key] only when the table (parsed JSON) holds it itself, never what Object.prototype has. */
  function own(table, key) { return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined; }

  function t(key, values) { return CG.t(state.lang, key, values); }
  function count(x) { return x.toLocaleString(state.lang === "nl" ? "nl-NL" : "en-US"); }
  /* A weight as people of the page's language write it: at most three decimals. */
  function number(x) {
    var text = String(Math.round(x * 1000) / 1000);
    return state.lang === "nl" ? text.replace(".", ",") : text;
  }
  function pick(entry, fallback) {
    if (!entry) { return fallback; }
    return (state.lang === "nl" ? entry.label_nl || entry.label : entry.label) || fallback;
  }
  function label(id) { return pick(byId.get(id), id); }
  /* The label as drawn in the graph: long ones on more lines. */
  function drawnLabel(n) { return n.wrapped ? n.wrapped[state.lang] : label(n.id); }
  function category(name) { return own(data.categories, name) || { label: name, color: "#97c2fc", shape: "dot" }; }
  function categoryLabel(name) { return pick(own(data.categories, name), String(name).replace(/_/g, " ")); }
  function relationLabel(e) {
    var entry = own(data.relations, e.relation);
    var plain = pick(entry, String(e.relation).replace(/_/g, " "));
    return e.hedged ? CG.panels.hedgedWords(entry, plain, state.lang) : plain;
  }
  /* A node's edges, out then in; a loop once. */
  function edgesOf(id) {
    var k = touching.get(id);
    return k.out.concat(k.in.filter(function (i) { return data.edges[i].from !== id; }));
  }
  function degreeOf(id) { var k = touching.get(id); return k.out.length + k.in.length; }

  // ------------------------------------------------------------ drawing
  function tooltip(parts) {
    var box = CG.panels.el("div", "cg-tip");
    parts.forEach(function (part, i) {
      if (part) { box.appendChild(CG.panels.el(i === 0 ? "strong" : "span", i > 1 ? "cg-muted" : null, part)); }
    });
    return box;
  }
  function nodeTip(n) { return tooltip([label(n.id), categoryLabel(n.category), n.description]); }
  function edgeTip(e, i) { return tooltip([CG.panels.edgeSentence(ctx, i), CG.panels.evidenceText(ctx, e)]); }

  /* Edges between the same two nodes get distinct curves; a lone edge is straight. */
  var curves = (function () {
    var seen = new Map();
    var total = new Map();
    var pair = function (e) { return e.from < e.to ? e.from + "\u0000" + e.to : e.to + "\u0000" + e.from; };
    data.edges.forEach(function (e) { total.set(pair(e), (total.get(pair(e)) || 0) + 1); });
    return data.edges.map(function (e) {
      var key = pair(e) + (e.from < e.to ? ">" : "<");
      var rank = seen.get(key) || 0;
      seen.set(key, rank + 1);
      if (fast || total.get(pair(e)) === 1 || e.from === e.to) { return e.from === e.to ? { enabled: false } : false; }
      return { enabled: true, type: "curvedCW", roundness: 0.12 + 0.16 * rank };
    });
  }());

  function lit() {
    if (state.focus) { return state.focus.lit; }
    if (state.answer) { return state.answer.lit; }
    return state.opening;
  }

  /* A small view (labels.js): the font size of each label drawn larger than its own, 0 for one not drawn;
     empty when the labels are readable at their own size. Made again when the scale, what is lit, the
     hidden categories or the language change. */
  var readable = new Map();
  var ownBox = new Map(); // shapes around their label: their size with the label at its own size (as first drawn)
  var readableFor = "";
  var byDegree = null; // the nodes, best connected first
  function updateReadable(now) {
    if (fast || (data.hubs && data.hubs.length) || !network) { return; }
    var size = CG.labels.sizeFor(network.getScale());
    var key = size + "/" + state.lang + "/" + Array.from(state.hidden).join("\u0000");
    if (key === readableFor && now === updateReadable.now) { return; }
    readableFor = key;
    updateReadable.now = now;
    readable = new Map();
    if (!size) { return; }
    byDegree = byDegree || data.nodes.map(function (n, i) { return i; }).sort(function (a, b) { return edgesOf(data.nodes[b].id).length - edgesOf(data.nodes[a].id).length || a - b; });
    var at = network.getPositions(data.nodes.map(function (n) { return n.id; })); // hidden ones too: about to show
    var first = [];
    var rest = [];
    byDegree.forEach(function (i) {
      var n = data.nodes[i];
      if (state.hidden.has(n.category)) { return; }
      var item = { id: n.id, x: at[n.id].x, y: at[n.id].y, r: n.size || 12, text: drawnLabel(n), always: !!(now && now.core.has(n.id)) };
      if (CG.labels.INSIDE[category(n.category).shape] === 1) {
        if (!ownBox.has(n.id)) {
          var b = network.getBoundingBox(n.id);
          var size = network.body.nodes[n.id].labelModule.size; // vis-network's own measure of the label
          ownBox.set(n.id, { w: b.right - b.left, h: b.bottom - b.top, lw: size.width, lh: size.height });
        }
        item.own = ownBox.get(n.id);
      }
      (now && now.nodes.has(n.id) ? first : rest).push(item);
    });
    var items = first.filter(function (item) { return item.always; }).concat(first.filter(function (item) { return !item.always; }), rest);
    var shown = CG.labels.place(items, size);
    items.forEach(function (item) { readable.set(item.id, shown.has(item.id) ? size : 0); });
  }

  var hubFont = new Map(); // community view: the labels shown at the overview zoom, with their font size
  function nodeItem(n, look, hidden) {
    var item = CG.draw.nodeStyle(category(n.category), n.size || 12, look);
    if (hubFont.has(n.id)) { item.font.size = hubFont.get(n.id); }
    if (readable.has(n.id)) { item.font.size = readable.get(n.id) || 0.01; } // 0: too small for vis to draw
    var own = ownBox.get(n.id); // a shape around its label keeps its size when its label is not drawn
    item.widthConstraint = own && readable.get(n.id) === 0 ? { minimum: own.lw } : false; // vis sizes the label, the shape around it
    item.heightConstraint = own && readable.get(n.id) === 0 ? { minimum: own.lh } : false;
    item.id = n.id;
    item.label = drawnLabel(n);
    item.hidden = hidden;
    return item;
  }
  var DIM_OPACITY = 0.12;
  /* A dimmed node of a large graph: its colours at this opacity, over the background as a small page
     fades them (draw.js fade(color, 0.8)); ownOpacity[i]: node i has been given an opacity of its own. */
  var DIM_NODE = 0.2;
  var ownOpacity = [];
  var labelled = []; // edges that have shown their relation: vis keeps an old label unless given another
  var EDGE_FONT = { face: CG.draw.FONT, size: 12, color: CG.draw.INK.edgeText, strokeWidth: 4, strokeColor: CG.draw.INK.halo, align: "middle" };
  /* The relation each lit edge shows, when the lit set shows relations (parallel edges share one label). */
  function litLabels(now) {
    if (!now || !now.labels) { return new Map(); }
    return CG.draw.pairLabels(now.edges, function (i) { return [data.edges[i].from, data.edges[i].to]; }, function (i) { return relationLabel(data.edges[i]); });
  }
  function edgeItem(e, i, look, hidden, text) {
    var item = CG.draw.edgeStyle(e.sign, look, fast, e.width);
    if (e.undirected) { item.arrows = { to: { enabled: false } }; } // a link, not an arrow
    item.id = i;
    item.hidden = hidden;
    if (look === "lit" && text !== undefined) {
      item.label = text;
      labelled[i] = true;
    } else if (labelled[i]) {
      item.label = " "; // vis keeps the old label for ""
    }
    item.font = EDGE_FONT;
    return item;
  }

  /* Bring the drawn graph in line with the state; only items whose look changed are updated, in one
     update of each DataSet and one drawing. A large graph dims all at once: its edges by the network's
     edge opacity, its nodes by the network's node opacity (and their labels as drawn, see inkLabels),
     so lighting a node or a path updates only the items that light up, not thousands that dim. */
  function apply() {
    drawOnce(applyNow);
  }
  function applyNow() {
    var now = lit();
    if (fast && !!now !== state.edgesDimmed) {
      state.edgesDimmed = !!now;
      network.setOptions({ edges: { color: { opacity: now ? DIM_OPACITY : 1 } }, nodes: { opacity: now ? DIM_NODE : 1 } });
    }
    var nodeUpdates = [];
    var edgeUpdates = [];
    var shown = new Set();
    var applied = state.applied;
    updateReadable(now);
    data.nodes.forEach(function (n, i) {
      var hidden = state.hidden.has(n.category);
      if (!hidden) { shown.add(n.id); }
      var look = !now ? "normal" : now.core.has(n.id) ? "lit" : now.nodes.has(n.id) ? "normal" : "dim";
      var opacity = null; // large graphs: the node's own opacity, null while it takes the network's
      if (fast) {
        opacity = look === "dim" ? (ownOpacity[i] ? DIM_NODE : null) : (now || ownOpacity[i] ? 1 : null);
        look = look === "dim" ? "normal" : look; // dimmed by its opacity
      }
      var sig = look + hidden + state.lang + (readable.has(n.id) ? "/" + readable.get(n.id) : "") + (opacity === null ? "" : "/" + opacity);
      if (applied.nodes[i] !== sig) {
        var item = nodeItem(n, look, hidden);
        if (opacity !== null) { item.opacity = opacity; ownOpacity[i] = true; }
        nodeUpdates.push(item);
        applied.nodes[i] = sig;
      }
    });
    var edgesShown = 0;
    var texts = litLabels(now);
    data.edges.forEach(function (e, i) {
      var hidden = !shown.has(e.from) || !shown.has(e.to);
      if (!hidden) { edgesShown += 1; }
      var look = !now ? "normal" : now.edges.has(i) ? "lit" : fast ? "normal" : "dim";
      var text = look === "lit" ? texts.get(i) : undefined;
      var sig = look + hidden + (text !== undefined ? "\u0000" + text : ""); // only a shown relation speaks a language
      if (applied.edges[i] !== sig) {
        edgeUpdates.push(edgeItem(e, i, look, hidden, text));
        applied.edges[i] = sig;
      }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    $("cg-note").hidden = shown.size > 0 || !data.nodes.length;
    state.shown = { nodes: shown.size, edges: edgesShown };
    renderSize();
    renderLegendState();
    if (list) { list.changed(); }
  }

  // ------------------------------------------------------------ the network
  var startSig = "normal" + false + state.lang;
  var nodes = new vis.DataSet(data.nodes.map(function (n, i) {
    var item = nodeItem(n, "normal", false);
    item.x = data.positions[i][0];
    item.y = data.positions[i][1];
    state.applied.nodes[i] = startSig;
    return item;
  }));
  var LABEL_THRESHOLD = fast ? 9 : 5; // a large graph shows labels only once zoomed in far enough to read them
  CG.draw.useNodes(nodes, LABEL_THRESHOLD);
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var item = edgeItem(e, i, "normal", false);
    item.from = e.from;
    item.to = e.to;
    item.smooth = curves[i];
    state.applied.edges[i] = "normal" + false;
    return item;
  }));
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    physics: false,
    interaction: {
      hover: true, tooltipDelay: 150, selectConnectedEdges: false, hoverConnectedEdges: false,
      keyboard: { enabled: true, bindToWindow: false }, multiselect: false,
      hideEdgesOnDrag: fast, hideEdgesOnZoom: fast
    },
    edges: { selectionWidth: 1.5, hoverWidth: 0.8, arrows: { to: { enabled: false, scaleFactor: 0.65 } } },
    nodes: { chosen: true, scaling: { label: { drawThreshold: LABEL_THRESHOLD } } }
  };
  var container = $("cg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  CG.draw.nameFrame(container);
  CG.draw.guardWheel(network, container, function () { return t("wheelHint"); });

  /* vis-network draws the graph after each update of its data, options or selection; draw once for
     several. The outermost call draws. (_blockRedraw and _allowRedraw are vis-network's own events,
     which its stabilisation uses.) */
  var blocked = 0;
  function drawOnce(work) {
    if (blocked === 0) { network.body.emitter.emit("_blockRedraw"); }
    blocked += 1;
    try {
      work();
    } finally {
      blocked -= 1;
      if (blocked === 0) {
        network.body.emitter.emit("_allowRedraw");
        network.redraw();
      }
    }
  }
  /* A large graph's dimmed nodes (their opacity lowered, see apply) draw their labels in the dimmed
     ink, as a small page's do: set as each drawing starts on vis-network's label of each node (its
     font and the lines it has measured, which it makes again when the node is updated or hovered),
     so that no label is measured again. node.cgInk: the label's own ink while it is dimmed. */
  var inked = false;
  function paintLabel(label, color) {
    label.fontOptions.color = color;
    (label.lines || []).forEach(function (line) { (line.blocks || []).forEach(function (block) { block.color = color; }); });
  }
  function inkLabels() {
    if (!state.edgesDimmed && !inked) { return; }
    inked = state.edgesDimmed;
    var all = network.body.nodes;
    var dimInk = CG.draw.INK.dim;
    Object.keys(all).forEach(function (id) {
      var node = all[id];
      var label = node.labelModule;
      if (!label || !label.fontOptions) { return; }
      var opacity = node.options.opacity;
      if (inked && typeof opacity === "number" && opacity < 1) {
        if (node.cgInk === undefined) { node.cgInk = label.fontOptions.color; }
        var first = label.lines && label.lines[0] && label.lines[0].blocks && label.lines[0].blocks[0];
        if (label.fontOptions.color !== dimInk || (first && first.color !== dimInk)) { paintLabel(label, dimInk); }
      } else if (node.cgInk !== undefined) {
        paintLabel(label, node.cgInk);
        node.cgInk = undefined;
      }
    });
  }
  if (fast) { network.on("beforeDrawing", inkLabels); }

  /* A large graph draws its arrows only once zoomed in as far as its labels show. */
  if (fast) {
    var detailed = false;
    network.on("afterDrawing", function () {
      var wanted = network.getScale() * 16 >= LABEL_THRESHOLD - 1;
      if (wanted !== detailed) {
        detailed = wanted;
        setTimeout(function () { network.setOptions({ edges: { arrows: { to: { enabled: detailed, scaleFactor: 0.65 } } } }); }, 0);
      }
    });
  }

  /* Tooltips are made when first needed (and again after a language switch), not for every item up front. */
  var titled = { nodes: [], edges: [] };
  network.on("hoverNode", function (params) {
    var i = indexOf.get(params.node);
    if (titled.nodes[i] !== state.lang) {
      titled.nodes[i] = state.lang;
      nodes.update({ id: params.node, title: nodeTip(data.nodes[i]) });
    }
  });
  network.on("hoverEdge", function (params) {
    var i = params.edge;
    var update = { id: i, label: relationLabel(data.edges[i]) }; // the relation shows while hovered
    labelled[i] = true;
    if (titled.edges[i] !== state.lang) {
      titled.edges[i] = state.lang;
      update.title = edgeTip(data.edges[i], i);
    }
    edges.update(update);
  });
  network.on("blurEdge", function (params) {
    var now = lit();
    if (!(now && now.labels && now.edges.has(params.edge))) { edges.update({ id: params.edge, label: " " }); }
  });

  /* The part of the canvas the details panel leaves free: {left, width, top, height} in canvas pixels.
     The card is never wider than about half the canvas (page.css), so this is the larger part; on a
     phone the card is a sheet along the bottom (page.css), and the free part is above it. */
  function freeArea() { return CG.panels.freeArea(container); }
  function drawerWidth() { return CG.panels.drawerWidth(); }
  function animation() { return motion ? { duration: 350, easingFunction: "easeInOutQuad" } : false; }

  function around(point, size) { return { left: point.x - size, right: point.x + size, top: point.y - size, bottom: point.y + size }; }
  /* Show the given nodes (default: all shown ones) as large as the free canvas allows,
     at most at scale maxScale (default: 1 for given nodes, 1.6 for the whole graph). */
  function fit(ids, animate, maxScale) {
    var visible = (ids || data.nodes.map(function (n) { return n.id; })).filter(function (id) { return !state.hidden.has(byId.get(id).category); });
    if (!visible.length) { return; }
    var box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    var at = fast ? network.getPositions(visible) : null;
    visible.forEach(function (id) {
      // a large graph is fitted by its shapes: its labels are not drawn (nor measured) at that scale
      var b = fast ? around(at[id], byId.get(id).size) : network.getBoundingBox(id);
      box.left = Math.min(box.left, b.left);
      box.right = Math.max(box.right, b.right);
      box.top = Math.min(box.top, b.top);
      box.bottom = Math.max(box.bottom, b.bottom);
    });
    var pad = 16;
    var free = freeArea();
    var room = { width: free.width - 2 * pad, height: free.height - 2 * pad };
    if (!(room.width > 0 && room.height > 0)) { fitWhenSized(ids); return; }  // not laid out yet (hidden, collapsed)
    var scale = Math.min(room.width / Math.max(1, box.right - box.left),
      room.height / Math.max(1, box.bottom - box.top), maxScale || (ids ? 1.0 : 1.6));
    network.moveTo({
      position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
      offset: freeOffset(free),
      scale: scale,
      animation: animate ? animation() : false
    });
    refit = { ids: ids, maxScale: maxScale };
  }

  /* The fit the view shows, made again when the drawing changes size (a window narrowed, a phone
     turned): null once the view has been zoomed or moved by hand, which a resize then leaves as it is. */
  var refit = null;
  var refitting = null;
  network.on("resize", function () {
    if (!refit) { return; }
    clearTimeout(refitting);
    refitting = setTimeout(function () { if (refit) { fit(refit.ids, false, refit.maxScale); } }, 50);
  });
  function movedByHand() { refit = null; }
  network.on("zoom", movedByHand);
  network.on("dragEnd", function (params) { if (!params.nodes.length) { movedByHand(); } });
  container.addEventListener("keydown", function (event) {
    if (/^(Arrow|\+|-|=|PageUp|PageDown)/.test(event.key)) { movedByHand(); }
  });

  /* Where the middle of the free canvas lies from the middle of the canvas (vis-network's offset). */
  function freeOffset(free) {
    return { x: free.left / 2, y: (free.top + free.height - container.clientHeight) / 2 };
  }
  /* Whether every node of ids is drawn whole inside the free canvas. */
  function inFreeArea(ids) {
    var free = freeArea();
    return ids.every(function (id) {
      var b = network.getBoundingBox(id);
      var a = network.canvasToDOM({ x: b.left, y: b.top });
      var z = network.canvasToDOM({ x: b.right, y: b.bottom });
      return a.x >= free.left && z.x <= free.left + free.width && a.y >= free.top && z.y <= free.top + free.height;
    });
  }
  /* Move the view, only if needed, so that ids (a selection and its neighbours) are in the
     free canvas, zooming out if they do not fit there at the present scale. */
  function reveal(ids) {
    var shown = ids.filter(function (id) { return !state.hidden.has(byId.get(id).category); });
    if (!shown.length || fast || inFreeArea(shown)) { return; }
    fit(shown, true, network.getScale());
  }

  /* Fit once the graph's box has a size: a page opened in a hidden tab, a collapsed
     notebook output or an iframe not yet laid out has none, and a zero scale breaks the view. */
  var waitingForSize = null;
  function fitWhenSized(ids) {
    if (waitingForSize || typeof ResizeObserver === "undefined") { return; }
    waitingForSize = new ResizeObserver(function () {
      if (container.clientWidth > 0 && container.clientHeight > 0) {
        waitingForSize.disconnect();
        waitingForSize = null;
        fit(ids, false);
      }
    });
    waitingForSize.observe(container);
  }

  // ------------------------------------------------------------ what is lit
  var MAX_EDGE_LABELS = 14;
  /* What to light: core nodes (emphasised), other nodes, edges, and whether the lit edges show
     their relation (labels: only for one edge or one chain, whose labels do not pile up; the
     relations of a node are in its card, and any edge shows its relation while hovered). */
  function litSet(core, extraNodes, edgeList, labels) {
    var edgeSet = new Set(edgeList);
    return { core: new Set(core), nodes: new Set(core.concat(extraNodes)), edges: edgeSet, labels: !!labels && edgeSet.size <= MAX_EDGE_LABELS };
  }
  function pathLit(paths) {
    var ns = [];
    var es = [];
    paths.forEach(function (p) {
      ns = ns.concat(p.nodes);
      p.steps.forEach(function (s) { es = es.concat(s.edges); });
    });
    return litSet(ns, [], es, paths.length === 1);
  }
  function showCategoriesOf(ids) {
    ids.forEach(function (id) { state.hidden.delete(byId.get(id).category); });
  }

  function focusNode(id, centre) {
    if (!byId.has(id)) { return; }
    opened.remember();
    showCategoriesOf([id]);
    var k = touching.get(id);
    var near = k.out.map(function (i) { return data.edges[i].to; }).concat(k.in.map(function (i) { return data.edges[i].from; }));
    state.focus = { kind: "node", id: id, lit: litSet([id], near, k.out.concat(k.in)) };
    drawOnce(function () { apply(); network.selectNodes([id], false); }); // one drawing
    showDetails(nodeCard(id));
    if (fast) {
      if (centre) { network.focus(id, { scale: Math.max(network.getScale(), 1), offset: freeOffset(freeArea()), animation: animation() }); refit = null; }
      return;
    }
    // the node and its neighbours beside the card, not under it
    if (centre) { fit([id].concat(near), true, Math.max(network.getScale(), 1)); } else { reveal([id].concat(near)); }
  }
  function focusEdge(index) {
    var e = data.edges[index];
    opened.remember();
    showCategoriesOf([e.from, e.to]);
    state.focus = { kind: "edge", index: index, lit: litSet([e.from, e.to], [], [index], true) };
    drawOnce(function () { apply(); network.setSelection({ nodes: [], edges: [index] }, { unselectAll: true, highlightEdges: false }); });
    showDetails(function () { return CG.panels.edgeDetails(ctx, index); });
    reveal([e.from, e.to]);
  }
  function focusChain(i) {
    var path = state.answer.result.paths[i];
    opened.remember();
    state.focus = { kind: "chain", index: i, lit: pathLit([path]) };
    drawOnce(function () { apply(); network.unselectAll(); });
    markChain(i);
    showDetails(function () { return CG.panels.chainDetails(ctx, path); });
    if (drawerWidth() && $("cg-side").contains(document.activeElement)) { // the drawer would cover the card
      openPanels(false);
      $("cg-details").focus({ preventScroll: true });
    }
    fit(path.nodes, true);
  }
  function clearFocus() {
    state.focus = null;
    network.unselectAll();
    hideDetails();
    markChain(-1);
  }
  function clearAll() {
    drawOnce(function () {
      clearFocus();
      state.answer = null;
      state.opening = null;
      $("cg-path-result").textContent = "";
      apply();
    });
  }
  /* A click on the background undoes one level: focus, then the path answer, then the opening highlight. */
  function stepBack() {
    drawOnce(function () {
      if (state.focus) { clearFocus(); } else if (state.answer) { clearAll(); } else { state.opening = null; }
      apply();
    });
  }

  network.on("click", function (params) {
    if (params.nodes.length) { focusNode(params.nodes[0], false); } else if (params.edges.length) { focusEdge(params.edges[0]); } else { stepBack(); }
  });

  // ------------------------------------------------------------ details panel
  var detailsRender = null;
  var opened = CG.panels.opener($("cg-details"));
  function showDetails(render) {
    detailsRender = render;
    var body = $("cg-details-body");
    body.textContent = "";
    $("cg-details").scrollTop = 0; // while the card is empty: no layout of the new content forced here
    body.appendChild(render());
    var title = body.querySelector(".cg-details-title");
    if (title) { title.id = "cg-details-title"; }
    $("cg-details")[title ? "setAttribute" : "removeAttribute"]("aria-labelledby", "cg-details-title");
    $("cg-details").hidden = false;
  }
  /* A concept's card. A hub's, of more than RELATIONS_SHOWN relations, lists its RELATIONS_SHOWN
     strongest (stated by more sources, then of more weight, then with the better connected concept),
     says so, and has a button that lists the rest: thousands of lines at once held the page for a
     second. Any other card lists all, in the order of the data (the magnesium card's 61, say). */
  var RELATIONS_SHOWN = 100;
  function nodeCard(id) {
    var claims = claimsOf(id);
    var asked = { all: false }; // every relation asked for (kept when the language changes)
    if (claims.length <= RELATIONS_SHOWN) { return function () { return CG.panels.nodeDetails(ctx, id); }; }
    claims.sort(function (a, b) {
      return b.edges.length - a.edges.length || (b.weight > a.weight) - (b.weight < a.weight) ||
        degreeOf(b.other) - degreeOf(a.other) || a.at - b.at;
    });
    return function () {
      var box = cardOf(id, claims.slice(0, RELATIONS_SHOWN));
      return CG.panels.longRelations(box, claims.length, RELATIONS_SHOWN, t, count, asked, function (list, focus) {
        listRest(id, claims, list, focus);
      });
    };
  }
  /* The claims after the first RELATIONS_SHOWN, added to the card's list RELATIONS_BATCH at a time
     (CG.panels.listRest). */
  var RELATIONS_BATCH = 200;
  function listRest(id, claims, list, focus) {
    CG.panels.listRest(claims, list, focus, RELATIONS_SHOWN, RELATIONS_BATCH, function (some) {
      return cardOf(id, some).querySelector(".cg-relations");
    });
  }
  /* A node's claims (its edges grouped by from, relation and to, as the card lists them), in data order. */
  function claimsOf(id) {
    var found = new Map();
    var claims = [];
    edgesOf(id).forEach(function (i) {
      var e = data.edges[i];
      var key = e.from + "\u0000" + e.relation + "\u0000" + e.to;
      var claim = found.get(key);
      if (!claim) {
        claim = { edges: [], other: e.from === id ? e.to : e.from, weight: -Infinity, at: claims.length };
        found.set(key, claim);
        claims.push(claim);
      }
      claim.edges.push(i);
      if (typeof e.weight === "number" && e.weight > claim.weight) { claim.weight = e.weight; }
    });
    return claims;
  }
  /* The shared card (CG.panels.nodeDetails) told to list only the given claims, in their order. */
  function cardOf(id, claims) {
    var only = Object.create(ctx);
    only.edgesOf = function () { return Array.prototype.concat.apply([], claims.map(function (c) { return c.edges; })); };
    return CG.panels.nodeDetails(only, id);
  }
  function hideDetails() {
    detailsRender = null;
    $("cg-details").hidden = true;
    $("cg-details-body").textContent = "";
  }
  $("cg-details-close").addEventListener("click", closeDetails);
  /* Close the card (and the chain's lit state) and give the keyboard back to what opened it; the path
     answer stays. */
  function closeDetails() {
    var chain = state.focus && state.focus.kind === "chain" ? state.focus.index : -1;
    drawOnce(function () { clearFocus(); apply(); });
    if (chain >= 0 && $("cg-panels").offsetParent && !$("cg-side").classList.contains("cg-open")) { openPanels(true); }
    opened.back(chain >= 0 ? document.querySelectorAll(".cg-chain")[chain] : list.on() ? list.title : container.querySelector(".vis-network"));
  }
  /* Escape closes the innermost thing only: the drawer while the keyboard is in it, the card, the
     drawer, then the path answer, then the opening highlight. */
  function escape() {
    var drawer = drawerWidth() > 0;
    if (drawer && $("cg-side").contains(document.activeElement)) { closeDrawer(); return; }
    if (state.focus) { closeDetails(); return; }
    if (drawer) { closeDrawer(); return; }
    var inAnswer = $("cg-path-result").contains(document.activeElement);
    if (state.answer) { clearAll(); } else { state.opening = null; apply(); }
    if (inAnswer) { $("cg-find").focus({ preventScroll: true }); } // its button is gone with the answer
  }

  // ------------------------------------------------------------ legend
  function renderLegend() {
    var list = $("cg-categories");
    list.textContent = "";
    data.category_order.forEach(function (name) {
      var item = CG.panels.el("li");
      var toggle = CG.panels.button("cg-cat", "", function () { toggleCategory(name); });
      toggle.dataset.category = name;
      toggle.appendChild(CG.draw.swatch(category(name)));
      toggle.appendChild(CG.panels.el("span", "cg-cat-label", categoryLabel(name)));
      toggle.appendChild(CG.panels.el("span", "cg-count", String(counts.get(name) || 0)));
      item.appendChild(toggle);
      list.appendChild(item);
    });
    var key = $("cg-edge-key");
    key.textContent = "";
    [[1, "increases"], [-1, "decreases"], [0, "unsigned"]].forEach(function (pair) {
      var item = CG.panels.el("li");
      item.appendChild(CG.draw.edgeSwatch(pair[0], fast));
      item.appendChild(CG.panels.el("span", null, t(pair[1])));
      key.appendChild(item);
    });
    if (data.weights) {
      var range = data.weights.range;
      var widths = CG.panels.el("li");
      widths.appendChild(CG.draw.widthSwatch());
      widths.appendChild(CG.panels.el("span", null, t("weightKey", { low: number(range[0]), high: number(range[1]) })));
      key.appendChild(widths);
    }
    renderLegendState();
  }
  function renderLegendState() {
    Array.prototype.forEach.call(document.querySelectorAll(".cg-cat"), function (toggle) {
      toggle.setAttribute("aria-pressed", state.hidden.has(toggle.dataset.category) ? "false" : "true");
    });
    $("cg-show-all").hidden = state.hidden.size === 0;
  }
  function toggleCategory(name) {
    if (state.hidden.has(name)) { state.hidden.delete(name); } else { state.hidden.add(name); }
    drawOnce(function () {
      if (state.focus && state.focus.kind === "node" && byId.get(state.focus.id).category === name && state.hidden.has(name)) { clearFocus(); }
      apply();
    });
  }
  function showAll() { state.hidden.clear(); apply(); }
  $("cg-show-all").addEventListener("click", showAll);

  // ------------------------------------------------------------ search and path finder
  function suggest(text) {
    return CG.search.match(names, text, function (n) { return label(n.id); }).map(function (hit) {
      var primary = label(hit.node.id);
      var secondary = CG.search.normalise(hit.name) === CG.search.normalise(primary) ? categoryLabel(hit.node.category) : hit.name;
      return { id: hit.node.id, primary: primary, secondary: secondary };
    });
  }
  var search = CG.search.combobox($("cg-search"), $("cg-search-list"), {
    suggest: suggest,
    choose: function (item) { hideSearchNote(); $("cg-search").value = label(item.id); focusNode(item.id, true); },
    none: searchNote
  });
  /* Enter on a search that matches nothing: say so, and offer the names that come close (as the command line does). */
  function searchNote(text) {
    var note = $("cg-search-note");
    note.textContent = "";
    note.appendChild(CG.panels.mixed("span", null, CG.tParts(state.lang, "notFound", { q: CG.panels.user(text) })));
    var found = nearNames(text);
    if (found.length) {
      note.appendChild(document.createTextNode(" " + t("didYouMean") + " "));
      found.forEach(function (hit, i) {
        if (i) { note.appendChild(document.createTextNode(i === found.length - 1 ? " " + t("or") + " " : ", ")); }
        note.appendChild(CG.panels.button("cg-link", label(hit.node), function () {
          hideSearchNote();
          $("cg-search").value = label(hit.node);
          focusNode(hit.node, true);
        }));
      });
      note.appendChild(document.createTextNode("?"));
    }
    note.hidden = false;
  }
  function hideSearchNote() { $("cg-search-note").hidden = true; }
  $("cg-search").addEventListener("input", hideSearchNote);
  var ends = {};
  ["from", "to"].forEach(function (end) {
    var input = $("cg-" + end);
    ends[end] = {
      input: input,
      id: null,
      box: CG.search.combobox(input, $("cg-" + end + "-list"), {
        suggest: suggest,
        choose: function (item) { setEnd(end, item.id); }
      })
    };
    input.addEventListener("input", function () { ends[end].id = null; });
  });
  function setEnd(end, id) {
    ends[end].id = id;
    ends[end].input.value = id === null ? "" : label(id);
  }
  function resolve(end) {
    if (ends[end].id !== null) { return ends[end].id; }
    var hits = suggest(ends[end].input.value);
    if (hits.length) { setEnd(end, hits[0].id); return hits[0].id; }
    return null;
  }
  function say(pieces) {
    var box = $("cg-path-result");
    box.textContent = "";
    announce(box.appendChild(CG.panels.mixed("p", "cg-muted", pieces)).textContent);
  }
  function findPaths() {
    var missing = ["from", "to"].filter(function (end) { return resolve(end) === null; });
    if (missing.length) {
      var end = missing[0];
      var text = ends[end].input.value.trim();
      say(text ? CG.tParts(state.lang, "notFound", { q: CG.panels.user(text) }) : [t("chooseNode")]);
      if (text) { offerNear(end, nearNames(text)); }
      ends[end].input.focus();
      return;
    }
    var from = ends.from.id;
    var to = ends.to.id;
    if (from === to) { drawOnce(function () { clearFocus(); state.answer = null; apply(); }); say([t("same")]); return; }
    var result = CG.paths.findPaths(model, from, to, { maxHops: MAX_HOPS, maxPaths: MAX_PATHS });
    if (!result.paths.length) { // what was tried: how far the arrows lead from here, and the other way round
      result.reached = CG.paths.reachable(model, from, MAX_HOPS);
      result.back = CG.paths.findPaths(model, to, from, { maxHops: MAX_HOPS, maxPaths: MAX_PATHS });
      if (model.directed) { // the whole truth: are there paths against the arrows?
        anyWay = anyWay || CG.paths.model(data.nodes, data.edges, true);
        result.ignoring = CG.paths.findPaths(anyWay, from, to, { maxHops: MAX_HOPS, maxPaths: MAX_PATHS }).found;
      }
    }
    // no path: the two ends stay lit, the rest dims
    state.answer = { from: from, to: to, result: result, lit: result.paths.length ? pathLit(result.paths) : litSet([from, to], [], []) };
    showCategoriesOf([from, to]);
    result.paths.forEach(function (p) { showCategoriesOf(p.nodes); });
    state.opening = null;
    drawOnce(function () { clearFocus(); apply(); });
    renderAnswer();
    if (result.paths.length) { fit(Array.from(state.answer.lit.nodes), true); }
  }
  /* "Did you mean ...?" with a button per close name, which takes it and tries again. */
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
    var from = ends.from.id;
    var text = ends.from.input.value;
    ends.from.id = ends.to.id;
    ends.from.input.value = ends.to.input.value;
    ends.to.id = from;
    ends.to.input.value = text;
  }
  function renderAnswer() {
    var box = $("cg-path-result");
    box.textContent = "";
    if (state.answer) { box.appendChild(CG.panels.pathResult(ctx, state.answer.from, state.answer.to, state.answer.result, MAX_HOPS)); }
  }
  function markChain(i) {
    Array.prototype.forEach.call(document.querySelectorAll(".cg-chain"), function (b, j) { b.setAttribute("aria-pressed", j === i ? "true" : "false"); });
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
  $("cg-clear").addEventListener("click", function () { setEnd("from", null); setEnd("to", null); clearAll(); });
  $("cg-fit").addEventListener("click", function () { fit(null, true); });
  /* The side panels as a drawer (narrow pages): open and close it; asking for a path opens it. */
  function openPanels(open) {
    $("cg-side").classList.toggle("cg-open", open);
    $("cg-panels").setAttribute("aria-expanded", open ? "true" : "false");
  }
  $("cg-panels").addEventListener("click", function () { openPanels(!$("cg-side").classList.contains("cg-open")); });
  function closeDrawer() {
    openPanels(false);
    $("cg-panels").focus({ preventScroll: true });
  }

  // ------------------------------------------------------------ language
  function translate() {
    document.documentElement.lang = state.lang;
    document.title = data.title[state.lang] || data.title.en;
    $("cg-title").textContent = document.title;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (item) { item.textContent = t(item.dataset.t); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-placeholder]"), function (item) { item.placeholder = t(item.dataset.tPlaceholder); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-label]"), function (item) { item.setAttribute("aria-label", t(item.dataset.tLabel)); });
    $("cg-note").textContent = t("hiddenAll");
    renderSize();
    Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (b) { b.setAttribute("aria-pressed", b.dataset.lang === state.lang ? "true" : "false"); });
  }
  /* The header's count: all of it, or what is visible of it while categories are hidden. */
  function renderSize() {
    var n = data.nodes.length;
    var m = data.edges.length;
    var shown = state.shown || { nodes: n, edges: m };
    $("cg-size").textContent = shown.nodes === n ? t("nodes", { n: n, m: m }) : t("nodesShown", { k: shown.nodes, n: n, j: shown.edges, m: m });
  }
  function setLang(lang) {
    if (lang !== "en" && lang !== "nl") { return; }
    state.lang = lang;
    translate();
    renderLegend();
    apply();
    ["from", "to"].forEach(function (end) { if (ends[end].id !== null) { setEnd(end, ends[end].id); } });
    renderAnswer();
    if (state.focus && state.focus.kind === "chain") { markChain(state.focus.index); }
    if (detailsRender) { showDetails(detailsRender); }
    search.close();
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (b) {
    b.addEventListener("click", function () { setLang(b.dataset.lang); });
  });

  // ------------------------------------------------------------ keyboard
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (!event.defaultPrevented) { escape(); }
    } else if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      $("cg-search").focus();
    }
  });

  // ------------------------------------------------------------ the context panels use
  var ctx = {
    lang: function () { return state.lang; },
    t: t,
    tParts: function (key, values) { return CG.tParts(state.lang, key, values); },
    number: number,
    label: label,
    node: function (id) { return byId.get(id); },
    change: function (id) { return changes.get(id) || "amount"; }, // what a change in a concept means
    category: category,
    categoryLabel: categoryLabel,
    relationLabel: relationLabel,
    anyWay: data.anyway === 1,
    edges: data.edges,
    source: function (id) { return own(data.sources, id); },
    edgesOf: edgesOf,
    onEdge: focusEdge,
    onNode: function (id) { focusNode(id, true); },
    onPathsFrom: function (id) { openPanels(true); setEnd("from", id); ends.to.input.focus(); },
    onPathsTo: function (id) { openPanels(true); setEnd("to", id); ends.from.input.focus(); },
    onChain: focusChain,
    onReverse: function () { swapEnds(); findPaths(); }
  };

  // ------------------------------------------------------------ the list view and the status line
  /* What the drawing shows now, for the list view: the lit concepts and relations, else every shown one. */
  function describe() {
    var now = lit();
    var hidden = function (id) { return state.hidden.has(byId.get(id).category); };
    var concepts;
    var relations;
    if (now) {
      var core = Array.from(now.core).filter(function (id) { return !hidden(id); });
      var rest = Array.from(now.nodes).filter(function (id) { return !now.core.has(id) && !hidden(id); }).sort(byLabel);
      concepts = core.concat(rest);
      relations = Array.from(now.edges).sort(function (a, b) { return a - b; });
    } else {
      concepts = data.nodes.map(function (n) { return n.id; }).filter(function (id) { return !hidden(id); }).sort(byLabel);
      relations = [];
      data.edges.forEach(function (e, i) { if (!hidden(e.from) && !hidden(e.to)) { relations.push(i); } });
    }
    var first = $("cg-path-result").querySelector("p");
    return {
      focus: state.focus, answer: state.answer, lit: !!now, concepts: concepts, relations: CG.listView.claims(ctx, relations),
      degree: function (id) { return CG.listView.claims(ctx, edgesOf(id)).length; },
      total: { nodes: data.nodes.length, edges: data.edges.length }, shown: state.shown || { nodes: data.nodes.length, edges: data.edges.length },
      answerText: first ? first.textContent : ""
    };
  }
  function byLabel(a, b) { return CG.paths.compare(CG.search.normalise(label(a)), CG.search.normalise(label(b))) || CG.paths.compare(a, b); }
  var list = CG.listView.create({
    ctx: ctx, describe: describe, toggle: $("cg-list-toggle"), box: $("cg-list"), body: $("cg-list-body"), title: $("cg-list-title"),
    status: $("cg-status"), onToggle: function (on) { if (!on) { network.redraw(); } }
  });
  function announce(text) { CG.listView.announce($("cg-status"), text); }

  // ------------------------------------------------------------ opening
  translate();
  renderLegend();
  apply();
  var opening = data.highlight || { nodes: [], paths: [] };
  var openIds = Array.prototype.concat.apply(opening.nodes.slice(), opening.paths);
  var openView = openIds;
  if (openIds.length) {
    var openEdges = [];
    opening.paths.forEach(function (p) {
      for (var i = 0; i + 1 < p.length; i += 1) { openEdges = openEdges.concat(model.steps.get(p[i] + "\u0000" + p[i + 1]) || []); }
    });
    // a lone concept comes with its neighbours: they stay in full colour and in view
    var around = [];
    opening.nodes.forEach(function (id) {
      var k = touching.get(id);
      openEdges = openEdges.concat(k.out, k.in);
      around = around.concat(k.out.map(function (i) { return data.edges[i].to; }), k.in.map(function (i) { return data.edges[i].from; }));
    });
    state.opening = litSet(openIds, around, openEdges, opening.paths.length === 1 && !opening.nodes.length);
    openView = openIds.concat(around);
    apply();
  }
  /* Community view (graph/page/communities.py): the labels of the most connected nodes, as many as fit
     without overlapping, are drawn large enough to read at the overview zoom; the others appear as
     one zooms in. vis-network caps a label's size on screen, so they do not grow without end. */
  function labelHubs() {
    if (!data.hubs || !data.hubs.length) { return; }
    var scale = network.getScale();
    var screen = LABEL_THRESHOLD + 4; // pixels on screen at the overview zoom
    var size = Math.min(16 * 8, Math.max(16, Math.ceil(screen / scale)));
    if (size <= 16) { return; } // every label shows already
    var boxes = [];
    var updates = [];
    data.hubs.forEach(function (i) {
      var n = data.nodes[i];
      var text = String(drawnLabel(n));
      var w = text.length * 0.55 * size;
      var h = 1.3 * size;
      var x = data.positions[i][0] - w / 2;
      var y = data.positions[i][1] + (n.size || 12);
      var clear = boxes.every(function (b) { return x + w < b[0] || b[0] + b[2] < x || y + h < b[1] || b[1] + b[3] < y; });
      if (!clear) { return; }
      boxes.push([x, y, w, h]);
      hubFont.set(n.id, size);
      updates.push({ id: n.id, font: { size: size } });
    });
    nodes.update(updates);
  }

  function ready() {
    if (!fast) { network.redraw(); } // a first drawing measures every label, so fit() sees whole boxes
    fit(openIds.length ? openView : null, false);
    labelHubs();
    apply(); // labels readable at the scale the view opens with
    if (!fast) { // and at each scale it is zoomed to
      network.on("afterDrawing", function () {
        if (readableFor && CG.labels.sizeFor(network.getScale()) !== Number(readableFor.split("/")[0])) { setTimeout(apply, 0); }
      });
    }
    network.once("afterDrawing", function () {
      document.body.setAttribute("data-ready", "1");
      window.cgReadyMs = performance.now();
    });
    network.redraw();
  }
  ready();

  window.cgNetwork = network;
  window.cg = {
    network: network, nodes: nodes, edges: edges, data: data, state: state,
    findPaths: function (from, to, opts) { return CG.paths.findPaths(model, from, to, opts); },
    near: nearNames,
    hubLabels: function () { return Array.from(hubFont.keys()); },
    setLang: setLang, focusNode: focusNode, toggleCategory: toggleCategory, clear: clearAll
  };
}(window.CG = window.CG || {}));
