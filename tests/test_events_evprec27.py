"""Events of session 27 (evprec27): false events and wrong countries found by judging a seeded
sample of 50 events emitted on real political news and wire copy (benchmarks/
event_judged_seed2727_session27.jsonl). A clash over an issue between unarmed parties is a
dispute (dispute_clash); 'shot back that ...' is a retort (retort_back); goods a trade measure
targets are sanctioned, not attacked (traded_goods_target); a politician's own rally is no
protest (own_campaign_rally); opposing an issue with no party named accuses no one (the
lexicon's needs_recipient on the ACCUSE sense of 'oppose'); a country named only as the owner
of an embassy is not where the story happens (mission_owner_country). Every sentence here is
made up. Each rule is switched off once to show the test depends on it, and look-alikes must
keep their events."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("dispute_clash", "retort_back", "traded_goods_target", "own_campaign_rally",
         "mission_owner_country")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def of_type(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# rule dispute_clash
DISPUTES = [
    "Staff said Harlan Voss was slow to sign off on radio spots and had clashed with the "
    "Democratic National Committee over how to use its funds in the county.",
    "Harlan Voss clashed with the Democratic National Committee over the budget.",
]


@pytest.mark.parametrize("text", DISPUTES)
def test_a_clash_over_an_issue_between_unarmed_parties_is_no_attack(nlp: Any,
                                                                     text: str) -> None:
    assert not of_type(events_of(nlp, text), "ASSAULT")


@pytest.mark.parametrize("text", DISPUTES)
def test_dispute_clash_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("dispute_clash")
    assert of_type(events_of(nlp, text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Serbian police clashed with Albanian protesters over the closure of the bridge.",
    "Rioters clashed with police over the arrest of a youth.",
    "Indian and Chinese soldiers clashed in the mountains on Tuesday.",
])
def test_clashes_of_armed_sides_or_crowds_stay_attacks(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "ASSAULT")


# rule retort_back
RETORTS = [
    "The governor shot back that her rival had \"lost his nerve\" at a forum in Reno, and she "
    "called him a coward.",
    "Trump shot back that Cruz had \"collapsed\" in a debate last week.",
    "The senator shot back: \"That is simply false.\"",
]


@pytest.mark.parametrize("text", RETORTS)
def test_a_retort_is_no_shooting(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "ASSAULT")


def test_retort_back_is_what_drops_it(nlp: Any, ablated: Any) -> None:
    ablated("retort_back")
    assert of_type(events_of(nlp, RETORTS[0]), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Guards fired back at the gunmen who stormed the gate.",
    "Rebels shot back two soldiers at the checkpoint.",
])
def test_fire_returned_stays_an_attack(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "ASSAULT")


# rule traded_goods_target
GOODS = "Beijing said it would retaliate against the new tariffs. The ministry did not say " \
    "which American goods would be targeted."


def test_goods_targeted_are_not_attacked(nlp: Any) -> None:
    assert not of_type(events_of(nlp, GOODS), "ASSAULT")


def test_traded_goods_target_is_what_drops_it(nlp: Any, ablated: Any) -> None:
    ablated("traded_goods_target")
    assert of_type(events_of(nlp, GOODS), "ASSAULT")


def test_goods_targeted_by_a_state_are_its_sanction(nlp: Any) -> None:
    events = events_of(nlp, "China targeted American farm exports with new duties.")
    assert not of_type(events, "ASSAULT")
    found = of_type(events, "SANCTION")
    assert found and found[0].actor is not None and found[0].actor.country == "CHN"
    assert found[0].recipient is not None and found[0].recipient.country == "USA"
    assert any("traded_goods_target" in r for r in found[0].rules)


def test_a_convoy_targeted_is_not_goods(nlp: Any) -> None:
    from newsweave.extract.false_senses import traded_goods_target

    doc = nlp("Drones targeted a convoy carrying food near the border.")
    verb = next(t for t in doc if t.lemma_ == "target")
    assert not traded_goods_target(verb)
    doc = nlp("The new duties target American farm exports.")
    verb = next(t for t in doc if t.lower_ == "target")
    assert traded_goods_target(verb)


# rule own_campaign_rally
RALLIES = [
    "Donald Trump ended the rally by thanking the local fire chief.",
    "Hillary Clinton held a rally in Ohio on Monday.",
    "Governor Ruth Oakes addressed a rally of supporters in Tulsa.",
]


@pytest.mark.parametrize("text", RALLIES)
def test_a_politicians_own_rally_is_no_protest(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text, published="2016-02-01"), "PROTEST")


@pytest.mark.parametrize("text", RALLIES[:2])
def test_own_campaign_rally_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("own_campaign_rally")
    assert of_type(events_of(nlp, text, published="2016-02-01"), "PROTEST")


@pytest.mark.parametrize("text", [
    "The opposition leader led a rally against the new tax.",
    "Senator Alma Greer held a rally against the new tax in Dayton.",
    "The union held a rally in the capital on Sunday.",
    "Thousands of protesters held a rally in Ohio against the pipeline.",
])
def test_rallies_against_something_or_of_unions_stay_protests(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "PROTEST")


# lexicon: the ACCUSE sense of 'oppose' needs a party opposed
@pytest.mark.parametrize("text", [
    "The 48-year-old judge admitted that she had signed a magazine advertisement in 2001 "
    "opposing abortion, but said her beliefs would not affect her rulings.",
    "Dale Morrow said he had opposed expansion for years out of worry about its cost.",
    "The bishops opposed abortion in a joint letter.",
])
def test_opposing_an_issue_accuses_no_one(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "ACCUSE")


def test_opposing_a_party_still_accuses_it(nlp: Any) -> None:
    events = of_type(events_of(nlp, "The mayor opposed Senator Mara Lintz in the council "
                                    "vote."), "ACCUSE")
    assert events and events[0].recipient is not None


# rule mission_owner_country
EMBASSY = (
    "Hundreds of protesters stormed the Dutch embassy on Friday, smashing windows, "
    "witnesses said.\n\nPolice later dispersed the crowd with tear gas, a police official "
    "said.\n\nThe country's interior minister, Omar Kassem, condemned the attack in a "
    "televised address.\n\nThe Dutch foreign ministry said no staff were hurt.")


def test_an_embassys_country_is_not_the_host(nlp: Any) -> None:
    events = events_of(nlp, EMBASSY)
    police = [e for e in of_type(events, "COERCE") if e.trigger == "disperse"]
    assert police and police[0].actor is not None and police[0].actor.country != "NLD"
    condemned = [e for e in of_type(events, "ACCUSE") if e.trigger == "condemn"]
    assert condemned and condemned[0].actor is not None
    assert condemned[0].actor.country != "NLD"
    stormed = [e for e in events if e.trigger == "storm"]
    assert stormed and stormed[0].recipient is not None
    assert stormed[0].recipient.country == "NLD"  # the embassy's own state is still the target


def test_mission_owner_country_is_what_changes_it(nlp: Any, ablated: Any) -> None:
    ablated("mission_owner_country")
    police = [e for e in of_type(events_of(nlp, EMBASSY), "COERCE") if e.trigger == "disperse"]
    assert police and police[0].actor is not None and police[0].actor.country == "NLD"


def test_a_host_named_by_place_stays_the_story_country(nlp: Any) -> None:
    text = ("Hundreds of protesters stormed the Dutch embassy in Baghdad on Friday, witnesses "
            "said.\n\nIraqi police later dispersed the crowd with tear gas.\n\nPolice "
            "arrested 12 people in Baghdad, an official said.")
    arrests = of_type(events_of(nlp, text), "COERCE")
    assert arrests and all(e.actor is not None and e.actor.country == "IRQ" for e in arrests)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("A mob stormed the Dutch embassy.", "Dutch", True),
    ("Protesters gathered outside the embassy of Peru.", "Peru", True),
    ("The Dutch foreign ministry said no staff were hurt.", "Dutch", True),
    ("Dutch police arrested two men.", "Dutch", False),
])
def test_mission_owner_reads_the_owner_of_a_mission(nlp: Any, text: str, word: str,
                                                    expected: bool) -> None:
    from newsweave.extract.actors import mission_owner

    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert mission_owner(doc[tok.i:tok.i + 1]) is expected


def test_the_place_a_foreign_ministry_speaks_from_is_not_the_story_country(nlp: Any) -> None:
    text = ("Hundreds of protesters broke into the grounds of the Norwegian embassy on "
            "Friday, witnesses said.\n\nNo one was hurt, the Norwegian foreign ministry said "
            "in Oslo.\n\nPolice later dispersed the crowd with water cannon, an officer said.")
    police = [e for e in of_type(events_of(nlp, text), "COERCE") if e.trigger == "disperse"]
    assert police and police[0].actor is not None and police[0].actor.country != "NOR"
    from newsweave.extract.actors import mission_owner

    doc = nlp("No one was hurt, the Norwegian foreign ministry said in Oslo.")
    oslo = next(t for t in doc if t.text == "Oslo")
    assert mission_owner(doc[oslo.i:oslo.i + 1])
    doc = nlp("Police said in Oslo that two men were held.")
    oslo = next(t for t in doc if t.text == "Oslo")
    assert not mission_owner(doc[oslo.i:oslo.i + 1])


def test_retort_back_reads_past_an_object_of_a_later_conjunct(nlp: Any) -> None:
    from newsweave.extract.false_senses import retort_back

    doc = nlp("The mayor shot back that her rival had lied, and she called him a fraud.")
    verb = next(t for t in doc if t.lower_ == "shot")
    assert retort_back(verb)
    doc = nlp("Rebels shot back two soldiers at the checkpoint.")
    verb = next(t for t in doc if t.lower_ == "shot")
    assert not retort_back(verb)
