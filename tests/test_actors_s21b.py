"""Actors of actors18 (issue 11), on sentences we made up: a person never borrows a country
from another argument of the event ('unknown is better than wrong'), a titled person keeps his
own country against his own state's organs, a region's leaders are the region's, a state's
legislature is a body of its own, a country-led coalition is that country's, and an acronym
the tagger read as a common noun is the organisation it names. Each rule is switchable, and
its test also switches it off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import actor_context, events_of, rules_off
from newsweave.extract import actors
from newsweave.extract.ablation import known_rules
from newsweave.extract.gazetteer import led_group_nouns, scope_words
from newsweave.extract.lexicon import load_json
from newsweave.extract.lexicon_schema import ActorsLexicon


def _refs(nlp: Any, text: str, word: str, disabled: frozenset[str] = frozenset()
          ) -> list[tuple[Any, ...]]:
    """(name, country, sector, type) of what the last `word` of `text` resolves to."""
    doc, ctx = actor_context(nlp, text, "2021-05-04")
    ctx.disabled = disabled
    tok = [t for t in doc if t.text == word][-1]
    return [(r.name, r.country, r.sector, r.type) for r in actors.resolve_np(tok, ctx)]


def _first(nlp: Any, text: str, etype: str, published: str = "2021-05-04") -> Any:
    return next(e for e in events_of(nlp, text, published) if e.type == etype)


def test_the_new_word_lists_load_checked() -> None:
    lexicon = ActorsLexicon.model_validate(load_json("actors.json"))
    assert "tigrayan" in lexicon.regional_demonyms
    assert "senate" in lexicon.legislature_nouns
    assert lexicon.led_group_nouns["coalition"] == "MIL"
    words = scope_words()
    assert {"region", "legislature"} <= set(words)
    assert all(w == w.lower() for group in words.values() for w in group)
    assert "coalition" in led_group_nouns()
    assert {"regional_demonym", "legislature_body", "led_coalition", "noun_acronym",
            "titled_domestic_office", "complement_country"} <= known_rules()


# ------------------------------------------------------------------ regional_demonym

@pytest.mark.slow
def test_a_regions_leaders_are_not_the_states_government(nlp: Any) -> None:
    text = "Catalan leaders condemned the court ruling on the language law."
    found = _refs(nlp, text, "leaders")
    assert found == [("Catalan leaders", "ESP", "GOV", "NORP")]
    assert _refs(nlp, text, "leaders", frozenset({"regional_demonym"}))[0][:2] == \
        ("Spain", "ESP")


@pytest.mark.slow
def test_a_states_own_demonym_still_gives_the_state(nlp: Any) -> None:
    found = _refs(nlp, "Spanish leaders condemned the court ruling on the language law.",
                  "leaders")
    assert found[0][:2] == ("Spain", "ESP") and found[0][3] == "GPE"


# ------------------------------------------------------------------ legislature_body

@pytest.mark.slow
def test_a_states_senate_is_its_legislature_not_the_state(nlp: Any) -> None:
    text = "Kenya's senate blocked the new tax on mobile money."
    assert _refs(nlp, text, "senate") == [("Kenyan Senate", "KEN", "LEG", "ORG")]
    off = _refs(nlp, text, "senate", frozenset({"legislature_body"}))
    assert off == [("Kenya", "KEN", "LEG", "GPE")]


@pytest.mark.slow
def test_the_president_keeps_his_country_against_the_legislature(nlp: Any,
                                                                  monkeypatch: Any) -> None:
    text = ("Kenya's economy slowed again this year. Kenya's senate rejected the president's "
            "budget on Tuesday.")
    event = _first(nlp, text, "REJECT")
    assert (event.actor.country, event.actor.type) == ("KEN", "ORG")
    assert event.recipient is not None and event.recipient.country == "KEN"
    rules_off(monkeypatch, "legislature_body")
    event = _first(nlp, text, "REJECT")
    assert event.actor.type == "GPE"


# ------------------------------------------------------------------ led_coalition

@pytest.mark.slow
def test_a_country_led_coalition_is_that_countrys(nlp: Any) -> None:
    text = "The French-led coalition accused the militants of breaking the truce."
    assert _refs(nlp, text, "coalition") == [("French-led coalition", "FRA", "MIL", "ORG")]
    assert _refs(nlp, text, "coalition", frozenset({"led_coalition"})) == []


@pytest.mark.slow
def test_a_coalition_led_by_no_country_stays_no_one(nlp: Any) -> None:
    assert _refs(nlp, "The ruling coalition accused the militants of breaking the truce.",
                 "coalition") != [("ruling coalition", None, "MIL", "ORG")]


# ------------------------------------------------------------------ noun_acronym

@pytest.mark.slow
def test_an_acronym_tagged_a_noun_is_the_organisation(nlp: Any, monkeypatch: Any) -> None:
    text = "Guinea's junta did not accept the mediation offer from ECOWAS."
    doc, _ctx = actor_context(nlp, text)
    tok = next(t for t in doc if t.text == "ECOWAS")
    if tok.pos_ != "NOUN":
        pytest.skip("the tagger read the acronym as a name here")
    event = _first(nlp, text, "REJECT")
    assert event.recipient is not None and event.recipient.name == "ECOWAS"
    assert "noun_acronym" in event.recipient.rules
    rules_off(monkeypatch, "noun_acronym")
    event = _first(nlp, text, "REJECT")
    assert event.recipient is None or event.recipient.name != "ECOWAS"


def test_an_acronym_rule_reads_only_upper_case_acronyms_the_gazetteer_knows() -> None:
    from newsweave.extract.gazetteer import build_gazetteer

    gaz = build_gazetteer()
    info = gaz.lookup("ECOWAS")
    assert info is not None and info.kind in actors._ACRONYM_KINDS


# ------------------------------------------------------------------ titled_domestic_office

_MANILA = ("The Philippines sent two ships to the shoal after Manila protested. Philippine "
           "officials said the talks had failed. President Navarro met his national security "
           "council on Monday.")


@pytest.mark.slow
def test_a_titled_person_keeps_his_country_against_his_own_council(nlp: Any,
                                                                   monkeypatch: Any) -> None:
    event = _first(nlp, _MANILA, "CONSULT")
    assert event.actor.name == "Navarro" and event.actor.country == "PHL"
    rules_off(monkeypatch, "titled_domestic_office")
    event = _first(nlp, _MANILA, "CONSULT")
    assert event.actor.country is None


def test_a_titled_person_does_not_keep_a_country_against_a_state_or_a_person() -> None:
    from newsweave.extract.event_arguments import titled_domestic_office
    from newsweave.model import ActorRef

    person = ActorRef(name="Navarro", country="PHL", sector="GOV", type="PERSON",
                      country_inferred=True, rules=["mention"])
    council = ActorRef(name="council", country="PHL", sector="GOV", type="ORG",
                       rules=["unnamed_actor"])
    state = ActorRef(name="Philippines", country="PHL", sector="GOV", type="GPE",
                     rules=["mention"])
    named = ActorRef(name="Philippine Coast Guard", country="PHL", sector="MIL", type="ORG",
                     rules=["mention"])
    assert titled_domestic_office(person, council)
    assert not titled_domestic_office(person, state)
    assert not titled_domestic_office(person, named)


# ------------------------------------------------------------------ complement_country

_PUPPET = ("Russia moved more troops to the border this week. The president derided his rival "
           "as a puppet of Moscow.")


@pytest.mark.slow
def test_a_bare_title_does_not_borrow_the_country_of_its_complement(nlp: Any,
                                                                    monkeypatch: Any) -> None:
    event = _first(nlp, _PUPPET, "ACCUSE")
    assert (event.actor.name, event.actor.country) == ("president", None)
    assert "complement_country" in event.actor.rules
    rules_off(monkeypatch, "complement_country")
    event = _first(nlp, _PUPPET, "ACCUSE")
    assert event.actor.country == "RUS"


@pytest.mark.slow
def test_a_bare_title_keeps_its_country_when_the_complement_names_another(nlp: Any) -> None:
    text = ("Russia moved more troops to the border this week. The president derided his "
            "rival as a puppet of Washington.")
    event = _first(nlp, text, "ACCUSE")
    assert event.actor.country == "RUS"


@pytest.mark.slow
def test_a_country_in_a_reported_clause_is_not_the_complement(nlp: Any) -> None:
    from newsweave.extract.event_arguments import _complement_countries

    doc = nlp("The president warned that Russia would answer any attack.")
    verb = next(t for t in doc if t.lemma_ == "warn")
    subj = next(t for t in doc if t.text == "president")
    assert _complement_countries(verb, subj) == set()
    doc = nlp("The president denounced his rival as a tool of Moscow.")
    verb = next(t for t in doc if t.lemma_ == "denounce")
    subj = next(t for t in doc if t.text == "president")
    assert _complement_countries(verb, subj) == {"RUS"}
