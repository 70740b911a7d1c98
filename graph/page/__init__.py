"""Drawing the page: layout, the page data, the inlined assets and templates, the HTML.

Every page is made from one table form, :class:`~graph.read.columns.GraphColumns`;
:func:`graph.to_html` turns a networkx graph into it once.
"""
