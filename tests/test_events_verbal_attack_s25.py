"""A verbal attack is an accusation (lead, session 25, issue 11); every sentence is made up.

In political news 'X attacked Y' between two named people, or 'attacked Y over / for' a
reason, is criticism (ACCUSE), not violence: the 'attack' senses named_people_parties and
for_reason come before its ASSAULT sense. Armed attackers, places, weapons and how long or
how often an attack went on keep the ASSAULT."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, rules_off
from newsweave.extract.ablation import known_rules


def types_of(nlp: Any, text: str) -> set[str]:
    return {e.type for e in events_of(nlp, text)}


def test_the_rule_can_be_switched_off() -> None:
    assert "verbal_attack" in known_rules()


@pytest.mark.parametrize("text", [
    "Senator Ann Ruiz attacked Tom Hale at a rally in Ohio.",
    "Tom Hale attacked Ann Ruiz in a speech on Thursday.",
    "The opposition leader attacked the government for its handling of the floods.",
    "The mayor attacked the governor over the budget cuts.",
])
def test_a_verbal_attack_is_an_accusation(nlp: Any, text: str) -> None:
    assert types_of(nlp, text) == {"ACCUSE"}, text


def test_without_the_rule_two_named_people_are_an_assault(
        monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    rules_off(monkeypatch, "verbal_attack")
    assert "ASSAULT" in types_of(nlp, "Senator Ann Ruiz attacked Tom Hale at a rally in Ohio.")


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kano on Sunday.",
    "Troops attacked the village for the second time this week.",
    "Rebels attacked the army convoy for hours.",
    "Jets attacked rebel positions over the border.",
    "Militants attacked Mosul from the west.",
])
def test_an_armed_attack_stays_an_assault(nlp: Any, text: str) -> None:
    assert types_of(nlp, text) == {"ASSAULT"}, text
