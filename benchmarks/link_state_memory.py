"""Peak memory of keeping a Linker's whole state in the store and of taking it up again.

    python benchmarks/link_state_memory.py --articles 10000 [--seed 7] [--keep DIR]

Builds a store of N synthetic articles (as benchmarks/scale.py), then, each step in its own
process so each peak is its own:

1. link: a new Linker links the store in full (peak memory of the link: VmHWM);
2. keep: the same process keeps the Linker's state in the store (Linker.save_state); the peak
   is measured from the end of the link (VmHWM reset through /proc/self/clear_refs), so it is
   what keeping adds over what the linked process holds (and the state's size in the store);
3. take up: a new process's Linker takes the kept state up (link.persist.take_up_snapshot);
   its peak, and the same process's peak after it links 1% more articles.

CPU seconds of each step are printed beside it (on a shared machine they vary less than wall
time). The last line is machine-readable:
articles=N link_peak_mb=.. keep_peak_mb=.. keep_added_mb=.. state_mb=.. take_up_peak_mb=..

Measured (session 25, 2-core machine shared with other jobs; MB of VmHWM, "held" the resident
size after the step; CPU seconds):

    articles  code              link (held)   keep (+added)  state  take up (held)  take-up CPU
    20,000    main a42960e      3052 (2489)   3603 (+1114)   159    3012 (2270)     6.7
    20,000    strings shared    2911 (2364)   3473 (+1109)   151    2727 (2137)     6.2
    20,000    + quote words     2877 (2268)   3444 (+1176)   150    2676 (2093)     5.4
    50,000    main a42960e      6744 (5724)   7864 (+2139)   398    7170 (5470)     19.6

"strings shared": records read from the store share their short strings (model._shared_str);
"+ quote words": so do the quote variants' words (variants.quote_words), and the records'
strings are shared inline (model._builder). The +1% link after the take-up peaked no higher
than the take-up itself (its CPU at 20,000: 6.3 s on main, 4.9 s with both). What the held state
is made of (link_state_census.py --db, 20,000 articles, main): 16.4 million objects, 1.52 GB
by sys.getsizeof (the rest of the resident size: the records' attribute values, allocator
slack, the interpreter and DuckDB): the analyses 267 MB (118 MB of it strings repeating a
value another held: now shared), the result's claims 164 MB (1.27 M lists, half of them
empty), the quote variants' MinHash band tables 145 MB, the claims' quote reads 95 MB, the
claims as built 72 MB, the claim reports' index 58 MB, the claim rows 51 MB, the entity groups
49 MB. A step's peak grows about linearly: at 100,000 articles expect ~13-14 GB for the link,
~15-16 GB while keeping its state and ~13-14 GB for a new process taking it up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def status(key: str) -> float:
    """A VmXXX line of /proc/self/status, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> bool:
    """Make VmHWM start again from the current resident size (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child_link_and_keep(db: Path) -> dict[str, Any]:
    from newsweave.engine.synthetic import hashed_embed
    from newsweave.link.incremental import Linker
    from newsweave.store import Store
    from newsweave.store.duckdb_store import read_link_snapshot_header

    linker = Linker(embed=hashed_embed)
    with Store(db) as store:
        cpu = time.process_time()
        linker.link(store)
        link_cpu = time.process_time() - cpu
    link_peak, held = status("VmHWM"), status("VmRSS")
    reset = reset_peak()
    with Store(db) as store:
        cpu = time.process_time()
        kept = linker.save_state(store, force=True)
        keep_cpu = time.process_time() - cpu
        header = read_link_snapshot_header(store) or {}
        row = store.con.execute("SELECT coalesce(sum(octet_length(body)), 0), count(*) "
                                "FROM link_snapshot").fetchone() if kept else (0, 0)
    return {"link_cpu": link_cpu, "link_peak_mb": link_peak, "held_mb": held,
            "keep_cpu": keep_cpu, "keep_peak_mb": status("VmHWM") if reset else float("nan"),
            "kept": kept, "state_mb": int(row[0]) / 1e6 if row else 0.0,
            "parts": int(row[1]) if row else 0, "header_parts": header.get("parts")}


def child_take_up(db: Path, n: int, seed: int) -> dict[str, Any]:
    from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
    from newsweave.link.incremental import Linker
    from newsweave.link.persist import take_up_snapshot
    from newsweave.store import Store

    base = status("VmRSS")
    linker = Linker(embed=hashed_embed)
    with Store(db) as store:
        cpu = time.process_time()
        through = take_up_snapshot(linker, store)
        take_cpu = time.process_time() - cpu
    take_peak, held = status("VmHWM"), status("VmRSS")
    extra = max(1, n // 100)
    articles, analyses = synthetic_analyses(n + extra, random.Random(seed))
    with Store(db) as store:
        store.write_batch(articles[n:], analyses[n:])
    del articles, analyses
    with Store(db) as store:
        cpu = time.process_time()
        linker.link(store)
        link_cpu = time.process_time() - cpu
    return {"base_mb": base, "took_up": through is not None, "take_up_cpu": take_cpu,
            "take_up_peak_mb": take_peak, "held_mb": held, "plus1_cpu": link_cpu,
            "plus1_snapshot": linker.stats.snapshot, "plus1_peak_mb": status("VmHWM")}


def run_child(step: str, db: Path, n: int, seed: int) -> dict[str, Any]:
    env = {**os.environ, "NEWSWEAVE_LINK_STATE_MAX_ARTICLES": str(10 * n)}
    out = subprocess.run([sys.executable, __file__, "--child", step, "--db", str(db),
                          "--articles", str(n), "--seed", str(seed)],
                         check=True, capture_output=True, text=True, env=env)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument("--reuse", type=Path, help="a store this benchmark built (a copy "
                        "of it is linked; it is left as it is)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "keep":
        print(json.dumps(child_link_and_keep(args.db)))
        return
    if args.child == "take":
        print(json.dumps(child_take_up(args.db, args.articles, args.seed)))
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsweave-state-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "state.duckdb"
    db.unlink(missing_ok=True)
    n = args.articles
    if args.reuse:
        shutil.copyfile(args.reuse, db)
    else:
        sys.path.insert(0, str(Path(__file__).parent))
        from scale import build

        build(db, n, args.seed)
    kept = run_child("keep", db, n, args.seed)
    print(f"link: {kept['link_cpu']:.1f}s CPU, peak {kept['link_peak_mb']:.0f} MB "
          f"(holding {kept['held_mb']:.0f} MB after it)", flush=True)
    print(f"keep the state: {kept['keep_cpu']:.1f}s CPU, peak {kept['keep_peak_mb']:.0f} MB "
          f"(+{kept['keep_peak_mb'] - kept['held_mb']:.0f} MB over the linked process); "
          f"state {kept['state_mb']:.0f} MB in {kept['parts']} part(s)", flush=True)
    took = run_child("take", db, n, args.seed)
    print(f"take up the state in a new process: {took['take_up_cpu']:.1f}s CPU, peak "
          f"{took['take_up_peak_mb']:.0f} MB (holding {took['held_mb']:.0f} MB after it; "
          f"taken up={took['took_up']})", flush=True)
    print(f"then link +1%: {took['plus1_cpu']:.1f}s CPU, peak {took['plus1_peak_mb']:.0f} MB "
          f"(from the state={took['plus1_snapshot']})", flush=True)
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    print(f"articles={n} link_peak_mb={kept['link_peak_mb']:.0f} "
          f"keep_peak_mb={kept['keep_peak_mb']:.0f} "
          f"keep_added_mb={kept['keep_peak_mb'] - kept['held_mb']:.0f} "
          f"state_mb={kept['state_mb']:.0f} take_up_peak_mb={took['take_up_peak_mb']:.0f}")


if __name__ == "__main__":
    main()
