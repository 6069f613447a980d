"""Shared by the quote tests: the quotes of one made-up text, as the pipeline extracts them."""

from __future__ import annotations

from typing import Any

from newsweave.extract.mentions import extract_mentions
from newsweave.extract.quotes import extract_quotes
from newsweave.model import Article, Quote, stable_id


def quotes_in(nlp: Any, text: str, published: str | None = "2021-03-15") -> list[Quote]:
    """Quotes of `text` as one article (mentions included, so speakers resolve)."""
    article = Article(article_id=stable_id("art", text), source="test.txt", text=text,
                      published=published)
    doc = nlp(text)
    return extract_quotes(doc, article, extract_mentions(doc, article))


def speakers_of(found: list[Quote], words: str) -> list[str | None]:
    """Speaker names of the quotes holding `words` (fails, listing every quote, when none does)."""
    hits = [q for q in found if words in q.text]
    assert hits, [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in found]
    return [q.speaker.name if q.speaker else None for q in hits]
