"""Events told as nouns and where typed triggers are lost (evtypes27, session 27, issue 11).

An act noun's 'by' phrase that the parser hung on its 'of' object names the doer (rule
of_object_by_agent); act nouns the lexicon lacked (a dispatch of troops, a rebuff, an
incursion, a pullback, a handover of a suspect, a seizure of property, a freeze on assets) are
events; an act noun under a free-choice 'any' is a kind of act, no event (any_act_noun);
readiness to launch an attack told by a light verb and its noun is a threat
(ready_light_verb); a backing or a condemnation won or drawn is given by its 'of' party
(received_of_giver); the learned typer's reading stands when the lexicon failed a sense only
on an object word it has no class for (unclassed_object); 'stood by X' acts on X
(adjacent_prep_party); inmates freed by those who storm their jail are no release
(raid_release). The drop trace (extract.drop_trace) says which step dropped a typed trigger
and changes nothing. Every sentence here is made up; each rule is switched off once to show
the test depends on it, and look-alikes stay silent.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import assert_event_with_countries, events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("of_object_by_agent", "any_act_noun", "ready_light_verb", "received_of_giver",
         "unclassed_object", "adjacent_prep_party", "raid_release")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (made-up sentence, the type it must give, its actor's country, its recipient's or None)
TRUE_EVENTS = [
    ("The expulsion of three Peruvian diplomats by Chile was confirmed on Tuesday.", "SANCTION",
     "CHL", "PER"),
    ("The shelling of two border villages by Armenian artillery lasted until dawn.",
     "ASSAULT", "ARM", None),
    ("The dispatch of 500 soldiers by Chile to the northern border was announced.",
     "MOBILIZE", "CHL", None),
    ("Bolivia's rebuff of the Chilean offer surprised diplomats.", "REJECT", "BOL", None),
    ("A Venezuelan incursion into Guyana was reported on Monday.", "ASSAULT", "VEN", "GUY"),
    ("The seizure of the cargo ship by Iran angered London.", "COERCE", "IRN", None),
    ("Serbia's pullback from the frontier began at dawn.", "RETREAT", "SRB", None),
    ("The minister said Turkey was ready to launch a new incursion into Syria unless the "
     "militia withdrew.", "THREATEN", "TUR", None),
    ("Ecuador secured the backing of Peru for its candidacy.", "SUPPORT", "PER", "ECU"),
    ("Canada announced a freeze on the assets of three Russian banks.", "SANCTION", "CAN",
     "RUS"),
    ("Police in Peru locked up a retired colonel accused of smuggling.", "COERCE", "PER",
     None),
    ("Austria stood by Slovenia in the dispute over the dam.", "SUPPORT", "AUT", "SVN"),
    ("The junta freed 200 political prisoners and lifted the curfew.", "RETREAT", None, None),
]


@pytest.mark.parametrize(("text", "etype", "actor", "recipient"), TRUE_EVENTS)
def test_the_act_noun_gets_its_type(nlp: Any, text: str, etype: str, actor: str | None,
                                    recipient: str | None) -> None:
    assert_event_with_countries(nlp, text, etype, actor, recipient)


# look-alikes: the same nouns in senses that are no act, a kind of act, or no party's
NO_EVENTS = [
    ("The dispatch of the letter was delayed by a week.", "MOBILIZE"),
    ("He suffered a seizure during the match.", "COERCE"),
    ("The release of the novel by the publisher was delayed.", "RETREAT"),
    ("Venezuela said it would respond with force to any incursion by Guyana.", "ASSAULT"),
    ("The navy said it would sink any ship that attacked its convoy.", "ASSAULT"),
    ("Officials warned against any attack on the pipeline.", "ASSAULT"),
    ("The team won the championship of the league.", "SUPPORT"),
    ("The hiring freeze at the ministry will end in May.", "SANCTION"),
    # a classed object keeps the failed-sense veto: a report is no proposal to reject
    ("The minister rejected the report as biased.", "REJECT"),
    ("The troops stood by as the crowd looted the shops.", "SUPPORT"),
    ("Peru stood by the road waiting for the convoy.", "SUPPORT"),
    ("Gunmen stormed the jail in the provincial capital and released 40 prisoners.",
     "RETREAT"),
]


def test_captors_who_let_their_captives_go_release_them(nlp: Any) -> None:
    """raid_release spares the release of people the same subject abducted."""
    text = "Gunmen kidnapped the crew and later released them after a ransom was paid."
    assert "RETREAT" in types_of(events_of(nlp, text))


@pytest.mark.parametrize(("text", "etype"), NO_EVENTS)
def test_look_alikes_stay_silent(nlp: Any, text: str, etype: str) -> None:
    assert etype not in types_of(events_of(nlp, text)), text


def test_a_negated_any_act_is_left_to_modality(nlp: Any) -> None:
    """The 'any' of a negated act is no kind of act: the aid stays, told as negated."""
    text = "The rebels have not received any financial assistance from Iran, the ministry said."
    found = [e for e in events_of(nlp, text) if e.type == "AID"]
    assert [e.modality for e in found] == ["negated"], found


def test_a_kind_of_act_is_not_an_act_but_an_attack_is(nlp: Any) -> None:
    """'any incursion' is a kind of act; 'an incursion' with its doer told is one."""
    assert "ASSAULT" in types_of(events_of(
        nlp, "Guyana reported an incursion by Venezuelan soldiers on Monday."))
    assert "ASSAULT" not in types_of(events_of(
        nlp, "Guyana said it would repel any incursion by Venezuelan soldiers."))


# (rule, made-up sentence, the type it gives only with the rule on, or it drops)
RULE_CASES = [
    ("of_object_by_agent",
     "The expulsion of three Peruvian diplomats by Chile was confirmed on Tuesday.",
     "SANCTION", True),
    ("any_act_noun", "Venezuela said it would respond with force to any incursion by Guyana.",
     "ASSAULT", False),
    ("ready_light_verb", "The minister said Turkey was ready to launch a new incursion into "
     "Syria unless the militia withdrew.", "THREATEN", True),
    ("unclassed_object", "Police in Peru locked up a retired colonel accused of smuggling.",
     "COERCE", True),
    ("adjacent_prep_party", "Austria stood by Slovenia in the dispute over the dam.",
     "SUPPORT", True),
    ("raid_release", "Gunmen stormed the jail in the provincial capital and released 40 "
     "prisoners.", "RETREAT", False),
]


def test_the_giver_of_a_backing_won_is_its_actor(nlp: Any, ablated: Any) -> None:
    """'secured the backing of Peru': Peru backs Ecuador (without the rule the 'of' party is
    taken for the one backed, and the noun has no actor)."""
    def pairs() -> list[tuple[str | None, str | None]]:
        return [(e.actor.country if e.actor else None,
                 e.recipient.country if e.recipient else None)
                for e in events_of(nlp, "Ecuador secured the backing of Peru for its "
                                        "candidacy.") if e.type == "SUPPORT"]
    assert ("PER", "ECU") in pairs()
    ablated("received_of_giver")
    assert ("PER", "ECU") not in pairs()


@pytest.mark.parametrize(("rule", "text", "etype", "gives"), RULE_CASES)
def test_the_rule_is_what_decides(nlp: Any, ablated: Any, rule: str, text: str, etype: str,
                                  gives: bool) -> None:
    on = etype in types_of(events_of(nlp, text))
    ablated(rule)
    off = etype in types_of(events_of(nlp, text))
    assert (on, off) == ((True, False) if gives else (False, True)), rule


def test_the_rules_are_recorded_on_the_event(nlp: Any) -> None:
    found = events_of(nlp, "The expulsion of three Peruvian diplomats by Chile was confirmed "
                           "on Tuesday.")
    assert any("of_object_by_agent" in e.rules for e in found if e.type == "SANCTION")


def test_the_drop_trace_names_the_step_and_changes_nothing(nlp: Any) -> None:
    """Inside tracing() a typed trigger that is dropped is noted with its step and rule;
    outside it nothing is noted, and the events are the same either way."""
    from newsweave.extract import drop_trace

    text = "Venezuela said it would respond with force to any incursion by Guyana."
    before = types_of(events_of(nlp, text))
    with drop_trace.tracing() as trace:
        traced = types_of(events_of(nlp, text))
    assert traced == before
    assert any(d.text == "incursion" and d.type == "ASSAULT" and d.step == "build" and
               d.rule == "hypothetical_noun" for d in trace), trace
    assert not drop_trace.active()
    drop_trace.note(nlp("a test")[0], "ASSAULT", "loop", "x")  # a no-op outside tracing
