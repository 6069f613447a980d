"""Per-article analysis: a pure function from (article, spaCy doc) to records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.model import Article, ArticleAnalysis

if TYPE_CHECKING:
    from spacy.tokens import Doc

ANALYZER_VERSION = "2"  # 2: events carry details (what, how many, how much)


def analyze_doc(article: Article, doc: Doc) -> ArticleAnalysis:
    """Mentions, then quotes (which need speakers), then events (which need quotes)."""
    from newsweave.extract.details import attach_details
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes

    mentions = extract_mentions(doc, article)
    quotes = extract_quotes(doc, article, mentions)
    events, locations = extract_events(doc, article, mentions, quotes)
    attach_details(doc, events, quotes)  # what, how many, how much (in place)
    return ArticleAnalysis(
        article_id=article.article_id,
        mentions=mentions,
        quotes=quotes,
        events=events,
        locations=locations,
        analyzer_version=ANALYZER_VERSION,
    )


def preload() -> None:
    """Build the tables the extractors otherwise build on first use (the place and province
    indexes, the event-type prototype vectors), so that cost is not paid inside a batch."""
    from newsweave.extract.events import type_prototypes
    from newsweave.extract.geo import geo_index, subdivision_index

    geo_index()
    subdivision_index()
    type_prototypes()
