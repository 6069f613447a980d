"""Accusations, demands, threats and their speakers in whole articles (issue #11, low recall
of ACCUSE, REQUEST, THREATEN, CONSULT), on sentences we wrote: a statement's issuer, a party
judged by a copula, a suit filed against a party, a demand made with 'needs to', a warning
from a party, calls by a party, liaising; and the near misses that must stay silent."""

from __future__ import annotations

from typing import Any

from event_helpers import events_of
from newsweave.model import Event


def typed(events: list[Event], etype: str) -> list[Event]:
    return [e for e in events if e.type == etype]


# ---------------------------------------------------------------- who issued a statement


def test_a_statement_condemning_is_its_issuers_accusation(nlp: Any) -> None:
    events = events_of(nlp, "The Greek foreign ministry issued a statement condemning the "
                            "Turkish incursion.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.country == "GRC"
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_a_participle_of_a_thing_that_is_no_statement_has_no_issuer(nlp: Any) -> None:
    events = events_of(nlp, "The Greek foreign ministry published a map condemning the "
                            "Turkish incursion.")
    assert not typed(events, "ACCUSE")


# ---------------------------------------------------------------- a party judged wrong


def test_a_party_said_to_remain_repressive_is_accused(nlp: Any) -> None:
    events = events_of(nlp, "Amnesty International said Ruritania remains one of the most "
                            "repressive states in the region.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.name == "Amnesty International"
    assert ev.recipient is not None and ev.recipient.name == "Ruritania"
    assert "reported_wrongdoing" in ev.rules


def test_a_party_said_to_have_become_authoritarian_is_accused(nlp: Any) -> None:
    events = events_of(nlp, "Amnesty International said Turkey has become an authoritarian "
                            "state.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_a_party_praised_by_a_copula_is_not_accused(nlp: Any) -> None:
    events = events_of(nlp, "The Greek minister said Turkey remains a reliable partner.")
    assert not typed(events, "ACCUSE")


# ---------------------------------------------------------------- suits


def test_a_suit_filed_against_a_government_targets_it(nlp: Any) -> None:
    events = events_of(nlp, "Greenpeace has filed suit against the Greek government over "
                            "the rule.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.name == "Greenpeace"
    assert ev.recipient is not None and ev.recipient.country == "GRC"


# ---------------------------------------------------------------- demands said with 'need to'


def test_a_party_that_needs_to_act_is_asked_by_the_speaker(nlp: Any) -> None:
    events = events_of(nlp, '"The Greek Interior Ministry needs to start giving the public '
                            'answers," said Senator Ana Ruiz of Chile.')
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and ev.actor.country == "CHL"
    assert ev.recipient is not None and ev.recipient.country == "GRC"
    assert ev.trigger == "needs to" and "necessity_obligation" in ev.rules


def test_has_to_is_a_demand_too(nlp: Any) -> None:
    events = events_of(nlp, '"Turkey has to withdraw its ships," the Greek foreign minister '
                            'said.')
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and ev.actor.country == "GRC"
    assert ev.recipient is not None and ev.recipient.country == "TUR"


def test_a_future_need_or_a_need_of_things_is_no_demand(nlp: Any) -> None:
    for text in ('"Greece will need to import more gas next year," the Turkish minister '
                 'said.',
                 '"Greek farmers need more water," the Turkish minister said.',
                 '"We need to talk to Turkey," the Greek foreign minister said.',
                 'The Turkish minister said they need to undertake an assessment first.'):
        assert not typed(events_of(nlp, text), "REQUEST"), text


# ---------------------------------------------------------------- warnings and calls


def test_a_warning_from_a_party_of_an_act_to_come_is_its_threat(nlp: Any) -> None:
    events = events_of(nlp, "The family left the farm after a phone warning from the Turkish "
                            "army that the barn would be struck.")
    (ev,) = typed(events, "THREATEN")
    assert ev.actor is not None and ev.actor.country == "TUR"
    assert not typed(events, "ASSAULT")  # the strike is only threatened


def test_a_warning_about_the_present_is_no_threat(nlp: Any) -> None:
    events = events_of(nlp, "She came to the school after a warning from the Turkish army "
                            "that the road was flooded.")
    assert not typed(events, "THREATEN")


def test_calls_by_a_party_are_its_demand(nlp: Any) -> None:
    events = events_of(nlp, "Prime Minister Eleni Daskalou has rejected calls by "
                            "opposition leaders to dissolve parliament.")
    (ev,) = typed(events, "REQUEST")
    # (an unnamed opposition is named as such: bare_opposition, session 10)
    assert ev.actor is not None and ev.actor.name == "opposition leaders"
    assert ev.actor.sector == "OPP"
    assert typed(events, "REJECT")


def test_a_phone_call_by_a_leader_is_no_demand(nlp: Any) -> None:
    events = events_of(nlp, "The phone calls by the Greek prime minister lasted an hour.")
    assert not typed(events, "REQUEST")


# ---------------------------------------------------------------- consultation


def test_liaising_with_authorities_is_consulting_them(nlp: Any) -> None:
    events = events_of(nlp, "The UN said it was liaising with the Greek authorities.")
    (ev,) = typed(events, "CONSULT")
    assert ev.recipient is not None and ev.recipient.country == "GRC"


def test_a_resolution_vetoed_is_not_the_vetoers_act(nlp: Any) -> None:
    events = events_of(nlp, "Russia vetoed a Security Council resolution condemning the "
                            "Turkish incursion.")
    assert not [e for e in typed(events, "ACCUSE")
                if e.actor is not None and e.actor.country == "RUS"]


# ---------------------------------------------------------------- first person in a quote


def analyzed(text: str) -> list[Event]:
    """The events of the whole per-article analysis (quotes included, so a quote's 'I' and
    'we' know their speaker)."""
    from newsweave.engine.local import analyze_batch
    from newsweave.model import Article

    art = Article(article_id="art_quote", source="quote.txt", text=text,
                  published="2012-04-20", language="en", format="text")
    ((_, analysis, error),) = list(analyze_batch([art]))
    assert error is None and analysis is not None
    return list(analysis.events)


def test_i_in_a_quote_is_its_speaker() -> None:
    events = analyzed('"I urge Chad to open its border to the refugees," said Martin '
                      'Okafor of Hope Relief.')
    (ev,) = typed(events, "REQUEST")
    assert ev.actor is not None and ev.actor.name == "Martin Okafor"
    assert "speaker_pronoun" in ev.actor.rules
    assert ev.recipient is not None and ev.recipient.country == "TCD"


def test_we_of_a_named_speaker_is_the_speaker() -> None:
    events = analyzed('"We are liaising with the Chadian authorities," Ali Hassan, a U.N. '
                      'spokesman, said.')
    (ev,) = typed(events, "CONSULT")
    assert ev.actor is not None and ev.actor.name == "Ali Hassan"


def test_we_of_an_unnamed_document_is_nobody() -> None:
    events = analyzed('"We urge the Government of Chad to exercise restraint," read the '
                      'press release.')
    assert not [e for e in typed(events, "REQUEST") if e.actor is not None]


def test_i_outside_any_quote_is_nobody(nlp: Any) -> None:
    events = events_of(nlp, "I urge Chad to open its border to the refugees.")
    assert not [e for e in typed(events, "REQUEST") if e.actor is not None]


# ---------------------------------------------------------------- attempted wrongdoing


def test_a_party_said_to_attempt_a_provocation_is_accused(nlp: Any) -> None:
    events = events_of(nlp, "Lena Moss of the Border Watch Group said the Sudanese government "
                            "is attempting to provoke Chad into a new conflict.")
    (ev,) = [e for e in typed(events, "ACCUSE") if e.rules[0] == "reported_wrongdoing"]
    assert ev.recipient is not None and ev.recipient.country == "SDN"


def test_a_party_said_to_attempt_a_harmless_act_is_not_accused(nlp: Any) -> None:
    events = events_of(nlp, "Lena Moss of the Border Watch Group said the Sudanese government "
                            "is attempting to rebuild the road.")
    assert not typed(events, "ACCUSE")


# ---------------------------------------------------------------- hyphenated event nouns


def test_a_hyphenated_build_up_of_troops_is_a_mobilization(nlp: Any) -> None:
    events = events_of(nlp, "Drone footage shows a build-up of Sudanese troops along the "
                            "Chadian frontier.")
    (ev,) = typed(events, "MOBILIZE")
    assert ev.actor is not None and ev.actor.country == "SDN"
    assert ev.rules[0] == "nouns:buildup#0" and ev.trigger == "build-up"


def test_a_word_spaced_around_a_dash_is_not_joined(nlp: Any) -> None:
    from newsweave.extract.event_triggers import hyphenated_noun

    doc = nlp("They wanted to build - up there - a wall.")
    assert all(hyphenated_noun(t) is None for t in doc)


def test_backtracking_on_a_law_is_a_concession(nlp: Any) -> None:
    events = events_of(nlp, "The Chinese government backtracked on the extradition law.")
    assert typed(events, "CONCEDE")


# ---------------------------------------------------------------- a demand in the passive


def test_who_must_act_in_a_passive_demand_is_its_agent() -> None:
    events = analyzed('"The blockade must be lifted by the Chadian government," said Lena '
                      'Moss of the Border Watch Group.')
    (ev,) = typed(events, "REQUEST")
    assert ev.recipient is not None and ev.recipient.country == "TCD"
    assert "passive_obligation" in ev.rules


def test_a_passive_demand_with_no_agent_asks_nobody() -> None:
    events = analyzed('"The blockade must be lifted," said Lena Moss of the Border Watch '
                      'Group.')
    assert not typed(events, "REQUEST")


# ---------------------------------------------------------------- blame as 'responsible for'


def test_a_party_said_to_be_responsible_for_harm_is_blamed(nlp: Any) -> None:
    events = events_of(nlp, "The Kenyan police commander said Ugandan militias were "
                            "responsible for the looting.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.recipient is not None and ev.recipient.country == "UGA"


def test_a_party_responsible_for_a_duty_is_not_blamed(nlp: Any) -> None:
    events = events_of(nlp, "The Kenyan police commander said Ugandan forces were "
                            "responsible for security at the border.")
    assert not typed(events, "ACCUSE")


# ---------------------------------------------------------------- charges faced in a state


def test_charges_faced_in_a_country_are_its_accusation(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean senator faces corruption charges in Peru.")
    (ev,) = typed(events, "ACCUSE")
    assert ev.actor is not None and ev.actor.country == "PER"
    assert "charged_in_state" in ev.actor.rules
    assert ev.recipient is not None and ev.recipient.country == "CHL"


def test_criticism_faced_in_a_city_names_no_accuser(nlp: Any) -> None:
    events = events_of(nlp, "The Chilean senator faced criticism in Lima over the plan.")
    assert not [e for e in typed(events, "ACCUSE") if e.actor is not None]


# ---------------------------------------------------------------- conditional warnings


def test_a_warning_of_what_a_party_will_do_if_is_a_threat(nlp: Any) -> None:
    events = events_of(nlp, "The Chinese envoy warned that the Chinese government "
                            "will not stand idle if the dispute spirals out of "
                            "control.")
    (ev,) = typed(events, "THREATEN")
    assert ev.actor is not None and ev.actor.country == "CHN"
    assert ev.rules[0] == "verbs:warn#6"  # (an ultimatum sense came before it, session 11)


def test_a_warning_of_a_response_is_a_threat(nlp: Any) -> None:
    events = events_of(nlp, "Chinese warships will respond firmly to any provocation, the "
                            "defence ministry in Beijing warned Manila.")
    (ev,) = typed(events, "THREATEN")
    assert ev.recipient is not None and ev.recipient.country == "PHL"


def test_a_warning_of_what_things_will_do_is_no_threat(nlp: Any) -> None:
    for text in ("The Chinese ambassador warned that prices will rise if the drought "
                 "continues.",
                 "The Chinese ambassador warned that the talks will fail."):
        assert not typed(events_of(nlp, text), "THREATEN"), text


# ---------------------------------------------------------------- truces not extended


def test_a_truce_extended_is_an_agreement(nlp: Any) -> None:
    events = events_of(nlp, "Hamas and Israel extended the ceasefire by a week.")
    assert typed(events, "AGREE")


def test_a_cease_fire_not_to_be_extended_is_a_rejection(nlp: Any) -> None:
    events = events_of(nlp, "Hamas officially announced that it would not be extending the "
                            "cease-fire with Israel.")
    (ev,) = typed(events, "REJECT")
    assert ev.actor is not None and ev.actor.name == "Hamas"
    assert "reject_when_negated" in ev.rules
    assert not typed(events, "RETREAT")  # the truce is what is refused, not made


def test_a_deadline_extended_is_no_agreement(nlp: Any) -> None:
    assert not typed(events_of(nlp, "Israel extended the deadline for the talks."), "AGREE")


# ---------------------------------------------------------------- looking to a party


def test_looking_to_a_party_to_act_asks_it(nlp: Any) -> None:
    for text in ("Kenya is looking to Uganda to help with the refugees.",
                 "Kenya looked to Uganda for help."):
        (ev,) = typed(events_of(nlp, text), "REQUEST")
        assert ev.recipient is not None and ev.recipient.country == "UGA", text


def test_looking_ahead_or_forward_asks_nobody(nlp: Any) -> None:
    for text in ("Kenyan officials look to the future with hope.",
                 "Kenyan investors are looking to expand in Uganda.",
                 "Kenya looks forward to working with Uganda."):
        assert not typed(events_of(nlp, text), "REQUEST"), text
