"""Senses of session 23 (evseedtypes23, issue 11), written after classifying the misses of the
seed-genre development sets (seeds-dense-dev, seedlike-dev): pledging allegiance is support,
a drawdown is a withdrawal (not one of funds), forces massing are a mobilization, claiming an
attack is the attack's own, capturing weapons is a confiscation, facilitating talks is a third
party's consultation, refusing talks is a rejection, harbouring an armed group is aid (and a
speaker saying so accuses the harbourer), advisers sent are military aid. Each is tested on
sentences we wrote, with look-alikes that must stay out."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, rules_off

pytestmark = pytest.mark.slow


def typed(nlp: Any, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, mode, actor name, recipient name) of every event of one made-up sentence."""
    return [(e.type, e.mode, e.actor.name if e.actor else None,
             e.recipient.name if e.recipient else None) for e in events_of(nlp, text)]


def types_of(nlp: Any, text: str) -> set[str]:
    return {t for t, *_ in typed(nlp, text)}


# ------------------------------------------------------------ allegiance: SUPPORT, not AGREE


def test_pledging_allegiance_is_support(nlp: Any) -> None:
    found = typed(nlp, "Dozens of fighters from Dagestan pledged allegiance to Al-Shabaab.")
    assert ("SUPPORT", None, "fighters", "al-Shabaab") in found, found
    assert "AGREE" not in {f[0] for f in found}, found


def test_pledging_loyalty_is_support(nlp: Any) -> None:
    found = typed(nlp, "Several Libyan militias pledged loyalty to the government in Tripoli.")
    assert any(t == "SUPPORT" for t, *_ in found), found


def test_allegiance_as_a_subject_is_no_pledge(nlp: Any) -> None:
    assert "SUPPORT" not in types_of(nlp, "His allegiance to the club never wavered.")


# ----------------------------------------------------------------- drawdown: RETREAT withdraw


def test_a_drawdown_of_troops_is_a_withdrawal(nlp: Any) -> None:
    found = typed(nlp, "Canada completed the drawdown of its soldiers from Mali in June.")
    assert any(t == "RETREAT" and m == "withdraw" and a == "Canada" for t, m, a, _ in found), \
        found


def test_a_drawdown_with_no_troops_named_is_one_too(nlp: Any) -> None:
    found = typed(nlp, "European governments continued their drawdown from Somalia.")
    assert any(t == "RETREAT" for t, *_ in found), found


def test_a_drawdown_of_reserves_is_no_withdrawal(nlp: Any) -> None:
    text = "Japan ordered a drawdown of its oil reserves after the storm."
    assert "RETREAT" not in types_of(nlp, text)


def test_without_clause_not_reserves_drawn_down_read_as_a_withdrawal(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "clause_not")
    text = "Japan ordered a drawdown of its oil reserves after the storm."
    assert "RETREAT" in types_of(nlp, text)


# ---------------------------------------------------------------- massing: MOBILIZE troops


def test_fighters_massing_is_a_mobilization(nlp: Any) -> None:
    found = typed(nlp, "Al-Shabaab fighters are massing near the border with Kenya.")
    assert any(t == "MOBILIZE" and m == "troops" for t, m, *_ in found), found


def test_troops_massed_is_a_mobilization(nlp: Any) -> None:
    found = typed(nlp, "Turkish troops have massed along the Syrian frontier.")
    assert any(t == "MOBILIZE" for t, *_ in found), found


def test_crowds_massing_are_no_mobilization(nlp: Any) -> None:
    text = "Shoppers massed outside the new store in Lagos before dawn."
    assert "MOBILIZE" not in types_of(nlp, text)


# ----------------------------------------------- claimed attack: ASSAULT, alleged (claim: light)


def test_claiming_an_ambush_is_the_ambush_alleged(nlp: Any) -> None:
    events = events_of(nlp, "Al-Shabaab claimed the ambush on a Kenyan army convoy.")
    found = [(e.type, e.actor.name if e.actor else None, e.modality) for e in events]
    assert ("ASSAULT", "al-Shabaab", "alleged") in found, found


def test_without_claimed_act_noun_the_claimed_ambush_reads_asserted(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "claimed_act_noun")
    events = events_of(nlp, "Al-Shabaab claimed the ambush on a Kenyan army convoy.")
    assert [e.modality for e in events if e.type == "ASSAULT"] == ["asserted"], events


@pytest.mark.parametrize("text", [
    "The opposition claimed victory in the disputed election in Malawi.",
    "The floods claimed the lives of twelve villagers in Assam.",
])
def test_other_claims_are_no_attack(nlp: Any, text: str) -> None:
    assert "ASSAULT" not in types_of(nlp, text)


# ------------------------------------------------------ captured weapons: COERCE confiscate


def test_capturing_stocks_of_weapons_is_a_confiscation(nlp: Any) -> None:
    found = typed(nlp, "The insurgents captured large stocks of rifles from the Malian army.")
    assert any(t == "COERCE" and m == "confiscate" for t, m, *_ in found), found


def test_capturing_a_town_stays_an_assault(nlp: Any) -> None:
    found = typed(nlp, "The rebels captured the town of Kidal from the Malian army.")
    assert any(t == "ASSAULT" for t, *_ in found), found
    assert "COERCE" not in {f[0] for f in found}, found


# ---------------------------------------------------------- facilitating talks: third-party


def test_facilitating_talks_is_a_third_party_consultation(nlp: Any) -> None:
    found = typed(nlp, "Norway facilitated talks between Colombia and the ELN rebels.")
    assert any(t == "CONSULT" and m == "third-party" and a == "Norway"
               for t, m, a, _ in found), found


def test_facilitating_contacts_is_one_too(nlp: Any) -> None:
    text = "Oman played a quiet role in facilitating contacts between Iran and the United States."
    found = typed(nlp, text)
    assert any(t == "CONSULT" and m == "third-party" for t, m, *_ in found), found


def test_facilitating_trade_is_no_consultation(nlp: Any) -> None:
    text = "The new bridge will facilitate trade between Kenya and Uganda."
    assert all(m != "third-party" for _, m, *_ in typed(nlp, text))


# ------------------------------------------- refusing to negotiate: REJECT (rule refusal_aux)


def test_would_not_negotiate_is_a_refusal(nlp: Any) -> None:
    found = typed(nlp, "The rebels said they would not negotiate with the junta in Bamako.")
    assert any(t == "REJECT" and a == "rebels" for t, _, a, _ in found), found
    assert "CONSULT" not in {f[0] for f in found}, found


def test_will_not_talk_to_is_a_refusal_asserted(nlp: Any) -> None:
    events = events_of(nlp, "Kenya will not talk to the militants in Somalia.")
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects and rejects[0].modality == "asserted", [(e.type, e.modality) for e in events]


def test_did_not_negotiate_stays_a_negated_meeting(nlp: Any) -> None:
    found = typed(nlp, "Kenya did not negotiate with the militants last year.")
    assert "REJECT" not in {f[0] for f in found}, found


def test_without_refusal_aux_a_refusal_stays_negated_talks(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "refusal_aux")
    found = typed(nlp, "The rebels said they would not negotiate with the junta in Bamako.")
    assert "REJECT" not in {f[0] for f in found}, found


# ----------------------------------------- put on hold (REJECT), postponed talks (SANCTION)


def test_putting_a_request_on_hold_is_a_rejection(nlp: Any) -> None:
    found = typed(nlp, "Germany has put Poland's request for tanks on hold.")
    assert any(t == "REJECT" and a == "Germany" for t, _, a, _ in found), found


def test_putting_a_plan_on_hold_is_no_rejection(nlp: Any) -> None:
    found = typed(nlp, "Germany has put its plan for a new airport on hold.")
    assert "REJECT" not in {f[0] for f in found}, found


def test_postponing_talks_is_a_sanction_cancel(nlp: Any) -> None:
    found = typed(nlp, "Ethiopia postponed the next round of talks with Egypt.")
    assert any(t == "SANCTION" and m == "cancel" and a == "Ethiopia"
               for t, m, a, _ in found), found


def test_postponing_a_vote_is_no_sanction(nlp: Any) -> None:
    assert "SANCTION" not in types_of(nlp, "The Kenyan parliament postponed the budget vote.")


# ------------------------------------------------ harbouring, sheltering, sanctuary: AID asylum


def test_a_speaker_saying_a_party_shelters_militants_accuses_it(nlp: Any) -> None:
    text = "The Somali defence minister said Eritrea was still sheltering Al-Shabaab fighters."
    found = typed(nlp, text)
    assert any(t == "ACCUSE" and r == "Eritrea" for t, _, _, r in found), found
    assert any(t == "AID" and a == "Eritrea" for t, _, a, _ in found), found


def test_without_typed_stance_wrong_the_sheltering_is_no_charge(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "typed_stance_wrong")
    text = "The Somali defence minister said Eritrea was still sheltering Al-Shabaab fighters."
    assert "ACCUSE" not in types_of(nlp, text)


def test_harbouring_militants_is_aid_asylum(nlp: Any) -> None:
    found = typed(nlp, "Eritrea has harboured Al-Shabaab militants for years.")
    assert any(t == "AID" and m == "asylum" and a == "Eritrea" for t, m, a, _ in found), found


def test_sheltering_an_armed_group_is_aid_asylum(nlp: Any) -> None:
    found = typed(nlp, "Somalia accused Eritrea of sheltering the Al-Shabaab leadership.")
    assert any(t == "AID" and m == "asylum" and a == "Eritrea" for t, m, a, _ in found), found


def test_giving_sanctuary_is_aid_asylum(nlp: Any) -> None:
    found = typed(nlp, "Eritrea gave sanctuary to Al-Shabaab.")
    assert any(t == "AID" and m == "asylum" for t, m, *_ in found), found


@pytest.mark.parametrize("text", [
    "The finance minister harbours ambitions to lead the ruling party.",
    "The central bank sheltered the economy from the crisis.",
    "Hundreds of villagers sheltered in a school during the cyclone.",
    "The old chapel is a sanctuary for migrating birds.",
])
def test_other_harbouring_and_sheltering_is_no_aid(nlp: Any, text: str) -> None:
    assert "AID" not in types_of(nlp, text)


# --------------------------------------- advisers and trainers sent: AID military (aid_purpose)


def test_sending_advisers_is_military_aid(nlp: Any) -> None:
    found = typed(nlp, "Turkey will send military advisers to Somalia next month.")
    assert any(t == "AID" and m == "military" and a == "Turkey" for t, m, a, _ in found), found
    assert "MOBILIZE" not in {f[0] for f in found}, found


def test_troops_sent_to_train_are_military_aid(nlp: Any) -> None:
    found = typed(nlp, "Italy sent 200 soldiers to Niger in May to train the Nigerien army.")
    assert any(t == "AID" and m == "military" and a == "Italy" for t, m, a, _ in found), found


def test_troops_sent_to_fight_stay_a_deployment(nlp: Any) -> None:
    found = typed(nlp, "Chad sent 2,000 soldiers to Mali to fight the jihadists.")
    assert any(t == "MOBILIZE" for t, *_ in found), found
    assert "AID" not in {f[0] for f in found}, found


def test_without_aid_purpose_troops_sent_to_train_are_a_deployment(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "aid_purpose")
    found = typed(nlp, "Italy sent 200 soldiers to Niger in May to train the Nigerien army.")
    assert any(t == "MOBILIZE" and a == "Italy" for t, _, a, _ in found), found
