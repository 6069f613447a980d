"""Patterns found reading the misses of the seventh development set (issue 13,
tests/data/fresh7_quotes). Every text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # 'he' reports a clause that names Smith: he is not Smith but the officer before
    ("Officer Tom Baker said the driver was speeding. Smith was out on bail at the time, "
     "he said.", "Smith was out on bail", "Tom Baker"),
    # the same with the cue first
    ("Coach Mary Jones praised the team. She said Anna Berg had played her best game.",
     "Anna Berg had played", "Mary Jones"),
    # and with a name the pronoun would otherwise take as the latest subject
    ("Paul Novak, a police spokesman, said the road was closed. Later he said Eric Dunn had "
     "been driving without a licence.", "Eric Dunn had been driving", "Paul Novak"),
])
def test_a_pronoun_speaker_is_not_a_person_named_in_what_it_reports(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the clause names no one: the pronoun keeps the latest subject
    ("Paul Kerr finished the race in Boston. He said he was tired but happy.",
     "he was tired", "Paul Kerr"),
    # a name inside quotation marks does not bind the pronoun ('I beat Smith,' he said)
    ("Leo Grant won the final in three sets. \"I knew Sam Ortiz would fight back,\" he said.",
     "I knew Sam Ortiz would fight back", "Leo Grant"),
])
def test_a_pronoun_speaker_keeps_its_antecedent_when_the_report_does_not_name_it(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a cue at the end of two joined clauses reports both of them
    ("A car owned by the club owner Tom Hale was used in a May robbery, but police still "
     "can not determine who drove it, the city police chief said yesterday.",
     "was used in a May robbery, but police still can not determine", "city police chief"),
    # 'What is more,' opens the reported clause; it is no relative clause
    ("Dr. Ann Kole treats farmers. What is more, there are many kinds of this illness, such "
     "as baker's lung, she added.", "there are many kinds of this illness", "Ann Kole"),
])
def test_the_whole_reported_clause_is_kept(nlp: Any, text: str, words: str,
                                           speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


def test_a_cue_before_two_joined_clauses_reports_only_its_own(nlp: Any) -> None:
    # the cue comes first: the clause before 'and' is the writer's, not the spokesman's
    found = quotes_in(nlp, "Shares fell sharply in May, and a spokesman for the bank, Leo "
                           "Marsh, said it would cut 300 jobs by the end of the year.")
    hits = [q for q in found if "cut 300 jobs" in q.text]
    assert hits and all("Shares fell" not in q.text for q in hits), found


def test_a_which_clause_is_still_no_statement(nlp: Any) -> None:
    # 'which ... say' without a subject of its own reports nothing
    found = quotes_in(nlp, "The plan, which critics say is too costly, passed on Monday.")
    assert all("passed on Monday" not in q.text for q in found), found


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # 'continued' right after a quotation introduces it, like 'said'
    ("Lena Ortiz won the vote on Sunday. \"We are very happy tonight,\" Ortiz said.\n"
     "\"There were many people who worked for this.\nThey deserve it.\"\n"
     "\"It was a long night for all of us,\" Ortiz continued.",
     "It was a long night for all of us", "Lena Ortiz"),
])
def test_a_verb_with_nothing_of_its_own_after_a_quotation_speaks_it(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


@pytest.mark.parametrize("text", [
    # 'continued' of anything but speech reports nothing
    "The talks stalled in June, and the fighting continued through the summer.",
    "Prices continued to rise in March as the harvest failed.",
])
def test_continue_alone_reports_nothing(nlp: Any, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a gerund subject the parser hung on the cue: the clause it starts is reported
    ("Ann Roe, the team director, said hiring Jones as the coach was an \"inspired choice\".",
     "hiring Jones as the coach was an", "Ann Roe"),
    # 'recommended'/'proposed' with a gerund: what is recommended is what was said
    ("Kim Park, a security analyst, also recommended changing the settings to block pop-ups.",
     "changing the settings to block pop-ups", "Kim Park"),
])
def test_a_gerund_after_the_cue_is_what_was_said(nlp: Any, text: str, words: str,
                                                 speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


def test_a_gerund_of_manner_after_said_is_no_clause(nlp: Any) -> None:
    # 'said, smiling, ...': a gerund with no finite verb of its own reports nothing new
    found = quotes_in(nlp, "Tom Lake left the room smiling and waving to the crowd.")
    assert found == [], found


def test_a_noun_before_a_cue_read_as_its_participle_speaks(nlp: Any) -> None:
    # the parser read 'the patient described in ...' as a noun with a participle
    text = ("Doctors treated a farmer for a rare illness. \"Climbing the stairs took me an "
            "hour a day,\" the patient described in the journal article.")
    assert set(speakers_of(quotes_in(nlp, text), "Climbing the stairs")) == {"patient"}


def test_a_participle_phrase_that_goes_on_is_no_cue(nlp: Any) -> None:
    # 'the team coached by Roe celebrated': the participle describes; no one speaks here
    found = quotes_in(nlp, "Ann Roe trained them. \"We won the cup at last,\" the team "
                           "coached by Ann Roe celebrated loudly in the square.")
    assert all(q.speaker is None or q.speaker.name != "team" for q in found), found


def test_a_pronoun_cue_set_inside_a_sentence_keeps_its_antecedent(nlp: Any) -> None:
    # '-- fouled, he said --' reports only 'fouled': the name around it does not bind 'he'
    text = ("Ben Ode scored nine points, and Rico Vale blocked four shots.\n"
            "Three of his points came after Vale got knocked over -- fouled, he said -- while "
            "driving to the basket late in the game.")
    found = quotes_in(nlp, text)
    assert all(q.speaker is None or q.speaker.name != "Ben Ode" for q in found), found
