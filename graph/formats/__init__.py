"""The file formats other tools use, each one module with its reader and writer side by side.

GraphML (:mod:`~graph.formats.graphml`), GEXF (:mod:`~graph.formats.gexf`),
node-link JSON (:mod:`~graph.formats.nodelink`), KGX TSV (:mod:`~graph.formats.kgx`)
and our own data folder of CSV files (:mod:`~graph.formats.csvfolder`);
:mod:`~graph.formats.exchange` picks one by name or suffix, and
:mod:`~graph.formats.loading` holds :func:`graph.load`, which reads whatever a user brings.
"""
