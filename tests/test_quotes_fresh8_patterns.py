"""Patterns found reading the misses of the eighth quote set (issue 13, session 9,
tests/data/fresh8_quotes: feature and science writing, interviews, emails, relatives who
share a surname). Every text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a thing a cue gave a voice ("a tape ... called", "the book that introduced me") is
    # no "he" or "she"
    ("Director Sam Doyle needed a closing song. At the last minute, a demo tape came in "
     "called \"Harbor Lights.\" \"It hit me at once,\" he said.", "It hit me at once",
     "Sam Doyle"),
    ("Elena Marsh had waited years for the reprint. First up is the book that introduced me "
     "to the author. \"I have no words,\" she replied in an email.", "I have no words",
     "Elena Marsh"),
    ("Senator Paul Ricci questioned the engineer. He then cited the earlier testimony that "
     "concluded the odds were even. \"With six launches, I side with the engineer,\" he "
     "concluded.", "With six launches", "Paul Ricci"),
])
def test_he_or_she_means_a_person_never_a_thing(nlp: Any, text: str, words: str,
                                                 speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


def test_an_object_pronoun_is_no_vote_on_the_subjects_gender(nlp: Any) -> None:
    # "him" is the man she found, not Sasha Moro: "she" can still mean her
    text = ("Sasha Moro found him in the hall that morning. \"He looked tired,\" she wrote in "
            "a letter.")
    assert speakers_of(quotes_in(nlp, text), "He looked tired") == ["Sasha Moro"]


def test_a_person_brought_in_with_a_who_clause_is_the_she_that_follows(nlp: Any) -> None:
    # "her" belongs to the mother of the relative clause, not to the magazine, and the
    # mother is the one the text goes on about
    text = ("Kym Ross, a spokesperson for the app, confirmed the change. The Clarion spoke to "
            "one mother, who knew her son ran a fake shop online. \"I am the last parent to "
            "find out,\" she said.")
    assert speakers_of(quotes_in(nlp, text), "the last parent") == ["one mother"]


def test_an_acronym_is_no_she(nlp: Any) -> None:
    text = ("Dana Wells runs the lab. The BBC asked about the grant. \"We will reapply next "
            "year,\" she said.")
    assert speakers_of(quotes_in(nlp, text), "We will reapply") == ["Dana Wells"]


def test_whom_a_she_speaker_meant_is_no_he_later(nlp: Any) -> None:
    text = ("The novelist Jo Lake explained the method to me. \"You see only the top of the "
            "iceberg,\" she said. Tom Arno wrote slowly. When his editors asked him to explain "
            "himself, he'd answer, \"I dislike the obvious.\"")
    assert speakers_of(quotes_in(nlp, text), "I dislike the obvious") == ["Tom Arno"]


def test_a_given_name_before_a_shared_surname_picks_that_person(nlp: Any) -> None:
    text = ("Marco Bell Ortega and his wife, Teresa Bell Ortega, edited the series for years. "
            "Marco Bell Ortega said the money was never enough. \"One bad winter and he "
            "would lose every penny,\" Teresa Bell Ortega explained.")
    assert speakers_of(quotes_in(nlp, text), "One bad winter") == ["Teresa Bell Ortega"]


def test_a_given_name_alone_takes_the_one_full_name_it_opens(nlp: Any) -> None:
    text = ("Mira Voss and her brother Dale Voss agreed to an interview by email. \"We wrote "
            "to him every year,\" Dale wrote.")
    assert speakers_of(quotes_in(nlp, text), "We wrote to him") == ["Dale Voss"]


def test_a_quotation_after_a_closed_one_continues_it(nlp: Any) -> None:
    # the cue further on in the next sentence ("the note he wrote") is not its cue
    text = ("\"I visited him once in the city,\" Dale Voss wrote. \"We ate at an old diner. "
            "We found his letters later.\" His sister added that the note Tom wrote was "
            "\"kind.\"")
    assert speakers_of(quotes_in(nlp, text), "We ate at an old diner") == ["Dale Voss"]


def test_was_how_x_described_it(nlp: Any) -> None:
    text = ("The two held a mock wedding at a fan convention. (\"The council has ruled that "
            "we should make it official,\" was how Tom Arno described it to friends.)")
    assert speakers_of(quotes_in(nlp, text), "The council has ruled") == ["Tom Arno"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a person of his speaks, by name when one is set off after the noun
    ("The family spoke to the press. According to his aunt, Mara Quint, \"He could read "
     "before he could walk.\"", "He could read", "Mara Quint"),
    ("According to the mayor, Ana Ruiz, the bridge will open in May.",
     "the bridge will open in May", "Ana Ruiz"),
    # a record someone else keeps about him speaks for itself
    ("Police arrested Tom Veil on Monday. According to his police record, he had been "
     "arrested twice before for theft.", "arrested twice before", "police record"),
    # his own account is his
    ("Tom Veil spoke on Monday. According to his own account, he had never been to the "
     "city.", "never been to the city", "Tom Veil"),
])
def test_according_to_a_possessed_noun(nlp: Any, text: str, words: str, speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


def test_according_to_a_named_relative_is_a_direct_quote(nlp: Any) -> None:
    text = "According to his aunt, Mara Quint, \"He could read before he could walk.\""
    found = [q for q in quotes_in(nlp, text) if "He could read" in q.text]
    assert [(q.kind, q.text) for q in found] == [
        ("direct", "He could read before he could walk.")]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The mayor spoke at length about the bridge. As Lena Ortiz put it, \"Nobody wants to "
     "pay for a bridge until it falls down.\"", "Nobody wants to pay", "Lena Ortiz"),
    # the parser reads "notes" as a plural noun here
    ("As the engineer notes, keeping the old pylons saves money and lets the river flow "
     "freely.", "keeping the old pylons saves money", "engineer"),
    # a short opener before the as-clause; scare quotes inside what was said
    ("In hindsight, the plan made sense. For example, as Lee Park notes, being able to "
     "\"see\" and \"hear\" small traces of smoke gives the crew more time to leave.",
     "small traces of smoke gives the crew", "Lee Park"),
])
def test_as_x_put_it_or_notes(nlp: Any, text: str, words: str, speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


def test_a_quotation_after_a_sentence_with_a_cue_on_a_noun_goes_on_with_the_speaker(
        nlp: Any) -> None:
    # the cue of the clause on "testimony" is in the sentence before the quotation, which
    # is no part of the quotation's own sentence
    text = ("Senator Paul Ricci questioned the engineer about the rocket. \"The old mission "
            "did it with one launch,\" Ricci responded. He then cited the earlier testimony "
            "that concluded the odds were even. \"I cannot argue with that.\"")
    assert speakers_of(quotes_in(nlp, text), "I cannot argue with that") == ["Paul Ricci"]


def test_a_quotation_after_a_short_one_and_its_cue_goes_on_with_its_speaker(nlp: Any) -> None:
    text = ("In 2001, Elise Park met Tom Arno at a fair and asked him for a story she had long "
            "wanted.\n\n\"No,\" he said. \"No. You give me one first, and I will pass it on "
            "once you are gone.\"")
    assert speakers_of(quotes_in(nlp, text), "You give me one first") == ["Tom Arno"]


def test_short_words_in_capitals_are_no_headline_case(nlp: Any) -> None:
    # "We got him" is speech going on, not a sign or a song title
    text = "\"Look, there he is. Got him!\" a deputy said. \"We got him. We got him.\""
    assert speakers_of(quotes_in(nlp, text), "We got him") == ["deputy"]


def test_a_pull_quote_before_the_quotation_it_repeats(nlp: Any) -> None:
    text = ("Tom Hale expects three rockets by 2024. \"Adding one more could -- I am not sure "
            "that could happen.\"\n\nAt current rates, Tom Hale said, there will be three "
            "rockets by 2024. \"Adding one more could -- I am not sure that could happen.\"")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "Adding one more") == ["Tom Hale", "Tom Hale"]


def test_a_single_name_read_as_a_place_is_a_person_the_article_calls_he(nlp: Any) -> None:
    text = ("Grant Sabo quit his job at 40 and wrote a book about it.\n\nRudy -- who uses only "
            "his first name on his blog -- stopped working at 52 after a career in shipping. He "
            "never earned much, but put money aside every month since his first job, he wrote "
            "on his site.\n\n\"Being free of a mortgage is most of it,\" he wrote.")
    assert speakers_of(quotes_in(nlp, text), "Being free of a mortgage") == ["Rudy"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("\"The clinic is not licensed,\" California Department of Health deputy director Mara "
     "Quint told The Post.", "The clinic is not licensed", "Mara Quint"),
    ("Acme Corp chief executive Jane Roe said the plant would close.",
     "the plant would close", "Jane Roe"),
    # a clause between them: the organization speaks
    ("The Harbor Authority, which hired Jane Roe last year, said the port would reopen.",
     "the port would reopen", "Harbor Authority"),
])
def test_an_organization_role_and_name_give_the_person(nlp: Any, text: str, words: str,
                                                       speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


def test_the_source_is_never_the_person_just_named(nlp: Any) -> None:
    text = ("Lana Ford checked in to a clinic on Friday. Reports said she was at a desert "
            "resort. \"Lana is back at the clinic. The task now is to keep her there,\" the "
            "source told us.")
    assert speakers_of(quotes_in(nlp, text), "Lana is back at the clinic") == ["source"]


def test_a_quoted_sentence_after_a_named_subject_is_his(nlp: Any) -> None:
    text = ("The committee met on Tuesday. Congressman Tom Hale chaired the session.\n\nLater "
            "on, the witnesses spoke about costs. Hale came back to the topic after lunch. "
            "\"Which rockets could carry the lander by then?\"")
    assert speakers_of(quotes_in(nlp, text), "Which rockets could carry") == ["Tom Hale"]


def test_a_quoted_sentence_after_a_subject_that_is_no_person_has_no_speaker(
        nlp: Any) -> None:
    text = ("Congressman Tom Hale chaired the hearing.\n\nThe rocket returned to the pad "
            "later that day. \"Nothing is certain in this business anymore.\"")
    found = [q for q in quotes_in(nlp, text) if "Nothing is certain" in q.text]
    assert [q.speaker.name for q in found if q.speaker] == []


def test_calling_an_office_to_say_something_is_the_callers_statement(nlp: Any) -> None:
    found = quotes_in(nlp, "Tom Hale called the office to say he would not attend the hearing.")
    assert [(q.speaker.name if q.speaker else None, q.text) for q in found] == [
        ("Tom Hale", "he would not attend the hearing")]


def test_a_verb_that_makes_someone_speak_still_gives_its_object(nlp: Any) -> None:
    text = "The strike led officials to say the talks had failed."
    assert speakers_of(quotes_in(nlp, text), "the talks had failed") == ["officials"]


def test_not_denying_a_report_says_nothing(nlp: Any) -> None:
    text = "The minister did not deny the report that troops had crossed the border."
    assert quotes_in(nlp, text) == []


def test_denying_a_report_is_a_denial(nlp: Any) -> None:
    text = "The minister denied the report that troops had crossed the border."
    assert [q.stance for q in quotes_in(nlp, text)] == ["deny"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a rank singles out one company: not the one named last
    ("Intel and Samsung both reported results on Monday. Samsung sold fewer phones than "
     "expected. The world's top chip maker said demand would recover next year.",
     "world's top chip maker"),
    # the one the text gave that rank
    ("Nordchip, the world's top chip maker, reported results on Monday. Vexa Corp sold more "
     "phones. The world's top chip maker said demand would recover next year.", "Nordchip"),
    # without a rank, the company just named
    ("Vexa Corp reported results on Monday. The company said demand would recover next "
     "year.", "Vexa Corp"),
])
def test_a_ranked_description_takes_only_the_one_given_that_rank(nlp: Any, text: str,
                                                                  speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), "demand would recover") == [speaker]


def test_a_closing_cue_read_as_a_noun(nlp: Any) -> None:
    # the parser reads "reports" as a plural noun and "study" as its modifier
    text = ("And engineers have at last measured how far the old bridge sways in a storm, a "
            "new study reports.")
    found = quotes_in(nlp, text)
    assert [(q.speaker.name if q.speaker else None, q.text) for q in found] == [
        ("study", "engineers have at last measured how far the old bridge sways in a storm")]


def test_bemoan_reports_what_it_says(nlp: Any) -> None:
    text = "Tom Hale still bemoans that the novel \"should have been sold as a thriller.\""
    assert speakers_of(quotes_in(nlp, text), "should have been sold") == ["Tom Hale"]


@pytest.mark.parametrize(("text", "said"), [
    ("Mira Voss and Dale Voss refused to discuss the estate. However, they volunteered that "
     "they had written to the agent three times.", ["they had written to the agent three times"]),
    # volunteering to do something says nothing
    ("Mira Voss volunteered to help at the shelter.", []),
])
def test_volunteer_reports_only_a_clause(nlp: Any, text: str, said: list[str]) -> None:
    assert [q.text for q in quotes_in(nlp, text)] == said


def test_people_named_together_are_the_they_that_follows(nlp: Any) -> None:
    text = ("Mira Voss and her brother agreed to an interview. They said the family had been "
            "close.")
    assert speakers_of(quotes_in(nlp, text), "the family had been close") == ["Mira Voss"]


def test_a_ranked_description_takes_the_subject_of_the_sentence_before(nlp: Any) -> None:
    text = ("Intel lost a partner this week when its former ally, Nordfab, was bought by AMD "
            "for cash. Still, the world's top chip maker said new products were on the way.")
    assert speakers_of(quotes_in(nlp, text), "new products were on the way") == ["Intel"]


def test_an_occupation_takes_up_the_main_subject_just_named(nlp: Any) -> None:
    # not the man named inside her clause
    text = ("Dana Wells had not expected that Tom Park would come to the meeting, and she was "
            "glad he did. The real estate agent said she felt close to him because they both "
            "grew up with one parent.")
    assert speakers_of(quotes_in(nlp, text), "she felt close to him") == ["Dana Wells"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Mia Hale runs the agency. \"We love this work,\" Hale said.\n\nWhile the ad did not win "
     "over Julia Grant, a county nurse, she said she would not criticize it.",
     "she would not criticize it", "Julia Grant"),
    # a name of the other gender there is not whom "he" means
    ("Tom Lee spoke first. After the vote went against Ana Ruiz, he said the count was fair.",
     "the count was fair", "Tom Lee"),
])
def test_the_one_person_a_fronted_clause_names_is_the_pronoun_after_it(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a spokesperson the text gives no gender is the "they" of the next sentence
    ("Many people use the app for work. Kym Ross, a spokesperson for the app, confirmed "
     "that the company notifies people who could benefit. \"We use a model to find such "
     "accounts,\" they said in an email.", "Kym Ross"),
    # a spokesman is a "he": "they" are others
    ("Many people use the app for work. Tom Ross, a spokesman for the app, confirmed that "
     "the company notifies people who could benefit. \"We use a model to find such "
     "accounts,\" they said in an email.", "Many people"),
])
def test_a_spokesperson_can_be_a_singular_they(nlp: Any, text: str, speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), "We use a model") == [speaker]


def test_words_sung_right_after_the_quotation_are_lyrics(nlp: Any) -> None:
    text = ("Ana Ruiz spoke on Monday. She sings for everyone who ever left: \"The harbor is "
            "our home,\" she and the choir sing together.")
    assert [q.text for q in quotes_in(nlp, text) if "harbor" in q.text] == []


@pytest.mark.parametrize("text", [
    "Ana Ruiz stepped up to the microphone. \"The harbor is our home,\" she said.",
    "Mayor Ana Ruiz stepped up to the microphone. \"The harbor is our home,\" she said.",
])
def test_a_name_the_tagger_missed_as_a_subject_is_someone_she_can_mean(
        nlp: Any, text: str) -> None:
    assert speakers_of(quotes_in(nlp, text), "The harbor is our home") == ["Ana Ruiz"]


def test_the_agency_takes_up_a_named_organization_not_a_plural_description(
        nlp: Any) -> None:
    text = ("The firms have not revealed how many launches they need. NASA's plans hinge on "
            "money. Lawmakers have not granted the full sum NASA asked for in a request that "
            "the agency says is vital to keeping the schedule.")
    assert speakers_of(quotes_in(nlp, text), "is vital to keeping the schedule") == ["NASA"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a part of someone does not speak: its possessor does
    ("Helen Ward placed the paperback in my hands, her eyes aglow with fervor, telling me I "
     "would love it.", "Helen Ward"),
    # a relative does speak
    ("Kim Gray was shot on Saturday. His cousin said the boy had no gun.", "cousin"),
])
def test_a_part_of_someone_is_no_speaker(nlp: Any, text: str, speaker: str) -> None:
    found = [q for q in quotes_in(nlp, text) if q.kind == "indirect"]
    assert [q.speaker.name if q.speaker else None for q in found] == [speaker]


def test_a_cue_and_name_set_off_inside_the_clause_they_report(nlp: Any) -> None:
    # the parser makes the name the subject of the main verb
    text = ("Gut cells were long ignored.\n\nThis network, says Nora Quill, a biologist at the "
            "University of Otago, Dunedin, guides a defense against threats across the organs.")
    found = quotes_in(nlp, text)
    assert [(q.speaker.name if q.speaker else None, q.text) for q in found] == [
        ("Nora Quill", "This network guides a defense against threats across the organs")]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the parser takes the clause's subject for the cue's
    ("The canal plan, says Tom Reyes, an economist at the state university, would pay for "
     "itself within ten years.", "The canal plan would pay for itself", "Tom Reyes"),
    # a role set off with a name the tagger missed
    ("The mayor, Ana Ruiz, said the plan was a mistake.", "the plan was a mistake",
     "Ana Ruiz"),
])
def test_a_name_set_off_beside_the_cue_speaks(nlp: Any, text: str, words: str,
                                              speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


def test_he_and_his_wife_are_the_they_that_follows(nlp: Any) -> None:
    text = ("Spending matters, says financial planner Eric Lund. You can earn more, he and his "
            "wife Kali explained on their podcast. Cutting costs takes effort, they said.")
    assert speakers_of(quotes_in(nlp, text), "Cutting costs takes effort") == ["Eric Lund"]
