"""The second hard-negative sentence file (tests/data/event_hardneg2.jsonl, session 11): made-up
wire sentences whose event word names no event (figurative, sport and business senses, hopes,
the terms of proposals, conditionals, questions, opinion headlines, history, negations, ...)
and near-miss positives that tell a real event with the same words. Checked here: its shape,
its spread over kinds, its distance from the other suites (no near copy), and, slow, its
precision and clean negatives staying above the floors measured after the session-11 rules
(event_hardneg2.md)."""

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
HARDNEG2 = DATA / "event_hardneg2.jsonl"
OTHER_SUITES = EARLIER_SUITES
TYPES = PLOVER_TYPES
KINDS = {"figurative", "sport", "business", "hope", "proposal-content", "conditional",
         "question", "opinion", "history", "negated", "quote-content", "reported-speech",
         "fiction", "declined-comment", "look-alike", "habitual", "preference",
         "promised-policy", "accident"}
# measured on branch evprecision4 after its rules (event_hardneg2.md): precision 0.730
# (54/74), negatives clean 0.897 (113/126); on main before them 0.634 (52/82), 0.825; after
# merging the session's other branches (more actors resolved, so more false senses reach an
# event) 0.684 (54/79), 0.857 (108/126)
PRECISION_FLOOR = 0.66
CLEAN_FLOOR = 0.84


def test_the_file_is_well_formed_and_spread_over_kinds() -> None:
    rows = load_sentences(HARDNEG2)
    assert len(rows) >= 150
    check_suite_rows(rows)
    negatives = [r for r in rows if r["type"] is None]
    positives = [r for r in rows if r["type"] is not None]
    assert len(negatives) >= 100 and len(positives) >= 50
    kinds = Counter(r["kind"] for r in negatives)
    assert set(kinds) == KINDS, set(kinds) ^ KINDS
    assert {r["type"] for r in positives} <= TYPES
    assert len({r["type"] for r in positives}) >= 14
    assert {"asserted", "planned"} <= {r["modality"] for r in positives}
    assert all(r.get("trap") for r in positives)


def test_no_sentence_is_a_near_copy_of_another_suite() -> None:
    """Made up apart from every other suite (the untouched one included: only ids are
    printed), so no happening is told twice in near the same words (word overlap < 0.5)."""
    assert not near_copies(HARDNEG2, OTHER_SUITES), near_copies(HARDNEG2, OTHER_SUITES)


@pytest.mark.slow
def test_the_hard_negatives_stay_above_their_floors() -> None:
    metrics = check_suite_floors(HARDNEG2, precision=PRECISION_FLOOR, clean=CLEAN_FLOOR)
    assert metrics[3].denominator > 0 and metrics[5].denominator >= 100
