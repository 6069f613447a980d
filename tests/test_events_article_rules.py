"""Article-level event rules on sentences we wrote: a negated acceptance is a refusal, and a
speaker saying another party did wrong accuses it (reported speech, direct quotes)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV
from newsweave.model import Article, Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def analyzed(nlp: Any, text: str) -> list[Event]:
    """Events of `text` through the whole analysis (quotes and their speakers included)."""
    from newsweave.extract import analyze_doc

    art = Article(article_id="art_quote", source="quote.txt", text=text, published="2021-06-01")
    return list(analyze_doc(art, nlp(text)).events)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- negated acceptance


def test_a_negated_acceptance_is_a_rejection(nlp: Any) -> None:
    events = events_of(nlp, "Iran never ratified the treaty with Iraq.")
    assert not typed(events, "AGREE")
    (ev,) = typed(events, "REJECT")
    assert ev.modality == "asserted" and "reject_when_negated" in ev.rules


def test_a_pending_acceptance_is_no_rejection(nlp: Any) -> None:
    events = events_of(nlp, "Ruritania has not yet agreed to the proposal.")
    assert not typed(events, "REJECT")


def test_an_acceptance_is_still_an_agreement(nlp: Any) -> None:
    events = events_of(nlp, "The Ruritanian Foreign Ministry accepted the proposal.")
    assert typed(events, "AGREE") and not typed(events, "REJECT")


# ---------------------------------------------------------------- reported wrongdoing


def test_a_speaker_saying_another_lied_accuses_him(nlp: Any) -> None:
    events = events_of(nlp, "Senator Mara Quill said President Otto Brenn had lied to voters.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.name.endswith("Quill")
    assert ev.recipient is not None and ev.recipient.name.endswith("Brenn")
    assert ev.modality == "asserted" and ev.rules == ["reported_wrongdoing"]


def test_an_allegation_of_abuse_is_an_asserted_accusation(nlp: Any) -> None:
    events = events_of(nlp, "Senator Mara Quill alleges that President Otto Brenn abused his "
                            "office.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.modality == "asserted"


def test_the_owner_of_an_act_called_illegal_is_accused(nlp: Any) -> None:
    events = events_of(nlp, "Russia's foreign ministry said Germany's decision was illegal.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.country == "RUS"
    assert ev.recipient is not None and ev.recipient.country == "DEU"


def test_a_direct_quote_calling_an_act_a_disgrace_accuses_its_owner(nlp: Any) -> None:
    text = ('"Germany\'s decision is a disgrace," Senator Mara Quill said on Monday. '
            "She spoke in the capital.")
    (ev,) = typed(analyzed(nlp, text), "ACCUSE")
    assert ev.actor is not None and ev.actor.name.endswith("Quill")
    assert ev.recipient is not None and ev.recipient.country == "DEU"
    assert ev.attributed_to is not None and ev.quote_id is not None


def test_no_accusation_when_the_wrongdoing_is_denied_or_possible(nlp: Any) -> None:
    for text in ("Senator Mara Quill said President Otto Brenn had not lied to voters.",
                 "Senator Mara Quill said President Otto Brenn could be wrong.",
                 "Senator Mara Quill said she was wrong about the vote."):
        assert not typed(events_of(nlp, text), "ACCUSE"), text


def test_the_writers_own_words_accuse_nobody(nlp: Any) -> None:
    assert not typed(events_of(nlp, "President Otto Brenn lied to voters in May."), "ACCUSE")


def test_a_reported_attack_is_the_attack_and_only_its_victim_accuses(nlp: Any) -> None:
    # a third party's account is the attack alone; the victim's own account also accuses
    # the doer (victim_side_accuser, evtypes3 session 9: the development golds code "Israel
    # said its forces had been fired on first" and "Pakistan said India violated the
    # ceasefire" as accusations)
    events = events_of(nlp, "France said Germany attacked the Russian embassy.")
    assert not typed(events, "ACCUSE") and typed(events, "ASSAULT")
    events = events_of(nlp, "Russia said Germany attacked its embassy.")
    assert typed(events, "ASSAULT")
    assert [e.rules[-1] for e in typed(events, "ACCUSE")] == ["victim_side_accuser"]


# ---------------------------------------------------------------- answered speech


def test_dismissed_criticism_is_an_accusation_aimed_at_who_dismissed_it(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "China dismissed criticism from Britain."), "ACCUSE")
    assert ev.actor is not None and ev.actor.country == "GBR"
    assert ev.recipient is not None and ev.recipient.country == "CHN"
    assert ev.modality == "asserted" and "answered_speech" in ev.rules


def test_a_rejected_request_was_made(nlp: Any) -> None:
    """The refusal is aimed at the party that asked; the request itself is the refusal's
    topic, not a second event (rule `answered_demand`, session 13: a wire sentence reports
    the answer); with that rule off it is kept as made, aimed at the refuser."""
    events = events_of(nlp, "Iran rejected the American request for talks.")
    (rej,) = typed(events, "REJECT")
    assert rej.recipient is not None and rej.recipient.country == "USA"
    assert not typed(events, "REQUEST")


def test_a_rejected_request_was_made_without_answered_demand(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "answered_demand")
    events = events_of(nlp, "Iran rejected the American request for talks.")
    (req,) = typed(events, "REQUEST")
    assert req.modality == "asserted" and req.recipient is not None
    assert req.recipient.country == "IRN" and typed(events, "REJECT")


def test_rejected_aid_or_talks_did_not_happen(nlp: Any) -> None:
    for text in ("Iran rejected American aid.", "Iran rejected talks with Qatar."):
        events = events_of(nlp, text)
        assert not typed(events, "AID") and not typed(events, "CONSULT"), text


def test_who_is_called_names_is_the_recipient(nlp: Any) -> None:
    # the parser hangs "President Trump" and "a liar" both as object predicates here
    (ev,) = typed(events_of(nlp, "Senator Elizabeth Warren called President Trump a liar."),
                  "ACCUSE")
    assert ev.recipient is not None and ev.recipient.name == "Trump"
    assert "oprd_recipient" in ev.rules


# ---------------------------------------------------------------- open questions


ASKED_ABOUT = ("The ministry declined to say whether Iran would attack the base.",
               "Officials would not say if Russia had sent troops to Syria.")


def test_an_event_asked_about_is_no_report(nlp: Any) -> None:
    """Session 12 (`open_question`): an event in a whether-clause, or an if-clause a verb takes,
    is a question, not a report, so it gives no event (it gave a hypothetical one before; the
    wire sentence suites count those as false events)."""
    for text in ASKED_ABOUT:
        assert not [e for e in events_of(nlp, text) if e.type in ("ASSAULT", "MOBILIZE")], text


def test_without_the_rule_a_question_is_hypothetical_not_negated(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "open_question")
    for text in ASKED_ABOUT:
        events = [e for e in events_of(nlp, text) if e.type in ("ASSAULT", "MOBILIZE")]
        assert events and all(e.modality == "hypothetical" for e in events), text


def test_an_unclear_event_stays_unconfirmed(nlp: Any) -> None:
    """Not an open question: the sentence reports that the event is unconfirmed."""
    events = events_of(nlp, "It is not clear whether Russia sent troops to Syria.")
    assert events and all(e.modality == "unconfirmed" for e in events)


# ---------------------------------------------------------------- preferences


def test_a_preference_between_fights_is_no_attack(nlp: Any) -> None:
    for text in ('"We would rather fight the rebels in the mountains than in the cities," '
                 "Russia's defence minister said.",
                 "Russia prefers to fight the rebels abroad rather than at home."):
        assert not typed(events_of(nlp, text), "ASSAULT"), text


def test_an_attack_instead_of_talks_still_happened(nlp: Any) -> None:
    events = events_of(nlp, "Russia attacked the rebels rather than negotiate with them.")
    assert typed(events, "ASSAULT")


def test_declining_to_answer_a_question_is_no_rejection(nlp: Any) -> None:
    for text in ("France's foreign minister declined to address whether French troops "
                 "had crossed the border.",
                 "France's foreign minister refused to discuss if French troops had "
                 "crossed the border."):
        assert not typed(events_of(nlp, text), "REJECT"), text


def test_declining_an_offer_is_still_a_rejection(nlp: Any) -> None:
    events = events_of(nlp, "Iran declined to accept the American proposal.")
    assert typed(events, "REJECT")


# ---------------------------------------------------------------- dates of plans


def test_a_planned_weekday_is_the_next_one() -> None:
    from newsweave.nlp.dates import normalize_date

    # 2020-03-04 is a Wednesday
    assert normalize_date("on Friday", "2020-03-04") == ("2020-02-28", "day")
    assert normalize_date("on Friday", "2020-03-04", future=True) == ("2020-03-06", "day")
    assert normalize_date("in June", "2020-03-04") == ("2019-06", "month")
    assert normalize_date("in June", "2020-03-04", future=True) == ("2020-06", "month")
    assert normalize_date("in January", "2020-03-04", future=True) == ("2021-01", "month")
    assert normalize_date("on Friday", None, future=True) == (None, None)


def test_a_plan_on_a_weekday_is_dated_ahead_and_a_past_act_behind(nlp: Any) -> None:
    (plan,) = typed(events_of(nlp, "Russia and Iran are due to sign a trade agreement on "
                                   "Friday.", published="2020-03-04"), "AGREE")
    assert plan.modality == "planned" and plan.date == "2020-03-06"
    (done,) = typed(events_of(nlp, "Russia and Iran signed a trade agreement on Friday.",
                              published="2020-03-04"), "AGREE")
    assert done.modality == "asserted" and done.date == "2020-02-28"


def test_alleging_an_act_accuses_its_doer_and_keeps_the_alleged_act(nlp: Any) -> None:
    events = events_of(nlp, "Iran alleges that Israel attacked its tanker.")
    (acc,) = typed(events, "ACCUSE")
    assert acc.actor is not None and acc.actor.country == "IRN"
    assert acc.recipient is not None and acc.recipient.country == "ISR"
    (attack,) = typed(events, "ASSAULT")
    assert attack.modality == "alleged"


def test_saying_an_act_happened_is_no_accusation(nlp: Any) -> None:
    assert not typed(events_of(nlp, "Iran said that Israel attacked its tanker."), "ACCUSE")


# ---------------------------------------------------------------- documents are no actors


def test_a_law_is_no_actor(nlp: Any) -> None:
    text = "The Iran Freedom and Trade Act would impose sanctions on Iran."
    assert not [e for e in events_of(nlp, text) if e.actor is not None and
                e.actor.name.endswith("Act")]


def test_a_named_person_or_group_is_still_an_actor(nlp: Any) -> None:
    events = events_of(nlp, "The United States imposed sanctions on Iran.")
    assert typed(events, "SANCTION")


def test_admitting_or_denying_a_wrongdoing_accuses_nobody(nlp: Any) -> None:
    for text in ("Senator Mara Quill admitted that President Otto Brenn had lied to voters.",
                 "Senator Mara Quill denied that President Otto Brenn had lied to voters."):
        assert not typed(events_of(nlp, text), "ACCUSE"), text


# ---------------------------------------------------------------- promised policies


def test_a_promised_policy_is_no_agreement(nlp: Any) -> None:
    for text in ("President Otto Brenn has promised to reverse the new rules.",
                 "Germany's chancellor vowed to cut taxes next year."):
        assert not typed(events_of(nlp, text), "AGREE"), text


def test_a_promise_to_someone_is_still_an_agreement(nlp: Any) -> None:
    events = events_of(nlp, "Germany promised Ukraine to deliver tanks.")
    assert typed(events, "AGREE") or typed(events, "AID")


def test_a_promise_about_an_accord_or_another_party_is_an_agreement(nlp: Any) -> None:
    for text in ("Serbia promised to respect the ceasefire, its foreign ministry said.",
                 "Serbia's president vowed to work toward peace with Kosovo."):
        assert typed(events_of(nlp, text), "AGREE"), text
