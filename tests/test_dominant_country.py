"""The country a domestic actor that names none takes from the article (rule
`dominant_country`), on articles we wrote: only when the article's geocoded places and country
mentions agree (at least two, two thirds in one country) and the actor's sentence names no
other country; a story split between countries lends nothing."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from event_helpers import actor_context, events_of
from newsweave.extract import actors
from newsweave.model import Mention

# --- the counting rule (no parse)


@pytest.mark.parametrize(("places", "mentions", "expected"), [
    (["NGA", "NGA"], {}, "NGA"),  # two places in one country
    (["NGA"], {"NGA": 1}, "NGA"),  # one place and one mention of its country
    (["NGA", "NGA", "GHA"], {}, "NGA"),  # exactly two thirds
    (["NGA", "GHA"], {}, None),  # split
    (["NGA", "NGA"], {"GHA": 2}, None),  # the mentions name another country as much
    (["NGA"], {}, None),  # one place is not enough
    ([], {}, None),
    (["", "NGA", "NGA"], {}, "NGA"),  # places the geocoder did not place are not counted
])
def test_the_dominant_country_needs_two_in_one_country_and_two_thirds(
        places: list[str], mentions: dict[str, int], expected: str | None) -> None:
    assert actors.dominant_country(places, Counter(mentions)) == expected


# --- resolution with the parse


def _resolved(nlp: Any, text: str, word: str, dominant: str | None,
              disabled: frozenset[str] = frozenset()) -> list[tuple[str | None, list[str]]]:
    doc, ctx = actor_context(nlp, text)
    ctx.top_country = ctx.story_country = ctx.place_country = None  # nothing else lends one
    ctx.dominant_country = dominant
    ctx.disabled = disabled
    tok = next(t for t in doc if t.text == word)
    return [(r.country, r.rules) for r in actors.resolve_np(tok, ctx)]


@pytest.mark.slow
def test_bare_police_take_the_dominant_country(nlp: Any) -> None:
    refs = _resolved(nlp, "Police detained the two suspects on Friday.", "Police", "KEN")
    assert refs and refs[0][0] == "KEN" and "dominant_country" in refs[0][1]


@pytest.mark.slow
def test_no_dominant_country_lends_nothing(nlp: Any) -> None:
    # the police stay an actor (rule unnamed_actor), of no country
    refs = _resolved(nlp, "Police detained the two suspects on Friday.", "Police", None)
    assert refs == [(None, ["unnamed_actor"])]


@pytest.mark.slow
def test_a_sentence_naming_another_country_lends_nothing(nlp: Any) -> None:
    refs = _resolved(nlp, "Prosecutors questioned the two Peruvian suspects about the cash.",
                     "Prosecutors", "KEN")
    assert all(c != "KEN" for c, _r in refs)


@pytest.mark.slow
def test_the_rule_can_be_ablated(nlp: Any) -> None:
    refs = _resolved(nlp, "Police detained the two suspects on Friday.", "Police", "KEN",
                     frozenset({"dominant_country"}))
    assert refs == [(None, ["unnamed_actor"])]


@pytest.mark.slow
def test_a_titled_official_takes_the_dominant_country(nlp: Any) -> None:
    refs = _resolved(nlp, "Senator Amaka Obiora condemned the arrests on Friday.", "Obiora",
                     "NGA")
    assert refs and refs[0] == ("NGA", ["dominant_country", "mention"])


@pytest.mark.parametrize(("name", "label", "expected"), [
    ("Springfield Police Department", "ORG", ["USA"]),
    ("Kisumu County Police", "ORG", ["KEN"]),
    ("Manchester City Council", "ORG", ["GBR"]),
    ("Police Department", "ORG", []),  # no town
    ("Springfield Armory", "ORG", []),  # not a local organ
    ("Springfield Police Department", "PERSON", []),  # only organisations
])
def test_the_town_a_local_organ_is_named_after(name: str, label: str,
                                               expected: list[str]) -> None:
    mention = Mention(mention_id="m1", article_id="a", text=name, label=label,
                      canonical=name, local_key=name, span=(0, len(name)))
    assert actors.organ_place_countries([mention]) == expected


@pytest.mark.slow
def test_a_local_story_lends_its_towns_country_to_its_police(nlp: Any) -> None:
    text = ("Police arrested six people Monday during a drug inquiry at a home.\n\n"
            "Officers from the Springfield Police Department later stopped a car. A "
            "Springfield Police Department spokesman said the men were held.")
    arrests = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert [(e.actor.country, "dominant_country" in e.actor.rules)
            for e in arrests if e.actor is not None] == [("USA", True)]


@pytest.mark.slow
def test_a_story_naming_no_town_lends_nothing(nlp: Any) -> None:
    text = ("Police arrested six people Monday during a drug inquiry at a home.\n\n"
            "A police spokesman said the men were held.")
    assert all(e.actor is None or e.actor.country is None for e in events_of(nlp, text))
