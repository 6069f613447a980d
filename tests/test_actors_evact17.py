"""Actors of evact17 (issue 11), on sentences we made up: a party's short name is that party
only as a whole name ('Christian Democrats' is not the US Democratic Party); a demonym's plural
the tagger calls an organisation is that country's people or state; 'the regional bloc' and
'the militant group' point back to the organisation just named; the office holder the roles
table names for a bare title keeps the story's country against a body of that country. Each
rule is switchable, and its test also switches it off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import actor_context, resolved_refs, resolved_rules
from newsweave.extract import actors
from newsweave.extract.gazetteer import anaphor_modifiers
from newsweave.extract.lexicon import load_json
from newsweave.extract.lexicon_schema import ActorsLexicon

_refs = resolved_refs
_rules = resolved_rules


def test_the_new_word_lists_load_checked() -> None:
    lexicon = ActorsLexicon.model_validate(load_json("actors.json"))
    assert "regional" in lexicon.igo_anaphor_modifiers
    assert "militant" in lexicon.armed_group_modifiers
    assert "senate" in lexicon.party_chamber_words
    words = anaphor_modifiers()
    assert {"igo", "armed", "chamber"} <= set(words)
    assert all(w == w.lower() for group in words.values() for w in group)


# ------------------------------------------------------------------ party_name_whole

@pytest.mark.slow
def test_a_longer_party_name_is_not_the_short_names_party(nlp: Any) -> None:
    text = "The Christian Democrats attacked the chancellor over the pension plan."
    found = _refs(nlp, text, "Democrats")
    assert found == [("Christian Democrats", None, "PTY")]  # unknown beats the US party
    assert _rules(nlp, text, "Democrats") == ["party_name_whole"]
    assert _refs(nlp, text, "Democrats", frozenset({"party_name_whole"}))[0][1] == "USA"


@pytest.mark.slow
def test_a_longer_party_name_takes_the_country_its_phrase_states(nlp: Any) -> None:
    found = _refs(nlp, "Norway's Social Democrats rejected the fishing quota deal.",
                  "Democrats")
    assert found == [("Social Democrats", "NOR", "PTY")]


@pytest.mark.slow
def test_a_party_with_its_own_chamber_or_place_stays_itself(nlp: Any) -> None:
    assert _refs(nlp, "Senate Democrats blocked the spending bill on Thursday.",
                 "Democrats") == [("Democratic Party", "USA", "PTY")]
    assert _refs(nlp, "Republicans in Ohio criticised the governor, and Democrats agreed.",
                 "Democrats") == [("Democratic Party", "USA", "PTY")]


# ------------------------------------------------------------------ demonym_org_tag

@pytest.mark.slow
def test_a_demonym_plural_tagged_as_an_organisation_is_that_country(nlp: Any) -> None:
    text = "Several thousand Slovaks rallied in Kosice against the new media law."
    found = _refs(nlp, text, "Slovaks")
    assert found and found[0][1:] == ("SVK", "CIV")
    assert "demonym_org_tag" in _rules(nlp, text, "Slovaks")


# ------------------------------------------------------------------ described igo anaphor

@pytest.mark.slow
def test_the_regional_bloc_is_the_organisation_just_named(nlp: Any) -> None:
    text = ("The African Union suspended Guinea after the coup. The regional bloc also "
            "condemned the arrest of the president.")
    assert _refs(nlp, text, "bloc") == [("African Union", None, "IGO")]
    assert _refs(nlp, text, "bloc", frozenset({"described_igo"})) == []


@pytest.mark.slow
def test_a_bloc_with_another_word_is_not_the_one_named(nlp: Any) -> None:
    text = ("The African Union suspended Guinea after the coup. The new bloc also condemned "
            "the arrest of the president.")
    assert _refs(nlp, text, "bloc") == []


# ------------------------------------------------------------------ armed_group_anaphor

@pytest.mark.slow
def test_the_militant_group_is_the_armed_group_just_named(nlp: Any) -> None:
    text = ("Hezbollah fired drones at an army post on Sunday. Israel said the militant "
            "group would pay a heavy price.")
    found = _refs(nlp, text, "group")
    assert found and found[0][0] == "Hezbollah" and found[0][2] == "REB"
    assert "armed_group_anaphor" in _rules(nlp, text, "group")
    assert _refs(nlp, text, "group", frozenset({"armed_group_anaphor"})) == []


@pytest.mark.slow
def test_the_militant_group_after_a_state_is_no_one(nlp: Any) -> None:
    text = "Kenya closed the border on Sunday. The militant group attacked a bus near Lamu."
    assert _refs(nlp, text, "group") == []


# ------------------------------------------------------------------ dateline_story_country

_FILED = ("LIMA, May 3 - Peru recalled its ambassador from Bolivia on Friday after Bolivian "
          "troops crossed the border. Bolivia said its troops were chasing smugglers, and "
          "Bolivian officials denied any incursion. The president said Peru would defend "
          "its border.")


@pytest.mark.slow
def test_a_story_filed_from_a_country_it_names_often_is_its_story(nlp: Any) -> None:
    _doc, ctx = actor_context(nlp, _FILED)
    assert ctx.country_counts["BOL"] > ctx.country_counts["PER"] >= 2
    assert ctx.story_country == "PER"


@pytest.mark.slow
def test_the_dateline_rule_switches_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from event_helpers import rules_off

    rules_off(monkeypatch, "dateline_story_country")
    _doc, ctx = actor_context(nlp, _FILED)
    assert ctx.story_country == "BOL"


@pytest.mark.slow
def test_a_dateline_country_named_once_does_not_win(nlp: Any) -> None:
    text = ("LIMA, May 3 - Bolivia recalled its ambassador from Chile on Friday. Bolivian "
            "officials said Bolivia would not accept the Chilean demands, and Bolivian troops "
            "were put on alert. Peru offered to mediate.")
    _doc, ctx = actor_context(nlp, text)
    assert ctx.story_country == "BOL"


# ------------------------------------------------------------------ introduced_head_office

@pytest.mark.slow
def test_a_president_introduced_once_keeps_the_office(nlp: Any) -> None:
    text = ("NAIROBI, May 3 - Opposition lawmakers urged President Daniel Otieno to sack the "
            "health minister. Speaking in Nakuru, Otieno praised the nurses' union.")
    doc, ctx = actor_context(nlp, text)
    tok = [t for t in doc if t.text == "Otieno"][-1]
    ref = actors.resolve_np(tok, ctx)[0]
    assert (ref.name, ref.sector, ref.country) == ("Daniel Otieno", "GOV", "KEN")
    assert ref.country_inferred and "introduced_head_office" in ref.rules
    ctx.disabled = frozenset({"introduced_head_office"})
    assert actors.resolve_np(tok, ctx)[0].sector is None


@pytest.mark.slow
def test_a_former_president_does_not_keep_the_office(nlp: Any) -> None:
    text = ("NAIROBI, May 3 - Former President Daniel Otieno criticised the budget. Speaking in "
            "Nakuru, Otieno praised the nurses' union.")
    doc, ctx = actor_context(nlp, text)
    tok = [t for t in doc if t.text == "Otieno"][-1]
    assert "introduced_head_office" not in actors.resolve_np(tok, ctx)[0].rules


# ------------------------------------------------------------------ agency_members

@pytest.mark.slow
def test_officials_of_an_agency_act_for_it(nlp: Any) -> None:
    text = "AMMAN, June 2 - Health Ministry officials closed two textile workshops in Zarqa."
    found = _refs(nlp, text, "officials")
    assert found == [("Health Ministry", "JOR", "GOV")]
    assert _rules(nlp, text, "officials") == ["agency_members"]
    assert _refs(nlp, text, "officials", frozenset({"agency_members"})) != found


@pytest.mark.slow
def test_officials_of_an_agency_of_no_known_country_stay_unknown(nlp: Any) -> None:
    found = _refs(nlp, "Health Ministry officials closed two textile workshops.", "officials")
    assert all(country is None for _n, country, _s in found)


# ------------------------------------------------------------------ nested_owner_country

@pytest.mark.slow
def test_a_body_of_a_countrys_people_is_that_countrys(nlp: Any) -> None:
    text = "Ghana's teachers' union threatened a strike over unpaid allowances."
    assert _refs(nlp, text, "union") == [("union", "GHA", "LAB")]
    assert "nested_owner_country" in _rules(nlp, text, "union")
    assert _refs(nlp, text, "union", frozenset({"nested_owner_country"})) == \
        [("union", None, "LAB")]


# ------------------------------------------------------------------ people_rebels

@pytest.mark.slow
def test_fighters_of_a_stateless_people_are_named_so(nlp: Any) -> None:
    text = "Baloch fighters ambushed a convoy on the coastal highway."
    assert _refs(nlp, text, "fighters") == [("Baloch fighters", None, "REB")]
    assert "people_rebels" in _rules(nlp, text, "fighters")
    assert _refs(nlp, text, "fighters", frozenset({"people_rebels"})) == \
        [("fighters", None, "REB")]


@pytest.mark.slow
def test_fighters_of_a_stateless_people_take_only_their_stated_place(nlp: Any) -> None:
    text = "Tuareg rebels in Niger seized a gold mine near Agadez."
    assert _refs(nlp, text, "rebels") == [("Tuareg rebels", "NER", "REB")]


@pytest.mark.slow
def test_a_president_beside_the_storys_own_president_is_someone_else(nlp: Any) -> None:
    text = ("President Daniel Otieno met Uganda's president in Kampala. Otieno later praised "
            "the talks.")
    doc, ctx = actor_context(nlp, text)
    tok = [t for t in doc if t.text == "Otieno"][-1]
    ref = actors.resolve_np(tok, ctx)[0]
    assert ref.country != "UGA" and "introduced_head_office" not in ref.rules
