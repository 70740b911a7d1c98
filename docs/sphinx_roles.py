"""MkDocs hook: the Sphinx roles of our numpydoc docstrings read as plain code on the site.

The docstrings follow numpydoc, as networkx's do, and name other objects with
Sphinx roles (``:func:`load```). mkdocstrings renders the backquoted name as
code but leaves the role's text in front of it (":func:load"); this hook drops
the role, so the API page shows ``load`` as code. Listed under ``hooks:`` in
``mkdocs.yml``; ``tests/test_docs_site.py`` checks that no role is left.
"""

from __future__ import annotations

import re
from typing import Any

#: A role's text just before the code element mkdocstrings made of its target.
ROLE = re.compile(r":(?:func|class|meth|attr|data|mod|exc|obj|ref|py:\w+):(?=<code)")


def on_page_content(html: str, **kwargs: Any) -> str:
    """The page's HTML without the Sphinx roles' text."""
    return ROLE.sub("", html)
