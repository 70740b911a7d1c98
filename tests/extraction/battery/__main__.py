"""``python -m tests.extraction.battery``: the battery's failures and their count per kind."""

from tests.extraction.battery import main

main()
