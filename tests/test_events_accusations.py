"""Accusations, demands, threats and their speakers in whole articles (issue #11, low recall
of ACCUSE, REQUEST, THREATEN, CONSULT), on sentences we wrote: a statement's issuer, a party
judged by a copula, a suit filed against a party, a demand made with 'needs to', a warning
from a party, calls by a party, liaising; and the near misses that must stay silent."""

from __future__ import annotations

from typing import Any

from event_helpers import events_of
from newsweave.model import Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# ---------------------------------------------------------------- who issued a statement


def test_a_statement_condemning_is_its_issuers_accusation(nlp: Any) -> None:
    events = events_of(nlp, "The Greek foreign ministry issued a statement condemning the "
                            "Turkish incursion.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.country == "GRC"
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_a_participle_of_a_thing_that_is_no_statement_has_no_issuer(nlp: Any) -> None:
    events = events_of(nlp, "The Greek foreign ministry published a map condemning the "
                            "Turkish incursion.")
    assert not typed(events, "ACCUSE")


# ---------------------------------------------------------------- a party judged wrong


def test_a_party_said_to_remain_repressive_is_accused(nlp: Any) -> None:
    events = events_of(nlp, "Amnesty International said Ruritania remains one of the most "
                            "repressive states in the region.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.name == "Amnesty International"
    assert ev.recipient is not None and ev.recipient.name == "Ruritania"
    assert "reported_wrongdoing" in ev.rules


def test_a_party_said_to_have_become_authoritarian_is_accused(nlp: Any) -> None:
    events = events_of(nlp, "Amnesty International said Turkey has become an authoritarian "
                            "state.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_a_party_praised_by_a_copula_is_not_accused(nlp: Any) -> None:
    events = events_of(nlp, "The Greek minister said Turkey remains a reliable partner.")
    assert not typed(events, "ACCUSE")


# ---------------------------------------------------------------- suits


def test_a_suit_filed_against_a_government_targets_it(nlp: Any) -> None:
    events = events_of(nlp, "Greenpeace has filed suit against the Greek government over "
                            "the rule.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.name == "Greenpeace"
    assert ev.recipient is not None and ev.recipient.country == "GRC"


# ---------------------------------------------------------------- demands said with 'need to'


def test_a_party_that_needs_to_act_is_asked_by_the_speaker(nlp: Any) -> None:
    events = events_of(nlp, '"The Greek Interior Ministry needs to start giving the public '
                            'answers," said Senator Ana Ruiz of Chile.')
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and ev.actor.country == "CHL"
    assert ev.recipient is not None and ev.recipient.country == "GRC"
    assert ev.trigger == "needs to" and "necessity_obligation" in ev.rules


def test_has_to_is_a_demand_too(nlp: Any) -> None:
    events = events_of(nlp, '"Turkey has to withdraw its ships," the Greek foreign minister '
                            'said.')
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and ev.actor.country == "GRC"
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_a_future_need_or_a_need_of_things_is_no_demand(nlp: Any) -> None:
    for text in ('"Greece will need to import more gas next year," the Turkish minister '
                 'said.',
                 '"Greek farmers need more water," the Turkish minister said.',
                 '"We need to talk to Turkey," the Greek foreign minister said.',
                 'The Turkish minister said they need to undertake an assessment first.'):
        assert not typed(events_of(nlp, text), "REQUEST"), text


# ---------------------------------------------------------------- warnings and calls


def test_a_warning_from_a_party_of_an_act_to_come_is_its_threat(nlp: Any) -> None:
    events = events_of(nlp, "She came to the school after a phone warning from the Turkish "
                            "army that the house would be struck.")
    (ev,) = typed(events, "THREATEN")
    assert ev.actor is not None and ev.actor.country == "TUR"
    assert not typed(events, "ASSAULT")  # the strike is only threatened


def test_a_warning_about_the_present_is_no_threat(nlp: Any) -> None:
    events = events_of(nlp, "She came to the school after a warning from the Turkish army "
                            "that the road was flooded.")
    assert not typed(events, "THREATEN")


def test_calls_by_a_party_are_its_demand(nlp: Any) -> None:
    events = events_of(nlp, "Prime Minister Kyriakos Mitsotakis has rejected calls by "
                            "opposition leaders to hold early elections.")
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and ev.actor.name == "leaders"
    assert typed(events, "REJECT")


def test_a_phone_call_by_a_leader_is_no_demand(nlp: Any) -> None:
    events = events_of(nlp, "The phone calls by the Greek prime minister lasted an hour.")
    assert not typed(events, "REQUEST")


# ---------------------------------------------------------------- consultation


def test_liaising_with_authorities_is_consulting_them(nlp: Any) -> None:
    events = events_of(nlp, "The UN said it was liaising with the Greek authorities.")
    (ev,) = typed(events, "CONSULT")
    assert ev.recipient is not None and ev.recipient.country == "GRC"


def test_a_resolution_vetoed_is_not_the_vetoers_act(nlp: Any) -> None:
    events = events_of(nlp, "Russia vetoed a Security Council resolution condemning the "
                            "Turkish incursion.")
    assert not [e for e in typed(events, "ACCUSE")
                if e.actor is not None and e.actor.country == "RUS"]
