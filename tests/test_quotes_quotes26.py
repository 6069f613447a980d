"""Quote rules of session 26 (quotes26, issue 13: quotes missed at their cue, merged with a
neighbour, given to another speaker, and false quotes), each on made-up text, with a look-alike
that keeps its answer and switched off once: a cue with no subject joined to the verb of a
reported clause whose subject is a thing that cannot speak goes on with the one who said the
clause, and the clause ends before it (mute_subject_goes_on); a "she" or "he" takes up a
person named after the latest subject, in a later sentence, whom the text has made a speaker
or subject and whose gender it gives as the pronoun's, over that subject of unknown gender
(known_gender_nearer); a past participle of naming on a noun ('the franc, often called the
"swissie"') is said by its agent, never by the noun, and by no one without one
(naming_participle_agent); a "one" who speaks is not one of the people just spoken to ('spoke
to reporters', one_not_the_audience); a nationality word with "for" and a cause in capitals is
a group's whole name ('Americans for Fair Trade', group_named_for_cause); a surname the tagger
read as an adverb of the verb a participle cue is set off from speaks ('Tully denied that,
telling reporters that ...', surname_over_participle); after 'according to' a name, a thing
the parser hung on the name as one more apposition is the subject of what was said
(subject_read_as_apposition); a cue with its own subject inside a sentence whose quoted words
went to the source of 'according to' reports them too (report_inside_according); a noun for an
organization given its name by "called" is that organization ('a coalition called Keep It
Local', org_called_name); "report" to a place one presents oneself at ('ordered to report to
prison') tells nothing (report_in_person)."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- mute_subject_goes_on

_MUTE_SUBJECT = ("Market analysts said the fare was low but questioned whether the airline "
                 "could keep flying.\n")


def test_cue_joined_to_mute_subject_goes_on_with_the_speaker(nlp: Any) -> None:
    found = quotes_in(nlp, _MUTE_SUBJECT)
    assert speakers_of(found, "the airline could keep flying") == ["Market analysts"]
    hit = next(q for q in found if "the airline could keep flying" in q.text)
    assert hit.speaker is not None and "mute_subject_goes_on" in hit.rules
    # the first clause ends before the joined cue: two quotes, not one holding both
    said = next(q for q in found if "fare was low" in q.text)
    assert "questioned" not in said.text


def test_mute_subject_goes_on_off(nlp: Any, ablated: Any) -> None:
    ablated("mute_subject_goes_on")
    found = quotes_in(nlp, _MUTE_SUBJECT)
    # (without it the fare questioned, and the first quote ran on over the second cue)
    assert speakers_of(found, "the airline could keep flying") != ["Market analysts"]
    assert any("fare was low but questioned" in q.text for q in found)


def test_mute_subject_in_any_plain_past(nlp: Any) -> None:
    text = "Mark Dunn said the plan failed and argued that the city should try again.\n"
    found = quotes_in(nlp, text)
    assert speakers_of(found, "the city should try again") == ["Mark Dunn"]
    assert speakers_of(found, "the plan failed") == ["Mark Dunn"]


def test_speaking_subject_keeps_the_joined_cue(nlp: Any) -> None:
    # look-alike: the clause's subject can speak; the joined cue stays with it
    text = ("Market analysts said the minister was tired but insisted that he would stay "
            "in office.\n")
    found = quotes_in(nlp, text)
    inner = [q for q in found if q.text.startswith("he would stay")]
    assert [q.speaker.name if q.speaker else None for q in inner] == ["minister"]
    assert not any("mute_subject_goes_on" in q.rules for q in found)


# ------------------------------------------------------------- known_gender_nearer

_NEARER_KNOWN = ('"The van never slowed down," said Dana Holt, a local nurse. Holt and her '
                 'daughter were crossing the road. "He tried to help everyone," said Sgt. '
                 'Robin Vale. That is a view that Holt shares. "I feel sorry for the driver," '
                 'she said.\n')


def test_pronoun_takes_the_named_one_of_its_gender(nlp: Any) -> None:
    found = quotes_in(nlp, _NEARER_KNOWN)
    assert speakers_of(found, "sorry for the driver") == ["Dana Holt"]
    hit = next(q for q in found if "sorry for the driver" in q.text)
    assert hit.speaker is not None and "known_gender_nearer" in hit.speaker.rules


def test_known_gender_nearer_off(nlp: Any, ablated: Any) -> None:
    ablated("known_gender_nearer")
    # (without it the last speaker, whose gender the text never gave, said it)
    assert speakers_of(quotes_in(nlp, _NEARER_KNOWN), "sorry for the driver") == ["Robin Vale"]


def test_gender_not_given_keeps_the_last_speaker(nlp: Any) -> None:
    # look-alike: nothing says Holt is a woman; the last speaker stays the one
    text = ('"The van never slowed down," said Dana Holt, a local nurse. "He tried to help '
            'everyone," said Sgt. Robin Vale. That is a view that Holt shares. "I feel sorry '
            'for the driver," she said.\n')
    assert speakers_of(quotes_in(nlp, text), "sorry for the driver") == ["Robin Vale"]


def test_named_in_the_subjects_own_sentence_stays_aside(nlp: Any) -> None:
    # look-alike: the woman is named in the subject's own sentence, not after it
    text = ('Lena Frost said her team had lost. "We tried," said coach Robin Vale, who '
            'thanked Frost for her work. "It was a hard season," she said.\n')
    assert speakers_of(quotes_in(nlp, text), "a hard season") == ["Robin Vale"]


# ------------------------------------------------------------- naming_participle_agent

_NAMED_NO_AGENT = ('The Swiss franc, often called the "swissie," rose to a new high as gold '
                   'fell.\n')
_NAMED_BY_AGENT = 'The new levy, called "a tax on work" by its critics, took effect on Monday.\n'


def test_naming_participle_without_agent_is_no_quote(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _NAMED_NO_AGENT) if "swissie" in q.text]


def test_naming_participle_agent_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, _NAMED_BY_AGENT)
    assert speakers_of(found, "a tax on work") == ["critics"]
    hit = next(q for q in found if "a tax on work" in q.text)
    assert "naming_participle_agent" in hit.rules


def test_naming_participle_agent_off(nlp: Any, ablated: Any) -> None:
    ablated("naming_participle_agent")
    # (without it the noun named was the speaker)
    assert speakers_of(quotes_in(nlp, _NAMED_NO_AGENT), "swissie") == ["Swiss franc"]


def test_relative_with_own_subject_keeps_its_speaker(nlp: Any) -> None:
    # look-alikes: a relative clause with its own subject, and a main verb
    text = 'The club was fined, a decision the owner called "an outrage."\n'
    assert speakers_of(quotes_in(nlp, text), "an outrage") == ["owner"]
    text = 'Mark Dunn, the mayor, called the plan "a disaster."\n'
    assert speakers_of(quotes_in(nlp, text), "a disaster") == ["Mark Dunn"]


# ------------------------------------------------------------- one_not_the_audience

_SPOKE_TO = 'Three aides spoke to reporters. "We will not back down," one said.\n'


def test_one_is_not_of_the_audience(nlp: Any) -> None:
    found = quotes_in(nlp, _SPOKE_TO)
    assert speakers_of(found, "not back down") == ["one of the three aides"]


def test_one_not_the_audience_off(nlp: Any, ablated: Any) -> None:
    ablated("one_not_the_audience")
    # (without it "one" was one of the reporters spoken to)
    assert speakers_of(quotes_in(nlp, _SPOKE_TO), "not back down") == ["one of the reporters"]


def test_people_met_are_still_the_group(nlp: Any) -> None:
    # look-alike: people met, not spoken to, are still who "one" is among
    text = 'The mayor met angry residents. "We will not back down," one said.\n'
    assert speakers_of(quotes_in(nlp, text), "not back down") == ["one of the angry residents"]


# ------------------------------------------------------------- group_named_for_cause

_GROUP_FOR = 'Americans for Fair Trade said it would run advertisements in four states.\n'


def test_group_named_for_a_cause_is_whole(nlp: Any) -> None:
    found = quotes_in(nlp, _GROUP_FOR)
    assert speakers_of(found, "run advertisements") == ["Americans for Fair Trade"]
    hit = next(q for q in found if "run advertisements" in q.text)
    assert hit.speaker is not None and "group_named_for_cause" in hit.speaker.rules


def test_group_named_for_cause_off(nlp: Any, ablated: Any) -> None:
    ablated("group_named_for_cause")
    # (without it the name was cut at the nationality word)
    assert speakers_of(quotes_in(nlp, _GROUP_FOR), "run advertisements") == ["Americans"]


def test_nationality_for_a_while_stays_the_people(nlp: Any) -> None:
    # look-alike: "for" with no name after it
    text = "Americans for years have said the system is broken.\n"
    assert speakers_of(quotes_in(nlp, text), "the system is broken") == ["Americans"]


# ------------------------------------------------------------- surname_over_participle

_SURNAME_ADVERB = ('Senator Ray Tully chairs the panel. Tully denied that, telling reporters '
                   'that the panel was doing its job.\n')


def test_surname_read_as_adverb_above_participle_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, _SURNAME_ADVERB)
    assert speakers_of(found, "the panel was doing its job") == ["Ray Tully"]
    hit = next(q for q in found if "doing its job" in q.text)
    assert "surname_over_participle" in hit.rules


def test_surname_over_participle_off(nlp: Any, ablated: Any) -> None:
    ablated("surname_over_participle")
    # (without it the participle found no one, and no quote was made)
    assert not [q for q in quotes_in(nlp, _SURNAME_ADVERB) if "doing its job" in q.text]


def test_plain_adverb_is_no_speaker(nlp: Any) -> None:
    # look-alike: an adverb no person of the text has for a surname stays an adverb
    text = ('Senator Ray Tully chairs the panel. Flatly denied that, telling reporters that '
            'the panel was doing its job.\n')
    assert not [q for q in quotes_in(nlp, text)
                if "doing its job" in q.text and q.speaker is not None and
                q.speaker.name == "Flatly"]


# ------------------------------------------------------------- subject_read_as_apposition

_APPOS_SUBJECT = ("According to Mark Dunn, Norway's special envoy for Chile, some 10,000 "
                  "assault rifles, commonly known as carbines, will be delivered to Chile this "
                  "month.\n")


def test_apposition_subject_is_said(nlp: Any) -> None:
    found = quotes_in(nlp, _APPOS_SUBJECT)
    assert speakers_of(found, "some 10,000 assault rifles") == ["Mark Dunn"]
    hit = next(q for q in found if "assault rifles" in q.text)
    assert "subject_read_as_apposition" in hit.rules and "envoy" not in hit.text


def test_subject_read_as_apposition_off(nlp: Any, ablated: Any) -> None:
    ablated("subject_read_as_apposition")
    # (without it what was said began at the verb, its subject lost)
    found = quotes_in(nlp, _APPOS_SUBJECT)
    assert not [q for q in found if "assault rifles" in q.text]
    assert speakers_of(found, "will be delivered") == ["Mark Dunn"]


def test_source_title_alone_stays_aside(nlp: Any) -> None:
    # look-alike: one apposition (the source's title) and a subject of its own
    text = "According to Mark Dunn, the finance minister, the fund will close next year.\n"
    found = quotes_in(nlp, text)
    assert [q.text for q in found if "fund" in q.text] == ["the fund will close next year"]


# ------------------------------------------------------------- report_inside_according

_INSIDE_ACCORDING = ('Callers usually told buyers their cards had been blocked and that their '
                     'savings had to be moved to a "secure fund", according to an alert the '
                     'bank sent to shops.\n')


def test_cue_inside_according_reports_too(nlp: Any) -> None:
    found = quotes_in(nlp, _INSIDE_ACCORDING)
    assert sorted(str(s) for s in speakers_of(found, "secure fund")) == ["Callers", "alert"]
    inner = next(q for q in found if q.speaker is not None and q.speaker.name == "Callers")
    assert inner.kind == "mixed" and "report_inside_according" in inner.rules


def test_report_inside_according_off(nlp: Any, ablated: Any) -> None:
    ablated("report_inside_according")
    # (without it only the source of "according to" had the quoted words)
    assert speakers_of(quotes_in(nlp, _INSIDE_ACCORDING), "secure fund") == ["alert"]


def test_according_without_inner_cue_is_one_quote(nlp: Any) -> None:
    # look-alike: no cue inside the sentence; the source alone has it
    text = ('Savings had to be moved to a "secure fund", according to an alert the bank sent '
            'to shops.\n')
    assert speakers_of(quotes_in(nlp, text), "secure fund") == ["alert"]


# ------------------------------------------------------------- org_called_name

_ORG_CALLED = 'A coalition called Keep It Local said the mall would hurt small shops.\n'


def test_org_called_by_its_name(nlp: Any) -> None:
    found = quotes_in(nlp, _ORG_CALLED)
    assert speakers_of(found, "hurt small shops") == ["Keep It Local"]
    hit = next(q for q in found if "hurt small shops" in q.text)
    assert hit.speaker is not None and "org_called_name" in hit.speaker.rules


def test_org_called_name_off(nlp: Any, ablated: Any) -> None:
    ablated("org_called_name")
    # (without it the coalition stayed a description)
    assert speakers_of(quotes_in(nlp, _ORG_CALLED), "hurt small shops") == ["coalition"]


def test_called_on_a_day_is_no_name(nlp: Any) -> None:
    # look-alikes: "called" a day (a phone call), and a person named so
    text = "A group called Monday to say the school should reopen.\n"
    assert speakers_of(quotes_in(nlp, text), "the school should reopen") == ["group"]
    text = "A farmer named Ana Ruiz said the rain came late.\n"
    assert speakers_of(quotes_in(nlp, text), "the rain came late") == ["Ana Ruiz"]


# ------------------------------------------------------------- report_in_person

_REPORT_TO_PRISON = ('Mark Dunn, whom co-workers knew as "Mr. Ledger," was ordered to report '
                     'to prison on Monday.\n')


def test_report_to_prison_says_nothing(nlp: Any) -> None:
    assert not [q for q in quotes_in(nlp, _REPORT_TO_PRISON) if "Ledger" in q.text]


def test_report_in_person_off(nlp: Any, ablated: Any) -> None:
    ablated("report_in_person")
    # (without it the nickname nearby was his words)
    assert speakers_of(quotes_in(nlp, _REPORT_TO_PRISON), "Ledger") == ["Mark Dunn"]


def test_report_to_police_with_a_clause_still_reports(nlp: Any) -> None:
    # look-alike: reported to someone, with what was reported
    text = "Mark Dunn reported to police that his car had been stolen.\n"
    assert speakers_of(quotes_in(nlp, text), "his car had been stolen") == ["Mark Dunn"]
