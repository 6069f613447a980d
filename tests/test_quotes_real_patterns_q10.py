"""Quote patterns of issue 13's fourth round on real news (quotes10): attributions that are not
real ones (made-up sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of


@pytest.mark.parametrize(("text", "words"), [
    ("The activist, who denies the accusation, left the country in May.", "accusation"),
    ("The senator denied the allegations, saying they were false.", "allegations"),
    ("The guards deny reports of abuse and say they follow the rules.", "reports of abuse"),
    ("The pact would allow both leaders to claim credit for the deal at home.", "credit"),
])
def test_a_noun_object_set_aside_is_no_statement(nlp: Any, ablated: Any, text: str,
                                                 words: str) -> None:
    def said() -> list[str]:
        return [q.text for q in quotes_in(nlp, text) if words in q.text]
    assert said() == []
    ablated("noun_object_set_aside")
    assert said() != []


def test_a_denied_noun_on_its_own_is_still_reported(nlp: Any) -> None:
    assert [q.text for q in quotes_in(nlp, "The army denied any involvement in the raid.")] == [
        "any involvement in the raid"]


def test_a_refusal_to_comment_is_no_statement(nlp: Any, ablated: Any) -> None:
    text = "The spokeswoman said she could not comment on the pending audit."
    assert quotes_in(nlp, text) == []
    ablated("refusal_to_comment")
    assert [q.text for q in quotes_in(nlp, text)] != []


@pytest.mark.parametrize("text", [
    "The mayor said she would not speculate about the vote but was \"quietly hopeful\" about it.",
    "The clerk said the office could not comment because the audit was still pending.",
])
def test_a_refusal_that_goes_on_is_still_reported(nlp: Any, text: str) -> None:
    assert len(quotes_in(nlp, text)) == 1


_SUBHEAD = ("The nurses sent the board a long list of demands on Monday.\n\n"
            "{line}\n\n"
            "\"We stand with our patients, and we will not close the ward before the winter,\" "
            "said Ana Ruiz, a nurse.")


def test_a_quoted_subhead_line_is_no_quote(nlp: Any, ablated: Any) -> None:
    line = "\"We stand with our patients\""
    words = line.strip("\"")

    def said() -> list[str]:
        return [q.text for q in quotes_in(nlp, _SUBHEAD.format(line=line))
                if q.text.strip("… ") == words]
    assert said() == []
    ablated("quoted_subhead_line")
    assert said() != []


def test_a_quoted_sentence_on_its_own_line_keeps_its_speaker(nlp: Any) -> None:
    text = _SUBHEAD.format(line="\"We stand with our patients.\"")
    assert speakers_of(quotes_in(nlp, text), "We stand with our patients") == [
        "Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(("text", "words"), [
    ("Experts told the paper that a patient can go home only if a doctor concludes the patient "
     "is no longer at risk.", "the patient is no longer"),
    ("If the mayor says the plan is dead, the council will vote again.", "the plan is dead"),
])
def test_a_report_a_condition_supposes_is_no_quote(nlp: Any, ablated: Any, text: str,
                                                   words: str) -> None:
    def speakers() -> list[str | None]:
        return [q.speaker.name if q.speaker else None for q in quotes_in(nlp, text)
                if q.text.startswith(words)]
    assert speakers() == []
    ablated("cue_in_condition")
    assert speakers() != []


def test_a_condition_inside_a_report_stays_in_it(nlp: Any) -> None:
    text = "The mayor said that if the council agrees the plan is dead, she will resign."
    assert speakers_of(quotes_in(nlp, text), "she will resign") == ["mayor"]


def test_a_clause_subject_with_an_aside_stays_in_what_was_said(nlp: Any, ablated: Any) -> None:
    text = ("Ann Lee said the regime in Lagos, the capital of the state, is attempting to provoke "
            "its neighbor into a war.")

    def said() -> list[str]:
        return [q.text for q in quotes_in(nlp, text)]
    assert said() == ["the regime in Lagos, the capital of the state, is attempting to provoke "
                      "its neighbor into a war"]
    ablated("object_subject_of_broken_clause")
    assert said() == ["is attempting to provoke its neighbor into a war"]


def test_claiming_victory_is_no_statement(nlp: Any) -> None:
    # (an act of claiming, not something said: unlike 'claimed responsibility for the attack')
    assert quotes_in(nlp, "The senator claimed victory in the primary on Tuesday night.") == []


def test_a_condition_on_the_cue_is_not_what_was_said(nlp: Any, ablated: Any) -> None:
    text = "And if you have not yet spotted the typo, plenty of readers online pointed it out."
    assert quotes_in(nlp, text) == []
    ablated("condition_is_no_content")
    assert [q.text for q in quotes_in(nlp, text)] != []
