"""Quote rules of session 22 (quotes19, issue 13, from benchmarks/quote_miss_steps.py on the
development sets and the campaign-dev set), each on made-up sentences: a second predicate in the
reported past goes on with the reported clause, "continued to" is no cue, an author hung on a
closing verb read as a noun is the noun before it, and ratings and coordinated titles in
quotation marks are no one's words."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of

# ---------------------------------------------------------- backshifted_conjunct_reported

_WOULD_NOT_RUN = ("Dan Voss, a Denver Republican, said in a statement released through his "
                  "lawyer that he disagreed with the committee's conclusions but would not "
                  "seek another term.")


def test_second_predicate_in_reported_past_is_said(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _WOULD_NOT_RUN)
    hit = next(q for q in found if "disagreed with the committee" in q.text)
    assert hit.text.endswith("but would not seek another term")
    assert "backshifted_conjunct_reported" in hit.rules
    ablated("backshifted_conjunct_reported")
    hit = next(q for q in quotes_in(nlp, _WOULD_NOT_RUN)
               if "disagreed with the committee" in q.text)
    assert "would not seek another term" not in hit.text


def test_second_cue_is_not_taken_in(nlp: Any) -> None:
    from newsweave.extract.quote_cues import _backshifted_conjunct

    doc = nlp("Ed Lamb said the count was fair but would not say when it would end.")
    said = next(t for t in doc if t.lower_ == "said")
    content = {3, 4, 5, 6}  # "the count was fair"
    assert _backshifted_conjunct(said, content) == set()  # 'say' is a cue of its own


def test_present_tense_predicate_is_not_taken_in(nlp: Any) -> None:
    # ('but will not seek': the plain future may be the writer's news of the speaker, not a
    # backshifted report; the clause stays as the parser bounded it)
    text = _WOULD_NOT_RUN.replace("would not", "will not")
    hit = next(q for q in quotes_in(nlp, text) if "disagreed with the committee" in q.text)
    assert "another term" not in hit.text
    assert "backshifted_conjunct_reported" not in hit.rules


# ------------------------------------------------------------ aspect_infinitive_not_report

_CONTINUED_TO = ("Mara Link, the trade minister, said she had voted for the premier and "
                 "continued to back him.")


def test_continued_to_is_part_of_the_reported_clause(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _CONTINUED_TO)
    assert speakers_of(found, "continued to back him") == ["Mara Link"]
    hit = next(q for q in found if "continued to back him" in q.text)
    assert hit.text.startswith("she had voted for the premier")
    ablated("aspect_infinitive_not_report")
    assert not any("continued to back him" in q.text for q in quotes_in(nlp, _CONTINUED_TO))


def test_continued_alone_still_goes_on_with_the_speaker(nlp: Any) -> None:
    from newsweave.extract.quote_cues import _aspect_infinitive

    doc = nlp('"We will win," she continued.')
    continued = next(t for t in doc if t.lower_ == "continued")
    assert not _aspect_infinitive(continued)


# ---------------------------------------------------------------------- cue_read_as_author

_ANALYSIS_BY = ("Pellmore Foods raised the prices of 20 products by 5 percent, an analysis by "
                "a research firm shows.")


def test_closing_verb_read_as_noun_is_no_part_of_the_author(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _ANALYSIS_BY)
    assert speakers_of(found, "raised the prices") == ["research firm"]
    hit = next(q for q in found if "raised the prices" in q.text)
    assert hit.speaker is not None and "cue_read_as_author" in hit.speaker.rules
    ablated("cue_read_as_author")
    assert speakers_of(quotes_in(nlp, _ANALYSIS_BY), "raised the prices") == [
        "research firm shows"]


def test_author_helper_keeps_a_plain_author(nlp: Any) -> None:
    from newsweave.extract.referents import _owner_before_cue_noun

    doc = nlp("A review by the consumer group found higher prices.")
    group = next(t for t in doc if t.lower_ == "group")
    assert _owner_before_cue_noun(group).i == group.i


# --------------------------------------------------------------------------- rating_verdict

_RATINGS = ("The paper's fact checker gave the senator's claim \"Four Pinocchios,\" saying the "
            "numbers were far off, and PolitiFact rated the boast \"Half True,\" noting that "
            "he had taken loans.")


def test_rating_in_quotation_marks_is_no_quote(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _RATINGS)
    assert not any(q.text in ("Four Pinocchios", "Half True") for q in found)
    assert speakers_of(found, "numbers were far off") == ["paper's fact checker"]
    assert speakers_of(found, "he had taken loans") == ["PolitiFact"]
    ablated("rating_verdict")
    assert any(q.text in ("Four Pinocchios", "Half True") for q in quotes_in(nlp, _RATINGS))


def test_lower_case_fragment_given_is_left_alone(nlp: Any, ablated: Any) -> None:
    text = ('The judge gave the plan "a clean bill of health," saying it met every rule, and '
            'the mayor welcomed the ruling.')
    found = [(q.kind, q.text) for q in quotes_in(nlp, text)]
    ablated("rating_verdict")
    assert [(q.kind, q.text) for q in quotes_in(nlp, text)] == found


# ------------------------------------------------------------------------ coordinated_title

_BOOKS = ("Hale, who has written several books, including \"The Long Road\" and \"Second "
          "Acts,\" told supporters in Erie that he would win the state.")


def test_coordinated_titles_are_no_quotes(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _BOOKS)
    assert not any(q.text in ("The Long Road", "Second Acts") for q in found)
    assert any("he would win the state" in q.text for q in found)
    ablated("coordinated_title")
    assert any(q.text == "Second Acts" for q in quotes_in(nlp, _BOOKS))


def test_a_lone_headline_case_quotation_after_a_cue_still_quotes(nlp: Any) -> None:
    text = '"We will win," Hale said. "Nobody Can Stop Us," he added.'
    assert any(q.text == "Nobody Can Stop Us" for q in quotes_in(nlp, text))


# ------------------------------------------------------------------------ party_word_agrees

_OTHER_PARTY = ("Senator Tom Reeve, a Republican from Utah, said the bill would pass. The "
                "Democratic senator told reporters that the vote would slip.")


def test_description_of_another_party_stays_a_description(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _OTHER_PARTY)
    assert speakers_of(found, "vote would slip") == ["Democratic senator"]
    hit = next(q for q in found if "vote would slip" in q.text)
    assert hit.speaker is not None and "party_word_agrees" in hit.speaker.rules
    ablated("party_word_agrees")
    assert speakers_of(quotes_in(nlp, _OTHER_PARTY), "vote would slip") == ["Tom Reeve"]


def test_party_tag_after_the_name_counts(nlp: Any) -> None:
    text = ("Rep. Ana Cole (D-Ohio) said the bill would fail. \"We will fight it,\" the "
            "Republican lawmaker said.")
    assert speakers_of(quotes_in(nlp, text), "We will fight it") == ["Republican lawmaker"]


def test_same_party_or_no_party_known_still_resolves(nlp: Any) -> None:
    same = ("Republican Sen. Tom Reeve said the bill would pass. The Republican senator told "
            "reporters that the vote would slip.")
    assert speakers_of(quotes_in(nlp, same), "vote would slip") == ["Tom Reeve"]
    unknown = ("Senator Tom Reeve said the bill would pass. The Democratic senator told "
               "reporters that the vote would slip.")
    assert speakers_of(quotes_in(nlp, unknown), "vote would slip") == ["Tom Reeve"]


def test_parties_beside_a_name() -> None:
    from newsweave.extract.referents import _parties_beside

    text = "Tom Reeve (R-Utah) met Ana Cole, a Democrat, and Democratic Rep. Lu Park."
    assert _parties_beside(text, [(0, 9)]) == {"republican"}
    assert _parties_beside(text, [(23, 31)]) == {"democratic"}
    assert _parties_beside(text, [(65, 72)]) == {"democratic"}
    assert _parties_beside("Sen. Ana Cole (I-Maine) said", [(5, 13)]) == {"independent"}


# ------------------------------------------------------------------ clause_root_read_as_noun

_RANG_HOLLOW = ("His Democratic opponent, state Sen. Omar Bisset, said Hale's praise for the "
                "deal rang hollow.")


def test_clause_whose_verb_was_tagged_a_noun_is_reported(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _RANG_HOLLOW)
    assert speakers_of(found, "praise for the deal rang hollow") == ["Omar Bisset"]
    hit = next(q for q in found if "rang hollow" in q.text)
    assert "clause_root_read_as_noun" in hit.rules
    ablated("clause_root_read_as_noun")
    assert not any("rang hollow" in q.text for q in quotes_in(nlp, _RANG_HOLLOW))


def test_noun_object_of_a_cue_is_still_no_clause(nlp: Any) -> None:
    text = "The senator praised the new deal on trade."
    assert not any("deal on trade" in q.text for q in quotes_in(nlp, text))


# ------------------------------------------------- business nouns: steelmaker, planemaker

def test_one_word_maker_of_a_product_is_the_company(nlp: Any) -> None:
    text = ("Veltrix Steel cut 400 jobs at its plant in Gary on Tuesday. The steelmaker said "
            "demand for sheet metal had fallen.")
    assert speakers_of(quotes_in(nlp, text), "demand for sheet metal") == ["Veltrix Steel"]
