"""Rules of session 12 (evreal6), written after classifying the misses of real ECB+ articles
(tests/data/ecb_events_dev: courts, police and two US administrations), each tested on
sentences we wrote: a US state that shares a country's name ('Georgia') in a story set in a
US town; the one sentenced in a passive; a person pronoun that cannot be its own verb's
object, and a role noun subject taken up by 'he'; a state organ on the other side taking the
story's country; two people the tagger joined into one name; a named person's family;
undoing a named party's rule, confessions, guilty pleas and verdicts; a title's full stop
that ends no sentence. Each switchable rule is also switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of, parties, rules_off

pytestmark = pytest.mark.slow


# ------------------------------------------------------------------- Georgia, the US state

GEORGIA = "A Georgia judge sentenced Marlon Tate to life in prison after a trial in Atlanta."


def test_a_town_of_one_country_makes_georgia_the_us_state(nlp: Any) -> None:
    found = parties(events_of(nlp, GEORGIA), "SANCTION")
    assert found and found[0][1] == "USA", found


def test_without_namesake_city_georgia_is_the_country(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "namesake_city")
    found = parties(events_of(nlp, GEORGIA), "SANCTION")
    assert found and found[0][1] == "GEO", found


def test_the_country_georgia_stays_the_country(nlp: Any) -> None:
    found = parties(events_of(nlp, "Russian troops attacked Georgia in 2008, and Tbilisi "
                                   "protested."), "ASSAULT")
    assert ("Russia", "RUS", "Georgia", "GEO") in found


def test_one_country_town() -> None:
    from newsweave.extract.actors import one_country_town

    assert one_country_town("Atlanta") == "USA"
    assert one_country_town("Tbilisi") == "GEO"
    assert one_country_town("Athens") is None  # Greece and the US
    assert one_country_town("Nowhereville") is None


# ------------------------------------------------------------------- the one sentenced

SENTENCED = [
    "Dana Pruitt was sentenced on Monday to 20 years in prison by a court in Ohio.",
    "Dana Pruitt was convicted of fraud by an Ohio jury.",
]


@pytest.mark.parametrize("text", SENTENCED)
def test_the_one_sentenced_in_a_passive_is_the_recipient(nlp: Any, text: str) -> None:
    found = parties(events_of(nlp, text), "SANCTION")
    # the one a state's court sentences is taken as its own (rule domestic_recipient)
    assert ("United States", "USA", "Dana Pruitt", "USA") in found, found


def test_a_sentence_by_no_known_state_is_left_out(nlp: Any) -> None:
    # no agent and no country in the story: who sentenced is unknown, so no event
    assert not parties(events_of(nlp, "Dana Pruitt was sentenced on Monday to 20 years in "
                                      "prison."), "SANCTION")


def test_without_passive_patient_the_sentence_has_no_party(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "passive_patient")
    assert not [f for f in parties(events_of(nlp, SENTENCED[0]), "SANCTION") if f[2]]


# ------------------------------------------------------------------- person pronouns

SHOT = "Marlon Tate fled to a house that Dana Pruitt was building. He shot Pruitt in the back."


def test_a_pronoun_is_not_the_object_of_its_own_verb(nlp: Any) -> None:
    found = parties(events_of(nlp, SHOT), "ASSAULT")
    assert found and found[0][0] == "Marlon Tate" and found[0][2] == "Dana Pruitt", found


def test_without_co_argument_the_victim_shoots_himself(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "co_argument")
    found = parties(events_of(nlp, SHOT), "ASSAULT")
    assert not found or found[0][0] != "Marlon Tate", found


PRAISED = "Dana Pruitt met the mayor in Denver. He praised Pruitt for his courage."


def test_the_pronoun_falls_to_the_role_when_the_name_is_its_object(nlp: Any) -> None:
    found = parties(events_of(nlp, PRAISED), "SUPPORT")
    assert found and found[0][0] != "Dana Pruitt" and found[0][2] == "Dana Pruitt", found


def test_without_co_argument_pruitt_praises_himself_away(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "co_argument")
    found = parties(events_of(nlp, PRAISED), "SUPPORT")
    assert found and found[0][0] == "Dana Pruitt", found


URGED = ("The frustrated prosecutor rejected a plea offer from Marlon Tate. He said he would "
         "urge Colorado lawmakers to change the law.")


def test_he_takes_up_a_role_noun_subject_before_a_named_object(nlp: Any) -> None:
    found = parties(events_of(nlp, URGED), "REQUEST")
    assert found and found[0][0] != "Marlon Tate", found


def test_without_role_subject_antecedent_he_is_the_last_name(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "role_subject_antecedent")
    found = parties(events_of(nlp, URGED), "REQUEST")
    assert found and found[0][0] == "Marlon Tate", found


def test_a_named_subject_after_the_role_noun_is_still_he(nlp: Any) -> None:
    found = parties(events_of(nlp, "The judge met Marlon Tate in Denver. Then Dana Pruitt "
                                   "arrived. He praised the mayor."), "SUPPORT")
    assert found and found[0][0] == "Dana Pruitt", found


# ------------------------------------------------------------------- the other side

GUARDS = ("Texas officials said an inmate, Ray Tull, escaped near Huntsville, Texas, on "
          "Monday. Tull overpowered two prison guards and fled.")


def test_a_state_organ_on_the_other_side_takes_the_story_country(nlp: Any) -> None:
    found = parties(events_of(nlp, GUARDS), "ASSAULT")
    assert [f for f in found if f[0] == "Ray Tull" and f[3] == "USA"], found


def test_without_unnamed_recipient_country_it_has_none(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "unnamed_recipient_country")
    found = parties(events_of(nlp, GUARDS), "ASSAULT")
    assert not [f for f in found if f[0] == "Ray Tull" and f[3] == "USA"], found


FAMILY = "The widow of the officer met with Diaz's family in Denver."


def test_a_named_persons_family_is_a_party(nlp: Any) -> None:
    found = parties(events_of(nlp, FAMILY), "CONSULT")
    assert found and found[0][2] == "family", found


def test_without_kin_of_person_the_family_is_dropped(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "kin_of_person")
    found = parties(events_of(nlp, FAMILY), "CONSULT")
    assert found and found[0][2] is None, found


# ------------------------------------------------------------------- two people, one name

TWO = ("Ivan Lopez met Hector Carranza in Denver. The court heard that Lopez and Carranza "
       "attacked a rival crew.")  # the tagger reads "Lopez and Carranza" as one ORG


def test_two_people_joined_by_the_tagger_are_two_actors(nlp: Any) -> None:
    actors = {f[0] for f in parties(events_of(nlp, TWO), "ASSAULT")}
    assert actors == {"Ivan Lopez", "Hector Carranza"}, actors


def test_without_conjoined_people_they_stay_one_name(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "conjoined_people")
    actors = {f[0] for f in parties(events_of(nlp, TWO), "ASSAULT")}
    assert "Ivan Lopez" not in actors, actors


def test_a_firm_named_after_two_people_stays_one(nlp: Any) -> None:
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    text = "Tom Johnson met Ed Johnson of Johnson & Johnson."
    names = [m.canonical for m in extract_mentions(nlp(text), Article(
        article_id="a", source="a.txt", text=text))]
    assert "Johnson & Johnson" in names, names


# ------------------------------------------------------------------- senses

SENSES = [
    ("Okafor has overturned several of Mensah's rules.", "REJECT", ("Okafor", "Mensah")),
    ("President Okafor rescinded a 2001 Mensah policy on grazing.", "REJECT",
     ("Okafor", "Mensah")),
    ("The governor struck down Mensah's ban on rallies.", "REJECT", ("governor", "Mensah")),
    ("The Okafor administration overturned one of the most disputed measures of the Mensah "
     "era on Tuesday.", "REJECT", ("administration", "Mensah")),
    ("The Okafor government scrapped a Mensah rule on grazing.", "REJECT",
     ("government", "Mensah")),
    ("Dana Pruitt confessed to the killing of a shopkeeper in Toledo.", "CONCEDE",
     ("Dana Pruitt", None)),
    ("Dana Pruitt pleaded guilty to fraud in Ohio.", "CONCEDE", ("Dana Pruitt", None)),
    ("Pruitt admitted to drinking vodka before the crash, Ohio police said.", "CONCEDE",
     ("Pruitt", None)),
    ("The widow took aim at Pruitt's parents in a speech in Toledo.", "ACCUSE",
     ("widow", "parents")),
    ("A Denver jury has returned a guilty verdict for Tomas Rell for the murder of Ana Diaz.",
     "SANCTION", ("United States", "Tomas Rell")),
    ("Rell, 20, fired from the rooftop, police in Denver said.", "ASSAULT", ("Rell", None)),
    ("Rebels overpowered the garrison in Goma.", "ASSAULT",
     ("rebels", "Democratic Republic of the Congo")),
]


@pytest.mark.parametrize(("text", "etype", "pair"), SENSES)
def test_senses_of_real_court_and_policy_news(nlp: Any, text: str, etype: str,
                                              pair: tuple[str, str | None]) -> None:
    found = [(f[0], f[2]) for f in parties(events_of(nlp, text), etype)]
    assert pair in found, (text, found)


NOT_THESE = [
    ("The government reversed its decision on the tax.", "REJECT"),  # its own: a concession
    ("Noel and Tran pleaded not guilty in federal court on Tuesday.", "CONCEDE"),
    ("Rell was fired from the bakery last spring.", "ASSAULT"),
    ("Dana Pruitt begged and pleaded with the sheriff for mercy.", "CONCEDE"),
    ("One witness admitted that he had misled detectives twice in Denver.", "CONCEDE"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_THESE)
def test_near_misses_of_those_senses(nlp: Any, text: str, etype: str) -> None:
    assert not parties(events_of(nlp, text), etype), text


def test_a_reversed_own_decision_stays_a_concession(nlp: Any) -> None:
    found = parties(events_of(nlp, NOT_THESE[0][0]), "CONCEDE")
    assert found, found


# ------------------------------------------------------------------- sentence ends

def test_a_titles_full_stop_ends_no_sentence(nlp: Any) -> None:
    doc = nlp("The gunman shot and killed Deputy Sgt. Ron Pelley outside the courthouse. "
              "Later Gov. Ana Ruiz spoke.")
    assert [s.text for s in doc.sents] == [
        "The gunman shot and killed Deputy Sgt. Ron Pelley outside the courthouse.",
        "Later Gov. Ana Ruiz spoke."]
    found = parties(events_of(nlp, "The gunman shot and killed Deputy Sgt. Ron Pelley "
                                   "outside the courthouse in Ohio."), "ASSAULT")
    assert [f for f in found if f[2] == "Ron Pelley"], found


def test_a_lower_case_word_after_a_dotted_abbreviation_goes_on(nlp: Any) -> None:
    """Session 13 (seen in a real quote): the parser cut "By 6:40 a.m." off its clause and the
    cue with it; a sentence never opens with a lower-case word."""
    doc = nlp("By 5:15 a.m. the fire was out, Lena Park said. "
              "Talks at the U.S. embassy ended at noon.")
    assert [s.text for s in doc.sents] == [
        "By 5:15 a.m. the fire was out, Lena Park said.",
        "Talks at the U.S. embassy ended at noon."]


# ------------------------------------------------------------------- whose police

POLICE = "Denver Police officers arrested two men on Friday."


def test_a_towns_police_officers_are_police(nlp: Any) -> None:
    found = [e.actor for e in events_of(nlp, POLICE) if e.type == "COERCE" and e.actor]
    assert found and found[0].sector == "COP" and found[0].country == "USA", found


def test_without_place_of_police_they_are_officers_of_no_kind(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "place_of_police")
    found = [e.actor for e in events_of(nlp, POLICE) if e.type == "COERCE" and e.actor]
    assert not found or found[0].sector != "COP", found


# ------------------------------------------------------------------- the one accused

ACCUSED = ("Jurors heard testimony in the trial of Tomas Rell, the teen accused of shooting "
           "and killing Kim Lee in Denver.")


def test_the_one_accused_of_an_attack_is_its_alleged_actor(nlp: Any) -> None:
    found = [(e.actor.name if e.actor else None, e.modality)
             for e in events_of(nlp, ACCUSED) if e.type == "ASSAULT"]
    assert ("Tomas Rell", "alleged") in found, found


def test_without_reduced_accused_the_attack_has_no_actor(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "reduced_accused")
    assert not [e for e in events_of(nlp, ACCUSED) if e.type == "ASSAULT" and e.actor]


def test_a_charge_that_is_no_hostile_act_stays_the_accusations(nlp: Any) -> None:
    events = events_of(nlp, "The Treasury blacklisted eight Hong Kong firms accused of "
                            "supplying drone parts to Tehran.")
    assert not [e for e in events if e.type == "AID"], events


# ------------------------------------------------------------------- who is refused

REFUSED = "The mayor asked the union to end the strike, but the union refused."


def test_who_refuses_rejects_the_party_the_but_sets_it_against(nlp: Any) -> None:
    assert ("union", None, "mayor", None) in parties(events_of(nlp, REFUSED), "REJECT")


def test_without_refused_asker_the_refusal_has_no_recipient(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "refused_asker")
    assert ("union", None, None, None) in parties(events_of(nlp, REFUSED), "REJECT")


def test_a_refusal_joined_by_and_takes_no_recipient_from_it(nlp: Any) -> None:
    found = parties(events_of(nlp, REFUSED.replace(", but", ", and")), "REJECT")
    assert ("union", None, None, None) in found, found


# ------------------------------------------------------------------- parties named alongside

ALONG = "Greenpeace, along with the Sierra Club, sued the Interior Department."


def test_a_party_named_along_with_the_actor_acts_too(nlp: Any) -> None:
    actors = {f[0] for f in parties(events_of(nlp, ALONG), "ACCUSE")}
    assert actors == {"Greenpeace", "Sierra Club"}, actors


def test_without_along_with_only_the_subject_acts(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rules_off(monkeypatch, "along_with")
    assert {f[0] for f in parties(events_of(nlp, ALONG), "ACCUSE")} == {"Greenpeace"}


def test_one_arrested_along_with_another_is_no_arrester(nlp: Any) -> None:
    found = parties(events_of(nlp, "Police in Ohio arrested Tom Lee along with his brother "
                                   "Sam Lee."), "COERCE")
    assert found and {f[0] for f in found} == {"United States"}, found


def test_a_partner_worked_together_with_is_the_other_side(nlp: Any) -> None:
    found = parties(events_of(nlp, "Germany worked together with France on the plan."),
                    "COOPERATE")
    assert ("Germany", "DEU", "France", "FRA") in found, found
