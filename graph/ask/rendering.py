"""How query results show themselves in a notebook: through renderers the notebook stage registers.

The results of this stage are plain data; drawing them as HTML belongs to
:mod:`graph.notebook.tables`, which registers one function per kind of result
here when it is imported (``import graph`` imports it). A lower stage never
imports a higher one, so this is how ``_repr_html_`` reaches the renderer.

Examples
--------
>>> class Answer:
...     pass
>>> register_html("Answer", lambda result: "<b>42</b>")
>>> html_of(Answer())
'<b>42</b>'
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

__all__ = ["register_html", "html_of"]

_RENDERERS: dict[str, Callable[[Any], str]] = {}


def register_html(kind: str, render: Callable[[Any], str]) -> None:
    """Have results whose class is named ``kind`` drawn by ``render(result)``."""
    _RENDERERS[kind] = render


def html_of(result: Any) -> str:
    """``result`` as HTML, drawn by the renderer registered for its class (its ``repr``, escaped, without one)."""
    render = _RENDERERS.get(type(result).__name__)
    if render is None:
        return f"<pre>{html.escape(repr(result))}</pre>"
    return render(result)
