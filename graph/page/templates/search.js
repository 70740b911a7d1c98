/* concept-graph page: finding a node by any of its names, and the suggestion box.

   Names are compared accent- and case-insensitively: NFD, combining marks removed,
   lower case, runs of spaces, "_" and "-" read as one space. */
(function (CG) {
  "use strict";
  var MARKS = /\p{M}/gu;
  var SEPARATORS = /[\s_\-\u2010-\u2014]+/g; // as graph/names.py
  var LIMIT = 8;

  function normalise(text) {
    return String(text).normalize("NFD").replace(MARKS, "").toLowerCase().replace(SEPARATORS, " ").trim();
  }

  /* For each node, its names (labels first, then synonyms, then the id), normalised. */
  function index(nodes) {
    return nodes.map(function (n) {
      var names = [n.label, n.label_nl].concat(n.synonyms || [], [n.id]);
      var seen = new Set();
      var keys = [];
      names.forEach(function (name, position) {
        var key = normalise(name || "");
        if (key && !seen.has(key)) { seen.add(key); keys.push({ key: key, name: name, label: position < 2 }); }
      });
      return { node: n, keys: keys };
    });
  }

  /* 0 exact, 1 starts with, 2 a word starts with, 3 contains; -1 no match. */
  function rank(key, query) {
    if (key === query) { return 0; }
    if (key.indexOf(query) === 0) { return 1; }
    if (key.indexOf(" " + query) >= 0) { return 2; }
    return key.indexOf(query) >= 0 ? 3 : -1;
  }

  /* The best matches for text: [{node, name, label}] best first. */
  function match(entries, text, labelOf, limit) {
    var query = normalise(text);
    if (!query) { return []; }
    var hits = [];
    entries.forEach(function (entry) {
      var best = null;
      entry.keys.forEach(function (k) {
        var r = rank(k.key, query);
        if (r >= 0 && (best === null || r < best.rank || (r === best.rank && k.label && !best.label))) {
          best = { rank: r, name: k.name, label: k.label };
        }
      });
      if (best) { hits.push({ node: entry.node, name: best.name, label: best.label, rank: best.rank, sort: normalise(labelOf(entry.node)) }); }
    });
    hits.sort(function (a, b) {
      return a.rank - b.rank || (a.label === b.label ? 0 : a.label ? -1 : 1) || CG.paths.compare(a.sort, b.sort) ||
        CG.paths.compare(a.node.id, b.node.id);
    });
    return hits.slice(0, limit || LIMIT);
  }

  /* An ARIA combobox over input and its listbox: suggestions as you type, arrows, Enter, Escape.
     options: {suggest(text) -> [{id, primary, secondary}], choose(item)}. */
  function combobox(input, list, options) {
    var items = [];
    var active = -1;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function close() {
      list.hidden = true;
      list.style.visibility = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function mark(position) {
      active = position;
      Array.prototype.forEach.call(list.children, function (li, i) { li.setAttribute("aria-selected", i === active ? "true" : "false"); });
      if (active >= 0) {
        input.setAttribute("aria-activedescendant", list.children[active].id);
        list.children[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }
    function pick(position) {
      var item = items[position];
      close();
      if (item) { options.choose(item); }
    }
    function open() {
      items = options.suggest(input.value);
      list.textContent = "";
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var primary = document.createElement("span");
        primary.textContent = item.primary;
        li.appendChild(primary);
        if (item.secondary) {
          var secondary = document.createElement("span");
          secondary.className = "cg-muted";
          secondary.textContent = item.secondary;
          li.appendChild(secondary);
        }
        li.addEventListener("mousedown", function (event) { event.preventDefault(); pick(i); });
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
      list.style.visibility = "";
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      active = -1;
    }
    /* Leaving the field hides the list at once but frees its room only after the click or
       key that left it: a list in the flow of a panel would otherwise move the button being
       clicked away from under the pointer. */
    function leave() {
      if (list.hidden) { close(); return; }
      list.style.visibility = "hidden";
      var done = false;
      var finish = function () {
        if (done) { return; }
        done = true;
        document.removeEventListener("click", finish);
        document.removeEventListener("keyup", finish);
        if (document.activeElement !== input) { close(); }
      };
      document.addEventListener("click", finish);
      document.addEventListener("keyup", finish);
      setTimeout(finish, 1000);
    }
    input.addEventListener("input", open);
    input.addEventListener("blur", leave);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (list.hidden) { open(); }
        if (items.length) {
          var step = event.key === "ArrowDown" ? 1 : -1;
          mark((active + step + items.length + (active < 0 && step < 0 ? 1 : 0)) % items.length);
        }
        event.preventDefault();
      } else if (event.key === "Enter") {
        if (!list.hidden && items.length) {
          event.preventDefault();
          pick(active >= 0 ? active : 0);
        } else if (options.none && input.value.trim() && !options.suggest(input.value).length) {
          event.preventDefault();
          options.none(input.value.trim()); // nothing matches: say so, with the names that come close
        }
      } else if (event.key === "Escape" && !list.hidden) {
        close();
        event.stopPropagation();
      }
    });
    return { close: close, refresh: function () { if (!list.hidden) { open(); } } };
  }

  CG.search = { normalise: normalise, index: index, match: match, combobox: combobox };
}(window.CG = window.CG || {}));
