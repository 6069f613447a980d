"""Scoring event details against hand-written gold sentences (tests/data/detail_sentences.jsonl).

A gold detail is *found* when the sentence yields a detail of the same kind with a quantity
whose theme contains the gold theme word (money: the same currency); its *number is right*
when the stated value (or range, or vague order of magnitude) equals the gold one.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsweave.model import Detail

log = logging.getLogger(__name__)


@dataclass
class DetailScore:
    split: str
    gold: int = 0
    found: int = 0
    number_right: int = 0
    misses: list[str] = field(default_factory=list)
    wrong_numbers: list[str] = field(default_factory=list)

    @property
    def found_rate(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def number_rate(self) -> float:
        return self.number_right / self.found if self.found else 0.0

    def line(self) -> str:
        return (f"{self.split}: theme+quantity found {self.found}/{self.gold} "
                f"({self.found_rate:.3f}); number right {self.number_right}/{self.found} "
                f"({self.number_rate:.3f})")


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def matches(gold: dict[str, Any], d: Detail) -> bool:
    """Same kind, a quantity, and the theme (or currency) the gold names."""
    if d.kind != gold["kind"] or (d.value is None and not d.vague):
        return False
    if gold["kind"] == "money":
        return d.currency == gold.get("currency")
    theme = (d.theme or "").lower()
    return gold["theme"].lower() in theme


def number_right(gold: dict[str, Any], d: Detail) -> bool:
    if gold.get("vague"):
        return d.vague and d.magnitude == gold.get("magnitude")
    if "low" in gold:
        return _close(d.low, gold["low"]) and _close(d.high, gold["high"])
    if "unit" in gold and (d.unit or "").lower() != gold["unit"].lower():
        return False
    return not d.vague and _close(d.value, gold.get("value"))


def score(rows: list[dict[str, Any]], details_of: Any) -> dict[str, DetailScore]:
    """Score each split; `details_of(text)` returns the details found in one sentence."""
    out: dict[str, DetailScore] = {}
    for row in rows:
        s = out.setdefault(row["split"], DetailScore(row["split"]))
        found = details_of(row["text"])
        for g in row["gold"]:
            s.gold += 1
            cands = [d for d in found if matches(g, d)]
            if not cands:
                s.misses.append(f"{row['id']} {g['kind']} {g.get('theme') or g.get('currency')}: "
                                f"got {[(d.kind, d.theme, d.value) for d in found]}")
                continue
            s.found += 1
            if any(number_right(g, d) for d in cands):
                s.number_right += 1
            else:
                got = [(d.value, d.low, d.high, d.magnitude, d.unit) for d in cands]
                s.wrong_numbers.append(f"{row['id']} {g}: got {got}")
    return out
