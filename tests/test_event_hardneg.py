"""The hard-negative sentence file (tests/data/event_hardneg.jsonl, session 10): made-up wire
sentences that name no event (negated, asked, conditional, figurative, sport and business
senses, plans that came to nothing, names and titles, quotations, no comment, habits,
history, preferences, promised policies, verbal clashes, forecasts, fiction, accidents) and
near-miss positives whose real event must survive the rules that drop the negatives. Checked
here: its shape, its spread over kinds, its distance from the other suites (no near copy),
and, slow, its precision and clean negatives staying above the floors measured after the
session-10 rules (event_hardneg.md)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from event_helpers import PLOVER_TYPES, check_suite_floors, check_suite_rows, near_copies
from newsweave.evaluation.events import load_sentences

DATA = Path(__file__).parent / "data"
HARDNEG = DATA / "event_hardneg.jsonl"
OTHER_SUITES = [DATA / "event_sentences.jsonl", DATA / "event_sentences2.jsonl",
                DATA / "event_sentences3.jsonl"]
TYPES = PLOVER_TYPES
KINDS = {"negated", "question", "conditional", "figurative", "sport", "business",
         "unrealized", "look-alike", "quote-content", "declined-comment", "habitual", "history",
         "preference", "promised-policy", "verbal-clash", "reported-speech", "fiction",
         "accident"}
# measured on branch evprecision3 after its rules (event_hardneg.md): precision 0.786
# (66/84), negatives clean 0.894 (101/113); before them 0.637 (65/102) and 0.814 (92/113)
PRECISION_FLOOR = 0.75
CLEAN_FLOOR = 0.86


def test_the_file_is_well_formed_and_spread_over_kinds() -> None:
    rows = load_sentences(HARDNEG)
    assert len(rows) >= 150
    check_suite_rows(rows)
    negatives = [r for r in rows if r["type"] is None]
    positives = [r for r in rows if r["type"] is not None]
    assert len(negatives) >= 100 and len(positives) >= 60
    kinds = Counter(r["kind"] for r in negatives)
    assert set(kinds) == KINDS, set(kinds) ^ KINDS
    assert {r["type"] for r in positives} <= TYPES
    assert len({r["type"] for r in positives}) >= 14
    assert {"asserted", "planned", "alleged"} <= {r["modality"] for r in positives}


def test_no_sentence_is_a_near_copy_of_another_suite() -> None:
    """Made up apart from every other suite (the untouched one included: only ids are
    printed), so no happening is told twice in near the same words (word overlap < 0.5)."""
    assert not near_copies(HARDNEG, OTHER_SUITES), near_copies(HARDNEG, OTHER_SUITES)


@pytest.mark.slow
def test_the_hard_negatives_stay_above_their_floors() -> None:
    metrics = check_suite_floors(HARDNEG, precision=PRECISION_FLOOR, clean=CLEAN_FLOOR)
    assert metrics[3].denominator > 0 and metrics[5].denominator >= 100
