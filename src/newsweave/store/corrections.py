"""Analyst corrections in the store: the table, its audit trail, and undo.

A correction is kept, never overwritten: each row says when it was made, what kind it is,
the stable content id it is about (an event, quote or report id, an entity id, an article
id), the new value and the value it replaced. Undo marks the row undone (with the time);
the link stage applies the corrections that are not undone, so they survive reruns,
reanalysis and relinking (the ids are content hashes, the same on every run).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsweave.store.duckdb_store import Store

TABLE = """
CREATE TABLE IF NOT EXISTS corrections (
    correction_id INTEGER PRIMARY KEY, created VARCHAR, kind VARCHAR, target VARCHAR,
    value JSON, before JSON, undone_at VARCHAR)
"""


@dataclass
class Correction:
    correction_id: int
    created: str
    kind: str  # reject | confirm | role | rename | merge | outlet | note
    target: str  # the stable id it is about
    value: Any = None  # new role, name, target entity, outlet, note text
    before: Any = None  # what it replaced (for the audit log)
    undone_at: str | None = None

    @property
    def active(self) -> bool:
        return self.undone_at is None


def rejected_ids(store: Store) -> set[str]:
    """Ids of the events, quotes and reports analysts rejected (not undone, nor confirmed
    later): listed nowhere, evidence of nothing."""
    try:
        rows = store.con.execute(
            "SELECT target FROM corrections WHERE kind IN ('reject', 'confirm') AND "
            "undone_at IS NULL GROUP BY target "
            "HAVING arg_max(kind, correction_id) = 'reject'").fetchall()
    except Exception:  # a store made before corrections existed: none
        return set()
    return {str(r[0]) for r in rows}


def outlet_fixes(store: Store) -> dict[str, str]:
    """Article id -> the outlet an analyst named for it (the latest active correction)."""
    try:
        rows = store.con.execute(
            "SELECT target, arg_max(value, correction_id) FROM corrections WHERE kind = "
            "'outlet' AND undone_at IS NULL GROUP BY target").fetchall()
    except Exception:  # a store made before corrections existed: none
        return {}
    return {str(target): str(json.loads(value)) for target, value in rows if value}


def _ensure(store: Store) -> None:
    store.con.execute(TABLE)


def add_correction(store: Store, kind: str, target: str, value: Any = None,
                   before: Any = None) -> Correction:
    """Record one correction (validation is the caller's: newsweave.link.corrections)."""
    _ensure(store)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    row = store.con.execute("SELECT coalesce(max(correction_id), 0) + 1 FROM corrections"
                            ).fetchone()
    cid = int(row[0]) if row else 1
    store.con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, NULL)",
                      [cid, created, kind, target, json.dumps(value), json.dumps(before)])
    return Correction(cid, created, kind, target, value, before)


def corrections(store: Store, include_undone: bool = True) -> list[Correction]:
    """All corrections in the order they were made (the audit log)."""
    try:
        rows = store.con.execute(
            "SELECT correction_id, created, kind, target, value, before, undone_at "
            "FROM corrections ORDER BY correction_id").fetchall()
    except Exception:  # a store made before corrections existed has no table: none yet
        return []
    out = [Correction(int(r[0]), r[1], r[2], r[3], json.loads(r[4]) if r[4] else None,
                      json.loads(r[5]) if r[5] else None, r[6]) for r in rows]
    return out if include_undone else [c for c in out if c.active]


def undo_correction(store: Store, correction_id: int) -> Correction:
    """Mark a correction undone; ValueError when there is no such active correction."""
    _ensure(store)
    found = [c for c in corrections(store) if c.correction_id == correction_id]
    if not found:
        raise ValueError(f"no correction #{correction_id}")
    if not found[0].active:
        raise ValueError(f"correction #{correction_id} was already undone "
                         f"({found[0].undone_at})")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    store.con.execute("UPDATE corrections SET undone_at = ? WHERE correction_id = ?",
                      [now, correction_id])
    found[0].undone_at = now
    return found[0]
