"""Real-news event rules of evreal10 (session 14, issue 11), each on made-up articles: the act
a verdict of guilt names ('was found guilty of wounding X') is done by the one found guilty."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow

DATELINE = "BRNO, Czech Republic (AP) — "


def attacks(nlp: Any, text: str) -> list[Event]:
    return [e for e in events_of(nlp, DATELINE + text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Tomas Kral, 24, was found guilty on Monday of stabbing Petr Horak outside a bar.",
    "Tomas Kral, 24, was found guilty of stabbing Petr Horak and wounding Jan Blaha.",
    "A jury found Tomas Kral guilty of stabbing Petr Horak outside a bar.",
])
def test_the_one_found_guilty_did_the_act(nlp: Any, ablated: Any, text: str) -> None:
    found = [e for e in attacks(nlp, text)
             if e.recipient is not None and e.recipient.name == "Petr Horak"]
    assert [e.actor.name if e.actor else None for e in found] == ["Tomas Kral"]
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Tomas Kral, 24, was found guilty of stabbing Petr Horak and wounding Jan Blaha.",
    "A jury found Tomas Kral guilty of stabbing Petr Horak outside a bar.",
])
def test_without_the_rule_the_act_has_no_doer(nlp: Any, ablated: Any, text: str) -> None:
    ablated("guilty_of_act")
    assert not [e for e in attacks(nlp, text) if e.actor is not None and
                e.actor.name == "Tomas Kral" and e.recipient is not None and
                e.recipient.name == "Petr Horak"]


def test_found_not_guilty_tells_no_act(nlp: Any) -> None:
    text = "A jury found Tomas Kral not guilty of stabbing Petr Horak outside a bar."
    assert not [e for e in attacks(nlp, text) if e.actor is not None]


@pytest.mark.parametrize("text", [
    "The Foreign Ministry condemned the airstrike by the Moldovan forces.",
    "The Foreign Ministry issued a statement condemning the airstrike by the Moldovan forces.",
])
def test_the_objects_by_phrase_is_who_is_condemned(nlp: Any, ablated: Any, text: str) -> None:
    def accusations() -> list[tuple[str | None, str | None]]:
        return [(e.actor.name if e.actor else None, e.recipient.country if e.recipient else None)
                for e in events_of(nlp, "WASHINGTON (AP) — " + text) if e.type == "ACCUSE"]

    assert accusations() == [("Foreign Ministry", "MDA")]
    ablated("object_by_agent")
    assert accusations() != [("Foreign Ministry", "MDA")]


@pytest.mark.parametrize(("text", "etype", "who"), [
    ("WASHINGTON (AP) — The Labor Department on Tuesday scrapped a rule that limited overtime "
     "pay. Unions widely praised Tuesday's action.", "SUPPORT", "Labor Department"),
    ("ISLAMABAD (AP) — Gunmen from a banned group attacked a checkpoint on Thursday. The "
     "government condemned Thursday's attack.", "ACCUSE", "gunmen"),
])
def test_a_dated_act_is_the_one_told_before(nlp: Any, ablated: Any, text: str, etype: str,
                                            who: str) -> None:
    def recipients() -> list[str | None]:
        return [e.recipient.name if e.recipient else None
                for e in events_of(nlp, text) if e.type == etype]

    assert recipients() == [who]
    ablated("dated_act")
    assert recipients() == [None]


ARREST = "BLOOMINGTON, Minn. (AP) — Police arrested {} over the fatal crash that killed a " \
    "cyclist outside a store. Tom Vell, 36, was charged with criminal vehicular homicide on Friday."


def arrested(nlp: Any, who: str) -> list[str | None]:
    return [e.recipient.name if e.recipient else None
            for e in events_of(nlp, ARREST.format(who)) if e.type == "COERCE"]


def test_a_described_suspect_is_the_one_named(nlp: Any, ablated: Any) -> None:
    assert arrested(nlp, "a man") == ["Tom Vell"]
    ablated("described_suspect")
    assert arrested(nlp, "a man") == ["man"]


@pytest.mark.parametrize("who", ["a second man", "a woman"])
def test_another_description_stays_unknown(nlp: Any, who: str) -> None:
    assert arrested(nlp, who) == [who.split()[-1]]


def test_two_named_suspects_leave_the_description(nlp: Any) -> None:
    text = ARREST.format("a man") + " Petr Horak was charged with helping him."
    assert [e.recipient.name if e.recipient else None
            for e in events_of(nlp, text) if e.type == "COERCE"] == ["man"]


def recipient_countries(nlp: Any, text: str, etype: str) -> list[str | None]:
    return [e.recipient.country if e.recipient else None
            for e in events_of(nlp, text) if e.type == etype]


@pytest.mark.parametrize("text", [
    "MOSCOW (AP) — Russia threatened an attack on Latvia's border posts.",
    "MOSCOW (AP) — Russia on Monday threatened a military invasion of Latvia.",
])
def test_a_threatened_act_is_aimed_at_whom_it_would_hit(nlp: Any, ablated: Any,
                                                        text: str) -> None:
    assert recipient_countries(nlp, text, "THREATEN") == ["LVA"]
    ablated("threatened_act_noun")
    assert recipient_countries(nlp, text, "THREATEN") == [None]


@pytest.mark.parametrize(("text", "etype", "country"), [
    ("WASHINGTON (AP) — The State Department condemned what it called a brutal attack by "
     "Syrian forces.", "ACCUSE", "SYR"),
    ("WASHINGTON (AP) — The White House condemned what it called \"a reckless decision\" by "
     "the Egyptian government.", "ACCUSE", "EGY"),
])
def test_what_it_called_is_the_object(nlp: Any, ablated: Any, text: str, etype: str,
                                      country: str) -> None:
    assert recipient_countries(nlp, text, etype) == [country]
    ablated("what_it_called")
    assert recipient_countries(nlp, text, etype) == [None]


@pytest.mark.parametrize("text", [
    "ATHENS, Greece (AP) — Rioting youths attacked a police station on Saturday night.",
    "KABUL (AP) — Insurgents stormed an army checkpoint in the south on Monday.",
])
def test_an_attacked_state_building_is_the_states(nlp: Any, ablated: Any, text: str) -> None:
    code = "GRC" if "Greece" in text else "AFG"
    assert recipient_countries(nlp, text, "ASSAULT") == [code]
    ablated("state_property")
    assert recipient_countries(nlp, text, "ASSAULT") == [None]


def test_the_first_word_after_a_dateline_is_a_noun(nlp: Any, ablated: Any) -> None:
    text = "LISBON, Portugal (AP) — Protesters clashed with police near the port on Friday."

    def doers() -> list[str | None]:
        return [e.actor.name if e.actor else None
                for e in events_of(nlp, text) if e.type == "ASSAULT"]

    assert "protesters" in doers()
    ablated("dateline_first_word")
    assert "protesters" not in doers()


@pytest.mark.parametrize("text", [
    "ATHENS, Greece (AP) — Hundreds of students threw stones at riot police on Friday.",
    "ATHENS, Greece (AP) — Masked youths hurled petrol bombs at riot police on Sunday.",
])
def test_throwing_missiles_at_someone_is_an_attack(nlp: Any, text: str) -> None:
    assert recipient_countries(nlp, text, "ASSAULT") == ["GRC"]


def test_a_thrown_pass_is_no_attack(nlp: Any) -> None:
    text = "INDIANAPOLIS (AP) — Tom Vell threw a 40-yard touchdown pass to Petr Horak."
    assert not [e for e in events_of(nlp, text) if e.type == "ASSAULT"]


def test_people_a_participle_of_force_describes_do_it(nlp: Any, ablated: Any) -> None:
    text = "ATHENS, Greece (AP) — Riot police fired tear gas at students throwing rocks " \
        "outside the ministry."

    def throwers() -> list[str | None]:
        return [e.actor.name if e.actor else None for e in events_of(nlp, text)
                if e.type == "ASSAULT" and e.trigger.startswith("throw")]

    assert throwers() == ["students"]
    ablated("participle_doer")
    assert throwers() == []


def test_a_participle_that_says_who_they_are_tells_no_request(nlp: Any) -> None:
    text = "MCALLEN, Texas (AP) — Border agents detained dozens of migrants seeking asylum."
    assert not [e for e in events_of(nlp, text) if e.type == "REQUEST"]


def test_a_state_building_among_other_things_hit(nlp: Any, ablated: Any) -> None:
    text = "LISBON, Portugal (AP) — Masked youths attacked an army barracks, shops and cafes."
    assert "PRT" in recipient_countries(nlp, text, "ASSAULT")
    ablated("state_property")
    assert "PRT" not in recipient_countries(nlp, text, "ASSAULT")
