"""A seeded sample of events on real text no event set uses, to judge by hand (run by hand):

    python benchmarks/event_judged_sample.py --seed 1616 --out sample.jsonl [--db DIR/s.duckdb]

The texts are the real articles of the quote sets (tests/data: heldout, fresh, fresh3-9, the
ECB+ and political real quote sets) whose text no event set, judged set or seed holds; the
untouched quote set fresh10 is never read. Events whose sentence an earlier judged sample
(benchmarks/event_judged_seed*.jsonl) already holds are left out, so each sample judges new
events. Each line has a null `judgment` to fill in: type_ok, actor_ok, recipient_ok,
real_event, cause, note. benchmarks/event_judged_seed1616_session16.jsonl is such a sample,
drawn and judged on main at 7f41b63: type + actor right 29 of 40, + recipient 16; on the
session's final main (event_judged_seed1616_session16_after.jsonl) 29 of 39 and 16 of 39: one
wrong event (a demand coded to a people the tagger named as a person) is no longer emitted, two
recipients gained their country.

    python benchmarks/event_judged_sample.py --again JUDGED.jsonl --out AFTER.jsonl --db NEW.duckdb

writes, for a judged sample, the events the current code emits on each judged sentence (the
sentence's events now, judged again by hand: what a change of code did to them).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data"
REAL_QUOTE_SETS = ("heldout_articles", "fresh_articles", "fresh3_quotes", "fresh4_quotes",
                   "fresh5_quotes", "fresh6_quotes", "fresh7_quotes", "fresh8_quotes",
                   "fresh9_quotes", "quotes_ecb_dev", "quotes_ecb_dev2", "quotes_ecb_dev3",
                   "quotes_ecb_dev4", "quotes_politics_real_dev", "quotes_politics_real_dev2")


def _key(path: Path) -> str:
    return " ".join(path.read_text("utf-8", errors="ignore").split())[:300]


def unused_texts() -> list[Path]:
    """Real quote-set texts that no event set (nor a judged set or seed) holds."""
    event_folders = [p for p in DATA.iterdir() if p.is_dir() and (
        "events" in p.name or "ecb_accuse" in p.name or "precision" in p.name)]
    event_folders.append(ROOT.parent / "shared/corpus/seeds")
    used = {_key(p) for folder in event_folders for p in folder.glob("*.txt")}
    return sorted(p for name in REAL_QUOTE_SETS for p in (DATA / name).glob("*.txt")
                  if _key(p) not in used)


def _judged_sentences() -> set[str]:
    seen = set()
    for old in (ROOT / "benchmarks").glob("event_judged_seed*.jsonl"):
        for line in old.read_text("utf-8").splitlines():
            if line.strip():
                seen.add(json.loads(line).get("sentence"))
    return seen


def draw(db: Path, seed: int, n: int) -> list[dict[str, Any]]:
    from newsweave import api
    from newsweave.store import Store

    files = unused_texts()
    print(f"{len(files)} real texts no event set uses")
    if not db.exists():
        print(api.run([str(f) for f in files], db=db))
    seen = _judged_sentences()

    def ref(r: Any) -> list[str | None] | None:
        return None if r is None else [r.name, r.country, r.sector]

    rows = []
    with Store(db, read_only=True) as store:
        sources = {a.article_id: a.source for a in store.articles()}
        for e in store.events():
            sentence = " ".join((e.sentence or "").split())
            if sentence in seen:
                continue
            source = sources.get(e.article_id) or ""
            rows.append({"file": source.replace(f"{ROOT}/", ""), "type": e.type, "mode": e.mode,
                         "actor": ref(e.actor), "recipient": ref(e.recipient),
                         "modality": e.modality, "trigger": e.trigger,
                         "rules": list(e.rules or []), "sentence": sentence})
    rows.sort(key=lambda r: (r["file"], r["sentence"], r["type"]))
    print(f"{len(rows)} events not judged before")
    chosen = random.Random(seed).sample(rows, min(n, len(rows)))
    return [{"i": i, **r, "judgment": None} for i, r in enumerate(chosen)]


def again(db: Path, judged: Path) -> list[dict[str, Any]]:
    """The current events on each sentence of a judged sample, one line per event now."""
    from newsweave import api
    from newsweave.store import Store

    before = [json.loads(line) for line in judged.read_text("utf-8").splitlines() if line.strip()]
    if not db.exists():
        print(api.run(sorted({str(ROOT / r["file"]) for r in before}), db=db))
    now: dict[str, list[Any]] = {}
    with Store(db, read_only=True) as store:
        for e in store.events():
            now.setdefault(" ".join((e.sentence or "").split()), []).append(e)
    out = []
    for r in before:
        for e in now.get(r["sentence"], []):
            out.append({"i": r["i"], "type": e.type, "mode": e.mode,
                        "actor": None if e.actor is None else [e.actor.name, e.actor.country,
                                                               e.actor.sector],
                        "recipient": None if e.recipient is None else [
                            e.recipient.name, e.recipient.country, e.recipient.sector],
                        "modality": e.modality, "trigger": e.trigger,
                        "rules": list(e.rules or []), "sentence": r["sentence"],
                        "judgment": None})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int)
    parser.add_argument("--again", type=Path, help="a judged sample: its sentences' events now")
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--db", type=Path, help="the analysed texts (made when missing)")
    args = parser.parse_args()
    db = args.db or args.out.with_suffix(".duckdb")
    if args.again is not None:
        rows = again(db, args.again)
    elif args.seed is not None:
        rows = draw(db, args.seed, args.n)
    else:
        parser.error("give --seed (a new sample) or --again (a judged one)")
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


if __name__ == "__main__":
    main()
