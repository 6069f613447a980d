"""Store records -> the export contract's records (../shared/EXPORT_CONTRACT.md, v1).

Contract fields come first and are never renamed; extra fields may follow.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

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


def entity_record(ent: Entity) -> dict[str, Any]:
    return {
        "entity_id": ent.entity_id, "name": ent.name, "type": ent.type, "aliases": ent.aliases,
        "country": ent.country, "sector": ent.sector, "description": ent.description,
        "article_ids": ent.article_ids, "mention_count": ent.mention_count,
    }


def _actor(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"name": ref.name, "entity_id": ref.entity_id, "country": ref.country,
            "sector": ref.sector, "rules": list(ref.rules)}


def quote_record(q: Quote) -> dict[str, Any]:
    speaker = None
    if q.speaker is not None:
        speaker = {"name": q.speaker.name, "entity_id": q.speaker.entity_id,
                   "description": q.speaker.description}
    return {
        "quote_id": q.quote_id, "article_id": q.article_id, "kind": q.kind, "text": q.text,
        "span": list(q.span), "speaker": speaker, "cue": q.cue, "channel": q.channel,
        "stance": q.stance, "date": q.date, "date_text": q.date_text,
        "cue_span": list(q.cue_span) if q.cue_span else None,
    }


def event_record(e: Event) -> dict[str, Any]:
    attributed = None
    if e.attributed_to is not None:
        attributed = {"name": e.attributed_to.name, "entity_id": e.attributed_to.entity_id}
    location = None
    if e.location is not None:
        from newsweave.extract.geo import with_geonames

        loc = with_geonames(e.location)
        location = {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
                    "geonameid": loc.geonameid, "feature_class": loc.feature_class,
                    "feature_code": loc.feature_code, "kind": loc.kind}
    return {
        "event_id": e.event_id, "article_id": e.article_id, "span": list(e.span),
        "sentence": e.sentence, "type": e.type, "mode": e.mode, "actor": _actor(e.actor),
        "recipient": _actor(e.recipient), "modality": e.modality, "attributed_to": attributed,
        "date": e.date, "date_text": e.date_text, "location": location,
        "trigger": e.trigger, "modality_cue": e.modality_cue, "quote_id": e.quote_id,
        "date_precision": e.date_precision, "confidence": e.confidence,
        "details": [detail_record(d) for d in e.details],
        "rules": list(e.rules),  # which lexicon entries and rules made it (provenance)
    }


def detail_record(d: Detail) -> dict[str, Any]:
    """An event detail: what (theme), how many/how much (value, interval, approximation),
    with its evidence span."""
    return {
        "kind": d.kind, "text": d.text, "span": list(d.span), "theme": d.theme,
        "theme_key": d.theme_key, "quantity_text": d.quantity_text, "value": d.value,
        "low": d.low, "high": d.high, "approx": d.approx, "vague": d.vague,
        "magnitude": d.magnitude, "unit": d.unit, "currency": d.currency,
        "said_by": d.said_by,
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


def claim_record(c: Claim) -> dict[str, Any]:
    """The claim's contract fields, then its sources (one role each), the role of each
    evidence item and the role counts (newsweave.vocab)."""
    return {
        "claim_id": c.claim_id, "summary": c.summary, "type": c.type,
        "actor": _actor(c.actor), "recipient": _actor(c.recipient), "event_ids": c.event_ids,
        "quote_ids": c.quote_ids, "article_ids": c.article_ids, "outlets": c.outlets,
        "independent_sources": c.independent_sources, "status": c.status,
        "supported_by": c.supported_by, "denied_by": c.denied_by,
        "first_seen": c.first_seen, "doubted_by": c.doubted_by, "modalities": c.modalities,
        "details": [claim_detail_record(cd) for cd in c.details],
        "details_text": details_line(c) or None,
        "disputed_details": [cd.key for cd in c.details if cd.disputed],
        "sources": [s.to_dict() for s in c.sources], "evidence_roles": c.evidence_roles,
        "counts": c.counts, "reports": [r.to_dict() for r in c.reports], "notes": c.notes,
    }


# ----------------------------------------------------------------------------- stored JSON
# The exports write every record of the store: making each one a dataclass only to turn it
# back into a dict was most of their cost. A stored record holding exactly the fields its
# class writes today, in order, is taken as it is; any other (an older store's) is read
# through its class, so both give the same record.


@functools.cache
def _field_names(cls: type) -> list[str]:
    return [f.name for f in dataclasses.fields(cls)]


def _shaped(d: Any, cls: type) -> bool:
    """Whether stored JSON is exactly what `cls.to_dict` writes today (every field, in
    order), so that its values are the record's own."""
    return isinstance(d, dict) and list(d) == _field_names(cls)


def _actor_stored(d: dict[str, Any] | None) -> dict[str, Any] | None:
    if d is None:
        return None
    if not _shaped(d, ActorRef):
        return _actor(ActorRef.from_dict(d))
    return {"name": d["name"], "entity_id": d["entity_id"], "country": d["country"],
            "sector": d["sector"], "rules": list(d["rules"])}


def claim_record_stored(d: dict[str, Any]) -> dict[str, Any]:
    """`claim_record(Claim.from_dict(d))` from the stored JSON of a claim."""
    if not _shaped(d, Claim):
        return claim_record(Claim.from_dict(d))
    details = [ClaimDetail.from_dict(x) for x in d["details"]]
    shell = Claim(d["claim_id"], d["summary"], d["type"], None, None, details=details)
    return {
        "claim_id": d["claim_id"], "summary": d["summary"], "type": d["type"],
        "actor": _actor_stored(d["actor"]), "recipient": _actor_stored(d["recipient"]),
        "event_ids": d["event_ids"], "quote_ids": d["quote_ids"],
        "article_ids": d["article_ids"], "outlets": d["outlets"],
        "independent_sources": d["independent_sources"], "status": d["status"],
        "supported_by": d["supported_by"], "denied_by": d["denied_by"],
        "first_seen": d["first_seen"], "doubted_by": d["doubted_by"],
        "modalities": d["modalities"],
        "details": [claim_detail_record(cd) for cd in details],
        "details_text": details_line(shell) or None,
        "disputed_details": [cd.key for cd in details if cd.disputed],
        "sources": [s if _shaped(s, ClaimSource) else ClaimSource.from_dict(s).to_dict()
                    for s in d["sources"]],
        "evidence_roles": d["evidence_roles"], "counts": d["counts"],
        "reports": [ClaimReport.from_dict(r).to_dict() for r in d["reports"]],
        "notes": d["notes"],
    }


def _detail_stored(d: dict[str, Any]) -> dict[str, Any]:
    if not _shaped(d, Detail):
        return detail_record(Detail.from_dict(d))
    return {
        "kind": d["kind"], "text": d["text"], "span": list(d["span"]), "theme": d["theme"],
        "theme_key": d["theme_key"], "quantity_text": d["quantity_text"], "value": d["value"],
        "low": d["low"], "high": d["high"], "approx": d["approx"], "vague": d["vague"],
        "magnitude": d["magnitude"], "unit": d["unit"], "currency": d["currency"],
        "said_by": d["said_by"],
    }


def event_record_stored(d: dict[str, Any]) -> dict[str, Any]:
    """`event_record(Event.from_dict(d))` from the stored JSON of an event."""
    if not _shaped(d, Event) or not (d["attributed_to"] is None
                                     or _shaped(d["attributed_to"], ActorRef)):
        return event_record(Event.from_dict(d))
    attributed = d["attributed_to"]
    location = None
    if d["location"] is not None:
        from newsweave.extract.geo import with_geonames

        loc = with_geonames(Location.from_dict(d["location"]))
        location = {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon,
                    "geonameid": loc.geonameid, "feature_class": loc.feature_class,
                    "feature_code": loc.feature_code, "kind": loc.kind}
    return {
        "event_id": d["event_id"], "article_id": d["article_id"], "span": list(d["span"]),
        "sentence": d["sentence"], "type": d["type"], "mode": d["mode"],
        "actor": _actor_stored(d["actor"]), "recipient": _actor_stored(d["recipient"]),
        "modality": d["modality"],
        "attributed_to": None if attributed is None else {
            "name": attributed["name"], "entity_id": attributed["entity_id"]},
        "date": d["date"], "date_text": d["date_text"], "location": location,
        "trigger": d["trigger"], "modality_cue": d["modality_cue"], "quote_id": d["quote_id"],
        "date_precision": d["date_precision"], "confidence": d["confidence"],
        "details": [_detail_stored(x) for x in d["details"]],
        "rules": list(d["rules"]),
    }


def quote_record_stored(d: dict[str, Any]) -> dict[str, Any]:
    """`quote_record(Quote.from_dict(d))` from the stored JSON of a quote."""
    speaker = d.get("speaker")
    if not _shaped(d, Quote) or not (speaker is None or _shaped(speaker, ActorRef)):
        return quote_record(Quote.from_dict(d))
    return {
        "quote_id": d["quote_id"], "article_id": d["article_id"], "kind": d["kind"],
        "text": d["text"], "span": list(d["span"]),
        "speaker": None if speaker is None else {
            "name": speaker["name"], "entity_id": speaker["entity_id"],
            "description": speaker["description"]},
        "cue": d["cue"], "channel": d["channel"], "stance": d["stance"], "date": d["date"],
        "date_text": d["date_text"],
        "cue_span": list(d["cue_span"]) if d["cue_span"] else None,
    }


def entity_record_stored(d: dict[str, Any]) -> dict[str, Any]:
    """`entity_record(Entity.from_dict(d))` from the stored JSON of an entity."""
    if not _shaped(d, Entity):
        return entity_record(Entity.from_dict(d))
    return {
        "entity_id": d["entity_id"], "name": d["name"], "type": d["type"],
        "aliases": d["aliases"], "country": d["country"], "sector": d["sector"],
        "description": d["description"], "article_ids": d["article_ids"],
        "mention_count": d["mention_count"],
    }
