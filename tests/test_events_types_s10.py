"""Event triggers for news nobody tuned to (issue #11, evtypes4 session 10), each on sentences
we made up, with the negatives each rule must leave alone: acts whose doer a passive leaves
out (`agentless` senses, rule agentless_acts), attacks told by their weapon ("a car bomb
killed", rule means_subject), any act two parties do jointly (COOPERATE, rule joint_action),
forces moved in a passive (rule deployed_forces), and verb and noun senses the misses of our
article sets showed missing (ships sunk, fire set to homes, captives handed back, money
deposited, weapons moved, a vote's legitimacy questioned, concern voiced, troops' departure)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

pytestmark = pytest.mark.slow


def typed(nlp: Any, text: str, etype: str) -> list[Any]:
    return [e for e in events_of(nlp, text) if e.type == etype]


# ----------------------------------------------------------------------------- agentless acts

@pytest.mark.parametrize(("text", "etype", "recipient"), [
    ("Ruritania's foreign minister was accused of fraud on Monday.", "ACCUSE", None),
    ("Pavel Dorin was accused of bribery by a former aide.", "ACCUSE", "Pavel Dorin"),
    ("Eleven hostages were freed late on Sunday.", "RETREAT", "hostages"),
    ("Foreign journalists were refused visas ahead of the referendum.", "REJECT",
     "journalists"),
    ("Three protesters were threatened with arrest.", "THREATEN", "protesters"),
    ("Julian Assange was evicted from the embassy in April.", "COERCE", "Julian Assange"),
])
def test_an_act_whose_doer_is_left_out_keeps_its_event(nlp: Any, text: str, etype: str,
                                                       recipient: str | None) -> None:
    found = typed(nlp, text, etype)
    assert found, text
    assert all(e.actor is None for e in found)
    assert "agentless_acts" in found[0].rules
    if recipient is not None:
        assert any(e.recipient is not None and e.recipient.name == recipient for e in found)


@pytest.mark.parametrize("text", [
    "Its annual budget report was released in March.",  # a thing, not a party, is released
    "Both delegations were left with a long list of open questions.",
    "The cyclist says he was slammed into a parked van.",  # no sense flagged agentless
])
def test_a_passive_with_no_party_or_no_flag_gives_no_agentless_act(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if "agentless_acts" in e.rules]


def test_agentless_acts_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "agentless_acts")
    assert typed(nlp, "The hostages were released on Sunday.", "RETREAT") == []


# ----------------------------------------------------------------------------- weapon subjects

@pytest.mark.parametrize("text", [
    "A car bomb killed 12 people in a market in the capital.",
    "A car bomb exploded outside a police station, wounding dozens of people.",
    "An artillery shell hit a school in the town, killing two children.",
])
def test_an_attack_told_by_its_weapon_has_an_unknown_actor(nlp: Any, text: str) -> None:
    found = typed(nlp, text, "ASSAULT")
    assert found and all(e.actor is None for e in found)
    assert any("means_subject" in e.rules for e in found)


@pytest.mark.parametrize("text", [
    "The storm killed 12 people in the capital.",
    "A falling tree killed a cyclist in the park.",
    "Heavy strikes by dock workers hit the port's revenue.",  # a strike that is no weapon
])
def test_harm_without_a_weapon_is_no_attack(nlp: Any, text: str) -> None:
    assert not [e for e in typed(nlp, text, "ASSAULT") if "means_subject" in e.rules]


def test_means_subject_can_be_switched_off(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "means_subject")
    assert typed(nlp, "A car bomb killed 12 people in a market in the capital.",
                 "ASSAULT") == []


# ----------------------------------------------------------------------------- joint action

@pytest.mark.parametrize("text", [
    "Ukrainian and Polish border guards set up joint checkpoints to speed up crossings.",
    "Interpol and Brazilian federal police worked together to track down an arms dealer.",
    "Kenyan police jointly patrolled the lake with Ugandan marines.",
])
def test_an_act_two_parties_do_jointly_is_cooperation(nlp: Any, text: str) -> None:
    found = typed(nlp, text, "COOPERATE")
    assert found, text
    assert found[0].actor is not None and found[0].recipient is not None


@pytest.mark.parametrize("text", [
    "He jointly owns the house in Leeds.",  # one party
    "Kenya and Uganda set up checkpoints along the border.",  # nothing joint is told
])
def test_no_joint_act_without_two_parties_and_a_joint_word(nlp: Any, text: str) -> None:
    assert not [e for e in typed(nlp, text, "COOPERATE") if "joint_action" in e.rules]


# ----------------------------------------------------------------------------- senses

@pytest.mark.parametrize(("text", "etype"), [
    ("A Ukrainian naval drone sank a Russian landing ship off Crimea.", "ASSAULT"),
    ("Israeli settlers set fire to Palestinian homes in the village.", "ASSAULT"),
    ("Russia handed back four Ukrainian children, Qatari mediators said.", "RETREAT"),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "AID"),
    ("Russia moved tactical nuclear weapons into Belarus.", "MOBILIZE"),
    ("The Kenyan opposition questioned the legitimacy of the electoral commission.",
     "ACCUSE"),
    ("The United Nations expressed concern over the arrests of journalists in Ethiopia.",
     "ACCUSE"),
    ("France completed the departure of its last soldiers from Niger.", "RETREAT"),
    ("The U.S. Coast Guard seized a boat carrying cocaine off Panama.", "COERCE"),
])
def test_senses_found_missing(nlp: Any, text: str, etype: str) -> None:
    assert typed(nlp, text, etype), text


@pytest.mark.parametrize(("text", "etype"), [
    ("The chef set the table for the French delegation.", "ASSAULT"),
    ("The company moved its headquarters into Belarus.", "MOBILIZE"),
    ("The Kenyan lawyer questioned the witness for an hour.", "ACCUSE"),
    ("The United Nations expressed concern for the safety of the hostages.", "ACCUSE"),
    ("The departure of the flight to Paris was delayed.", "RETREAT"),
    ("Saudi Arabia deposited the documents with the court.", "AID"),
])
def test_other_senses_of_those_words_are_not_events(nlp: Any, text: str, etype: str) -> None:
    assert typed(nlp, text, etype) == [], text


# ------------------------------------------------------------------ threats on a condition

@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Turkey said it would launch an offensive in Syria if Kurdish fighters did not withdraw.",
     "TUR", None),
    ("Moscow said it would hit back by expelling Finnish envoys if Helsinki closed the "
     "consulate.", "RUS", None),
    ("Washington said it would double duties on Chinese steel if Beijing kept its subsidies.",
     "USA", "CHN"),
])
def test_force_a_party_says_it_will_use_on_a_condition_is_a_threat(
        nlp: Any, text: str, actor: str, recipient: str | None) -> None:
    found = typed(nlp, text, "THREATEN")
    assert found and found[0].actor is not None and found[0].actor.country == actor
    assert found[0].modality == "asserted"
    assert "said_conditional_force" in found[0].rules
    if recipient is not None:
        assert found[0].recipient is not None and found[0].recipient.country == recipient
    assert not [e for e in events_of(nlp, text) if e.type in ("ASSAULT", "SANCTION")]


@pytest.mark.parametrize("text", [
    "Peru said it would hold talks with Chile if the weather allowed.",  # no force
    "Analysts said the army would attack the city if the talks failed.",  # not the speaker's
    "Turkey launched an offensive in Syria after Kurdish fighters refused to withdraw.",
])
def test_no_threat_without_a_speaker_promising_force_on_a_condition(nlp: Any,
                                                                    text: str) -> None:
    assert not [e for e in typed(nlp, text, "THREATEN") if "said_conditional_force" in e.rules]


def test_said_conditional_force_can_be_switched_off(monkeypatch: pytest.MonkeyPatch,
                                                    nlp: Any) -> None:
    monkeypatch.setenv("NEWSWEAVE_ABLATE", "said_conditional_force")
    text = "Turkey said it would launch an offensive in Syria if Kurdish fighters did not withdraw."
    assert typed(nlp, text, "THREATEN") == []


@pytest.mark.parametrize(("text", "etype"), [
    ("Ecuador and Peru signed a joint plan to clear the landmines.", "AGREE"),
    ("Indian and Bangladeshi border guards teamed up to stop cattle smuggling.", "COOPERATE"),
    ("The United States raised tariffs on Chinese steel to 25 percent.", "SANCTION"),
    ("The World Bank approved $750 million in budget support for Kenya.", "AID"),
    ("The Kenyan opposition complained that the government had rigged the vote.", "ACCUSE"),
    ("The Kenyan president instructed the police to release the protesters.", "REQUEST"),
    ("Dario Venn flashed a gun at two police officers in Leeds.", "THREATEN"),
    ("Israeli jets carried out strikes on Hezbollah positions in southern Lebanon.", "ASSAULT"),
    ("Brazil rolled back restrictions on imports from Argentina.", "CONCEDE"),
    ("The US Senate signed off on $60 billion in aid to Ukraine.", "AID"),
    ("Iranian police seized a Kurdish poet's passport at Shiraz airport.",
     "COERCE"),
    ("Belarus allowed foreign monitors to watch the count for the first time.",
     "RETREAT"),
    ("Kenyan police pulled the driver over for speeding.", "COERCE"),
    ("Julian Assange was dragged out of the embassy by British police.", "COERCE"),
])
def test_more_senses_found_missing(nlp: Any, text: str, etype: str) -> None:
    assert typed(nlp, text, etype), text


def test_prices_raised_are_no_sanction(nlp: Any) -> None:
    assert typed(nlp, "The Kenyan company raised prices on its phones.", "SANCTION") == []


@pytest.mark.parametrize(("text", "etype"), [
    # evwire24's occupation nouns make 'the Kenyan teacher' a party; a complaint whose
    # that-clause names no party is no accusation (rule clause_party, evargs25)
    ("The Kenyan teacher complained that the room was cold.", "ACCUSE"),
    ("The Kenyan professor instructed students in chemistry.", "REQUEST"),
    ("The Kenyan photographer flashed a smile at the crowd.", "THREATEN"),
    ("French workers launched a strike on Monday over pensions.", "ASSAULT"),
    ("The Kenyan car pulled over to the side of the road.", "COERCE"),
    ("The Kenyan lawyers dragged out the trial for years.", "COERCE"),
    ("Iranian police seized a Kurdish poet's passport at Shiraz airport.",
     "ASSAULT"),
])
def test_those_words_without_a_party_or_a_weapon_are_no_event(nlp: Any, text: str,
                                                              etype: str) -> None:
    assert typed(nlp, text, etype) == [], text


# ----------------------------------------------------------------------------- terms of a deal

def test_terms_a_party_sets_for_a_deal_are_its_demand(nlp: Any) -> None:
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes
    from newsweave.model import Article

    text = "Egypt insisted that any new ceasefire must keep the Rafah road open."
    art = Article(article_id="a", source="a.txt", text=text, published="2024-01-10")
    doc = nlp(text)
    mentions = extract_mentions(doc, art)
    events, _ = extract_events(doc, art, mentions, extract_quotes(doc, art, mentions))
    found = [e for e in events if "terms_demand" in e.rules]
    assert found and found[0].type == "REQUEST" and found[0].actor is not None
    assert found[0].actor.country == "EGY"


@pytest.mark.parametrize("text", [
    "The treaty must include all refugees.",  # the writer's own words: no speaker
    "Analysts say the deal must be ratified by June.",  # a passive: nobody set terms
])
def test_no_terms_demand_without_a_speaker_setting_them(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if "terms_demand" in e.rules]


def test_a_planned_attack_is_no_verbal_attack_on_a_plan(nlp: Any) -> None:
    text = "Kenya launched a planned attack on al-Shabaab camps in Somalia."
    assert typed(nlp, text, "ASSAULT") and typed(nlp, text, "ACCUSE") == []
    assert typed(nlp, "Rubio launched a blistering attack on Kenya's plan.", "ACCUSE")


@pytest.mark.parametrize(("text", "etype"), [
    ("Hamas promised to avenge the death of its commander.", "THREATEN"),
    ("Pakistan pledged to retaliate against India.", "THREATEN"),
    ("Iran swore revenge for the killing of its general.", "THREATEN"),
    ("Kenya pledged to support peace talks.", "AGREE"),
])
def test_a_promise_of_retaliation_is_a_threat(nlp: Any, text: str, etype: str) -> None:
    assert typed(nlp, text, etype), text


def test_a_promise_to_end_violence_is_no_threat(nlp: Any) -> None:
    text = "Kenya's president promised to end the violence in the Rift Valley."
    assert typed(nlp, text, "THREATEN") == []


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Iran said it would retaliate against Israel.", "IRN", "ISR"),
    ("China said it would take countermeasures against the sanctions.", "CHN", None),
    ("North Korea said it would respond firmly to the drills.", "PRK", None),
])
def test_a_party_saying_it_will_retaliate_threatens(nlp: Any, text: str, actor: str,
                                                    recipient: str | None) -> None:
    found = [e for e in typed(nlp, text, "THREATEN") if "said_retaliation" in e.rules]
    assert found and found[0].actor is not None and found[0].actor.country == actor
    if recipient is not None:
        assert found[0].recipient is not None and found[0].recipient.country == recipient


@pytest.mark.parametrize("text", [
    "The Kenyan ministry said it would respond to the questions on Monday.",
    "Analysts said Iran would retaliate against Israel.",  # not the speaker's own act
    "Iran said it would not retaliate.",
])
def test_no_retaliation_threat_without_the_speaker_promising_it(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if "said_retaliation" in e.rules]
