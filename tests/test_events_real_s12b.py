"""Rules of session 12 (evreal7), written after classifying the misses of a second set of real
ECB+ articles (tests/data/ecb_events_dev2: an election, two hit-and-run cases, three murder
trials), each tested on sentences we wrote: a violent crime laid at a person's door with no
accuser named is the prosecution's charge; a demonym that tells a person's origin does not make
the story's country; the AP abbreviation of a US state after a town names the US; police
'apprehend' a suspect. Each switchable rule is also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, rules_off
from newsweave.model import Event

pytestmark = pytest.mark.slow


def parties(events: list[Event], etype: str) -> list[tuple[Any, ...]]:
    """(actor name, actor country, actor sector, recipient name) of each event of one type."""
    return [(e.actor.name if e.actor else None, e.actor.country if e.actor else None,
             e.actor.sector if e.actor else None, e.recipient.name if e.recipient else None)
            for e in events if e.type == etype]


# ------------------------------------------------------ accused of a crime: the prosecution

ACCUSED = ("Dana Whitlock of Toledo, Ohio, is accused of fatally stabbing her neighbour "
           "Carl Emmet last spring.")


def test_an_accusation_of_killing_with_no_accuser_is_the_states_charge(nlp: Any) -> None:
    found = parties(events_of(nlp, ACCUSED), "ACCUSE")
    assert ("United States", "USA", "JUD", "Dana Whitlock") in found, found


def test_accused_in_a_death_noun_too(nlp: Any) -> None:
    text = "The trial opened in Ohio of a Toledo teenager accused in the beating death of a clerk."
    found = parties(events_of(nlp, text), "ACCUSE")
    assert found and found[0][:3] == ("United States", "USA", "JUD"), found


def test_without_accused_of_crime_the_accuser_stays_unknown(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "accused_of_crime")
    found = parties(events_of(nlp, ACCUSED), "ACCUSE")
    assert found and all(f[0] is None for f in found), found


def test_a_state_accused_of_killings_is_not_charged_by_a_court(nlp: Any) -> None:
    found = parties(events_of(nlp, "Ruritania was accused of killing civilians near the "
                                   "border with Freedonia."), "ACCUSE")
    assert all(f[2] != "JUD" for f in found), found


def test_an_accusation_of_no_violent_crime_keeps_no_accuser(nlp: Any) -> None:
    found = parties(events_of(nlp, "The Ohio mayor was accused of lying to voters."), "ACCUSE")
    assert all(f[2] != "JUD" for f in found), found


# ------------------------------------------------------------ a demonym of a person's origin

IMMIGRANT = "Police arrested a Polish immigrant in Springfield on Friday."


def test_a_demonym_of_origin_does_not_make_the_story_country(nlp: Any) -> None:
    found = parties(events_of(nlp, IMMIGRANT), "COERCE")
    assert found and found[0][1] != "POL", found


def test_without_origin_demonym_the_immigrant_country_is_the_story(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "origin_demonym")
    found = parties(events_of(nlp, IMMIGRANT), "COERCE")
    assert found and found[0][1] == "POL", found


def test_a_plain_demonym_still_makes_the_story_country(nlp: Any) -> None:
    found = parties(events_of(nlp, "Police arrested a Polish man on Friday."), "COERCE")
    assert found and found[0][1] == "POL", found


# ---------------------------------------------------- the AP abbreviation of a US state

def test_a_state_abbreviation_after_a_town_names_the_us(nlp: Any) -> None:
    text = "Lena Marsh, 31, of Springfield, Ill., was charged with arson on Monday."
    found = parties(events_of(nlp, text), "ACCUSE")
    assert found and found[0][1] == "USA", found


def test_state_abbreviations_are_us_subdivisions() -> None:
    from newsweave.extract.gazetteer import subdivision_country

    assert subdivision_country("Ark.") == subdivision_country("N.Y.") == "USA"
    assert subdivision_country("NY") is None  # only the AP spelling with its full stops


# -------------------------------------------------------------------- police apprehend

def test_police_apprehend_a_suspect(nlp: Any) -> None:
    found = parties(events_of(nlp, "Deputies in Ohio apprehended the suspect after a chase."),
                    "COERCE")
    assert found, found


# ------------------------------------------------------------- a charge a person faces

FACES = "Dana Whitlock, of Toledo, Ohio, now faces a murder charge."


def test_a_person_faces_the_states_charge(nlp: Any) -> None:
    found = parties(events_of(nlp, FACES), "ACCUSE")
    assert ("United States", "USA", "JUD", "Dana Whitlock") in found, found


def test_without_faced_charge_no_accuser_is_found(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "faced_charge")
    assert not [f for f in parties(events_of(nlp, FACES), "ACCUSE") if f[2] == "JUD"]


def test_a_state_facing_charges_gets_no_court_accuser(nlp: Any) -> None:
    found = parties(events_of(nlp, "Ruritania faces charges of genocide at the court in "
                                   "The Hague."), "ACCUSE")
    assert all(f[2] != "JUD" for f in found), found


def test_facing_criticism_is_no_charge(nlp: Any) -> None:
    found = events_of(nlp, "The mayor of Toledo, Ohio, faced criticism from voters.")
    assert all(e.actor is None or e.actor.sector != "JUD" for e in found), found


# ------------------------------------------------------------ a criminal record of convictions

def test_prior_convictions_are_a_sanction_the_holder_underwent(nlp: Any) -> None:
    found = parties(events_of(nlp, "According to court records in Ohio, Dana Whitlock has "
                                   "three prior DUI convictions."), "SANCTION")
    assert ("United States", "USA", "JUD", "Dana Whitlock") in found, found


def test_a_conviction_that_is_a_belief_is_no_sanction(nlp: Any) -> None:
    found = events_of(nlp, "Ohio voters share the conviction that taxes are too high.")
    assert not [e for e in found if e.type == "SANCTION"], found


# ---------------------------------------------------------- dismissed as a sham: an accusation

def test_dismissing_an_election_as_a_sham_accuses(nlp: Any) -> None:
    found = events_of(nlp, "Voters in Ruritania cast ballots in an election dismissed by "
                           "critics as a sham.")
    assert [e for e in found if e.type == "ACCUSE" and e.actor and e.actor.name == "critics"]


def test_dismissing_a_proposal_as_premature_stays_a_rejection(nlp: Any) -> None:
    found = events_of(nlp, "The Ruritanian minister dismissed the proposal as premature.")
    assert [e.type for e in found] == ["REJECT"], found


# ------------------------------------------------- a namesake town does not outvote sure places

QUEENS = ("A woman was hit by a car in Queens near Richmond Hill on Friday. Police arrested "
          "the driver, Tom Reed.")


def test_a_namesake_town_defers_to_the_places_of_one_country(nlp: Any) -> None:
    found = parties(events_of(nlp, QUEENS), "COERCE")
    assert found and found[0][1] == "USA", found


def test_without_namesake_town_defers_the_story_has_no_country(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "namesake_town_defers")
    found = parties(events_of(nlp, QUEENS), "COERCE")
    assert found and found[0][1] != "USA", found
