"""False events of session 12 (evprecision5), found by judging every event newsweave emitted on
56 real sports, software, disaster, TV and takeover articles (tests/data/ecb_precision_dev);
the sentences here are made up. A disaster's toll is no attack, a product's support or release
is business, a conference call or an annual meeting asks or meets nobody, asking for anonymity
is no request, a banned kind of act does not happen, a date is no particle, and 'no plans to'
negates the plan. Each rule is switched off once (NEWSWEAVE_ABLATE) to show the test depends
on it, and each has a true event next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV, known_rules
from newsweave.model import Event

RULES = ("disaster_story", "product_object", "call_kind", "own_terms_request",
         "business_meeting", "banned_act", "particle_not_date", "no_plans")


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- disaster_story

QUAKE = ("Strong earthquake rattles northern Velmora\n"
         "A magnitude 6.2 quake struck the hill district of Ostrava on Monday morning.\n"
         "Roads into the valley were blocked by rockfalls.\n"
         "Dozens of villagers were injured but rescue teams cannot reach them yet.")


def test_casualties_in_a_disaster_story_are_no_attack(nlp: Any) -> None:
    assert not typed(events_of(nlp, QUAKE), "ASSAULT")


def test_the_rule_is_what_drops_the_toll(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "disaster_story")
    assert typed(events_of(nlp, QUAKE), "ASSAULT")


def test_an_attack_told_in_a_disaster_story_stays(nlp: Any) -> None:
    """Near miss: the sentence names its attackers (attack_words)."""
    text = QUAKE.replace("Dozens of villagers were injured but rescue teams cannot reach "
                         "them yet.", "Two aid workers were wounded when gunmen ambushed "
                         "their convoy near Ostrava.")
    assert typed(events_of(nlp, text), "ASSAULT")


def test_agentless_harm_outside_a_disaster_story_stays(nlp: Any) -> None:
    text = ("Militia fighters stormed the market town of Ostrava on Monday.\n"
            "Roads into the valley were blocked.\n"
            "Dozens of villagers were injured.")
    assert any(e.actor is None for e in typed(events_of(nlp, text), "ASSAULT"))


# ---------------------------------------------------------------- product_object

def test_supporting_customers_and_servers_is_business(nlp: Any) -> None:
    for text in ("Zantor Systems will continue to support all current Pellow customers.",
                 "Zantor Systems will keep selling and supporting the Pellow servers."):
        assert not typed(events_of(nlp, text), "SUPPORT"), text


def test_releasing_a_version_to_users_is_business(nlp: Any) -> None:
    text = "The Corvin Foundation released Brisa 3.1 to its users on Monday."
    assert not typed(events_of(nlp, text), "RETREAT")


def test_the_rule_is_what_drops_the_product(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "product_object")
    text = "Zantor Systems will continue to support all current Pellow customers."
    assert typed(events_of(nlp, text), "SUPPORT")


def test_releasing_prisoners_and_supporting_allies_stay(nlp: Any) -> None:
    assert typed(events_of(nlp, "The Velmoran army released the prisoners on Monday."),
                 "RETREAT")
    assert typed(events_of(nlp, "Iran will continue to support its allies in the region."),
                 "SUPPORT")


# ---------------------------------------------------------------- call_kind, business_meeting

def test_a_conference_call_asks_for_nothing(nlp: Any) -> None:
    text = "Zantor Systems will hold a conference call for analysts on Friday."
    assert not typed(events_of(nlp, text), "REQUEST")


def test_the_rule_is_what_drops_the_call(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "call_kind")
    text = "Zantor Systems will hold a conference call for analysts on Friday."
    assert typed(events_of(nlp, text), "REQUEST")


def test_a_call_for_a_strike_stays(nlp: Any) -> None:
    assert typed(events_of(nlp, "The union renewed its call for a strike."), "REQUEST")


def test_an_annual_meeting_is_no_contact(nlp: Any) -> None:
    text = "Activist investors confronted the board of Zantor Systems at its annual meeting."
    assert not typed(events_of(nlp, text), "CONSULT")


def test_the_rule_is_what_drops_the_annual_meeting(nlp: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "business_meeting")
    text = "Activist investors confronted the board of Zantor Systems at its annual meeting."
    assert typed(events_of(nlp, text), "CONSULT")


def test_a_meeting_of_ministers_stays(nlp: Any) -> None:
    text = "The foreign ministers of Velmora and Ostrania held a meeting in Geneva."
    assert typed(events_of(nlp, text), "CONSULT")


# ---------------------------------------------------------------- own_terms_request

ANONYMOUS = "The official, who requested anonymity, said police arrested two men in Lagos."


def test_asking_for_anonymity_is_no_request(nlp: Any) -> None:
    events = events_of(nlp, ANONYMOUS)
    assert not typed(events, "REQUEST")
    assert typed(events, "COERCE"), "the arrest the official tells of stays"


def test_the_rule_is_what_drops_the_anonymity(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "own_terms_request")
    assert typed(events_of(nlp, ANONYMOUS), "REQUEST")


def test_a_request_for_troops_stays(nlp: Any) -> None:
    text = "Ostrania requested military assistance from Velmora on Monday."
    assert typed(events_of(nlp, text), "REQUEST")


# ---------------------------------------------------------------- banned_act

BANNED = "Velmora's parliament banned Pride marches."


def test_a_banned_kind_of_act_does_not_happen(nlp: Any) -> None:
    events = events_of(nlp, BANNED)
    assert not typed(events, "PROTEST")
    assert typed(events, "COERCE"), "the ban itself stays"


def test_the_rule_is_what_drops_the_banned_marches(nlp: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "banned_act")
    assert typed(events_of(nlp, BANNED), "PROTEST")


def test_a_banned_rally_of_its_own_stays(nlp: Any) -> None:
    """Near miss: a rally named with its article is a real (planned) rally."""
    text = "Police banned the opposition rally planned for Sunday in Ostrava."
    assert typed(events_of(nlp, text), "PROTEST")


# ---------------------------------------------------------------- particle_not_date

EXTENSIONS = "Zantor had given Hollis two contract extensions in the past season."


def test_a_date_is_no_particle(nlp: Any) -> None:
    assert not typed(events_of(nlp, EXTENSIONS), "CONCEDE")


def test_the_rule_is_what_drops_give_in(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "particle_not_date")
    assert typed(events_of(nlp, EXTENSIONS), "CONCEDE")


def test_giving_in_stays(nlp: Any) -> None:
    assert typed(events_of(nlp, "The government gave in to the strikers on Monday."),
                 "CONCEDE")


# ---------------------------------------------------------------- no_plans

NO_PLANS = "The company has no plans to pull out of the Ostranian market, its chief said."


def test_no_plans_to_act_is_negated(nlp: Any) -> None:
    events = typed(events_of(nlp, NO_PLANS), "RETREAT")
    assert events and {e.modality for e in events} == {"negated"}


def test_the_rule_is_what_negates_the_plan(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "no_plans")
    assert {e.modality for e in typed(events_of(nlp, NO_PLANS), "RETREAT")} == {"planned"}


def test_a_plan_to_act_stays_planned(nlp: Any) -> None:
    text = "The company plans to pull out of the Ostranian market, its chief said."
    assert {e.modality for e in typed(events_of(nlp, text), "RETREAT")} == {"planned"}
