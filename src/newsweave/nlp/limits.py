"""Guards that keep the parse of one article bounded, whatever its text.

- spaCy refuses texts over `nlp.max_length` (1,000,000 characters): longer texts are cut at
  the last paragraph (or word) break before the limit, and the cut is reported.
- spaCy's tokenizer is quadratic in the length of a whitespace-free run of punctuation (20,000
  quote marks in a row took a minute): runs longer than MAX_RUN_CHARS get a space every
  RUN_PIECE_CHARS characters. The text keeps its length, so every character offset still
  points into the article's own text.
- A "sentence" of junk without sentence punctuation (a wall of quote marks or symbols) is cut
  every MAX_SENT_TOKENS tokens before the parser runs (see `sentence_guard`), so the
  per-sentence work of the extractors stays bounded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_RUN_CHARS = 200  # no English word or ordinary URL is this long without a space
RUN_PIECE_CHARS = 100
MAX_SENT_TOKENS = 250  # tokens without a sentence-final mark before a boundary is forced
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
_SENTENCE_END = frozenset(".!?;")


def break_long_runs(text: str) -> str:
    """`text` with a space put every RUN_PIECE_CHARS characters into each whitespace-free run
    longer than MAX_RUN_CHARS (same length, same offsets)."""
    if not _LONG_RUN.search(text):
        return text

    def broken(m: re.Match[str]) -> str:
        run = m.group(0)
        return " ".join(run[i + 1 if i else 0:i + RUN_PIECE_CHARS]
                        for i in range(0, len(run), RUN_PIECE_CHARS))

    return _LONG_RUN.sub(broken, text)


def fit_for_parsing(text: str, max_chars: int) -> tuple[str, str | None]:
    """The text to parse (see the module doc) and, when it had to be cut, the reason."""
    cut = None
    if len(text) > max_chars:
        end = text.rfind("\n", 0, max_chars)
        if end < max_chars // 2:
            end = max(text.rfind(" ", 0, max_chars), max_chars // 2)
        cut = (f"text of {len(text):,} characters is over the parser's limit of "
               f"{max_chars:,}: only the first {end:,} characters were analyzed")
        text = text[:end]
    return break_long_runs(text), cut


def sentence_guard(doc: Doc) -> None:
    """Force a sentence start after MAX_SENT_TOKENS tokens without a sentence-final mark or
    a preset boundary (runs before the parser; ordinary prose never reaches the limit)."""
    run = 0
    for token in doc:
        if token.i == 0 or token.is_sent_start:
            run = 0
        elif run >= MAX_SENT_TOKENS:
            token.is_sent_start = True
            run = 0
        run += 1
        if token.text[-1:] in _SENTENCE_END:
            run = 0
