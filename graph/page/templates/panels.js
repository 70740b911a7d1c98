/* concept-graph page: the details panel (a node, an edge, a chain) and the path finder's answer.

   Everything is built from DOM nodes; user text only ever goes into textContent. The
   functions take a context (ctx) from page.js that knows the data, the language and
   what to do when something in a panel is chosen. */
(function (CG) {
  "use strict";

  function el(tag, cls, text) {
    var item = document.createElement(tag);
    if (cls) { item.className = cls; }
    if (text instanceof Node) { item.appendChild(text); }
    else if (text !== undefined && text !== null) { item.textContent = String(text); }
    return item;
  }
  /* A value of the user's, to go into our own wording (see mixed). */
  function user(text) { return { user: text }; }
  /* Our wording with the user's text in it: each user(...) piece in its own <bdi>, so that a
     right-to-left mark in a label cannot reorder the words around it (textContent is unchanged). */
  function mixed(tag, cls, pieces) {
    var item = el(tag, cls);
    pieces.forEach(function (piece) {
      if (piece !== null && typeof piece === "object") { item.appendChild(el("bdi", null, piece.user)); }
      else { item.appendChild(document.createTextNode(String(piece))); }
    });
    return item;
  }
  function button(cls, text, onClick) {
    var item = el("button", cls, text);
    item.type = "button";
    item.addEventListener("click", onClick);
    return item;
  }
  var EFFECT = { "1": "increases", "-1": "decreases", "0": "unclear" };
  function effectKey(sign) { return EFFECT[String(sign)] || "unclear"; }
  /* An effect's badge; a hedged increase or decrease reads "may increase" / "kan verhogen", as the
     command line and Python say it: a claim made with a reservation never reads as a plain one. */
  var MAY = { increases: "mayIncrease", decreases: "mayDecrease" };
  /* An effect on a concept whose change is a quality, a risk or a balance (the data's "change"
     column, graph/ask/words.py change_of) in its own words, as the command line says it: sleep
     "improves", the risk of osteoporosis "lowers", a balance is "disturbed"; never "increases". */
  var KIND_WORDS = {
    quality: { increases: "improves", decreases: "worsens", mayIncrease: "mayImprove", mayDecrease: "mayWorsen", counts: "countsQuality" },
    risk: { increases: "raisesRisk", decreases: "lowersRisk", mayIncrease: "mayRaiseRisk", mayDecrease: "mayLowerRisk", counts: "countsRisk" },
    balance: { increases: "supportsBalance", decreases: "disturbsBalance", mayIncrease: "maySupportBalance", mayDecrease: "mayDisturbBalance", counts: "countsBalance" }
  };
  function kindWord(kind, word) {
    var table = Object.prototype.hasOwnProperty.call(KIND_WORDS, kind) ? KIND_WORDS[kind] : null;
    return table && Object.prototype.hasOwnProperty.call(table, word) ? table[word] : word;
  }
  /* The text key of an effect ("increases", "no path", ...): "mayIncrease" for a hedged increase;
     "improves", "mayLowerRisk" ... on a target whose change is of ``kind``. */
  function effectWord(key, hedged, kind) { return kindWord(kind, (hedged && MAY[key]) || (key === "no path" ? "noPath" : key)); }
  function badge(ctx, key, hedged, kind) {
    var may = hedged && MAY[key];
    return el("span", "cg-badge cg-" + key.replace(" ", "-") + (may ? " cg-may" : ""), ctx.t(effectWord(key, hedged, kind)));
  }

  /* A hedged claim's words: the relation table's label_hedged(_nl) without its object ("kan verhogen"),
     which the page data fills for every relation a hedged claim uses (graph/page/payload.py
     relation_entries), else "may" / "mogelijk" before the plain words. */
  function hedgedWords(entry, plain, lang) {
    var given = entry ? (lang === "nl" ? entry.label_hedged_nl : entry.label_hedged) : "";
    if (given) { return String(given).replace("{object}", " ").replace(/\s+/g, " ").trim(); }
    return (lang === "nl" ? "mogelijk " : "may ") + plain;
  }

  /* "Magnesium — activates → GABA receptor" for an edge, each name isolated. */
  function edgeSentence(ctx, index) {
    var e = ctx.edges[index];
    return mixed("span", "cg-sentence", [user(ctx.label(e.from)), " \u2014 ", user(ctx.relationLabel(e)), e.undirected ? " \u2014 " : " \u2192 ", user(ctx.label(e.to))]);
  }

  function sourceLines(ctx, e, into) {
    var src = ctx.source(e.source_doc);
    if (src || e.source_doc) {
      var line = el("p", "cg-cite");
      line.appendChild(el("strong", null, ctx.t("source") + ": "));
      var title = src ? (src.title || e.source_doc) : e.source_doc;
      var extra = [];
      if (src && src.author) { extra.push(user(src.author)); }
      if (src && src.published) { extra.push(extra.length ? ", " : "", ctx.t("published") + " ", user(src.published)); }
      line.appendChild(mixed("span", null, [user(title)].concat(extra.length ? [" \u2014 "].concat(extra) : [])));
      into.appendChild(line);
    }
    if (e.section) {
      var section = el("p", "cg-cite");
      section.appendChild(el("strong", null, ctx.t("section") + ": "));
      section.appendChild(el("span", null, e.section));
      into.appendChild(section);
    }
  }

  /* The evidence in the page's language; in the other one, marked "[en]" or "[nl]", when only that is given. */
  function evidenceText(ctx, e) {
    var lang = ctx.lang();
    var other = lang === "nl" ? "en" : "nl";
    var texts = { en: e.evidence, nl: e.evidence_nl };
    if (texts[lang]) { return texts[lang]; }
    return texts[other] ? "[" + other + "] " + texts[other] : "";
  }

  function evidence(ctx, e, into) {
    var quote = el("blockquote", "cg-evidence", evidenceText(ctx, e) || ctx.t("noEvidence"));
    into.appendChild(quote);
    sourceLines(ctx, e, into);
  }

  function nodeDetails(ctx, id) {
    var n = ctx.node(id);
    var box = el("div", "cg-node-details");
    box.appendChild(el("h2", "cg-details-title", ctx.label(id)));
    var other = ctx.lang() === "nl" ? n.label : n.label_nl;
    if (other && other !== ctx.label(id)) {
      box.appendChild(mixed("p", "cg-muted", [ctx.t("otherLabel") + ": ", user(other)]));
    }
    var cat = el("p", "cg-category");
    cat.appendChild(CG.draw.swatch(ctx.category(n.category)));
    cat.appendChild(el("span", null, ctx.categoryLabel(n.category)));
    box.appendChild(cat);
    if (n.description) { box.appendChild(el("p", "cg-description", n.description)); }
    if (n.synonyms && n.synonyms.length) {
      var syn = el("p");
      syn.appendChild(el("strong", null, ctx.t("synonyms") + ": "));
      syn.appendChild(el("span", null, n.synonyms.join(", ")));
      box.appendChild(syn);
    }
    var row = el("div", "cg-row");
    row.appendChild(button("", ctx.t("pathsFrom"), function () { ctx.onPathsFrom(id); }));
    row.appendChild(button("", ctx.t("pathsTo"), function () { ctx.onPathsTo(id); }));
    box.appendChild(row);
    var claims = claimsOf(ctx, ctx.edgesOf(id));
    if (claims.length) {
      box.appendChild(el("h3", null, ctx.t("relations") + " (" + claims.length + ")"));
      var list = el("ul", "cg-relations");
      claims.forEach(function (indexes) {
        var item = el("li", "cg-claim");
        var first = indexes[0];
        item.appendChild(button("cg-link cg-sign-" + ctx.edges[first].sign, edgeSentence(ctx, first), function () { ctx.onEdge(first); }));
        var sources = indexes.filter(function (i) { return ctx.edges[i].source_doc; });
        if (sources.length) {
          var from = el("span", "cg-claim-sources");
          sources.forEach(function (i) {
            var tag = button("cg-source", sourceName(ctx, ctx.edges[i].source_doc), function () { ctx.onEdge(i); });
            tag.title = sourceTitle(ctx, ctx.edges[i].source_doc);
            from.appendChild(tag);
          });
          item.appendChild(from);
        }
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    return box;
  }

  /* The edges grouped by claim (from, relation, to), in order of first appearance. */
  function claimsOf(ctx, indexes) {
    var groups = new Map();
    indexes.forEach(function (i) {
      var e = ctx.edges[i];
      var key = [e.from, e.relation, e.to].join("\u0000");
      if (!groups.has(key)) { groups.set(key, []); }
      groups.get(key).push(i);
    });
    return Array.from(groups.values());
  }
  /* A source in a few letters: its author's surname, else its id. */
  function sourceName(ctx, doc) {
    var src = ctx.source(doc);
    var author = src && src.author ? String(src.author).trim().split(/\s+/).pop() : "";
    return author || doc;
  }
  function sourceTitle(ctx, doc) {
    var src = ctx.source(doc);
    return src && src.title ? src.title : doc;
  }

  function edgeDetails(ctx, index) {
    var e = ctx.edges[index];
    var box = el("div", "cg-edge-details");
    var title = el("h2", "cg-details-title");
    title.appendChild(button("cg-link", ctx.label(e.from), function () { ctx.onNode(e.from); }));
    title.appendChild(mixed("span", "cg-relation", [" \u2014 ", user(ctx.relationLabel(e)), " \u2192 "]));
    title.appendChild(button("cg-link", ctx.label(e.to), function () { ctx.onNode(e.to); }));
    box.appendChild(title);
    box.appendChild(badge(ctx, effectKey(e.sign), e.hedged, ctx.change(e.to)));
    if (e.hedged) { box.appendChild(el("span", "cg-badge cg-hedged", ctx.t("hedged"))); }
    if (e.weight !== undefined && e.weight !== null) {
      var weight = el("p", "cg-weight");
      weight.appendChild(el("strong", null, ctx.t("weight") + ": "));
      weight.appendChild(el("span", null, ctx.number(e.weight)));
      box.appendChild(weight);
    }
    evidence(ctx, e, box);
    return box;
  }

  /* A chain as text: node labels, and between them the relations of each step. */
  function chainText(ctx, path) {
    var box = el("span", "cg-chain-text");
    box.appendChild(el("span", "cg-chain-node", ctx.label(path.nodes[0])));
    path.steps.forEach(function (step) {
      var names = step.edges.map(function (i) { return ctx.relationLabel(ctx.edges[i]); });
      var unique = names.filter(function (name, i) { return names.indexOf(name) === i; });
      var rel = step.against ? [" \u2190 ", user(unique.join(" / ")), " \u2014 "] : [" \u2014 ", user(unique.join(" / ")), " \u2192 "];
      box.appendChild(mixed("span", "cg-chain-rel", rel)); // a claim walked back is drawn the way it runs
      box.appendChild(el("span", "cg-chain-node", ctx.label(step.to)));
    });
    return box;
  }

  function chainDetails(ctx, path) {
    var box = el("div", "cg-chain-details");
    var names = [];
    path.nodes.forEach(function (id, i) { names.push(i ? " \u2192 " : "", user(ctx.label(id))); });
    box.appendChild(mixed("h2", "cg-details-title", [ctx.t("chain") + ": "].concat(names)));
    box.appendChild(badge(ctx, path.against ? "against" : effectKey(path.sign), path.hedged, ctx.change(path.nodes[path.nodes.length - 1])));
    var steps = el("ol", "cg-steps");
    path.steps.forEach(function (step) {
      var item = el("li");
      step.edges.forEach(function (index) {
        var head = el("p", "cg-step-title");
        head.appendChild(button("cg-link", edgeSentence(ctx, index), function () { ctx.onEdge(index); }));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(badge(ctx, effectKey(ctx.edges[index].sign), ctx.edges[index].hedged, ctx.change(ctx.edges[index].to)));
        item.appendChild(head);
        evidence(ctx, ctx.edges[index], item);
      });
      steps.appendChild(item);
    });
    box.appendChild(steps);
    return box;
  }

  /* The path finder's answer: verdict, counts and one button per chain. */
  function pathResult(ctx, from, to, result, maxHops) {
    var box = el("div");
    if (!result.paths.length) {
      box.appendChild(mixed("p", "cg-muted", ctx.tParts("noPaths", { n: maxHops, a: user(ctx.label(from)), b: user(ctx.label(to)) })));
      box.appendChild(mixed("p", "cg-muted cg-tried", ctx.tParts(result.reached === 0 ? "triedNone" : result.reached === 1 ? "triedOne" : "tried",
        { n: maxHops, a: user(ctx.label(from)), b: user(ctx.label(to)), k: result.reached })));
      if (result.back && result.back.paths.length) {
        var back = el("p", "cg-back");
        back.appendChild(button("cg-link", ctx.t(result.back.paths.length === 1 && !result.back.more ? "backOne" : "back", {
          k: result.back.paths.length + (result.back.more ? "+" : ""), a: ctx.label(to), b: ctx.label(from)
        }), ctx.onReverse));
        box.appendChild(back);
      }
      if (result.ignoring) { // paths exist against the arrows: say so
        var n = result.ignoring > 20 ? ctx.t("moreThan", { n: 20 }) : String(result.ignoring);
        box.appendChild(el("p", "cg-muted cg-any-way", ctx.t(result.ignoring === 1 ? "anyWayOne" : "anyWay", { n: n })));
      }
      return box;
    }
    var head = mixed("p", "cg-verdict", ctx.tParts("netEffect", { a: user(ctx.label(from)), b: user(ctx.label(to)) }).concat([" "]));
    head.appendChild(badge(ctx, result.verdict === "link" ? "against" : result.verdict, result.hedged, ctx.change(to)));
    box.appendChild(head);
    var counts = ctx.t(kindWord(ctx.change(to), "counts"), { inc: result.counts.increases, dec: result.counts.decreases, unc: result.counts.unclear });
    if (result.counts.links) { counts += ctx.t("links", { n: result.counts.links }); }
    box.appendChild(el("p", "cg-muted", counts));
    if (ctx.anyWay) { box.appendChild(el("p", "cg-muted cg-any-way", ctx.t("anyWayNote"))); }
    var list = el("ol", "cg-chains");
    result.paths.forEach(function (path, i) {
      var item = el("li");
      var choose = button("cg-chain", "", function () { ctx.onChain(i); });
      choose.setAttribute("aria-pressed", "false");
      choose.appendChild(chainText(ctx, path));
      var meta = el("span", "cg-chain-meta");
      meta.appendChild(badge(ctx, path.against ? "against" : effectKey(path.sign), path.hedged, ctx.change(to)));
      meta.appendChild(el("span", "cg-muted", path.steps.length === 1 ? ctx.t("step") : ctx.t("steps", { n: path.steps.length })));
      choose.appendChild(meta);
      item.appendChild(choose);
      list.appendChild(item);
    });
    box.appendChild(list);
    if (result.more) { box.appendChild(el("p", "cg-muted", ctx.t("more", { n: result.paths.length }))); }
    return box;
  }

  /* Who opened the details card: the control that had the keyboard when it opened (the search box, a
     chain's button, a legend item, the drawing), so that closing the card gives the keyboard back to it.
     A card opened from inside the card (a relation in a concept's card) keeps the first opener. */
  function opener(card) {
    var from = null;
    /* The card comes next to what opened it in the keyboard's order: Tab from its opener goes to the
       card's first control (from the search box it was six tab stops on), Shift+Tab from there back. */
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Tab" || card.hidden || !from || !from.isConnected) { return; }
      var first = card.querySelector("button, a[href], input, select, textarea");
      if (!first) { return; }
      var to = !event.shiftKey && document.activeElement === from ? first
        : event.shiftKey && document.activeElement === first ? from : null;
      if (to) {
        event.preventDefault();
        to.focus();
      }
    });
    return {
      remember: function () {
        var active = document.activeElement;
        if (!active || active === document.body || card.contains(active)) { return; }
        from = active;
      },
      /* Focus the opener, or fallback when the opener is gone (a list drawn again, a language switched). */
      back: function (fallback) {
        var target = from && from.isConnected ? from : fallback;
        from = null;
        if (target) { target.focus({ preventScroll: true }); }
      }
    };
  }

  /* How much of the canvas the side panels cover: their width while open as a drawer over it. */
  function drawerWidth() {
    var side = document.getElementById("cg-side");
    return side.classList.contains("cg-open") && getComputedStyle(side).position === "absolute" ? side.offsetWidth : 0;
  }
  /* The part of the drawing ``container`` that no card or drawer covers, where a selection is
     centred and fitted: beside the card, or above it on a phone, where it lies along the bottom. */
  function freeArea(container) {
    var panel = document.getElementById("cg-details");
    var width = container.clientWidth - drawerWidth();
    var height = container.clientHeight;
    if (panel.hidden) { return { left: 0, width: width, top: 0, height: height }; }
    var left = panel.offsetLeft + panel.offsetWidth;
    if (width - left < 0.4 * width) { // a phone: the card lies across the graph, along its bottom
      return { left: 0, width: width, top: 0, height: Math.max(0.3 * height, panel.offsetTop - 8) };
    }
    return { left: left, width: width - left, top: 0, height: height };
  }
  /* A card's claims after the first ``start``, added to ``list`` ``size`` at a time, each batch in a
     task of its own, so the page answers clicks and keys between them (thousands of lines at once
     held it for a second or more); ``rowsOf(claims)`` gives a card's list of those claims. The
     keyboard goes on at the first new line when ``focus``. Stops once the list is no longer shown
     (another card, the language switched). */
  function listRest(claims, list, focus, start, size, rowsOf) {
    var at = start;
    function batch() {
      var rows = rowsOf(claims.slice(at, at + size));
      var first = rows.firstElementChild;
      var lines = document.createDocumentFragment();
      while (rows.firstChild) { lines.appendChild(rows.firstChild); }
      list.appendChild(lines);
      at += size;
      return first;
    }
    var first = batch();
    if (focus && first) { first.querySelector("button").focus({ preventScroll: true }); } // where the button was
    (function next() {
      if (at >= claims.length) { list.removeAttribute("aria-busy"); return; }
      list.setAttribute("aria-busy", "true");
      setTimeout(function () { if (list.isConnected) { batch(); next(); } }, 0);
    }());
  }

  /* A hub's card ``box`` listing the first ``shown`` of its ``total`` claims: the list marked long, the
     count in its heading, and "Show all N", which calls ``rest(list, true)`` to list the others; once
     asked for (``asked.all``, kept when the card is made again in another language) they are listed
     at once. ``say(key, values)`` words it in the page's language, ``count`` writes a number. */
  function longRelations(box, total, shown, say, count, asked, rest) {
    var list = box.querySelector(".cg-relations");
    list.classList.add("cg-long");
    box.querySelector("h3").textContent = say("relations") + " (" + count(total) + ")";
    if (asked.all) { rest(list, false); return box; }
    var more = el("p", "cg-more-relations");
    more.appendChild(el("span", "cg-muted", say("relationsShown", { k: count(shown), n: count(total) }) + " "));
    more.appendChild(button("cg-show-relations", say("showAllRelations", { n: count(total) }), function () {
      asked.all = true;
      more.remove();
      rest(list, true);
    }));
    list.after(more);
    return box;
  }

  CG.panels = {
    el: el, button: button, mixed: mixed, user: user, nodeDetails: nodeDetails, edgeDetails: edgeDetails, chainDetails: chainDetails,
    pathResult: pathResult, edgeSentence: edgeSentence, hedgedWords: hedgedWords, effectWord: effectWord, evidenceText: evidenceText, opener: opener,
    drawerWidth: drawerWidth, freeArea: freeArea, listRest: listRest, longRelations: longRelations
  };
}(window.CG = window.CG || {}));
