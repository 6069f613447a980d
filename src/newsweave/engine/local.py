"""Analysis in this process or a local process pool, streaming in batches through nlp.pipe.

`analyze_batch` is the pure per-batch function every engine runs; the engines only decide
where it runs. An engine is called with a batch (`engine(articles)`) or, to overlap the
workers with reading and writing, given batches with `submit` and asked for `.result()` in
order later.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import Any, Literal, Protocol

from newsweave.model import Article, ArticleAnalysis, IngestError

log = logging.getLogger(__name__)

AnalysisResult = tuple[Article, ArticleAnalysis | None, IngestError | None]

# Threads per worker for the numeric libraries (torch, BLAS): one core per worker process.
_WORKER_THREAD_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")


class PendingBatch(Protocol):
    """A submitted batch; `result()` waits for its analysis results (input order)."""

    def result(self) -> list[AnalysisResult]: ...


def analyze_batch(articles: list[Article]) -> list[AnalysisResult]:
    """Analyze a batch with the per-process spaCy pipeline; one article's failure stays its own."""
    from newsweave.extract import ANALYZER_VERSION, analyze_doc
    from newsweave.nlp.models import load_spacy

    results: list[AnalysisResult] = []
    english = [a for a in articles if a.is_english and a.text.strip()]
    docs: dict[str, Any] = {}
    if english:
        nlp = load_spacy()
        try:
            docs = dict(zip((a.article_id for a in english),
                            nlp.pipe((a.text for a in english), batch_size=len(english)),
                            strict=True))
        except Exception:  # find the article that breaks the batch, one by one
            docs = {}
            for art in english:
                try:
                    docs[art.article_id] = nlp(art.text)
                except Exception as exc:
                    results.append((art, None, _failure(art, "parsing", exc)))
    failed = {art.article_id for art, _, _ in results}
    for art in articles:
        if art.article_id in failed:
            continue
        if art.article_id not in docs:
            reason = f"language {art.language}" if not art.is_english else "empty text"
            results.append((art, ArticleAnalysis(article_id=art.article_id, skipped=reason,
                                                 analyzer_version=ANALYZER_VERSION), None))
            continue
        try:
            results.append((art, analyze_doc(art, docs[art.article_id]), None))
        except Exception as exc:  # one bad article must not stop the run
            results.append((art, None, _failure(art, "analysis", exc)))
    order = {id(art): i for i, art in enumerate(articles)}
    results.sort(key=lambda r: order[id(r[0])])
    return results


def _failure(art: Article, step: str, exc: BaseException) -> IngestError:
    reason = f"{step} failed: {type(exc).__name__}: {exc}".splitlines()[0][:300]
    return IngestError(source=art.source, reason=reason, stage="analyze")


# A generic sentence analyzed once per worker at start, so that every model and lexicon
# the analysis loads lazily (spaCy, the sentence embedder, gazetteers) is loaded up front.
_WARMUP_TEXT = ("The minister said on Monday that the two governments had agreed to talks, "
                "a spokesman told reporters in the capital.")


def one_thread_per_process() -> None:
    """Run the numeric libraries (torch for the embedder, BLAS) on one thread here.

    The pipeline gets its parallelism from worker processes; torch's own threads on top
    oversubscribe the cores, and on a busy machine its spinning threads made sentence
    embedding ~20x slower (measured: 19.9 s vs 0.8 s for the same 49 phrases on 2 cores).
    An OMP_NUM_THREADS set by the user wins.
    """
    for name in _WORKER_THREAD_ENV:
        os.environ.setdefault(name, "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # workers print no bars
    torch = sys.modules.get("torch")
    if torch is not None:  # already imported: the environment comes too late
        torch.set_num_threads(int(os.environ["OMP_NUM_THREADS"]))
    start_no_helper_threads()


def start_no_helper_threads() -> None:
    """Keep the libraries from starting helper threads in this process.

    Once a process has started any thread, glibc stops taking its single-thread shortcuts
    (locks in malloc and in blis's buffer pool become atomic operations), and spaCy parsing
    got 12-15% slower (measured, interleaved runs: 60 articles in 6.4-6.5 s, 7.4-7.8 s after
    starting and joining one idle thread). Loading the sentence model started three kinds:
    pyarrow's jemalloc background thread (at import), transformers' weight-loading thread
    pool and tqdm's monitor thread. A worker that analyzes articles needs none of them.
    """
    os.environ.setdefault("JE_ARROW_MALLOC_CONF", "background_thread:false")
    os.environ.setdefault("HF_DEACTIVATE_ASYNC_LOAD", "1")
    import tqdm

    tqdm.tqdm.monitor_interval = 0


def _init_worker() -> None:
    """Runs once in each spawned worker: one thread per process, models loaded up front."""
    from newsweave.logs import configure_from_environment

    _exit_with_parent()
    configure_from_environment()
    one_thread_per_process()
    warm_up()


def _exit_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it dies (kill -9 included):
    a pool's idle workers would otherwise wait for work forever, holding their memory. No
    watcher thread: a thread would slow parsing here (see start_no_helper_threads)."""
    import ctypes
    import multiprocessing
    import signal

    pr_set_pdeathsig = 1
    parent = multiprocessing.parent_process()
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the pool's own checks
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
        if parent is not None and os.getppid() != parent.pid:  # it died before the call
            os._exit(1)


def warm_up() -> None:
    """Load everything ingest and `analyze_batch` need (in this process) up front.

    The sentence embedder, the language identifier, the extractors' tables and dateparser's
    time-zone patterns are loaded explicitly: each loads on first use (6 s, 0.6 s, 1.8 s and
    0.4 s here), and loading them inside the first batch made it far slower than the rest."""
    from newsweave.extract import preload
    from newsweave.ingest.meta import detect_language
    from newsweave.nlp.dates import normalize_date
    from newsweave.nlp.models import embed

    embed([_WARMUP_TEXT])
    detect_language(_WARMUP_TEXT)
    preload()
    normalize_date("last Monday", "2016-01-15")
    analyze_batch([Article(article_id="art_warmup", source="warmup", text=_WARMUP_TEXT,
                           language="en")])


class _Done:
    """A batch analyzed here, when its result is asked for."""

    def __init__(self, articles: list[Article]) -> None:
        self._articles = articles

    def result(self) -> list[AnalysisResult]:
        return analyze_batch(self._articles)


class _InPool:
    """A batch running in the process pool; a crashed worker fails only its own articles."""

    def __init__(self, owner: LocalAnalyzer, articles: list[Article], future: Any) -> None:
        self._owner, self._articles, self._future = owner, articles, future

    def result(self) -> list[AnalysisResult]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._future.result()  # type: ignore[no-any-return]
        except BrokenProcessPool as exc:
            self._owner._discard_pool()
            reason = f"analysis worker crashed ({exc or 'killed'})".splitlines()[0]
            return [(art, None, IngestError(source=art.source, reason=reason, stage="analyze"))
                    for art in self._articles]


# A run analyzes here until it has been given this many articles, then in spawned worker
# processes (even with one worker). Starting a worker costs a model load (~7 s), not worth it
# for a few articles; for more, a worker parses faster than this process can: this process has
# threads (DuckDB starts eight), and spaCy runs 12-15% slower in a process that has ever had a
# second thread (see start_no_helper_threads); reading and writing here overlap the parsing.
SPAWN_AFTER = 32
SPAWN_AFTER_ENV = "NEWSWEAVE_SPAWN_AFTER"
# Automatic worker count: one per core, at most this many, and ~1.2 GB of free memory each
# (a worker holds spaCy, the sentence model and the gazetteers).
MAX_AUTO_WORKERS = 4
WORKER_MEMORY_BYTES = 1200 * 2**20


def auto_workers() -> int:
    """Workers for `--workers 0`: the cores, capped by MAX_AUTO_WORKERS and by free memory."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    by_memory = MAX_AUTO_WORKERS
    try:
        free = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        by_memory = max(1, free // WORKER_MEMORY_BYTES)
    except (ValueError, OSError, AttributeError):  # not a POSIX system: cores decide
        pass
    return max(1, min(cores or 1, MAX_AUTO_WORKERS, by_memory))


def default_spawn_after() -> int:
    """SPAWN_AFTER, or the NEWSWEAVE_SPAWN_AFTER environment variable (0: start at once)."""
    value = os.environ.get(SPAWN_AFTER_ENV, "").strip()
    return int(value) if value.isdigit() else SPAWN_AFTER


def _ready(pause: float = 0.0) -> int:
    """Submitted to a new pool: done once a worker has started and loaded its models."""
    if pause:
        import time

        time.sleep(pause)  # lets the other workers take the next ones (see `start`)
    return os.getpid()


class LocalAnalyzer:
    """Analyzes batches in a spawned pool of `workers` processes (0: `auto_workers()`) kept
    alive across batches, or here.

    Batches are analyzed here until `spawn_after` articles have been submitted (default:
    `default_spawn_after()`; None: always here); then the pool starts, and batches go to it
    once a worker has loaded its models (until then they are still analyzed here, so nothing
    waits for the start). With `spawn_after=0` every batch goes to the pool (nothing is
    analyzed here) and `start()` starts it at once. Use `close()` (or `with`) to shut the pool
    down at the end of a run.
    """

    def __init__(self, workers: int = 0,
                 spawn_after: int | Literal["default"] | None = "default") -> None:
        self.workers = workers if workers > 0 else auto_workers()
        self.spawn_after = default_spawn_after() if isinstance(spawn_after, str) else spawn_after
        self._submitted = 0
        self._pool: Any = None
        self._started: Any = None  # the pool's first future: done when a worker is ready

    @property
    def in_flight(self) -> int:
        """Batches to keep submitted ahead so no worker waits (none while analyzing here)."""
        return 2 * self.workers if self._pool_takes_batches() else 0

    def _pool_takes_batches(self) -> bool:
        """A pool exists and batches go to it: always with spawn_after=0 (they queue while
        the workers load), otherwise once a worker has loaded its models."""
        if self._pool is None or self._started is None:
            return False
        if self.spawn_after == 0:
            return True
        return self._started.done() and self._started.exception() is None

    def _executor(self) -> Any:
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            log.info("starting %d analysis worker processes", self.workers)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                             initializer=_init_worker)
            self._started = self._pool.submit(_ready)
        return self._pool

    def start(self) -> None:
        """Start the worker pool now and wait until every worker has loaded its models."""
        self._executor()
        ready = {self._started.result()}
        while len(ready) < self.workers:  # a ready worker answers at once: ask until all have
            ready.update(f.result() for f in [self._pool.submit(_ready, 0.05)
                                              for _ in range(self.workers)])

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._started = None

    def _use_pool(self, articles: list[Article]) -> bool:
        if self._pool is not None:
            return self._pool_takes_batches()
        self._submitted += len(articles)
        if self.spawn_after is not None and self._submitted > self.spawn_after:
            self._executor()  # starts loading now; unless spawn_after is 0, this batch is
            return self.spawn_after == 0  # still analyzed here
        return False

    def submit(self, articles: list[Article]) -> PendingBatch:
        if not self._use_pool(articles):
            one_thread_per_process()
            return _Done(articles)
        return _InPool(self, articles, self._executor().submit(analyze_batch, articles))

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]:
        if not articles:
            return []
        size = -(-len(articles) // self.workers)
        pending = [self.submit(articles[i:i + size]) for i in range(0, len(articles), size)]
        return [r for p in pending for r in p.result()]

    def close(self) -> None:
        """Shut the pool down after the batches already submitted (a worker still starting
        has been given none: it is stopped, not waited for)."""
        if self._pool is not None and not self._pool_takes_batches():
            self.abort()
        elif self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = self._started = None

    def abort(self) -> None:
        """Drop queued batches and stop the workers now (on an error or Ctrl+C)."""
        pool, self._pool, self._started = self._pool, None, None
        if pool is not None:
            processes = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in processes:
                proc.terminate()

    def __enter__(self) -> LocalAnalyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self._discard_pool()
