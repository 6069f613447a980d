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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from newsweave.model import Article, Claim, Entity, Event

if TYPE_CHECKING:
    import networkx as nx

    from newsweave.store import Store
    from newsweave.store.query import GraphNodeRow

log = logging.getLogger(__name__)

GRAPH_FORMATS = ("gexf", "graphml")
GEXF_VERSION = "1.3"
GRAPH_NAME = "newsweave actor graph"
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
    published = {a.article_id: a.published for a in articles}
    event_date = {e.event_id: e.date or published.get(e.article_id) for e in events}
    out: dict[str, tuple[str, str]] = {}
    for claim in claims:
        span = claim_span(claim, event_date, published)
        if span is not None:
            out[claim.claim_id] = span
    return out


def claim_span(claim: Claim, event_date: dict[str, str | None],
               published: dict[str, str | None]) -> tuple[str, str] | None:
    """One claim's (first, last) day (see claim_spans), from its events' days (event id ->
    date, else its article's) and its articles' publication dates; None: no date at all."""
    from newsweave.timespan import date_bounds

    values = [event_date.get(i) for i in claim.event_ids]
    values += [published.get(a) for a in claim.article_ids]
    values.append(claim.first_seen)
    bounds = [b for b in (date_bounds(v) for v in values) if b is not None]
    if not bounds:
        return None
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def _node_data(row: GraphNodeRow | None, fallback: str) -> dict[str, Any]:
    """A node's attributes: its corpus entity's (query.graph_nodes' row), or only the name
    the claim gave it when it is no corpus entity."""
    return _clean({
        "label": row[1] if row else fallback,
        "entity_type": row[2] if row else None,
        "country": row[3] if row else None,
        "sector": row[4] if row else None,
        "description": row[5] if row else None,
        "mention_count": row[6] if row else 0,
        "article_count": row[7] if row else 0,
    })


def _edge_data(claim: Claim, span: tuple[str, str] | None) -> dict[str, Any]:
    """A claim's edge attributes (`span`: its first and last day, if it has one)."""
    start, end = span or (None, None)
    return _clean({
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
    })


def _ends(claim: Claim) -> tuple[str, str, str, str] | None:
    """A claim's edge: (source node, its fallback name, target node, its fallback name);
    None when it lacks an actor or a recipient (no edge). A party that is no corpus entity
    is a node named by its name."""
    if claim.actor is None or claim.recipient is None:
        return None
    actor, recipient = claim.actor, claim.recipient
    return (f"name:{actor.name}" if actor.entity_id is None else actor.entity_id, actor.name,
            f"name:{recipient.name}" if recipient.entity_id is None else recipient.entity_id,
            recipient.name)


def actor_graph(entities: list[Entity], claims: list[Claim],
                spans: dict[str, tuple[str, str]] | None = None) -> nx.MultiDiGraph:
    """Entities as nodes, claims as edges (actor -> recipient, id and key = claim id);
    `spans` (claim id -> first/last day) adds start/end to edges and their nodes."""
    import networkx as nx

    spans = spans or {}

    by_id = {e.entity_id: e for e in entities}
    graph = nx.MultiDiGraph(name=GRAPH_NAME)

    def node(node_id: str, fallback: str) -> str:
        if node_id not in graph:
            ent = by_id.get(node_id)
            graph.add_node(node_id, **_node_data(
                (ent.entity_id, ent.name, ent.type, ent.country, ent.sector, ent.description,
                 ent.mention_count, len(ent.article_ids)) if ent else None, fallback))
        return node_id

    for claim in claims:
        parties = _ends(claim)  # (the node ids and names the streamed export uses too)
        if parties is None:
            continue
        source, target = node(parties[0], parties[1]), node(parties[2], parties[3])
        graph.add_edge(source, target, key=claim.claim_id,
                       **_edge_data(claim, spans.get(claim.claim_id)))
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
    """Write actor_graph.<fmt> (gexf or graphml) atomically; returns the path. A store's
    graph is streamed (see _GraphPlan); the uncorrected analysis, linked in memory, is
    written from its records."""
    from newsweave.store import Store

    if fmt not in GRAPH_FORMATS:
        raise ValueError(f"unknown graph format {fmt!r} (choose gexf or graphml)")
    path = out_dir / f"actor_graph.{fmt}"
    tmp = path.with_suffix(path.suffix + ".tmp")
    if not isinstance(store, Store):  # e.g. link.corrections.Uncorrected: its own reads
        claims = store.claims()
        tmp.write_bytes(graph_document(store.entities(), claims, fmt,
                                       claim_spans(claims, store.events(), store.articles())))
        edges = len(claims)
    else:
        plan = _GraphPlan(store)
        try:
            with tmp.open("wb") as fh:
                (plan.write_gexf if fmt == "gexf" else plan.write_graphml)(fh)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        edges = plan.edges
    os.replace(tmp, path)
    log.info("wrote %s (%d claims)", path, edges)
    return path


# what a claim's edge is made of (_ends, _edge_data, claim_span): the rest is not built
GRAPH_CLAIM_FIELDS = ("claim_id", "summary", "type", "actor", "recipient", "event_ids",
                      "quote_ids", "article_ids", "independent_sources", "status",
                      "supported_by", "denied_by", "doubted_by", "first_seen")
NODE_BATCH = 5_000  # nodes put in one small graph for networkx to write
EDGE_BATCH = 2_000  # edges likewise

_GEXF_NODES = b"<newsweave_nodes />"  # where the GEXF skeleton's nodes and edges go
_GEXF_EDGES = b"<newsweave_edges />"


class _GraphPlan:
    """The actor graph of a whole store, written as networkx writes `actor_graph`'s graph
    (the same bytes) without building it: at 100k articles the graph of every claim with
    all its attributes took ~5.7 GB. A first pass over the claims keeps only each node's
    order, fallback name and span and each edge's place (networkx writes a multigraph's
    edges grouped by source node, then by target, in the order each was first met); the
    nodes are then written a batch at a time from the entities' columns, and the edges from
    the claims read again in that order. Each batch is a small networkx graph given to
    networkx's own writer, whose attribute declarations (ids by first use, types by first
    value) are made first from one node or edge of each distinct attribute layout."""

    def __init__(self, store: Store) -> None:
        from newsweave.store import query

        self.store = store
        self.days, self.published = query.claim_days(store)
        # node id -> [fallback name, first day, last day] (in the order nodes are first met)
        self.nodes: dict[str, list[Any]] = {}
        # source -> target -> claim ids: the order networkx writes the edges in
        self.succ: dict[str, dict[str, list[str]]] = {}
        self.edges = 0
        # each distinct layout once, and each claim's by its number (a tuple per claim
        # would hold ~1 kB for every edge)
        layouts: dict[tuple[tuple[str, type], ...], int] = {}
        edge_layout: dict[str, int] = {}
        for claim in query.iter_claims(store, GRAPH_CLAIM_FIELDS):
            ends = _ends(claim)
            if ends is None:
                continue
            source, source_name, target, target_name = ends
            span = claim_span(claim, self.days, self.published)
            for node, name in ((source, source_name), (target, target_name)):
                held = self.nodes.setdefault(node, [name, None, None])
                if span is not None:
                    held[1] = span[0] if held[1] is None else min(held[1], span[0])
                    held[2] = span[1] if held[2] is None else max(held[2], span[1])
            self.succ.setdefault(source, {}).setdefault(target, []).append(claim.claim_id)
            layout = _layout(_edge_data(claim, span))
            edge_layout[claim.claim_id] = layouts.setdefault(layout, len(layouts))
            self.edges += 1
        self.rows = query.graph_nodes(store, list(self.nodes))
        self.node_layouts = list(dict.fromkeys(
            _layout(self._node_data(node)) for node in self.nodes))
        by_number = list(layouts)
        self.edge_layouts = [by_number[i] for i in dict.fromkeys(
            edge_layout[cid] for cid in self._edge_order())]

    def _node_data(self, node: str) -> dict[str, Any]:
        fallback, start, end = self.nodes[node]
        data = _node_data(self.rows.get(node), fallback)
        if start is not None and end is not None:  # a node lives from its first edge to its last
            data["start"], data["end"] = start, end
        return data

    def _edge_order(self) -> Iterator[str]:
        """The claims' ids in the order networkx writes their edges: by source node in the
        nodes' order (a node first met as a target comes before sources met later), then
        by target in the order first met from that source, then in the claims' order."""
        for node in self.nodes:
            for claim_ids in self.succ.get(node, {}).values():
                yield from claim_ids

    def _node_batches(self) -> Iterator[nx.MultiDiGraph]:
        import networkx as nx

        order = list(self.nodes)
        for start in range(0, len(order), NODE_BATCH):
            batch = nx.MultiDiGraph()
            for node in order[start:start + NODE_BATCH]:
                batch.add_node(node, **self._node_data(node))
            yield batch

    def _edge_batches(self) -> Iterator[nx.MultiDiGraph]:
        import networkx as nx

        from newsweave.store import query

        batch: list[Claim] = []
        for claim in query.claims_in_order(self.store, list(self._edge_order()),
                                             GRAPH_CLAIM_FIELDS):
            batch.append(claim)
            if len(batch) == EDGE_BATCH:
                yield self._edge_graph(nx, batch)
                batch = []
        if batch:
            yield self._edge_graph(nx, batch)

    def _edge_graph(self, nx: Any, claims: list[Claim]) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        ends = [_ends(c) for c in claims]
        graph.add_nodes_from(dict.fromkeys(e[0] for e in ends if e))  # the sources' order
        for claim, end in zip(claims, ends, strict=True):
            if end is not None:
                graph.add_edge(end[0], end[2], key=claim.claim_id, **_edge_data(
                    claim, claim_span(claim, self.days, self.published)))
        return graph

    def _layout_graph(self) -> tuple[nx.MultiDiGraph, nx.MultiDiGraph]:
        """A node for each distinct node layout and an edge for each distinct edge layout,
        in the order they are first met, with values of the right types: what networkx
        declares the attributes from."""
        import networkx as nx

        nodes, edges = nx.MultiDiGraph(), nx.MultiDiGraph()
        for i, layout in enumerate(self.node_layouts):
            nodes.add_node(f"n{i}", **{k: t() for k, t in layout})
        for i, layout in enumerate(self.edge_layouts):
            edges.add_edge(f"s{i}", f"t{i}", key=f"e{i}", **{k: t() for k, t in layout})
        return nodes, edges

    def write_gexf(self, fh: BinaryIO) -> None:
        """GEXF 1.3, as graph_document writes it: the skeleton (meta, attribute
        declarations) serialized by ElementTree around two placeholders, and each node and
        edge element serialized alone, indented at its depth."""
        from xml.etree.ElementTree import Element, ElementTree, tostring

        from networkx.readwrite.gexf import GEXFWriter

        if not self.nodes:  # no edge: nothing to stream
            fh.write(graph_document([], [], "gexf"))
            return
        writer = GEXFWriter(encoding="utf-8", prettyprint=True, version=GEXF_VERSION)
        graph = Element("graph", defaultedgetype="directed", mode="static",
                        name=GRAPH_NAME)
        writer.graph_element = graph
        layout_nodes, layout_edges = self._layout_graph()
        writer.add_nodes(layout_nodes, Element("graph"))  # declares the node attributes
        writer.add_edges(layout_edges, Element("graph"))  # then the edges'
        declared = _declared(writer)
        for part, holder in (("nodes", _GEXF_NODES), ("edges", _GEXF_EDGES)):
            element = Element(part)
            element.append(Element(holder[1:-3].decode()))
            graph.append(element)
        writer.xml.append(graph)
        writer.indent(writer.xml)
        buf = io.BytesIO()
        ElementTree(writer.xml).write(buf, encoding="utf-8", xml_declaration=True)
        head, rest = buf.getvalue().replace(_BAD_XSI, _XSI, 1).split(_GEXF_NODES)
        middle, tail = rest.split(_GEXF_EDGES)

        def elements(batches: Iterator[nx.MultiDiGraph], add: Any) -> None:
            """Each batch's elements indented at their depth (3) and serialized in one
            call, inside a bare <b> that is cut off again."""
            first = True
            for batch in batches:
                holder = Element("graph")
                add(batch, holder)
                children = holder[0]
                for element in children:
                    writer.indent(element, 3)
                children[-1].tail = None
                children.text = None if first else "\n      "
                children.tag, first = "b", False
                text = tostring(children, encoding="unicode")
                fh.write(text[3:-4].encode("utf-8", "xmlcharrefreplace"))

        fh.write(head)
        elements(self._node_batches(), writer.add_nodes)
        fh.write(middle)
        elements(self._edge_batches(), writer.add_edges)
        fh.write(tail)
        if _declared(writer) != declared:  # an attribute first met while streaming
            raise RuntimeError("the actor graph's attributes changed while it was written")

    def write_graphml(self, fh: BinaryIO) -> None:
        """GraphML, as graph_document writes it (networkx's lxml writer, which writes each
        element as it is made): the keys declared in the order networkx declares them, then
        the nodes and edges a batch at a time."""
        from networkx.readwrite.graphml import GraphMLWriterLxml, IncrementalElement

        writer = GraphMLWriterLxml(fh, edge_id_from_attribute="id")
        graph_data = {"name": GRAPH_NAME}
        writer.get_key("name", writer.get_xml_type(str), "graph", None)
        for scope, layouts in (("node", self.node_layouts), ("edge", self.edge_layouts)):
            for layout in layouts:
                for key, kind in layout:
                    writer.get_key(key, writer.get_xml_type(kind), scope, None)
        for key in writer.xml:
            writer._xml.write(key, pretty_print=True)
        declared = len(writer.xml)
        incremental = IncrementalElement(writer._xml, True)
        with writer._xml.element("graph", edgedefault="directed"):
            writer.add_attributes("graph", incremental, graph_data, {})
            for batch in self._node_batches():
                writer.add_nodes(batch, incremental)
            for batch in self._edge_batches():
                writer.add_edges(batch, incremental)
        writer.dump()
        if len(writer.xml) != declared:
            raise RuntimeError("the actor graph's attributes changed while it was written")


def _declared(writer: Any) -> int:
    """How many attributes a GEXF writer has declared."""
    return sum(len(ids) for modes in writer.attr.values() for ids in modes.values())


def _layout(data: dict[str, Any]) -> tuple[tuple[str, type], ...]:
    """The attribute names of a node or edge and their values' types, in order."""
    return tuple((k, type(v)) for k, v in data.items())
