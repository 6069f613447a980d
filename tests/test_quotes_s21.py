"""Speakers of session 21 (quotes17, from benchmarks/quote_miss_steps.py on the development
sets, offpol-dev among them), each on made-up sentences: a surname the tagger took for a word
before a hyphenated given name is a person's, and 'the company said' is no data provider the
text only cited a figure from."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of


def _ents(nlp: Any, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


# -------------------------------------------------------------- hyphenated_given_name

_INTERJECTION_SURNAME = ("Oh Min-seo, a retired trade negotiator, sounded more hopeful. "
                         "She argued that the quotas had already done their work.")


def test_surname_read_as_a_word_joins_its_given_name(nlp: Any, ablated: Any) -> None:
    assert ("Oh Min-seo", "PERSON") in _ents(nlp, _INTERJECTION_SURNAME)
    assert speakers_of(quotes_in(nlp, _INTERJECTION_SURNAME), "quotas had already") == [
        "Oh Min-seo"]
    ablated("hyphenated_given_name")
    assert ("Oh Min-seo", "PERSON") not in _ents(nlp, _INTERJECTION_SURNAME)


def test_hyphenated_name_of_a_known_person_is_unchanged(nlp: Any) -> None:
    text = "Park Ji-hoon, the club's captain, said the squad would train on Sunday."
    assert ("Park Ji-hoon", "PERSON") in _ents(nlp, text)
    assert speakers_of(quotes_in(nlp, text), "squad would train") == ["Park Ji-hoon"]


def test_place_before_a_suffix_is_no_name(nlp: Any) -> None:
    for text in ("The San Marco-based bakery said its ovens were repaired.",
                 "A Cold War-era bunker was opened to visitors, the museum said."):
        assert not any(label == "PERSON" for _t, label in _ents(nlp, text)), text


def test_rule_reads_a_hyphen_only_inside_a_word(nlp: Any) -> None:
    from spacy.tokens import Doc

    from newsweave.nlp.names import hyphenated_given_name

    words = ["Oh", "Tae", "-", "min", "said", "so", "."]
    inside = Doc(nlp.vocab, words=words, spaces=[True, False, False, True, True, False, False])
    spaced = Doc(nlp.vocab, words=words, spaces=[True, True, True, True, True, False, False])
    for doc in (inside, spaced):
        for tok in doc:
            tok.is_sent_start = tok.i == 0
    assert [(f.start, f.end, f.label) for f in hyphenated_given_name(inside)] == [
        (0, 4, "PERSON")]
    assert hyphenated_given_name(spaced) == []


# ------------------------------------------------------- cited_source_not_described

_CITED_NEXT = ("Corlan Industries cut its yearly forecast on Monday. Analysts had expected higher "
               "earnings, according to Ledgerline Data. The company said demand for its drills "
               "had weakened in Europe.")

_CITED_BESIDE_PASSING = ("Vessa Systems has raised about $90 million from backers including "
                         "a fund run by a former executive at Toyota, according to Dealgrid. "
                         "The company said its first warehouse robot would ship in May.")


def test_company_is_not_the_source_a_figure_was_cited_from(nlp: Any, ablated: Any) -> None:
    assert speakers_of(quotes_in(nlp, _CITED_NEXT), "demand for its drills") == [
        "Corlan Industries"]
    ablated("cited_source_not_described")
    assert speakers_of(quotes_in(nlp, _CITED_NEXT), "demand for its drills") == [
        "Ledgerline Data"]


def test_company_skips_the_source_and_a_name_in_passing(nlp: Any) -> None:
    assert speakers_of(quotes_in(nlp, _CITED_BESIDE_PASSING), "warehouse robot") == [
        "Vessa Systems"]


def test_source_that_also_acts_stays_a_candidate(nlp: Any) -> None:
    text = ("Ledgerline Data said sales of drills fell 4 percent, according to its own survey. "
            "Ledgerline Data also cut jobs. The company said it would hire again next year.")
    assert speakers_of(quotes_in(nlp, text), "hire again") == ["Ledgerline Data"]


def test_club_is_no_outlet_a_report_was_cited_from(nlp: Any) -> None:
    text = ("Marlow Rovers were beaten again on Saturday. The sale of their stadium is close, "
            "according to the Eastfield Gazette. The club said on Monday that the striker would "
            "miss the next match.")
    assert speakers_of(quotes_in(nlp, text), "striker would miss") == ["Marlow Rovers"]


def test_a_cited_agency_called_so_stays_the_agency(nlp: Any) -> None:
    text = ("Rainfall was the heaviest in forty years, according to the Norland Weather "
            "Agency. The agency said more storms were expected on Friday.")
    assert speakers_of(quotes_in(nlp, text), "more storms") == ["Norland Weather Agency"]


# --------------------------------------------------------------- plural_description_head

def test_one_club_is_not_the_counted_clubs(nlp: Any, ablated: Any) -> None:
    text = ("Marlow Rovers lost 2-0 at home on Saturday. At least three rival clubs have asked "
            "about their goalkeeper. The club said on Monday that he was not for sale.")
    assert speakers_of(quotes_in(nlp, text), "not for sale") == ["Marlow Rovers"]
    ablated("plural_description_head", "cited_source_not_described")
    assert speakers_of(quotes_in(nlp, text), "not for sale") != ["Marlow Rovers"]


# ---------------------------------------------------- maker_of_products, based_place_open

_MAKER = ("CHICAGO - Corlan Industries Inc. cut its yearly profit forecast on Tuesday after a "
          "sharp rise in freight costs.\n\nThe {place}maker of Brisko crackers and Tamber chips "
          "said it now expects lower earnings.")


def _rules_of(nlp: Any, text: str, words: str) -> list[str]:
    return [rule for q in quotes_in(nlp, text) if words in q.text and q.speaker
            for rule in q.speaker.rules]


def test_maker_of_brands_is_the_company_just_named(nlp: Any, ablated: Any) -> None:
    text = _MAKER.format(place="")
    assert speakers_of(quotes_in(nlp, text), "lower earnings") == ["Corlan Industries Inc"]
    assert "maker_of_products" in _rules_of(nlp, text, "lower earnings")  # its provenance
    ablated("maker_of_products")
    assert speakers_of(quotes_in(nlp, text), "lower earnings") != ["Corlan Industries Inc"]


def test_city_based_maker_is_the_company_just_named(nlp: Any, ablated: Any) -> None:
    text = _MAKER.format(place="Chicago-based ")
    assert speakers_of(quotes_in(nlp, text), "lower earnings") == ["Corlan Industries Inc"]
    assert "based_place_open" in _rules_of(nlp, text, "lower earnings")
    ablated("based_place_open")
    assert speakers_of(quotes_in(nlp, text), "lower earnings") != ["Corlan Industries Inc"]


def test_spokesman_for_a_named_company_still_names_someone_new(nlp: Any) -> None:
    text = ("Corlan Industries Inc. cut its forecast on Tuesday. A spokesman for Tamber Foods "
            "said the deal was off.")
    assert speakers_of(quotes_in(nlp, text), "deal was off") != ["Corlan Industries Inc"]
