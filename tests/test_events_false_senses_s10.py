"""False events and modality of session 10 (evprecision3), on sentences we wrote: what an
agreement, offer or proposal only puts forward, events hoped for or remembered, natural forces
as doers, warnings with no party, meetings with an act, topics of a comment, 'none of', 'not
until', time clauses under a future, 'an alleged raid' and 'accused X of doing'. Each rule is
switched off once (NEWSWEAVE_ABLATE) to show the test depends on it, and each has a true event
next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV
from newsweave.model import Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


# ---------------------------------------------------------------- proposed_content

AGREED_PULLBACK = ("Uzbekistan and Kazakhstan agreed to pull their border guards back from the "
                   "river.")
REJECTED_PROPOSAL = ("Caracas turned down a proposal by Brazil to host direct talks with the "
                     "opposition.")


def test_what_an_agreement_commits_to_is_its_content(nlp: Any) -> None:
    events = events_of(nlp, AGREED_PULLBACK)
    assert typed(events, "AGREE")
    assert not typed(events, "RETREAT")


def test_the_rule_is_what_drops_the_agreed_pullback(nlp: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "proposed_content")
    assert typed(events_of(nlp, AGREED_PULLBACK), "RETREAT")


def test_what_a_rejected_proposal_puts_forward_did_not_happen(nlp: Any) -> None:
    events = events_of(nlp, REJECTED_PROPOSAL)
    assert typed(events, "REJECT")
    assert not typed(events, "CONSULT")


def test_an_accord_signed_to_reopen_a_border_is_one_agreement(nlp: Any) -> None:
    events = events_of(nlp, "Niger and Benin signed a deal on Friday to reopen their border "
                            "crossings.")
    assert types(events) == {"AGREE"}


def test_a_withdrawal_that_happened_stays(nlp: Any) -> None:
    """Near miss: no agreement governs it; the act is told as done."""
    events = events_of(nlp, "Uzbek border guards pulled back from the river on Monday.")
    assert typed(events, "RETREAT")


def test_a_plan_of_ones_own_stays_planned(nlp: Any) -> None:
    """Near miss: a plan is not a proposal; its act stays, as planned."""
    events = events_of(nlp, "Britain plans to send more troops to Estonia next year.")
    assert [e.modality for e in typed(events, "MOBILIZE")] == ["planned"]


# ---------------------------------------------------------------- prospect_noun

def test_an_event_only_hoped_for_did_not_happen(nlp: Any) -> None:
    text = "Hopes of a ceasefire between Israel and Hamas faded on Sunday."
    assert not events_of(nlp, text)


def test_the_rule_is_what_drops_the_hope(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "prospect_noun")
    text = "There is no timetable for the withdrawal of Russian troops from Moldova."
    assert events_of(nlp, text)


def test_no_timetable_for_a_withdrawal_is_no_withdrawal(nlp: Any) -> None:
    text = "There is no timetable for the withdrawal of Russian troops from Moldova."
    assert not typed(events_of(nlp, text), "RETREAT")


# ---------------------------------------------------------------- commemorated_event

ANNIVERSARY = "Hungary marked the anniversary of the Soviet invasion with a march in Budapest."


def test_an_event_remembered_is_history(nlp: Any) -> None:
    assert not typed(events_of(nlp, ANNIVERSARY), "ASSAULT")


def test_the_rule_is_what_drops_the_anniversary(nlp: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "commemorated_event")
    assert typed(events_of(nlp, ANNIVERSARY), "ASSAULT")


# ---------------------------------------------------------------- natural_force_subject

FLOODS = "Locusts invaded farms in northern Kenya last month."


def test_a_natural_force_is_no_attacker(nlp: Any) -> None:
    assert not typed(events_of(nlp, FLOODS), "ASSAULT")


def test_the_rule_is_what_drops_the_floods(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "natural_force_subject")
    assert typed(events_of(nlp, FLOODS), "ASSAULT")


def test_an_army_invading_stays(nlp: Any) -> None:
    events = events_of(nlp, "Russian troops invaded the suburbs of Kyiv on Friday.")
    assert typed(events, "ASSAULT")


# ---------------------------------------------------------------- impersonal_warning

FORECAST = "An IMF report warned that violence could erupt in the region."


def test_a_warning_with_no_party_is_a_forecast(nlp: Any) -> None:
    assert not typed(events_of(nlp, FORECAST), "THREATEN")


def test_the_rule_is_what_drops_the_forecast(nlp: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "impersonal_warning")
    assert typed(events_of(nlp, FORECAST), "THREATEN")


def test_a_warning_that_a_party_will_act_stays(nlp: Any) -> None:
    events = events_of(nlp, "Tehran warned that it would attack any ship entering its waters.")
    assert typed(events, "THREATEN")


# ---------------------------------------------------------------- act_not_party

WELCOMED_OFFER = "Berlin welcomed Poland's offer to hold talks in Warsaw."


def test_an_offer_welcomed_is_no_visit(nlp: Any) -> None:
    events = events_of(nlp, WELCOMED_OFFER)
    assert typed(events, "SUPPORT")
    assert not [e for e in typed(events, "CONSULT") if e.trigger == "welcome"]


def test_the_rule_is_what_drops_the_welcome_visit(nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "act_not_party")
    assert [e for e in typed(events_of(nlp, WELCOMED_OFFER), "CONSULT")
            if e.trigger == "welcome"]


def test_a_delegation_welcomed_is_a_visit(nlp: Any) -> None:
    events = events_of(nlp, "The Kenyan president welcomed the Chinese delegation on a visit "
                            "to Nairobi.")
    assert typed(events, "CONSULT")


def test_an_act_defended_is_backing_for_its_owner(nlp: Any) -> None:
    """Near miss: the rule asks meetings only; backing an act backs its owner."""
    events = events_of(nlp, "Hungary's president defended Beijing's investments in Serbia.")
    assert [e.recipient.country for e in typed(events, "SUPPORT") if e.recipient] == ["CHN"]


# ---------------------------------------------------------------- modality

NONE_ARRESTED = "None of the strikers was arrested, police in Lusaka said."


def test_none_of_them_negates(nlp: Any) -> None:
    assert [e.modality for e in typed(events_of(nlp, NONE_ARRESTED), "COERCE")] in (
        [], ["negated"])
    assert not [e for e in events_of(nlp, NONE_ARRESTED) if e.modality == "asserted"]


def test_the_rule_is_what_negates_none(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "negative_quantifier")
    assert [e.modality for e in typed(events_of(nlp, NONE_ARRESTED), "COERCE")] == ["asserted"]


ACCUSED_OF = "Seoul accused North Korea's navy of firing shells at its fishing boats."


def test_what_an_accused_party_did_is_alleged(nlp: Any) -> None:
    events = events_of(nlp, ACCUSED_OF)
    assert typed(events, "ACCUSE")
    assert {e.modality for e in typed(events, "ASSAULT")} <= {"alleged"}


def test_the_rule_is_what_alleges_it(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "accused_object_of")
    assert "asserted" in {e.modality for e in typed(events_of(nlp, ACCUSED_OF), "ASSAULT")}


# ---------------------------------------------------------------- comment_topic

NO_COMMENT = "A spokesman for the Turkish army declined to comment on the arrests in Izmir."


def test_what_a_comment_is_about_is_its_topic(nlp: Any) -> None:
    assert not events_of(nlp, NO_COMMENT)


def test_the_rule_is_what_drops_the_topic(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "comment_topic")
    assert events_of(nlp, NO_COMMENT)


def test_a_raid_reported_with_its_doer_stays(nlp: Any) -> None:
    events = events_of(nlp, "Turkish troops raided a village in Idlib on Monday.")
    assert events


# ---------------------------------------------------------------- modality: when and how sure

NOT_UNTIL = "It wasn't until late June that police arrested the suspect in Lagos."


def test_not_until_tells_when_it_happened(nlp: Any) -> None:
    assert [e.modality for e in typed(events_of(nlp, NOT_UNTIL), "COERCE")] == ["asserted"]


def test_the_rule_is_what_keeps_not_until_asserted(nlp: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "not_until")
    assert [e.modality for e in typed(events_of(nlp, NOT_UNTIL), "COERCE")] == ["negated"]


def test_a_plain_negation_still_negates(nlp: Any) -> None:
    events = events_of(nlp, "Nigerian police did not arrest the suspect.")
    assert [e.modality for e in typed(events, "COERCE")] == ["negated"]


AFTER_THEY_LEAVE = "Washington will keep its base in Iraq after American troops leave Syria."


def test_a_time_clause_under_a_future_is_planned(nlp: Any) -> None:
    assert [e.modality for e in typed(events_of(nlp, AFTER_THEY_LEAVE), "RETREAT")] == \
        ["planned"]


def test_the_rule_is_what_plans_the_time_clause(nlp: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "future_time_clause")
    assert [e.modality for e in typed(events_of(nlp, AFTER_THEY_LEAVE), "RETREAT")] == \
        ["asserted"]


def test_a_past_time_clause_stays_asserted(nlp: Any) -> None:
    events = events_of(nlp, "Washington kept its base in Iraq after American troops left Syria.")
    assert [e.modality for e in typed(events, "RETREAT")] == ["asserted"]


REPORTED = "An alleged raid by Ethiopian troops on a Somali village left four dead."


def test_an_alleged_raid_is_alleged(nlp: Any) -> None:
    assert [e.modality for e in typed(events_of(nlp, REPORTED), "ASSAULT")] == ["alleged"]


def test_the_rule_is_what_alleges_the_raid(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "alleged_modifier")
    assert [e.modality for e in typed(events_of(nlp, REPORTED), "ASSAULT")] == ["asserted"]


def test_the_round_of_talks_an_offer_would_host_is_its_content(nlp: Any) -> None:
    # since evargs27 (rule offered_hosting) the offer to host is also the host's planned
    # CONSULT with each side, beside the offer's AGREE; the talks are no event of their own
    events = events_of(nlp, "Oman offered to host a fresh round of talks between Riyadh and "
                            "the Houthis.")
    consults = typed(events, "CONSULT")
    assert consults and typed(events, "AGREE")
    assert all(e.actor is not None and e.actor.name == "Oman" and e.modality == "planned"
               for e in consults), consults


DRAWN = "A Kremlin spokesman refused to be drawn on the timing of the prisoner swap."


def test_refusing_to_be_drawn_is_no_refusal(nlp: Any) -> None:
    assert not typed(events_of(nlp, DRAWN), "REJECT")


def test_the_rule_is_what_drops_being_drawn(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "comment_topic")
    assert typed(events_of(nlp, DRAWN), "REJECT")


def test_refusing_to_draw_up_sanctions_is_a_refusal(nlp: Any) -> None:
    events = events_of(nlp, "Serbia refused to draw up a list of sanctions against Russia.")
    assert typed(events, "REJECT")


def test_what_has_always_happened_is_a_habit(nlp: Any) -> None:
    text = "'Our small nation has always been invaded by its neighbours,' the Latvian writer said."
    assert not typed(events_of(nlp, text), "ASSAULT")


def test_a_present_perfect_invasion_is_news(nlp: Any) -> None:
    assert typed(events_of(nlp, "Russian troops have invaded Ukraine."), "ASSAULT")
