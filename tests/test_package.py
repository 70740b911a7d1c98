"""The package namespace: public functions stay reachable whatever was imported first."""

from __future__ import annotations

import subprocess
import sys


def test_load_stays_the_function_after_its_module_is_imported():
    code = "import graph; graph.validate(); import graph.load; print(callable(graph.load), len(graph.load()) > 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert (result.returncode, result.stdout) == (0, "True True\n"), result.stderr
