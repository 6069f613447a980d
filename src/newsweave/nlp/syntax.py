"""Small reads of spaCy's dependency parse that the event and quote layers share."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def to_infinitive(verb: Token) -> bool:
    """`verb` heads a to-infinitive ('to resign', 'asked him to stay'): 'to' is its aux."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
