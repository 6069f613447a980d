"""Events told in someone's words (issue #11, evquoted5 session 11), each rule on sentences we
made up, with the negatives it must leave alone: acts only hoped for (`hoped_for`), acts a
speaker says a party must do (`obliged_content`), force the speaker's own side would use on a
condition (`own_side_subject`), orders and pleas in a direct quote (`quoted_imperative`),
parties said to have failed to do their duty (`failed_duty`), an event noun told by a passive
verb of its own type (`agentless_theme`), and a denied claim's content (`content_clause_acl`,
a hook in modality.py). The rules are switched off with NEWSWEAVE_ABLATE to show each one is
what makes its example pass."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import told
from newsweave.extract.ablation import SPEECH_RULES

pytestmark = pytest.mark.slow


def test_every_rule_here_can_be_switched_off() -> None:
    assert {"hoped_for", "obliged_content", "own_side_subject", "quoted_imperative",
            "failed_duty", "agentless_theme", "content_clause_acl", "according_to_legal",
            "victim_side_unknown_doer", "owned_wrong", "end_the_act",
            "called_wrong"} <= SPEECH_RULES


# --------------------------------------------------------------------------- hoped for

@pytest.mark.parametrize("text", [
    "Estonia's president said he hoped Russia would one day pull its troops out of Georgia.",
    '"We hope the gangs will hand over their guns," the archbishop of Port-au-Prince said.',
    "Mediators expressed hope that talks between Khartoum and Juba could resume next week.",
])
def test_an_act_only_hoped_for_is_no_event(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if e.type in ("RETREAT", "CONSULT", "AID")], text


def test_hoped_for_is_what_drops_the_wished_withdrawal(nlp: Any, ablated: Any) -> None:
    text = "Estonia's president said he hoped Russia would one day pull its troops out of Georgia."
    ablated("hoped_for", "wished_act")  # (wished_act, session 14, reads the hope too)
    assert [e for e in told(nlp, text) if e.type == "RETREAT"]


def test_a_setting_of_the_hoped_act_is_not_hoped_for(nlp: Any) -> None:
    # the vigil took place; only her speaking at it was hoped for
    from newsweave.extract.event_speech import hoped_for

    doc = nlp("The evening began with hope that his mother would speak at a vigil in the park.")
    assert not hoped_for(next(t for t in doc if t.lower_ == "vigil"))
    assert hoped_for(next(t for t in doc if t.lower_ == "speak"))


def test_a_hope_to_act_oneself_and_a_reported_act_stay(nlp: Any) -> None:
    # an act reported beside a hope is told as done
    events = told(nlp, "Officials said Russia had pulled its troops out of two villages, and "
                       "they hoped the rest would follow.")
    assert any(e.type == "RETREAT" and e.modality == "asserted" for e in events)


# --------------------------------------------------------------------------- obligations

def test_what_a_party_must_do_is_the_demand_not_the_act(nlp: Any) -> None:
    events = told(nlp, "Jordan's foreign minister said Israel must withdraw from the "
                       "Jordan valley immediately.")
    assert any(e.type == "REQUEST" and e.recipient is not None and
               e.recipient.country == "ISR" for e in events)
    assert not [e for e in events if e.type == "RETREAT"]


def test_obliged_content_is_what_drops_the_asserted_withdrawal(nlp: Any, ablated: Any) -> None:
    ablated("obliged_content")
    events = told(nlp, "Jordan's foreign minister said Israel must withdraw from the "
                       "Jordan valley immediately.")
    assert [e for e in events if e.type == "RETREAT"]


def test_an_inference_with_must_have_is_not_an_obligation(nlp: Any) -> None:
    from newsweave.extract.event_speech import obliged_content

    doc = nlp("The militants must have fired from the roof of the school.")
    fired = next(t for t in doc if t.lower_ == "fired")
    assert not obliged_content(fired)
    doc = nlp("The army should release the detained students.")
    assert obliged_content(next(t for t in doc if t.lower_ == "release"))


# --------------------------------------------------------------------------- own side

def test_force_the_speakers_own_side_would_use_on_a_condition_is_a_threat(nlp: Any) -> None:
    events = told(nlp, '"If they cross the river, our artillery will destroy them," the '
                       'Eritrean general said.')
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].actor is not None and threats[0].actor.country == "ERI"
    assert threats[0].modality == "asserted"
    assert not [e for e in events if e.type == "ASSAULT"]


def test_own_side_subject_needs_a_quote(nlp: Any) -> None:
    # the writer's "our" is no speaker's side
    events = told(nlp, "If the rebels cross the river, the Eritrean artillery will destroy "
                       "them, analysts said.")
    assert not [e for e in events if e.type == "THREATEN"]


# --------------------------------------------------------------------------- quoted orders

@pytest.mark.parametrize(("text", "speaker"), [
    ('"Stop shelling our hospitals," the Yemeni health minister said on Tuesday.',
     "Yemeni health minister"),
    ('"Please release our sons," Amira Haddad told reporters outside the court in Tunis.',
     "Amira Haddad"),
    ('"Do not hide the number of infections from us," the nurses\' leader Joan Okafor said.',
     "Joan Okafor"),
])
def test_an_order_or_a_plea_in_a_quote_is_a_request_by_its_speaker(nlp: Any, text: str,
                                                                    speaker: str) -> None:
    requests = [e for e in told(nlp, text) if e.type == "REQUEST"]
    assert requests, text
    assert requests[0].actor is not None and speaker in requests[0].actor.name
    assert requests[0].attributed_to is not None
    assert requests[0].modality == "asserted"
    assert "quoted_imperative" in requests[0].rules


def test_the_addressee_of_a_quoted_order_is_its_recipient(nlp: Any) -> None:
    requests = [e for e in told(nlp, '"Release our children now," the mother of one '
                                     'hostage told Hamas in a video message.')
                if e.type == "REQUEST"]
    assert requests and requests[0].recipient is not None
    assert requests[0].recipient.name == "Hamas"


@pytest.mark.parametrize("text", [
    '"Don\'t hide the numbers from us," one online commenter wrote.',
    '"Look, we have always respected the border," the Eritrean general said.',
    '"Let me be clear about the budget," the finance minister Olga Berg said.',
    '"Imagine a city without traffic," the mayor Pedro Alves told the conference.',
    "Stop the war, the banners read in large red letters.",
])
def test_talk_steering_and_unquoted_imperatives_are_no_request(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "quoted_imperative" in e.rules], text


def test_quoted_imperative_is_what_makes_the_request(nlp: Any, ablated: Any) -> None:
    ablated("quoted_imperative")
    events = told(nlp, '"Stop shelling our hospitals," the Yemeni health minister said.')
    assert not [e for e in events if "quoted_imperative" in e.rules]


def test_what_a_quote_orders_is_not_done(nlp: Any) -> None:
    events = told(nlp, '"Free the two fishermen," the Sri Lankan minister told India.')
    assert not [e for e in events if e.type == "RETREAT"]


# --------------------------------------------------------------------------- failed duty

def test_a_speaker_saying_a_party_failed_its_duty_accuses_it(nlp: Any) -> None:
    events = told(nlp, "Aid groups said the Kenyan government had failed to protect "
                       "refugees in the Dadaab camps.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].recipient is not None
    assert accusations[0].recipient.country == "KEN"
    assert "failed_duty" in accusations[0].rules


@pytest.mark.parametrize("text", [
    "Aid groups said the Kenyan government had failed to win a majority in the senate.",
    '"The army has failed to force our villages to surrender," the rebel leader Omar Sadiq '
    'said.',
    "The Kenyan government failed to protect refugees in the Dadaab camps.",
    "Aid groups said the Kenyan government never failed to pay its share.",
])
def test_a_missed_outcome_the_writers_words_and_praise_accuse_nobody(nlp: Any,
                                                                     text: str) -> None:
    assert not [e for e in told(nlp, text) if "failed_duty" in e.rules], text


# --------------------------------------------------------------------------- nominal events

def test_an_event_noun_told_by_a_passive_of_its_own_type_keeps_its_parties(nlp: Any) -> None:
    events = told(nlp, "An accord between Armenia and Azerbaijan on the border was signed "
                       "in Almaty on Friday.")
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and {agree[0].actor.country if agree[0].actor else None,
                      agree[0].recipient.country if agree[0].recipient else None} == \
        {"ARM", "AZE"}


def test_a_habit_told_by_a_present_passive_is_left_alone(nlp: Any) -> None:
    events = told(nlp, "The clinic, through which most Norwegian aid to the camp is "
                       "distributed, was closed in May.")
    assert not [e for e in events if e.type == "AID"]


def test_agentless_theme_is_what_keeps_the_accord(nlp: Any, ablated: Any) -> None:
    ablated("agentless_theme")
    events = told(nlp, "An accord between Armenia and Azerbaijan on the border was signed "
                       "in Almaty on Friday.")
    assert not [e for e in events if e.type == "AGREE"]


# --------------------------------------------------------------------------- denied claims

def test_the_content_of_a_denied_claim_is_denied(nlp: Any) -> None:
    events = told(nlp, "Baku denied Armenian claims that its forces had shelled a "
                       "border village.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and attacks[0].modality == "denied"


def test_content_clause_acl_is_what_makes_it_denied(nlp: Any, ablated: Any) -> None:
    ablated("content_clause_acl")
    events = told(nlp, "Baku denied Armenian claims that its forces had shelled a "
                       "border village.")
    assert all(e.modality != "denied" for e in events if e.type == "ASSAULT")


def test_a_participle_on_a_noun_is_still_the_writers_aside(nlp: Any) -> None:
    events = told(nlp, "The UN denied claims that militants were in the school bombed by "
                       "Israel on Tuesday.")
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and attacks[0].modality == "asserted"


# --------------------------------------------------------------------------- legal accusers

def test_an_act_told_according_to_the_police_is_their_accusation(nlp: Any) -> None:
    events = told(nlp, "According to Kenyan police, Daniel Okoro stabbed his neighbour twice "
                       "in the chest on Sunday.")
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].actor is not None
    assert accusations[0].actor.country == "KEN" and accusations[0].actor.sector == "COP"
    assert accusations[0].recipient is not None and \
        accusations[0].recipient.name == "Daniel Okoro"
    assert "according_to_legal" in accusations[0].rules


def test_according_to_a_newspaper_accuses_nobody(nlp: Any) -> None:
    events = told(nlp, "According to a Kenyan newspaper, Daniel Okoro stabbed his neighbour "
                       "twice in the chest on Sunday.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_according_to_legal_is_what_makes_the_accusation(nlp: Any, ablated: Any) -> None:
    ablated("according_to_legal")
    events = told(nlp, "According to Kenyan police, Daniel Okoro stabbed his neighbour twice "
                       "in the chest on Sunday.")
    assert not [e for e in events if e.type == "ACCUSE"]


# --------------------------------------------------------------------------- victim's side

TOLD_BY_VICTIMS = ("Among the dead was Karim Nassar, who had fired rockets at Israeli "
                   "soldiers from the roof, Israeli military officials said.")


def test_the_victims_side_telling_an_attack_accuses_a_doer_of_no_known_country(
        nlp: Any) -> None:
    accusations = [e for e in told(nlp, TOLD_BY_VICTIMS) if e.type == "ACCUSE"]
    assert accusations and accusations[0].actor is not None
    assert accusations[0].actor.country == "ISR"
    assert accusations[0].recipient is not None and \
        accusations[0].recipient.name == "Karim Nassar"
    assert "victim_side_unknown_doer" in accusations[0].rules


def test_victim_side_unknown_doer_is_what_makes_it(nlp: Any, ablated: Any) -> None:
    ablated("victim_side_unknown_doer")
    assert not [e for e in told(nlp, TOLD_BY_VICTIMS) if e.type == "ACCUSE"]


def test_a_third_party_telling_it_accuses_nobody(nlp: Any) -> None:
    text = TOLD_BY_VICTIMS.replace("Israeli military officials", "UN monitors")
    assert not [e for e in told(nlp, text) if e.type == "ACCUSE"]


# --------------------------------------------------------------------------- owned wrongs

@pytest.mark.parametrize(("text", "target"), [
    ('"Russian aggression must be stopped," the Estonian defence minister Hanno Pevkur said.',
     "RUS"),
    ("Lithuania's foreign minister said Beijing's interference had poisoned relations.",
     "CHN"),
])
def test_a_wrong_a_speaker_says_a_party_owns_is_an_accusation(nlp: Any, text: str,
                                                              target: str) -> None:
    accusations = [e for e in told(nlp, text) if e.type == "ACCUSE"]
    assert accusations, text
    assert accusations[0].recipient is not None and accusations[0].recipient.country == target
    assert "owned_wrong" in accusations[0].rules and accusations[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Russian aggression has reshaped the politics of the Baltic states.",
    "If Russian aggression continues, Europe will suffer, the Estonian minister Hanno Pevkur "
    "said.",
    "The psychologist Lena Berg said Karl Moser remained at risk because of the nature of his "
    "crimes.",
    '"Our own mistakes cost us the election," the party leader Ana Reyes said.',
])
def test_the_writers_words_a_supposed_wrong_a_passing_one_and_ones_own_accuse_nobody(
        nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "owned_wrong" in e.rules], text


def test_owned_wrong_is_what_makes_it(nlp: Any, ablated: Any) -> None:
    ablated("owned_wrong")
    events = told(nlp, '"Russian aggression must be stopped," the Estonian defence minister '
                       'Hanno Pevkur said.')
    assert not [e for e in events if e.type == "ACCUSE"]


# --------------------------------------------------------------------------- end the act

@pytest.mark.parametrize(("text", "speaker"), [
    ('"This shelling has to stop," the UN envoy Ana Dorsey said on Tuesday.', "Ana Dorsey"),
    ('"This provocation must be countered by the whole world," said Kofi Mensah.',
     "Kofi Mensah"),
    ('"The violence must end now," Pope Leo told pilgrims in the square.', "Leo"),
])
def test_a_speakers_demand_that_a_hostile_act_end_is_a_request(nlp: Any, text: str,
                                                               speaker: str) -> None:
    requests = [e for e in told(nlp, text) if e.type == "REQUEST"]
    assert requests, text
    assert requests[0].actor is not None and speaker in requests[0].actor.name
    assert "end_the_act" in requests[0].rules


@pytest.mark.parametrize("text", [
    '"The strike must go on," the union leader Maria Lopez said.',
    '"The talks must continue," the Qatari mediator Majed Ansari said.',
    '"This shelling could stop soon," the UN envoy Ana Dorsey said on Tuesday.',
])
def test_a_call_to_go_on_and_a_forecast_are_no_demand_to_end(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "end_the_act" in e.rules], text


def test_end_the_act_is_what_makes_the_request(nlp: Any, ablated: Any) -> None:
    ablated("end_the_act")
    events = told(nlp, '"This shelling has to stop," the UN envoy Ana Dorsey said on Tuesday.')
    assert not [e for e in events if e.type == "REQUEST"]


# --------------------------------------------------------------------------- called wrong

@pytest.mark.parametrize("text", [
    "Latvia's prime minister called Russia's decision a provocation.",
    "Latvia's prime minister called the Russian move illegal.",
    "Latvia's prime minister described the Russian move as illegal.",
])
def test_naming_a_partys_act_a_wrong_accuses_the_party(nlp: Any, text: str) -> None:
    accusations = [e for e in told(nlp, text) if "called_wrong" in e.rules]
    assert accusations, text
    assert accusations[0].actor is not None and accusations[0].actor.country == "LVA"
    assert accusations[0].recipient is not None and accusations[0].recipient.country == "RUS"


@pytest.mark.parametrize("text", [
    "Latvia's prime minister did not call the Russian move illegal.",
    "Latvia's prime minister called the Russian move a welcome step.",
    "Latvia's prime minister called his own decision a mistake.",
    "Latvia's prime minister might call the Russian move illegal.",
])
def test_no_wrong_named_a_denial_or_ones_own_accuse_nobody(nlp: Any, text: str) -> None:
    assert not [e for e in told(nlp, text) if "called_wrong" in e.rules], text


def test_called_wrong_is_what_makes_it(nlp: Any, ablated: Any) -> None:
    ablated("called_wrong")
    events = told(nlp, "Latvia's prime minister called the Russian move illegal.")
    assert not [e for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize("broken", [
    {"force_types": ["ASSAULT", "BOMBING"]},  # not a PLOVER type
    {"hope_words": ["Hope"]},  # words are lower case
    {"outcome_verbs": []},  # an empty list would switch a rule's guard off unseen
    {"extra_words": ["x"]},  # no unknown parts
])
def test_a_bad_speech_word_list_names_the_file(broken: dict[str, Any]) -> None:
    from newsweave.extract.lexicon import load_json
    from newsweave.extract.lexicon_schema import LexiconError, validate

    data = {**load_json("event_speech.json"), **broken}
    with pytest.raises(LexiconError, match=r"event_speech\.json"):
        validate("event_speech.json", data)
