"""A new process's first link against the same Linker's next one (issue 14): where the CPU of
the first +1% link after taking up a kept link state goes, beyond reading the state.

    python benchmarks/first_link.py --build DIR --articles 40000   # store, full link, state kept
    python benchmarks/first_link.py --run DIR [--profile cprofile|none] [--same-code]

`--build` makes DIR/base.duckdb: the synthetic corpus of benchmarks/scale.py, linked in full by
one Linker whose state is kept in the store (as `newsweave run` does). `--run` copies it, adds
1% more articles, links them by a new Linker (it takes up the kept state: the first link of a
new process, as `newsweave watch --once` or the next `run`), then adds 1% more and links them
by the same Linker (its second link), printing the CPU seconds of each and of taking up the
state alone, and with `--profile cprofile` writing DIR/first.prof and DIR/second.prof (read
with `python -m pstats`). `--same-code`: take up a state kept by other code (the kept state's
code print is not compared; only to profile a change that leaves the state's layout alone).

Measured at 40,000 articles (session 18, loaded 2-core machine, CPU s; full link 172.1):
main took the state up in 37.2, linked +1% in a new process in 57.5 (33.4%) and the next +1%
in 14.5 (8.4%). cProfile of that first link: reading the snapshot's 45 parts by a point query
each (DuckDB read every part's BLOB for each: O(parts^2), 15.4 s real), unpickling, then in
the link itself variants._respoken (an earlier quote's speaker read otherwise: every quote's
nodes made anew; only in the first link, not in the same Linker's), the syndication bands
sorted again (1.6 s) and per-process caches (_firsts_compatible, lexicons, imports). With the
parts read in one query and the bands sorted unstably (--same-code on the same store): take-up
20.2, first +1% 36.4 (21.1%), next +1% 12.7 (7.4%).

Session 19: the regrouping of every quote in the first link was no new process's doing: the
first +1% batch (articles 40,000-40,399, seed 7) gives 6 of 120,000 earlier quotes another
speaker (new names join two people's surname blocks), the second batch none; the same Linker
would meet the same change. variants._respeak now takes such changes in place (remaking only the
statements a changed node is in): group_quote_variants in that first link 1.6-1.9 -> 0.4 s of
CPU (probe wrapping it, one sitting, same store: main f27ebbb against inc15 with
--same-code). Whole runs, full link 162.4 s, CPU s, 3 runs each alternated: main take-up
20.6/21.8/17.6, first +1% 32.5/32.0/34.2 (mean 32.9, 20.3%), next +1% 11.2/11.1/14.2; inc15
take-up 19.8/21.1/20.8, first +1% 34.2/31.4/28.9 (mean 31.5, 19.4%), next +1% 11.8/12.0/11.0:
the first link is now the take-up plus what the same Linker's next link costs. What taking
the state up costs, by part of the 40,000-article state (each part pickled and unpickled
alone, so a part counts the objects it shares; whole state 19.8 s):
entity grouping 7.0 s (173 MB), finish_of 2.9, entity clusters 2.7, analyses 2.1, result
2.1, report_reads 1.8, ordered claims 1.6, finished 1.6, variant LSH 1.3, claims as built
1.3, event_claims 1.2, claim members 1.0, variant statements 1.0, mentions 0.9.

How the new-process figure is measured (issue 14; session 23), so it can be rerun: CPU
seconds (time.process_time: user + system of this process), never wall time (the machine is
shared). `--build DIR --articles N` stores N synthetic articles (engine.synthetic, seed 7, as
benchmarks/scale.py), links them in full by one Linker (full_cpu: Linker.link alone, reading,
linking, writing the links) and keeps its state in the store (save_state(force=True), as
`newsweave run` does). `--run DIR` (a new process) copies the store, times take_up_snapshot
alone in a throwaway Linker (take_up_cpu), stores 1% more articles (articles N..N+N/100 of
the same seeded sequence), links by a new Linker (first_cpu: the take-up, reading the new
articles, linking, writing; the new-process figure is first_cpu / full_cpu), then stores 1%
more and links by that same Linker (second_cpu: what `watch` pays). Each run prints one line:
articles= full_cpu= take_up_cpu= first_cpu= (share) second_cpu= (share). The full link is
measured once per --build, the rest once per --run: run --run three times or more (on the
loaded machine one figure varies by 15%). To compare two versions of the code, build with
each (a state kept by other link code is not taken up: its code print differs).

Session 23 (main 38892a4 against inc23; CPU s, loaded 2-core machine; `git archive` of each
commit's src and benchmarks, run with PYTHONPATH=src). 10,000 articles: main full 45.76,
take-up 4.70/5.87/5.85/5.42, first +1% 8.90/10.30/10.54/9.63 (19.5/22.5/23.0/21.0%), next
+1% 3.39/3.75/3.01/3.05; inc23 full 48.60, take-up 5.59/5.44/4.77, first 8.70/10.74/8.90
(17.9/22.1/18.3%), next 3.72/3.83/3.60: mean first 9.84 -> 9.45 s, mostly inside the noise.
The state alone (benchmarks/link_state_census.py on a body re-pickled from each
store, unpickled 3 times, best): 187 MB, 4.48 s -> 172 MB, 3.63 s, 9.33 M -> 8.24 M objects
(the entity groups' tallies, the clusters' cached properties and the variant index's
one-key lists left out: link.persist LEFT_OUT, CACHES_REMADE, minhash.BandIndex). 20,000:
main full 88.95, take-up 9.86, first 19.45 (21.9%), next 7.71 (8.7%); inc23 full 101.84
(a busier machine), take-up 11.61, first 16.73 (16.4%), next 8.33 (8.2%): one run each.
Still, the new
process pays about the same Linker's +1% link plus the take-up, and the take-up is linear in
every object of the corpus: the link reads every event, quote and claim on every link
(cluster_events, the matchers, the finishing loop of build_claims), so no part of the state
can be read lazily until those passes work from dirty keys alone.

Session 24 (inc24): where the first +1% link of a new process goes, pass by pass (CPU s,
10,000 articles, main df299f3, process_time around each pass, two runs on the loaded 2-core
machine; a probe script, not kept): taking the state up 3.0-3.5 (50-54%: reading and
unpickling ~8.2 M objects), build_claims 1.56-1.76 (26%, as much as in the same Linker's
next link: cluster_events 0.41, the three matchers 0.48, _claim_index 0.10,
_in_claim_order 0.11, its loops over every claim ~0.4), resolve_entities 0.6 (10%; 0.25-0.39
in the next link: the clusters' cached properties remade, persist.CACHES_REMADE),
detect_syndication 0.34 (5%; 0.08-0.15 in the next link: every article's band keys sorted
again), write_link_changes 0.2, group_quote_variants 0.08, the rest ~0.2. The sorted band
keys are now kept with the state (SNAPSHOT_FORMAT 3, 22 MB more packed at 10,000):
detect_syndication in the first link 0.34 -> 0.11 in both runs, the take-up ~0.05 dearer.
Whole runs, main against inc24 alternated, CPU s: 10,000 first +1% 5.76/5.98 -> 5.72/6.29
(inside the noise; full 28.2 and 25.9), 20,000 first +1% 12.98/12.59 -> 12.49/11.89 (mean
12.79 -> 12.19; 21.2% -> 20.2% of the two builds' mean full link, 60.3), take-up 6.3-6.8
both. Tried and not kept: leaving the report scans' anchor index out of the state
(ClaimMemo.report_index; remade from report_claims in 0.105 s, more than its unpickling).
What stays is the take-up (half of the first link) plus the same Linker's link: +1% <= 10%
in a new process needs the state read by part, as the dirty keys ask (see above).

Session 28 (scale28: the quote variants' MinHash band tables kept in chunks read on first
use, SNAPSHOT_FORMAT 6; main a42587f against it, CPU s, a 2-core machine at load 4-5.5, runs
alternated). 10,000 articles: main full 23.96, take-up 3.57/3.18, first +1% 5.73/5.30, next
+1% 2.29/2.06, peak RSS of the --run process 1.58/1.57 GB; scale28 full 31.23 (a busier
build), take-up 3.29/2.60, first 5.60/5.29, next 2.37/2.34, peak 1.53/1.55 GB. As shares of
the two builds' mean full link (27.6): first 20.8/19.2% -> 20.3/19.2%, next 8.3/7.5% ->
8.6/8.5%. 20,000: main full 57.21, take-up 5.73/5.91, first 10.74/11.50 (18.8/20.1%), next
4.75/5.01, peak 2.78/2.78 GB; scale28 full 58.24, take-up 5.74/6.05, first 11.29/10.87
(19.4/18.7%), next 4.55/5.18, peak 2.69/2.69 GB. Unpickling the state alone
(link_state_census-style, 4 loads each): 10k 1.84-1.93 -> 1.75-1.83 s, 20k 4.57-5.07 ->
4.33-5.10 s (inside this machine's noise). The +1% link at 10k reads 3,512 of the index's
23,888 chunks (15%). The gain is small because the band tables were ~6% of the state's
objects; benchmarks/link_state_reads.py says which parts a +1% link reads by key (the
entity grouping, the local clusters, the vectors, the mention -> entity map) and which
every entry of (the claims memo, once per event claim; the analyses): the next lazy part is
the entity grouping (~0.66 s of the 10k state's unpickling, read a few hundred keys a link),
and the claims memo can only be left unread once build_claims works from dirty keys.

Session 28b (main 8a0f91f, `--run DIR --claims`: build_claims' CPU per link, the claim rows
the first link rewrote, the peak RSS; CPU s, loaded 2-core machine). 10,000 articles (39,684
claims, 40,000 events, 30,000 quotes), full 29.75: take-up 2.56/3.88/2.93, first +1%
4.78/6.77/5.56 (16.1/22.7/18.7%), next +1% 2.02/2.65/2.36 (6.8/8.9/7.9%); build_claims
1.88/1.48 in the first link and 1.68/1.53 in the next; 422 claim rows rewritten; peak 1.45-1.50
GB. 20,000 (79,088 claims), full 60.28: take-up 7.16/7.00, first 16.14/13.93 (26.8/23.1%),
next 5.12/6.20 (8.5/10.3%); build_claims 4.77/4.50 first, 3.55/4.22 next; 831 claim rows
rewritten; peak 2.63 GB. So claim building costs a new process about what it costs the same
Linker: the new process pays the take-up on top (first - take-up ~= next). cProfile of the
10k first link: 418 claims built and finished anew (1%), 420 event rows read again, 264 event
keys split again, yet every loop walks every claim or quote with a memo look-up each:
cluster_events' event loop (40,000 events) and key loop (every key sorted, its split print
made), the built and sides loops, _claim_index (0.6 s profiled), _of_quote (38,020 calls for
the deny, question and statement matchers, 1.0 s profiled), _report_read (one per claim),
the finish loop (8,358 finished prints made again: the claims with a quote or report, which
finish_of does not keep) and _in_claim_order. Each link also builds the memo's dicts anew
from this link's keys (so they do not grow), which is a walk of its own. What ties claims
together, and so what a dirty-key build must follow: an event without a recipient joins the
one keyed claim with one (a new key can make it two, moving untouched events); each quote
goes to its closest claim among its participants' (a new claim can take an old claim's
quote); each report sentence goes to its closest claim; and claims are named by list index
in the matchers (by_participant, carriers, _by_claim), which a stable id must replace.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import random
import resource
import shutil
import time
from pathlib import Path
from typing import Any

import newsweave.link as link_stage
from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import persist
from newsweave.link.incremental import Linker
from newsweave.store import Store

BATCH = 1000
CLAIMS_CPU: list[float] = []  # build_claims' CPU seconds per link (--claims)


def _time_claims() -> None:
    """Time build_claims alone in each link (--claims): how much of a +1% link is claim
    building, which walks every claim whichever process links."""
    build = link_stage.build_claims

    def timed(*args: Any, **kwargs: Any) -> Any:
        cpu = time.process_time()
        try:
            return build(*args, **kwargs)
        finally:
            CLAIMS_CPU.append(time.process_time() - cpu)

    link_stage.build_claims = timed  # type: ignore[assignment]


def build(work: Path, n: int, seed: int) -> None:
    db = work / "base.duckdb"
    db.unlink(missing_ok=True)
    articles, analyses = synthetic_analyses(n, random.Random(seed))
    with Store(db) as store:
        for i in range(0, n, BATCH):
            store.write_batch(articles[i:i + BATCH], analyses[i:i + BATCH])
    del articles, analyses
    linker = Linker(embed=hashed_embed)
    with Store(db) as store:
        cpu = time.process_time()
        linker.link(store)
        full = time.process_time() - cpu
        cpu = time.process_time()
        linker.save_state(store, force=True)
        print(f"full link cpu {full:.2f}s; state kept cpu {time.process_time() - cpu:.2f}s",
              flush=True)
    (work / "articles").write_text(str(n))
    (work / "full_cpu").write_text(f"{full:.2f}")


def add_more(db: Path, n: int, extra: int, seed: int) -> None:
    articles, analyses = synthetic_analyses(n + extra, random.Random(seed))
    with Store(db) as store:
        store.write_batch(articles[n:], analyses[n:])


def timed(db: Path, linker: Linker, profile: Path | None) -> float:
    with Store(db) as store:
        profiler = cProfile.Profile(time.process_time) if profile else None
        cpu = time.process_time()
        if profiler:
            profiler.enable()
        linker.link(store)
        if profiler:
            profiler.disable()
            profiler.dump_stats(str(profile))
        return time.process_time() - cpu


def run(work: Path, seed: int, profile: str, same_code: bool, claims: bool = False) -> None:
    n = int((work / "articles").read_text())
    full = float((work / "full_cpu").read_text())
    db = work / f"run-{os.getpid()}.duckdb"
    shutil.copyfile(work / "base.duckdb", db)
    extra = max(1, n // 100)
    if same_code:
        from newsweave.store.duckdb_store import read_link_snapshot_header

        with Store(db) as store:
            code = (read_link_snapshot_header(store) or {}).get("code")
        persist.code_print.cache_clear()
        persist.code_print = lambda: code  # type: ignore[assignment]
    # taking up the state alone (a throwaway Linker, in this process: the link below reads
    # it again, so the two are timed the same)
    with Store(db) as store:
        cpu = time.process_time()
        taker = Linker(embed=hashed_embed)
        taker._reset()
        persist.take_up_snapshot(taker, store)
        took = time.process_time() - cpu
    del taker
    import gc
    gc.unfreeze()
    gc.collect()
    add_more(db, n, extra, seed)
    linker = Linker(embed=hashed_embed)
    if claims:
        _time_claims()
    first = timed(db, linker, work / f"first-{os.getpid()}.prof" if profile == "cprofile" else None)
    assert linker.stats.snapshot, "the kept state was not taken up"
    rewritten = linker.stats.rewritten.get("claims", 0)
    add_more(db, n + extra, extra, seed)
    second = timed(db, linker, work / f"second-{os.getpid()}.prof" if profile == "cprofile"
                   else None)
    print(f"articles={n} full_cpu={full:.2f} take_up_cpu={took:.2f} "
          f"first_cpu={first:.2f} ({first / full:.1%}) second_cpu={second:.2f} "
          f"({second / full:.1%})", flush=True)
    if claims:
        print(f"claims_cpu={'/'.join(f'{c:.2f}' for c in CLAIMS_CPU)} "
              f"claims_rewritten_first={rewritten} "
              f"peak_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}",
              flush=True)
    db.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path)
    parser.add_argument("--run", type=Path)
    parser.add_argument("--articles", type=int, default=40_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", choices=("cprofile", "none"), default="none")
    parser.add_argument("--same-code", action="store_true")
    parser.add_argument("--claims", action="store_true",
                        help="also print build_claims' CPU per link and the peak RSS")
    args = parser.parse_args()
    if args.build:
        args.build.mkdir(parents=True, exist_ok=True)
        build(args.build, args.articles, args.seed)
    if args.run:
        run(args.run, args.seed, args.profile, args.same_code, args.claims)


if __name__ == "__main__":
    main()
