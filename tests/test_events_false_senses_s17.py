"""False events of session 17 (evprec13), found on a fifth wire file written in the register of
real agency copy (tests/data/event_wire_dev5.jsonl: attribution tails, cited reasons, sanctions,
demands); the sentences here are made up. An after-clause under an attribution tail is the
time of the report, what is cited or conceded is its reason or setting, what a sanction reaches
is no attack, a disease is no attacker, what a protest demands is its aim, a mediation named on
a deal is a detail of it, a company agreeing to buy another is market news, ships sent with aid
on board are aid sent, not a deployment; and (recall, extract.event_arguments) aid to a party's
sector goes to that party, and a round of talks is held by the subject of the verb taking the
round. Each rule is switched off once (NEWSWEAVE_ABLATE) to show the test depends on it, and
each has a true event next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("attributed_background", "cited_reason", "sanction_reach", "demanded_content",
         "natural_force_subject", "brokered_deal", "business_deal", "carried_cargo",
         "aided_owner", "partitive_event")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (rule, made-up sentence, the false type it must drop, the report's type that must stay)
CASES = [
    ("attributed_background",
     "Ruritania's army sent three more brigades to the northern province after gunmen "
     "kidnapped 40 pupils, a military spokesman said on Friday.", "ASSAULT", "MOBILIZE"),
    ("cited_reason",
     "Ruritania will close two crossings on its frontier with Carpathia, the interior minister "
     "told parliament, citing repeated attacks by Carpathian militias.", "ASSAULT", None),
    ("sanction_reach",
     "Norway imposed new sanctions on Belarus on Thursday, targeting two state banks and "
     "a shipping company, the finance ministry said.", "ASSAULT", "SANCTION"),
    ("demanded_content",
     "Farmers blocked roads around Lyon with tractors on Monday, demanding relief from fuel "
     "taxes and new EU rules, their union said.", "AID", "PROTEST"),
    ("brokered_deal",
     "Chile and Bolivia agreed to reopen their consulates within a month in a deal brokered "
     "by Brazil, the Chilean foreign ministry said.", "CONSULT", "AGREE"),
    ("business_deal",
     "The shipping company agreed to buy a Danish rival for $2.1 billion, the two groups said "
     "in a joint statement.", "AGREE", None),
    ("carried_cargo",
     "Greece sent three ships carrying blankets, tents and medical supplies to the island of "
     "Samos after the storm, the coast guard said.", "MOBILIZE", None),
    ("natural_force_subject",
     "Cholera has killed more than 200 people in the Ruritanian lowlands since June, the "
     "health ministry said.", "ASSAULT", None),
]


@pytest.mark.parametrize(("rule", "text", "false", "kept"), CASES)
def test_the_false_event_is_dropped_and_the_report_stays(nlp: Any, rule: str, text: str,
                                                         false: str, kept: str | None) -> None:
    types = types_of(events_of(nlp, text))
    assert false not in types, (rule, types)
    if kept:
        assert kept in types, (rule, types)


@pytest.mark.parametrize(("rule", "text", "false", "kept"), CASES)
def test_the_rule_is_what_drops_it(nlp: Any, ablated: Any, rule: str, text: str, false: str,
                                   kept: str | None) -> None:
    ablated(rule)
    assert false in types_of(events_of(nlp, text)), rule


TRUE_EVENTS = [
    # an after-clause deeper than the report's clause tells a chain: kept
    ("Police said officers shot the man after he pointed a rifle at a patrol in Strelsau.",
     "ASSAULT"),
    # an attack that is the report, not cited
    ("Carpathian militias attacked two Ruritanian border posts overnight, the army said.",
     "ASSAULT"),
    # a hit that no sanction does
    ("Russian missiles hit a power station in Kyiv on Sunday.", "ASSAULT"),
    # warships carrying weapons are a deployment
    ("Britain sent two warships carrying missiles to the Red Sea.", "MOBILIZE"),
    # a mediation told as the clause's own verb, and a state agreeing to buy
    ("Qatar brokered a truce between the two militias on Friday.", "CONSULT"),
    ("Poland agreed to buy 96 attack helicopters from the United States.", "AGREE"),
    # an act conceded happened: it stays (the article sets code it)
    ("The Ruritanian ambassador said her country would keep its medical team in Strelsau "
     "despite attacks by armed gangs on the hospital.", "ASSAULT"),
    # a party's aside told as earlier stays (the hand-annotated article sets code it)
    ("Talks are planned with the rebels, who have long refused to negotiate with Strelsau.",
     "REJECT"),
]


@pytest.mark.parametrize(("text", "etype"), TRUE_EVENTS)
def test_a_true_event_next_to_the_rules_stays(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(events_of(nlp, text)), text


# ---------------------------------------------------------------- aided_owner (recall)

AIDED = "Norway will give $40 million in emergency aid to Moldova's power sector, its " \
    "development minister said."


def test_aid_to_a_partys_sector_goes_to_that_party(nlp: Any) -> None:
    aid = [e for e in events_of(nlp, AIDED) if e.type == "AID"]
    assert aid and aid[0].recipient is not None and aid[0].recipient.country == "MDA"


def test_the_rule_is_what_finds_the_aided_party(nlp: Any, ablated: Any) -> None:
    # (evargs26's aid_destination finds the same party by the aid's 'to' phrase)
    ablated("aided_owner", "aid_destination")
    assert "AID" not in types_of(events_of(nlp, AIDED))  # AID needs a recipient


def test_aid_to_ones_own_units_finds_no_owner(nlp: Any) -> None:
    text = "The army sent its own medics to its field hospitals in the north."
    assert all(e.recipient is None or e.recipient.country is None
               for e in events_of(nlp, text) if e.type == "AID")


# ---------------------------------------------------------------- partitive_event (recall)

ROUND = "Chile and Peru held a second round of talks on their maritime border in Lima on " \
    "Monday, the Chilean foreign ministry said."


def test_a_round_of_talks_is_held_by_the_verbs_subject(nlp: Any) -> None:
    talks = [e for e in events_of(nlp, ROUND) if e.type == "CONSULT"]
    assert talks and talks[0].actor is not None and talks[0].actor.country == "CHL"
    assert "partitive_event" in talks[0].actor.rules


def test_the_rule_is_what_finds_who_holds_the_round(nlp: Any, ablated: Any) -> None:
    ablated("partitive_event")
    # (the learned typer may still type 'held' CONSULT on its own since session 26; the
    # lexicon finds no CONSULT without the rule)
    assert not [e for e in events_of(nlp, ROUND)
                if e.type == "CONSULT" and e.source_method != "embedding"]


# ---------------------------------------------------------------- lexicon data (lead, session 17)
# from the judged sample of session 17 (benchmarks/event_judged_seed1717_session17.jsonl):
# 'shelled out $334 million' (paid) was an ASSAULT, hosting an awards show a visit

def test_shelling_out_money_is_paying_not_shelling(nlp: Any) -> None:
    for text in ("Nvidia shelled out $400 million for the acquisition of CoreScale.",
                 "Brandt Motors shelled out $2.1 billion for the purchase of a battery maker."):
        assert "ASSAULT" not in types_of(events_of(nlp, text)), text
    shelling = "Government forces shelled rebel positions outside the city overnight."
    assert "ASSAULT" in types_of(events_of(nlp, shelling))


def test_hosting_an_awards_show_is_no_visit(nlp: Any) -> None:
    for text in ("We heard last week that Tom Hanks would not be hosting the Oscars.",
                 "Kimmel will be hosting the Emmys this year."):
        assert "CONSULT" not in types_of(events_of(nlp, text)), text
    visit = "Egypt hosted the Sudanese president in Cairo on Monday."
    assert "CONSULT" in types_of(events_of(nlp, visit))
