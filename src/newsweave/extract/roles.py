"""Who held which office when: heads of state and government, foreign and defence ministers.

News names leaders without their country ("Putin said", "Mr. Lavrov met ..."), and a bare
title can stand for a person ("the French president"). lexicons/roles.json, a table we wrote
ourselves (checked on load by newsweave.extract.lexicon_schema), gives each person's dated
terms; `lookup` answers a name, an alias or a title phrase for an article date:

    lookup("President Putin", "2015-06-01") -> Vladimir Putin, head_of_state, RUS
    lookup("the French president", "2015-06-01") -> François Hollande, head_of_state, FRA
    lookup("Medvedev") -> Dmitry Medvedev, RUS (no date: his role is not one answer)

Without a date only unambiguous answers come back: one person, whose offices were all of one
country or organisation. A bare title needs a date inside the table's years (up to as_of).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass, field

from newsweave.extract.gazetteer import build_gazetteer
from newsweave.extract.lexicon import load_json
from newsweave.timespan import date_bounds

logger = logging.getLogger(__name__)

# title phrases (normalised words) -> the roles they name, and the titles they must match
# when the role alone would be too loose ("president" is not every head of state)
_ROLE_PHRASES: dict[str, str] = {
    "prime minister": "head_of_government", "premier": "head_of_government",
    "pm": "head_of_government",
    "foreign minister": "foreign_minister", "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister", "minister of foreign affairs": "foreign_minister",
    "foreign affairs minister": "foreign_minister", "top diplomat": "foreign_minister",
    "chief diplomat": "foreign_minister", "foreign policy chief": "foreign_minister",
    "high representative": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "defence secretary": "defence_minister", "defense secretary": "defence_minister",
    "secretary of defense": "defence_minister", "secretary of defence": "defence_minister",
    "minister of defence": "defence_minister", "minister of defense": "defence_minister",
    "defence chief": "defence_minister", "defense chief": "defence_minister",
    "secretary general": "organisation_head", "chief": "organisation_head",
    "head": "organisation_head", "chairperson": "organisation_head",
    "chairman": "organisation_head", "chairwoman": "organisation_head",
}
_TITLE_PHRASES = frozenset({"president", "chancellor", "king", "queen", "emperor",
                            "supreme leader", "monarch"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
                         "prince", "princess", "crown", "sheikh", "general", "gen",
                         "ayatollah", "mullah", "outgoing", "incoming", "elect", "acting",
                         "interim", "caretaker", "new", "then", "late", "of", "s", "and"})
_FORMER = frozenset({"former", "ex"})
_ORGANISATION_WORDS: dict[str, str] = {
    "un": "UN", "united nations": "UN", "nato": "NATO", "eu": "EU", "european union": "EU",
    "european commission": "EU", "commission": "EU", "european council": "EU",
    "arab league": "AL", "league of arab states": "AL", "african union": "AU", "au": "AU",
    "african union commission": "AU",
}
_DETERMINERS = frozenset({"the", "a", "an"})


def normalize_name(text: str) -> str:
    """Lower case, accents and punctuation dropped, initials joined: "George H. W. Bush" and
    "George H.W. Bush" -> "george hw bush"; "Recep Tayyip Erdoğan" -> "recep tayyip erdogan"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("ı", "i").replace("ł", "l").replace("ø", "o")
    joined: list[str] = []
    initials = False  # the last word is built from initials
    for w in re.sub(r"[^a-z0-9]+", " ", text).split():
        if len(w) == 1 and w.isalpha() and initials:
            joined[-1] += w
        else:
            joined.append(w)
            initials = len(w) == 1 and w.isalpha()
    return " ".join(joined)


@dataclass(frozen=True)
class Term:
    role: str
    title: str
    country: str | None
    organisation: str | None
    start: dt.date  # first day it may have begun (a year alone: 1 January)
    end: dt.date | None  # last day it may have lasted (a year alone: 31 December); None: open

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def place(self) -> str:
        return self.country or f"@{self.organisation}"


@dataclass(frozen=True)
class Holder:
    person: str
    aliases: tuple[str, ...]
    common_name: bool
    terms: tuple[Term, ...]

    @property
    def places(self) -> frozenset[str]:
        return frozenset(t.place for t in self.terms)


@dataclass(frozen=True)
class RoleMatch:
    """The answer to a lookup: who, in which office (None when no single office), of which
    country (None for an organisation's office) and whether they held it on the date."""

    person: str
    role: str | None
    title: str | None
    country: str | None
    organisation: str | None
    in_office: bool  # held an office on the article date (False without a date)


@dataclass
class RolesIndex:
    holders: list[Holder]
    by_name: dict[str, list[Holder]]
    as_of: dt.date
    # family name of a name of two or more words ("kerry" for John Kerry) when that word is
    # no full name or alias of its own: answered only with a title ("Secretary of State
    # Kerry"), for someone in office on the date (a bare surname may name anyone)
    by_surname: dict[str, list[Holder]] = field(default_factory=dict)


def _day(text: str, last: bool) -> dt.date:
    """The first (or last) day a date of any precision covers (newsweave.timespan)."""
    bounds = date_bounds(text)
    if bounds is None:
        raise ValueError(f"not an ISO date: {text!r}")
    return dt.date.fromisoformat(bounds[1] if last else bounds[0])


@functools.lru_cache(maxsize=1)
def roles_index() -> RolesIndex:
    """The roles table, checked (on load) and indexed by normalised name and alias."""
    data = load_json("roles.json")
    holders: list[Holder] = []
    by_name: dict[str, list[Holder]] = {}
    for p in data["people"]:
        terms = tuple(Term(t["role"], t["title"], t.get("country"), t.get("organisation"),
                           _day(t["from"], last=False),
                           None if t["to"] is None else _day(t["to"], last=True))
                      for t in p["terms"])
        holder = Holder(p["person"], tuple(p["aliases"]), bool(p.get("common_name")), terms)
        holders.append(holder)
        for name in {normalize_name(n) for n in [p["person"], *p["aliases"]]}:
            by_name.setdefault(name, []).append(holder)
    by_surname: dict[str, list[Holder]] = {}
    for holder in holders:
        for last in _surnames(holder):
            if last not in by_name:
                by_surname.setdefault(last, []).append(holder)
    logger.debug("roles table: %d people", len(holders))
    return RolesIndex(holders, by_name, _day(data["as_of"], last=True), by_surname)


def _surnames(holder: Holder) -> set[str]:
    """The family name of each of the person's names of two or more words: the last word
    ("kerry" for John Kerry, "sanchez" for Pedro Sánchez), the first for Chinese, Korean and
    Khmer names ("yoon" for Yoon Suk Yeol); not after an Arabic name link ("bin Salman",
    "Al Thani"), not a regnal number, not a word of three letters or fewer."""
    family_first = any(t.country in _FAMILY_NAME_FIRST for t in holder.terms)
    out: set[str] = set()
    for name in (holder.person, *holder.aliases):
        words = [w for w in normalize_name(name).split() if w not in _REGNAL]
        if len(words) < 2:
            continue
        if family_first:
            if len(words[0]) > 1:
                out.add(words[0])
        elif len(words[-1]) > 3 and words[-2] not in _NAME_LINKS:
            out.add(words[-1])
    return out


# a word before the last that makes the last one no surname ("bin Salman", "Al Thani")
_NAME_LINKS = frozenset({"bin", "ibn", "bint", "al", "el", "abu", "ben", "ould", "ag"})
_REGNAL = frozenset({"i", "ii", "iii", "iv", "v", "vi", "jr", "junior", "senior"})
# countries whose leaders' names are written family name first in English news
_FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "KOR", "PRK", "KHM", "SGP"})


def as_date(value: str | dt.date | None) -> dt.date | None:
    """An article date ("2015-06-01", "2015-06-01T10:00:00Z", a date) or None."""
    if value is None or isinstance(value, dt.date):
        return value
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


@dataclass
class _Query:
    name: str = ""  # normalised remaining words: the person's name, or "" for a bare title
    role: str | None = None
    title: str | None = None
    country: str | None = None
    organisation: str | None = None
    former: bool = False

    @property
    def has_title(self) -> bool:
        return self.role is not None or self.title is not None


def _parse(text: str) -> _Query:
    """Split "the French president", "Russia's Foreign Minister Sergei Lavrov", "Mr. Lavrov"
    into qualifiers (country, organisation, title, former) and the name that is left."""
    gaz = build_gazetteer()
    q = _Query()
    words = [w for w in re.split(r"\s+", text.replace("’", "'").strip()) if w]
    words = [re.sub(r"'s$", "", w) for w in words]
    keep = [True] * len(words)
    for n in (3, 2, 1):  # country and organisation words, longest first
        for i in range(len(words) - n + 1):
            if not all(keep[i:i + n]):
                continue
            phrase = " ".join(words[i:i + n])
            norm = normalize_name(phrase)
            org = _ORGANISATION_WORDS.get(norm)
            code = None if org else gaz.country_of(phrase.strip(",.;:"))
            if org is None and code is None:
                continue
            if code is not None and n == 1 and words[i][:1].islower():
                continue  # "turkey", "china" in lower case are not countries here
            if org is not None:
                q.organisation = q.organisation or org
            else:
                q.country = q.country or code
            keep[i:i + n] = [False] * n
    rest = normalize_name(" ".join(w for w, k in zip(words, keep, strict=True) if k)).split()
    out: list[str] = []
    i = 0
    while i < len(rest):
        matched = False
        for n in (4, 3, 2, 1):
            phrase = " ".join(rest[i:i + n])
            if len(rest) - i < n:
                continue
            if phrase in _ROLE_PHRASES and (_ROLE_PHRASES[phrase] != "organisation_head" or
                                             q.organisation):
                q.role = q.role or _ROLE_PHRASES[phrase]
            elif phrase in _TITLE_PHRASES:
                q.title = q.title or phrase
            elif n == 1 and phrase in _FORMER:
                q.former = True
            elif n == 1 and (phrase in _HONORIFICS or (phrase in _DETERMINERS and not out)):
                pass
            else:
                continue
            i += n
            matched = True
            break
        if not matched:
            out.append(rest[i])
            i += 1
    q.name = " ".join(out)
    return q


def _title_fits(term: Term, q: _Query) -> bool:
    if q.country is not None and term.country != q.country:
        return False
    if q.organisation is not None and term.organisation != q.organisation:
        return False
    if q.role is not None and term.role != q.role:
        return False
    if q.title is not None:
        wanted = {"king", "queen"} if q.title == "monarch" else {q.title}
        if not any(term.title == w or term.title.endswith(" " + w) for w in wanted):
            return False
    return True


def _match(holder: Holder, terms: list[Term], day: dt.date | None) -> RoleMatch:
    """The answer for one person: their office on the date, else their only office."""
    current = [t for t in terms if day is not None and t.holds(day)]
    pick = current if current else terms
    roles = {(t.role, t.title, t.country, t.organisation) for t in pick}
    places = {t.place for t in holder.terms}
    country = next(iter(places)) if len(places) == 1 else None
    if len(roles) == 1:
        role, title, c, org = next(iter(roles))
        return RoleMatch(holder.person, role, title, c, org, bool(current))
    if current:
        t = max(current, key=lambda t: t.start)  # a handover day: the newer office
        return RoleMatch(holder.person, t.role, t.title, t.country, t.organisation, True)
    org = country[1:] if country and country.startswith("@") else None
    return RoleMatch(holder.person, None, None, None if org else country, org, False)


def lookup(text: str, date: str | dt.date | None = None) -> RoleMatch | None:
    """The office holder a name, alias or title phrase stands for on `date` (see module doc).

    None when the table does not know the name, or when the answer is not one person: two
    people share the name and the date does not separate them, a bare title without a date,
    or (without a date) a person who held offices of several countries or organisations."""
    index = roles_index()
    day = as_date(date)
    whole = index.by_name.get(normalize_name(text))
    q = _Query(name=normalize_name(text)) if whole else _parse(text)
    if q.name and q.name not in index.by_name and day is not None and q.has_title and \
            q.name in index.by_surname:
        return _by_surname(index, q, day)
    if q.name:
        candidates = index.by_name.get(q.name, [])
        found: list[tuple[Holder, list[Term]]] = []
        for h in candidates:
            terms = [t for t in h.terms if _title_fits(t, q)] if q.has_title or q.country \
                or q.organisation else list(h.terms)
            if terms:
                found.append((h, terms))
        if len(found) > 1 and day is not None:
            in_office = [(h, ts) for h, ts in found if any(t.holds(day) for t in ts)]
            if in_office:
                found = in_office
        if len(found) != 1:
            return None
        holder, terms = found[0]
        if day is None and len(holder.places) > 1:
            return None  # several countries' offices: only a date can tell which
        return _match(holder, terms, day)
    if not q.has_title or q.former or day is None or day > index.as_of:
        return None  # "the former French president": which one?
    if q.country is None and q.organisation is None:
        return None  # "the president": of which country?
    holders = [(h, [t for t in h.terms if _title_fits(t, q) and t.holds(day)])
               for h in index.holders]
    holders = [(h, ts) for h, ts in holders if ts]
    if len(holders) != 1:
        return None
    holder, terms = holders[0]
    return _match(holder, terms, day)


def _by_surname(index: RolesIndex, q: _Query, day: dt.date) -> RoleMatch | None:
    """"Secretary of State Kerry", "Chancellor Schroeder": the one holder with that surname
    in an office the title fits on the date; none, or two, is no answer."""
    found = [(h, [t for t in h.terms if t.holds(day) and _title_fits(t, q)])
             for h in index.by_surname[q.name]]
    found = [(h, ts) for h, ts in found if ts]
    if len(found) != 1:
        return None
    return _match(found[0][0], found[0][1], day)


def person_country(name: str, date: str | dt.date | None, title: str | None = None
                   ) -> tuple[str | None, str | None]:
    """(country, sector) the roles table gives a person named without one: (RUS, GOV) for
    "Lavrov", (None, IGO) for a UN or NATO secretary-general, (None, None) when the table
    does not know the name or cannot tell. A common full name ("John Howard") counts only
    when its holder was in office on the article date. A surname alone counts only with the
    `title` it came with ("Kerry" with "Secretary of State"), see `lookup`."""
    index = roles_index()
    normal = normalize_name(name)
    holders = index.by_name.get(normal)
    if not holders:
        if not title or len(title) > 60 or normal not in index.by_surname:
            return None, None  # most names: no parse needed
        match = lookup(f"{title} {name}", date)
        if match is None or match.country is None:
            return None, None
        return match.country, "GOV"
    match = lookup(name, date)
    if match is None:
        return None, None
    holder = next((h for h in holders if h.person == match.person), None)
    if holder is not None and holder.common_name and not match.in_office:
        return None, None
    if match.country is not None:
        return match.country, "GOV"
    if match.organisation is not None:
        return None, "IGO"
    return None, None


def is_office_holder(name: str) -> bool:
    """A name (or alias) of someone in the roles table that the actor gazetteer does not know
    as a place or organisation: "Lavrov" or "Ghani" tagged ORG or GPE by the parser is still
    a person."""
    if normalize_name(name) not in roles_index().by_name:
        return False
    return build_gazetteer().lookup(name) is None
