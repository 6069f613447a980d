"""Pairing quotation marks in plain text (no parser): what counts as one quotation."""

from __future__ import annotations

import pytest

from newsweave.extract.quote_marks import find_quote_marks


def texts(source: str) -> list[str]:
    return [q.text(source) for q in find_quote_marks(source)]


def test_curly_straight_and_angle_quotes() -> None:
    source = ("“We will respond,” the minister said. He added: \"Nobody wants a war.\" "
              "The agency quoted him as saying «the talks are over».")
    assert texts(source) == ["We will respond", "Nobody wants a war.", "the talks are over"]


def test_mixed_straight_opener_and_curly_closer() -> None:
    source = 'Ukraine, she said, "played a key part in the deal.”'
    assert texts(source) == ["played a key part in the deal."]


def test_trailing_comma_is_not_part_of_the_quote_but_the_span_points_into_the_text() -> None:
    source = "“The border is closed,” he said."
    (q,) = find_quote_marks(source)
    assert q.text(source) == "The border is closed"
    assert source[q.inner_start:q.inner_end] == "The border is closed"
    assert (q.start, q.end) == (0, source.index("”") + 1)


def test_missing_opener_starts_the_quote_at_its_sentence() -> None:
    source = ("“The ports are open,” the official told reporters on Monday. Trade will resume "
              "within a week,” he said.")
    found = find_quote_marks(source)
    assert [q.text(source) for q in found] == ["The ports are open",
                                               "Trade will resume within a week"]
    assert found[1].missing_open and not found[0].missing_open


def test_missing_closer_ends_at_the_paragraph() -> None:
    source = "The mayor said: “We have no water left in the city.\n\nOfficials disagreed."
    (q,) = find_quote_marks(source)
    assert q.missing_close
    assert q.text(source) == "We have no water left in the city."


def test_multi_paragraph_quote_reopens_without_closing() -> None:
    source = ("“The first thing we saw was smoke.\n"
              "“Then the sirens started, and everyone ran,” the witness said.\n"
              "Police arrived later.")
    (q,) = find_quote_marks(source)
    assert len(q.segments) == 2
    assert q.text(source) == ("The first thing we saw was smoke.\n"
                              "Then the sirens started, and everyone ran")


def test_apostrophes_are_not_single_quotes() -> None:
    source = "The country’s leaders don’t agree, and the ’90s are over."
    assert texts(source) == []


def test_british_single_quotes() -> None:
    source = "The minister said the plan was ‘a disaster for farmers’ and would be dropped."
    assert texts(source) == ["a disaster for farmers"]


def test_single_marks_inside_double_quotes_stay_inside() -> None:
    source = "“They called it ‘a mistake’, and it was,” she said."
    assert texts(source) == ["They called it ‘a mistake’, and it was"]


def test_word_count() -> None:
    source = "“Don’t go there,” he said."
    (q,) = find_quote_marks(source)
    assert q.word_count(source) == 3


@pytest.mark.parametrize(("text", "quoted"), [
    ("'We will not back down,' says mayor as strike enters third week",
     ["We will not back down"]),
    ("The teachers' union said the '90s were 'a golden age for music' here.",
     ["a golden age for music"]),
    ("He said no twice. Rock 'n' roll isn't dead, said Jones' lawyer.", []),
    ("It's the players' choice, and the coaches' too.", []),
])
def test_straight_single_quotes_pair_only_around_words(text: str, quoted: list[str]) -> None:
    assert [text[q.inner_start:q.inner_end] for q in find_quote_marks(text)] == quoted


def test_quotation_broken_over_lines_is_one_quotation() -> None:
    # one sentence per line, as sentence-split corpora print them: the quotation is not
    # reopened on the next line, its closer comes later
    source = ("The dam must be repaired before spring.\n"
              '"Nobody in the valley will be safe.\n'
              "The water is already too high.\n"
              'We need the money now," the mayor told reporters.\n'
              "The council meets on Monday.")
    (q,) = find_quote_marks(source)
    assert q.text(source) == ("Nobody in the valley will be safe.\n"
                              "The water is already too high.\n"
                              "We need the money now")
    assert not q.missing_open and not q.missing_close


def test_open_quotation_followed_by_a_new_one_is_not_joined_to_it() -> None:
    source = ('The mayor said: "We have no water left in the city.\n'
              'She added, "Help is on the way," and left.')
    found = find_quote_marks(source)
    assert [q.text(source) for q in found] == ["We have no water left in the city.",
                                               "Help is on the way"]
    assert found[0].missing_close


def test_open_quotation_is_not_joined_to_a_closer_far_below() -> None:
    lines = ['"We have no water left in the city.'] + ["Officials disagreed."] * 4 + \
        ['Trade will resume within a week," he said.']
    source = "\n".join(lines)
    found = find_quote_marks(source)
    assert [q.text(source) for q in found] == ["We have no water left in the city.",
                                               "Trade will resume within a week"]
