"""Event types that carry to unseen wire news (issue #11), each on sentences we made up:
particles however the parser hangs them, a subject that makes a riot of an attack, warnings
whose content is a future hostile act, money and people named by the parser's entities, and
the general senses the single-sentence suite showed missing (concessions, cooperation, aid,
rejections, protests, sanctions, mobilization, coercion)."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow


def types(events: list[Event]) -> set[str]:
    return {e.type for e in events}


def typed(nlp: Any, text: str, etype: str) -> list[Event]:
    events = events_of(nlp, text)
    found = [e for e in events if e.type == etype]
    assert found, (text, [(e.type, e.trigger) for e in events])
    return found


@pytest.mark.parametrize(("text", "etype"), [
    # particles: prt, prep ("out of"), advmod ("back"), after the object
    ("Bolivian troops pulled out of the border town of Villazon on Sunday.", "RETREAT"),
    ("Guatemalan soldiers pulled back from three villages near the frontier.", "RETREAT"),
    ("Peru recalled its ambassador from Honduras after the dispute.", "SANCTION"),
    ("The Chilean army called up 20,000 reservists on Monday.", "MOBILIZE"),
    # concessions
    ("The Bolivian government gave in to the miners and scrapped the new tax.", "CONCEDE"),
    ("Paraguay's president withdrew the contested pension bill on Friday.", "CONCEDE"),
    ("Uruguay eased travel curbs on visitors from Argentina.", "CONCEDE"),
    ("Panama restored internet access in the province of Colon.", "CONCEDE"),
    ("Canada lifted its tariffs on Mexican steel.", "CONCEDE"),
    ("The Austrian chancellor expressed deep regret to Slovenia for the border incident.",
     "CONCEDE"),
    # cooperation and aid
    ("Portugal extradited a Brazilian banker to Brazil on Tuesday.", "COOPERATE"),
    ("Malian soldiers fought alongside Nigerien troops against the militants.", "COOPERATE"),
    ("Chilean police tipped off Peruvian investigators about the smuggling ring.",
     "COOPERATE"),
    ("Sweden handed $40 million to Somalia for drought relief.", "AID"),
    ("The Dutch government approved a 300 million euro aid package for Moldova.", "AID"),
    # release of people the parser names
    ("Nicaragua released four Costa Ricans detained at the border.", "RETREAT"),
    # rejection
    ("The Georgian prime minister ruled out talks with the opposition.", "REJECT"),
    ("Peru's Congress voted down the president's request for emergency powers.", "REJECT"),
    ("The Colombian delegation walked out of the talks with the rebels in Caracas.",
     "REJECT"),
    # protest
    ("Nurses in Portugal walked off the job over unpaid overtime.", "PROTEST"),
    ("Rail workers in Belgium held a 48-hour strike over pensions.", "PROTEST"),
    ("Hundreds of protesters stormed the presidential palace in Lima.", "PROTEST"),
    # sanctions
    ("Japan banned imports of Russian timber on Friday.", "SANCTION"),
    ("Switzerland froze the assets of four Venezuelan generals.", "SANCTION"),
    # mobilization and coercion
    ("Egyptian riot police fanned out across Cairo ahead of the verdict.", "MOBILIZE"),
    ("The Peruvian president declared martial law in two southern provinces.", "COERCE"),
    ("Turkey's top court dissolved the pro-Kurdish party.", "COERCE"),
    # a weapon as the subject
    ("Russian warplanes hit a grain terminal in the Ukrainian port of Izmail.", "ASSAULT"),
])
def test_a_general_sense_types_the_sentence(nlp: Any, text: str, etype: str) -> None:
    typed(nlp, text, etype)


def test_a_warning_of_a_future_sanction_is_the_threat_not_the_sanction(nlp: Any) -> None:
    events = events_of(nlp, "Beijing warned that it could cut rare earth exports to Japan.")
    assert "THREATEN" in types(events) and "SANCTION" not in types(events), \
        [(e.type, e.trigger) for e in events]


def test_a_plain_warning_about_the_weather_is_no_threat(nlp: Any) -> None:
    events = events_of(nlp, "Forecasters warned that the storm could bring heavy rain to "
                            "Manila.")
    assert "THREATEN" not in types(events)


def test_gunmen_storming_a_hotel_stay_an_attack(nlp: Any) -> None:
    events = events_of(nlp, "Gunmen stormed a hotel in Mogadishu on Friday, killing nine.")
    assert "PROTEST" not in types(events)
    assert "ASSAULT" in types(events)


def test_walking_out_of_a_hall_is_a_protest_not_a_rejection(nlp: Any) -> None:
    events = events_of(nlp, "Opposition lawmakers in Zambia walked out of parliament during "
                            "the president's speech.")
    assert "REJECT" not in types(events)


def test_extradition_with_no_receiving_state_stays_coercion(nlp: Any) -> None:
    events = events_of(nlp, "Thai police arrested and extradited the Swedish fugitive.")
    assert "COOPERATE" not in types(events)


def test_banning_a_march_is_coercion_not_a_sanction(nlp: Any) -> None:
    events = events_of(nlp, "The Turkish authorities banned the march in Istanbul.")
    assert "SANCTION" not in types(events)


def test_a_noun_a_typed_verb_takes_as_its_object_is_its_theme(nlp: Any) -> None:
    events = events_of(nlp, "Norway imposed travel bans on four Belarusian officials.")
    assert "SANCTION" in types(events) and "COERCE" not in types(events), \
        [(e.type, e.trigger) for e in events]


def test_riot_police_smashing_windows_are_no_riot(nlp: Any) -> None:
    events = events_of(nlp, "Riot police smashed the windows of parked cars in Tehran.")
    assert "PROTEST" not in types(events)


def test_coordinating_for_someone_is_no_cooperation_with_them(nlp: Any) -> None:
    events = events_of(nlp, "Maersk, which coordinates shipments for Chinese exporters, "
                            "raised its prices.")
    assert "COOPERATE" not in types(events)


def test_two_parties_coordinating_cooperate(nlp: Any) -> None:
    typed(nlp, "Spanish and Moroccan police coordinated raids on a people-smuggling ring.",
          "COOPERATE")


def test_ruling_out_involvement_is_a_denial_not_a_rejection(nlp: Any) -> None:
    events = events_of(nlp, "The Kenyan government ruled out police involvement in the "
                            "blogger's death.")
    assert "REJECT" not in types(events)


def test_a_campaign_rally_is_no_protest(nlp: Any) -> None:
    events = events_of(nlp, "The senator promised farmers lower fuel prices at a campaign "
                            "rally in Iowa.")
    assert "PROTEST" not in types(events)


def test_an_act_announced_on_a_condition_is_only_the_threat(nlp: Any) -> None:
    events = events_of(nlp, "Hungary will veto the budget unless Brussels releases the "
                            "frozen funds, Orban said.")
    assert "THREATEN" in types(events) and "REJECT" not in types(events), \
        [(e.type, e.trigger) for e in events]


def test_a_crushed_protest_still_took_place(nlp: Any) -> None:
    events = events_of(nlp, "Security forces crushed the student protests in Yangon.")
    assert "PROTEST" in types(events), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize(("text", "etype"), [
    ("The reporter was beaten by soldiers in Bamako.", "ASSAULT"),
    ("Khartoum allowed aid convoys to enter Darfur through the Adre crossing.", "RETREAT"),
    ("Venezuelan and Colombian soldiers fought near the border town of Cucuta.", "ASSAULT"),
    ("Pakistan held war games near the Afghan border on Monday.", "MOBILIZE"),
])
def test_singular_people_access_mutual_fighting_and_war_games(nlp: Any, text: str,
                                                             etype: str) -> None:
    typed(nlp, text, etype)


def test_two_parties_fighting_over_a_budget_is_no_battle(nlp: Any) -> None:
    events = events_of(nlp, "Democrats and Republicans fought over the budget all week.")
    assert "ASSAULT" not in types(events)

