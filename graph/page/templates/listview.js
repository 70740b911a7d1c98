/* concept-graph page: the list view, the drawing as text (issue 27). A toggle in the header shows,
   in place of the drawing, what the drawing shows now: a one-line summary, the path finder's chains,
   and tables of the concepts and relations in view (all of them, or those lit by a search, a click or
   a path). Screen-reader and keyboard users walk it like any table; each name opens its card as a
   click on the drawing would. The page tells it what is in view (describe) and when that changed
   (refresh). All user text is set with textContent. */
(function (CG) {
  "use strict";
  var ROWS = 100; // rows of a table shown at first; a button shows the rest
  var TEXT = {
    en: {
      listView: "List view",
      listTitle: "The graph as a list",
      listConcepts: "Concepts ({n})",
      listRelations: "Relations ({n})",
      listChains: "Chains ({n})",
      listGroups: "Groups ({n})",
      colConcept: "Concept",
      colCategory: "Category",
      colCount: "Relations",
      colFrom: "From",
      colRelation: "Relation",
      colTo: "To",
      colEffect: "Effect",
      colGroup: "Group",
      colMembers: "Concepts",
      listMore: "Show all {n}",
      listShown: "{k} of {n} shown.",
      sayNode: "{a}: {n} relations.",
      sayNodeOne: "{a}: 1 relation.",
      sayEdge: "{a} \u2014 {r} \u2192 {b}.",
      sayChain: "Chain {k} of {n}: {text}.",
      sayPaths: "{n} paths from {a} to {b}: {effect}.",
      sayPathsOne: "1 path from {a} to {b}: {effect}.",
      sayOpening: "{n} concepts highlighted.",
      sayAll: "All {n} concepts and {m} relations in view.",
      sayShown: "{k} of {n} concepts in view, {j} of {m} relations."
    },
    nl: {
      listView: "Lijst",
      listTitle: "De graaf als lijst",
      listConcepts: "Begrippen ({n})",
      listRelations: "Relaties ({n})",
      listChains: "Ketens ({n})",
      listGroups: "Groepen ({n})",
      colConcept: "Begrip",
      colCategory: "Categorie",
      colCount: "Relaties",
      colFrom: "Van",
      colRelation: "Relatie",
      colTo: "Naar",
      colEffect: "Effect",
      colGroup: "Groep",
      colMembers: "Begrippen",
      listMore: "Toon alle {n}",
      listShown: "{k} van {n} getoond.",
      sayNode: "{a}: {n} relaties.",
      sayNodeOne: "{a}: 1 relatie.",
      sayEdge: "{a} \u2014 {r} \u2192 {b}.",
      sayChain: "Keten {k} van {n}: {text}.",
      sayPaths: "{n} paden van {a} naar {b}: {effect}.",
      sayPathsOne: "1 pad van {a} naar {b}: {effect}.",
      sayOpening: "{n} begrippen gemarkeerd.",
      sayAll: "Alle {n} begrippen en {m} relaties in beeld.",
      sayShown: "{k} van {n} begrippen in beeld, {j} van {m} relaties."
    }
  };
  Object.keys(TEXT).forEach(function (lang) {
    Object.keys(TEXT[lang]).forEach(function (key) { CG.TEXT[lang][key] = TEXT[lang][key]; });
  });
  var EFFECT = { "1": "increases", "-1": "decreases", "0": "unclear" };

  /* A chain as one line of text: "Magnesium — activates → GABA — promotes → Relaxation". */
  function chainLine(ctx, path) {
    var text = ctx.label(path.nodes[0]);
    path.steps.forEach(function (step) {
      var names = step.edges.map(function (i) { return ctx.relationLabel(ctx.edges[i]); });
      var unique = names.filter(function (name, i) { return names.indexOf(name) === i; }).join(" / ");
      text += step.against ? " \u2190 " + unique + " \u2014 " : " \u2014 " + unique + " \u2192 ";
      text += ctx.label(step.to);
    });
    return text;
  }
  /* The first edge of each claim (from, relation, to) among indexes, in their order: a claim two sources
     make is one row, as the card lists it once. */
  function claims(ctx, indexes) {
    var seen = new Set();
    return indexes.filter(function (i) {
      var e = ctx.edges[i];
      var key = e.from + "\u0000" + e.relation + "\u0000" + e.to;
      if (seen.has(key)) { return false; }
      seen.add(key);
      return true;
    });
  }
  /* An effect in words; a hedged increase or decrease "may increase" / "kan verhogen", as the badges say it. */
  function effectOf(ctx, sign, against, hedged, target) {
    return ctx.t(CG.panels.effectWord(against ? "against" : EFFECT[String(sign)] || "unclear", hedged, ctx.change(target)));
  }

  /* The short sentence a screen reader says when what is lit changes (also the list's first line). */
  function summary(ctx, view) {
    var t = ctx.t;
    var f = view.focus;
    if (f && f.kind === "node") {
      var n = view.degree(f.id);
      return t(n === 1 ? "sayNodeOne" : "sayNode", { a: ctx.label(f.id), n: n });
    }
    if (f && f.kind === "edge") {
      var e = ctx.edges[f.index];
      return t("sayEdge", { a: ctx.label(e.from), r: ctx.relationLabel(e), b: ctx.label(e.to) });
    }
    var answer = view.answer;
    if (f && f.kind === "chain" && answer) {
      var path = answer.result.paths[f.index];
      return t("sayChain", { k: f.index + 1, n: answer.result.paths.length, text: chainLine(ctx, path) }) + " " + effectOf(ctx, path.sign, path.against, path.hedged, path.nodes[path.nodes.length - 1]) + ".";
    }
    if (answer && answer.result && answer.result.paths.length) {
      var count = answer.result.paths.length;
      var verdict = answer.result.verdict === "link" ? "against" : answer.result.verdict;
      return t(count === 1 && !answer.result.more ? "sayPathsOne" : "sayPaths", {
        n: count + (answer.result.more ? "+" : ""), a: ctx.label(answer.from), b: ctx.label(answer.to),
        effect: t(CG.panels.effectWord(verdict, answer.result.hedged, ctx.change(answer.to)))
      });
    }
    if (answer) { return view.answerText || ""; }
    if (view.lit) { return t("sayOpening", { n: view.concepts.length }); }
    if (view.says) { return view.says; } // the page's own words for what it draws (an overview's groups)
    var total = view.total;
    var shown = view.shown;
    return total.nodes === shown.nodes
      ? t("sayAll", { n: total.nodes, m: total.edges })
      : t("sayShown", { k: shown.nodes, n: total.nodes, j: shown.edges, m: total.edges });
  }

  function table(ctx, caption, heads) {
    var box = CG.panels.el("table", "cg-list-table");
    box.appendChild(CG.panels.el("caption", null, caption));
    var row = CG.panels.el("tr");
    heads.forEach(function (head) {
      var cell = CG.panels.el("th", null, ctx.t(head));
      cell.scope = "col";
      row.appendChild(cell);
    });
    box.appendChild(CG.panels.el("thead")).appendChild(row);
    return { table: box, body: box.appendChild(CG.panels.el("tbody")) };
  }
  function cell(row, content) {
    var td = row.appendChild(CG.panels.el("td"));
    if (content instanceof Node) { td.appendChild(content); } else { td.textContent = String(content); }
    return td;
  }
  function keyed(item, key) { item.dataset.key = key; return item; }

  /* The list view. options: ctx (the panels' context), describe() -> {focus, answer, lit, concepts,
     relations, degree(id), total and shown: {nodes, edges}, groups?: [{label, count, open}], says?,
     answerText?}, toggle (the header button), box (the section), title and body (its heading and where
     the list goes), status (the page's role="status" line), onToggle(on). Call changed() after what is
     drawn or lit changed: the list shows it, and the status line says it in one sentence (not the
     first time, as the page opens). */
  function create(options) {
    var ctx = options.ctx;
    var on = false;
    var all = {}; // tables shown whole: by name, until what is in view changes
    var lastSig = "";
    options.toggle.hidden = false;

    function rowsOf(name, items) { return all[name] ? items : items.slice(0, ROWS); }
    function more(name, items, into) {
      if (items.length <= ROWS || all[name]) { return; }
      var line = CG.panels.el("p", "cg-list-more", ctx.t("listShown", { k: ROWS, n: items.length }) + " ");
      line.appendChild(keyed(CG.panels.button("", ctx.t("listMore", { n: items.length }), function () { all[name] = true; render(); }), "more:" + name));
      into.appendChild(line);
    }
    function chains(view, into) {
      var answer = view.answer;
      if (!answer || !answer.result || !answer.result.paths.length) { return; }
      var paths = answer.result.paths;
      into.appendChild(CG.panels.el("h3", null, ctx.t("listChains", { n: paths.length })));
      var list = into.appendChild(CG.panels.el("ol", "cg-list-chains"));
      paths.forEach(function (path, i) {
        var item = list.appendChild(CG.panels.el("li"));
        var choose = keyed(CG.panels.button("cg-link", chainLine(ctx, path), function () { ctx.onChain(i); }), "chain:" + i);
        choose.setAttribute("aria-pressed", view.focus && view.focus.kind === "chain" && view.focus.index === i ? "true" : "false");
        item.appendChild(choose);
        item.appendChild(CG.panels.el("span", "cg-muted", " (" + effectOf(ctx, path.sign, path.against, path.hedged, path.nodes[path.nodes.length - 1]) + ", " +
          (path.steps.length === 1 ? ctx.t("step") : ctx.t("steps", { n: path.steps.length })) + ")"));
      });
    }
    function groups(view, into) {
      if (!view.groups || !view.groups.length) { return; }
      var made = table(ctx, ctx.t("listGroups", { n: view.groups.length }), ["colGroup", "colMembers"]);
      rowsOf("groups", view.groups).forEach(function (g, i) {
        var row = made.body.appendChild(CG.panels.el("tr"));
        cell(row, keyed(CG.panels.button("cg-link", g.label, g.open), "group:" + i));
        cell(row, g.count);
      });
      into.appendChild(made.table);
      more("groups", view.groups, into);
    }
    function concepts(view, into) {
      if (!view.concepts.length) { return; }
      var made = table(ctx, ctx.t("listConcepts", { n: view.concepts.length }), ["colConcept", "colCategory", "colCount"]);
      rowsOf("concepts", view.concepts).forEach(function (id) {
        var row = made.body.appendChild(CG.panels.el("tr"));
        var name = keyed(CG.panels.button("cg-link", ctx.label(id), function () { ctx.onNode(id); }), "node:" + id);
        if (view.focus && view.focus.kind === "node" && view.focus.id === id) { name.setAttribute("aria-current", "true"); }
        cell(row, name);
        cell(row, ctx.categoryLabel(ctx.node(id).category));
        cell(row, view.degree(id));
      });
      into.appendChild(made.table);
      more("concepts", view.concepts, into);
    }
    function relations(view, into) {
      if (!view.relations.length) { return; }
      var made = table(ctx, ctx.t("listRelations", { n: view.relations.length }), ["colFrom", "colRelation", "colTo", "colEffect"]);
      rowsOf("relations", view.relations).forEach(function (i) {
        var e = ctx.edges[i];
        var row = made.body.appendChild(CG.panels.el("tr"));
        cell(row, ctx.label(e.from));
        cell(row, keyed(CG.panels.button("cg-link", ctx.relationLabel(e), function () { ctx.onEdge(i); }), "edge:" + i));
        cell(row, ctx.label(e.to));
        var key = EFFECT[String(e.sign)] || "unclear"; // "may increase"; an unsigned hedged claim says so apart
        cell(row, ctx.t(CG.panels.effectWord(key, e.hedged, ctx.change(e.to))) + (e.hedged && CG.panels.effectWord(key, true) === key ? ", " + ctx.t("hedged") : ""));
      });
      into.appendChild(made.table);
      more("relations", view.relations, into);
    }

    function render() {
      if (!on) { return; }
      var view = options.describe();
      var sig = JSON.stringify([view.focus, view.answer && [view.answer.from, view.answer.to], view.concepts.length, view.relations.length]);
      if (sig !== lastSig) { all = {}; lastSig = sig; }
      var active = document.activeElement;
      var hadFocus = options.body.contains(active);
      var key = hadFocus && active.dataset ? active.dataset.key : null;
      var body = options.body;
      body.textContent = "";
      body.appendChild(CG.panels.el("p", "cg-list-summary", summary(ctx, view)));
      chains(view, body);
      groups(view, body);
      concepts(view, body);
      relations(view, body);
      if (hadFocus) { // the keyboard stays where it was, or goes to the list's title
        var same = key ? body.querySelector("[data-key=\"" + key.replace(/["\\]/g, "\\$&") + "\"]") : null;
        (same || options.title).focus({ preventScroll: !!same });
      }
    }
    function setOn(value) {
      on = !!value;
      options.toggle.setAttribute("aria-pressed", on ? "true" : "false");
      options.box.hidden = !on;
      document.body.classList.toggle("cg-listing", on);
      if (on) { render(); } else { options.body.textContent = ""; }
      if (options.onToggle) { options.onToggle(on); }
    }
    options.toggle.addEventListener("click", function () { setOn(!on); });
    var said = null;
    var telling = false;
    function changed() {
      if (telling) { return; }
      telling = true;
      Promise.resolve().then(function () { // once for all the changes of one event
        telling = false;
        render();
        var text = summary(ctx, options.describe());
        if (said !== null && text !== said) { announce(options.status, text); }
        said = text;
      });
    }
    return {
      on: function () { return on; },
      set: setOn,
      changed: changed,
      title: options.title,
      summary: function () { return summary(ctx, options.describe()); }
    };
  }

  /* Say text through the page's status line (role="status"), once, even when it says the same again. */
  function announce(status, text) {
    status.textContent = "";
    if (text) { setTimeout(function () { status.textContent = text; }, 60); }
  }

  CG.listView = { create: create, summary: summary, announce: announce, chainLine: chainLine, claims: claims };
}(window.CG = window.CG || {}));
