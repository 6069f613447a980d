"""Arguments of wire sentences (evargs26, issue 11); every sentence is made up.

Whoever a possessive pronoun on a thing attacked or raided stands for is the one attacked
(rule pronoun_owner_of_target), never the attacker itself. Whoever hosts talks or a meeting
takes part in them: a CONSULT of the host with each party the meeting is between (rule
host_of_talks), while the meeting's own event keeps its parties. A 'she' is not the man a
'he' of the same sentence stands for (rule other_gender_pronoun), and a role whose country only
a possessive pronoun gives is the person its apposition names (rule named_role_apposition).
An English spelling of a town the place index holds under another name names it (rule
place_alias, lexicons/place_aliases.json); a lone word tagged as a person that the index knows
as a sizeable town is the town when it is an object (rule town_not_person); aid carried to a
town goes to its state (rule aid_destination); where a meeting is held lends no country to a
bare organ of the sentence (rule meeting_venue_place); a role the lexicon lists as two words
takes the country its other modifier states (rule role_bigram); an unnamed group said to be
based somewhere is of that place's country (rule based_place); backing thrown behind a bid
goes to its owner (rule light_verb_backing); a concession 'bowing to' a party has that party
as its other side (rule yielding_participle). Each rule is switched off once to show the test
depends on it, and each has a look-alike it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off
from newsweave.extract.ablation import known_rules

RULES = ("pronoun_owner_of_target", "host_of_talks", "other_gender_pronoun",
         "named_role_apposition", "place_alias", "town_not_person", "aid_destination",
         "meeting_venue_place", "role_bigram", "based_place", "light_verb_backing",
         "yielding_participle")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ------------------------------------------------------------ the owner of a thing attacked

OWNED_TARGETS = [
    # (text, the recipient's name, its country)
    ("The rebels said the army had bombed their camp.", "rebels", None),
    ("Ghana accused the rebels of attacking its border posts.", "Ghana", "GHA"),
    ("Residents of Iraq's Sinjar district say Turkish artillery has pounded their villages "
     "for a week.", "residents", "IRQ"),
]


@pytest.mark.parametrize(("text", "name", "country"), OWNED_TARGETS)
def test_the_pronoun_owner_of_the_target_is_attacked(nlp: Any, text: str, name: str,
                                                     country: str | None) -> None:
    found = parties(events_of(nlp, text), "ASSAULT")
    assert any(rec == name and rec_c == country for _a, _ac, rec, rec_c in found), found


@pytest.mark.parametrize(("text", "name", "country"), OWNED_TARGETS)
def test_without_the_rule_the_owner_is_not_read(monkeypatch: pytest.MonkeyPatch, nlp: Any,
                                                text: str, name: str,
                                                country: str | None) -> None:
    rules_off(monkeypatch, "pronoun_owner_of_target")
    found = parties(events_of(nlp, text), "ASSAULT")
    assert found, text
    assert not any(rec == name for _a, _ac, rec, _rc in found), found


@pytest.mark.parametrize("text", [
    # its own positions: the attacker's own
    "The army shelled its own positions by mistake.",
    # 'their' with nothing before it to stand for
    "The army shelled their positions overnight.",
    # the pronoun is the attacker's own side
    "Kenya said its troops had attacked the camp.",
])
def test_no_owner_from_the_attackers_own_or_an_unplaced_pronoun(nlp: Any, text: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert found, text
    assert not any(e.recipient is not None and "pronoun_owner_of_target" in e.recipient.rules
                   for e in found), found


# ------------------------------------------------------------------------ the host of talks

def _host_events(nlp: Any, text: str, host: str) -> list[Any]:
    return [e for e in events_of(nlp, text) if e.type == "CONSULT" and e.actor is not None
            and e.actor.name == host]


@pytest.mark.parametrize(("text", "host", "guests", "modality"), [
    ("Egypt hosted talks between Israel and Hamas on Sunday.", "Egypt", {"Israel", "Hamas"},
     "asserted"),
    ("Norway will host talks between Colombia and the rebels next month.", "Norway",
     {"Colombia", "rebels"}, "planned"),
    ("The talks between Israel and Hamas were hosted by Egypt.", "Egypt", {"Israel", "Hamas"},
     "asserted"),
    ("The ceasefire was agreed after three days of talks hosted by Angola's president, "
     "Jose Mateus, in Luanda.", "Jose Mateus", {None}, "asserted"),
])
def test_the_host_consults_each_party(nlp: Any, text: str, host: str,
                                      guests: set[str | None], modality: str) -> None:
    found = _host_events(nlp, text, host)
    assert {e.recipient.name if e.recipient else None for e in found} == guests, found
    assert all(e.modality == modality and e.mode == "third-party" and
               "host_of_talks" in e.rules for e in found), found


def test_the_meeting_keeps_its_own_parties(nlp: Any) -> None:
    found = parties(events_of(nlp, "Egypt hosted talks between Israel and Hamas on Sunday."),
                    "CONSULT")
    assert ("Israel", "ISR", "Hamas", "PSE") in found, found


def test_without_the_rule_the_host_is_left_out(monkeypatch: pytest.MonkeyPatch,
                                               nlp: Any) -> None:
    rules_off(monkeypatch, "host_of_talks")
    assert not _host_events(nlp, "Egypt hosted talks between Israel and Hamas on Sunday.",
                            "Egypt")


@pytest.mark.parametrize("text", [
    "Kenya hosted the final round of the tournament.",
    "Egypt hosted the World Cup qualifier.",
])
def test_hosting_what_is_no_meeting_is_no_consultation(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if e.type == "CONSULT"], text


@pytest.mark.parametrize("text", [
    # hosting only offered or proposed: the offer is its own event, and its host may be no
    # subject of the sentence
    "Qatar offered to host a new round of talks between the army and the rebels.",
    "The army turned down a proposal by Kenya to host direct talks with the rebels.",
])
def test_hosting_only_offered_is_no_host_event(nlp: Any, text: str) -> None:
    assert not [e for e in events_of(nlp, text) if "host_of_talks" in e.rules], text


# ------------------------------------------------- a pronoun of the other gender in the sentence

OTHER_GENDER = ("Prime Minister Joren Vandam met Lotte Brink on Sunday. He said he had offered "
                "her party a new deal, and that she had turned it down.")


def test_she_is_not_the_man_he_stands_for(nlp: Any) -> None:
    found = parties(events_of(nlp, OTHER_GENDER), "REJECT")
    assert found, OTHER_GENDER
    assert all(actor != "Joren Vandam" for actor, *_x in found), found
    assert any(actor == "Lotte Brink" for actor, *_x in found), found


def test_without_the_rule_she_takes_the_man(monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    rules_off(monkeypatch, "other_gender_pronoun")
    found = parties(events_of(nlp, OTHER_GENDER), "REJECT")
    assert any(actor == "Joren Vandam" for actor, *_x in found), found


def test_the_same_gender_pronoun_keeps_its_antecedent(nlp: Any) -> None:
    text = ("Prime Minister Joren Vandam met Lotte Brink on Sunday. He said that he had "
            "turned down her offer.")
    found = parties(events_of(nlp, text), "REJECT")
    assert any(actor == "Joren Vandam" for actor, *_x in found), found


# --------------------------------------------------------- a role named by its apposition

NAMED_ROLE = ("Teachers in Honduras went on strike. Its leader, Marta Solis, accused the "
              "president of governing by decree.")


def test_a_pronoun_owned_role_is_the_person_its_apposition_names(nlp: Any) -> None:
    found = parties(events_of(nlp, NAMED_ROLE), "ACCUSE")
    assert [(actor, country) for actor, country, *_x in found] == [("Marta Solis", None)], found


def test_without_the_rule_the_role_takes_the_pronouns_country(
        monkeypatch: pytest.MonkeyPatch, nlp: Any) -> None:
    rules_off(monkeypatch, "named_role_apposition")
    found = parties(events_of(nlp, NAMED_ROLE), "ACCUSE")
    assert any(actor == "Its leader" for actor, *_x in found), found


def test_a_role_with_its_country_said_keeps_it(nlp: Any) -> None:
    found = parties(events_of(nlp, "Chile's foreign minister, Ana Rojas, accused Peru of "
                                   "lying."), "ACCUSE")
    assert ("Ana Rojas", "CHL", "Peru", "PER") in found, found


# ------------------------------------------------- towns: English spellings, tagged as people

def test_an_english_spelling_names_the_town_the_index_holds() -> None:
    from newsweave.extract.geo import geocode

    loc = geocode("Jenin")
    assert loc is not None and loc.country == "PSE" and loc.kind == "city", loc


def test_without_the_alias_the_spelling_is_no_place(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract.geo import geocode

    rules_off(monkeypatch, "place_alias")
    assert geocode("Jenin") is None


def test_every_alias_names_a_town_of_its_country() -> None:
    from newsweave.extract.geo import geocode, place_aliases

    for alias, (name, country) in place_aliases().items():
        loc = geocode(alias)
        assert loc is not None and (loc.name, loc.country) == (name, country), alias


@pytest.mark.parametrize(("text", "country"), [
    ("Militants shelled Jenin overnight.", "PSE"),
    ("Russian forces shelled Kharkiv overnight.", "UKR"),
])
def test_a_town_tagged_as_a_person_is_the_town(nlp: Any, text: str, country: str) -> None:
    found = parties(events_of(nlp, text), "ASSAULT")
    assert any(rec_c == country for *_x, rec_c in found), found


def test_without_the_rule_the_town_is_a_person(monkeypatch: pytest.MonkeyPatch,
                                               nlp: Any) -> None:
    rules_off(monkeypatch, "town_not_person")
    found = parties(events_of(nlp, "Russian forces shelled Kharkiv overnight."), "ASSAULT")
    assert found and not any(rec_c == "UKR" for *_x, rec_c in found), found


def test_a_person_named_in_full_keeps_the_name(nlp: Any) -> None:
    # 'Kent' is also a town of the index; here it is the first name of a person named before
    text = "The senator met Kent Adams in March. Police later questioned Kent."
    found = parties(events_of(nlp, text), "ACCUSE")
    assert any(rec == "Kent Adams" for _a, _ac, rec, _rc in found), found


# ------------------------------------------------------------ aid carried to a town

def test_aid_carried_to_a_town_goes_to_its_state(nlp: Any) -> None:
    found = parties(events_of(nlp, "The WHO flew medical supplies to Goma."), "AID")
    assert any(rec_c == "COD" for *_x, rec_c in found), found


def test_without_the_rule_aid_to_a_town_has_no_recipient(monkeypatch: pytest.MonkeyPatch,
                                                         nlp: Any) -> None:
    rules_off(monkeypatch, "aid_destination")
    found = parties(events_of(nlp, "The WHO flew medical supplies to Goma."), "AID")
    assert not any(rec_c == "COD" for *_x, rec_c in found), found


def test_aid_to_a_town_of_the_givers_own_state_goes_to_no_state(nlp: Any) -> None:
    found = parties(events_of(nlp, "Congo's government flew medical supplies to Goma."),
                    "AID")
    assert not any(rec_c == "COD" for *_x, rec_c in found), found


# ------------------------------------------------------------- a meeting's venue is no home

VENUE = "Cuban government negotiators and opposition delegates began talks in Jamaica on Monday."


def _parties_named(events: list[Any]) -> set[str]:
    return {r.name for e in events for r in (e.actor, e.recipient) if r is not None}


def test_the_venue_of_talks_is_no_party(nlp: Any) -> None:
    text = VENUE
    found = events_of(nlp, text)
    assert any(e.type == "CONSULT" for e in found), found
    assert "Jamaica" not in _parties_named(found), found


def test_without_the_rule_the_venue_lends_its_country(monkeypatch: pytest.MonkeyPatch,
                                                      nlp: Any) -> None:
    rules_off(monkeypatch, "meeting_venue_place")
    found = events_of(nlp, VENUE)
    assert "Jamaica" in _parties_named(found), found


def test_the_place_where_police_act_still_gives_its_country(nlp: Any) -> None:
    found = parties(events_of(nlp, "Police arrested protesters in Caracas."), "COERCE")
    assert any(ac == "VEN" for _a, ac, *_x in found), found


# ------------------------------------------------------------ a role of two words

ROLE_PAIR = "The president spoke by phone with the Omani crown prince on Friday."


def test_a_two_word_role_takes_its_stated_country(nlp: Any) -> None:
    found = parties(events_of(nlp, ROLE_PAIR), "CONSULT")
    assert any(rec_c == "OMN" for *_x, rec_c in found), found


def test_without_the_rule_the_two_word_role_is_nobody(monkeypatch: pytest.MonkeyPatch,
                                                      nlp: Any) -> None:
    # (evtypes28's country_unnamed_noun reads the same role noun when role_bigram is off)
    rules_off(monkeypatch, "role_bigram", "country_unnamed_noun")
    found = parties(events_of(nlp, ROLE_PAIR), "CONSULT")
    assert not any(rec_c == "OMN" for *_x, rec_c in found), found


def test_a_two_word_role_with_no_country_stays_without(nlp: Any) -> None:
    found = parties(events_of(nlp, "The president spoke by phone with the crown prince on "
                                   "Friday."), "CONSULT")
    assert all(rec_c is None for *_x, rec_c in found), found


# ------------------------------------------------------------ where a group is based

BASED = "The regulator fined four firms based in Guadalajara."


def test_a_group_based_in_a_town_is_of_its_country(nlp: Any) -> None:
    found = parties(events_of(nlp, BASED), "SANCTION")
    assert any(rec_c == "MEX" for *_x, rec_c in found), found


def test_without_the_rule_the_based_group_has_no_country(monkeypatch: pytest.MonkeyPatch,
                                                         nlp: Any) -> None:
    rules_off(monkeypatch, "based_place")
    found = parties(events_of(nlp, BASED), "SANCTION")
    assert found and not any(rec_c == "MEX" for *_x, rec_c in found), found


def test_a_group_said_nowhere_keeps_no_country(nlp: Any) -> None:
    found = parties(events_of(nlp, "The regulator fined four firms."), "SANCTION")
    assert all(rec_c is None for *_x, rec_c in found), found


# ------------------------------------------------------------ backing thrown behind a party

BACKING = "Peru's foreign minister threw his backing behind Ecuador's bid for the seat."


def test_backing_thrown_behind_a_bid_goes_to_its_owner(nlp: Any) -> None:
    found = parties(events_of(nlp, BACKING), "SUPPORT")
    assert any(rec_c == "ECU" for *_x, rec_c in found), found


def test_without_the_rule_the_backing_has_no_recipient(monkeypatch: pytest.MonkeyPatch,
                                                       nlp: Any) -> None:
    rules_off(monkeypatch, "light_verb_backing")
    found = parties(events_of(nlp, BACKING), "SUPPORT")
    assert found and not any(rec_c == "ECU" for *_x, rec_c in found), found


def test_backing_for_the_backers_own_bid_has_no_other_party(nlp: Any) -> None:
    found = parties(events_of(nlp, "Peru's foreign minister threw his backing behind Peru's "
                                   "bid for the seat."), "SUPPORT")
    assert not any(rec == "Peru" for _a, _ac, rec, _rc in found), found


# ------------------------------------------------------------ a concession bowing to a party

YIELDED = ("The Malawian president dropped a planned fuel tax on Monday, bowing to protesters "
           "who had blocked roads.")


def test_the_party_a_concession_bows_to_is_its_other_side(nlp: Any) -> None:
    found = parties(events_of(nlp, YIELDED), "CONCEDE")
    assert any(rec == "protesters" for _a, _ac, rec, _rc in found), found


def test_without_the_rule_the_concession_has_no_other_side(monkeypatch: pytest.MonkeyPatch,
                                                           nlp: Any) -> None:
    rules_off(monkeypatch, "yielding_participle")
    found = parties(events_of(nlp, YIELDED), "CONCEDE")
    assert found and all(rec is None for _a, _ac, rec, _rc in found), found


def test_a_participle_of_another_verb_names_no_side(nlp: Any) -> None:
    found = parties(events_of(nlp, "The Malawian president dropped a planned fuel tax on "
                                   "Monday, citing the budget."), "CONCEDE")
    assert found and all(rec is None for _a, _ac, rec, _rc in found), found
