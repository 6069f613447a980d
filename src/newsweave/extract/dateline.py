"""Where a leading dateline ends ("HANOI, Vietnam (AP) — "): shared by mentions and actors,
so neither needs to import the other (a dateline's places are no actors)."""

from __future__ import annotations

import re

# "HANOI, Vietnam (AP) — ", "WASHINGTON (Reuters) - ", "NEW DELHI: ", "(CNN) ", and with
# the filing date wire copy puts after the place: "KABUL, Aug 30 - ", "DAYTON, Ohio, Nov. 21
# (Reuters) - ", "BRUSSELS, June 14, 2016 - "
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_WORD = rf"(?!{_MONTH}\.? \d)[A-Z][A-Za-z.'’-]*"  # a place word, not a date's month
_DATELINE = re.compile(
    rf"^\s*(?:(?P<place>[A-Z][A-Za-z.'’-]*(?:,? {_WORD}|, {_WORD}){{0,4}})"
    rf"(?P<date>,? {_MONTH}\.? \d{{1,2}}(?:, \d{{4}})?)?"
    r"\s*)?(?:\((?P<agency>[^)\n]{1,40})\)\s*)?(?P<sep>[—–]|-{1,2}|:)?\s+")


def dateline_end(text: str) -> int:
    """Where a leading dateline ("HANOI, Vietnam (AP) — ") ends, or 0: its place names where
    the story was filed, it is not a subject of the first sentence."""
    m = _DATELINE.match(text[:100])
    if m is None or not (m.group("place") or m.group("agency")):
        return 0
    place, sep = m.group("place") or "", m.group("sep")
    if sep is None and not (m.group("agency") and not place):
        return 0  # "(CNN) President ..." has no separator; "Russia said" is no dateline
    if sep == ":" and place.upper() != place:
        return 0  # "Claim: ..." is not a dateline; "NEW DELHI: ..." is
    if place and place.upper() != place and "," not in place and not m.group("agency"):
        return 0  # "Protesters — many of them students — ..." is a sentence
    if len(place.split()) > 5:
        return 0
    return m.end()
