"""The analyst web app: a JSON API over the store plus a single-page UI, both offline.

Every browser asset is served from this package's static folder (copied from npm packages by
`make setup`), never from a CDN; /docs uses the local swagger-ui copy and ReDoc is disabled.
Article text is untrusted: the API returns it as JSON data and the UI only ever puts it into
the page as text nodes, behind a Content-Security-Policy that allows no inline script.
Requests must name an allowed Host (loopback names, plus the address `serve` binds), so a web
page cannot read the corpus through DNS rebinding; CSV downloads defuse formula cells.
"""

from __future__ import annotations

import io
import json
import logging
import re
import socket
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.responses import StreamingResponse

from newsweave.export.records import (
    article_record,
)
from newsweave.export.tables import TABLE_NAMES, arrow_table, csv_chunks, table_columns
from newsweave.vocab import ROLE_ORDER
from newsweave.web import data
from newsweave.web.data import DataUnavailable, Filters, Snapshot, SnapshotSource
from newsweave.web.relink import Relinker

log = logging.getLogger(__name__)

MAX_LIMIT = 1000
# Host header values always accepted: the loopback names (DNS rebinding needs a name the
# attacker controls, so a request naming one of these came from this machine's browser)
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
WILDCARD_BINDS = ("0.0.0.0", "::", "")
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
EXPORT_FORMATS = ("jsonl", "csv", "parquet")  # what a table downloads as
EXPORT_NAME = re.compile(rf"^({'|'.join(TABLE_NAMES)})\.({'|'.join(EXPORT_FORMATS)})$")
VENDOR_FILES = (
    "cytoscape/cytoscape.min.js", "layout-base/layout-base.js", "cose-base/cose-base.js",
    "cytoscape-fcose/cytoscape-fcose.js", "leaflet/leaflet.js", "leaflet/leaflet.css",
    "topojson-client/topojson-client.min.js", "world-atlas/countries-50m.json",
    "vis-timeline/vis-timeline-graph2d.min.js", "vis-timeline/vis-timeline-graph2d.min.css",
    "swagger-ui-dist/swagger-ui-bundle.js", "swagger-ui-dist/swagger-ui.css",
)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# swagger-ui's page boots with one inline script; it shows no store data.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def web_dir() -> Path:
    return Path(str(resources.files("newsweave.web")))


def missing_vendor_files(static: Path | None = None) -> list[str]:
    """Vendored browser files that are not there (setup not run)."""
    vendor = (static or web_dir() / "static") / "vendor"
    return [f for f in VENDOR_FILES if not (vendor / f).is_file()]


def host_name(header: str) -> str:
    """A Host header's name: lower case, no port, no brackets around IPv6, no final dot."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        value = value[1:end] if end > 0 else value
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def allowed_hosts(bind: str | None = None, extra: Iterable[str] = ()) -> frozenset[str]:
    """Loopback names, the bound address, and `extra`; binding every interface (0.0.0.0, ::)
    also admits this machine's host names (other names need `serve --allow-host`)."""
    names = set(LOOPBACK_HOSTS)
    if bind is not None:
        if bind in WILDCARD_BINDS:
            names.update({socket.gethostname(), socket.getfqdn()})
        else:
            names.add(bind)
    names.update(extra)
    return frozenset(host_name(n) for n in names if n)


# ----------------------------------------------------------------------------- params

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Page size, 1..{MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, max_length=10,
                                        description="ISO date: YYYY, YYYY-MM or YYYY-MM-DD.")]
TextParam = Annotated[str | None, Query(max_length=200, description="Substring, any case.")]
ListParam = Annotated[list[str] | None, Query(max_length=50)]


def get_snapshot(request: Request) -> Snapshot:
    """The app's current snapshot of the store (503 via DataUnavailable when unreadable)."""
    source: SnapshotSource = request.app.state.source
    return source.get()


Snap = Annotated[Snapshot, Depends(get_snapshot)]


def get_filters(
    request: Request,
    since: DateParam = None,
    until: DateParam = None,
    type: ListParam = None,
    status: ListParam = None,
    outlet: ListParam = None,
    entity: Annotated[str | None, Query(max_length=300, description="Entity id (or "
                                        "'name:...' for unresolved actors).")] = None,
    q: TextParam = None,
    country: Annotated[list[str] | None, Query(max_length=50, description="An actor or "
                                               "recipient of this state (ISO alpha-3).")] = None,
    sector: Annotated[list[str] | None, Query(max_length=50, description="An actor or "
                                              "recipient of this sector (GOV, MIL, REB...).")]
    = None,
) -> Filters:
    """The shared filter parameters (repeat type/status/outlet/country/sector for several);
    an entity id the store does not know is a 404, not an empty (or invented) result."""
    try:
        built = Filters.build(since=since, until=until, types=type, statuses=status,
                              outlets=outlet, entity=entity, q=q, countries=country,
                              sectors=sector)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from None
    if built.entity:
        source: SnapshotSource = request.app.state.source
        with source.view() as view:
            if not data.node_exists(view, built.entity):
                raise HTTPException(404, f"no entity {built.entity!r}")
    return built


FilterDep = Annotated[Filters, Depends(get_filters)]


def known_article(snap: Snapshot, article_id: str | None) -> None:
    """404 for an article_id filter naming no stored article."""
    if article_id and article_id not in snap.articles:
        raise HTTPException(404, f"no article {article_id!r}")


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        got = err.get("input")
        shown = f" (got {got!r})" if isinstance(got, (str, int, float)) else ""
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}{shown}")
    return "; ".join(parts)


# ----------------------------------------------------------------------------- export


def _export_lines(source: SnapshotSource, name: str, fmt: str) -> Iterator[str]:
    """A contract table as JSON lines or CSV text, read from the store a page at a time
    (the same records and columns as `newsweave export`); the store is opened now, so an
    unreadable one is a 503 before the download starts, and closed when it ends."""
    from newsweave.export import tables

    context = source.reader()
    store = context.__enter__()

    def lines() -> Iterator[str]:
        try:
            rows = tables(store)[name]
            if fmt == "csv":
                yield from _csv_chunks(name, rows)
            else:
                for row in rows:
                    yield json.dumps(row, ensure_ascii=False) + "\n"
        finally:
            context.__exit__(None, None, None)

    return lines()


def _csv_chunks(name: str, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The table's fixed CSV columns, formula cells defused (the same as the CLI export)."""
    return csv_chunks(rows, table_columns(name))


def _parquet_bytes(name: str, rows: Iterable[dict[str, Any]]) -> bytes:
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(arrow_table(name, rows), buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------- app


def create_app(db: str | Path, hosts: Iterable[str] | None = None) -> FastAPI:
    """The app over one database file (opened read-only, briefly, when it changed).
    `hosts`: the Host names it answers (default: loopback names only); others get 400."""
    source = SnapshotSource(db)
    relinker = Relinker(db)
    hosts_allowed = frozenset(host_name(h) for h in hosts) if hosts is not None \
        else allowed_hosts()
    static = web_dir() / "static"
    index_html = web_dir() / "templates" / "index.html"
    app = FastAPI(
        title="newsweave",
        summary="Actors, events, quotes and claims from a news corpus, with evidence.",
        description="Read-only JSON API over a newsweave store. List endpoints are paginated "
                    f"(limit 1..{MAX_LIMIT}, offset >= 0) and return the total count. Every "
                    "record that comes from text carries article_id and a character span into "
                    "the article's cleaned text. ReDoc is disabled (offline app); use /docs.",
        version="1",
        docs_url=None,
        redoc_url=None,
    )
    app.state.source = source
    app.state.relinker = relinker

    @app.exception_handler(DataUnavailable)
    async def unavailable(request: Request, exc: DataUnavailable) -> JSONResponse:
        return JSONResponse({"detail": f"database unavailable: {exc}"}, status_code=503,
                            headers={"Retry-After": "5"})

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc)}, status_code=422)

    @app.middleware("http")
    async def host_check(request: Request, call_next: Callable[..., Any]) -> Response:
        name = host_name(request.headers.get("host", ""))
        if name not in hosts_allowed:
            log.warning("refused a request for Host %r (allowed: %s)", name,
                        ", ".join(sorted(hosts_allowed)))
            return JSONResponse({"detail": f"Host {name!r} is not served here (DNS "
                                 "rebinding guard); use `newsweave serve --allow-host` to "
                                 "add a name"}, status_code=400)
        response: Response = await call_next(request)
        return response

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Response:
        response: Response = await call_next(request)
        docs = request.url.path == "/docs"
        response.headers["Content-Security-Policy"] = DOCS_CSP if docs else CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if source.stale_reason:
            response.headers["X-Newsweave-Stale"] = "1"
        return response

    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        missing = missing_vendor_files(static)
        if missing:
            return HTMLResponse(
                "<!doctype html><title>newsweave: setup needed</title><h1>Browser libraries "
                "missing</h1><p>Run <code>make setup</code> (or <code>cd web &amp;&amp; npm "
                "ci &amp;&amp; node copy-vendor.mjs</code>) to copy them from npm; the JSON API "
                "works without them.</p>", status_code=503)
        return FileResponse(index_html, media_type="text/html",
                            headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="newsweave API",
            swagger_js_url="/static/vendor/swagger-ui-dist/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui-dist/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui-dist/favicon-32x32.png")

    # ------------------------------------------------------------------ meta

    @app.get("/api/status", tags=["meta"])
    def status(snap: Snap) -> dict[str, Any]:
        """Which database is shown, when it was read, and whether it is stale (locked)."""
        return {"db": Path(db).name, "loaded_at": snap.loaded_at,
                "stale": source.stale_reason, "missing_assets": missing_vendor_files(static)}

    # ------------------------------------------------------------------ corrections

    def _writable_store() -> Any:
        from newsweave.store import Store, StoreError

        source.close_reader()  # one process opens a file read-only or for writing
        try:
            return Store(source.path, lock_timeout=data.LOCK_WAIT_SECONDS)
        except StoreError as exc:
            raise HTTPException(503, f"the database is busy, try again: {exc}") from None

    def _json_only(request: Request) -> None:
        # a form or a plain-text POST from another site cannot send JSON without a CORS
        # preflight, which this app never grants
        if request.headers.get("content-type", "").split(";")[0].strip() != \
                "application/json":
            raise HTTPException(415, "corrections are sent as application/json")

    @app.get("/api/corrections", tags=["corrections"])
    def list_corrections() -> dict[str, Any]:
        """The audit log: every correction (time, kind, id, new and old value, undone)."""
        from newsweave.store.corrections import corrections

        store = _writable_store()
        try:
            return {"items": [vars(c) for c in corrections(store)]}
        finally:
            store.close()

    @app.post("/api/corrections", tags=["corrections"])
    def add_correction(request: Request, body: dict[str, Any]) -> dict[str, Any]:
        """Record a correction ({"kind", "target", "value"}: see `newsweave correct`); 400
        with the reason when it cannot apply. The request returns once the correction is
        stored: the relink that puts it in every view runs in the background (poll
        `/api/corrections/status` until `done` reaches the returned `ticket`)."""
        from newsweave.link.corrections import CorrectionError, check
        from newsweave.store.corrections import add_correction as store_add

        _json_only(request)
        kind, target = str(body.get("kind", "")), str(body.get("target", ""))
        value = body.get("value")
        store = _writable_store()
        try:
            try:
                before = check(store, kind, target, value)
            except CorrectionError as exc:
                raise HTTPException(400, str(exc)) from None
            made = store_add(store, kind, target, value, before)
        finally:
            store.close()
        ticket = relinker.request()
        return {"correction": vars(made), "ticket": ticket, "relink": relinker.status()}

    @app.get("/api/corrections/status", tags=["corrections"])
    def relink_status() -> dict[str, Any]:
        """Whether the corrections are in the view yet: state (relinking, done, failed),
        `done` (the last ticket applied), and the error of a failed relink."""
        return relinker.status()

    @app.post("/api/corrections/{correction_id}/undo", tags=["corrections"])
    def undo(request: Request, correction_id: int) -> dict[str, Any]:
        """Undo a correction (it stays in the audit log, marked undone); relinks in the
        background like a new correction."""
        from newsweave.store.corrections import undo_correction

        _json_only(request)
        store = _writable_store()
        try:
            try:
                done = undo_correction(store, correction_id)
            except ValueError as exc:
                raise HTTPException(404, str(exc)) from None
        finally:
            store.close()
        ticket = relinker.request()
        return {"correction": vars(done), "ticket": ticket, "relink": relinker.status()}

    @app.get("/api/vocab", tags=["meta"])
    def get_vocab() -> dict[str, Any]:
        """Statuses, evidence roles, modalities and stances: order, label, colour, meaning
        and role (newsweave.vocab); the browser reads them here instead of keeping a copy."""
        from newsweave.vocab import as_json

        return as_json()

    @app.get("/api/facets", tags=["meta"])
    def get_facets(snap: Snap) -> dict[str, Any]:
        """Values for the filter controls: outlets, types, statuses, date range, counts."""
        return data.facets(snap)

    # ------------------------------------------------------------------ records

    @app.get("/api/articles", tags=["records"])
    def articles(snap: Snap, f: FilterDep, limit: Limit = 50,
                 offset: Offset = 0) -> dict[str, Any]:
        """Articles (without text), oldest first; filter by q (title/text), outlet, dates."""
        from newsweave.store import query

        with source.reader() as store:
            found = query.articles(store, f, limit=limit, offset=offset, order="published",
                                   labels=snap.labels)
        lengths = found.text_length
        return {"total": found.total, "limit": limit, "offset": offset,
                "items": [data.article_summary(snap, a, lengths[a.article_id])
                          for a in found.items]}

    @app.get("/api/articles/{article_id}", tags=["records"])
    def article(snap: Snap, article_id: str) -> dict[str, Any]:
        """One article with its text and everything found in it (all spans index the text)."""
        from newsweave.store import query

        if article_id not in snap.articles:
            raise HTTPException(404, f"no article {article_id!r}")
        note = None
        one = query.Filters(article_id=article_id)
        try:
            with source.reader() as store:
                art = query.article(store, article_id)
                mentions = store.mentions(article_id)
                quotes = query.quotes(store, one).items
                events = query.events(store, one).items
        except DataUnavailable as exc:  # the snapshot's copy, without its text
            art, mentions, quotes, events = None, [], [], []
            note = f"article text and records not shown: {exc}"
        if art is None:
            art = snap.articles[article_id]
        from newsweave.store.claim_views import claims_of_article

        with source.view() as view:
            view.prime_entities(m.entity_id for m in mentions)
            ents = {m.entity_id: e for m in mentions if (e := view.entity(m.entity_id))}
            quote_items = data.quote_views(view, quotes)
            event_items = data.event_views(view, events)
            carried = claims_of_article(view.store, article_id) if note is None else []
        return {
            "article": {**article_record(art, snap.root), "outlet": snap.outlet(article_id),
                        "outlet_name": art.outlet},
            "mentions": [
                {"mention_id": m.mention_id, "text": m.text, "span": list(m.span),
                 "label": m.label, "canonical": m.canonical, "entity_id": m.entity_id,
                 "entity_name": ents[m.entity_id].name if m.entity_id in ents else None}
                for m in mentions],
            "mentions_note": note,
            "quotes": quote_items,
            "events": event_items,
            "claims": [{"claim_id": cid, "summary": summary, "status": status}
                       for cid, summary, status in carried],
        }

    @app.get("/api/entities", tags=["records"])
    def entities(limit: Limit = 50, offset: Offset = 0, q: TextParam = None,
                 type: Annotated[str | None, Query(max_length=30)] = None) -> dict[str, Any]:
        """Actors across the corpus, most mentioned first."""
        with source.view() as view:
            return data.entities_page(view, q, type, limit, offset)

    @app.get("/api/entities/{node_id:path}/evidence", tags=["evidence"])
    def entity_evidence(node_id: str, f: FilterDep,
                        limit: Annotated[int, Query(ge=1, le=200)] = data.NODE_PAGE,
                        offset: Offset = 0, said_offset: Offset = 0) -> dict[str, Any]:
        """A page of an actor's claims (with evidence counts; the sentences are at
        /api/claims/{id}/evidence) and a page of the quotes it said, with totals."""
        with source.view() as view:
            detail = data.node_detail(view, node_id, f, limit=limit, offset=offset,
                                      said_offset=said_offset)
        if detail is None:
            raise HTTPException(404, f"no entity {node_id!r}")
        return detail

    @app.get("/api/quotes", tags=["records"])
    def quotes(snap: Snap, f: FilterDep, limit: Limit = 50, offset: Offset = 0,
               article_id: Annotated[str | None, Query(max_length=200)] = None
               ) -> dict[str, Any]:
        """Quotes with speakers; `entity` filters by speaker, `q` by quote text."""
        from newsweave.store import query

        known_article(snap, article_id)
        with source.view() as view:
            found = query.quotes(view.store, replace(f, article_id=article_id), limit=limit,
                                 offset=offset, order="date", labels=snap.labels)
            return {"total": found.total, "limit": limit, "offset": offset,
                    "items": data.quote_views(view, found.items)}

    @app.get("/api/events", tags=["records"])
    def events(snap: Snap, f: FilterDep, limit: Limit = 50, offset: Offset = 0,
               modality: Annotated[str | None, Query(max_length=30)] = None,
               article_id: Annotated[str | None, Query(max_length=200)] = None,
               located: Annotated[bool, Query(description="Only events with coordinates or "
                                                          "a country.")] = False
               ) -> dict[str, Any]:
        """PLOVER events; `entity` matches actor, recipient or source, `type` the event type."""
        from newsweave.store import query

        known_article(snap, article_id)
        wanted = replace(f, article_id=article_id, located=located,
                         modalities=frozenset([modality] if modality else []))
        with source.view() as view:
            found = query.events(view.store, wanted, limit=limit, offset=offset, order="date",
                                 labels=snap.labels)
            return {"total": found.total, "limit": limit, "offset": offset,
                    "items": data.event_views(view, found.items)}

    @app.get("/api/claims", tags=["records"])
    def claims(f: FilterDep, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Claims clustered across outlets, most independent sources first."""
        with source.view() as view:
            return data.claims_page(view, f, limit, offset)

    @app.get("/api/claims/{claim_id}", tags=["records"])
    def claim(claim_id: str) -> dict[str, Any]:
        with source.view() as view:
            found = data.claim_row(view, claim_id)
            if found is None:
                raise HTTPException(404, f"no claim {claim_id!r}")
            return data.claim_view(view, found)

    @app.get("/api/claims/{claim_id}/evidence", tags=["evidence"])
    def evidence(claim_id: str,
                 role: Annotated[str | None, Query(
                     pattern=f"^({'|'.join(ROLE_ORDER)})$",
                     description="Only this role's sentences (grouped by the role their "
                                 "source takes), from offset.")] = None,
                 limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Sentences "
                                             "per role.")] = data.EVIDENCE_PAGE,
                 offset: Offset = 0,
                 all: Annotated[bool, Query(description="Every sentence and the whole claim "
                                            "record in one response (a hub claim's runs to "
                                            "megabytes).")] = False) -> dict[str, Any]:
        """The sentences supporting, doubting or denying the claim, with outlet, date,
        speaker, modality and the span to highlight in the article, paged by role: the
        first `limit` of each role (`evidence_pages` gives each role's total), or with
        `role`, `limit` of that role from `offset`. The claim comes without its id lists
        (their lengths in `totals`; the whole record is /api/claims/{id}) and with the
        first sources of each role (`sources_total`). `all=true`: every sentence, every
        source and the whole claim."""
        with source.view() as view:
            found = data.claim_row(view, claim_id)
            if found is None:
                raise HTTPException(404, f"no claim {claim_id!r}")
            if all:
                return data.claim_detail(view, found)
            return data.claim_detail_page(view, found, role=role, limit=limit,
                                          offset=offset)

    # ------------------------------------------------------------------ views

    def known_node(view: data.View, node_id: str, what: str) -> None:
        if not data.node_exists(view, node_id):
            raise HTTPException(404, f"{what}: no actor {node_id!r}")

    @app.get("/api/graph", tags=["views"])
    def graph(f: FilterDep,
              depth: Annotated[int, Query(ge=1, le=4, description="With entity: how many "
                                                                  "claims away.")] = 1,
              max_nodes: Annotated[int, Query(ge=1, le=2000)] = 300,
              isolated: Annotated[int, Query(ge=0, le=500, description="Also add this many "
                                             "most-mentioned actors without claims.")] = 0,
              min_degree: Annotated[int, Query(ge=0, le=1000, description="Only actors in "
                                               "at least this many claims.")] = 0,
              layer: Annotated[str | None, Query(pattern="^sources$", description="'sources'"
                                                 ": claims as nodes, with the people and "
                                                 "outlets that assert, doubt or deny them."
                                                 )] = None,
              speaker: Annotated[str | None, Query(max_length=300, description="With layer:"
                                                   " only the claims this source took part "
                                                   "in.")] = None,
              max_edges: Annotated[int, Query(ge=1, le=1_000_000, description="Draw at "
                                              "most this many claims between the shown "
                                              "actors (the best sourced); edges_total "
                                              "counts them all.")] = data.MAX_EDGES,
              ) -> dict[str, Any]:
        """The actor graph: entities as nodes, claims as edges (type, status)."""
        with source.view() as view:
            if f.entity:
                known_node(view, f.entity, "entity")
            return data.graph(view, f, depth=depth, max_nodes=max_nodes, isolated=isolated,
                              min_degree=min_degree, layer=layer, speaker=speaker,
                              max_edges=max_edges)

    @app.get("/api/graph/path", tags=["views"])
    def graph_path(f: FilterDep,
                   source: Annotated[str, Query(alias="from", max_length=300)],
                   target: Annotated[str, Query(alias="to", max_length=300)]
                   ) -> dict[str, Any]:
        """The shortest chain of claims between two actors, under the filter."""
        with app.state.source.view() as view:
            known_node(view, source, "from")
            known_node(view, target, "to")
            found = data.graph_path(view, f, source, target)
        if found is None:
            raise HTTPException(404, "no chain of claims joins these two actors under the "
                                "current filter")
        return found

    @app.get("/api/graph/export.{fmt}", tags=["export"])
    def graph_export(f: FilterDep, fmt: str,
                     depth: Annotated[int, Query(ge=1, le=4)] = 1,
                     max_nodes: Annotated[int, Query(ge=1, le=100_000)] = 100_000,
                     min_degree: Annotated[int, Query(ge=0, le=1000)] = 0) -> Response:
        """The current view's subgraph (same filters as /api/graph) as GEXF or GraphML."""
        from newsweave.export.graph import GRAPH_FORMATS

        if fmt not in GRAPH_FORMATS:
            raise HTTPException(404, f"no graph format {fmt!r}: use gexf or graphml")
        with source.view() as view:
            if f.entity:
                known_node(view, f.entity, "entity")
            body = data.graph_document(view, f, fmt, depth=depth, max_nodes=max_nodes,
                                       min_degree=min_degree)
        media = "application/gexf+xml" if fmt == "gexf" else "application/graphml+xml"
        return Response(body, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="newsweave-view.{fmt}"'})

    @app.get("/api/claims/{claim_id}/citations.md", tags=["export"])
    def claim_citations(claim_id: str) -> Response:
        """A claim's evidence as Markdown citations (outlet, date, sentence, link)."""
        with source.view() as view:
            found = data.claim_row(view, claim_id)
            if found is None:
                raise HTTPException(404, f"no claim {claim_id!r}")
            body = data.citations_markdown(view, found.claim)
        return Response(body, media_type="text/markdown; charset=utf-8")

    @app.get("/api/timeline", tags=["views"])
    def timeline(snap: Snap, f: FilterDep,
                 max_items: Annotated[int, Query(ge=1, le=20_000)] = data.TIMELINE_MAX_ITEMS
                 ) -> dict[str, Any]:
        """Dated events and quotes under the filter, or their histogram when there are more
        than `max_items` (zoom in: ask again with since/until)."""
        with source.view() as view:
            return data.timeline(view, f, view.store, max_items=max_items)

    @app.get("/api/matrix", tags=["views"])
    def matrix(f: FilterDep,
               limit: Annotated[int, Query(ge=1, le=100_000, description="Claims per page."
                                           )] = data.MATRIX_PAGE,
               offset: Offset = 0) -> dict[str, Any]:
        """Outlets x claims: supports / denies / doubts / reports per cell; a page of the
        claims (by summary) with their total."""
        with source.view() as view:
            return data.source_matrix(view, f, limit=limit, offset=offset)

    @app.get("/api/search", tags=["views"])
    def search(q: Annotated[str, Query(min_length=2, max_length=200,
                                       description="Text to look for, any case.")],
               limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
        """Substring search over article text and titles, actors, quotes and claims."""
        if not q.strip():
            raise HTTPException(422, "q: must contain non-space characters")
        with source.view() as view:
            return data.search(view, q, limit)

    @app.get("/api/export/{filename}", tags=["export"])
    def export(snap: Snap, filename: str) -> Response:
        """A contract table as a download: {articles,entities,quotes,events,claims}.
        {jsonl,csv,parquet} (TABLE_NAMES, EXPORT_FORMATS)."""
        m = EXPORT_NAME.match(filename)
        if m is None:
            raise HTTPException(404, f"no export {filename!r}: use one of "
                                f"{', '.join(TABLE_NAMES)} with "
                                f"{', '.join('.' + f for f in EXPORT_FORMATS)}")
        name, fmt = m.groups()
        headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
        if fmt == "parquet":
            from newsweave.export import tables

            with source.reader() as store:
                body = _parquet_bytes(name, tables(store)[name])
            return Response(body, media_type="application/vnd.apache.parquet", headers=headers)
        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
        chunks = _export_lines(source, name, fmt)
        return StreamingResponse(iter(chunks), media_type=media, headers=headers)

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000,
          on_ready: Callable[[str], None] | None = None,
          allow_hosts: Iterable[str] = ()) -> None:
    """Run the app with uvicorn until interrupted; it answers loopback names, the bound
    address and `allow_hosts`."""
    import uvicorn

    app = create_app(db, hosts=allowed_hosts(host, allow_hosts))
    url = f"http://{host if ':' not in host else f'[{host}]'}:{port}/"
    if on_ready is not None:
        on_ready(url)
    uvicorn.run(app, host=host, port=port, log_level="warning")
