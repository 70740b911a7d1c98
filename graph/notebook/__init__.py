"""Showing graphs and results in Jupyter: the inline drawing, DataFrames, HTML tables of results."""
