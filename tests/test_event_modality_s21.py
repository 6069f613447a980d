"""Modality and false senses of session 21 (evmod17, issue 11), from the modality misses of
the development article sets and a judged sample of events on dev quote-set texts
(benchmarks/event_judged_seed2021_session21.jsonl); the sentences here are made up. What
governs a report noun is not said of the event the report tells; a negated denial denies
nothing; an alleging verb at the sentence's end makes the event alleged; an if-clause on a
future or modal verb makes its act hypothetical; a present-tense clause of time under 'faces'
is still to come; an accusation whose charge is denied was made all the same; a probe that is
a spacecraft investigates nobody; an act set against the chosen one ('rather than attack')
is not done. Each switchable rule is switched off once to show the test
depends on it, and each has a true reading next to it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.extract.modality import modality_of
from newsweave.model import Event

RULES = ("content_noun_scope", "undenied_content", "trailing_allegation",
         "conditional_outcome", "quantified_subject", "spacecraft_probe", "disputed_charge",
         "forgone_alternative", "accuser_asserts")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def _modality(nlp: Any, text: str, word: str) -> str:
    """The modality of the event whose predicate is the first token `word` of `text`."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return modality_of(tok)[0]


# (rule, made-up sentence, the event's predicate, its modality with the rule, without it)
MODALITY_CASES = [
    ("content_noun_scope",
     "The spokesman declined to comment on reports that militias attacked the depot.",
     "attacked", "alleged", "negated"),
    ("content_noun_scope",
     "The ministry will not respond to claims that its drones struck the bridge.",
     "struck", "alleged", "negated"),
    ("undenied_content",
     "The governor did not deny that the guards had beaten the inmates.",
     "beaten", "asserted", "denied"),
    ("trailing_allegation",
     "The clerk was closing the shop after the robber stabbed him, prosecutors charge.",
     "stabbed", "alleged", "asserted"),
    ("trailing_allegation",
     "The clerk had just left the bank before the gang ambushed him, prosecutors charge.",
     "ambushed", "alleged", "asserted"),
    ("conditional_outcome",
     "If the vote fails, Norway will impose tariffs on the imports.",
     "impose", "hypothetical", "planned"),
    ("conditional_outcome",
     "The rebels could storm the airport unless the army pulls back.",
     "storm", "hypothetical", "hypothetical"),
    ("quantified_subject",
     "Traders wonder whether any of the tariffs on Brazilian beef will be lifted.",
     "tariffs", "asserted", "hypothetical"),
]


@pytest.mark.parametrize(("rule", "text", "word", "with_rule", "without"), MODALITY_CASES)
def test_the_modality_with_the_rule(nlp: Any, rule: str, text: str, word: str,
                                    with_rule: str, without: str) -> None:
    assert _modality(nlp, text, word) == with_rule, rule


@pytest.mark.parametrize(("rule", "text", "word", "with_rule", "without"),
                         [c for c in MODALITY_CASES if c[3] != c[4]])
def test_the_rule_is_what_sets_it(nlp: Any, ablated: Any, rule: str, text: str, word: str,
                                  with_rule: str, without: str) -> None:
    ablated(rule)
    assert _modality(nlp, text, word) == without, rule


# readings next to the rules that must not change
TRUE_MODALITY = [
    # a denial that is not negated still denies; a report still makes the act alleged
    ("The governor denied that the guards had beaten the inmates.", "beaten", "denied"),
    ("The army denied reports that its jets had bombed the clinic.", "bombed", "denied"),
    # the refusal is the event's own when it governs the act, not a report of it
    ("The rebels refused to release the hostages.", "release", "negated"),
    # a threat with a condition is made all the same
    ("The union threatened to strike if wages were cut.", "threatened", "asserted"),
    # a plain future act with no condition is planned
    ("Norway will impose tariffs on the imports next month.", "impose", "planned"),
    # 'said' at the end is no allegation, after a clause of time or not
    ("The robber stabbed the clerk, police said.", "stabbed", "asserted"),
    ("The clerk was closing the shop after the robber stabbed him, police said.", "stabbed",
     "asserted"),
    # the negation of the event's own clause stays
    ("The minister said troops had not attacked the town.", "attacked", "negated"),
    # the event noun in the subject of an occurrence verb takes its clause's modality
    ("No meeting took place on Friday.", "meeting", "negated"),
]


@pytest.mark.parametrize(("text", "word", "modality"), TRUE_MODALITY)
def test_a_true_reading_next_to_the_rules_stays(nlp: Any, text: str, word: str,
                                                 modality: str) -> None:
    assert _modality(nlp, text, word) == modality, text


# ------------------------------------------------------------------ prospects and sentencing


def test_a_sentencing_ahead_is_planned(nlp: Any) -> None:
    """'faces 40 years when she is sentenced in June': the sentencing is still to come."""
    text = "Marsh faces up to 40 years in prison when she is sentenced in June."
    assert _modality(nlp, text, "sentenced") == "planned"


def test_a_sentence_on_condition_is_hypothetical(nlp: Any, ablated: Any) -> None:
    text = "Marsh faces up to 40 years in prison if she is convicted of fraud."
    assert _modality(nlp, text, "faces") == "hypothetical"
    ablated("conditional_outcome")
    assert _modality(nlp, text, "faces") == "asserted"


def test_a_past_sentencing_stays_asserted(nlp: Any) -> None:
    text = "Marsh wept when she was sentenced to 40 years in prison."
    assert _modality(nlp, text, "sentenced") == "asserted"


# ------------------------------------------------------------------ disputed charges


def _of(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# two parses the parser gives the same construction: the charge on the denial, the denial on
# the charge
DISPUTED = ["Lesotho accused Malawi of arming the rebels, a charge Zambia denies.",
            "Lesotho accused Zambia of arming the rebels, a charge Lusaka denies."]


@pytest.mark.parametrize("text", DISPUTED)
def test_an_accusation_whose_charge_is_denied_was_made(nlp: Any, text: str) -> None:
    """'Chad accused Sudan of arming rebels, a charge Khartoum denies': the accusation is
    asserted and the writer's; the arming is denied."""
    events = events_of(nlp, text)
    accuse = _of(events, "ACCUSE")
    assert accuse and accuse[0].modality == "asserted"
    assert accuse[0].attributed_to is None
    aid = _of(events, "AID")
    assert aid and aid[0].modality == "denied"


def test_disputed_charge_is_what_keeps_the_accusation(nlp: Any, ablated: Any) -> None:
    ablated("disputed_charge")
    accuse = _of(events_of(nlp, DISPUTED[0]), "ACCUSE")
    assert accuse and accuse[0].modality == "denied"


def test_a_denied_act_told_plainly_is_denied_by_the_denier(nlp: Any) -> None:
    """'Zambia armed the rebels, a claim Lusaka denies': denied, told by the denier; the
    doer stays the actor."""
    text = "Malawi armed the rebels last year, a claim Zambia denies."
    aid = _of(events_of(nlp, text), "AID")
    assert aid and aid[0].modality == "denied"
    assert aid[0].actor is not None and aid[0].actor.name == "Malawi"
    assert aid[0].attributed_to is not None and aid[0].attributed_to.name == "Zambia"



def test_a_charge_set_off_after_the_clause_denies_it(nlp: Any, ablated: Any) -> None:
    """The parser may hang 'a claim Lusaka denies' on the act's verb: denied all the same."""
    text = "Zambia armed the rebels last year, a claim Lusaka denies."
    assert _modality(nlp, text, "armed") == "denied"
    ablated("disputed_charge")
    assert _modality(nlp, text, "armed") == "asserted"


def test_the_accuser_tells_the_act_it_charges(nlp: Any, ablated: Any) -> None:
    """'Lesotho accused Malawi of arming the rebels': the arming is alleged, told by the
    accuser; its doer stays the actor."""
    text = "Lesotho accused Malawi of arming the rebels."
    aid = _of(events_of(nlp, text), "AID")
    assert aid and aid[0].modality == "alleged"
    assert aid[0].actor is not None and aid[0].actor.name == "Malawi"
    assert aid[0].attributed_to is not None and aid[0].attributed_to.name == "Lesotho"
    ablated("accuser_asserts")
    aid = _of(events_of(nlp, text), "AID")
    assert aid and aid[0].attributed_to is None


def test_a_passive_accusation_names_no_accuser(nlp: Any) -> None:
    aid = _of(events_of(nlp, "Malawi was accused of arming the rebels."), "AID")
    assert aid and aid[0].modality == "alleged" and aid[0].attributed_to is None


# ------------------------------------------------------------------ spacecraft probes


SPACE_PROBES = [
    "The agency launched a probe to Venus in March.",
    "The solar probe flew past the sun twice last year.",
    "Japan sent a robotic probe toward the asteroid belt.",
]


@pytest.mark.parametrize("text", SPACE_PROBES)
def test_a_spacecraft_probe_accuses_nobody(nlp: Any, text: str) -> None:
    assert not _of(events_of(nlp, text), "ACCUSE"), text


@pytest.mark.parametrize("text", SPACE_PROBES[:1])
def test_spacecraft_probe_is_what_drops_it(nlp: Any, ablated: Any, text: str) -> None:
    ablated("spacecraft_probe")
    assert _of(events_of(nlp, text), "ACCUSE"), text


@pytest.mark.parametrize("text", [
    "Prosecutors launched a probe into the port authority's contracts.",
    "The FBI opened a probe of the shooting at the depot.",
])
def test_an_investigation_probe_stays(nlp: Any, text: str) -> None:
    assert _of(events_of(nlp, text), "ACCUSE"), text


# ------------------------------------------------------------------ forgone alternatives


FORGONE = [
    ("Rather than attack the depot, the militia withdrew into the hills.", "ASSAULT"),
    ("Instead of detaining the strikers, police escorted them to the gate.", "COERCE"),
    ("The senator would rather negotiate with Caracas than bomb its refineries.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "false"), FORGONE)
def test_a_forgone_alternative_is_no_event(nlp: Any, text: str, false: str) -> None:
    assert not _of(events_of(nlp, text), false), text


@pytest.mark.parametrize(("text", "false"), FORGONE[:2])
def test_forgone_alternative_is_what_drops_it(nlp: Any, ablated: Any, text: str,
                                              false: str) -> None:
    ablated("forgone_alternative")
    assert _of(events_of(nlp, text), false), text


@pytest.mark.parametrize(("text", "etype"), [
    # the chosen act stays
    ("Rather than wait for talks, the militia stormed the depot.", "ASSAULT"),
    ("Police detained the strikers instead of the organisers.", "COERCE"),
])
def test_the_chosen_act_stays(nlp: Any, text: str, etype: str) -> None:
    assert _of(events_of(nlp, text), etype), text


# ------------------------------------------------------------------ lexicon data (session 21)


def test_the_session_21_words_are_in_the_lexicons() -> None:
    from newsweave.extract.false_senses import false_sense_words
    from newsweave.extract.lexicon import load_json

    cues = load_json("modality.json")
    assert "charge" in cues["alleged_heads"]
    assert set(cues["condition_marks"]) == {"if", "unless"}
    assert "face" in cues["prospect_heads"]
    assert "accuse" in cues["claim_making_heads"]
    words = false_sense_words()
    assert "into" in words.inquiry_preps and "to" in words.path_preps
    assert "lunar" in words.spacecraft_words and "land" in words.spacecraft_verbs
    assert "rather than" in words.alternative_phrases and "rather" in words.preference_adverbs


def test_a_missing_session_21_key_fails_the_schema() -> None:
    from newsweave.extract.lexicon import load_json
    from newsweave.extract.lexicon_schema import LexiconError, validate

    data = dict(load_json("modality.json"))
    del data["prospect_heads"]
    with pytest.raises(LexiconError):
        validate("modality.json", data)
