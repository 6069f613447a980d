"""Arguments of session 9 (evargs3), on sentences we wrote: regions named in English give
their country (and a region's government is a party apart from its state), whose offer,
demand or plan is accepted or backed receives the event, and 'the carrier', 'the company',
'the agency' stand for the organisation named before. Names no list knows stay unknown."""

from __future__ import annotations

import json
from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow


def pairs(events: list[Event], etype: str) -> set[tuple[str | None, str | None]]:
    """(actor name, recipient name) of one type's events."""
    return {(e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
            for e in events if e.type == etype}


def countries(events: list[Event], etype: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor.country if e.actor else None,
             e.recipient.country if e.recipient else None) for e in events if e.type == etype}


# ----------------------------------------------------------------------------- regions

@pytest.mark.parametrize(("name", "code"), [
    ("Catalonia", "ESP"), ("Tigray", "ETH"), ("Xinjiang", "CHN"), ("Kashmir", "IND"),
    ("Maharashtra", "IND"),  # pycountry spells it with diacritics
    ("Delhi", "IND"),  # a union territory
    ("Kaduna state", "NGA"), ("Ohio", "USA"),
])
def test_a_region_named_alone_gives_its_country(name: str, code: str) -> None:
    from newsweave.extract.gazetteer import subdivision_country

    assert subdivision_country(name) == code


def test_a_region_several_countries_share_gives_none() -> None:
    from newsweave.extract.gazetteer import subdivision_country

    assert subdivision_country("Punjab") is None
    assert subdivision_country("Narnia") is None


def test_the_regions_lexicon_is_checked_on_load() -> None:
    from newsweave.extract.lexicon_schema import LexiconError, validate

    good = {"about": "x", "regions": {"Bretland": "GBR"}}
    validate("regions.json", good)
    with pytest.raises(LexiconError, match="no ISO alpha-3"):
        validate("regions.json", {"about": "x", "regions": {"Bretland": "XYZ"}})
    with pytest.raises(LexiconError, match="same name"):
        validate("regions.json", {"about": "x", "regions": {"Oz": "AUS", "oz": "AUS"}})
    with pytest.raises(LexiconError, match="unknown key"):
        validate("regions.json", {**good, "extra": []})


def test_the_bundled_regions_lexicon_passes_its_schema() -> None:
    from importlib.resources import files

    from newsweave.extract.lexicon_schema import validate

    data = json.loads((files("newsweave.data") / "lexicons/regions.json").read_text())
    validate("regions.json", data)
    assert len(data["regions"]) > 50


def test_police_in_a_region_act_for_its_country(nlp: Any) -> None:
    found = countries(events_of(nlp, "Police arrested three farmers in Tigray on Monday."),
                      "COERCE")
    assert ("ETH", "ETH") in found


def test_a_region_acted_on_has_its_country(nlp: Any) -> None:
    found = events_of(nlp, "The Ethiopian government restored electricity and banking "
                           "services to Tigray last week.")
    assert ("ETH", "ETH") in countries(found, "CONCEDE")


def test_a_regions_government_is_a_party_apart_from_its_state(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract import ablation

    text = "Madrid refused Catalonia's request for a binding vote on independence."
    assert ("Spain", "Catalonia") in pairs(events_of(nlp, text), "REJECT")
    # session 13's answered_demand (evprec7, deliberate) tells a demand a refusal takes as its
    # topic, no REQUEST of its own: the requester's side is checked with that rule off
    monkeypatch.setenv(ablation.ABLATE_ENV, "answered_demand")
    assert ("Catalonia", "Spain") in pairs(events_of(nlp, text), "REQUEST")


def test_the_region_rule_can_be_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from newsweave.extract import ablation

    # (unnamed_actor, session 11, keeps the police, and the clause's setting places them)
    monkeypatch.setenv(ablation.ABLATE_ENV, "region_country,region_named,unnamed_actor")
    found = countries(events_of(nlp, "Police arrested three farmers in Tigray on Monday."),
                      "COERCE")
    assert ("ETH", "ETH") not in found


# ----------------------------------------------------------------------------- owners

@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("The Malawian opposition leader accepted Peru's offer of talks on Friday.", "AGREE",
     ("MWI", "PER")),
    ("Norway voiced its full backing for Chile's new mining plan.", "SUPPORT",
     ("NOR", "CHL")),
    ("Brazil expressed firm support for Uruguay's efforts to reform its ports.", "SUPPORT",
     ("BRA", "URY")),
    ("Canada welcomed the election of Zambia's new president.", "SUPPORT", ("CAN", "ZMB")),
    ("The European Union endorsed the trade plan put forward by Ghana.", "SUPPORT",
     (None, "GHA")),
])
def test_whose_offer_or_plan_is_taken_up_receives_it(nlp: Any, text: str, etype: str,
                                                     pair: tuple[str | None, str]) -> None:
    assert pair in countries(events_of(nlp, text), etype)


def test_bowing_to_a_demand_concedes_to_whose_demand_it_is(nlp: Any) -> None:
    found = pairs(events_of(nlp, "The Peruvian government bowed to the miners' central "
                                 "demand on Tuesday."), "CONCEDE")
    assert ("Peru", "miners") in found


def test_ones_own_thing_is_no_recipient(nlp: Any) -> None:
    found = events_of(nlp, "Norway voiced its full backing for its own fishing plan.")
    assert all(e.recipient is None or e.recipient.country != "NOR"
               for e in found if e.type == "SUPPORT")


def test_the_owner_rules_can_be_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from newsweave.extract import ablation

    monkeypatch.setenv(ablation.ABLATE_ENV, "supported_owner")
    found = countries(events_of(nlp, "Canada welcomed the election of Zambia's new "
                                     "president."), "SUPPORT")
    assert ("CAN", "ZMB") not in found


# ----------------------------------------------------------------------------- companies

def test_the_agency_stands_for_the_agency_named_before(nlp: Any) -> None:
    found = pairs(events_of(nlp, "The Federal Rail Safety Administration inspected the "
                                 "trains in May. The agency later fined Norvale Freight."),
                  "SANCTION")
    assert ("Federal Rail Safety Administration", "Norvale Freight") in found


def test_the_company_stands_for_the_company_named_before(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Kestrel Systems shipped its new router in June. The "
                                 "company later sued Brightwave Networks over a patent."),
                  "ACCUSE")
    assert any(a == "Kestrel Systems" for a, _r in found)


def test_the_company_with_no_company_named_is_nobody(nlp: Any) -> None:
    found = events_of(nlp, "Rain fell in Lisbon on Monday. The company sued the city.")
    assert not any(e.actor is not None and e.actor.type == "ORG" for e in found)


def test_the_company_is_never_an_outlet_or_a_headline(nlp: Any) -> None:
    text = ("Kestrel Systems shipped its router in June, Reuters reported. The company later "
            "sued Brightwave Networks over a patent.")
    assert not any(a == "Reuters" for a, _r in pairs(events_of(nlp, text), "ACCUSE"))
    text = ("Kestrel Systems shipped its router in June. Lumen Daily - Kestrel had the story. "
            "The company later sued Brightwave Networks over a patent.")
    assert not any(a is not None and " - " in a for a, _r in pairs(events_of(nlp, text),
                                                                    "ACCUSE"))


# ----------------------------------------------------------------------------- roles

def test_the_prime_minister_is_the_office_holder_of_the_story_country(nlp: Any) -> None:
    text = ("Britain's parliament passed the budget on Monday after a long debate in London. "
            "The prime minister then accused France of breaking the fishing accord.")
    found = events_of(nlp, text, published="2020-03-02")
    assert ("Boris Johnson", "France") in pairs(found, "ACCUSE")


def test_the_foreign_minister_too(nlp: Any) -> None:
    text = ("Germany's cabinet met in Berlin on Monday, and the debate in Berlin went on late. "
            "The foreign minister then criticized Russia over the pipeline.")
    found = countries(events_of(nlp, text, published="2020-03-02"), "ACCUSE")
    assert ("DEU", "RUS") in found


def test_a_title_with_no_story_country_names_nobody(nlp: Any) -> None:
    found = events_of(nlp, "The prime minister accused the broadcaster of bias.")
    assert not any(e.actor is not None and e.actor.type == "PERSON" and e.actor.country
                   for e in found)


@pytest.mark.parametrize(("text", "code"), [
    ("Ohio's governor urged residents to stay home on Sunday.", "USA"),
    ("Delhi's chief minister urged residents to wear masks outdoors.", "IND"),
    ("Catalonia's president urged Madrid to negotiate.", "ESP"),
])
def test_a_role_a_region_owns_is_of_its_country(nlp: Any, text: str, code: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    assert any(e.actor is not None and e.actor.type == "PERSON" and e.actor.country == code
               for e in found)


# ----------------------------------------------------------------------------- places

def test_an_offensive_into_a_state_aims_at_it(nlp: Any) -> None:
    found = countries(events_of(nlp, "The Armenian offensive into Azerbaijan went on for a "
                                     "week."), "ASSAULT")
    assert ("ARM", "AZE") in found


def test_an_offensive_into_ones_own_state_aims_at_nobody_named(nlp: Any) -> None:
    found = countries(events_of(nlp, "The Armenian offensive into Armenia went on."),
                      "ASSAULT")
    assert ("ARM", "ARM") not in found


# ----------------------------------------------------------------------------- local stories

def test_a_local_story_naming_its_town_once_gives_its_country(nlp: Any) -> None:
    text = ("A man was found dead at his home in Fort Smith on Monday. Police arrested his "
            "roommate on Tuesday.")
    found = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert any(e.actor is not None and e.actor.country == "USA" and e.actor.sector == "COP"
               for e in found)
    assert any(e.recipient is not None and e.recipient.name == "roommate" for e in found)


def test_a_town_with_namesakes_abroad_gives_no_country(nlp: Any) -> None:
    text = ("A man was found dead at his home in Richmond on Monday. Police arrested his "
            "roommate on Tuesday.")
    found = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert not any(e.actor is not None and e.actor.country for e in found)


def test_the_single_place_rule_can_be_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    from newsweave.extract import ablation

    monkeypatch.setenv(ablation.ABLATE_ENV, "single_place_country")
    text = ("A man was found dead at his home in Fort Smith on Monday. Police arrested his "
            "roommate on Tuesday.")
    found = [e for e in events_of(nlp, text) if e.type == "COERCE"]
    assert not any(e.actor is not None and e.actor.country == "USA" for e in found)


# ----------------------------------------------------------------------------- trade

@pytest.mark.parametrize(("text", "pair"), [
    ("Norvale Air agreed to buy twelve jets from Skyforge.", ("Norvale Air", "Skyforge")),
    ("Kenya agreed to sell maize to Uganda.", ("Kenya", "Uganda")),
    ("Norvale Air signed a deal to buy 12 Skyforge Aerospace jets.",
     ("Norvale Air", "Skyforge Aerospace")),
])
def test_the_other_side_of_a_purchase_receives_the_agreement(nlp: Any, text: str,
                                                            pair: tuple[str, str]) -> None:
    assert pair in pairs(events_of(nlp, text), "AGREE")


def test_buying_ones_own_goods_has_no_other_side(nlp: Any) -> None:
    found = events_of(nlp, "Kenya agreed to buy its own maize.")
    assert all(e.recipient is None for e in found if e.type == "AGREE")


# ----------------------------------------------------------------------------- people groups

def test_hackers_and_the_users_they_hit_are_parties(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Hackers attacked users of the Orbit browser on Friday."),
                  "ASSAULT")
    assert ("hacker", "users") in found


def test_a_company_urging_its_customers_asks_them(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Kestrel Systems urged customers to install the update "
                                 "at once."), "REQUEST")
    assert ("Kestrel Systems", "customers") in found


def test_a_country_called_a_neighbour_is_no_unnamed_person(nlp: Any) -> None:
    found = events_of(nlp, "Chile is the only neighbour that has not approached the rebels.")
    assert not any(e.type == "CONSULT" and e.modality == "asserted" for e in found)


# ----------------------------------------------------------------------------- the accused

@pytest.mark.parametrize(("text", "etype", "who"), [
    ("Prosecutors in Accra charged the former mayor with fraud.", "ACCUSE", "mayor"),
    ("The former mayor was charged with fraud by prosecutors in Accra.", "ACCUSE", "mayor"),
    ("Prosecutors in Accra charged two men with arson.", "ACCUSE", "men"),
])
def test_unnamed_people_accused_are_the_recipients(nlp: Any, text: str, etype: str,
                                                    who: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.actor is not None and e.actor.country == "GHA" and e.recipient is not None
               and e.recipient.name == who for e in found)


def test_a_thing_criticized_is_no_accused_party(nlp: Any) -> None:
    found = events_of(nlp, "Ghana criticized the decision on Monday.")
    assert all(e.recipient is None for e in found if e.type == "ACCUSE")


# ----------------------------------------------------------------------------- "the move"

@pytest.mark.parametrize(("text", "etype", "pair"), [
    ("Chile expelled the Peruvian consul. Peru condemned the move on Tuesday.", "ACCUSE",
     ("Peru", "Chile")),
    ("Ghana lifted its ban on Togolese rice. Togo welcomed the decision.", "SUPPORT",
     ("Togo", "Ghana")),
])
def test_the_move_is_the_act_told_just_before(nlp: Any, text: str, etype: str,
                                              pair: tuple[str, str]) -> None:
    assert pair in pairs(events_of(nlp, text), etype)


def test_the_move_with_no_act_before_names_nobody(nlp: Any) -> None:
    found = events_of(nlp, "The weather was bad all week. Peru condemned the move.")
    assert all(e.recipient is None for e in found if e.type == "ACCUSE")


def test_whose_thing_was_attacked_is_the_recipient(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Hackers attacked Kestrel Systems' payment servers."),
                  "ASSAULT")
    assert ("hacker", "Kestrel Systems") in found


def test_ones_own_thing_attacked_names_no_recipient(nlp: Any) -> None:
    found = events_of(nlp, "The rebels attacked their own camp by mistake.")
    assert all(e.recipient is None for e in found if e.type == "ASSAULT")


# ----------------------------------------------------------------------------- protests

def test_people_acting_in_a_place_are_of_its_country(nlp: Any) -> None:
    found = countries(events_of(nlp, "Fishermen blocked ports with boats across Portugal to "
                                     "protest against new quotas."), "PROTEST")
    assert any(a == "PRT" for a, _r in found)


def test_a_protest_against_a_states_measure_aims_at_that_state(nlp: Any) -> None:
    found = countries(events_of(nlp, "Students in Lisbon marched against Brazil's visa "
                                     "rules."), "PROTEST")
    assert ("PRT", "BRA") in found


def test_whose_ship_is_released_receives_it(nlp: Any) -> None:
    found = countries(events_of(nlp, "Venezuela released the Dutch tanker on Monday."),
                      "RETREAT")
    assert ("VEN", "NLD") in found


def test_unnamed_people_warned_are_asked(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Peruvian officials warned people to stay away from the "
                                 "flooded valley."), "REQUEST")
    assert ("Peru", "people") in found


# ----------------------------------------------------------------------------- settings

@pytest.mark.parametrize(("text", "etype", "code"), [
    ("Gunmen abducted 40 pupils from a school in Kaduna state.", "ASSAULT", "NGA"),
    ("The reporter was beaten by plainclothes police in Minsk.", "ASSAULT", "BLR"),
    ("Police in Lagos raided a newspaper and arrested six people.", "COERCE", "NGA"),
])
def test_unnamed_victims_take_the_country_where_the_act_happened(
        nlp: Any, text: str, etype: str, code: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert any(e.recipient is not None and e.recipient.country == code for e in found)


def test_the_setting_rule_can_be_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from newsweave.extract import ablation

    monkeypatch.setenv(ablation.ABLATE_ENV, "nested_setting")
    found = [e for e in events_of(nlp, "Gunmen abducted 40 pupils from a school in Kaduna "
                                       "state.") if e.type == "ASSAULT"]
    assert not any(e.recipient is not None and e.recipient.country == "NGA" for e in found)


def test_the_other_party_of_a_joint_act_in_its_setting(nlp: Any) -> None:
    found = countries(events_of(nlp, "Ghana agreed to reopen its border at a meeting with "
                                     "Togo on Monday."), "AGREE")
    assert ("GHA", "TGO") in found


def test_agreeing_to_act_with_a_party_agrees_with_it(nlp: Any) -> None:
    found = countries(events_of(nlp, "Oman agreed to establish full diplomatic relations "
                                     "with Chile on Friday."), "AGREE")
    assert ("OMN", "CHL") in found


def test_a_call_with_a_party_consults_it(nlp: Any) -> None:
    found = countries(events_of(nlp, "Macron spoke by telephone with Peruvian President "
                                     "Pedro Castillo on Monday."), "CONSULT")
    assert any(r == "PER" for _a, r in found)


def test_a_role_a_town_owns_is_of_its_country(nlp: Any) -> None:
    found = [e for e in events_of(nlp, "Kisumu's police commander accused opposition "
                                       "supporters of looting.") if e.type == "ACCUSE"]
    assert any(e.actor is not None and e.actor.country == "KEN" and e.actor.sector == "COP"
               for e in found)


def test_a_seat_another_country_owns_is_that_countrys(nlp: Any) -> None:
    found = [e for e in events_of(nlp, "Honduras's Congress voted down the budget.")
             if e.type == "REJECT"]
    assert any(e.actor is not None and e.actor.country == "HND" and e.actor.sector == "LEG"
               for e in found)


# ----------------------------------------------------------------------------- pronouns

def test_a_pronoun_can_stand_for_a_role_named_as_an_object(nlp: Any) -> None:
    text = "Chile summoned the Peruvian ambassador. She later criticized Chile for the delay."
    found = countries(events_of(nlp, text), "ACCUSE")
    assert ("PER", "CHL") in found


def test_a_role_with_no_country_is_no_antecedent(nlp: Any) -> None:
    text = "Chile summoned the ambassador. She later criticized Chile for the delay."
    found = [e for e in events_of(nlp, text) if e.type == "ACCUSE" and e.actor is not None
             and "role_antecedent" in e.actor.rules]
    assert not found


# ----------------------------------------------------------------------------- asked from

@pytest.mark.parametrize("text", [
    "Peru is seeking the banker's extradition from Spain.",
    "Peru sought the extradition of the former banker from Spain.",
])
def test_an_extradition_sought_from_a_state_asks_that_state(nlp: Any, text: str) -> None:
    assert ("PER", "ESP") in countries(events_of(nlp, text), "REQUEST")


def test_approving_a_request_from_a_state_agrees_with_it(nlp: Any) -> None:
    found = countries(events_of(nlp, "Spain's interior minister approved an extradition "
                                     "request from Peru."), "AGREE")
    assert ("ESP", "PER") in found


def test_the_offer_refused_is_whoever_offered_before(nlp: Any) -> None:
    text = ("The nurses offered to staff a free clinic at the camp. The ministry of health in "
            "Lima did not accept the offer.")
    found = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert any(e.recipient is not None and e.recipient.name == "nurses" for e in found)


def test_an_indefinite_role_or_a_nearer_name_is_no_antecedent(nlp: Any) -> None:
    text = ("A police spokesman said the witness could not see clearly. A woman who called "
            "herself Ortiz's cousin said the teen was waving when he was shot.")
    found = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert not any(e.recipient is not None and "spokesman" in e.recipient.name for e in found)
