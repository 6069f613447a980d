"""The text of a spaCy doc, built once: `doc.text` joins every token's text on each access,
which makes slicing it inside per-token or per-mention loops quadratic in article length."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT_KEY = "newsweave.text"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)
