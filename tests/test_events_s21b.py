"""Recipients and possible acts of session 21b (evmix18, issue 11); the sentences are made up.
A recipient whose nationality modifier is coordinated ('his Ugandan and Tanzanian
counterparts') or whose preposition is repeated ('with Argentina and with Chile') is one
recipient per conjunct, as coordinated actors are one actor each; an act
under 'could', 'would', 'might' or 'may' with an if/unless clause on it is only the outcome of a
condition and no event; an act offered as one of the options or possibilities is hypothetical.
Each switchable rule is switched off once to show the test depends on it, and each has a true
reading next to it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.extract.modality import modality_of
from newsweave.model import Event

RULES = ("coordinated_modifier_recipient", "coordinated_prep_recipient", "conditional_only")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def _recipients(events: list[Event], etype: str) -> set[str | None]:
    return {e.recipient.country if e.recipient else None for e in events if e.type == etype}


# ------------------------------------------------------------------ coordinated recipients

COORDINATED = [
    ("The Ghanaian president hosted his Malian and Nigerien counterparts in Accra on Friday.",
     "CONSULT", {"MLI", "NER"}),
    ("Border guards detained Eritrean and Sudanese herders near the crossing.",
     "COERCE", {"ERI", "SDN"}),
]


@pytest.mark.parametrize(("text", "etype", "countries"), COORDINATED)
def test_every_conjunct_of_a_modifier_is_a_recipient(nlp: Any, ablated: Any, text: str,
                                                     etype: str, countries: set[str]) -> None:
    events = events_of(nlp, text)
    assert countries <= _recipients(events, etype), text
    made = [e for e in events if e.recipient is not None and
            "coordinated_modifier_recipient" in e.recipient.rules]
    assert made, "the rule is recorded on the recipient it made"
    ablated("coordinated_modifier_recipient")
    assert not countries <= _recipients(events_of(nlp, text), etype)


def test_one_nationality_stays_one_recipient(nlp: Any) -> None:
    events = events_of(nlp, "The Ghanaian president hosted his Malian counterpart in Accra.")
    assert _recipients(events, "CONSULT") == {"MLI"}


def test_coordinated_names_stay_one_recipient_each(nlp: Any) -> None:
    events = events_of(nlp, "Benin held talks with Togo and Niger on the border dispute.")
    assert {"TGO", "NER"} <= _recipients(events, "CONSULT")


def test_a_repeated_preposition_gives_a_recipient_each(nlp: Any, ablated: Any) -> None:
    """'with Argentina and with Chile': the second 'with' hangs on the first."""
    text = "Uruguay signed accords with Paraguay and with Bolivia in Montevideo."
    assert {"PRY", "BOL"} <= _recipients(events_of(nlp, text), "AGREE")
    ablated("coordinated_prep_recipient")
    assert "BOL" not in _recipients(events_of(nlp, text), "AGREE")


# ------------------------------------------------------------------ conditional outcomes

CONDITIONAL = [
    "If the summit fails, Peru could recall its envoy from La Paz.",
    "Chile would send more soldiers to the north if the budget allowed it, an adviser said.",
    "If re-elected, the mayor would pull the city out of the transit authority.",
]


@pytest.mark.parametrize("text", CONDITIONAL)
def test_a_conditional_outcome_is_no_event(nlp: Any, ablated: Any, text: str) -> None:
    assert events_of(nlp, text) == [], text
    ablated("conditional_only")
    found = events_of(nlp, text)
    assert found and all(e.modality == "hypothetical" for e in found), text


TRUE_EVENTS = [
    # the act done, with a clause of time and not of condition
    ("Moldova expelled Russian diplomats after the ceasefire collapsed.", "SANCTION",
     "asserted"),
    # a threat made on a condition is made all the same
    ("The union threatened to block the highways if fuel prices rose.", "THREATEN",
     "asserted"),
    # a bare modal with no condition keeps its hypothetical event
    ("Ghana could send troops to Mali, officials said.", "MOBILIZE", "hypothetical"),
]


@pytest.mark.parametrize(("text", "etype", "modality"), TRUE_EVENTS)
def test_a_true_reading_next_to_the_rule_stays(nlp: Any, text: str, etype: str,
                                               modality: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert found and found[0].modality == modality, text


def test_a_prospect_on_condition_keeps_its_event(nlp: Any) -> None:
    """'faces 20 years if convicted': the sentence in prospect is coded hypothetical."""
    doc = nlp("Okafor faces up to 20 years in prison if he is convicted of bribery.")
    tok = next(t for t in doc if t.text == "faces")
    assert modality_of(tok)[0] == "hypothetical"
    from newsweave.extract.modality import conditional_only
    assert not conditional_only(tok)


# ------------------------------------------------------------------ options discussed


def test_an_option_discussed_is_hypothetical(nlp: Any) -> None:
    events = events_of(nlp, "Ministers discussed options for backing Armenia.")
    found = [e for e in events if e.type == "SUPPORT"]
    assert found and all(e.modality == "hypothetical" for e in found)


def test_an_act_done_stays_asserted(nlp: Any) -> None:
    events = events_of(nlp, "The cabinet voted to arm Armenia and sent rifles in May.")
    assert any(e.modality == "asserted" for e in events)
