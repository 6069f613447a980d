"""Rule `domestic_recipient` (session 16, evprec12): the person or group a state organ of a known
country arrests, sentences, frees or gives in to, named with no country of its own, is taken as
that state's own (marked inferred); a stated nationality wins, and meetings, aid and attacks
keep an unknown other side. Made-up sentences; the rule is switched off once to show the test
depends on it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules

OWN_PEOPLE = [
    ("Zambian police detained opposition leader Tomas Mwale at his farm.", "COERCE", "ZMB"),
    ("Malawi's government freed 120 political prisoners in a Christmas amnesty.", "RETREAT",
     "MWI"),
    ("The Peruvian government bowed to protesters' demands and dropped the mining tax.",
     "CONCEDE", "PER"),
    # an official of any office, and an office named by its common noun alone that a party of
    # the country (not the state itself) addresses
    # (not 'Segou mayor': a province's office states its country, party_title_country)
    ("Malian police detained opposition mayor Oumar Traore on Friday.", "COERCE", "MLI"),
    ("The Zambian opposition urged the electoral commission to publish the results.",
     "REQUEST", "ZMB"),
]


def _recipient_country(nlp: Any, text: str, etype: str) -> tuple[str | None, bool]:
    events = [e for e in events_of(nlp, text) if e.type == etype and e.recipient is not None]
    assert events, text
    return events[0].recipient.country, events[0].recipient.country_inferred


def test_the_rule_can_be_switched_off() -> None:
    assert "domestic_recipient" in known_rules()


@pytest.mark.parametrize(("text", "etype", "country"), OWN_PEOPLE)
def test_a_states_own_people_take_its_country(nlp: Any, ablated: Any, text: str, etype: str,
                                               country: str) -> None:
    assert _recipient_country(nlp, text, etype) == (country, True), text
    ablated("domestic_recipient")
    assert _recipient_country(nlp, text, etype)[0] is None, text


def test_a_stated_nationality_wins(nlp: Any) -> None:
    text = "Zambian police detained two Belgian tourists near the border."
    assert _recipient_country(nlp, text, "COERCE")[0] == "BEL"


def test_a_meeting_keeps_an_unknown_other_side(nlp: Any) -> None:
    text = "Zambia's president met opposition leader Tomas Mwale in Lusaka."
    events = [e for e in events_of(nlp, text) if e.type == "CONSULT" and e.recipient]
    assert all(e.recipient.country is None or not e.recipient.country_inferred or
               "domestic_recipient" not in e.recipient.rules for e in events)


# ---------------------------------------------------------------- story_congress

def _request_target(nlp: Any, text: str) -> str | None:
    events = [e for e in events_of(nlp, text) if e.type == "REQUEST" and e.recipient]
    assert events, text
    return events[0].recipient.country


def test_a_bare_congress_in_another_countrys_story_is_its_own(nlp: Any, ablated: Any) -> None:
    text = "Honduras's president asked Congress to approve an emergency budget for the storm."
    assert _request_target(nlp, text) == "HND"
    ablated("story_congress")
    assert _request_target(nlp, text) == "USA"


def test_a_congress_named_as_american_stays_american(nlp: Any) -> None:
    text = "Honduras's president asked the U.S. Congress to approve more storm relief."
    assert _request_target(nlp, text) == "USA"


# ---------------------------------------------------------------- left_place

def _retreat_target(nlp: Any, text: str) -> str | None:
    events = [e for e in events_of(nlp, text) if e.type == "RETREAT"]
    assert events, text
    return events[0].recipient.country if events[0].recipient else None


def test_the_state_whose_land_troops_leave_is_the_other_side(nlp: Any, ablated: Any) -> None:
    text = "The last Belgian troops left Chad on Thursday."
    assert _retreat_target(nlp, text) == "TCD"
    ablated("left_place")
    assert _retreat_target(nlp, text) is None


def test_a_withdrawal_gives_the_place_left_no_country_of_the_withdrawer(nlp: Any) -> None:
    text = "Belgian forces withdrew from Lakeview Base."
    assert _retreat_target(nlp, text) != "BEL"


# ---------------------------------------------------------------- rejected_offer_owner

def _reject_target(nlp: Any, text: str) -> str | None:
    events = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert events, text
    return events[0].recipient.name if events[0].recipient else None


@pytest.mark.parametrize(("text", "owner"), [
    ("Eritrea rebuffed an offer of talks from Ethiopia on Friday.", "Ethiopia"),
    ("Burkina Faso's junta turned down an offer from ECOWAS to send monitors.", "ECOWAS"),
])
def test_who_made_a_rejected_offer_receives_the_rejection(nlp: Any, ablated: Any, text: str,
                                                          owner: str) -> None:
    assert _reject_target(nlp, text) == owner, text
    ablated("rejected_offer_owner")
    assert _reject_target(nlp, text) is None, text


# ---------------------------------------------------------------- threatened_party_prep

def _threat_targets(nlp: Any, text: str) -> set[str | None]:
    return {e.recipient.country if e.recipient else None
            for e in events_of(nlp, text) if e.type == "THREATEN"}


@pytest.mark.parametrize(("text", "country"), [
    ("Algeria threatened to cut gas ties with Spain over its stance on Western Sahara.", "ESP"),
    ("Washington threatened to slap duties on all steel from Vietnam.", "VNM"),
])
def test_the_party_a_threatened_act_hits_through_with_or_from(nlp: Any, ablated: Any,
                                                              text: str, country: str) -> None:
    assert country in _threat_targets(nlp, text), text
    ablated("threatened_party_prep")
    assert country not in _threat_targets(nlp, text), text


# ---------------------------------------------------------------- seized_owner

@pytest.mark.parametrize(("text", "country"), [
    ("Venezuelan authorities seized the assets of a Spanish oil company.", "ESP"),
    ("Egypt's navy seized a Turkish cargo ship off Alexandria.", "TUR"),
])
def test_whose_property_is_seized_is_the_one_coerced(nlp: Any, ablated: Any, text: str,
                                                      country: str) -> None:
    def target() -> str | None:
        events = [e for e in events_of(nlp, text) if e.type == "COERCE"]
        assert events, text
        return events[0].recipient.country if events[0].recipient else None

    assert target() == country, text
    ablated("seized_owner")
    assert target() != country, text
