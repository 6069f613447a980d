"""The single-sentence event suite (tests/data/event_sentences.jsonl): 366 wire-style
sentences we wrote, about 20 for each PLOVER type plus negatives, annotated before newsweave
ran on them and never used to tune rules. The scorer is checked here on made-up events; the
slow test runs the suite and keeps each number from sliding under today's floor."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsweave.evaluation.events import load_sentences, score_sentences
from newsweave.model import ActorRef, Event

SUITE = Path(__file__).parent / "data" / "event_sentences.jsonl"
TRAINING = Path(__file__).parent / "data" / "event_type_sentences.tsv"  # the type classifier's
TYPES = set(json.loads((Path(__file__).parents[1] / "src/newsweave/data/lexicons/"
                        "plover_types.json").read_text("utf-8"))["types"])
# measured on main 042fe83 before any rule was written for this suite (see event_sentences.md)
TYPE_FLOOR = 0.45  # measured 0.466 (151/324)
SOURCE_FLOOR = 0.40  # measured 0.417 (135/324)
TARGET_FLOOR = 0.25  # measured 0.275 (89/324)
PRECISION_FLOOR = 0.75  # measured 0.784 (156/199)
SILENT_CEILING = 0.50  # measured 0.475 (154/324 event sentences with no event)
CLEAN_FLOOR = 0.80  # measured 0.857 (36/42 negatives with no event)


def _event(row_id: str, typ: str, actor: ActorRef | None,
           recipient: ActorRef | None = None) -> Event:
    return Event(event_id=f"ev_{row_id}_{typ}", article_id=f"sent_{row_id}", span=(0, 1),
                 sentence="", type=typ, trigger="x", actor=actor, recipient=recipient)


ROWS = [
    {"id": "a", "text": "Kyiv asked Berlin for missiles.", "date": "2023-05-27",
     "type": "REQUEST", "source": {"name": "Kyiv", "country": "UKR"},
     "target": {"name": "Berlin", "country": "DEU"}},
    {"id": "b", "text": "Three soldiers were killed by a roadside bomb.", "date": "2009-07-10",
     "type": "ASSAULT", "source": {"name": None, "country": None},
     "target": {"name": "soldiers", "country": "GBR"}},
    {"id": "c", "text": "NATO ministers met in Brussels.", "date": "2023-02-14",
     "type": "CONSULT", "source": {"name": "NATO", "country": None}, "target": None},
    {"id": "n", "text": "The ministry declined to comment.", "date": "2023-05-02",
     "type": None, "source": None, "target": None, "kind": "declined-comment"},
]


def test_the_suite_is_balanced_and_well_formed() -> None:
    rows = load_sentences(SUITE)
    assert len(rows) >= 320
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    per_type = Counter(r["type"] for r in rows)
    assert set(per_type) - {None} == TYPES, set(per_type) ^ TYPES
    assert all(per_type[t] >= 18 for t in TYPES), per_type
    assert per_type[None] >= 35
    for r in rows:
        assert r["date"] and len(r["date"]) == 10, r["id"]
        for side in ("source", "target"):
            country = (r[side] or {}).get("country")
            assert country is None or (len(country) == 3 and country.isupper()), r["id"]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def test_no_suite_sentence_is_close_to_a_training_sentence() -> None:
    """The suite measures what the type classifier learned, so none of its sentences may be
    a near copy of one the classifier was trained on (word overlap under 0.5)."""
    training = [_words(line.split("\t", 1)[1].replace("[", "").replace("]", ""))
                for line in TRAINING.read_text("utf-8").splitlines()
                if "\t" in line and not line.startswith("#")]
    assert len(training) >= 100
    for row in load_sentences(SUITE):
        mine = _words(row["text"])
        closest = max(len(mine & t) / len(mine | t) for t in training)
        assert closest < 0.5, (row["id"], closest)


def test_a_malformed_line_is_an_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "t", "date": "2020-01-01", "type": "AID"}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:1: missing source, target"):
        load_sentences(bad)


def test_each_sentence_metric_asks_for_one_more_thing() -> None:
    ukr = ActorRef(name="Kyiv", country="UKR")
    events = {
        "a": [_event("a", "REQUEST", ukr, ActorRef(name="Paris", country="FRA"))],
        "b": [_event("b", "ASSAULT", None, ActorRef(name="soldiers", country="GBR"))],
        "c": [_event("c", "CONSULT", ActorRef(name="the Pentagon", country="USA"))],
        "n": [_event("n", "REJECT", ActorRef(name="ministry"))],
    }
    typ, src, both, precision, silent, clean = score_sentences(ROWS, events)
    assert (typ.numerator, typ.denominator) == (3, 3)
    assert (src.numerator, src.denominator) == (2, 3)  # NATO is not the Pentagon
    assert (both.numerator, both.denominator) == (1, 3)  # Paris is not Berlin
    assert (precision.numerator, precision.denominator) == (3, 4)  # the REJECT on a negative
    assert (silent.numerator, clean.numerator, clean.denominator) == (0, 0, 1)


def test_a_party_without_a_country_matches_by_name() -> None:
    nato = ActorRef(name="NATO defence ministers", type="ORG")
    typ, src, both, _precision, silent, _clean = score_sentences(
        ROWS[2:3], {"c": [_event("c", "CONSULT", nato)]})
    assert src.value == 1.0 and both.value == 1.0
    typ, src, _both, _precision, silent, _clean = score_sentences(ROWS[2:3], {})
    assert typ.value == 0.0 and silent.value == 1.0


@pytest.mark.slow
def test_the_sentence_suite_stays_above_its_floors() -> None:
    from newsweave.evaluation.events import run_sentences

    rows = load_sentences(SUITE)
    typ, src, both, precision, silent, clean = score_sentences(rows, run_sentences(rows))
    assert typ.denominator == sum(r["type"] is not None for r in rows) >= 320
    assert clean.denominator == sum(r["type"] is None for r in rows) >= 35
    assert precision.denominator > 0
    assert typ.value is not None and typ.value >= TYPE_FLOOR, typ.misses
    assert src.value is not None and src.value >= SOURCE_FLOOR, src.misses
    assert both.value is not None and both.value >= TARGET_FLOOR, both.misses
    assert precision.value is not None and precision.value >= PRECISION_FLOOR, \
        precision.misses
    assert silent.value is not None and silent.value <= SILENT_CEILING, silent.misses
    assert clean.value is not None and clean.value >= CLEAN_FLOOR, clean.misses
