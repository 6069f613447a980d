"""Patterns found reading the misses of the sixth development set (issue 13, session 8,
tests/data/fresh6_quotes). Every text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


def _kinds_of(found: list[Any], words: str) -> list[str]:
    return [q.kind for q in found if words in q.text]


def test_a_name_after_a_parenthetical_cue_speaks_not_the_noun_before_it(nlp: Any) -> None:
    found = quotes_in(nlp, 'Dana Lee runs the chip unit. The merger, said Lee, "lets us '
                           'rethink the whole product line," and she noted that sales rose.')
    assert set(speakers_of(found, "lets us rethink the whole product line")) == {"Dana Lee"}


def test_a_fronted_noun_before_a_cue_with_no_name_after_it_still_speaks(nlp: Any) -> None:
    # the rule needs a name right after the cue: a common noun there changes nothing
    found = quotes_in(nlp, "The ministry, in a statement, said the border would reopen.")
    assert speakers_of(found, "the border would reopen") == ["ministry"]


@pytest.mark.parametrize(("text", "words"), [
    ('Chris Early is a vice president at Gamefirm. "Streaming is somewhat binary," says Early.',
     "Streaming is somewhat binary"),
    ("Chris Early is a vice president at Gamefirm. Early says there is a chance that new "
     "games could be built for the service.", "there is a chance that new games could be built"),
])
def test_a_surname_the_tagger_reads_as_an_adverb_speaks(nlp: Any, text: str,
                                                        words: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {"Chris Early"}


def test_a_capitalized_adverb_by_a_cue_is_no_speaker_without_such_a_surname(nlp: Any) -> None:
    found = quotes_in(nlp, 'Mia Park heads the studio. "Streaming is somewhat binary," says '
                           'Early.')
    assert all(q.speaker is None or q.speaker.name != "Early" for q in found)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("That network works with any processor, as Sam Feld has said many times, and the firm "
     "only began with one kind of chip.", "That network works with any processor", "Sam Feld"),
    ("As Dana Lee said, the bridge will need years of repairs.",
     "the bridge will need years of repairs", "Dana Lee"),
])
def test_a_cue_in_an_as_clause_reports_the_main_clause(nlp: Any, text: str, words: str,
                                                       speaker: str) -> None:
    found = quotes_in(nlp, text)
    assert set(speakers_of(found, words)) == {speaker}
    assert set(_kinds_of(found, words)) == {"indirect"}


def test_an_as_clause_with_its_own_object_reports_nothing(nlp: Any) -> None:
    found = quotes_in(nlp, "The crowd cheered as Dana Lee said goodbye to the team.")
    assert not [q for q in found if "crowd cheered" in q.text]


def test_a_closing_cue_followed_by_a_noun_phrase_reports_the_clause_before(nlp: Any) -> None:
    found = quotes_in(nlp, "Adding the graphics unit will let the firm reach the laptop "
                           "market, Rob Tran says, two areas where the firm is still small.")
    hits = speakers_of(found, "Adding the graphics unit will let the firm reach the laptop "
                              "market")
    assert set(hits) == {"Rob Tran"}
    assert not [q for q in found if "two areas where" in q.text]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('"The driver would not get out," said Harbor Police Sgt. Marta Ebberly.',
     "The driver would not get out", "Marta Ebberly"),
    ("The storm forced thousands to flee, said district commander Col. Inf. Rudi Hartono.",
     "The storm forced thousands to flee", "Rudi Hartono"),
    # short forms from the one abbreviations lexicon that the splitters did not know before
    ('The inquiry will go on, said Det. Lina Oyelaran. "We are not done."',
     "The inquiry will go on", "Lina Oyelaran"),
    ('"The port stays shut," said Amb. Tomas Vilde of the mission.',
     "The port stays shut", "Tomas Vilde"),
])
def test_a_person_named_after_a_title_abbreviation_speaks(nlp: Any, text: str, words: str,
                                                         speaker: str) -> None:
    # the sentence splitter may stop at the title's full stop
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


def test_they_can_mean_a_plural_people_noun_subject(nlp: Any) -> None:
    found = quotes_in(nlp, "The Minerals Service said the plan was sound. Critics of the law "
                           "often point to delays. They have argued that review by scientists "
                           "means more paperwork.")
    assert speakers_of(found, "review by scientists means more paperwork") == [
        "Critics of the law"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Judge Vera Holm heard the witness in private. Holm made clear the witness is afraid "
     "to testify.", "the witness is afraid to testify", "Vera Holm"),
    ("The minister made it clear that the talks were over.", "the talks were over",
     "minister"),
])
def test_made_clear_reports_its_clause(nlp: Any, text: str, words: str, speaker: str) -> None:
    found = quotes_in(nlp, text)
    assert set(speakers_of(found, words)) == {speaker}


def test_made_clear_as_an_adjective_reports_nothing(nlp: Any) -> None:
    assert quotes_in(nlp, "The rain made clear roads dangerous for drivers.") == []


def test_a_pronoun_after_made_clear_is_the_one_who_made_it_clear(nlp: Any) -> None:
    found = quotes_in(nlp, "Judge Vera Holm heard the witness in private. Holm made clear the "
                           'witness is afraid to testify. "The man is terrified," she said.')
    assert speakers_of(found, "The man is terrified") == ["Vera Holm"]


def test_the_report_said_keeps_the_owner_named_with_the_report_before(nlp: Any) -> None:
    found = quotes_in(nlp, "The NCAA report says the coach gave the recruit money. The two "
                           'men acted "contrary to principles of ethical conduct" by hiding '
                           "it, the report said.")
    assert speakers_of(found, "contrary to principles of ethical conduct") == ["NCAA"]


def test_the_lawsuit_said_is_its_filers_when_the_sentence_opens_with_a_time(nlp: Any) -> None:
    found = quotes_in(nlp, "Hours after the vote, three groups, Greenpeace, Friends of Frogs "
                           "and the Pond Trust, filed a lawsuit in federal court. The rules do "
                           "not require agencies to consult scientists, the lawsuit said.")
    assert speakers_of(found, "The rules do not require agencies to consult scientists") == [
        "Greenpeace"]


@pytest.mark.parametrize(("text", "words"), [
    ('"I never expected a gift like this," crowed rival chief Jen Huang, in an interview.',
     "I never expected a gift like this"),
    ('"We will ship it this year," gushed studio head Jen Huang.', "We will ship it this year"),
])
def test_crowing_and_gushing_are_cues(nlp: Any, text: str, words: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == ["Jen Huang"]


def test_charge_reports_a_that_clause_but_not_a_criminal_charge(nlp: Any) -> None:
    found = quotes_in(nlp, 'The ruling prompted wildlife groups to charge that the "late '
                           'rules" are designed to weaken the statute.')
    assert speakers_of(found, "are designed to weaken the statute") == ["wildlife groups"]
    assert quotes_in(nlp, "Police charged the driver with murder on Friday.") == []


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('The firm will leave with a payout that investor Leon Cooper blasted on a call as '
     '"morally wrong."', "morally wrong", "Leon Cooper"),
    ('What is needed now is what Ana Ruiz, in her campaign, described as "sound '
     'science."', "sound science", "Ana Ruiz"),
])
def test_a_relative_judging_verb_quotes_its_as_phrase(nlp: Any, text: str, words: str,
                                                      speaker: str) -> None:
    found = quotes_in(nlp, text)
    assert set(speakers_of(found, words)) == {speaker}
    assert set(_kinds_of(found, words)) == {"mixed"}


def test_a_relative_judging_verb_inside_a_report_leaves_the_quote_to_the_report(
        nlp: Any) -> None:
    found = quotes_in(nlp, 'Pastor Tom Reed said the chapel, which he described as "only a '
                           'small village chapel," is some 40 years old.')
    assert any("is some 40 years old" in q.text for q in found)


def test_an_unquoted_relative_judgement_is_no_quote(nlp: Any) -> None:
    assert quotes_in(nlp, "The plan that she described as a failure was dropped.") == []


def test_a_document_no_one_is_named_for_speaks_itself(nlp: Any) -> None:
    found = quotes_in(nlp, 'A federal government handbook from 1998 described the reviews as '
                           '"some of the most useful tools to protect species."')
    assert speakers_of(found, "some of the most useful tools") == [
        "federal government handbook from 1998"]


def test_a_named_speaker_after_the_cue_with_an_apposition_and_a_participle(nlp: Any) -> None:
    found = quotes_in(nlp, "Three floors of the Plaza Inn in the port town Bayside "
                           "collapsed, said Rina, a medic at an army clinic, adding that she "
                           "had seen 15 injured people.")
    assert speakers_of(found, "Three floors of the Plaza Inn") == ["Rina"]
    assert speakers_of(found, "she had seen 15 injured people") == ["Rina"]


def test_an_object_split_from_the_clause_after_said_opens_it(nlp: Any) -> None:
    found = quotes_in(nlp, "The weather office said waves 20 to 50 centimeters in height "
                           "washed into villages on the shore.")
    assert speakers_of(found, "waves 20 to 50 centimeters in height washed") == [
        "weather office"]
    # a person spoken to is no part of what was said
    found = quotes_in(nlp, "The mayor warned residents the storm would hit overnight.")
    assert [q.text for q in found] == ["the storm would hit overnight"]


def test_a_company_description_takes_the_company_just_named(nlp: Any) -> None:
    found = quotes_in(nlp, "Intel lost a big customer this month. But the world's biggest "
                           "chip maker said it was building new products.")
    assert speakers_of(found, "it was building new products") == ["Intel"]


def test_a_noun_in_a_clause_on_a_description_is_no_role(nlp: Any) -> None:
    # Lee "led a bid to let judges decide": he is no judge
    text = ("The jury spared the gunman. Superior Court Judge Ana Ruiz handed down the "
            "sentence. \"It is a sad day,\" said state Rep. Tom Lee, a Republican who led a "
            "bid last year to let judges decide such cases. The judge had advice for the "
            "guards:\n\"Do not trust this man ever again.\"")
    assert speakers_of(quotes_in(nlp, text), "Do not trust this man ever again") == [
        "Ana Ruiz"]


def test_the_judge_is_the_judge_who_acted_not_one_named_as_an_object(nlp: Any) -> None:
    text = ("Judge Ana Ruiz sentenced the gunman to life on Friday. In 2005 he shot and killed "
            "Judge Tom Hale in the courtroom. The judge had advice for the guards:\n"
            "\"Do not trust this man ever again.\"")
    assert speakers_of(quotes_in(nlp, text), "Do not trust this man ever again") == [
        "Ana Ruiz"]


def test_a_name_after_title_words_the_parser_split_from_it_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, "Former star linebacker Jo Banks and several other former "
                           "players have alleged that students got cash from donors.")
    assert speakers_of(found, "students got cash from donors") == ["Jo Banks"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The lawyer for John Smith said the case was weak.", "the case was weak",
     "lawyer for John Smith"),
    ("The wife of Tom Lee said he was innocent.", "he was innocent", "wife of Tom Lee"),
])
def test_a_name_after_a_preposition_in_the_subject_is_not_the_speaker(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a cue with a subject of its own, joined to a negated verb, is not negated
    ("Ana Ortiz met the panel. The two who voted no would not talk, but Ortiz said other "
     "members told her the pair refused to debate.",
     "other members told her the pair refused to debate", "Ana Ortiz"),
    # nor is one that shares the negated verb's subject
    ("The minister did not deny the report and said the talks would go on.",
     "the talks would go on", "minister"),
])
def test_a_cue_joined_to_a_negated_verb_still_reports(nlp: Any, text: str, words: str,
                                                      speaker: str) -> None:
    assert speakers_of(quotes_in(nlp, text), words) == [speaker]


@pytest.mark.parametrize("text", [
    "The minister would not say whether the talks would go on.",
    "Dana Lee declined to say if the talks had failed.",
])
def test_a_negated_or_refused_cue_reports_nothing(nlp: Any, text: str) -> None:
    assert quotes_in(nlp, text) == []


def test_a_cue_joined_after_a_comma_with_its_speaker_as_object(nlp: Any) -> None:
    found = quotes_in(nlp, "The Wildlife Council filed comments. The likely result will be "
                           '"erroneous findings" by agencies, argued the council.')
    assert speakers_of(found, "The likely result will be") == ["Wildlife Council"]
    assert set(_kinds_of(found, "The likely result will be")) == {"mixed"}


def test_told_after_a_quotation_keeps_its_addressee_out(nlp: Any) -> None:
    found = quotes_in(nlp, '"It does not matter who wins. The chief has the final say," '
                           "Osman Ali, who herds camels, told the Daily Planet news agency.")
    assert set(speakers_of(found, "It does not matter who wins")) == {"Osman Ali"}


@pytest.mark.parametrize(("text", "words"), [
    ('Mark Lane would not give details, except to say that the firm "acted very, very '
     'fast."', "acted very, very fast"),
    ("Dana Lee phoned the office to say she was sorry.", "she was sorry"),
])
def test_an_infinitive_cue_in_an_adverbial_clause_speaks_for_the_subject(
        nlp: Any, text: str, words: str) -> None:
    assert len(set(speakers_of(quotes_in(nlp, text), words))) == 1
    assert speakers_of(quotes_in(nlp, text), words)[0] in ("Mark Lane", "Dana Lee")


def test_a_closing_mark_typed_after_a_space_before_a_name_and_cue(nlp: Any) -> None:
    found = quotes_in(nlp, 'Dirk Meyer runs the unit. "Customers want better phones, but they '
                           'want a choice, "Meyer says. He left early.')
    assert speakers_of(found, "Customers want better phones, but they want a choice") == [
        "Meyer"]


def test_quoted_words_right_before_an_as_clause_naming_them(nlp: Any) -> None:
    found = quotes_in(nlp, 'Anna Reed runs the firm. Investors may be pleased, since the '
                           '"bigger Acme," as Reed dubbed the merged group, will reach more.')
    assert speakers_of(found, "bigger Acme") == ["Anna Reed"]
    assert set(_kinds_of(found, "bigger Acme")) == {"mixed"}
    assert quotes_in(nlp, "The plan, as Dana Reed described it, will cut costs.") == []


def test_a_surname_read_as_an_adverb_with_an_adverb_between(nlp: Any) -> None:
    found = quotes_in(nlp, "Chris Early is a vice president at Gamefirm. Bandwidth is less of "
                           'an issue in cities, but Early still says the studio are "believers" '
                           "in streaming as a viable future.")
    assert speakers_of(found, "believers") == ["Chris Early"]


@pytest.mark.parametrize("text", [
    # an infinitive with no clause of its own says nothing for the subject above
    "The next witness was his aunt, Dana Lee, who held back tears to recall the evening "
    "her nephew vanished.",
    # an object is not joined to a clause opened by "when"
    "A robber was found guilty on Monday of claiming the life of a clerk when he shot from "
    "a car.",
])
def test_no_quote_from_a_cue_that_reports_no_clause(nlp: Any, text: str) -> None:
    assert quotes_in(nlp, text) == []


def test_a_nested_quotation_after_a_verb_and_its_object(nlp: Any) -> None:
    found = quotes_in(nlp, "\"I looked up and there's a guard telling a truck 'Stop, stop, back "
                           "up.' And there's a boy on the road,\" recalled Ann Lee.")
    nested = [q for q in found if q.text.startswith("Stop, stop, back up.")]
    assert [q.speaker.name if q.speaker else None for q in nested] == ["guard"]
    assert speakers_of(found, "I looked up") == ["Ann Lee"]


def test_a_nested_title_after_a_plain_verb_is_no_quote(nlp: Any) -> None:
    found = quotes_in(nlp, "\"He gave the book 'Wild Nights' to me,\" Ann Lee said.")
    assert [q.text for q in found] == ["He gave the book 'Wild Nights' to me"]


@pytest.mark.parametrize(("text", "words"), [
    ("The plan, said Mayor Ana Ruiz, was a mistake.", "The plan was a mistake"),
    ("Rep. Jay Lee spoke. It is, said Rep. Jay Lee, D-Wash., the city's \"last sour note.\"",
     "It is the city's \"last sour note.\""),
])
def test_a_cue_inside_its_clause_reports_both_sides(nlp: Any, text: str, words: str) -> None:
    assert any(q.text == words for q in quotes_in(nlp, text))


def test_a_description_after_a_closing_cue_is_not_reported(nlp: Any) -> None:
    found = quotes_in(nlp, "Prices will fall, said Ana Ruiz, an economist at the bank.")
    assert [q.text for q in found] == ["Prices will fall"]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The senator called the report a hoax.", "the report a hoax", "senator"),
    ("The bank JP Morgan had called the court's decision on the steel case a landmark "
     "judgment.", "a landmark judgment", "JP Morgan"),
])
def test_calling_something_a_thing_is_reported_speech(nlp: Any, text: str, words: str,
                                                      speaker: str) -> None:
    found = quotes_in(nlp, text)
    assert speakers_of(found, words) == [speaker]
    assert set(_kinds_of(found, words)) == {"indirect"}


@pytest.mark.parametrize("text", [
    "After ten hours the crew called it a day.",
    "The mayor called the police.",
    "She called the mayor, a friend of hers, on Sunday.",
])
def test_calling_without_a_judgement_reports_nothing(nlp: Any, text: str) -> None:
    assert quotes_in(nlp, text) == []
