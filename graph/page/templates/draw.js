/* concept-graph page: how nodes and edges look (normal, lit, dimmed) and the legend's symbols. */
(function (CG) {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  // Fonts about 7.6 px a character at 16 px (layout.py's _CHAR_PX allows for that).
  var FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
  var INSIDE = { box: 1, ellipse: 1, circle: 1, text: 1 }; // as payload.INSIDE_SHAPES
  var SIGN = {
    "1": { color: "#228833", dashes: false, svgDash: "" },
    "-1": { color: "#cc3311", dashes: [8, 5], svgDash: "6 4" },
    "0": { color: "#8c8c8c", dashes: [2, 4], svgDash: "2 3" }
  };
  var DEFAULT_CATEGORY = { color: "#97c2fc", shape: "dot" };

  function rgb(hex) {
    var m = /^#?([0-9a-f]{6})$/i.exec(hex || "");
    var n = parseInt(m ? m[1] : "97c2fc", 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  function hex(c) {
    return "#" + c.map(function (v) { return ("0" + Math.round(Math.max(0, Math.min(255, v))).toString(16)).slice(-2); }).join("");
  }
  /* colour a moved towards white by share (0..1); towards black when share < 0. */
  var tints = new Map(); // a page asks for the same few tints thousands of times
  function tint(color, share) {
    var key = color + "/" + share;
    var known = tints.get(key);
    if (known === undefined) {
      var target = share >= 0 ? 255 : 0;
      var s = Math.abs(share);
      known = hex(rgb(color).map(function (v) { return v + (target - v) * s; }));
      tints.set(key, known);
    }
    return known;
  }
  /* The page's theme: dark when the page says so (html data-theme="dark", as show(theme="dark") writes
     it) or, when it leaves it to the system, when the system prefers dark. Labels and dimmed items
     are drawn for that background. */
  var root = document.documentElement;
  var DARK = root.getAttribute("data-theme") === "dark" ||
    (root.getAttribute("data-theme") !== "light" && !!window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  var INK = DARK
    ? { text: "#e6edf3", dim: "#59636e", halo: "#0d1117", edgeText: "#c9d1d9", back: [13, 17, 23] }
    : { text: "#1a1a1a", dim: "#c2c2c2", halo: "#ffffff", edgeText: "#333333", back: [255, 255, 255] };
  /* colour a moved towards the page's background by share (0..1): how a dimmed item fades. */
  var fades = new Map();
  function fade(color, share) {
    var key = color + "/" + share;
    var known = fades.get(key);
    if (known === undefined) {
      known = hex(rgb(color).map(function (v, i) { return v + (INK.back[i] - v) * share; }));
      fades.set(key, known);
    }
    return known;
  }
  function dark(color) {
    var c = rgb(color);
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2] < 140;
  }
  function sign(value) { return SIGN[String(value)] || SIGN["0"]; }
  /* The dash pattern of an edge of a sign (false: solid), for a drawing that sets it itself (the overview of a large graph). */
  function dashes(value) { return sign(value).dashes; }

  /* vis-network options of a node of category cat and radius size, state "normal" | "lit" | "dim". */
  function nodeStyle(cat, size, state) {
    var c = cat || DEFAULT_CATEGORY;
    var base = c.color || DEFAULT_CATEGORY.color;
    var shape = c.shape || "dot";
    var inside = INSIDE[shape] === 1;
    var dim = state === "dim";
    var background = dim ? fade(base, 0.8) : base;
    var border = dim ? fade(base, 0.7) : tint(base, -0.35);
    var ink = inside ? (c.font_color || (dark(base) ? "#ffffff" : "#1a1a1a")) : INK.text;
    var style = {
      shape: shape,
      size: size,
      borderWidth: state === "lit" ? 3 : 1.5,
      color: {
        background: background, border: border,
        highlight: { background: base, border: INK.text }, // a selected concept's outline: the page's ink, seen on either theme
        hover: { background: base, border: INK.text }
      },
      font: {
        face: FONT, size: 16, color: dim ? INK.dim : ink,
        strokeWidth: inside ? 0 : 4, strokeColor: INK.halo
      }
    };
    if (shape === "database") {
      style.shape = "custom";
      style.ctxRenderer = cylinder;
      style.cgFont = style.font;
    }
    if (inside) {
      style.margin = 7;
      if (shape === "text") { style.font.color = dim ? INK.dim : base; }
      if (dim) { style.color.background = fade(base, 0.85); }
    }
    return style;
  }

  /* vis-network draws its "database" shape as wide as its label, inside; this draws a
     cylinder of the node's size with the label below it, like the other shapes. vis keeps
     the first renderer of a node, so it reads the node's current size and font from there. */
  var customs = null;
  var drawThreshold = 5; // as vis-network's nodes.scaling.label.drawThreshold
  function cylinder(args) {
    var options = customs.get(args.id);
    var font = options.cgFont;
    var w = options.size * 1.5;
    var h = options.size * 1.8;
    var ctx = args.ctx;
    var x = args.x;
    var y = args.y;
    var st = args.style;
    var rim = h * 0.16;
    return {
      drawNode: function () {
        ctx.beginPath();
        ctx.moveTo(x - w / 2, y - h / 2 + rim);
        ctx.lineTo(x - w / 2, y + h / 2 - rim);
        ctx.ellipse(x, y + h / 2 - rim, w / 2, rim, 0, Math.PI, 0, true);
        ctx.lineTo(x + w / 2, y - h / 2 + rim);
        ctx.ellipse(x, y - h / 2 + rim, w / 2, rim, 0, 0, 2 * Math.PI);
        ctx.fillStyle = st.color;
        ctx.strokeStyle = st.borderColor;
        ctx.lineWidth = st.borderWidth;
        ctx.fill();
        ctx.stroke();
      },
      drawExternalLabel: function () {
        var scale = ctx.getTransform().a / (window.devicePixelRatio || 1);
        if (!args.label || font.size * scale < drawThreshold - 1) { return; } // too small to read: vis skips such labels too
        ctx.font = font.size + "px " + font.face;
        ctx.textAlign = "center";
        ctx.textBaseline = "top";
        ctx.lineJoin = "round";
        ctx.lineWidth = font.strokeWidth;
        ctx.strokeStyle = font.strokeColor;
        // dimmed by its opacity (a large graph's dimmed nodes, page.js): the label in the dimmed ink
        ctx.fillStyle = typeof st.opacity === "number" && st.opacity < 1 ? INK.dim : font.color;
        String(args.label).split("\n").forEach(function (line, i) {
          var top = y + h / 2 + 4 + i * Math.round(font.size * 1.2);
          ctx.strokeText(line, x, top);
          ctx.fillText(line, x, top);
        });
      },
      nodeDimensions: { width: w, height: h }
    };
  }

  /* vis-network options of an edge of the given sign, state "normal" | "lit" | "dim".
     plain (large graphs): solid lines, no arrows of their own (the network's options switch
     them on once zoomed in), lit edges opaque however much the network dims the others. */
  function edgeStyle(value, state, plain, width) {
    var s = sign(value);
    var color = state === "dim" ? fade(s.color, 0.85) : s.color;
    var normal = width || 1.6; // a weight drawn as width (graph/payload.py edge_widths)
    var style = {
      color: { color: color, highlight: s.color, hover: s.color, inherit: false },
      width: state === "lit" ? Math.max(3, normal) : normal
    };
    if (plain) {
      if (state === "lit") { style.color.opacity = 1; }
    } else {
      style.dashes = s.dashes;
      style.arrows = { to: { enabled: true, scaleFactor: state === "lit" ? 0.8 : 0.65 } };
    }
    return style;
  }

  function svg(width, height) {
    var box = document.createElementNS(SVG, "svg");
    box.setAttribute("width", String(width));
    box.setAttribute("height", String(height));
    box.setAttribute("viewBox", "0 0 " + width + " " + height);
    box.setAttribute("aria-hidden", "true");
    box.setAttribute("focusable", "false");
    return box;
  }
  function shapeElement(kind, attrs) {
    var item = document.createElementNS(SVG, kind);
    Object.keys(attrs).forEach(function (k) { item.setAttribute(k, String(attrs[k])); });
    return item;
  }
  function polygon(points) { return shapeElement("polygon", { points: points.map(function (p) { return p.join(","); }).join(" ") }); }
  function regular(count, radius, start, inner) {
    var points = [];
    var total = inner ? count * 2 : count;
    for (var i = 0; i < total; i += 1) {
      var r = inner && i % 2 ? inner : radius;
      var a = start + (2 * Math.PI * i) / total;
      points.push([(9 + r * Math.cos(a)).toFixed(2), (9 + r * Math.sin(a)).toFixed(2)]);
    }
    return polygon(points);
  }

  /* A legend symbol: the category's shape in its colour, as the graph draws it. */
  function swatch(cat) {
    var c = cat || DEFAULT_CATEGORY;
    var color = c.color || DEFAULT_CATEGORY.color;
    var box = svg(18, 18);
    var shapes = {
      dot: function () { return shapeElement("circle", { cx: 9, cy: 9, r: 7 }); },
      circle: function () { return shapeElement("circle", { cx: 9, cy: 9, r: 7 }); },
      square: function () { return shapeElement("rect", { x: 2.5, y: 2.5, width: 13, height: 13 }); },
      box: function () { return shapeElement("rect", { x: 1, y: 4, width: 16, height: 10, rx: 3 }); },
      ellipse: function () { return shapeElement("ellipse", { cx: 9, cy: 9, rx: 8, ry: 5.5 }); },
      database: function () { return shapeElement("path", { d: "M2 5 A7 2.6 0 0 1 16 5 V13 A7 2.6 0 0 1 2 13 Z" }); },
      diamond: function () { return polygon([[9, 1], [17, 9], [9, 17], [1, 9]]); },
      triangle: function () { return polygon([[9, 1.5], [17, 15.5], [1, 15.5]]); },
      triangleDown: function () { return polygon([[1, 2.5], [17, 2.5], [9, 16.5]]); },
      hexagon: function () { return regular(6, 8, 0); },
      star: function () { return regular(5, 8.5, -Math.PI / 2, 3.6); },
      text: function () {
        var glyph = shapeElement("text", { x: 9, y: 14, "text-anchor": "middle", "font-size": 14, "font-weight": 700 });
        glyph.textContent = "A";
        return glyph;
      }
    };
    var item = (shapes[c.shape] || shapes.dot)();
    item.setAttribute("fill", color);
    item.setAttribute("stroke", c.shape === "text" ? "none" : tint(color, -0.35));
    item.setAttribute("stroke-width", "1.2");
    box.appendChild(item);
    return box;
  }

  /* A legend line for weights: a grey line growing from thin to thick. */
  function widthSwatch() {
    var box = svg(40, 12);
    var wedge = polygon([[1, 5.5], [39, 2], [39, 10], [1, 6.5]]);
    wedge.setAttribute("fill", "#777777");
    box.appendChild(wedge);
    return box;
  }

  /* A legend line: the edge colour and dash of a sign (plain: solid), with its arrow. */
  function edgeSwatch(value, plain) {
    var s = sign(value);
    var box = svg(40, 12);
    var line = shapeElement("line", { x1: 1, y1: 6, x2: 31, y2: 6, stroke: s.color, "stroke-width": 2.2 });
    if (s.svgDash && !plain) { line.setAttribute("stroke-dasharray", s.svgDash); }
    box.appendChild(line);
    var head = polygon([[39, 6], [30, 1.5], [30, 10.5]]);
    head.setAttribute("fill", s.color);
    box.appendChild(head);
    return box;
  }

  /* Tell the custom shapes where the nodes' current options are (a vis DataSet), and
     below which drawn font size they leave out their label. */
  function useNodes(dataset, threshold) { customs = dataset; drawThreshold = threshold; }

  /* The drawing is one tab stop: vis-network's own frame, which takes the arrow keys (move) and + / -
     (zoom) when focused. It is named for screen readers (the name is set, in the page's language, by
     translate() through data-t-label) and the container around it is a plain box. */
  function nameFrame(container) {
    var frame = container.querySelector(".vis-network");
    if (!frame) { return; }
    frame.setAttribute("role", "application");
    frame.setAttribute("data-t-label", "graphKeys");
    frame.tabIndex = 0;
  }

  /* Inside a frame (a notebook's output, a web page), the wheel scrolls the page around the drawing:
     it zooms only once the drawing is clicked or focused (until the frame loses focus), or with
     Ctrl / Cmd held. The first wheel that does not zoom says so. */
  function guardWheel(network, container, say) {
    if (window.self === window.top) { return; }
    var active = false;
    var hint = null;
    function activate(on) {
      if (on === active) { return; }
      active = on;
      network.setOptions({ interaction: { zoomView: on } });
    }
    // vis-network focuses its frame when the pointer merely enters it (keyboard.autoFocus): here only a
    // click or Tab focuses it, so a pointer passing over the drawing on its way down the notebook does not.
    network.setOptions({ interaction: { zoomView: false, keyboard: { enabled: true, bindToWindow: false, autoFocus: false } } });
    container.addEventListener("pointerdown", function () { activate(true); }, true);
    container.addEventListener("focusin", function () { activate(true); });
    window.addEventListener("blur", function () { activate(false); });
    container.addEventListener("wheel", function (event) {
      if (active) { return; }
      if (event.ctrlKey || event.metaKey) { // zoom around the pointer, as vis-network does once active
        event.preventDefault();
        var rect = container.getBoundingClientRect();
        var at = network.DOMtoCanvas({ x: event.clientX - rect.left, y: event.clientY - rect.top });
        var scale = network.getScale() * (event.deltaY < 0 ? 1.1 : 1 / 1.1);
        var view = network.getViewPosition();
        var keep = 1 - network.getScale() / scale;
        network.moveTo({ scale: scale, position: { x: view.x + (at.x - view.x) * keep, y: view.y + (at.y - view.y) * keep } });
        return;
      }
      if (!hint) {
        hint = document.createElement("p");
        hint.className = "cg-wheel-hint";
        hint.setAttribute("role", "status");
        container.parentNode.appendChild(hint);
      }
      hint.textContent = say();
      hint.hidden = false;
      clearTimeout(hint.timer);
      hint.timer = setTimeout(function () { hint.hidden = true; }, 2500);
    }, { passive: false, capture: true });
  }

  /* The relation shown on each lit edge: edges between the same two concepts (either way) share one
     label, their relations joined ("promotes / enables", a relation said twice once), carried by the
     first of them; the others show none, so parallel labels never lie over each other. */
  function pairLabels(edgeIds, ends, text) {
    var carrier = new Map();
    var shown = new Map();
    Array.from(edgeIds).sort(function (a, b) { return a - b; }).forEach(function (e) {
      var pair = ends(e).map(String).sort().join("\u0000");
      var first = carrier.get(pair);
      if (first === undefined) { carrier.set(pair, e); shown.set(e, [text(e)]); return; }
      shown.set(e, null);
      if (shown.get(first).indexOf(text(e)) < 0) { shown.get(first).push(text(e)); }
    });
    var labels = new Map();
    shown.forEach(function (texts, e) { labels.set(e, texts ? texts.join(" / ") : " "); });
    return labels;
  }

  CG.draw = { INSIDE: INSIDE, dashes: dashes, pairLabels: pairLabels, useNodes: useNodes, nodeStyle: nodeStyle, edgeStyle: edgeStyle, swatch: swatch, edgeSwatch: edgeSwatch, widthSwatch: widthSwatch, tint: tint, fade: fade, FONT: FONT, INK: INK, DARK: DARK, nameFrame: nameFrame, guardWheel: guardWheel };
}(window.CG = window.CG || {}));
