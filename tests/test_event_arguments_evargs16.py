"""Rules of session 20 (evargs16) for the parties of events: each country of a joint unit
named by hyphened demonyms ("a joint Kenyan-Somali force"), "the 34-year-old" as the person
named just before with that age, the possessive of an act noun beside its 'of' phrase as the
doer, the 'from' party of a thing backed, and the source of a demand or pressure given in to.
Each tested on sentences we wrote, each rule also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ joint_hyphen_parties

JOINT = "A joint Kenyan-Somali force attacked al-Shabaab positions near the border."


def test_each_country_of_a_joint_unit_is_a_party(nlp: Any) -> None:
    found = {f[1] for f in parties(events_of(nlp, JOINT), "ASSAULT")}
    assert {"KEN", "SOM"} <= found, found


def test_without_joint_hyphen_parties_only_the_last_country(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "joint_hyphen_parties")
    found = {f[1] for f in parties(events_of(nlp, JOINT), "ASSAULT")}
    assert "KEN" not in found, found


def test_a_hyphened_identity_without_joint_is_one_party(nlp: Any) -> None:
    events = events_of(nlp, "A Somali-American doctor was arrested at the airport in Nairobi.")
    assert all(e.actor is None or e.actor.country != "SOM" for e in events), events
    assert all(e.recipient is None or e.recipient.country != "SOM" for e in events), events


# ------------------------------------------------------------------ aged_party

AGED = ("Police arrested Tomas Brandt, 34, in Leeds on Monday. The 34-year-old was charged "
        "with assault.")


def test_an_age_means_the_person_given_that_age(nlp: Any) -> None:
    accused = [e for e in events_of(nlp, AGED) if e.type == "ACCUSE"]
    assert any(e.recipient and e.recipient.name == "Tomas Brandt" for e in accused), accused
    rules = [e.recipient.rules for e in accused if e.recipient]
    assert rules and "aged_party" in rules[0], rules


def test_an_age_the_named_person_was_not_given_is_no_one(nlp: Any) -> None:
    text = AGED.replace("Brandt, 34,", "Brandt, 51,")
    found = parties(events_of(nlp, text), "ACCUSE")
    assert all(f[2] != "Tomas Brandt" for f in found), found
    text = AGED.replace("Brandt, 34,", "Brandt")
    found = parties(events_of(nlp, text), "ACCUSE")
    assert all(f[2] != "Tomas Brandt" for f in found), found


def test_without_aged_party_the_age_is_no_one(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    rules_off(monkeypatch, "aged_party")
    found = parties(events_of(nlp, AGED), "ACCUSE")
    assert all(f[2] != "Tomas Brandt" for f in found), found


# ------------------------------------------------------------------ possessor_doer

DETENTION = "Chile's foreign minister condemned Venezuela's detention of two Chilean journalists."


def test_the_possessive_of_an_act_beside_its_of_phrase_did_it(nlp: Any) -> None:
    found = parties(events_of(nlp, DETENTION), "ACCUSE")
    assert ("VEN" in {f[3] for f in found}), found


def test_without_possessor_doer_the_possessive_undergoes_it(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "possessor_doer")
    found = parties(events_of(nlp, DETENTION), "ACCUSE")
    assert "VEN" not in {f[3] for f in found}, found


# ------------------------------------------------------------------ backed_from

BACKED = "The Liberal Party backed an amendment from the Green Party."


def test_the_from_party_of_a_thing_backed_receives_the_support(nlp: Any) -> None:
    found = parties(events_of(nlp, BACKED), "SUPPORT")
    assert any(f[2] == "Green Party" for f in found), found


def test_without_backed_from_no_recipient(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "backed_from")
    found = parties(events_of(nlp, BACKED), "SUPPORT")
    assert all(f[2] != "Green Party" for f in found), found


# ------------------------------------------------------------------ conceded_source

PRESSURE = "The government bowed to pressure from farmers and scrapped the fuel tax."
DEMANDS = "Pakistan's government acceded to the demands of striking traders."


def test_the_source_of_a_demand_given_in_to_receives_the_concession(nlp: Any) -> None:
    assert any(f[2] == "farmers" for f in parties(events_of(nlp, PRESSURE), "CONCEDE"))
    found = parties(events_of(nlp, DEMANDS), "CONCEDE")
    assert any(f[2] == "traders" for f in found), found


def test_without_conceded_source_no_recipient(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    rules_off(monkeypatch, "conceded_source")
    for text, party in ((PRESSURE, "farmers"), (DEMANDS, "traders")):
        found = parties(events_of(nlp, text), "CONCEDE")
        assert all(f[2] != party for f in found), found


# ------------------------------------------------------------------ refused_with_party

PACT = "Ghana refused to sign the trade pact with the European Union."


def test_the_with_party_of_a_deal_refused_receives_the_refusal(nlp: Any) -> None:
    found = parties(events_of(nlp, PACT), "REJECT")
    assert any(f[2] == "European Union" for f in found), found
    rules = [e.recipient.rules for e in events_of(nlp, PACT) if e.recipient]
    assert any("refused_with_party" in r for r in rules), rules


def test_without_refused_with_party_no_recipient(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    rules_off(monkeypatch, "refused_with_party")
    found = parties(events_of(nlp, PACT), "REJECT")
    assert all(f[2] != "European Union" for f in found), found
