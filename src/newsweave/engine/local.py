"""Analysis in this process or a local process pool, streaming in batches through nlp.pipe.

`analyze_batch` is the pure per-batch function every engine runs; the engines only decide
where it runs. An engine is called with a batch (`engine(articles)`) or, to overlap the
workers with reading and writing, given batches with `submit` and asked for `.result()` in
order later.
"""

from __future__ import annotations

import os
import sys
from typing import Any, Protocol

from newsweave.model import Article, ArticleAnalysis, IngestError

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
    one_thread_per_process()
    warm_up()


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


class LocalAnalyzer:
    """Analyzes batches here (workers=1) or in a spawned pool kept alive across batches.

    Each worker process loads spaCy once (pool initializer). Use `close()` (or `with`) to
    shut the pool down at the end of a run.
    """

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool: Any = None

    @property
    def in_flight(self) -> int:
        """Batches to keep submitted ahead so no worker waits (none when running here)."""
        return 0 if self.workers == 1 else 2 * self.workers

    def _executor(self) -> Any:
        if self._pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                             initializer=_init_worker)
        return self._pool

    def _discard_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def submit(self, articles: list[Article]) -> PendingBatch:
        if self.workers == 1:
            one_thread_per_process()
            return _Done(articles)
        return _InPool(self, articles, self._executor().submit(analyze_batch, articles))

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]:
        if self.workers == 1:
            one_thread_per_process()
            return analyze_batch(articles)
        if not articles:
            return []
        size = -(-len(articles) // self.workers)
        pending = [self.submit(articles[i:i + size]) for i in range(0, len(articles), size)]
        return [r for p in pending for r in p.result()]

    def close(self) -> None:
        """Shut the pool down after the batches already submitted."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def abort(self) -> None:
        """Drop queued batches and stop the workers now (on an error or Ctrl+C)."""
        pool, self._pool = self._pool, None
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
