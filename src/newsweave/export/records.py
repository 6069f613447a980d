"""Store records -> the export contract's records (../shared/EXPORT_CONTRACT.md, v1).

Contract fields come first and are never renamed; extra fields may follow.
"""

from __future__ import annotations

from typing import Any

from newsweave.link.details import details_line
from newsweave.model import (
    ActorRef,
    Article,
    Claim,
    ClaimDetail,
    Detail,
    DetailValue,
    Entity,
    Event,
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
