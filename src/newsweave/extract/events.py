"""PLOVER events with actors, modality and attribution (placeholder until issue 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.model import Article, Event, Location, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_events(
    doc: Doc, article: Article, mentions: list[Mention], quotes: list[Quote]
) -> tuple[list[Event], list[Location]]:
    return [], []
