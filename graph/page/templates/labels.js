/* concept-graph page: labels that stay readable in a small view (issue 27). Zoomed out so far that a
   label would be drawn smaller than MIN_PX (a notebook cell of 990 px draws the magnesium graph at
   about 0.4), labels are drawn at MIN_PX on screen instead, and only those that do not overlap one
   another: the lit concepts first, then the best connected. The others show as the view zooms in. */
(function (CG) {
  "use strict";
  var MIN_PX = 9; // the smallest label drawn, in screen pixels (the magnesium graph at 1280 x 800 draws its own at 9.2)
  var BASE = 16; // the labels' own font size (draw.js)
  var CHAR = 0.55; // a character's width, as a share of the font size (as layout.py's _CHAR_PX / 16)
  var INSIDE = { box: 1, ellipse: 1, circle: 1, text: 1 }; // shapes drawn around their label (draw.js)

  /* The font size (in canvas units) for labels at this scale, or 0 when the own size is readable. Sizes
     come in steps of about 6 %, so that an animated zoom changes the labels a few times, not each frame. */
  function sizeFor(scale) {
    if (!(scale > 0) || BASE * scale >= MIN_PX) { return 0; }
    return Math.round(Math.pow(1.06, Math.ceil(Math.log(MIN_PX / scale) / Math.log(1.06))) * 10) / 10;
  }

  /* Which labels to draw at font size size: items [{id, x, y, r, text, always, own}] in order of rank
     (those marked always, and the first, whatever they cover), each label centred under its node, or
     for a shape drawn around its label (own: its {w, h} at the labels' own size) the shape grown with
     it; returns the set of ids whose labels are drawn. */
  function place(items, size) {
    var boxes = [];
    var shown = new Set();
    items.forEach(function (item, rank) {
      var b;
      if (item.own) { // a shape around its label: as large as the label at this size, where the node is
        var grow = size / BASE;
        b = [item.x - item.own.w * grow / 2, item.y - item.own.h * grow / 2, item.own.w * grow, item.own.h * grow];
      } else {
        var lines = String(item.text).split("\n");
        var w = Math.max.apply(null, lines.map(function (line) { return line.length; })) * CHAR * size;
        var h = lines.length * 1.2 * size;
        b = [item.x - w / 2, item.y + item.r, w, h];
      }
      var clear = boxes.every(function (o) { return b[0] + b[2] < o[0] || o[0] + o[2] < b[0] || b[1] + b[3] < o[1] || o[1] + o[3] < b[1]; });
      if (clear || rank === 0 || item.always) {
        boxes.push(b);
        shown.add(item.id);
      }
    });
    return shown;
  }

  CG.labels = { MIN_PX: MIN_PX, INSIDE: INSIDE, sizeFor: sizeFor, place: place };
}(window.CG = window.CG || {}));
