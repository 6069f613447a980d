"""False events and modality of session 11 (evprecision4), on sentences we wrote: the terms
of a proposal, the demand a protest is for, history dated decades back, counterfactuals,
forecasts on a condition, idioms, a planned attack beaten back, 'hopes' read as 'hope', and a
pronoun as the people an act is done to. Each rule is switched off once (NEWSWEAVE_ABLATE) to
show the test depends on it, and each has a true event next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV, known_rules
from newsweave.model import Event

RULES = ("proposal_terms", "protest_purpose", "long_past",
         "planned_but_held", "es_lemma", "pronoun_people", "counterfactual_act",
         "forecast_on_condition", "idiom_event", "factive_reaction", "unmeant_act",
         "seen_on_video", "met_standard", "mission_purpose",
         "duration_not_date", "called_for_clause", "habitual_misread_verb",
         "habitual_purpose")


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- es_lemma


def test_a_hope_for_ones_own_act_is_a_plan(nlp: Any) -> None:
    """Near miss: the hoper is the doer; the act stays, as planned ('hopes' is read as
    'hope', rule es_lemma, so the hope governs it)."""
    events = typed(events_of(nlp, "Peru hopes to sign a fisheries accord with Chile."), "AGREE")
    assert [e.modality for e in events] == ["planned"]


def test_es_lemma_is_what_plans_the_hope(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "es_lemma")
    events = typed(events_of(nlp, "Peru hopes to sign a fisheries accord with Chile."), "AGREE")
    assert [e.modality for e in events] == ["asserted"]


# ---------------------------------------------------------------- proposal_terms

DRAFT_TERMS = "Under the draft text, Serbian police would withdraw from three northern towns."
ROAD_MAP = "The peace blueprint envisages the withdrawal of Rwandan troops from Congo."


def test_what_a_draft_would_have_parties_do_did_not_happen(nlp: Any) -> None:
    assert not typed(events_of(nlp, DRAFT_TERMS), "RETREAT")


def test_the_rule_is_what_drops_the_draft_terms(nlp: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "proposal_terms")
    assert typed(events_of(nlp, DRAFT_TERMS), "RETREAT")


def test_what_a_plan_envisages_is_its_content(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert not typed(events_of(nlp, ROAD_MAP), "RETREAT")
    monkeypatch.setenv(ABLATE_ENV, "proposal_terms")
    assert typed(events_of(nlp, ROAD_MAP), "RETREAT")


def test_a_withdrawal_under_pressure_stays(nlp: Any) -> None:
    """Near miss: 'under pressure' is no proposal, and the act is told as done."""
    events = events_of(nlp, "Under heavy pressure, Serbian police withdrew from three "
                            "northern towns on Monday.")
    assert typed(events, "RETREAT")


# ---------------------------------------------------------------- protest_purpose

RALLY_TO_DEMAND = ("Hundreds of teachers rallied in Nairobi to demand the release of their "
                   "union leader.")


def test_the_demand_a_protest_is_for_is_the_protest(nlp: Any) -> None:
    events = events_of(nlp, RALLY_TO_DEMAND)
    assert typed(events, "PROTEST")
    assert not typed(events, "REQUEST")


def test_the_rule_is_what_drops_the_purpose(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "protest_purpose")
    assert typed(events_of(nlp, RALLY_TO_DEMAND), "REQUEST")


def test_a_demand_made_on_its_own_stays(nlp: Any) -> None:
    events = events_of(nlp, "Opposition leaders demanded the release of the detained "
                            "journalists.")
    assert typed(events, "REQUEST")


# ---------------------------------------------------------------- long_past

OLD_SIEGE = "In 1992, Serb forces shelled the old town of Dubrovnik for weeks."


def test_an_event_dated_years_back_is_history(nlp: Any) -> None:
    assert not typed(events_of(nlp, OLD_SIEGE, published="2021-10-01"), "ASSAULT")


def test_the_rule_is_what_drops_the_old_shelling(nlp: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "long_past")
    assert typed(events_of(nlp, OLD_SIEGE, published="2021-10-01"), "ASSAULT")


def test_years_ago_and_an_event_noun_with_its_year_are_history(nlp: Any) -> None:
    text = ("Thirty years ago, Iraqi troops invaded Kuwait. The 1994 bombing of a Jewish "
            "centre in Buenos Aires killed 85 people.")
    events = events_of(nlp, text, published="2020-08-02")
    assert not typed(events, "ASSAULT")


def test_an_event_of_this_year_stays(nlp: Any) -> None:
    """Near miss: the year named is the article's own."""
    events = events_of(nlp, "In 2021, Serb forces shelled the old town of Dubrovnik.",
                       published="2021-10-01")
    assert typed(events, "ASSAULT")


# ---------------------------------------------------------------- planned_but_held

REPELLED = "Malian soldiers repelled a planned attack by jihadists on the town of Boni."


def test_a_planned_attack_beaten_back_was_made(nlp: Any) -> None:
    assert [e.modality for e in typed(events_of(nlp, REPELLED), "ASSAULT")] == ["asserted"]


def test_the_rule_is_what_asserts_the_planned_but_held(nlp: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "planned_but_held")
    assert [e.modality for e in typed(events_of(nlp, REPELLED), "ASSAULT")] == ["planned"]


def test_a_planned_rally_dispersed_was_held(nlp: Any) -> None:
    events = typed(events_of(nlp, "Riot police dispersed a planned rally by opposition "
                                  "supporters in Kinshasa."), "PROTEST")
    assert events and {e.modality for e in events} == {"asserted"}


def test_a_planned_rally_banned_stays_planned(nlp: Any) -> None:
    events = typed(events_of(nlp, "The governor banned a planned rally by opposition "
                                  "supporters in Kinshasa."), "PROTEST")
    assert events and {e.modality for e in events} == {"planned"}


def test_a_planned_attack_foiled_stays_planned(nlp: Any) -> None:
    events = events_of(nlp, "Malian soldiers foiled a planned attack by jihadists on the "
                            "town of Boni.")
    assert [e.modality for e in typed(events, "ASSAULT")] == ["planned"]


# ---------------------------------------------------------------- pronoun_people

BEAT_HIM = "Soldiers in Harare stopped a taxi driver at a checkpoint and beat him."
RELEASED_THEM = ("Al-Shabaab fighters held the aid workers for a month and released them on "
                 "Friday.")


def test_a_pronoun_object_is_people_beaten(nlp: Any) -> None:
    assert typed(events_of(nlp, BEAT_HIM), "ASSAULT")


def test_the_rule_is_what_reads_him_as_people(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "pronoun_people")
    assert not typed(events_of(nlp, BEAT_HIM), "ASSAULT")


def test_released_them_is_a_release(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    assert typed(events_of(nlp, RELEASED_THEM), "RETREAT")
    monkeypatch.setenv(ABLATE_ENV, "pronoun_people")
    assert not typed(events_of(nlp, RELEASED_THEM), "RETREAT")


def test_released_it_is_no_release(nlp: Any) -> None:
    """Near miss: 'it' is a thing (a report, a film), not captives."""
    events = events_of(nlp, "The ministry finished the audit in May and released it on Friday.")
    assert not typed(events, "RETREAT")


# ---------------------------------------------------------------- counterfactual_act


def _verb(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def test_what_might_have_happened_on_a_condition_did_not(nlp: Any) -> None:
    from newsweave.extract.false_senses import counterfactual_act

    assert counterfactual_act(_verb(nlp, "Had the mediators acted sooner, the hostages might "
                                         "have been freed.", "freed"))
    assert counterfactual_act(_verb(nlp, "If the army had moved faster, it would have "
                                         "captured the town.", "captured"))


def test_a_guess_about_the_past_is_no_counterfactual(nlp: Any) -> None:
    """Near misses: 'may have fled' guesses at what happened; 'were freed' happened."""
    from newsweave.extract.false_senses import counterfactual_act

    assert not counterfactual_act(_verb(nlp, "Police said the gunmen may have fled across "
                                             "the border.", "fled"))
    assert not counterfactual_act(_verb(nlp, "The hostages were freed by the kidnappers on "
                                             "Sunday.", "freed"))


def test_the_rule_is_what_drops_the_counterfactual(nlp: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract.event_lexicon import Candidate
    from newsweave.extract.false_senses import _session9_false_sense

    tok = _verb(nlp, "If the army had moved faster, it would have captured the town.",
                "captured")
    cand = Candidate(tok, {"type": "ASSAULT"}, "lexicon", 1.0)
    assert _session9_false_sense(cand) == "counterfactual_act"
    monkeypatch.setenv(ABLATE_ENV, "counterfactual_act")
    assert _session9_false_sense(cand) is None


# ---------------------------------------------------------------- forecast_on_condition

FORECAST = "If the talks fail, the rebels may attack the capital again."


def test_what_may_happen_on_a_condition_is_a_forecast(nlp: Any) -> None:
    assert not typed(events_of(nlp, FORECAST), "ASSAULT")


def test_the_rule_is_what_drops_the_forecast(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # conditional_only (session 21b) drops the same forecast on its own: both off
    monkeypatch.setenv(ABLATE_ENV, "forecast_on_condition,conditional_only")
    assert typed(events_of(nlp, FORECAST), "ASSAULT")


def test_an_attack_told_as_done_stays(nlp: Any) -> None:
    assert typed(events_of(nlp, "The rebels attacked the capital again on Tuesday."),
                 "ASSAULT")


# ---------------------------------------------------------------- idiom_event

IDIOM = "Moscow's charm offensive in Africa has won it few new friends."


def test_an_event_word_in_an_idiom_is_no_event(nlp: Any) -> None:
    assert not typed(events_of(nlp, IDIOM), "ASSAULT")


def test_the_rule_is_what_drops_the_idiom(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "idiom_event")
    assert typed(events_of(nlp, IDIOM), "ASSAULT")


def test_a_real_offensive_stays(nlp: Any) -> None:
    events = events_of(nlp, "Russia's offensive in eastern Ukraine killed dozens of "
                            "civilians.")
    assert typed(events, "ASSAULT")


# ---------------------------------------------------------------- modality: factive_reaction,
# unmeant_act, seen_on_video, an unclear order

NOT_SURPRISED = "Mayor Osei said she was not shocked by the riot in central Accra."
UNMEANT = "Kenyan constable Otieno said he did not mean to shoot the two women in the market."
ON_VIDEO = "In the video, Iranian police officers can be seen beating protesters."


@pytest.mark.parametrize(("text", "etype", "rule", "without"), [
    (NOT_SURPRISED, "PROTEST", "factive_reaction", "negated"),
    (UNMEANT, "ASSAULT", "unmeant_act", "negated"),
    (ON_VIDEO, "ASSAULT", "seen_on_video", "hypothetical"),
])
def test_a_reaction_an_unmeant_act_and_a_video_tell_what_happened(
        nlp: Any, monkeypatch: pytest.MonkeyPatch, text: str, etype: str, rule: str,
        without: str) -> None:
    assert [e.modality for e in typed(events_of(nlp, text), etype)] == ["asserted"]
    monkeypatch.setenv(ABLATE_ENV, rule)
    assert [e.modality for e in typed(events_of(nlp, text), etype)] == [without]


def test_an_intent_denied_is_still_negated(nlp: Any) -> None:
    """Near miss: 'does not intend to attack' (present, not 'did not mean') did not happen."""
    events = typed(events_of(nlp, "Ankara does not intend to attack Syrian Kurdish forces."),
                   "ASSAULT")
    assert [e.modality for e in events] == ["negated"]


def test_an_unclear_order_of_shots_is_unconfirmed_not_negated(nlp: Any) -> None:
    events = typed(events_of(nlp, "It is still not clear in what order the rockets hit "
                                  "the Israeli base."), "ASSAULT")
    assert [e.modality for e in events] == ["unconfirmed"]


# ---------------------------------------------------------------- met_standard

MET_TARGET = "Zambia met the conditions set by its creditors."


def test_meeting_a_target_is_no_meeting(nlp: Any) -> None:
    assert not typed(events_of(nlp, MET_TARGET), "CONSULT")


def test_the_rule_is_what_drops_the_target(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "met_standard")
    assert typed(events_of(nlp, MET_TARGET), "CONSULT")


def test_meeting_a_minister_stays(nlp: Any) -> None:
    events = events_of(nlp, "Zambia met its creditors in Paris on Monday.")
    assert typed(events, "CONSULT")


# ---------------------------------------------------------------- mission_purpose

DEPLOYED_TO_FIGHT = "Chad began deploying 800 soldiers to northern Cameroon to fight jihadists."


def test_what_forces_are_sent_to_do_is_not_done_yet(nlp: Any) -> None:
    events = events_of(nlp, DEPLOYED_TO_FIGHT)
    assert typed(events, "MOBILIZE")
    assert not typed(events, "ASSAULT")


def test_the_rule_is_what_drops_the_mission(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "mission_purpose")
    assert typed(events_of(nlp, DEPLOYED_TO_FIGHT), "ASSAULT")


def test_a_protest_is_what_its_purpose_clause_says(nlp: Any) -> None:
    """Near miss: blocking roads to protest is a protest (kept as such)."""
    events = events_of(nlp, "Farmers in Poland blocked roads to protest against EU rules.")
    assert [e.trigger for e in typed(events, "PROTEST")] == ["block", "protest"]


def test_soldiers_fighting_jihadists_stay(nlp: Any) -> None:
    events = events_of(nlp, "Chadian soldiers fought jihadists in northern Cameroon on "
                            "Sunday.")
    assert typed(events, "ASSAULT")


# ---------------------------------------------------------------- duration_not_date

WALKOUT = "Dock workers in Genoa staged a 24-hour walkout over pension changes."


def test_a_length_of_time_is_no_date(nlp: Any) -> None:
    events = typed(events_of(nlp, WALKOUT, published="2023-05-04"), "PROTEST")
    assert [(e.date, e.modality) for e in events] == [(None, "asserted")]


def test_the_rule_is_what_keeps_the_duration_out(nlp: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Without it '24-hour' was the 24th of the month, after the article: planned."""
    monkeypatch.setenv(ABLATE_ENV, "duration_not_date")
    events = typed(events_of(nlp, WALKOUT, published="2023-05-04"), "PROTEST")
    assert [(e.date, e.modality) for e in events] == [("2023-05-24", "planned")]


def test_a_visit_of_three_days_is_dated_by_its_weekday(nlp: Any) -> None:
    events = typed(events_of(nlp, "Putin began a three-day visit to China on Tuesday.",
                             published="2023-05-04"), "CONSULT")
    assert events and {e.date for e in events} == {"2023-05-02"}


def test_a_conditional_someone_says_is_no_writers_forecast(nlp: Any) -> None:
    """Near miss: the condition is a party's, told by a reporting verb."""
    from newsweave.extract.false_senses import forecast_on_condition

    doc = nlp("If the talks fail, the rebels may attack the capital again, their commander "
              "said.")
    assert not forecast_on_condition(next(t for t in doc if t.text == "attack"))
    doc = nlp(FORECAST)
    assert forecast_on_condition(next(t for t in doc if t.text == "attack"))


# ---------------------------------------------------------------- called_for_clause

CALL_TO_STEP_DOWN = "The opposition repeated its call for President Ramaphosa to step down."


def test_what_a_call_asks_for_is_no_resignation(nlp: Any) -> None:
    events = events_of(nlp, CALL_TO_STEP_DOWN)
    assert typed(events, "REQUEST")
    assert not typed(events, "RETREAT")


def test_the_rule_is_what_drops_the_called_for_resignation(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "called_for_clause")
    assert typed(events_of(nlp, CALL_TO_STEP_DOWN), "RETREAT")


def test_a_resignation_after_calls_stays(nlp: Any) -> None:
    events = events_of(nlp, "President Ramaphosa stepped down after weeks of calls for his "
                            "resignation.")
    assert typed(events, "RETREAT")


# ---------------------------------------------------------------- habitual_misread_verb


def test_a_habit_the_tagger_read_as_a_noun_is_a_habit(nlp: Any) -> None:
    from newsweave.extract.false_senses import habitual_act

    doc = nlp("Seoul routinely protests when Japanese officials visit the shrine.")
    tok = next(t for t in doc if t.text == "protests")
    assert tok.pos_ == "NOUN"  # the misreading this rule is for
    assert habitual_act(tok)


def test_protests_with_no_habit_stay(nlp: Any) -> None:
    from newsweave.extract.false_senses import habitual_act

    doc = nlp("Seoul's protests over the shrine visit angered Tokyo.")
    assert not habitual_act(next(t for t in doc if t.text == "protests"))


def test_the_aim_of_a_habit_is_a_habit(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract.false_senses import habitual_act

    doc = nlp("Riot police in Lima typically use water cannon to disperse crowds.")
    tok = next(t for t in doc if t.text == "disperse")
    assert habitual_act(tok)
    monkeypatch.setenv(ABLATE_ENV, "habitual_purpose")
    assert not habitual_act(tok)
