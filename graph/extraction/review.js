"use strict";
// The review page: every text from the data is set with textContent, never as markup.
(function () {
  const data = JSON.parse(document.getElementById("rv-data").textContent);
  const TEXTS = {
    nl: { download: "Geaccepteerde beweringen downloaden (zip)", accept: "Accepteren", reject: "Verwerpen",
      count: (a, n) => a + " van " + n + " voorstellen geaccepteerd", confidence: "zekerheid", hedged: "voorzichtig geformuleerd",
      status: { "new": "nieuw", "in graph": "al in de graaf", "contradicts": "in strijd met de graaf" },
      legend: "Categorieën", claim: "Bewering", of: "van bewering",
      parts: { source: "bron", relation: "relatie", target: "doel" },
      sign: { "1": "teken + (meer geeft meer)", "-1": "teken − (meer geeft minder)", "0": "zonder teken" },
      cue: "signaalwoord", newConcept: "nieuw begrip",
      concepts: "Nieuwe begrippen", conceptsHelp: "Begrippen die de gegevens nog niet kennen. Een geaccepteerde bewering neemt haar nieuwe begrippen mee in de download (nodes.csv); kies er een categorie voor.",
      uses: (n) => "in " + n + (n === 1 ? " bewering" : " beweringen"),
      conceptId: "id", labelEn: "Engelse naam", labelNl: "Nederlandse naam", category: "categorie", choose: "— kies een categorie —",
      acceptAll: "Accepteren met de beweringen", rejectAll: "Verwerpen met de beweringen",
      inDownload: "gaat mee in de download", notInDownload: "gaat niet mee",
      needsCategory: (name) => "Kies een categorie voor het nieuwe begrip ‘" + name + "’ voordat je downloadt.",
      nothing: "Accepteer eerst een bewering.",
      clear: "Beslissingen wissen", cleared: "De beslissingen zijn gewist.",
      switchTo: "English", switchLang: "en",
      keys: "Tab gaat van bewering naar bewering; Enter opent de velden en knoppen van een bewering, Escape sluit ze. Je beslissingen blijven bewaard in deze browser." },
    en: { download: "Download accepted claims (zip)", accept: "Accept", reject: "Reject",
      count: (a, n) => a + " of " + n + " candidates accepted", confidence: "confidence", hedged: "hedged",
      status: { "new": "new", "in graph": "in graph", "contradicts": "contradicts the graph" },
      legend: "Categories", claim: "Claim", of: "of claim",
      parts: { source: "source", relation: "relation", target: "target" },
      sign: { "1": "sign + (more gives more)", "-1": "sign − (more gives less)", "0": "unsigned" },
      cue: "cue", newConcept: "new concept",
      concepts: "New concepts", conceptsHelp: "Concepts the data does not know yet. An accepted claim brings its new concepts into the download (nodes.csv); choose a category for each.",
      uses: (n) => "in " + n + (n === 1 ? " claim" : " claims"),
      conceptId: "id", labelEn: "English name", labelNl: "Dutch name", category: "category", choose: "— choose a category —",
      acceptAll: "Accept with its claims", rejectAll: "Reject with its claims",
      inDownload: "goes into the download", notInDownload: "not in the download",
      needsCategory: (name) => "Choose a category for the new concept ‘" + name + "’ before downloading.",
      nothing: "Accept a claim first.",
      clear: "Clear decisions", cleared: "The decisions are cleared.",
      switchTo: "Nederlands", switchLang: "nl",
      keys: "Tab moves from claim to claim; Enter opens a claim's fields and buttons, Escape closes them. Your decisions are kept in this browser." },
  };
  let lang = data.lang === "nl" ? "nl" : "en";
  let T = TEXTS[lang];
  const candidates = [];
  data.articles.forEach((a) => a.candidates.forEach((c) => candidates.push([a, c])));
  const total = candidates.length;
  // What the reviewer decided: by candidate, its decision and its edited fields (ids); by proposed
  // concept, its edited id, names and category. Kept in localStorage under the articles' and the data's hash.
  const decisions = new Map();
  const edits = new Map();
  const conceptEdits = new Map();
  const STORE = "concept-graph-review:" + data.key;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A candidate's name in the store: the same sentence and claim, whatever its place in the list.
  function keyOf(c) {
    return [c.doc, c.start, c.end, c.source, c.relation, c.target].join("\u001f");
  }

  function save() {
    const kept = { decisions: {}, edits: {}, concepts: {} };
    candidates.forEach(([, c]) => {
      if (decisions.has(c.id)) kept.decisions[keyOf(c)] = decisions.get(c.id);
      if (edits.has(c.id)) kept.edits[keyOf(c)] = edits.get(c.id);
    });
    conceptEdits.forEach((value, id) => (kept.concepts[id] = value));
    try {
      localStorage.setItem(STORE, JSON.stringify(kept));
    } catch (error) {
      // a browser that keeps nothing for files: the decisions last as long as the page
    }
  }

  function restore() {
    let kept = null;
    try {
      kept = JSON.parse(localStorage.getItem(STORE) || "null");
    } catch (error) {
      kept = null;
    }
    if (!kept || typeof kept !== "object") return;
    candidates.forEach(([, c]) => {
      const decision = (kept.decisions || {})[keyOf(c)];
      if (decision === "accepted" || decision === "rejected") decisions.set(c.id, decision);
      const edit = (kept.edits || {})[keyOf(c)];
      if (edit && typeof edit === "object") edits.set(c.id, { source: String(edit.source), relation: String(edit.relation), target: String(edit.target) });
    });
    Object.entries(kept.concepts || {}).forEach(([id, value]) => {
      if (value && typeof value === "object") conceptEdits.set(id, value);
    });
  }

  function clearAll() {
    try {
      localStorage.removeItem(STORE);
    } catch (error) {
      // nothing kept
    }
    decisions.clear();
    edits.clear();
    conceptEdits.clear();
    render();
    say(T.cleared);
  }

  // ------------------------------------------------------------ concepts and their names

  // A proposed concept as the reviewer has it now: its id, names and category.
  function concept(id) {
    const proposed = data.concepts[id];
    const base = proposed
      ? { id: id, label: proposed.label, label_nl: proposed.label_nl, category: proposed.category || "" }
      : { id: id, label: id, label_nl: id, category: "" };
    return Object.assign(base, conceptEdits.get(id) || {});
  }

  function isNew(id) {
    return !data.nodes[id];
  }

  function name(id) {
    if (data.nodes[id]) return data.nodes[id][lang];
    const c = concept(id);
    return lang === "nl" ? c.label_nl : c.label;
  }

  function categoryLabel(category) {
    const names = (data.categories || {})[category];
    return names ? names[lang] : category;
  }

  function relationLabel(relation) {
    const names = (data.relations || {})[relation];
    return names ? names[lang] : relation;
  }

  // The id a typed name stands for: a concept of the data or a proposed one by its id or either name;
  // a name that is none of these is a new concept, with an id made from it.
  function slug(text) {
    const id = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
    return id || "concept";
  }

  function idOf(text) {
    const wanted = text.trim();
    if (!wanted) return "";
    const folded = wanted.toLowerCase();
    if (data.nodes[wanted] || data.concepts[wanted]) return wanted;
    for (const [id, n] of Object.entries(data.nodes)) {
      if (n.en.toLowerCase() === folded || n.nl.toLowerCase() === folded) return id;
    }
    for (const id of conceptIds()) {
      const c = concept(id);
      if (c.label.toLowerCase() === folded || c.label_nl.toLowerCase() === folded) return id;
    }
    const id = slug(wanted);
    if (!data.nodes[id] && !conceptEdits.has(id) && !data.concepts[id]) {
      conceptEdits.set(id, { id: id, label: wanted, label_nl: wanted, category: "" });
    }
    return id;
  }

  // The proposed concepts: those the extraction found, then those a reviewer typed.
  function conceptIds() {
    const ids = Object.keys(data.concepts);
    conceptEdits.forEach((value, id) => ids.includes(id) || ids.push(id));
    return ids;
  }

  // A candidate's fields as the reviewer has them (ids).
  function fields(c) {
    return Object.assign({ source: c.source, relation: c.relation, target: c.target }, edits.get(c.id) || {});
  }

  // ------------------------------------------------------------ the legend and the new concepts

  function legend() {
    const seen = new Map();
    Object.values(data.nodes).forEach((n) => n.category && seen.set(n.category, n.color));
    const list = document.getElementById("rv-legend");
    list.replaceChildren();
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

  // The ids of the new concepts the accepted claims name: they go into the download.
  function includedConcepts() {
    const ids = new Set();
    candidates.forEach(([, c]) => {
      if (decisions.get(c.id) !== "accepted") return;
      const f = fields(c);
      [f.source, f.target].forEach((id) => isNew(id) && ids.add(id));
    });
    return ids;
  }

  // The candidates that name each concept, in one pass over them.
  function usesByConcept() {
    const uses = new Map();
    candidates.forEach((pair) => {
      const f = fields(pair[1]);
      [f.source, f.target].forEach((id, i) => {
        if (!isNew(id) || (i === 1 && f.source === id)) return;
        if (!uses.has(id)) uses.set(id, []);
        uses.get(id).push(pair);
      });
    });
    return uses;
  }

  function conceptPanel() {
    const box = document.getElementById("rv-concepts");
    const active = document.activeElement;
    const was = active && active.closest && active.closest(".rv-concept");
    const back = was ? [was.dataset.concept, active.name || "", active.className] : null;
    const uses = usesByConcept();
    const ids = [...uses.keys()]; // in the order the text first names them
    box.hidden = !ids.length;
    document.getElementById("rv-concepts-title").textContent = T.concepts + " (" + ids.length + ")";
    document.getElementById("rv-concepts-help").textContent = T.conceptsHelp;
    const list = document.getElementById("rv-concept-list");
    list.replaceChildren();
    const included = includedConcepts();
    ids.forEach((id) => list.append(conceptItem(id, included.has(id), uses.get(id))));
    if (back) {
      // the control the reviewer was in is drawn anew: focus goes back to it
      const item = list.querySelector('.rv-concept[data-concept="' + CSS.escape(back[0]) + '"]');
      const again = item && [...item.querySelectorAll("input, select, button")].find((b) => (b.name || "") === back[1] && b.className === back[2]);
      if (again) again.focus();
    }
  }

  function conceptItem(id, included, uses) {
    const c = concept(id);
    const item = el("li", "rv-concept");
    item.dataset.concept = id;
    item.dataset.included = included ? "1" : "";
    const head = el("p", "rv-concept-name");
    head.append(el("strong", "", name(id)), document.createTextNode(" · " + T.uses(uses.length) + " · "));
    head.append(el("span", "rv-concept-state", included ? T.inDownload : T.notInDownload));
    const sentences = el("ul", "rv-concept-sentences");
    uses.forEach(([, u]) => sentences.append(el("li", "", "#" + (u.id + 1) + " " + u.sentence)));
    const said = (what) => what + " (" + T.newConcept + " " + name(id) + ")";
    const grid = el("div", "rv-concept-fields");
    const field = (key, what) => {
      const label = el("label", "", what + " ");
      const box = el("input");
      box.name = key;
      box.value = c[key];
      box.setAttribute("aria-label", said(what));
      box.addEventListener("change", () => {
        const value = key === "id" ? slug(box.value) : box.value.trim() || c[key];
        box.value = value;
        conceptEdits.set(id, Object.assign(concept(id), { [key]: value }));
        save();
        refreshCards();
      });
      label.append(box);
      return label;
    };
    const category = el("select");
    category.name = "category";
    category.setAttribute("aria-label", said(T.category));
    const none = el("option", "", T.choose);
    none.value = "";
    category.append(none);
    Object.keys(data.categories).forEach((key) => {
      const option = el("option", "", categoryLabel(key));
      option.value = key;
      category.append(option);
    });
    category.value = c.category;
    if (included && !c.category) category.setAttribute("aria-invalid", "true");
    category.addEventListener("change", () => {
      conceptEdits.set(id, Object.assign(concept(id), { category: category.value }));
      category.removeAttribute("aria-invalid");
      save();
    });
    const categoryBox = el("label", "", T.category + " ");
    categoryBox.append(category);
    grid.append(field("id", T.conceptId), field("label", T.labelEn), field("label_nl", T.labelNl), categoryBox);
    const accept = el("button", "rv-accept", T.acceptAll);
    accept.type = "button";
    accept.setAttribute("aria-label", said(T.acceptAll));
    accept.addEventListener("click", () => decideAll(uses, "accepted"));
    const reject = el("button", "rv-reject", T.rejectAll);
    reject.type = "button";
    reject.setAttribute("aria-label", said(T.rejectAll));
    reject.addEventListener("click", () => decideAll(uses, "rejected"));
    const buttons = el("div");
    buttons.append(accept, reject);
    item.append(head, sentences, grid, buttons);
    return item;
  }

  function decideAll(uses, decision) {
    uses.forEach(([, c]) => decisions.set(c.id, decision));
    save();
    refreshCards();
  }

  // ------------------------------------------------------------ the article and its cards

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
      const info = data.nodes[node];
      mark.style.setProperty("--rv-color", info ? info.color : "#bbbbbb");
      mark.title = name(node) + (info && info.category ? " (" + categoryLabel(info.category) + ")" : "");
      mark.dataset.node = node;
      box.append(mark);
      at = e;
    });
    box.append(document.createTextNode(text.slice(at, end)));
    return box;
  }

  function select(value, name, said) {
    const box = el("select");
    box.name = name;
    box.setAttribute("aria-label", said);
    const keys = Object.keys(data.relations);
    if (!keys.includes(value)) keys.unshift(value);
    keys.forEach((key) => {
      const option = el("option", "", relationLabel(key));
      option.value = key;
      box.append(option);
    });
    box.value = value;
    return box;
  }

  // One list of the concepts' names for every card: a page with many candidates and a large graph stays light.
  function nodeList() {
    let list = document.getElementById("rv-nodes");
    if (!list) {
      list = el("datalist");
      list.id = "rv-nodes";
      document.body.append(list);
    }
    list.replaceChildren();
    const seen = new Set();
    Object.keys(data.nodes).forEach((id) => {
      const option = el("option");
      option.value = seen.has(name(id)) ? id : name(id); // a name two concepts share: the second by its id
      seen.add(name(id));
      list.append(option);
    });
  }

  function nodeInput(value, name_, said) {
    const box = el("input", "rv-node");
    box.name = name_;
    box.setAttribute("list", "rv-nodes");
    box.setAttribute("aria-label", said);
    box.value = name(value);
    box.dataset.node = value;
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

  function metaLine(c) {
    const meta = el("div", "rv-meta");
    const status = el("span", "rv-status-" + c.status.replace(" ", "-"), T.status[c.status] || c.status);
    meta.append(el("span", "rv-number", "#" + (c.id + 1) + " · "), status);
    meta.append(document.createTextNode(" · "));
    meta.append(el("span", "rv-sign", T.sign[String(c.sign)] || T.sign["0"]));
    if (c.cue) {
      meta.append(document.createTextNode(" · " + T.cue + " "));
      meta.append(el("q", "rv-cue", c.cue));
    }
    meta.append(document.createTextNode(" · " + T.confidence + " " + c.confidence.toFixed(2) + (c.hedged ? " · " + T.hedged : "")));
    if (c.graph_edge) meta.append(document.createTextNode(" · " + graphEdge(c.graph_edge)));
    return meta;
  }

  // The graph's edge a candidate matches ("magnesium -[promotes]-> sleep"), told with labels.
  function graphEdge(text) {
    const parts = /^(.*) -\[(.*)\]-> (.*)$/.exec(text);
    return parts ? name(parts[1]) + " → " + relationLabel(parts[2]) + " → " + name(parts[3]) : text;
  }

  function newConcepts(card, c) {
    const f = fields(c);
    const box = card.querySelector(".rv-new") || el("div", "rv-new");
    box.replaceChildren();
    [f.source, f.target].filter((id, i, all) => isNew(id) && all.indexOf(id) === i).forEach((id) => {
      box.append(el("span", "rv-new-concept", T.newConcept + ": " + name(id) + " (" + id + ")"));
    });
    box.hidden = !box.childNodes.length;
    return box;
  }

  function claimCard(c) {
    const card = el("div", "rv-claim");
    card.dataset.id = String(c.id);
    card.dataset.decision = decisions.get(c.id) || "open";
    const number = c.id + 1;
    const named = T.claim + " " + number + ": " + excerpt(c);
    const said = (part) => T.parts[part] + " " + T.of + " " + number + ": " + excerpt(c);
    card.tabIndex = 0;
    card.setAttribute("role", "group");
    card.setAttribute("aria-label", named);
    card.setAttribute("aria-describedby", "rv-keys");
    const f = fields(c);
    const source = nodeInput(f.source, "source", said("source"));
    const relation = select(f.relation, "relation", said("relation"));
    const target = nodeInput(f.target, "target", said("target"));
    [source, relation, target].forEach((box) =>
      box.addEventListener("change", () => {
        const edit = { source: idOf(source.value), relation: relation.value, target: idOf(target.value) };
        edits.set(c.id, edit);
        source.dataset.node = edit.source;
        target.dataset.node = edit.target;
        save();
        newConcepts(card, c);
        conceptPanel();
      })
    );
    const line = el("div", "rv-line");
    line.append(source, document.createTextNode(" "), relation, document.createTextNode(" "), target);
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
    card.append(line, newConcepts(card, c), metaLine(c), buttons);
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
    card.addEventListener("mouseleave", () => card.contains(document.activeElement) || light(c, false));
    return card;
  }

  function light(c, on) {
    document.querySelectorAll('[data-sentence="' + c.start + "-" + c.end + '"]').forEach((s) => s.classList.toggle("rv-sentence-lit", on));
  }

  function decide(card, c, decision) {
    const now = decisions.get(c.id) === decision ? "open" : decision;
    if (now === "open") decisions.delete(c.id);
    else decisions.set(c.id, now);
    card.dataset.decision = now;
    save();
    count();
    conceptStates();
  }

  // Whether each new concept goes into the download, after a claim's decision (the panel is not drawn anew).
  function conceptStates() {
    const included = includedConcepts();
    document.querySelectorAll(".rv-concept").forEach((item) => {
      const on = included.has(item.dataset.concept);
      item.dataset.included = on ? "1" : "";
      item.querySelector(".rv-concept-state").textContent = on ? T.inDownload : T.notInDownload;
      const category = item.querySelector("select[name='category']");
      if (on && !category.value) category.setAttribute("aria-invalid", "true");
      else if (!on) category.removeAttribute("aria-invalid");
    });
  }

  // The cards drawn so far, after a change made elsewhere (a concept's name, all of a concept's claims).
  function refreshCards() {
    document.querySelectorAll(".rv-claim").forEach((card) => {
      const c = byId.get(Number(card.dataset.id));
      card.dataset.decision = decisions.get(c.id) || "open";
      const f = fields(c);
      card.querySelector("input[name='source']").value = name(f.source);
      card.querySelector("input[name='target']").value = name(f.target);
      newConcepts(card, c);
    });
    count();
    conceptPanel();
  }

  function count() {
    let accepted = 0;
    decisions.forEach((d) => (accepted += d === "accepted" ? 1 : 0));
    document.getElementById("rv-count").textContent = T.count(accepted, total);
  }

  function say(message) {
    document.getElementById("rv-message").textContent = message;
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
  const byId = new Map(candidates.map(([, c]) => [c.id, c]));
  let waiting = new Map();
  let later = null;

  function observer() {
    if (later) later.disconnect();
    waiting = new Map();
    later =
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
  }

  function article(a) {
    const box = el("section", "rv-article");
    if (a.lang && a.lang !== lang) box.lang = a.lang;
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

  // ------------------------------------------------------------ the download: one zip, a CSV per table

  // As graph.formats.tabular.guard_cell: a cell a spreadsheet would run as a formula gets a leading "'"
  // (quoting alone does not stop it); a plain number such as -1 is left as it is.
  const FORMULA_START = /^[=+\-@\t\r]/;
  const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

  function csvCell(value, delimiter) {
    let text = value === null || value === undefined ? "" : String(value);
    if (FORMULA_START.test(text) && !NUMBER.test(text)) text = "'" + text;
    const special = new RegExp('["\\r\\n' + (delimiter === "\t" ? "\\t" : delimiter) + "]");
    return special.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function csvFile(table, rows) {
    const { columns, delimiter } = data.tables[table];
    const lines = [columns.map((c) => csvCell(c, delimiter)).join(delimiter)];
    rows.forEach((row) => lines.push(columns.map((col) => csvCell(row[col], delimiter)).join(delimiter)));
    return lines.join("\n") + "\n";
  }

  // The final id of a concept: a proposed one as the reviewer named it.
  function finalId(id) {
    return isNew(id) ? concept(id).id : id;
  }

  function accepted() {
    const edges = [];
    const docs = [];
    candidates.forEach(([a, c]) => {
      if (decisions.get(c.id) !== "accepted") return;
      const f = fields(c);
      const row = Object.assign({}, c, f, { source: finalId(f.source), target: finalId(f.target) });
      row.hedged = c.hedged ? "true" : "false";
      edges.push(row);
      if (data.sources[c.source_doc] && !docs.includes(c.source_doc)) docs.push(c.source_doc);
    });
    const nodes = [];
    includedConcepts().forEach((id) => {
      const c = concept(id);
      // a concept renamed to an id the data or another new concept has is that concept: no second row
      if (!data.nodes[c.id] && !nodes.some((n) => n.id === c.id)) {
        nodes.push({ id: c.id, label: c.label, label_nl: c.label_nl, category: c.category });
      }
    });
    return { edges: edges, nodes: nodes, sources: docs.map((d) => data.sources[d]) };
  }

  function download() {
    const rows = accepted();
    if (!rows.edges.length) {
      say(T.nothing);
      return;
    }
    const missing = [...includedConcepts()].find((id) => !concept(id).category && !data.nodes[concept(id).id]);
    if (missing !== undefined) {
      say(T.needsCategory(name(missing)));
      document.getElementById("rv-concepts").open = true;
      const box = document.querySelector('.rv-concept[data-concept="' + CSS.escape(missing) + '"] select[name="category"]');
      if (box) {
        box.setAttribute("aria-invalid", "true");
        box.focus();
      }
      return;
    }
    say("");
    const files = ["edges", "nodes", "sources"]
      .filter((table) => table === "edges" || rows[table].length)
      .map((table) => [table + ".csv", csvFile(table, rows[table])]);
    const link = el("a");
    link.href = URL.createObjectURL(zip(files));
    link.download = "accepted-claims.zip";
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // A zip archive of text files, stored without compression (no library: the page loads nothing).
  const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });

  function crc32(bytes) {
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  function zip(files) {
    const encoder = new TextEncoder();
    const parts = [];
    const central = [];
    let offset = 0;
    files.forEach(([fileName, text]) => {
      const nameBytes = encoder.encode(fileName);
      const body = encoder.encode(text);
      const crc = crc32(body);
      const local = new DataView(new ArrayBuffer(30));
      [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [8, 0, 2], [10, 0, 2], [12, 0x21, 2], [14, crc, 4],
        [18, body.length, 4], [22, body.length, 4], [26, nameBytes.length, 2], [28, 0, 2]].forEach(([at, v, n]) =>
        n === 4 ? local.setUint32(at, v, true) : local.setUint16(at, v, true)
      );
      const entry = new DataView(new ArrayBuffer(46));
      [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, 0x0800, 2], [10, 0, 2], [12, 0, 2], [14, 0x21, 2],
        [16, crc, 4], [20, body.length, 4], [24, body.length, 4], [28, nameBytes.length, 2], [30, 0, 2],
        [32, 0, 2], [34, 0, 2], [36, 0, 2], [38, 0, 4], [42, offset, 4]].forEach(([at, v, n]) =>
        n === 4 ? entry.setUint32(at, v, true) : entry.setUint16(at, v, true)
      );
      parts.push(local, nameBytes, body);
      central.push(entry, nameBytes);
      offset += 30 + nameBytes.length + body.length;
    });
    const size = central.reduce((n, part) => n + part.byteLength, 0);
    const end = new DataView(new ArrayBuffer(22));
    [[0, 0x06054b50, 4], [4, 0, 2], [6, 0, 2], [8, files.length, 2], [10, files.length, 2], [12, size, 4],
      [16, offset, 4], [20, 0, 2]].forEach(([at, v, n]) => (n === 4 ? end.setUint32(at, v, true) : end.setUint16(at, v, true)));
    return new Blob([...parts, ...central, end], { type: "application/zip" });
  }

  // ------------------------------------------------------------ the whole page, in one language

  function render() {
    T = TEXTS[lang];
    document.documentElement.lang = lang;
    const title = (data.titles || {})[lang] || data.title;
    document.getElementById("rv-title").textContent = title;
    document.title = title;
    document.getElementById("rv-download").textContent = T.download;
    document.getElementById("rv-clear").textContent = T.clear;
    const switcher = document.getElementById("rv-lang");
    switcher.textContent = T.switchTo;
    switcher.lang = T.switchLang;
    legend();
    nodeList();
    conceptPanel();
    observer();
    const main = document.getElementById("rv-articles");
    main.replaceChildren(...data.articles.map(article));
    count();
  }

  document.getElementById("rv-download").addEventListener("click", download);
  document.getElementById("rv-clear").addEventListener("click", clearAll);
  document.getElementById("rv-lang").addEventListener("click", () => {
    lang = lang === "nl" ? "en" : "nl";
    render();
  });
  restore();
  render();
  document.body.dataset.ready = "1";
})();
