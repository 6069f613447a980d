"""The event-type classifier's training set (scripts/type_training_set.py): it never reads an
untouched set, and the shipped model is what scripts/train_type_classifier.py builds from it."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_type_classifier  # noqa: E402
import type_training_set  # noqa: E402

from event_sets import ARTICLE_SETS, SENTENCE_SUITES, UNTOUCHED  # noqa: E402

# the untouched files of the sessions so far (the lead's closing numbers); a new untouched set
# must be added here and to type_training_set.UNTOUCHED_FILES
UNTOUCHED_NAMES = ("event_sentences3.jsonl", "event_sentences4.jsonl", "event_sentences5.jsonl",
                   "fresh6_events", "fresh10_quotes", "fresh11_events", "fresh11_quotes",
                   "fresh12_events", "fresh12_quotes", "fresh13_quotes", "fresh14_events")
MODEL = ROOT / "src/newsweave/data/models/event_type_classifier.json"


def test_no_untouched_suite_is_a_training_suite() -> None:
    suites = type_training_set.dev_suites()
    assert not set(suites) & UNTOUCHED
    assert set(suites) == set(SENTENCE_SUITES) - UNTOUCHED
    for path in suites.values():
        assert not any(path.name.startswith(n.split(".")[0] + ".") or path.name == n
                       for n in UNTOUCHED_NAMES), path


def test_every_untouched_name_is_refused() -> None:
    for name in UNTOUCHED_NAMES:
        assert type_training_set.UNTOUCHED_FILES.search(name), name
    for name in ("event_sentences.jsonl", "event_sentences2.jsonl", "fresh12dev_events",
                 "fresh13dev_events", "event_wire_dev5.jsonl"):
        assert not type_training_set.UNTOUCHED_FILES.search(name), name
    # every untouched set event_sets.py knows is refused by name
    for name in UNTOUCHED:
        path = SENTENCE_SUITES[name] if name in SENTENCE_SUITES else ARTICLE_SETS[name][0]
        assert type_training_set.UNTOUCHED_FILES.search(path.name), name


def test_an_untouched_suite_added_to_the_suites_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    import event_sets

    monkeypatch.setitem(event_sets.SENTENCE_SUITES, "sneaky",
                        ROOT / "tests/data/event_sentences4.jsonl")
    with pytest.raises(SystemExit, match="untouched"):
        type_training_set.dev_suites()


def test_the_training_rows_read_no_untouched_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.evaluation import events

    read: list[str] = []
    original = events.load_sentences

    def spy(path: Any) -> Any:
        read.append(Path(path).name)
        return original(path)

    monkeypatch.setattr(events, "load_sentences", spy)
    rows = type_training_set.training_rows()
    assert read and not [n for n in read if type_training_set.UNTOUCHED_FILES.search(n)]
    assert {r[4] for r in rows} <= set(type_training_set.dev_suites()) | {"own"}
    labels = {r[0] for r in rows}
    assert "NONE" in labels and len(labels) == 17
    for label, text, start, end, _origin in rows:
        assert text[start:end].strip(), (label, text)


def test_the_trigger_file_names_only_development_suites() -> None:
    suites = set(type_training_set.dev_suites())
    lines = [line.split("\t") for line in
             type_training_set.TRIGGERS.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines and {f[0] for f in lines} <= suites
    assert {f[5] for f in lines} <= {"lexicon", "main"}
    assert not re.search(r"[.!?] ", type_training_set.TRIGGERS.read_text("utf-8"))  # no text


def test_leaving_a_suite_out_drops_its_rows() -> None:
    rows = type_training_set.read_suite_rows(frozenset({"hardneg"}))
    assert rows and "hardneg" not in {r[4] for r in rows}


def test_the_shipped_model_was_built_from_the_current_training_files() -> None:
    meta = json.loads(MODEL.read_text("utf-8"))["meta"]
    assert meta["sentences_sha1"] == hashlib.sha1(
        type_training_set.OWN_SENTENCES.read_bytes()).hexdigest()
    assert meta["triggers_sha1"] == hashlib.sha1(
        type_training_set.TRIGGERS.read_bytes()).hexdigest()
    assert meta["excluded"] == []
    own = type_training_set.read_own()
    assert meta["train"] + meta["held_out"] == len(own)
    assert meta["suite_rows"] == len(type_training_set.read_suite_rows())


def _fake_pairs(rows: list[Any]) -> list[tuple[str, str]]:
    return [(r[1][r[2]:r[3]], r[1]) for r in rows]


def _fake_features(pairs: list[tuple[str, str]]) -> Any:
    """Features made up from the text, so that no model loads."""
    import numpy as np

    out = np.zeros((len(pairs), 16), dtype=np.float32)
    for i, (pred, clause) in enumerate(pairs):
        for j, ch in enumerate((pred + " " + clause).lower()):
            out[i, (ord(ch) + j % 3) % 16] += 1.0
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)


def test_building_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two builds from the same rows give the same file."""
    monkeypatch.setattr(train_type_classifier, "trigger_pairs", _fake_pairs)
    first = train_type_classifier.dumps(train_type_classifier.build(
        c=1.0, features=_fake_features)[0])
    second = train_type_classifier.dumps(train_type_classifier.build(
        c=1.0, features=_fake_features)[0])
    assert first == second


def test_float_noise_is_the_same_model_and_an_edited_row_is_not(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """model_differences forgives what another machine's floats change (features moved by
    1e-6) and catches training data edited without a rebuild (one label changed)."""
    import numpy as np

    monkeypatch.setattr(train_type_classifier, "trigger_pairs", _fake_pairs)
    table = train_type_classifier.training_table(features=_fake_features)
    shipped = json.loads(train_type_classifier.dumps(train_type_classifier.build(
        c=1.0, table=table)[0]))
    noise = np.random.default_rng(0).normal(0.0, 1e-6, table.x.shape)
    noisy = train_type_classifier.Table(**{**vars(table), "x": table.x + noise})
    rebuilt = train_type_classifier.build(c=1.0, table=noisy)[0]
    assert train_type_classifier.model_differences(shipped, rebuilt, table.x) == []

    edited = tmp_path / "sentences.tsv"
    lines = type_training_set.OWN_SENTENCES.read_text("utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("ACCUSE\t"))
    lines[first] = "AID" + lines[first][len("ACCUSE"):]
    edited.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setattr(train_type_classifier, "SENTENCES", edited)
    changed = train_type_classifier.build(c=1.0, features=_fake_features)[0]
    problems = train_type_classifier.model_differences(shipped, changed, table.x)
    assert "meta differs" in problems
    # the weights alone tell it too (a rebuilt model whose meta was copied over)
    problems = train_type_classifier.model_differences(
        shipped, {**changed, "meta": shipped["meta"]}, table.x)
    assert problems and all("weights" in p or "bias" in p or "rows" in p for p in problems)


@pytest.mark.slow
def test_the_shipped_model_is_reproduced_by_the_script() -> None:
    """scripts/train_type_classifier.py rebuilds the shipped model (minutes): the same
    training files and labels, weights within float noise, the same type for every confident
    training row (model_differences: raw bytes differ between machines)."""
    table = train_type_classifier.training_table()
    model, _report = train_type_classifier.build(table=table)
    shipped = json.loads(MODEL.read_text("utf-8"))
    assert train_type_classifier.model_differences(shipped, model, table.x) == []
