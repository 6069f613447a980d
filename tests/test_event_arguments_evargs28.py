"""Pronoun recipients, victims and settings (evargs28, issue 11); every sentence is made up.

An object 'it' of a verb conjoined to an earlier one stands for that verb's object when the
object is a body, a state or an organisation (rule conjunct_object_it); a recipient read from
an object pronoun that came out as the actor's own state side is a wrong antecedent: the same
pronoun just before, when it stands for another side, is taken, else none (rule
pronoun_own_side). Fighters named only by what they are ('twenty insurgents') in a sentence
that names exactly one armed group besides the actor are that group's (rule
named_group_fighters), else the one the sentence before names (rule group_fighters_before). A
verb whose 'in' phrase is an attack told by its noun took place where that attack hit ('killed
five guards in a raid on a depot in X': rule act_noun_setting); a 'from' phrase of where an
attack is launched ('from hideouts in Y') is no setting (rule launch_origin); an object pronoun
is not the person its own clause's subject stands for (rule object_not_subject); people owned by
a pronoun for an organisation ('two of its researchers') are that organisation's (rule
possessed_people_owner). Each rule is
switched off once to show the test depends on it, and each has a look-alike it must leave
alone."""

from __future__ import annotations

from typing import Any

from event_helpers import events_of, parties, rules_off
from newsweave.extract.ablation import known_rules

RULES = ("conjunct_object_it", "pronoun_own_side", "named_group_fighters",
         "act_noun_setting", "launch_origin", "object_not_subject",
         "group_fighters_before", "possessed_people_owner")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ------------------------------------------------------------ conjunct_object_it

IT_BODIES = [
    # (text, the recipient's name)
    ("The governor praised the electoral commission and urged it to finish the count "
     "quickly.", "commission"),
    ("The president thanked the central bank and asked it to cut interest rates.",
     "central bank"),
]


def _request_recipients(nlp: Any, text: str) -> list[Any]:
    return [e.recipient for e in events_of(nlp, text) if e.type == "REQUEST"]


def test_it_is_the_body_of_the_earlier_verb(nlp: Any) -> None:
    for text, name in IT_BODIES:
        found = _request_recipients(nlp, text)
        assert any(r is not None and r.name == name and "conjunct_object_it" in r.rules
                   for r in found), (text, found)


def test_without_the_rule_it_stays_unknown(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "conjunct_object_it")
    for text, _name in IT_BODIES:
        found = _request_recipients(nlp, text)
        assert found, text
        assert all(r is None for r in found), (text, found)


def test_a_thing_is_never_it_and_a_person_keeps_his_rule(nlp: Any) -> None:
    # 'it' is the treaty (a thing): the one asked is parliament, never the treaty
    found = _request_recipients(nlp, "The minister signed the treaty and asked parliament to "
                                     "ratify it.")
    assert found
    assert not any(r is not None and "conjunct_object_it" in r.rules for r in found), found
    # 'him' is read by the older rule, not as 'it'
    found = _request_recipients(nlp, "The senator met the ambassador and urged him to "
                                     "reconsider.")
    assert any(r is not None and r.name == "ambassador" and
               "conjunct_object_pronoun" in r.rules for r in found), found
    assert not any(r is not None and "conjunct_object_it" in r.rules for r in found), found


# ------------------------------------------------------------ pronoun_own_side

CHAINED = "Police raided the homes of four student leaders in Nairobi and arrested them. " \
    "One of them was sentenced to two years in prison."
OWN_SIDE = "Soldiers searched the harbour of Mombasa for two days. Police later dispersed " \
    "them with tear gas."


def test_the_same_pronoun_just_before_names_the_other_side(nlp: Any) -> None:
    found = [e.recipient for e in events_of(nlp, CHAINED) if e.type == "SANCTION"]
    assert any(r is not None and r.name == "student leaders" and
               "pronoun_own_side" in r.rules for r in found), found


def test_an_own_side_antecedent_with_no_other_is_dropped(nlp: Any) -> None:
    found = parties(events_of(nlp, OWN_SIDE), "COERCE")
    assert found, OWN_SIDE
    assert all(rec is None for _a, _ac, rec, _rc in found), found


def test_without_the_rule_the_state_acts_on_itself(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "pronoun_own_side")
    for text, etype in ((CHAINED, "SANCTION"), (OWN_SIDE, "COERCE")):
        found = parties(events_of(nlp, text), etype)
        assert any(rec_c == "KEN" and ac == "KEN" for _a, ac, _r, rec_c in found), found


def test_officers_a_court_sentences_are_kept(nlp: Any) -> None:
    # a court acting on police officers told before: an organ of the same state, rightly
    text = "Two police officers were charged with murder in Nairobi. A court later sentenced " \
        "them to ten years."
    found = [e.recipient for e in events_of(nlp, text) if e.type == "SANCTION"]
    assert any(r is not None and r.sector == "COP" and r.country == "KEN" for r in found), found


def test_a_pronoun_for_another_side_is_kept(nlp: Any) -> None:
    text = "Hundreds of nurses marched on the ministry in Nairobi. Police dispersed them " \
        "with tear gas."
    found = [e.recipient for e in events_of(nlp, text) if e.type == "COERCE"]
    assert any(r is not None and r.name == "nurses" for r in found), found
    assert not any(r is not None and "pronoun_own_side" in r.rules for r in found), found


# ------------------------------------------------------------ named_group_fighters

GROUP_FIGHTERS = [
    # (text, event type, the group)
    ("The army said troops killed twenty insurgents during an operation against Boko Haram "
     "near Maiduguri.", "ASSAULT", "Boko Haram"),
    ("Soldiers raided a camp used by al-Shabaab near the border, killing six fighters and "
     "arresting nine.", "COERCE", "al-Shabaab"),
]


def test_unnamed_fighters_are_the_group_the_sentence_names(nlp: Any) -> None:
    for text, etype, group in GROUP_FIGHTERS:
        found = [e.recipient for e in events_of(nlp, text) if e.type == etype]
        assert any(r is not None and r.name == group and "named_group_fighters" in r.rules
                   for r in found), (text, found)


def test_without_the_rule_the_fighters_have_no_name(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "named_group_fighters")
    for text, etype, group in GROUP_FIGHTERS:
        found = [e.recipient for e in events_of(nlp, text) if e.type == etype]
        assert found, text
        assert not any(r is not None and r.name == group for r in found), (text, found)


def test_no_group_two_groups_or_the_actors_own_leave_the_fighters(nlp: Any) -> None:
    for text in (
            # no group named
            "Police said they shot dead three gunmen after an attack on a church in Lagos.",
            # the only group named is the actor
            "Boko Haram fighters killed six militants of a rival faction.",
            # two groups named: which one is not said
            "Troops killed ten militants near the border, the army said, while al-Shabaab "
            "and Boko Haram both denied losses."):
        found = [e.recipient for e in events_of(nlp, text) if e.type == "ASSAULT"]
        assert found, text
        assert not any(r is not None and "named_group_fighters" in r.rules
                       for r in found), (text, found)


# ------------------------------------------------------------ act_noun_setting

IN_AN_ATTACK = "Gunmen killed 14 worshippers in an attack on a church in northern Mali on Sunday."


def _victim_countries(nlp: Any, text: str) -> list[Any]:
    return [rc for _a, _ac, _r, rc in parties(events_of(nlp, text), "ASSAULT")]


def test_the_attack_the_verb_happened_in_gives_its_place(nlp: Any) -> None:
    assert "MLI" in _victim_countries(nlp, IN_AN_ATTACK)


def test_without_the_rule_the_victims_have_no_country(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "act_noun_setting")
    found = _victim_countries(nlp, IN_AN_ATTACK)
    assert found
    assert "MLI" not in found, found


def test_a_phrase_that_is_no_attack_gives_no_place(nlp: Any) -> None:
    # 'in retaliation for a raid on a town in X': the raid was there, the killing not said
    found = _victim_countries(nlp, "Gunmen killed 14 worshippers in retaliation for a raid "
                                    "on a town in Mali.")
    assert found
    assert all(rc is None for rc in found), found


# ------------------------------------------------------------ launch_origin

FROM_HIDEOUTS = "Nigeria says Boko Haram fighters attack its border posts from hideouts in Diffa."


def test_where_the_attack_is_launched_from_is_not_the_place_hit(nlp: Any) -> None:
    found = _victim_countries(nlp, FROM_HIDEOUTS)
    assert found
    assert "NER" not in found, found


def test_without_the_rule_the_launch_place_is_hit(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "launch_origin")
    assert "NER" in _victim_countries(nlp, FROM_HIDEOUTS)


def test_a_from_phrase_of_the_victims_place_is_kept(nlp: Any) -> None:
    # pupils taken from a school: the school is where the act was
    found = [rc for _a, _ac, _r, rc in parties(events_of(
        nlp, "Gunmen abducted 80 pupils from a school in Kaduna state."), "ASSAULT")]
    assert "NGA" in found, found


# ------------------------------------------------------------ object_not_subject

HE_URGED_HIM = "Prime Minister Jan Kovac met the union leader Pavel Novak. He urged him to call " \
    "off the strike."


def _urged(nlp: Any, text: str) -> list[Any]:
    return [e.recipient for e in events_of(nlp, text) if e.type == "REQUEST"]


def test_him_is_not_the_subject_he(nlp: Any) -> None:
    found = _urged(nlp, HE_URGED_HIM)
    assert any(r is not None and r.name == "Pavel Novak" for r in found), found


def test_without_the_rule_him_is_not_found(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "object_not_subject")
    found = _urged(nlp, HE_URGED_HIM)
    assert found
    assert not any(r is not None and r.name == "Pavel Novak" for r in found), found


def test_a_subject_that_is_no_person_leaves_him(nlp: Any) -> None:
    found = [e.recipient for e in events_of(nlp, "Jan Kovac criticised the budget. The party "
                                                 "later asked him to resign.")
             if e.type == "REQUEST"]
    assert any(r is not None and r.name == "Jan Kovac" for r in found), found


# ------------------------------------------------------------ group_fighters_before

BEFORE = "Al-Shabaab fighters stormed a border post near Mandera on Monday. Kenyan troops " \
    "killed twelve militants in the counterattack."


def _killed(nlp: Any, text: str) -> list[Any]:
    return [e.recipient for e in events_of(nlp, text) if e.type == "ASSAULT" and
            e.trigger == "kill"]


def test_the_group_of_the_sentence_before(nlp: Any) -> None:
    found = _killed(nlp, BEFORE)
    assert any(r is not None and r.name.lower() == "al-shabaab" and
               "group_fighters_before" in r.rules for r in found), found


def test_without_the_rule_the_militants_stay_unnamed(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "group_fighters_before")
    found = _killed(nlp, BEFORE)
    assert found
    assert not any(r is not None and r.name.lower() == "al-shabaab" for r in found), found


def test_two_groups_before_name_none(nlp: Any) -> None:
    found = _killed(nlp, "Al-Shabaab and Boko Haram issued statements on Monday. Kenyan "
                         "troops killed twelve militants in the counterattack.")
    assert found
    assert not any(r is not None and "named_group_fighters" in r.rules for r in found), found


# ------------------------------------------------------------ possessed_people_owner

ITS_RESEARCHERS = "Amnesty International said two of its researchers had been detained by the " \
    "army in Goma."


def _detained(nlp: Any, text: str) -> list[Any]:
    return [e.recipient for e in events_of(nlp, text) if e.type == "COERCE"]


def test_people_of_its_organisation_are_the_organisation(nlp: Any) -> None:
    found = _detained(nlp, ITS_RESEARCHERS)
    assert any(r is not None and r.name == "Amnesty International" and
               "possessed_people_owner" in r.rules for r in found), found


def test_without_the_rule_they_are_unnamed_people(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "possessed_people_owner")
    found = _detained(nlp, ITS_RESEARCHERS)
    assert found
    assert not any(r is not None and r.name == "Amnesty International" for r in found), found


def test_people_of_a_state_are_left_to_the_other_rules(nlp: Any) -> None:
    found = _detained(nlp, "Kenya said two of its diplomats had been detained by Somali "
                           "police.")
    assert found
    assert not any(r is not None and "possessed_people_owner" in r.rules for r in found), found
