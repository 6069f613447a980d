"""Scoring a store against a gold file in the format of shared/eval/seeds_dev_gold.json.

Each part (quotes, events, claims) lives in its own module exposing
``score(gold: dict, store: Store) -> list[Metric]``; `evaluate` runs every part.
"""

from __future__ import annotations

import importlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsweave.store import Store

PARTS = ("quotes", "events", "claims")


@dataclass
class Metric:
    part: str  # "quotes" | "events" | "claims"
    name: str  # "direct recall", "speaker accuracy", ...
    value: float | None  # None when nothing to score
    numerator: int = 0
    denominator: int = 0
    target: float | None = None
    misses: list[str] = field(default_factory=list)  # what was not matched, for the report

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target


def load_gold(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)  # type: ignore[no-any-return]


def doc_article_ids(gold: dict[str, Any], store: Store) -> dict[str, str]:
    """Map gold doc keys ("000") to article ids, by the file name the gold gives."""
    out: dict[str, str] = {}
    articles = store.articles()
    for key, doc in gold.get("docs", {}).items():
        name = doc.get("file")
        for art in articles:
            sources = [art.source, *art.other_sources]
            if name and any(Path(s.split("#", 1)[0]).name == name for s in sources):
                out[key] = art.article_id
                break
    return out


def normalize_text(text: str) -> str:
    """Lower case, quote marks and brackets dropped, white space folded (the gold's rule)."""
    text = re.sub(r"[\"'“”‘’«»„‚\[\]]", "", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def evaluate(gold: dict[str, Any], store: Store, parts: tuple[str, ...] = PARTS
             ) -> list[Metric]:
    metrics: list[Metric] = []
    for part in parts:
        try:
            module = importlib.import_module(f"newsweave.evaluation.{part}")
        except ModuleNotFoundError:
            continue
        metrics.extend(module.score(gold, store))
    return metrics
