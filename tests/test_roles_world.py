"""Leaders of countries beyond the G20 in the roles table (lexicons/roles.json), on made-up
sentences: named alone in a dated article, a leader gets his country at that date, his office
only inside his term; and the table itself holds together (no two holders of one office at once,
dates in order, country codes that exist)."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from typing import Any

import pytest

from newsweave.extract.lexicon import load_json
from newsweave.extract.roles import lookup, person_country, roles_index
from newsweave.timespan import date_bounds

# countries added beyond the G20 set whose heads of state or government are listed without a
# gap on every 1 January from 1993 to the table's date
CONTINUOUS = ["EGY", "SYR", "JOR", "LBN", "YEM", "TUN", "DZA", "MAR", "QAT", "ARE", "KWT", "BHR",
              "OMN", "PSE", "SDN", "ETH", "ERI", "KEN", "UGA", "RWA", "COD", "COG", "NGA", "NER",
              "MLI", "BFA", "TCD", "ZWE", "SEN", "GHA", "CIV", "CMR", "GAB", "GIN", "AGO", "MOZ",
              "TZA", "ZMB", "MWI", "LBR", "SLE", "CAF", "MDG", "TKM", "KAZ", "KGZ", "AZE", "ARM",
              "GEO", "BLR", "MDA", "PRK", "MMR", "THA", "VNM", "PHL", "BGD", "LKA", "NPL", "TWN",
              "KHM", "MYS", "SGP", "BRN", "ISR", "UKR", "POL", "HUN", "GRC", "SRB", "HRV", "ALB",
              "ESP", "PRT", "NLD", "BEL", "SWE", "NOR", "DNK", "FIN", "AUT", "CZE", "SVK", "ROU",
              "BGR", "LTU", "LVA", "EST", "IRL", "VEN", "COL", "CUB", "CHL", "PER", "BOL", "NIC",
              "ECU", "URY", "SLV", "GTM"]

# one office, two holders at once: rival claims the table keeps on purpose
RIVAL_CLAIMS = {("AFG", "head_of_state", "Burhanuddin Rabbani", "Mohammed Omar")}


def _known_code(code: str) -> bool:
    import pycountry

    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None or \
        pycountry.historic_countries.get(alpha_3=code) is not None  # XKX: Kosovo


# ----------------------------------------------------------------------------- the table


def test_every_term_has_a_known_place_and_starts_before_it_ends() -> None:
    data = load_json("roles.json")
    assert len(data["people"]) > 1500
    for p in data["people"]:
        for t in p["terms"]:
            place = t.get("country") or t.get("organisation")
            assert place is not None, p["person"]
            if "country" in t:
                assert _known_code(t["country"]), (p["person"], t["country"])
            else:
                assert t["organisation"] in data["organisations"], p["person"]
            if t["to"] is not None:
                start, end = date_bounds(t["from"]), date_bounds(t["to"])
                assert start is not None and end is not None, p["person"]
                assert start[0] <= end[1], (p["person"], t)


def test_no_office_of_a_country_has_two_holders_at_once() -> None:
    """Terms of one role in one country never overlap beyond what partial dates allow: a term
    overlaps another only if each starts, at the latest, before the other ends, at the
    earliest (a handover day counts for both)."""
    data = load_json("roles.json")
    offices: dict[tuple[str, str], list[tuple[str, tuple[str, str], tuple[str, str]]]] = \
        defaultdict(list)
    for p in data["people"]:
        for t in p["terms"]:
            if t.get("country") is None:
                continue  # the EU has two presidents at once, by design
            start = date_bounds(t["from"])
            end = date_bounds(t["to"]) if t["to"] else ("9999-12-31", "9999-12-31")
            assert start is not None and end is not None
            offices[(t["country"], t["role"])].append((p["person"], start, end))
    overlaps = set()
    for (country, role), terms in offices.items():
        for (a, a_start, a_end), (b, b_start, b_end) in itertools.combinations(terms, 2):
            if a_start[1] < b_end[0] and b_start[1] < a_end[0]:
                overlaps.add((country, role, *sorted((a, b))))
    assert overlaps <= RIVAL_CLAIMS, overlaps - RIVAL_CLAIMS
    assert len(offices) > 300  # the check saw the whole table


def test_the_overlap_check_catches_a_second_holder() -> None:
    """The rule above, on a made-up pair: 1995-1999 and 1998-2003 overlap; 1995-1999-06-01 and
    1999-06-01-2003 meet on a handover day; 1995-1999 and 1999-2003 may only meet."""
    def overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
        a_start, a_end = date_bounds(a[0]), date_bounds(a[1])
        b_start, b_end = date_bounds(b[0]), date_bounds(b[1])
        assert a_start and a_end and b_start and b_end
        return a_start[1] < b_end[0] and b_start[1] < a_end[0]

    assert overlap(("1995", "1999"), ("1998", "2003"))
    assert not overlap(("1995", "1999-06-01"), ("1999-06-01", "2003"))
    assert not overlap(("1995", "1999"), ("1999", "2003"))


@pytest.mark.parametrize("country", CONTINUOUS)
def test_added_countries_have_a_head_on_every_new_year(country: str) -> None:
    index = roles_index()
    for year in range(1993, index.as_of.year + 1):
        day = dt.date(year, 1, 1)
        assert any(t.country == country and t.holds(day) and
                   t.role in ("head_of_state", "head_of_government")
                   for h in index.holders for t in h.terms), (country, year)


# ----------------------------------------------------------------------------- look-ups


@pytest.mark.parametrize(("name", "date", "person", "country"), [
    ("Salva Kiir", "2016-05-03", "Salva Kiir", "SSD"),
    ("Mubarak", "2005-03-01", "Hosni Mubarak", "EGY"),
    ("Berdymukhamedov", "2010-06-01", "Gurbanguly Berdimuhamedow", "TKM"),
    ("Berdymukhamedov", "2023-06-01", "Serdar Berdimuhamedow", "TKM"),
    ("Assad", "1995-01-01", "Hafez al-Assad", "SYR"),
    ("Assad", "2012-01-01", "Bashar al-Assad", "SYR"),
    ("Aoun", "2018-01-01", "Michel Aoun", "LBN"),
    ("Aoun", "2025-06-01", "Joseph Aoun", "LBN"),
    ("President Tebboune", "2021-08-01", "Abdelmadjid Tebboune", "DZA"),
    ("Orbán", "2020-06-01", "Viktor Orbán", "HUN"),
    ("Maduro", "2019-03-01", "Nicolás Maduro", "VEN"),
    ("Maduro", "2004-03-01", "Ricardo Maduro", "HND"),  # Honduras's president then
    ("Kurti", "2022-03-01", "Albin Kurti", "XKX"),
    ("Ardern", "2019-03-20", "Jacinda Ardern", "NZL"),
])
def test_a_leader_named_alone_gets_the_holder_of_that_date(name: str, date: str, person: str,
                                                           country: str) -> None:
    match = lookup(name, date)
    assert match is not None and (match.person, match.country) == (person, country)
    assert match.in_office


def test_a_title_names_the_holder_of_the_article_date_only() -> None:
    assert lookup("the Egyptian president", "2005-01-01").person == "Hosni Mubarak"  # type: ignore[union-attr]
    assert lookup("the Egyptian president", "2016-01-01").person == "Abdel Fattah el-Sisi"  # type: ignore[union-attr]
    assert lookup("the Iraqi prime minister", "2016-01-01").person == "Haider al-Abadi"  # type: ignore[union-attr]
    assert lookup("the Arab League secretary-general", "2020-01-01").person == \
        "Ahmed Aboul Gheit"  # type: ignore[union-attr]
    assert lookup("the African Union Commission chairperson", "2019-01-01").person == \
        "Moussa Faki Mahamat"  # type: ignore[union-attr]
    assert lookup("the Jordanian prime minister", "1994-01-01").person == \
        "Abdelsalam al-Majali"  # type: ignore[union-attr]
    # between two Lebanese presidents (2022-2025) the office was vacant: nobody
    assert lookup("the Lebanese president", "2023-06-01") is None


def test_outside_his_term_a_leader_keeps_his_country_but_not_his_office() -> None:
    mubarak = lookup("Mubarak", "2015-01-01")  # after his fall
    assert mubarak is not None and mubarak.country == "EGY" and not mubarak.in_office
    assert person_country("Mubarak", "2015-01-01") == ("EGY", "GOV")
    # a common full name counts only inside the term
    assert person_country("Ibrahim Traoré", "2023-06-01") == ("BFA", "GOV")
    assert person_country("Ibrahim Traoré", "2015-06-01") == (None, None)


def test_two_kings_abdullah_are_told_apart_by_the_date_or_not_at_all() -> None:
    """Jordan's Abdullah II reigns from 1999, Saudi Arabia's Abdullah reigned 2005-2015."""
    assert lookup("King Abdullah", "2002-01-01").country == "JOR"  # type: ignore[union-attr]
    assert lookup("King Abdullah", "2020-01-01").country == "JOR"  # type: ignore[union-attr]
    assert lookup("King Abdullah", "2010-01-01") is None  # both reigned then
    assert lookup("King Abdullah", "1995-01-01") is None  # neither yet: which one is meant?


def test_an_office_in_two_places_needs_the_date() -> None:
    """Tusk led Poland's government, then the European Council, then Poland's again."""
    assert lookup("Tusk") is None
    assert lookup("Tusk", "2010-01-01").country == "POL"  # type: ignore[union-attr]
    tusk = lookup("Tusk", "2017-01-01")
    assert tusk is not None and tusk.organisation == "EU" and tusk.country is None
    # Chad's foreign minister, then the African Union Commission's chairperson
    assert person_country("Moussa Faki", "2012-01-01") == ("TCD", "GOV")
    assert person_country("Moussa Faki", "2019-01-01") == (None, "IGO")


def test_surnames_shared_with_other_people_are_no_aliases() -> None:
    """The about rule: 'Bennett', 'Borisov', 'Golani' (an Israeli brigade), 'Shafik' (a
    university head), 'ATT' (a treaty), 'Muscat' (a capital) name others."""
    for name in ("Bennett", "Borisov", "Golani", "Sanchez", "Castro", "Kim", "Traore", "Shafik",
                 "ATT", "Muscat"):
        assert lookup(name, "2020-01-01") is None, name


# ----------------------------------------------------------------------------- in extraction


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Kiir met Museveni in Kampala on Tuesday.", "2016-05-03",
     ("CONSULT", "SSD", "UGA")),
    ("Mubarak accused Bashir of supporting the rebels.", "2005-03-01",
     ("ACCUSE", "EGY", "SDN")),
    ("Berdymukhamedov met Nazarbayev in Astana.", "2010-06-01", ("CONSULT", "TKM", "KAZ")),
    ("Orban met Vucic in Belgrade.", "2020-06-01", ("CONSULT", "HUN", "SRB")),
])
def test_leaders_of_smaller_countries_get_theirs_in_events(nlp: Any, text: str, date: str,
                                                            expected: tuple[str, ...]) -> None:
    from event_helpers import events_of

    events = events_of(nlp, text, published=date)
    got = {(e.type, e.actor.country if e.actor else None,
            e.recipient.country if e.recipient else None) for e in events}
    assert expected in got, got


@pytest.mark.slow
def test_a_common_name_outside_its_term_stays_unknown_in_events(nlp: Any) -> None:
    from event_helpers import events_of

    inside = events_of(nlp, "Ibrahim Traore met Goita in Bamako.", "2023-06-01")
    outside = events_of(nlp, "Ibrahim Traore met Goita in Bamako.", "2015-06-01")
    assert any(e.actor and e.actor.country == "BFA" for e in inside)
    assert all(e.actor is None or e.actor.country is None for e in outside)
