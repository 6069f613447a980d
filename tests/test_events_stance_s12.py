"""Accusations in political news (issue #11, evaccuse6 session 12), each rule on sentences we
made up, with the negatives it must leave alone: an evaluative statement about another party
in a speaker's own words with no accusing word (`evaluative_stance`, its words in
lexicons/event_speech.json) and the party an accusation is aimed at by its phrase
(`speech_target`). Each rule is switched off with NEWSWEAVE_ABLATE to show it is what makes
its example pass."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import told as told_on
from newsweave.extract.ablation import SPEECH_RULES
from newsweave.model import Event

pytestmark = pytest.mark.slow


def told(nlp: Any, text: str) -> list[Event]:
    """The events of one made-up article dated 2024-09-02, with its quotes."""
    return told_on(nlp, text, "2024-09-02")


def accusations(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "ACCUSE"]


def test_the_rules_can_be_switched_off() -> None:
    assert {"evaluative_stance", "speech_target", "branch_apart", "they_antecedent",
            "own_victim_accuser", "received_criticism", "accuser_phrase",
            "rejected_asker", "chanted_accusation", "crowd_speaker",
            "risk_not_threat", "retaliation_idiom"} <= SPEECH_RULES


# ------------------------------------------------------------------- evaluative stance

# (text, a word of the accuser's name, a word of the accused's name or its country)
STANCE = [
    ('"The cabinet does not care about the miners," Chilean union leader Rosa Vidal said.',
     "Vidal", "CHL"),
    ("Kenyan senator Otieno Wamalwa said the governor had squandered the county's budget.",
     "Wamalwa", "KEN"),
    ('"Caracas has never respected the border treaty," the Guyanese foreign minister said.',
     "Guyan", "VEN"),
    ("The Moldovan president said Moscow was using gas as a weapon against her country.",
     "Moldov", "RUS"),
    ("Danish minister Lars Holm said the shipping firm Nordvik had behaved recklessly.",
     "Holm", "Nordvik"),
    ('"Minsk is behind every attack on our border posts," the Latvian interior minister said.',
     "Latvia", "BLR"),
    ('"Tehran showed no regard for the lives of its own people," the Canadian foreign '
     "minister said.", "Canad", "IRN"),
    ('"The regional council is not interested in our water," farm leader Ana Ruiz said.',
     "Ruiz", "council"),
    ('Irish senator Maeve Burke spoke in Cork. "The ministers have abandoned the fishermen," '
     "she said.", "Burke", "minister"),
]


def _names(e: Event) -> tuple[str, str]:
    actor = f"{e.actor.name} {e.actor.country}" if e.actor else ""
    recipient = f"{e.recipient.name} {e.recipient.country}" if e.recipient else ""
    return actor, recipient


@pytest.mark.parametrize(("text", "accuser", "accused"), STANCE)
def test_an_evaluative_statement_about_another_party_accuses_it(
        nlp: Any, text: str, accuser: str, accused: str) -> None:
    found = [e for e in accusations(told(nlp, text))
             if accuser in _names(e)[0] and accused in _names(e)[1]]
    assert found, [(e.type, _names(e)) for e in told(nlp, text)]
    assert found[0].modality == "asserted"
    assert "evaluative_stance" in found[0].rules


@pytest.mark.parametrize(("text", "accuser", "accused"), STANCE[:4])
def test_without_the_rule_the_statement_accuses_nobody(
        nlp: Any, ablated: Any, text: str, accuser: str, accused: str) -> None:
    ablated("evaluative_stance")
    assert not [e for e in accusations(told(nlp, text))
                if accuser in _names(e)[0] and accused in _names(e)[1]]


@pytest.mark.parametrize("text", [
    # the writer's own words accuse nobody
    "The ministry has squandered millions on the unfinished bridge.",
    # the speaker's own side
    '"We did not care enough about the north," the Nigerian planning minister said.',
    # a negated report: nobody said it
    "The Kenyan senator did not say the governor had squandered the budget.",
    # praise: a duty never left undone
    '"The mayor has never failed us," the Lagos councillor Bola Ade said.',
    # a description of no party
    '"The harbour is not interested in small boats any more," the old fisherman said.',
    # a copula negated: no judgement
    '"The council is not a puppet of anyone," the Peruvian mayor said.',
    # a physical act with a preposition is no figure of speech ('stab in the back')
    "According to Ghanaian police, Kofi Mensah stabbed his brother in the arm on Monday.",
])
def test_statements_that_judge_no_other_party_are_no_accusation(nlp: Any, text: str) -> None:
    assert not [e for e in accusations(told(nlp, text)) if "evaluative_stance" in e.rules], \
        [(e.type, _names(e), e.rules) for e in told(nlp, text)]


def test_one_branch_of_a_state_accusing_another_accuses_another_party(
        nlp: Any, ablated: Any) -> None:
    """Rule `branch_apart`: a senator (legislature) blaming the governor (executive) of the
    same country accuses another party; without the rule they are one side."""
    text = "Kenyan senator Otieno Wamalwa said the governor had squandered the county's budget."
    assert [e for e in accusations(told(nlp, text)) if "Wamalwa" in _names(e)[0]]
    ablated("branch_apart")
    assert not [e for e in accusations(told(nlp, text)) if "Wamalwa" in _names(e)[0]]


def test_one_branch_blaming_itself_is_no_accusation(nlp: Any) -> None:
    text = "Kenyan President William Ruto said the government had squandered the budget."
    assert not [e for e in accusations(told(nlp, text)) if "evaluative_stance" in e.rules]


def test_they_in_an_accusing_statement_is_the_party_before_it(nlp: Any, ablated: Any) -> None:
    """Rule `they_antecedent`: 'they' stands for the nearest group or organisation before it
    (up to two sentences back), never the speaker's camp."""
    text = ('Lagos police detained the student on Friday. "They never listen to '
            'us," his aunt Ana Okoro said.')
    assert [e for e in accusations(told(nlp, text))
            if e.recipient is not None and "police" in e.recipient.name.lower()]
    ablated("they_antecedent")
    assert not [e for e in accusations(told(nlp, text))
                if e.recipient is not None and "police" in e.recipient.name.lower()]


def test_they_with_no_party_before_it_accuses_nobody(nlp: Any) -> None:
    text = '"They never listen to us," the farmer Ana Ruiz said on Monday.'
    assert not [e for e in accusations(told(nlp, text)) if "evaluative_stance" in e.rules]


@pytest.mark.parametrize(("text", "speaker", "doer"), [
    ('"Soldiers shelled our homes for two days," villager Joseph Kamau told reporters.',
     "Kamau", "soldiers"),
    ('"The militia attacked us at night," said Joseph Kamau, a farmer.', "Kamau", "militia"),
])
def test_an_act_of_force_on_the_speakers_own_accuses_its_doer(
        nlp: Any, ablated: Any, text: str, speaker: str, doer: str) -> None:
    """Rule `own_victim_accuser`: a speaker telling of force done to their own ('our sons',
    'us') accuses the doer, beside the act itself."""
    def found() -> list[Event]:
        return [e for e in accusations(told(nlp, text))
                if speaker in _names(e)[0] and doer in _names(e)[1].lower()]
    assert found(), [(e.type, _names(e)) for e in told(nlp, text)]
    ablated("own_victim_accuser")
    assert not found()


@pytest.mark.parametrize("text", [
    '"We arrested the smugglers at dawn," the Lagos police chief said.',  # the speaker's act
    '"The rebels attacked the convoy," the army spokesman Ali Musa said.',  # not his own
])
def test_force_not_done_to_the_speakers_own_is_no_such_accusation(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "own_victim_accuser" in e.rules]


def test_a_thing_needed_for_a_purpose_is_no_request(nlp: Any) -> None:
    """'the country needs a firm hand to deal with the floods' puts no obligation on the
    country (a necessity with an object: what is needed, and what for)."""
    text = ("Prime Minister Anders Lind rejected calls to resign, saying the country needs "
            "a firm hand to deal with the floods.")
    assert not [e for e in told(nlp, text) if e.type == "REQUEST"]
    assert [e for e in told(nlp, text) if e.type == "REJECT"]


# ------------------------------------------------------------------------ speech target

TARGETS = [
    ("The Brazilian president railed against the Argentine tariffs on Monday.", "ARG"),
    ("The Polish minister's criticism of the German plan angered Berlin.", "DEU"),
    ("The Spanish premier delivered a broadside at Morocco on Tuesday.", "MAR"),
    ("Ghana's opposition leader tore into Nigeria over the border closure.", "NGA"),
]


@pytest.mark.parametrize(("text", "country"), TARGETS)
def test_an_accusation_is_aimed_at_the_party_of_its_phrase(
        nlp: Any, text: str, country: str) -> None:
    found = [e for e in accusations(told(nlp, text))
             if e.recipient is not None and e.recipient.country == country]
    assert found, [(e.type, _names(e)) for e in told(nlp, text)]


@pytest.mark.parametrize(("text", "country"), TARGETS[:3])
def test_without_the_rule_the_accusation_has_no_recipient(
        nlp: Any, ablated: Any, text: str, country: str) -> None:
    # (thing_target_owner, session 18, reaches the same party through the thing judged)
    ablated("speech_target", "thing_target_owner")
    assert not [e for e in accusations(told(nlp, text))
                if e.recipient is not None and e.recipient.country == country]


def test_a_passive_accusation_is_aimed_at_the_owner_of_its_subject(
        nlp: Any, ablated: Any) -> None:
    text = "Iran's nuclear programme was condemned by the Dutch foreign minister."
    assert [e for e in accusations(told(nlp, text))
            if e.recipient is not None and e.recipient.country == "IRN"]
    ablated("speech_target", "thing_target_owner")
    assert not [e for e in accusations(told(nlp, text))
                if e.recipient is not None and e.recipient.country == "IRN"]


def test_criticism_drawn_is_aimed_at_the_subject_of_the_receiving_verb(
        nlp: Any, ablated: Any) -> None:
    """Rule `received_criticism`: 'X's handling drew criticism from Y' is Y accusing X (not
    X accusing anyone)."""
    text = "The Peruvian government's response to the floods drew sharp criticism from Chile."
    found = accusations(told(nlp, text))
    assert [e for e in found if e.actor is not None and e.actor.country == "CHL" and
            e.recipient is not None and e.recipient.country == "PER"], \
        [_names(e) for e in found]
    ablated("received_criticism")
    assert not [e for e in accusations(told(nlp, text))
                if e.actor is not None and e.actor.country == "CHL" and
                e.recipient is not None and e.recipient.country == "PER"]


def test_an_accusation_nouns_from_phrase_names_the_accuser(nlp: Any, ablated: Any) -> None:
    """Rule `accuser_phrase`: 'condemnation of X from Y' is Y's."""
    text = "Criticism of the Venezuelan government from Washington grew sharper this month."
    assert [e for e in accusations(told(nlp, text))
            if e.actor is not None and e.actor.country == "USA"]
    ablated("accuser_phrase")
    assert not [e for e in accusations(told(nlp, text))
                if e.actor is not None and e.actor.country == "USA"]


def test_a_verbs_of_phrase_is_the_charge_not_the_accused(nlp: Any) -> None:
    events = accusations(told(nlp, "Britain accused Iran of seizing a Greek tanker."))
    assert events and all(e.recipient is not None and e.recipient.country == "IRN"
                          for e in events), [_names(e) for e in events]


# ------------------------------------------------------------------------ rejected asker

@pytest.mark.parametrize(("text", "asker"), [
    ("Austria's chancellor rejected calls from Kyiv to send more air defence systems.", "UKR"),
    ("The Bolivian president rejected the miners' union's demands.", "union"),
])
def test_a_rejected_request_names_who_asked(
        nlp: Any, ablated: Any, text: str, asker: str) -> None:
    """Rule `rejected_asker`: what is refused was asked by its from/by phrase or its owner."""
    def found() -> list[Event]:
        return [e for e in told(nlp, text) if e.type == "REJECT" and asker in _names(e)[1]]
    assert found(), [(e.type, _names(e)) for e in told(nlp, text)]
    # (rejected_offer_owner, session 16, reads a from-phrase on an offer or a call too, and
    # judged_thing_owner, session 24, a rejected thing's possessive owner of a common noun)
    ablated("rejected_asker", "rejected_offer_owner", "judged_thing_owner")
    assert not found()


# -------------------------------------------------------------------- chanted accusation

@pytest.mark.parametrize(("text", "accused"), [
    ('Marchers in Quito chanted "Noboa, murderer" outside the palace.', "Noboa"),
    ('Banners outside the ministry in Accra read: "Down with this government of thieves".',
     "GHA"),
    ('Thousands of students gathered in Belgrade on Friday. They shouted "killers, killers" '
     "at the riot police.", ""),
])
def test_a_crowds_chant_of_blame_accuses(
        nlp: Any, ablated: Any, text: str, accused: str) -> None:
    """Rule `chanted_accusation`: a chant or a banner with a word of blame is the crowd's
    ACCUSE, to whom it names (or to no named party)."""
    def found() -> list[Event]:
        return [e for e in accusations(told(nlp, text)) if accused in _names(e)[1] and
                "chanted_accusation" in e.rules]
    assert found(), [(e.type, _names(e), e.rules) for e in told(nlp, text)]
    ablated("chanted_accusation")
    assert not found()


@pytest.mark.parametrize("text", [
    'Fans in Madrid chanted "we love you" as the team bus arrived.',
    'Protesters in Lima shouted "no more taxes" outside the ministry.',
    'The report read: "The killers were never found."',  # no banner
    # a report of what was shouted, not the chant itself
    'The youths threw stones while shouting they "would kill the officers".',
])
def test_a_chant_without_blame_or_a_report_accuses_nobody(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "chanted_accusation" in e.rules]


def test_a_crowds_demand_is_the_protesters(nlp: Any, ablated: Any) -> None:
    """Rule `crowd_speaker`: 'thousands demanded his resignation' is a REQUEST by the
    protesters (the crowd), not dropped for want of a named actor."""
    text = "Thousands in Kampala demanded the resignation of the police chief."
    def found() -> list[Event]:
        return [e for e in told(nlp, text) if e.type == "REQUEST" and e.actor is not None
                and e.actor.name == "protesters"]
    assert found(), [(e.type, _names(e)) for e in told(nlp, text)]
    ablated("crowd_speaker")
    assert not found()


@pytest.mark.parametrize("text", [
    "People in the town of Kitale said the water had been dirty for weeks.",
    # one person is no crowd
    "A teacher in Kitale has accused the county of neglecting the school.",
    "The mayor was accused of fraud by a woman who worked for him.",
    # a kind of person is no crowd
    "Security experts recommend that users install the update at once.",
])
def test_no_crowd_no_crowd_speaker(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "crowd_speaker" in e.rules]


# ----------------------------------------------------------------------- risk, not threat

def test_what_a_happening_threatens_to_bring_about_is_no_threat(
        nlp: Any, ablated: Any) -> None:
    """Rule `risk_not_threat`: a participle saying what a happening threatens to bring about
    is a risk; a party threatening in a participle or a finite verb still threatens."""
    text = ("A border post near Kasumbalesa was shelled on Monday, Congolese officials said, "
            "threatening to inflame the dispute with Zambia.")
    assert not [e for e in told(nlp, text) if e.type == "THREATEN"]
    ablated("risk_not_threat")
    assert [e for e in told(nlp, text) if e.type == "THREATEN"]


@pytest.mark.parametrize("text", [
    "The rebels marched on Bangui, threatening to storm the presidential palace.",
    "Moscow threatened to derail the grain deal unless its ships were insured.",
])
def test_a_partys_threat_stays_a_threat(nlp: Any, text: str) -> None:
    assert [e for e in told(nlp, text) if e.type == "THREATEN"]


# ---------------------------------------------------------------------- retaliation idiom

@pytest.mark.parametrize(("text", "threatener", "threatened"), [
    ("Pakistan said India would pay a heavy price for the cross-border raid.", "PAK", "IND"),
    ('"Canberra will regret this decision," the Chinese embassy said.', "CHN", "AUS"),
    ("The Serbian president warned Kosovo's leaders that they would face serious consequences.",
     "SRB", ""),
])
def test_telling_another_party_it_will_pay_threatens_it(
        nlp: Any, ablated: Any, text: str, threatener: str, threatened: str) -> None:
    """Rule `retaliation_idiom`: 'X said Y would pay a heavy price', 'Y will regret this'."""
    def found() -> list[Event]:
        return [e for e in told(nlp, text) if e.type == "THREATEN" and
                threatener in _names(e)[0] and threatened in _names(e)[1]]
    assert found(), [(e.type, _names(e)) for e in told(nlp, text)]
    ablated("retaliation_idiom")
    assert not [e for e in told(nlp, text) if "retaliation_idiom" in e.rules]


@pytest.mark.parametrize("text", [
    "Farmers will pay a higher price for diesel next year, the ministry said.",  # a cost
    "Russia paid a heavy price for the war, analysts in Riga said.",  # not in the future
    '"We will pay a heavy price for this war," the Ukrainian president said.',  # own side
    "Iran will not pay a heavy price, the foreign minister said.",  # negated
])
def test_a_cost_or_the_past_or_ones_own_side_is_no_threat(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "retaliation_idiom" in e.rules], \
        [(e.type, _names(e)) for e in told(nlp, text)]


# ------------------------------------------------------------------------- the word list

@pytest.mark.parametrize("broken", [
    {"stance_verbs": ["Ruin"]},  # words are lower case
    {"stance_verbs": ["stab in the back"]},  # a verb and at most one particle
    {"duty_verbs": []},  # an empty list would switch a part of the rule off unseen
])
def test_a_bad_stance_word_list_names_the_file(broken: dict[str, Any]) -> None:
    from newsweave.extract.lexicon import load_json
    from newsweave.extract.lexicon_schema import LexiconError, validate

    data = {**load_json("event_speech.json"), **broken}
    with pytest.raises(LexiconError, match=r"event_speech\.json"):
        validate("event_speech.json", data)
