"""Per-article analysis: a pure function from (article, spaCy doc) to records."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from newsweave.model import Article, ArticleAnalysis

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

ANALYZER_VERSION = "2"  # 2: events carry details (what, how many, how much)


def analyze_doc(article: Article, doc: Doc) -> ArticleAnalysis:
    """Mentions, then quotes (which need speakers), then events (which need quotes)."""
    from newsweave.extract.details import attach_details
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes

    # a failure in a later stage (pronoun resolution for events, say) must not take the
    # article's quotes with it: quotes need only the parse and, for speakers, the mentions
    try:
        mentions = extract_mentions(doc, article)
    except Exception as exc:  # stage isolation: log, keep going
        log.warning("%s: mention extraction failed (%s: %s); quotes kept without mentions",
                    article.source, type(exc).__name__, exc)
        mentions = []
    quotes = extract_quotes(doc, article, mentions)
    try:
        events, locations = extract_events(doc, article, mentions, quotes)
        attach_details(doc, events, quotes)  # what, how many, how much (in place)
    except Exception as exc:  # stage isolation: log, keep going
        log.warning("%s: event extraction failed (%s: %s); its quotes are kept",
                    article.source, type(exc).__name__, exc)
        events, locations = [], []
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
