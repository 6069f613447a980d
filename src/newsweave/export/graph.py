"""The actor graph for Gephi and friends: GEXF and GraphML written by networkx.

Nodes are the entities that take part in at least one claim; each claim is one directed edge
from its actor to its recipient, carrying the PLOVER type, the status, the counts and the
evidence ids. Attribute values are scalars (lists are joined with ";"), as both formats need.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.model import Claim, Entity

if TYPE_CHECKING:
    import networkx as nx

    from newsweave.store import Store

GRAPH_FORMATS = ("gexf", "graphml")


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


def actor_graph(entities: list[Entity], claims: list[Claim]) -> nx.MultiDiGraph:
    """Entities as nodes, claims as edges (actor -> recipient)."""
    import networkx as nx

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
        graph.add_edge(source, target, key=claim.claim_id, **_clean({
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
    return graph


def graph_document(entities: list[Entity], claims: list[Claim], fmt: str) -> bytes:
    """The actor graph of these claims as a GEXF or GraphML document (the whole store's for
    `newsweave export`, a filtered view's for the web app's "export this view")."""
    import io

    import networkx as nx

    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r} (choose gexf or graphml)")
    graph = actor_graph(entities, claims)
    buf = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(graph, buf)
    else:
        nx.write_graphml(graph, buf)
    return buf.getvalue()


def write_graph(store: Store, out_dir: Path, fmt: str) -> Path:
    """Write actor_graph.<fmt> (gexf or graphml) atomically; returns the path."""
    document = graph_document(store.entities(), store.claims(), fmt)
    path = out_dir / f"actor_graph.{fmt}"
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(document)
    os.replace(tmp, path)
    return path
