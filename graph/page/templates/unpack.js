/* concept-graph page, packed (graph/html.py, packed=True): vis-network and the page's scripts
   travel gzip-compressed in base64 in #cg-packed. Unpack them with the browser's own
   DecompressionStream and run them, in order, as one inline script. Nothing is fetched.
   A browser without DecompressionStream (before 2023) says so instead of staying blank. */
(function () {
  "use strict";
  function fail() {
    var note = document.createElement("p");
    note.className = "cg-unpack-failed";
    note.textContent = "This browser cannot unpack the drawing (it needs DecompressionStream: Chrome 80, Firefox 113, " +
      "Safari 16.4 or newer). graph.write_html(G, 'graph.html') writes a page that opens in any browser.";
    document.body.insertBefore(note, document.body.firstChild);
  }
  if (typeof DecompressionStream === "undefined") { fail(); return; }
  var text = atob(document.getElementById("cg-packed").textContent.trim());
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i += 1) { bytes[i] = text.charCodeAt(i); }
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  new Response(stream).text().then(function (code) {
    var script = document.createElement("script");
    script.textContent = code;
    document.body.appendChild(script);
  }, fail);
}());
