"""Events of session 23 (evprec23, issue 11): false and wrongly built events found by judging
a seeded sample of 80 events on the development article sets by hand
(benchmarks/event_judged_seed2323_session23.jsonl). Talking to the press is no consultation
(spoke_to_press); "it's striking that" is no strike (comment_participle); the last crime of a
list of charges is a charge (charge_list); 'should have done' faults a past act rather than
asking for one (past_duty_reproach); a clash told by one side accuses nobody
(mutual_fight_told); 'Prosecutors allege X shot Y' read with 'allege' as a noun is still an
allegation (misparsed_allegation); a meeting said to be cancelled did not take place
(cancelled_event); the outcome of a hoped or wished-for clause is hoped for (hoped_outcome); a
whether-question about what someone will do tells nothing (open_future_question); an act
someone is directed to do is only ordered (directed_act); a warrant executed is served
(abstract_target's prototypes). Every sentence here is made up. Each rule is switched off
once to show the test depends on it, and look-alikes must keep their events."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("spoke_to_press", "comment_participle", "charge_list", "past_duty_reproach",
         "mutual_fight_told", "misparsed_allegation", "cancelled_event", "hoped_outcome",
         "open_future_question", "directed_act")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def of_type(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# rule spoke_to_press
PRESS_TALKS = [
    "Farmers who spoke to reporters by telephone said the militia had seized their cattle.",
    "The Kenyan interior minister talked to journalists after the vote in Nairobi.",
]


@pytest.mark.parametrize("text", PRESS_TALKS)
def test_talking_to_the_press_is_no_consultation(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "CONSULT")


@pytest.mark.parametrize("text", PRESS_TALKS)
def test_spoke_to_press_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("spoke_to_press")
    assert of_type(events_of(nlp, text), "CONSULT")


@pytest.mark.parametrize("text", [
    "The Kenyan interior minister talked to his Ugandan counterpart after the vote.",
    "The Kenyan president spoke with the Ugandan president by phone on Sunday.",
])
def test_talks_between_parties_stay(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "CONSULT")


# rule comment_participle: the rule's own test on parsed sentences (in a sentence of its own
# the participle finds no actor, so no event is built either way)
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("It's striking that the Peruvian president never answered the letter.", "striking",
     True),
    ("It was striking that nobody from the Bolivian government came.", "striking", True),
    ("\u201cIt\u2019s striking that in almost every region trade tensions are starting to "
     "slow growth,\u201d the Dutch finance minister said.", "striking", True),
    ("Dockers are striking at three ports in Chile.", "striking", False),
    ("It is threatening to pull out of the talks.", "threatening", False),
    ("The union said it is striking because the company broke its word.", "striking",
     False),
])
def test_a_participle_of_comment_is_no_act(nlp: Any, text: str, word: str,
                                           expected: bool) -> None:
    from newsweave.extract.false_senses import comment_participle

    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert comment_participle(tok) is expected


# rule charge_list
CHARGE_LISTS = [
    "Mendez has two earlier convictions, including charges of fraud, possession of forged "
    "documents and inciting a riot.",
]


@pytest.mark.parametrize("text", CHARGE_LISTS)
def test_the_last_crime_of_a_list_of_charges_is_a_charge(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "PROTEST")


@pytest.mark.parametrize("text", CHARGE_LISTS)
def test_charge_list_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("charge_list")
    assert of_type(events_of(nlp, text), "PROTEST")


@pytest.mark.parametrize("text", [
    "Police arrested 30 people for looting during the riot in the capital.",
])
def test_a_riot_outside_the_list_stays(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "PROTEST")


# rule past_duty_reproach: (made-up sentence, a word of the critic's name, of the faulted's)
REPROACHES = [
    ("A Bolivian senator said the interior minister should have protected the protesters.",
     "senator", "minister"),
    ("\"The minister should have resigned months ago,\" the Chilean senator said.", "senator",
     "minister"),
    ("The Slovak opposition leader said the prime minister should have consulted parliament.",
     "opposition leader", "prime minister"),
]


@pytest.mark.parametrize(("text", "critic", "faulted"), REPROACHES)
def test_should_have_done_faults_a_past_act(nlp: Any, text: str, critic: str,
                                            faulted: str) -> None:
    events = events_of(nlp, text)
    assert not of_type(events, "REQUEST"), events
    assert any(e.actor is not None and critic in e.actor.name and e.recipient is not None and
               faulted in e.recipient.name and "past_duty_reproach" in e.rules
               for e in of_type(events, "ACCUSE")), events


@pytest.mark.parametrize(("text", "critic", "faulted"), REPROACHES[:2])
def test_past_duty_reproach_is_what_makes_it_an_accusation(nlp: Any, ablated: Any, text: str,
                                                          critic: str, faulted: str) -> None:
    ablated("past_duty_reproach")
    events = events_of(nlp, text)
    assert of_type(events, "REQUEST") and not of_type(events, "ACCUSE"), events


@pytest.mark.parametrize("text", [
    "A Chilean senator said the Bolivian army should withdraw from the border.",
    "The Slovak opposition leader said the government should have a say in the talks.",
])
def test_a_demand_stays_a_request(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert of_type(events, "REQUEST") and not of_type(events, "ACCUSE"), events


def test_must_have_done_is_an_inference(nlp: Any) -> None:
    events = events_of(nlp, "A Chilean senator said the army must have approved the raid.")
    assert not of_type(events, "REQUEST") and not of_type(events, "ACCUSE"), events


# rule mutual_fight_told
CLASHES = [
    "A Gaza medic said there were clashes between Hamas and the Israeli army by the school.",
    "Palestinian officials said Israeli troops clashed with Palestinian police in Hebron.",
]


@pytest.mark.parametrize("text", CLASHES)
def test_a_clash_told_by_one_side_accuses_nobody(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert of_type(events, "ASSAULT") and not of_type(events, "ACCUSE"), events


@pytest.mark.parametrize("text", CLASHES)
def test_mutual_fight_told_is_what_drops_the_accusation(nlp: Any, ablated: Any,
                                                        text: str) -> None:
    ablated("mutual_fight_told")
    assert of_type(events_of(nlp, text), "ACCUSE")


def test_an_attack_told_by_its_victim_side_still_accuses(nlp: Any) -> None:
    events = events_of(nlp, "A Palestinian official said Israeli troops had attacked a "
                            "school in Gaza.")
    assert any("victim_side_accuser" in e.rules for e in of_type(events, "ACCUSE")), events


# rule misparsed_allegation
ALLEGATIONS = [
    "Prosecutors allege Novak stabbed a guard during the escape.",
    "Investigators contend Ferreira shot the cashier twice.",
]


@pytest.mark.parametrize("text", ALLEGATIONS)
def test_an_allegation_without_that_is_alleged(nlp: Any, text: str) -> None:
    found = of_type(events_of(nlp, text), "ASSAULT")
    assert found and all(e.modality == "alleged" for e in found), found


def test_misparsed_allegation_is_what_makes_it_alleged(nlp: Any, ablated: Any) -> None:
    ablated("misparsed_allegation")
    found = of_type(events_of(nlp, ALLEGATIONS[0]), "ASSAULT")
    assert found and all(e.modality == "asserted" for e in found), found


@pytest.mark.parametrize("text", [
    "Novak stabbed a guard during the escape.",
    "The claims adjuster Novak stabbed a guard during the escape.",
])
def test_a_plain_report_stays_asserted(nlp: Any, text: str) -> None:
    found = of_type(events_of(nlp, text), "ASSAULT")
    assert found and all(e.modality == "asserted" for e in found), found


# rule cancelled_event
CANCELLED = [
    "The two sides could not reschedule a meeting between the Chilean president and his "
    "Peruvian counterpart in Lima that was canceled because of the floods.",
]


@pytest.mark.parametrize("text", CANCELLED)
def test_a_cancelled_meeting_did_not_take_place(nlp: Any, text: str) -> None:
    assert not of_type(events_of(nlp, text), "CONSULT")


@pytest.mark.parametrize("text", CANCELLED)
def test_cancelled_event_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("cancelled_event")
    assert of_type(events_of(nlp, text), "CONSULT")


def test_a_meeting_that_was_held_stays(nlp: Any) -> None:
    text = ("The Chilean president met his Peruvian counterpart in Lima, a meeting that was "
            "held after months of talks.")
    assert of_type(events_of(nlp, text), "CONSULT")


# rule hoped_outcome: (made-up sentence, the type it would otherwise have)
HOPED_OUTCOMES = [
    ("Ghani said he hoped the prisoner release would \"pave the way\" for face-to-face "
     "talks between Kabul and the Taliban.", "CONSULT"),
    ("\"We want to create the conditions that will generate more uprisings against the "
     "government,\" an anarchist said in Athens.", "PROTEST"),
]


@pytest.mark.parametrize(("text", "etype"), HOPED_OUTCOMES)
def test_an_outcome_hoped_for_is_no_event(nlp: Any, text: str, etype: str) -> None:
    assert not of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("text", "etype"), HOPED_OUTCOMES)
def test_hoped_outcome_is_what_drops_it(nlp: Any, ablated: Any, text: str,
                                        etype: str) -> None:
    ablated("hoped_outcome")
    assert of_type(events_of(nlp, text), etype)


def test_an_aside_on_a_party_of_the_hoped_clause_stays(nlp: Any) -> None:
    text = ("Ghani said he hoped the prisoner release would pave the way for talks with the "
            "Taliban, who for years have refused to negotiate with Kabul.")
    assert of_type(events_of(nlp, text), "REJECT")


def test_ones_own_wish_stays_a_plan(nlp: Any) -> None:
    found = of_type(events_of(nlp, "The Chilean president said he wants to meet his Peruvian "
                                   "counterpart in Lima."), "CONSULT")
    assert found and all(e.modality == "planned" for e in found), found


# rule open_future_question
def test_a_question_about_the_future_is_no_event(nlp: Any, ablated: Any) -> None:
    text = "It remains to be seen whether Ankara will move toward arming the rebels."
    assert not of_type(events_of(nlp, text), "AID")
    ablated("open_future_question")
    assert of_type(events_of(nlp, text), "AID")


def test_an_unconfirmed_past_act_stays_unconfirmed(nlp: Any) -> None:
    found = of_type(events_of(nlp, "It is not clear whether the army fired on the protesters "
                                   "in Lima."), "ASSAULT")
    assert found and all(e.modality == "unconfirmed" for e in found), found


# abstract_target's prototypes gain 'a search warrant' (session 23)
def test_a_warrant_executed_is_served(nlp: Any, ablated: Any) -> None:
    text = "Police executed a warrant at his home."
    assert not of_type(events_of(nlp, text), "ASSAULT")
    ablated("abstract_target")
    assert of_type(events_of(nlp, text), "ASSAULT")


@pytest.mark.parametrize("text", [
    "The militants executed two hostages in the desert.",
    "Rebels attacked a police station in the north.",
])
def test_people_and_buildings_stay_targets(nlp: Any, text: str) -> None:
    assert of_type(events_of(nlp, text), "ASSAULT")


# rule directed_act
DIRECTED = "Police say the gang leader Dario Mendes directed Pablo Ortiz to kill two guards."


def test_an_act_someone_is_directed_to_do_is_only_ordered(nlp: Any, ablated: Any) -> None:
    assert not of_type(events_of(nlp, DIRECTED), "ASSAULT")
    ablated("directed_act")
    assert of_type(events_of(nlp, DIRECTED), "ASSAULT")


def test_an_act_done_stays(nlp: Any) -> None:
    assert of_type(events_of(nlp, "Police say the gang leader Dario Mendes killed the "
                                  "guard."), "ASSAULT")
