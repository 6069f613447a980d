"""Quote rules of session 23 (quotes23, issue 13, from benchmarks/quote_miss_steps.py on the
development sets), each on made-up text and each switched off once: the question a named
asker put ('Asked by a voter whether ..., X said') is the asker's report; a document
'released by' its maker is the maker's; a document's recipient ('filings with the commission',
'a letter to the governor') is not whose it is, nor part of its name; a quoted statement
alone in its paragraph after a paragraph about a named person is that person's."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of

# ------------------------------------------------------------------ asked_by_named_asker

_ASKED = ("Asked by a farmer in Ames whether he would back the dam if it cost jobs, Ray "
          "Delgado said he would wait for the study.\n")


def test_named_asker_reports_the_question(nlp: Any) -> None:
    found = quotes_in(nlp, _ASKED)
    hit = next(q for q in found if q.text.startswith("he would back the dam"))
    assert hit.kind == "indirect"
    assert hit.speaker is not None and hit.speaker.name.startswith("farmer")
    assert "asked_by_named_asker" in hit.rules
    # (the answer is still the answerer's)
    assert speakers_of(found, "he would wait for the study") == ["Ray Delgado"]


def test_named_asker_off(nlp: Any, ablated: Any) -> None:
    ablated("asked_by_named_asker")
    found = quotes_in(nlp, _ASKED)
    assert not any("back the dam" in q.text for q in found)
    assert speakers_of(found, "he would wait for the study") == ["Ray Delgado"]


def test_if_question_of_a_named_asker(nlp: Any) -> None:
    # ('if' opens the question, not a condition on the asking)
    text = "Asked by reporters if the mill would close, the owner said it would not.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "the mill would close") == ["reporters"]


def test_bare_asked_reports_no_question(nlp: Any) -> None:
    # no asker named: the one asked answers, the question is no one's report
    text = "Asked whether the mill would close, the owner said it would not.\n"
    found = quotes_in(nlp, text)
    assert not any("mill would close" in q.text for q in found)
    assert speakers_of(found, "it would not") == ["owner"]


def test_asked_about_a_topic_reports_nothing_of_the_asker(nlp: Any) -> None:
    text = "Asked by a reporter about the strike, the mayor said the talks would go on.\n"
    found = quotes_in(nlp, text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["mayor"]


# ----------------------------------------------------------------------- issued_by_agent

_ESTIMATE = ("The bill would cost about $40 billion over ten years, according to an estimate "
             "released Tuesday by the Congressional Budget Office.\n")


def test_document_released_by_its_maker_is_the_makers(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _ESTIMATE) if "$40 billion" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Congressional Budget Office"
    assert "issued_by_agent" in hit.rules


def test_document_noun_released_by_its_maker_is_the_makers(nlp: Any) -> None:
    text = ("The plant will close in May, according to a report published Tuesday by the "
            "Harbor Institute.\n")
    hit = next(q for q in quotes_in(nlp, text) if "plant will close" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Harbor Institute"
    assert "issued_by_agent" in hit.speaker.rules
    assert "report" in (hit.speaker.description or "")


def test_document_released_by_its_maker_off(nlp: Any, ablated: Any) -> None:
    ablated("issued_by_agent")
    assert speakers_of(quotes_in(nlp, _ESTIMATE), "$40 billion") == ["estimate"]


def test_document_obtained_by_someone_is_not_theirs(nlp: Any) -> None:
    text = ("The plant will close in May, according to a memo obtained by the Valley "
            "Herald.\n")
    assert speakers_of(quotes_in(nlp, text), "The plant will close") == ["memo"]


def test_papers_released_for_others_stay_the_papers(nlp: Any) -> None:
    # (a committee releasing documents does not make their words its own)
    text = ("Regulators had known of the leak since March, according to documents released "
            "by the Senate Commerce Committee.\n")
    assert speakers_of(quotes_in(nlp, text), "Regulators had known") == ["documents"]


def test_participle_set_off_by_commas_leaves_the_document(nlp: Any) -> None:
    text = ("The Harbor Institute's new report, published by Harbor Press, said that rents "
            "would rise by a tenth next year.\n")
    assert speakers_of(quotes_in(nlp, text), "rents would rise") == ["Harbor Institute"]


# ---------------------------------------------------------- document_recipient_not_owner

_FILINGS = ("The group received two million dollars from a shell company, according to "
            "filings with the Federal Election Commission.\n")


def test_recipient_of_a_filing_is_not_its_owner(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _FILINGS) if "two million dollars" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "filings"
    assert "document_recipient_not_owner" in hit.speaker.rules


def test_recipient_of_a_filing_off(nlp: Any, ablated: Any) -> None:
    ablated("document_recipient_not_owner")
    assert speakers_of(quotes_in(nlp, _FILINGS), "two million dollars") == \
        ["Federal Election Commission"]


def test_letter_to_a_person_is_not_that_persons(nlp: Any) -> None:
    text = "The plant will close in May, according to a letter to Governor Ana Ruiz.\n"
    assert speakers_of(quotes_in(nlp, text), "The plant will close") == ["letter"]


def test_letter_from_a_person_is_still_theirs(nlp: Any) -> None:
    text = "The plant will close in May, according to a letter from Mayor Tom Reyes.\n"
    assert speakers_of(quotes_in(nlp, text), "The plant will close") == ["Tom Reyes"]


# -------------------------------------------------------------- named_subject_para_before

_ALONE = ("Ana Ruiz was blunt at the hearing on Tuesday.\n\n"
          '"We have the money and we have the will. Nobody should doubt that."\n\n'
          "The council meets again next week.\n")


def test_quotation_alone_after_a_paragraph_about_a_named_person(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _ALONE) if "the money" in q.text)
    assert hit.kind == "direct"
    assert hit.speaker is not None and hit.speaker.name == "Ana Ruiz"
    assert "named_subject_para_before" in hit.rules


def test_quotation_alone_off(nlp: Any, ablated: Any) -> None:
    ablated("named_subject_para_before")
    assert not any("the money" in q.text for q in quotes_in(nlp, _ALONE))


def test_quotation_alone_after_a_paragraph_about_a_thing(nlp: Any) -> None:
    text = ("The bridge was closed on Tuesday after a crack was found.\n\n"
            '"We have the money and we have the will. Nobody should doubt that."\n')
    assert not any("the money" in q.text for q in quotes_in(nlp, text))


def test_short_slogan_alone_is_no_statement(nlp: Any) -> None:
    text = 'Ana Ruiz was blunt at the hearing on Tuesday.\n\n"Build It Now"\n'
    assert not any("Build" in q.text for q in quotes_in(nlp, text))


# ------------------------------------------------------------------- participle_on_object

_ON_OBJECT = ("Tom Beck repeated that position, telling a television interviewer that voters "
              "had rejected the old coalition.\n")


def test_participle_hung_on_the_object_speaks_for_the_subject(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _ON_OBJECT) if "voters had rejected" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Tom Beck"
    assert "participle_on_object" in hit.rules


def test_participle_hung_on_the_object_off(nlp: Any, ablated: Any) -> None:
    ablated("participle_on_object")
    assert not any("voters had rejected" in q.text for q in quotes_in(nlp, _ON_OBJECT))


def test_participle_on_the_verb_is_unchanged(nlp: Any) -> None:
    text = "Ana Ruiz thanked the volunteers, saying they had saved the town.\n"
    assert speakers_of(quotes_in(nlp, text), "they had saved the town") == ["Ana Ruiz"]


# ----------------------------------------------------------------- self_named_in_relative

_SELF_NAMED = ("A rebel commander in the hills reached by telephone, who gave his name only as "
               "Karim Sadeq, said his men had taken two villages in March.\n\n"
               '"We do not need help from anyone to hold them," the commander said.\n')


def test_name_given_in_a_relative_clause_names_the_description(nlp: Any) -> None:
    found = quotes_in(nlp, _SELF_NAMED)
    hit = next(q for q in found if "taken two villages" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Karim Sadeq"
    assert "self_named_in_relative" in hit.speaker.rules
    # the description later is the same man
    assert speakers_of(found, "We do not need help") == ["Karim Sadeq"]


def test_name_given_in_a_relative_clause_off(nlp: Any, ablated: Any) -> None:
    ablated("self_named_in_relative")
    found = quotes_in(nlp, _SELF_NAMED)
    assert speakers_of(found, "taken two villages") != ["Karim Sadeq"]


def test_identified_herself_as(nlp: Any) -> None:
    text = ("A shopkeeper in the old bazaar, who identified herself as Mina Rahimi, said the "
            "market had been closed for a week.\n")
    assert speakers_of(quotes_in(nlp, text), "the market had been closed") == ["Mina Rahimi"]


def test_relative_clause_naming_someone_else(nlp: Any) -> None:
    # (the name in the relative clause is another person's: not whom the description means)
    text = ("A police officer, who gave the suspect's name as Omar Nadir, said the car had "
            "been stolen.\n")
    assert speakers_of(quotes_in(nlp, text), "the car had been stolen") != ["Omar Nadir"]


# ----------------------------------------------------------------- spokesperson_for_owner

_GROUP_SPOKESMAN = ("The Taliban distanced themselves from the talks on Friday. The group's "
                    "spokesman said its office in Qatar had not been told of any meeting.\n")


def test_unnamed_spokesman_of_a_group_speaks_for_it(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _GROUP_SPOKESMAN) if "office in Qatar" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "spokesman for Taliban"
    assert "spokesperson_for_owner" in hit.speaker.rules


def test_unnamed_spokesman_of_a_group_off(nlp: Any, ablated: Any) -> None:
    ablated("spokesperson_for_owner")
    assert speakers_of(quotes_in(nlp, _GROUP_SPOKESMAN), "office in Qatar") == \
        ["group's spokesman"]


def test_named_spokesman_is_still_the_person(nlp: Any) -> None:
    text = ("Zabihullah Mujahid, a Taliban spokesman, denied the report. The Taliban's "
            "spokesman said the group had not been invited.\n")
    assert speakers_of(quotes_in(nlp, text), "had not been invited") == ["Zabihullah Mujahid"]


def test_spokesman_of_a_person_is_left_alone(nlp: Any) -> None:
    text = "Senator Ana Ruiz's spokesman said the rally would go ahead.\n"
    assert speakers_of(quotes_in(nlp, text), "the rally would go ahead") != \
        ["spokesman for Ana Ruiz"]


# -------------------------------------------------------------------- country_owned_body

_OWNED = "Pakistan's Foreign Office said on Friday that the talks had been put off.\n"


def test_country_possessor_is_part_of_a_bodys_name(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _OWNED) if "put off" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Pakistan's Foreign Office"
    assert "country_owned_body" in hit.speaker.rules


def test_country_possessor_off(nlp: Any, ablated: Any) -> None:
    ablated("country_owned_body")
    assert speakers_of(quotes_in(nlp, _OWNED), "put off") == ["Foreign Office"]


def test_company_name_keeps_its_own_name(nlp: Any) -> None:
    text = "Russia's Gazprom said on Monday that its gas exports had risen.\n"
    assert speakers_of(quotes_in(nlp, text), "gas exports had risen") == ["Gazprom"]


# -------------------------------------------------------------- unnamed_takes_up_unnamed

_UNNAMED = ("A senior border police official said the crossing had been shut for a week.\n\n"
            '"Nobody gets through without our say," said the official, who spoke on condition '
            "of anonymity.\n")


def test_unnamed_source_takes_up_the_unnamed_one_before(nlp: Any) -> None:
    hit = next(q for q in quotes_in(nlp, _UNNAMED) if "Nobody gets through" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "senior border police official"
    assert "unnamed_takes_up_unnamed" in hit.speaker.rules


def test_unnamed_source_off(nlp: Any, ablated: Any) -> None:
    ablated("unnamed_takes_up_unnamed")
    assert speakers_of(quotes_in(nlp, _UNNAMED), "Nobody gets through") == ["official"]


def test_unnamed_source_is_no_named_official(nlp: Any) -> None:
    text = ("Interior Minister Ana Ruiz, a senior official, said the border was calm.\n\n"
            '"We see no threat at all," said the official, who spoke on condition of '
            "anonymity.\n")
    assert speakers_of(quotes_in(nlp, text), "We see no threat") != ["Ana Ruiz"]


# ---------------------------------------------- issued_by_agent: "the statement" later on

def test_statement_released_by_a_body_speaks_for_it_later(nlp: Any) -> None:
    text = ("Officials of the three countries met for two days, according to a statement "
            "released afterward by Beijing. The statement said the sides had agreed to meet "
            "again in May.\n")
    assert speakers_of(quotes_in(nlp, text), "agreed to meet again") == ["Beijing"]


# ---------------------------------------------- document_nouns: a reply that speaks

def test_written_reply_is_its_senders(nlp: Any) -> None:
    text = ("The embassy has dismissed such accounts. In a written reply to questions, the "
            'embassy said its contacts with the rebels were "purely political." "Not a single '
            'rifle has been delivered to them," the reply said.\n')
    found = quotes_in(nlp, text)
    assert speakers_of(found, "Not a single rifle") == speakers_of(found, "purely political")


# ---------------------------------------------------------- object_relative_says_nothing

_WRITTEN = ("Ana Ruiz runs the Asia program at the institute. She said Moscow was unlikely to "
            "send the rebels heavy guns, because that would break the arms embargo it helped "
            'write, "but it does not need to. A few words at the United Nations can do more '
            'than a few crates of rifles."\n')


def test_thing_written_in_a_relative_clause_frames_no_quotation(nlp: Any) -> None:
    assert speakers_of(quotes_in(nlp, _WRITTEN), "does not need to") == ["Ana Ruiz"]


def test_thing_written_in_a_relative_clause_off(nlp: Any, ablated: Any) -> None:
    ablated("object_relative_says_nothing")
    assert speakers_of(quotes_in(nlp, _WRITTEN), "does not need to") != ["Ana Ruiz"]


def test_relative_who_said_still_speaks(nlp: Any) -> None:
    text = 'Ana Ruiz met the man who told reporters, "We will be back next spring."\n'
    assert speakers_of(quotes_in(nlp, text), "We will be back") == ["man"]
