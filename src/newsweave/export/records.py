"""Store records -> the export contract's records (../shared/EXPORT_CONTRACT.md, v1).

Contract fields come first and are never renamed; extra fields may follow.

Each record is built by one function, from a model object (the web app, the CLI) or from
its stored JSON (the exports write every record of the store, and making each one a
dataclass only to turn it back into a dict was most of their cost). `_fields` says how to
read either: an object's own fields, or the stored JSON as it is when it holds exactly the
fields its class writes today, in order; any other JSON (an older store's) is read through
its class, so every way in gives the same record.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from typing import Any, TypeVar

from newsweave.link.details import details_line
from newsweave.model import (
    ActorRef,
    Article,
    Claim,
    ClaimDetail,
    ClaimReport,
    ClaimSource,
    Detail,
    DetailValue,
    Entity,
    Event,
    Location,
    Quote,
)

R = TypeVar("R")


@functools.cache
def _field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _shaped(d: Any, cls: type) -> bool:
    """Whether stored JSON is exactly what `cls.to_dict` writes today (every field, in
    order), so that its values are the record's own."""
    return isinstance(d, dict) and list(d) == _field_names(cls)


def _fields(x: Any, cls: type) -> Mapping[str, Any]:
    """The fields of a record of class `cls`, given as an object or as its stored JSON
    (see the module docstring). Nested records are read the same way by their own builder."""
    if isinstance(x, cls):
        return vars(x)
    if _shaped(x, cls):
        return x  # type: ignore[no-any-return]
    return vars(cls.from_dict(x))  # type: ignore[attr-defined]


def _as(x: Any, cls: type[R]) -> R:
    """A nested record as its model object (given as one, or as stored JSON)."""
    return x if isinstance(x, cls) else cls.from_dict(x)  # type: ignore[attr-defined]


def article_record(art: Article, root: str | None = None) -> dict[str, Any]:
    """The article's contract record; its source as a path relative to the input root
    `root` (newsweave.link.outlets.input_root), never an absolute local path."""
    from newsweave.link.outlets import relative_source

    return {
        "article_id": art.article_id, "source": relative_source(art.source, root),
        "outlet": art.outlet,
        "url": art.url, "title": art.title, "byline": art.byline, "published": art.published,
        "published_source": art.published_source, "language": art.language, "text": art.text,
        "duplicate_of": art.duplicate_of, "syndicated_from": art.syndicated_from,
        "other_sources": [relative_source(s, root) for s in art.other_sources],
        "format": art.format, "warnings": art.warnings,
    }


def entity_record(ent: Entity | dict[str, Any]) -> dict[str, Any]:
    e = _fields(ent, Entity)
    return {
        "entity_id": e["entity_id"], "name": e["name"], "type": e["type"],
        "aliases": e["aliases"], "country": e["country"], "sector": e["sector"],
        "description": e["description"], "article_ids": e["article_ids"],
        "mention_count": e["mention_count"],
    }


def _actor(ref: ActorRef | dict[str, Any] | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    a = _fields(ref, ActorRef)
    return {"name": a["name"], "entity_id": a["entity_id"], "country": a["country"],
            "sector": a["sector"], "rules": list(a["rules"])}


def quote_record(quote: Quote | dict[str, Any]) -> dict[str, Any]:
    q = _fields(quote, Quote)
    speaker = None
    if q["speaker"] is not None:
        sp = _fields(q["speaker"], ActorRef)
        speaker = {"name": sp["name"], "entity_id": sp["entity_id"],
                   "description": sp["description"], "rules": list(sp["rules"])}
    return {
        "quote_id": q["quote_id"], "article_id": q["article_id"], "kind": q["kind"],
        "text": q["text"], "span": list(q["span"]), "speaker": speaker, "cue": q["cue"],
        "channel": q["channel"], "stance": q["stance"], "date": q["date"],
        "date_text": q["date_text"],
        "cue_span": list(q["cue_span"]) if q["cue_span"] else None,
        "rules": list(q["rules"]),  # how it was found and attributed (provenance)
    }


def event_record(event: Event | dict[str, Any]) -> dict[str, Any]:
    e = _fields(event, Event)
    attributed = None
    if e["attributed_to"] is not None:
        by = _fields(e["attributed_to"], ActorRef)
        attributed = {"name": by["name"], "entity_id": by["entity_id"]}
    location = None
    if e["location"] is not None:
        from newsweave.extract.geo import with_geonames

        loc = with_geonames(_as(e["location"], Location))
        location = {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
                    "geonameid": loc.geonameid, "feature_class": loc.feature_class,
                    "feature_code": loc.feature_code, "kind": loc.kind}
    return {
        "event_id": e["event_id"], "article_id": e["article_id"], "span": list(e["span"]),
        "sentence": e["sentence"], "type": e["type"], "mode": e["mode"],
        "actor": _actor(e["actor"]), "recipient": _actor(e["recipient"]),
        "modality": e["modality"], "attributed_to": attributed, "date": e["date"],
        "date_text": e["date_text"], "location": location, "trigger": e["trigger"],
        "modality_cue": e["modality_cue"], "quote_id": e["quote_id"],
        "date_precision": e["date_precision"], "confidence": e["confidence"],
        "details": [detail_record(d) for d in e["details"]],
        "rules": list(e["rules"]),  # which lexicon entries and rules made it (provenance)
    }


def detail_record(detail: Detail | dict[str, Any]) -> dict[str, Any]:
    """An event detail: what (theme), how many/how much (value, interval, approximation),
    with its evidence span."""
    d = _fields(detail, Detail)
    return {
        "kind": d["kind"], "text": d["text"], "span": list(d["span"]), "theme": d["theme"],
        "theme_key": d["theme_key"], "quantity_text": d["quantity_text"], "value": d["value"],
        "low": d["low"], "high": d["high"], "approx": d["approx"], "vague": d["vague"],
        "magnitude": d["magnitude"], "unit": d["unit"], "currency": d["currency"],
        "said_by": d["said_by"],
    }


def _value_record(v: DetailValue) -> dict[str, Any]:
    return {
        "text": v.text, "value": v.value, "low": v.low, "high": v.high, "vague": v.vague,
        "approx": v.approx, "themes": v.themes, "sources": v.sources, "said_by": v.said_by,
        "event_ids": v.event_ids, "article_ids": v.article_ids,
        "spans": [list(s) for s in v.spans],
    }


def claim_detail_record(cd: ClaimDetail) -> dict[str, Any]:
    return {
        "kind": cd.kind, "key": cd.key, "label": cd.label, "unit": cd.unit,
        "currency": cd.currency, "disputed": cd.disputed,
        "values": [_value_record(v) for v in cd.values],
        "conflicts": [list(p) for p in cd.conflicts],
    }


def _source(s: ClaimSource | dict[str, Any]) -> dict[str, Any]:
    if isinstance(s, ClaimSource):
        return s.to_dict()
    return s if _shaped(s, ClaimSource) else ClaimSource.from_dict(s).to_dict()


def claim_record(claim: Claim | dict[str, Any]) -> dict[str, Any]:
    """The claim's contract fields, then its sources (one role each), the role of each
    evidence item and the role counts (newsweave.vocab)."""
    c = _fields(claim, Claim)
    details = [_as(cd, ClaimDetail) for cd in c["details"]]
    shell = claim if isinstance(claim, Claim) else Claim(
        c["claim_id"], c["summary"], c["type"], None, None, details=details)
    return {
        "claim_id": c["claim_id"], "summary": c["summary"], "type": c["type"],
        "actor": _actor(c["actor"]), "recipient": _actor(c["recipient"]),
        "event_ids": c["event_ids"], "quote_ids": c["quote_ids"],
        "article_ids": c["article_ids"], "outlets": c["outlets"],
        "independent_sources": c["independent_sources"], "status": c["status"],
        "supported_by": c["supported_by"], "denied_by": c["denied_by"],
        "first_seen": c["first_seen"], "doubted_by": c["doubted_by"],
        "modalities": c["modalities"],
        "details": [claim_detail_record(cd) for cd in details],
        "details_text": details_line(shell) or None,
        "disputed_details": [cd.key for cd in details if cd.disputed],
        "sources": [_source(s) for s in c["sources"]],
        "evidence_roles": c["evidence_roles"], "counts": c["counts"],
        "reports": [_as(r, ClaimReport).to_dict() for r in c["reports"]],
        "notes": c["notes"],
    }
