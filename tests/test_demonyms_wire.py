"""Demonyms as wire copy writes them (lexicons/actors.json): peoples of one region of one
state ("Chechen fighters", "Tibetan monks", "Catalan officials"), national demonyms the list
lacked, and two demonyms that together name one people of one state ("Bosnian Serb",
"Turkish Cypriot"), which must give one actor, not one for each word."""

from __future__ import annotations

import pytest

from newsweave.evaluation.events import run_sentences
from newsweave.extract.gazetteer import build_gazetteer


@pytest.mark.parametrize(("word", "code"), [
    ("Chechen", "RUS"), ("Tibetan", "CHN"), ("Uyghur", "CHN"), ("Catalan", "ESP"),
    ("Abkhaz", "GEO"), ("Tigrayan", "ETH"), ("Rohingya", "MMR"), ("Scottish", "GBR"),
    ("Guyanese", "GUY"), ("Costa Rican", "CRI"), ("Yugoslav", "SRB"), ("Kosovar", "XKX"),
    ("Bosnian Serb", "BIH"), ("Turkish Cypriot", "CYP"),
])
def test_the_gazetteer_knows_the_demonym(word: str, code: str) -> None:
    assert build_gazetteer().country_of(word) == code


def test_irregular_plurals_name_their_people() -> None:
    plurals = build_gazetteer().demonym_plurals
    assert plurals["spaniards"] == "ESP" and plurals["danes"] == "DNK"
    assert plurals["chechens"] == "RUS"  # a regular plural of a new demonym


def test_kurdish_alone_stays_without_a_country() -> None:
    # Kurds live in four states: only a second demonym tells which
    assert build_gazetteer().country_of("Kurdish") is None
    assert build_gazetteer().country_of("Syrian Kurdish") == "SYR"


def _events(text: str, date: str = "2019-05-02") -> list:
    rows = [{"id": "d", "text": text, "date": date, "type": None, "source": None,
             "target": None}]
    return run_sentences(rows)["d"]


@pytest.mark.parametrize(("text", "typ", "country"), [
    ("Bosnian Serb lawmakers rejected the envoy's proposal on Tuesday.", "REJECT", "BIH"),
    ("Turkish Cypriot police detained two fishermen near the buffer zone.", "COERCE", "CYP"),
])
def test_two_demonyms_of_one_people_give_one_actor(text: str, typ: str, country: str) -> None:
    events = [e for e in _events(text) if e.type == typ]
    assert events, _events(text)
    assert {e.actor.country for e in events if e.actor is not None} == {country}


@pytest.mark.parametrize(("text", "typ", "country"), [
    ("Chechen rebels ambushed an army column near Grozny.", "ASSAULT", "RUS"),
    ("Catalan officials rejected the court's order on Monday.", "REJECT", "ESP"),
])
def test_a_regional_people_acts_for_its_state(text: str, typ: str, country: str) -> None:
    events = [e for e in _events(text, "2002-03-04") if e.type == typ]
    assert any(e.actor is not None and e.actor.country == country for e in events), events


@pytest.mark.parametrize(("text", "typ", "side", "country"), [
    ("Pakistan-based militants attacked an army camp on Sunday.", "ASSAULT", "actor", "PAK"),
    ("Insurgents based in Yemen seized a coastal town.", "ASSAULT", "actor", "YEM"),
    ("Indian officials blamed Pakistan-based militants for the bombing.", "ACCUSE",
     "recipient", "PAK"),
])
def test_a_group_takes_the_country_it_is_based_in(text: str, typ: str, side: str,
                                                  country: str) -> None:
    events = [e for e in _events(text) if e.type == typ]
    assert any(getattr(e, side) is not None and getattr(e, side).country == country
               for e in events), events


def test_a_town_the_gazetteer_does_not_know_gives_no_base() -> None:
    events = [e for e in _events("Zorbaville-based militants attacked a convoy.")
              if e.type == "ASSAULT"]
    assert all(e.actor is None or e.actor.country is None for e in events)


@pytest.mark.parametrize(("text", "typ"), [
    ("Pro-Russian rebels shot down a military transport plane.", "ASSAULT"),
    ("Anti-American protesters stormed the embassy compound.", "PROTEST"),
])
def test_a_pro_or_anti_demonym_is_not_whose_the_group_is(text: str, typ: str) -> None:
    """'pro-Russian rebels' side with Russia; they are not Russia's (unknown beats wrong)."""
    events = [e for e in _events(text) if e.type == typ]
    assert events, _events(text)
    assert all(e.actor is None or e.actor.country not in ("RUS", "USA") for e in events)


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Burkinabe gendarmes raided the camp on Sunday.", "BFA", "COP"),
    ("Sudanese paramilitaries attacked the village on Sunday.", "SDN", "MIL"),
    ("Iranian speedboats attacked a tanker on Sunday.", "IRN", "MIL"),
])
def test_a_force_noun_after_a_demonym_gives_country_and_sector(text: str, country: str,
                                                               sector: str) -> None:
    events = _events(text)
    assert any(e.actor is not None and (e.actor.country, e.actor.sector) == (country, sector)
               for e in events), events


def test_militiamen_are_an_armed_group_of_the_country_named() -> None:
    events = [e for e in _events("Iraqi militiamen kidnapped two aid workers.")
              if e.type == "ASSAULT"]
    assert any(e.actor is not None and (e.actor.country, e.actor.sector) == ("IRQ", "REB")
               for e in events), events
