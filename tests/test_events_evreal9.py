"""Real-news event rules of evreal9 (session 13, issue 11), each on made-up articles: an
attack told without its doer ('a woman was shot in the leg') is the one named attacker's of
the article, and stays unknown when the article has another attacker or the victim is he."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow

FIRED = "Tomas Kral, 24, fired several shots from a balcony in Brno on Friday evening. "
CHARGED = "Tomas Kral, 24, was charged on Monday with shooting a neighbour in Brno. "
FILLER = "Neighbours said the street had been quiet for years. The mayor called for calm. "
SHOT = "A woman walking below was shot in the leg."


def shootings_of_the_woman(nlp: Any, text: str) -> list[Event]:
    return [e for e in events_of(nlp, text) if e.type == "ASSAULT" and
            e.recipient is not None and e.recipient.name == "woman"]


@pytest.mark.parametrize(("text", "modality"), [(FIRED + FILLER + SHOT, "asserted"),
                                                (CHARGED + FILLER + SHOT, "alleged")])
def test_an_agentless_attack_is_the_articles_one_named_attackers(
        nlp: Any, ablated: Any, text: str, modality: str) -> None:
    (event,) = shootings_of_the_woman(nlp, text)
    assert event.actor is not None and event.actor.name == "Tomas Kral"
    assert "article_assailant" in event.rules
    assert event.modality == modality  # alleged while he is only charged
    ablated("article_assailant")
    (event,) = shootings_of_the_woman(nlp, text)
    assert event.actor is None


@pytest.mark.parametrize("other", ["Petr Horak stabbed a guard. ",
                                   "Police officers shot a second man. "])
def test_another_attacker_leaves_the_doer_unknown(nlp: Any, other: str) -> None:
    (event,) = shootings_of_the_woman(nlp, FIRED + FILLER + other + FILLER + SHOT)
    assert event.actor is None


def test_an_attack_someone_did_not_make_names_no_other_attacker(nlp: Any) -> None:
    text = FIRED + FILLER + "Petr Horak did not shoot anyone, police said. " + FILLER + SHOT
    (event,) = shootings_of_the_woman(nlp, text)
    assert event.actor is not None and event.actor.name == "Tomas Kral"


def test_the_attackers_own_harm_is_not_his_doing(nlp: Any) -> None:
    events = events_of(nlp, FIRED + FILLER + "Kral was later shot in the leg.")
    (event,) = [e for e in events if e.type == "ASSAULT" and e.recipient is not None]
    assert event.actor is None


PLEA = "Tomas Kral pleaded {} on Tuesday to two counts of murder in Brno, Czech Republic."


@pytest.mark.parametrize("plea", ["not guilty", "innocent"])
def test_a_plea_of_not_guilty_rejects_the_states_charge(nlp: Any, ablated: Any,
                                                        plea: str) -> None:
    (event,) = [e for e in events_of(nlp, PLEA.format(plea)) if e.type == "REJECT"]
    assert event.actor is not None and event.actor.name == "Tomas Kral"
    assert event.recipient is not None and event.recipient.country == "CZE"
    assert event.recipient.sector == "JUD" and "pleaded_against_state" in event.rules
    ablated("pleaded_against_state")
    (event,) = [e for e in events_of(nlp, PLEA.format(plea)) if e.type == "REJECT"]
    assert event.recipient is None


def test_a_guilty_plea_concedes_and_rejects_nothing(nlp: Any) -> None:
    events = events_of(nlp, PLEA.format("guilty"))
    assert [e.type for e in events] == ["CONCEDE"]


TRIAL = ("The trial of a teenager accused of killing a boy in Albany began on Tuesday. The boy "
         "was playing in the West Hill neighborhood when he was hit.")


def test_a_neighbourhood_does_not_vote_for_its_foreign_namesakes_country(
        nlp: Any, ablated: Any) -> None:
    # the neighbourhood's name is a town's in Canada: without the rule the two places tie
    # and the one that can mean one country only wins (a Canadian court); with it the town
    # alone (a name of several countries) leaves the courts' country unknown
    (event,) = [e for e in events_of(nlp, TRIAL) if e.type == "ACCUSE"]
    assert event.actor is None or event.actor.country != "CAN"
    ablated("neighbourhood_not_town")
    (event,) = [e for e in events_of(nlp, TRIAL) if e.type == "ACCUSE"]
    assert event.actor is not None and event.actor.country == "CAN"


SUIT = "Senator Ada Obi and Senator Uche Eze filed a suit on Monday. {} asked the court to stop it."


def test_they_after_named_people_is_those_people(nlp: Any, ablated: Any) -> None:
    def askers(text: str) -> set[str]:
        return {e.actor.name for e in events_of(nlp, text)
                if e.type == "REQUEST" and e.actor is not None}

    assert askers(SUIT.format("They")) == {"Ada Obi", "Uche Eze"}
    ablated("they_named_people")
    assert askers(SUIT.format("They")) == set()


@pytest.mark.parametrize("text", [
    "Senator Ada Obi filed a suit on Monday. They asked the court to stop it.",
    "Senator Ada Obi met Senator Uche Eze on Monday. They asked the court to stop it."])
def test_they_is_no_one_person_nor_a_subject_and_object(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if e.type == "REQUEST"]


def test_accused_of_the_second_of_two_acts_is_the_prosecutions_charge(
        nlp: Any, ablated: Any) -> None:
    text = ("A man accused of running over and killing a jogger outside a bakery in "
            "Peoria, Illinois, had a blood-alcohol level three times the limit.")
    (event,) = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert event.actor is not None and event.actor.country == "USA"
    assert event.actor.sector == "JUD"
    ablated("accused_of_conjoined")
    (event,) = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert event.actor is None
