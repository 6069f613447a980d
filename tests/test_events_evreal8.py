"""Real-news event rules of evreal8 (session 13, issue 11), each on sentences we made up:
what prosecutors or the police allege or contend a named person did is their state's
accusation of that person, and a bare 'police' or 'prosecutors' that resolves to nothing of
its own speaks for the story's state."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import Article, Event

pytestmark = pytest.mark.slow


def of_type(nlp: Any, text: str, etype: str) -> list[Event]:
    """The events of one type in a made-up article, with its quotes (the speakers as the
    pipeline knows them)."""
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes

    art = Article(article_id="art_evreal8", source="evreal8.txt", text=text,
                  published="2024-09-02")
    doc = nlp(text)
    mentions = extract_mentions(doc, art)
    events, _ = extract_events(doc, art, mentions, extract_quotes(doc, art, mentions))
    return [e for e in events if e.type == etype]


LEAD = "A man was shot in Toronto, Canada, on Friday. "
ALLEGED = [
    LEAD + "Prosecutors allege that Michael Brown shot his neighbour twice.",
    LEAD + "Prosecutors contended that Michael Brown ambushed the guard.",
]


@pytest.mark.parametrize("text", ALLEGED)
def test_what_prosecutors_allege_a_person_did_is_their_states_accusation(
        nlp: Any, text: str) -> None:
    (event,) = of_type(nlp, text, "ACCUSE")
    assert event.actor is not None and event.actor.country == "CAN"
    assert event.actor.sector == "JUD"
    assert event.recipient is not None and event.recipient.name == "Michael Brown"
    assert "alleging_legal_speaker" in event.rules


@pytest.mark.parametrize("text", ALLEGED)
def test_without_the_rule_the_allegation_has_no_state_accuser(
        nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "alleging_legal_speaker")
    assert not [e for e in of_type(nlp, text, "ACCUSE")
                if e.actor is not None and e.actor.country == "CAN"]


@pytest.mark.parametrize("text", [
    LEAD + "The neighbour alleges that Michael Brown shot his dog.",
    LEAD + "Prosecutors allege that the storm destroyed the evidence.",
])
def test_others_alleging_or_no_crime_alleged_make_no_state_accusation(
        nlp: Any, text: str) -> None:
    assert not [e for e in of_type(nlp, text, "ACCUSE") if "alleging_legal_speaker" in e.rules]


def test_a_bare_police_speaks_for_the_storys_state(nlp: Any,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    text = LEAD + "Police said Michael Brown stabbed his neighbour."
    events = of_type(nlp, text, "ACCUSE")
    assert [e for e in events if e.actor is not None and e.actor.country == "CAN" and
            "unplaced_legal_speaker" in e.rules]
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "unplaced_legal_speaker")
    assert not [e for e in of_type(nlp, text, "ACCUSE")
                if e.actor is not None and e.actor.country == "CAN"]


AIMED = ("Prosecutor Mark Ellis addressed the jury on Monday. He said Gibbons aimed and missed "
         "his rival, instead striking a young boy.")


def test_a_participle_joined_by_and_to_a_finite_verb_keeps_its_subject(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    (event,) = of_type(nlp, AIMED, "ASSAULT")
    assert event.actor is not None and event.actor.name.endswith("Gibbons")
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "coordinated_participle")
    assert not [e for e in of_type(nlp, AIMED, "ASSAULT")
                if e.actor is not None and e.actor.name.endswith("Gibbons")]


@pytest.mark.parametrize("text", [
    "Lopez and his wife were walking out of the pharmacy around noon.",
    "The woman walked out of the bank with her son.",
])
def test_people_walking_out_of_a_place_are_no_walkout(nlp: Any, text: str) -> None:
    assert not of_type(nlp, text, "PROTEST")


@pytest.mark.parametrize("text", [
    "The workers walked out of the factory on Monday to protest the pay cuts.",
    "Hundreds of nurses walked out over pay.",
    "The union walked out on Monday.",
])
def test_a_walkout_by_many_is_a_protest(nlp: Any, text: str) -> None:
    assert of_type(nlp, text, "PROTEST")


TRIAL = LEAD + "Michael Brown went on trial Wednesday accused of killing Robert Johnson."


def test_a_participle_hung_on_a_clause_is_a_passive_of_its_subject(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    (accused,) = of_type(nlp, TRIAL, "ACCUSE")
    assert accused.actor is not None and accused.actor.country == "CAN"
    assert accused.recipient is not None and accused.recipient.name == "Michael Brown"
    (killing,) = [e for e in of_type(nlp, TRIAL, "ASSAULT") if e.trigger == "kill"]
    assert killing.actor is not None and killing.actor.name == "Michael Brown"
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "adverbial_passive")
    assert [e for e in of_type(nlp, TRIAL, "ACCUSE")
            if e.actor is not None and e.actor.name == "Michael Brown"]


THEN = (LEAD + "Prosecutors say Michael Brown called Robert Johnson several times and arranged "
        "to meet him on a rural road, then shot him in the head.")


def test_an_unlabelled_then_clause_is_a_conjunct_of_the_verb_before(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shots = [e for e in of_type(nlp, THEN, "ASSAULT") if e.trigger == "shoot" and
             e.actor is not None and e.actor.name == "Michael Brown"]
    assert shots
    (accused,) = of_type(nlp, THEN, "ACCUSE")
    assert accused.actor is not None and accused.actor.country == "CAN"
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "dep_conjunct")
    assert not [e for e in of_type(nlp, THEN, "ASSAULT") if e.actor is not None]
    assert not of_type(nlp, THEN, "ACCUSE")


def test_charges_issued_accuse(nlp: Any) -> None:
    (event,) = of_type(nlp, "Canadian prosecutors issued charges against Michael Brown.",
                       "ACCUSE")
    assert event.actor is not None and event.actor.country == "CAN"
    assert event.recipient is not None and event.recipient.name == "Michael Brown"
