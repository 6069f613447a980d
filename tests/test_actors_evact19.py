"""Actors of evact19 (issue 11), on sentences we made up: an event's actor that was another
party, or nobody, or the wrong one. 'it' or 'they' said by a body is that body, known or not
(an earlier subject would be a guess); a pronoun subject of a main clause takes up an earlier
main subject first; a pronoun is never the state its own verb names; a body a country owns
('Kenya's electoral commission', 'Ghana's labour union') is that country's, under its own
name; a party's name in lower case ('labour union') is no party. Each rule is switchable,
and its test also switches it off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import actor_context, events_of, resolved_refs, resolved_rules
from newsweave.extract import actors
from newsweave.extract.gazetteer import owned_body_nouns
from newsweave.extract.lexicon import load_json
from newsweave.extract.lexicon_schema import ActorsLexicon, LexiconError, validate

_refs = resolved_refs
_rules = resolved_rules


def _actors(nlp: Any, text: str, etype: str) -> list[tuple[Any, ...]]:
    return [(e.actor.name, e.actor.country) if e.actor else None
            for e in events_of(nlp, text) if e.type == etype]


def test_the_owned_body_nouns_load_checked() -> None:
    lexicon = ActorsLexicon.model_validate(load_json("actors.json"))
    assert lexicon.owned_body_nouns["commission"] == "GOV"
    nouns, civil = owned_body_nouns()
    assert "council" in nouns and "olympic" in civil
    data = dict(load_json("actors.json"))
    data["owned_body_nouns"] = {"commission": "Gov"}
    with pytest.raises(LexiconError):
        validate("actors.json", data)


# ------------------------------------------------------------------ reporting_body

@pytest.mark.slow
def test_it_said_by_an_unknown_body_is_not_an_earlier_state(nlp: Any) -> None:
    text = ("Tanzania praised the deal. The farmers' association said it would urge the "
            "government to lift the ban.")
    assert _refs(nlp, text, "it") == []  # unknown beats Tanzania
    assert _refs(nlp, text, "it", frozenset({"reporting_body"}))[0][1] == "TZA"


@pytest.mark.slow
def test_it_said_by_a_known_body_is_that_body(nlp: Any) -> None:
    text = "Germany backed the plan. Poland's foreign ministry said it would protest."
    assert _refs(nlp, text, "it")[0][1] == "POL"
    assert "reporting_body" in _rules(nlp, text, "it")


@pytest.mark.slow
def test_they_said_by_plural_rebels_is_the_rebels(nlp: Any) -> None:
    text = "Mali's army denied the report. The rebels said they had taken the airport."
    found = _refs(nlp, text, "they")
    assert found and found[0][2] == "REB"
    assert "reporting_body" in _rules(nlp, text, "they")


@pytest.mark.slow
def test_it_said_by_a_spokesman_is_not_the_spokesman(nlp: Any) -> None:
    # a person who says 'it' speaks for a body: the rule leaves 'it' to the old reading
    text = "Chile's navy seized a trawler. A spokesman said it would release the crew."
    assert "reporting_body" not in _rules(nlp, text, "it")


# ------------------------------------------------------------------ main_subject_first

@pytest.mark.slow
def test_a_main_clause_it_takes_up_the_earlier_main_subject(nlp: Any) -> None:
    text = ("Ghana's foreign ministry said Togolese soldiers had crossed the border and "
            "wounded two farmers. It accused Lome of breaking the accord.")
    assert _refs(nlp, text, "It")[0][1] == "GHA"
    # before: the last subject first, the soldiers (with the state the verb names let in)
    off = frozenset({"main_subject_first", "co_argument_state"})
    assert _refs(nlp, text, "It", off)[0][1] == "TGO"


# ------------------------------------------------------------------ co_argument_state

@pytest.mark.slow
def test_a_pronoun_is_not_the_state_its_verb_names(nlp: Any) -> None:
    text = ("Ugandan soldiers raided a post near the border. It accused Uganda of moving "
            "troops to the frontier.")
    assert all(country != "UGA" for _n, country, _s in _refs(nlp, text, "It"))
    assert _refs(nlp, text, "It", frozenset({"co_argument_state"}))[0][1] == "UGA"


# ------------------------------------------------------------------ owned_body

@pytest.mark.slow
def test_a_body_a_country_owns_is_that_countrys(nlp: Any) -> None:
    text = "Kenya's electoral commission accused the opposition of fraud."
    assert _refs(nlp, text, "commission") == [("Kenya's electoral commission", "KEN", "GOV")]
    assert "owned_body" in _rules(nlp, text, "commission")
    # (evtypes28's country_unnamed_noun reads the same phrase when owned_body is off)
    assert _refs(nlp, text, "commission", frozenset({"owned_body", "country_unnamed_noun"})) == []


@pytest.mark.slow
def test_a_demonym_body_and_its_event(nlp: Any) -> None:
    text = "The Ghanaian security council accused Togo of moving troops to the border."
    assert _actors(nlp, text, "ACCUSE") == [("Ghanaian security council", "GHA")]


@pytest.mark.slow
def test_a_civil_or_indefinite_body_is_no_states(nlp: Any) -> None:
    assert _refs(nlp, "Kenya's Olympic committee accused the ministry of meddling.",
                 "committee") == []
    assert _refs(nlp, "A Kenyan committee accused the ministry of meddling.",
                 "committee") == []


# ------------------------------------------------------------------ lowercase_party_word

@pytest.mark.slow
def test_a_party_name_in_lower_case_is_no_party(nlp: Any) -> None:
    text = "Ghana's biggest labour union threatened a national strike."
    assert _refs(nlp, text, "union") == [("Ghana's biggest labour union", "GHA", "LAB")]
    assert ("Labour Party", "GBR", "PTY") in _refs(nlp, text, "union",
                                                   frozenset({"lowercase_party_word"}))
    assert _refs(nlp, text, "union", frozenset({"owned_body", "country_unnamed_noun"})) == []


@pytest.mark.slow
def test_a_capitalised_party_name_still_counts(nlp: Any) -> None:
    found = _refs(nlp, "Labour MPs accused the government of lying.", "MPs")
    assert found and found[0][1] == "GBR"


@pytest.mark.slow
def test_a_body_owned_through_a_pronoun_keeps_the_old_reading(nlp: Any) -> None:
    text = "President Ana Lopes of Angola met her national security council on Friday."
    assert "owned_body" not in _rules(nlp, text, "council")


# ------------------------------------------------------------------ seat_reported_office

@pytest.mark.slow
def test_an_office_a_seat_reports_on_is_the_seats_states(nlp: Any) -> None:
    for text in ("Downing Street said the prime minister had spoken by phone with the Indian "
                 "premier on Friday.",
                 "The prime minister spoke by phone with the Indian premier on Friday, "
                 "Downing Street said."):
        doc, ctx = actor_context(nlp, text)
        tok = next(t for t in doc if t.text == "minister")
        refs = actors.resolve_np(tok, ctx)
        assert [(r.country, "seat_reported_office" in r.rules) for r in refs] == \
            [("GBR", True)]
        ctx.disabled = frozenset({"seat_reported_office"})
        assert all(r.country != "GBR" for r in actors.resolve_np(tok, ctx))


# ------------------------------------------------------------------ other_argument_country

@pytest.mark.slow
def test_a_title_does_not_borrow_the_other_partys_country(nlp: Any) -> None:
    text = "The prime minister spoke by phone with the Indian premier on Friday."
    doc, ctx = actor_context(nlp, text)
    tok = next(t for t in doc if t.text == "minister")
    assert [r.country for r in actors.resolve_np(tok, ctx)] == [None]  # unknown, not India
    ctx.disabled = frozenset({"other_argument_country"})
    assert actors.resolve_np(tok, ctx)[0].country == "IND"


@pytest.mark.slow
def test_a_title_keeps_the_story_country_named_elsewhere(nlp: Any) -> None:
    text = "Floods hit Kerala in India on Monday. The prime minister visited the villages."
    doc, ctx = actor_context(nlp, text)
    tok = next(t for t in doc if t.text == "minister")
    assert actors.resolve_np(tok, ctx)[0].country == "IND"


# ------------------------------------------------------------------ party_disagrees

@pytest.mark.slow
def test_a_party_word_that_disagrees_takes_no_one_up(nlp: Any) -> None:
    lead = "Republican Senator Dana Whitfield backed the bill on Monday. "
    other = _refs(nlp, lead + "The Democratic senator criticised the plan.", "senator")
    assert other and other[0][0] == "senator"  # not Dana Whitfield
    same = _refs(nlp, lead + "The Republican senator criticised the plan.", "senator")
    assert same and same[0][0] == "Dana Whitfield"
    off = _refs(nlp, lead + "The Democratic senator criticised the plan.", "senator",
                frozenset({"party_disagrees"}))
    assert off[0][0] == "Dana Whitfield"


def test_party_families_are_case_sensitive() -> None:
    assert actors.party_families(["Democratic", "senator"]) == {"democratic"}
    assert actors.party_families(["democratic", "Tory"]) == {"conservative"}


@pytest.mark.slow
def test_the_dateline_is_no_other_argument(nlp: Any) -> None:
    text = "NAIROBI, May 2 - The finance minister accused the opposition of spreading panic."
    doc, ctx = actor_context(nlp, text)
    tok = next(t for t in doc if t.text == "minister")
    assert actors.resolve_np(tok, ctx)[0].country == "KEN"
