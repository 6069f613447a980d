"""Recipients of wire events, round two (session 24b, evwire24b); the sentences are made up.
An invitation whose inviter is not named is answered to the state that hosts what it is to;
an accusation or inquiry noun's own 'into'/'against' phrase names its other party, also when
that party is named by a common noun only; a fire set to a place hits the state it is in; an
attack around or near a named place hits the state that place is in; a place a hyphened
participle says a state holds ('X-controlled') is that state's; a thing judged answers for its
owner named by a common noun, and an office facing abroad does not make the organ it faults
its own state's. Each switchable rule is
switched off once to show the test depends on it, and each has a reading it must leave alone
next to it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.extract.lexicon import argument_words

RULES = ("invitation_host", "accused_noun_party", "set_fire_place", "attacked_vicinity",
         "held_by_state", "judged_thing_owner", "outward_not_domestic")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def test_the_rule_words_are_lexicon_data() -> None:
    assert "invitation" in argument_words()["invitation_nouns"]
    assert "into" in argument_words()["accused_noun_preps"]
    assert "fire" in argument_words()["arson_nouns"]
    assert "around" in argument_words()["vicinity_preps"]
    assert "controlled" in argument_words()["holding_participles"]


# ------------------------------------------------------------------ an invitation's host

HOSTED = [
    ("Peru declined an invitation to the fisheries summit in Chile.", "REJECT", "CHL"),
    ("Kenya turned down an invitation to the river forum in Cairo.", "REJECT", "EGY"),
    ("India accepted an invitation to the solar conference in Brazil.", "AGREE", "BRA"),
]


@pytest.mark.parametrize(("text", "etype", "host"), HOSTED)
def test_an_invitation_is_answered_to_the_host_state(
        nlp: Any, ablated: Any, text: str, etype: str, host: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.recipient is not None and e.recipient.country == host and
               "invitation_host" in e.recipient.rules for e in events), events
    ablated("invitation_host")
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert not any(e.recipient is not None and e.recipient.country == host for e in events)


NOT_HOSTED = [
    # the inviter is named: it is the party, not the host
    ("Peru declined an invitation from Argentina to the fisheries summit in Chile.", "CHL"),
    ("Peru declined Argentina's invitation to the fisheries summit in Chile.", "CHL"),
    # a gathering in the actor's own capital has no other side
    ("Peru declined an invitation to the fisheries forum in Lima.", "PER"),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_HOSTED)
def test_a_named_inviter_or_an_own_host_is_no_host_target(
        nlp: Any, text: str, wrong: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert events, text
    assert not any(e.recipient is not None and e.recipient.country == wrong and
                   "invitation_host" in e.recipient.rules for e in events), events


def test_a_gathering_in_no_named_state_has_no_host(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "The mayor declined an invitation to the gala in "
                                        "the old town.") if e.type == "REJECT"]
    assert all(e.recipient is None for e in events), events


# ------------------------------------------------------------- an inquiry into an unnamed party

INQUIRIES = [
    ("Peru's anti-fraud agency opened an investigation into the former transport minister.",
     "transport minister"),
    ("Peruvian prosecutors launched a probe into the former mayor of Cusco.", "mayor"),
]


@pytest.mark.parametrize(("text", "name"), INQUIRIES)
def test_an_inquiry_names_its_unnamed_party(
        nlp: Any, ablated: Any, text: str, name: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert any(e.recipient is not None and e.recipient.name == name and
               "accused_noun_party" in e.recipient.rules for e in events), events
    ablated("accused_noun_party")
    events = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert not any(e.recipient is not None and e.recipient.name == name for e in events)


def test_an_inquiry_into_a_thing_names_no_party(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "The Peruvian regulator opened an inquiry into the "
                                        "fire at the plant.") if e.type == "ACCUSE"]
    assert events
    assert all(e.recipient is None for e in events), events


# ------------------------------------------------------------------ a fire set to a place

ARSON = [
    ("Unknown vandals set fire to a chapel in the Norwegian town of Molde overnight.", "NOR"),
    ("Vandals set fire to a warehouse in southern Chile.", "CHL"),
]


@pytest.mark.parametrize(("text", "state"), ARSON)
def test_a_fire_set_to_a_place_hits_its_state(
        nlp: Any, ablated: Any, text: str, state: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert any(e.recipient is not None and e.recipient.country == state and
               "set_fire_place" in e.recipient.rules for e in events), events
    ablated("set_fire_place")
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert not any(e.recipient is not None and e.recipient.country == state for e in events)


def test_a_fire_set_in_the_attackers_own_state_names_no_state(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "Chilean protesters set fire to the parliament "
                                        "building in Santiago.") if e.type == "ASSAULT"]
    assert events
    assert not any("set_fire_place" in (e.recipient.rules if e.recipient else [])
                   for e in events), events


# ------------------------------------------------------------- an attack near a named place

VICINITY = [
    ("Russian drones struck power stations around Kharkiv overnight.", "UKR"),
    ("Ukrainian drones hit a fuel depot outside Belgorod overnight.", "RUS"),
]


@pytest.mark.parametrize(("text", "state"), VICINITY)
def test_an_attack_near_a_named_place_hits_its_state(
        nlp: Any, ablated: Any, text: str, state: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert any(e.recipient is not None and e.recipient.country == state and
               "attacked_vicinity" in e.recipient.rules for e in events), events
    ablated("attacked_vicinity")
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert not any(e.recipient is not None and e.recipient.country == state for e in events)


def test_an_attack_near_a_common_noun_place_names_no_state(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "Chilean jets struck camps near the border.")
              if e.type == "ASSAULT"]
    assert events
    assert all(e.recipient is None or "attacked_vicinity" not in e.recipient.rules
               for e in events), events


# ------------------------------------------------------------ a place a stated state holds

def test_a_place_held_by_a_stated_state_is_that_states(nlp: Any, ablated: Any) -> None:
    text = "Azerbaijani troops shelled a farm in Armenian-controlled territory."
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert any(e.recipient is not None and e.recipient.country == "ARM" and
               "held_by_state" in e.recipient.rules for e in events), events
    ablated("held_by_state")
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert not any(e.recipient is not None and e.recipient.country == "ARM" for e in events)


def test_a_place_held_by_rebels_is_no_states(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "The army shelled a town in rebel-held territory.")
              if e.type == "ASSAULT"]
    assert events
    assert not any("held_by_state" in (e.recipient.rules if e.recipient else [])
                   for e in events), events


# ------------------------------------------------------- a judged thing's unnamed owner

OWNED = [
    ("The Bolivian president mocked the attorney general's inquiry as a stunt.", "ACCUSE",
     "attorney general"),
    ("The town council rejected the developer's plan for a casino.", "REJECT", "developer"),
]


@pytest.mark.parametrize(("text", "etype", "name"), OWNED)
def test_a_judged_thing_answers_for_its_unnamed_owner(
        nlp: Any, ablated: Any, text: str, etype: str, name: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.recipient is not None and e.recipient.name == name and
               "judged_thing_owner" in e.recipient.rules for e in events), events
    ablated("judged_thing_owner")
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert not any(e.recipient is not None and e.recipient.name == name for e in events)


def test_a_pronoun_or_a_day_owns_no_judged_thing(nlp: Any) -> None:
    for text in ("The union rejected last week's offer.", "The mayor criticised its plan."):
        events = events_of(nlp, text)
        assert events, text
        assert all(e.recipient is None for e in events), (text, events)


# ------------------------------------------------ an office facing abroad is not domestic

def test_an_envoy_faulting_an_organ_gives_it_no_country(nlp: Any, ablated: Any) -> None:
    text = "The Chilean ambassador condemned the host government's curbs on the press."
    events = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert events
    assert all(e.recipient is None or e.recipient.country != "CHL" for e in events), events
    ablated("outward_not_domestic")
    events = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert any(e.recipient is not None and e.recipient.country == "CHL" for e in events)


def test_a_domestic_party_faulting_an_organ_keeps_its_country(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "The Chilean opposition criticised the electoral "
                                        "commission.") if e.type == "ACCUSE"]
    assert any(e.recipient is not None and e.recipient.country == "CHL" for e in events)
