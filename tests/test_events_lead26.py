"""Rule event_object_veto (lead, session 26): the learned typer does not type a verb whose
subject undergoes the act its object names (the one who 'faced charges' is the accused, not
the accuser), nor give a verb the type of an act a verb inside its object tells ('discussed
options for backing X' backs no one yet; the backing is read by its own sense, as an
option). Made-up sentences."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

FACED = "The Chilean senator faced criticism in Lima over the plan."
OPTIONS = "Ministers discussed options for backing Armenia."


def _typed_by_the_classifier(nlp: Any, text: str) -> list[str]:
    return [e.type for e in events_of(nlp, text) if e.source_method == "embedding"]


@pytest.mark.parametrize("text", [FACED, OPTIONS,
                                  "The governor faces fresh bribery charges in the capital."])
def test_a_verb_carrying_an_act_is_not_typed_by_the_classifier(nlp: Any, text: str) -> None:
    assert _typed_by_the_classifier(nlp, text) == []


def test_the_acts_themselves_keep_their_lexicon_events(nlp: Any) -> None:
    backing = [e for e in events_of(nlp, OPTIONS) if e.type == "SUPPORT"]
    assert backing and all(e.source_method == "lexicon" for e in backing)
    assert all(e.modality == "hypothetical" for e in backing)


def test_switched_off_the_classifier_types_the_carrying_verb(nlp: Any, ablated: Any) -> None:
    ablated("event_object_veto")
    assert _typed_by_the_classifier(nlp, FACED) or _typed_by_the_classifier(nlp, OPTIONS)


@pytest.mark.parametrize(("text", "etype"), [
    ("Militants pummelled a Nigerian army convoy.", "ASSAULT"),
    ("Norway ferried tents to Turkey.", "AID"),
])
def test_a_plain_object_leaves_the_verb_to_the_classifier(nlp: Any, text: str,
                                                          etype: str) -> None:
    """Look-alikes: the object names no act ('a convoy', 'tents'), so the veto does not
    apply and the classifier still types verbs the lexicon does not know."""
    assert _typed_by_the_classifier(nlp, text) == [etype]
