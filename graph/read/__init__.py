"""Reading and checking data: CSV files as spreadsheets write them, numbers, vocabularies, the table form.

The lowest stage: it knows nothing of file formats of other tools, queries,
pages, notebooks or the command line. :mod:`graph.read.csvdata` reads a data
folder or an edge list into a networkx graph or a :class:`~graph.read.columns.GraphColumns`.
"""
