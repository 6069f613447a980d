"""Shared by the event-rule tests: the events of one made-up sentence or paragraph."""

from __future__ import annotations

from typing import Any

from newsweave.model import Article, Event


def events_of(nlp: Any, text: str, published: str = "2020-03-02") -> list[Event]:
    """Events extracted from `text` as one article (mentions included, no quotes)."""
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions

    art = Article(article_id="art_rules", source="rules.txt", text=text, published=published)
    doc = nlp(text)
    events, _ = extract_events(doc, art, extract_mentions(doc, art), [])
    return events
