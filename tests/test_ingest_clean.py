"""The cleaning rules on small made-up pages: what goes, what stays, what becomes metadata."""

from __future__ import annotations

import pytest

from newsweave.ingest.clean import Cleaned, clean_text, find_date, parse_byline, parse_date_line
from newsweave.ingest.meta import canonical_outlet, infer_outlet, iso_date, outlet_for_host

P1 = ("The city council voted on Monday to rebuild the old stone bridge, ending a debate that "
      "had dragged on for almost a decade.")
P2 = ("Engineers said the work would take two years and cost less than first feared, because "
      "the foundations were found to be sound.")
P3 = "“We finally have a plan that everyone can live with,” the mayor told reporters."

PAGE = f"""Skip to main content
  1. Skip to navigation
Home / News / Local / Council backs bridge rebuild
Breaking News
Council backs bridge rebuild

Council backs bridge rebuild
By Jane Doe and John Roe
Updated: Tuesday, May 4, 2021 10:15 AM EST
Share on Facebook
The old bridge seen from the river bank (file photo).
The old bridge seen from the river bank (file photo).
{P1}
Stone bridge over the river
Photo: Example Agency/J. Smith
{P2}
Which way now?
{P3}
Print Friendly, PDF & Email
Related stories
Bridge tolls to rise next year
Three towns plan new bus routes
Post a Comment
"""


@pytest.fixture(scope="module")
def page() -> Cleaned:
    return clean_text(PAGE)


def test_body_paragraphs_stay_in_order(page: Cleaned) -> None:
    assert page.text == f"{P1}\n\n{P2}\n\nWhich way now?\n\n{P3}"


def test_header_becomes_metadata(page: Cleaned) -> None:
    assert page.title == "Council backs bridge rebuild"
    assert page.byline == "Jane Doe, John Roe"
    assert page.published == "2021-05-04"


def test_removed_lines_are_counted(page: Cleaned) -> None:
    removed = page.removed
    assert page.removed_lines == len(removed)
    for line in ("Skip to main content", "Breaking News", "Share on Facebook",
                 "Stone bridge over the river", "Photo: Example Agency/J. Smith",
                 "Related stories", "Three towns plan new bus routes", "Post a Comment"):
        assert line in removed


def test_cleaning_is_deterministic() -> None:
    assert clean_text(PAGE) == clean_text(PAGE)
    assert clean_text(PAGE.replace("\n", "\r\n")).text == clean_text(PAGE).text


def test_hard_wrapped_text_is_unwrapped() -> None:
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in (P1, P2, P1 + " " + P2))
    assert clean_text(wrapped).text == f"{P1}\n\n{P2}\n\n{P1} {P2}"


def test_tail_marker_with_prose_after_it_cuts_nothing() -> None:
    text = f"{P1}\n\nRelated\n\n{P2}\n\n{P3}"
    assert clean_text(text).text == f"{P1}\n\n{P2}\n\n{P3}"


def test_pattern_repeated_many_times_is_content() -> None:
    steps = "\n".join(f"{P1}\nRepeat the same step with the next part\n" for _ in range(3))
    assert clean_text(steps, mode="html").text.count("Repeat the same step") == 3


def test_html_mode_keeps_unmarked_header_lines() -> None:
    text = f"A short deck line without a full stop\n{P1}\n{P2}"
    cleaned = clean_text(text, mode="html", known_title="Bridge")
    assert cleaned.text.startswith("A short deck line")
    plain = clean_text(text)
    assert plain.title == "A short deck line without a full stop" and plain.text.startswith(P1)


@pytest.mark.parametrize("line,iso", [
    ("Wednesday, June 8, 2016", "2016-06-08"),
    ("March 2, 2016", "2016-03-02"),
    ("Published: 2 March 2016 14:05 GMT", "2016-03-02"),
    ("Posted on 08.06.2016", "2016-06-08"),
    ("2016-06-08", "2016-06-08"),
    ("06/08/2016 | 10:32 a.m.", "2016-06-08"),
    ("The talks resumed on June 8, 2016 in Doha.", None),
    ("June 31, 2016", None),
])
def test_date_lines(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


def test_find_date_in_a_sentence() -> None:
    found = find_date("Talks began on 3 April 2019 and ended later.")
    assert found is not None and found[2] == "2019-04-03"


@pytest.mark.parametrize("line,expected", [
    ("By Jane Doe", ("Jane Doe", True)),
    ("Written by: Ana Lima | Staff", ("Ana Lima", True)),
    ("Kim Lee / dpa, AFP", ("Kim Lee", True)),
    ("Ana LimaBen Okafor", ("Ana Lima, Ben Okafor", True)),
    ("Ana Lima and Ben Okafor", ("Ana Lima, Ben Okafor", True)),
    ("Ana Lima", ("Ana Lima", False)),
    ("Middle East News", None),
    ("From foe to ally", None),
    ("Bridge Plans In The North", None),
])
def test_bylines(line: str, expected: tuple[str, bool] | None) -> None:
    assert parse_byline(line) == expected


def test_outlet_self_references_win_and_cited_outlets_do_not() -> None:
    own = f"{P1} Reuters could not independently verify the footage. {P3} he told Reuters."
    assert infer_outlet(own) == "Reuters"
    assert infer_outlet("KABUL (Reuters) - " + P1) == "Reuters"
    assert infer_outlet(P1 + "\n© 2021 Deutsche Welle") == "DW"
    # one unsupported "told X" is not enough, and an introduced agency is a source, not the author
    assert infer_outlet(f"{P1} The minister told Interfax on Friday.") is None
    cited = (f"The minister told Interfax. Interfax could not confirm it. {P2} "
             "the Russian news agency Interfax said.")
    assert infer_outlet(cited) is None
    assert infer_outlet(P1 + " The Guardian reported the vote.") is None


def test_outlet_names_and_hosts() -> None:
    assert canonical_outlet("Voice of America") == "VOA"
    assert canonical_outlet("deutsche welle") == "DW"
    assert canonical_outlet("Harbour Post") == "Harbour Post"
    assert outlet_for_host("www.reuters.com") == "Reuters"
    assert outlet_for_host("blog.example.com") is None


@pytest.mark.parametrize("value,iso", [
    ("2021-04-06T09:30:00Z", "2021-04-06"),
    ("April 7, 2021", "2021-04-07"),
    (1617701400, "2021-04-06"),
    ("", None),
    ("not a date", None),
])
def test_metadata_dates(value: object, iso: str | None) -> None:
    assert iso_date(value) == iso


def test_a_short_first_sentence_is_body_not_header() -> None:
    cleaned = clean_text(f"Bridge vote\n\nIt rained all day.\n\n{P1}")
    assert cleaned.title == "Bridge vote"
    assert cleaned.text == f"It rained all day.\n\n{P1}"


def test_a_wire_dateline_gives_the_date_and_stays_in_the_text() -> None:
    cleaned = clean_text(f"GENEVA, March 3, 2016 (Example Wire) - {P1}\n\n{P2}")
    assert cleaned.published == "2016-03-03"
    assert cleaned.text.startswith("GENEVA, March 3, 2016 (Example Wire) - ")
    assert clean_text(f"In Geneva, March 3, 2016 was a {P1}").published is None
