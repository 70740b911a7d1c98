"""Asking a graph: names, paths and their net effect, neighbours, counts, and sentences that explain them.

Functions take the networkx graph first, in the NetworkX manner; their results
are plain data that show themselves in notebooks through :mod:`graph.ask.rendering`.
"""
