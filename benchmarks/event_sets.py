"""Event scores on our annotated article sets (run by hand; prints numbers of this run).

    python benchmarks/event_sets.py --out /tmp/events/after [heldout fresh fresh2]

For each set (tests/data/<set>_events with <set>_events_gold.json) it runs `newsweave run`
into <out>/<set>.duckdb and reports:
- recall (actor): gold events matched by type and source group (the actor by name/country),
- recall (actor+recipient): matched by type, source and target group, as the tests score it,
- precision: emitted events of the gold articles whose type and actor group match a gold
  event of the same article (an optimistic figure: gold lists are not exhaustive),
- modality accuracy on the actor+recipient matches.
fresh2 is a measure-only set: never tune rules on its misses.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SETS = ("heldout", "fresh", "fresh2")


def measure(name: str, out: Path) -> dict[str, Any]:
    from newsweave import api
    from newsweave.evaluation import doc_article_ids
    from newsweave.evaluation.events import RECIPROCAL, actor_groups, groups_of, score
    from newsweave.store import Store

    gold = json.loads((DATA / f"{name}_events_gold.json").read_text("utf-8"))
    db = out / f"{name}.duckdb"
    if not db.exists():
        api.run([str(DATA / f"{name}_events")], db=db)
    with Store(db, read_only=True) as store:
        recall, modality, _attr = score(gold, store)
        groups = actor_groups(gold.get("actors", {}))
        doc_ids = doc_article_ids(gold, store)
        by_doc: dict[str, list[dict[str, Any]]] = {}
        for ev in gold["events"]:
            by_doc.setdefault(ev["doc"], []).append(ev)
        actor_hits, emitted, correct = 0, 0, 0
        for doc, gold_events in by_doc.items():
            art = doc_ids.get(doc)
            ours = store.events(art) if art else []
            sides = [(e.type, groups_of(e.actor, groups), groups_of(e.recipient, groups))
                     for e in ours]
            for g in gold_events:
                if any(t == g["type"] and (g["source"] in a or (
                        t in RECIPROCAL and g["source"] in r)) for t, a, r in sides):
                    actor_hits += 1
            for t, a, r in sides:
                emitted += 1
                if any(g["type"] == t and (g["source"] in a or (
                        t in RECIPROCAL and g["source"] in r)) for g in gold_events):
                    correct += 1
    n = len(gold["events"])
    return {"set": name, "gold": n, "recall_actor": round(actor_hits / n, 3),
            "recall_actor_recipient": round(recall.value or 0.0, 3),
            "matched": f"{recall.numerator}/{n}", "emitted": emitted,
            "precision": round(correct / emitted, 3) if emitted else None,
            "modality": round(modality.value or 0.0, 3) if modality.value is not None else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("sets", nargs="*", default=list(SETS))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in args.sets:
        print(json.dumps(measure(name, args.out)))


if __name__ == "__main__":
    main()
