"""Quote rules of session 28 (quotes28, issue 13, false quotes), each on made-up text, with a
look-alike that keeps its answer and switched off once: a reporting verb that is what someone
was pressed to say reports nothing (asked_to_say_not_said), nor one refused across a phrase
the parser read as a clause of purpose (refusal_infinitive_advcl), nor a musing verb under a
verb of beginning, having or leaving (musing_state_not_said); a verb of telling in the passive
with no 'by' phrase gives no speaker to the one told, and the one talked to in the verb it is
joined to is who told (passive_audience_not_speaker)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- asked_to_say_not_said

_PRESSED = "Reporters pressed the mayor to say whether the bus fares would rise.\n"
_URGED = "The coach was urged to explain why the team had lost four games.\n"


def test_speech_pressed_for_is_not_said(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _PRESSED) if "fares" in q.text]
    assert not [q for q in quotes_in(nlp, _URGED) if "four games" in q.text]


def test_asked_to_say_not_said_off(nlp: Any, ablated: Any) -> None:
    ablated("asked_to_say_not_said")
    # (without it the one pressed to speak was the speaker of what was asked)
    assert speakers_of(quotes_in(nlp, _PRESSED), "the bus fares would rise") == ["mayor"]


def test_speech_caused_is_still_said(nlp: Any) -> None:
    # look-alikes: those prompted to speak did speak; a caller says what he called to say
    text = "The ruling prompted critics to argue that the court had gone too far.\n"
    assert speakers_of(quotes_in(nlp, text), "the court had gone too far") == ["critics"]
    text = "Ms. Ruiz called the office to say that the parcel had arrived.\n"
    assert speakers_of(quotes_in(nlp, text), "the parcel had arrived") == ["Ruiz"]


# ------------------------------------------------------------- refusal_infinitive_advcl

_DECLINED_ON = "The senator declined on Tuesday to say whether she backed the farm bill.\n"


def test_refusal_across_a_phrase_says_nothing(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _DECLINED_ON) if "farm bill" in q.text]


def test_refusal_infinitive_advcl_off(nlp: Any, ablated: Any) -> None:
    ablated("refusal_infinitive_advcl")
    # (without it the refused infinitive was read as what she said)
    assert speakers_of(quotes_in(nlp, _DECLINED_ON), "she backed the farm bill") == ["senator"]


def test_said_after_a_refusal_is_still_said(nlp: Any) -> None:
    # look-alike: a verb of saying of its own after the refusal reports
    text = ("The senator declined to give details on Tuesday but said the farm bill would "
            "pass.\n")
    assert speakers_of(quotes_in(nlp, text), "the farm bill would pass") == ["senator"]


# ------------------------------------------------------------- musing_state_not_said

_BEGAN = "After reading the paper, the chemist began to wonder whether the salt was to blame.\n"
_LEFT = "The ruling left parents wondering if the school would reopen.\n"
_HAS = "The delay has investors wondering whether the bank would act.\n"
_HAD_TO = "Some economists now had to wonder whether the bank would act.\n"


def test_wondering_held_by_another_verb_is_not_said(nlp: Any) -> None:
    for text, words in ((_BEGAN, "salt"), (_LEFT, "reopen"), (_HAS, "bank"),
                        (_HAD_TO, "bank")):
        assert not [q for q in quotes_in(nlp, text) if words in q.text], text


def test_musing_state_not_said_off(nlp: Any, ablated: Any) -> None:
    ablated("musing_state_not_said")
    # (without it each mind's question was a quote of its holder)
    assert speakers_of(quotes_in(nlp, _BEGAN), "the salt was to blame") == ["chemist"]
    assert speakers_of(quotes_in(nlp, _LEFT), "the school would reopen") == ["parents"]


def test_wondering_aloud_or_alone_keeps_its_reading(nlp: Any) -> None:
    # look-alikes: a named person who wondered (aloud or not) is reported as before
    text = "Mr. Lee began to wonder aloud whether the bank would act.\n"
    assert speakers_of(quotes_in(nlp, text), "the bank would act") == ["Lee"]
    text = "Mr. Lee wondered whether the bank would act.\n"
    assert speakers_of(quotes_in(nlp, text), "the bank would act") == ["Lee"]


# ------------------------------------------------------------- passive_audience_not_speaker

_TOLD_TENANTS = ("Ruiz said tenants had complained for months about the smell and had been "
                 "told repeatedly that the heating was safe.\n")
_SPOKEN_TO = ("Mr. Ortiz said he had spoken to the housing minister on Friday and had been "
              "assured that the repairs would start soon.\n")


def test_those_told_in_the_passive_are_no_speaker(nlp: Any) -> None:
    found = quotes_in(nlp, _TOLD_TENANTS)
    assert not [q for q in found if q.text == "the heating was safe"]


def test_the_one_talked_to_told(nlp: Any) -> None:
    found = quotes_in(nlp, _SPOKEN_TO)
    assert speakers_of(found, "the repairs would start soon") == [
        "Ortiz", "housing minister"]
    hit = next(q for q in found if q.text == "the repairs would start soon")
    assert "passive_audience_not_speaker" in hit.rules


def test_passive_audience_not_speaker_off(nlp: Any, ablated: Any) -> None:
    ablated("passive_audience_not_speaker")
    # (without it the tenants told were the speaker of what they were told)
    assert speakers_of(quotes_in(nlp, _TOLD_TENANTS), "the heating was safe") == [
        "Ruiz", "tenants"]


def test_passive_with_agent_keeps_its_speaker(nlp: Any) -> None:
    # look-alike: a 'by' phrase names who told
    text = "Tenants were told by the landlord that the heating was safe.\n"
    assert speakers_of(quotes_in(nlp, text), "the heating was safe") == ["landlord"]


# ------------------------------------------------------------- family_name_first

_OH = ("South Korea's trade minister, Oh Jae-won, told lawmakers on Monday that talks could "
       "resume. Oh warned that the hard-liners in the North would gain ground if talks "
       "stalled.\n")


def test_family_name_first_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, _OH)
    assert speakers_of(found, "would gain ground") == ["Oh Jae-won"]
    hit = next(q for q in found if "would gain ground" in q.text)
    assert hit.speaker is not None and "family_name_first" in hit.speaker.rules


def test_family_name_first_off(nlp: Any, ablated: Any) -> None:
    ablated("family_name_first")
    # (without it "Oh", read as an interjection, was the surname of no one and the cue had
    # no speaker)
    assert not [q for q in quotes_in(nlp, _OH) if "would gain ground" in q.text]


def test_family_name_first_only_for_that_shape() -> None:
    from newsweave.extract.referents import family_name_first

    assert family_name_first("Oh Jae-won") == "Oh"
    assert family_name_first("Moon Ji-ho") == "Moon"
    # look-alikes: a hyphened first name, a hyphened surname, three words
    assert family_name_first("Jean-Luc Marlowe") is None
    assert family_name_first("Mary Smith-Jones") is None
    assert family_name_first("Kim Dae Jung") is None


def test_surname_last_still_speaks(nlp: Any) -> None:
    # look-alike: a Western name with the surname last keeps its reading
    text = "Mayor Dana Oh spoke first. Oh warned that the budget would be tight.\n"
    assert speakers_of(quotes_in(nlp, text), "the budget would be tight") == ["Dana Oh"]


# ------------------------------------------------------------- long_title_after_work_noun

_MEMOIR = ('In her memoir "Hard Roads: What Twenty Years in Politics Taught Me About the People '
           'of This Country," Senator Ana Ruiz says she nearly quit.\n')


def test_long_title_after_a_work_noun_is_no_quote(nlp: Any) -> None:
    found = quotes_in(nlp, _MEMOIR)
    assert not [q for q in found if "Hard Roads" in q.text]
    assert speakers_of(found, "she nearly quit") == ["Ana Ruiz"]


def test_long_title_after_work_noun_off(nlp: Any, ablated: Any) -> None:
    ablated("long_title_after_work_noun")
    # (without it a title over ten words was a direct quote of the author)
    assert speakers_of(quotes_in(nlp, _MEMOIR), "Hard Roads") == ["Ana Ruiz"]


def test_sentence_after_a_work_noun_is_still_a_quote(nlp: Any) -> None:
    # look-alike: words said in sentence case after "book" are a quotation
    text = ('Senator Ana Ruiz spoke about her book "I wrote every word of it myself and would '
            'not change a line," Ruiz said.\n')
    assert speakers_of(quotes_in(nlp, text), "I wrote every word") == ["Ana Ruiz"]


# ------------------------------------------------------------- told_thing_no_audience

_STORY = ("Exit polls from Sunday's runoff in the state's 4th District told a story that party "
          "leaders had dreaded for weeks: rural men had stayed home.\n")


def test_relative_on_a_thing_told_is_no_quote(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _STORY) if "dreaded" in q.text]


def test_told_thing_no_audience_off(nlp: Any, ablated: Any) -> None:
    ablated("told_thing_no_audience")
    # (without it the relative clause on "story" was read as what was told)
    assert [q for q in quotes_in(nlp, _STORY) if "dreaded" in q.text]


def test_audience_told_keeps_its_clause(nlp: Any) -> None:
    # look-alikes: a gathering or a paper told is an audience, whatever the parse
    text = "The chancellor told a closing news conference that she regretted the vote.\n"
    assert speakers_of(quotes_in(nlp, text), "she regretted the vote") == ["chancellor"]
    text = "The guard told the paper that he fought the man for an hour.\n"
    assert speakers_of(quotes_in(nlp, text), "he fought the man") == ["guard"]


# ------------------------------------------------------------- hypothetical_for_to_cue

_HARD_FOR = ("The mayor's own emails would make it hard for the city's lawyers to argue that "
             "the contract was fair.\n")


def test_what_someone_could_hardly_say_is_not_said(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _HARD_FOR) if "contract was fair" in q.text]


def test_hypothetical_for_to_cue_off(nlp: Any, ablated: Any) -> None:
    ablated("hypothetical_for_to_cue")
    # (without it the lawyers were the speakers of what they would find hard to argue)
    assert speakers_of(quotes_in(nlp, _HARD_FOR), "the contract was fair") == ["city's lawyers"]


def test_argued_for_a_client_is_still_said(nlp: Any) -> None:
    # look-alike: a finite cue after a 'for' phrase of its own reports
    text = "Lawyers for the city argued that the contract was fair.\n"
    assert speakers_of(quotes_in(nlp, text), "the contract was fair") == ["Lawyers for the city"]


# ------------------------------------------------------------- absolute_phrase_not_said

_VOICE = '"I have no excuse for what I did, and I am sorry," Dunn said, his voice breaking.\n'
_VOICE_AFTER = ('Mark Dunn, wearing a blue jacket, turned to the parents in the hall. "I am sorry. '
                'I broke your trust," he said, his voice breaking. "I will make it right."\n')


def test_absolute_phrase_after_the_cue_is_not_said(nlp: Any) -> None:
    found = quotes_in(nlp, _VOICE)
    assert [(q.kind, q.text) for q in found if "excuse" in q.text] == [
        ("direct", "I have no excuse for what I did, and I am sorry")]
    found = quotes_in(nlp, _VOICE_AFTER)
    assert not [q for q in found if "voice" in q.text]
    assert speakers_of(found, "I broke your trust") == ["Mark Dunn"]


def test_absolute_phrase_not_said_off(nlp: Any, ablated: Any) -> None:
    ablated("absolute_phrase_not_said")
    # (without it the phrase was read as part of what was said)
    assert [q for q in quotes_in(nlp, _VOICE) if "voice breaking" in q.text]
    assert [q for q in quotes_in(nlp, _VOICE_AFTER) if q.text == "his voice breaking"]


def test_participle_clause_with_an_object_stays_said(nlp: Any) -> None:
    # look-alikes: a participle of the clause said, or one adding a statement, is kept
    text = "Dunn said the plant would close, putting 300 people out of work.\n"
    assert speakers_of(quotes_in(nlp, text), "putting 300 people out of work") == ["Dunn"]
    text = '"We will rebuild," Dunn said, adding that the town would recover.\n'
    assert speakers_of(quotes_in(nlp, text), "the town would recover") == ["Dunn"]
