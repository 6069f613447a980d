"""Rules of session 19 (evargs15): a party named in an event's clause only by a description
("the driver", "the union leader", "the suspect") is the person the article tied that
description to before, linked by the resolver of descriptions the quote layer uses for
described speakers (extract.referents); unknown when two named ones fit. Each tested on
sentences we wrote, each rule also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ described_party

DRIVER = ("Tomas Wend, a truck driver, was hurt in the crash on Friday. Two passengers "
          "fled.\n\nPolice later arrested the driver.")
LEADER = ("Mira Dovan, the leader of the Farmers' Union, spoke at the rally on Monday.\n\n"
          "The union leader accused the government of fraud.")


def test_a_described_recipient_is_the_person_the_apposition_named(nlp: Any) -> None:
    found = parties(events_of(nlp, DRIVER), "COERCE")
    assert any(f[2] == "Tomas Wend" for f in found), found
    rules = [e.recipient.rules for e in events_of(nlp, DRIVER)
             if e.type == "COERCE" and e.recipient]
    assert rules and "described_party" in rules[0], rules


def test_without_described_party_the_driver_is_no_one_named(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "described_party")
    found = parties(events_of(nlp, DRIVER), "COERCE")
    assert all(f[2] != "Tomas Wend" for f in found), found


def test_a_described_actor_is_the_person_named_with_the_role(nlp: Any) -> None:
    found = parties(events_of(nlp, LEADER), "ACCUSE")
    assert any(f[0] == "Mira Dovan" for f in found), found


def test_without_described_party_the_leader_is_not_linked(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "described_party")
    found = parties(events_of(nlp, LEADER), "ACCUSE")
    assert all(f[0] != "Mira Dovan" for f in found), found


def test_an_anonymous_description_links_to_no_one(nlp: Any) -> None:
    text = ("Dana Kell, the mayor, opened the bridge on Monday.\n\n"
            "Police later arrested a driver near the bridge.")
    found = parties(events_of(nlp, text), "COERCE")
    assert all(f[2] != "Dana Kell" for f in found), found


def test_the_suspect_is_not_the_person_just_named(nlp: Any) -> None:
    text = ("Ana Vell, a nurse, was shot dead outside the clinic on Friday.\n\n"
            "Officers arrested the suspect two hours later.")
    found = parties(events_of(nlp, text), "COERCE")
    assert all(f[2] != "Ana Vell" for f in found), found


def test_a_thing_is_no_one_named(nlp: Any) -> None:
    text = ("Mira Dovan, the leader of the Farmers' Union, and the head of its road fund "
            "were held on Monday.\n\nFarmers blocked the main road on Tuesday.")
    found = parties(events_of(nlp, text), "PROTEST")
    assert all(f[2] != "Mira Dovan" for f in found), found


# ------------------------------------------------------------------ described_rival

TWO_DRIVERS = ("Tomas Wend, a driver, was hurt in the crash on Friday. Pavel Ruml, also a "
               "driver, fled.\n\nPolice later arrested the driver.")


def test_two_named_holders_of_the_description_leave_it_unknown(nlp: Any) -> None:
    found = parties(events_of(nlp, TWO_DRIVERS), "COERCE")
    assert all(f[2] not in ("Tomas Wend", "Pavel Ruml") for f in found), found


def test_without_described_rival_the_nearest_driver_is_taken(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "described_rival")
    found = parties(events_of(nlp, TWO_DRIVERS), "COERCE")
    assert any(f[2] in ("Tomas Wend", "Pavel Ruml") for f in found), found


# ------------------------------------------------------------------- combining_form

JOINT = "Sino-Indian troops attacked the rebel camp at dawn."


def test_a_combining_form_before_a_demonym_is_a_party(nlp: Any) -> None:
    found = parties(events_of(nlp, JOINT), "ASSAULT")
    assert {f[1] for f in found} >= {"CHN", "IND"}, found


def test_without_combining_form_only_the_demonym_acts(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "combining_form")
    found = parties(events_of(nlp, JOINT), "ASSAULT")
    assert "CHN" not in {f[1] for f in found}, found


def test_a_combining_form_before_no_demonym_names_no_country(nlp: Any) -> None:
    found = parties(events_of(nlp, "Indo-Pacific forces attacked the rebel camp at dawn."),
                    "ASSAULT")
    assert "IND" not in {f[1] for f in found}, found


# ----------------------------------------------------------------- vehicle_relative

CRASH = ("Tomas Wend, a truck driver, was held on Friday.\n\n"
         "Police said the driver who killed a cyclist near the school had been drinking.")


def test_a_driver_who_killed_someone_is_a_road_accident(nlp: Any) -> None:
    assert not parties(events_of(nlp, CRASH), "ASSAULT")


def test_without_vehicle_relative_the_crash_is_an_attack(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "vehicle_relative")
    assert parties(events_of(nlp, CRASH), "ASSAULT")


def test_a_gunman_who_killed_someone_still_attacks(nlp: Any) -> None:
    assert parties(events_of(nlp, CRASH.replace("driver", "gunman")), "ASSAULT")
