"""Corpus-wide linking: syndication, entities across articles, quote variants and claims.

`link_corpus` gives the same ids and records however often it runs. Given a `LinkMemo` (see
link.incremental, which links a growing store), it reuses what depends on one article or one
pair of articles alone from the previous link (MinHash sketches and copy pairs, each article's
local mention clusters, sentence vectors) and the records whose inputs did not change
(entities, claims, report scans), and redoes the corpus-wide grouping, so its result equals a
link from scratch.
"""

from __future__ import annotations

import gc
import logging
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from newsweave.link.claims import ClaimInputs, ClaimMemo, build_claims, participant_key
from newsweave.link.corrections import Corrections, apply_merges, apply_names, apply_outlets
from newsweave.link.entities import EntityIndex, EntityMemo, resolve_entities
from newsweave.link.syndication import (
    SyndicationMemo,
    detect_syndication,
    independent_sources,
    source_labels,
)
from newsweave.link.variants import VariantMemo, group_quote_variants
from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    LinkResult,
    Mention,
    stable_id,
)

__all__ = ["EntityIndex", "LinkMemo", "frozen_heap", "link_corpus", "resolve_entities"]


log = logging.getLogger(__name__)


@dataclass
class LinkMemo:
    """What a link keeps for the next link of the same growing corpus: things that depend on
    one article (or one pair) alone, and records kept under a print of everything they were
    made from, so reusing them cannot change the result. Valid while every article keeps its
    text and analysis (link.incremental.Linker starts a new memo when an article is analysed
    again)."""

    syndication: SyndicationMemo = field(default_factory=SyndicationMemo)
    entities: EntityMemo = field(default_factory=EntityMemo)
    variants: VariantMemo = field(default_factory=VariantMemo)
    claims: ClaimMemo = field(default_factory=ClaimMemo)
    embedder: Any = None  # a CachedEmbedder: sentence vectors by text
    # the mentions that may stand for another entity than at the last link (the mentions of
    # the articles EntityIndex.changed names), with the entity lookups' generation they
    # are counted from; None with analysts' fixes (they change any mention's entity)
    mentions_changed: tuple[int, list[str]] | None = None
    # the entity lookups' generation the Linker's stored result was made at (-1: unknown),
    # so write_link_changes compares only mentions_changed when the two follow each other
    result_generation: int = -1
    # the entity and claim records this link's result lists that the last link's did not,
    # and those it no longer lists (table -> (new, gone), by identity: every other record is
    # the same object), so write_link_changes looks at them alone; None when not known
    records_changed: dict[str, tuple[list[Any], list[Any]]] | None = None
    # the entities the last link made for claim actors no mention names (_actor_entities)
    actor_entities: list[Entity] | None = None


def link_corpus(articles: list[Article], analyses: Iterable[ArticleAnalysis],
                embed: Callable[[list[str]], Any] | None = None,
                corrections: Corrections | None = None,
                memo: LinkMemo | None = None) -> LinkResult:
    """Syndication, entities, quote variants and claims of the whole corpus.

    Every distinct text is embedded once per link (quote variants and claims share the
    vectors); pass a `CachedEmbedder` with a store to reuse vectors across links, or a
    `memo` to reuse per-article work of the previous link (see LinkMemo)."""
    with frozen_heap():  # see _link_corpus
        return _link_corpus(articles, analyses, embed, corrections, memo)


_FROZEN = [0]  # how many frozen_heap blocks are open


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Move every object alive now out of the garbage collector's sight until the block
    ends (gc.freeze), and turn its automatic collections off meanwhile: a link makes
    almost no reference cycles (125 objects collected in a full link of 5,000 synthetic
    articles, none in a +1% one), yet the collections its many small objects set off
    walked them again and again: a third of a full link's CPU time and a fifth of a +1%
    link's, more with each further link of a growing corpus (the walks grew with the
    records the previous links left). What the block made joins the oldest generation
    unwalked (a freeze and a thaw: walking it once more cost a full link 1.4 s of 11) and
    is collected as usual later. Blocks nest: only the outermost one thaws and turns
    collection back on."""
    outermost = not _FROZEN[0]
    collecting = gc.isenabled()
    if outermost:
        gc.disable()
    gc.freeze()
    _FROZEN[0] += 1
    try:
        yield
    finally:
        _FROZEN[0] -= 1
        if outermost:
            gc.freeze()  # (what the block made, out of the youngest generation unwalked)
            gc.unfreeze()
            if collecting:
                gc.enable()


def _link_corpus(articles: list[Article], analyses: Iterable[ArticleAnalysis],
                 embed: Callable[[list[str]], Any] | None, corrections: Corrections | None,
                 memo: LinkMemo | None) -> LinkResult:
    """link_corpus with the records it was given frozen out of the garbage collector:
    they live through the whole link (and a growing corpus's Linker keeps them for the
    next), yet every full collection the link's many small objects set off would walk all
    of them again; on 2,000 synthetic articles that was a third of an incremental link's
    CPU time."""
    from newsweave.nlp.models import CachedEmbedder

    if memo is not None and memo.embedder is not None and not isinstance(embed,
                                                                         CachedEmbedder):
        embed = memo.embedder
    if not isinstance(embed, CachedEmbedder):
        embed = CachedEmbedder(embed_fn=embed)
    if memo is not None:
        memo.embedder = embed
        memo.records_changed = None  # (set again when this link gets to its end)
    analyses = [a for a in analyses]
    # one read of the articles: a store-backed sequence would be re-read by every pass below
    # (syndication, labels, sources), and `by_id` holds them all anyway
    fixes = corrections or Corrections()
    articles = apply_outlets(list(articles), fixes)
    by_id = {a.article_id: a for a in articles}
    order = {a.article_id: i for i, a in enumerate(articles)}
    synd = detect_syndication(articles, memo.syndication if memo else None)
    if memo is not None and fixes:
        # analysts' fixes change records in place (merged aliases, renames): nothing made
        # under them is reused, and nothing made before them is handed out
        memo.entities.forget()
        memo.claims = ClaimMemo()
    index = resolve_entities(analyses, {a.article_id: a.text for a in articles},
                             memo.entities if memo else None)
    apply_merges(index, fixes, (m for a in analyses for m in a.mentions))  # and splits

    quotes = [q for a in analyses for q in a.quotes]
    events = [e for a in analyses for e in a.events if e.event_id not in fixes.rejected]
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for a in analyses:
        mentions[a.article_id].extend(a.mentions)
    if memo is not None:
        changed_at = index.changed
        memo.mentions_changed = None if fixes or changed_at is None else (
            changed_at[0], [m.mention_id for aid in changed_at[1]
                            for m in mentions.get(aid, ())])
    for a in analyses:  # articles stored without an Article record still need a label
        if a.article_id not in by_id:
            order.setdefault(a.article_id, len(order))
    source_of = independent_sources(articles, synd.syndication)
    outlet_of = source_labels(articles)
    for aid in order:
        source_of.setdefault(aid, aid)
        outlet_of.setdefault(aid, aid)
    inputs = ClaimInputs(articles=by_id, order=order, source_of=source_of,
                         outlet_of=outlet_of, index=index, mentions=dict(mentions), embed=embed,
                         corrections=fixes, memo=memo.claims if memo else None)

    def speaker_of(q: Any) -> str | None:
        return index.resolve(q.speaker, q.article_id)

    variants = group_quote_variants(quotes, by_id, speaker_of, order, embed=embed,
                                    memo=memo.variants if memo else None)
    claims = build_claims(events, quotes, variants, inputs)
    actors = _actor_entities(claims, index, index.entities, inputs.entity_by_id)
    entities = index.entities + actors
    apply_names(entities, claims, fixes)
    if memo is not None:
        grouped, was, built = memo.entities.grouping, memo.actor_entities, memo.claims.diff
        memo.records_changed = None
        if not fixes and grouped is not None and grouped.diff is not None \
                and was is not None and built is not None:
            # (the actors' entities are made anew each link: all of them are compared)
            memo.records_changed = {"entities": ([*grouped.diff[0], *actors],
                                                 [*grouped.diff[1], *was]),
                                    "claims": built}
        memo.actor_entities = None if fixes else actors
    if memo is not None and fixes:
        memo.entities.forget()
        memo.claims = ClaimMemo()
    log.info("linked %d articles: %d entities, %d claims, %d quote variant groups, %d reposts",
             len(articles), len(entities), len(claims), len(variants), len(synd.syndication))
    return LinkResult(
        entities=entities,
        mention_entity=dict(index.mention_entity),
        syndication=dict(synd.syndication),
        near_duplicates=dict(synd.near_duplicates),
        claims=claims,
        quote_variants=variants,
    )


def _actor_entities(claims: list[Claim], index: EntityIndex, known: list[Entity],
                    known_ids: Container[str] | None = None) -> list[Entity]:
    """Entities for claim actors that no mention names (a gazetteer actor such as a state
    acting through its capital), so every claim's two sides are graph nodes. `known_ids`:
    the ids of `known` when the caller holds them (the claims' entities by id)."""
    if known_ids is None:
        known_ids = {e.entity_id for e in known}
    made: dict[str, Entity] = {}
    for claim in claims:
        for ref in (claim.actor, claim.recipient):
            if ref is None or (ref.entity_id and ref.entity_id in known_ids):
                continue
            key = participant_key(ref.name, ref.type, ref.country, ref.sector, None)
            entity_id = stable_id("ent", "ACTOR:" + key)
            ent = made.get(entity_id)
            if ent is None:
                ent = Entity(entity_id=entity_id, name=ref.name, type=ref.type or "ACTOR",
                             aliases=[ref.name], country=ref.country, sector=ref.sector)
                made[entity_id] = ent
            ref.entity_id = entity_id
            for aid in claim.article_ids:
                if aid not in ent.article_ids:
                    ent.article_ids.append(aid)
    return sorted(made.values(), key=lambda e: (e.name, e.entity_id))


def resolve_actor(index: EntityIndex, ref: ActorRef | None) -> str | None:
    """Entity id of a speaker/actor/recipient, by mention id or by name (see EntityIndex)."""
    return index.resolve(ref)
