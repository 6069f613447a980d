"""Reported speech as political news writes it (issue 13, session 11): patterns found
classifying the misses of the made-up political set (tests/data/quotes_politics_dev). Every
text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "words", "speaker_words"), [
    # the parser makes the dateline's place the subject and the speaker its apposition
    ("ALBANY, N.Y. - The campaign of Senator Mara Quill said on Monday that a rival's mailer "
     "was false, and it demanded that the mailer be withdrawn.", "the mailer be withdrawn",
     "campaign"),
    ("RENO, Nev. - Former mayor Otis Brell, the Democrat trying to unseat Senator Ava Kemp, "
     "told a rally on Sunday that the senator had ignored the valley.", "had ignored the valley",
     "Otis Brell"),
])
def test_a_dateline_is_no_speaker(nlp: Any, text: str, words: str, speaker_words: str) -> None:
    [name] = speakers_of(quotes_in(nlp, text), words)
    assert name is not None and speaker_words in name


def test_a_parenthetical_pronoun_cue_is_not_the_subject_it_follows(nlp: Any) -> None:
    text = ("Senator Dale Kowal told reporters that he had met the trade envoy, Mike Farr, on "
            "Monday. Farr, he said, had promised him a vote before the recess.")
    assert speakers_of(quotes_in(nlp, text), "had promised him a vote") == ["Dale Kowal"]


def test_a_clause_told_with_should_goes_on_in_the_next_would_sentence(nlp: Any) -> None:
    text = ("Senator Ines Moreau argued that the board should at least hold a public hearing. "
            "A hearing would let residents judge the plan for themselves.")
    assert speakers_of(quotes_in(nlp, text), "A hearing would let residents") == ["Ines Moreau"]
    # a clause told in the plain past does not go on
    plain = ("Senator Ines Moreau said the board met on Monday. It would be the last meeting "
             "before the vote.")
    assert not [q for q in quotes_in(nlp, plain) if "last meeting" in q.text]


def test_a_title_is_not_an_unnamed_description_of_another_word(nlp: Any) -> None:
    # "the senator" is the senator named before, not "his party's nominee" met just before
    text = ("Senator Rob Ellery has largely avoided the presidential race, in which his party's "
            "nominee trails badly. Asked on Friday about the race, the senator said he was "
            "focused on his own campaign.")
    assert speakers_of(quotes_in(nlp, text), "focused on his own campaign") == ["Rob Ellery"]


def test_a_relative_pronoun_can_be_the_subject_of_what_was_reported(nlp: Any) -> None:
    text = ("Governor Lena Voigt signed a licensing measure that critics said would let shops "
            "refuse service to some customers.")
    [name] = speakers_of(quotes_in(nlp, text), "would let shops refuse service")
    assert name is not None and "critics" in name.lower()


def test_a_cue_joined_to_a_clause_in_the_reported_past_goes_on_with_the_outer_speaker(
        nlp: Any) -> None:
    text = ("A party official noted that Ted Brannan had won statewide twice and said it would "
            "be a mistake to count him out.")
    found = quotes_in(nlp, text)
    [name] = speakers_of(found, "it would be a mistake")
    assert name is not None and "official" in name
    assert not [q for q in found if "won statewide" in q.text and "mistake" in q.text]
    # the same with a relative clause: the verb above the noun speaks
    text = ("President Oraz Bekov rolled back decrees which had praised his predecessor and "
            "vowed to open the economy to foreign investors.")
    assert speakers_of(quotes_in(nlp, text), "to open the economy") == ["Oraz Bekov"]


def test_a_given_name_outweighs_a_role_word_of_the_other_gender(nlp: Any) -> None:
    text = ("According to a person who has seen it, the new ad is harsh. The state party "
            "chairman, Rosa Delgado, said she hoped the race would stay civil. She added that "
            "turnout at party events had been strong all month.")
    assert speakers_of(quotes_in(nlp, text), "turnout at party events") == ["Rosa Delgado"]


def test_a_party_word_beside_a_name_is_that_person(nlp: Any) -> None:
    text = ("Republicans were not ready to drop the matter. Another Republican, Representative "
            "Sharon Lyell of Florida, wrote on Twitter that the director had failed the public.")
    assert speakers_of(quotes_in(nlp, text), "the director had failed") == ["Sharon Lyell"]


def test_a_promise_reports_its_infinitive(nlp: Any) -> None:
    text = "Ted Brannan promised to vote against any trade deal without labor standards."
    assert speakers_of(quotes_in(nlp, text), "to vote against any trade deal") == ["Ted Brannan"]
    # (a short one says too little: "promised to help")
    assert not [q for q in quotes_in(nlp, "Ted Brannan promised to help.") if "help" in q.text]


def test_the_other_is_the_other_of_the_group(nlp: Any) -> None:
    text = ("Two EU diplomats spoke on condition of anonymity. One of them said the talks had "
            "stalled. The other said Germany could accept a delay until the spring.")
    [name] = speakers_of(quotes_in(nlp, text), "Germany could accept a delay")
    assert name is not None and "other" in name and "diplomats" in name


def test_a_request_quoted_in_its_infinitive_keeps_its_addressee(nlp: Any) -> None:
    text = ('Majority Leader Walt Pryor urged senators of both parties to avoid "another '
            'manufactured crisis."')
    found = [q for q in quotes_in(nlp, text) if "manufactured crisis" in q.text]
    assert found and all(q.text.startswith("senators of both parties") for q in found), found


def test_a_participle_set_off_after_the_subject_keeps_the_speaker(nlp: Any) -> None:
    text = ('Judge Nora Vance, writing for the court, said the county had offered "only thin '
            'reasons" for closing the polling places.')
    assert speakers_of(quotes_in(nlp, text), "the county had offered") == ["Nora Vance"]


def test_a_cue_told_as_what_would_happen_does_not_take_the_quoted_word(nlp: Any) -> None:
    text = ('Foreign Minister Idris Kamal warned that new sanctions would break the accord, and '
            'he said his country would respond "firmly" if they passed.')
    found = [q for q in quotes_in(nlp, text) if "firmly" in q.text]
    assert found and all(q.kind == "mixed" and q.speaker is not None and
                         q.speaker.name == "Idris Kamal" for q in found), found


def test_a_report_keeps_its_clause_before_someone_elses_quoted_judgement(nlp: Any) -> None:
    text = ('Senator Lia Brandt said the rival bill had been drafted with the help of a gun '
            'lobby, a charge Senator Omar Pell called "absurd."')
    assert speakers_of(quotes_in(nlp, text), "the rival bill had been drafted") == ["Lia Brandt"]
    assert speakers_of(quotes_in(nlp, text), "absurd") == ["Omar Pell"]


def test_some_of_a_party_named_as_the_subject_before(nlp: Any) -> None:
    text = ("In the capital, Democrats in the state senate have proposed a new budget, and some "
            "have said they would block any bill that cuts school aid.")
    [name] = speakers_of(quotes_in(nlp, text), "they would block any bill")
    assert name is not None and "Democrats" in name


def test_a_title_prefers_its_holder_to_someone_named_in_his_words(nlp: Any) -> None:
    text = ("The mayor of Carlow, Lou Marek, said he was glad somebody was paying attention. But "
            "he said he was not sure Senator Paul Harlan could deliver on his promises. The mills "
            "were not coming back, the mayor said.")
    assert speakers_of(quotes_in(nlp, text), "The mills were not coming back") == ["Lou Marek"]


def test_two_different_titles_are_two_people_once_a_holder_has_spoken(nlp: Any) -> None:
    # (with the parenthetical rule, "The president" taken for the attorney general would
    # bind "he" away from him)
    text = ("President Alma Reyes said she was disappointed by the ruling. State Attorney "
            "General Ken Paxton Lowry praised the outcome. In a statement, he said the ruling "
            "was a victory for the states. The president, he argued, could not rewrite the law "
            "on her own.")
    [name] = speakers_of(quotes_in(nlp, text), "could not rewrite the law")
    assert name is not None and "Lowry" in name


def test_a_participle_after_a_relative_clause_goes_with_the_main_verb(nlp: Any) -> None:
    text = ("Mara Quill spoke on Monday. But her allies on the rules panel voted down an "
            "amendment that would have changed the schedule, arguing that it would delay the "
            "vote by a month.")
    [name] = speakers_of(quotes_in(nlp, text), "it would delay the vote")
    assert name is not None and "allies" in name


def test_someone_s_allies_are_a_group_of_their_own(nlp: Any) -> None:
    text = "Mara Quill spoke on Monday. Her allies on the committee said the vote was fair."
    [name] = speakers_of(quotes_in(nlp, text), "the vote was fair")
    assert name is not None and "allies" in name


def test_a_nationality_and_a_title_are_not_someone_with_another_title(nlp: Any) -> None:
    text = ("Secretary General Jens Halvor said the alliance would keep 12,000 troops in the "
            "country. The Afghan president, who attended the summit, thanked the allies and "
            "said his forces would need their help for years.")
    [name] = speakers_of(quotes_in(nlp, text), "his forces would need their help")
    assert name is not None and "Halvor" not in name and "president" in name


def test_a_legislature_named_by_its_name_is_no_he(nlp: Any) -> None:
    text = ('Speaker Ron Keller said the ruling made the program "null and void" and showed '
            "that the Constitution was clear: Congress, not the president, writes the laws. He "
            "urged the administration to work with lawmakers on border security instead.")
    assert speakers_of(quotes_in(nlp, text), "the administration to work with lawmakers") == [
        "Ron Keller"]


def test_a_claim_reports_its_infinitive(nlp: Any) -> None:
    # the officers report the claim; the suspect made it
    text = "Officers said the suspect, Dario Venn, claimed to have a second device in his car."
    found = [q for q in quotes_in(nlp, text) if q.text.startswith("to have a second device")]
    assert [q.speaker.name if q.speaker else None for q in found] == ["Dario Venn"], found


def test_a_that_clause_after_a_letter_to_someone_is_what_the_letter_said(nlp: Any) -> None:
    text = ("A coalition of charities said in a letter to both parties that dozens of "
            "shelters had closed.")
    [name] = speakers_of(quotes_in(nlp, text), "dozens of shelters had closed")
    assert name is not None and "coalition" in name
