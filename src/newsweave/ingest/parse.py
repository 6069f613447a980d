"""RawInput -> Article (placeholder: plain UTF-8 text only)."""

from __future__ import annotations

from collections.abc import Iterator

from newsweave.model import Article, IngestError, RawInput, stable_id


def parse_input(raw: RawInput) -> Iterator[Article | IngestError]:
    text = raw.text if raw.text is not None else (raw.data or b"").decode("utf-8", "replace")
    text = text.strip()
    if not text:
        yield IngestError(source=raw.source, reason="empty file")
        return
    yield Article(article_id=stable_id("art", text), source=raw.source, text=text,
                  language="en", format="text")
