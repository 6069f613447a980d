"""Per-article analysis: a pure function from (article, spaCy doc) to records."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from newsweave.model import Article, ArticleAnalysis, Event, Location, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

# 2: events carry details; 3: the rules of sessions 10-11; 4: 12-13; 5: 14; 6: 15 (and quotes
# say which rules made them); 7: 16; 8: 17; 9: 18
ANALYZER_VERSION = "9"

log = logging.getLogger(__name__)
T = TypeVar("T")


def analyzer_version() -> str:
    """ANALYZER_VERSION, with a digest of the analysis settings when any differs from its default
    (another spaCy model, a replaced lexicon, a threshold): a store analyzed with one model is
    analyzed again when the user picks another, instead of keeping the old records."""
    from newsweave.config import settings

    digest = settings().analysis_digest
    return f"{ANALYZER_VERSION}+{digest}" if digest else ANALYZER_VERSION


def analyze_doc(article: Article, doc: Doc) -> ArticleAnalysis:
    """Mentions, then quotes (which need speakers), then events (which need quotes).

    Each stage is isolated: one that fails (or runs past the article's time budget, see
    engine.budget) is named in `problems` and the records of the others are kept; a later
    stage runs without the failed one's output. Past the budget no further stage runs.
    """
    from newsweave.engine.budget import OverBudget
    from newsweave.extract.details import attach_details
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes
    from newsweave.extract.referents import ArticleResolvers

    problems: list[str] = []
    over_budget = False

    def stage(name: str, run: Callable[[], T], empty: T) -> T:
        nonlocal over_budget
        if over_budget:
            problems.append(f"{name} stage not run (time budget used up)")
            return empty
        try:
            return run()
        except OverBudget as exc:
            over_budget = True
            problems.append(f"{name} stage stopped: {exc}")
        except Exception as exc:  # one stage's bug must not drop the others' records
            log.debug("%s: %s stage failed", article.source, name, exc_info=True)
            problems.append(f"{name} stage failed: {type(exc).__name__}: {exc}"
                            .splitlines()[0][:300])
        return empty

    no_mentions: list[Mention] = []
    no_quotes: list[Quote] = []
    no_events: tuple[list[Event], list[Location]] = ([], [])
    mentions = stage("mentions", lambda: extract_mentions(doc, article), no_mentions)
    # one resolver of speaker phrases and descriptions for both layers (built on first use)
    resolvers = ArticleResolvers(doc, article, mentions)
    quotes = stage("quotes", lambda: extract_quotes(doc, article, mentions, resolvers),
                   no_quotes)
    events, locations = stage(
        "events", lambda: extract_events(doc, article, mentions, quotes, resolvers), no_events)
    # what, how many, how much (set on the events in place)
    stage("details", lambda: attach_details(doc, events, quotes), None)
    return ArticleAnalysis(
        article_id=article.article_id,
        mentions=mentions,
        quotes=quotes,
        events=events,
        locations=locations,
        analyzer_version=analyzer_version(),
        problems=problems,
    )


def preload() -> None:
    """Build the tables the extractors otherwise build on first use (the place and province
    indexes, the event-type classifier or prototype vectors), so that cost is not paid inside
    a batch."""
    from newsweave.extract.event_triggers import type_prototypes
    from newsweave.extract.event_typer import load_model, typer
    from newsweave.extract.geo import geo_index, subdivision_index

    geo_index()
    subdivision_index()
    if typer() == "classifier":
        load_model()
    elif typer() == "prototypes":
        type_prototypes()
