"""A per-article time budget: one pathological article must not stall a run for an hour.

The analysis of one article runs under `time_limit(seconds)`; past the budget, OverBudget is
raised inside whatever the analysis is doing (a POSIX interval timer; Python runs the handler
at the next bytecode, so a long C call finishes first). The stage it interrupts is recorded as
failed and the records of the stages already done are kept (see extract.analyze_doc).

The budget is `--article-timeout` on the command line, or NEWSWEAVE_ARTICLE_TIMEOUT (seconds,
0: no limit), default DEFAULT_ARTICLE_TIMEOUT, for an article of up to 100,000 characters;
longer ones get proportionally more (see `budget_for`). Where no timer is available (not the main
thread, not POSIX) the analysis runs unbounded.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)

DEFAULT_ARTICLE_TIMEOUT = 120.0  # seconds; a 300 KB article analyzes in ~10 s here
ARTICLE_TIMEOUT_ENV = "NEWSWEAVE_ARTICLE_TIMEOUT"


class OverBudget(Exception):
    """The article's analysis ran past its time budget."""


def article_timeout(given: float | None = None) -> float:
    """The budget in seconds: `given`, else the environment variable, else the default;
    0 means no limit. A value that is not a number is ignored (with a log line)."""
    if given is not None:
        return max(0.0, float(given))
    raw = os.environ.get(ARTICLE_TIMEOUT_ENV, "").strip()
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            log.warning("%s=%r is not a number of seconds; using %g", ARTICLE_TIMEOUT_ENV,
                        raw, DEFAULT_ARTICLE_TIMEOUT)
    return DEFAULT_ARTICLE_TIMEOUT


BUDGET_CHARS = 100_000  # the budget is per this many characters of text (at least once)


def budget_for(seconds: float, chars: int) -> float:
    """The budget of one article: `seconds` per BUDGET_CHARS characters, at least `seconds`.

    Analysis is linear in length, so a long article (up to the parser's 1,000,000 characters)
    earns proportionally more time; what the budget catches is an article far slower than its
    length says (0 stays 0: no limit)."""
    return seconds * max(1.0, chars / BUDGET_CHARS)


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise OverBudget in the body once `seconds` have passed (0: no limit)."""
    if seconds <= 0 or not _can_time():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise OverBudget(f"over the {round(seconds, 1):g} s time budget per article")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
