"""False events of session 20, from a judged sample of events on development texts
(benchmarks/event_judged_seed2020_session20.jsonl); the sentences here are made up. A rally is
where a politician speaks ('speaking after a rally', 'will mention it at a rally'), conceding a
fact is an admission, consulting for a client is paid work, carrying out an order is no
execution, and a dateline is no part of the actor it stands before. Each switchable rule is
switched off once to show the test depends on it, and each has a true event next to it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("speech_venue", "admitted_fact", "consulting_work")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (rule, made-up sentence, the false type it must drop)
CASES = [
    ("speech_venue",
     "Speaking to reporters after a rally at a sawmill in Dalton, Governor Ted Marsh said "
     "voters wanted lower taxes.", "PROTEST"),
    ("speech_venue",
     "The senator plans to mention the farm bill at a rally in Wichita on Saturday.",
     "PROTEST"),
    ("admitted_fact",
     "Lena Fogg said the talks were going well, but she conceded the deadline would probably "
     "slip into next month.", "CONCEDE"),
    ("admitted_fact",
     "The mayor conceded that the new budget was too small for the flood repairs.",
     "CONCEDE"),
    ("consulting_work",
     "A retired colonel, who still consults for the defence ministry, said the drones had "
     "been delivered late.", "CONSULT"),
]


@pytest.mark.parametrize(("rule", "text", "false"), CASES)
def test_the_false_event_is_dropped(nlp: Any, rule: str, text: str, false: str) -> None:
    assert false not in types_of(events_of(nlp, text)), rule


@pytest.mark.parametrize(("rule", "text", "false"), CASES)
def test_the_rule_is_what_drops_it(nlp: Any, ablated: Any, rule: str, text: str,
                                   false: str) -> None:
    # evprec28's rally_as_venue drops a rally named only as a venue too ('at a rally'):
    # both are off to show that speech_venue alone also drops it
    ablated(rule, *(("rally_as_venue",) if rule == "speech_venue" else ()))
    assert false in types_of(events_of(nlp, text)), rule


TRUE_EVENTS = [
    # a rally against something, a rally that force is used on
    ("Thousands joined a rally against the pension reform in the capital.", "PROTEST"),
    ("Students held a rally outside parliament on Monday.", "PROTEST"),
    # yielding a thing or a point to a party
    ("The rebels conceded the town to the army after a week of fighting.", "CONCEDE"),
    # consulting a party
    ("The foreign minister consulted with her allies in Berlin on Monday.", "CONSULT"),
    ("The president consulted congressional leaders before the strike.", "CONSULT"),
    # executing people
    ("Iran executed two men convicted of spying.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), TRUE_EVENTS)
def test_a_true_event_next_to_the_rules_stays(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(events_of(nlp, text)), text


# ---------------------------------------------------------------- lexicon data (session 20)

def test_carrying_out_an_order_is_no_execution(nlp: Any) -> None:
    """abstract_prototypes has 'an order': an order carried out is no target."""
    text = "General Omar Bell said the brigade would execute the order without delay."
    assert "ASSAULT" not in types_of(events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "LONDON - Britain's Brexit secretary resigned late Sunday.",
    "OSLO - The Norwegian fisheries minister resigned on Monday.",
])
def test_the_dateline_is_no_part_of_the_actor(nlp: Any, text: str) -> None:
    actors = [e.actor.name for e in events_of(nlp, text) if e.actor is not None]
    assert actors and not any(a.upper().startswith(("LONDON", "OSLO")) for a in actors)
