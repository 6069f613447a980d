"""False events of session 9 (extract.false_senses, extract.modality, extract.events), on
sentences we wrote: questions, habits, norms, comparisons, forecasts, speeches at rallies,
investigations of nothing, animals, assurances of fact, a laptop charging, one's own regret,
a fall told by the police, 'declined to state' and a 'pending' invasion.
Next to each, the true event that must stay; each rule is switched off once
(NEWSWEAVE_ABLATE) to show the test depends on it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV
from newsweave.model import Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


def _dropped_by(nlp: Any, monkeypatch: pytest.MonkeyPatch, rule: str, text: str,
                etype: str) -> None:
    """No `etype` event in `text`, and one when `rule` is switched off."""
    assert not typed(events_of(nlp, text), etype), text
    monkeypatch.setenv(ABLATE_ENV, rule)
    assert typed(events_of(nlp, text), etype), f"{text} (without {rule})"


# ---------------------------------------------------------------- asked_not_told


@pytest.mark.parametrize(("text", "etype"), [
    # (one named person attacking another is a verbal attack: rule verbal_attack, session 25)
    ("Would Senator Smith have attacked Governor Jones?", "ACCUSE"),
    ("Did Russia attack Ukraine on Monday?", "ASSAULT"),
    ("What would have been the reaction had a Russian envoy met with the Chinese minister "
     "in secret?", "CONSULT"),
])
def test_a_question_tells_no_event(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                   text: str, etype: str) -> None:
    _dropped_by(nlp, monkeypatch, "asked_not_told", text, etype)


def test_a_question_before_a_blank_line_is_a_question(nlp: Any) -> None:
    text = "Would Senator Smith have attacked Governor Jones?\n\nNobody knows."
    assert not typed(events_of(nlp, text), "ASSAULT")
    assert not typed(events_of(nlp, text), "ACCUSE")


def test_a_question_about_what_a_claim_names_is_a_question(nlp: Any) -> None:
    text = ("What would the reaction have been had a French aide gone to the press to claim "
            "knowledge of a secret meeting between the Russian and Chinese ministers?")
    assert not typed(events_of(nlp, text), "CONSULT")


def test_an_event_asked_about_in_a_how_clause_is_given(nlp: Any) -> None:
    text = "Can you tell us how the Greek protests against the government have escalated?"
    assert typed(events_of(nlp, text), "PROTEST")


def test_a_why_question_takes_its_event_as_given(nlp: Any) -> None:
    events = typed(events_of(nlp, "Why did Russia attack Ukraine?"), "ASSAULT")
    assert [(e.actor.country, e.recipient.country) for e in events
            if e.actor and e.recipient] == [("RUS", "UKR")]


def test_a_statement_is_no_question(nlp: Any) -> None:
    assert typed(events_of(nlp, "Russia attacked Ukraine on Monday, officials said."),
                 "ASSAULT")


# ---------------------------------------------------------------- habitual_act


@pytest.mark.parametrize(("text", "etype"), [
    ("French police arrest hundreds of protesters every year.", "COERCE"),
    ("The Chinese ministry routinely expels foreign journalists.", "COERCE"),
])
def test_a_habit_is_no_event(nlp: Any, monkeypatch: pytest.MonkeyPatch, text: str,
                             etype: str) -> None:
    _dropped_by(nlp, monkeypatch, "habitual_act", text, etype)


def test_past_acts_every_day_are_events(nlp: Any) -> None:
    text = "French police arrested dozens of protesters every day last week."
    assert typed(events_of(nlp, text), "COERCE")


# ---------------------------------------------------------------- norm_clause


def test_a_requirement_to_consult_is_no_consultation(nlp: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("Obama restored a requirement that American agencies consult with the Interior "
            "Department.")
    _dropped_by(nlp, monkeypatch, "norm_clause", text, "CONSULT")


def test_agencies_that_consulted_did_consult(nlp: Any) -> None:
    text = "American agencies consulted with the Interior Department on Monday."
    assert typed(events_of(nlp, text), "CONSULT")


# ---------------------------------------------------------------- compared_only


def test_an_act_likened_to_war_is_no_war(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract.false_senses import compared_only

    doc = nlp("The Iranian minister said the blockade was tantamount to an invasion of Iran.")
    invasion = next(t for t in doc if t.lower_ == "invasion")
    assert compared_only(invasion)
    doc = nlp("The Iranian minister condemned the invasion of Iran.")
    assert not compared_only(next(t for t in doc if t.lower_ == "invasion"))
    text = "Iran said the blockade was akin to an invasion by Saudi Arabia."
    _dropped_by(nlp, monkeypatch, "compared_only", text, "ASSAULT")


# ---------------------------------------------------------------- existential_forecast


def test_there_will_be_riots_is_a_forecast(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "There will be riots in Paris if the French government raises taxes, the union said."
    _dropped_by(nlp, monkeypatch, "existential_forecast", text, "PROTEST")


def test_riots_that_broke_out_are_events(nlp: Any) -> None:
    assert typed(events_of(nlp, "Riots broke out in Paris after French police shot a teenager."),
                 "PROTEST")


# ---------------------------------------------------------------- speech_venue


def test_a_speech_at_a_rally_is_no_protest(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Trump said at a rally in Ohio that China was cheating."
    # (evprec28's rally_as_venue drops a rally named only as a venue too: both are off)
    _dropped_by(nlp, monkeypatch, "speech_venue,rally_as_venue", text, "PROTEST")
    assert typed(events_of(nlp, text), "ACCUSE")  # what he said still accuses


def test_a_rally_against_a_law_is_a_protest(nlp: Any) -> None:
    text = "Thousands of Kenyan teachers held a rally against the new pay law in Nairobi."
    assert typed(events_of(nlp, text), "PROTEST")


# ---------------------------------------------------------------- untargeted_investigation


def test_a_study_of_effects_accuses_no_one(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _dropped_by(nlp, monkeypatch, "untargeted_investigation",
                "NASA investigated how long flights would affect astronauts.", "ACCUSE")


def test_police_who_investigate_a_case_investigate(nlp: Any) -> None:
    text = "The French police worked with Interpol to investigate."
    assert typed(events_of(nlp, text), "ACCUSE")


def test_a_scientific_investigation_accuses_no_one() -> None:
    import spacy

    from newsweave.extract.false_senses import untargeted_investigation

    nlp = spacy.blank("en")
    doc = nlp("epidemiological investigations")
    doc[0].dep_, doc[0].pos_, doc[1].pos_ = "amod", "ADJ", "NOUN"
    doc[0].head = doc[1]
    assert untargeted_investigation(doc[1])


def test_investigating_a_minister_is_an_investigation(nlp: Any) -> None:
    text = "Brazilian prosecutors are investigating the health minister over the vaccine deal."
    assert typed(events_of(nlp, text), "ACCUSE")


# ---------------------------------------------------------------- animal_victim


def test_killing_a_goat_is_no_attack(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _dropped_by(nlp, monkeypatch, "animal_victim",
                "The Iranian general killed and ate a wild goat.", "ASSAULT")


def test_killing_a_soldier_is_an_attack(nlp: Any) -> None:
    assert typed(events_of(nlp, "The Iranian general killed an Iraqi soldier."), "ASSAULT")


# ---------------------------------------------------------------- assurance_of_fact


def test_assuring_that_risks_are_low_is_no_agreement(nlp: Any) -> None:
    from newsweave.extract.false_senses import assurance_of_fact

    doc = nlp("The Chinese ministry assured the Japanese embassy that the risks were low.")
    assert assurance_of_fact(next(t for t in doc if t.lemma_ == "assure"))
    doc = nlp("The Chinese ministry assured the Japanese embassy that it would release the "
              "fishermen.")
    assert not assurance_of_fact(next(t for t in doc if t.lemma_ == "assure"))


def test_the_rule_is_what_drops_the_assurance(nlp: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The Chinese ministry assured the Japanese embassy that the risks were low."
    _dropped_by(nlp, monkeypatch, "assurance_of_fact", text, "AGREE")


# ---------------------------------------------------------------- nobody_charged, own_regret


def test_a_charging_laptop_accuses_no_one(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _dropped_by(nlp, monkeypatch, "nobody_charged",
                "Smith pushed his Dell laptop to the limit while charging in the car.",
                "ACCUSE")


def test_a_charged_man_is_accused(nlp: Any) -> None:
    text = "French prosecutors charged the Belgian driver with manslaughter."
    assert typed(events_of(nlp, text), "ACCUSE")


def test_regretting_ones_own_omission_accuses_no_one(nlp: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _dropped_by(nlp, monkeypatch, "own_regret",
                "Senator Smith later said he regretted not calling Governor Jones sooner.",
                "ACCUSE")


def test_regretting_another_partys_decision_accuses(nlp: Any) -> None:
    events = events_of(nlp, "Russia regretted the American decision to expel its diplomats.")
    assert [e.recipient.country for e in typed(events, "ACCUSE") if e.recipient] == ["USA"]


# ---------------------------------------------------------------- act_on_someone


def test_a_fall_told_by_the_police_accuses_no_one(nlp: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Police said the French tourist fell from the balcony of his hotel in Madrid."
    _dropped_by(nlp, monkeypatch, "act_on_someone", text, "ACCUSE")


def test_a_stabbing_told_by_the_police_accuses_its_doer(nlp: Any) -> None:
    text = "Police said the French tourist stabbed his German neighbour in Madrid."
    assert [e.rules for e in typed(events_of(nlp, text), "ACCUSE")
            if "legal_accuser" in e.rules]


# ---------------------------------------------------------------- modality


def test_a_pending_invasion_is_planned(nlp: Any) -> None:
    text = "Kenya's president spoke of Somalia's pending invasion of the north."
    assert [e.modality for e in typed(events_of(nlp, text), "ASSAULT")] == ["planned"]


def test_declining_to_state_is_no_rejection(nlp: Any) -> None:
    text = "The Brazilian minister declined to state when the troops would leave."
    assert not typed(events_of(nlp, text), "REJECT")
    text = "The Brazilian minister declined the Argentine offer of talks."
    assert typed(events_of(nlp, text), "REJECT")


def test_the_new_words_are_checked_on_load() -> None:
    import copy
    import json
    from importlib import resources

    from newsweave.extract.lexicon_schema import LexiconError, validate

    data = json.loads(resources.files("newsweave.data.lexicons")
                      .joinpath("false_senses.json").read_text("utf-8"))
    validate("false_senses.json", data)
    bad = copy.deepcopy(data)
    bad["habitual_adverbs"].append(bad["habitual_adverbs"][0])
    with pytest.raises(LexiconError, match="habitual_adverbs"):
        validate("false_senses.json", bad)
    bad = copy.deepcopy(data)
    del bad["question_heads"]
    with pytest.raises(LexiconError, match="question_heads"):
        validate("false_senses.json", bad)


# ---------------------------------------------------------------- physical_approach


def test_walking_up_to_someone_is_no_contact(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Two French police officers got out of their car and approached the Algerian teenager."
    _dropped_by(nlp, monkeypatch, "physical_approach", text, "CONSULT")


def test_an_approach_between_parties_is_contact(nlp: Any) -> None:
    events = events_of(nlp, "The Taliban approached the Qatari government last year.")
    assert [e.recipient.country for e in typed(events, "CONSULT") if e.recipient] == ["QAT"]


# ---------------------------------------------------------------- headline_line


@pytest.mark.parametrize("text", [
    "Kenyan teachers marched in Nairobi on Monday.\n\nREAD MORE: Russian troops attack "
    "Ukrainian village near Kharkiv\n\nThe march was peaceful.",
    "Kenyan teachers marched in Nairobi on Monday.\nRelated: Russian troops attack Ukrainian "
    "village near Kharkiv",
])
def test_a_related_headline_is_another_story(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                             text: str) -> None:
    _dropped_by(nlp, monkeypatch, "headline_line", text, "ASSAULT")
    assert typed(events_of(nlp, text), "PROTEST")  # the article's own report stays


def test_more_than_is_no_label(nlp: Any) -> None:
    text = "More than 200 Russian troops attacked the Ukrainian village."
    assert typed(events_of(nlp, text), "ASSAULT")


# ---------------------------------------------------------------- crime_named_in_charge


@pytest.mark.parametrize("text", [
    "The Kenyan student was charged last year with burglary and inciting a riot.",
    "Three Kenyan men were charged with inciting a riot in Mombasa.",
])
def test_a_riot_named_in_a_charge_is_the_charge(nlp: Any, monkeypatch: pytest.MonkeyPatch,
                                                text: str) -> None:
    _dropped_by(nlp, monkeypatch, "crime_named_in_charge", text, "PROTEST")
    assert typed(events_of(nlp, text), "ACCUSE")  # the charge itself stays


def test_a_riot_that_broke_out_is_a_protest(nlp: Any) -> None:
    text = "A riot broke out in Mombasa after Kenyan police shot a teenager."
    assert typed(events_of(nlp, text), "PROTEST")


# ---------------------------------------------------------------- plot_follows, fiction words


@pytest.mark.parametrize("text", [
    "The story follows a Russian spy who kidnaps the French ambassador in Paris.",
    "Directed by Jane Smith, it follows a Kenyan soldier who attacks a rebel camp.",
])
def test_a_plot_is_no_news(nlp: Any, monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    _dropped_by(nlp, monkeypatch, "plot_follows", text, "ASSAULT")


def test_a_thriller_tells_fiction(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _dropped_by(nlp, monkeypatch, "told_as_fiction",
                "In the thriller, a rogue CIA agent kidnaps the Russian ambassador.", "ASSAULT")


def test_an_inquiry_centred_on_a_past_attack_is_news(nlp: Any) -> None:
    text = "The new inquiry centres on a Kenyan officer who attacked a French journalist."
    assert typed(events_of(nlp, text), "ASSAULT")


# ---------------------------------------------------------------- deliberation and fear


def test_considering_sanctions_is_no_sanction(nlp: Any) -> None:
    events = events_of(nlp, "The French president is considering sanctions on Russia.")
    assert not [e for e in typed(events, "SANCTION") if e.modality == "asserted"]


def test_a_feared_attack_is_hypothetical(nlp: Any) -> None:
    events = typed(events_of(nlp, "Germany fears a Russian attack on Poland."), "ASSAULT")
    assert [e.modality for e in events] == ["hypothetical"]
    events = typed(events_of(nlp, "Russia launched an attack on Poland."), "ASSAULT")
    assert [e.modality for e in events] == ["asserted"]
