"""The terminal summary of a store: articles, actors, quotes, events, claims, errors."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from newsweave.model import Article
from newsweave.store import Store
from newsweave.vocab import STATUS_ORDER, counts_text, status_label

if TYPE_CHECKING:
    from rich.console import Console


def _short(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _source_label(art: Article | None, article_id: str,
                  labels: dict[str, str] | None = None) -> str:
    """The same source label the claims use (newsweave.link.outlets), or a short id."""
    from newsweave.link.outlets import source_label

    if labels and article_id in labels:
        return labels[article_id]
    return source_label(art) if art is not None else article_id[4:12]


def render_summary(store: Store, console: Console, top: int = 12) -> None:
    from rich.table import Table

    from newsweave.link.entities import is_key_actor
    from newsweave.link.outlets import source_labels
    from newsweave.store import query

    articles = query.article_meta(store, head=80)  # a title, else the text's start
    by_id = {a.article_id: a for a in articles}
    labels = source_labels(articles)
    counts = store.counts()
    console.rule(f"[bold]newsweave[/] · {store.path}")
    console.print(
        f"{counts['articles']} articles ({counts['article_sources']} sources) · "
        f"{counts['entities']} entities · {counts['quotes']} quotes · "
        f"{counts['events']} events · {counts['claims']} claims · "
        f"{counts['errors']} errors"
        + (f" · {counts['skipped']} inputs skipped (not articles)" if counts["skipped"] else "")
    )

    t = Table(title="Articles", show_lines=False, expand=True)
    t.add_column("source", overflow="fold", ratio=2)
    t.add_column("published", no_wrap=True)
    t.add_column("title", overflow="fold", ratio=4)
    t.add_column("notes", overflow="fold", ratio=2)
    for a in articles:
        notes = []
        if a.syndicated_from:
            src = by_id.get(a.syndicated_from)
            notes.append(f"repost of {_source_label(src, a.syndicated_from, labels)}")
        if a.duplicate_of:
            kept = _source_label(by_id.get(a.duplicate_of), a.duplicate_of, labels)
            notes.append(f"near-duplicate of {kept}")
        if a.other_sources:
            notes.append(f"+{len(a.other_sources)} identical copies")
        if not a.is_english:
            notes.append(f"language {a.language}: not analyzed")
        t.add_row(_source_label(a, a.article_id, labels), a.published or "-",
                  _short(a.title or a.text[:80], 90), "; ".join(notes))
    console.print(t)

    claims = store.claims()
    parties: Counter[str] = Counter()
    for c in claims:
        for ref in (c.actor, c.recipient):
            if ref is not None and ref.entity_id:
                parties[ref.entity_id] += 1
    entities = sorted((e for e in store.entities() if is_key_actor(e, parties[e.entity_id])),
                      key=lambda e: (-e.mention_count, e.name))[:top]
    if entities:
        t = Table(title="Key actors", expand=True)
        for col in ("actor", "type", "country", "sector", "mentions", "articles", "described as"):
            t.add_column(col, overflow="fold")
        for e in entities:
            t.add_row(e.name, e.type, e.country or "-", e.sector or "-", str(e.mention_count),
                      str(len(e.article_ids)), _short(e.description, 50))
        console.print(t)

    speakers: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for q in query.iter_quotes(store):
        speakers[q.speaker.name if q.speaker else "(unknown)"] += 1
        kinds[q.kind] += 1
    if kinds:
        console.print(
            "[bold]Quotes[/]: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common())
            + " · top speakers: " + ", ".join(f"{s} ({n})" for s, n in speakers.most_common(6))
        )

    first_events = query.events(store, limit=top * 2)
    events = first_events.items
    if events:
        t = Table(title="Events (who did what to whom, how sure, on whose word)", expand=True)
        t.add_column("event", overflow="fold", ratio=3)
        t.add_column("modality", no_wrap=True)
        t.add_column("said by", overflow="fold", ratio=2)
        t.add_column("date", no_wrap=True)
        t.add_column("source", overflow="fold", ratio=2)
        for ev in events:
            art = by_id.get(ev.article_id)
            who = ev.actor.name if ev.actor else "?"
            whom = f" → {ev.recipient.name}" if ev.recipient else ""
            t.add_row(f"{who} [bold]{ev.type}[/]{whom}", ev.modality,
                      ev.attributed_to.name if ev.attributed_to else "(outlet)",
                      ev.date or "-", _source_label(art, ev.article_id))
        console.print(t)
        if first_events.total > top * 2:
            console.print(f"… and {first_events.total - top * 2} more events (newsweave events, "
                          "newsweave export)")

    if claims:
        t = Table(title="Claims", expand=True)
        for col in ("status", "claim", "outlets", "denied by"):
            t.add_column(col, overflow="fold")
        order = {s: i for i, s in enumerate(STATUS_ORDER)}
        for c in sorted(claims, key=lambda c: (order.get(c.status, 9),
                                               -len(c.independent_sources)))[:top]:
            t.add_row(f"{status_label(c.status)} ({counts_text(c.counts)})",
                      _short(c.summary, 70), str(len(c.independent_sources)),
                      ", ".join(c.denied_by) or "-")
        console.print(t)

    errors = store.errors()
    if errors:
        console.print(f"[bold red]Errors ({len(errors)})[/]")
        for err in errors[:20]:
            console.print(f"  [red]✗[/] {err.stage}: {err.line()}", markup=True, highlight=False)
