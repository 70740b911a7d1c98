/* concept-graph page: the path finder, the same answer as graph.ask.paths in Python.

   A path is a simple path of 1..maxHops hops following the arrows; an undirected
   edge is walked both ways. A step u->v holds every edge leading from u to v (payload order); its sign is the common sign of its signed
   edges (0 when none or when they disagree). A path's sign is the product of its
   step signs. Paths are ordered by hops, then by their node ids compared by code
   point; at most maxPaths are returned, with a flag saying whether more exist. */
(function (CG) {
  "use strict";

  /* Compare two strings by Unicode code point, as Python does (not by UTF-16 unit). */
  function compare(a, b) {
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i);
      var y = b.codePointAt(j);
      if (x !== y) { return x < y ? -1 : 1; }
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    if (i < a.length) { return 1; }
    return j < b.length ? -1 : 0;
  }

  /* Adjacency of the graph: successors in code-point order, edges of each step. An undirected
     edge (or, with anyWay, every edge) is a step both ways, as graph/ask/walk.py walks it. */
  function model(nodes, edges, anyWay) {
    var succ = new Map();
    var pred = new Map();
    var steps = new Map();
    var directed = false;
    nodes.forEach(function (n) { succ.set(n.id, []); pred.set(n.id, []); });
    var add = function (u, v, index) {
      var key = u + "\u0000" + v;
      if (!steps.has(key)) {
        steps.set(key, []);
        succ.get(u).push(v);
        pred.get(v).push(u);
      }
      steps.get(key).push(index);
    };
    edges.forEach(function (e, index) { add(e.from, e.to, index); });
    edges.forEach(function (e, index) { // the way back after every way forward, as graph/ask/walk.py
      if ((anyWay || e.undirected) && e.from !== e.to) { add(e.to, e.from, index); }
      if (!e.undirected) { directed = true; }
    });
    succ.forEach(function (list) { list.sort(compare); });
    return { succ: succ, pred: pred, steps: steps, edges: edges, directed: directed && !anyWay };
  }

  /* True when edge i runs from u (or is a link): a claim walked back from its target, once directions
     are ignored, says nothing of the way the walk goes (graph/ask/paths.py: Edge.against). */
  function runsFrom(g, i, u) { var e = g.edges[i]; return e.undirected || e.from === u; }
  function stepSign(g, u, v) {
    var signs = g.steps.get(u + "\u0000" + v).filter(function (i) { return runsFrom(g, i, u); })
      .map(function (i) { return g.edges[i].sign; })
      .filter(function (s) { return s === 1 || s === -1; });
    if (!signs.length) { return 0; }
    return signs.every(function (s) { return s === signs[0]; }) ? signs[0] : 0;
  }

  /* Hops to target from every node within cutoff hops, following edges forward (back(v) lists the
     nodes with an edge into v), never through a node of avoid. */
  function distancesTo(back, target, cutoff, avoid) {
    var dist = new Map([[target, 0]]);
    var frontier = [target];
    for (var hops = 1; hops <= cutoff && frontier.length; hops += 1) {
      var ahead = [];
      for (var f = 0; f < frontier.length; f += 1) {
        var before = back(frontier[f]);
        for (var b = 0; b < before.length; b += 1) {
          var u = before[b];
          if (!dist.has(u) && !(avoid && avoid.has(u))) { dist.set(u, hops); ahead.push(u); }
        }
      }
      frontier = ahead;
    }
    return dist;
  }

  /* How many successors the cheap walk may look at before it walks again with the exact test. */
  var CHEAP_WORK = 200000;
  var OVER_BUDGET = {};

  /* Up to limit simple paths from source to target of at most maxHops hops, by hops, then node ids
     (next(u) lists u's successors in id order, back(v) the nodes with an edge into v), as
     graph/ask/search.py finds them. A walk enters a node only when the target can still be reached in
     the hops left. Measured over the whole graph, that test is cheap but can be fooled (a complete graph
     whose target hangs on the source alone: every chain of the others is tried in vain), so the cheap
     walk has a budget; when it is spent, the walk starts again and measures the hops avoiding the nodes
     on the walk, so that each node entered lies on a path still to be found. budget: CHEAP_WORK unless
     given (0 walks exactly from the start). */
  function simplePaths(next, back, source, target, maxHops, limit, budget) {
    var most = budget === undefined ? CHEAP_WORK : budget;
    if (source === target) { return []; }
    var dist = distancesTo(back, target, maxHops - 1, null); // a level less: of the farthest, only source counts
    if (!dist.has(source)) {
      var first = next(source);
      for (var f = 0; f < first.length; f += 1) {
        var d = dist.get(first[f]);
        if (d !== undefined && d + 1 < (dist.get(source) || Infinity)) { dist.set(source, d + 1); }
      }
      if (!dist.has(source)) { return []; }
    }
    var work = 0;
    var run = function (exact) {
      var found = [];
      var longest = Math.min(maxHops, dist.size - 1); // a simple path visits each node once
      for (var hops = dist.get(source); hops <= longest; hops += 1) {
        var walk = [source];
        var onWalk = new Set(walk);
        var near = [exact ? distancesTo(back, target, hops - 1, onWalk) : dist];
        var stack = [{ list: next(source), at: 0 }];
        while (stack.length) {
          var top = stack[stack.length - 1];
          var entered = false;
          while (top.at < top.list.length && !entered) {
            var node = top.list[top.at];
            top.at += 1;
            var left = hops - walk.length; // hops left once node is entered
            if (node === target) {
              if (left === 0) {
                found.push(walk.concat([target]));
                if (found.length >= limit) { return found; }
              }
            } else if (!onWalk.has(node) && near[near.length - 1].get(node) <= left) {
              var list = next(node);
              if (!exact) {
                work += list.length;
                if (work > most) { throw OVER_BUDGET; }
              }
              walk.push(node);
              onWalk.add(node);
              stack.push({ list: list, at: 0 });
              near.push(exact ? distancesTo(back, target, left - 1, onWalk) : dist);
              entered = true;
            }
          }
          if (!entered) {
            stack.pop();
            near.pop();
            onWalk.delete(walk.pop());
          }
        }
      }
      return found;
    };
    try { return run(false); } catch (err) {
      if (err !== OVER_BUDGET) { throw err; }
      return run(true);
    }
  }

  function describe(g, nodes) {
    var steps = [];
    var sign = 1;
    var against = false;
    for (var i = 0; i + 1 < nodes.length; i += 1) {
      var u = nodes[i];
      var edges = g.steps.get(u + "\u0000" + nodes[i + 1]).slice();
      var back = !edges.some(function (e) { return runsFrom(g, e, u); });
      var s = stepSign(g, u, nodes[i + 1]);
      steps.push({ from: u, to: nodes[i + 1], edges: edges, sign: s, against: back, hedged: stepHedged(g, u, edges, s) });
      sign *= s;
      against = against || back;
    }
    return {
      nodes: nodes, steps: steps, sign: against || sign === 0 ? 0 : sign, against: against,
      hedged: steps.some(function (step) { return step.hedged; }) // some step only *may* happen: so may the chain
    };
  }

  /* A step is hedged when every claim that gives it its sign is ("may increase"); unsigned, when its
     claim is: the first edge that runs the step's way, else the first edge (graph/ask/paths.py Step.hedged). */
  function stepHedged(g, u, edges, sign) {
    var ahead = edges.filter(function (i) { return runsFrom(g, i, u); });
    if (sign) {
      return ahead.filter(function (i) { return g.edges[i].sign === sign; }).every(function (i) { return !!g.edges[i].hedged; });
    }
    return !!g.edges[(ahead.length ? ahead : edges)[0]].hedged;
  }

  function effectOf(path) { return path.against ? "link" : path.sign === 1 ? "increases" : path.sign === -1 ? "decreases" : "unclear"; }

  function verdict(counts, total) {
    if (!total) { return "no path"; }
    if (counts.increases && counts.decreases) { return "mixed"; }
    if (counts.increases) { return "increases"; }
    if (counts.decreases) { return "decreases"; }
    return counts.links === total ? "link" : "unclear";
  }

  /* All paths from source to target, as the contract says. */
  function findPaths(g, source, target, options) {
    var maxHops = (options && options.maxHops) || 4;
    var maxPaths = (options && options.maxPaths) || 20;
    var found = [];
    if (source !== target && g.succ.has(source) && g.succ.has(target)) {
      var next = function (u) { return g.succ.get(u); };
      var back = function (v) { return g.pred.get(v); };
      found = simplePaths(next, back, source, target, maxHops, maxPaths + 1);
    }
    var paths = found.slice(0, maxPaths).map(function (nodes) { return describe(g, nodes); });
    var counts = { increases: 0, decreases: 0, unclear: 0, links: 0 };
    paths.forEach(function (p) { counts[p.against ? "links" : effectOf(p)] += 1; });
    var said = verdict(counts, paths.length);
    // The verdict only *may* hold when every chain that gives it is hedged (NetEffect.hedged in Python).
    var giving = paths.filter(function (p) { return effectOf(p) === said; });
    var hedged = giving.length > 0 && giving.every(function (p) { return p.hedged; });
    return { paths: paths, more: found.length > maxPaths, counts: counts, verdict: said, hedged: hedged, found: found.length };
  }

  /* How many other nodes can be reached from source along the arrows in at most maxHops hops. */
  function reachable(g, source, maxHops) {
    var dist = new Map([[source, 0]]);
    var queue = [source];
    for (var head = 0; head < queue.length; head += 1) {
      var node = queue[head];
      if (dist.get(node) < maxHops) {
        g.succ.get(node).forEach(function (v) {
          if (!dist.has(v)) { dist.set(v, dist.get(node) + 1); queue.push(v); }
        });
      }
    }
    return dist.size - 1;
  }

  CG.paths = { compare: compare, model: model, findPaths: findPaths, simplePaths: simplePaths, stepSign: stepSign, reachable: reachable };
}(window.CG = window.CG || {}));
