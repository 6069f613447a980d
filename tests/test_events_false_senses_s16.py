"""False events and wrong senses of session 16 (evprec12), found on the wire sentence suites (one
reported event a sentence; tests/data/event_wire_dev4.jsonl and the earlier suites); the
sentences here are made up. What parties meet to discuss is a topic, an event put years before
its clause is recalled, and a sense that finds its object class only deep in the object phrase
gives way to one that names the object's head. Each rule is switched off once
(NEWSWEAVE_ABLATE) to show the test depends on it, and each has a true event next to it that
must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("discussed_topic", "years_after_anchor", "object_head_first", "supported_content",
         "how_clause")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- discussed_topic

DISCUSSED = [
    ("The Moldavian envoy met the Ruritanian premier in Strelsau to discuss Carpathia's "
     "recent missile launches.", "MOBILIZE"),
    ("The Ruritanian president phoned his Moldavian counterpart to discuss the truce between "
     "Carpathia and the rebels.",
     "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), DISCUSSED)
def test_what_parties_discuss_is_no_event(nlp: Any, text: str, etype: str) -> None:
    types = types_of(events_of(nlp, text))
    assert etype not in types and "CONSULT" in types, text


@pytest.mark.parametrize(("text", "etype"), DISCUSSED)
def test_the_rule_is_what_keeps_the_discussed_topic_out(nlp: Any, ablated: Any, text: str,
                                                        etype: str) -> None:
    ablated("discussed_topic")
    assert etype in types_of(events_of(nlp, text)), text


def test_an_event_done_after_a_discussion_stays(nlp: Any) -> None:
    text = "After the meeting, Carpathia launched two missiles toward the Moldavian coast."
    assert "ASSAULT" in types_of(events_of(nlp, text))


# ---------------------------------------------------------------- years_after_anchor

YEARS_AFTER = [
    "Twelve years after the Strelsau protests, the square hosts a weekend flower market.",
    "A decade after the Zenda uprising, youth unemployment in Ruritania remains high.",
]


@pytest.mark.parametrize("text", YEARS_AFTER)
def test_an_event_years_before_its_clause_is_recalled(nlp: Any, ablated: Any,
                                                      text: str) -> None:
    assert "PROTEST" not in types_of(events_of(nlp, text)), text
    ablated("years_after_anchor")
    assert "PROTEST" in types_of(events_of(nlp, text)), text


def test_days_after_an_event_it_is_still_news(nlp: Any) -> None:
    text = "Two days after the Strelsau protests, police arrested three organisers."
    types = types_of(events_of(nlp, text))
    assert "COERCE" in types


# ---------------------------------------------------------------- object_head_first

def test_a_blockade_of_roads_over_a_bill_is_a_protest(nlp: Any, ablated: Any) -> None:
    text = "Teachers blocked roads in Lagos over the pension bill."
    assert types_of(events_of(nlp, text)) == ["PROTEST"]
    ablated("object_head_first")
    assert "REJECT" in types_of(events_of(nlp, text))


def test_blocking_a_bill_stays_a_rejection(nlp: Any) -> None:
    text = "The opposition blocked the budget bill in parliament on Tuesday."
    assert "REJECT" in types_of(events_of(nlp, text))


# ---------------------------------------------------------------- supported_content

SUPPORTED = [
    ("The Lithuanian president commended Estonia for offering to host the summit.", "AGREE"),
    ("Poland welcomed Latvia's offer to mediate between the two parties.", "AGREE"),
    ("The Finnish premier thanked Sweden for taking in 20,000 refugees.", "AID"),
]


@pytest.mark.parametrize(("text", "etype"), SUPPORTED)
def test_what_a_show_of_support_is_about_is_no_second_event(nlp: Any, ablated: Any,
                                                            text: str, etype: str) -> None:
    assert types_of(events_of(nlp, text)) == ["SUPPORT"], text
    ablated("supported_content")
    assert etype in types_of(events_of(nlp, text)), text


def test_a_welcomed_delivery_from_a_named_giver_stays(nlp: Any) -> None:
    text = "Moldova welcomed the delivery of two patrol boats from Romania."
    assert "AID" in types_of(events_of(nlp, text))


def test_an_offer_of_its_own_beside_a_welcome_stays(nlp: Any) -> None:
    text = "The African Union welcomed the truce and offered to send monitors to Zenda."
    assert "AGREE" in types_of(events_of(nlp, text))


# ---------------------------------------------------------------- how_clause

HOW = [
    ("The interior ministry issued rules on how officers should police rallies.", "PROTEST"),
    ("Customs chiefs discussed how to arrest the smugglers at the port.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), HOW)
def test_a_way_of_acting_weighed_is_no_event(nlp: Any, ablated: Any, text: str,
                                              etype: str) -> None:
    assert etype not in types_of(events_of(nlp, text)), text
    ablated("how_clause")
    assert etype in types_of(events_of(nlp, text)), text


def test_how_an_act_was_done_stays(nlp: Any) -> None:
    text = "The spokesman explained how police arrested the two smugglers at dawn."
    assert "COERCE" in types_of(events_of(nlp, text))


# ---------------------------------------------------------------- lexicon senses

def test_blockading_roads_by_drivers_is_a_protest_and_its_demand_no_request(nlp: Any) -> None:
    text = "Bus drivers in Ruritania blockaded roads into Strelsau to demand safer depots."
    assert types_of(events_of(nlp, text)) == ["PROTEST"]


def test_an_army_blockade_stays_coercion(nlp: Any) -> None:
    text = "The Carpathian army blockaded the port of Zenda for a month."
    assert "COERCE" in types_of(events_of(nlp, text))


def test_dismissing_an_offer_as_propaganda_rejects_it(nlp: Any) -> None:
    text = "Strelsau dismissed a Moldavian offer of a ceasefire as propaganda."
    assert "REJECT" in types_of(events_of(nlp, text))
