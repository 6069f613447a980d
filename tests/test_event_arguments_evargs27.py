"""Arguments of wire sentences (evargs27, issue 11); every sentence is made up.

A town's name the parser hung on an attack verb as an adverb is what the attack hits (rule
place_read_as_adverb); a lone town name the tagger labels an organisation, that
the place index knows as a sizeable town, is the town attacked, whose state is the other side
(rule mistagged_town). The 'of' phrase of an attack noun names the place that undergoes it,
whose state is attacked (rule attacked_of_place). An offer to host a meeting or to mediate is
the offerer's planned CONSULT with the meeting's parties, not an agreement (rule
offered_hosting); a bloc's alias with a common head ('Western governments') is the bloc (rule
common_head_alias). An agentless arrest was made by the state of the town its in/at phrase names
(rule act_place_state); a group's leaders ('gang leaders', 'union leaders') are of that group,
not the state (rule group_leaders, actors.json group_modifier_sectors). Each rule is switched
off once to show the test depends on it, and each has a look-alike it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off
from newsweave.extract.ablation import known_rules

RULES = ("place_read_as_adverb", "mistagged_town", "attacked_of_place", "offered_hosting",
         "common_head_alias", "act_place_state", "group_leaders")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ------------------------------------------------------------ a town the parser misread

MISREAD_TOWNS = [
    # (text, the rule, the state hit)
    ("Russian artillery shelled Bakhmut overnight.", "place_read_as_adverb", "UKR"),
    ("The army shelled Idlib overnight.", "mistagged_town", "SYR"),
]


@pytest.mark.parametrize(("text", "rule", "country"), MISREAD_TOWNS)
def test_the_misread_town_is_the_place_attacked(nlp: Any, text: str, rule: str,
                                                country: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert any(e.recipient is not None and e.recipient.country == country and
               rule in e.recipient.rules for e in found), parties(found, "ASSAULT")


@pytest.mark.parametrize(("text", "rule", "country"), MISREAD_TOWNS)
def test_without_the_rule_the_town_gives_no_state(monkeypatch: pytest.MonkeyPatch, nlp: Any,
                                                  text: str, rule: str,
                                                  country: str) -> None:
    rules_off(monkeypatch, rule)
    found = parties(events_of(nlp, text), "ASSAULT")
    assert found, text
    assert not any(rec_c == country for _a, _ac, _r, rec_c in found), found


@pytest.mark.parametrize("text", [
    # a given name the index also knows as a town stays what the tagger read
    "Militants attacked Kent on Monday.",
    # a longer name: a bank named after the town is no town
    "Hackers attacked Idlib Bank on Monday.",
])
def test_no_town_from_a_given_name_or_a_longer_name(nlp: Any, text: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert found, text
    assert not any(e.recipient is not None and e.recipient.country is not None
                   for e in found), parties(found, "ASSAULT")


def test_an_adverb_that_is_no_place_is_no_object(nlp: Any) -> None:
    # 'overnight' hangs on the verb as an adverb too: no town, no party
    found = [e for e in events_of(nlp, "Rebel fighters shelled the area overnight.")
             if e.type == "ASSAULT"]
    assert found
    assert not any(e.recipient is not None and
                   "place_read_as_adverb" in e.recipient.rules for e in found)


# ------------------------------------------------------------ the place an attack noun is of

OF_PLACES = [
    ("The siege of Mariupol by Russian forces lasted for weeks.", "UKR"),
    ("The bombardment of a hospital in Gaza by Israeli jets went on for hours.", "PSE"),
    ("The Chilean bombardment of Arica went on for a week.", "CHL"),
]


@pytest.mark.parametrize(("text", "country"), OF_PLACES[:2])
def test_the_place_an_attack_is_of_gives_its_state(nlp: Any, text: str,
                                                   country: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert any(e.recipient is not None and e.recipient.country == country and
               "attacked_of_place" in e.recipient.rules for e in found), \
        parties(found, "ASSAULT")


@pytest.mark.parametrize(("text", "country"), OF_PLACES[:2])
def test_without_the_rule_the_place_of_is_not_read(monkeypatch: pytest.MonkeyPatch,
                                                   nlp: Any, text: str,
                                                   country: str) -> None:
    rules_off(monkeypatch, "attacked_of_place")
    found = parties(events_of(nlp, text), "ASSAULT")
    assert found, text
    assert not any(rec_c == country for _a, _ac, _r, rec_c in found), found


@pytest.mark.parametrize("text", [
    # the attacker's own town: who holds it is not said
    OF_PLACES[2][0],
    # a place with no 'in' phrase and no name gives no state
    "The bombing of the embassy by rebels drew protests.",
])
def test_no_state_from_the_attackers_own_place_or_an_unplaced_thing(nlp: Any,
                                                                     text: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert found, text
    assert not any(e.recipient is not None and "attacked_of_place" in e.recipient.rules
                   for e in found), parties(found, "ASSAULT")


# ------------------------------------------------------------ an offer to host or to mediate

OFFERS = [
    # (text, the offerer's country, the parties' countries)
    ("Oman offered to host talks between Eritrea and Ethiopia.", "OMN", {"ERI", "ETH"}),
    ("The Vatican has offered to mediate between Peru and Bolivia.", "VAT", {"PER", "BOL"}),
    ("Ghana offered to host a meeting of the two rival factions.", "GHA", set()),
]


@pytest.mark.parametrize(("text", "host", "sides"), OFFERS)
def test_an_offer_to_host_is_a_planned_consultation(nlp: Any, text: str, host: str,
                                                    sides: set[str]) -> None:
    events = events_of(nlp, text)
    found = [e for e in events if e.type == "CONSULT" and "offered_hosting" in e.rules]
    assert found, [(e.type, e.actor and e.actor.name) for e in events]
    assert all(e.actor is not None and e.actor.country == host and
               e.modality == "planned" and e.mode == "third-party" for e in found)
    assert {e.recipient.country for e in found if e.recipient is not None} == sides
    # the offer itself stays PLOVER's AGREE (an offer to cooperate), asserted
    assert [e for e in events if e.type == "AGREE" and e.trigger == "offer" and
            e.modality == "asserted"]


@pytest.mark.parametrize(("text", "host", "sides"), OFFERS[:2])
def test_without_the_rule_the_offer_stays_an_agreement(monkeypatch: pytest.MonkeyPatch,
                                                       nlp: Any, text: str, host: str,
                                                       sides: set[str]) -> None:
    rules_off(monkeypatch, "offered_hosting")
    events = events_of(nlp, text)
    assert not [e for e in events if "offered_hosting" in e.rules]
    assert [e for e in events if e.type == "AGREE" and e.trigger == "offer"]


@pytest.mark.parametrize("text", [
    # hosting what is no meeting
    "Morocco offered to host the next World Cup.",
    # an offer of another act keeps its own event
    "Chile offered to share radar data with Argentina.",
])
def test_an_offer_of_anything_else_is_left_alone(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert events, text
    assert not [e for e in events if "offered_hosting" in e.rules]


# ------------------------------------------------------------ an alias with a common head

def test_a_bloc_alias_with_a_common_head_is_the_bloc(nlp: Any) -> None:
    text = "Belarus accused Western governments of funding the protests."
    found = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert any(e.recipient is not None and e.recipient.name == "West" and
               "common_head_alias" in e.recipient.rules for e in found), \
        parties(found, "ACCUSE")


def test_without_the_rule_the_alias_is_not_read(monkeypatch: pytest.MonkeyPatch,
                                                nlp: Any) -> None:
    rules_off(monkeypatch, "common_head_alias")
    text = "Belarus accused Western governments of funding the protests."
    found = parties(events_of(nlp, text), "ACCUSE")
    assert found
    assert not any(rec == "West" for _a, _ac, rec, _rc in found), found


def test_a_bare_common_noun_is_no_alias(nlp: Any) -> None:
    found = [e for e in events_of(nlp, "Belarus accused the governments of funding the "
                                       "protests.") if e.type == "ACCUSE"]
    assert found
    assert not any(e.recipient is not None and e.recipient.name == "West" for e in found)


# ------------------------------------------------------------ where an arrest was made

ARRESTS = [
    ("A Dutch cyclist was arrested in Dubai.", "ARE", "NLD"),
    ("Ecuador's former energy minister faces graft charges at home. He was detained at a "
     "hotel in Marbella on Friday.", "ESP", "ECU"),
]


@pytest.mark.parametrize(("text", "state", "other"), ARRESTS)
def test_the_state_where_an_arrest_was_made_made_it(nlp: Any, text: str, state: str,
                                                    other: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert any(e.actor is not None and e.actor.country == state and
               "act_place_state" in e.actor.rules for e in found), parties(found, "COERCE")


@pytest.mark.parametrize(("text", "state", "other"), ARRESTS)
def test_without_the_rule_the_arrested_ones_country_is_borrowed(
        monkeypatch: pytest.MonkeyPatch, nlp: Any, text: str, state: str, other: str) -> None:
    rules_off(monkeypatch, "act_place_state")
    found = parties(events_of(nlp, text), "COERCE")
    assert not any(ac == state for _a, ac, _r, _rc in found), found


def test_an_agent_named_keeps_its_country(nlp: Any) -> None:
    found = [e for e in events_of(nlp, "A Dutch cyclist was arrested in Dubai by Omani "
                                       "police.") if e.type == "COERCE"]
    assert found
    assert not any(e.actor is not None and "act_place_state" in e.actor.rules for e in found)


# ------------------------------------------------------------ a group's leaders

GROUP_LEADERS = [
    ("Canada imposed sanctions on three Haitian gang leaders.", "SANCTION", "CRM"),
    ("Police in Nairobi arrested two Kenyan union leaders.", "COERCE", "LAB"),
]


@pytest.mark.parametrize(("text", "etype", "sector"), GROUP_LEADERS)
def test_a_groups_leaders_are_no_state(nlp: Any, text: str, etype: str,
                                       sector: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.recipient is not None and e.recipient.sector == sector and
               "group_leaders" in e.recipient.rules for e in found), parties(found, etype)


@pytest.mark.parametrize(("text", "etype", "sector"), GROUP_LEADERS)
def test_without_the_rule_the_leaders_are_the_state(monkeypatch: pytest.MonkeyPatch,
                                                    nlp: Any, text: str, etype: str,
                                                    sector: str) -> None:
    rules_off(monkeypatch, "group_leaders")
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert found
    assert not any(e.recipient is not None and e.recipient.sector == sector for e in found)


@pytest.mark.parametrize(("word", "sector"), [("government", "GOV"), ("opposition", "OPP"),
                                              ("", "GOV")])
def test_other_leaders_keep_their_sector(nlp: Any, word: str, sector: str) -> None:
    from event_helpers import resolved_refs

    text = f"The envoy met Haitian {word} leaders.".replace("  ", " ")
    assert [s for _n, _c, s in resolved_refs(nlp, text, "leaders")] == [sector]
