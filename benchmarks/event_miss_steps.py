"""Every miss of the article sets, counted by the step that failed (run by hand, on the stores
an event_sets.py run left in its --workdir; helper evreal14, session 18):

    python benchmarks/event_miss_steps.py WORKDIR SET [SET ...] [--rows FILE]

A gold event no emitted event matches by type and actor is put under one coarse step, from
the events of its article: `A` an event of its type exists but with no actor, an actor no gold
group names, or another gold party; `T` its actor has events of other types only; `N` no event
of its type at all (no trigger, or one a rule dropped). A gold event matched by actor but not
by recipient is put under `R`: no recipient, a recipient no gold group names, or another gold
party. --rows writes one line per miss with its note (never for untouched sets).
benchmarks/event_drop_audit.py says, for the misses under N and T, which step and rule dropped
a trigger that had the gold type (evtypes27).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

import event_sets as es


def step_of(gold_ev: dict[str, Any], events: list[Any], groups: list[Any]) -> str | None:
    """The coarse step at which one gold event failed (None: matched)."""
    from newsweave.evaluation.events import _matches, _matches_actor, groups_of

    if any(_matches(e, gold_ev, groups) for e in events):
        return None
    by_actor = [e for e in events if _matches_actor(e, gold_ev, groups)]
    if by_actor:
        if gold_ev.get("target") is None:
            return None
        rec = by_actor[0].recipient
        if rec is None:
            return "R: recipient absent"
        return "R: recipient another gold party" if groups_of(rec, groups) else \
            "R: recipient unmatched"
    same_type = [e for e in events if e.type == gold_ev["type"]]
    if any(e.actor is None for e in same_type):
        return "A: actor unresolved"
    if any(not groups_of(e.actor, groups) for e in same_type):
        return "A: actor unmatched name"
    if same_type:
        return "A: another gold party"
    if any(gold_ev["source"] in groups_of(e.actor, groups) for e in events):
        return "T: actor's events of other types"
    return "N: no event of the type"


def main() -> int:
    from newsweave.evaluation.events import actor_groups, doc_article_ids
    from newsweave.store import Store

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("workdir", type=Path)
    parser.add_argument("sets", nargs="+", choices=sorted(es.ARTICLE_SETS))
    parser.add_argument("--rows", type=Path)
    args = parser.parse_args()
    total: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {}
    rows: list[str] = []
    for name in args.sets:
        gold = json.loads(es.ARTICLE_SETS[name][1].read_text("utf-8"))
        store = Store(args.workdir / f"{name}.duckdb", read_only=True)
        try:
            ids = doc_article_ids(gold, store)
            groups = actor_groups(gold.get("actors", {}))
            counts: Counter[str] = Counter()
            for gold_ev in gold["events"]:
                art = ids.get(gold_ev["doc"])
                step = step_of(gold_ev, store.events(art) if art else [], groups)
                if step is None:
                    continue
                counts[step] += 1
                if name not in es.UNTOUCHED:
                    rows.append(f"{step} | {name} {gold_ev['doc']} {gold_ev['source']} "
                                f"{gold_ev['type']} {gold_ev.get('target')} "
                                f"({gold_ev.get('note', '')})")
        finally:
            store.close()
        per[name] = counts
        total.update(counts)
    steps = sorted(total)
    print("set".ljust(12), *(s.split(":")[0] + str(i) for i, s in enumerate(steps)))
    for name in args.sets:
        print(name.ljust(12), *(str(per[name][s]).rjust(2) for s in steps))
    print("TOTAL".ljust(12), *(str(total[s]).rjust(2) for s in steps))
    for i, s in enumerate(steps):
        print(f"{s.split(':')[0]}{i} = {s}: {total[s]}")
    if args.rows:
        args.rows.write_text("\n".join(rows) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
