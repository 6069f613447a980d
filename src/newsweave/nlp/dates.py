"""Normalising date expressions against an article's own date (dateparser), with precision."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime
from typing import Any

_YEAR_ONLY = re.compile(r"^(?:in\s+)?(?:early\s+|late\s+|mid-?)?(\d{4})$", re.I)
_MONTH_ONLY = re.compile(
    r"^(?:in\s+)?(?:early\s+|late\s+|mid-?)?(january|february|march|april|may|june|july|august|"
    r"september|october|november|december)(?:\s+(\d{4}))?$", re.I)
_RELATIVE = {
    "this month": ("month", 0), "last month": ("month", -1), "next month": ("month", 1),
    "this year": ("year", 0), "last year": ("year", -1), "next year": ("year", 1),
    "earlier this year": ("year", 0), "early this year": ("year", 0),
    "later this year": ("year", 0), "this week": ("day", 0), "last week": ("week", -1),
    "today": ("day", 0), "yesterday": ("day", -1), "tomorrow": ("day", 1), "recently": (None, 0),
}
_FULL_YEAR = re.compile(r"\b\d{4}\b")
_DECADE = re.compile(r"\b\d{3}0s\b|'\d0s\b")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?")
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
# words that say when and nothing else: a month or weekday glued to a name ("In May
# Ankara ...") is no part of it (nlp.names.date_word_in_name, extract.actors.date_word)
MONTHS_AND_WEEKDAYS = frozenset([*_MONTHS, "monday", "tuesday", "wednesday", "thursday",
                                 "friday", "saturday", "sunday"])


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(text: str, base_iso: str | None, prefer: str = "past"
                      ) -> datetime | None:
    import dateparser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False,
                                "STRICT_PARSING": False, "REQUIRE_PARTS": []}
    if base_iso:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(base_iso)
    try:
        return dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None


def normalize_date(text: str, base: str | None, future: bool = False
                   ) -> tuple[str | None, str | None]:
    """Return (ISO date as precise as the text allows, precision) for a date phrase.

    Precision is "day", "month" or "year"; month and year dates are written "2016-01" and
    "2016". `base` is the article date (ISO) that relative phrases are resolved against.
    A bare weekday or a month without a year is the latest such day on or before `base`, or,
    when `future` (a planned act: "is due to sign on Friday"), the first one on or after it.
    """
    phrase = re.sub(r"\s+", " ", text.strip().lower()).strip(" ,.")
    phrase = re.sub(r"^(on|in|since|by|during|until|from)\s+", "", phrase)
    base_date = _to_date(base)
    if phrase in _RELATIVE:
        unit, delta = _RELATIVE[phrase]
        if base_date is None or unit is None:
            return None, None
        if unit == "year":
            return str(base_date.year + delta), "year"
        if unit == "month":
            month = base_date.month + delta
            year = base_date.year + (month - 1) // 12
            month = (month - 1) % 12 + 1
            return f"{year:04d}-{month:02d}", "month"
        if unit == "week":
            return f"{base_date.year:04d}-{base_date.month:02d}", "month"
        parsed = _dateparser_parse(phrase, base)
        return (parsed.date().isoformat(), "day") if parsed else (None, None)
    m = _YEAR_ONLY.match(phrase)
    if m:
        return m.group(1), "year"
    if _DECADE.search(phrase):
        return None, None  # "the 1990s" is no day, month or year
    if base_date is None and not _FULL_YEAR.search(phrase):
        # "on Thursday", "March 5", "two days ago" need the article's date; dateparser would
        # anchor them to the day of the run, which is never what the article meant
        return None, None
    m = _MONTH_ONLY.match(phrase)
    if m:
        month = _MONTHS.index(m.group(1).lower()) + 1
        if m.group(2):
            year = int(m.group(2))
        elif base_date is not None and future:
            year = base_date.year if month >= base_date.month else base_date.year + 1
        elif base_date is not None:
            year = base_date.year if month <= base_date.month else base_date.year - 1
        else:
            return None, None
        return f"{year:04d}-{month:02d}", "month"
    parsed = _dateparser_parse(phrase, base, "future" if future else "past")
    if parsed is None:
        return None, None
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", phrase)) or any(
        w in phrase for w in ("monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday", "ago"))
    # no year given: the most recent such date on or before the article date
    if (not _FULL_YEAR.search(phrase) and base_date is not None and _MONTH_NAME.search(phrase)
            and not future and parsed.date() > base_date and parsed.year == base_date.year):
        parsed = parsed.replace(year=parsed.year - 1)
    if has_day:
        return parsed.date().isoformat(), "day"
    return f"{parsed.year:04d}-{parsed.month:02d}", "month"


def _to_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
