"""A worker stopped with SIGTERM (Ctrl-C or an error in the run stops the pool) leaves no
named semaphore behind: the resource tracker prints no "leaked semaphore" warning."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# A spawned child makes a multiprocessing lock (as tqdm does in a worker loading the sentence
# model), says it is ready, and waits to be stopped; the parent stops it with SIGTERM.
SCRIPT = textwrap.dedent("""
    import multiprocessing as mp
    import signal
    import sys
    import time

    from newsweave.engine.local import _stop_worker

    def child(ready, handler):
        if handler:
            signal.signal(signal.SIGTERM, _stop_worker)
        lock = mp.RLock()
        ready.set()
        time.sleep(60)

    if __name__ == "__main__":
        ctx = mp.get_context("spawn")
        ready = ctx.Event()
        proc = ctx.Process(target=child, args=(ready, sys.argv[1] == "handler"))
        proc.start()
        ready.wait(60)
        proc.terminate()
        proc.join(60)
        print(proc.exitcode)
""")


@pytest.mark.parametrize("handler, leaks", [("handler", False), ("default", True)])
def test_a_worker_stopped_by_sigterm_unlinks_its_semaphores(tmp_path: Path, handler: str,
                                                             leaks: bool) -> None:
    script = tmp_path / "stop_worker.py"  # a file: spawned children import their target
    script.write_text(SCRIPT, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), handler], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    # 143: our handler's exit (128 + SIGTERM); -15: killed by the signal's default action
    assert proc.stdout.split() == (["-15"] if leaks else ["143"])
    assert ("leaked semaphore" in proc.stderr) == leaks, proc.stderr
