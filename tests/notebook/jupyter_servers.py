"""A real Jupyter server (JupyterLab or Notebook 7) on 127.0.0.1 for the browser tests, serving
notebooks a kernel has run and signed as trusted (as running them in the app would).

Each server gets a Jupyter home of its own (config, data, runtime, settings, workspaces), a token,
60 s to start, and is stopped by its own shutdown call (SIGTERM made it wait about 20 s for its
kernels).
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

#: Each app's own flags: no news feed and no update check from Lab (the browser is cut off anyway).
APP_FLAGS = {
    "jupyterlab": ["--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
    "notebook": [],
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ready(url: str, deadline: float, server: subprocess.Popen[bytes], log: Path) -> None:
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the Jupyter server did not answer {url} in time:\n{log.read_text(errors='replace')[-3000:]}")


@contextmanager
def jupyter_server(
    app: str, root: Path, home: Path, notebooks: dict[str, list[str]], theme: str | None = None
) -> Iterator[dict[str, Any]]:
    """Run ``python -m <app>`` (``jupyterlab`` or ``notebook``) serving ``root``, where each of
    ``notebooks`` (name: its code cells) is written after a kernel ran it; ``theme`` (e.g.
    ``"JupyterLab Dark"``) is set in the user's settings before the server starts. Yields the
    server's ``base`` URL and its ``token``."""
    import nbformat
    from nbclient import NotebookClient
    from nbformat.sign import NotebookNotary

    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(home / "config"),
        JUPYTER_DATA_DIR=str(home / "data"),
        JUPYTER_RUNTIME_DIR=str(home / "runtime"),
        JUPYTERLAB_SETTINGS_DIR=str(home / "settings"),
        JUPYTERLAB_WORKSPACES_DIR=str(home / "workspaces"),
    )
    for name in ("config", "data", "runtime", "settings", "workspaces"):
        (home / name).mkdir()
    if theme:
        themes = home / "settings" / "@jupyterlab" / "apputils-extension"
        themes.mkdir(parents=True)
        (themes / "themes.jupyterlab-settings").write_text(json.dumps({"theme": theme}), encoding="utf-8")
    for name, cells in notebooks.items():
        nb = nbformat.v4.new_notebook()
        nb.cells.extend(nbformat.v4.new_code_cell(cell) for cell in cells)
        NotebookClient(nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(root)}}).execute()
        NotebookNotary(data_dir=env["JUPYTER_DATA_DIR"]).sign(nb)  # what running it in the app does
        nbformat.write(nb, root / f"{name}.ipynb")

    port, token = _free_port(), secrets.token_hex(16)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            app,
            "--no-browser",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={root}",
            "--ServerApp.port_retries=0",
            "--ServerApp.allow_root=True",  # CI runs as root
            *APP_FLAGS[app],
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(home / "server.log").open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _ready(f"{base}/api/status?token={token}", time.monotonic() + 60, server, home / "server.log")
        yield {"base": base, "token": token}
    finally:
        try:
            request = urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST")
            urllib.request.urlopen(request, timeout=5).close()
        except OSError:
            server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def local_only(context: Any, base: str, blocked: list[str] | None = None) -> None:
    """Let ``context`` (playwright) reach the server at ``base`` only; every other request is
    aborted (and listed in ``blocked`` when given)."""

    def route(request_route: Any) -> None:
        url = request_route.request.url
        if url.startswith((base, "about:", "data:", "blob:")):
            request_route.continue_()
        else:
            if blocked is not None:
                blocked.append(url)
            request_route.abort()

    context.route("**/*", route)


def chains_found(frame: Any, source: str = "magnesium", target: str = "melatonin") -> list[str]:
    """Ask the path finder of the drawing in ``frame`` (its panel open) for the paths from ``source``
    to ``target``, choosing each from its suggestions, and return the chains it lists."""
    for selector, name in (("#cg-from", source), ("#cg-to", target)):
        frame.fill(selector, name)
        frame.wait_for_selector(f"{selector}-list li", state="visible", timeout=10000)
        frame.press(selector, "Enter")
    frame.click("#cg-find")
    frame.wait_for_selector(".cg-chain", timeout=10000)
    return list(frame.locator(".cg-chain-text").all_text_contents())
