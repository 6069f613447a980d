"""Rules of session 22 (evargs19) for the recipients of events: whom a threat aims at (the
subject of its 'if'/'unless' clause, or the party an act announced on a condition would hit),
whom an eased measure hit ("lifted tariffs on Australian wine"), and whom a show of force aims
at (the country forces gather near, the other side of a quarrel that prompted it). Each tested
on sentences we wrote, each rule also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off

pytestmark = pytest.mark.slow


def _rules(events: list[Any], etype: str) -> list[list[str]]:
    return [e.recipient.rules for e in events if e.type == etype and e.recipient]


# ------------------------------------------------------------------ threat_condition_party

THREAT = "Colombia threatened to recall its envoy if Peru refused to apologise."


def test_the_subject_of_a_threats_condition_is_its_target(nlp: Any) -> None:
    events = events_of(nlp, THREAT)
    found = parties(events, "THREATEN")
    assert any(f[1] == "COL" and f[3] == "PER" for f in found), found


def test_unless_opens_a_condition_too(nlp: Any) -> None:
    text = "Ghana's nurses threatened to walk out unless the government pays their arrears."
    events = events_of(nlp, text)
    assert any(f[3] == "GHA" for f in parties(events, "THREATEN")), events
    assert any("threat_condition_party" in r for r in _rules(events, "THREATEN")), events


def test_a_condition_on_the_act_threatened_counts(nlp: Any) -> None:
    text = "Belgium warned it would expel the envoy if Hungary kept blocking the aid package."
    found = parties(events_of(nlp, text), "THREATEN")
    assert any(f[3] == "HUN" for f in found), found


def test_without_threat_condition_party_no_target(nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "threat_condition_party")
    found = parties(events_of(nlp, THREAT), "THREATEN")
    assert all(f[3] != "PER" for f in found), found


def test_a_thing_as_the_conditions_subject_is_no_target(nlp: Any) -> None:
    text = "The mayor threatened to resign if the budget cuts went ahead."
    events = events_of(nlp, text)
    assert all("threat_condition_party" not in r for r in _rules(events, "THREATEN")), events


# ------------------------------------------------------------------ threatened_own_act

OWN_ACT = "Norway will halt fish exports to Latvia unless it settles the debt, Oslo said."


def test_an_act_on_a_condition_hits_its_to_party(nlp: Any) -> None:
    events = events_of(nlp, OWN_ACT)
    found = parties(events, "THREATEN")
    assert any(f[1] == "NOR" and f[3] == "LVA" for f in found), found
    assert any("threatened_own_act" in r for r in _rules(events, "THREATEN")), events


def test_without_threatened_own_act_no_target(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "threatened_own_act")
    found = parties(events_of(nlp, OWN_ACT), "THREATEN")
    assert all(f[3] != "LVA" for f in found), found


# ------------------------------------------------------------------ eased_measure_party

EASED = "Beijing lifted its curbs on Japanese seafood imports on Friday."


def test_whose_goods_an_eased_measure_hit_receives_it(nlp: Any) -> None:
    events = events_of(nlp, EASED)
    found = parties(events, "CONCEDE")
    assert any(f[1] == "CHN" and f[3] == "JPN" for f in found), found
    assert any("eased_measure_party" in r for r in _rules(events, "CONCEDE")), events


def test_where_the_goods_go_names_the_party(nlp: Any) -> None:
    text = "Korea eased export limits on chips bound for Vietnam."
    found = parties(events_of(nlp, text), "CONCEDE")
    assert any(f[3] == "VNM" for f in found), found


def test_the_party_a_waived_penalty_was_imposed_on(nlp: Any) -> None:
    text = "The Kenyan regulator waived the penalty it had imposed on Tanzania last year."
    found = parties(events_of(nlp, text), "CONCEDE")
    assert any(f[3] == "TZA" for f in found), found


def test_without_eased_measure_party_no_recipient(nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "eased_measure_party")
    found = parties(events_of(nlp, EASED), "CONCEDE")
    assert all(f[3] != "JPN" for f in found), found


def test_a_date_after_an_eased_measure_is_no_party(nlp: Any) -> None:
    text = "The council lifted the curfew on Sunday."
    events = events_of(nlp, text)
    assert all("eased_measure_party" not in r for r in _rules(events, "CONCEDE")), events


# ------------------------------------------------------------------ staged_near

STAGED = "Turkey massed warships and submarines around Cyprus ahead of the talks."


def test_the_country_forces_gather_around_is_the_target(nlp: Any) -> None:
    events = events_of(nlp, STAGED)
    found = parties(events, "MOBILIZE")
    assert any(f[1] == "TUR" and f[3] == "CYP" for f in found), found
    assert any("staged_near" in r for r in _rules(events, "MOBILIZE")), events


def test_drills_in_a_place_near_a_country(nlp: Any) -> None:
    text = "India held naval drills in waters near Sri Lanka on Monday."
    found = parties(events_of(nlp, text), "MOBILIZE")
    assert any(f[3] == "LKA" for f in found), found


def test_without_staged_near_no_target(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "staged_near")
    found = parties(events_of(nlp, STAGED), "MOBILIZE")
    assert all(f[3] != "CYP" for f in found), found


def test_drills_near_a_home_town_aim_at_nobody(nlp: Any) -> None:
    text = "Russia held naval drills near Vladivostok."
    events = events_of(nlp, text)
    assert all("staged_near" not in r for r in _rules(events, "MOBILIZE")), events


# ------------------------------------------------------------------ rivalry_party

RIVALRY = "Peru called up reservists as tensions with Ecuador grew."


def test_the_other_side_of_a_quarrel_is_the_target(nlp: Any) -> None:
    events = events_of(nlp, RIVALRY)
    found = parties(events, "MOBILIZE")
    assert any(f[1] == "PER" and f[3] == "ECU" for f in found), found
    assert any("rivalry_party" in r for r in _rules(events, "MOBILIZE")), events


def test_a_dispute_with_a_country_over_an_alert(nlp: Any) -> None:
    text = "Bolivia put its army on alert over the water dispute with Chile."
    found = parties(events_of(nlp, text), "MOBILIZE")
    assert any(f[3] == "CHL" for f in found), found


def test_without_rivalry_party_no_target(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "rivalry_party")
    found = parties(events_of(nlp, RIVALRY), "MOBILIZE")
    assert all(f[3] != "ECU" for f in found), found


def test_a_quarrel_in_another_clause_is_not_the_mobilizations(nlp: Any) -> None:
    text = "Peru called up reservists, and officials said the dispute with Ecuador was over."
    events = events_of(nlp, text)
    assert all("rivalry_party" not in r for r in _rules(events, "MOBILIZE")), events


# ------------------------------------------------------------------ insurgent_home_place

INSURGENTS = "Boko Haram fighters stormed a school in Maiduguri on Tuesday."


def test_a_town_an_armed_group_attacks_at_home_is_its_states(nlp: Any) -> None:
    events = events_of(nlp, INSURGENTS)
    found = parties(events, "ASSAULT")
    assert any(f[1] == "NGA" and f[3] == "NGA" for f in found), found
    assert any("insurgent_home_place" in r for r in _rules(events, "ASSAULT")), events


def test_without_insurgent_home_place_no_state(nlp: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "insurgent_home_place")
    found = parties(events_of(nlp, INSURGENTS), "ASSAULT")
    assert all(f[3] != "NGA" for f in found), found


def test_a_states_own_town_stays_its_people(nlp: Any) -> None:
    text = "The Nigerian army shelled a market in Maiduguri."
    events = events_of(nlp, text)
    assert all("insurgent_home_place" not in r for r in _rules(events, "ASSAULT")), events


# ------------------------------------------------------------------ sought_by_party

SOUGHT = "Lisbon refused to extradite a banker wanted by Brasilia."


def test_who_wants_the_one_refused_is_the_recipient(nlp: Any) -> None:
    events = events_of(nlp, SOUGHT)
    found = parties(events, "REJECT")
    assert any(f[1] == "PRT" and f[3] == "BRA" for f in found), found
    assert any("sought_by_party" in r for r in _rules(events, "REJECT")), events


def test_the_seeker_replaces_the_one_to_be_handed_over(nlp: Any) -> None:
    text = "Mexico refused to extradite a former army general wanted by Washington."
    found = parties(events_of(nlp, text), "REJECT")
    assert found and all(f[3] == "USA" for f in found), found


def test_without_sought_by_party_no_such_rule(nlp: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "sought_by_party")
    events = events_of(nlp, SOUGHT)
    assert all("sought_by_party" not in r for r in _rules(events, "REJECT")), events


def test_a_participle_of_another_verb_names_no_seeker(nlp: Any) -> None:
    text = "Lisbon refused to extradite a banker arrested by local police."
    events = events_of(nlp, text)
    assert all("sought_by_party" not in r for r in _rules(events, "REJECT")), events


# ------------------------------------------------------------------ requested_session

SESSION = "Jordan requested an urgent session of the Arab League on Sunday."


def test_the_body_whose_session_is_requested_is_asked(nlp: Any) -> None:
    events = events_of(nlp, SESSION)
    found = parties(events, "REQUEST")
    assert any(f[1] == "JOR" and f[2] == "Arab League" for f in found), found
    assert any("requested_session" in r for r in _rules(events, "REQUEST")), events


def test_without_requested_session_no_body(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "requested_session")
    found = parties(events_of(nlp, SESSION), "REQUEST")
    assert all(f[2] != "Arab League" for f in found), found


def test_a_request_for_another_thing_asks_no_body(nlp: Any) -> None:
    text = "Jordan requested an urgent delivery of tents from the Arab League."
    events = events_of(nlp, text)
    assert all("requested_session" not in r for r in _rules(events, "REQUEST")), events


# ------------------------------------------------------------------ named_region_town

REGION = "Russian drones hit a fuel depot in the Odesa region overnight."


def test_a_region_named_for_its_town_is_in_its_country(nlp: Any) -> None:
    found = parties(events_of(nlp, REGION), "ASSAULT")
    assert any(f[1] == "RUS" and f[3] == "UKR" for f in found), found


def test_without_named_region_town_no_state(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "named_region_town")
    found = parties(events_of(nlp, REGION), "ASSAULT")
    assert all(f[3] != "UKR" for f in found), found


# ------------------------------------------------------------------ munition_place

MUNITION = "Syrian jets dropped bombs on a village in Lebanon."


def test_what_a_munition_was_dropped_on_was_hit(nlp: Any) -> None:
    events = events_of(nlp, MUNITION)
    found = parties(events, "ASSAULT")
    assert any(f[1] == "SYR" and f[3] == "LBN" for f in found), found
    assert any("munition_place" in r for r in _rules(events, "ASSAULT")), events


def test_the_munition_itself_is_no_place(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "munition_place")
    events = events_of(nlp, MUNITION)
    assert all("munition_place" not in r for r in _rules(events, "ASSAULT")), events


def test_another_object_keeps_its_own_place(nlp: Any) -> None:
    text = "Syrian jets bombed a village in Lebanon."
    events = events_of(nlp, text)
    assert all("munition_place" not in r for r in _rules(events, "ASSAULT")), events
