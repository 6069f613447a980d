"""What a rule adds and what it costs: the gold scored with and without it (`newsweave eval
--ablate RULE`).

Both sides are fresh analyses of the same stored articles with the current code, in two
copies of the store (the store given is never written): one with every rule, one with the
named rules switched off through NEWSWEAVE_ABLATE (newsweave.extract.ablation). Only the
parts that analysis alone decides are scored (quotes and events; claims need a relink).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsweave.evaluation import Metric, evaluate
from newsweave.extract.ablation import ABLATE_ENV, known_rules

logger = logging.getLogger(__name__)

ABLATION_PARTS = ("quotes", "events")


class UnknownRule(ValueError):
    """A rule name that no resolver or argument rule carries."""


def unknown_rules(rules: list[str]) -> str | None:
    """A one-line complaint naming the rules that do not exist, or None."""
    unknown = sorted(set(rules) - known_rules())
    if not unknown:
        return None
    return (f"unknown rule {', '.join(unknown)} (known: "
            f"{', '.join(sorted(known_rules()))})")


@contextmanager
def _rules_off(rules: list[str]) -> Iterator[None]:
    old = os.environ.get(ABLATE_ENV)
    os.environ[ABLATE_ENV] = ",".join(rules)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(ABLATE_ENV, None)
        else:
            os.environ[ABLATE_ENV] = old


def _reanalyzed(db: Path, folder: Path, name: str, gold: dict[str, Any]) -> list[Metric]:
    from newsweave import api
    from newsweave.store import Store

    copy = folder / f"{name}.duckdb"
    shutil.copyfile(db, copy)
    with Store(copy) as store:
        api.analyze(store, force=True, workers=1)
    store = Store(copy, read_only=True)
    try:
        return evaluate(gold, store, parts=ABLATION_PARTS)
    finally:
        store.close()


def ablate(gold: dict[str, Any], db: Path, rules: list[str]
           ) -> list[tuple[Metric, Metric]]:
    """(with every rule, without `rules`) for each metric of the quotes and events parts."""
    complaint = unknown_rules(rules)
    if complaint:
        raise UnknownRule(complaint)
    with tempfile.TemporaryDirectory(prefix="newsweave_ablate_") as tmp:
        with _rules_off([]):
            full = _reanalyzed(db, Path(tmp), "full", gold)
        with _rules_off(rules):
            without = _reanalyzed(db, Path(tmp), "ablated", gold)
    return list(zip(full, without, strict=True))
