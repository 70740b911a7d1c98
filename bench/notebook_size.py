"""The weight of a notebook once run: ``python -m bench.notebook_size [NOTEBOOK]``.

Runs the notebook with a real kernel (nbclient) in its own folder, writes it as
Jupyter would save it, and reports the file's size and that of its drawings
(the outputs of ``graph.show``). The notebook itself is not changed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["saved_size", "NOTEBOOK"]

ROOT = Path(__file__).resolve().parent.parent
#: The notebook measured by default.
NOTEBOOK = ROOT / "notebooks" / "01_explore.ipynb"


def saved_size(notebook: Path = NOTEBOOK, timeout: int = 300) -> dict[str, Any]:
    """``{"notebook", "bytes", "before", "drawings", "drawing_bytes"}`` of ``notebook`` after a run.

    ``bytes`` is the size of the saved file after running, ``before`` its size as
    committed, ``drawing_bytes`` the size of each drawing's HTML output.
    """
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(notebook, as_version=4)
    NotebookClient(
        nb, kernel_name="python3", timeout=timeout, resources={"metadata": {"path": str(notebook.parent)}}
    ).execute()
    drawings = [
        len(output["data"]["text/html"].encode("utf-8"))
        for cell in nb.cells
        for output in cell.get("outputs", [])
        if "ConceptGraph(" in output.get("data", {}).get("text/plain", "")
    ]
    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / notebook.name
        nbformat.write(nb, saved)
        size = saved.stat().st_size
    return {
        "notebook": notebook.relative_to(ROOT).as_posix() if notebook.is_relative_to(ROOT) else str(notebook),
        "bytes": size,
        "before": notebook.stat().st_size,
        "drawings": len(drawings),
        "drawing_bytes": drawings,
    }


def line(found: dict[str, Any]) -> str:
    """One sentence of the report."""
    each = ", ".join(f"{b / 1e3:.0f} kB" for b in found["drawing_bytes"])
    return (
        f"`{found['notebook']}` after running: {found['bytes'] / 1e6:.2f} MB saved "
        f"({found['before'] / 1e3:.0f} kB before; {found['drawings']} drawings: {each})"
    )


if __name__ == "__main__":
    print(line(saved_size(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else NOTEBOOK)))
