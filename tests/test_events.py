"""PLOVER events from sentences we wrote: lexicon and nominal events, capitals acting as
states, group aliases, compound actors, each modality, attribution from quotes, dates and
places."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import ActorRef, Article, Event, Quote

pytestmark = pytest.mark.slow


def events_of(nlp: Any, text: str, published: str | None = "2019-05-20",
              quotes: list[Quote] | None = None) -> list[Event]:
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions

    art = Article(article_id="art_test", source="test.txt", text=text, published=published)
    doc = nlp(text)
    events, _ = extract_events(doc, art, extract_mentions(doc, art), quotes or [])
    return events


def one(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.actor and e.actor.name) for e in events]}"
    return found[0]


def test_verb_event_with_actor_recipient_and_mode(nlp: Any) -> None:
    e = one(events_of(nlp, "Germany delivered 5,000 helmets and anti-tank weapons to the "
                           "Ukrainian army on Tuesday."), "AID")
    assert (e.actor.name, e.actor.country, e.actor.sector) == ("Germany", "DEU", "GOV")  # type: ignore[union-attr]
    assert e.recipient is not None and (e.recipient.country, e.recipient.sector) == ("UKR", "MIL")
    assert e.mode == "military" and e.modality == "asserted"
    assert e.date == "2019-05-14" and e.date_precision == "day"
    assert e.actor.mention_id is not None  # type: ignore[union-attr]


def test_nominal_events(nlp: Any) -> None:
    events = events_of(nlp, "The Venezuelan opposition leader held a secret meeting with "
                            "Chinese diplomats in Caracas. Washington's transfer of rifles "
                            "to the Kurdish fighters angered Ankara.")
    meeting = one(events, "CONSULT")
    assert meeting.recipient is not None and meeting.recipient.country == "CHN"
    assert meeting.location is not None and meeting.location.name == "Caracas"
    aid = one(events, "AID")
    assert aid.actor.name == "United States" and aid.trigger == "transfer"  # type: ignore[union-attr]


def test_capital_acts_as_state_and_seeks_from_owner(nlp: Any) -> None:
    e = one(events_of(nlp, "Tehran is seeking Chinese fighter jets and air defence systems."),
            "REQUEST")
    assert (e.actor.name, e.actor.sector) == ("Iran", "GOV")  # type: ignore[union-attr]
    assert e.recipient is not None and e.recipient.country == "CHN"


def test_group_aliases_resolve_to_one_name(nlp: Any) -> None:
    names = set()
    for text in ("ISIL fighters attacked an army checkpoint near Mosul.",
                 "Daesh militants attacked a police post in the city.",
                 "The Islamic State attacked Kurdish forces overnight."):
        names.add(one(events_of(nlp, text), "ASSAULT").actor.name)  # type: ignore[union-attr]
    assert names == {"Islamic State"}


def test_compound_actors_make_several_events(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "French and German troops attacked the rebel "
                                        "positions.") if e.type == "ASSAULT"]
    assert {e.actor.country for e in events} == {"FRA", "DEU"}  # type: ignore[union-attr]
    assert len({e.event_id for e in events}) == len(events)


def test_event_needs_an_actor(nlp: Any) -> None:
    assert not events_of(nlp, "Some 2,000 rifles will be delivered next month.")
    assert not events_of(nlp, "The weather was cold and the roads were closed.")


@pytest.mark.parametrize("text,modality,cue", [
    ("Japan is expected to send humanitarian aid to the Philippines.", "planned", "expected"),
    ("Japan will send food aid to the Philippines.", "planned", "will"),
    ("Japan reportedly sent food aid to the Philippines.", "alleged", "reportedly"),
    ("The Taliban denied meeting Iranian officials in Tehran.", "denied", "denied"),
    ("Japan did not send food aid to the Philippines.", "negated", "not"),
    ("Japan could send food aid to the Philippines.", "hypothetical", "could"),
    ("If Japan sends food aid to the Philippines, others will follow.", "hypothetical", "If"),
    ("It is not clear whether Japan sent food aid to the Philippines.", "unconfirmed",
     "not clear whether"),
])
def test_modality(nlp: Any, text: str, modality: str, cue: str) -> None:
    events = events_of(nlp, text)
    assert events, text
    e = events[0]
    assert (e.modality, e.modality_cue) == (modality, cue), text


def test_attribution_from_a_quote_and_from_a_reporting_clause(nlp: Any) -> None:
    text = ('"Our country has sent 300 tonnes of food aid to Yemen," said Ahmed Ali, a Saudi '
            "diplomat. Pakistani officials said that India attacked the border post.")
    start = text.index("Our")
    speaker = ActorRef(name="Ahmed Ali", country="SAU", sector="GOV", type="PERSON")
    quote = Quote(quote_id="quo_1", article_id="art_test", kind="direct",
                  text=text[start:text.index(',"')], span=(start, text.index(',"')),
                  speaker=speaker)
    events = events_of(nlp, text, quotes=[quote])
    aid = one(events, "AID")
    assert aid.quote_id == "quo_1" and aid.attributed_to is not None
    assert aid.attributed_to.name == "Ahmed Ali"
    assault = one(events, "ASSAULT")
    assert assault.attributed_to is not None and assault.attributed_to.country == "PAK"
    assert assault.quote_id is None


@pytest.mark.parametrize("phrase,expected,precision", [
    ("on December 23", "2018-12-23", "day"),
    ("last year", "2018", "year"),
    ("this month", "2019-01", "month"),
    ("in January", "2019-01", "month"),
])
def test_event_dates_normalised_against_publication(nlp: Any, phrase: str, expected: str,
                                                    precision: str) -> None:
    e = one(events_of(nlp, f"Russia signed a gas agreement with Serbia {phrase}.",
                      published="2019-01-15"), "AGREE")
    assert (e.date, e.date_precision) == (expected, precision)


def test_leap_day(nlp: Any) -> None:
    e = one(events_of(nlp, "The Russian envoy met President Ghani in Kabul on February 29.",
                      published="2016-03-02"), "CONSULT")
    assert e.date == "2016-02-29"


def test_ids_are_stable(nlp: Any) -> None:
    text = "Germany delivered anti-tank weapons to the Ukrainian army."
    assert [e.event_id for e in events_of(nlp, text)] == [e.event_id for e in events_of(nlp, text)]
