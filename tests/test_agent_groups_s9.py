"""Subjects that named no actor (evgates, session 9): an unnamed group of agents from
lexicons/agent_groups.json ('criminals', 'regulators', 'investors') and a plural group the
tagger names ('Kurds') act as themselves, with no country unless their own phrase states one.
Made-up sentences, negatives included."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import disabled_rules
from newsweave.extract.lexicon_schema import LexiconError, validate


def _actors(nlp: Any, text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(e.actor.name, e.actor.country, e.type, e.actor.rules)
            for e in events_of(nlp, text) if e.actor is not None]


def test_an_unnamed_group_of_agents_acts_with_no_country(nlp: Any) -> None:
    [(name, country, etype, rules)] = _actors(nlp, "Criminals attacked the bank on Monday.")
    assert (name, country, etype) == ("criminals", None, "ASSAULT")
    assert "agent_group" in rules


def test_a_first_word_taken_for_a_name_is_still_the_group(nlp: Any) -> None:
    # the tagger reads the capitalised first word as a proper noun
    found = _actors(nlp, "Scammers targeted elderly residents.")
    assert [(n, c) for n, c, _t, _r in found] == [("scammers", None)]


def test_the_groups_own_place_gives_its_country(nlp: Any) -> None:
    found = _actors(nlp, "Criminals in Brazil attacked the bank.")
    assert [(n, c) for n, c, _t, _r in found] == [("criminals", "BRA")]


def test_a_country_named_elsewhere_in_the_sentence_is_not_borrowed(nlp: Any) -> None:
    found = _actors(nlp, "Russia said criminals attacked its banks.")
    assert ("criminals", None) in [(n, c) for n, c, _t, _r in found]
    assert all(c is None for n, c, _t, _r in found if n == "criminals")


def test_a_two_word_group_noun(nlp: Any) -> None:
    found = _actors(nlp, "Malware authors attacked thousands of users.")
    assert [(n, t) for n, _c, t, _r in found] == [("malware authors", "ASSAULT")]


def test_a_state_sector_group_is_the_story_countrys_organ_marked_inferred(nlp: Any) -> None:
    text = ("Chinese media said the new rules took effect on Monday in Beijing and Shanghai. "
            "Regulators banned the app.")
    ev = next(e for e in events_of(nlp, text) if e.actor and e.actor.name == "regulators")
    assert (ev.type, ev.actor.country, ev.actor.sector) == ("COERCE", "CHN", "GOV")
    assert ev.actor.country_inferred and "group_story_state" in ev.actor.rules


def test_one_of_them_or_none_of_them_is_no_group(nlp: Any) -> None:
    assert _actors(nlp, "A criminal attacked the bank.") == []
    assert all(n != "investors" for n, *_ in _actors(nlp, "No investors sued the firm."))


def test_a_jury_stays_the_states_court(nlp: Any) -> None:
    # courts and juries are not in the list: a verdict is the state's act (court_subject)
    found = _actors(nlp, "The jury in Ohio convicted Ana Lee of murder.")
    assert [(n, c) for n, c, _t, _r in found] == [("United States", "USA")]


def test_a_tagged_group_acts_as_itself(nlp: Any) -> None:
    [(name, country, etype, rules)] = _actors(nlp, "Kurds attacked the convoy.")
    assert (name, country, etype) == ("Kurds", None, "ASSAULT")
    assert "named_group" in rules
    by = _actors(nlp, "The convoy was attacked by Kurds.")
    assert [(n, c) for n, c, _t, _r in by] == [("Kurds", None)]


def test_a_tagged_group_word_that_is_no_subject_is_no_party(nlp: Any) -> None:
    # the tagger labels 'Webcasts' as a group; as an object it is a thing
    for ev in events_of(nlp, "Microsoft is hosting two Webcasts for its customers."):
        assert ev.recipient is None or ev.recipient.name != "Webcasts"


def test_outlets_speech_and_products_make_no_group(nlp: Any) -> None:
    found = _actors(nlp, "Reuters reported that the army attacked the town.")
    assert all(n != "Reuters" for n, *_ in found)
    assert _actors(nlp, "The company said it would appeal.") == []
    assert _actors(nlp, "Chrome blocked the ads.") == []


def test_the_rules_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    # (unnamed_actor, session 11, would keep "criminals" as an unnamed group: off too)
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "agent_group,named_group,unnamed_actor")
    assert {"agent_group", "named_group"} <= disabled_rules()
    assert _actors(nlp, "Criminals attacked the bank on Monday.") == []
    assert _actors(nlp, "Kurds attacked the convoy.") == []


@pytest.mark.parametrize("bad", [
    {"about": "x", "groups": {"Criminals": None}},
    {"about": "x", "groups": {"criminal": None}},
    {"about": "x", "groups": {"criminals": "XYZ"}},
    {"about": "x", "groups": {}},
    {"about": "x", "groups": {"criminals": None}, "extra": 1},
])
def test_a_bad_group_entry_names_the_file(bad: dict[str, Any]) -> None:
    with pytest.raises(LexiconError, match=r"agent_groups\.json"):
        validate("agent_groups.json", bad)


def test_a_byline_joined_to_a_name_is_not_part_of_the_actor(nlp: Any) -> None:
    text = ("Tech Daily - Zentrix accused Norvale of copying its chips. "
            "Zentrix later sued Norvale in a federal court.")
    names = {e.actor.name for e in events_of(nlp, text) if e.actor is not None}
    assert "Tech Daily - Zentrix" not in names
    # a joined name the article never gives alone is left as the tagger read it
    alone = _actors(nlp, "Tech Daily - Zentrix accused Norvale of copying its chips.")
    assert all(n != "Zentrix" for n, *_ in alone)


def test_the_byline_rule_can_be_switched_off(monkeypatch: pytest.MonkeyPatch,
                                             nlp: Any) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "byline_fragment")
    text = ("Tech Daily - Zentrix accused Norvale of copying its chips. "
            "Zentrix later sued Norvale in a federal court.")
    names = {e.actor.name for e in events_of(nlp, text) if e.actor is not None}
    assert "Tech Daily - Zentrix" in names
