"""False events of session 15 (evprec9), found on the wire sentence suites (one reported event a
sentence; tests/data/event_wire_precision3.jsonl and the earlier suites); the sentences here are
made up. The topic of a speech or a text, the state an event leaves behind, the accusation a
sanction gives as its reason and a refused meal are no reports of their own; a civil body's ban
on its member and the expulsion of foreign officials are sanctions (extract.events). Each rule is
switched off once (NEWSWEAVE_ABLATE) to show the test depends on it, and each has a true event
next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("talk_topic", "result_state", "reason_participle", "intake_refused", "body_discipline",
         "foreign_expulsion", "described_target", "press_briefing", "subject_aside",
         "court_sentence", "dated_noun", "proposed_gerund", "prevented_act")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- talk_topic

TOPICS = [
    ("The Moldavian president spoke about the 2021 riots in his new year address.", "PROTEST"),
    ("The senate in Strelsau debated a study on the causes of the border riots.", "PROTEST"),
    ("The Ruritanian premier spoke by phone with the Moldavian president about "
     "Carpathia's latest missile launch.", "MOBILIZE"),
]
TOLD = [
    ("Riots broke out in the Moldavian capital on Sunday.", "PROTEST"),
    ("Carpathia conducted a missile launch near the Moldavian border on Friday.", "MOBILIZE"),
    ("The Ruritanian premier spoke by phone with the Moldavian president on Monday.", "CONSULT"),
    # telling someone about an event reports it
    ("Chilean police told reporters about the arrest of three Peruvian smugglers.", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype"), TOPICS)
def test_the_topic_of_a_speech_or_a_text_is_no_event(nlp: Any, text: str, etype: str) -> None:
    assert etype not in types_of(events_of(nlp, text)), text


@pytest.mark.parametrize(("text", "etype"), TOPICS)
def test_the_rule_is_what_keeps_the_topic_out(nlp: Any, ablated: Any, text: str,
                                              etype: str) -> None:
    ablated("talk_topic")
    assert etype in types_of(events_of(nlp, text)), text


@pytest.mark.parametrize(("text", "etype"), TOLD)
def test_the_event_told_itself_stays(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(events_of(nlp, text)), text


# -------------------------------------------------------------- result_state

def test_what_an_attack_leaves_behind_is_no_withdrawal(nlp: Any, ablated: Any) -> None:
    text = "Chadian rockets hit a market in Abeche, leaving nine people dead."
    assert types_of(events_of(nlp, text)) == ["ASSAULT"]
    ablated("result_state")
    assert "RETREAT" in types_of(events_of(nlp, text))


def test_leaving_a_place_stays_a_withdrawal(nlp: Any) -> None:
    text = "Ruritanian troops left the Moldavian border town on Monday."
    assert "RETREAT" in types_of(events_of(nlp, text))


# --------------------------------------------------------- reason_participle

REASONS = [
    "Moldavia expelled two Ruritanian diplomats, accusing them of espionage.",
    "Chile broke off diplomatic relations with Peru, accusing Lima of arming rebels.",
    "Chile cut diplomatic ties with Peru, accusing Lima of backing the rebels.",
]


@pytest.mark.parametrize("text", REASONS)
def test_the_reason_a_sanction_gives_is_one_event(nlp: Any, ablated: Any, text: str) -> None:
    assert types_of(events_of(nlp, text)) == ["SANCTION"], text
    ablated("reason_participle")
    assert "ACCUSE" in types_of(events_of(nlp, text)), text


def test_police_accusing_whom_they_arrest_stays_an_accusation(nlp: Any) -> None:
    """Police telling a suspect's act make an ACCUSE (the article sets' convention)."""
    text = "Chilean police arrested a Peruvian journalist, accusing him of espionage."
    assert types_of(events_of(nlp, text)) == ["ACCUSE", "COERCE"]


def test_an_accusation_of_its_own_stays(nlp: Any) -> None:
    text = "Moldavia accused two Ruritanian diplomats of espionage on Monday."
    assert "ACCUSE" in types_of(events_of(nlp, text))


# ------------------------------------------------------------ intake_refused

def test_refused_food_is_no_rejection(nlp: Any, ablated: Any) -> None:
    text = "Jailed Moldavian activists refused food for a third week."
    assert "REJECT" not in types_of(events_of(nlp, text))
    ablated("intake_refused")
    assert "REJECT" in types_of(events_of(nlp, text))


def test_a_refused_offer_stays_a_rejection(nlp: Any) -> None:
    text = "Moldavia refused a Ruritanian offer of talks on Monday."
    assert "REJECT" in types_of(events_of(nlp, text))


# ------------------------------------------------ body_discipline, foreign_expulsion

BODY_BANS = [
    "The cycling federation banned the team doctor for four years over doping.",
    "The ruling party expelled a senator who had voted against the budget.",
    "A social media company banned the candidate's accounts over false claims.",
]
STATE_BANS = [
    "The government banned the main opposition party on Monday.",
    "Algerian authorities deported hundreds of migrants to the desert border.",
]


@pytest.mark.parametrize("text", BODY_BANS)
def test_a_civil_bodys_ban_is_a_sanction(nlp: Any, ablated: Any, text: str) -> None:
    assert types_of(events_of(nlp, text)) == ["SANCTION"], text
    ablated("body_discipline")
    assert types_of(events_of(nlp, text)) == ["COERCE"], text


@pytest.mark.parametrize("text", STATE_BANS)
def test_a_states_ban_or_deportation_stays_coercion(nlp: Any, text: str) -> None:
    assert types_of(events_of(nlp, text)) == ["COERCE"], text


def test_expelling_an_international_bodys_officials_is_a_sanction(nlp: Any,
                                                                  ablated: Any) -> None:
    text = "Chad expelled five senior U.N. officials on Tuesday."
    assert types_of(events_of(nlp, text)) == ["SANCTION"]
    ablated("foreign_expulsion")
    assert types_of(events_of(nlp, text)) == ["COERCE"]


# ----------------------------------------------------------- described_target

TARGETS = [
    ("Chile imposed sanctions on three Peruvian generals it accused of torture.", "SANCTION",
     "ACCUSE"),
    ("Chilean jets carried out strikes on rebels who had attacked a border post.", "ASSAULT",
     "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype", "extra"), TARGETS)
def test_a_clause_on_the_target_of_an_act_is_background(nlp: Any, ablated: Any, text: str,
                                                        etype: str, extra: str) -> None:
    assert types_of(events_of(nlp, text)) == [etype], text
    ablated("described_target")
    assert types_of(events_of(nlp, text)) == sorted([etype, extra]), text


def test_an_act_of_the_clause_with_no_act_over_it_stays(nlp: Any) -> None:
    text = "Rebels who had attacked a border post on Monday fled across the river."
    assert "ASSAULT" in types_of(events_of(nlp, text))


# ------------------------------------------------------------- press_briefing

PRESS = [
    "Brazil's environment minister met reporters in Brasilia on Monday.",
    "The Chilean foreign minister briefed journalists on the talks in Santiago.",
    "The Peruvian president held a meeting with the press in Lima.",
]


@pytest.mark.parametrize("text", PRESS)
def test_meeting_the_press_is_no_consultation(nlp: Any, ablated: Any, text: str) -> None:
    assert "CONSULT" not in types_of(events_of(nlp, text)), text
    ablated("press_briefing")
    assert "CONSULT" in types_of(events_of(nlp, text)), text


def test_meeting_a_counterpart_stays_a_consultation(nlp: Any) -> None:
    text = "The Chilean foreign minister met his Peruvian counterpart in Lima."
    assert "CONSULT" in types_of(events_of(nlp, text))


# -------------------------------------------------------------- subject_aside

ASIDES = [
    ("Russia, which invaded Ukraine in 2022, said on Monday it would expel two Estonian "
     "diplomats.", "SANCTION", "ASSAULT"),
    ("Hungary, which has blocked EU aid to Ukraine for months, hosted the summit on Thursday.",
     "CONSULT", "COERCE"),
]


@pytest.mark.parametrize(("text", "etype", "aside"), ASIDES)
def test_an_earlier_aside_on_the_subject_is_background(nlp: Any, ablated: Any, text: str,
                                                       etype: str, aside: str) -> None:
    found = [e.type for e in events_of(nlp, text, published="2024-06-10")]
    assert etype in found and aside not in found, text
    ablated("subject_aside")
    assert aside in [e.type for e in events_of(nlp, text, published="2024-06-10")], text


def test_an_aside_of_the_days_news_stays(nlp: Any) -> None:
    text = "Hamas, which attacked an Israeli border post on Monday, released two hostages."
    assert "ASSAULT" in types_of(events_of(nlp, text, published="2024-06-10"))


# ------------------------------------------------------------- court_sentence

def test_a_court_that_jails_someone_sentences_them(nlp: Any, ablated: Any) -> None:
    text = "A court in Minsk jailed a freelance photographer for eight years for extremism."
    assert types_of(events_of(nlp, text)) == ["SANCTION"]
    assert events_of(nlp, text)[0].mode == "convict"
    ablated("court_sentence")
    assert types_of(events_of(nlp, text)) == ["COERCE"]


def test_police_who_jail_protesters_coerce_them(nlp: Any) -> None:
    assert types_of(events_of(nlp, "Police jailed dozens of protesters overnight.")) == ["COERCE"]


# ------------------------------------------------- dated_noun, proposed_gerund

def test_an_event_named_by_an_earlier_year_is_recalled_not_told(nlp: Any, ablated: Any) -> None:
    text = "The 2011 uprising still shapes Egyptian politics today."
    assert not events_of(nlp, text, published="2024-06-10")
    ablated("dated_noun")
    assert "PROTEST" in types_of(events_of(nlp, text, published="2024-06-10"))


def test_a_dated_event_naming_its_doer_stays(nlp: Any) -> None:
    text = "Russia's 2022 invasion of Ukraine drew sanctions from Japan."
    assert "ASSAULT" in types_of(events_of(nlp, text, published="2024-06-10"))


def test_the_idea_of_an_act_is_no_act(nlp: Any, ablated: Any) -> None:
    text = "Chilean lawmakers floated the idea of sending troops to the Peruvian border."
    assert "MOBILIZE" not in types_of(events_of(nlp, text))
    ablated("proposed_gerund")
    assert "MOBILIZE" in types_of(events_of(nlp, text))


# -------------------------------------------------------------- prevented_act

PREVENTED = [
    "Poland deployed troops to its border to deter attacks by Belarusian forces.",
    "Chile deployed warships to protect the port against attacks by pirates.",
]


@pytest.mark.parametrize("text", PREVENTED)
def test_an_act_deterred_or_guarded_against_is_not_told(nlp: Any, ablated: Any,
                                                        text: str) -> None:
    assert types_of(events_of(nlp, text)) == ["MOBILIZE"], text
    ablated("prevented_act")
    assert "ASSAULT" in types_of(events_of(nlp, text)), text


def test_a_repelled_attack_stays(nlp: Any) -> None:
    text = "Ukrainian troops repelled an attack by Russian forces near Bakhmut."
    assert "ASSAULT" in types_of(events_of(nlp, text))
