"""Small made-up stores for the export-convention tests (fictional names throughout).

`build_rich_store` fills every kind of field: dated and undated events, month precision,
alleged / unconfirmed / planned modality, a geocoded place, quotes whose text starts with a
spreadsheet formula. `build_sparse_store` holds one bare article, so most columns are null.
"""

from __future__ import annotations

from pathlib import Path

from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    LinkResult,
    Location,
    Quote,
    Span,
    stable_id,
)
from newsweave.store import Store

FORMULA_QUOTE = '=HYPERLINK("http://x.example","click")'
DATED = ("Ruritania sent trucks to Kabul in March 2021. Ruritania reportedly armed the "
         "Borduria rebels. Ruritania will send grain to Borduria, officials said. "
         f'"{FORMULA_QUOTE}" said Anna Vek.')
UNDATED = "Borduria accused Ruritania of an attack, unconfirmed reports said. +cmd|' /C calc'!A0"


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return (start, start + len(part))


def _article(text: str, published: str | None, outlet: str, url: str | None) -> Article:
    return Article(article_id=stable_id("art", text), source=f"{outlet}.txt", text=text,
                   title=f"{outlet} report", outlet=outlet, url=url, published=published,
                   published_source="metadata" if published else None, language="en")


def build_rich_store(path: Path) -> dict[str, str]:
    """Write the rich store; returns ids the tests use."""
    dated = _article(DATED, "2021-04-02", "Daily Ledger", "https://ledger.example/a1")
    undated = _article(UNDATED, None, "Evening Wire", None)
    rur = ActorRef(name="Ruritania", entity_id="ent_rur", country="RUR", sector="GOV",
                   type="GPE")
    bor = ActorRef(name="Borduria rebels", entity_id="ent_bor", country="BOR", sector="REB",
                   type="ORG", description="armed group")
    vek = ActorRef(name="Anna Vek", entity_id="ent_vek", type="PERSON")
    d, u = dated.article_id, undated.article_id
    s1 = span_of(DATED, "Ruritania sent trucks to Kabul in March 2021.")
    s2 = span_of(DATED, "Ruritania reportedly armed the Borduria rebels.")
    s3 = span_of(DATED, "Ruritania will send grain to Borduria, officials said.")
    s4 = span_of(UNDATED, "Borduria accused Ruritania of an attack, unconfirmed reports said.")
    events = [
        Event(event_id="evt_trucks", article_id=d, span=span_of(DATED, "sent trucks"),
              sentence=DATED[s1[0]:s1[1]], sentence_span=s1, type="AID", trigger="send",
              actor=rur, recipient=None, mode="material", date="2021-03",
              date_text="in March 2021", date_precision="month",
              location=Location(name="Kabul", country="AFG", lat=34.5, lon=69.2,
                                kind="city")),
        Event(event_id="evt_armed", article_id=d, span=span_of(DATED, "armed"),
              sentence=DATED[s2[0]:s2[1]], sentence_span=s2, type="AID", trigger="arm",
              actor=rur, recipient=bor, mode="military", modality="alleged",
              modality_cue="reportedly"),
        Event(event_id="evt_grain", article_id=d, span=span_of(DATED, "will send grain"),
              sentence=DATED[s3[0]:s3[1]], sentence_span=s3, type="AID", trigger="send",
              actor=rur, recipient=bor, mode="humanitarian", modality="planned",
              attributed_to=ActorRef(name="officials")),
        Event(event_id="evt_accuse", article_id=u, span=span_of(UNDATED, "accused"),
              sentence=UNDATED[s4[0]:s4[1]], sentence_span=s4, type="ACCUSE",
              trigger="accuse", actor=bor, recipient=rur, modality="unconfirmed",
              modality_cue="unconfirmed reports"),
    ]
    quote = Quote(quote_id="quo_formula", article_id=d, kind="direct", text=FORMULA_QUOTE,
                  span=span_of(DATED, FORMULA_QUOTE), speaker=vek,
                  cue="say", cue_span=span_of(DATED, "said Anna"))
    store = Store(path)
    store.write_batch([dated, undated], [
        ArticleAnalysis(article_id=d, events=events[:3], quotes=[quote]),
        ArticleAnalysis(article_id=u, events=events[3:]),
    ])
    store.write_links(LinkResult(
        entities=[
            Entity(entity_id="ent_rur", name="Ruritania", type="GPE", country="RUR",
                   aliases=["Ruritanian"], article_ids=[d, u], mention_count=4),
            Entity(entity_id="ent_bor", name="Borduria rebels", type="ORG", sector="REB",
                   article_ids=[d, u], mention_count=3),
            Entity(entity_id="ent_vek", name="Anna Vek", type="PERSON", article_ids=[d],
                   mention_count=1, description="-spokeswoman"),
        ],
        claims=[
            Claim(claim_id="clm_arms", summary="Ruritania AID Borduria rebels", type="AID",
                  actor=rur, recipient=bor, event_ids=["evt_armed", "evt_grain"],
                  article_ids=[d], outlets=["Daily Ledger"],
                  independent_sources=["Daily Ledger"], status="single-source",
                  first_seen="2021-04-02", modalities={"alleged": 1, "planned": 1}),
            Claim(claim_id="clm_accuse", summary="@Borduria ACCUSE Ruritania",
                  type="ACCUSE", actor=bor, recipient=rur, event_ids=["evt_accuse"],
                  article_ids=[u], outlets=["Evening Wire"],
                  independent_sources=["Evening Wire"], status="unconfirmed"),
        ],
    ))
    store.close()
    return {"dated": d, "undated": u}


def build_sparse_store(path: Path) -> str:
    """One article with nothing but text: every optional column is null."""
    art = Article(article_id=stable_id("art", "Nothing happened."), source="bare.txt",
                  text="Nothing happened.")
    store = Store(path)
    store.write_batch([art], [ArticleAnalysis(article_id=art.article_id)])
    store.close()
    return art.article_id
