"""False events of session 14 (evprec8), found on the wire sentence suites (one reported event a
sentence; tests/data/event_wire_precision2.jsonl and the earlier suites); the sentences here are
made up. An option weighed, or another party's act wished for or forecast, is no report, and an
'after' clause with its own subject dates the event it hangs on. Each rule
is switched off once (NEWSWEAVE_ABLATE) to show the test depends on it, and each has a true
event next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("wished_act", "background_clause", "market_rally", "ended_background")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- wished_act

WISHED = [
    ("Analysts predict that Chile will expel the French consul.", "COERCE"),
    ("The Chilean cabinet is considering expelling the French consul.", "COERCE"),
    ("Diplomats in Strelsau expect Moldavia to withdraw its border guards soon.", "RETREAT"),
]
DECIDED = [
    # one's own hope is a plan (session 11, test_events_false_senses_s11)
    ("The Ruritanian government hopes to sign a trade agreement with Chile next year.", "AGREE"),
    ("Moldavia will sign a customs pact with Ruritania on Friday.", "AGREE"),
    # a consul expelled is a diplomat expelled: SANCTION (session 15, foreign_expulsion)
    ("Chile will expel the French consul next week.", "SANCTION"),
    ("Moldavia and Ruritania are expected to sign a fishing accord next month.", "AGREE"),
    ("Moldavia withdrew its border guards from the river crossing on Monday.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "etype"), WISHED)
def test_a_wish_an_option_or_a_forecast_is_no_event(nlp: Any, text: str, etype: str) -> None:
    assert not events_of(nlp, text), text


@pytest.mark.parametrize(("text", "etype"), WISHED)
def test_the_rule_is_what_keeps_the_wish_out(nlp: Any, ablated: Any, text: str,
                                             etype: str) -> None:
    ablated("wished_act")
    assert events_of(nlp, text), text


@pytest.mark.parametrize(("text", "etype"), DECIDED)
def test_a_decided_plan_or_a_schedule_stays(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(events_of(nlp, text)), text


# ------------------------------------------------- data: blockable_word, meeting_kinds


def test_blocking_a_package_or_a_membership_is_a_rejection(nlp: Any) -> None:
    """lexicons/event_lexicon.json blockable_word (session 14): what one party keeps another
    from passing or joining is refused (REJECT), not a restriction on people (COERCE)."""
    for text in ("Hungary blocked a new EU rescue package for Greece at the summit.",
                 "Turkey blocked Finland's membership of the alliance for a year."):
        assert types_of(events_of(nlp, text)) == ["REJECT"], text
    assert types_of(events_of(nlp, "Troops blocked aid convoys at the Moldavian border.")) == \
        ["COERCE"]


def test_a_bodys_own_policy_or_cabinet_meeting_is_no_consultation(nlp: Any) -> None:
    """lexicons/false_senses.json meeting_kinds (session 14, rule business_meeting)."""
    for text in ("Traders are waiting for the outcome of the central bank's policy meeting.",
                 "The minutes of Tuesday's cabinet meeting were leaked to a newspaper."):
        assert "CONSULT" not in types_of(events_of(nlp, text)), text
    assert "CONSULT" in types_of(events_of(
        nlp, "The Chilean foreign minister held a meeting with his French counterpart in Paris."))


def test_a_late_attack_without_an_equaliser_is_play(nlp: Any) -> None:
    """lexicons/sports.json sport_words (session 14): 'equaliser', 'qualifier' make a sentence
    about sport (rule sports_context), so its contest words are play."""
    assert not events_of(nlp, "The visitors launched a late attack but could not find an "
                              "equaliser in Lisbon.")
    assert types_of(events_of(nlp, "Gunmen attacked a police post in Lisbon on Monday.")) == \
        ["ASSAULT"]


# ---------------------------------------------------------------- background_clause

AFTER = [
    ("Chile recalled its ambassador from Lima after a crowd stormed the embassy compound.",
     "SANCTION", "PROTEST"),
    ("Norway eased sanctions on Myanmar a day after the junta and the rebels signed a truce "
     "deal.",
     "CONCEDE", "AGREE"),
]


@pytest.mark.parametrize(("text", "main", "background"), AFTER)
def test_an_after_clause_dates_the_event_it_hangs_on(nlp: Any, text: str, main: str,
                                                     background: str) -> None:
    types = types_of(events_of(nlp, text))
    assert main in types and background not in types, (text, types)


@pytest.mark.parametrize(("text", "main", "background"), AFTER)
def test_the_rule_is_what_keeps_the_background_out(nlp: Any, ablated: Any, text: str,
                                                   main: str, background: str) -> None:
    ablated("background_clause")
    assert background in types_of(events_of(nlp, text)), text


def test_a_clause_without_its_own_subject_or_after_stays(nlp: Any) -> None:
    # two acts of the same party told in turn, and a when-clause, are each reported
    types = types_of(events_of(nlp, "Chilean police arrested two men after raiding a house "
                                    "in Santiago."))
    assert "COERCE" in types
    types = types_of(events_of(nlp, "Chile recalled its ambassador when a crowd stormed the "
                                    "embassy in Lima."))
    assert "SANCTION" in types


def test_a_chain_told_deeper_in_the_sentence_keeps_each_step(nlp: Any) -> None:
    """Only the sentence's main verb is dated by its after-clause: a clause hung on a verb that
    is itself a clause ('decided to expel the envoy after protesters stormed the embassy')
    tells a step of its own."""
    text = "Peru's government decided to expel the envoy after protesters stormed the embassy."
    assert "PROTEST" in types_of(events_of(nlp, text))


# ---------------------------------------------------------------- market_rally

MARKET_RALLIES = [
    "Copper extended its rally for a third session in Santiago.",
    "Oil prices staged a strong rally in London on Tuesday.",
    "A rally in Chilean mining shares lifted the index.",
]


@pytest.mark.parametrize("text", MARKET_RALLIES)
def test_a_rally_of_a_market_is_no_demonstration(nlp: Any, text: str) -> None:
    assert "PROTEST" not in types_of(events_of(nlp, text)), text


@pytest.mark.parametrize("text", MARKET_RALLIES)
def test_the_rule_is_what_keeps_the_market_rally_out(nlp: Any, ablated: Any, text: str) -> None:
    ablated("market_rally")
    assert "PROTEST" in types_of(events_of(nlp, text)), text


def test_a_rally_of_people_in_a_market_stays(nlp: Any) -> None:
    for text in ("Thousands of farmers held a rally in the market square in Santiago.",
                 "Opposition supporters staged a rally in Lima against fuel prices."):
        assert "PROTEST" in types_of(events_of(nlp, text)), text


# ---------------------------------------------------- data: warn of a stoppage (stoppage_word)


def test_a_union_warning_of_a_walkout_threatens_it(nlp: Any) -> None:
    """lexicons/event_lexicon.json, warn with stoppage_word (session 14): workers, students or
    an opposition warning of their own strike or walkout threaten it (THREATEN); the stoppage
    has not happened (no PROTEST)."""
    text = "Teachers in Chile warned of a walkout if the pay deal is not signed."
    assert types_of(events_of(nlp, text)) == ["THREATEN"]
    assert "PROTEST" in types_of(events_of(nlp, "Teachers in Chile began a walkout on Monday."))


# ---------------------------------------------------------------- ended_background

ENDED = ("Teachers' unions and the Chilean government signed a pay deal, ending a two-week "
         "general strike.")


def test_what_the_main_event_ends_is_its_background(nlp: Any) -> None:
    assert types_of(events_of(nlp, ENDED)) == ["AGREE"]


def test_the_rule_is_what_keeps_the_ended_strike_out(nlp: Any, ablated: Any) -> None:
    ablated("ended_background")
    assert "PROTEST" in types_of(events_of(nlp, ENDED))
