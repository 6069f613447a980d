"""Events of session 22 (evquote20, issue 11). An invitation to talks or a visit is a meeting
still to come (rule invited_planned: planned, not asserted); a speaker who says a named party
botched something, broke its promises, exceeded its powers or silenced its critics accuses
that party (rule judged_party, the lexicon class
condemned_act_verb). Every sentence here is made up. Each rule is switched off once to show
the test depends on it, and look-alikes (praise, neutral uses of the same verbs,
self-criticism, questions, negated or supposed wrongs, the writer's own words) must stay
without the event."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("invited_planned", "judged_party")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def consults(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "CONSULT"]


# rule invited_planned: (made-up sentence, a word of the inviter's name)
INVITATIONS = [
    ("The Swiss foreign minister invited both delegations to talks in Geneva.", "Switzerland"),
    ("The Ghanaian president invited opposition leaders to meet him in Accra.", "Ghana"),
    ("The Omani sultan invited the two sides back to Muscat.", "sultan"),
]


@pytest.mark.parametrize(("text", "inviter"), INVITATIONS)
def test_an_invitation_is_a_planned_meeting(nlp: Any, text: str, inviter: str) -> None:
    found = consults(events_of(nlp, text))
    assert found and all(e.modality == "planned" for e in found), found
    assert any(e.actor is not None and inviter in e.actor.name for e in found), found
    assert all("invited_planned" in e.rules for e in found if e.modality_cue == "invited")


@pytest.mark.parametrize(("text", "inviter"), INVITATIONS[:2])
def test_invited_planned_is_what_makes_it_planned(nlp: Any, ablated: Any, text: str,
                                                  inviter: str) -> None:
    ablated("invited_planned")
    found = consults(events_of(nlp, text))
    assert found and all(e.modality == "asserted" for e in found), found


@pytest.mark.parametrize("text", [
    "The Swiss foreign minister did not invite the rebels to talks in Geneva.",
    "The Swiss foreign minister held talks with the rebels in Geneva.",
])
def test_a_refused_invitation_or_talks_held_stay_as_they_are(nlp: Any, text: str) -> None:
    assert all(e.modality != "planned" or "invited_planned" not in e.rules
               for e in events_of(nlp, text))


# rule judged_party: (made-up sentence, a word of the accuser's name, of the accused's)
JUDGED = [
    ("\"Moldova has broken every promise it made,\" the Romanian foreign minister said.",
     "Romania", "Moldova"),
    ("The opposition leader said the ruling party had botched the census.",
     "opposition leader", "ruling party"),
    ("The senator said the government had tried to silence its critics.", "senator",
     "government"),
    ("The Czech president said Slovakia had overstepped its mandate.", "Czech", "Slovakia"),
    ("\"The Senate has exceeded its authority,\" the Mexican president said.", "Mexico",
     "Senate"),
]


def accusations(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "accuser", "accused"), JUDGED)
def test_a_judged_act_accuses_its_doer(nlp: Any, text: str, accuser: str,
                                       accused: str) -> None:
    found = accusations(events_of(nlp, text))
    assert any(e.actor is not None and accuser in e.actor.name and e.recipient is not None
               and accused in e.recipient.name and "judged_party" in e.rules
               for e in found), found


@pytest.mark.parametrize(("text", "accuser", "accused"), JUDGED)
def test_judged_party_is_what_gives_it(nlp: Any, ablated: Any, text: str, accuser: str,
                                       accused: str) -> None:
    ablated("judged_party")
    assert not accusations(events_of(nlp, text))


@pytest.mark.parametrize("text", [
    # neutral senses of the same verbs
    "The Kenyan coach said the Ethiopian runner had broken the world record.",
    "Exports exceeded forecasts, the Dutch trade minister said.",
    "The Austrian chancellor said the talks with Hungary had failed.",
    "The Brazilian coach said Argentina had broken the deadlock in the second half.",
    # self-criticism, a wrong negated, supposed or asked, and the writer's own words
    "\"We have botched the rollout,\" the Irish prime minister said.",
    "The Greek minister denied that Turkey had botched the talks.",
    "The union leader said the company would botch the merger if it cut staff.",
    "Did the government bungle the census, the senator asked?",
    "The government has bungled the census.",
    "The Swedish minister believes Norway has botched the border checks.",
    # praise
    "The French minister said the German plan was a great success.",
])
def test_a_look_alike_accuses_nobody(nlp: Any, text: str) -> None:
    assert not [e for e in accusations(events_of(nlp, text)) if "judged_party" in e.rules]


# rule nested_by_agent: (made-up sentence, type, a word of the doer's name, of the patient's)
NESTED_BY = [
    ("Two activists were accused of spying by the military government.", "ACCUSE",
     "government", "activists"),
    ("The journalist was arrested on charges of treason by military police.", "COERCE",
     "police", "journalist"),
]


@pytest.mark.parametrize(("text", "etype", "doer", "patient"), NESTED_BY)
def test_a_by_phrase_on_the_charge_names_the_doer(nlp: Any, text: str, etype: str, doer: str,
                                                  patient: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.actor is not None and doer in e.actor.name and "nested_by_agent" in
               e.actor.rules and e.recipient is not None and patient in e.recipient.name
               for e in found), found


@pytest.mark.parametrize(("text", "etype", "doer", "patient"), NESTED_BY)
def test_nested_by_agent_is_what_names_the_doer(nlp: Any, ablated: Any, text: str, etype: str,
                                                doer: str, patient: str) -> None:
    ablated("nested_by_agent")
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert found and not any(e.actor is not None and doer in e.actor.name for e in found)


@pytest.mark.parametrize("text", [
    "The driver was injured in a crash by the river.",
    "The mayor was accused of bribery by the opposition party.",
])
def test_a_place_or_an_own_agent_is_not_a_nested_doer(nlp: Any, text: str) -> None:
    assert not any(e.actor is not None and "nested_by_agent" in e.actor.rules
                   for e in events_of(nlp, text))
