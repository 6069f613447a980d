"""Events of session 28 (evprec28b): false events found by judging a seeded sample of 50
events emitted on real political news and wire copy (benchmarks/event_judged_seed2828_session28
.jsonl). Backing a policy with no party named is a stance (policy_stance); approval measured
among voters is a rating (approval_rating); a right a text recognizes is its content
(recognized_norm); an accord only regarded as something is named as a thing (regarded_accord);
a vow to take a case to court is no agreement (litigation_vow); looting funds is embezzlement
(embezzled_funds), and so is looting by one named person (lone_looter), whose allegation
stays an accusation (embezzlement_wrong); a routine in the simple past is a habit
(past_routine); 'never' in the present simple is a rule of conduct (never_practice). Every
sentence here is made up. Each rule is switched off once to show the test depends on it, and
look-alikes must keep their events."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import actor_context, events_of, of_type
from newsweave.extract.ablation import known_rules

RULES = ("policy_stance", "approval_rating", "recognized_norm", "regarded_accord",
         "litigation_vow", "embezzled_funds", "lone_looter", "past_routine", "never_practice",
         "embezzlement_wrong")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (rule, type it drops, made-up sentences it fires on)
CASES = [
    ("policy_stance", "SUPPORT", [
        "Senator Tom Reed told donors he supported more transparency on spending.",
        "Mayor Ann Lutz said she backed the pay rise but not the borrowing.",
        "Lutz supported tighter disclosure rules.",
    ]),
    ("approval_rating", "SUPPORT", [
        "He said the mayor's approval among young voters had dropped to a third.",
        "The governor's approval among rural men fell sharply in March.",
    ]),
    ("recognized_norm", "SUPPORT", [
        "A French official said France got wording recognizing the right of states to defend "
        "their farmers.",
    ]),
    ("regarded_accord", "AGREE", [
        "The closing statement said nine of the 11 ministers regarded the Lisbon water "
        "agreement as outdated.",
    ]),
    ("litigation_vow", "AGREE", [
        "Governor Sam Ruiz vowed to bring the case before the Supreme Court if needed.",
    ]),
    ("embezzled_funds", "ASSAULT", [
        "The prosecutor said Dunmore had looted the school district.",
    ]),
    ("lone_looter", "ASSAULT", [
        "The prosecutor argued that Dunmore had looted the province while he served as its "
        "treasurer.",
    ]),
    ("past_routine", "THREATEN", [
        "A scholar noted that Pyongyang routinely voiced threats around the exercises.",
    ]),
    ("never_practice", "REQUEST", [
        "The lenders' association reminded clients that lenders never ask clients to transfer "
        "savings.",
        "Police never ask people to hand over cash at the door.",
    ]),
]
FIRES = [(rule, etype, text) for rule, etype, texts in CASES for text in texts]


@pytest.mark.parametrize(("rule", "etype", "text"), FIRES)
def test_the_false_event_is_not_emitted(nlp: Any, rule: str, etype: str, text: str) -> None:
    assert not of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("rule", "etype", "text"), FIRES)
def test_the_rule_is_what_drops_it(nlp: Any, ablated: Any, rule: str, etype: str,
                                   text: str) -> None:
    ablated(rule)
    assert of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("etype", "text"), [
    ("SUPPORT", "The mayor backed the governor's plan to widen the road."),
    ("SUPPORT", "Party leaders backed Senator Hale for the nomination."),
    ("SUPPORT", "Uganda backed the plan."),
    ("SUPPORT", "Britain backed Guyana's territorial integrity."),
    ("SUPPORT", "Washington backed the Philippines in its dispute with Beijing."),
    ("SUPPORT", "Sweden recognized the new government in Kabul."),
    ("SUPPORT", "Germany recognized Kosovo's right to exist."),
    ("AGREE", "The two countries signed an agreement on fishing rights."),
    ("PROTEST", "Rioters looted shops during the riot."),
    ("ASSAULT", "Soldiers looted the village after the battle."),
    ("ASSAULT", "Dunmore looted the town with his militia."),
    ("ASSAULT", "The rebels repeatedly shelled the town."),
    ("ASSAULT", "The army routinely shelled the town on Monday."),
    ("THREATEN", "The army threatened to shell the town."),
    ("REQUEST", "The bank asked customers to update their passwords on Monday."),
    ("REQUEST", "Kazakhstan never asked Moscow for troops during the unrest."),
])
def test_look_alikes_keep_their_events(nlp: Any, etype: str, text: str) -> None:
    assert of_type(events_of(nlp, text), etype)


def test_a_policy_stance_needs_every_object_a_policy_with_no_party(nlp: Any) -> None:
    from newsweave.extract.false_senses import policy_stance

    def fires(text: str) -> bool:
        doc, ctx = actor_context(nlp, text)
        return policy_stance(next(t for t in doc if t.lemma_ in ("support", "back")), ctx)

    assert fires("The council supported the tax cuts.")
    assert not fires("The council supported the mayor's tax cuts.")
    assert not fires("The council supported the tax cuts and the mayor.")
    assert not fires("The council supported the candidate.")


def test_a_vow_to_appeal_to_people_is_no_lawsuit(nlp: Any) -> None:
    from newsweave.extract.false_senses import litigation_vow

    doc = nlp("The union vowed to appeal to its members for calm.")
    assert not litigation_vow(next(t for t in doc if t.lemma_ == "vow"))
    doc = nlp("The union vowed to appeal the ruling.")
    assert litigation_vow(next(t for t in doc if t.lemma_ == "vow"))
    doc = nlp("The minister vowed to file a lawsuit against the paper.")
    assert litigation_vow(next(t for t in doc if t.lemma_ == "vow"))


def test_support_won_among_lawmakers_is_no_rating(nlp: Any) -> None:
    from newsweave.extract.false_senses import approval_rating

    def fires(text: str) -> bool:
        doc, ctx = actor_context(nlp, text)
        return approval_rating(next(t for t in doc if t.lower_ in ("support", "approval")), ctx)

    assert not fires("The plan won support among lawmakers.")
    assert fires("Support for the plan among lawmakers has slipped.")
    assert fires("The senator's approval has slipped since March.")
    assert not fires("Russian support for the rebels grew.")


def test_an_alleged_embezzlement_stays_an_accusation(nlp: Any) -> None:
    text = "The prosecutor argued that Dunmore had looted the school district."
    accusations = of_type(events_of(nlp, text), "ACCUSE")
    assert [(e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
            for e in accusations] == [("prosecutor", "Dunmore")]


def test_an_alleged_embezzlement_needs_the_rule_to_accuse(nlp: Any, ablated: Any) -> None:
    """With the looting read as an attack (embezzled_funds off), the allegation of the
    attack is the accusation; with only embezzlement_wrong off, the embezzlement is no event
    and accuses no one."""
    text = "The prosecutor argued that Dunmore had looted the school district."
    ablated("embezzled_funds")
    events = events_of(nlp, text)
    assert of_type(events, "ASSAULT") and of_type(events, "ACCUSE")
    ablated("embezzlement_wrong")
    assert not of_type(events_of(nlp, text), "ACCUSE")
