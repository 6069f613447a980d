"""The fifth wire development file (tests/data/event_wire_dev5.jsonl, session 17): made-up
sentences in the register of real agency wire copy (attribution tails, appositive titles,
figures, two acts in a sentence), 104 events over all 16 PLOVER types with named parties, and
56 negatives of kinds the earlier suites have few of (legal procedure, schedules, economic
data, disasters, sport, health, opinions, profiles). Checked here: its shape, its spread over
types and kinds, its distance from the other suites (no near copy), and, slow, its type recall
and precision staying above the floors measured after the session-17 rules
(event_wire_dev5.md)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from event_helpers import PLOVER_TYPES, check_suite_floors, check_suite_rows, near_copies
from newsweave.evaluation.events import load_sentences

DATA = Path(__file__).parent / "data"
WIRE5 = DATA / "event_wire_dev5.jsonl"
KINDS = {"legal", "schedule", "economy", "disaster", "sport", "health", "opinion", "profile"}
# measured on branch evprec13 (event_wire_dev5.md): before its rules (its first, honest run,
# strict precision) type 0.750, precision 0.756 (90/119); after them type 0.779, target 0.615,
# precision 0.830 (93/112)
TYPE_FLOOR = 0.77
TARGET_FLOOR = 0.60
PRECISION_FLOOR = 0.82


def test_the_file_is_well_formed_and_spread_over_types_and_kinds() -> None:
    rows = load_sentences(WIRE5)
    assert len(rows) >= 160
    check_suite_rows(rows)
    positives = [r for r in rows if r["type"] is not None]
    negatives = [r for r in rows if r["type"] is None]
    counts = Counter(r["type"] for r in positives)
    assert set(counts) == PLOVER_TYPES and min(counts.values()) >= 6
    assert {r["kind"] for r in negatives} == KINDS
    assert all(r.get("trap") for r in positives)
    assert all(set(r.get("also", [])) <= PLOVER_TYPES - {r["type"]} for r in positives)


def test_no_sentence_is_a_near_copy_of_another_suite() -> None:
    """Only ids are printed (the untouched suites are among the others)."""
    others = sorted(p for p in DATA.glob("event_*.jsonl") if p != WIRE5)
    assert len(others) >= 13
    assert not near_copies(WIRE5, others), near_copies(WIRE5, others)


@pytest.mark.slow
def test_the_wire_sentences_stay_above_their_floors() -> None:
    check_suite_floors(WIRE5, type=TYPE_FLOOR, target=TARGET_FLOOR, precision=PRECISION_FLOOR)
