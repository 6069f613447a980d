"""Scraped page text -> the article body, plus the title, byline and date the page chrome held.

Works line by line (a scraped page puts one paragraph, heading or widget per line). The rules
are data (lexicons/boilerplate.json); this module only decides where they apply:

* page chrome, captions and credits are dropped wherever they stand;
* a line repeated back to back (image alt text + caption) goes entirely, a later repeat of an
  earlier line goes (keeping the first);
* above the first prose paragraph (the "header"), a date line becomes `published`, a byline
  becomes `byline`, the first heading-like line becomes `title`; in plain-text mode the other
  header lines (kickers, decks) go too;
* a tail marker ("Related stories", "No comments:") cuts the rest when no prose follows it.

Every line of article prose is kept. The output joins kept paragraphs with a blank line, and
is a pure function of the input, so the same input always gives the same text (and article id).
"""

from __future__ import annotations

import functools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from newsweave.extract.lexicon import load_json

Mode = Literal["text", "html"]

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HSPACE = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_VSEP = re.compile("[\u2028\u2029\x0b\x0c\x85]")
_LIST_MARKER = re.compile(r"^(?:\(?\d{1,2}[.)]|[-*•·–—>▪►■])\s+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»]$")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|"
            r"thu|thur|thurs|fri|sat|sun)\.?,?\s+)?")
_DATE_PATTERNS = (
    ("mdy", re.compile(_WEEKDAY + r"(?P<mon>" + _MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                       r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
    ("dmy", re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>"
                       + _MONTH + r"),?\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})\b")),
    ("num", re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)"
                       r"(?P<year>(?:19|20)\d{2})\b")),
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?", re.I)
_ZONE = re.compile(r"\b(?:gmt|utc|est|edt|cet|cest|bst|pst|pdt|cst|cdt|et|pt|ist|msk|aest)\b"
                   r"(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?", re.I)
_GLUED_NAMES = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]+)\b")


@dataclass
class Cleaned:
    """What cleaning found: the body and the metadata lines it took out of it."""

    text: str
    title: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO day from a date line
    removed_lines: int = 0
    removed: list[str] = field(default_factory=list)  # the dropped lines, in order


@dataclass
class _Line:
    text: str
    key: str  # list marker off, case and spaces folded: what repeats are compared on
    gap_before: bool  # a blank line (or the start) precedes it
    drop: str | None = None  # why the line goes (None = kept)


@dataclass(frozen=True)
class _Rules:
    drop: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    credit: tuple[re.Pattern[str], ...]
    tail: tuple[re.Pattern[str], ...]
    date_prefix: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    not_name: frozenset[str]
    particles: frozenset[str]


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_json("boilerplate.json")

    def compile_all(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.I) for p in data[key])

    def words(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data[key], key=len, reverse=True))

    return _Rules(
        drop=compile_all("drop"), caption=compile_all("caption"),
        credit=compile_all("credit"), tail=compile_all("tail"),
        date_prefix=re.compile(rf"^(?:(?:{words('date_prefix')})\b\s*(?:on|at)?\s*:?\s*)+",
                               re.I),
        byline_prefix=re.compile(rf"^(?:{words('byline_prefix')})\s*:?\s+(?P<rest>.+)$", re.I),
        not_name=frozenset(w.lower() for w in data["kicker_words"] + data["function_words"]),
        particles=frozenset(w.lower() for w in data["name_particles"]),
    )


# ----------------------------------------------------------------------------- text shape


def normalize(text: str) -> str:
    """Unicode NFC, one kind of newline, no invisible characters, single spaces, no edge space."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _VSEP.sub("\n", _INVISIBLE.sub("", text))
    return "\n".join(_HSPACE.sub(" ", line).strip() for line in text.split("\n"))


def _is_hard_wrapped(blocks: list[list[str]]) -> bool:
    """Plain text wrapped at a fixed width (paragraphs = blank-line blocks of short lines)."""
    lines = [ln for b in blocks for ln in b]
    if len(lines) < 6:
        return False
    inner = [ln for b in blocks for ln in b[:-1]]  # lines that continue in the same block
    if len(inner) < 0.5 * len(lines):
        return False
    lengths = sorted(len(ln) for ln in inner)
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    return p90 <= 100 and statistics.median(lengths) >= 30


def _lines(text: str) -> list[_Line]:
    blocks: list[list[str]] = [[]]
    for raw in text.split("\n"):
        if raw:
            blocks[-1].append(raw)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    out: list[_Line] = []
    if _is_hard_wrapped(blocks):
        for b in blocks:
            joined = " ".join(b)
            out.append(_Line(joined, _key(joined), True))
        return out
    for b in blocks:
        for i, raw in enumerate(b):
            out.append(_Line(raw, _key(raw), i == 0))
    return out


def _key(line: str) -> str:
    return _LIST_MARKER.sub("", line).casefold().strip()


def _bare(line: str) -> str:
    return _LIST_MARKER.sub("", line).strip()


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def _is_prose(text: str) -> bool:
    """A line of article prose: a long line, or a sentence-ending line of several words."""
    n = _n_words(text)
    return n >= 25 or (n >= 6 and _ends_sentence(text) and not text.endswith("?"))


def _matches(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    return any(p.fullmatch(text) for p in patterns)


# ----------------------------------------------------------------------------- dates


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[int, int, str] | None:
    """The first written calendar date in `text`: (start, end, ISO day)."""
    best: tuple[int, int, str] | None = None
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            year = int(m["year"])
            if kind in ("mdy", "dmy"):
                iso = _iso(year, _MONTHS[m["mon"][:3].lower()], int(m["day"]))
            elif kind == "iso":
                iso = _iso(year, int(m["mon"]), int(m["day"]))
            else:  # 08.06.2016 is day-first; 06/08/2016 month-first unless that is impossible
                a, b = int(m["a"]), int(m["b"])
                day_first = m["sep"] == "." or a > 12
                iso = _iso(year, b, a) if day_first else _iso(year, a, b)
            if iso:
                if best is None or m.start() < best[0]:
                    best = (m.start(), m.end(), iso)
                break
    return best


def parse_date_line(line: str) -> str | None:
    """The ISO day when the whole line is a date ("Wednesday, June 8, 2016", "Updated: ...")."""
    text = _rules().date_prefix.sub("", _bare(line))
    found = find_date(text)
    if not found:
        return None
    start, end, iso = found
    rest = _ZONE.sub(" ", _TIME.sub(" ", text[:start] + " " + text[end:]))
    rest = _rules().date_prefix.sub("", rest.strip(" ,|·•-–—:()"))
    return iso if not re.sub(r"[\s,|·•\-–—:()/]+", "", rest) else None


def _split_trailing_date(line: str) -> tuple[str, str] | None:
    """("Jane Doe", ISO) for a header line ending in a date ("Jane Doe | March 2, 2016")."""
    found = find_date(line)
    if not found:
        return None
    start, end, iso = found
    tail = _ZONE.sub(" ", _TIME.sub(" ", line[end:]))
    if re.sub(r"[\s,|·•\-–—:()]+", "", tail) or start == 0:
        return None
    head = _rules().date_prefix.sub("", line[:start].strip(" ,|·•-–—:(")).strip(" ,|·•-–—:(")
    head = re.sub(r"\b(?:published|updated|posted)(?:\s+on)?\s*:?$", "", head, flags=re.I)
    return head.strip(" ,|·•-–—:("), iso


# ----------------------------------------------------------------------------- bylines


def _name_token(token: str, rules: _Rules) -> bool:
    core = token.strip(".,")
    if not core:
        return False
    if core in rules.particles:  # lower-case "van", "al", "bin"; "Ben" is a given name
        return True
    if core.lower() in rules.not_name or not core[0].isupper():
        return False
    if not all(ch.isalpha() or ch in "-'’." for ch in core):
        return False
    return not (core.isupper() and len(core) > 3)  # "NEWS" is a label, "J." or "AP" an initial


def _names(text: str, rules: _Rules) -> list[str] | None:
    parts = [p.strip() for p in re.split(r"\s*(?:,|;|&|\band\b)\s*", text) if p.strip()]
    if not parts or len(parts) > 4:
        return None
    for part in parts:
        tokens = part.split()
        if not 2 <= len(tokens) <= 4 or not all(_name_token(t, rules) for t in tokens):
            return None
        if tokens[0] in rules.particles:
            return None
    return parts


def parse_byline(line: str) -> tuple[str, bool] | None:
    """(the author names, strong?) when the line is a byline; strong = cannot be anything else.

    "By Jane Doe", "Jane Doe / dpa" (names with an agency tag), "Jane DoeJohn Roe" (names glued
    by a scraper) and "Jane Doe and John Roe" are strong; a bare "Jane Doe" is weak.
    """
    rules = _rules()
    text = _bare(line).strip(" -–—|•·")
    if not text or len(text) > 120:
        return None
    m = rules.byline_prefix.match(text)
    if m:
        rest = re.split(r"\s+[|–—]\s+|\s+-\s+", m["rest"], maxsplit=1)[0].strip(" ,")
        if rest and rest[0].isupper() and 1 <= _n_words(rest) <= 12:
            names = _names(rest, rules)
            return (", ".join(names) if names else rest), True
        return None
    strong = False
    head, sep, tag = text.partition(" / ")
    if sep:
        tag_tokens = tag.replace(",", " ").split()
        if not 1 <= len(tag_tokens) <= 3 or any(len(t) > 12 for t in tag_tokens):
            return None
        text, strong = head, True
    unglued = _GLUED_NAMES.sub(r"\1, \2", text)
    if unglued != text:
        text, strong = unglued, True
    names = _names(text, rules)
    if names is None:
        return None
    return ", ".join(names), strong or len(names) > 1


# ----------------------------------------------------------------------------- cleaning


def clean_text(text: str, mode: Mode = "text", known_title: str | None = None) -> Cleaned:
    """Strip page chrome from scraped text; see the module docstring for the rules.

    mode "text": a scraped page saved as text (the header is parsed and dropped).
    mode "html": text trafilatura extracted (already mostly clean; only sure rules apply).
    """
    rules = _rules()
    lines = _lines(normalize(text))
    _drop_by_pattern(lines, rules)
    _drop_repeats(lines, mode)
    start = _body_start(lines)
    title, byline, published = _parse_header(lines, start, mode, known_title)
    if title:
        title_key = _key(title)
        for ln in lines:
            if ln.drop is None and ln.key == title_key:
                ln.drop = "title"
    _cut_tail(lines, start, rules)
    if published is None:
        published = _dateline_date(lines) or _trailing_date(lines)
    kept = [ln.text for ln in lines if ln.drop is None]
    removed = [ln.text for ln in lines if ln.drop is not None]
    return Cleaned(text="\n\n".join(kept), title=title, byline=byline, published=published,
                   removed_lines=len(removed), removed=removed)


def _drop_by_pattern(lines: list[_Line], rules: _Rules) -> None:
    for i, ln in enumerate(lines):
        bare = _bare(ln.text)
        if _n_words(bare) > 80:
            continue
        if _matches(rules.drop, bare):
            ln.drop = "chrome"
        elif _matches(rules.caption, bare):
            ln.drop = "caption"
        if _matches(rules.credit, bare) and i > 0 and not ln.gap_before:
            prev = lines[i - 1]
            if prev.drop is None and not _ends_sentence(prev.text) and _n_words(prev.text) < 40:
                prev.drop = "caption"  # the caption the credit line belongs to


def _drop_repeats(lines: list[_Line], mode: Mode) -> None:
    """A line seen only as one back-to-back pair (alt text + caption) goes entirely ("text") or
    keeps its first copy ("html"); in "text", a line seen exactly twice apart keeps its first
    copy (a caption repeated further down).

    Lines repeated more often are the page's own structure (recipes, interview questions)
    and stay.
    """
    counts = Counter(ln.key for ln in lines)
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1].key == lines[i].key and lines[i].key:
            j += 1
        run = j - i + 1
        if 1 < run <= 3 and counts[lines[i].key] == run:
            for ln in lines[i + (1 if mode == "html" else 0):j + 1]:
                ln.drop = ln.drop or "repeated"
        i = j + 1
    if mode == "html":
        return  # trafilatura output: a line seen twice apart is the page's own content
    seen: set[str] = set()
    for ln in lines:
        if ln.key in seen and counts[ln.key] == 2 and _n_words(ln.key) >= 4:
            ln.drop = ln.drop or "repeated"
        seen.add(ln.key)


def _body_start(lines: list[_Line]) -> int:
    """Index of the first prose line; the lines above it are the page header."""
    for i, ln in enumerate(lines):
        if ln.drop is None and _is_prose(ln.text):
            return i
    return 0


def _parse_header(lines: list[_Line], start: int, mode: Mode, known_title: str | None
                  ) -> tuple[str | None, str | None, str | None]:
    title = known_title
    title_key = _key(known_title) if known_title else None
    byline: str | None = None
    published: str | None = None
    for ln in lines[:start]:
        if ln.drop in ("chrome", "caption"):
            continue
        iso = parse_date_line(ln.text)
        if iso:
            published = published or iso
            ln.drop = "date"
            continue
        split = _split_trailing_date(ln.text)
        if split is not None:
            who = parse_byline(split[0])
            if who is not None:
                byline, published = byline or who[0], published or split[1]
                ln.drop = "byline"
                continue
        who = parse_byline(ln.text)
        if who is not None and (who[1] or (mode == "text" and title is not None)):
            byline = byline or who[0]
            ln.drop = "byline"
            continue
        if title_key is not None and ln.key == title_key:
            ln.drop = "title"
            continue
        if mode == "text":
            if title is None and _n_words(ln.text) <= 30:
                title, title_key = ln.text, ln.key
                ln.drop = "title"
            elif not (_ends_sentence(ln.text) and _n_words(ln.text) >= 3):
                ln.drop = ln.drop or "header"  # kicker, deck, label; a short sentence stays
    return title, byline, published


def _cut_tail(lines: list[_Line], start: int, rules: _Rules) -> None:
    # prose_after[i]: a kept prose paragraph of 12+ words follows line i
    prose_after = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        prose_after[i] = prose_after[i + 1] or (
            ln.drop is None and _is_prose(ln.text) and _n_words(ln.text) >= 12)
    prose_seen = False
    for i, ln in enumerate(lines):
        if i >= start and ln.drop is None and _is_prose(ln.text):
            prose_seen = True
            continue
        if not prose_seen or not _matches(rules.tail, _bare(ln.text)):
            continue
        ln.drop = ln.drop or "tail"
        if not prose_after[i + 1]:
            for a in lines[i + 1:]:
                a.drop = a.drop or "tail"
            return


_DATELINE = re.compile(r"^[A-Z][A-Za-z .'’/-]{1,40},\s*$")


def _dateline_date(lines: list[_Line]) -> str | None:
    """The date in a wire dateline opening the body ("GENEVA, March 3, 2016 (AFP) - ...")."""
    first = next((ln.text for ln in lines if ln.drop is None), "")
    found = find_date(first[:80])
    if not found or not _DATELINE.match(first[:found[0]]):
        return None
    after = first[found[1]:].lstrip()
    return found[2] if re.match(r"^(?:\([^)]{1,40}\)\s*)?[-–—:]", after) else None


def _trailing_date(lines: list[_Line]) -> str | None:
    """A date line among the last lines ("Posted on ..."), dropped and returned."""
    kept = [ln for ln in lines if ln.drop is None]
    for ln in kept[-2:]:
        iso = parse_date_line(ln.text)
        if iso:
            ln.drop = "date"
            return iso
    return None
