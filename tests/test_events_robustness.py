"""Robustness and general rules of event and actor extraction (issue #11), each on made-up
sentences: no parse makes actor resolution recurse without end, every lexicon mode is one its
PLOVER type allows, relative dates need an article date, and the rules for actors, types,
arguments, false events and modality that hold on news nobody tuned to."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event


def triples(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """(type, actor name, recipient name) of each event."""
    return {(e.type, e.actor.name if e.actor else None,
             e.recipient.name if e.recipient else None) for e in events}


# ------------------------------------------------------------------------- failures


@pytest.mark.parametrize("text", [
    # the subject's conjunct owns a pronoun whose antecedent is that same subject: resolving
    # "its" looked up "Norway", whose conjunct "its allies" looked up "its" again ...
    "Norway and its allies rejected the proposal on Monday.",
    "The rebels and their commanders attacked the town.",
    "Officials said the militia and its fighters would attack the base.",
])
def test_a_subject_whose_conjunct_owns_a_pronoun_for_it_resolves_once(nlp: Any,
                                                                       text: str) -> None:
    events = events_of(nlp, text)  # used to raise RecursionError
    assert events, text


def test_resolution_never_reenters_a_token_under_way(nlp: Any) -> None:
    from newsweave.extract.actors import build_context, resolve_np
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    text = "Norway and its allies rejected the proposal."
    art = Article(article_id="art_x", source="x.txt", text=text)
    doc = nlp(text)
    ctx = build_context(doc, extract_mentions(doc, art))
    subject = next(t for t in doc if t.dep_ == "nsubj")
    refs = resolve_np(subject, ctx)
    assert [r.name for r in refs] == ["Norway"]
    assert ctx.resolving == set()  # nothing left marked once resolution is over
    ctx.resolving.add(subject.i)
    assert resolve_np(subject, ctx) == []


# ------------------------------------------------------------------------- modes


def test_every_lexicon_mode_is_one_its_type_allows() -> None:
    from newsweave.extract.lexicon import load_json

    types = load_json("plover_types.json")["types"]
    lex = load_json("event_lexicon.json")
    bad = []
    for pos in ("verbs", "nouns"):
        for word, senses in lex[pos].items():
            for sense in senses:
                assert sense["type"] in types, (pos, word, sense)
                if sense.get("mode") and sense["mode"] not in types[sense["type"]]["modes"]:
                    bad.append((pos, word, sense["type"], sense["mode"]))
                if sense.get("else_mode") and \
                        sense["else_mode"] not in types[sense["else_type"]]["modes"]:
                    bad.append((pos, word, sense["else_type"], sense["else_mode"]))
    for etype, by_class in lex["mode_from_class"].items():
        bad.extend((etype, cls, mode) for cls, mode in by_class.items()
                   if mode not in types[etype]["modes"])
    assert not bad, bad


def test_an_emitted_mode_is_valid_for_the_emitted_type(nlp: Any) -> None:
    from newsweave.extract.lexicon import load_json

    types = load_json("plover_types.json")["types"]
    events = events_of(nlp, "Norway and Sweden agreed to share intelligence. The two navies "
                            "held joint drills. The town fell to the rebels. Norway sold "
                            "rifles to Sweden.")
    assert events
    for e in events:
        assert e.mode is None or e.mode in types[e.type]["modes"], (e.type, e.mode)


# ------------------------------------------------------------------------- dates


@pytest.mark.parametrize("phrase", ["on Thursday", "Thursday", "two days ago", "March 5",
                                    "on March 3", "Monday night", "yesterday", "last week",
                                    "in March", "tomorrow", "the 1990s"])
def test_a_relative_date_without_an_article_date_stays_unresolved(phrase: str) -> None:
    from newsweave.nlp.dates import normalize_date

    assert normalize_date(phrase, None) == (None, None)


def test_absolute_dates_need_no_anchor_and_relative_ones_use_the_article_date() -> None:
    from newsweave.nlp.dates import normalize_date

    assert normalize_date("March 5, 2016", None) == ("2016-03-05", "day")
    assert normalize_date("in 2015", None) == ("2015", "year")
    assert normalize_date("on Thursday", "2016-03-10") == ("2016-03-03", "day")
    assert normalize_date("tomorrow", "2016-03-10") == ("2016-03-11", "day")


def test_an_undated_articles_event_keeps_the_date_text_and_no_date(nlp: Any) -> None:
    events = events_of(nlp, "Norway expelled two Swedish diplomats on Thursday.",
                       published=None)  # type: ignore[arg-type]
    expel = [e for e in events if e.type == "SANCTION"]
    assert expel, triples(events)
    assert expel[0].date is None and expel[0].date_precision is None
    assert expel[0].date_text == "on Thursday"
    dated = events_of(nlp, "Norway expelled two Swedish diplomats on Thursday.",
                      published="2016-03-10")
    assert [e.date for e in dated if e.type == "SANCTION"] == ["2016-03-03"]
