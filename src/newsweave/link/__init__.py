"""Corpus-wide linking: entities across articles, syndication, claims."""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.model import Article, ArticleAnalysis, Entity, LinkResult, stable_id


def link_corpus(articles: list[Article], analyses: Iterable[ArticleAnalysis]) -> LinkResult:
    """Placeholder linker (issue 5 replaces it): one entity per (label, canonical name)."""
    by_key: dict[tuple[str, str], Entity] = {}
    result = LinkResult()
    for analysis in analyses:
        for m in analysis.mentions:
            key = (m.label, m.canonical.lower())
            ent = by_key.get(key)
            if ent is None:
                ent = Entity(entity_id=stable_id("ent", *key), name=m.canonical, type=m.label,
                             country=m.country, sector=m.sector, description=m.description)
                by_key[key] = ent
            if m.text not in ent.aliases:
                ent.aliases.append(m.text)
            if m.article_id not in ent.article_ids:
                ent.article_ids.append(m.article_id)
            ent.mention_count += 1
            result.mention_entity[m.mention_id] = ent.entity_id
    result.entities = sorted(by_key.values(), key=lambda e: (-e.mention_count, e.name))
    return result
