"""Rules of session 16 (evreal12), written after counting why recipients were missing or wrong
in the development sets and the made-up political set fresh12dev: an answer to an act told
before answers its maker ('rejected the protest'); a bare 'the army' is the organ an earlier
mention qualified ('the Chadian army'); police acts of crowd control are done to the
protesters told just before; tear gas fired is an attack. Each tested on sentences we wrote,
each switchable rule also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off
from newsweave.model import Event

pytestmark = pytest.mark.slow


# --------------------------------------------------------------- answered_act

DEMAND = ("The miners' union asked the cabinet to raise wages by a fifth. "
          "The cabinet refused that request a week later.")
PROTEST = ("Peru lodged a formal protest with Chile over the seized trawlers on Monday. "
           "Chile rejected the protest on Tuesday.")
INVITED = ("Prime Minister Ana Vell invited the teachers' union to talks on Monday. "
           "The union refused to attend.")


def test_a_refused_request_answers_who_asked(nlp: Any) -> None:
    found = parties(events_of(nlp, DEMAND), "REJECT")
    assert found and found[0][2] == "union", found


def test_a_rejected_protest_answers_the_protesting_state(nlp: Any) -> None:
    found = parties(events_of(nlp, PROTEST), "REJECT")
    assert ("Chile", "CHL", "Peru", "PER") in found, found


def test_a_refusal_to_attend_answers_the_inviter(nlp: Any) -> None:
    found = parties(events_of(nlp, INVITED), "REJECT")
    assert found and found[0][2] == "Ana Vell", found


def test_an_answer_to_an_act_never_told_keeps_no_recipient(nlp: Any) -> None:
    found = parties(events_of(nlp, "Chile rejected the protest on Tuesday."), "REJECT")
    assert found and all(f[2] is None for f in found), found


def test_an_answer_named_with_its_maker_is_left_to_the_other_rules(nlp: Any) -> None:
    text = ("Peru lodged a formal protest with Chile on Monday. "
            "Chile rejected the demand by Bolivia on Tuesday.")
    found = parties(events_of(nlp, text), "REJECT")
    assert all(f[2] != "Peru" for f in found), found


def test_without_answered_act_the_refusal_has_no_recipient(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "answered_act")
    found = parties(events_of(nlp, DEMAND), "REJECT")
    assert found and all(f[2] is None for f in found), found


# ------------------------------------------------------------ qualified_organ

MEDIATED = ("A truce between the Chadian army and the rebel Liberation Front was brokered last "
            "week by the United States, whose envoy has been to the region twice. The United "
            "States also pledged food aid. The army blamed the Liberation Front for shelling a "
            "market.")


def test_a_bare_army_is_the_army_named_earlier(nlp: Any) -> None:
    found = parties(events_of(nlp, MEDIATED), "ACCUSE")
    assert found and found[0][1] == "TCD", found


def test_a_bare_army_after_two_named_armies_is_not_guessed_from_them(nlp: Any) -> None:
    text = ("Chadian and Sudanese troops clashed at the border on Monday. Chad's president "
            "spoke to reporters. The troops later blamed smugglers for the clash.")
    found = parties(events_of(nlp, text), "ACCUSE")
    assert all(f[1] != "SDN" for f in found), found


def test_without_qualified_organ_the_story_country_is_lent(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "qualified_organ")
    found = parties(events_of(nlp, MEDIATED), "ACCUSE")
    assert found and found[0][1] != "TCD", found


# ------------------------------------------------------- dispersed_protesters

SIT_IN = ("Relatives of the jailed students staged a sit-in outside the ministry on Tuesday. "
          "Police dispersed them with tear gas after two hours.")


def test_police_dispersing_them_disperse_the_sit_in(nlp: Any) -> None:
    found = [f for etype in ("COERCE", "ASSAULT") for f in parties(events_of(nlp, SIT_IN), etype)]
    assert any(f[2] == "relatives" for f in found), found


def test_tear_gas_with_no_protest_near_keeps_no_recipient(nlp: Any) -> None:
    text = ("Relatives of the jailed students staged a sit-in outside the ministry on Tuesday. "
            "The minister met the rector on Wednesday. Parliament passed the budget on Thursday. "
            "The city council met on Friday. Police fired tear gas to clear a square later.")
    found = parties(events_of(nlp, text), "ASSAULT")
    assert all(f[2] != "relatives" for f in found), found


def test_without_dispersed_protesters_them_is_not_the_relatives(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "dispersed_protesters")
    found = [f for etype in ("COERCE", "ASSAULT") for f in parties(events_of(nlp, SIT_IN), etype)]
    assert all(f[2] != "relatives" for f in found), found


# ----------------------------------------------------- tear gas fired (lexicon)

def test_tear_gas_fired_to_clear_a_road_is_an_attack(nlp: Any) -> None:
    text = ("Farmers blocked the highway near the capital with tractors on Monday, and "
            "police fired tear gas to clear them.")
    found = parties(events_of(nlp, text), "ASSAULT")
    assert any(f[2] == "farmers" for f in found), found


# ------------------------------------------------------- quantified_partitive

PARTITIVE = ("Supporters of the governor blocked the main road on Wednesday. "
             "Several of them were arrested.")


def test_several_of_them_arrested_are_the_supporters(nlp: Any) -> None:
    found = parties(events_of(nlp, PARTITIVE), "COERCE")
    assert found and found[0][2] == "supporters", found


def test_without_quantified_partitive_several_of_them_are_nobody(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "quantified_partitive")
    found = parties(events_of(nlp, PARTITIVE), "COERCE")
    assert all(f[2] != "supporters" for f in found), found


# --------------------------------------------------------- undergone_act_doer

DETAINED = ("Police detained the union leader Juan Mora at a roadblock on Sunday. "
            "Local lawmakers condemned his detention.")


def test_condemning_his_detention_accuses_the_police(nlp: Any) -> None:
    found = parties(events_of(nlp, DETAINED), "ACCUSE")
    assert found and found[0][2] == "police", found


def test_condemning_a_detention_told_nowhere_accuses_not_the_detainee(nlp: Any) -> None:
    text = ("Juan Mora, the union leader, was held for ten hours. "
            "Local lawmakers condemned his detention.")
    found = parties(events_of(nlp, text), "ACCUSE")
    assert found and all(f[2] != "Juan Mora" for f in found), found


def test_without_undergone_act_doer_the_detainee_is_accused(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "undergone_act_doer")
    found = parties(events_of(nlp, DETAINED), "ACCUSE")
    assert found and found[0][2] == "Juan Mora", found


# ------------------------------------------- expressed_noun, faulted_clause_subject

DISMAY = "The European Union expressed dismay that Serbia had not handed over the suspects."


def test_dismay_that_a_state_did_not_act_accuses_it(nlp: Any) -> None:
    found = parties(events_of(nlp, DISMAY), "ACCUSE")
    assert ("European Union", None, "Serbia", "SRB") in found, found


def test_a_feared_happening_faults_nobody(nlp: Any) -> None:
    text = "The European Union expressed concern that the violence could spread."
    found = parties(events_of(nlp, text), "ACCUSE")
    assert all(f[2] is None for f in found), found


def test_without_expressed_noun_dismay_taken_for_a_verb_tells_nothing(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "expressed_noun")
    assert not parties(events_of(nlp, DISMAY), "ACCUSE")


def test_without_faulted_clause_subject_the_dismay_has_no_recipient(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "faulted_clause_subject")
    found = parties(events_of(nlp, DISMAY), "ACCUSE")
    assert found and all(f[2] is None for f in found), found


# ------------------------------------------------ freed_nouns (undergone_act_doer)

RETURN = ("Kyrgyz border guards detained two Tajik soldiers on Sunday. "
          "Tajikistan demanded their immediate return.")


def test_a_demand_for_their_return_is_made_of_the_detainers(nlp: Any) -> None:
    found = parties(events_of(nlp, RETURN), "REQUEST")
    assert found and found[0][3] == "KGZ", found


RELEASE = ("Gunmen from the Liberation Front abducted two Chadian engineers on Monday. "
           "Chad demanded the release of the engineers.")


def test_a_demand_for_their_release_is_made_of_the_abductors(nlp: Any) -> None:
    found = parties(events_of(nlp, RELEASE), "REQUEST")
    assert found and found[0][2] == "gunmen", found


def test_without_undergone_act_doer_the_release_is_asked_of_the_engineers(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "undergone_act_doer")
    found = parties(events_of(nlp, RELEASE), "REQUEST")
    assert found and all(f[2] != "gunmen" for f in found), found


# ------------------------------------------------------------- nested_demonym

GUARDS = "Kyrgyz border guards detained two Tajik soldiers on Sunday."


def _guards(events: list[Event]) -> list[tuple[Any, ...]]:
    return [(e.actor.country, e.actor.country_inferred) for e in events
            if e.type == "COERCE" and e.actor is not None]


def test_a_demonym_on_a_compound_names_the_guards_country(nlp: Any) -> None:
    found = _guards(events_of(nlp, GUARDS))
    assert found == [("KGZ", False)], found


def test_without_nested_demonym_the_guards_country_is_not_stated(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "nested_demonym")
    found = _guards(events_of(nlp, GUARDS))
    assert found and found != [("KGZ", False)], found


# ---------------------------------------------------------- office_appos_name

GOVERNOR = "Police in Nairobi arrested the governor, Samuel Kiprop, at his home on Wednesday."


def test_an_office_with_its_holder_named_beside_it_is_the_holder(nlp: Any) -> None:
    found = parties(events_of(nlp, GOVERNOR), "COERCE")
    assert found and found[0][2] == "Samuel Kiprop", found


def test_without_office_appos_name_the_office_is_the_state(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "office_appos_name")
    found = parties(events_of(nlp, GOVERNOR), "COERCE")
    assert found and found[0][2] != "Samuel Kiprop", found


# ---------------------------------------------------------- on_strike_subject

STRIKE = "Teachers in Lima went on strike on Monday."


def test_who_went_on_strike_is_the_subject(nlp: Any) -> None:
    found = parties(events_of(nlp, STRIKE), "PROTEST")
    assert found and found[0][0] == "teachers", found


def test_without_on_strike_subject_the_strikers_are_anonymous(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "on_strike_subject")
    found = parties(events_of(nlp, STRIKE), "PROTEST")
    assert found and found[0][0] != "teachers", found


# ------------------------------------------------------------------ blamed_on

BLAMED = "Israel blamed the attack on Hamas."


def test_a_wrong_blamed_on_a_party_accuses_it(nlp: Any) -> None:
    found = parties(events_of(nlp, BLAMED), "ACCUSE")
    assert found and found[0][2] == "Hamas", found


def test_a_wrong_blamed_on_its_payer_accuses_the_payer(nlp: Any) -> None:
    text = "The interior minister blamed the unrest on agitators paid by the opposition."
    found = parties(events_of(nlp, text), "ACCUSE")
    assert found and found[0][2] == "opposition", found


def test_blamed_on_a_day_accuses_nobody(nlp: Any) -> None:
    found = parties(events_of(nlp, "Officials blamed the delay on Tuesday's storm."), "ACCUSE")
    assert all(f[2] is None for f in found), found


def test_without_blamed_on_the_blamed_party_is_missed(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "blamed_on")
    found = parties(events_of(nlp, BLAMED), "ACCUSE")
    assert found and all(f[2] != "Hamas" for f in found), found


def test_one_of_the_hostages_released_is_of_the_hostages(nlp: Any) -> None:
    found = parties(events_of(nlp, "On Monday the kidnappers released one of the hostages."),
                    "RETREAT")
    assert found and found[0][2] == "hostages", found
