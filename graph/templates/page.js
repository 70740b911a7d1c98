/* concept-graph page: draws the graph held in #cg-data with vis-network.
   All user text is set with textContent, never parsed as markup. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("cg-data").textContent);
  var lang = data.lang === "nl" ? "nl" : "en";
  var SIGN_STYLE = {
    "1": { color: "#228833", dashes: false },
    "-1": { color: "#cc3311", dashes: [8, 5] },
    "0": { color: "#8c8c8c", dashes: [2, 4] }
  };
  var TEXT = {
    en: { legend: "Categories", edges: "Relations", increases: "increases", decreases: "decreases", unsigned: "unsigned", synonyms: "Synonyms", source: "Source", section: "Section" },
    nl: { legend: "Categorie\u00ebn", edges: "Relaties", increases: "verhoogt", decreases: "verlaagt", unsigned: "zonder teken", synonyms: "Synoniemen", source: "Bron", section: "Sectie" }
  };
  var t = TEXT[lang];

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function labelOf(item) { return (lang === "nl" ? item.label_nl : item.label) || item.label || item.id; }
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  function category(name) { return data.categories[name] || { label: name, label_nl: name, color: "#97c2fc", shape: "dot" }; }
  function relation(name) { return data.relations[name] || { label: name.replace(/_/g, " "), label_nl: name.replace(/_/g, " "), sign: 0 }; }

  function nodeTip(n) {
    var box = el("div", "cg-tip");
    box.appendChild(el("span", "cg-tip-title", labelOf(n)));
    var other = lang === "nl" ? n.label : n.label_nl;
    if (other && other !== labelOf(n)) { box.appendChild(el("span", "cg-tip-muted", other)); }
    box.appendChild(el("span", "cg-tip-muted", labelOf(category(n.category))));
    if (n.description) { box.appendChild(el("span", null, n.description)); }
    if (n.synonyms && n.synonyms.length) { box.appendChild(el("span", "cg-tip-muted", t.synonyms + ": " + n.synonyms.join(", "))); }
    return box;
  }
  function edgeTip(e) {
    var box = el("div", "cg-tip");
    var from = byId[e.from] ? labelOf(byId[e.from]) : e.from;
    var to = byId[e.to] ? labelOf(byId[e.to]) : e.to;
    box.appendChild(el("span", "cg-tip-title", from + " \u2014 " + labelOf(relation(e.relation)) + " \u2192 " + to));
    if (e.evidence) { box.appendChild(el("span", null, e.evidence)); }
    var src = data.sources[e.source_doc];
    if (src) {
      var cite = src.title + (src.author ? " (" + src.author + ")" : "");
      box.appendChild(el("span", "cg-tip-muted", t.source + ": " + cite));
    }
    if (e.section) { box.appendChild(el("span", "cg-tip-muted", t.section + ": " + e.section)); }
    return box;
  }

  var groups = {};
  Object.keys(data.categories).forEach(function (name) {
    var c = category(name);
    groups[name] = { shape: c.shape || "dot", color: { background: c.color, border: "#444444", highlight: { background: c.color, border: "#000000" } } };
  });
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: labelOf(n), group: n.category, title: nodeTip(n) };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var style = SIGN_STYLE[String(e.sign)] || SIGN_STYLE["0"];
    return { id: "e" + i, from: e.from, to: e.to, arrows: "to", color: { color: style.color, highlight: style.color }, dashes: style.dashes, title: edgeTip(e) };
  }));

  var options = {
    groups: groups,
    nodes: { size: 14, font: { size: 15, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { width: 1.6, smooth: { type: "continuous" }, arrows: { to: { scaleFactor: 0.6 } } },
    layout: { randomSeed: 7, improvedLayout: true },
    physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -60, springLength: 110, avoidOverlap: 0.4 }, stabilization: { iterations: 400, fit: true } },
    interaction: { hover: true, tooltipDelay: 120 }
  };
  var container = document.getElementById("cg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    document.body.setAttribute("data-ready", "1");
  });
  if (data.highlight.length) { network.selectNodes(data.highlight.filter(function (id) { return byId[id]; })); }
  window.cgNetwork = network;

  var legend = document.getElementById("cg-legend");
  legend.appendChild(el("h2", null, t.legend));
  var list = el("ul");
  Object.keys(data.categories).forEach(function (name) {
    var item = el("li");
    var swatch = el("span", "cg-swatch");
    swatch.style.background = category(name).color;
    item.appendChild(swatch);
    item.appendChild(el("span", null, labelOf(category(name))));
    list.appendChild(item);
  });
  legend.appendChild(list);
  legend.appendChild(el("h2", null, t.edges));
  var keys = el("ul");
  [["1", t.increases], ["-1", t.decreases], ["0", t.unsigned]].forEach(function (pair) {
    var item = el("li");
    var line = el("span", "cg-line");
    line.style.borderTopStyle = SIGN_STYLE[pair[0]].dashes ? "dashed" : "solid";
    line.style.borderTopColor = SIGN_STYLE[pair[0]].color;
    item.appendChild(line);
    item.appendChild(el("span", null, pair[1] + " \u2192"));
    keys.appendChild(item);
  });
  legend.appendChild(keys);
}());
