"""The dated roles table (lexicons/roles.json) and its look-ups, on made-up sentences."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from newsweave.extract.lexicon import load_json
from newsweave.extract.lexicon_schema import LexiconError, validate
from newsweave.extract.roles import lookup, normalize_name, person_country, roles_index

ROLES = Path(__file__).parents[1] / "src/newsweave/data/lexicons/roles.json"
REQUIRED = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR",
            "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "AFG", "PAK", "IRN", "TJK", "UZB"]


def _raw() -> dict[str, Any]:
    return json.loads(ROLES.read_text("utf-8"))


# ----------------------------------------------------------------------------- the table


def test_shipped_table_passes_its_schema() -> None:
    validate("roles.json", _raw())
    assert len(roles_index().holders) > 500


@pytest.mark.parametrize("country", REQUIRED)
def test_every_required_country_has_its_leaders_on_a_date(country: str) -> None:
    """Heads of state (or government), foreign and defence ministers on 2020-06-01."""
    import datetime as dt

    day = dt.date(2020, 6, 1)
    roles = {t.role for h in roles_index().holders for t in h.terms
             if t.country == country and t.holds(day)}
    assert roles & {"head_of_state", "head_of_government"}, country
    assert "foreign_minister" in roles, country
    assert "defence_minister" in roles, country


def test_heads_cover_1990_to_the_table_date_without_gaps() -> None:
    """Every required country has a head of state or government on every 1 January."""
    import datetime as dt

    index = roles_index()
    for country in REQUIRED:
        for year in range(1993, index.as_of.year + 1):  # TJK, UZB, RUS exist from 1991-92
            day = dt.date(year, 1, 1)
            assert any(t.country == country and t.holds(day) and
                       t.role in ("head_of_state", "head_of_government")
                       for h in index.holders for t in h.terms), (country, year)


def test_un_and_nato_secretaries_general_are_organisation_offices() -> None:
    un = lookup("the UN secretary-general", "2010-05-05")
    nato = lookup("NATO Secretary-General", "2020-01-01")
    assert un is not None and (un.person, un.country, un.organisation) == ("Ban Ki-moon", None,
                                                                           "UN")
    assert nato is not None and nato.person == "Jens Stoltenberg" and nato.country is None


def _broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(_raw())
    mutate(data)
    return data


@pytest.mark.parametrize(("mutate", "message"), [
    (lambda d: d["people"][0]["terms"][0].update(role="emperor_of_mars"), "role"),
    (lambda d: d["people"][0]["terms"][0].update(country="XYZ"), "'XYZ' is no ISO alpha-3"),
    (lambda d: d["people"][0]["terms"][0].update({"from": "20 Jan 1989"}), "from"),
    (lambda d: d["people"][0]["terms"][0].update(to="1980"), "ends (1980) before it starts"),
    (lambda d: d["people"][0].update(nickname="Poppy"), "unknown key 'nickname'"),
    (lambda d: d["people"][0].update(aliases="Bush"), "aliases"),
    (lambda d: d["people"][0]["terms"][0].update(organisation="UN"), "one of them"),
])
def test_a_bad_entry_is_an_error_naming_the_file_and_the_entry(mutate: Any,
                                                                message: str) -> None:
    with pytest.raises(LexiconError) as err:
        validate("roles.json", _broken(mutate))
    text = str(err.value)
    assert text.startswith("roles.json: people[0]") and message in text, text


# ----------------------------------------------------------------------------- look-ups


def test_names_aliases_and_titles_with_a_date() -> None:
    putin = lookup("President Putin", "2015-06-01")
    assert putin is not None
    assert (putin.person, putin.role, putin.country) == ("Vladimir Putin", "head_of_state", "RUS")
    lavrov = lookup("Mr. Lavrov", "2015-03-01")
    assert lavrov is not None and (lavrov.role, lavrov.country) == ("foreign_minister", "RUS")
    french = lookup("the French president", "2015-06-01")
    assert french is not None and french.person == "François Hollande"
    assert lookup("the French president", "2019-06-01").person == "Emmanuel Macron"  # type: ignore[union-attr]
    us = lookup("U.S. Secretary of State", "2010-05-05")
    assert us is not None and us.person == "Hillary Clinton"


def test_the_date_picks_the_office_held_then() -> None:
    as_pm = lookup("Putin", "2010-01-01")
    as_president = lookup("Putin", "2004-01-01")
    assert as_pm is not None and as_pm.role == "head_of_government" and as_pm.in_office
    assert as_president is not None and as_president.role == "head_of_state"


def test_the_date_separates_people_who_share_a_name() -> None:
    assert lookup("Clinton", "1995-01-01").person == "Bill Clinton"  # type: ignore[union-attr]
    assert lookup("Clinton", "2010-01-01").person == "Hillary Clinton"  # type: ignore[union-attr]
    assert lookup("Clinton") is None  # two people, no date to choose


def test_without_a_date_only_unambiguous_answers() -> None:
    medvedev = lookup("Medvedev")
    assert medvedev is not None and medvedev.country == "RUS" and medvedev.role is None
    # George Robertson was British defence secretary, then NATO secretary-general
    assert lookup("George Robertson") is None
    assert lookup("George Robertson", "2001-01-01").organisation == "NATO"  # type: ignore[union-attr]
    assert lookup("the French president") is None  # a bare title needs a date
    assert lookup("the president", "2015-01-01") is None  # of which country?
    assert lookup("the former French president", "2015-01-01") is None


def test_unknown_names_and_dates_after_the_table() -> None:
    assert lookup("Maria Lopez", "2015-01-01") is None
    assert lookup("the French president", "2099-01-01") is None


def test_common_full_names_count_only_in_office() -> None:
    """'Stephen Smith' was Australia's foreign minister 2007-2010; in 2020 it is anyone."""
    assert person_country("Stephen Smith", "2008-06-01") == ("AUS", "GOV")
    assert person_country("Stephen Smith", "2020-06-01") == (None, None)
    assert person_country("Lavrov", None) == ("RUS", "GOV")
    assert person_country("Guterres", "2020-01-01") == (None, "IGO")


def test_names_compare_without_accents_punctuation_or_spaced_initials() -> None:
    assert normalize_name("George H. W. Bush") == normalize_name("George H.W. Bush")
    assert lookup("Recep Tayyip Erdogan", "2016-01-01").country == "TUR"  # type: ignore[union-attr]
    assert load_json("roles.json")["as_of"] >= "2025-01-01"


# ----------------------------------------------------------------------------- in extraction


@pytest.mark.slow
@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Obama met Putin in Moscow on Tuesday.", "2015-06-01",
     ("CONSULT", "Obama", "USA", "Putin", "RUS")),
    ("Lavrov accused Pompeo of lying.", "2019-03-01",
     ("ACCUSE", "Lavrov", "RUS", "Pompeo", "USA")),
    ("Clinton met Karzai in Kabul.", "2010-05-05", ("CONSULT", "Clinton", "USA", "Karzai", "AFG")),
    ("Putin met Modi in Moscow.", None, ("CONSULT", "Putin", "RUS", "Modi", "IND")),
])
def test_leaders_named_without_a_country_get_theirs(nlp: Any, text: str, date: str | None,
                                                     expected: tuple[str, ...]) -> None:
    from event_helpers import events_of

    events = events_of(nlp, text, published=date)  # type: ignore[arg-type]
    got = {(e.type, e.actor.name if e.actor else None, e.actor.country if e.actor else None,
            e.recipient.name if e.recipient else None,
            e.recipient.country if e.recipient else None) for e in events}
    assert expected in got, got


@pytest.mark.slow
def test_a_un_chief_is_no_country_and_a_stranger_stays_unknown(nlp: Any) -> None:
    from event_helpers import events_of

    events = events_of(nlp, "Guterres urged Ghani to release the prisoners.", "2020-03-01")
    assert any(e.actor and e.actor.name == "Guterres" and e.actor.country is None and
               e.actor.sector == "IGO" for e in events)
    events = events_of(nlp, "Stephen Smith criticized the mayor.", "2020-01-01")
    assert all(e.actor is None or e.actor.country is None for e in events)
