"""Senses of event words that name no event between parties (extract.false_senses, and the
sport words of lexicons/sports.json), on sentences we wrote: a task approached, a tour date
hosted, a knee injured, space promised, a phone's Android support, 'at no time', 'nobody',
and play told in the words of protest and shooting; with the true events next to each, which
must stay. Each rule is switched off once (NEWSWEAVE_ABLATE) to show the test depends on it."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV
from newsweave.model import Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def asserted(events: list[Event], etype: str) -> list[Event]:
    return [e for e in typed(events, etype) if e.modality == "asserted"]


# ---------------------------------------------------------------- party_object


def test_a_task_approached_is_no_contact(nlp: Any) -> None:
    text = "Maria Lopez approached the assignment as if it were a role."
    assert not typed(events_of(nlp, text), "CONSULT")


def test_the_rule_is_what_drops_the_task(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "party_object")
    text = "Maria Lopez approached the assignment as if it were a role."
    assert typed(events_of(nlp, text), "CONSULT")


def test_an_envoy_approached_is_contact(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean foreign minister approached the Peruvian ambassador "
                            "on Monday.")
    assert [e.recipient.country for e in typed(events, "CONSULT") if e.recipient] == ["PER"]


def test_a_tour_date_hosted_is_no_visit(nlp: Any) -> None:
    assert not typed(events_of(nlp, "The Grand Arena is hosting the final date of the tour."),
                     "CONSULT")


def test_a_counterpart_hosted_is_a_visit(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean president hosted his Peruvian counterpart in "
                            "Santiago.")
    assert [(e.mode, e.recipient.country) for e in typed(events, "CONSULT")
            if e.recipient] == [("visit", "PER")]


def test_things_and_parties_by_their_embedding() -> None:
    from newsweave.extract.false_senses import thing_phrase

    assert thing_phrase("the assignment") and thing_phrase("the final date")
    assert not thing_phrase("his counterpart") and not thing_phrase("the delegation")


# ---------------------------------------------------------------- own_body_part


def test_a_knee_injured_is_no_attack(nlp: Any) -> None:
    assert not typed(events_of(nlp, "Tom Reyes injured his left knee on Oct. 19."), "ASSAULT")


def test_the_rule_is_what_drops_the_knee(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "own_body_part")
    assert typed(events_of(nlp, "Tom Reyes injured his left knee on Oct. 19."), "ASSAULT")


def test_a_body_part_in_a_relative_clause_is_no_attack(nlp: Any) -> None:
    text = "The torn triceps that he injured kept him out for weeks."
    assert not typed(events_of(nlp, text), "ASSAULT")


def test_villagers_injured_by_gunmen_are_attacked(nlp: Any) -> None:
    events = events_of(nlp, "Gunmen injured three villagers in an attack on Monday.")
    assert [e.recipient.name for e in typed(events, "ASSAULT") if e.recipient] == ["villagers"]


def test_anothers_body_part_is_no_own_injury(nlp: Any) -> None:
    from newsweave.extract.false_senses import own_body_part

    doc = nlp("The soldiers injured his arm.")
    assert not own_body_part(doc[2])
    doc = nlp("The striker injured his ankle.")
    assert own_body_part(doc[2])


# ---------------------------------------------------------------- pledged_thing


def test_space_promised_is_no_agreement(nlp: Any) -> None:
    assert not typed(events_of(nlp, "Zeta Motors is promising space for five passengers."),
                     "AGREE")


def test_the_rule_is_what_drops_the_pitch(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "pledged_thing")
    assert typed(events_of(nlp, "Zeta Motors is promising space for five passengers."),
                 "AGREE")


def test_more_promised_is_no_agreement(nlp: Any) -> None:
    assert not typed(events_of(nlp, "The retailer promised more."), "AGREE")


def test_reforms_and_accords_promised_are_agreements(nlp: Any) -> None:
    assert typed(events_of(nlp, "The Chilean government promised reforms after the "
                                "protests."), "AGREE")
    events = events_of(nlp, "The Chilean government promised Peru a new border agreement.")
    assert [e.recipient.country for e in typed(events, "AGREE") if e.recipient] == ["PER"]


# ---------------------------------------------------------------- thing_compound


WIFI = "The Galaxy tablet now ships with 802.11ax Wi-Fi 6 support built in."


def test_wifi_support_is_a_feature(nlp: Any) -> None:
    assert not typed(events_of(nlp, WIFI), "SUPPORT")


def test_the_rule_is_what_drops_the_feature(nlp: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "thing_compound")
    assert typed(events_of(nlp, WIFI), "SUPPORT")


def test_a_countrys_support_is_support(nlp: Any) -> None:
    events = events_of(nlp, "Russian support for the rebels grew.")
    assert [e.actor.country for e in typed(events, "SUPPORT") if e.actor] == ["RUS"]
    events = events_of(nlp, "US support for the Kurdish fighters grew.")
    assert [e.actor.country for e in typed(events, "SUPPORT") if e.actor] == ["USA"]


# ---------------------------------------------------------------- negation


def test_at_no_time_is_no_agreement_and_no_refusal(nlp: Any) -> None:
    # a denial that an act took place: negated, and not the refusal "did not agree" is
    events = events_of(nlp, "At no time did Chile agree to the Peruvian proposal.")
    assert not asserted(events, "AGREE") and not typed(events, "REJECT")
    assert asserted(events_of(nlp, "Chile agreed to the Peruvian proposal."), "AGREE")
    assert typed(events_of(nlp, "Chile did not agree to the Peruvian proposal."), "REJECT")


def test_negative_adjunct_is_negation() -> None:
    from newsweave.extract.modality import modality_of
    from newsweave.nlp.models import load_spacy

    doc = load_spacy()("At no time did the ministry meet the rebels.")
    verb = next(t for t in doc if t.lemma_ == "meet")
    assert modality_of(verb)[0] == "negated"


def test_neither_nor_subject_of_the_verb_that_has_the_noun(nlp: Any) -> None:
    from newsweave.extract.modality import modality_of

    doc = nlp("Neither he nor his aides had contact with the rebels.")
    noun = next(t for t in doc if t.lower_ == "contact")
    assert modality_of(noun)[0] == "negated"
    doc = nlp("The minister had contact with the rebels.")
    noun = next(t for t in doc if t.lower_ == "contact")
    assert modality_of(noun)[0] == "asserted"


def test_nobody_met_is_no_meeting(nlp: Any) -> None:
    assert not asserted(events_of(nlp, "Nobody from the Chilean ministry met the Peruvian "
                                       "envoy."), "CONSULT")
    assert asserted(events_of(nlp, "The Chilean ministry met the Peruvian envoy."), "CONSULT")


# ---------------------------------------------------------------- sport words


@pytest.mark.parametrize("text, etype", [
    ("The striker rallied to beat the champions 3-2 in the semifinal.", "PROTEST"),
    ("Nelson fired a shot at the goaltender that trickled wide.", "ASSAULT"),
    ("Jones was injured in the first quarter of the playoff game.", "ASSAULT"),
    ("The linebacker has been solid in run support all season in the league.", "SUPPORT"),
])
def test_play_told_in_words_of_protest_and_force(nlp: Any, text: str, etype: str) -> None:
    assert not typed(events_of(nlp, text), etype)


@pytest.mark.parametrize("text, etype", [
    ("Protesters rallied outside the parliament in Lima on Monday.", "PROTEST"),
    ("Police fired at the protesters in Lima on Monday.", "ASSAULT"),
    ("Three villagers were injured in an attack on Monday.", "ASSAULT"),
])
def test_protest_and_force_outside_sport_stay(nlp: Any, text: str, etype: str) -> None:
    assert typed(events_of(nlp, text), etype)


# ---------------------------------------------------------------- the data


def _data() -> dict[str, Any]:
    return json.loads(resources.files("newsweave.data").joinpath(
        "lexicons", "false_senses.json").read_text("utf-8"))


def test_the_bundled_data_passes_its_schema() -> None:
    from newsweave.extract.lexicon_schema import validate

    validate("false_senses.json", _data())


@pytest.mark.parametrize("change, message", [
    (lambda d: d["body_parts"].append(d["body_parts"][0]), "body_parts"),
    (lambda d: d["thing_compound_types"].append("HUG"), "thing_compound_types"),
    (lambda d: d.update(thing_margin=2.0), "thing_margin"),
    (lambda d: d.pop("pledge_verbs"), "pledge_verbs"),
])
def test_a_bad_entry_is_an_error_naming_it(change: Any, message: str) -> None:
    from newsweave.extract.lexicon_schema import LexiconError, validate

    data = copy.deepcopy(_data())
    change(data)
    with pytest.raises(LexiconError, match=message):
        validate("false_senses.json", data)


def test_it_contacted_by_an_office_is_contact(nlp: Any) -> None:
    events = events_of(nlp, "The company confirmed that it had been contacted by Attorney "
                            "General Ana Rojas' office.")
    assert typed(events, "CONSULT")


def test_aid_to_a_hospital_is_aid(nlp: Any) -> None:
    from newsweave.extract.false_senses import party_object

    doc = nlp("Chile funded the hospital in Lima.")
    obj = next(t for t in doc if t.lower_ == "hospital")
    assert party_object(obj, None, "AID")  # type: ignore[arg-type]


# ---------------------------------------------------------------- force_on_proposal


def test_a_proposal_shot_down_is_rejected_not_attacked(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean minister shot down the proposal from Peru.")
    assert not typed(events, "ASSAULT")
    assert [e.rules[0] for e in typed(events, "REJECT")] == [
        "verbs:shoot#0>force_on_proposal"]


def test_a_drone_shot_down_is_an_attack(nlp: Any) -> None:
    events = events_of(nlp, "Chilean troops shot down a Peruvian drone.")
    assert [e.recipient.country for e in typed(events, "ASSAULT") if e.recipient] == ["PER"]


# ---------------------------------------------------------------- told_as_fiction


@pytest.mark.parametrize("text", [
    "The Peruvian film tells of rebels who attack a Chilean village.",
    "In the novel, the rebels attack a Chilean village.",
])
def test_an_attack_in_fiction_is_no_event(nlp: Any, text: str) -> None:
    assert not typed(events_of(nlp, text), "ASSAULT")


def test_the_rule_is_what_drops_the_film(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "told_as_fiction")
    text = "The Peruvian film tells of rebels who attack a Chilean village."
    assert typed(events_of(nlp, text), "ASSAULT")


def test_an_attack_in_the_news_is_an_event(nlp: Any) -> None:
    assert typed(events_of(nlp, "Rebels attacked a Chilean village on Monday."), "ASSAULT")


def test_a_team_invading_a_city_for_the_final_is_play(nlp: Any) -> None:
    text = "The Chilean team will invade Lima for Sunday's final."
    assert not typed(events_of(nlp, text), "ASSAULT")


def test_an_end_game_is_no_work_of_fiction(nlp: Any) -> None:
    text = "The regime's end game is to capture Chile's border posts."
    assert typed(events_of(nlp, text), "ASSAULT")


# ---------------------------------------------------------------- reader_addressed


@pytest.mark.parametrize("text, etype", [
    ("Zeta Bank has promised that they’ll ease your pain with lower fees.", "AGREE"),
    ("Zeta Mart is offering members a free $10 gift card if you buy the tablet.", "AID"),
])
def test_copy_that_addresses_the_reader_is_no_event(nlp: Any, text: str, etype: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert not typed(events_of(nlp, text), etype)
    monkeypatch.setenv(ABLATE_ENV, "reader_addressed")
    assert typed(events_of(nlp, text), etype)


def test_you_in_a_quotation_is_someone(nlp: Any) -> None:
    events = events_of(nlp, '"Chile will support you," the Chilean president told the '
                            'Peruvian president.')
    assert typed(events, "SUPPORT")


# ---------------------------------------------------------------- named_product_object


def test_a_product_released_is_no_release(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Apple plans to release a new MacBook Pro next year."
    assert not typed(events_of(nlp, text), "RETREAT")
    monkeypatch.setenv(ABLATE_ENV, "named_product_object")
    assert typed(events_of(nlp, text), "RETREAT")


def test_a_person_released_is_a_release(nlp: Any) -> None:
    events = events_of(nlp, "Chile plans to release Ana Rojas in the first half of 2020.")
    assert [e.recipient.name for e in typed(events, "RETREAT") if e.recipient] == ["Ana Rojas"]


def test_a_team_marching_into_a_city_is_play(nlp: Any) -> None:
    text = "The Lions will march into Denver and hand the hosts a fourth loss in the league."
    assert not typed(events_of(nlp, text), "PROTEST")
    assert typed(events_of(nlp, "Protesters will march into the capital on Monday."),
                 "PROTEST")


def test_a_leader_with_an_odd_name_is_still_detained(nlp: Any) -> None:
    events = events_of(nlp, "Ugandan police detained opposition leader Bobi Wine at his "
                            "home.")
    assert typed(events, "COERCE")
