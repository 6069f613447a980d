"""Events of session 28 (evprec28): false events found by judging two seeded samples of 50
events emitted on real political news and wire copy (benchmarks/event_judged_seed2728_session27
.jsonl and event_judged_seed2727_session27.jsonl). Striking a tone is no attack
(struck_manner); a standard met through a gerund is no meeting (met_gerund_target); a court
undoing a decision concedes nothing (court_reversal); declining to take sides is no rejection
(noncommittal_decline); a rally named as a venue is no protest (rally_as_venue); a generic
doer's act done only on a condition is a practice (conditional_practice); what the next holder
of an office should do asks no one (future_holder_duty); 'would face no consequences' threatens
no one (idiom_object_negated). Every sentence here is made up. Each rule is switched off once
to show the test depends on it, and look-alikes must keep their events."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import actor_context, events_of, of_type
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("struck_manner", "met_gerund_target", "court_reversal", "noncommittal_decline",
         "rally_as_venue", "conditional_practice", "future_holder_duty",
         "idiom_object_negated")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (rule, type it drops, made-up sentences it fires on)
CASES = [
    ("struck_manner", "ASSAULT", [
        "The minister struck a conciliatory tone on Monday.",
        "The mayor struck a defiant tone in her speech to the council.",
    ]),
    ("met_gerund_target", "CONSULT", [
        "The state will pay the grants only if the company meets hiring targets.",
    ]),
    ("court_reversal", "CONCEDE", [
        "The lawyer said the 9th Circuit could well reverse the decision.",
        "A law professor said the 5th Circuit had been wary of such suits before and might "
        "reverse the decision.",
    ]),
    ("noncommittal_decline", "REJECT", [
        "The party chairman declined to take sides in the primary.",
        "Governor Hale declined to take sides but said she hoped for unity.",
        "The senator declined to endorse either candidate in the race.",
    ]),
    ("rally_as_venue", "PROTEST", [
        "The governor's tour began with rallies in three states.",
        "The chant, which began at rallies in the spring, filled the hall.",
    ]),
    ("conditional_practice", "ACCUSE", [
        "Prosecutors in the district have brought charges in such cases only when a victim "
        "complained.",
    ]),
    ("future_holder_duty", "REQUEST", [
        "\"The next governor should fill the seat,\" the caucus leader said.",
    ]),
    ("idiom_object_negated", "THREATEN", [
        "The senator said anyone who lied to investigators would face no consequences.",
    ]),
]
FIRES = [(rule, etype, text) for rule, etype, texts in CASES for text in texts]


@pytest.mark.parametrize(("rule", "etype", "text"), FIRES)
def test_the_false_event_is_not_emitted(nlp: Any, rule: str, etype: str, text: str) -> None:
    assert not of_type(events_of(nlp, text), etype)


@pytest.mark.parametrize(("rule", "etype", "text"), FIRES)
def test_the_rule_is_what_drops_it(nlp: Any, ablated: Any, rule: str, etype: str,
                                   text: str) -> None:
    ablated(rule)
    assert of_type(events_of(nlp, text), etype)


def test_declining_to_endorse_either_is_no_negated_support(nlp: Any) -> None:
    events = events_of(nlp, "The union declined to endorse either candidate.")
    assert not of_type(events, "REJECT") and not of_type(events, "SUPPORT")


@pytest.mark.parametrize(("etype", "text"), [
    ("ASSAULT", "The army struck the town at dawn."),
    ("CONSULT", "The minister met visiting envoys from Japan."),
    ("CONCEDE", "The government reversed its decision to close the border."),
    ("CONCEDE", "The electoral court accepted the opposition party's demand for a recount."),
    ("REJECT", "The rebels refused to accept any deal."),
    ("REJECT", "The senator declined to endorse the mayor."),
    ("PROTEST", "Rallies against the war drew thousands in Paris."),
    ("PROTEST", "Police broke up the rally in the capital."),
    ("PROTEST", "Clashes broke out at rallies in Caracas on Sunday."),
    ("COERCE", "Police have arrested two men in the city."),
    ("REQUEST", "\"The president must resign,\" the opposition leader said."),
    ("REQUEST", "\"The governor should fill the seat,\" the caucus leader said."),
    ("THREATEN", "Iran said Israel would face serious consequences."),
])
def test_look_alikes_keep_their_events(nlp: Any, etype: str, text: str) -> None:
    assert of_type(events_of(nlp, text), etype)


def test_a_court_reversal_needs_a_court(nlp: Any) -> None:
    from newsweave.extract.false_senses import court_reversal

    doc, ctx = actor_context(nlp, "The appeals court reversed the ruling on Tuesday.")
    assert court_reversal(next(t for t in doc if t.lemma_ == "reverse"), ctx)
    doc, ctx = actor_context(nlp, "The ruling was reversed by a panel of judges.")
    assert court_reversal(next(t for t in doc if t.lemma_ == "reverse"), ctx)
    doc, ctx = actor_context(nlp, "The cabinet reversed the decision on Tuesday.")
    assert not court_reversal(next(t for t in doc if t.lemma_ == "reverse"), ctx)


def test_a_practice_needs_a_condition_and_a_generic_doer(nlp: Any) -> None:
    from newsweave.extract.false_senses import conditional_practice

    doc = nlp("Officers detain migrants only if they resist.")
    assert conditional_practice(next(t for t in doc if t.lower_ == "detain"))
    doc = nlp("The officers detained the migrants only if they resisted.")
    assert not conditional_practice(next(t for t in doc if t.lower_ == "detained"))
    doc = nlp("The officers have detained the migrants only if they resisted.")
    assert not conditional_practice(next(t for t in doc if t.lower_ == "detained"))
    doc = nlp("Officers have detained migrants who resisted.")
    assert not conditional_practice(next(t for t in doc if t.lower_ == "detained"))


# rules foreign_party_alias and it_not_plural_group (actors.py)
HOUSE_VOTE = ("WASHINGTON - The House passed a stopgap spending bill on Wednesday after a week "
              "of talks.\n\nConservatives in the House were unhappy. Rep. Dana Whitfield, "
              "R-Kansas, said the bill spent too much. Forty House Republicans voted against it.")


def _vote(nlp: Any) -> Event:
    votes = [e for e in of_type(events_of(nlp, HOUSE_VOTE), "REJECT") if e.trigger == "vote"]
    assert votes
    return votes[0]


def test_a_house_vote_gets_no_foreign_party(nlp: Any) -> None:
    vote = _vote(nlp)
    assert vote.actor is not None and vote.actor.country == "USA"
    assert vote.recipient is None or vote.recipient.country != "GBR"


def test_it_is_no_plural_group(nlp: Any, ablated: Any) -> None:
    ablated("it_not_plural_group")
    vote = _vote(nlp)
    assert vote.recipient is not None and vote.recipient.rules[-1] == "pronoun:it"
    assert vote.recipient.country is None  # foreign_party_alias still keeps Britain out


def test_foreign_party_alias_keeps_britain_out(nlp: Any, ablated: Any) -> None:
    ablated("it_not_plural_group", "foreign_party_alias")
    vote = _vote(nlp)
    assert vote.recipient is not None and vote.recipient.country == "GBR"


def test_a_party_alias_of_the_story_country_stays(nlp: Any) -> None:
    text = ("LONDON - Britain's parliament debated the budget on Tuesday.\n\nConservatives "
            "accused the Labour government of raising taxes by stealth.")
    accused = of_type(events_of(nlp, text), "ACCUSE")
    assert accused and accused[0].actor is not None
    assert (accused[0].actor.name, accused[0].actor.country) == ("Conservative Party", "GBR")


def test_it_still_takes_up_a_state_named_in_the_plural(nlp: Any) -> None:
    text = ("MANILA - The Philippines summoned the Chinese ambassador on Monday. The "
            "Philippines said it would file a protest with Beijing.")
    protests = [e for e in of_type(events_of(nlp, text), "ACCUSE") if e.trigger == "protest"]
    assert protests and protests[0].actor is not None and protests[0].actor.country == "PHL"


def test_a_longer_party_name_is_left_to_party_name_whole(nlp: Any) -> None:
    text = ("THE HAGUE - The Dutch coalition agreed on a budget on Tuesday. The Christian "
            "Democrats, the junior partner, threatened to walk out unless the plan changed.")
    threats = of_type(events_of(nlp, text), "THREATEN")
    assert threats and threats[0].actor is not None
    assert (threats[0].actor.name, threats[0].actor.country) == ("Christian Democrats", "NLD")


# rules given_name_no_place (gazetteer.describe_person) and origin_compound
def test_a_given_name_is_no_place(ablated: Any) -> None:
    from newsweave.extract.gazetteer import describe_person

    assert describe_person("Douglas Fairweather", "State Rep.")[0] is None
    assert describe_person("Douglas Mwangi", "Kenyan envoy")[0] == "KEN"
    ablated("given_name_no_place")
    assert describe_person("Douglas Fairweather", "State Rep.")[0] == "IMN"


def test_a_lawmaker_named_douglas_is_no_manxman(nlp: Any) -> None:
    text = ("PHOENIX - State Rep. Douglas Fairweather refused to resign on Tuesday after a "
            "report found he had harassed staff.")
    refusals = of_type(events_of(nlp, text), "REJECT")
    assert refusals and refusals[0].actor is not None
    assert refusals[0].actor.name == "Douglas Fairweather"
    assert refusals[0].actor.country != "IMN"


def test_a_birthplace_compound_gives_no_country(ablated: Any) -> None:
    from newsweave.extract.gazetteer import describe

    assert describe("", "a Canadian-born candidate")[0] is None
    assert describe("", "the Cuban-American senator")[0] == "USA"
    assert describe("", "the Saudi-led coalition")[0] == "SAU"
    ablated("origin_compound")
    assert describe("", "a Canadian-born candidate")[0] == "CAN"
    assert describe("", "the Cuban-American senator")[0] == "CUB"


CRUZ = ("DES MOINES, Iowa - Donald Trump criticized Senator Ted Cruz on Saturday. He also "
        "mocked Cruz's birthplace, telling the crowd that a Canadian-born candidate could face "
        "years of lawsuits.")


def _criticized(nlp: Any) -> Event:
    found = [e for e in of_type(events_of(nlp, CRUZ, published="2016-01-20"), "ACCUSE")
             if e.trigger == "criticize"]
    assert found and found[0].recipient is not None
    assert found[0].recipient.name == "Ted Cruz"
    return found[0]


def test_a_senator_born_abroad_is_not_coded_his_birth_country(nlp: Any) -> None:
    assert _criticized(nlp).recipient.country != "CAN"  # type: ignore[union-attr]


def test_origin_compound_is_what_keeps_canada_out(nlp: Any, ablated: Any) -> None:
    ablated("origin_compound")
    assert _criticized(nlp).recipient.country == "CAN"  # type: ignore[union-attr]


# rule object_with_partner (event_arguments.unnamed_recipients)
PARTNERS = [
    ("AGREE", "Nurses reached a tentative agreement with the hospital late Sunday.",
     "hospital"),
    ("AGREE", "Teachers reached an agreement with the school district on Sunday.",
     "school district"),
    ("REQUEST", "The union demanded an urgent meeting with the airline.", "airline"),
]


@pytest.mark.parametrize(("etype", "text", "partner"), PARTNERS)
def test_the_object_nouns_with_phrase_names_the_other_party(nlp: Any, etype: str, text: str,
                                                            partner: str) -> None:
    found = of_type(events_of(nlp, text), etype)
    assert found and found[0].recipient is not None
    assert found[0].recipient.name == partner
    assert "object_with_partner" in found[0].recipient.rules


@pytest.mark.parametrize(("etype", "text", "partner"), PARTNERS)
def test_object_with_partner_is_what_finds_it(nlp: Any, ablated: Any, etype: str, text: str,
                                              partner: str) -> None:
    ablated("object_with_partner")
    found = of_type(events_of(nlp, text), etype)
    assert found and found[0].recipient is None


@pytest.mark.parametrize("text", [
    "The two leaders reached a deal with the help of Qatar.",
    "The government signed an accord with broad support from lawmakers.",
])
def test_a_with_phrase_of_no_party_gives_no_recipient(nlp: Any, text: str) -> None:
    found = of_type(events_of(nlp, text), "AGREE")
    assert found and found[0].recipient is None


# rule diplomat_no_story_country (actors.py)
PIPELINE = ("ASTANA - Kazakhstan and China held talks on a new gas pipeline on Friday. Chinese "
            "officials said financing would come from state banks, according to a diplomat "
            "who attended the talks.")


def _diplomat(nlp: Any) -> Event:
    found = [e for e in events_of(nlp, PIPELINE) if e.actor is not None and
             e.actor.name == "diplomat"]
    assert found
    return found[0]


def test_an_unnamed_diplomat_takes_no_story_country(nlp: Any) -> None:
    assert _diplomat(nlp).actor.country is None  # type: ignore[union-attr]


def test_diplomat_no_story_country_is_what_keeps_it_out(nlp: Any, ablated: Any) -> None:
    ablated("diplomat_no_story_country")
    assert _diplomat(nlp).actor.country is not None  # type: ignore[union-attr]


def test_a_minister_still_serves_the_story_country(nlp: Any) -> None:
    text = ("NAIROBI - Kenya's parliament passed the budget on Tuesday. The finance minister "
            "criticized the opposition for delaying the vote.")
    found = [e for e in of_type(events_of(nlp, text), "ACCUSE") if e.trigger == "criticize"]
    assert found and found[0].actor is not None and found[0].actor.country == "KEN"


# rule title_not_in_clause (actors.py _title_anaphor)
HEIR = ("PHOENIX - Dwayne Kilmer, a former sheriff's deputy who has cast himself as the heir "
        "to the president's agenda, spoke in Mesa on Monday.\n\nThe president, for his part, "
        "has praised both candidates.")


def _praise(nlp: Any) -> Event:
    found = [e for e in of_type(events_of(nlp, HEIR), "SUPPORT") if e.trigger == "praise"]
    assert found and found[0].actor is not None
    return found[0]


def test_an_office_told_in_a_possessive_is_not_the_persons_title(nlp: Any) -> None:
    assert _praise(nlp).actor.name != "Dwayne Kilmer"  # type: ignore[union-attr]


def test_title_not_in_clause_is_what_keeps_him_out(nlp: Any, ablated: Any) -> None:
    ablated("title_not_in_clause")
    assert _praise(nlp).actor.name == "Dwayne Kilmer"  # type: ignore[union-attr]


def test_a_title_in_the_description_still_points_back(nlp: Any) -> None:
    from newsweave.extract.actors import _own_title_part

    assert _own_title_part("the senate president, who chairs the panel") == \
        "the senate president,"
    text = ("Ruth Olsen, the senate president, who chairs the budget panel, spoke in Dover on "
            "Monday.\n\nThe senate president criticized the governor's plan.")
    found = [e for e in of_type(events_of(nlp, text), "ACCUSE") if e.trigger == "criticize"]
    assert found and found[0].actor is not None and found[0].actor.name == "Ruth Olsen"


# rule pair_modifier_of_nonparty (actors.py _last_two_parties)
CLUB_SALE = ("The owners of Portside Athletic are in advanced talks to sell the club to a US "
             "investment group, people familiar with the talks said. One said the two sides "
             "hoped to sign an agreement before the season starts.")


def _signing(nlp: Any) -> Event:
    found = [e for e in of_type(events_of(nlp, CLUB_SALE), "AGREE") if e.trigger == "sign"]
    assert found and found[0].recipient is not None
    return found[0]


def test_a_side_named_by_a_modifier_is_the_group_not_the_state(nlp: Any) -> None:
    side = _signing(nlp).recipient
    assert side is not None and side.name == "US investment group"
    assert side.sector != "GOV"


def test_pair_modifier_of_nonparty_is_what_changes_it(nlp: Any, ablated: Any) -> None:
    ablated("pair_modifier_of_nonparty")
    side = _signing(nlp).recipient
    assert side is not None and (side.name, side.sector) == ("United States", "GOV")


def test_a_title_before_a_name_is_no_side_of_its_own(nlp: Any) -> None:
    # 'Westfield striker' is the player's title: the side is still the club (found by the
    # lead on a judged sample in session 28: the rule had made the title the side)
    text = ("A move for Westfield striker Sam Bello to a club in Portugal collapsed after the two "
            "sides failed to agree a fee, both clubs said on Tuesday.")
    found = [e for e in of_type(events_of(nlp, text), "REJECT") if e.trigger == "fail"]
    assert found and found[0].actor is not None
    assert found[0].actor.name == "Westfield"
    assert "pair_modifier_of_nonparty" not in found[0].actor.rules


def test_officials_named_by_their_states_stay_the_two_sides(nlp: Any) -> None:
    text = ("US and Chinese officials met in Geneva on Monday. The two sides agreed to resume "
            "talks next month.")
    found = [e for e in of_type(events_of(nlp, text), "AGREE") if e.trigger == "agree"]
    assert found and found[0].actor is not None and found[0].recipient is not None
    assert {found[0].actor.country, found[0].recipient.country} == {"USA", "CHN"}
