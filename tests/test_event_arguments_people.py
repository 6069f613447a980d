"""People as event arguments, on sentences we wrote (evargs2, session 8): a person's name
without the words the tagger glues to it ('But', 'Reportedly', 'told'); a surname two people
of the article share is not given to either; who is 'among those arrested'; one person named
by kinship or by part in a case ('the brother of the accused', 'a witness')."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from event_helpers import actor_context, events_of
from newsweave.extract.ablation import disabled_rules
from newsweave.extract.actors import resolve_np
from newsweave.extract.mentions import extract_mentions, surname_of, trim_person
from newsweave.model import Article

pytestmark = pytest.mark.slow


def _article(text: str) -> Article:
    return Article(article_id="art_people", source="people.txt", text=text,
                   published="2021-05-04")


def _with_person(nlp: Any, text: str, *spans: tuple[int, int]) -> Any:
    """`text` parsed, its entities replaced by PERSON spans at the given token ranges (the
    tagger's gluing errors made on purpose)."""
    doc = nlp(text)
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in spans]
    return doc


# ------------------------------------------------------------------ names trimmed

@pytest.mark.parametrize(("text", "span", "name"), [
    ("Tomas Reyes Jr told reporters on Friday that he would appeal.", (0, 4), "Tomas Reyes Jr"),
    ("Reportedly Dorn Vance wanted the money back by June.", (0, 3), "Dorn Vance"),
    ("But Vance walked out of the hearing early.", (0, 2), "Vance"),
    ("Meanwhile Ana Ruiz filed a second complaint.", (0, 3), "Ana Ruiz"),
])
def test_glued_words_are_trimmed_from_a_persons_name(nlp: Any, text: str,
                                                     span: tuple[int, int], name: str) -> None:
    doc = _with_person(nlp, text, span)
    assert trim_person(doc.ents[0]).text == name
    mentions = extract_mentions(doc, _article(text))
    assert [m.text for m in mentions] == [name]


@pytest.mark.parametrize(("text", "span"), [
    ("Kimberly Vance told the court she was innocent.", (0, 2)),  # '-ly' but a first name
    ("Beverly said the plan had failed.", (0, 1)),  # a one-word name is kept whole
])
def test_a_real_name_is_not_trimmed(nlp: Any, text: str, span: tuple[int, int]) -> None:
    doc = _with_person(nlp, text, span)
    assert trim_person(doc.ents[0]).text == doc.ents[0].text


def test_a_suffix_is_not_a_surname() -> None:
    assert surname_of("Herbert Vance Jr") == "Vance"
    assert surname_of("Herbert Vance Jr.") == "Vance"
    assert surname_of("Vance") == "Vance"


def test_a_shared_surname_is_given_to_neither_person(nlp: Any) -> None:
    text = ("Lydia Okafor and her cousin Daniel Okafor ran a bakery in Leeds. "
            "Okafor said sales had doubled.")
    doc = _with_person(nlp, text, (0, 2), (5, 7), (13, 14))
    canon = {m.text: m.canonical for m in extract_mentions(doc, _article(text))}
    assert canon == {"Lydia Okafor": "Lydia Okafor", "Daniel Okafor": "Daniel Okafor",
                     "Okafor": "Okafor"}


def test_a_surname_of_one_person_is_that_persons(nlp: Any) -> None:
    text = "Daniel Okafor Jr ran a bakery in Leeds. Okafor said sales had doubled."
    doc = _with_person(nlp, text, (0, 3), (9, 10))
    canon = {m.text: m.canonical for m in extract_mentions(doc, _article(text))}
    assert canon["Okafor"] == "Daniel Okafor Jr"


# ------------------------------------------------------------------ among those arrested

@pytest.mark.parametrize(("text", "etype", "patient"), [
    ("The mayor's cousin Lena was among those arrested in Ohio on Friday.", "COERCE",
     "Lena"),
    ("Two students were among the people detained by police in Lagos.", "COERCE",
     "students"),
])
def test_who_is_among_those_arrested_is_the_recipient(nlp: Any, text: str, etype: str,
                                                      patient: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == etype]
    assert events, text
    assert [e.recipient.name if e.recipient else None for e in events] == [patient]


def test_the_new_rules_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "among_those,unnamed_person")
    assert {"among_those", "unnamed_person"} <= disabled_rules()
    text = "The mayor's cousin Lena was among those arrested in Ohio on Friday."
    events = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert events and all(e.recipient is None for e in events), events
    assert _refs(nlp, "A witness told police in Ohio that the driver had sped away.",
                 "witness") == []


# ------------------------------------------------------------------ unnamed persons

def _refs(nlp: Any, text: str, word: str) -> list[Any]:
    doc, ctx = actor_context(nlp, text)
    tok = next(t for t in doc if t.text == word)
    return resolve_np(tok, ctx)


@pytest.mark.parametrize(("text", "word", "description"), [
    ("A witness in Ohio was threatened by the brother of the accused gunman.", "brother",
     "the brother of the accused gunman"),
    ("Her brother was among those killed in the blast in Kenya.", "brother", "Her brother"),
    ("A witness told police in Ohio that the driver had sped away.", "witness", None),
])
def test_a_person_named_by_kinship_or_case_role(nlp: Any, text: str, word: str,
                                                description: str | None) -> None:
    refs = _refs(nlp, text, word)
    assert [(r.name, r.type, r.country, r.sector) for r in refs] == \
        [(word.lower(), "PERSON", None, None)], refs
    assert refs[0].description == description
    assert "unnamed_person" in refs[0].rules


def test_plural_kin_are_not_one_person(nlp: Any) -> None:
    refs = _refs(nlp, "The brothers attacked a shop in Ohio on Monday.", "brothers")
    assert all("unnamed_person" not in r.rules for r in refs), refs


def test_the_unnamed_person_lexicon_is_validated() -> None:
    from newsweave.extract.lexicon import load_json
    from newsweave.extract.lexicon_schema import LexiconError, validate

    data = dict(load_json("actors.json"))
    data["unnamed_person_nouns"] = "brother"  # not a list of words
    with pytest.raises(LexiconError):
        validate("actors.json", data)
    edges = dict(load_json("person_name_edges.json"))
    del edges["suffixes"]
    with pytest.raises(LexiconError):
        validate("person_name_edges.json", edges)


# ------------------------------------------------------------------ threats aimed at someone

def test_a_gun_pointed_at_officers_threatens_them(nlp: Any) -> None:
    text = "Police said Vance pointed a gun at officers in Ohio on Monday."
    threats = [e for e in events_of(nlp, text) if e.type == "THREATEN"]
    assert [(e.actor.name if e.actor else None, e.recipient.sector if e.recipient else None)
            for e in threats] == [("Vance", "COP")], threats


# ------------------------------------------------------------------ a bare count of a group

@pytest.mark.parametrize(("text", "group"), [
    ("Two police officers involved in the raid in Ohio were arrested, and one was charged "
     "with assault.", "Two police officers"),
    ("Police in Ohio arrested three students on Friday and charged one with arson.",
     "students"),
])
def test_one_of_a_group_named_before_is_that_group(nlp: Any, text: str, group: str) -> None:
    charged = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert [e.recipient.name if e.recipient else None for e in charged] == [group], charged
    assert "elided_count" in charged[0].recipient.rules
    assert charged[0].recipient.description.startswith("one of ")


def test_a_bare_count_with_no_group_before_names_nobody(nlp: Any) -> None:
    doc, ctx = actor_context(nlp, "One was charged with arson in Ohio on Friday.")
    assert resolve_np(doc[0], ctx) == []


# ------------------------------------------------------------------ object pronouns

@pytest.mark.parametrize(("text", "asked"), [
    ("The State Department voiced concern at Kenya's conduct by calling on it to free the "
     "journalists.", "KEN"),
    ("The European Union criticised Ghana's budget and urged it to cut spending.", "GHA"),
    ("Russia said the United States had asked it to leave the talks.", "RUS"),
])
def test_an_object_pronoun_is_not_its_own_clauses_subject(nlp: Any, text: str,
                                                          asked: str) -> None:
    requests = [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    assert [e.recipient.country if e.recipient else None for e in requests] == [asked]
    assert "pronoun:it" in requests[0].recipient.rules


def test_object_pronoun_can_be_switched_off(monkeypatch: pytest.MonkeyPatch,
                                            nlp: Any) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "object_pronoun")
    text = "The European Union criticised Ghana's budget and urged it to cut spending."
    requests = [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    assert all(e.recipient is None for e in requests), requests


# ------------------------------------------------------------------ a town and its state

def test_an_attacked_place_in_an_unknown_town_is_the_state_named_after_it(nlp: Any) -> None:
    text = "The army of Chad bombed a refugee camp in Goz Beida, Sudan, on Monday."
    attacks = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert [(e.recipient.country, e.recipient.sector) if e.recipient else None
            for e in attacks] == [("SDN", "GOV")], attacks
    assert "place_appos_state" in attacks[0].recipient.rules


# ------------------------------------------------------------------ a region as a party

@pytest.mark.parametrize(("text", "word", "country"), [
    ("Texas sued the federal government over the rule.", "Texas", "USA"),
    ("Ohio asked the court to block the order.", "Ohio", "USA"),
])
def test_a_region_acting_is_its_regional_government(nlp: Any, text: str, word: str,
                                                    country: str) -> None:
    refs = _refs(nlp, text, word)
    assert [(r.name, r.country, r.sector) for r in refs] == [(word, country, "GOV")], refs
    assert "region_acting" in refs[0].rules


@pytest.mark.parametrize(("text", "word"), [
    ("Protesters gathered in Texas on Monday.", "Texas"),  # a setting, not a party
    ("Punjab asked the court to block the order.", "Punjab"),  # a region of two countries
])
def test_a_region_as_a_setting_or_of_two_countries_is_no_party(nlp: Any, text: str,
                                                               word: str) -> None:
    assert all("region_acting" not in r.rules for r in _refs(nlp, text, word))
