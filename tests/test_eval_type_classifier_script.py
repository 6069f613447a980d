"""The typer comparison script's "classifier_only" mode must retype the triggers the extractor
really looks up (event_triggers.sense_of), and put the lexicon back afterwards."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from newsweave.extract import event_triggers

SCRIPT = Path(__file__).resolve().parents[1] / "scripts/eval_type_classifier.py"


def _script():
    spec = importlib.util.spec_from_file_location("eval_type_classifier", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_type_classifier", module)
    spec.loader.exec_module(module)
    return module


def test_classifier_only_replaces_the_sense_lookup_the_extractor_calls_and_restores_it():
    script = _script()
    lexicon_lookup = event_triggers.sense_of
    with script.mode("classifier_only"):
        assert event_triggers.sense_of is not lexicon_lookup
    assert event_triggers.sense_of is lexicon_lookup


def test_the_other_modes_keep_the_lexicon_lookup():
    script = _script()
    lexicon_lookup = event_triggers.sense_of
    for name in ("lexicon", "prototypes", "classifier"):
        with script.mode(name):
            assert event_triggers.sense_of is lexicon_lookup
