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
    ("Volkswagen brought a small electric van to the fair. The German automaker, which "
     "now builds mostly city cars, says the van can cover 200 miles between charges.",
     "the van can cover 200 miles", "Volkswagen"),
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
    text = ("Marco Silva will take over from Tom Hale at Rovers until 2023.\n\nHale lost "
            "his job on Sunday after a run of defeats.\n\nThe board met Silva's lawyers "
            "for a third time on Tuesday.\n\nThe Portuguese coach has been without a job "
            "since leaving a club in Spain in May.\n\nThe 48-year-old said at his first "
            "news conference: \"It is a proud day for me and my family.\"")
    assert speakers_of(quotes_in(nlp, text), "It is a proud day") == ["Marco Silva"]


def test_a_nationality_is_no_licence_for_a_person_of_another_country(nlp: Any) -> None:
    # the person just named is known to be of another country: the description stays new
    text = ("French President Emmanuel Roux met reporters in Paris. The German chancellor "
            "said the talks had been useful.")
    assert speakers_of(quotes_in(nlp, text), "the talks had been useful") != ["Emmanuel Roux"]


def test_a_hyphenated_title_before_the_name_is_no_speaker(nlp: Any) -> None:
    text = ("Snow is rare in the south, and the coast gets less of it than the hills, said "
            "study co-author Maria Lindqvist, a research fellow at the agency.")
    assert speakers_of(quotes_in(nlp, text), "the coast gets less of it") == ["Maria Lindqvist"]


def test_a_described_speaker_keeps_the_hyphenated_word_whole(nlp: Any) -> None:
    text = "The neo-banks have promised that they will ease your pain."
    assert speakers_of(quotes_in(nlp, text), "they will ease your pain") == ["neo-banks"]


def test_the_man_is_not_someone_named_beside_him(nlp: Any) -> None:
    # 'the man' appears with Dempsey as another person: it never means Dempsey
    text = ("Dr Ruth Adler phoned the man on a Friday. As soon as the man mentioned that "
            "he kept pigeons in the attic, Adler knew the cause.\n\n\"I feel fine these "
            "days,\" the man wrote in a letter to the clinic.")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "he kept pigeons in the attic") == ["man"]
    assert speakers_of(found, "I feel fine these days") == ["man"]


def test_the_man_still_takes_up_the_person_just_named(nlp: Any) -> None:
    text = "Tom Baker was arrested on Friday. The man told reporters he was innocent."
    assert speakers_of(quotes_in(nlp, text), "he was innocent") == ["Tom Baker"]


def test_a_report_in_a_newspaper_is_the_newspapers(nlp: Any) -> None:
    text = ("The mayor unveiled a new bus plan on Monday, according to a report in the "
            "Valley Courier of Greenfield.\n\nThe buses will run every ten minutes.\n\n"
            "The report says a firm from Dayton drew up the routes.")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "The mayor unveiled a new bus plan") == ["Valley Courier"]
    assert speakers_of(found, "a firm from Dayton drew up the routes") == ["Valley Courier"]


@pytest.mark.parametrize(("text", "words", "speaker", "kind"), [
    # "in the words of X" before a colon opens the quotation that follows
    ("This is what the winter was like, in the words of the farmer: \"We lost half the "
     "flock and sold the rest at a loss.\"", "We lost half the flock",
     "farmer", "direct"),
    # and set inside a sentence it reports that sentence, as "according to" does
    ("The plan, in the words of one adviser, was a mess from the start.",
     "was a mess from the start", "one adviser", "indirect"),
])
def test_in_the_words_of_is_a_cue(nlp: Any, text: str, words: str, speaker: str,
                                  kind: str) -> None:
    found = [q for q in quotes_in(nlp, text) if words in q.text]
    assert [(q.speaker.name if q.speaker else None, q.kind) for q in found] == [(speaker, kind)]


def test_the_words_before_in_the_words_of_and_a_colon_are_not_said(nlp: Any) -> None:
    text = ("This is what the winter was like, in the words of the farmer: \"We lost half "
            "the flock and sold the rest at a loss.\"")
    assert [q.text for q in quotes_in(nlp, text) if "the winter was like" in q.text] == []


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # organizations of a kind, as a plural subject, are what a later "they" means
    ("Some automakers showed new vans on Monday. They said the vans would go on sale in May.",
     "the vans would go on sale in May", "automakers"),
    # "all of them" speaks for the group "them" means
    ("The neo-banks opened offices in Ohio this year. Yet all of them say, openly or "
     "not, that they exist to help savers.", "they exist to help savers", "neo-banks"),
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
    ("In their paper, the doctors detail how the baker caught a lung infection from flour.",
     "the baker caught a lung infection", "doctors"),
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


def test_an_as_clause_right_after_a_quoted_fragment_owns_it(nlp: Any) -> None:
    # the lenders report the clause; the founder is the one whose words are quoted
    text = ("The new lenders say they care about their clients' \"long-term wellbeing,\" as "
            "one founder told me, and about cutting fees.")
    assert speakers_of(quotes_in(nlp, text), "long-term wellbeing") == ["one founder"]


def test_an_as_clause_of_the_same_speaker_keeps_one_mixed_quote(nlp: Any) -> None:
    text = ("The mayor said the plan was \"a road to nowhere,\" as she told reporters on "
            "Monday.")
    found = [q for q in quotes_in(nlp, text) if "a road to nowhere" in q.text]
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in found] == [
        ("mixed", "mayor")]
    assert "the plan was" in found[0].text
