"""A leader named by title and surname ("Secretary of State Kerry", "President Yoon") is the
one holder of that surname in an office the title fits on the article date (newsweave.
extract.roles, by_surname). A bare surname may name anyone, so it stays unknown unless the
roles table lists it as an alias; out of office, or shared by two holders in such an office,
the surname names nobody."""

from __future__ import annotations

import pytest

from newsweave.extract.roles import lookup, person_country, roles_index


@pytest.mark.parametrize(("text", "date", "person", "country"), [
    ("Secretary of State Kerry", "2015-06-15", "John Kerry", "USA"),
    ("Prime Minister Sharon", "2003-06-15", "Ariel Sharon", "ISR"),
    ("Chancellor Schroeder", "2002-06-15", "Gerhard Schröder", "DEU"),
    ("President Yoon", "2023-06-15", "Yoon Suk Yeol", "KOR"),  # family name first
    ("President Hu", "2008-06-15", "Hu Jintao", "CHN"),
])
def test_a_title_and_surname_name_the_holder_in_office(text: str, date: str, person: str,
                                                       country: str) -> None:
    match = lookup(text, date)
    assert match is not None and (match.person, match.country) == (person, country)
    title, name = text.rsplit(" ", 1)
    assert person_country(name, date, title) == (country, "GOV")


def test_a_bare_surname_names_nobody() -> None:
    assert lookup("Kerry", "2015-06-15") is None
    assert person_country("Kerry", "2015-06-15") == (None, None)


def test_a_title_that_does_not_fit_or_a_date_out_of_office_names_nobody() -> None:
    assert lookup("President Kerry", "2015-06-15") is None  # he was secretary of state
    assert lookup("Secretary of State Kerry", "2005-06-15") is None
    assert lookup("Secretary of State Kerry") is None
    assert person_country("Kerry", "1999-01-01", "Secretary of State") == (None, None)


def test_a_surname_two_holders_share_on_the_date_names_nobody() -> None:
    # Lee Myung-bak (South Korea) and Lee Hsien Loong (Singapore) were both in office
    assert lookup("Prime Minister Lee", "2010-06-15") is not None  # only Singapore's is PM
    assert lookup("President Lee", "2010-06-15") is not None  # only Seoul's is president
    assert person_country("Lee", "2010-06-15", "leader") == (None, None)


def test_name_links_and_regnal_numbers_are_no_surnames() -> None:
    surnames = roles_index().by_surname
    assert "thani" not in surnames  # "Al Thani" is no surname alone
    assert "ii" not in surnames


def test_a_surname_that_is_a_full_alias_keeps_the_alias_answer() -> None:
    assert "putin" not in roles_index().by_surname
    match = lookup("Putin", "2015-06-01")
    assert match is not None and match.country == "RUS"


@pytest.mark.parametrize(("text", "date", "typ", "actor", "recipient"), [
    ("Secretary of State Kerry held talks with Lavrov in Geneva on Monday.", "2015-03-02",
     "CONSULT", "USA", "RUS"),
    # the title alone ("President") is no description, yet it is the roles table's cue;
    # without it the president took the only country of the sentence, the other party's
    ("President Chavez threatened to cut oil shipments to Washington.", "2007-05-02",
     "THREATEN", "VEN", "USA"),
])
def test_a_titled_surname_gets_its_country_in_an_event(text: str, date: str, typ: str,
                                                       actor: str, recipient: str) -> None:
    from newsweave.evaluation.events import run_sentences

    rows = [{"id": "k", "text": text, "date": date, "type": None, "source": None,
             "target": None}]
    events = run_sentences(rows)["k"]
    assert any(e.type == typ and e.actor is not None and e.actor.country == actor and
               e.recipient is not None and e.recipient.country == recipient
               for e in events), events
