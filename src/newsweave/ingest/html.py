"""HTML page -> main text and metadata, with trafilatura (and its baseline as the fallback)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

# trafilatura settings, chosen on the 181-page benchmark (shared/corpus/html-benchmark, body F1
# on 4-gram shingles; benchmarks/html_extraction.py): defaults 0.953, include_comments=False
# 0.960, + favor_precision 0.964 (best), + favor_recall 0.959, fast 0.962.
EXTRACT_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "favor_precision": True,
    "include_tables": True,
    "with_metadata": True,
}


MIN_FALLBACK_WORDS = 5  # fallback text shorter than this is markup debris, not an article
_WORDS = re.compile(r"[^\W\d_]{2,}")


class HtmlError(ValueError):
    """No article text could be found in the page; the message is the one-line reason."""


@dataclass
class HtmlPage:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO day
    sitename: str | None = None
    hostname: str | None = None
    url: str | None = None
    language: str | None = None  # declared by the page
    warnings: list[str] = field(default_factory=list)


def _strip_site_suffix(title: str | None, sitename: str | None) -> str | None:
    """'Headline - Site Name' -> 'Headline' when the suffix is the page's site name."""
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    if sitename:
        for sep in (" - ", " | ", " – ", " — ", " :: ", " · "):
            suffix = sep + sitename.strip()
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
    return title or None


def extract_html(html: str, url: str | None = None) -> HtmlPage:
    """Main text + metadata of one page; malformed pages fall back to a plain text dump."""
    import trafilatura

    warnings: list[str] = []
    doc: Any = None
    try:
        doc = trafilatura.bare_extraction(html, url=url, **EXTRACT_SETTINGS)
    except Exception as exc:  # any parser failure means: use the fallback
        warnings.append(f"trafilatura failed ({type(exc).__name__}); used baseline text")
    text = (getattr(doc, "text", None) or "").strip()
    if len(_WORDS.findall(text)) < MIN_FALLBACK_WORDS:
        text = _baseline_text(html)
        if text and not warnings:
            warnings.append("trafilatura found no main text; used baseline text")
    if not text:
        raise HtmlError("no article text found in the HTML page")
    sitename = getattr(doc, "sitename", None) or None
    return HtmlPage(
        text=text,
        title=_strip_site_suffix(getattr(doc, "title", None), sitename),
        author=getattr(doc, "author", None) or None,
        date=getattr(doc, "date", None) or None,
        sitename=sitename,
        hostname=getattr(doc, "hostname", None) or None,
        url=getattr(doc, "url", None) or url,
        language=getattr(doc, "language", None) or None,
        warnings=warnings,
    )


def _baseline_text(html: str) -> str:
    """trafilatura's baseline, else a tolerant tag-stripping dump (stdlib HTMLParser).

    lxml can swallow a whole page into an unclosed <title>; HTMLParser does not, so it is the
    last resort. Text with fewer than `MIN_FALLBACK_WORDS` words counts as no text.
    """
    import trafilatura

    try:
        _tree, text, _length = trafilatura.baseline(html)
    except Exception:  # the tree is beyond repair: try the tag stripper
        text = ""
    if len(_WORDS.findall(text or "")) < MIN_FALLBACK_WORDS:
        text = _TextDump.run(html)
    return text.strip() if len(_WORDS.findall(text or "")) >= MIN_FALLBACK_WORDS else ""


class _TextDump(HTMLParser):
    """Visible text of a page, one block element per line."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "article", "section", "blockquote", "pre", "table", "ul", "ol"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    @classmethod
    def run(cls, html: str) -> str:
        parser = cls()
        try:
            parser.feed(html)
            parser.close()
        except Exception:  # HTMLParser is lenient; anything left is unusable markup
            return ""
        lines = (re.sub(r"\s+", " ", ln).strip() for ln in "".join(parser.parts).split("\n"))
        return "\n".join(ln for ln in lines if ln)


def looks_like_html(text: str) -> bool:
    """Sniff a page whose name says nothing: a doctype/html tag, or dense block-level tags."""
    head = text[:4096].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:20000].lower():
        return True
    tags = len(re.findall(r"</?(?:p|div|span|a|br|body|head|article|section|meta|script)\b",
                          head))
    return tags >= 8
