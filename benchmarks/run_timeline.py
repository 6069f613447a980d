"""What limits a `newsweave run` with several workers: a timeline of one run, in CPU seconds.

    python benchmarks/run_timeline.py CORPUS --workers 2
    python benchmarks/run_timeline.py CORPUS --workers 1 --json one.json

On a loaded machine wall-clock ratios say little; what limits the scaling of `--workers 2`
over `--workers 1` does not change with load: how much the run process works while the
workers parse (it shares the cores with them), how long the run is serial before the first
batch and after the last, and how long each worker waits. This runs `newsweave run CORPUS
--workers N -q` once, as the CLI does, and reports:

- CPU seconds of every process (run process, fork server, each worker), sampled from /proc
  every 50 ms, split by the run's phases: start (imports, store, until the first batch is
  analyzed), analysis (first batch start to last batch end), the tail (last batch to the end
  of the link), and the rest;
- the run process's CPU per kind of work (reading inputs, waiting for results, store writes,
  link and its stages, loading the sentence model), timed inside it;
- each worker's batches: when it starts its first and ends its last, its busy CPU, the gaps
  between its batches, and the finishing spread between workers (the tail where one waits);
- the run's wall time on an idle machine estimated from those CPU seconds (see
  `idle_estimate`): compare the estimates of `--workers 1` and `--workers 2` runs for the
  speed-up a second worker gives, whatever the load while they were measured.

The tracing wraps functions by name in the run process and in the workers (the workers call
the traced analysis through the pool's pickled reference), writing one line per call.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import suppress
from itertools import pairwise
from pathlib import Path
from typing import Any

TRACE_ENV = "NEWSWEAVE_TIMELINE_DIR"
_REAL: dict[str, Callable[..., Any]] = {}


# ----------------------------------------------------------------------------- tracing


def _note(what: str, t0: float, t1: float, c0: float, c1: float, **extra: Any) -> None:
    folder = os.environ.get(TRACE_ENV)
    if not folder:
        return
    line = json.dumps({"what": what, "t0": t0, "t1": t1, "c0": c0, "c1": c1, **extra})
    with open(Path(folder) / f"{os.getpid()}.jsonl", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def _real(name: str) -> Callable[..., Any]:
    if name not in _REAL:  # in a worker: the module is not patched there
        from newsweave.engine import local

        _REAL[name] = getattr(local, name)
    return _REAL[name]


def traced_analyze_batch(articles: list[Any], time_budget: float | None = None) -> Any:
    t0, c0 = time.time(), time.process_time()
    out = _real("analyze_batch")(articles, time_budget)
    _note("analyze_batch", t0, time.time(), c0, time.process_time(), n=len(articles),
          chars=sum(len(a.text) for a in articles))
    return out


def traced_analyze_parsed(articles: list[Any], parsed: Any,
                           time_budget: float | None = None) -> Any:
    """The analysis half of a batch parsed ahead on a thread (engine.local._ParsedAhead),
    on this (the main) thread: its CPU is this thread's."""
    t0, c0 = time.time(), time.thread_time()
    out = _real("analyze_parsed")(articles, parsed, time_budget)
    _note("analyze_batch", t0, time.time(), c0, time.thread_time(), n=len(articles),
          chars=sum(len(a.text) for a in articles), parsed_ahead=True)
    return out


def traced_parse_on_thread(articles: list[Any]) -> Any:
    """A batch parsed ahead, on the run process's parse thread (its native id noted)."""
    import threading

    t0, c0 = time.time(), time.thread_time()
    out = _real("_parse_on_thread")(articles)
    _note("parse ahead", t0, time.time(), c0, time.thread_time(), n=len(articles),
          tid=threading.get_native_id())
    return out


def traced_encode_batches(batches: list[list[str]], normalize: bool = True) -> Any:
    t0, c0 = time.time(), time.process_time()
    out = _real("encode_batches")(batches, normalize)
    _note("encode_batches", t0, time.time(), c0, time.process_time(),
          n=sum(len(b) for b in batches))
    return out


def _wrap(owner: Any, attr: str, what: str) -> None:
    fn = getattr(owner, attr)

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        t0, c0 = time.time(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _note(what, t0, time.time(), c0, time.thread_time())

    setattr(owner, attr, timed)


def _wrap_iter(owner: Any, attr: str, what: str) -> None:
    fn = getattr(owner, attr)

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
        it = iter(fn(*args, **kwargs))
        while True:
            t0, c0 = time.time(), time.thread_time()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                _note(what, t0, time.time(), c0, time.thread_time())
            yield item

    setattr(owner, attr, timed)


# (module, attribute, what): run-process functions timed by name
RUN_TIMED = [
    ("newsweave.api", "ingest", "ingest+analyze"),
    ("newsweave.api", "link", "link"),
    ("newsweave.api", "export", "export"),
    ("newsweave.api._Pipeline", "_write", "pipeline: write batch (incl. wait)"),
    ("newsweave.api._Pipeline", "put", "pipeline: submit"),
    ("newsweave.engine.local._InPool", "result", "wait for a worker's results"),
    ("newsweave.store.duckdb_store.Store", "write_batch", "store: write batch"),
    ("newsweave.store.duckdb_store.Store", "known_article_ids", "store: lookups"),
    ("newsweave.store.duckdb_store.Store", "analyzed_ids", "store: lookups"),
    ("newsweave.store.duckdb_store.Store", "write_links", "store: write links"),
    ("newsweave.engine.local.LocalAnalyzer", "close", "close workers"),
    ("newsweave.engine.local.LocalAnalyzer", "_run_batches", "link: embed (lent workers)"),
    ("newsweave.nlp.models", "load_embedder", "load sentence model"),
    ("newsweave.extract.event_typer", "featurize", "typer: clause embeddings"),
    ("newsweave.link", "detect_syndication", "link: syndication"),
    ("newsweave.link", "resolve_entities", "link: entities"),
    ("newsweave.link", "group_quote_variants", "link: quote variants"),
    ("newsweave.link", "build_claims", "link: claims"),
]


def install_run_tracing() -> None:
    import importlib

    import run_timeline as me  # this file as a module: the workers import it by name
    from newsweave.engine import local

    for name in ("analyze_batch", "encode_batches"):
        me._REAL[name] = getattr(local, name)
    if hasattr(local, "_parse_on_thread"):  # (a version that parses ahead on a thread)
        for name in ("analyze_parsed", "_parse_on_thread"):
            me._REAL[name] = getattr(local, name)
        local.analyze_parsed = me.traced_analyze_parsed  # type: ignore[assignment]
        local._parse_on_thread = me.traced_parse_on_thread  # type: ignore[assignment]
    local.analyze_batch = me.traced_analyze_batch  # type: ignore[assignment]
    local.encode_batches = me.traced_encode_batches  # type: ignore[assignment]
    for path, attr, what in RUN_TIMED:
        try:
            owner: Any = importlib.import_module(path)
        except ModuleNotFoundError:
            module, cls = path.rsplit(".", 1)
            owner = getattr(importlib.import_module(module), cls)
        me._wrap(owner, attr, what)
    ingest_mod = importlib.import_module("newsweave.ingest")
    me._wrap_iter(ingest_mod, "ingest", "read inputs")


def child(corpus: str, db: str, workers: int, out: str | None) -> None:
    started, c0 = time.time(), time.process_time()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import run_timeline as me

    me._note("python start to here", started, started, 0.0, c0)
    me.install_run_tracing()
    from newsweave.cli import app

    args = ["run", corpus, "--db", db, "--workers", str(workers), "-q",
            *(["--out", out] if out else [])]
    try:
        app(args, prog_name="newsweave")
    except SystemExit as exc:
        code = exc.code
    else:
        code = 0
    me._note("whole run", started, time.time(), 0.0, time.process_time())
    sys.exit(code)


# ----------------------------------------------------------------------------- sampling


def _ticks() -> int:
    return os.sysconf("SC_CLK_TCK")


def _proc_cpu(pid: int) -> tuple[float, int, str] | None:
    """CPU seconds (user + system), parent pid and command line of a process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _ticks(), int(fields[1]), cmd


def _task_cpu(pid: int, tid: int) -> float | None:
    try:
        stat = Path(f"/proc/{pid}/task/{tid}/stat").read_text()
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / _ticks()


def _tree(root: int) -> list[int]:
    pids = [root]
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            info = _proc_cpu(int(entry))
            if info is not None:
                children[info[1]].append(int(entry))
    k = 0
    while k < len(pids):
        pids.extend(children.get(pids[k], []))
        k += 1
    return pids


def sample_run(command: list[str], env: dict[str, str]) -> tuple[int, dict[int, Any], float]:
    """Run the command; sample its processes' CPU every 50 ms. Returns its pid, the samples
    per pid ({"cmd", "ppid", "series": [(time, cpu)]}) and the exit code."""
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    series: dict[int, Any] = {}
    while proc.poll() is None:
        now = time.time()
        for pid in _tree(proc.pid):
            info = _proc_cpu(pid)
            if info is None:
                continue
            entry = series.setdefault(pid, {"cmd": info[2], "ppid": info[1], "series": []})
            entry["series"].append((now, info[0]))
        if series.get(proc.pid):  # the run process's threads apart: its main thread and
            entry = series[proc.pid]  # the pool's helpers (result reader, queue feeder)
            threads = entry.setdefault("threads", {})
            with suppress(OSError):
                for tid in os.listdir(f"/proc/{proc.pid}/task"):
                    cpu = _task_cpu(proc.pid, int(tid))
                    if cpu is not None:
                        threads.setdefault(int(tid), []).append((now, cpu))
        time.sleep(0.05)
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        sys.exit(f"run failed ({proc.returncode}):\n{stderr[-3000:]}")
    return proc.pid, series, float(proc.returncode)


# ----------------------------------------------------------------------------- report


def cpu_between(points: list[tuple[float, float]], t0: float, t1: float) -> float:
    """CPU seconds a process used between two times (linear between samples)."""
    def at(t: float) -> float:
        if not points or t <= points[0][0]:
            return points[0][1] if points else 0.0
        for (ta, ca), (tb, cb) in pairwise(points):
            if ta <= t <= tb:
                return ca + (cb - ca) * (t - ta) / max(tb - ta, 1e-9)
        return points[-1][1]

    return max(0.0, at(t1) - at(t0))


def analyse(run_pid: int, series: dict[int, Any], trace_dir: Path) -> dict[str, Any]:
    notes: dict[int, list[dict[str, Any]]] = {}
    for path in trace_dir.glob("*.jsonl"):
        notes[int(path.stem)] = [json.loads(line) for line in path.read_text().splitlines()]
    run_notes = notes.get(run_pid, [])
    whole = next(n for n in run_notes if n["what"] == "whole run")
    start, end = whole["t0"], whole["t1"]
    roles: dict[int, str] = {}
    for pid, entry in series.items():
        if pid == run_pid:
            roles[pid] = "run"
        elif "forkserver" in entry["cmd"]:
            roles[pid] = "fork server"
    workers = sorted(pid for pid in notes if pid != run_pid
                     and any(n["what"] == "analyze_batch" for n in notes[pid]))
    for k, pid in enumerate(workers):
        roles[pid] = f"worker {k + 1}"
    for pid in series:
        roles.setdefault(pid, "other")

    batches = sorted((n for pid in notes for n in notes[pid]
                      if n["what"] in ("analyze_batch", "parse ahead")), key=lambda n: n["t0"])
    a0 = min(n["t0"] for n in batches)
    a1 = max(n["t1"] for n in batches)
    link = next((n for n in run_notes if n["what"] == "link"), None)
    link_end = link["t1"] if link else a1
    phases = [("start (to the first batch)", start, a0), ("analysis", a0, a1),
              ("after the analysis to the link's end", a1, link_end),
              ("after the link", link_end, end)]
    cpu_by_phase: dict[str, dict[str, float]] = {}
    for name, t0, t1 in phases:
        row: dict[str, float] = {"wall": round(t1 - t0, 2)}
        for pid, entry in series.items():
            role = roles[pid] if not roles[pid].startswith("worker") else "workers"
            row[role] = round(row.get(role, 0.0) + cpu_between(entry["series"], t0, t1), 2)
        helpers = sum(cpu_between(points, t0, t1) for tid, points in
                      series[run_pid].get("threads", {}).items() if tid != run_pid)
        row["run: helper threads"] = round(helpers, 2)
        cpu_by_phase[name] = row
    totals: dict[str, float] = defaultdict(float)
    for pid, entry in series.items():
        totals[roles[pid]] += entry["series"][-1][1] if entry["series"] else 0.0
    run_work: dict[str, float] = defaultdict(float)
    for n in run_notes:
        if n["what"] not in ("whole run", "python start to here"):
            run_work[n["what"]] += n["c1"] - n["c0"]
    run_work["python start to here"] = next(
        (n["c1"] for n in run_notes if n["what"] == "python start to here"), 0.0)
    per_worker: dict[str, Any] = {}
    for pid in [*workers, run_pid]:
        own = sorted((n for n in notes.get(pid, []) if n["what"] == "analyze_batch"),
                     key=lambda n: n["t0"])
        if not own:
            continue
        gaps = [b["t0"] - a["t1"] for a, b in pairwise(own)]
        per_worker[roles[pid]] = {
            "batches": len(own), "articles": sum(n["n"] for n in own),
            "first_start": round(own[0]["t0"] - start, 2),
            "last_end": round(own[-1]["t1"] - start, 2),
            "busy_cpu": round(sum(n["c1"] - n["c0"] for n in own), 2),
            "busy_wall": round(sum(n["t1"] - n["t0"] for n in own), 2),
            "gaps_wall": round(sum(gaps), 2), "largest_gap": round(max(gaps, default=0.0), 2),
            "last_batch_wall": round(own[-1]["t1"] - own[-1]["t0"], 2),
            "embed_cpu": round(sum(n["c1"] - n["c0"] for n in notes.get(pid, [])
                                   if n["what"] == "encode_batches"), 2)}
    ends = [w["last_end"] for k, w in per_worker.items() if k.startswith("worker")]
    first_seen = {roles[pid]: round(entry["series"][0][0] - start, 2)
                  for pid, entry in series.items() if entry["series"]}
    run_points = series[run_pid]["series"]
    server = next((pid for pid in series if roles[pid] == "fork server"), None)
    before_server = (cpu_between(run_points, run_points[0][0], series[server]["series"][0][0])
                     + run_points[0][1] if server else 0.0)
    in_process = parse_ahead_report(run_pid, series, run_notes, a0, a1)
    return {
        "parse_ahead": in_process,
        "first_seen": first_seen, "run_cpu_before_fork_server": round(before_server, 2),
        "wall": round(end - start, 2), "cpu_total": {k: round(v, 2) for k, v in totals.items()},
        "phases": cpu_by_phase,
        "run_process_work": {k: round(v, 2) for k, v in sorted(run_work.items(),
                                                               key=lambda kv: -kv[1])},
        "workers": per_worker,
        "finish_spread": round(max(ends) - min(ends), 2) if ends else 0.0,
        "idle_estimate": idle_estimate(cpu_by_phase, per_worker, before_server, _cores(),
                                       in_process)}


def _overlap(a: list[tuple[float, float]], b: list[tuple[float, float]]
             ) -> tuple[float, float]:
    """CPU seconds two threads ran at the same time, bounded from both sides (both are
    sampled at the same moments): per sample interval, at most the smaller of their CPU
    gains (they may also have taken turns within it, e.g. for the GIL), at least what
    their gains exceed one core by (more than the interval: they ran at once)."""
    at = dict(b)
    most = least = 0.0
    for (t0, c0), (t1, c1) in pairwise(a):
        if t0 in at and t1 in at:
            most += min(c1 - c0, at[t1] - at[t0])
            least += max(0.0, (c1 - c0) + (at[t1] - at[t0]) - (t1 - t0))
    return most, least


def parse_ahead_report(run_pid: int, series: dict[int, Any], run_notes: list[dict[str, Any]],
                       a0: float, a1: float) -> dict[str, float]:
    """What the run process's two threads did during the analysis when batches analyzed
    here are parsed ahead (engine.local._ParsedAhead): CPU of its main thread and of the
    parse thread in the analysis phase, the CPU seconds both ran at once (sampled), and the
    typer's clause embeddings (main thread) against the parse thread's CPU meanwhile."""
    threads = series[run_pid].get("threads", {})
    main = threads.get(run_pid, [])
    tids = {n["tid"] for n in run_notes if n["what"] == "parse ahead"}
    parse = [p for tid, p in threads.items() if tid in tids]
    typer = [n for n in run_notes if n["what"] == "typer: clause embeddings"]
    both = [_overlap(main, p) for p in parse]
    embed_cpu = sum(n["c1"] - n["c0"] for n in typer)
    embed_overlap = sum(min(n["c1"] - n["c0"], sum(cpu_between(p, n["t0"], n["t1"])
                                                   for p in parse)) for n in typer)
    return {
        "batches_parsed_ahead": sum(1 for n in run_notes if n["what"] == "parse ahead"),
        "main_thread_cpu": round(cpu_between(main, a0, a1), 2) if main else 0.0,
        "parse_thread_cpu": round(sum(cpu_between(p, a0, a1) for p in parse), 2),
        "both_threads_cpu": round(sum(most for most, _ in both), 2),
        "both_threads_cpu_at_least": round(sum(least for _, least in both), 2),
        "typer_embed_cpu": round(embed_cpu, 2),
        "typer_embed_while_parsing": round(embed_overlap, 2)}


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else \
        (os.cpu_count() or 1)


def idle_estimate(phases: dict[str, dict[str, float]], workers: dict[str, Any],
                  before_server: float, cores: int,
                  in_process: dict[str, float] | None = None) -> dict[str, float]:
    """The run's wall time on an idle machine of `cores` cores, from its CPU seconds: each
    phase lasts as long as its longest chain of one process's work, or its CPU over the
    cores if that is longer (a loaded machine only stretches the wall clock).

    start: the run process before the fork server started plus the fork server's loading
    (the run process's own start-up work runs beside it); analysis: the busiest worker, or
    all workers' CPU plus the run process's (it shares the cores with them) over the cores;
    link: the run process's part, or the run's and the lent workers' CPU over the cores.
    An analysis in the run process lasts its main thread's CPU in that phase plus its parse
    thread's (batches parsed ahead) less the CPU seconds both ran at once (the upper bound
    sampled on this machine), or the run's CPU over the cores if that is longer."""
    start = phases["start (to the first batch)"]
    analysis = phases["analysis"]
    link = phases["after the analysis to the link's end"]
    after = phases["after the link"]
    busy = [w["busy_cpu"] for k, w in workers.items() if k.startswith("worker")]
    here = workers.get("run", {}).get("busy_cpu", 0.0)  # batches analyzed in the run process
    start_s = max(start.get("run", 0.0), before_server + start.get("fork server", 0.0))
    analysis_s = max([*busy, analysis.get("run", 0.0),
                      (sum(busy) + analysis.get("run", 0.0)) / cores]) if busy else here
    if not busy and in_process and in_process.get("main_thread_cpu"):
        analysis_s = max(in_process["main_thread_cpu"] + in_process["parse_thread_cpu"]
                         - in_process["both_threads_cpu"], analysis.get("run", 0.0) / cores)
    link_s = max(link.get("run", 0.0), (link.get("run", 0.0) + link.get("workers", 0.0)) / cores)
    after_s = after.get("run", 0.0)
    return {"start": round(start_s, 2), "analysis": round(analysis_s, 2),
            "link": round(link_s, 2), "after": round(after_s, 2),
            "total": round(start_s + analysis_s + link_s + after_s, 2), "cores": cores}


def print_report(result: dict[str, Any]) -> None:
    print(f"wall {result['wall']:.1f} s (loaded machine: compare CPU, not wall)")
    print("CPU seconds per process: " + ", ".join(f"{k} {v:.2f}" for k, v in
                                                   result["cpu_total"].items()))
    print("processes first seen (s after the start): " + ", ".join(
        f"{k} {v:.2f}" for k, v in result["first_seen"].items())
          + f"; run process CPU before the fork server started: "
          f"{result['run_cpu_before_fork_server']:.2f} s")
    print("\nphase                                  wall      CPU by process")
    for name, row in result["phases"].items():
        rest = ", ".join(f"{k} {v:.2f}" for k, v in row.items() if k != "wall")
        print(f"  {name:36} {row['wall']:6.2f} s  {rest}")
    print("\nrun process CPU by work (timed inside it; nested work counts in both):")
    for k, v in result["run_process_work"].items():
        print(f"  {k:40} {v:6.2f} s")
    print("\nanalysis per process (times from the run's start, wall):")
    for k, w in result["workers"].items():
        print(f"  {k:9} {w['batches']:3d} batches {w['articles']:4d} articles  first "
              f"{w['first_start']:6.2f}  last end {w['last_end']:6.2f}  busy cpu "
              f"{w['busy_cpu']:6.2f} (wall {w['busy_wall']:6.2f})  gaps {w['gaps_wall']:5.2f} "
              f"(max {w['largest_gap']:4.2f})  last batch {w['last_batch_wall']:4.2f}  "
              f"embedding for the link {w['embed_cpu']:4.2f}")
    print(f"  workers' finishing spread: {result['finish_spread']:.2f} s")
    pa = result["parse_ahead"]
    print(f"\nrun process threads in the analysis: main {pa['main_thread_cpu']:.2f} s CPU, parse "
          f"thread {pa['parse_thread_cpu']:.2f} s ({pa['batches_parsed_ahead']} batches parsed "
          f"ahead), both at once {pa['both_threads_cpu_at_least']:.2f}-"
          f"{pa['both_threads_cpu']:.2f} s; typer clause embeddings "
          f"{pa['typer_embed_cpu']:.2f} s, of them {pa['typer_embed_while_parsing']:.2f} s "
          f"while the parse thread ran")
    e = result["idle_estimate"]
    print(f"\nestimated wall on an idle {e['cores']}-core machine (from CPU seconds): start "
          f"{e['start']:.2f} + analysis {e['analysis']:.2f} + link {e['link']:.2f} + after "
          f"{e['after']:.2f} = {e['total']:.2f} s")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] or None)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default="", help="also export here (as `run --out`)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsweave-timeline-") as tmp:
        trace = Path(tmp) / "trace"
        trace.mkdir()
        env = {**os.environ, TRACE_ENV: str(trace), "HF_HUB_DISABLE_PROGRESS_BARS": "1"}
        command = [sys.executable, __file__, "--child", args.corpus,
                   str(Path(tmp) / "run.duckdb"), str(args.workers), args.out]
        pid, series, _code = sample_run(command, env)
        result = analyse(pid, series, trace)
    result["load_average"] = os.getloadavg()[0]
    print_report(result)
    print(f"load average {result['load_average']:.1f}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), "utf-8")


if __name__ == "__main__":
    main()
