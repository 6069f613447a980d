"""Reported speech without quotation marks that the parser breaks, on sentences written here
(not from any corpus): each case is a rule of newsweave.extract.quote_indirect, and each
sentence is one whose parse hid the reported clause or its speaker before that rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import Quote
from quote_helpers import quotes_in

pytestmark = pytest.mark.slow


def found(quotes: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in quotes]


def quote_with(quotes: list[Quote], words: str) -> Quote:
    hits = [q for q in quotes if words in q.text]
    assert hits, found(quotes)
    return hits[0]


@pytest.mark.parametrize(("text", "words", "speaker", "kind"), [
    # whether_clause_is_subject: the 'whether' clause is the subject of what was said
    ("Nolan, who advises several senators, said whether Congress will agree to lift the "
     "current sanctions depends largely on whether the talks make progress.",
     "whether Congress will agree to lift the current sanctions depends largely", "Nolan",
     "indirect"),
    ("Pruitt, who consults with city officials, said whether the council will vote to raise "
     "existing fees depends heavily on whether the mayor backs it.",
     "whether the council will vote to raise existing fees depends", "Pruitt", "indirect"),
    # clause_hidden_in_object: the clause's subject read as the object of "said"
    ("Secretary of Labor Anne Ford and Secretary of Energy Paul Reyes, who run the two "
     "departments, said their decision to once more require review before drilling is "
     "grounded in sound data.", "their decision to once more require review before drilling "
     "is grounded in sound data", "Anne Ford", "indirect"),
    ('Coach Dan Rivers, who runs a summer camp and mentors players, said several of the '
     'recent fights involved "boys hitting boys" and urged parents to talk.',
     "several of the recent fights involved", "Dan Rivers", "mixed"),
    # participle_speaker + described_group: 'those polled saying ...'
    ("A later poll put approval at 40 percent with 52 percent of those polled saying the "
     "strike was justified rather than reckless.", "the strike was justified", "those polled",
     "indirect"),
])
def test_reported_clause_the_parse_hid(nlp: Any, text: str, words: str, speaker: str,
                                       kind: str) -> None:
    q = quote_with(quotes_in(nlp, text), words)
    assert q.kind == kind
    assert q.speaker is not None and speaker in q.speaker.name, found([q])


@pytest.mark.parametrize(("text", "words", "writers"), [
    # trim_before_parenthetical: the writer's clause before "after which" is no one's report
    ("There was a sit-in on Friday, a rally on Saturday and a third protest on Sunday "
     "evening, after which, officers said, a man struck a guard in the face with a stone, "
     "a shop window was smashed, and nine people were held.",
     "a man struck a guard in the face", "a third protest"),
    # ... nor the clause before a semicolon
    ("The crowd grew through the evening; later, officials said, a man set fire to a car and "
     "a shop was looted.", "a man set fire to a car", "The crowd grew"),
])
def test_parenthetical_cue_reports_the_clause_it_interrupts(nlp: Any, text: str, words: str,
                                                           writers: str) -> None:
    q = quote_with(quotes_in(nlp, text), words)
    assert q.kind == "indirect"
    assert writers not in q.text


def test_a_participle_describing_a_witness_reports_nothing(nlp: Any) -> None:
    """'the third witness testifying Thursday who listened in': the relative clause the parser
    hung on the participle is no report, so the pronoun after it still means Rosa Lindqvist."""
    quotes = quotes_in(nlp, "Rosa Lindqvist was the third witness testifying on Thursday who "
                            "listened in on the mayor's call with the contractors. She said "
                            "she wasn't troubled by the tone of the talks.")
    assert not [q for q in quotes if "listened in" in q.text], found(quotes)
    q = quote_with(quotes, "troubled by the tone")
    assert q.speaker is not None and q.speaker.name == "Rosa Lindqvist", found([q])


@pytest.mark.parametrize("text", [
    "Ella Stone said nothing at the hearing.",  # a pronoun object is what was said
    "The mayor said a prayer for the families who lost their homes.",  # a relative clause
    "The crowd, those who stayed, waited.",  # no cue at all
])
def test_no_reported_clause_is_made_up(nlp: Any, text: str) -> None:
    assert not [q for q in quotes_in(nlp, text) if q.kind != "direct"], found(quotes_in(nlp,
                                                                                       text))


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Mayor Karen Holt has voiced support for opening the old rail line to freight traffic.",
     "support for opening the old rail line", "Karen Holt"),
    ("The dockworkers' union expressed opposition to building a second terminal on the bay.",
     "opposition to building a second terminal", "union"),
])
def test_voiced_support_for_a_gerund_is_reported(nlp: Any, text: str, words: str,
                                                 speaker: str) -> None:
    """gerund_statement (lexicon: gerund_nouns, gerund_voicing_verbs): the stance noun stays
    in the quote, so an opposition is not read as an assertion of what is opposed."""
    q = quote_with(quotes_in(nlp, text), words)
    assert q.kind == "indirect"
    assert q.speaker is not None and speaker in q.speaker.name, found([q])


@pytest.mark.parametrize("text", [
    "The charity offered support for the families of the miners.",  # help, not a statement
    "Support for rebuilding the pier grew over the summer.",  # no one voiced it
])
def test_support_that_no_one_voices_is_no_quote(nlp: Any, text: str) -> None:
    assert quotes_in(nlp, text) == []


@pytest.mark.parametrize(("text", "first", "second", "speaker"), [
    ("Mayor Ruth Adler said the city would hire 200 officers, adding that the money would come "
     "from the state.", "the city would hire 200 officers", "the money would come from the state",
     "Ruth Adler"),
    ("The airline said flights would resume on Monday, saying the storm had passed.",
     "flights would resume on Monday", "the storm had passed", "airline"),
])
def test_adding_that_is_a_second_statement_of_the_same_speaker(
        nlp: Any, text: str, first: str, second: str, speaker: str) -> None:
    """report_above_participle / participle_reports_inside: 'adding' hangs on the reported
    verb in the parse; it is still the first speaker's, and its clause is its own quote."""
    quotes = quotes_in(nlp, text)
    a, b = quote_with(quotes, first), quote_with(quotes, second)
    assert second not in a.text, found([a])
    for q in (a, b):
        assert q.speaker is not None and speaker in q.speaker.name, found([q])


def test_a_participle_without_a_clause_stays_in_the_report(nlp: Any) -> None:
    """'..., refusing to get out of her van' reports nothing of its own: it stays in the
    clause."""
    quotes = quotes_in(nlp, "Lena Ortiz, 41, was stopped near the bridge, where deputies say "
                            "she was combative, refusing to get out of her van.")
    q = quote_with(quotes, "she was combative")
    assert "refusing to get out of her van" in q.text


@pytest.mark.parametrize("text", [
    "Mayor Ruth Adler said Tuesday in an interview with a local radio station that the budget "
    "was balanced.",
    "Ana Silva said in an interview with a radio station that the budget was balanced.",
])
def test_that_clause_after_an_interview_phrase(nlp: Any, text: str) -> None:
    """clause_on_nested_object: the that-clause the parser hung on 'station'."""
    q = quote_with(quotes_in(nlp, text), "the budget was balanced")
    assert q.kind == "indirect"
    assert q.speaker is not None and q.speaker.name in ("Ruth Adler", "Ana Silva")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('Mayor Ruth Adler dismissed the report as "pure fiction" and said the books were sound.',
     "pure fiction", "Ruth Adler"),
    ('The ministry rejected the claims as "baseless lies."', "baseless lies", "ministry"),
    ('The senator denounced the deal as "a betrayal of workers."', "a betrayal of workers",
     "senator"),
    ('Governor Ana Silva praised the volunteers as "the best of this state."',
     "the best of this state", "Ana Silva"),
])
def test_a_quoted_judgement_is_a_mixed_quote(nlp: Any, text: str, words: str,
                                             speaker: str) -> None:
    """quoted_as_phrase, and judging verbs as fragment verbs (lexicon: verbs, fragment_only):
    the quoted words of a dismissal, a denunciation or praise are the speaker's."""
    q = quote_with(quotes_in(nlp, text), words)
    assert q.kind == "mixed"
    assert q.speaker is not None and speaker in q.speaker.name, found([q])


@pytest.mark.parametrize("text", [
    "Mayor Ruth Adler dismissed the report as politically motivated.",
    "The senator condemned the attack on the embassy.",
    "Governor Ana Silva praised the volunteers for their work during the floods.",
])
def test_an_unquoted_judgement_is_no_quote(nlp: Any, text: str) -> None:
    """Criticism and praise without quoted words report no statement (the writer's summary)."""
    assert quotes_in(nlp, text) == [], found(quotes_in(nlp, text))


def test_quoted_words_in_a_clause_joined_by_the_same_speaker(nlp: Any) -> None:
    """coordinated_quoted_clause: 'but she did worry there would be "serious fallout"' is
    Dana Meyer's, though "worry" reports nothing by itself."""
    quotes = quotes_in(nlp, "Dana Meyer was the second witness on Monday. She said she wasn't "
                            "concerned about the tone of the call, but she did worry there "
                            'would be "serious fallout" if the transcript leaked.')
    q = quote_with(quotes, "serious fallout")
    assert q.kind == "mixed"
    assert q.speaker is not None and q.speaker.name == "Dana Meyer", found([q])


def test_a_joined_clause_of_another_subject_is_not_the_speakers(nlp: Any) -> None:
    quotes = quotes_in(nlp, "Dana Meyer said the plan was sound, but her deputy feared it "
                            'would bring "real trouble" to the city.')
    assert not [q for q in quotes if "real trouble" in q.text and q.speaker is not None and
                q.speaker.name == "Dana Meyer"], found(quotes)


@pytest.mark.parametrize(("text", "said"), [
    ("The bridge, according to city engineers, could collapse within a year.",
     "The bridge could collapse within a year"),
    ("Prices, according to the survey, rose 4 percent, the fastest pace in a decade.",
     "Prices rose 4 percent"),
])
def test_according_to_inside_the_clause_leaves_with_its_commas(nlp: Any, text: str,
                                                                said: str) -> None:
    """with_its_commas: the reported clause reads as one clause, not 'The bridge,, could'."""
    q = quote_with(quotes_in(nlp, text), said)
    assert ",," not in q.text and q.kind == "indirect"
