"""Bytes -> text: refuse binary formats, decode UTF-8 first, then legacy code pages with a warning.

Binary formats are recognised by their leading bytes (the table is data:
lexicons/ingest_files.json) and by NUL bytes; a small table is all that is needed here, so
no file-type library is pulled in. Legacy code pages are told apart by charset-normalizer
(a trafilatura dependency), restricted to the encodings news scrapes actually come in.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field

from newsweave.extract.lexicon import load_json

# Legacy single-byte encodings tried when the bytes are not UTF-8, most specific first.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1")
_SNIFF_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(ValueError):
    """The bytes are not text we can ingest; the message is the one-line reason."""


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def _signatures() -> tuple[tuple[bytes, str], ...]:
    table = load_json("ingest_files.json")["binary_signatures"]
    return tuple((bytes.fromhex(row["hex"]), row["name"]) for row in table)


def binary_kind(data: bytes) -> str | None:
    """Name of the binary format `data` is in, or None when it may be text."""
    head = data[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text carries NUL bytes legitimately
    for magic, name in _signatures():
        if head.startswith(magic):
            return name
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if head and controls / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii", "ignore")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, html: bool = False) -> Decoded:
    """Decode text bytes; raises DecodeError for binary or empty input.

    Order: BOMs, UTF-8, (HTML) the page's declared charset, then the best legacy code page,
    which is recorded as a warning because the guess can be wrong.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise DecodeError(f"binary file ({kind}), not text")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _nonempty(Decoded(data.decode(enc), enc))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} text ({exc.reason})") from exc
    try:
        return _nonempty(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    if html:
        declared = _declared_charset(data)
        if declared and declared not in ("utf-8", "utf_8"):
            try:
                return _nonempty(Decoded(data.decode(declared), declared,
                                         [f"decoded as {declared} (declared by the page)"]))
            except (UnicodeDecodeError, LookupError):
                pass
    encoding = _guess_legacy(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        encoding, text = "latin_1", data.decode("latin_1")
    return _nonempty(Decoded(text, encoding, [f"decoded as {encoding} (not valid UTF-8)"]))


def _guess_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None and best.encoding in LEGACY_ENCODINGS:
        return str(best.encoding)
    return "cp1252"


def _nonempty(decoded: Decoded) -> Decoded:
    if not decoded.text.strip():
        raise DecodeError("empty file")
    return decoded
