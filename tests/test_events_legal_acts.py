"""Court and crime reporting typed as PLOVER events (issue #11, evtypes session 8), each on
sentences we made up: a weapon pointed at someone threatens, a verdict of guilt convicts (a
court, judge or jury acts for its state), charges over a killing accuse, a participle
conjoined to a passive shares it, arrests told by nouns are the state's; and what is none: an
acquittal, something found, a finger pointed at a chart, an age read as a date."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow


def of_type(nlp: Any, text: str, etype: str, published: str = "2020-03-02") -> list[Event]:
    return [e for e in events_of(nlp, text, published) if e.type == etype]


def country(ref: Any) -> str | None:
    return ref.country if ref is not None else None


@pytest.mark.parametrize("text", [
    "A Serbian border guard pointed a rifle at two Canadian diplomats.",
    "Canadian police said Tremblay allegedly pointed a revolver at the officers.",
    "A Mexican gunman brandished a pistol outside the border post.",
])
def test_a_weapon_pointed_at_someone_threatens_force(nlp: Any, text: str) -> None:
    (event,) = of_type(nlp, text, "THREATEN")
    assert event.mode == "violence"


@pytest.mark.parametrize("text", [
    "The Canadian analyst pointed at the chart during the briefing.",
    "The French minister pointed to rising costs.",
    "Brazil aimed its new policy at small farmers.",
])
def test_pointing_at_a_thing_threatens_nobody(nlp: Any, text: str) -> None:
    assert not of_type(nlp, text, "THREATEN")


def test_a_jury_finding_a_defendant_guilty_convicts_him_for_its_state(nlp: Any) -> None:
    (event,) = of_type(nlp, "A jury in Canada found Marcel Tremblay guilty of fraud.",
                       "SANCTION")
    assert (country(event.actor), event.actor.sector) == ("CAN", "JUD")
    assert event.recipient is not None and event.recipient.name == "Marcel Tremblay"
    assert event.mode == "convict" and "court_subject" in event.rules


def test_a_verdict_after_deliberation_has_the_jury_as_its_actor(nlp: Any) -> None:
    text = ("A Canadian jury deliberated for six hours before finding Marcel Tremblay, "
            "27, guilty of fraud.")
    (event,) = of_type(nlp, text, "SANCTION", published="2019-05-10")
    assert country(event.actor) == "CAN"
    # "27" is his age, not the 27th of the month (after the article's date): no plan
    assert event.modality == "asserted" and event.date != "2019-05-27"


@pytest.mark.parametrize("text", [
    "A jury in Canada found Marcel Tremblay not guilty of fraud.",
    "Investigators in Canada found the weapon in a car.",
])
def test_an_acquittal_or_a_thing_found_is_no_conviction(nlp: Any, text: str) -> None:
    assert not of_type(nlp, text, "SANCTION")


@pytest.mark.parametrize("text", [
    "In Portugal, two police officers charged over the shooting will appear in court.",
    "A Portuguese soldier has been charged in the death of a student.",
])
def test_charged_over_or_in_a_killing_is_an_accusation_by_the_state(nlp: Any,
                                                                     text: str) -> None:
    (event,) = of_type(nlp, text, "ACCUSE")
    assert country(event.actor) == "PRT"


def test_a_charge_keeps_its_type_in_a_sentence_naming_a_baseball_bat(nlp: Any) -> None:
    text = ("In Canada, Tremblay was charged with murder, and his cousin was arrested for "
            "carrying a baseball bat, police said.")
    assert of_type(nlp, text, "ACCUSE") and of_type(nlp, text, "COERCE")


def test_a_charge_conjoined_to_an_arrest_shares_its_passive(nlp: Any) -> None:
    text = "In Canada, a week later, Marcel Tremblay was arrested and charged with the killing."
    (event,) = of_type(nlp, text, "ACCUSE")
    assert country(event.actor) == "CAN" and "shared_passive" in event.rules
    assert event.recipient is not None and event.recipient.name == "Marcel Tremblay"


def test_an_elliptical_passive_shares_the_auxiliary_of_its_head(nlp: Any) -> None:
    text = "In Chile, dozens of shops were looted and more than 100 people arrested."
    (event,) = of_type(nlp, text, "COERCE")
    # (shared_passive, or evargs' gapped passives, whichever comes first)
    assert country(event.actor) == "CHL"


@pytest.mark.parametrize("text", [
    "In Chile, over 40 arrests have been made since the protests began.",
    "Chilean police said the march ended quietly and there was one arrest.",
    "In Chile, these arrests are only the beginning.",
    "In Chile, the mayor resigned after his arrest.",
])
def test_arrests_told_by_a_noun_are_made_by_the_state(nlp: Any, text: str) -> None:
    (event,) = of_type(nlp, text, "COERCE")
    assert country(event.actor) == "CHL" and event.actor.sector in ("COP", "GOV")


def test_who_had_an_arrest_underwent_it(nlp: Any) -> None:
    (event,) = of_type(nlp, "In Chile, Pablo Rojas had a previous arrest for theft.",
                       "COERCE")
    assert country(event.actor) == "CHL"
    assert event.recipient is not None and event.recipient.name == "Pablo Rojas"


def test_years_in_detention_are_a_state_not_an_arrest_by_anyone(nlp: Any) -> None:
    text = "Chile released a Peruvian engineer after six years in detention."
    assert not [e for e in of_type(nlp, text, "COERCE") if e.actor is not None]


@pytest.mark.parametrize("text", [
    "In Chile, no arrests have been made so far.",
    "The Chilean journalist faces arrest if she returns.",
    "The Chilean journalist fled to avoid arrest.",
    "Chilean police issued a warrant for his arrest.",
    "The Chilean activist said he feared arrest.",
    "In Chile, the threat of arrest hangs over the protesters.",
])
def test_an_arrest_feared_avoided_or_denied_is_made_by_nobody(nlp: Any, text: str) -> None:
    assert not [e for e in of_type(nlp, text, "COERCE") if "state_act_noun" in e.rules]


@pytest.mark.parametrize("text", [
    "In Canada, prosecutors say Marcel Tremblay fired the shots that killed two men.",
    "Canadian police said Marcel Tremblay stabbed his neighbour.",
])
def test_a_prosecutor_or_the_police_telling_a_crime_accuse_its_doer(nlp: Any,
                                                                    text: str) -> None:
    (event,) = of_type(nlp, text, "ACCUSE")
    assert country(event.actor) == "CAN" and event.actor.sector in ("JUD", "COP")
    assert event.recipient is not None and event.recipient.name == "Marcel Tremblay"
    assert "legal_accuser" in event.rules


@pytest.mark.parametrize("text", [
    "In Canada, the mayor said Marcel Tremblay attacked the clerk.",
    "Canadian police said the storm killed two men.",
    "In Canada, prosecutors said the trial would begin in May.",
])
def test_others_telling_an_attack_or_the_police_telling_no_crime_accuse_nobody(
        nlp: Any, text: str) -> None:
    assert not of_type(nlp, text, "ACCUSE")


@pytest.mark.parametrize(("text", "etype"), [
    ("A Serbian gunman fired several shots outside the court.", "ASSAULT"),
    ("Serbian police fired warning shots near the border.", "THREATEN"),
])
def test_shots_fired_are_force_and_warning_shots_a_threat(nlp: Any, text: str,
                                                          etype: str) -> None:
    assert {e.type for e in events_of(nlp, text)} == {etype}


def test_a_coach_firing_his_assistant_fires_no_shot(nlp: Any) -> None:
    assert not events_of(nlp, "The Serbian coach fired his assistant.")
