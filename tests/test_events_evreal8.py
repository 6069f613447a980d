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
