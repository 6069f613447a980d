"""How the store, the link and the readers scale: a store of N synthetic analysed articles
(no spaCy; made-up names, events, quotes and reposts, as in link_scaling.py), then

- full link time (and the time to keep its Linker's state, as `newsweave run` does), and the
  time to link again after adding 1% more articles: incrementally, by the Linker that made
  the full link (as `newsweave watch` does), then after another 1% by a new process's Linker
  (as the next `newsweave run` or `watch` does: it takes up the state the full link kept and
  links the 2% since), then after another 1% by a new process's Linker again, the state
  having been kept just before;
- `newsweave serve` in its own process: peak memory (VmHWM) and p50/p95 of every API endpoint
  the page calls (20 requests each, after one warm-up);
- each CLI list command (whole process, as a user runs it: the table a terminal shows, and
  every record as JSON lines, as when piped);
- export time: JSONL + Parquet in one export (one pass over the store), CSV, GEXF.

    python benchmarks/scale.py --articles 10000 [--requests 20] [--keep DIR] [--link-only]
    python benchmarks/scale.py --reuse DIR/scale.duckdb   # readers only, on a kept store

The last line is machine-readable:
articles=N full_link_s=.. incremental_link_s=.. serve_peak_mb=.. api_p95_ms=.. export_s=..
(api_p95_ms: the worst endpoint; export_s: JSONL + Parquet).

The corpus (engine.synthetic.synthetic_analyses) changed in session 12: a lone surname is
now mostly the surname of a person its article names in full (LONE_SURNAMES). Before, every
lone surname was drawn from a fixed pool of 3,000, so one surname-only person was met in
~N/1,500 articles and the story split joined a key's reports into one story as N grew (the
largest claim held 6 events at 10,000 articles, 48 at 40,000 and 2,578 at 100,000); numbers
from before are on that corpus. `--lone-surnames 1` builds that earlier corpus again (every
lone surname drawn from the pool), to compare with numbers measured on it.

Each step that links runs in a process of its own (run_step / child_step) and prints its
peak (VmHWM): before session 25 one process held the full link's Linker, then a new
process's Linker alongside the next one, and at 100,000 articles the kernel stopped it at
24 GB. Session 25, 50,000 articles, whole run (13 min 40 s of wall on a shared 2-core
machine): full link 236.9 s (177 s CPU, peak 6.4 GB), keeping its state 59 s (peak 7.6 GB),
+1% by the same Linker 18.0 s (8%), +1% by a new process (2% since the kept state) 63.4 s
(27%; peak 7.1 GB, 7.9 GB keeping its state after it), +1% by a new process with the state
kept just before 34.5 s (15%), serve peak 617 MB, worst API p95 118 ms (search), JSONL +
Parquet export 17.9 s. A step's peak grows about linearly with the articles: ~16 GB at
100,000 for the largest (keeping the state after a link).

Session 25, 100,000 articles, whole run on a quiet machine (the lead, main 71ab92e):
  articles=100000 full_link_s=320.70 incremental_link_s=30.65 serve_peak_mb=959
  api_p95_ms=152 export_s=34.62 (one line in the output)
store built 128 s (peak 3.0 GB); full link 320.7 s (peak 12.3 GB), keeping its state 86 s (peak
14.9 GB); +1% by the same Linker 30.7 s (10% of the full link); +1% by a new process, 2% since
the kept state, 142.2 s (44%; peak 13.5 GB, 15.3 GB keeping its state after it); +1% by a new
process with the state kept just before 92.3 s (29%); serve peak 959 MB; API p95 11-153 ms (the
actor panel the worst); JSONL + Parquet 34.6 s, CSV 50.4 s, GEXF 107.9 s; the CLI tables
0.7-1.5 s. The same day, `--articles 10000 --link-only`: full link 27.4 s, so link(100k) /
link(10k) = 11.7.

Session 26 (the link log, store schema 5: a new process taking up a state that later links
moved past reads only the link rows they rewrote), `--link-only`, CPU seconds (the machine was
shared): at 50,000 articles the +1% link by a new process, 2% since the kept state, 55.5 s ->
32.1 s of CPU (34% -> 22% of the full link's; peak 7.2 -> 6.7 GB); with the state kept just
before, unchanged (29.7 s, 27.3 s: 18-19%), so a new process's link is now about the same
whether its state lags or not. At 20,000: 22.0 -> 13.3 s (3 runs 13.3-13.5); at 10,000:
11.6 -> 6.3 s. What is left of a new process's link: unpickling the state (~40%), claims
(~30%) and entity grouping (~20%, most of it cluster names worked out again after take-up).
The same day, 100,000 articles, `--link-only` on a quiet machine (the lead, main 349c61d; 18 min
of wall): store built 140.5 s; full link 352.7 s (peak 12.3 GB), keeping its state 85.1 s (peak
14.9 GB); +1% by the same Linker 33.0 s (9%); +1% by a new process, 2% since the kept state,
87.5 s (25%; session 25: 142.2 s, 44%; peak 13.1 GB); +1% by a new process with the state kept
just before 99.7 s (28%; session 25: 92.3 s, 29%). Issue 14's <= 10% holds for `watch`, not yet
for the next `run`.

Session 27 (scale27: the entity grouping keeps each article's full names, _Grouping.fulls,
SNAPSHOT_FORMAT 4), `--link-only`, CPU seconds of the new process's +1% link as a share of
the full link's (before -> after; the machine was shared, about +-3 points): 10,000 articles,
2% behind the kept state 24% -> 21% and 23% -> 21% (two runs each), kept just before 20% ->
19% and 19% -> 21% (noise); 20,000: 23% -> 21%, 23% -> 20%; 50,000 (two runs each): 2%
behind 38.9 s, 35.2 s -> 29.6 s, 29.6 s (25%, 25% -> 21%, 19%), kept just before 32.5 s,
35.2 s -> 29.8 s, 27.2 s (21%, 25% -> 21%, 17%); peaks unchanged (6.7-6.8 GB at 50,000).
A profile of the new process's link (10,000, 2% behind, before): unpickling the state 39% (2.5
s of pickle's own work for ~4 million objects: 1.8 million lists, 0.8 million of them empty
record fields, 274,000 ActorRefs, 81,000 claims), claims 25%, entity grouping 18% (of which 0.9
s asking old clusters their names to place partial names again: what _Grouping.fulls removes),
writing 5%, first imports 7%.

Session 27b (scale27b: a record's trailing fields at their default are not pickled,
SNAPSHOT_FORMAT 5; ~830,000 of the state's 1.85 million lists at 10,000 articles are empty
record fields, now made by __init__ again). The kept state of 10,000 articles: 7.0 million
objects (1.85 M lists, 1.56 M tuples, 714,000 str of which 220,000 repeat another's value,
694,000 int, 390,000 bytes, 274,000 ActorRefs), 209 -> 204 MB; unpickling it 2.33, 2.35 ->
2.18, 2.11 s of CPU. `--link-only`, CPU share of the full link (machine shared, +-5 points),
2% behind / kept just before: 10,000 22.5% / 22.0% -> 20.5% / 18.9% and 22.5% / 18.5%;
20,000 (main c711e20c as before) 23.5% / 21.3% -> 21.2% / 19.7%; peaks 2,685 / 2,736 ->
2,650 / 2,682 MB at 20,000.
Within noise: the unpickling saved is ~0.2 s of a 6 s link at 10,000. Left: the repeated
strings (ids read again from the store are new objects, pickled once each), the span tuples,
and sharing the ActorRefs of the built and finished claim copies, which is not safe as is
(link._actor_entities and the renames of link.corrections change a finished claim's sides
in place, and the copy as built must stay as built for the next link).
The lead's 100,000-article `--link-only` run after scale27 (main 6b8bc88; the machine was
shared with tests and helpers, wall time 2.2x the CPU, so shares are of CPU seconds): full
link 329.4 s of CPU (peak 12.0 GB), keeping its state 82.5 s; +1% by the same Linker 30.7 s
(9.3%; session 26: 9.4%); +1% by a new process, 2% since the kept state, 73.4 s (22.3%;
session 26: 88.8 s, 24.8%); with the state kept just before 64.2 s (19.5%; session 26: 100.6
s, 28.1%); peak 15.1 GB. Still not the <= 10% issue 14 asks of the next `run`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsweave.engine import synthetic
from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link.incremental import Linker
from newsweave.store import Store

BATCH = 1000


def build(db: Path, n: int, seed: int) -> None:
    articles, analyses = synthetic_analyses(n, random.Random(seed))
    with Store(db) as store:
        for i in range(0, n, BATCH):
            store.write_batch(articles[i:i + BATCH], analyses[i:i + BATCH])


def add_more(db: Path, n: int, extra: int, seed: int) -> None:
    """`extra` further articles, after the first n of the seeded sequence."""
    articles, analyses = synthetic_analyses(n + extra, random.Random(seed))
    with Store(db) as store:
        store.write_batch(articles[n:], analyses[n:])


def run_step(step: str, db: Path, n: int, opts: list[str]) -> dict[str, Any]:
    """Run one step in a process of its own (child_step) and return what it measured: each
    Linker lives and dies with its process, as with `newsweave run`, so no step holds an
    earlier Linker's memory and each peak (VmHWM) is the step's own."""
    out = subprocess.run([sys.executable, __file__, "--child", step, "--db", str(db),
                          "--articles", str(n), *opts], check=True, stdout=subprocess.PIPE,
                         text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def child_step(step: str, db: Path, n: int, args: argparse.Namespace) -> dict[str, Any]:
    """One step of main() in this process: build the store (`build`), add `args.extra`
    articles after the first n (`add`), a full link, keeping its state and a +1% link by
    the same Linker (`full`), or a new process's link (`link`; `--save-after`: keep its
    state after it, forced, as the next step's state)."""
    started, cpu = time.perf_counter(), time.process_time()
    if step == "build":
        build(db, n, args.seed)
        return {"wall": time.perf_counter() - started, "peak_mb": peak_mb(os.getpid())}
    if step == "add":
        add_more(db, n, args.extra, args.seed)
        return {"wall": time.perf_counter() - started}
    linker = Linker(embed=hashed_embed, keep_memo=args.keep_memo)
    if step == "full":
        full, full_cpu = timed_link(db, linker)
        out: dict[str, Any] = {"full": full, "full_cpu": full_cpu,
                               "full_peak_mb": peak_mb(os.getpid())}
        with Store(db) as store:  # as `newsweave run` does after its link (api.link)
            started, cpu = time.perf_counter(), time.process_time()
            linker.save_state(store)
            out.update(keep=time.perf_counter() - started, keep_cpu=time.process_time() - cpu,
                       keep_peak_mb=peak_mb(os.getpid()))
        add_more(db, n, max(1, n // 100), args.seed)
        out["plus1"], out["plus1_cpu"] = timed_link(db, linker)
        stats = linker.stats
        out.update(incremental=stats.incremental, rewritten=stats.rewritten,
                   peak_mb=peak_mb(os.getpid()))
        return out
    wall, cpu_s = timed_link(db, linker)
    stats = linker.stats
    out = {"wall": wall, "cpu": cpu_s, "incremental": stats.incremental,
           "resumed": stats.resumed, "snapshot": stats.snapshot, "memo_rows": stats.memo_rows,
           "rewritten": stats.rewritten, "skipped": stats.skipped,
           "link_peak_mb": peak_mb(os.getpid())}
    if args.save_after:
        with Store(db) as store:
            linker.save_state(store, force=True)
    out["peak_mb"] = peak_mb(os.getpid())
    return out


def timed_link(db: Path, linker: Linker) -> tuple[float, float]:
    """Seconds to link the store (reading it, linking, writing the links) and the process's
    CPU seconds (on a shared machine they vary less than the wall clock)."""
    with Store(db) as store:
        started, cpu = time.perf_counter(), time.process_time()
        linker.link(store)
        return time.perf_counter() - started, time.process_time() - cpu


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (less load-dependent than wall time)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve_timings(db: Path, requests: int) -> tuple[float, dict[str, tuple[float, float]]]:
    import httpx

    port = free_port()
    code = ("from newsweave.web.app import serve; import sys; "
            f"serve(sys.argv[1], port={port})")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)])
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=300) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    client.get("/api/status")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.5)
            graph = client.get("/api/graph", params={"max_nodes": 80}).json()
            claims = client.get("/api/claims", params={"limit": 1}).json()["items"]
            node = graph["nodes"][0]["id"] if graph["nodes"] else "x"
            claim = claims[0]["claim_id"] if claims else "x"
            endpoints: dict[str, tuple[str, dict[str, Any]]] = {
                "facets": ("/api/facets", {}),
                "graph": ("/api/graph", {"max_nodes": 80}),
                "timeline": ("/api/timeline", {}),
                "claims page": ("/api/claims", {"limit": 50}),
                "articles page": ("/api/articles", {"limit": 50}),
                "matrix": ("/api/matrix", {}),
                "actor panel": (f"/api/entities/{node}/evidence", {}),
                "claim evidence": (f"/api/claims/{claim}/evidence", {}),
                "search": ("/api/search", {"q": "alpha", "limit": 20}),
            }
            out: dict[str, tuple[float, float]] = {}
            for name, (path, params) in endpoints.items():
                client.get(path, params=params)  # warm-up (the first read loads the store)
                times = []
                cpu = cpu_seconds(proc.pid)
                for _ in range(requests):
                    started = time.perf_counter()
                    response = client.get(path, params=params)
                    times.append((time.perf_counter() - started) * 1000)
                    response.raise_for_status()
                times.sort()
                per_request = (cpu_seconds(proc.pid) - cpu) / requests * 1000
                print(f"  {name:<15} server cpu {per_request:8.1f} ms/request", flush=True)
                out[name] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
        return peak_mb(proc.pid), out
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def cli_seconds(db: Path, args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsweave.cli", *args, "--db", str(db)],
                   check=True, capture_output=True, env=None)
    return time.perf_counter() - started


def export_seconds(db: Path, out: Path, formats: list[str]) -> float:
    """Seconds to export these formats in one `newsweave export` (one pass over the store
    for the table formats); the CPU seconds and peak memory of the process are printed."""
    import resource

    from newsweave.export import export_store

    with Store(db, read_only=True) as store:
        started, cpu = time.perf_counter(), time.process_time()
        export_store(store, out / "+".join(formats), formats)
        wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  export {'+'.join(formats):<14} {wall:6.2f}s (cpu {time.process_time() - cpu:.2f}s,"
          f" process peak so far {peak:.0f} MB)", flush=True)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    parser.add_argument("--keep-memo", action="store_true",
                        help="linkers keep the whole link memo in the store (Linker.keep_memo)")
    parser.add_argument("--lone-surnames", type=int, default=synthetic.LONE_SURNAMES,
                        help="one lone surname in this many is drawn from the whole pool "
                        "(engine.synthetic.LONE_SURNAMES; 1: all of them, the corpus before "
                        "session 12)")
    parser.add_argument("--link-only", action="store_true",
                        help="measure linking only (no serve, CLI or export timings)")
    parser.add_argument("--reuse", type=Path, help="measure the readers (serve, CLI, export) "
                        "of this already built and linked store; no build, no link")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--extra", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--save-after", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    synthetic.LONE_SURNAMES = max(1, args.lone_surnames)
    if args.child:
        print(json.dumps(child_step(args.child, args.db, args.articles, args)))
        return
    if args.reuse:
        readers(args.reuse, args.requests, args.reuse.parent, "articles=? full_link_s=- "
                "incremental_link_s=-")
        return
    work = args.keep or Path(tempfile.mkdtemp(prefix="newsweave-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "scale.duckdb"
    db.unlink(missing_ok=True)
    n = args.articles
    extra = max(1, n // 100)
    opts = ["--seed", str(args.seed), "--lone-surnames", str(synthetic.LONE_SURNAMES)] + (
        ["--keep-memo"] if args.keep_memo else [])
    built = run_step("build", db, n, opts)
    print(f"store of {n} articles built in {built['wall']:.1f}s (peak {built['peak_mb']:.0f} MB)",
          flush=True)
    first = run_step("full", db, n, opts)
    full, incremental = first["full"], first["plus1"]
    print(f"full link: {full:.2f}s (cpu {first['full_cpu']:.2f}s, peak "
          f"{first['full_peak_mb']:.0f} MB)", flush=True)
    print(f"  link state kept in the store: {first['keep']:.2f}s (cpu {first['keep_cpu']:.2f}s,"
          f" peak {first['keep_peak_mb']:.0f} MB)", flush=True)
    print(f"link after +1% articles: {incremental:.2f}s ({incremental / full:.0%} of full; "
          f"cpu {first['plus1_cpu']:.2f}s; incremental={first['incremental']}, rows rewritten "
          f"{first['rewritten']}; peak of that process {first['peak_mb']:.0f} MB)", flush=True)
    run_step("add", db, n + extra, [*opts, "--extra", str(extra)])
    fresh = run_step("link", db, n, [*opts, "--save-after"])
    print(f"link after another +1% by a new process's linker: {fresh['wall']:.2f}s "
          f"({fresh['wall'] / full:.0%} of full; cpu {fresh['cpu']:.2f}s; "
          f"incremental={fresh['incremental']}, state taken up from the store="
          f"{fresh['resumed']}, whole state={fresh['snapshot']}, memo rows taken up "
          f"{fresh['memo_rows']}, rows rewritten {fresh['rewritten']}; peak "
          f"{fresh['link_peak_mb']:.0f} MB, keeping its state after it {fresh['peak_mb']:.0f} "
          f"MB)", flush=True)
    # the state kept right before (as by a `run` whose kept state lagged, or a watch that
    # stopped): the new process's Linker takes it up with nothing linked after it
    run_step("add", db, n + 2 * extra, [*opts, "--extra", str(extra)])
    taken = run_step("link", db, n, opts)
    print(f"link after another +1% by a new process's linker, the state kept just before: "
          f"{taken['wall']:.2f}s ({taken['wall'] / full:.0%} of full; cpu {taken['cpu']:.2f}s;"
          f" whole state={taken['snapshot']}; peak {taken['peak_mb']:.0f} MB)", flush=True)
    idle = run_step("link", db, n, opts)
    print(f"link with nothing new by another new process's linker: {idle['wall']:.2f}s "
          f"({idle['wall'] / full:.0%} of full; nothing to do={idle['skipped']}; peak "
          f"{idle['peak_mb']:.0f} MB)", flush=True)
    if args.link_only:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
        print(f"articles={n} full_link_s={full:.2f} incremental_link_s={incremental:.2f}")
        return
    readers(db, args.requests, work, f"articles={n} full_link_s={full:.2f} "
            f"incremental_link_s={incremental:.2f}")
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


def readers(db: Path, requests: int, work: Path, head: str) -> None:
    """Serve, CLI and export timings of a linked store; prints the last line after `head`."""
    peak, endpoints = serve_timings(db, requests)
    print(f"serve peak memory: {peak:.0f} MB")
    for name, (p50, p95) in endpoints.items():
        print(f"  {name:<15} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms")
    # a list command at a terminal prints a table of its first 200 lines; piped, it writes
    # every record as JSON lines (at 100k, 390k claims: that is a dump, timed apart)
    for command in ("claims", "events", "quotes"):
        page = cli_seconds(db, [command, "--format", "table"])
        dump = cli_seconds(db, [command, "--format", "jsonl"])
        print(f"  newsweave {command:<8} {page:6.2f}s (table)  {dump:7.2f}s (all, JSON lines)",
              flush=True)
    print(f"  newsweave summary  {cli_seconds(db, ['summary']):6.2f}s", flush=True)
    # JSONL + Parquet as a user asks for both (`export -f jsonl -f parquet`: one pass),
    # then CSV and the graph alone
    exports = {"+".join(fmts): export_seconds(db, work / "export", fmts)
               for fmts in (["jsonl", "parquet"], ["csv"], ["gexf"])}
    worst = max(p95 for _, p95 in endpoints.values())
    with Store(db, read_only=True) as store:
        head = head.replace("articles=?", f"articles={store.article_count()}")
    print(f"{head} serve_peak_mb={peak:.0f} api_p95_ms={worst:.0f} "
          f"export_s={exports['jsonl+parquet']:.2f}")


if __name__ == "__main__":
    main()
