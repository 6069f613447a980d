"""Logging for the command line: our modules' loggers at the level the user asked for,
libraries kept quiet (errors only) unless -vv asks for everything.

Every module logs through `logging.getLogger(__name__)`, so all of ours sit under the
"newsweave" logger; that logger's level is the one `-v`/`-q` set. Library loggers (Ray,
transformers, trafilatura, httpx, ...) and Python warnings go through the root logger, which
lets only errors through unless the user passed `-vv`.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

FORMAT = "%(levelname)s %(name)s: %(message)s"
# how the CLI's -v/-q reach spawned worker processes (they inherit the environment)
VERBOSITY_ENV = "NEWSWEAVE_VERBOSITY"
# environment switches that keep model libraries from printing progress bars and notices
QUIET_LIBRARY_ENV = {
    "TRANSFORMERS_VERBOSITY": "error",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "RAY_DEDUP_LOGS": "1",
}


class _CliHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is at the time, so records show above a rich progress
    bar (which redirects stderr while it runs); marks the handler this module installed."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


def level_for(verbose: int, quiet: bool) -> int:
    """-q: errors only; default: warnings; -v: info; -vv: debug."""
    if quiet:
        return logging.ERROR
    return {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)


def configure_logging(verbose: int = 0, quiet: bool = False) -> None:
    """Send log records to stderr: ours at the chosen level, libraries' errors only
    (everything with -vv). Safe to call more than once."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _CliHandler)]:
        root.removeHandler(handler)
    handler = _CliHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    everything = verbose >= 2 and not quiet
    root.setLevel(logging.DEBUG if everything else logging.ERROR)
    logging.getLogger("newsweave").setLevel(level_for(verbose, quiet))
    logging.captureWarnings(True)  # library warnings become "py.warnings" records
    if not everything:
        for key, value in QUIET_LIBRARY_ENV.items():
            os.environ.setdefault(key, value)
    os.environ[VERBOSITY_ENV] = f"{verbose}:{int(quiet)}"
    log.debug("logging at %s", logging.getLevelName(level_for(verbose, quiet)))


def configure_from_environment() -> None:
    """In a worker process: the logging the CLI set up in its parent, if any."""
    value = os.environ.get(VERBOSITY_ENV, "")
    verbose, _, quiet = value.partition(":")
    if verbose.isdigit() and quiet.isdigit():
        configure_logging(int(verbose), bool(int(quiet)))
