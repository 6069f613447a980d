"""Events as PLOVER records: the field names and shapes of the PLOVER specification's JSON
data fields, so PLOVER/POLECAT tools load them without renaming.

- `id`, `has_event`, `date` (YYYY-MM-DD; a month or year is its first day with `enddate` the
  last), `source`/`recipient` (lists of actor objects: `code` country, `sector`, `actor_text`,
  `identifier_id`/`identifier_text` = our corpus entity), `event` (list), `mode` (list),
  `context` (list), `quad_code`, `event_text`, `event_loc` (a GeoNames-style location),
  `link` (the claim the event belongs to), `text` with `text_info` offsets, `cite_info`
  (url, title, publication, language, coder, codebook).
- `actor` repeats `source`: the PLOVER 0.7 table calls the initiator `source`, PLOVER 2.0 and
  POLECAT call it actor; both names load.
- Everything the spec does not define is under `x_newsweave` (modality, who asserts the event,
  evidence span, date provenance, rules, event details: what was moved, how many, how
  much), never mixed with spec fields.

Modality becomes context so nothing unasserted reads as a fact: planned -> "future",
hypothetical -> "hypothetical", negated/denied -> "negation", alleged -> "alleged",
unconfirmed -> "unconfirmed". Cooperative actions reported as planned are coded AGREE (the
PLOVER manual's "intent to cooperate"), the original type kept in x_newsweave.
An event without a date of its own takes its article's publication date
(`x_newsweave.date_source` says which).
"""

from __future__ import annotations

import functools
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsweave import __version__
from newsweave.export.records import detail_record
from newsweave.extract.lexicon import load_json
from newsweave.model import ActorRef, Article, Event, Location
from newsweave.store import Store

log = logging.getLogger(__name__)

CODEBOOK = "PLOVER 2.0"
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"})
CONTEXT_OF_MODALITY = {"planned": "future", "hypothetical": "hypothetical",
                       "negated": "negation", "denied": "negation", "alleged": "alleged",
                       "unconfirmed": "unconfirmed"}
_QUAD = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3,
         "material conflict": 4}


@functools.lru_cache(maxsize=1)
def _quads() -> dict[str, int]:
    types = load_json("plover_types.json")["types"]
    return {t: _QUAD[spec["quad"]] for t, spec in types.items()}


@functools.lru_cache(maxsize=256)
def _alpha2(alpha3: str | None) -> str | None:
    import pycountry

    if not alpha3:
        return None
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country is not None else None


def plover_location(loc: Location | None) -> dict[str, Any] | None:
    """A Location as a PLOVER location object (GeoNames field names)."""
    from newsweave.extract.geo import with_geonames

    if loc is None or not loc.name:
        return None
    loc = with_geonames(loc)
    return {
        "geonameid": loc.geonameid, "name": loc.name, "latitude": loc.lat,
        "longitude": loc.lon, "feature class": loc.feature_class,
        "feature code": loc.feature_code, "country code": _alpha2(loc.country),
        "cc3": loc.country, "x_newsweave": {"kind": loc.kind},
    }


def plover_actor(ref: ActorRef, canonical: dict[str, str]) -> dict[str, Any]:
    """An ActorRef as a PLOVER actor object; `canonical` maps entity ids to their names."""
    code = ref.country or ("IGO" if ref.sector == "IGO" else None)
    return {
        "code": code,
        "sector": ref.sector,
        "actor_text": ref.name,
        "identifier_id": ref.entity_id,
        "identifier_text": canonical.get(ref.entity_id or ""),
        "x_newsweave": {"type": ref.type, "description": ref.description,
                        "country_inferred": ref.country_inferred},
    }


def _dates(e: Event, article: Article | None) -> tuple[str | None, str | None, str | None,
                                                       str | None]:
    """(date, enddate, date_source, precision): the event's own date, else the article's."""
    from newsweave.timespan import date_bounds

    for value, source in ((e.date, "event"), (article.published if article else None,
                                              "article")):
        bounds = date_bounds(value)
        if bounds is None:
            continue
        start, end = bounds
        precision = e.date_precision if source == "event" else None
        if precision is None:
            precision = {10: "day", 7: "month"}.get(len(value or ""), "year")
        return start, (end if end != start else None), source, precision
    return None, None, None, None


def plover_record(e: Event, article: Article | None = None,
                  canonical: dict[str, str] | None = None,
                  claim_id: str | None = None) -> dict[str, Any]:
    """One event as a PLOVER JSON record."""
    canonical = canonical or {}
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
    date, enddate, date_source, precision = _dates(e, article)
    source = [plover_actor(e.actor, canonical)] if e.actor else []
    start, end = e.sentence_span or e.span
    record: dict[str, Any] = {
        "id": e.event_id,
        "has_event": True,
        "date": date,
    }
    if enddate is not None:
        record["enddate"] = enddate
    record.update({
        "source": source,
        "actor": source,
        "recipient": [plover_actor(e.recipient, canonical)] if e.recipient else [],
        "event": [event_type],
        "mode": [mode] if mode else [],
        "context": context,
        "quad_code": _quads().get(event_type),
        "event_text": [e.trigger] if e.trigger else [],
        "event_loc": plover_location(e.location),
        "link": claim_id,
        "text": e.sentence,
        "text_info": {"start": start, "end": end},
        "cite_info": {
            "citation": e.article_id,
            "url": article.url if article else None,
            "title": article.title if article else None,
            "language": article.language if article else None,
            "publication": article.outlet if article else None,
            "coder": f"newsweave {__version__}",
            "codebook": CODEBOOK,
        },
        "coder": f"newsweave {__version__}",
        "x_newsweave": {
            "modality": e.modality,
            "modality_cue": e.modality_cue,
            "attributed_to": None if e.attributed_to is None else {
                "name": e.attributed_to.name, "entity_id": e.attributed_to.entity_id},
            "article_id": e.article_id,
            "span": list(e.span),
            "date_source": date_source,
            "date_precision": precision,
            "date_text": e.date_text,
            "original_event_type": original,
            "confidence": e.confidence,
            "source_method": e.source_method,
            "quote_id": e.quote_id,
            # what, how many, how much: PLOVER has no slot for them
            "event_details": [detail_record(d) for d in e.details],
            "event_details_text": "; ".join(d.text for d in e.details) or None,
        },
    })
    rules = getattr(e, "rules", None)
    if rules is not None:  # rule provenance, once events record it
        record["x_newsweave"]["rules"] = list(rules)
    return record


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    from newsweave.store import Store, query

    if not isinstance(store, Store):  # e.g. link.corrections.Uncorrected: its own reads
        articles = {a.article_id: a for a in store.articles()}
        entities, claims, events = store.entities(), store.claims(), store.events()
    else:
        articles = {a.article_id: a for a in query.article_meta(store)}  # no texts
        entities, claims = query.iter_entities(store), query.iter_claims(store)
        events = query.iter_events(store)
    canonical = {ent.entity_id: ent.name for ent in entities}
    claim_of: dict[str, str] = {}
    for claim in claims:
        for event_id in claim.event_ids:
            claim_of.setdefault(event_id, claim.claim_id)
    for e in events:
        yield plover_record(e, articles.get(e.article_id), canonical,
                            claim_of.get(e.event_id))


def write_plover(store: Store, out_dir: Path) -> Path:
    """events.plover.jsonl in out_dir (written atomically)."""
    path = out_dir / "events.plover.jsonl"
    tmp = path.with_suffix(".jsonl.tmp")
    count = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in plover_records(store):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
    os.replace(tmp, path)
    log.info("wrote %d PLOVER records to %s", count, path)
    return path
