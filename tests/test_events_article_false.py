"""False events of whole articles, on sentences we wrote: a status after 'as', a right
claimed, an act only called for, an abstract thing hit, a warning about the present, a
question put to a witness, a show hosted, one person 'struck', shelter sought, a boxing punch;
and the true events next to each, which must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# ---------------------------------------------------------------- a state, not an act


def test_a_status_after_as_is_no_threat(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean Interior Ministry listed the wolf as threatened.")
    assert not typed(events, "THREATEN")


def test_a_threat_with_an_object_is_still_a_threat(nlp: Any) -> None:
    events = events_of(nlp, "Chile threatened Peru with sanctions on Monday.")
    assert typed(events, "THREATEN")


def test_a_right_claimed_is_no_act(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean president said Chile has every right to defend "
                            "Peru.")
    assert not typed(events, "SUPPORT")


def test_a_defence_made_is_support(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean president defended Peru at the summit.")
    assert typed(events, "SUPPORT")


def test_an_event_only_called_for_is_no_event(nlp: Any) -> None:
    events = events_of(nlp, "Chilean President Gabriel Boric ignored calls for his "
                            "resignation.")
    assert not typed(events, "RETREAT")


def test_a_resignation_told_is_an_event(nlp: Any) -> None:
    events = events_of(nlp, "Chilean President Gabriel Boric announced his resignation.")
    assert typed(events, "RETREAT")


# ---------------------------------------------------------------- who is hit


def test_an_image_destroyed_is_no_attack_on_its_owner(nlp: Any) -> None:
    events = events_of(nlp, "The envoy told the Chilean president that Chile's image is "
                            "being destroyed.")
    assert not typed(events, "ASSAULT")


def test_an_embassy_attacked_is_an_attack_on_its_country(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Chile's embassy was attacked on Monday."), "ASSAULT")
    assert ev.actor is None and ev.recipient is not None and ev.recipient.country == "CHL"


# ---------------------------------------------------------------- warnings


def test_a_warning_about_what_a_party_does_is_an_accusation(nlp: Any) -> None:
    events = events_of(nlp, "The European Union warned Chile that the offensive was "
                            "damaging its reputation.")
    assert not typed(events, "THREATEN")
    (ev,) = typed(events, "ACCUSE")
    assert ev.recipient is not None and ev.recipient.country == "CHL"
    assert "verbs:warn#3" in ev.rules


def test_a_warning_of_an_act_to_come_is_a_threat(nlp: Any) -> None:
    events = events_of(nlp, "Norway warned Chile that it would impose sanctions.")
    assert typed(events, "THREATEN") and not typed(events, "ACCUSE")


def test_a_warning_about_something_else_accuses_nobody(nlp: Any) -> None:
    events = events_of(nlp, "The European Union warned Chilean farmers that the water was "
                            "unsafe.")
    assert not typed(events, "ACCUSE") and not typed(events, "THREATEN")


# ---------------------------------------------------------------- requests


def test_a_question_put_to_a_witness_is_no_request(nlp: Any) -> None:
    events = events_of(nlp, "Defense lawyer Peter Hall asked Mark Wilson, who said he had "
                            "seen the gun before.")
    assert not typed(events, "REQUEST")


@pytest.mark.parametrize("text", ["Norway asked Turkey to mediate.",
                                  "Norway asked Turkey for help."])
def test_a_request_says_what_it_asks(nlp: Any, text: str) -> None:
    (ev,) = typed(events_of(nlp, text), "REQUEST")
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_wanting_an_inquiry_is_asking_for_one(nlp: Any) -> None:
    events = events_of(nlp, "The United Nations wants an independent inquiry into the "
                            "shelling.")
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and "verbs:want#2" in ev.rules
    assert not typed(events, "ACCUSE")  # the inquiry is only wanted


def test_shelter_sought_is_no_request(nlp: Any) -> None:
    events = events_of(nlp, "Thousands of Chileans had sought refuge from the fighting in "
                            "the mosque.")
    assert not typed(events, "REQUEST")


def test_asylum_sought_for_others_is_a_request(nlp: Any) -> None:
    assert typed(events_of(nlp, "Chile sought asylum for the refugees in Peru."), "REQUEST")


# ---------------------------------------------------------------- not this sense at all


def test_a_show_hosted_is_no_visit(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean president hosted Party Night, the short-lived "
                            "weekly show.")
    assert not typed(events, "CONSULT")


def test_a_leader_hosted_is_a_visit(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "The Chilean president hosted the Peruvian prime minister "
                                 "in Santiago."), "CONSULT")
    assert ev.mode == "visit"


def test_one_person_struck_is_no_strike(nlp: Any) -> None:
    events = events_of(nlp, "Woman struck, killed in Springfield Police have released the "
                            "name of a woman who was struck and killed by a motorist.")
    assert not typed(events, "PROTEST")


def test_many_who_struck_are_on_strike(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Thousands of Chilean nurses struck for better pay."),
                  "PROTEST")
    assert ev.mode == "strike-gen"


def test_plans_attacked_by_a_politician_are_criticized(nlp: Any) -> None:
    events = events_of(nlp, "It described the failures of collective efforts often attacked "
                            "by Chilean President Gabriel Boric.")
    assert not typed(events, "ASSAULT")
    assert typed(events, "ACCUSE")


def test_a_boxing_punch_is_no_bombing(nlp: Any) -> None:
    events = events_of(nlp, "Dario Castell bombed Lee Varga with a crunching uppercut "
                            "in the third round of their title bout.")
    assert not typed(events, "ASSAULT")


def test_refuge_sought_at_an_embassy_asks_its_state(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "The Chilean activist sought refuge at the Peruvian embassy "
                                 "in Santiago."), "REQUEST")
    assert "verbs:seek#1" in ev.rules


def test_killed_after_a_fall_is_no_attack(nlp: Any) -> None:
    events = events_of(nlp, "A British climber has been killed after falling 600 metres "
                            "in the Alps.")
    assert not typed(events, "ASSAULT")


def test_killed_after_an_ambush_is_still_an_attack(nlp: Any) -> None:
    assert typed(events_of(nlp, "Three Chilean soldiers were killed on Monday."), "ASSAULT")


# ---------------------------------------------------------------- requests and accusations found


def test_calling_for_someone_to_act_is_a_request(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Councilman Mark Wilson called for Mayor Eric Adams to visit "
                                 "the community."), "REQUEST")
    assert ev.actor is not None and ev.actor.name.endswith("Wilson")


def test_calls_for_an_election_are_a_request(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Chilean opposition leaders made repeated calls for the "
                                 "president's resignation."), "REQUEST")
    assert "nouns:call#1" in ev.rules
    assert not typed(events_of(nlp, "The plan calls for troop cuts in Chile."), "REQUEST")


def test_warning_someone_to_act_is_a_request(nlp: Any) -> None:
    events = events_of(nlp, "Chile warned families in Peru to leave their homes.")
    (ev,) = typed(events, "REQUEST")
    # (session 11: warn#4 is the ultimatum sense, 'to leave or face arrest')
    assert "verbs:warn#5" in ev.rules and not typed(events, "THREATEN")


def test_ordering_civilians_out_is_a_request(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "The Chilean army ordered residents out of their homes."),
                  "REQUEST")
    assert ev.recipient is not None
    assert not typed(events_of(nlp, "The Chilean army ordered troops to withdraw."),
                     "REQUEST")


def test_calling_a_state_repressive_accuses_it(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Human Rights Watch called Chile one of the most repressive "
                                 "states in the world."), "ACCUSE")
    assert ev.actor is not None and ev.actor.name == "Human Rights Watch"


def test_denouncing_a_party_for_a_threat_makes_it_the_threatener(nlp: Any) -> None:
    events = events_of(nlp, "Chilean President Gabriel Boric denounced the Peruvian "
                            "government for threatening a military invasion.")
    (threat,) = typed(events, "THREATEN")
    assert threat.actor is not None and threat.actor.country == "PER"


def test_claiming_another_party_attacked_accuses_it(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean military argued that Peruvian fighters had fired "
                            "mortar shells at its forces.")
    (acc,) = typed(events, "ACCUSE")
    assert "claimed_hostility" in acc.rules and acc.actor is not None
    assert acc.actor.country == "CHL"
    assert typed(events, "ASSAULT")  # the attack claimed stays an event


def test_claiming_something_else_accuses_nobody(nlp: Any) -> None:
    assert not typed(events_of(nlp, "Chile claimed that its economy was growing fast."),
                     "ACCUSE")


def test_a_warning_received_that_a_house_will_be_hit_is_a_threat(nlp: Any) -> None:
    events = events_of(nlp, "Residents received a phone warning from the Chileans that the "
                            "family house would be struck.")
    (ev,) = typed(events, "THREATEN")
    assert ev.actor is not None and ev.actor.country == "CHL"
    assert not typed(events_of(nlp, "Residents received a warning from the Chilean army that "
                                    "the water was unsafe."), "THREATEN")


def test_readiness_to_use_force_is_a_threat(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean army is prepared to attack Peru.")
    (ev,) = typed(events, "THREATEN")
    assert ev.modality == "asserted" and "readiness_threat" in ev.rules
    assert not typed(events, "ASSAULT")


def test_readiness_to_talk_stays_a_planned_meeting(nlp: Any) -> None:
    events = events_of(nlp, "Peru is ready to talk with Chile.")
    assert typed(events, "CONSULT") and not typed(events, "THREATEN")


def test_being_critical_of_a_party_accuses_it(nlp: Any) -> None:
    events = events_of(nlp, "Chilean Senator Ana Rivas was highly critical of the "
                            "cabinet's response to the wildfires.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.rules == ["critical_of"] and ev.actor is not None
    assert ev.actor.name.endswith("Rivas")
    assert not typed(events_of(nlp, "The situation in Chile is critical."), "ACCUSE")


def test_not_wanting_a_child_asks_nobody(nlp: Any) -> None:
    events = events_of(nlp, "Tomas Ibarra stabbed his partner because he did not want "
                            "a third child to raise.")
    assert not typed(events, "REQUEST")
    (ev,) = typed(events_of(nlp, "Chile wants Peru to withdraw its troops."), "REQUEST")
    assert ev.recipient is not None and ev.recipient.country == "PER"


def test_agreeing_a_humanitarian_corridor_opens_access(nlp: Any) -> None:
    events = events_of(nlp, "Peru has agreed a humanitarian corridor to allow civilians to "
                            "get food.")
    (ev,) = typed(events, "RETREAT")
    assert ev.mode == "access" and not typed(events, "AGREE")
    assert typed(events_of(nlp, "Peru and Chile agreed on a deal."), "AGREE")


def test_a_place_named_by_past_harm_is_no_new_attack(nlp: Any) -> None:
    events = events_of(nlp, "Hundreds of students gathered peacefully on Saturday at the "
                            "site where the teenager was killed.")
    assert not typed(events, "ASSAULT")
    assert typed(events_of(nlp, "Three Chilean soldiers were killed in the town where the "
                                "market is held."), "ASSAULT")


def test_fired_on_a_date_is_no_shooting(nlp: Any) -> None:
    events = events_of(nlp, "On Saturday, Pablo Ferro was fired as manager of the Chilean "
                            "women's squad.")
    assert not typed(events, "ASSAULT")
    assert typed(events_of(nlp, "Chilean police fired on the crowd on Saturday."), "ASSAULT")
    assert typed(events_of(nlp, "Chile called on Monday for talks with Peru."), "REQUEST")


def test_killed_by_a_driver_is_no_attack(nlp: Any) -> None:
    events = events_of(nlp, "Police say a pensioner was killed by a speeding van "
                            "driver near Valparaiso.")
    assert not typed(events, "ASSAULT")


def test_defending_a_law_is_no_support_of_anyone(nlp: Any) -> None:
    events = events_of(nlp, "Like many students, Maria Lopez passionately defends the "
                            "asylum law.")
    assert not typed(events, "SUPPORT")
    assert typed(events_of(nlp, "The Chilean president defended Peru at the summit."),
                 "SUPPORT")


def test_rockets_launched_at_a_party_are_an_attack(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Hamas began launching rockets at southern Israel."),
                  "ASSAULT")
    assert ev.recipient is not None and ev.recipient.country == "ISR"
    assert typed(events_of(nlp, "Hamas fired more than 30 rockets into Israel yesterday."),
                 "ASSAULT")


def test_a_launch_with_no_target_is_no_attack(nlp: Any) -> None:
    assert not typed(events_of(nlp, "North Korea launched a missile on Tuesday."), "ASSAULT")


# ---------------------------------------------------------------- modality


def test_a_statement_a_news_agency_reports_was_made(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "The European Union has also warned Chile that the offensive "
                                 "was damaging its reputation, the German news agency DPA "
                                 "reports."), "ACCUSE")
    assert ev.modality == "asserted" and "reported_statement" in ev.rules


def test_a_deed_known_from_a_report_alone_stays_alleged(nlp: Any) -> None:
    (ev,) = typed(events_of(nlp, "Chilean troops shelled the Peruvian town of Tacna, the "
                                 "German news agency DPA reports."), "ASSAULT")
    assert ev.modality == "alleged"
