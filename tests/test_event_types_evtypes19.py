"""Event types of session 22 (evtypes19, issue 11): acts that gave no event or another type.
A dative receives aid or a fine ('handed Moldova a loan', 'fined the carrier $2 million'), a
deposit placed with a bank is aid, captors free their captives and a party is freed from
custody, gunmen seizing people abduct them, shutting down a named party's office coerces it,
rockets fired at a place are an attack, the things of a salvo are its doers, blasting a party
over something is criticism, and an invitation to talks, a visit or a meeting is a CONSULT (the
meeting asked for is no second event); troops ordered or shifted to a place are mobilized, a
crowd or leaders gathering for a summit protest or consult, captives let go are released, aid
let in is access, students occupying a building protest, and things thrown at a person are an
assault. Every sentence here is made up. Each switchable rule is
switched off once to show the test depends on it, and every new sense has look-alikes that
must stay without it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("dative_party", "salvo_subject", "invited_meeting", "let_go", "said_of_wrong")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (made-up sentence, the type it must give, a word of its actor's name, of its recipient's)
TRUE_EVENTS = [
    ("The European Union handed Moldova a 500 million euro loan on Tuesday.", "AID",
     "European Union", "Moldova"),
    ("The aviation regulator fined the carrier $2 million over lost luggage.", "SANCTION",
     "regulator", "carrier"),
    ("Qatar placed a $2 billion deposit with Egypt's central bank.", "AID", "Qatar", "Egypt"),
    ("The pirates released the nine fishermen after a ransom was paid.", "RETREAT", "pirates",
     None),
    ("The rebels released 25 sailors on Sunday.", "RETREAT", "rebels", None),
    ("The military council released the former prime minister from house arrest.", "RETREAT",
     "military council", None),
    ("Gunmen seized 40 schoolchildren from a boarding school overnight.", "ASSAULT", "gunmen",
     "schoolchildren"),
    ("The government shut down the office of Amnesty International in the capital.", "COERCE",
     "government", "Amnesty International"),
    ("The militants fired a salvo of rockets at the air base.", "ASSAULT", "militants", None),
    ("A wave of Russian drones hit power stations near Odesa overnight.", "ASSAULT", "Russia",
     None),
    ("The opposition leader blasted the prime minister over the rising cost of bread.",
     "ACCUSE", "opposition leader", "minister"),
    ("The Norwegian foreign minister invited both delegations to talks in Oslo.", "CONSULT",
     "Norway", "delegations"),
    ("The Qatari emir invited the two sides back to Doha.", "CONSULT", "emir", None),
    ("The Kenyan president invited opposition leaders to meet him in Nairobi.", "CONSULT",
     "Kenya", "opposition leaders"),
    # second batch: troops ordered or shifted somewhere, a crowd or a summit gathering,
    # captives let go, aid let in, a sit-in, things thrown at a person
    ("Lithuania ordered 3,000 more soldiers to its southern border.", "MOBILIZE", "Lithuania",
     None),
    ("Peru's president ordered the army onto the streets of Lima after the riots.", "MOBILIZE",
     "Peru", None),
    ("Pakistan shifted two army brigades toward the Afghan frontier.", "MOBILIZE", "Pakistan",
     None),
    ("Armenian protesters gathered outside the government building for a third night.",
     "PROTEST", "protesters", None),
    ("Leaders of the African Union gathered in Addis Ababa for an emergency summit.",
     "CONSULT", "African Union", None),
    ("The pirates let the crew of the tanker go free after a ransom was paid.", "RETREAT",
     "pirates", None),
    ("Egypt let the first fuel trucks of aid into Sudan through the Argeen crossing.",
     "RETREAT", "Egypt", None),
    ("Students occupied the main building of the national university on Monday.", "PROTEST",
     "students", None),
    ("The protester threw a shoe at the visiting president.", "ASSAULT", "protester",
     "president"),
    # a concession granted to protesters or strikers (not aid)
    ("Chile's government granted striking miners a freeze on fuel prices.", "CONCEDE", "Chile",
     "miners"),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), TRUE_EVENTS)
def test_the_act_gets_its_type(nlp: Any, text: str, etype: str, actor: str,
                               recipient: str | None) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert found, text
    assert any(e.actor is not None and actor in e.actor.name and (
        recipient is None or (e.recipient is not None and recipient in e.recipient.name))
        for e in found), [(e.actor, e.recipient) for e in found]


def test_an_invitation_is_one_meeting_not_two(nlp: Any) -> None:
    """'invited X to meet him': the invitation is the (planned) meeting; the meeting asked for
    is not a second event with the parties swapped, and no REQUEST is left."""
    text = "The Kenyan president invited opposition leaders to meet him in Nairobi."
    assert types_of(events_of(nlp, text)) == ["CONSULT"]


def test_what_an_invitation_is_for_is_no_event(nlp: Any) -> None:
    text = ("The Angolan president said he would invite both sides back to Luanda for talks "
            "on disarming the militias.")
    assert "RETREAT" not in types_of(events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "The police invited the senators to appear before the command.",
    "The police invited the two senators to appear before the city command over a brawl at a "
    "party meeting last week.",
])
def test_an_invitation_to_answer_police_stays_a_request(nlp: Any, text: str) -> None:
    assert "CONSULT" not in types_of(events_of(nlp, text))


# (rule, made-up sentence, the type it gives only with the rule on)
RULE_CASES = [
    ("dative_party", "The European Union handed Moldova a 500 million euro loan on Tuesday.",
     "AID"),
    ("dative_party", "The aviation regulator fined the carrier $2 million over lost luggage.",
     "SANCTION"),
    ("salvo_subject", "A wave of Russian drones hit power stations near Odesa overnight.",
     "ASSAULT"),
    ("let_go", "The pirates let the crew of the tanker go free after a ransom was paid.",
     "RETREAT"),
]


@pytest.mark.parametrize(("rule", "text", "etype"), RULE_CASES)
def test_the_rule_is_what_gives_it(nlp: Any, ablated: Any, rule: str, text: str,
                                   etype: str) -> None:
    ablated(rule)
    assert etype not in types_of(events_of(nlp, text)), rule


def test_invited_meeting_is_what_drops_the_second_meeting(nlp: Any, ablated: Any) -> None:
    ablated("invited_meeting")
    text = "The Kenyan president invited opposition leaders to meet him in Nairobi."
    assert types_of(events_of(nlp, text)).count("CONSULT") == 2


# (made-up look-alike, the type it must not give)
LOOK_ALIKES = [
    ("The coach handed the striker a new contract.", "AID"),
    ("The mayor handed the winners a trophy.", "AID"),
    ("The couple placed a deposit on a house.", "AID"),
    ("The band released a new album on Friday.", "RETREAT"),
    ("Rebels released a statement denying the attack.", "RETREAT"),
    ("The judge released the suspect on bail.", "RETREAT"),
    ("The police seized 20 kilograms of cocaine at the port.", "ASSAULT"),
    ("Police seized three suspects after the robbery.", "ASSAULT"),
    ("The company shut down its office in Moscow.", "COERCE"),
    ("The striker blasted the ball over the bar.", "ACCUSE"),
    ("The general ordered his troops to withdraw from the town.", "MOBILIZE"),
    ("Mourners gathered in the capital to remember the victims of the flood.", "PROTEST"),
    ("Mourners gathered in the capital to remember the victims of the flood.", "CONSULT"),
    ("The ruling party refused to let women return to the civil service.", "RETREAT"),
    ("The rebels said they would free the hostages unless the army let aid into the town.",
     "RETREAT"),
    ("The chef threw eggs into the pan.", "ASSAULT"),
    ("Marines occupied the main building of the airport.", "PROTEST"),
    ("Chile's government granted striking miners a freeze on fuel prices.", "AID"),
    ("The ministry granted students scholarships worth $2 million.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), LOOK_ALIKES)
def test_a_look_alike_gives_no_such_event(nlp: Any, text: str, etype: str) -> None:
    assert etype not in types_of(events_of(nlp, text)), text


# rule said_of_wrong: a quoted verdict of wrong about what the 'of' phrase names
SAID_OF = [
    ("\"This is a betrayal,\" the Polish foreign minister said of the German pipeline deal.",
     "Poland", "Germany"),
    ("\"It is a disgrace,\" the opposition leader said of the government's budget.",
     "opposition leader", "government"),
]


@pytest.mark.parametrize(("text", "accuser", "accused"), SAID_OF)
def test_a_quoted_verdict_of_wrong_accuses_the_owner(nlp: Any, text: str, accuser: str,
                                                     accused: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert any(e.actor is not None and accuser in e.actor.name and e.recipient is not None
               and accused in e.recipient.name for e in found), found


@pytest.mark.parametrize(("text", "accuser", "accused"), SAID_OF)
def test_said_of_wrong_is_what_gives_it(nlp: Any, ablated: Any, text: str, accuser: str,
                                        accused: str) -> None:
    ablated("said_of_wrong")
    assert "ACCUSE" not in types_of(events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "\"This is a great success,\" the French minister said of the German plan.",
    "\"It is a mistake,\" the Danish prime minister said of her own party's decision.",
    "\"This is a betrayal,\" the Polish foreign minister said.",
])
def test_praise_own_side_or_no_of_phrase_is_no_accusation(nlp: Any, text: str) -> None:
    assert "ACCUSE" not in types_of(events_of(nlp, text))
