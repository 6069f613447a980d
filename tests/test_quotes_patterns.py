"""Quotation patterns every newsroom uses, on sentences written here (not from any corpus).

Each case is one pattern a journalist would recognize: where the speaker stands, how the quote
is introduced, what is not a speaker. They guard the general rules behind the held-out scores.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import Quote
from quote_helpers import quotes_in

pytestmark = pytest.mark.slow



def find(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert hits, [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in found]
    return hits[0]


def name(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


@pytest.mark.parametrize(("text", "words", "speaker", "kind"), [
    # speaker after the verb, with a title
    ('"We will not back down from this fight," said Laura Kim, the chief executive of '
     "Halvard Mining.", "back down from this fight", "Laura Kim", "direct"),
    # speaker and a colon before the quotation
    ('Tom Becker, the mayor of Eastport, said: "The bridge has to be rebuilt before winter '
     'arrives."', "rebuilt before winter", "Tom Becker", "direct"),
    # "added" with a pronoun for someone named in the sentence before
    ('Ana Ruiz announced the merger on Monday.\n"This deal makes us stronger in every market '
     'we serve," she added.', "stronger in every market", "Ana Ruiz", "direct"),
    # an organization speaking through a statement
    ("The company defended its record. \"We have always followed every safety rule that "
     "applies to our plants,\" the company said in a statement.", "every safety rule",
     "company", "direct"),
    # according to
    ("Prices will keep rising through the summer, according to Mark Olsen, an economist at "
     "Nordbank.", "keep rising through the summer", "Mark Olsen", "indirect"),
    # a tweet quoted after "wrote on Twitter:"
    ('Rep. Carla Diaz wrote on Twitter: "Today\'s vote is a victory for every family in this '
     'state."', "victory for every family", "Carla Diaz", "direct"),
    # a quotation inside a quotation stays in the outer one
    ("\"She told me, 'Don't ever give up on this town,' and I never did,\" said Peter Grant, "
     "the shop owner.", "and I never did", "Peter Grant", "direct"),
    # the speaker given by a role in the sentence before, then a pronoun
    ('The striker was blunt after the loss. "We played badly from the first minute to the '
     'last," he told reporters.', "played badly", "striker", "direct"),
    # the speaker in the next sentence
    ('"We were not told anything about the closure." Nurse Ellen Park said staff learned of '
     "it from the news.", "not told anything", "Ellen Park", "direct"),
    # a headline in the British style with straight single quotes
    ("'We will not back down,' says mayor as strike enters third week\nThe strike at the "
     "port entered its third week on Monday.", "We will not back down", "mayor", "direct"),
    # a headline with a name and a colon
    ('Mayor Lee: "We will rebuild every home that was lost"\nMayor Sandra Lee spoke after '
     "touring the flooded district.", "rebuild every home", "Sandra Lee", "direct"),
    # a quoted fragment inside a reported clause
    ("Jones, 45, wrote on Facebook that he had been \"treated like a criminal\" by the "
     "airline.", "treated like a criminal", "Jones", "mixed"),
    # "describe ... as" carries the quoted words
    ('At the hearing the mother described her son as "kind, funny and far too trusting".',
     "kind, funny and far too trusting", "mother", "mixed"),
    # "begged X" with a quoted infinitive
    ('The envoy begged the council "not to look away" from the famine in the north.',
     "not to look away", "envoy", "mixed"),
])
def test_news_pattern(nlp: Any, text: str, words: str, speaker: str, kind: str) -> None:
    q = find(quotes_in(nlp, text), words)
    assert name(q) is not None and speaker in (name(q) or ""), name(q)
    assert q.kind == kind


def test_quote_paragraph_after_a_reported_statement(nlp: Any) -> None:
    text = ("Union leader Maya Ortiz said the talks had failed again.\n\n"
            '"They want us to accept less every single year. We will not do it."')
    q = find(quotes_in(nlp, text), "accept less every single year")
    assert name(q) == "Maya Ortiz" and q.kind == "direct"


def test_words_quoted_in_a_nested_clause_belong_to_the_outer_speaker(nlp: Any) -> None:
    text = ('Minister Jonas Wild said the inspectors had concluded the dam was "safe for '
            'another fifty years".')
    q = find(quotes_in(nlp, text), "safe for another fifty years")
    assert name(q) == "Jonas Wild"


def test_a_direct_quote_framed_by_an_inner_cue_belongs_to_that_speaker(nlp: Any) -> None:
    text = ("Officer Dan Price said the driver shouted, \"I did not see the light, I swear it "
            "was green,\" before he ran.")
    q = find(quotes_in(nlp, text), "I did not see the light")
    assert name(q) == "driver"


def test_a_clause_the_parser_reads_as_an_object(nlp: Any) -> None:
    text = "The organizers said more than 20,000 people registered for the march."
    q = find(quotes_in(nlp, text), "20,000 people registered")
    assert name(q) == "organizers" and q.kind == "indirect"


def test_an_acronym_is_not_a_pronoun(nlp: Any) -> None:
    text = "The US welcomed the release, saying the prisoners had been held without charge."
    q = find(quotes_in(nlp, text), "held without charge")
    assert name(q) in ("US", "United States")


def test_a_foreign_ministry_is_not_another_foreign_ministry(nlp: Any) -> None:
    text = ("Norway's foreign ministry said the vote came too early. The French foreign "
            "ministry said that it \"deplores every measure that endangers the ceasefire\".")
    q = find(quotes_in(nlp, text), "deplores every measure")
    assert name(q) is not None and "French" in (name(q) or "")


def test_a_subheading_is_not_the_speaker(nlp: Any) -> None:
    text = ("Senator Rita Vance spoke for an hour on Tuesday.\n\n"
            '3. "The budget problem"\n\n'
            "Vance said the state would run out of money by March.")
    q = find(quotes_in(nlp, text), "run out of money")
    assert name(q) == "Rita Vance"


def test_a_second_quote_after_the_cue_in_the_same_sentence(nlp: Any) -> None:
    text = ("Safety is not \"an optional extra,\" chief engineer Rosa Lind said, but \"part of "
            "every decision we make.\"")
    q = find(quotes_in(nlp, text), "part of every decision we make")
    assert name(q) == "Rosa Lind"

