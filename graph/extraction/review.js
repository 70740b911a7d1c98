"use strict";
// The review page: every text from the data is set with textContent, never as markup.
(function () {
  const data = JSON.parse(document.getElementById("rv-data").textContent);
  const nl = data.lang === "nl";
  const T = nl
    ? { download: "Geaccepteerde beweringen downloaden (CSV)", accept: "Accepteren", reject: "Verwerpen",
        count: (a, n) => a + " van " + n + " voorstellen geaccepteerd", confidence: "zekerheid", hedged: "voorzichtig geformuleerd",
        status: { "new": "nieuw", "in graph": "al in de graaf", "contradicts": "in strijd met de graaf" },
        legend: "Categorieën", claim: "Bewering", of: "van bewering",
        parts: { source: "bron", relation: "relatie", target: "doel" },
        keys: "Tab gaat van bewering naar bewering; Enter opent de velden en knoppen van een bewering, Escape sluit ze." }
    : { download: "Download accepted claims (CSV)", accept: "Accept", reject: "Reject",
        count: (a, n) => a + " of " + n + " candidates accepted", confidence: "confidence", hedged: "hedged",
        status: { "new": "new", "in graph": "in graph", "contradicts": "contradicts the graph" },
        legend: "Categories", claim: "Claim", of: "of claim",
        parts: { source: "source", relation: "relation", target: "target" },
        keys: "Tab moves from claim to claim; Enter opens a claim's fields and buttons, Escape closes them." };
  const decisions = new Map();
  const edits = new Map();

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function label(id) {
    return data.nodes[id] ? data.nodes[id].label : id;
  }

  // A category's name in the page's language; a concept without one (a proposed concept) has none.
  function categoryLabel(category) {
    return (data.categories || {})[category] || category;
  }

  function legend() {
    const seen = new Map();
    Object.values(data.nodes).forEach((n) => n.category && seen.set(n.category, n.color));
    const list = document.getElementById("rv-legend");
    seen.forEach((color, category) => {
      const item = el("li", "", "");
      item.dataset.category = category;
      const swatch = el("span");
      swatch.style.background = color;
      item.append(swatch, document.createTextNode(categoryLabel(category)));
      list.append(item);
    });
    document.getElementById("rv-legend-title").textContent = T.legend;
    document.getElementById("rv-keys").textContent = T.keys;
  }

  // The index of the first of the marks (sorted by start) that starts at or after ``start``.
  function firstMark(marks, start) {
    let low = 0;
    let high = marks.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (marks[middle][0] < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  function markedText(text, start, end, marks) {
    const box = document.createDocumentFragment();
    let at = start;
    const inside = [];
    for (let i = firstMark(marks, start); i < marks.length && marks[i][0] < end; i++) {
      if (marks[i][1] <= end) inside.push(marks[i]);
    }
    inside.forEach(([s, e, node]) => {
      if (s < at) return;
      box.append(document.createTextNode(text.slice(at, s)));
      const mark = el("mark", "rv-mark", text.slice(s, e));
      const info = data.nodes[node] || { color: "#999999", label: node, category: "" };
      mark.style.setProperty("--rv-color", info.color);
      mark.title = info.label + (info.category ? " (" + categoryLabel(info.category) + ")" : "");
      mark.dataset.node = node;
      box.append(mark);
      at = e;
    });
    box.append(document.createTextNode(text.slice(at, end)));
    return box;
  }

  function select(options, value, name, said) {
    const box = el("select");
    box.name = name;
    box.setAttribute("aria-label", said);
    const keys = Object.keys(options);
    if (!keys.includes(value)) keys.unshift(value);
    keys.forEach((key) => {
      const option = el("option", "", options[key] !== undefined ? options[key] : key);
      option.value = key;
      box.append(option);
    });
    box.value = value;
    return box;
  }

  // One list of the concepts for every card: a page with many candidates and a large graph stays light.
  function nodeList() {
    const list = el("datalist");
    list.id = "rv-nodes";
    Object.keys(data.nodes).forEach((id) => {
      const option = el("option");
      option.value = id;
      option.label = data.nodes[id].label;
      list.append(option);
    });
    document.body.append(list);
  }

  function nodeInput(value, name, said) {
    const box = el("input", "rv-node");
    box.name = name;
    box.setAttribute("list", "rv-nodes");
    box.setAttribute("aria-label", said);
    box.value = value;
    box.title = label(value);
    box.addEventListener("change", () => (box.title = label(box.value)));
    return box;
  }

  // The start of a claim's sentence, to tell the claims apart by name: "Magnesium bevordert de …".
  function excerpt(c) {
    const words = String(c.sentence || "").trim().split(/\s+/);
    return words.length > 6 ? words.slice(0, 6).join(" ") + " …" : words.join(" ");
  }

  // A card is one tab stop: Enter (or a click) opens its fields and buttons to Tab, Escape closes them
  // and goes back to the card, and leaving the card closes them.
  function openCard(card, open) {
    card.dataset.open = open ? "1" : "";
    card.querySelectorAll("input, select, button").forEach((box) => (box.tabIndex = open ? 0 : -1));
  }

  function claimCard(c) {
    const card = el("div", "rv-claim");
    card.dataset.id = String(c.id);
    card.dataset.decision = "open";
    const number = c.id + 1;
    const named = T.claim + " " + number + ": " + excerpt(c);
    const said = (part) => T.parts[part] + " " + T.of + " " + number + ": " + excerpt(c);
    card.tabIndex = 0;
    card.setAttribute("role", "group");
    card.setAttribute("aria-label", named);
    card.setAttribute("aria-describedby", "rv-keys");
    const source = nodeInput(c.source, "source", said("source"));
    const relation = select(data.relations, c.relation, "relation", said("relation"));
    const target = nodeInput(c.target, "target", said("target"));
    [source, relation, target].forEach((box) =>
      box.addEventListener("change", () => edits.set(c.id, { source: source.value, relation: relation.value, target: target.value }))
    );
    const line = el("div", "rv-line");
    line.append(source, document.createTextNode(" "), relation, document.createTextNode(" "), target);
    const meta = el("div", "rv-meta");
    const status = el("span", "rv-status-" + c.status.replace(" ", "-"), T.status[c.status] || c.status);
    meta.append(el("span", "rv-number", "#" + number + " · "), status);
    meta.append(document.createTextNode(" · " + T.confidence + " " + c.confidence.toFixed(2) + (c.hedged ? " · " + T.hedged : "")));
    if (c.graph_edge) meta.append(document.createTextNode(" · " + c.graph_edge));
    const accept = el("button", "rv-accept", T.accept);
    accept.type = "button";
    accept.setAttribute("aria-label", T.accept + " (" + named + ")");
    const reject = el("button", "rv-reject", T.reject);
    reject.type = "button";
    reject.setAttribute("aria-label", T.reject + " (" + named + ")");
    accept.addEventListener("click", () => decide(card, c, "accepted"));
    reject.addEventListener("click", () => decide(card, c, "rejected"));
    const buttons = el("div");
    buttons.append(accept, reject);
    card.append(line, meta, buttons);
    openCard(card, false);
    card.addEventListener("keydown", (event) => {
      if (event.target === card && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        openCard(card, true);
        source.focus();
      } else if (event.key === "Escape" && event.target !== card && !event.defaultPrevented) {
        event.preventDefault();
        openCard(card, false);
        card.focus();
      }
    });
    card.addEventListener("focusin", (event) => {
      if (event.target !== card) openCard(card, true);
      light(c, true);
    });
    card.addEventListener("focusout", (event) => {
      if (card.contains(event.relatedTarget)) return;
      openCard(card, false);
      light(c, false);
    });
    card.addEventListener("mouseenter", () => light(c, true));
    card.addEventListener("mouseleave", () => light(c, false));
    return card;
  }

  function light(c, on) {
    document.querySelectorAll('[data-sentence="' + c.start + "-" + c.end + '"]').forEach((s) => s.classList.toggle("rv-sentence-lit", on));
  }

  function decide(card, c, decision) {
    const now = decisions.get(c.id) === decision ? "open" : decision;
    decisions.set(c.id, now);
    card.dataset.decision = now;
    count();
  }

  function count() {
    let accepted = 0;
    decisions.forEach((d) => (accepted += d === "accepted" ? 1 : 0));
    document.getElementById("rv-count").textContent = T.count(accepted, total);
  }

  // The candidates of each block, in their order: one pass over them (the blocks are in the text's order).
  function candidatesByBlock(a) {
    const starts = a.blocks.map((b) => [b[1], 0, ""]);
    const found = a.blocks.map(() => []);
    a.candidates.forEach((c) => {
      const i = firstMark(starts, c.start + 1) - 1; // the last block starting at or before the candidate
      if (i >= 0 && c.start < a.blocks[i][2]) found[i].push(c);
    });
    return found;
  }

  // A page of many candidates draws each paragraph's cards only as the paragraph comes near the
  // screen: 18,000 cards drawn at once (an article of 1 MB) kept the page from use for some 45 s.
  const EAGER = 500;
  const total = data.articles.reduce((n, a) => n + a.candidates.length, 0);
  const waiting = new Map();
  const later =
    total > EAGER && "IntersectionObserver" in window
      ? new IntersectionObserver(
          (entries) =>
            entries.forEach((entry) => {
              if (!entry.isIntersecting || !waiting.has(entry.target)) return;
              later.unobserve(entry.target);
              waiting.get(entry.target)();
              waiting.delete(entry.target);
            }),
          { rootMargin: "1500px 0px" }
        )
      : null;

  function article(a) {
    const box = el("section", "rv-article");
    if (a.lang && a.lang !== data.lang) box.lang = a.lang;
    box.append(el("h2", "", a.title));
    const byBlock = candidatesByBlock(a);
    a.blocks.forEach(([kind, start, end], number) => {
      const row = el("div", "rv-row");
      const text = el(kind === "heading" ? "h3" : "div", "rv-text" + (kind === "heading" ? " rv-heading" : ""));
      const inBlock = byBlock[number];
      const spans = [...new Set(inBlock.map((c) => c.start + "-" + c.end))].map((k) => k.split("-").map(Number)).sort((x, y) => x[0] - y[0]);
      let at = start;
      spans.forEach(([s, e]) => {
        if (s < at) return;
        text.append(markedText(a.text, at, s, a.marks));
        const sentence = el("span", "rv-sentence");
        sentence.dataset.sentence = s + "-" + e;
        sentence.append(markedText(a.text, s, Math.min(e, end), a.marks));
        text.append(sentence);
        at = Math.min(e, end);
      });
      text.append(markedText(a.text, at, end, a.marks));
      const claims = el("div", "rv-claims");
      if (later && inBlock.length) {
        waiting.set(row, () => inBlock.forEach((c) => claims.append(claimCard(c))));
        later.observe(row);
      } else {
        inBlock.forEach((c) => claims.append(claimCard(c)));
      }
      row.append(text, claims);
      box.append(row);
    });
    return box;
  }

  // As graph.formats.tabular.guard_cell: a cell a spreadsheet would run as a formula gets a leading "'"
  // (quoting alone does not stop it); a plain number such as -1 is left as it is.
  const FORMULA_START = /^[=+\-@\t\r]/;
  const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

  function csvCell(value) {
    let text = value === null || value === undefined ? "" : String(value);
    if (FORMULA_START.test(text) && !NUMBER.test(text)) text = "'" + text;
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function download() {
    const lines = [data.columns.map(csvCell).join(",")];
    data.articles.forEach((a) =>
      a.candidates.forEach((c) => {
        if (decisions.get(c.id) !== "accepted") return;
        const row = Object.assign({}, c, edits.get(c.id) || {});
        lines.push(data.columns.map((col) => csvCell(row[col])).join(","));
      })
    );
    const blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
    const link = el("a");
    link.href = URL.createObjectURL(blob);
    link.download = "accepted-edges.csv";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  document.getElementById("rv-title").textContent = data.title;
  document.title = data.title;
  const button = document.getElementById("rv-download");
  button.textContent = T.download;
  button.addEventListener("click", download);
  legend();
  nodeList();
  const main = document.getElementById("rv-articles");
  data.articles.forEach((a) => main.append(article(a)));
  count();
  document.body.dataset.ready = "1";
})();
