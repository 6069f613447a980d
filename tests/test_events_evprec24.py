"""Events of session 24 (evprec24): false events found by judging a seeded sample of 70 events
emitted on real news (ECB+ texts and the development seeds; benchmarks/
event_judged_seed2424_session24.jsonl). An arrest someone dodged did not happen (escaped_act);
an act someone is only entitled or authorized to do is a power, not a deed (empowered_act); a
memorandum one party signs alone is an order, no agreement (unilateral_instrument). Every
sentence here is made up. Each rule is switched off once to show the test depends on it, and
look-alikes must keep their events."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("escaped_act", "empowered_act", "unilateral_instrument")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def of_type(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# rule escaped_act
ESCAPED = [
    "The fugitive banker boarded a ferry to Tangier on Sunday, dodging arrest by a day, "
    "Spanish police said.",
    "The Dutch police chief said the smuggler had left the port at dawn, dodging arrest by "
    "hours.",
]


@pytest.mark.parametrize("text", ESCAPED)
def test_a_dodged_arrest_did_not_happen(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "COERCE")


@pytest.mark.parametrize("text", ESCAPED)
def test_escaped_act_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("escaped_act")
    assert of_type(events_of(nlp, text), "COERCE")


@pytest.mark.parametrize(("text", "etype"), [
    ("Ohio police arrested the comedian late Monday after he tried to dodge reporters.",
     "COERCE"),
    ("Rebels attacked the convoy near Goma, which narrowly escaped the ambush.", "ASSAULT"),
])
def test_acts_that_happened_stay(nlp: Any, text: str, etype: str) -> None:
    assert of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The banker boarded a ferry, dodging arrest.", "arrest", True),
    ("The smuggler escaped arrest and prosecution for a month.", "prosecution", True),
    ("The police made an arrest after the smuggler dodged a checkpoint.", "arrest", False),
])
def test_escaped_act_reads_the_object_of_escaping(nlp: Any, text: str, word: str,
                                                  expected: bool) -> None:
    from newsweave.extract.false_senses import escaped_act

    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert escaped_act(tok) is expected


# rule empowered_act
EMPOWERED = [
    ("Only the Colombian defence minister is entitled to negotiate a truce with the "
     "guerrillas, a spokesman said.", "CONSULT"),
    ("Under the decree the Colombian envoy is empowered to hold talks with the guerrillas.",
     "CONSULT"),
    ("The Estonian parliament authorized the army to attack the smugglers' camps.",
     "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype"), EMPOWERED)
def test_a_power_granted_is_no_act(nlp: Any, text: str, etype: str) -> None:
    assert not of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("text", "etype"), EMPOWERED)
def test_empowered_act_is_what_drops_it(nlp: Any, ablated: Any, text: str,
                                        etype: str) -> None:
    ablated("empowered_act")
    assert of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("text", "etype"), [
    ("The Colombian envoy held talks with the guerrillas on Friday, a spokesman said.",
     "CONSULT"),
    ("The Estonian army attacked the smugglers' camps on Sunday.", "ASSAULT"),
])
def test_acts_told_as_done_stay(nlp: Any, text: str, etype: str) -> None:
    assert of_type(events_of(nlp, text), etype)


# rule unilateral_instrument
UNILATERAL = [
    "The Kenyan president signed a memorandum on Friday that halts charcoal exports until "
    "March.",
]


@pytest.mark.parametrize("text", UNILATERAL)
def test_a_memorandum_of_one_party_is_no_agreement(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "AGREE")


@pytest.mark.parametrize("text", UNILATERAL)
def test_unilateral_instrument_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("unilateral_instrument")
    assert of_type(events_of(nlp, text), "AGREE")


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a memorandum on charcoal exports.",
    "The Kenyan minister signed a memorandum with Uganda on Monday.",
    "Kenya signed a memorandum of understanding on charcoal on Monday.",
    "Kenya signed a memorandum on charcoal exports with Uganda.",
    "Kenya signed a joint memorandum on charcoal exports.",
    "Kenya signed a trade agreement on Monday.",
])
def test_memoranda_between_parties_stay(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "AGREE")


# open_future_question through a coordinated verb (question_conj_steps)
SECOND_CHOICES = [
    ("It is still unclear whether Portugal will keep courting Morocco or continue to hedge "
     "its bets by seeking an alliance with Algeria.", "REQUEST"),
    ("It remains to be seen whether Ankara will stay neutral or decide to send troops to "
     "Libya.", "MOBILIZE"),
]


def test_question_conj_steps_can_be_switched_off() -> None:
    assert "question_conj_steps" in known_rules()


@pytest.mark.parametrize(("text", "etype"), SECOND_CHOICES)
def test_the_second_choice_of_an_open_question_is_no_act(nlp: Any, text: str,
                                                         etype: str) -> None:
    assert not of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("text", "etype"), SECOND_CHOICES)
def test_question_conj_steps_is_what_drops_it(nlp: Any, ablated: Any, text: str,
                                              etype: str) -> None:
    ablated("question_conj_steps")
    assert of_type(events_of(nlp, text), etype)


def test_a_past_act_in_question_stays_unconfirmed(nlp: Any) -> None:
    text = "It is unclear whether the army fired on the crowd or the police attacked it."
    found = of_type(events_of(nlp, text), "ASSAULT")
    assert found and all(e.modality == "unconfirmed" for e in found), found


# rule licensed_by_norm
LICENSED = [
    ("The new law allows police to arrest protesters without a warrant.", "arrest"),
    ("The Kenyan police arrested 40 protesters under a law that allows them to detain "
     "suspects for a week.", "detain"),
]


def test_licensed_by_norm_can_be_switched_off() -> None:
    assert "licensed_by_norm" in known_rules()


@pytest.mark.parametrize(("text", "trigger"), LICENSED)
def test_an_act_a_law_allows_is_no_act(nlp: Any, text: str, trigger: str) -> None:
    assert not [e for e in events_of(nlp, text) if e.trigger == trigger]


@pytest.mark.parametrize(("text", "trigger"), LICENSED)
def test_licensed_by_norm_is_what_drops_it(nlp: Any, ablated: Any, text: str,
                                           trigger: str) -> None:
    ablated("licensed_by_norm")
    assert [e for e in events_of(nlp, text) if e.trigger == trigger]


@pytest.mark.parametrize("text", [
    "The Kenyan police arrested 40 protesters under a law that allows them to detain "
    "suspects for a week.",
    "The court allowed police to arrest the protesters.",
])
def test_acts_done_or_allowed_by_a_party_stay(nlp: Any, text: str) -> None:
    assert [e for e in events_of(nlp, text) if e.trigger == "arrest"]


# an offer to act is PLOVER's AGREE (intent to cooperate), as the sentence suites code it;
# offered_act (session 24) read the offered act instead and was left out at the merge. An
# offer to host talks or to mediate is the exception since evargs27 (issue 11, the lead's
# brief; the article golds code it so): the offerer's planned CONSULT (rule offered_hosting)
# comes beside the offer's AGREE
@pytest.mark.parametrize("text", [
    "Spain offered to host talks in Madrid.",
    "The Anglican bishops have offered to mediate.",
])
def test_an_offer_to_host_or_mediate_is_a_planned_consultation(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert [e for e in of_type(events, "CONSULT") if e.modality == "planned"]
    assert of_type(events, "AGREE")


def test_an_offer_of_another_act_is_an_agreement(nlp: Any) -> None:
    assert of_type(events_of(nlp, "Spain offered to share its radar data."), "AGREE")


@pytest.mark.parametrize(("text", "etype"), [
    ("Norway offered aid to Chad.", "AID"),
    ("Spain agreed to host talks in Madrid.", "AGREE"),
])
def test_an_offer_of_a_thing_and_an_agreement_stay(nlp: Any, text: str, etype: str) -> None:
    assert of_type(events_of(nlp, text), etype)


# rule country_not_the_doer
ATTACKED_COUNTRY = ("Although Spain has not been active in Mali since the French invasion of "
                    "the country in 2013, Madrid has given money to the army.")


def test_country_not_the_doer_can_be_switched_off() -> None:
    assert "country_not_the_doer" in known_rules()


def test_the_country_is_the_one_named_before_other_than_the_doer(nlp: Any) -> None:
    found = of_type(events_of(nlp, ATTACKED_COUNTRY), "ASSAULT")
    assert [(e.actor.country if e.actor else None, e.recipient.country if e.recipient
             else None) for e in found] == [("FRA", "MLI")]
    assert found[0].recipient is not None
    assert "country_not_the_doer" in found[0].recipient.rules


def test_country_not_the_doer_is_what_finds_it(nlp: Any, ablated: Any) -> None:
    ablated("country_not_the_doer")
    found = of_type(events_of(nlp, ATTACKED_COUNTRY), "ASSAULT")
    assert all(e.recipient is None or e.recipient.country != "MLI" for e in found), found
