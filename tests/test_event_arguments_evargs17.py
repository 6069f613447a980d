"""Rules of session 21 (evargs17) for the recipients of events: the parties a mediator offers
to act between ("offered to mediate between Peru and Chile"), whoever a refusal to let someone
act is refused to ("refused to allow U.N. inspectors to visit") or an easing given to
("allowed foreign observers to monitor the vote"), whose thing a threatened act would hit
("threatened to freeze Argentina's assets"), and an unnamed party whose resignation is demanded
("the resignation of the electoral commission"). Each tested on sentences we wrote, each rule
also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------ mediated_between

MEDIATE = "Norway offered to mediate between Peru and Chile after the fishing row escalated."


def test_each_party_a_mediator_acts_between_is_a_recipient(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # the offer's AGREE, as it stands without evargs27's offered_hosting (which makes an
    # offer to mediate a planned CONSULT with the same parties)
    rules_off(monkeypatch, "offered_hosting")
    found = parties(events_of(nlp, MEDIATE), "AGREE")
    assert {f[3] for f in found} >= {"PER", "CHL"}, found
    assert all(f[1] == "NOR" for f in found), found
    rules = [e.recipient.rules for e in events_of(nlp, MEDIATE) if e.recipient]
    assert rules and all("mediated_between" in r for r in rules), rules


def test_a_possessive_between_names_the_owner(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "offered_hosting")
    text = "Egypt's president offered to mediate between Libya's rival governments."
    found = parties(events_of(nlp, text), "AGREE")
    assert any(f[3] == "LBY" for f in found), found


def test_without_mediated_between_no_recipient(nlp: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "mediated_between", "offered_hosting")
    found = parties(events_of(nlp, MEDIATE), "AGREE")
    assert all(f[3] not in ("PER", "CHL") for f in found), found


def test_between_without_a_mediating_verb_is_left_alone(nlp: Any) -> None:
    # an offer to build a road between two towns is no act between two parties
    text = "Norway offered to build a road between Lima and Santiago."
    events = events_of(nlp, text)
    assert all(e.recipient is None or "mediated_between" not in e.recipient.rules
               for e in events), events


# ------------------------------------------------------------------ refused_permission

PERMIT = "Canada refused to allow Chinese diplomats to attend the hearing."


def test_who_would_have_been_let_act_is_refused(nlp: Any) -> None:
    found = parties(events_of(nlp, PERMIT), "REJECT")
    assert any(f[1] == "CAN" and f[3] == "CHN" for f in found), found


def test_let_names_the_refused_party_too(nlp: Any) -> None:
    text = "Peru refused to let a European Union observer mission monitor the vote."
    found = parties(events_of(nlp, text), "REJECT")
    assert any(f[2] == "European Union" for f in found), found


def test_without_refused_permission_no_recipient(nlp: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "refused_permission")
    found = parties(events_of(nlp, PERMIT), "REJECT")
    assert all(f[3] != "CHN" for f in found), found


def test_a_refusal_of_another_act_is_not_a_permission(nlp: Any) -> None:
    text = "Canada refused to attend the hearing with Chinese diplomats present."
    events = events_of(nlp, text)
    assert all(e.recipient is None or "refused_permission" not in e.recipient.rules
               for e in events), events


# ------------------------------------------------------------------ threatened_owner

THREAT = "Brazil threatened to freeze Argentina's assets over the debt row."
ENTRY = "Brazil threatened to block Uruguay's entry to Mercosur."


def test_whose_thing_a_threat_would_hit_is_its_target(nlp: Any) -> None:
    found = parties(events_of(nlp, THREAT), "THREATEN")
    assert any(f[1] == "BRA" and f[3] == "ARG" for f in found), found


def test_the_owner_before_the_place_the_act_names(nlp: Any) -> None:
    found = parties(events_of(nlp, ENTRY), "THREATEN")
    assert any(f[3] == "URY" for f in found), found


def test_without_threatened_owner_the_place_named(nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "threatened_owner")
    found = parties(events_of(nlp, ENTRY), "THREATEN")
    assert all(f[3] != "URY" for f in found), found


def test_its_own_thing_names_no_target(nlp: Any) -> None:
    text = "Brazil threatened to freeze its own contributions to the fund over the row."
    events = events_of(nlp, text)
    assert all(e.recipient is None or "threatened_owner" not in e.recipient.rules
               for e in events), events


# ------------------------------------------------------------------ allowed_party

ALLOWED = "In a first, the government allowed foreign observers to monitor the election."


def test_an_easing_goes_to_whoever_it_lets_act(nlp: Any) -> None:
    events = [e for e in events_of(nlp, ALLOWED) if e.type == "RETREAT"]
    assert any(e.recipient and "allowed_party" in e.recipient.rules for e in events), events
    text = "Caracas allowed U.N. aid convoys to enter through the northern crossing."
    found = parties(events_of(nlp, text), "RETREAT")
    assert any(f[1] == "VEN" and f[2] == "United Nations" for f in found), found


def test_without_allowed_party_no_recipient(nlp: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "allowed_party")
    events = [e for e in events_of(nlp, ALLOWED) if e.type == "RETREAT"]
    assert all(e.recipient is None for e in events), events


# ------------------------------------------------------------------ asked_act_unnamed

RESIGN = "Opposition parties in Ghana demanded the resignation of the electoral commission."


def test_an_unnamed_party_asked_to_resign_is_asked(nlp: Any) -> None:
    events = [e for e in events_of(nlp, RESIGN) if e.type == "REQUEST"]
    assert any(e.recipient and "asked_act_unnamed" in e.recipient.rules and
               e.recipient.country == "GHA" for e in events), events


def test_without_asked_act_unnamed_no_one_asked(nlp: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "asked_act_unnamed")
    events = [e for e in events_of(nlp, RESIGN) if e.type == "REQUEST"]
    assert all(e.recipient is None or "asked_act_unnamed" not in e.recipient.rules
               for e in events), events
