"""Speakers and clauses of session 20 (quotes16, from benchmarks/quote_miss_steps.py on the
development sets), each on made-up sentences: names are not cut inside a hyphenated word,
'whose office said' is the office of the one its clause hangs on, 'the company said' far from
any name is the one company named before, and a clause does not end inside 'flip-flopped'."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of


def _ents(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


# ------------------------------------------------------------------ hyphen_word_whole

def test_person_name_keeps_its_lower_case_piece(nlp: Any, ablated: Any) -> None:
    text = "His deputy, Han Seo-jin, told lawmakers that the envoy had been recalled."
    assert speakers_of(quotes_in(nlp, text), "envoy had been recalled") == ["Han Seo-jin"]
    ablated("hyphen_word_whole")
    assert speakers_of(quotes_in(nlp, text), "envoy had been recalled") != ["Han Seo-jin"]


def test_titled_name_is_not_cut_at_the_hyphen(nlp: Any) -> None:
    text = "Trade Minister Lee Jae-hun said the tariffs would be lifted in the spring."
    assert speakers_of(quotes_in(nlp, text), "tariffs would be lifted") == ["Lee Jae-hun"]


def test_capitalised_second_surname_stays(nlp: Any) -> None:
    text = "Councilwoman Ana Ortiz-Brandt said the library would reopen on Monday."
    assert speakers_of(quotes_in(nlp, text), "library would reopen") == ["Ana Ortiz-Brandt"]


def test_org_name_cut_inside_a_word_takes_the_rest_of_it(nlp: Any) -> None:
    ents = _ents(nlp, "The Council for Trade and Co-operation in the Baltic issued a "
                      "statement on Friday.")
    assert any(text.endswith("Co-operation") for text, _label in ents), ents


def test_name_ending_in_a_lower_case_word_and_hyphen_is_not_completed(nlp: Any) -> None:
    from spacy.tokens import Doc, Span

    from newsweave.nlp.names import hyphen_word_whole

    doc = Doc(nlp.vocab, words=["the", "Rexa", "sci", "-", "fi", "drama"],
              spaces=[True, True, False, False, True, False])
    doc.ents = [Span(doc, 1, 4, label="ORG")]
    assert hyphen_word_whole(doc) == []
    doc = Doc(nlp.vocab, words=["the", "Union", "for", "Trade", "and", "Co", "-", "operation"],
              spaces=[True, True, True, True, True, False, False, False])
    doc.ents = [Span(doc, 1, 7, label="ORG")]
    assert [(f.start, f.end) for f in hyphen_word_whole(doc)] == [(1, 8)]


def test_english_word_after_a_hyphen_is_no_name_piece(nlp: Any) -> None:
    ents = dict(_ents(nlp, "Kabul-based analyst Javed Omar said the talks were over."))
    assert "Kabul-based" not in ents
    ents = dict(_ents(nlp, "The Obama-era rule was cut, Senator Ann Lee said."))
    assert "Obama-era" not in ents


# ------------------------------------------------------------------ whose_owner_named

def test_whose_office_is_the_office_of_the_noun_before(nlp: Any, ablated: Any) -> None:
    text = ("Mayor Tom Reyes said he had sent the audit to the county treasurer, whose "
            "office confirmed it had received the report.")
    # (the mayor's clause holds it too; the inner report is the treasurer's office's)
    assert speakers_of(quotes_in(nlp, text), "it had received the report") == [
        "Tom Reyes", "county treasurer's office"]
    ablated("whose_owner_named")
    assert speakers_of(quotes_in(nlp, text), "it had received the report") == [
        "Tom Reyes", "whose office"]


def test_whose_spokesman_of_a_named_person(nlp: Any) -> None:
    text = ("Governor Ana Pike, whose spokesman said the budget was balanced, signed the bill "
            "on Monday.")
    assert speakers_of(quotes_in(nlp, text), "budget was balanced") == [
        "Ana Pike's spokesman"]


def test_his_office_is_unchanged(nlp: Any) -> None:
    text = "Senator Ned Voss signed the letter. His office said the vote would be close."
    found = speakers_of(quotes_in(nlp, text), "vote would be close")
    assert found and "whose" not in (found[0] or "")


# ------------------------------------------------------------------ sole_org_named_before

_LATE_COMPANY = ("Brightline Software released a new version of its Atlas database on "
                 "Tuesday. Analysts expect sales to rise. Customers have waited for the update "
                 "for months, and many switched to rivals in the meantime. The company said "
                 "the update would fix a flaw in the login page.")


def test_company_far_from_its_name_is_the_one_company(nlp: Any, ablated: Any) -> None:
    assert speakers_of(quotes_in(nlp, _LATE_COMPANY), "fix a flaw") == ["Brightline Software"]
    ablated("sole_org_named_before")
    assert speakers_of(quotes_in(nlp, _LATE_COMPANY), "fix a flaw") == ["company"]


def test_two_companies_named_before_stay_unknown(nlp: Any) -> None:
    text = ("Brightline Software and Corvane Systems released new products on Tuesday. "
            "Analysts expect sales to rise. Customers have waited for months. The company "
            "said the update would fix a flaw.")
    assert speakers_of(quotes_in(nlp, text), "fix a flaw") == ["company"]


def test_company_is_never_a_government_body(nlp: Any) -> None:
    text = ("The Federal Aviation Administration grounded the jets on Tuesday. Analysts "
            "expect delays. Customers have waited for months. The company said the update "
            "would fix a flaw.")
    assert speakers_of(quotes_in(nlp, text), "fix a flaw") == ["company"]


# ------------------------------------------------------------------ content_hyphen_word

def test_claim_clause_keeps_the_whole_hyphenated_verb(nlp: Any, ablated: Any) -> None:
    text = ("Asked about Rowan's claim that she had flip-flopped on farm subsidies, Mayer "
            "said she had always backed farmers.")
    found = [q.text for q in quotes_in(nlp, text) if q.text.startswith("she had flip")]
    assert found == ["she had flip-flopped on farm subsidies"]
    ablated("content_hyphen_word")
    found = [q.text for q in quotes_in(nlp, text) if q.text.startswith("she had flip")]
    assert found == ["she had flip"]


def test_hyphenated_noun_inside_a_clause_is_unchanged(nlp: Any) -> None:
    text = "Lee said the deal was a win-win for the two towns."
    assert [q.text for q in quotes_in(nlp, text)] == ["the deal was a win-win for the two towns"]


# ------------------------------------------------------------------ impersonal_to_say

def test_safe_to_say_is_the_writers_hedge(nlp: Any, ablated: Any) -> None:
    text = ("After guiding the Hawks back to the final, it's safe to say Ortiz exceeded every "
            "forecast.")
    assert not [q for q in quotes_in(nlp, text) if "exceeded" in q.text]
    ablated("impersonal_to_say")
    assert speakers_of(quotes_in(nlp, text), "exceeded every forecast") == ["Hawks"]


def test_too_early_to_say_inside_a_report_stays_the_reporters(nlp: Any) -> None:
    text = "Officials said it was too early to say whether the dam would hold."
    assert speakers_of(quotes_in(nlp, text), "too early to say") == ["Officials"]
