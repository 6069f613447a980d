"""A bare title read through the dated roles table ('the president' -> the office holder of
the story's country on its date) keeps that country when the other party is a person or
body of the same country: a domestic dispute (newsweave.extract.event_arguments,
domestic_office). When the other party is the state itself, the country stays unknown:
'Russia accused the president ...' may mean another country's president."""

from __future__ import annotations

from newsweave.evaluation.events import run_sentences
from newsweave.extract.event_arguments import domestic_office, no_borrowed_country
from newsweave.model import ActorRef


def _president(country: str) -> ActorRef:
    return ActorRef(name="Some President", country=country, sector="GOV", type="PERSON",
                    country_inferred=True, rules=["roles_table", "title_anaphor"])


def test_a_domestic_party_keeps_the_title_holders_country() -> None:
    opposition = ActorRef(name="opposition leader", country="ZWE", sector="OPP", type="PERSON")
    assert domestic_office(_president("ZWE"), opposition)
    tok = object()
    _a, rec = no_borrowed_country((opposition, tok), (_president("ZWE"), tok))  # type: ignore[arg-type]
    assert rec is not None and rec[0].country == "ZWE"


def test_the_state_itself_as_other_party_leaves_the_country_unknown() -> None:
    state = ActorRef(name="Russia", country="RUS", sector="GOV", type="GPE")
    assert not domestic_office(_president("RUS"), state)
    tok = object()
    _a, rec = no_borrowed_country((state, tok), (_president("RUS"), tok))  # type: ignore[arg-type]
    assert rec is not None and rec[0].country is None


def test_a_person_named_by_name_is_not_a_title_holder() -> None:
    named = ActorRef(name="Jane Roe", country="USA", sector="GOV", type="PERSON",
                     country_inferred=True)
    other = ActorRef(name="senate", country="USA", type="ORG")
    assert not domestic_office(named, other)


def test_an_opposition_leader_mocking_the_president_is_a_domestic_event() -> None:
    rows = [{"id": "m", "text": "Malawi's opposition leader mocked the president at a rally.",
             "date": "2021-03-03", "type": None, "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["m"] if e.type == "ACCUSE"]
    assert any(e.recipient is not None and e.recipient.country == "MWI" for e in events), \
        events
