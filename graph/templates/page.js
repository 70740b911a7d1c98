/* concept-graph page: draws the graph held in #cg-data with vis-network and wires the controls.

   State: the language, the hidden categories, and what is lit (a focused node, edge
   or chain on top of a path-finder answer on top of the highlight the page opened
   with). apply() brings the drawn graph in line with the state. All user text is set
   with textContent, never parsed as markup. */
(function (CG) {
  "use strict";
  var data = JSON.parse(document.getElementById("cg-data").textContent);
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
    applied: new Map()
  };

  // ------------------------------------------------------------ the data, indexed
  var byId = new Map();
  var touching = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); touching.set(n.id, { out: [], in: [] }); });
  data.edges.forEach(function (e, i) { touching.get(e.from).out.push(i); touching.get(e.to).in.push(i); });
  var model = CG.paths.model(data.nodes, data.edges);
  var names = CG.search.index(data.nodes);
  var counts = {};
  data.nodes.forEach(function (n) { counts[n.category] = (counts[n.category] || 0) + 1; });

  function t(key, values) { return CG.t(state.lang, key, values); }
  function pick(entry, fallback) {
    if (!entry) { return fallback; }
    return (state.lang === "nl" ? entry.label_nl || entry.label : entry.label) || fallback;
  }
  function label(id) { return pick(byId.get(id), id); }
  /* The label as drawn in the graph: long ones on more lines. */
  function drawnLabel(n) { return n.wrapped ? n.wrapped[state.lang] : label(n.id); }
  function category(name) { return data.categories[name] || { label: name, color: "#97c2fc", shape: "dot" }; }
  function categoryLabel(name) { return pick(data.categories[name], String(name).replace(/_/g, " ")); }
  function relationLabel(e) { return pick(data.relations[e.relation], String(e.relation).replace(/_/g, " ")); }
  function edgesOf(id) { var k = touching.get(id); return k.out.concat(k.in.filter(function (i) { return k.out.indexOf(i) < 0; })); }

  // ------------------------------------------------------------ drawing
  function tooltip(parts) {
    var box = CG.panels.el("div", "cg-tip");
    parts.forEach(function (part, i) {
      if (part) { box.appendChild(CG.panels.el(i === 0 ? "strong" : "span", i > 1 ? "cg-muted" : null, part)); }
    });
    return box;
  }
  function nodeTip(n) { return tooltip([label(n.id), categoryLabel(n.category), n.description]); }
  function edgeTip(e, i) { return tooltip([CG.panels.edgeSentence(ctx, i), e.evidence]); }

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
      if (total.get(pair(e)) === 1 || e.from === e.to) { return e.from === e.to ? { enabled: false } : false; }
      return { enabled: true, type: "curvedCW", roundness: 0.12 + 0.16 * rank };
    });
  }());

  function lit() {
    if (state.focus) { return state.focus.lit; }
    if (state.answer) { return state.answer.lit; }
    return state.opening;
  }

  function nodeItem(n, look, hidden) {
    var item = CG.draw.nodeStyle(category(n.category), n.size || 12, look);
    item.id = n.id;
    item.label = drawnLabel(n);
    item.hidden = hidden;
    return item;
  }
  function edgeItem(e, i, look, hidden) {
    var item = CG.draw.edgeStyle(e.sign, look);
    item.id = i;
    item.hidden = hidden;
    item.label = look === "lit" && (lit() || {}).labels ? relationLabel(e) : " "; // vis keeps the old label for ""
    item.font = { face: CG.draw.FONT, size: 12, color: "#333333", strokeWidth: 4, strokeColor: "#ffffff", align: "middle" };
    return item;
  }

  /* Bring the drawn graph in line with the state; only changed items are updated. */
  function apply(full) {
    var now = lit();
    var nodeUpdates = [];
    var edgeUpdates = [];
    var shown = new Set();
    data.nodes.forEach(function (n) {
      var hidden = state.hidden.has(n.category);
      if (!hidden) { shown.add(n.id); }
      var look = !now ? "normal" : now.core.has(n.id) ? "lit" : now.nodes.has(n.id) ? "normal" : "dim";
      var key = "n" + n.id;
      var sig = look + hidden + state.lang;
      if (full || state.applied.get(key) !== sig) {
        var item = nodeItem(n, look, hidden);
        if (full) { item.title = nodeTip(n); }
        nodeUpdates.push(item);
        state.applied.set(key, sig);
      }
    });
    data.edges.forEach(function (e, i) {
      var hidden = !shown.has(e.from) || !shown.has(e.to);
      var look = !now ? "normal" : now.edges.has(i) ? "lit" : "dim";
      var key = "e" + i;
      var sig = look + hidden + state.lang + (look === "lit" && now.labels);
      if (full || state.applied.get(key) !== sig) {
        var item = edgeItem(e, i, look, hidden);
        if (full) { item.title = edgeTip(e, i); }
        edgeUpdates.push(item);
        state.applied.set(key, sig);
      }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    $("cg-note").hidden = shown.size > 0 || !data.nodes.length;
    renderLegendState();
  }

  // ------------------------------------------------------------ the network
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = nodeItem(n, "normal", false);
    var at = data.positions && data.positions[n.id];
    if (at) { item.x = at[0]; item.y = at[1]; }
    return item;
  }));
  CG.draw.useNodes(nodes);
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var item = edgeItem(e, i, "normal", false);
    item.from = e.from;
    item.to = e.to;
    item.smooth = curves[i];
    return item;
  }));
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    physics: data.physics ? { solver: "forceAtlas2Based", stabilization: { iterations: 300, fit: true } } : false,
    interaction: {
      hover: true, tooltipDelay: 150, selectConnectedEdges: false, hoverConnectedEdges: false,
      keyboard: { enabled: true, bindToWindow: false }, multiselect: false
    },
    edges: { selectionWidth: 1.5, hoverWidth: 0.8 },
    nodes: { chosen: true }
  };
  var container = $("cg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  /* The part of the canvas the details panel leaves free: {left, width} in canvas pixels. */
  function freeArea() {
    var panel = $("cg-details");
    var width = container.clientWidth;
    if (panel.hidden || width < 2.2 * panel.offsetWidth) { return { left: 0, width: width }; }
    var left = panel.offsetLeft + panel.offsetWidth;
    return { left: left, width: width - left };
  }
  function animation() { return motion ? { duration: 350, easingFunction: "easeInOutQuad" } : false; }

  /* Show the given nodes (default: all shown ones) as large as the free canvas allows. */
  function fit(ids, animate) {
    var visible = (ids || data.nodes.map(function (n) { return n.id; })).filter(function (id) { return !state.hidden.has(byId.get(id).category); });
    if (!visible.length) { return; }
    var box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
    visible.forEach(function (id) {
      var b = network.getBoundingBox(id);
      box.left = Math.min(box.left, b.left);
      box.right = Math.max(box.right, b.right);
      box.top = Math.min(box.top, b.top);
      box.bottom = Math.max(box.bottom, b.bottom);
    });
    var pad = 16;
    var free = freeArea();
    var room = { width: free.width - 2 * pad, height: container.clientHeight - 2 * pad };
    if (!(room.width > 0 && room.height > 0)) { fitWhenSized(ids); return; }  // not laid out yet (hidden, collapsed)
    var scale = Math.min(room.width / Math.max(1, box.right - box.left),
      room.height / Math.max(1, box.bottom - box.top), ids ? 1.0 : 1.6);
    network.moveTo({
      position: { x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2 },
      offset: { x: free.left / 2, y: 0 },
      scale: scale,
      animation: animate ? animation() : false
    });
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
  /* What to light: core nodes (emphasised), other nodes, edges, and whether edges show their relation. */
  function litSet(core, extraNodes, edgeList) {
    var edgeSet = new Set(edgeList);
    return { core: new Set(core), nodes: new Set(core.concat(extraNodes)), edges: edgeSet, labels: edgeSet.size <= MAX_EDGE_LABELS };
  }
  function pathLit(paths) {
    var ns = [];
    var es = [];
    paths.forEach(function (p) {
      ns = ns.concat(p.nodes);
      p.steps.forEach(function (s) { es = es.concat(s.edges); });
    });
    return litSet(ns, [], es);
  }
  function showCategoriesOf(ids) {
    ids.forEach(function (id) { state.hidden.delete(byId.get(id).category); });
  }

  function focusNode(id, centre) {
    if (!byId.has(id)) { return; }
    showCategoriesOf([id]);
    var k = touching.get(id);
    var near = k.out.map(function (i) { return data.edges[i].to; }).concat(k.in.map(function (i) { return data.edges[i].from; }));
    state.focus = { kind: "node", id: id, lit: litSet([id], near, k.out.concat(k.in)) };
    apply();
    network.selectNodes([id], false);
    showDetails(function () { return CG.panels.nodeDetails(ctx, id); });
    if (centre) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), offset: { x: freeArea().left / 2, y: 0 }, animation: animation() });
    }
  }
  function focusEdge(index) {
    var e = data.edges[index];
    showCategoriesOf([e.from, e.to]);
    state.focus = { kind: "edge", index: index, lit: litSet([e.from, e.to], [], [index]) };
    apply();
    network.setSelection({ nodes: [], edges: [index] }, { unselectAll: true, highlightEdges: false });
    showDetails(function () { return CG.panels.edgeDetails(ctx, index); });
  }
  function focusChain(i) {
    var path = state.answer.result.paths[i];
    state.focus = { kind: "chain", index: i, lit: pathLit([path]) };
    apply();
    network.unselectAll();
    markChain(i);
    showDetails(function () { return CG.panels.chainDetails(ctx, path); });
    fit(path.nodes, true);
  }
  function clearFocus() {
    state.focus = null;
    network.unselectAll();
    hideDetails();
    markChain(-1);
  }
  function clearAll() {
    clearFocus();
    state.answer = null;
    state.opening = null;
    $("cg-path-result").textContent = "";
    apply();
  }
  /* A click on the background undoes one level: focus, then the path answer, then the opening highlight. */
  function stepBack() {
    if (state.focus) { clearFocus(); } else if (state.answer) { clearAll(); } else { state.opening = null; }
    apply();
  }

  network.on("click", function (params) {
    if (params.nodes.length) { focusNode(params.nodes[0], false); } else if (params.edges.length) { focusEdge(params.edges[0]); } else { stepBack(); }
  });

  // ------------------------------------------------------------ details panel
  var detailsRender = null;
  function showDetails(render) {
    detailsRender = render;
    var body = $("cg-details-body");
    body.textContent = "";
    body.appendChild(render());
    $("cg-details").hidden = false;
    $("cg-details").scrollTop = 0;
  }
  function hideDetails() {
    detailsRender = null;
    $("cg-details").hidden = true;
    $("cg-details-body").textContent = "";
  }
  $("cg-details-close").addEventListener("click", function () { clearFocus(); apply(); });

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
      toggle.appendChild(CG.panels.el("span", "cg-count", String(counts[name] || 0)));
      item.appendChild(toggle);
      list.appendChild(item);
    });
    var key = $("cg-edge-key");
    key.textContent = "";
    [[1, "increases"], [-1, "decreases"], [0, "unsigned"]].forEach(function (pair) {
      var item = CG.panels.el("li");
      item.appendChild(CG.draw.edgeSwatch(pair[0]));
      item.appendChild(CG.panels.el("span", null, t(pair[1])));
      key.appendChild(item);
    });
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
    if (state.focus && state.focus.kind === "node" && byId.get(state.focus.id).category === name && state.hidden.has(name)) { clearFocus(); }
    apply();
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
    choose: function (item) { $("cg-search").value = label(item.id); focusNode(item.id, true); }
  });
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
  function say(text) {
    var box = $("cg-path-result");
    box.textContent = "";
    box.appendChild(CG.panels.el("p", "cg-muted", text));
  }
  function findPaths() {
    var missing = ["from", "to"].filter(function (end) { return resolve(end) === null; });
    if (missing.length) {
      var text = ends[missing[0]].input.value.trim();
      say(text ? t("notFound", { q: text }) : t("chooseNode"));
      ends[missing[0]].input.focus();
      return;
    }
    var from = ends.from.id;
    var to = ends.to.id;
    clearFocus();
    if (from === to) { state.answer = null; apply(); say(t("same")); return; }
    var result = CG.paths.findPaths(model, from, to, { maxHops: MAX_HOPS, maxPaths: MAX_PATHS });
    state.answer = { from: from, to: to, result: result, lit: pathLit(result.paths) };
    result.paths.forEach(function (p) { showCategoriesOf(p.nodes); });
    state.opening = null;
    apply();
    renderAnswer();
    if (result.paths.length) { fit(Array.from(state.answer.lit.nodes), true); }
  }
  function renderAnswer() {
    var box = $("cg-path-result");
    box.textContent = "";
    if (state.answer) { box.appendChild(CG.panels.pathResult(ctx, state.answer.from, state.answer.to, state.answer.result, MAX_HOPS)); }
  }
  function markChain(i) {
    Array.prototype.forEach.call(document.querySelectorAll(".cg-chain"), function (b, j) { b.setAttribute("aria-pressed", j === i ? "true" : "false"); });
  }
  $("cg-path-form").addEventListener("submit", function (event) { event.preventDefault(); findPaths(); });
  $("cg-swap").addEventListener("click", function () {
    var from = ends.from.id;
    var text = ends.from.input.value;
    ends.from.id = ends.to.id;
    ends.from.input.value = ends.to.input.value;
    ends.to.id = from;
    ends.to.input.value = text;
  });
  $("cg-clear").addEventListener("click", function () { setEnd("from", null); setEnd("to", null); clearAll(); });
  $("cg-fit").addEventListener("click", function () { fit(null, true); });

  // ------------------------------------------------------------ language
  function translate() {
    document.documentElement.lang = state.lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (item) { item.textContent = t(item.dataset.t); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-placeholder]"), function (item) { item.placeholder = t(item.dataset.tPlaceholder); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t-label]"), function (item) { item.setAttribute("aria-label", t(item.dataset.tLabel)); });
    $("cg-note").textContent = t("hiddenAll");
    $("cg-size").textContent = t("nodes", { n: data.nodes.length, m: data.edges.length });
    Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (b) { b.setAttribute("aria-pressed", b.dataset.lang === state.lang ? "true" : "false"); });
  }
  function setLang(lang) {
    if (lang !== "en" && lang !== "nl") { return; }
    state.lang = lang;
    translate();
    renderLegend();
    apply(true);
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
      clearAll();
    } else if (event.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      event.preventDefault();
      $("cg-search").focus();
    }
  });

  // ------------------------------------------------------------ the context panels use
  var ctx = {
    lang: function () { return state.lang; },
    t: t,
    label: label,
    node: function (id) { return byId.get(id); },
    category: category,
    categoryLabel: categoryLabel,
    relationLabel: relationLabel,
    edges: data.edges,
    sources: data.sources,
    edgesOf: edgesOf,
    onEdge: focusEdge,
    onNode: function (id) { focusNode(id, true); },
    onPathsFrom: function (id) { setEnd("from", id); ends.to.input.focus(); },
    onPathsTo: function (id) { setEnd("to", id); ends.from.input.focus(); },
    onChain: focusChain
  };

  // ------------------------------------------------------------ opening
  translate();
  renderLegend();
  apply(true);
  var opening = data.highlight || { nodes: [], paths: [] };
  var openIds = Array.prototype.concat.apply(opening.nodes.slice(), opening.paths);
  if (openIds.length) {
    var openEdges = [];
    opening.paths.forEach(function (p) {
      for (var i = 0; i + 1 < p.length; i += 1) { openEdges = openEdges.concat(model.steps.get(p[i] + "\u0000" + p[i + 1]) || []); }
    });
    state.opening = litSet(openIds, [], openEdges);
    apply();
  }
  function ready() {
    fit(openIds.length ? openIds : null, false);
    network.once("afterDrawing", function () {
      document.body.setAttribute("data-ready", "1");
      window.cgReadyMs = performance.now();
    });
    network.redraw();
  }
  if (data.physics) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); ready(); });
  } else {
    ready();
  }

  window.cgNetwork = network;
  window.cg = {
    network: network, nodes: nodes, edges: edges, data: data, state: state,
    findPaths: function (from, to, opts) { return CG.paths.findPaths(model, from, to, opts); },
    setLang: setLang, focusNode: focusNode, toggleCategory: toggleCategory, clear: clearAll
  };
}(window.CG = window.CG || {}));
