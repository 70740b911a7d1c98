/* concept-graph page, packed (graph/html.py, packed=True): vis-network and the page's scripts
   travel gzip-compressed in base64 in #cg-packed. Unpack them with the browser's own
   DecompressionStream and run them, in order, as one inline script. Nothing is fetched. */
(function () {
  "use strict";
  var text = atob(document.getElementById("cg-packed").textContent.trim());
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i += 1) { bytes[i] = text.charCodeAt(i); }
  var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  new Response(stream).text().then(function (code) {
    var script = document.createElement("script");
    script.textContent = code;
    document.body.appendChild(script);
  });
}());
