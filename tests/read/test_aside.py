"""graph.read.aside: work done in a forked second process gives what it gives here."""

import os
import sys

import numpy as np
import pytest

from graph.read.aside import aside, can_fork


def _positions() -> np.ndarray:
    return np.arange(-6, 6, dtype=np.int64).reshape(-1, 2) * 1_000_003


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux with two cores or more")
def test_an_array_made_in_the_second_process_is_the_one_made_here(tmp_path):
    parent = os.getpid()
    marker = tmp_path / "ran-in"

    def compute() -> np.ndarray:
        marker.write_text(str(os.getpid()))
        return _positions()

    found = aside(compute, np.int64)()
    assert found.dtype == np.int64 and found.tolist() == _positions().tolist()
    assert marker.read_text() != str(parent)  # it ran in the copy


def test_when_the_second_process_fails_the_work_is_done_here():
    parent = os.getpid()

    def compute() -> np.ndarray:
        if os.getpid() != parent:
            raise MemoryError("the copy ran out of memory")
        return _positions()

    assert aside(compute, np.int64)().tolist() == _positions().tolist()


def test_off_linux_the_work_is_done_here_when_asked_for(monkeypatch):
    calls = []

    def compute() -> np.ndarray:
        calls.append(os.getpid())
        return np.array([1.5, 2.5])

    monkeypatch.setattr(sys, "platform", "darwin")
    wait = aside(compute, float)
    assert calls == []  # not yet: only when the answer is asked for
    assert wait().tolist() == [1.5, 2.5] and wait().tolist() == [1.5, 2.5]
    assert calls == [os.getpid()]  # once, here


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux with two cores or more")
def test_a_copy_that_hangs_is_stopped_and_the_work_is_done_here():
    """A copy stuck on a lock taken at the fork must not hang the build: past its patience it is
    killed, and the answer is made here, the same."""
    parent = os.getpid()

    def compute() -> np.ndarray:
        if os.getpid() != parent:
            import threading

            threading.Event().wait()  # as a lock that is never released: waits for ever
        return _positions()

    assert aside(compute, np.int64, patience=1.0)().tolist() == _positions().tolist()


_LONG_COPY = """
import sys, time
import numpy as np
from graph.read.aside import aside

wait = aside(lambda: (time.sleep(120), np.zeros(1, dtype=np.int64))[1], np.int64)
print("started", flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux with two cores or more")
def test_a_copy_ends_when_the_process_that_made_it_is_killed():
    # a build killed (or failed) after its layout started must leave no copy computing for nobody
    import signal
    import subprocess
    import time
    from pathlib import Path

    parent = subprocess.Popen([sys.executable, "-c", _LONG_COPY], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline() == "started\n"
        children = Path(f"/proc/{parent.pid}/task/{parent.pid}/children").read_text().split()
        assert len(children) == 1
        copy = int(children[0])
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        # without the parent-death signal the copy sleeps on for two minutes; with it, it is gone
        # (or a zombie waiting for init) at once: poll for up to a minute, which only a copy left
        # alive can use up
        for _ in range(600):
            state = Path(f"/proc/{copy}/stat")
            if not state.exists() or state.read_text().split(")")[-1].split()[0] == "Z":
                break
            time.sleep(0.1)
        else:
            os.kill(copy, signal.SIGKILL)
            pytest.fail("the copy outlived the process that made it")
    finally:
        if parent.poll() is None:
            parent.kill()


@pytest.mark.skipif(not can_fork(), reason="forks only on Linux with two cores or more")
def test_a_copy_whose_answer_is_not_wanted_is_stopped_when_cancelled(tmp_path):
    # a large file's second part is read from its bytes before the text is checked; when the text
    # is then read another way, the copy must not compute on (nor be left a zombie)
    import time

    from graph.read.aside import aside_bytes

    started = tmp_path / "pid"

    def compute() -> bytes:
        started.write_text(str(os.getpid()))
        time.sleep(120)
        return b"too late"

    wait = aside_bytes(compute)
    for _ in range(600):  # until the copy runs (a minute at most: only a copy that never starts uses it up)
        if started.exists() and started.read_text():
            break
        time.sleep(0.1)
    copy = int(started.read_text())
    wait.cancel()
    wait.cancel()  # twice is harmless
    with pytest.raises(ProcessLookupError):  # stopped and collected: no such process any more
        os.kill(copy, 0)
