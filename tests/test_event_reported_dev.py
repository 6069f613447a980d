"""The made-up sentences of events told in someone's words (tests/data/event_reported_dev.jsonl,
session 11): quotes, reported clauses, speech acts, nominal events and the negatives beside
them (hopes, conditionals, descriptions, denials, questions). Checked here: its shape, its
spread over constructions and kinds, its distance from the other suites (no near copy), and,
slow, its scores staying above the floors measured after the session-11 rules
(event_reported_dev.md)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from event_helpers import (
    EARLIER_SUITES,
    PLOVER_TYPES,
    check_suite_floors,
    check_suite_rows,
    near_copies,
)
from newsweave.evaluation.events import load_sentences

DATA = Path(__file__).parent / "data"
REPORTED = DATA / "event_reported_dev.jsonl"
OTHER_SUITES = EARLIER_SUITES
TYPES = PLOVER_TYPES
CONSTRUCTIONS = {"reported", "quote", "speech-accuse", "speech-request", "speech-threaten",
                 "speech-reject", "nominal", "alleged"}
# measured on branch evquoted5 after its rules (event_reported_dev.md): type 0.701 (82/117),
# precision 0.796 (86/108), negatives clean 0.917 (33/36); before them 0.684, 0.757, 0.833
# After all session-11 branches were merged (main, evactors5's unnamed actors included): type
# 0.786 (92/117), precision 0.768 (96/125), negatives clean 0.806 (29/36). The four more
# negatives with an event are conditionals and questions whose actor is now an unnamed group
# ("the army could launch an offensive if ..."), emitted as hypothetical by design, which this
# scorer counts as false events.
TYPE_FLOOR = 0.76
PRECISION_FLOOR = 0.75
CLEAN_FLOOR = 0.78


def test_the_file_is_well_formed_and_spread_over_constructions() -> None:
    rows = load_sentences(REPORTED)
    assert len(rows) >= 120
    check_suite_rows(rows)
    positives = [r for r in rows if r["type"] is not None]
    negatives = [r for r in rows if r["type"] is None]
    assert len(positives) >= 100 and len(negatives) >= 30
    assert {r["construction"] for r in positives} == CONSTRUCTIONS
    assert min(Counter(r["construction"] for r in positives).values()) >= 4
    assert {"hope", "conditional", "describes", "negated"} <= {r["kind"] for r in negatives}
    assert {r["type"] for r in positives} <= TYPES
    assert {"asserted", "planned", "alleged", "denied"} <= {r["modality"] for r in positives}
    assert all(set(r.get("also", [])) <= TYPES for r in rows)


def test_no_sentence_is_a_near_copy_of_another_suite() -> None:
    """Made up apart from every other suite (the untouched one included: only ids are
    printed), so no happening is told twice in near the same words (word overlap < 0.5)."""
    assert not near_copies(REPORTED, OTHER_SUITES), near_copies(REPORTED, OTHER_SUITES)


@pytest.mark.slow
def test_the_reported_events_stay_above_their_floors() -> None:
    metrics = check_suite_floors(REPORTED, type=TYPE_FLOOR, precision=PRECISION_FLOOR,
                                 clean=CLEAN_FLOOR)
    assert metrics[5].denominator >= 30
