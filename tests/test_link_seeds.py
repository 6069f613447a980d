"""Linking on the seed corpus: the real articles, run through the whole pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsweave.link import link_corpus
from newsweave.link.syndication import detect_syndication
from newsweave.model import Article, stable_id


def seed_articles(seed_texts: dict[str, str]) -> list[Article]:
    return [Article(article_id=stable_id("art", text), source=f"{key}.txt", text=text)
            for key, text in sorted(seed_texts.items())]


def test_seed_articles_are_not_copies_of_each_other(seed_texts: dict[str, str]) -> None:
    result = detect_syndication(seed_articles(seed_texts))
    assert result.syndication == {} and result.pairs == []


def test_a_blog_repost_of_a_seed_is_found_among_the_seeds(seed_texts: dict[str, str]) -> None:
    articles = seed_articles(seed_texts)
    original = next(a for a in articles if a.source == "004.txt")
    repost = Article(article_id="art_repost", source="repost.txt", text=(
        "Interesting piece from a German broadcaster, copied below for our readers.\n\n"
        + original.text + "\n\nLabels: Russia, Afghanistan\n2 comments:\nPost a Comment"))
    result = detect_syndication([repost, *articles])  # the repost is ingested first
    assert result.syndication == {"art_repost": original.article_id}


@pytest.mark.slow
def test_seed_entities_claims_and_quote_variants(seeds_store: Any, gold: dict[str, Any]
                                                 ) -> None:
    from newsweave.evaluation.claims import score

    mentions = seeds_store.mentions()
    assert mentions and all(m.entity_id for m in mentions)
    by_text: dict[str, set[str]] = {}
    for m in mentions:
        by_text.setdefault(m.text, set()).add(m.entity_id)
    kabulov = by_text["Zamir Kabulov"]
    assert len(kabulov) == 1 and by_text["Kabulov"] >= kabulov
    assert by_text["Wahid Muzhda"] == by_text["Waheed Muzhda"]
    assert not by_text["Javid Ahmad"] & by_text["Ashraf Ghani"]

    claims = seeds_store.claims()
    # ten say so, the Taliban denies: contested, not denied
    assert any(c.status == "contested" and "Taliban" in c.denied_by and c.actor and
               c.actor.name == "Russia" and c.counts["supports"] > c.counts["denies"]
               for c in claims)
    assert any(c.status == "corroborated" and c.type == "AID" and c.actor and
               c.actor.name == "Russia" for c in claims)
    for c in claims:  # summaries are built from the structured fields
        assert c.summary.startswith(f"{c.actor.name if c.actor else '?'} {c.type}")

    quotes = {q.quote_id: q for q in seeds_store.quotes()}
    volga = [v for v in seeds_store.quote_variants()
             if sum("Volga" in quotes[q].text for q in v.quote_ids) >= 2]
    assert volga and len({quotes[q].article_id for q in volga[0].quote_ids}) >= 2

    metrics = {m.name: m for m in score(gold, seeds_store)}
    assert metrics["coverage"].value is not None and metrics["coverage"].value >= 0.6


@pytest.mark.slow
def test_relinking_the_seeds_gives_the_same_records(seeds_store: Any, seeds_db: Path) -> None:
    articles = seeds_store.articles()
    first = link_corpus(articles, seeds_store.analyses())
    second = link_corpus(articles, seeds_store.analyses())
    assert first.to_dict() == second.to_dict()
    assert sorted(c.claim_id for c in first.claims) == \
        sorted(c.claim_id for c in seeds_store.claims())


@pytest.mark.slow
def test_who_says_russia_arms_the_taliban_and_who_doubts_or_denies_it(seeds_store: Any) -> None:
    """The README's question on the seeds: named people are sources (outlet -> speaker ->
    claim), VOA's "it is not clear whether" is a doubt, and nobody is on two sides."""
    arms = [c for c in seeds_store.claims() if c.type in ("AID", "SUPPORT") and c.actor
            and c.actor.name == "Russia" and c.recipient and c.recipient.name == "Taliban"]
    assert arms
    claim = max(arms, key=lambda c: len(c.sources))
    roles = {s.name: s.role for s in claim.sources}
    assert roles.get("VOA") == "doubts"
    assert roles.get("Mohammad Naser Hedayat") == "supports"
    assert any("western official" in n and r == "supports" for n, r in roles.items())
    assert any("spokesman" in n and r == "doubts" for n, r in roles.items())
    assert roles.get("Alexei Malashenko") == "doubts"
    speaker = next(s for s in claim.sources if s.name == "Mohammad Naser Hedayat")
    assert speaker.kind == "speaker" and speaker.carriers
    assert claim.status == "contested"
    for c in seeds_store.claims():  # one role per source, and no outlet is a file or a path
        assert len({s.name for s in c.sources}) == len(c.sources)
        for name in [*c.outlets, *c.independent_sources]:
            assert not name.endswith(".txt") and "/" not in name, name
