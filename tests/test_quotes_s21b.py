"""Speakers and cues of session 21b (quotes18, issue 13, from benchmarks/quote_miss_steps.py on
the development sets), each on made-up sentences: a description with another title is not a
person the text only described, a surname the tagger read as an interjection speaks, and a trade
noun with a product before it is a business."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of

# ---------------------------------------------------------------- described_own_title

_LEADER_AFTER_LAWMAKER = ("A senior Democratic lawmaker said the vote could slip. The "
                          "Democratic leader told reporters that the bill would pass.")


def test_title_is_not_a_described_person_of_another_title(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _LEADER_AFTER_LAWMAKER)
    assert speakers_of(found, "vote could slip") == ["senior Democratic lawmaker"]
    assert speakers_of(found, "bill would pass") == ["Democratic leader"]
    ablated("described_own_title")
    assert speakers_of(quotes_in(nlp, _LEADER_AFTER_LAWMAKER), "bill would pass") == [
        "senior Democratic lawmaker"]


def test_same_title_still_means_the_described_person(nlp: Any) -> None:
    text = ("A senior Democratic lawmaker said the vote could slip. The lawmaker added that "
            "talks would go on through the weekend.")
    assert speakers_of(quotes_in(nlp, text), "talks would go on") == [
        "senior Democratic lawmaker"]


def test_named_person_of_the_class_still_fits(nlp: Any) -> None:
    text = ("Mayor Lena Brandt opened the new bridge on Monday. The official said traffic "
            "would be light for a week.")
    assert speakers_of(quotes_in(nlp, text), "traffic would be light") == ["Lena Brandt"]


# ------------------------------------------------------- surname_read_as_interjection

_OH_WARNED = ("Kim Oh, the finance minister, spoke on Friday. Oh warned that the rate rise "
              "would hurt small lenders.")


def test_surname_read_as_interjection_speaks(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _OH_WARNED)
    assert speakers_of(found, "rate rise would hurt") == ["Kim Oh"]
    hit = next(q for q in found if "rate rise would hurt" in q.text)
    assert hit.speaker is not None and "surname_read_as_interjection" in hit.speaker.rules
    ablated("surname_read_as_interjection")
    assert not any("rate rise would hurt" in q.text for q in quotes_in(nlp, _OH_WARNED))


def test_interjection_of_no_known_person_says_nothing(nlp: Any) -> None:
    text = "Oh warned that the rate rise would hurt small lenders."
    assert not any(q.speaker is not None and q.speaker.name == "Oh"
                   for q in quotes_in(nlp, text))


def test_rule_reads_only_a_sentence_initial_interjection(nlp: Any) -> None:
    from newsweave.extract.quote_indirect import surname_read_as_interjection

    doc = nlp(_OH_WARNED)
    warned = next(t for t in doc if t.lower_ == "warned")
    assert surname_read_as_interjection(warned) is not None
    spoke = next(t for t in doc if t.lower_ == "spoke")
    assert surname_read_as_interjection(spoke) is None  # it has a subject


# ------------------------------------------------------------------ product_trade_noun

_COPPER_MINER = ("Valmont Mining cut 300 jobs on Tuesday. The copper miner said prices had "
                 "fallen too far to keep two pits open.")
_TWO_PRODUCTS = ("Pellmore Resources cut its dividend on Tuesday, and its shares fell. The "
                 "copper and gold miner said it would conserve cash.")


def test_trade_noun_with_a_product_is_the_company(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _COPPER_MINER)
    assert speakers_of(found, "prices had fallen") == ["Valmont Mining"]
    hit = next(q for q in found if "prices had fallen" in q.text)
    assert hit.speaker is not None and "product_trade_noun" in hit.speaker.rules
    assert speakers_of(quotes_in(nlp, _TWO_PRODUCTS), "conserve cash") == ["Pellmore Resources"]
    ablated("product_trade_noun")
    assert speakers_of(quotes_in(nlp, _COPPER_MINER), "prices had fallen") == ["copper miner"]


def test_trade_noun_alone_is_a_person(nlp: Any) -> None:
    text = ("Ten men were trapped in the shaft for two days. The miner said the air had grown "
            "thin.")
    assert speakers_of(quotes_in(nlp, text), "air had grown thin") == ["miner"]


# --------------------------------------------------------------- time_word_before_that

_ARGUED_BEFORE = ("Dana Pryce toured the mill on Monday. She has argued before that the mill "
                  "should stay open.")


def test_clause_after_before_that_is_what_was_said(nlp: Any, ablated: Any) -> None:
    found = quotes_in(nlp, _ARGUED_BEFORE)
    assert speakers_of(found, "mill should stay open") == ["Dana Pryce"]
    hit = next(q for q in found if "mill should stay open" in q.text)
    assert hit.text == "the mill should stay open"
    assert "time_word_before_that" in hit.rules
    ablated("time_word_before_that")
    assert not any(q.text == "the mill should stay open" for q in quotes_in(nlp, _ARGUED_BEFORE))


def test_before_a_demonstrative_is_no_content(nlp: Any) -> None:
    text = ("Dana Pryce toured the mill on Monday. She had said so before that plan was "
            "dropped by the board.")
    assert not any("plan was dropped" in q.text for q in quotes_in(nlp, text))


def test_surname_set_off_by_a_comma_speaks(nlp: Any) -> None:
    text = ("Kim Oh, the finance minister, spoke on Friday. Without a rate cut, Oh warned, "
            "small lenders would fail.")
    assert speakers_of(quotes_in(nlp, text), "small lenders would fail") == ["Kim Oh"]


# ------------------------------------------------ "leader" takes up no holder of another office

_LEADER_AFTER_PRESIDENT = ("Senate President Marta Vell said she had asked the clerk to "
                           "resign. The Republican leader told reporters that the rules were "
                           "clear.")


def test_a_party_leader_is_not_the_holder_of_another_office(nlp: Any) -> None:
    # ("leader" is no word of quote_speakers.json office_holder_nouns: a party's leader may be
    # someone the text never named, and an unknown speaker beats a wrongly named one)
    assert speakers_of(quotes_in(nlp, _LEADER_AFTER_PRESIDENT), "rules were clear") == [
        "Republican leader"]
