"""Patterns found reading the misses of the ninth development set (issue 13, session 8,
tests/data/fresh9_quotes: feature, science, music, football and autos writing). Every text
here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a trade noun ("automaker") is an organization: the one just named, even with a
    # nationality the text never gave it
    ("Volkswagen is showing a small electric van at the show. The German automaker, which "
     "has focused on city cars, says the van will be able to go 200 miles on one charge.",
     "the van will be able to go 200 miles", "Volkswagen"),
    # the latest organization, not an earlier one that spoke, when a nationality is given
    ("Volkswagen is showing a van. The German automaker says the van is quiet.\n\n"
     "Nissan is showing a new sedan. The Japanese automaker says the car will get better "
     "mileage.", "the car will get better mileage", "Nissan"),
    ("Fjord Air added two routes on Monday. The airline said the new flights would start in "
     "May.", "the new flights would start in May", "Fjord Air"),
])
def test_a_trade_noun_with_a_nationality_takes_up_the_organization_just_named(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


def test_a_nationality_and_a_role_take_up_the_person_just_named(nlp: Any) -> None:
    text = ("Marco Silva has agreed a deal to replace Tom Hale as Rovers' manager until "
            "2023.\n\nHale was sacked last night after four years in charge.\n\nTalks between "
            "the club and Silva's agents went on into Tuesday night.\n\nThe Portuguese coach "
            "had been out of work since being sacked by Everton in December.\n\nThe "
            "48-year-old said after his appointment: \"I am delighted to join a club with "
            "such loyal supporters.\"")
    assert speakers_of(quotes_in(nlp, text), "I am delighted to join") == ["Marco Silva"]


def test_a_nationality_is_no_licence_for_a_person_of_another_country(nlp: Any) -> None:
    # the person just named is known to be of another country: the description stays new
    text = ("French President Emmanuel Roux met reporters in Paris. The German chancellor "
            "said the talks had been useful.")
    assert speakers_of(quotes_in(nlp, text), "the talks had been useful") != ["Emmanuel Roux"]


def test_a_hyphenated_title_before_the_name_is_no_speaker(nlp: Any) -> None:
    text = ("Rain falls all over the moon, but the valleys are drier than the hills, said "
            "study co-author Maria Lindqvist, a research fellow at the agency.")
    assert speakers_of(quotes_in(nlp, text), "the valleys are drier") == ["Maria Lindqvist"]


def test_a_described_speaker_keeps_the_hyphenated_word_whole(nlp: Any) -> None:
    text = "The neo-banks have promised that they will ease your pain."
    assert speakers_of(quotes_in(nlp, text), "they will ease your pain") == ["neo-banks"]


def test_the_man_is_not_someone_named_beside_him(nlp: Any) -> None:
    # 'the man' appears with Dempsey as another person: it never means Dempsey
    text = ("Dr Owen Dempsey talked with the man over the phone. And once the man mentioned "
            "that he had recently switched to a feather duvet, Dempsey came up with a "
            "diagnosis.\n\n\"It does not affect me at all now,\" the man wrote in a note "
            "accompanying the report.")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "he had recently switched") == ["man"]
    assert speakers_of(found, "It does not affect me") == ["man"]


def test_the_man_still_takes_up_the_person_just_named(nlp: Any) -> None:
    text = "Tom Baker was arrested on Friday. The man told reporters he was innocent."
    assert speakers_of(quotes_in(nlp, text), "he was innocent") == ["Tom Baker"]


def test_a_report_in_a_newspaper_is_the_newspapers(nlp: Any) -> None:
    text = ("According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem "
            "launched the campaign on Monday.\n\nThe ads are rolling out this week.\n\n"
            "The report says an ad agency in Minneapolis came up with the campaign.")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "Kristi Noem launched the campaign") == ["Argus Leader"]
    assert speakers_of(found, "an ad agency in Minneapolis came up") == ["Argus Leader"]


@pytest.mark.parametrize(("text", "words", "speaker", "kind"), [
    # "in the words of X" before a colon opens the quotation that follows
    ("Here is how bad things got, in the words of the patient: \"I could not climb the "
     "stairs without stopping to rest every few steps.\"", "I could not climb the stairs",
     "patient", "direct"),
    # and set inside a sentence it reports that sentence, as "according to" does
    ("The plan, in the words of one adviser, was a mess from the start.",
     "was a mess from the start", "one adviser", "indirect"),
])
def test_in_the_words_of_is_a_cue(nlp: Any, text: str, words: str, speaker: str,
                                  kind: str) -> None:
    found = [q for q in quotes_in(nlp, text) if words in q.text]
    assert [(q.speaker.name if q.speaker else None, q.kind) for q in found] == [(speaker, kind)]


def test_the_words_before_in_the_words_of_and_a_colon_are_not_said(nlp: Any) -> None:
    text = ("Here is how bad things got, in the words of the patient: \"I could not climb "
            "the stairs without stopping to rest every few steps.\"")
    assert [q.text for q in quotes_in(nlp, text) if "bad things got" in q.text] == []


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # organizations of a kind, as a plural subject, are what a later "they" means
    ("Some automakers showed new vans on Monday. They said the vans would go on sale in May.",
     "the vans would go on sale in May", "automakers"),
    # "all of them" speaks for the group "them" means
    ("These neo-banks have been trying to make money. But all of them say, explicitly or "
     "not, that they are driven by a mission.", "they are driven by a mission", "neo-banks"),
    ("The two candidates met on Monday. Both of them said the debate had gone well.",
     "the debate had gone well", "two candidates"),
])
def test_a_plural_of_organizations_and_all_of_them_speak(nlp: Any, text: str, words: str,
                                                         speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # "as he related" reports the quotation after it, as "as he said" does
    ("Tom Baker cleaned his house of mold. As he related, \"the treatment went on for a "
     "whole year, with a smaller dose every month.\"", "the treatment went on", "Tom Baker"),
    # "he" is the man the article describes and never names
    ("The man cleaned his house of mold. As he related, \"the treatment went on for a whole "
     "year, with a smaller dose every month.\"", "the treatment went on", "man"),
    # researchers "detail how" something happened
    ("In a new case study, the doctors detail how the woman came down with a rare allergy.",
     "the woman came down with a rare allergy", "doctors"),
])
def test_relate_and_detail_report_and_he_can_be_an_unnamed_man(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


@pytest.mark.parametrize("text", [
    "The problems relate to funding, and the plan was dropped.",
    "The report detailed the costs of the project.",
])
def test_relate_to_and_detail_with_an_object_report_nothing(nlp: Any, text: str) -> None:
    assert quotes_in(nlp, text) == []


_STATEMENT = ("Rovers said in a statement: \"Marco is one of the most successful coaches in "
              "the league.\n\n\"He is known for his attacking style and has coached three "
              "clubs.\n\n{embed}\n\n\"He has won the cup twice and led two clubs to "
              "promotion.\"\n\nThe club posted a photo of him on Wednesday.")


def test_a_statement_goes_on_past_an_embedded_post(nlp: Any) -> None:
    text = _STATEMENT.format(embed="Club statement\n\n— Rovers FC (@RoversFC) May 2, 2021")
    assert speakers_of(quotes_in(nlp, text), "He has won the cup twice") == ["Rovers"]


def test_a_quotation_after_someone_elses_post_does_not_go_on_with_the_statement(
        nlp: Any) -> None:
    # the post's own words stand between (not a short caption): the statement does not go on
    text = _STATEMENT.format(embed="Thanks for everything, boss. You taught me so much and I "
                                   "will never forget it. Good luck!\n\n— Ann Lee (@annlee) "
                                   "May 2, 2021")
    found = [q for q in quotes_in(nlp, text) if "He has won the cup twice" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Rovers" for q in found)
