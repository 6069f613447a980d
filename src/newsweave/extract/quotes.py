"""Quotations with speakers, cue verbs, channels and stance (placeholder until issue 3)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.model import Article, Mention, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quotes(doc: Doc, article: Article, mentions: list[Mention]) -> list[Quote]:
    return []
