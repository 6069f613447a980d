"""The actor graph for Gephi and friends: GEXF 1.3 and GraphML written by networkx.

Nodes are the entities that take part in at least one claim; each claim is one directed edge
from its actor to its recipient, carrying the PLOVER type, the status, the counts and the
evidence ids. Attribute values are scalars (lists are joined with ";"), as both formats need.

Both files use the claim id as the edge id, so an edge is the same edge in either format and
across re-exports. Edges carry `start`/`end` (the first and last day the claim was reported:
event dates and article dates, a month or year taken as its whole span) and nodes the span of
their edges, so the GEXF is in dynamic mode and Gephi's timeline can play it; GraphML gets the
same values as plain `start`/`end` attributes.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.model import Article, Claim, Entity, Event

if TYPE_CHECKING:
    import networkx as nx

    from newsweave.store import Store

log = logging.getLogger(__name__)

GRAPH_FORMATS = ("gexf", "graphml")
GEXF_VERSION = "1.3"
# networkx 3.6 writes GEXF 1.3 with the XML Schema instance namespace misspelled
_BAD_XSI = b'xmlns:xsi="http://w3.org/2001/XMLSchema-instance"'
_XSI = b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop None values, join lists: both formats take only scalar attributes."""
    out: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple, set)):
            value = ";".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = ";".join(f"{k}={v}" for k, v in sorted(value.items()))
        out[key] = value
    return out


def claim_spans(claims: list[Claim], events: Iterable[Event], articles: Iterable[Article]
                ) -> dict[str, tuple[str, str]]:
    """Claim id -> (first, last) day it was reported: its events' dates (else their
    articles'), its articles' publication dates and its first_seen, each as the interval it
    covers ("2021-03" runs from 03-01 to 03-31). Claims with no date at all are left out."""
    from newsweave.timespan import date_bounds

    published = {a.article_id: a.published for a in articles}
    event_date = {e.event_id: e.date or published.get(e.article_id) for e in events}
    out: dict[str, tuple[str, str]] = {}
    for claim in claims:
        values = [event_date.get(i) for i in claim.event_ids]
        values += [published.get(a) for a in claim.article_ids]
        values.append(claim.first_seen)
        bounds = [b for b in (date_bounds(v) for v in values) if b is not None]
        if bounds:
            out[claim.claim_id] = (min(b[0] for b in bounds), max(b[1] for b in bounds))
    return out


def actor_graph(entities: list[Entity], claims: list[Claim],
                spans: dict[str, tuple[str, str]] | None = None) -> nx.MultiDiGraph:
    """Entities as nodes, claims as edges (actor -> recipient, id and key = claim id);
    `spans` (claim id -> first/last day) adds start/end to edges and their nodes."""
    import networkx as nx

    spans = spans or {}

    by_id = {e.entity_id: e for e in entities}
    graph = nx.MultiDiGraph(name="newsweave actor graph")

    def node(entity_id: str | None, fallback: str) -> str:
        if entity_id is None:
            entity_id = f"name:{fallback}"
        if entity_id not in graph:
            ent = by_id.get(entity_id)
            graph.add_node(entity_id, **_clean({
                "label": ent.name if ent else fallback,
                "entity_type": ent.type if ent else None,
                "country": ent.country if ent else None,
                "sector": ent.sector if ent else None,
                "description": ent.description if ent else None,
                "mention_count": ent.mention_count if ent else 0,
                "article_count": len(ent.article_ids) if ent else 0,
            }))
        return entity_id

    for claim in claims:
        if claim.actor is None or claim.recipient is None:
            continue
        source = node(claim.actor.entity_id, claim.actor.name)
        target = node(claim.recipient.entity_id, claim.recipient.name)
        start, end = spans.get(claim.claim_id, (None, None))
        graph.add_edge(source, target, key=claim.claim_id, **_clean({
            "id": claim.claim_id,
            "start": start,
            "end": end,
            "label": claim.summary,
            "event_type": claim.type,  # "type" is reserved in GEXF (directed/undirected)
            "status": claim.status,
            "events": len(claim.event_ids),
            "articles": len(claim.article_ids),
            "independent_sources": len(claim.independent_sources),
            "weight": max(1, len(claim.independent_sources)),
            "supported_by": claim.supported_by,
            "denied_by": claim.denied_by,
            "doubted_by": claim.doubted_by,
            "first_seen": claim.first_seen,
            "event_ids": claim.event_ids,
            "quote_ids": claim.quote_ids,
            "article_ids": claim.article_ids,
        }))
    for node in graph.nodes:  # a node lives from its first edge to its last
        times = [d for _, _, d in graph.edges(node, data=True)]
        times += [d for _, _, d in graph.in_edges(node, data=True)]
        starts = [d["start"] for d in times if "start" in d]
        ends = [d["end"] for d in times if "end" in d]
        if starts and ends:
            graph.nodes[node]["start"] = min(starts)
            graph.nodes[node]["end"] = max(ends)
    return graph


def graph_document(entities: list[Entity], claims: list[Claim], fmt: str,
                   spans: dict[str, tuple[str, str]] | None = None) -> bytes:
    """The actor graph of these claims as a GEXF 1.3 or GraphML document (the whole store's
    for `newsweave export`, a filtered view's for the web app's "export this view"); `spans`
    (from `claim_spans`) gives edges and nodes their start/end."""
    import networkx as nx

    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r} (choose gexf or graphml)")
    graph = actor_graph(entities, claims, spans)
    buf = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(graph, buf, version=GEXF_VERSION)
        return buf.getvalue().replace(_BAD_XSI, _XSI, 1)
    nx.write_graphml(graph, buf, edge_id_from_attribute="id")
    return buf.getvalue()


def write_graph(store: Store, out_dir: Path, fmt: str) -> Path:
    """Write actor_graph.<fmt> (gexf or graphml) atomically; returns the path."""
    from newsweave.store import Store, query

    if not isinstance(store, Store):  # e.g. link.corrections.Uncorrected: its own reads
        claims = store.claims()
        document = graph_document(store.entities(), claims, fmt,
                                  claim_spans(claims, store.events(), store.articles()))
    else:
        claims = list(query.iter_claims(store))
        document = graph_document(list(query.iter_entities(store)), claims, fmt,
                                  claim_spans(claims, query.iter_events(store),
                                              query.article_meta(store)))
    path = out_dir / f"actor_graph.{fmt}"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(document)
    os.replace(tmp, path)
    log.info("wrote %s (%d claims)", path, len(claims))
    return path
