"""The made-up development sentence suites of benchmarks/event_sets.py, in one table.

Each suite was written (and annotated) before the rules made on it; its row keeps what it
covers, the session that wrote it, its floors (what it scored after those rules, less two to
four sentences; the measurements are in the suite's .md) and the checks of its shape. Every
suite here is checked the same four ways: its rows are well formed and spread as its row
says, no sentence is a near copy of the main suites or of a suite of an earlier session (a
happening told twice in near the same words; only ids are printed, the untouched suites are
among the others) nor copies eight words of a real article, and, slow, its scores stay above
its floors. A development suite registered
in event_sets.py without a row here fails `test_every_development_suite_has_a_row`.
The main suites (sentences, sentences2, and the untouched sentences3 to sentences6) are
checked in test_event_sentences.py.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from event_helpers import PLOVER_TYPES, benchmark, check_suite_floors, check_suite_rows, near_copies
from newsweave.evaluation.events import load_sentences

Rows = list[dict[str, Any]]
# the suites every development suite must stay apart from, whatever its session
MAIN_SUITES = ("sentences", "sentences2", "sentences3", "sentences4", "sentences5",
               "sentences6")


def _bench() -> ModuleType:
    """benchmarks/event_sets.py: the one registry of event sets and suites."""
    return benchmark("event_sets")


def _split(rows: Rows) -> tuple[Rows, Rows]:
    return ([r for r in rows if r["type"] is not None], [r for r in rows if r["type"] is None])


def _spread_over_types_and_kinds(kinds: set[str], per_type: int) -> Callable[[Rows], None]:
    """The wire suites' shape: every type at least `per_type` times, negatives of exactly
    these kinds, and each event with the trap it was written to set."""
    def check(rows: Rows) -> None:
        positives, negatives = _split(rows)
        counts = Counter(r["type"] for r in positives)
        assert set(counts) == PLOVER_TYPES and min(counts.values()) >= per_type, counts
        assert {r["kind"] for r in negatives} == kinds
        assert all(r.get("trap") for r in positives)
    return check


def _hard_negatives(kinds: set[str], modalities: set[str]) -> Callable[[Rows], None]:
    """The hard-negative suites' shape: 100+ negatives of exactly these kinds, near-miss
    positives of at least 14 types with these modalities among them."""
    def check(rows: Rows) -> None:
        positives, negatives = _split(rows)
        assert len(negatives) >= 100 and len(positives) >= 50
        found = {r["kind"] for r in negatives}
        assert found == kinds, found ^ kinds
        assert len({r["type"] for r in positives}) >= 14
        assert modalities <= {r["modality"] for r in positives}
    return check


def _speech_acts(rows: Rows) -> None:
    """accuse-dev: eight constructions, six or more each; negatives of praise, self-criticism,
    description and negation; only the four speech-act types."""
    positives, negatives = _split(rows)
    assert len(positives) >= 120 and len(negatives) >= 30
    constructions = Counter(r["construction"] for r in positives)
    assert set(constructions) == {"verb", "noun", "evaluative", "pronoun", "by-of", "request",
                                  "reject", "threaten"}
    assert min(constructions.values()) >= 6
    assert {"praise", "self-criticism", "describe", "negated"} <= {r["kind"] for r in negatives}
    assert {r["type"] for r in positives} == {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}


def _generic_actors(rows: Rows) -> None:
    """actors-dev: events of 14 kinds of generic actor, each with a named source; negatives
    whose subject is no actor."""
    positives, negatives = _split(rows)
    assert len(positives) >= 120 and len(negatives) >= 25
    assert {r["actor_kind"] for r in positives} == {
        "role", "police", "company", "party", "agency", "civil", "igo", "union", "troops",
        "club", "armed group", "court", "league", "fans"}
    assert Counter(r["kind"] for r in negatives)["non-actor"] >= 15
    assert all(r["source"] and r["source"]["name"] for r in positives)


def _reported(rows: Rows) -> None:
    """reported-dev: eight constructions of events in someone's words, four or more each,
    with asserted, planned, alleged and denied events, and hopes, conditionals, descriptions
    and negations as negatives."""
    positives, negatives = _split(rows)
    assert len(positives) >= 100 and len(negatives) >= 30
    constructions = Counter(r["construction"] for r in positives)
    assert set(constructions) == {"reported", "quote", "speech-accuse", "speech-request",
                                  "speech-threaten", "speech-reject", "nominal", "alleged"}
    assert min(constructions.values()) >= 4
    assert {"hope", "conditional", "describes", "negated"} <= {r["kind"] for r in negatives}
    assert {"asserted", "planned", "alleged", "denied"} <= {r["modality"] for r in positives}


def _types_and_forms(rows: Rows) -> None:
    """types-dev: 12 or more of each type, told in seven forms (light and phrasal verbs,
    nominal, passive, domestic, business, sport), and 30+ negatives each with its kind."""
    positives, negatives = _split(rows)
    per_type = Counter(r["type"] for r in positives)
    assert set(per_type) == PLOVER_TYPES and min(per_type.values()) >= 12, per_type
    assert len(negatives) >= 30 and all(r["kind"] for r in negatives)
    forms = Counter(r["form"].split("-")[0] for r in positives)
    for form in ("light", "phrasal", "nominal", "passive", "domestic", "business", "sport"):
        assert forms[form] >= 2, (form, forms)
    assert {"asserted", "planned"} <= {r["modality"] for r in positives}


def _four_of_each_type(kinds: set[str]) -> Callable[[Rows], None]:
    """wire-dev: exactly four events of each type, negatives of exactly these kinds."""
    def check(rows: Rows) -> None:
        positives, negatives = _split(rows)
        assert Counter(r["type"] for r in positives) == {t: 4 for t in PLOVER_TYPES}
        assert {r["kind"] for r in negatives} == kinds
        assert all(r.get("trap") for r in positives)
    return check


def _senses_sweep(rows: Rows) -> None:
    """senses-dev: 24 or more phrasings of each type (three batches, `batch`), told in plain,
    light-verb, phrasal, idiom and domestic forms, and eight look-alikes per type, each naming
    the type it imitates (`near`) and its kind."""
    positives, negatives = _split(rows)
    per_type = Counter(r["type"] for r in positives)
    assert set(per_type) == PLOVER_TYPES and min(per_type.values()) >= 24, per_type
    near = Counter(r["near"] for r in negatives)
    assert set(near) == PLOVER_TYPES and set(near.values()) == {8}, near
    assert {r["batch"] for r in rows} == {1, 2, 3}
    assert all(r["kind"] for r in negatives)
    forms = Counter(r["form"] for r in positives)
    for form in ("plain", "light-verb", "phrasal", "idiom", "domestic"):
        assert forms[form] >= 5, (form, forms)


def _typer_heldout(rows: Rows) -> None:
    """typer-heldout: exactly eight events of each type, in idioms, phrasal and light verbs,
    nominal and multiword predicates, and two look-alikes per type naming the type they
    imitate (`near`) and their kind."""
    positives, negatives = _split(rows)
    assert Counter(r["type"] for r in positives) == {t: 8 for t in PLOVER_TYPES}
    assert Counter(r["near"] for r in negatives) == {t: 2 for t in PLOVER_TYPES}
    assert all(r["kind"] for r in negatives)
    forms = Counter(r["form"] for r in positives)
    for form in ("plain", "idiom", "phrasal", "light-verb", "nominal", "multiword"):
        assert forms[form] >= 5, (form, forms)


@dataclass(frozen=True)
class DevSuite:
    session: int
    size: int  # at least this many sentences
    shape: Callable[[Rows], None]
    # metric name (event_helpers.SUITE_METRICS) -> floor
    floors: dict[str, float]
    # at least this many clean-negative sentences scored (the clean floor's denominator)
    negatives: int = 0


DEV_SUITES: dict[str, DevSuite] = {
    # negated, asked, conditional, figurative, sport and business senses, plans that came to
    # nothing, names, quotations, no comment, habits, history, preferences, promised policies,
    # verbal clashes, fiction, accidents; near-miss positives. evprecision3: precision 0.637
    # -> 0.786 (66/84), clean 0.814 -> 0.894 (101/113)
    "hardneg": DevSuite(10, 150, _hard_negatives(
        {"negated", "question", "conditional", "figurative", "sport", "business", "unrealized",
         "look-alike", "quote-content", "declined-comment", "habitual", "history",
         "preference", "promised-policy", "verbal-clash", "reported-speech", "fiction",
         "accident"}, {"asserted", "planned", "alleged"}),
        {"precision": 0.75, "clean": 0.86}, negatives=100),
    # figurative, sport and business senses, hopes, proposals' terms, conditionals, questions,
    # opinion headlines, history, negations. evprecision4: precision 0.634 -> 0.730, clean
    # 0.825 -> 0.897; with the session's other branches merged 0.684 (54/79), 0.857 (108/126)
    "hardneg2": DevSuite(11, 150, _hard_negatives(
        {"figurative", "sport", "business", "hope", "proposal-content", "conditional",
         "question", "opinion", "history", "negated", "quote-content", "reported-speech",
         "fiction", "declined-comment", "look-alike", "habitual", "preference",
         "promised-policy", "accident"}, {"asserted", "planned"}),
        {"precision": 0.66, "clean": 0.84}, negatives=100),
    # 12-13 events of each type in seven forms. evsenses5: type 0.668 -> 0.797 (161/202),
    # precision 0.897 -> 0.932 (165/177)
    "types-dev": DevSuite(11, 200, _types_and_forms, {"type": 0.77, "precision": 0.88}),
    # events in someone's words. evquoted5: type 0.684 -> 0.701, precision 0.757 -> 0.796,
    # clean 0.833 -> 0.917; all session-11 branches merged: 0.786 (92/117), 0.768 (96/125),
    # 0.806 (29/36: conditionals with an unnamed group actor are hypothetical events by design)
    "reported-dev": DevSuite(11, 120, _reported,
                             {"type": 0.76, "precision": 0.75, "clean": 0.78}, negatives=30),
    # generic actors (roles, bodies, groups). evactors5: type 0.371 -> 0.804 (115/143),
    # precision 0.826 -> 0.850 (119/140)
    "actors-dev": DevSuite(11, 150, _generic_actors, {"type": 0.78, "precision": 0.82}),
    # accusations and other speech acts. 03be307 -> evaccuse6 merged: type 0.614 -> 0.855
    # (124/145), target 0.462 -> 0.745, precision 0.791 -> 0.846 (126/149), clean 0.763 (29/38;
    # 6 of the 9 negatives with an event are praise, a SUPPORT by the project's convention)
    "accuse-dev": DevSuite(12, 150, _speech_acts, {"type": 0.82, "target": 0.71,
                                                   "precision": 0.82, "clean": 0.73},
                           negatives=30),
    # wire look-alikes, four events of each type. evprec7: type 0.938 -> 0.953, precision
    # 0.772 -> 0.861 (62/72), clean 0.847 -> 0.881 (52/59)
    "wire-dev": DevSuite(13, 120, _four_of_each_type(
        {"figurative", "sport", "business", "opinion", "hypothetical", "negated",
         "deliberation", "background"}),
        {"type": 0.90, "precision": 0.82, "clean": 0.85}),
    # talks nouns, background, speech only. evprec8: type 0.830 -> 0.852, precision 0.828 ->
    # 0.908 (79/87), clean 0.825 -> 0.889 (56/63)
    "wire-dev2": DevSuite(14, 150, _spread_over_types_and_kinds(
        {"idiom", "sport", "market", "deliberation", "conditional", "talks-noun", "background",
         "speech-only", "negated", "hope"}, 5),
        {"type": 0.82, "precision": 0.85, "clean": 0.85}),
    # second verbs and nouns naming no event; anniversaries, figures, forecasts, topics,
    # slogans, names, profiles. evprec9: type 0.846 -> 0.846, precision 0.844 -> 0.931 (81/87),
    # clean 0.949 -> 0.983 (58/59)
    "wire-dev3": DevSuite(15, 150, _spread_over_types_and_kinds(
        {"anniversary", "figures", "forecast", "topic", "statement-topic", "slogan", "name",
         "profile"}, 5),
        {"type": 0.83, "precision": 0.90, "clean": 0.95}),
    # background, topic and purpose traps; statements about an event type, names of laws and
    # operations, idioms, conditionals, questions. evprec12: type 0.769 -> 0.798, target
    # 0.663 -> 0.721, precision 0.802 (81/101) -> 0.857 (84/98)
    "wire-dev4": DevSuite(16, 160, _spread_over_types_and_kinds(
        {"background", "figures", "statement-topic", "name", "idiom", "conditional",
         "question", "purpose"}, 6),
        {"type": 0.78, "target": 0.70, "precision": 0.84}),
    # real agency wire's register: long sentences with attribution tails, and negatives of
    # legal procedure, schedules, economic data, disasters, sport, health, opinion quotes and
    # profiles. evprec13: type 0.750 -> 0.779, target 0.615, precision 0.756 (90/119, its
    # first run) -> 0.830 (93/112); strict (a second act in `also` is not counted). At the
    # merge, with conceded acts kept ('despite attacks by gangs'): 0.821 (92/112)
    "wire-dev5": DevSuite(17, 160, _spread_over_types_and_kinds(
        {"legal", "schedule", "economy", "disaster", "sport", "health", "opinion", "profile"},
        6),
        {"type": 0.76, "target": 0.58, "precision": 0.80}),
    # a sweep of 24-26 phrasings per type in three batches and 8 look-alikes per type.
    # evsense25, main -> after its rules: type 0.720 (285/396) -> 0.848 (336/396), precision
    # 0.894 (295/330) -> 0.923 (347/376), clean 0.930 (119/128); each batch's first run
    # scored what main scores (the earlier batches' rules carried over to none of it)
    "senses-dev": DevSuite(25, 520, _senses_sweep,
                           {"type": 0.84, "precision": 0.91, "clean": 0.91}, negatives=120),
    # held out for session 26's learned typer (evtypes26): 8 events per type in phrasings no
    # suite had, written before any run; scored before and after the typer work only: type
    # 0.523 (67/128) -> 0.547 (70/128), precision 0.800 (68/85) -> 0.807 (71/88), clean
    # 0.906 (29/32) both times
    "typer-heldout": DevSuite(26, 160, _typer_heldout,
                              {"type": 0.52, "precision": 0.78, "clean": 0.87}, negatives=32),
}


def _path(name: str) -> Path:
    path: Path = _bench().SENTENCE_SUITES[name]
    assert path.is_file(), (name, path)  # a missing suite fails, never skips
    return path


def test_every_development_suite_has_a_row() -> None:
    bench = _bench()
    development = set(bench.SENTENCE_SUITES) - bench.UNTOUCHED - set(MAIN_SUITES)
    assert set(DEV_SUITES) == development, set(DEV_SUITES) ^ development


@pytest.mark.parametrize("name", sorted(DEV_SUITES))
def test_the_suite_is_well_formed_and_spread_as_written(name: str) -> None:
    suite = DEV_SUITES[name]
    rows = load_sentences(_path(name))
    assert len(rows) >= suite.size, (name, len(rows))
    check_suite_rows(rows)
    # a second act of the sentence, of another type, where the suite notes one
    assert all(set(r.get("also", [])) <= PLOVER_TYPES - {r["type"]} for r in rows)
    suite.shape(rows)


@pytest.mark.parametrize("name", sorted(DEV_SUITES))
def test_no_sentence_is_a_near_copy_of_an_earlier_suite(name: str) -> None:
    session = DEV_SUITES[name].session
    others = [_path(other) for other in MAIN_SUITES]
    others += [_path(other) for other, suite in DEV_SUITES.items() if suite.session < session]
    assert not near_copies(_path(name), others), near_copies(_path(name), others)


def test_no_sentence_is_copied_from_a_real_article() -> None:
    """Made up: no sentence shares an eight-word run with a real article (ECB+, the seeds,
    html-benchmark, the real test sets)."""
    from test_no_copied_text import real_texts, runs

    real: set[tuple[str, ...]] = set()
    for path in real_texts():
        real |= runs(path.read_text(encoding="utf-8", errors="replace"))
    assert real
    copied = [(name, r["id"]) for name in sorted(DEV_SUITES)
              for r in load_sentences(_path(name)) if runs(r["text"]) & real]
    assert not copied, copied


def test_the_near_copy_check_catches_a_retold_happening(tmp_path: Path) -> None:
    """The check the table relies on: the same happening in near the same words is caught,
    the same type told of other parties in other words is not."""
    row = ('{{"id": "{id}", "text": "{text}", "date": "2020-01-01", "type": null, '
           '"source": null, "target": null}}\n')
    told = "Thousands of farmers blocked the main highway into the capital on Monday."
    mine, theirs = tmp_path / "mine.jsonl", tmp_path / "theirs.jsonl"
    theirs.write_text(row.format(id="t1", text=told), "utf-8")
    mine.write_text(row.format(id="m1", text=told.replace("Monday", "Tuesday"))
                    + row.format(id="m2", text="Nurses marched outside parliament over pay."),
                    "utf-8")
    assert near_copies(mine, [theirs]) == ["m1"]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(DEV_SUITES))
def test_the_suite_stays_above_its_floors(name: str) -> None:
    suite = DEV_SUITES[name]
    metrics = check_suite_floors(_path(name), **suite.floors)
    assert metrics[3].denominator > 0  # some event was emitted and scored
    assert metrics[5].denominator >= suite.negatives
