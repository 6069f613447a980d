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


# Articles longer than this (characters) are parsed on their own, under their time budget;
# shorter ones are parsed together through nlp.pipe, which is faster for many small texts.
PARSE_ALONE_CHARS = 100_000


class ParsedBatch:
    """A batch's parse (see `parse_batch`): the texts fitted for the parser, the docs of the
    short ones, and the pipeline that parsed them."""

    def __init__(self, prepared: dict[str, tuple[str, str | None]], docs: dict[str, Any],
                 nlp: Any) -> None:
        self.prepared, self.docs, self.nlp = prepared, docs, nlp


def parse_batch(articles: list[Article]) -> ParsedBatch:
    """The parse half of `analyze_batch`: the English articles' texts fitted for the parser
    and the short ones parsed together through nlp.pipe (one call per batch: a batch's docs
    are the same wherever this runs). A failing nlp.pipe leaves them unparsed: they are
    parsed one by one in `analyze_parsed`, where the article that breaks it fails alone."""
    from newsweave.nlp.limits import fit_for_parsing
    from newsweave.nlp.models import load_spacy

    english = [a for a in articles if a.is_english and a.text.strip()]
    if not english:
        return ParsedBatch({}, {}, None)
    nlp = load_spacy()
    prepared = {a.article_id: fit_for_parsing(a.text, nlp.max_length) for a in english}
    short = [a for a in english if len(prepared[a.article_id][0]) <= PARSE_ALONE_CHARS]
    docs: dict[str, Any] = {}
    try:
        docs = dict(zip((a.article_id for a in short),
                        nlp.pipe((prepared[a.article_id][0] for a in short),
                                 batch_size=max(1, len(short))),
                        strict=True))
    except Exception:  # parsed one by one in analyze_parsed
        docs = {}
    return ParsedBatch(prepared, docs, nlp)


def analyze_batch(articles: list[Article], time_budget: float | None = None
                  ) -> list[AnalysisResult]:
    """Analyze a batch with the per-process spaCy pipeline; one article's failure stays its own.

    Each article's analysis (and the parse of a long one) runs under its time budget
    (`time_budget` seconds, default: engine.budget.article_timeout(); see budget_for); a stage
    that fails or runs out of time is recorded as an analysis error and the other stages'
    records are kept. An article whose parse fails is recorded as analyzed without records
    (`skipped` says why), so a rerun does not try it again.
    Texts over the parser's limit are cut for analysis, and the cut is recorded the same way.
    """
    return analyze_parsed(articles, parse_batch(articles), time_budget)


def analyze_parsed(articles: list[Article], parsed: ParsedBatch,
                   time_budget: float | None = None) -> list[AnalysisResult]:
    """The analysis half of `analyze_batch`, on the batch's parse (`parse_batch`)."""
    from newsweave.engine.budget import article_timeout, budget_for, time_limit
    from newsweave.extract import analyze_doc, analyzer_version
    from newsweave.nlp.limits import parse_text

    budget = article_timeout(time_budget)
    results: list[AnalysisResult] = []
    prepared, docs, nlp = parsed.prepared, parsed.docs, parsed.nlp
    for art in articles:
        if art.article_id not in prepared:
            reason = f"language {art.language}" if not art.is_english else "empty text"
            results.append((art, ArticleAnalysis(article_id=art.article_id, skipped=reason,
                                                 analyzer_version=analyzer_version()), None))
            continue
        text, cut = prepared[art.article_id]
        step = "parsing"
        try:
            with time_limit(budget_for(budget, len(text))):
                doc = docs.get(art.article_id)
                if doc is None:  # a long text (in pieces, see parse_text), or a retry
                    doc = parse_text(nlp, text)
                step = "analysis"
                analysis = analyze_doc(art, doc)
        except Exception as exc:  # one bad article must not stop the run
            failure = _failure(art, step, exc)
            if cut is not None:
                failure.reason = f"{cut}; {failure.reason}"
            # recorded as done (without records) so a rerun does not fail the same way again;
            # `newsweave analyze --force` retries it
            results.append((art, ArticleAnalysis(article_id=art.article_id,
                                                 skipped=failure.reason,
                                                 analyzer_version=analyzer_version()), failure))
            continue
        if cut is not None:
            analysis.problems.insert(0, cut)
        err = None
        if analysis.problems:
            err = IngestError(source=art.source, reason="; ".join(analysis.problems)[:600],
                              stage="analyze")
        results.append((art, analysis, err))
    return results


def encode_batches(batches: list[list[str]], normalize: bool = True) -> list[Any]:
    """The sentence vectors of each batch of texts, computed in this process (a worker lent
    to the linker, see LocalAnalyzer.batch_runner)."""
    from newsweave.nlp.models import load_embedder

    model = load_embedder()
    return [model.encode_batch(batch, normalize) for batch in batches]


def share_batches(batches: list[list[str]], processes: int) -> list[list[int]]:
    """The batches (by index) each of `processes` computes, the first share this process's:
    the costliest batch to the least loaded share (cost: the characters of its texts),
    so that the shares end about together.

    Dealt round robin, the first share took the longest batch of every round (a third more
    than a worker's with two workers), and the link waited for this process alone."""
    cost = [sum(len(text) for text in batch) for batch in batches]
    shares: list[list[int]] = [[] for _ in range(max(1, processes))]
    load = [0] * len(shares)
    for k in sorted(range(len(batches)), key=lambda k: -cost[k]):
        least = min(range(len(shares)), key=lambda j: (load[j], j))
        shares[least].append(k)
        load[least] += cost[k]
    return shares


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
    """Runs once in each worker: one thread per process, models loaded up front (by the
    fork server it was forked from, see engine.preload, or here when it was spawned).
    Ctrl-C is the parent's to handle (it stops the workers): a worker ignores it, so it
    prints no traceback of its own; the parent stops it with SIGTERM (see _stop_worker)."""
    import signal

    from newsweave.engine import preload
    from newsweave.logs import configure_from_environment

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)
    _exit_with_parent()
    configure_from_environment()
    one_thread_per_process()
    if not preload.WARM:  # forked from a warmed-up fork server: the models are loaded
        warm_up(reading=False)


def _stop_worker(signum: int, frame: object) -> None:
    """SIGTERM in a worker (the pool stopped on Ctrl-C or an error, or the parent died): run
    this process's exit finalizers, then end at once, mid-batch or not.

    The finalizers unlink the named semaphores the worker made (tqdm's lock, created while
    the sentence model loads) and tell the resource tracker so; a worker that died of the
    signal's default action left them registered, and the tracker warned of "leaked
    semaphore objects" after every interrupted run."""
    from multiprocessing import util

    with contextlib.suppress(Exception):
        util._run_finalizers(0)  # type: ignore[attr-defined]  # priority >= 0: semaphores
    os._exit(128 + signum)


def _exit_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it dies (kill -9 included):
    a pool's idle workers would otherwise wait for work forever, holding their memory. No
    watcher thread: a thread would slow parsing here (see start_no_helper_threads)."""
    import ctypes
    import multiprocessing
    import signal

    from newsweave.engine import preload

    pr_set_pdeathsig = 1
    parent = multiprocessing.parent_process()
    # a worker forked from the fork server is its child (the fork server ends with the run,
    # see engine.preload); a spawned worker is the run's
    expected = (preload.SERVER_PID if preload.SERVER_PID not in (None, os.getpid())
                else parent.pid if parent is not None else None)
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the pool's own checks
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
        if expected is not None and os.getppid() != expected:  # it died before the call
            os._exit(1)


def warm_up(reading: bool = True) -> None:
    """Load everything `analyze_batch` (and, with `reading`, ingest) needs up front.

    The sentence embedder, the language identifier, the extractors' tables and dateparser's
    time-zone patterns are loaded explicitly: each loads on first use (6 s, 0.6 s, 1.8 s and
    0.4 s here), and loading them inside the first batch made it far slower than the rest.
    A worker reads no inputs: it skips the language identifier (0.9 s of CPU)."""
    from newsweave.extract import preload
    from newsweave.ingest.meta import detect_language
    from newsweave.nlp.dates import normalize_date
    from newsweave.nlp.models import embed

    embed([_WARMUP_TEXT])
    if reading:
        detect_language(_WARMUP_TEXT)
    preload()
    normalize_date("last Monday", "2016-01-15")
    analyze_batch([Article(article_id="art_warmup", source="warmup", text=_WARMUP_TEXT,
                           language="en")])
    # the models and tables just loaded live as long as the process: kept out of the
    # garbage collector's full passes, which otherwise walk all ~800,000 of their objects
    # again and again (0.4 s of a 1,000-sentence article's 0.9 s analysis here)
    import gc

    gc.collect()
    gc.freeze()


class _Done:
    """A batch analyzed here, when its result is asked for."""

    def __init__(self, articles: list[Article], time_budget: float | None = None) -> None:
        self._articles = articles
        self._time_budget = time_budget

    def result(self) -> list[AnalysisResult]:
        return analyze_batch(self._articles, self._time_budget)


# A batch analyzed here is parsed ahead on a thread of this process (see _ParsedAhead):
# NEWSWEAVE_PARSE_AHEAD=0 parses each batch when its result is asked for, as before.
PARSE_AHEAD_ENV = "NEWSWEAVE_PARSE_AHEAD"
_parse_thread: list[Any] = []  # the one-thread executor that parses ahead (made on first use)
# what the parse thread did in this process (benchmarks/run_timeline.py reports it): batches
# parsed there, their CPU seconds on that thread, and the seconds the analysis waited for one
parse_ahead_stats = {"batches": 0, "parse_cpu": 0.0, "waited": 0.0}


def parse_ahead() -> bool:
    """Whether batches analyzed here are parsed ahead on a second thread: with two cores or
    more, unless NEWSWEAVE_PARSE_AHEAD=0."""
    from newsweave.nlp.models import cores

    return os.environ.get(PARSE_AHEAD_ENV, "").strip() != "0" and cores() >= 2


def _parse_on_thread(articles: list[Article]) -> ParsedBatch:
    import time

    started = time.thread_time()
    try:
        return parse_batch(articles)
    finally:
        parse_ahead_stats["batches"] += 1
        parse_ahead_stats["parse_cpu"] += time.thread_time() - started


class _ParsedAhead:
    """A batch analyzed here whose parse starts on a thread when it is submitted.

    A small run analyzes in its own process and left the second core idle. With one batch
    submitted ahead (LocalAnalyzer.in_flight), the next batch is parsed on this thread
    while this process analyzes (and embeds the typer's clauses for, and writes) the one
    before: spaCy's parser and torch both run long stretches without the GIL. The batch
    is parsed by the same nlp.pipe call as `analyze_batch` makes, one batch at a time in
    submission order, so its docs, and the analysis, are the same (the analysis itself
    stays on the main thread, under its time budget, see engine.budget)."""

    def __init__(self, articles: list[Article], time_budget: float | None = None) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._articles = articles
        self._time_budget = time_budget
        if any(a.is_english and a.text.strip() for a in articles):
            # the pipeline is loaded here, not on the thread: loading spaCy imports torch
            # (thinc), and code here that looks a module up in sys.modules meanwhile (see
            # one_thread_per_process) found it half imported and failed
            from newsweave.nlp.limits import fit_for_parsing  # noqa: F401  (imported here)
            from newsweave.nlp.models import load_spacy

            load_spacy()
        if not _parse_thread:
            _parse_thread.append(ThreadPoolExecutor(1, thread_name_prefix="newsweave-parse"))
        self._parsed = _parse_thread[0].submit(_parse_on_thread, articles)

    def result(self) -> list[AnalysisResult]:
        import time

        waiting = time.perf_counter()
        parsed = self._parsed.result()
        parse_ahead_stats["waited"] += time.perf_counter() - waiting
        return analyze_parsed(self._articles, parsed, self._time_budget)


class _InPool:
    """A batch running in the process pool, in parts (one future each, in input order); a
    crashed worker fails only the articles of its own part."""

    def __init__(self, owner: LocalAnalyzer, parts: list[list[Article]], futures: list[Any]
                 ) -> None:
        self._owner, self._parts, self._futures = owner, parts, futures

    def result(self) -> list[AnalysisResult]:
        from concurrent.futures.process import BrokenProcessPool

        results: list[AnalysisResult] = []
        for part, future in zip(self._parts, self._futures, strict=True):
            try:
                results.extend(future.result())
            except BrokenProcessPool as exc:
                self._owner._discard_pool()
                reason = f"analysis worker crashed ({exc or 'killed'})".splitlines()[0]
                results.extend((art, None, IngestError(source=art.source, reason=reason,
                                                       stage="analyze")) for art in part)
        return results


class _Deferred:
    """A batch held back while the workers' fork server loads the models: it goes to the
    pool with the others when the server is ready, or when its result is asked for."""

    def __init__(self, owner: LocalAnalyzer, articles: list[Article]) -> None:
        self._owner, self.articles = owner, articles
        self.sent: PendingBatch | None = None

    def result(self) -> list[AnalysisResult]:
        if self.sent is None:
            self._owner._flush()  # waits for the fork server if it is still loading
        if self.sent is None:
            raise RuntimeError("batch dropped: the analysis workers were stopped")
        return self.sent.result()


# A batch goes to a pool of several workers in parts of at least this many articles (one
# part per worker at most). Smaller parts cost more: the same 64 real articles took 8% more
# CPU analyzed 8 at a time than 16 (and 16 as much as 32), more than the shorter tail of a
# run (one worker idle while another ends its last part) gives back.
MIN_PART_ARTICLES = 16


def split_batch(articles: list[Article], parts: int) -> list[list[Article]]:
    """`articles` in at most `parts` consecutive parts of near-equal size (input order).

    A large batch (`--batch-size` 64, say) goes to a pool of several workers in parts, one
    per worker, of at least MIN_PART_ARTICLES: the last batches of a run then end about
    together instead of one worker parsing a whole batch while the others wait."""
    parts = max(1, min(parts, len(articles)))
    size, extra = divmod(len(articles), parts)
    out, start = [], 0
    for k in range(parts):
        end = start + size + (1 if k < extra else 0)
        out.append(articles[start:end])
        start = end
    return out


# A run analyzes here until it has been given this many articles, then in spawned worker
# processes (even with one worker). Starting a worker costs a model load (~7 s), not worth it
# for a few articles; for more, a worker parses faster than this process can: this process has
# threads (DuckDB starts eight), and spaCy runs 12-15% slower in a process that has ever had a
# second thread (see start_no_helper_threads); reading and writing here overlap the parsing.
SPAWN_AFTER = 32
SPAWN_AFTER_ENV = "NEWSWEAVE_SPAWN_AFTER"
# A worker is started only when it will get about this many articles beyond those analyzed
# here while it loads (a second worker for 40 more articles costs a model load, ~7 s of CPU,
# and slows the others on a machine with few cores; it gains a second or two at best).
ARTICLES_PER_WORKER = 64
# Automatic worker count: one per core, at most this many, and ~1.2 GB of free memory each
# (a worker holds spaCy, the sentence model and the gazetteers).
MAX_AUTO_WORKERS = 4
WORKER_MEMORY_BYTES = 1200 * 2**20


def _cores() -> int:
    """The cores this process may run on (nlp.models.cores)."""
    from newsweave.nlp.models import cores

    return cores()


def auto_workers() -> int:
    """Workers for `--workers 0`: the cores, capped by MAX_AUTO_WORKERS and by free memory."""
    cores = _cores()
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


# "spawn" makes every worker load the models itself (the default elsewhere than Linux);
# "forkserver" (default where available) forks them from one process that loaded them.
START_METHOD_ENV = "NEWSWEAVE_WORKER_START"
_fork_server_key: tuple[Any, ...] | None = None  # what the running fork server was started with
_retired_servers: list[int] = []  # fork servers of older settings, ending with their workers
# The file the fork server creates once its models are loaded (engine.preload), so the run
# process knows without waiting for it: the path is given to the server in this variable.
READY_ENV = "NEWSWEAVE_FORK_SERVER_READY"
_ready_marker: str | None = None  # the running fork server's marker (None: no server)
_markers_made = 0
# Batches a run reads ahead and holds while the fork server loads the models (~2.5 s of
# CPU on one core: the other core reads inputs meanwhile instead of waiting)
READ_AHEAD_BATCHES = 32
# How long a run waits for a forked worker to answer (it is ready in milliseconds unless
# the fork server's warm-up failed and it loads the models itself)
FORKED_READY_SECONDS = 2.0
_fork_server_pools = 0  # open pools whose workers came from the running fork server


def _fork_server_key_now() -> tuple[Any, ...]:
    """What a fork server's loaded models depend on: the environment it inherited (the
    settings' variables, NEWSWEAVE_CONFIG, PYTHONPATH, ...) and the settings in force,
    with the replacement lexicons' contents (Settings.analysis_digest)."""
    from newsweave.config import load_settings

    try:
        digest = load_settings().analysis_digest
    except Exception as exc:  # bad settings: the workers report them
        digest = f"unreadable: {exc}"
    return tuple(sorted(os.environ.items())), digest


def _retire_fork_server(server: Any) -> None:
    """Let the running fork server end (it exits once its workers have), without waiting,
    so that the next pool starts a new one."""
    os.close(server._forkserver_alive_fd)
    _retired_servers.append(server._forkserver_pid)
    address = server._forkserver_address
    server._forkserver_alive_fd = server._forkserver_address = server._forkserver_pid = None
    with contextlib.suppress(OSError, TypeError):
        os.unlink(address)


def _reap_retired() -> None:
    for pid in list(_retired_servers):
        with contextlib.suppress(ChildProcessError):
            if os.waitpid(pid, os.WNOHANG)[0] == 0:
                continue
        _retired_servers.remove(pid)


def _worker_context() -> Any:
    """The multiprocessing context the pool starts its workers with: a fork server that has
    loaded the models (engine.preload), started now (or kept from an earlier pool of this
    process with the same settings), or "spawn" where there is none or
    NEWSWEAVE_WORKER_START=spawn asks for it."""
    import multiprocessing as mp

    global _fork_server_key
    if (os.environ.get(START_METHOD_ENV, "").strip() == "spawn"
            or "forkserver" not in mp.get_all_start_methods()):
        return mp.get_context("spawn")
    from multiprocessing import forkserver

    from newsweave.engine.preload import PARENT_ENV

    server: Any = forkserver._forkserver  # type: ignore[attr-defined]
    key = _fork_server_key_now()
    try:
        _reap_retired()
        if server._forkserver_pid is not None and key != _fork_server_key:
            log.info("settings changed: a new analysis fork server")
            _retire_fork_server(server)
            _set_ready_marker(None)
        context = mp.get_context("forkserver")
        context.set_forkserver_preload(["newsweave.engine.preload"])
        new_server = server._forkserver_pid is None
        marker = _new_ready_marker() if new_server else _ready_marker
        os.environ[PARENT_ENV] = str(os.getpid())
        if marker is not None:
            os.environ[READY_ENV] = marker
        try:
            forkserver.ensure_running()
        finally:
            os.environ.pop(PARENT_ENV, None)
            os.environ.pop(READY_ENV, None)
        _set_ready_marker(marker)
    except (AttributeError, OSError) as exc:  # another Python's internals: spawn instead
        log.info("no analysis fork server (%s): workers spawned", exc)
        return mp.get_context("spawn")
    global _fork_server_pools
    _fork_server_key = key
    _fork_server_pools += 1
    return context


def _new_ready_marker() -> str:
    """A path for a new fork server's ready marker, in multiprocessing's temporary folder of
    this process (removed when it exits)."""
    from multiprocessing import util

    global _markers_made
    _markers_made += 1
    return os.path.join(util.get_temp_dir(), f"newsweave-fork-server-{_markers_made}.ready")


def _set_ready_marker(marker: str | None) -> None:
    global _ready_marker
    if _ready_marker is not None and _ready_marker != marker:
        with contextlib.suppress(OSError):
            os.unlink(_ready_marker)
    _ready_marker = marker


def fork_server_ready() -> bool:
    """Whether the running fork server has loaded the models (its workers then start at
    once): starting a pool before blocks this process until it has."""
    return _ready_marker is None or os.path.exists(_ready_marker)


def _release_fork_server(wait: bool) -> None:
    """A pool of the fork server's workers is done: the last one stops the fork server, so
    its memory (the loaded models) is freed and its CPU (and its workers') is counted in this
    process's children like a spawned worker's. `wait`: the pool's workers have ended, wait
    for the fork server to end too (a moment); otherwise let it end with them (see
    `_retire_fork_server`)."""
    global _fork_server_pools
    _fork_server_pools = max(0, _fork_server_pools - 1)
    if _fork_server_pools:
        return
    try:  # (also called from __del__, possibly while the interpreter shuts down)
        from multiprocessing import forkserver

        server: Any = forkserver._forkserver  # type: ignore[attr-defined]
        if server._forkserver_pid is None:
            return
        if wait:
            server._stop()
        else:
            _retire_fork_server(server)
        _set_ready_marker(None)
    except Exception as exc:  # it ends with this process anyway
        log.debug("analysis fork server not stopped: %s", exc)


class LocalAnalyzer:
    """Analyzes batches in a pool of `workers` processes (0: `auto_workers()`; forked from a
    fork server that loaded the models, see engine.preload, or spawned) kept
    alive across batches, or here.

    Batches are analyzed here until `spawn_after` articles have been submitted (default:
    `default_spawn_after()`; None: always here); then the pool starts, and batches go to it
    once a worker has loaded its models (until then they are still analyzed here, so nothing
    waits for the start). With `spawn_after=0` every batch goes to the pool (nothing is
    analyzed here) and `start()` starts it at once. Workers forked from the fork server
    come with the models loaded: while the server loads them, batches are held (up to
    READ_AHEAD_BATCHES, see `in_flight`) and sent together once it is ready, so this process
    reads ahead instead of waiting. With several workers a large batch is sent in parts,
    one per worker (see split_batch). Use `close()` (or `with`) to shut the pool down at
    the end of a run.
    """

    def __init__(self, workers: int = 0,
                 spawn_after: int | Literal["default"] | None = "default",
                 time_budget: float | None = None) -> None:
        self.workers = workers if workers > 0 else auto_workers()
        self.time_budget = time_budget  # seconds per article (None: engine.budget default)
        self.spawn_after = default_spawn_after() if isinstance(spawn_after, str) else spawn_after
        self._submitted = 0
        self._pool: Any = None
        self._started: Any = None  # the pool's first future: done when a worker is ready
        self._context: Any = None  # the workers' multiprocessing context, once chosen
        self._forked = False  # the pool's workers come from the fork server (engine.preload)
        self._deferred: list[_Deferred] = []  # batches held while the fork server loads

    @property
    def in_flight(self) -> int:
        """Batches to keep submitted ahead so no worker waits: up to READ_AHEAD_BATCHES
        held while the fork server loads the models; while analyzing here, one (parsed
        ahead on a thread, see _ParsedAhead) or none."""
        if self._warming():
            return READ_AHEAD_BATCHES
        if self._pool_takes_batches():
            return 2 * self.workers
        return 1 if parse_ahead() else 0

    @property
    def workers_starting(self) -> bool:
        """Whether worker processes are started (or their fork server is loading): the
        run then has a link after them to prepare for (see api.ingest)."""
        return self._pool is not None or self._context is not None

    @property
    def expect_at_most(self) -> int:
        """How far `expect` needs the input counted: with more articles than this, it
        starts every worker (counting a big folder's files costs ~0.2 ms each, before the
        workers start)."""
        return (self.spawn_after or 0) + (self.workers + 1) * ARTICLES_PER_WORKER

    def expect(self, articles: int) -> None:
        """Hint, before the first batch: about `articles` articles are coming.

        A run that will pass `spawn_after` starts its workers now, so they load their models
        while this process reads and analyzes the first batches (instead of starting only
        after `spawn_after` articles, late by that much). It starts no more workers than the
        articles can keep busy (ARTICLES_PER_WORKER each beyond `spawn_after`), and none for
        a run that stays under `spawn_after`. A run too small to give even one worker
        ARTICLES_PER_WORKER articles is analyzed here: one model load instead of two (the
        worker's and this process's, which analyzes while the worker loads), no pickling; a
        worker still starts if far more articles come than were expected."""
        if self.workers_starting or self.spawn_after is None or articles <= self.spawn_after:
            return
        useful = (articles - self.spawn_after) // ARTICLES_PER_WORKER
        if useful < 1 and self.spawn_after > 0:  # (0: told to analyze in workers only)
            log.info("%d articles expected: analyzed in this process", articles)
            self.spawn_after = articles + ARTICLES_PER_WORKER
            return
        useful = max(1, useful)
        if useful < self.workers:
            log.info("%d articles expected: %d of %d workers started", articles, useful,
                     self.workers)
            self.workers = useful
        if self.workers >= _cores():
            # the workers take every core while they load: analyzing here too would only
            # slow their start (and load a model here for a few batches)
            self.spawn_after = 0
        self._begin()

    def _begin(self) -> None:
        """Start the workers: a fork server (engine.preload) starts loading the models and
        this process goes on (the pool is made when the server is ready, see `submit`);
        spawned workers start at once."""
        if self.workers_starting:
            return
        log.info("starting %d analysis worker processes", self.workers)
        self._context = _worker_context()
        self._forked = self._context.get_start_method() == "forkserver"
        if not self._forked:
            self._executor()

    def _warming(self) -> bool:
        """The fork server is loading the models and no pool is made yet."""
        return self._pool is None and self._forked and not fork_server_ready()

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
            from concurrent.futures import ProcessPoolExecutor

            if self._context is None:
                log.info("starting %d analysis worker processes", self.workers)
                self._context = _worker_context()
                self._forked = self._context.get_start_method() == "forkserver"
            # (forked: this waits until the fork server has loaded the models)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=self._context,
                                             initializer=_init_worker)
            # A spawn pool starts a process per submit that finds no idle one: one `_ready`
            # per worker starts them all now. With one, the second worker started only with
            # the first batch, after the first had loaded its models (~7 s late).
            self._started = self._pool.submit(_ready)
            for _ in range(self.workers - 1):
                self._pool.submit(_ready)
            if self._forked:
                # a forked worker is ready in milliseconds (the fork server loaded the
                # models): the batches go to it from the first instead of to a model
                # loaded here
                with contextlib.suppress(Exception):
                    self._started.result(timeout=FORKED_READY_SECONDS)
        return self._pool

    def start(self) -> None:
        """Start the worker pool now and wait until every worker has loaded its models."""
        self._flush()
        self._executor()
        ready = {self._started.result()}
        while len(ready) < self.workers:  # a ready worker answers at once: ask until all have
            ready.update(f.result() for f in [self._pool.submit(_ready, 0.05)
                                              for _ in range(self.workers)])

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._started = None
        self._done_with_fork_server(wait=False)

    def _done_with_fork_server(self, wait: bool) -> None:
        if self._forked:
            self._forked = False
            _release_fork_server(wait)
        self._context = None

    def _use_pool(self, articles: list[Article]) -> bool:
        if self._pool is not None:
            return self._pool_takes_batches()
        if self._forked:  # the fork server is ready: the pool is made now
            self._executor()
            return self._pool_takes_batches()
        self._submitted += len(articles)
        if self.spawn_after is not None and self._submitted > self.spawn_after:
            self._executor()  # starts loading now; unless spawn_after is 0 or the workers
            return self._pool_takes_batches()  # came ready from the fork server, this
            # batch is still analyzed here
        return False

    def submit(self, articles: list[Article]) -> PendingBatch:
        if self._warming():
            held = _Deferred(self, articles)
            self._deferred.append(held)
            return held
        self._flush()
        if not self._use_pool(articles):
            one_thread_per_process()
            if parse_ahead():
                return _ParsedAhead(articles, self.time_budget)
            return _Done(articles, self.time_budget)
        return self._to_pool(articles)

    def _to_pool(self, articles: list[Article]) -> _InPool:
        pool = self._executor()
        parts = split_batch(articles, min(self.workers, len(articles) // MIN_PART_ARTICLES))
        return _InPool(self, parts, [pool.submit(analyze_batch, part, self.time_budget)
                                     for part in parts])

    def _flush(self) -> None:
        """Send the batches held while the fork server loaded (waiting for it if need be)."""
        held, self._deferred = self._deferred, []
        for batch in held:
            batch.sent = self._to_pool(batch.articles)

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]:
        if not articles:
            return []
        return self.submit(articles).result()

    def batch_runner(self) -> Any:
        """A `BatchRunner` (nlp.models.batches_run_by) that spreads the batches of one
        embedding call over the workers and this process, or None without a ready pool.

        After the analysis the workers sit idle with the sentence model loaded while this
        process links; the link's embedding was its largest part, all on one core."""
        if not self._pool_takes_batches():
            return None
        return self._run_batches

    def _run_batches(self, batches: list[list[str]], normalize: bool) -> list[Any]:
        from newsweave.nlp.models import load_embedder

        shares = share_batches(batches, self.workers + 1)
        sent = []
        if len(batches) > 1 and self._pool is not None:
            for share in shares[1:]:
                if share:
                    future = self._pool.submit(encode_batches, [batches[k] for k in share],
                                               normalize)
                    sent.append((share, future))
        else:
            shares[0] = list(range(len(batches)))
        model = load_embedder()
        done: list[Any] = [None] * len(batches)
        for k in shares[0]:
            done[k] = model.encode_batch(batches[k], normalize)
        for share, future in sent:
            try:
                vectors = future.result()
            except Exception as exc:  # a lost worker: its batches are computed here
                log.warning("embedding in a worker failed (%s): computed here",
                            f"{type(exc).__name__}: {exc}".splitlines()[0])
                vectors = [model.encode_batch(batches[k], normalize) for k in share]
            for k, v in zip(share, vectors, strict=True):
                done[k] = v
        return done

    def close(self) -> None:
        """Shut the pool down after the batches already submitted (a worker still starting
        has been given none: it is stopped, not waited for; a fork server that never got
        a batch ends on its own)."""
        if self._deferred:
            self._flush()
        if self._pool is not None and not self._pool_takes_batches():
            self.abort()
        elif self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = self._started = None
            self._done_with_fork_server(wait=True)
        else:
            self._done_with_fork_server(wait=False)

    def abort(self) -> None:
        """Drop queued batches and stop the workers now (on an error or Ctrl+C)."""
        pool, self._pool, self._started = self._pool, None, None
        self._deferred = []
        if pool is not None:
            processes = list(getattr(pool, "_processes", {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            for proc in processes:
                proc.terminate()
        self._done_with_fork_server(wait=False)

    def __enter__(self) -> LocalAnalyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        self._discard_pool()
