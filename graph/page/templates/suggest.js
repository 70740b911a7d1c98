/* concept-graph page: "did you mean ...?" for a name that matches no concept, as the CLI says it.

   The same answer as graph/names.py (NameIndex.suggest) and graph/suggest.py (closest):
   likeness is difflib's ratio, 2 * matched / total, where matched sums the longest common
   blocks found recursively (SequenceMatcher without junk, which names never have). Names
   are compared by code point. */
(function (CG) {
  "use strict";
  var CUTOFF = 0.75; // as graph/ask/names.py: "noten" is not "botten"
  var NEARLY = 0.9;

  /* The longest common block of a[alo:ahi] and b[blo:bhi]: [i, j, size], earliest first. */
  function longest(a, b2j, alo, ahi, blo, bhi) {
    var besti = alo;
    var bestj = blo;
    var best = 0;
    var j2len = new Map();
    for (var i = alo; i < ahi; i += 1) {
      var next = new Map();
      var js = b2j.get(a[i]) || [];
      for (var n = 0; n < js.length; n += 1) {
        var j = js[n];
        if (j < blo) { continue; }
        if (j >= bhi) { break; }
        var k = (j2len.get(j - 1) || 0) + 1;
        next.set(j, k);
        if (k > best) { besti = i - k + 1; bestj = j - k + 1; best = k; }
      }
      j2len = next;
    }
    return [besti, bestj, best];
  }

  /* difflib.SequenceMatcher(None, a, b).ratio() */
  function ratio(a, b) {
    a = Array.from(a);
    b = Array.from(b);
    if (!a.length && !b.length) { return 1; }
    var b2j = new Map();
    b.forEach(function (c, j) { if (!b2j.has(c)) { b2j.set(c, []); } b2j.get(c).push(j); });
    var matched = 0;
    var queue = [[0, a.length, 0, b.length]];
    while (queue.length) {
      var q = queue.pop();
      var m = longest(a, b2j, q[0], q[1], q[2], q[3]);
      if (m[2]) {
        matched += m[2];
        if (q[0] < m[0] && q[2] < m[1]) { queue.push([q[0], m[0], q[2], m[1]]); }
        if (m[0] + m[2] < q[1] && m[1] + m[2] < q[3]) { queue.push([m[0] + m[2], q[1], m[1] + m[2], q[3]]); }
      }
    }
    return 2 * matched / (a.length + b.length);
  }

  /* difflib's quick_ratio: an upper bound of ratio from the characters both hold (b counted in counts). */
  function quickRatio(a, b, counts) {
    var left = new Map();
    var matches = 0;
    a.forEach(function (c) {
      var have = left.has(c) ? left.get(c) : counts.get(c) || 0;
      left.set(c, have - 1);
      if (have > 0) { matches += 1; }
    });
    return 2 * matches / (a.length + b.length);
  }

  /* graph.suggest.closest: up to n keys at least CUTOFF alike, best first, ties by code point.
     As there, two cheap upper bounds skip most keys before the full ratio. */
  function closest(wanted, keys, n) {
    var b = Array.from(wanted);
    var counts = new Map();
    b.forEach(function (c) { counts.set(c, (counts.get(c) || 0) + 1); });
    var scored = [];
    keys.forEach(function (key) {
      var a = Array.from(key);
      if (2 * Math.min(a.length, b.length) / (a.length + b.length) < CUTOFF || quickRatio(a, b, counts) < CUTOFF) { return; }
      var score = ratio(key, wanted);
      if (score >= CUTOFF) { scored.push([score, key]); }
    });
    scored.sort(function (x, y) { return y[0] - x[0] || CG.paths.compare(x[1], y[1]); });
    return scored.slice(0, n).map(function (s) { return s[1]; });
  }

  /* Every name of every node, normalised: ids (tier 0), labels (1), synonyms (2), in node order. */
  function table(nodes) {
    var entries = new Map();
    function add(name, tier, node) {
      if (typeof name !== "string" || !name.trim()) { return; }
      var key = CG.search.normalise(name);
      if (!entries.has(key)) { entries.set(key, []); }
      var list = entries.get(key);
      if (!list.some(function (e) { return e.tier === tier && e.node === node; })) { list.push({ tier: tier, node: node, written: name.trim() }); }
    }
    nodes.forEach(function (n) {
      add(String(n.id), 0, n.id);
      add(n.label, 1, n.id);
      add(n.label_nl, 1, n.id);
      (n.synonyms || []).forEach(function (s) { add(s, 2, n.id); });
    });
    return { keys: Array.from(entries.keys()), entries: entries };
  }

  /* True when one name is the other with a prefix or suffix that turns it round: "rust" and
     "onrust" or "rusteloosheid" (the lists of graph/ask/names.py). */
  var NEGATIONS = ["on", "un", "in", "non ", "non", "niet ", "a"];
  var LACKING = ["loos", "eloos", "loze", "eloze", "less"];
  function opposites(a, b) {
    var longer = a.length > b.length ? a : b;
    var shorter = a.length > b.length ? b : a;
    if (NEGATIONS.some(function (p) { return longer === p + shorter; })) { return true; }
    if (longer.indexOf(shorter) !== 0) { return false; }
    var rest = longer.slice(shorter.length);
    return LACKING.some(function (s) { return rest.indexOf(s) === 0; });
  }

  /* Up to n nodes whose names look like text: [{node, written}], one per node, best first. */
  function near(names, text, n) {
    n = n || 3;
    var wanted = CG.search.normalise(text);
    if (!wanted) { return []; }
    var keys = closest(wanted, names.keys, 4 * n).filter(function (key) { return !opposites(wanted, key); });
    if (keys.length) {
      var best = ratio(wanted, keys[0]);
      keys = keys.filter(function (key) { return ratio(wanted, key) >= NEARLY * best; });
    } else if (Array.from(wanted).length >= 3) {
      keys = names.keys.filter(function (k) { return (k.indexOf(wanted) === 0 || k.indexOf(" " + wanted) >= 0) && !opposites(wanted, k); })
        .map(function (k, i) { return [k, i]; })
        .sort(function (x, y) { return Array.from(x[0]).length - Array.from(y[0]).length || x[1] - y[1]; })
        .slice(0, 4 * n).map(function (pair) { return pair[0]; });
    }
    var found = [];
    var seen = new Set();
    keys.forEach(function (key) {
      var first = names.entries.get(key).reduce(function (a, e) { return e.tier < a.tier ? e : a; });
      if (!seen.has(first.node)) { seen.add(first.node); found.push({ node: first.node, written: first.written }); }
    });
    return found.slice(0, n);
  }

  CG.suggest = { ratio: ratio, closest: closest, table: table, near: near };
}(window.CG = window.CG || {}));
