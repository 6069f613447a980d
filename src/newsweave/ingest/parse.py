"""RawInput -> Articles: decode, split JSONL/JSON records, extract HTML, clean, add metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from newsweave.ingest.clean import clean_text
from newsweave.ingest.decode import DecodeError, decode_bytes
from newsweave.ingest.html import HtmlError, extract_html, looks_like_html
from newsweave.ingest.hygiene import (
    MAX_META_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    bounded,
    clean_line,
    clean_value,
)
from newsweave.ingest.meta import (
    canonical_outlet,
    detect_language,
    infer_outlet,
    iso_date,
    outlet_for_host,
)
from newsweave.model import Article, IngestError, RawInput, SkippedInput, stable_id

# Field names a JSON(L) article record may use for each Article field, first match wins.
TEXT_FIELDS = ("text", "content", "body", "articleBody", "article_body", "article", "maintext",
               "full_text", "fulltext", "story")
HTML_FIELDS = ("html", "raw_html", "rawHtml", "page_html")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url", "source_url", "uri")
OUTLET_FIELDS = ("outlet", "source", "site", "sitename", "site_name", "publisher",
                 "source_name", "media", "domain")
BYLINE_FIELDS = ("byline", "author", "authors", "creator", "writer")
DATE_FIELDS = ("published", "date", "published_at", "publishedAt", "datePublished",
               "date_published", "published_date", "publish_date", "pubdate", "pub_date",
               "timestamp", "time", "created_at")


# the reason a JSON file met in a folder walk is skipped when no record in it is an article
NO_ARTICLE_RECORDS = "a JSON file with no article records (a manifest or data file)"


def parse_input(raw: RawInput) -> Iterator[Article | IngestError | SkippedInput]:
    """Every article in one input unit (a JSONL file holds many); errors come out inline.
    A JSON file a folder walk met (not one the user named) that holds no article record at
    all is a manifest or other data file: one SkippedInput, not an error per record."""
    warnings: list[str] = []
    fmt = raw.format
    if raw.text is not None:
        text = raw.text
        if not text.strip():
            yield IngestError(source=raw.source, reason="empty file")
            return
    else:
        try:
            decoded = decode_bytes(raw.data or b"", html=fmt == "html")
        except DecodeError as exc:
            yield IngestError(source=raw.source, reason=str(exc))
            return
        text, warnings = decoded.text, list(decoded.warnings)
    text = clean_value(text)  # NULs and other control characters anywhere in the file
    if not text.strip():
        yield IngestError(source=raw.source, reason="empty file (only control characters)")
        return
    fmt = _sniff(text) if fmt is None else fmt
    if fmt == "text" and looks_like_html(text):
        fmt = "html"
    if fmt == "jsonl":
        yield from _parse_jsonl(raw.source, text, warnings)
    elif fmt == "json":
        yield from _parse_json(raw.source, text, warnings, raw.in_folder)
    elif fmt == "html":
        yield _from_html(raw.source, text, dict(raw.meta), warnings)
    else:
        yield _from_text(raw.source, text, dict(raw.meta), warnings, "text")


def _sniff(text: str) -> str:
    head = text.lstrip()[:4096]
    if looks_like_html(text):
        return "html"
    if head.startswith("{"):
        first = head.split("\n", 1)[0].strip()
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
        return "json"
    if head.startswith("["):
        return "json"
    return "text"


# ----------------------------------------------------------------------------- JSON(L)

_TOO_DEEP = "JSON nested too deeply to read"


def _parse_jsonl(source: str, text: str, warnings: list[str]
                 ) -> Iterator[Article | IngestError]:
    records = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        records += 1
        where = f"{source}#L{n}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            reason = getattr(exc, "msg", str(exc))
            yield IngestError(source=where, reason=f"line is not valid JSON ({reason})")
            continue
        except RecursionError:
            yield IngestError(source=where, reason=_TOO_DEEP)
            continue
        yield _safe_record(where, record, warnings)
    if not records:  # every input is accounted for: one with no line to read says so
        yield IngestError(source=source, reason="no JSON lines in the file")


def _parse_json(source: str, text: str, warnings: list[str], in_folder: bool = False
                ) -> Iterator[Article | IngestError | SkippedInput]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        reason = getattr(exc, "msg", str(exc))
        yield IngestError(source=source, reason=f"not valid JSON ({reason})")
        return
    except RecursionError:
        yield IngestError(source=source, reason=_TOO_DEEP)
        return
    if in_folder and not _holds_an_article(data):
        yield SkippedInput(source=source, reason=NO_ARTICLE_RECORDS)
        return
    if isinstance(data, dict):
        yield _safe_record(source, data, warnings)
    elif isinstance(data, list) and data:
        for i, record in enumerate(data, start=1):
            yield _safe_record(f"{source}#{i}", record, warnings)
    else:
        yield IngestError(source=source, reason="JSON file holds no article records")


def _holds_an_article(data: Any) -> bool:
    """Whether a JSON document has at least one record with an article text or HTML field
    (a string) that a record would be read from (see _from_record)."""
    records = [data] if isinstance(data, dict) else data if isinstance(data, list) else []
    return any(isinstance(record, dict) and any(isinstance(record.get(name), str)
                                                for name in (*TEXT_FIELDS, *HTML_FIELDS))
               for record in records)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The first given value of these fields (strings cleaned: no control characters, no
    lone surrogates)."""
    for name in names:
        value = record.get(name)
        if value not in (None, "", [], {}):
            return clean_value(value) if isinstance(value, str) else value
    return None


def _as_text(value: Any) -> str | None:
    """A display string from a metadata value: str, number, {"name": ...} or a list of those."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean_line(value) or None
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("title") or value.get("id"))
    if isinstance(value, list):
        parts = [p for p in (_as_text(v) for v in value) if p]
        return ", ".join(parts) or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _outlet_from_value(value: str | None) -> str | None:
    if not value:
        return None
    if re.match(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", value) and " " not in value:
        host = urlsplit(value if "//" in value else f"//{value}").hostname
        return outlet_for_host(host) or host
    return canonical_outlet(value)


def _safe_record(source: str, record: Any, warnings: list[str]) -> Article | IngestError:
    """One record's article, or its error row: whatever fails in one record (a bug met by
    some input) stays that record's, and the file's other records are read."""
    from newsweave.ingest import unexpected_reason

    try:
        return _from_record(source, record, warnings)
    except Exception as exc:
        return IngestError(source=source, reason=unexpected_reason(exc))


def _from_record(source: str, record: Any, warnings: list[str]) -> Article | IngestError:
    if not isinstance(record, dict):
        return IngestError(source=source, reason="record is not a JSON object")
    body = _first(record, TEXT_FIELDS)
    html = _first(record, HTML_FIELDS)
    if not isinstance(body, str) and not isinstance(html, str):
        return IngestError(source=source,
                           reason="no article text (expected a text, content or body field)")
    meta: dict[str, Any] = {
        "title": _as_text(_first(record, TITLE_FIELDS)),
        "url": _as_text(_first(record, URL_FIELDS)),
        "outlet": _outlet_from_value(_as_text(_first(record, OUTLET_FIELDS))),
        "byline": _as_text(_first(record, BYLINE_FIELDS)),
        "published": iso_date(_first(record, DATE_FIELDS)),
    }
    if isinstance(body, str) and body.strip() and not looks_like_html(body):
        return _from_text(source, body, meta, list(warnings), "jsonl")
    if isinstance(body, str) and body.strip():
        html = body  # a text field holding markup
    if isinstance(html, str) and html.strip():
        article = _from_html(source, html, meta, list(warnings))
        if isinstance(article, Article):
            article.format = "jsonl"
        return article
    return IngestError(source=source, reason="empty article text")


# ----------------------------------------------------------------------------- articles


def _from_html(source: str, html: str, meta: dict[str, Any], warnings: list[str]
               ) -> Article | IngestError:
    try:
        page = extract_html(html, url=meta.get("url"))
    except HtmlError as exc:
        return IngestError(source=source, reason=str(exc))
    page_meta = {
        "title": page.title,
        "url": page.url,
        "outlet": canonical_outlet(page.sitename) or outlet_for_host(page.hostname),
        "byline": page.author,
        "published": iso_date(page.date),
    }
    merged = {k: meta.get(k) or page_meta.get(k) for k in page_meta}
    return _build(source, page.text, "html", merged, [*warnings, *page.warnings], "html")


def _from_text(source: str, text: str, meta: dict[str, Any], warnings: list[str], fmt: str
               ) -> Article | IngestError:
    return _build(source, text, "text", meta, warnings, fmt)


def _build(source: str, body: str, mode: str, meta: dict[str, Any], warnings: list[str],
           fmt: str) -> Article | IngestError:
    """Clean the body and fill the metadata: given metadata first, then what the text says."""
    cleaned = clean_text(clean_value(body), mode="html" if mode == "html" else "text",
                         known_title=meta.get("title"))
    if not cleaned.text.strip():
        return IngestError(source=source, reason="no article text left after removing "
                                                 "page boilerplate")
    published, published_source = meta.get("published"), "metadata"
    if not published:
        published, published_source = cleaned.published, "text"
    url = meta.get("url")
    outlet = meta.get("outlet") or infer_outlet(
        cleaned.text + "\n" + "\n".join(cleaned.removed))
    if not outlet and url:
        outlet = outlet_for_host(urlsplit(url).hostname)
    language, prob = detect_language(cleaned.text)
    notes = list(warnings)
    if language is not None and language != "en":
        notes.append(f"language {language} (p={prob:.2f}): stored, not analyzed")
    return Article(
        article_id=stable_id("art", cleaned.text),
        source=source,
        text=cleaned.text,
        title=_one_line(meta.get("title") or cleaned.title, MAX_TITLE_CHARS),
        outlet=_one_line(outlet, MAX_META_CHARS),
        url=_one_line(url, MAX_URL_CHARS),
        byline=_one_line(meta.get("byline") or cleaned.byline, MAX_META_CHARS),
        published=published,
        published_source=published_source if published else None,
        language=language,
        format=fmt,
        warnings=notes,
        removed_lines=cleaned.removed_lines,
    )


def _one_line(value: str | None, limit: int) -> str | None:
    """A metadata value as one clean line of at most `limit` characters."""
    return bounded(clean_line(value), limit) or None if value else None
