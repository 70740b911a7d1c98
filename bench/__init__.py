"""Benchmarks of concept-graph: ``python -m bench`` runs them all (see README, "Performance")."""
