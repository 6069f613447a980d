"""Rules that take an actor's country or an event's type from context, on sentences we wrote:
words are not blows (a verbal attack is criticism), politicians serve the story's country,
counted demonym groups are civilians, parties and parliaments have countries, and the event
scorer compares names without case or word-final punctuation."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import ActorRef, Event


def events_of(nlp: Any, text: str) -> list[Event]:
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    art = Article(article_id="art_ctx", source="ctx.txt", text=text, published="2024-05-02")
    doc = nlp(text)
    events, _ = extract_events(doc, art, extract_mentions(doc, art), [])
    return events


def by_type(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# ---------------------------------------------------------------- verbal attacks


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Senator Maria Lopez attacked the governor's plan on Monday.",
    "President John Harmon attacked his rival Ana Ruiz in a televised speech.",
    "Senator Maria Lopez blasted the administration's decision on Monday.",
    "President John Harmon lashed out at the opposition leader Ana Ruiz on Monday.",
    "Prime Minister Lena Berg hit out at the European Union on Friday.",
    "Senator Maria Lopez lambasted the administration's plan.",
    "President John Harmon assailed his rival's record in a speech.",
])
def test_attacking_words_or_plans_is_criticism(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert by_type(events, "ACCUSE"), events
    assert not by_type(events, "ASSAULT")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Kabul on Monday.",
    "Israeli jets attacked Hamas positions in Gaza.",
    "Taliban fighters attacked Afghan forces in Kandahar.",
])
def test_attacking_people_places_or_forces_is_assault(nlp: Any, text: str) -> None:
    events = events_of(nlp, text)
    assert by_type(events, "ASSAULT"), events
    assert not by_type(events, "ACCUSE")


@pytest.mark.slow
def test_lashing_out_at_someone_makes_them_the_target(nlp: Any) -> None:
    events = by_type(events_of(nlp, "President John Harmon lashed out at the opposition "
                                    "leader Ana Ruiz on Monday."), "ACCUSE")
    assert events and events[0].recipient is not None
    assert events[0].recipient.name == "Ana Ruiz"


# ---------------------------------------------------------------- politicians' countries


@pytest.mark.slow
def test_politician_without_a_country_serves_the_datelines_country(nlp: Any) -> None:
    events = by_type(events_of(nlp, "WASHINGTON (AP) — Senator Maria Lopez blasted the "
                                    "governor's plan on Monday."), "ACCUSE")
    actor = events[0].actor
    assert actor is not None and actor.name == "Maria Lopez"
    assert (actor.country, actor.sector, actor.country_inferred) == ("USA", "LEG", True)
    assert actor.description is None  # the dateline is no description


@pytest.mark.slow
def test_politician_serves_the_most_mentioned_country(nlp: Any) -> None:
    text = ("Mexico's economy grew last year. Mexico hosts the summit. "
            "President John Harmon criticized the opposition leader Ana Ruiz on Monday.")
    actor = by_type(events_of(nlp, text), "ACCUSE")[0].actor
    assert actor is not None and (actor.country, actor.country_inferred) == ("MEX", True)


@pytest.mark.slow
def test_a_stated_country_is_not_marked_inferred(nlp: Any) -> None:
    text = "WASHINGTON (AP) — Russian President Vladimir Putin criticized NATO on Monday."
    actor = by_type(events_of(nlp, text), "ACCUSE")[0].actor
    assert actor is not None and (actor.country, actor.country_inferred) == ("RUS", False)


@pytest.mark.slow
def test_people_outside_politics_get_no_guessed_country(nlp: Any) -> None:
    text = "WASHINGTON (AP) — Analyst Tom Reed criticized the plan on Monday."
    actor = by_type(events_of(nlp, text), "ACCUSE")[0].actor
    assert actor is not None and actor.name == "Tom Reed"
    assert (actor.country, actor.sector) == (None, "CIV")


def test_dateline_country() -> None:
    from newsweave.extract.actors import dateline_country

    assert dateline_country("WASHINGTON (AP) — ") == "USA"
    assert dateline_country("KYIV, Ukraine (AP) — ") == "UKR"
    assert dateline_country("NEW DELHI: ") == "IND"
    assert dateline_country("") is None


# ---------------------------------------------------------------- demonym groups


@pytest.mark.slow
@pytest.mark.parametrize(("text", "country"), [
    ("The United States deported nearly 150 Indians on Friday.", "IND"),
    ("Germany deported dozens of Afghans last week.", "AFG"),
    ("Mexico deported 300 Hondurans in March.", "HND"),
])
def test_counted_demonym_groups_are_civilians(nlp: Any, text: str, country: str) -> None:
    events = by_type(events_of(nlp, text), "COERCE")
    rec = events[0].recipient
    assert rec is not None and (rec.country, rec.sector, rec.type) == (country, "CIV", "NORP")


@pytest.mark.slow
def test_the_russians_are_still_the_state(nlp: Any) -> None:
    actor = by_type(events_of(nlp, "The Russians attacked Kyiv on Monday."), "ASSAULT")[0].actor
    assert actor is not None and (actor.country, actor.sector) == ("RUS", "GOV")


# ---------------------------------------------------------------- parties and parliaments


def test_parties_and_parliaments_have_countries() -> None:
    from newsweave.extract.actors import build_gazetteer, describe

    gaz = build_gazetteer()
    bjp = gaz.lookup("BJP")
    assert bjp is not None and (bjp.name, bjp.country, bjp.sector) == (
        "Bharatiya Janata Party", "IND", "PTY")
    commons = gaz.lookup("the House of Commons")
    assert commons is not None and (commons.country, commons.sector) == ("GBR", "LEG")
    # a party leader's country comes from the party; the role keeps its own sector
    assert describe("Keir Starmer", "Labour Party leader")[0] == "GBR"
    # a party's title modifier before an office gives the party's country (evargs25,
    # party_title_country); before, the adjective gave no guess
    assert describe("Jane Roe", "Republican senator") == ("USA", "LEG")


@pytest.mark.slow
def test_party_accusing_party(nlp: Any) -> None:
    events = by_type(events_of(nlp, "The BJP accused the Congress party of lying."), "ACCUSE")
    assert events[0].actor is not None and events[0].recipient is not None
    assert (events[0].actor.country, events[0].recipient.country) == ("IND", "IND")


# ---------------------------------------------------------------- scoring names


def test_names_compare_without_case_or_word_final_punctuation() -> None:
    from newsweave.evaluation.events import _same_person, actor_groups, groups_of, name_key

    assert name_key("Martin Luther King Jr.") == name_key("martin luther king jr")
    assert name_key("U.S. Army") == name_key("U.S Army")
    assert name_key("John Smith") != name_key("Smith John")  # order still matters
    groups = actor_groups({"KING": ["Martin Luther King Jr."]})
    assert groups_of(ActorRef(name="Martin Luther King Jr"), groups) == {"KING"}
    assert _same_person(ActorRef(name="Robert Downey Jr"), "Robert Downey Jr.", {})
    assert not _same_person(ActorRef(name="Robert Downey"), "Robert Downey Jr.", {})


@pytest.mark.slow
def test_government_body_without_a_country_is_the_storys_unless_an_owner_is_named(
        nlp: Any) -> None:
    story = "Afghanistan held talks. Afghanistan and the UN met in Afghanistan. "
    actor = by_type(events_of(nlp, story + "The Interior Ministry criticized the Taliban."),
                    "ACCUSE")[0].actor
    assert actor is not None and (actor.name, actor.country, actor.sector,
                                  actor.country_inferred) == (
        "Interior Ministry", "AFG", "GOV", True)
    actor = by_type(events_of(nlp, story + "Pakistan's Interior Ministry criticized the "
                                           "Taliban."), "ACCUSE")[0].actor
    # an agency acts under its own name with its owner's country (issue #11), not as the
    # bare country
    assert actor is not None and (actor.name, actor.country, actor.sector,
                                  actor.country_inferred) == (
        "Interior Ministry", "PAK", "GOV", False)
