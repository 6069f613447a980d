"""Dates of any precision as spans, one rule for every filter (web app, CLI, brief).

A record's date keeps its precision: "2016" covers the whole year, "2016-03" the month. A span
is inside a date range only when all of it is, so an item dated only to 2016 is not in a March
2016 filter (where it may not belong), while a day-precise date is in any range holding it.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date of any precision ("2017", "2017-12") covers."""
    m = _DATE.match(value or "")
    if not m:
        return None
    year, month, day = m.groups()
    try:
        if day:
            datetime(int(year), int(month), int(day))
            return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
        if month:
            last = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    except ValueError:
        return None
    return f"{year}-01-01", f"{year}-12-31"


def within(bounds: tuple[str, str] | None, since: str | None, until: str | None) -> bool:
    """Whether a dated span lies in [since, until] (days, inclusive); undated items pass only
    when there is no range."""
    if since is None and until is None:
        return True
    if bounds is None:
        return False
    return (since is None or bounds[0] >= since) and (until is None or bounds[1] <= until)


def precision(bounds: tuple[str, str]) -> str:
    """How precise a span from `date_bounds` is: "day", "month" or "year"."""
    if bounds[0] == bounds[1]:
        return "day"
    return "month" if bounds[0][:7] == bounds[1][:7] else "year"
