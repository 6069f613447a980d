"""Quote rules of session 27b (quotes27b, issue 13: speakers the article names elsewhere),
each on made-up text, with look-alikes that keep their answer and switched off once: an
acronym of a kind of body after "the", set off earlier beside one named body as what that
body is, is that body again (acronym_apposed_to_name)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- acronym_apposed_to_name

_SUPER_PAC = ("The Green Valley Fund, a super PAC aligned with the party's leaders, has reserved "
              "$4 million in airtime. The super PAC has said it views Ruiz as weak in a general "
              "election.\n")
_NGO = ("The Harbor Watch Alliance, an NGO based in Lisbon, filed the complaint in May. The NGO "
        "said the port had ignored its warnings.\n")


def test_acronym_set_beside_a_name_is_that_body(nlp: Any) -> None:
    found = quotes_in(nlp, _SUPER_PAC)
    assert speakers_of(found, "it views Ruiz as weak") == ["Green Valley Fund"]
    hit = next(q for q in found if "it views Ruiz as weak" in q.text)
    assert hit.speaker is not None and "acronym_apposed_to_name" in hit.speaker.rules
    assert speakers_of(quotes_in(nlp, _NGO), "the port had ignored") == ["Harbor Watch Alliance"]


def test_acronym_apposed_to_name_off(nlp: Any, ablated: Any) -> None:
    ablated("acronym_apposed_to_name")
    # (without it the acronym itself was taken for the body's name)
    assert speakers_of(quotes_in(nlp, _SUPER_PAC), "it views Ruiz as weak") == ["PAC"]


def test_acronym_of_two_bodies_stays(nlp: Any) -> None:
    # look-alike: two bodies were called so; which one speaks is not guessed
    text = ("The Blue Ridge Fund, a super PAC backing Lee, and the Granite Future Fund, a super "
            "PAC backing Ruiz, spent heavily. The super PAC said it would spend more.\n")
    assert speakers_of(quotes_in(nlp, text), "it would spend more") == ["PAC"]


def test_acronym_never_set_beside_a_name_stays(nlp: Any) -> None:
    # look-alikes: an acronym that names a body of its own, and one never set off beside a name
    text = "The NRA spent $2 million on the race. The NRA said it would keep spending.\n"
    assert speakers_of(quotes_in(nlp, text), "it would keep spending") == ["NRA"]
    text = "The Blue Ridge Fund spent heavily in the race. The PAC said it would spend more.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "it would spend more") == ["PAC"]
    assert not any(q.speaker is not None and "acronym_apposed_to_name" in q.speaker.rules
                   for q in found)


# ------------------------------------------------------------- described_nested_report

_GOVERNOR = ('Two officials described the meeting. One said the governor had told his aides that '
             'the state had "won" the dispute and that the troops could come home.\n')
_COACH = 'Ruiz said the coach had told players that the season was "over" for the team.\n'


def test_described_person_reporting_inside_a_report_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, _GOVERNOR)
    assert "governor" in speakers_of(found, 'the state had "won" the dispute')
    hit = next(q for q in found if q.speaker is not None and q.speaker.name == "governor")
    assert "described_nested_report" in hit.rules
    assert "coach" in speakers_of(quotes_in(nlp, _COACH), 'the season was "over"')


def test_described_nested_report_off(nlp: Any, ablated: Any) -> None:
    ablated("described_nested_report")
    # (without it only the outer speaker's quotation held the inner report)
    assert speakers_of(quotes_in(nlp, _GOVERNOR), 'the state had "won" the dispute') == \
        ["one of the two officials"]


def test_nested_report_by_a_body_document_or_pronoun_stays_inside(nlp: Any) -> None:
    # look-alikes: a body, a document, a group or a pronoun reporting inside the report
    for text, words in (
            ('Ruiz said the committee had told members that the plan was "dead" for now.\n',
             'the plan was "dead"'),
            ('Ruiz said the report had found that the plan was "dead" for now.\n',
             'the plan was "dead"'),
            ('Ruiz said the players had told her that the season was "over" for them.\n',
             'the season was "over"'),
            ('Ruiz said he had told the coach that the season was "over" for the team.\n',
             'the season was "over"')):
        found = quotes_in(nlp, text)
        assert len(speakers_of(found, words)) == 1, text
        assert not any("described_nested_report" in q.rules for q in found)


# ------------------------------------------------------------- pronoun_named_in_quotation

_HALE = '"I think Tom Hale lost the vote. He said the deal was dead," Ruiz said.\n'


def test_pronoun_after_the_one_person_quoted_reports(nlp: Any) -> None:
    found = quotes_in(nlp, _HALE)
    assert "Tom Hale" in speakers_of(found, "the deal was dead")
    hit = next(q for q in found if q.speaker is not None and q.speaker.name == "Tom Hale")
    assert hit.kind == "indirect" and hit.text == "the deal was dead"
    assert "pronoun_named_in_quotation" in hit.rules
    text = ('"I believe Tom Hale did not win.\nIn his own words, he said it is not in his nature '
            'to give up," said Ana Ruiz, a neighbor.\n')
    assert "Tom Hale" in speakers_of(quotes_in(nlp, text), "not in his nature to give up")


def test_pronoun_named_in_quotation_off(nlp: Any, ablated: Any) -> None:
    ablated("pronoun_named_in_quotation")
    # (without it the report inside stayed only in Ruiz's quotation)
    assert speakers_of(quotes_in(nlp, _HALE), "the deal was dead") == ["Ruiz"]


def test_pronoun_with_no_one_or_two_or_the_other_named_stays(nlp: Any) -> None:
    # look-alikes: another gender than the one named, two people named, no one named
    for text in ('"I think Tom Hale lost the vote. She said the deal was dead," Ruiz said.\n',
                 '"Tom Hale and Jim Cole lost the vote. He said the deal was dead," Ruiz said.\n',
                 '"We lost the vote. He said the deal was dead," Ruiz said.\n'):
        assert speakers_of(quotes_in(nlp, text), "the deal was dead") == ["Ruiz"], text
