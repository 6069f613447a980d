"""Quote rules of session 25 (quotes25, issue 13: description speakers and the person they take
up), each on made-up text, each with a look-alike that keeps its answer and each switched off
once: a bare title takes up the one just quoted, not someone named only inside his words
(title_for_the_speaker); a title inside what someone reported is not that someone
(title_in_own_words); a possessive in the subject's own apposition ('Tom Reyes, her brother')
is no vote on the subject's gender (apposition_owner_not_subject)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- title_for_the_speaker

_QUOTED_THEN_TITLE = ('Carl Binder said Hugo Marsh should leave the race. "He has lost the '
                      'trust of the voters," the Iowa governor said.\n')
_REPORTED_THEN_TITLE = ('Carl Binder said Hugo Marsh should leave the race. The Iowa governor '
                        'told reporters that the party needed a new start.\n')


def test_title_takes_up_the_one_just_quoted(nlp: Any) -> None:
    found = quotes_in(nlp, _QUOTED_THEN_TITLE)
    assert speakers_of(found, "lost the trust") == ["Carl Binder"]
    hit = next(q for q in found if "lost the trust" in q.text)
    assert hit.speaker is not None and "title_for_the_speaker" in hit.speaker.rules
    assert speakers_of(quotes_in(nlp, _REPORTED_THEN_TITLE), "a new start") == ["Carl Binder"]


def test_title_for_the_speaker_off(nlp: Any, ablated: Any) -> None:
    ablated("title_for_the_speaker")
    # (without it the title went to the one named inside his words)
    assert speakers_of(quotes_in(nlp, _QUOTED_THEN_TITLE), "lost the trust") == ["Hugo Marsh"]


def test_titled_speaker_keeps_the_title_unresolved(nlp: Any) -> None:
    # the one just quoted holds another title: the description stays a description, never
    # the man named inside her words
    text = ('Governor Ines Vidal said she had asked Hugo Marsh to step aside. The Republican '
            'leader told reporters that no one could defend him.\n')
    assert speakers_of(quotes_in(nlp, text), "no one could defend") == ["Republican leader"]


def test_group_reporter_leaves_the_named_one(nlp: Any) -> None:
    # look-alike: a group reported it; the title is still the man they named
    text = 'Aides said Hugo Marsh would enter the race. "I am ready," the senator said.\n'
    assert speakers_of(quotes_in(nlp, text), "I am ready") == ["Hugo Marsh"]


def test_main_subject_before_still_takes_the_title(nlp: Any) -> None:
    # look-alike: no one reported anything; the subject of the sentence before is the one
    text = ('Carl Binder met Hugo Marsh on Monday. The Iowa governor told reporters that the '
            'party needed a new start.\n')
    assert speakers_of(quotes_in(nlp, text), "a new start") == ["Carl Binder"]


# ------------------------------------------------------------- title_in_own_words

_NESTED_TITLE = ('Carl Binder said the farm secretary had assured him that more money was '
                 'coming.\n')


def test_title_inside_own_words_is_someone_else(nlp: Any) -> None:
    found = quotes_in(nlp, _NESTED_TITLE)
    assert speakers_of(found, "more money was coming") == ["Carl Binder", "farm secretary"]
    inner = next(q for q in found if q.text.startswith("more money"))
    assert inner.speaker is not None and "title_in_own_words" in inner.speaker.rules


def test_title_in_own_words_off(nlp: Any, ablated: Any) -> None:
    ablated("title_in_own_words")
    found = quotes_in(nlp, _NESTED_TITLE)
    assert speakers_of(found, "more money was coming") == ["Carl Binder", "Carl Binder"]


def test_title_after_own_words_still_takes_him_up(nlp: Any) -> None:
    # look-alike: the title speaks in a sentence of its own, after what he reported
    text = ('Governor Carl Binder said on Monday that the state would appeal. The governor '
            'added that the ruling was wrong.\n')
    assert speakers_of(quotes_in(nlp, text), "the ruling was wrong") == ["Carl Binder"]


# ------------------------------------------------------------- apposition_owner_not_subject

_APPOSED_OWNER = ('Hugo Marsh, her rival, laughed at the idea. "It was never alive," he '
                  'said.\n')


def test_owner_in_apposition_is_no_vote(nlp: Any) -> None:
    assert speakers_of(quotes_in(nlp, _APPOSED_OWNER), "never alive") == ["Hugo Marsh"]


def test_apposition_owner_not_subject_off(nlp: Any, ablated: Any) -> None:
    ablated("apposition_owner_not_subject")
    # (without it "her" made him a woman, whom "he" could not mean: no speaker, no quote)
    assert not any("never alive" in q.text for q in quotes_in(nlp, _APPOSED_OWNER))


def test_owner_outside_the_apposition_still_votes(nlp: Any) -> None:
    # look-alike: "her" in what the subject said is hers, and "he" is then someone else
    text = ('Dana Marsh, 39, said her son had been taken to hospital. "We are waiting," '
            'she said.\n')
    assert speakers_of(quotes_in(nlp, text), "We are waiting") == ["Dana Marsh"]


# ------------------------------------------------------------- shares_of_company

_SHARES_THEN_TRADE = ('Shares of Quillon Foods fell 5 percent on Tuesday. The snack maker said '
                      'it would close two bakeries.\n')


def test_company_whose_shares_moved_is_described(nlp: Any) -> None:
    assert speakers_of(quotes_in(nlp, _SHARES_THEN_TRADE), "close two bakeries") == \
        ["Quillon Foods"]
    text = ('Shares of Quillon Foods fell 5 percent after the snack maker said it would close '
            'two bakeries.\n')
    assert speakers_of(quotes_in(nlp, text), "close two bakeries") == ["Quillon Foods"]


def test_shares_of_company_off(nlp: Any, ablated: Any) -> None:
    ablated("shares_of_company")
    assert speakers_of(quotes_in(nlp, _SHARES_THEN_TRADE), "close two bakeries") == \
        ["snack maker"]


def test_shares_as_object_leave_the_description(nlp: Any) -> None:
    # look-alike: the shares are an object, not what the sentence is about (the rule leaves
    # the company in passing, and the description stays one)
    text = ('Traders sold shares of Quillon Foods on Tuesday. The snack maker said it would '
            'close two bakeries.\n')
    assert speakers_of(quotes_in(nlp, text), "close two bakeries") == ["snack maker"]


# ------------------------------------------------------------- unjoined_conjunct_subject

_UNJOINED = ("A county judge ruled on Monday that the town must count the late ballots, a "
             "decision the state's top election official said he would appeal.\n")


def test_phrase_before_unjoined_cue_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, _UNJOINED)
    assert speakers_of(found, "he would appeal") == ["state's top election official"]
    hit = next(q for q in found if q.text == "he would appeal")
    assert "unjoined_conjunct_subject" in hit.rules


def test_unjoined_conjunct_subject_off(nlp: Any, ablated: Any) -> None:
    ablated("unjoined_conjunct_subject")
    # (without it the parser's join gave the cue the first verb's subject, the judge)
    assert speakers_of(quotes_in(nlp, _UNJOINED), "he would appeal") == ["county judge"]


def test_joined_conjunct_keeps_the_first_subject(nlp: Any) -> None:
    # look-alike: 'and' joins the two verbs; the mayor said it, not the streets
    text = "The mayor visited the flooded streets on Monday and said the city would help.\n"
    assert speakers_of(quotes_in(nlp, text), "the city would help") == ["mayor"]


# ------------------------------------------------------------- who_after_apposition

_WHO_AFTER_DATE = ("The mayor has drawn fire from Comptroller Ruth Allen, a Democrat widely "
                   "expected to run for mayor in 2021, who has said any cut to pensions would "
                   "break the city charter.\n")
_WHO_AFTER_OFFICE = ("The plan was opposed by Tom Hale, a former aide who ran for governor, "
                     "who said it would fail.\n")


def test_who_after_apposition_is_the_named_person(nlp: Any) -> None:
    assert speakers_of(quotes_in(nlp, _WHO_AFTER_DATE), "break the city charter") == \
        ["Ruth Allen"]
    found = quotes_in(nlp, _WHO_AFTER_OFFICE)
    assert speakers_of(found, "it would fail") == ["Tom Hale"]
    assert "who_after_apposition" in next(q for q in found if "would fail" in q.text).rules


def test_who_after_apposition_off(nlp: Any, ablated: Any) -> None:
    ablated("who_after_apposition")
    # (without it "who" was the bare office the parser hung the clause on)
    assert speakers_of(quotes_in(nlp, _WHO_AFTER_OFFICE), "it would fail") == ["governor"]


def test_who_on_a_described_person_stays(nlp: Any) -> None:
    # look-alike: a person phrase with its own article is what "who" is on
    text = "The plan was opposed by Tom Hale and the governor, who said it would fail.\n"
    assert speakers_of(quotes_in(nlp, text), "it would fail") == ["governor"]


# ------------------------------------------------------------- document_object_not_nearer

_DOCUMENT_THEN_IT = ("The audit also faulted the Harbor Authority's own rules. It says "
                     "complaints were handled by the same managers who were accused.\n")


def test_it_after_document_subject_is_the_document(nlp: Any) -> None:
    found = quotes_in(nlp, _DOCUMENT_THEN_IT)
    assert speakers_of(found, "complaints were handled") == ["audit"]


def test_document_object_not_nearer_off(nlp: Any, ablated: Any) -> None:
    ablated("document_object_not_nearer")
    assert speakers_of(quotes_in(nlp, _DOCUMENT_THEN_IT), "complaints were handled") == \
        ["Harbor Authority"]


def test_name_outside_the_object_still_stands_nearer(nlp: Any) -> None:
    # look-alike: the name is no object of the document's verb; it stays what "it" takes up
    text = ("The audit was sent to the Harbor Authority on Monday. It says complaints were "
            "handled by the same managers who were accused.\n")
    assert speakers_of(quotes_in(nlp, text), "complaints were handled") == ["Harbor Authority"]


# ------------------------------------------------------------- the_group_again

_GROUP_AGAIN = ("According to two European diplomats in Geneva, Iran has asked the panel to "
                "delay its report. The request has not been granted, the diplomats said.\n")


def test_the_plural_takes_up_the_group_that_spoke(nlp: Any) -> None:
    found = quotes_in(nlp, _GROUP_AGAIN)
    assert speakers_of(found, "has not been granted") == ["two European diplomats in Geneva"]
    hit = next(q for q in found if "not been granted" in q.text)
    assert hit.speaker is not None and "the_group_again" in hit.speaker.rules


def test_the_group_again_off(nlp: Any, ablated: Any) -> None:
    ablated("the_group_again")
    assert speakers_of(quotes_in(nlp, _GROUP_AGAIN), "has not been granted") == ["diplomats"]


def test_a_group_of_another_head_stays_a_description(nlp: Any) -> None:
    # look-alikes: the noun only modifies another group's head ('volunteers at the refugee
    # shelter' are no 'the refugees'), or names another group altogether
    text = ("Two volunteers at the refugee shelter said a drone had flown over twice. The "
            "refugees said the drone had fired once.\n")
    assert speakers_of(quotes_in(nlp, text), "had fired once") == ["refugees"]
    text = "Two nurses said the ward was full. The doctors said it was not.\n"
    assert speakers_of(quotes_in(nlp, text), "it was not") == ["doctors"]


# ------------------------------------------------------------- named_subject_past_quotation

_SOMEONE_BETWEEN = ('"We will not back down," Ann Ruiz said. Tom Pratt shook his head. "This '
                    'fight is over."\n')


def test_named_subject_between_speaks_on(nlp: Any) -> None:
    found = quotes_in(nlp, _SOMEONE_BETWEEN)
    assert speakers_of(found, "This fight is over") == ["Tom Pratt"]
    hit = next(q for q in found if "fight is over" in q.text)
    assert "named_subject_past_quotation" in hit.rules


def test_named_subject_past_quotation_off(nlp: Any, ablated: Any) -> None:
    ablated("named_subject_past_quotation")
    assert speakers_of(quotes_in(nlp, _SOMEONE_BETWEEN), "This fight is over") == ["Ann Ruiz"]


def test_same_speaker_goes_on_when_no_one_stands_between(nlp: Any) -> None:
    # look-alikes: a pronoun of the speaker, or a described person, between the quotations
    text = ('"We will not back down," Ann Ruiz said. She paused. "This fight is far from '
            'over."\n')
    assert speakers_of(quotes_in(nlp, text), "far from over") == ["Ann Ruiz"]
    text = ('"We will win," Ann Ruiz said. Her rival, Tom Pratt, has trailed in every poll. '
            '"The votes are there."\n')
    assert speakers_of(quotes_in(nlp, text), "The votes are there") == ["Ann Ruiz"]


# ------------------------------------------------------------- object_complement_read_as_root

_COMPLEMENT_ROOT = ('Tom Hale said the budget was fair. The report called Ruiz\'s demands '
                    '"reckless."\n')


def test_quoted_complement_read_as_root(nlp: Any) -> None:
    found = quotes_in(nlp, _COMPLEMENT_ROOT)
    assert speakers_of(found, "reckless") == ["report"]
    hit = next(q for q in found if "reckless" in q.text)
    assert hit.kind == "mixed" and "object_complement_read_as_root" in hit.rules


def test_object_complement_read_as_root_off(nlp: Any, ablated: Any) -> None:
    ablated("object_complement_read_as_root")
    assert not any("reckless" in q.text for q in quotes_in(nlp, _COMPLEMENT_ROOT))


def test_title_after_participle_is_no_quote(nlp: Any) -> None:
    # look-alike: a participle naming a title, then the sentence's own verb
    text = 'A report called "Broken Promises" was published on Monday.\n'
    assert not quotes_in(nlp, text)


# ------------------------------------------------------------- extraposed_relative_subject

_EXTRAPOSED = ("Ann Ruiz told reporters that a witness had come forward who claimed to have "
               "seen the crash.\n")


def test_who_after_the_verb_is_on_its_subject(nlp: Any) -> None:
    found = quotes_in(nlp, _EXTRAPOSED)
    hit = next(q for q in found if q.text == "to have seen the crash")
    assert hit.speaker is not None and hit.speaker.name == "witness"
    assert "extraposed_relative_subject" in hit.rules
    # (the outer report keeps its own speaker)
    assert speakers_of(found, "had come forward") == ["Ann Ruiz"]


def test_extraposed_relative_subject_off(nlp: Any, ablated: Any) -> None:
    ablated("extraposed_relative_subject")
    # (without it the clause's "who" was the verb it hung on: no speaker, no inner quote)
    assert not any(q.text == "to have seen the crash" for q in quotes_in(nlp, _EXTRAPOSED))


def test_relative_on_its_noun_keeps_the_noun(nlp: Any) -> None:
    # look-alike: the clause right after its noun
    text = "Ann Ruiz said a guard who claimed that the door was locked had been fired.\n"
    assert speakers_of(quotes_in(nlp, text), "the door was locked") == ["Ann Ruiz", "guard"]


# ------------------------------------------------------------- subject_gap_relative_report

_GAP = ("Tom Hale said he would release the records after the review, a reason legal experts "
        "have said does not stop him from releasing them now.\n")


def test_relative_report_on_a_subject_noun(nlp: Any) -> None:
    found = quotes_in(nlp, _GAP)
    hit = next(q for q in found if q.text.startswith("does not stop him"))
    assert hit.speaker is not None and hit.speaker.name == "legal experts"
    assert "subject_gap_relative_report" in hit.rules


def test_subject_gap_relative_report_off(nlp: Any, ablated: Any) -> None:
    ablated("subject_gap_relative_report")
    assert not any(q.text.startswith("does not stop him") for q in quotes_in(nlp, _GAP))


def test_relative_on_an_object_says_nothing(nlp: Any) -> None:
    # look-alike: the noun is the object of the relative's verb, and no verb follows it
    text = "The ministry signed the embargo it helped write, officials said.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "signed the embargo") == ["officials"]
    assert len(found) == 1


# ------------------------------------------------------------- titled_speaker_named_next

_LEAD = ("DENVER - A federal judge on Friday blocked a state law that closed polling places "
         "early, ruling that the rule fell hardest on rural voters.\n\n")


def test_lead_title_named_next_while_speaking(nlp: Any) -> None:
    text = _LEAD + ("In a 40-page opinion, U.S. District Judge Ana Lister wrote that the state "
                    "had offered no evidence of fraud.\n")
    found = quotes_in(nlp, text)
    assert speakers_of(found, "hardest on rural voters") == ["Ana Lister"]
    hit = next(q for q in found if "rural voters" in q.text)
    assert hit.speaker is not None and "introduced_next" in hit.speaker.rules


def test_titled_speaker_named_next_off(nlp: Any, ablated: Any) -> None:
    ablated("titled_speaker_named_next")
    text = _LEAD + ("In a 40-page opinion, U.S. District Judge Ana Lister wrote that the state "
                    "had offered no evidence of fraud.\n")
    assert speakers_of(quotes_in(nlp, text), "hardest on rural voters") == ["federal judge"]


def test_another_title_speaking_next_is_someone_else(nlp: Any) -> None:
    # look-alike: the one named next speaks with another title
    text = _LEAD + "Attorney General Tom Hale said the state would appeal.\n"
    assert speakers_of(quotes_in(nlp, text), "hardest on rural voters") == ["federal judge"]


# ------------------------------------------------------------- pronoun_owner_not_other_owner

_OTHER_OWNER = ("Ann Ruiz's campaign said she had raised $4 million in May.\n\n"
                "Tom Hale, who has said he is paying for his own race, reported lending it "
                "about $1 million. His campaign said he had also received $2 million in small "
                "gifts.\n")


def test_pronoun_owned_body_is_not_another_owners(nlp: Any) -> None:
    found = quotes_in(nlp, _OTHER_OWNER)
    assert speakers_of(found, "small gifts") == ["Tom Hale's campaign"]
    hit = next(q for q in found if "small gifts" in q.text)
    assert hit.speaker is not None and "pronoun_owner_not_other_owner" in hit.speaker.rules


def test_pronoun_owner_not_other_owner_off(nlp: Any, ablated: Any) -> None:
    ablated("pronoun_owner_not_other_owner")
    assert speakers_of(quotes_in(nlp, _OTHER_OWNER), "small gifts") == ["Ann Ruiz's campaign"]


def test_pronoun_owned_body_of_the_same_owner_stays(nlp: Any) -> None:
    # look-alike: "her" means the owner named before
    text = ("Ann Ruiz's campaign said she had raised $4 million in May. Her campaign also "
            "said she would visit Iowa.\n")
    assert speakers_of(quotes_in(nlp, text), "visit Iowa") == ["Ann Ruiz's campaign"]
