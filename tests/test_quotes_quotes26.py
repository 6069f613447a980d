"""Quote rules of session 26 (quotes26, issue 13: quotes missed at their cue and merged with a
neighbour), each on made-up text, with a look-alike that keeps its answer and switched off
once: a cue with no subject joined to the verb of a reported clause whose subject is a thing
that cannot speak goes on with the one who said the clause, and the clause ends before it
(mute_subject_goes_on)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- mute_subject_goes_on

_MUTE_SUBJECT = ("Market analysts said the fare was low but questioned whether the airline "
                 "could keep flying.\n")


def test_cue_joined_to_mute_subject_goes_on_with_the_speaker(nlp: Any) -> None:
    found = quotes_in(nlp, _MUTE_SUBJECT)
    assert speakers_of(found, "the airline could keep flying") == ["Market analysts"]
    hit = next(q for q in found if "the airline could keep flying" in q.text)
    assert hit.speaker is not None and "mute_subject_goes_on" in hit.rules
    # the first clause ends before the joined cue: two quotes, not one holding both
    said = next(q for q in found if "fare was low" in q.text)
    assert "questioned" not in said.text


def test_mute_subject_goes_on_off(nlp: Any, ablated: Any) -> None:
    ablated("mute_subject_goes_on")
    found = quotes_in(nlp, _MUTE_SUBJECT)
    # (without it the fare questioned, and the first quote ran on over the second cue)
    assert speakers_of(found, "the airline could keep flying") != ["Market analysts"]
    assert any("fare was low but questioned" in q.text for q in found)


def test_mute_subject_in_any_plain_past(nlp: Any) -> None:
    text = "Mark Dunn said the plan failed and argued that the city should try again.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "the city should try again") == ["Mark Dunn"]
    assert speakers_of(found, "the plan failed") == ["Mark Dunn"]


def test_speaking_subject_keeps_the_joined_cue(nlp: Any) -> None:
    # look-alike: the clause's subject can speak; the joined cue stays with it
    text = ("Market analysts said the minister was tired but insisted that he would stay "
            "in office.\n")
    found = quotes_in(nlp, text)
    inner = [q for q in found if q.text.startswith("he would stay")]
    assert [q.speaker.name if q.speaker else None for q in inner] == ["minister"]
    assert not any("mute_subject_goes_on" in q.rules for q in found)
