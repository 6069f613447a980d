"""The analysis workers' fork server: one process loads the models, every worker is forked
from it ready to parse.

A spawned worker starts a fresh interpreter and loads spaCy, the sentence model and the
lookup tables itself (~2-3 s of CPU each, and on two cores the second worker started late
because both loaded at once beside the run process). The pool's workers are instead forked
from a `multiprocessing` fork server that imported this module: importing it in that server
(and only there, see `_in_fork_server`) warms up the analysis once, so each worker is a
copy-on-write fork of loaded models and analyzes its first batch at once.

The fork server is tied to the run's settings and environment when it starts (see
`engine.local._fork_server_key`): a run with other settings starts a new one. Once warm it
creates the file named in NEWSWEAVE_FORK_SERVER_READY: the run process reads ahead instead
of waiting for it (starting a pool before blocks until the server accepts), and sends its
batches when the file is there (engine.local.fork_server_ready).
"""

from __future__ import annotations

import contextlib
import logging
import os

log = logging.getLogger(__name__)

# Set (to the run process's pid) only while the run starts its fork server.
PARENT_ENV = "NEWSWEAVE_FORK_SERVER_PARENT"

# In the fork server and in every worker forked from it: the fork server's pid.
SERVER_PID: int | None = None
# True where the analysis was warmed up here (the fork server and its workers).
WARM = False


def _in_fork_server() -> bool:
    """Imported by the fork server a run started (not by a test, a worker or mypy)."""
    parent = os.environ.get(PARENT_ENV, "")
    return parent.isdigit() and int(parent) == os.getppid()


def _end_with_parent(parent: int) -> None:
    """SIGTERM this process when the run process dies (kill -9 included). The workers forked
    from here end when this process does (engine.local._exit_with_parent), so a killed run
    leaves no process behind: the workers keep the fork server's "alive" pipe open, so it
    would not notice the run's end by itself."""
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):  # not Linux
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    if os.getppid() != parent:  # it died before the call
        os._exit(1)


def _serve() -> None:
    global SERVER_PID, WARM
    import signal

    from newsweave.engine.local import READY_ENV, _stop_worker

    parent = int(os.environ[PARENT_ENV])
    ready = os.environ.pop(READY_ENV, None)  # a file the run process looks for
    # SIGTERM (the run died, see _end_with_parent): unlink the semaphores made while the
    # models loaded before ending, as a worker does, so nothing is reported leaked
    signal.signal(signal.SIGTERM, _stop_worker)
    _end_with_parent(parent)
    os.environ.pop(PARENT_ENV, None)  # the workers' own children are no fork servers
    SERVER_PID = os.getpid()
    from newsweave.engine.local import one_thread_per_process, warm_up
    from newsweave.logs import configure_from_environment

    configure_from_environment()
    one_thread_per_process()
    try:
        warm_up(reading=False)
        WARM = True
    except Exception as exc:  # each worker then loads (and reports) it again itself
        log.warning("analysis fork server: warm-up failed (%s)",
                    f"{type(exc).__name__}: {exc}".splitlines()[0])
    finally:
        if ready:  # the run sends its batches now (see engine.local.fork_server_ready)
            with contextlib.suppress(OSError):
                open(ready, "w").close()
    threads = len(os.listdir(f"/proc/{os.getpid()}/task")) if os.path.isdir("/proc") else 1
    if threads > 1:  # forking a process with threads can deadlock the child: none expected
        log.warning("analysis fork server has %d threads after warm-up", threads)


if _in_fork_server():
    _serve()
