"""Text hygiene for everything ingest keeps: article text, metadata and input names.

Input can hold anything: NUL and other control bytes deep in a file, lone surrogate escapes
in JSON ("\\udc80", which cannot be encoded as UTF-8 and broke ids and the database), titles of
megabytes, file names that are not valid UTF-8 or that carry a newline or terminal escape
sequences. What is stored and printed is made safe here, once:

- `clean_value`: control characters removed (tab and line breaks kept), lone surrogates
  replaced by U+FFFD.
- `bounded`: a metadata value cut to a maximum length (on a word break, with "…").
- `printable_name`: an input name as one printable line: undecodable bytes as \\xNN, control
  characters (newline, ESC) as escapes.
"""

from __future__ import annotations

import contextlib
import os
import re

MAX_TITLE_CHARS = 300
MAX_META_CHARS = 500  # byline, outlet
MAX_URL_CHARS = 2048
MAX_NAME_CHARS = 1024  # an input name as stored and printed

# C0 controls except tab, line feed, carriage return and form feed; DEL; C1 controls
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# in a one-line value line breaks and tabs are controls too
_LINE_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def clean_value(text: str) -> str:
    """`text` without control characters (tab, newline, CR, form feed kept) and with lone
    surrogates replaced by U+FFFD, so it encodes as UTF-8."""
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    return _CONTROLS.sub("", text) if _CONTROLS.search(text) else text


def clean_line(text: str) -> str:
    """A one-line value (title, byline): controls and line breaks become spaces."""
    text = _SURROGATES.sub("\ufffd", text)
    return re.sub(r"\s+", " ", _LINE_CONTROLS.sub(" ", text)).strip()


def bounded(text: str | None, limit: int) -> str | None:
    """`text` cut to at most `limit` characters, on a word break where one is near."""
    if text is None or len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"


def printable_name(name: str | bytes) -> str:
    """An input name (path, URL, "path#L3") as one printable line.

    Bytes that are not UTF-8 (Python keeps them as surrogate escapes in str paths) show as
    \\xNN; control characters (newline, ESC, DEL, C1) as \\n, \\x1b ...; other text is kept.
    """
    if isinstance(name, bytes):
        name = name.decode("utf-8", "backslashreplace")
    elif _SURROGATES.search(name):
        # surrogates that are no escaped bytes (from JSON, say) are escaped below
        with contextlib.suppress(UnicodeEncodeError):
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
    if _LINE_CONTROLS.search(name) or _SURROGATES.search(name):
        name = "".join(_escape(ch) for ch in name)
    return bounded(name, MAX_NAME_CHARS) or ""


def _escape(ch: str) -> str:
    if _SURROGATES.match(ch):
        return f"\\u{ord(ch):04x}"
    if _LINE_CONTROLS.match(ch):
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch, f"\\x{ord(ch):02x}"
                                                         if ord(ch) < 256 else f"\\u{ord(ch):04x}")
    return ch
