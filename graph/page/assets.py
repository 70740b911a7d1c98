"""The third-party JavaScript and CSS the page inlines, read from the installed pyvis.

pyvis ships vis-network's built files; we take them from there so the page
needs no network and the repository holds no copy of third-party code.
pyvis itself is not imported (it pulls in IPython): only its folder is found.

Examples
--------
>>> js = vis_network_js()
>>> "vis-network" in js[:200]
True
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

from ..errors import ConceptGraphError

__all__ = ["vis_network_js", "vis_network_css", "VIS_VERSION"]

#: The vis-network build taken from pyvis.
VIS_VERSION = "9.1.2"

_CLOSING_TAG = re.compile(r"</(script|style)", re.IGNORECASE)
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.MULTILINE)


def _pyvis_lib() -> Path:
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise ConceptGraphError("pyvis is not installed; install concept-graph with pip to get it")
    return Path(list(spec.submodule_search_locations)[0]) / "templates" / "lib" / f"vis-{VIS_VERSION}"


@cache
def _read(name: str) -> str:
    path = _pyvis_lib() / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConceptGraphError(f"cannot read {path}: {err.strerror}; reinstall pyvis 0.3.2 or newer") from err
    # Inlined into <script>/<style>: nothing may close the element early, and no
    # source map is asked for (it is not shipped).
    return _CLOSING_TAG.sub(r"<\\/\1", _SOURCE_MAP.sub("", text))


def vis_network_js() -> str:
    """vis-network's minified JavaScript, safe to put inside ``<script>``."""
    return _read("vis-network.min.js")


def vis_network_css() -> str:
    """vis-network's CSS, safe to put inside ``<style>``."""
    return _read("vis-network.css")
