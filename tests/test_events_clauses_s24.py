"""Rules of session 24 (evclause24): acts told in a second clause of a sentence. A relative
clause on the one another event is done to, whose person pronoun does an act of its own
('arrested two gunmen who had attacked a post'), tells a second event (rule
`acting_participant`, an exception to `described_participant`). The sentences here are made
up; the rule is also switched off, and look-alike clauses that are only background stay no
event."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off
from newsweave.extract.ablation import known_rules

pytestmark = pytest.mark.slow

ACTING = [
    ("Ugandan police arrested three Sudanese gunmen who had attacked Ugandan soldiers.",
     "ASSAULT", "gunmen"),
    ("The army freed the rebels who had kidnapped the Malawian engineers.",
     "ASSAULT", "rebels"),
    ("Police detained the protesters who had stormed the Zambian embassy.",
     "ASSAULT", "protesters"),
]


def test_rule_can_be_switched_off() -> None:
    assert "acting_participant" in known_rules()


@pytest.mark.parametrize(("text", "etype", "doer"), ACTING)
def test_act_of_the_one_an_event_is_done_to_is_an_event(
        nlp: Any, text: str, etype: str, doer: str) -> None:
    found = parties(events_of(nlp, text), etype)
    assert any(f[0] is not None and doer in f[0].lower() for f in found), found


@pytest.mark.parametrize(("text", "etype", "doer"), ACTING)
def test_switched_off_the_relative_act_is_background(
        nlp: Any, monkeypatch: Any, text: str, etype: str, doer: str) -> None:
    rules_off(monkeypatch, "acting_participant")
    found = parties(events_of(nlp, text), etype)
    assert not any(f[0] is not None and doer in f[0].lower() for f in found), found


@pytest.mark.parametrize(("text", "etype"), [
    # passive: what was done to them, how they came to be freed
    ("Police freed the Malawian reporters, who had been detained in Lilongwe.", "COERCE"),
    # no object of its own: no second event
    ("Ugandan police arrested two Sudanese gunmen who fled.", "ASSAULT"),
    # the clause's subject is the main actor, not the relative pronoun
    ("The army freed the soldiers it had detained since July.", "COERCE"),
    # the clause's act is on no party (a road): how the traders came to be detained
    ("Police detained dozens of traders who had blocked the coastal highway.", "PROTEST"),
])
def test_background_clauses_stay_no_event(nlp: Any, text: str, etype: str) -> None:
    events = events_of(nlp, text)
    assert len([e for e in events if e.type == etype]) == 0, events


# ------------------------------------------------------------------ relative_patient

RELATIVE_PASSIVE = [
    ("The Malawian army convoy, which was ambushed near the lake, carried flour.", "MWI"),
    ("Three Zambian soldiers, who were shot near the river, died in hospital.", "ZMB"),
    ("The Ugandan police station that was attacked on Monday reopened.", "UGA"),
]


def test_relative_patient_can_be_switched_off() -> None:
    assert "relative_patient" in known_rules()


@pytest.mark.parametrize(("text", "victim"), RELATIVE_PASSIVE)
def test_act_a_relative_clause_says_was_done_to_its_noun(
        nlp: Any, text: str, victim: str) -> None:
    found = parties(events_of(nlp, text), "ASSAULT")
    assert any(f[3] == victim for f in found), found


@pytest.mark.parametrize(("text", "victim"), RELATIVE_PASSIVE[:1])
def test_switched_off_the_relative_pronoun_names_no_victim(
        nlp: Any, monkeypatch: Any, text: str, victim: str) -> None:
    rules_off(monkeypatch, "relative_patient")
    found = parties(events_of(nlp, text), "ASSAULT")
    assert not any(f[3] == victim for f in found), found


@pytest.mark.parametrize("text", [
    # the clause's noun is a thing, an idea or a sports team: no victim, no attack
    "The old bridge, which was attacked by termites, was closed.",
    "The proposal, which was attacked in the press, passed on Tuesday.",
    "The Malawian team, which was beaten in the final, flew home.",
])
def test_relative_clause_on_no_party_is_no_attack(nlp: Any, text: str) -> None:
    found = parties(events_of(nlp, text), "ASSAULT")
    assert not found, found


# ------------------------------------------------------------------ owner_infinitive

OWNED = [
    ("Zambia's decision to expel two Malawian diplomats angered Lilongwe.", "SANCTION",
     "ZMB", "asserted"),
    ("Zambia's plan to send troops to Malawi was approved.", "MOBILIZE", "ZMB", "planned"),
]


def test_owner_infinitive_can_be_switched_off() -> None:
    assert "owner_infinitive" in known_rules()


@pytest.mark.parametrize(("text", "etype", "doer", "modality"), OWNED)
def test_owner_of_a_decision_does_its_act(
        nlp: Any, text: str, etype: str, doer: str, modality: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.actor is not None and e.actor.country == doer and e.modality == modality
               for e in events), events


@pytest.mark.parametrize(("text", "etype", "doer", "modality"), OWNED)
def test_switched_off_the_owner_does_not_act(
        nlp: Any, monkeypatch: Any, text: str, etype: str, doer: str, modality: str) -> None:
    rules_off(monkeypatch, "owner_infinitive")
    found = parties(events_of(nlp, text), etype)
    assert not any(f[1] == doer for f in found), found


@pytest.mark.parametrize(("text", "etype"), [
    # refused, failed, threatened or asked: the act is not done
    ("The rebels' refusal to withdraw from the town angered Lusaka.", "RETREAT"),
    ("Zambia's failure to expel the Malawian diplomats angered the opposition.", "SANCTION"),
    ("Zambia's threat to expel two Malawian diplomats angered Lilongwe.", "SANCTION"),
    ("Zambia's right to expel Malawian diplomats is not in doubt.", "SANCTION"),
])
def test_owner_of_a_refusal_or_threat_does_not_act(nlp: Any, text: str, etype: str) -> None:
    assert not parties(events_of(nlp, text), etype)


# ------------------------------------------------------------------ clause positions (guards)
# The census of session 24 found the acts of second clauses already read: a second conjunct
# shares the first one's subject, an act under a speech or belief verb keeps the verb's
# modality, a participle takes the main clause's doer. These guard those mechanisms.

@pytest.mark.parametrize(("text", "etype", "doer", "modality"), [
    # second of two conjoined verbs, subject shared (and with 'but')
    ("Tanzanian troops shelled the camp and killed four Burundian soldiers.", "ASSAULT",
     "TZA", "asserted"),
    ("Malawi recalled its envoy but did not expel the Zambian diplomats.", "SANCTION",
     "MWI", "negated"),
    # a participle after the main clause
    ("Zambian soldiers stormed the camp, abducting three Malawian engineers.", "ASSAULT",
     "ZMB", "asserted"),
    # under speech, belief, fear and denial verbs
    ("Lusaka alleged that Malawian troops had shelled the village and abducted two farmers.",
     "ASSAULT", "MWI", "alleged"),
    ("Officials in Lusaka fear Malawi may attack the border post.", "ASSAULT", "MWI",
     "hypothetical"),
    ("Malawi denied that its troops had shelled the village.", "ASSAULT", "MWI", "denied"),
])
def test_act_of_a_second_or_embedded_clause(nlp: Any, text: str, etype: str, doer: str,
                                            modality: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.actor is not None and e.actor.country == doer and e.modality == modality
               for e in events), events
