"""Quote rules of session 27 (quotes27, issue 13, round two: quotes missed at their cue and
false quotes), each on made-up text, with a look-alike that keeps its answer and switched off
once: when the only people named before a "one" who speaks are those just spoken to, "one"
is one of them after all (one_not_the_audience no longer leaves the quotation with no one,
audience_last_resort); a name set off after a phrase opening the sentence, which the parser
hung on that phrase as an apposition, is the subject of a cue left without one
(fronted_phrase_name)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- audience_last_resort

_ONLY_AUDIENCE = ('Mayor Lee spoke to voters in Dayton on Friday. "They are angry," one told '
                  'the crowd.\n')


def test_only_the_audience_named_one_is_of_them(nlp: Any) -> None:
    found = quotes_in(nlp, _ONLY_AUDIENCE)
    assert speakers_of(found, "They are angry") == ["one of the voters"]
    hit = next(q for q in found if "They are angry" in q.text)
    assert hit.speaker is not None and "audience_last_resort" in hit.speaker.rules


def test_audience_last_resort_off(nlp: Any, ablated: Any) -> None:
    ablated("audience_last_resort")
    # (without it "one" was one of no one, and the quotation was lost)
    assert not [q for q in quotes_in(nlp, _ONLY_AUDIENCE) if "They are angry" in q.text]


def test_only_the_addressed_named_one_is_of_them(nlp: Any) -> None:
    # the people told (object of "told") too, in an earlier sentence
    text = ('Mayor Lee told voters in Dayton the plant would stay open. "We have heard that '
            'before," one said.\n')
    assert speakers_of(quotes_in(nlp, text), "heard that before") == ["one of the voters"]


def test_no_one_among_the_addressed_is_no_speaker(nlp: Any) -> None:
    # look-alike: "no one" inside what was told names no one of the people told
    text = ("The leader told reporters that no one who had read the report could conclude he "
            "was fit to serve.\n")
    found = quotes_in(nlp, text)
    assert not [q for q in found if q.text == "he was fit to serve"]


def test_group_named_before_the_audience_still_speaks(nlp: Any) -> None:
    # look-alike: speakers are named before the audience; "one" is one of them
    text = 'Three aides spoke to reporters. "We will not back down," one said.\n'
    found = quotes_in(nlp, text)
    assert speakers_of(found, "not back down") == ["one of the three aides"]
    hit = next(q for q in found if "not back down" in q.text)
    assert hit.speaker is not None and "audience_last_resort" not in hit.speaker.rules


# ------------------------------------------------------------- fronted_phrase_name

_FRONTED = ("At a news conference with the governor, Lee, a Democrat, said the budget was "
            "balanced.\n")
_FRONTED_AGE = "In a statement to a trade magazine, Ruiz, 61, said he planned to retire.\n"


def test_name_after_fronted_phrase_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, _FRONTED)
    assert speakers_of(found, "the budget was balanced") == ["Lee"]
    hit = next(q for q in found if "the budget was balanced" in q.text)
    assert "fronted_phrase_name" in hit.rules
    assert speakers_of(quotes_in(nlp, _FRONTED_AGE), "he planned to retire") == ["Ruiz"]


def test_fronted_phrase_name_off(nlp: Any, ablated: Any) -> None:
    ablated("fronted_phrase_name")
    # (without it the cue had no subject and no quote was made)
    assert not [q for q in quotes_in(nlp, _FRONTED) if "budget" in q.text]
    assert not [q for q in quotes_in(nlp, _FRONTED_AGE) if "retire" in q.text]


def test_fronted_phrase_with_parsed_subject_keeps_it(nlp: Any) -> None:
    # look-alikes: the parser gave the cue its subject; the rule is not asked
    text = "In remarks to the union, Kent said the contract was fair.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "the contract was fair") == ["Kent"]
    assert not any("fronted_phrase_name" in q.rules for q in found)
    text = ("During a visit to the plant, Marta Kline, the company's founder, said jobs were "
            "safe.\n")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "jobs were safe") == ["Marta Kline"]
    assert not any("fronted_phrase_name" in q.rules for q in found)


# ------------------------------------------------------------- inverted_object_is_said

_SAID_WORDS = ("As the call ended, his phone rang again. He listened for a moment, said a few "
               "words in Dutch and put it down.\n")


def test_words_said_are_no_inverted_speaker(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _SAID_WORDS) if "listened" in q.text]
    text = "He paused, said a short prayer and walked out.\n"
    assert not [q for q in quotes_in(nlp, text) if "paused" in q.text]


def test_inverted_object_is_said_off(nlp: Any, ablated: Any) -> None:
    ablated("inverted_object_is_said")
    # (without it the words said were the speaker of the clause before)
    assert speakers_of(quotes_in(nlp, _SAID_WORDS), "He listened") == ["few words in Dutch"]


def test_inverted_speaker_who_can_speak_stays(nlp: Any) -> None:
    # look-alikes: a person or a document after the cue is the speaker, whatever follows
    text = '"We lost," said a tired fan, and walked away.\n'
    assert speakers_of(quotes_in(nlp, text), "We lost") == ["tired fan"]
    text = "The vote was close, said officials.\n"
    assert speakers_of(quotes_in(nlp, text), "The vote was close") == ["officials"]
    text = "The plan failed, said a report by the auditor.\n"
    assert speakers_of(quotes_in(nlp, text), "The plan failed") == ["auditor"]


# ------------------------------------------------------------- clause_past_participle_phrase

_LETTER_SENT = "The mayor said in a letter sent to the council that the budget was balanced.\n"
_NOTE_HANDED = "The ministry said in a note handed to the embassy that the envoy must leave.\n"


def test_clause_inside_participle_phrase_is_said(nlp: Any) -> None:
    found = quotes_in(nlp, _LETTER_SENT)
    assert speakers_of(found, "the budget was balanced") == ["mayor"]
    hit = next(q for q in found if "the budget was balanced" in q.text)
    assert "clause_past_participle_phrase" in hit.rules
    assert speakers_of(quotes_in(nlp, _NOTE_HANDED), "the envoy must leave") == ["ministry"]


def test_clause_past_participle_phrase_off(nlp: Any, ablated: Any) -> None:
    ablated("clause_past_participle_phrase")
    # (without it the cue found no clause and made no quote)
    assert not [q for q in quotes_in(nlp, _LETTER_SENT) if "budget" in q.text]
    assert not [q for q in quotes_in(nlp, _NOTE_HANDED) if "envoy" in q.text]


def test_relative_in_participle_phrase_is_not_said(nlp: Any) -> None:
    # look-alike: "that" is a relative pronoun with a gap ('a letter ... that she had signed')
    text = "The mayor said in a letter sent to the council that she had signed on Friday.\n"
    assert not [q for q in quotes_in(nlp, text) if "signed" in q.text]
    # and a clause the parser hung on the cue keeps its reading
    text = "Dunn said in an interview published on Monday that he had not decided.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "he had not decided") == ["Dunn"]
    assert not any("clause_past_participle_phrase" in q.rules for q in found)


# ------------------------------------------------------------- free_relative_subject

_WHAT_MATTERS = "What matters now, Ana Ruiz said, is the vote in June.\n"


def test_free_relative_subject_is_said(nlp: Any) -> None:
    found = quotes_in(nlp, _WHAT_MATTERS)
    assert speakers_of(found, "What matters now is the vote in June") == ["Ana Ruiz"]
    hit = next(q for q in found if "the vote in June" in q.text)
    assert "free_relative_subject" in hit.rules
    text = "Mark Dunn is the mayor. What worried him most, he said, was the cost of the war.\n"
    assert speakers_of(quotes_in(nlp, text), "What worried him most") == ["Mark Dunn"]


def test_free_relative_subject_off(nlp: Any, ablated: Any) -> None:
    ablated("free_relative_subject")
    # (without it the wh-word was read as a relative pronoun and the clause was dropped)
    assert not [q for q in quotes_in(nlp, _WHAT_MATTERS) if "the vote in June" in q.text]


def test_relative_pronoun_aside_keeps_its_reading(nlp: Any) -> None:
    # look-alikes: a relative clause set off on a noun still says only its predicate
    text = "The bill, which critics say is illegal, passed on Monday.\n"
    assert [q.text for q in quotes_in(nlp, text)] == ["is illegal"]
    text = "Officials seized the weapons, which the army says came from abroad.\n"
    found = quotes_in(nlp, text)
    assert [q.text for q in found] == ["came from abroad"]
    assert not any("free_relative_subject" in q.rules for q in found)


# ------------------------------------------------------------- that_mark_before_bare_noun

_THAT_DOUBT = ("Karen Holm said allies had doubts. She said that doubt was exactly what the "
               "rival wanted.\n")


def test_that_before_bare_noun_stays_in_what_was_said(nlp: Any) -> None:
    found = quotes_in(nlp, _THAT_DOUBT)
    hit = next(q for q in found if "exactly what the rival wanted" in q.text)
    assert hit.text.startswith("that doubt was")
    assert "that_mark_before_bare_noun" in hit.rules


def test_that_mark_before_bare_noun_off(nlp: Any, ablated: Any) -> None:
    ablated("that_mark_before_bare_noun")
    # (without it "that" was stripped as the complementizer)
    hit = next(q for q in quotes_in(nlp, _THAT_DOUBT) if "exactly what" in q.text)
    assert hit.text.startswith("doubt was")


def test_complementizer_before_determiner_or_pronoun_goes(nlp: Any) -> None:
    # look-alikes: "that" before a noun with its own determiner, or before "someone"
    found = quotes_in(nlp, "Ruiz said that the plan had failed.\n")
    assert [q.text for q in found] == ["the plan had failed"]
    found = quotes_in(nlp, "The nurse asked that someone open the door.\n")
    assert not any(q.text.startswith("that") for q in found)


# ------------------------------------------------------------- object_is_clause_subject

_HAWKS = 'Dunn added the Hawks allowed too many "easy" baskets late in the game.\n'


def test_object_read_for_the_clause_subject_is_said(nlp: Any) -> None:
    found = quotes_in(nlp, _HAWKS)
    hit = next(q for q in found if "baskets" in q.text)
    assert hit.text.startswith("the Hawks allowed")
    assert "object_is_clause_subject" in hit.rules
    text = 'Ruiz added the Lions missed too many "open" shots in the second half.\n'
    hit = next(q for q in quotes_in(nlp, text) if "shots" in q.text)
    assert hit.text.startswith("the Lions missed")


def test_object_is_clause_subject_off(nlp: Any, ablated: Any) -> None:
    ablated("object_is_clause_subject")
    # (without it the quote began at the verb, its subject left out)
    hit = next(q for q in quotes_in(nlp, _HAWKS) if "baskets" in q.text)
    assert hit.text.startswith("allowed too many")


def test_addressee_object_is_not_said(nlp: Any) -> None:
    # look-alike: the one told is no part of what was told
    found = quotes_in(nlp, "Dunn told reporters the vote was close.\n")
    assert [q.text for q in found] == ["the vote was close"]
    assert not any("object_is_clause_subject" in q.rules for q in found)


# ------------------------------------------------------------- no_one_says_nothing

_NO_ONE = ("Residents gathered outside the hall on Monday. No one said the fire had been set on "
           "purpose.\n")


def test_no_one_reports_nothing(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _NO_ONE) if "set on purpose" in q.text]
    text = "No official would say whether the plant would close.\n"
    assert not [q for q in quotes_in(nlp, text) if "plant would close" in q.text]


def test_no_one_says_nothing_off(nlp: Any, ablated: Any) -> None:
    ablated("no_one_says_nothing")
    # (without it "one" was one of the residents)
    assert speakers_of(quotes_in(nlp, _NO_ONE), "set on purpose") == ["one of the residents"]


def test_one_of_a_group_still_speaks(nlp: Any) -> None:
    # look-alikes: "one" and "one official" with no "no" before them
    text = 'Residents gathered outside the hall. "It was set on purpose," one said.\n'
    assert speakers_of(quotes_in(nlp, text), "set on purpose") == ["one of the residents"]
    text = "Officials met on Monday. One official said the plant would close.\n"
    assert speakers_of(quotes_in(nlp, text), "plant would close") == ["One official"]


# ------------------------------------------------------------- display_text_no_speaker

_SIGN = 'A sign outside the diner on Main Street read "Build it already."\n'


def test_words_on_a_sign_are_no_quote(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _SIGN) if "Build it already" in q.text]
    text = 'Protesters carried placards that said "No more war."\n'
    assert not [q for q in quotes_in(nlp, text) if "No more war" in q.text]


def test_display_text_no_speaker_off(nlp: Any, ablated: Any) -> None:
    ablated("display_text_no_speaker")
    # (without it the sign was the speaker)
    assert speakers_of(quotes_in(nlp, _SIGN), "Build it already") == [
        "sign outside the diner on Main Street"]


def test_document_that_reads_still_speaks(nlp: Any) -> None:
    # look-alike: a statement "reads" what its issuer says
    text = 'The statement read: "We will not comment on the case."\n'
    assert speakers_of(quotes_in(nlp, text), "We will not comment") == ["statement"]
