"""Where a typed trigger is lost: a debug trace of event extraction (evtypes27, session 27).

Off by default (every call is a no-op). Inside `tracing()`, each step of extract_events that
drops a typed candidate notes it here: the trigger, the type it had, the step and the rule
that dropped it ("false_sense:talk_topic", "loop:asked_content", "build:no_actor",
"typer:event_object_veto", ...). benchmarks/event_drop_audit.py reads the trace to count, for
the gold events missed with no event of their type, which step dropped a trigger that had
their type. The trace changes nothing in what is extracted.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Drop:
    """One typed trigger dropped: its word, sentence, type, step and rule."""
    text: str
    lemma: str
    pos: str
    sentence: str
    type: str
    step: str
    rule: str


_TRACE: ContextVar[list[Drop] | None] = ContextVar("newsweave_event_drop_trace", default=None)


def active() -> bool:
    """True inside `tracing()` (callers skip work done only for the trace)."""
    return _TRACE.get() is not None


def note(tok: Token, etype: str | None, step: str, rule: str) -> None:
    """Record that the trigger `tok`, typed `etype`, was dropped at `step` by `rule`."""
    trace = _TRACE.get()
    if trace is None or not etype:
        return
    trace.append(Drop(tok.text, tok.lemma_.lower(), tok.pos_, tok.sent.text.strip(), etype,
                      step, rule))


def note_event(trigger: str, sentence: str, etype: str, step: str, rule: str) -> None:
    """Record an event built and then removed by a later step (its trigger's lemma)."""
    trace = _TRACE.get()
    if trace is not None:
        trace.append(Drop(trigger, trigger, "", sentence, etype, step, rule))


@contextlib.contextmanager
def tracing() -> Iterator[list[Drop]]:
    """Collect the drops of every extraction run inside the block (this thread only)."""
    trace: list[Drop] = []
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)
