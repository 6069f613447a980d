"""A PLOVER-compatible event export: one JSON object per event, PLOVER field names.

Follows the PLOVER manual's conventions where our model differs: cooperative actions reported
as future or planned are coded AGREE (an expressed intent), with the original type and mode kept
in `context` and `original_event_type`; modality maps to PLOVER's context values "future",
"hypothetical" and "negation". Event details (what was moved, how many, how much, who was
killed or arrested) are extension fields `event_details` / `event_details_text`. Actors
are flat source_/target_ fields (POLECAT style) and also PLOVER "source"/"recipient" lists of
actor objects.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsweave.export.records import detail_record
from newsweave.extract.lexicon import load_json
from newsweave.model import ActorRef, Event
from newsweave.store import Store

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"})
CONTEXT_OF_MODALITY = {"planned": "future", "hypothetical": "hypothetical",
                       "negated": "negation", "denied": "negation"}
_QUAD = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3,
         "material conflict": 4}


@functools.lru_cache(maxsize=1)
def _quads() -> dict[str, int]:
    types = load_json("plover_types.json")["types"]
    return {t: _QUAD[spec["quad"]] for t, spec in types.items()}


def _actor(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"code": ref.country or ("IGO" if ref.sector == "IGO" else None),
            "sector": ref.sector, "text": ref.description or ref.name, "name": ref.name,
            "id": ref.entity_id}


def plover_record(e: Event) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    event_type, mode = e.type, e.mode
    context: list[str] = []
    if e.modality in CONTEXT_OF_MODALITY:
        context.append(CONTEXT_OF_MODALITY[e.modality])
    original = None
    if e.modality == "planned" and e.type in COOPERATIVE and e.type != "AGREE":
        # PLOVER: cooperative actions reported in the future tense are intentions (AGREE)
        original = e.type
        event_type, mode = "AGREE", None
        if e.mode:
            context.append(e.mode)
    src, tgt = e.actor, e.recipient
    loc = e.location
    return {
        "id": e.event_id,
        "date": e.date,
        "date_precision": e.date_precision,
        "event_type": event_type,
        "mode": mode,
        "context": context,
        "original_event_type": original,
        "quad_code": _quads().get(event_type),
        "source_actor": src.name if src else None,
        "source_country": src.country if src else None,
        "source_sector": src.sector if src else None,
        "source_entity_id": src.entity_id if src else None,
        "target_actor": tgt.name if tgt else None,
        "target_country": tgt.country if tgt else None,
        "target_sector": tgt.sector if tgt else None,
        "target_entity_id": tgt.entity_id if tgt else None,
        "source": [a for a in [_actor(src)] if a],
        "recipient": [a for a in [_actor(tgt)] if a],
        "event_text": e.trigger,
        "text": e.sentence,
        "event_loc": None if loc is None else {
            "name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
            "kind": loc.kind},
        "modality": e.modality,
        "attributed_to": e.attributed_to.name if e.attributed_to else None,
        "article_id": e.article_id,
        "span": list(e.span),
        "coder": "newsweave",
        # extension fields: what, how many, how much (PLOVER has no slot for them)
        "event_details": [detail_record(d) for d in e.details],
        "event_details_text": "; ".join(d.text for d in e.details) or None,
    }


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    for e in store.events():
        yield plover_record(e)


def write_plover(store: Store, out_dir: Path) -> Path:
    """events.plover.jsonl in out_dir (written atomically)."""
    path = out_dir / "events.plover.jsonl"
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in plover_records(store):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)
    return path
