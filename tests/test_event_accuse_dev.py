"""The made-up sentences of accusations and other speech acts in political news
(tests/data/event_accuse_dev.jsonl, session 12): accusing verbs and nouns, evaluative
statements with no accusing word, pronoun speakers, the accused in a by- or of-phrase,
requests, rejections and threats, and the negatives beside them (praise, self-criticism,
descriptions, a denial, negated and hypothetical blame). Checked here: its shape, its spread
over constructions and kinds, its distance from the other suites (no near copy), and, slow,
its scores staying above the floors measured after the session-12 rules
(event_accuse_dev.md)."""

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
ACCUSE_DEV = DATA / "event_accuse_dev.jsonl"
OTHER_SUITES = [*EARLIER_SUITES, DATA / "event_reported_dev.jsonl", DATA / "event_hardneg2.jsonl"]
CONSTRUCTIONS = {"verb", "noun", "evaluative", "pronoun", "by-of", "request", "reject",
                 "threaten"}
# main at 03be307 (before the session-12 rules): type 0.614 (89/145), +source 0.607, +target
# 0.462 (67/145), precision 0.791 (91/115), negatives clean 0.763 (29/38). After evaccuse6's
# rules and lexicon additions, merged with main b0a4892 (event_accuse_dev.md): type 0.855
# (124/145), +source 0.834, +target 0.745 (108/145), precision 0.846 (126/149), negatives
# clean 0.763 (29/38; 6 of the 9 with an event are praise, a SUPPORT by the project's
# convention). Each floor is the
# measurement minus two to four sentences.
TYPE_FLOOR = 0.82
TARGET_FLOOR = 0.71
PRECISION_FLOOR = 0.82
CLEAN_FLOOR = 0.73


def test_the_file_is_well_formed_and_spread_over_constructions() -> None:
    rows = load_sentences(ACCUSE_DEV)
    assert len(rows) >= 150
    check_suite_rows(rows)
    positives = [r for r in rows if r["type"] is not None]
    negatives = [r for r in rows if r["type"] is None]
    assert len(positives) >= 120 and len(negatives) >= 30
    assert {r["construction"] for r in positives} == CONSTRUCTIONS
    assert min(Counter(r["construction"] for r in positives).values()) >= 6
    assert {"praise", "self-criticism", "describe", "negated"} <= {r["kind"] for r in negatives}
    assert {r["type"] for r in positives} == {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
    assert all(set(r.get("also", [])) <= PLOVER_TYPES for r in rows)


def test_no_sentence_is_a_near_copy_of_another_suite() -> None:
    """Made up apart from every other suite (the untouched one included: only ids are
    printed), so no happening is told twice in near the same words (word overlap < 0.5)."""
    assert not near_copies(ACCUSE_DEV, OTHER_SUITES), near_copies(ACCUSE_DEV, OTHER_SUITES)


@pytest.mark.slow
def test_the_accusations_stay_above_their_floors() -> None:
    metrics = check_suite_floors(ACCUSE_DEV, type=TYPE_FLOOR, target=TARGET_FLOOR,
                                 precision=PRECISION_FLOOR, clean=CLEAN_FLOOR)
    assert metrics[5].denominator >= 30
