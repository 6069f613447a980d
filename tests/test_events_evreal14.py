"""Rules of session 18 (evreal14), written after counting, over every development article set,
the step at which each missed recipient failed: an answer to an act named by its own word
answers that act's maker however far back the article told it; a judgement aimed at a thing
(a lawsuit against a rule, the legality of a law) is aimed at the thing's maker; a request
noun's that-clause names who is asked and is no event of its own. Each tested on sentences
we wrote, each rule also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off

pytestmark = pytest.mark.slow


# ------------------------------------------------------------- answered_same_word

FAR_PROTEST = (
    "Norway lodged a formal protest with Iceland over the seized trawlers on Monday.\n\n"
    "The trawlers carried 40 crew members, the fishing ministry said. The crews were taken "
    "to a northern port.\n\n"
    "Relatives gathered outside the ministry. A spokesman for the owners said the boats had "
    "been in open waters.\n\n"
    "Fishing is a large employer in the region. The catch fell by a third last year. Prices "
    "of cod have doubled.\n\n"
    "Exports go mostly to Asia. The fleet has 300 boats.\n\n"
    "Iceland rejected the protest on Tuesday.")


def test_an_answer_finds_its_act_named_by_the_same_word_far_back(nlp: Any) -> None:
    found = parties(events_of(nlp, FAR_PROTEST), "REJECT")
    assert ("Iceland", "ISL", "Norway", "NOR") in found, found


def test_without_answered_same_word_the_far_protest_is_not_found(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "answered_same_word")
    found = parties(events_of(nlp, FAR_PROTEST), "REJECT")
    assert found and all(f[2] != "Norway" for f in found), found


def test_a_far_act_of_another_word_is_not_taken(nlp: Any) -> None:
    text = FAR_PROTEST.replace("Iceland rejected the protest", "Iceland rejected the request")
    found = parties(events_of(nlp, text), "REJECT")
    assert found and all(f[2] != "Norway" for f in found), found


# -------------------------------------------------------------- thing_target_owner

RULE = ("The Transport Ministry issued a new rule on Friday that lets lorries drive on "
        "Sundays.\n\nThe Drivers' Guild filed a lawsuit against the rule on Tuesday.")
LEGALITY = ("The Transport Ministry issued a new rule on Friday that lets lorries drive on "
            "Sundays.\n\nSenator Ilse Varga questioned the legality of the rule.")


def test_a_lawsuit_against_a_rule_accuses_its_maker(nlp: Any) -> None:
    found = parties(events_of(nlp, RULE), "ACCUSE")
    assert any(f[0] and f[0].endswith("Guild") and f[2] == "Transport Ministry" for f in found), \
        found


def test_the_legality_of_a_rule_judges_its_maker(nlp: Any) -> None:
    found = parties(events_of(nlp, LEGALITY), "ACCUSE")
    assert any(f[0] == "Ilse Varga" and f[2] == "Transport Ministry" for f in found), found


PASSIVE = ("The Transport Ministry announced a new plan on Friday. The plan was rejected by "
           "the unions.")


def test_a_thing_judged_in_the_passive_judges_its_maker(nlp: Any) -> None:
    found = parties(events_of(nlp, PASSIVE), "REJECT")
    assert any(f[2] == "Transport Ministry" for f in found), found


def test_without_thing_target_owner_neither_has_the_maker(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "thing_target_owner")
    assert all(f[2] != "Transport Ministry"
               for f in parties(events_of(nlp, PASSIVE), "REJECT"))
    for text in (RULE, LEGALITY):
        found = parties(events_of(nlp, text), "ACCUSE")
        assert found and all(f[2] != "Transport Ministry" for f in found), found


def test_a_thing_whose_maker_is_not_told_gives_no_one(nlp: Any) -> None:
    found = parties(events_of(nlp, "The Drivers' Guild filed a lawsuit against the rule."),
                    "ACCUSE")
    assert found and all(f[2] is None for f in found), found


# ----------------------------------------------------------- demand_clause_subject

DEMAND = "Ghana repeated its demand that Togo close the border crossings."


def test_a_demand_that_a_party_act_asks_that_party(nlp: Any) -> None:
    found = parties(events_of(nlp, DEMAND), "REQUEST")
    assert ("Ghana", "GHA", "Togo", "TGO") in found, found


def test_the_demanded_act_is_no_event(nlp: Any) -> None:
    events = events_of(nlp, DEMAND)
    assert not [e for e in events if e.type != "REQUEST"], events


def test_without_demand_clause_subject_the_clause_is_taken_for_an_act(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "demand_clause_subject")
    events = events_of(nlp, DEMAND)
    assert all(f[2] != "Togo" for f in parties(events, "REQUEST")), events


# ---------------------------------------------------------------- relational_party

NEIGHBOUR = ("The government of Kenya banned exports of raw timber in March. Uganda, which "
             "also sells timber, backed its neighbour.")


def test_its_neighbour_is_the_one_other_country_just_named(nlp: Any) -> None:
    found = parties(events_of(nlp, NEIGHBOUR), "SUPPORT")
    assert ("Uganda", "UGA", "Kenya", "KEN") in found, found


def test_two_other_countries_leave_the_relation_unknown(nlp: Any) -> None:
    text = "Kenya and Tanzania closed a border post. Uganda backed its neighbour."
    found = parties(events_of(nlp, text), "SUPPORT")
    assert found and all(f[2] is None for f in found), found


def test_without_relational_party_the_neighbour_is_unknown(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "relational_party")
    found = parties(events_of(nlp, NEIGHBOUR), "SUPPORT")
    assert found and all(f[2] is None for f in found), found


# ------------------------------------------------- the West as an actor (actors.json igos)

def test_the_west_is_a_party_that_acts_and_is_acted_on(nlp: Any) -> None:
    events = events_of(nlp, "Belarus accused the West of hypocrisy. The West imposed "
                            "sanctions on Belarus.")
    assert ("Belarus", "BLR", "West", None) in parties(events, "ACCUSE"), events
    assert ("West", None, "Belarus", "BLR") in parties(events, "SANCTION"), events


def test_the_west_bank_is_not_the_west(nlp: Any) -> None:
    events = events_of(nlp, "Settlers attacked a village in the West Bank.")
    assert all(e.recipient is None or e.recipient.name != "West" for e in events), events


def test_a_person_charged_is_no_thing_whose_maker_is_judged(nlp: Any) -> None:
    found = parties(events_of(nlp, "A Springfield man has been charged in a fatal crash."),
                    "ACCUSE")
    assert all(f[2] != "Springfield" for f in found), found


def test_an_owned_quality_judges_its_owner(nlp: Any) -> None:
    found = parties(events_of(nlp, "Chile's president praised Peru's handling of the floods."),
                    "SUPPORT")
    assert any(f[2] == "Peru" for f in found), found
