"""Relinking after an analyst's correction, in the background of the web app.

A relink takes seconds (every claim is rebuilt), too long to hold a browser request: the
correction is stored at once and the request returns; one background thread relinks, and the
page polls `GET /api/corrections/status` until the view shows the correction (the snapshot is
re-read once the link has rewritten the file). Corrections sent during a relink are applied by
one more relink after it, never by several at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _link_file(path: Path) -> None:
    from newsweave import api
    from newsweave.store import Store

    with Store(path) as store:
        api.link(store)


class Relinker:
    """One background relink at a time; `request()` asks for one that will see every
    correction stored before the call."""

    def __init__(self, path: str | Path,
                 link: Callable[[Path], None] = _link_file) -> None:
        self.path = Path(path)
        self._link = link
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._asked = 0  # relinks asked for (one per correction or undo)
        self._done = 0  # the ask count the last finished relink saw
        self._error: str | None = None
        self._finished_at: float | None = None

    def request(self) -> int:
        """Schedule a relink; the ticket to compare with `status()["done"]`."""
        with self._lock:
            self._asked += 1
            ticket = self._asked
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="newsweave-relink",
                                                daemon=True)
                self._thread.start()
        return ticket

    def _run(self) -> None:
        while True:
            with self._lock:
                wanted = self._asked
                if wanted == self._done:
                    self._thread = None
                    return
            started = time.monotonic()
            try:
                self._link(self.path)
                error = None
            except Exception as exc:  # a failed relink is reported to the page, not raised
                log.exception("relink after a correction failed")
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                error = f"relink failed: {reason}"
            with self._lock:
                self._done = wanted
                self._error = error
                self._finished_at = time.time()
            log.info("relinked after corrections in %.1f s", time.monotonic() - started)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the background relink to finish (tests, shutdown); True when idle."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return self.status()["state"] != "relinking"

    def status(self) -> dict[str, Any]:
        """"relinking" while a correction is not in the view yet, else "done" (or "failed"
        with the reason); `done` is the last ticket the view shows."""
        with self._lock:
            busy = self._done < self._asked
            state = "relinking" if busy else "failed" if self._error else "done"
            return {"state": state, "asked": self._asked, "done": self._done,
                    "error": self._error, "finished_at": self._finished_at}
