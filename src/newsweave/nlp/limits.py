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
- A long text (over LONG_TEXT_CHARS) is parsed as pieces of about PARSE_PIECE_CHARS cut at
  paragraph breaks (else sentence ends) through nlp.pipe, and the pieces' docs are joined
  into one (see `parse_text`): the models ran ~25% slower on one doc of 60,000 tokens than on
  the same text in 20 KB pieces, and 5 KB pieces (about an ordinary article) cut another 20%.
  Shorter texts, every ordinary article, are parsed whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_RUN_CHARS = 200  # no English word or ordinary URL is this long without a space
RUN_PIECE_CHARS = 100
MAX_SENT_TOKENS = 250  # tokens without a sentence-final mark before a boundary is forced
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
_SENTENCE_END = frozenset(".!?;")
LONG_TEXT_CHARS = 100_000  # longer texts are parsed in pieces
PARSE_PIECE_CHARS = 5_000  # about an ordinary article: 20,000 cost 8.5 s CPU where this costs 6.7
PIPE_BATCH = 16
# where a piece may end: after a run of whitespace holding a line break, else after a
# sentence's final mark (and closing quote marks) and its whitespace, else after any
# whitespace; always before a non-space, so no token is ever split
_PARAGRAPH_CUT = re.compile(r"[^\S\n]*\n\s*(?=\S)")
_SENTENCE_CUT = re.compile(r"[.!?][\"'”’)\]]*\s+(?=\S)")
_SPACE_CUT = re.compile(r"\s+(?=\S)")


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


def parse_pieces(text: str, size: int = PARSE_PIECE_CHARS) -> list[str]:
    """`text` as consecutive pieces of at least `size` characters (the last may be shorter;
    joined, they are `text`), each ending after the first paragraph break past `size`
    characters, else the first sentence end within another `size`, else any whitespace."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > size * 3 // 2:
        cut = None
        for pattern in (_PARAGRAPH_CUT, _SENTENCE_CUT, _SPACE_CUT):
            found = pattern.search(text, start + size, start + 2 * size)
            if found is not None:
                cut = found.end()
                break
        if cut is None or cut >= len(text):
            break
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse_text(nlp: Any, text: str) -> Doc:
    """The doc of `text`: parsed whole when it is up to LONG_TEXT_CHARS long, else in pieces
    (see the module doc) joined into one doc whose text is `text`."""
    if len(text) <= LONG_TEXT_CHARS:
        return nlp(text)  # type: ignore[no-any-return]
    pieces = parse_pieces(text, PARSE_PIECE_CHARS)
    if len(pieces) == 1:
        return nlp(text)  # type: ignore[no-any-return]
    from spacy.tokens import Doc

    docs = list(nlp.pipe(pieces, batch_size=PIPE_BATCH))
    return Doc.from_docs(docs, ensure_whitespace=False)
