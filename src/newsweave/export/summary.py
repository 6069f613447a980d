"""The terminal summary of a store: articles, actors, quotes, events, claims, errors."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsweave.store import Store

if TYPE_CHECKING:
    from rich.console import Console


def _short(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def render_summary(store: Store, console: Console, top: int = 12) -> None:
    from rich.table import Table

    articles = store.articles()
    by_id = {a.article_id: a for a in articles}
    counts = store.counts()
    console.rule(f"[bold]newsweave[/] · {store.path}")
    console.print(
        f"{counts['articles']} articles ({counts['article_sources']} sources) · "
        f"{counts['entities']} entities · {counts['quotes']} quotes · "
        f"{counts['events']} events · {counts['claims']} claims · "
        f"{counts['errors']} errors"
    )

    t = Table(title="Articles", show_lines=False, expand=True)
    for col in ("id", "outlet", "published", "lang", "title", "notes"):
        t.add_column(col, overflow="fold")
    for a in articles:
        notes = []
        if a.syndicated_from:
            src = by_id.get(a.syndicated_from)
            notes.append(f"repost of {src.outlet or src.article_id[:12] if src else '?'}")
        if a.duplicate_of:
            notes.append(f"near-duplicate of {a.duplicate_of[:12]}")
        if a.other_sources:
            notes.append(f"+{len(a.other_sources)} identical copies")
        if not a.is_english:
            notes.append("not analyzed (not English)")
        t.add_row(a.article_id[4:12], a.outlet or "-",
                  (a.published or "-") + (f" ({a.published_source})" if a.published else ""),
                  a.language or "-", _short(a.title or a.text[:80], 60), "; ".join(notes))
    console.print(t)

    entities = sorted(store.entities(), key=lambda e: (-e.mention_count, e.name))[:top]
    if entities:
        t = Table(title="Key actors", expand=True)
        for col in ("actor", "type", "country", "sector", "mentions", "articles", "described as"):
            t.add_column(col, overflow="fold")
        for e in entities:
            t.add_row(e.name, e.type, e.country or "-", e.sector or "-", str(e.mention_count),
                      str(len(e.article_ids)), _short(e.description, 50))
        console.print(t)

    quotes = store.quotes()
    if quotes:
        speakers = Counter(q.speaker.name if q.speaker else "(unknown)" for q in quotes)
        kinds = Counter(q.kind for q in quotes)
        console.print(
            "[bold]Quotes[/]: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
            + " · top speakers: " + ", ".join(f"{s} ({n})" for s, n in speakers.most_common(6))
        )

    events = store.events()
    if events:
        t = Table(title="Events", expand=True)
        for col in ("type", "actor", "recipient", "modality", "said by", "date", "article"):
            t.add_column(col, overflow="fold")
        for ev in events[: top * 2]:
            art = by_id.get(ev.article_id)
            t.add_row(ev.type, ev.actor.name if ev.actor else "-",
                      ev.recipient.name if ev.recipient else "-", ev.modality,
                      ev.attributed_to.name if ev.attributed_to else "(outlet)",
                      ev.date or "-",
                      (art.outlet if art and art.outlet else ev.article_id[4:12]))
        console.print(t)
        if len(events) > top * 2:
            console.print(f"… and {len(events) - top * 2} more events (newsweave export)")

    claims = store.claims()
    if claims:
        t = Table(title="Claims", expand=True)
        for col in ("status", "claim", "outlets", "denied by"):
            t.add_column(col, overflow="fold")
        order = {"corroborated": 0, "contested": 1, "denied": 2, "unconfirmed": 3,
                 "single-source": 4}
        for c in sorted(claims, key=lambda c: (order.get(c.status, 9),
                                               -len(c.independent_sources)))[:top]:
            t.add_row(c.status, _short(c.summary, 70), str(len(c.independent_sources)),
                      ", ".join(c.denied_by) or "-")
        console.print(t)

    errors = store.errors()
    if errors:
        console.print(f"[bold red]Errors ({len(errors)})[/]")
        for err in errors[:20]:
            console.print(f"  [red]✗[/] {err.stage}: {err.line()}", markup=True, highlight=False)
