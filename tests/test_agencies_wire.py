"""State agencies act under their own name with their country and sector, international
bodies and NGOs with none (lexicons/actors.json agencies, igos): "BND agents arrested ..."
is Germany's intelligence service, "the RCMP charged ..." Canada's police, "Amnesty
accused ..." no state at all."""

from __future__ import annotations

import pytest

from newsweave.evaluation.events import run_sentences
from newsweave.extract.gazetteer import build_gazetteer


@pytest.mark.parametrize(("name", "country", "sector"), [
    ("BND", "DEU", "SPY"), ("Guardia Civil", "ESP", "COP"), ("RCMP", "CAN", "COP"),
    ("SBU", "UKR", "SPY"), ("Tatmadaw", "MMR", "MIL"), ("Hashd al-Shaabi", "IRQ", "MIL"),
    ("CENTCOM", "USA", "MIL"), ("OFAC", "USA", "GOV"), ("ISPR", "PAK", "MIL"),
    ("China Coast Guard", "CHN", "MIL"),
])
def test_an_agency_has_its_country_and_sector(name: str, country: str, sector: str) -> None:
    info = build_gazetteer().lookup(name)
    assert info is not None and (info.country, info.sector, info.kind) == \
        (country, sector, "agency")


@pytest.mark.parametrize(("name", "sector"), [
    ("ECOWAS", "IGO"), ("European Commission", "IGO"), ("ICJ", "IGO"), ("Europol", "IGO"),
    ("OPCW", "IGO"), ("Amnesty International", "NGO"), ("Human Rights Watch", "NGO"),
    ("Doctors Without Borders", "NGO"),
])
def test_an_international_body_has_no_country(name: str, sector: str) -> None:
    info = build_gazetteer().lookup(name)
    assert info is not None and info.country is None and info.sector == sector


@pytest.mark.parametrize(("text", "typ", "country", "sector"), [
    ("BND officers detained a suspected foreign agent in Munich on Thursday.", "COERCE",
     "DEU", "SPY"),
    ("The RCMP charged a former engineer with passing secrets abroad.", "ACCUSE", "CAN",
     "COP"),
])
def test_an_agency_acts_with_its_country(text: str, typ: str, country: str,
                                         sector: str) -> None:
    rows = [{"id": "g", "text": text, "date": "2021-04-08", "type": None, "source": None,
             "target": None}]
    events = [e for e in run_sentences(rows)["g"] if e.type == typ]
    assert any(e.actor is not None and (e.actor.country, e.actor.sector) == (country, sector)
               for e in events), events


def test_an_ngo_that_accuses_a_state_gets_no_country() -> None:
    rows = [{"id": "n", "text": "Human Rights Watch accused Egypt of torturing detainees.",
             "date": "2017-09-06", "type": None, "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["n"] if e.type == "ACCUSE"]
    assert events and all(e.actor is not None and e.actor.country is None for e in events)
    assert any(e.recipient is not None and e.recipient.country == "EGY" for e in events)


@pytest.mark.parametrize(("name", "country"), [
    ("Kiev", "UKR"), ("Naypyitaw", "MMR"), ("Rangoon", "MMR"), ("Sana'a", "YEM"),
    ("Peking", "CHN"), ("Bonn", "DEU"), ("Delhi", "IND"), ("La Paz", "BOL"),
])
def test_other_spellings_and_former_seats_of_government_act_for_their_state(
        name: str, country: str) -> None:
    info = build_gazetteer().lookup(name)
    assert info is not None and (info.country, info.sector) == (country, "GOV")


def test_an_old_spelling_of_a_capital_acts_for_its_state_in_an_event() -> None:
    rows = [{"id": "c", "text": "Kiev accused Moscow of stirring unrest in the east.",
             "date": "2014-04-07", "type": None, "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["c"] if e.type == "ACCUSE"]
    assert any(e.actor is not None and e.actor.country == "UKR" and
               e.recipient is not None and e.recipient.country == "RUS" for e in events)


@pytest.mark.parametrize(("name", "country"), [
    ("Tamil Tigers", "LKA"), ("Kataib Hezbollah", "IRQ"), ("Abu Sayyaf", "PHL"),
    ("TPLF", "ETH"), ("Libyan National Army", "LBY"), ("Polisario Front", "ESH"),
    ("Sinaloa cartel", "MEX"), ("Donetsk People's Republic", "UKR"), ("IRA", "GBR"),
])
def test_an_armed_group_has_the_country_it_fights_in(name: str, country: str) -> None:
    info = build_gazetteer().lookup(name)
    assert info is not None and info.country == country and info.kind == "group"


@pytest.mark.parametrize("word", ["PDF", "ADF", "NPA", "KIA", "DPR", "STC", "SLA"])
def test_acronyms_other_bodies_share_name_no_armed_group(word: str) -> None:
    info = build_gazetteer().lookup(word)
    assert info is None or info.kind != "group", word


@pytest.mark.parametrize(("text", "country"), [
    ("Guatemala's Congress voted down the president's budget on Tuesday.", "GTM"),
    ("Peru's Congress rejected the pension reform.", "PER"),
    ("Congress rejected the White House budget request.", "USA"),  # alone: the US one
])
def test_a_shared_seat_name_belongs_to_the_state_named_before_it(text: str,
                                                                 country: str) -> None:
    rows = [{"id": "s", "text": text, "date": "2019-05-07", "type": None, "source": None,
             "target": None}]
    events = [e for e in run_sentences(rows)["s"] if e.type == "REJECT"]
    assert events and all(e.actor is not None and e.actor.country == country
                          for e in events), events


def test_the_owned_seat_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "owned_seat")
    rows = [{"id": "o", "text": "Peru's Congress rejected the pension reform.",
             "date": "2019-05-07", "type": None, "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["o"] if e.type == "REJECT"]
    assert all(e.actor is None or e.actor.country != "PER" for e in events)


@pytest.mark.parametrize(("text", "typ", "country", "sector"), [
    ("Sudan's military ruler visited Cairo on Monday.", "CONSULT", "SDN", "GOV"),
    ("The Somali warlord attacked a government convoy.", "ASSAULT", "SOM", "REB"),
])
def test_an_unnamed_ruler_or_warlord_acts_for_the_country_named(text: str, typ: str,
                                                                country: str,
                                                                sector: str) -> None:
    rows = [{"id": "r", "text": text, "date": "2019-05-07", "type": None, "source": None,
             "target": None}]
    events = [e for e in run_sentences(rows)["r"] if e.type == typ]
    assert any(e.actor is not None and (e.actor.country, e.actor.sector) == (country, sector)
               for e in events), events


@pytest.mark.parametrize(("name", "country"), [
    ("ZANU-PF", "ZWE"), ("Renamo", "MOZ"), ("Kuomintang", "TWN"), ("Ennahda", "TUN"),
    ("National League for Democracy", "MMR"), ("Georgian Dream", "GEO"),
])
def test_a_party_has_its_country(name: str, country: str) -> None:
    info = build_gazetteer().lookup(name)
    assert info is not None and (info.country, info.kind) == (country, "party")


def test_a_party_fighting_is_its_countrys_party() -> None:
    rows = [{"id": "p", "text": "Renamo fighters handed in their weapons in Sofala province.",
             "date": "2020-06-11", "type": None, "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["p"] if e.type == "RETREAT"]
    assert any(e.actor is not None and e.actor.country == "MOZ" for e in events), events


@pytest.mark.parametrize(("name", "country"), [
    ("Gazprom", "RUS"), ("Naftogaz", "UKR"), ("Aramco", "SAU"), ("PDVSA", "VEN"),
    ("Eskom", "ZAF"), ("CNPC", "CHN"),
])
def test_a_state_company_has_its_country_and_is_a_business(name: str, country: str) -> None:
    info = build_gazetteer().lookup(name)
    assert info is not None and (info.country, info.sector) == (country, "BUS")


def test_sanctions_on_a_state_company_reach_its_country() -> None:
    rows = [{"id": "c", "text": "Washington imposed sanctions on PDVSA on Monday.",
             "date": "2019-01-28", "type": None, "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["c"] if e.type == "SANCTION"]
    assert any(e.recipient is not None and e.recipient.country == "VEN" for e in events)
