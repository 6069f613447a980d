"""False events of session 12 (evprecision6), found by classifying every false event the seven
made-up development sentence suites emit: a wire sentence reports one event, and these extra
events name a figure of speech, what an accusation is about, who the reported event is done
to, or the time it is told against. The sentences here are made up. Each rule is switched off
once (NEWSWEAVE_ABLATE) to show the test depends on it, and each has a near miss that must
keep its event."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV, known_rules
from newsweave.model import Event

RULES = ("abstract_target", "accused_content", "described_participant", "background_anchor",
         "protested_act", "threat_condition", "open_question", "protest_participle",
         "in_protest_manner")


def types_of(nlp: Any, text: str) -> list[str]:
    return sorted(e.type for e in events_of(nlp, text))


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- abstract_target

@pytest.mark.parametrize("text", [
    "The Velmoran airline attacked its cost base, cutting 300 jobs.",
    "The finance minister shot down the rumours about her health.",
    "Tarvian lawmakers attacked the budget deficit in a late-night session.",
])
def test_force_on_an_abstract_thing_is_a_figure(nlp: Any, text: str) -> None:
    assert not typed(events_of(nlp, text), "ASSAULT")


def test_the_rule_is_what_drops_the_figure(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # session 13's business_doer (evprec7, deliberate) also drops force a business does at no
    # party, so it is switched off too to see abstract_target alone
    monkeypatch.setenv(ABLATE_ENV, "abstract_target,business_doer")
    assert typed(events_of(nlp, "The Velmoran airline attacked its cost base, cutting 300 "
                                "jobs."), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Gunmen attacked a crowded market in northern Velmora, killing nine people.",
    "Syrian jets bombed a fuel depot outside Idlib.",
    "Rebels attacked the army barracks in Ostrava at dawn.",
    "Two Velmoran officers fired a total of 11 rounds at the suspect.",
])
def test_force_on_a_place_or_a_building_stays(nlp: Any, text: str) -> None:
    """Near miss: a market, a depot, barracks are places force is done to; 'a total' of
    rounds is read with its of-object."""
    assert typed(events_of(nlp, text), "ASSAULT")


# ---------------------------------------------------------------- accused_content

CONDEMNED = "The Syrian president condemned the detention of two reporters in Aleppo."


def test_what_an_accusation_is_about_is_no_second_event(nlp: Any) -> None:
    events = events_of(nlp, CONDEMNED)
    assert typed(events, "ACCUSE")
    assert not typed(events, "COERCE")


def test_an_act_naming_its_own_doer_is_a_report(nlp: Any) -> None:
    """Near miss: 'the killing of two reporters by Tarvian troops' names who killed them (the
    hand-annotated article sets code such an act as an event of its own)."""
    events = events_of(nlp, "The Velmoran president condemned the killing of two reporters by "
                            "Tarvian troops.")
    assert typed(events, "ACCUSE") and typed(events, "ASSAULT")


def test_what_a_punishment_is_for_is_no_second_event(nlp: Any) -> None:
    events = events_of(nlp, "A Velmoran court jailed a blogger for insulting the president.")
    assert typed(events, "COERCE") or typed(events, "SANCTION")
    assert not typed(events, "ACCUSE")


def test_the_rule_is_what_drops_the_content(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "accused_content")
    assert typed(events_of(nlp, CONDEMNED), "COERCE")


def test_what_a_party_is_accused_of_doing_stays(nlp: Any) -> None:
    """Near miss: 'accused X of shelling Y' keeps the shelling, alleged (the hand-annotated
    article sets code it as an event of its own)."""
    events = events_of(nlp, "The Velmoran foreign minister accused Syrian troops of shelling "
                            "border villages.")
    assert typed(events, "ACCUSE")
    assert any(e.modality == "alleged" for e in typed(events, "ASSAULT"))


def test_an_allegation_told_in_its_own_clause_stays(nlp: Any) -> None:
    """Near miss: 'alleged that ...' reports the act (alleged), it is no object of the
    accusation."""
    events = events_of(nlp, "Velmora alleged that Tarvian troops had shelled three border "
                            "villages.")
    assert any(e.modality == "alleged" for e in typed(events, "ASSAULT"))


def test_the_accused_party_is_still_the_recipient(nlp: Any) -> None:
    accuse = typed(events_of(nlp, "The Velmoran president condemned the killing of two "
                                  "reporters by Tarvian troops."), "ACCUSE")
    assert accuse and accuse[0].recipient is not None


# ---------------------------------------------------------------- described_participant

@pytest.mark.parametrize("text, extra", [
    ("The president of Velmora pardoned 40 students jailed during last year's unrest.",
     "COERCE"),
    ("Velmoran police arrested dozens of farmers who had blocked the main road.", "PROTEST"),
    ("Velmora expelled three Tarvian diplomats accused of spying.", "ACCUSE"),
])
def test_how_the_participants_came_there_is_background(nlp: Any, text: str,
                                                       extra: str) -> None:
    assert not typed(events_of(nlp, text), extra)


def test_the_rule_is_what_drops_the_background(nlp: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "described_participant")
    assert typed(events_of(nlp, "Velmoran police arrested dozens of farmers who had blocked "
                                "the main road."), "PROTEST")


def test_a_clause_on_the_subject_stays(nlp: Any) -> None:
    """Near miss: the relative clause describes the doer, not the one the event is done to;
    it is not read, and the main event stays."""
    events = events_of(nlp, "Velmoran farmers who had lost their land blocked the main road "
                            "into Ostrava.")
    assert typed(events, "PROTEST")


def test_a_clause_on_a_noun_no_event_takes_stays(nlp: Any) -> None:
    events = events_of(nlp, "The report named the officers who beat the prisoners in Ostrava.")
    assert typed(events, "ASSAULT")


# ---------------------------------------------------------------- background_anchor

@pytest.mark.parametrize("text", [
    "Velmora recalled its ambassador from Tarvia after the riot.",
    "Velmoran authorities cut mobile internet in Ostrava ahead of the rally.",
    "The Velmoran government dropped the media bill after two nights of protests.",
])
def test_an_event_that_only_dates_another_is_no_report(nlp: Any, text: str) -> None:
    assert not typed(events_of(nlp, text), "PROTEST")


def test_the_rule_is_what_drops_the_anchor(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "background_anchor")
    assert typed(events_of(nlp, "Velmora recalled its ambassador from Tarvia after the riot."),
                 "PROTEST")


def test_an_anchor_with_its_own_agent_stays(nlp: Any) -> None:
    """Near miss: 'after the attack by gunmen' names who attacked: a report of its own."""
    events = events_of(nlp, "Velmora closed its border with Tarvia after the attack by "
                            "Tarvian gunmen on a police post.")
    assert typed(events, "ASSAULT")


def test_an_anchor_with_no_event_to_date_stays(nlp: Any) -> None:
    """Near miss: the protest noun is the sentence's only event."""
    events = events_of(nlp, "Thousands of farmers joined the protests in Ostrava on Monday.")
    assert typed(events, "PROTEST")


def test_an_event_noun_in_a_clause_on_the_object_is_background(nlp: Any) -> None:
    events = events_of(nlp, "The Velmoran government withdrew the media bill that sparked "
                            "months of protests.")
    assert not typed(events, "PROTEST")


def test_a_speech_act_an_accusation_takes_stays(nlp: Any) -> None:
    """Near miss: a threat or a demand that is condemned was made (speech_act_types)."""
    events = events_of(nlp, "The Syrian president condemned Turkey's threats against Kurdish "
                            "towns.")
    assert typed(events, "ACCUSE") and typed(events, "THREATEN")


def test_the_rule_is_what_drops_the_clause_noun(nlp: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "described_participant")
    assert typed(events_of(nlp, "The Velmoran government withdrew the media bill that sparked "
                                "months of protests."), "PROTEST")


# ---------------------------------------------------------------- protested_act

PROTESTED = ("Thousands marched in Ostrava to protest against the arrest of the Velmoran "
             "opposition leader.")


def test_what_a_protest_is_against_is_no_second_event(nlp: Any) -> None:
    events = events_of(nlp, PROTESTED)
    assert typed(events, "PROTEST")
    assert not typed(events, "COERCE")


def test_the_rule_is_what_drops_the_protested_act(nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "protested_act")
    assert typed(events_of(nlp, PROTESTED), "COERCE")


def test_a_protested_act_naming_its_doer_stays(nlp: Any) -> None:
    """Near miss: 'a police killing' names who killed (`_own_agent`)."""
    events = events_of(nlp, "Students marched in Ostrava in protest against a police killing.")
    assert typed(events, "ASSAULT")


def test_an_act_told_in_its_own_clause_stays(nlp: Any) -> None:
    """Near miss: the arrest is told by its own verb, not as what the march is against."""
    events = events_of(nlp, "Police in Ostrava arrested the Velmoran opposition leader, and "
                            "thousands marched in protest.")
    assert typed(events, "COERCE")


# ---------------------------------------------------------------- threat_condition

THREAT = "The Velmoran governor threatened to deploy the army if the riots continue."


def test_the_condition_of_a_threat_is_no_report(nlp: Any) -> None:
    events = events_of(nlp, THREAT)
    assert typed(events, "THREATEN")
    assert not typed(events, "PROTEST")


def test_the_rule_is_what_drops_the_condition(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "threat_condition")
    assert typed(events_of(nlp, THREAT), "PROTEST")


def test_what_a_threat_answers_stays(nlp: Any) -> None:
    """Near miss: riots told as having broken out are no condition."""
    events = events_of(nlp, "The Velmoran governor threatened to deploy the army after riots "
                            "broke out in Ostrava.")
    assert typed(events, "THREATEN") and typed(events, "PROTEST")


# ---------------------------------------------------------------- open_question

QUESTION = "Reporters asked the spokesman whether Syria would send more troops to the border."


@pytest.mark.parametrize("text", [
    QUESTION,
    "The Turkish minister declined to say whether Ankara would expel the Syrian diplomats.",
    "Lawmakers asked if the Syrian army had shelled the village.",
])
def test_an_open_question_tells_no_event(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if e.type in ("MOBILIZE", "SANCTION",
                                                               "ASSAULT")]


def test_the_rule_is_what_drops_the_question(nlp: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "open_question")
    assert typed(events_of(nlp, QUESTION), "MOBILIZE")


def test_an_answer_told_after_the_question_stays(nlp: Any) -> None:
    """Near miss: a conditional expulsion is planned, not asked; an agreement told after
    the question happened."""
    assert typed(events_of(nlp, "Turkey will expel the Syrian diplomats if talks fail, the "
                                "minister said."), "SANCTION")
    assert typed(events_of(nlp, "Turkey asked whether Syria would join the talks, and Syria "
                                "agreed to attend."), "AGREE")


# ---------------------------------------------------------------- protest_participle

STRIKE = "Velmoran nurses went on strike on Monday, demanding higher pay."


@pytest.mark.parametrize("text", [
    STRIKE,
    "Velmoran students staged a sit-in at the university in Ostrava demanding lower fees.",
])
def test_what_a_protest_demands_is_one_protest(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert typed(events, "PROTEST")
    assert not typed(events, "REQUEST")


def test_the_rule_is_what_drops_the_demand(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "protest_participle")
    assert typed(events_of(nlp, STRIKE), "REQUEST")


def test_a_demand_made_at_a_meeting_stays(nlp: Any) -> None:
    """Near miss: a meeting is no protest; the demand made there is a REQUEST."""
    events = events_of(nlp, "The Velmoran union met the minister on Monday, demanding higher "
                            "pay.")
    assert typed(events, "REQUEST")


# ---------------------------------------------------------------- in_protest_manner

RECALL = "Turkey recalled its ambassador from Syria in protest at the shelling."


def test_an_act_done_in_protest_is_one_event(nlp: Any) -> None:
    assert types_of(nlp, RECALL) == ["SANCTION"]


def test_the_rule_is_what_drops_the_manner(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "in_protest_manner")
    assert typed(events_of(nlp, RECALL), "PROTEST")


def test_a_protest_with_no_other_event_stays(nlp: Any) -> None:
    """Near miss: 'held a vigil in protest' has no event but the protest."""
    assert typed(events_of(nlp, "Thousands of Syrian students gathered outside the ministry in "
                                "protest."), "PROTEST")
