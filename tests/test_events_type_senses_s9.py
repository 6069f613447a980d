"""Event senses that news nobody tuned to needed (issue #11, evtypes3 session 9), each on
sentences we made up, with the sports, business and household senses that are no PLOVER
event: quarantines and lockdowns (COERCE), recommendations and advice to a party (REQUEST),
software attacks (ASSAULT), legalizing (CONCEDE), trade duties (SANCTION), posts taken down
(COERCE censor), observers invited in (RETREAT access), an office given up (RETREAT resign),
warnings against a peaceful course (REQUEST), troops called in and missiles test-fired
(MOBILIZE), and hostile acts that are only the content of a charge."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

pytestmark = pytest.mark.slow


def typed(nlp: Any, text: str, etype: str) -> list[Any]:
    return [e for e in events_of(nlp, text) if e.type == etype]


def types_of(nlp: Any, text: str) -> set[str]:
    return {e.type for e in events_of(nlp, text)}


@pytest.mark.parametrize(("text", "etype", "actor_country"), [
    # quarantines, isolation and lockdowns restrict people: COERCE
    ("Chinese health authorities quarantined 40 villagers in Inner Mongolia.", "COERCE", "CHN"),
    ("Forty villagers were quarantined by Chinese health officials.", "COERCE", "CHN"),
    ("Italian authorities placed the town of Codogno under quarantine.", "COERCE", "ITA"),
    ("Mongolian officials imposed a quarantine on the province of Bayan-Olgii.", "COERCE",
     "MNG"),
    ("The two Chinese patients were held in quarantine for two weeks.", "COERCE", "CHN"),
    ("Police in Paris locked down the neighbourhood.", "COERCE", "FRA"),
    # telling a party what to do: REQUEST
    ("The German government recommended that citizens stop using the browser.", "REQUEST",
     "DEU"),
    ("The US State Department advised American citizens to leave Lebanon.", "REQUEST", "USA"),
    ("France encouraged its citizens to avoid travel to Mali.", "REQUEST", "FRA"),
    ("The Japanese health ministry suggested that residents stay indoors.", "REQUEST", "JPN"),
    ("Obama warned Democrats against moving too far to the left.", "REQUEST", "USA"),
    ("The British Foreign Office recommended avoiding all travel to Mali.", "REQUEST", "GBR"),
    # a jury's recommended penalty: SANCTION by the state's judiciary
    ("A California jury recommended the death penalty for Scott Peterson.", "SANCTION", "USA"),
    # software attacks: ASSAULT
    ("Russian hackers exploited a flaw in the software of Ukraine's power grid.", "ASSAULT",
     "RUS"),
    ("North Korean hackers hacked into the computers of the South Korean defence ministry.",
     "ASSAULT", "PRK"),
    ("Iranian hackers infected Saudi Aramco's computers with a virus.", "ASSAULT", "IRN"),
    # the object of a relative clause is the noun it modifies
    ("Microsoft patched a flaw that Chinese hackers had been exploiting.", "ASSAULT", "CHN"),
    # legalizing what was banned: CONCEDE
    ("Uruguay legalized recreational marijuana in 2013.", "CONCEDE", "URY"),
    ("Canada legalised recreational cannabis in 2018.", "CONCEDE", "CAN"),
    # posts taken down: COERCE (censor)
    ("Chinese authorities took down the blogger's post.", "COERCE", "CHN"),
    # observers or inspectors let in: RETREAT (access)
    ("Turkmenistan invited OSCE observers to monitor the election.", "RETREAT", "TKM"),
    ("Iran allowed IAEA inspectors into the Fordo site.", "RETREAT", "IRN"),
    # an office given up: RETREAT (resign)
    ("The Brazilian president gave up the leadership of his party.", "RETREAT", "BRA"),
    # charges brought, closures ordered, weapons bought from a state
    ("Brazilian prosecutors filed charges against the former president.", "ACCUSE", "BRA"),
    ("The Chinese government ordered the closure of the mosque.", "COERCE", "CHN"),
    ("Beijing ordered factories to close before the summit.", "COERCE", "CHN"),
    ("Egypt ordered 24 Rafale fighter jets from France.", "COOPERATE", "EGY"),
    ("Turkey bought S-400 missiles from Russia.", "COOPERATE", "TUR"),
    # fighting stopped, a truce kept: RETREAT (ceasefire); airspace closed to a state
    ("Israel halted cross-border fire with Hezbollah as the truce took hold.", "RETREAT",
     "ISR"),
    ("Syrian government forces observed the ceasefire in Idlib overnight.", "RETREAT", "SYR"),
    ("The Turkish army suspended its offensive against Kurdish fighters in Syria.", "RETREAT",
     "TUR"),
    ("Egypt closed its airspace to Qatar.", "SANCTION", "EGY"),
    # troops called in, missiles test-fired: MOBILIZE
    ("The governor of Maryland called in the National Guard.", "MOBILIZE", "USA"),
    ("North Korea test-fired two ballistic missiles on Sunday.", "MOBILIZE", "PRK"),
])
def test_a_new_sense_types_the_event(nlp: Any, text: str, etype: str,
                                     actor_country: str) -> None:
    events = typed(nlp, text, etype)
    assert events, (text, types_of(nlp, text))
    assert any(e.actor is not None and e.actor.country == actor_country for e in events), \
        [(e.actor, e.recipient) for e in events]


@pytest.mark.parametrize(("text", "recipient"), [
    ("The US State Department advised American citizens to leave Lebanon.", "USA"),
    ("Iran invited IAEA inspectors to visit the Arak reactor.", None),
    ("Turkey bought S-400 missiles from Russia.", "RUS"),
    ("Russian hackers exploited a flaw in the software of Ukraine's power grid.", "UKR"),
])
def test_whom_the_new_senses_reach(nlp: Any, text: str, recipient: str | None) -> None:
    events = [e for e in events_of(nlp, text) if e.recipient is not None]
    assert events, text
    if recipient is not None:
        assert any(e.recipient.country == recipient for e in events), \
            [(e.type, e.recipient) for e in events]


@pytest.mark.parametrize(("text", "absent"), [
    # the same words in business, sport, science and the household
    ("The antivirus program quarantined the infected file.", "COERCE"),
    ("The software quarantined two suspicious files.", "COERCE"),
    ("The farmer isolated the sick cow from the herd.", "COERCE"),
    ("The summit was held in Geneva.", "COERCE"),
    ("They kept the ball in play.", "COERCE"),
    ("The study suggested that pollution was rising.", "REQUEST"),
    ("Experts suggested that the virus spreads quickly in winter.", "REQUEST"),
    ("Analysts recommended the stock to investors.", "REQUEST"),
    ("The study suggested using less salt.", "REQUEST"),
    ("The report recommended reading the manual.", "REQUEST"),
    ("The Border Patrol's handbook advises detaining migrants for at most three days.",
     "REQUEST"),
    ("The Portuguese striker exploited a gap in the Spanish defence.", "ASSAULT"),
    ("The company exploited a loophole in the tax code.", "ASSAULT"),
    ("The virus infected 40 people in Wuhan.", "ASSAULT"),
    ("She hacked at the branches with a machete.", "ASSAULT"),
    ("The notary legalized the signature on the document.", "CONCEDE"),
    ("The minister resumed his duties after the holiday.", "SANCTION"),
    ("Workers took down the statue of the king.", "COERCE"),
    ("The company took down its tents after the festival.", "COERCE"),
    ("The couple invited their neighbours to dinner.", "RETREAT"),
    ("He gave up smoking last year.", "RETREAT"),
    ("The striker gave up the ball too easily.", "RETREAT"),
    ("He paid a parking fine in Paris.", "SANCTION"),
    ("Chelsea signed the Spanish goalkeeper from Athletic Bilbao.", "AGREE"),
    ("The factory's order book is full.", "AGREE"),
    ("She charged the phone overnight.", "ACCUSE"),
    ("She ordered a pizza from the Italian restaurant.", "COOPERATE"),
    ("The union ended its strike after two weeks.", "RETREAT"),
    ("The company halted production at the plant.", "RETREAT"),
    ("Mourners observed a minute of silence.", "RETREAT"),
    ("The restaurant closed its doors to customers.", "SANCTION"),
    ("He bought a car from his neighbour.", "COOPERATE"),
    ("The airline ordered 50 new jets on Monday.", "COOPERATE"),
])
def test_no_event_in_other_senses(nlp: Any, text: str, absent: str) -> None:
    assert absent not in types_of(nlp, text), (text, events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "The United States warned Russia against invading Ukraine.",
    "Russia warned Ukraine against joining NATO.",
    "Pakistan's army chief warned India against any misadventure across the border.",
])
def test_a_warning_against_a_hostile_course_stays_a_threat(nlp: Any, text: str) -> None:
    found = types_of(nlp, text)
    assert "THREATEN" in found and "REQUEST" not in found, (text, found)


def test_a_hostile_act_in_a_charge_is_its_content(nlp: Any) -> None:
    """'faces charges, including conspiring to hack computers': the charge is the event, the
    hacking only what it alleges."""
    text = "Smith faces 12 criminal charges in Norway, including plotting to hack police " \
           "computers."
    found = types_of(nlp, text)
    assert "ACCUSE" in found and "ASSAULT" not in found, found


def test_an_act_under_investigation_took_place(nlp: Any) -> None:
    """'a probe of the shelling': what is investigated is no content of an accusation."""
    text = "The UN wants an independent probe of the Israeli shelling of a clinic in Rafah."
    assert any(e.type == "ASSAULT" and e.actor is not None and e.actor.country == "ISR"
               for e in events_of(nlp, text))


def test_a_kind_named_only_with_its_object_is_no_claim_content() -> None:
    """Claims read trigger words as content: a sense that holds only with a head noun or a
    preposition's object of its own ('held in quarantine', 'increased security') does not
    make 'held' or 'increased' alone name its kind in a denial."""
    from newsweave.link.claims import content_families, type_family

    assert content_families("they had held any talks with Moscow") == {"CONSULT"}
    assert content_families("we kept them") == set()
    assert content_families("they quarantined the village") == {type_family("COERCE")}


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Hamas said Israeli forces had attacked a school in Gaza.", "PSE", "ISR"),
    ("The Syrian government said Turkish troops had killed 12 Syrian soldiers near Idlib.",
     "SYR", "TUR"),
])
def test_a_party_telling_of_force_against_its_own_side_accuses_the_doer(
        nlp: Any, text: str, accuser: str, accused: str) -> None:
    events = events_of(nlp, text)
    assert any(e.type == "ASSAULT" for e in events)  # the act itself stays
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert accusations and accusations[0].actor.country == accuser and \
        accusations[0].recipient.country == accused and \
        "victim_side_accuser" in accusations[0].rules, accusations


@pytest.mark.parametrize("text", [
    "The Pentagon said Russian forces had shelled a school in Ukraine.",  # a third party
    "Israeli forces attacked a school in Gaza on Monday.",  # the writer's own account
    "Turkey said its troops had killed 12 Syrian soldiers near Idlib.",  # the doer's own
])
def test_no_accusation_from_a_third_party_the_writer_or_the_doer(nlp: Any, text: str) -> None:
    assert "ACCUSE" not in types_of(nlp, text), events_of(nlp, text)


@pytest.mark.parametrize(("text", "agree"), [
    ("The German chancellor assured Ukraine that Germany would send more air defence "
     "systems.", True),  # a promise of an act to come
    ("The Chinese health ministry assured the public that the danger of infection was "
     "very small.", False),  # a statement of how things are
])
def test_an_assurance_is_an_agreement_only_of_an_act_to_come(nlp: Any, text: str,
                                                             agree: bool) -> None:
    assert ("AGREE" in types_of(nlp, text)) is agree, events_of(nlp, text)
