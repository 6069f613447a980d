"""The Python API: the same verbs as the CLI (ingest, analyze, link, run, export, summary),
and the list commands' queries (quotes, events, claims, articles: pages through store.query).

Each verb streams: inputs are read, analyzed and written batch by batch, so memory stays flat
as the corpus grows. Every batch is one transaction, so an interrupted run loses at most the
batches in flight and a rerun adds nothing twice. While the analysis engine works on a few
batches ahead, the store's connection is released so that readers (`serve`) can open the file.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from newsweave.engine.local import AnalysisResult, PendingBatch, one_thread_per_process
from newsweave.model import (
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    IngestError,
    Quote,
    SkippedInput,
)
from newsweave.store import Store

if TYPE_CHECKING:
    from newsweave.link.incremental import Linker
    from newsweave.store.query import Page

ProgressFn = Callable[[str, int], None]  # (stage, how many more done)
ErrorFn = Callable[[IngestError], None]
SkipFn = Callable[[SkippedInput], None]

log = logging.getLogger(__name__)


@runtime_checkable
class Analyzer(Protocol):
    """What the pipeline needs from an engine (LocalAnalyzer, RayAnalyzer). An engine may
    also say how many batches to submit ahead (`in_flight`, default 0: analyze on demand)."""

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]: ...

    def submit(self, articles: list[Article]) -> PendingBatch: ...

    def close(self) -> None: ...


@dataclass
class RunReport:
    """What a run did, for the summary line and the exit code."""

    inputs: int = 0  # articles read from the inputs (before dedup)
    new_articles: int = 0
    already_stored: int = 0
    exact_duplicates: int = 0
    analyzed: int = 0
    skipped_analysis: int = 0
    errors: list[IngestError] = field(default_factory=list)
    # files and folders a walk did not read (no articles: licences, readmes, hidden files)
    skipped: list[SkippedInput] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


log = logging.getLogger(__name__)


def _noop(stage: str, n: int) -> None:
    return None


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _on_error(report: RunReport, err: IngestError, on_error: ErrorFn | None) -> None:
    report.errors.append(err)
    log.debug("%s error recorded: %s", err.stage, err.line())
    if on_error is not None:
        on_error(err)


def _analyzer(engine: str, workers: int, ray_address: str | None,
              article_timeout: float | None = None) -> Analyzer:
    """An engine analyzing batches of articles: local (in process or a pool) or Ray."""
    if engine == "ray":
        from newsweave.engine.ray_engine import RayAnalyzer

        return RayAnalyzer(workers=workers, address=ray_address, time_budget=article_timeout)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (choose local or ray)")
    from newsweave.engine.local import LocalAnalyzer

    return LocalAnalyzer(workers=workers, time_budget=article_timeout)


@contextmanager
def _engine(given: Analyzer | Callable[[list[Article]], list[AnalysisResult]] | None,
            engine: str, workers: int, ray_address: str | None,
            article_timeout: float | None = None) -> Iterator[Analyzer]:
    """The given analyzer (the caller closes it), or a new one closed at the end."""
    if given is not None:
        yield given if isinstance(given, Analyzer) else _CallableEngine(given)
        return
    made = _analyzer(engine, workers, ray_address, article_timeout)
    try:
        yield made
    except BaseException:
        getattr(made, "abort", made.close)()  # do not wait for queued batches
        raise
    made.close()


class _CallableEngine:
    """Adapts a plain `articles -> results` function to the engine protocol (runs here)."""

    in_flight = 0  # nothing runs ahead: a batch is analyzed when its result is asked for

    def __init__(self, fn: Callable[[list[Article]], list[AnalysisResult]]) -> None:
        self.fn = fn

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]:
        return self.fn(articles)

    def submit(self, articles: list[Article]) -> PendingBatch:
        return _Later(self.fn, articles)

    def close(self) -> None:
        return None


@dataclass
class _Later:
    fn: Callable[[list[Article]], list[AnalysisResult]]
    articles: list[Article]

    def result(self) -> list[AnalysisResult]:
        return self.fn(self.articles)


@dataclass
class _Batch:
    """One batch on its way through the pipeline."""

    articles: list[Article]  # to write (new ones, and known ones for their sources)
    errors: list[IngestError]
    inputs: int  # how many inputs it covers (for progress)
    pending: PendingBatch | None = None


# Finished batches are committed together, up to this many articles in one transaction
# (one write of 64 articles costs a third of four writes of 16: DuckDB's cost is per
# statement and per commit), and at least every COMMIT_SECONDS, and at once when a reader
# asks for the file (see Store.readers_waiting).
COMMIT_ARTICLES = 64
COMMIT_SECONDS = 5.0


class _Pipeline:
    """Submits batches to the engine and writes their results in input order; finished
    batches are committed a few at a time (see COMMIT_ARTICLES), each batch whole."""

    def __init__(self, store: Store, analyzer: Analyzer | None, report: RunReport,
                 on_error: ErrorFn | None, progress: ProgressFn, stage: str) -> None:
        self.store, self.analyzer, self.report = store, analyzer, report
        self.on_error, self.progress, self.stage = on_error, progress, stage
        self.queue: deque[_Batch] = deque()
        # finished batches not committed yet: (batch, its analyses, its errors)
        self.finished: list[tuple[_Batch, list[ArticleAnalysis], list[IngestError]]] = []
        self.finished_since = 0.0

    def put(self, batch: _Batch, to_analyze: list[Article]) -> None:
        if self.analyzer is not None and to_analyze:
            batch.pending = self.analyzer.submit(to_analyze)
        self.queue.append(batch)
        self.store.yield_if_wanted()  # readers may open the file while the engine works
        while len(self.queue) > self.limit():
            self._write(self.queue.popleft())

    def limit(self) -> int:
        """Batches to keep submitted ahead of the one being written (the engine says how
        many it needs now: a local engine needs none until its worker is ready)."""
        return int(getattr(self.analyzer, "in_flight", 0)) if self.analyzer is not None else 0

    def drain(self) -> None:
        """The inputs are read: write the rest. Each batch is committed as soon as it is
        done (the workers are still busy with the next ones), so that after the last one
        only its own write is left."""
        self._commit()
        while self.queue:
            self._write(self.queue.popleft())
            self._commit()

    def _write(self, batch: _Batch) -> None:
        analyses: list[ArticleAnalysis] = []
        errors = list(batch.errors)
        for _art, analysis, err in batch.pending.result() if batch.pending else []:
            if err is not None:
                errors.append(err)
                _on_error(self.report, err, self.on_error)
            if analysis is not None:
                analyses.append(analysis)
                if analysis.skipped:
                    self.report.skipped_analysis += 1
                else:
                    self.report.analyzed += 1
        if not self.finished:
            self.finished_since = time.monotonic()
        self.finished.append((batch, analyses, errors))
        held = sum(len(b.articles) for b, _, _ in self.finished)
        if (held >= COMMIT_ARTICLES or time.monotonic() - self.finished_since >= COMMIT_SECONDS
                or self.store.readers_waiting()):
            self._commit()

    def _commit(self) -> None:
        """Write the finished batches in one transaction, then let readers in."""
        if not self.finished:
            return
        finished, self.finished = self.finished, []
        self.report.new_articles += self._write_safely(
            [a for batch, _, _ in finished for a in batch.articles],
            [a for _, analyses, _ in finished for a in analyses],
            [e for _, _, errors in finished for e in errors])
        self.store.yield_if_wanted()
        for batch, _, _ in finished:
            self.progress(self.stage, batch.inputs)

    def _write_safely(self, articles: list[Article], analyses: list[ArticleAnalysis],
                      errors: list[IngestError]) -> int:
        """Write the batch in one transaction; if the store refuses it, write it article by
        article so that one article it cannot take (a value DuckDB rejects) becomes that
        article's error row and the batch's good articles are kept. When the store cannot
        even take the errors, the store itself is the problem: its StoreError stops the run."""
        from newsweave.store import StoreError

        try:
            return self.store.write_batch(articles, analyses, errors)
        except StoreError as exc:
            first_failure = exc
        log.info("batch write failed (%s); writing its articles one by one", first_failure)
        by_article = {a.article_id: a for a in analyses}
        new, refused = 0, []
        for art in articles:
            own = [by_article.pop(art.article_id)] if art.article_id in by_article else []
            try:
                new += self.store.write_batch([art], own)
            except StoreError as exc:
                err = IngestError(source=art.source, stage="store",
                                  reason=f"could not be stored ({exc})"[:400])
                refused.append(err)
                _on_error(self.report, err, self.on_error)
        try:
            self.store.write_batch([], list(by_article.values()), [*errors, *refused])
        except StoreError:
            raise first_failure from None
        return new


_EXPECT_ENOUGH = 10_000  # counting inputs stops here (no engine needs a larger number)


def ingest(
    store: Store,
    paths: Sequence[str],
    analyze: bool = True,
    workers: int = 0,
    engine: str = "local",
    batch_size: int = 16,
    progress: ProgressFn = _noop,
    on_error: ErrorFn | None = None,
    report: RunReport | None = None,
    ray_address: str | None = None,
    analyzer: Analyzer | None = None,
    article_timeout: float | None = None,
    link_after: bool = False,
    on_skip: SkipFn | None = None,
) -> RunReport:
    """Read the inputs into the store, analyzing the articles not analyzed yet.

    Reading and parsing happen here while the engine analyzes earlier batches; each batch's
    articles, analyses and errors are committed together, in input order. Articles already
    stored (and analyzed by this analyzer version) are not analyzed again. `workers`: analysis
    processes, 0 for one per core (see `LocalAnalyzer` for when they start).
    `article_timeout`: analysis seconds per article (see engine.budget; None: the default).
    `link_after`: a link follows; when workers analyze, this process loads the sentence
    model the link needs while they load theirs (not after them).
    A file or folder the walk skips (see ingest.sources.skip_reason) is counted in
    `report.skipped`, passed to `on_skip` and recorded with its batch (stage "skipped").
    """
    from newsweave.extract import analyzer_version
    from newsweave.ingest import ingest as read_inputs

    report = report or RunReport()
    started = time.perf_counter()
    if analyze:
        # before reading imports numpy (trafilatura does): its OpenBLAS starts a helper
        # thread unless told one, and a process that ever had a second thread parses slower
        # (see one_thread_per_process); articles may be analyzed in this process
        one_thread_per_process()
    seen: set[str] = set()  # article ids met in this run (ids only: the texts move on)
    with _engine(analyzer, engine, workers, ray_address, article_timeout) if analyze \
            else _no_engine() as eng:
        pipeline = _Pipeline(store, eng, report, on_error, progress, "ingest")
        expect = getattr(eng, "expect", None)
        if expect is not None:  # start the workers now when much is new to analyze
            stored = store.article_count()  # a rerun of the same inputs analyzes nothing
            enough = stored + int(getattr(eng, "expect_at_most", _EXPECT_ENOUGH))
            expect(max(0, estimate_articles(paths, enough=enough) - stored))
            if getattr(eng, "workers_starting", False):
                # while the workers' fork server loads the models on one core, this process
                # loads what it needs later on the other: the link's sentence model, and
                # what the first large write needs (both otherwise compete with the workers)
                if link_after:
                    from newsweave.nlp.models import load_embedder

                    one_thread_per_process()
                    load_embedder()
                store.prepare_bulk_writes()
        skips: list[SkippedInput] = []  # met since the last batch: written with the next

        def skipped(item: SkippedInput) -> None:
            report.skipped.append(item)
            skips.append(item)
            log.debug("skipped %s", item.line())
            if on_skip is not None:
                on_skip(item)

        try:
            for items in _batched(read_inputs(paths, on_skip=skipped), batch_size):
                batch = _Batch(articles=[], errors=[skip.as_row() for skip in skips],
                               inputs=len(items))
                skips.clear()
                unique: dict[str, Article] = {}
                repeats: list[Article] = []
                for item in items:
                    if isinstance(item, IngestError):
                        batch.errors.append(item)
                        _on_error(report, item, on_error)
                        continue
                    report.inputs += 1
                    if item.article_id in seen or item.article_id in unique:
                        report.exact_duplicates += 1  # stored once; its source is recorded
                        repeats.append(item)
                        continue
                    unique[item.article_id] = item
                seen.update(unique)
                known = store.known_article_ids(unique)
                report.already_stored += len(known)
                done = store.analyzed_ids(analyzer_version(), among=unique) if analyze else set()
                batch.articles = [*unique.values(), *repeats]
                pipeline.put(batch, [a for aid, a in unique.items() if aid not in done])
            if skips:  # met after the last article
                pipeline.put(_Batch(articles=[], errors=[skip.as_row() for skip in skips],
                                    inputs=0), [])
            pipeline.drain()
        finally:
            store.release()
    report.seconds["ingest+analyze"] = time.perf_counter() - started
    return report


# A JSONL (or JSON) input counts as its size over this many bytes of articles when the run
# estimates how many articles are coming (its lines are not read twice).
BYTES_PER_RECORD = 3000


def estimate_articles(paths: Sequence[str], enough: int) -> int:
    """About how many articles `paths` hold, counted up to `enough` (then it stops): files
    a folder walk would read, JSONL/JSON files by size, a URL as one. Cheap (names and
    sizes only); it only decides whether workers start before the first batch."""
    import glob
    import os

    from newsweave.ingest.sources import format_for_name, is_url, skip_reason, wanted_in_folder

    def weight(path: str, size: int) -> int:
        fmt = format_for_name(os.path.basename(path))
        return max(1, size // BYTES_PER_RECORD) if fmt in ("jsonl", "json") else 1

    count = 0
    for given in paths:
        if is_url(given):
            count += 1
        matches = [given] if os.path.exists(given) else sorted(glob.glob(given, recursive=True))
        for path in matches:
            if os.path.isfile(path):
                count += weight(path, os.path.getsize(path))
            for root, dirs, files in os.walk(path):  # nothing for a file
                dirs[:] = sorted(d for d in dirs if skip_reason(d, is_folder=True) is None)
                for name in files:
                    full = os.path.join(root, name)
                    if not wanted_in_folder(Path(os.path.relpath(full, path))):
                        continue
                    try:
                        count += weight(name, os.stat(full).st_size)
                    except OSError:
                        continue
                    if count >= enough:
                        return count
            if count >= enough:
                return count
    return count


@contextmanager
def _no_engine() -> Iterator[None]:
    yield None


def analyze(
    store: Store,
    workers: int = 0,
    engine: str = "local",
    batch_size: int = 16,
    force: bool = False,
    progress: ProgressFn = _noop,
    on_error: ErrorFn | None = None,
    ray_address: str | None = None,
    analyzer: Analyzer | None = None,
    article_timeout: float | None = None,
) -> RunReport:
    """Analyze stored articles that have no analysis from this analyzer version yet (all of
    them with `force`), streaming them from the store a page at a time."""
    from newsweave.extract import analyzer_version

    report = RunReport()
    started = time.perf_counter()
    pending = store.iter_articles(batch_size=max(batch_size, 64),
                                  pending_for=None if force else analyzer_version())
    with _engine(analyzer, engine, workers, ray_address, article_timeout) as eng:
        pipeline = _Pipeline(store, eng, report, on_error, progress, "analyze")
        try:
            for batch in _batched(pending, batch_size):
                pipeline.put(_Batch(articles=[], errors=[], inputs=len(batch)), batch)
            pipeline.drain()
        finally:
            store.release()
    report.seconds["analyze"] = time.perf_counter() - started
    return report


def link(store: Store, linker: Linker | None = None) -> None:
    """Link the corpus (entities, syndication, claims) and store the links.

    A `Linker` kept across calls (as `watch` does) reads only the articles stored since its
    last link and rewrites only the link records that changed; without one, a new Linker
    takes up the state the last one kept in the store (or reads everything), and keeps its
    own for the next process (see link.incremental). The connection is released afterwards.
    """
    from newsweave.link.corrections import load
    from newsweave.link.incremental import Linker

    one_thread_per_process()  # the linker embeds claims and quotes with torch
    try:
        fixes = load(store)  # analysts' fixes
        one_shot = linker is None
        linker = linker or Linker()
        linker.link(store, corrections=fixes or None)
        if one_shot:  # the next process takes this state up (see Linker.save_state)
            linker.save_state(store)
    finally:
        store.release()


def export(store: Store, out_dir: str | Path, formats: Sequence[str] = ("jsonl",),
           corrections: bool = True) -> list[Path]:
    """Write the export files (see EXPORT_CONTRACT) in each format; returns the paths.
    `corrections=False` exports the analysis without the analysts' corrections."""
    from newsweave.export import export_store

    return export_store(store, Path(out_dir), formats, corrections=corrections)


def quotes(store: Store, limit: int | None = None, offset: int = 0, **filters: Any
           ) -> Page[Quote]:
    """A page of quotes under the filters (newsweave.store.query.Filters fields, e.g.
    `speaker="Kabulov"`, `kinds=frozenset({"direct"})`, `since="2016-03-01"`), with the total."""
    from newsweave.store import query

    return query.quotes(store, query.Filters(**filters), limit=limit, offset=offset)


def events(store: Store, limit: int | None = None, offset: int = 0, **filters: Any
           ) -> Page[Event]:
    """A page of events under the filters (e.g. `types=frozenset({"AID"})`, `actor="Russia"`,
    `modalities=frozenset({"alleged"})`, `since`/`until`), with the total."""
    from newsweave.store import query

    return query.events(store, query.Filters(**filters), limit=limit, offset=offset)


def claims(store: Store, limit: int | None = None, offset: int = 0, **filters: Any
           ) -> Page[Claim]:
    """A page of claims under the filters (e.g. `statuses=frozenset({"denied"})`,
    `actor="Kabulov"`), in status order, with the total."""
    from newsweave.store import query

    return query.claims(store, query.Filters(**filters), limit=limit, offset=offset)


def articles(store: Store, limit: int | None = None, offset: int = 0, with_text: bool = False,
             **filters: Any) -> Page[Article]:
    """A page of articles under the filters (e.g. `q="ceasefire"`, `since`), in ingest
    order; texts only `with_text`."""
    from newsweave.store import query

    return query.articles(store, query.Filters(**filters), limit=limit, offset=offset,
                          with_text=with_text)


def run(
    paths: Sequence[str],
    db: str | Path = "newsweave.duckdb",
    out: str | Path | None = None,
    workers: int = 0,
    engine: str = "local",
    progress: ProgressFn = _noop,
    on_error: ErrorFn | None = None,
    ray_address: str | None = None,
    batch_size: int = 16,
    analyzer: Analyzer | None = None,
    article_timeout: float | None = None,
    store: Store | None = None,
    on_skip: SkipFn | None = None,
) -> RunReport:
    """The whole job: ingest + analyze, link, and (with `out`) export. `store`: an open
    store to run on instead of opening `db` (`newsweave run` opens it itself, for its
    error messages).

    The analysis workers stay up through the link: they compute part of its sentence
    vectors (see LocalAnalyzer.batch_runner), then stop. The store may use DuckDB's
    threads from the link on (see Store.use_threads)."""
    from newsweave.nlp.models import batches_run_by, threads_runner

    with contextlib.ExitStack() as opened:
        if store is None:
            # analysis may run in this process: no DuckDB threads until it is done
            store = opened.enter_context(Store(db, threads=engine != "local"))
        with _engine(analyzer, engine, workers, ray_address, article_timeout) as eng:
            report = ingest(store, paths, analyze=True, workers=workers, engine=engine,
                            batch_size=batch_size, progress=progress, on_error=on_error,
                            ray_address=ray_address, analyzer=eng,
                            article_timeout=article_timeout, link_after=True,
                            on_skip=on_skip)
            store.use_threads(True)
            started = time.perf_counter()
            progress("link", 0)
            lend = getattr(eng, "batch_runner", None)
            runner = lend() if lend is not None else None
            if runner is None and analyzer is None:
                eng.close()  # no ready worker to lend: stop any still starting, as before
            if runner is None:  # no worker to lend: the link embeds on this process's cores
                runner = threads_runner()
            with batches_run_by(runner):
                link(store)
            if analyzer is None:
                eng.close()  # before the export: the workers' memory is given back
            progress("link", 1)
            report.seconds["link"] = time.perf_counter() - started
            if out is not None:
                export(store, out)
                store.release()
    return report


@dataclass
class WatchPoll:
    """What one poll of `watch` did: the run's report, whether it linked, what changed."""

    report: RunReport
    linked: bool
    changes: list[Any] = field(default_factory=list)


def watch_once(
    store: Store,
    paths: Sequence[str],
    workers: int = 0,
    engine: str = "local",
    progress: ProgressFn = _noop,
    on_error: ErrorFn | None = None,
    batch_size: int = 16,
    analyzer: Analyzer | None = None,
    linker: Linker | None = None,
) -> WatchPoll:
    """One poll: ingest what is new under `paths` (a URL that answers with an RSS/Atom feed
    stands for the entries it has not had yet), relink when anything new was stored (or an
    earlier poll stopped before its link), and record how the claims changed. Known inputs
    are skipped by content id, so a poll after a restart repeats no work. Keep one `linker`
    across polls to link incrementally (see link.incremental)."""
    from newsweave.ingest.feeds import expand_feeds, mark_entries_seen
    from newsweave.link.changes import claim_changes

    before = store.claims()
    report = RunReport()
    inputs, entries = expand_feeds(store, paths, lambda err: _on_error(report, err, on_error))
    report = ingest(store, inputs, analyze=True, workers=workers, engine=engine,
                    batch_size=batch_size, progress=progress, on_error=on_error,
                    analyzer=analyzer, report=report, link_after=True)
    mark_entries_seen(store, entries, report)
    if not store.links_stale():
        return WatchPoll(report, linked=False)
    started = time.perf_counter()
    link(store, linker)
    report.seconds["link"] = time.perf_counter() - started
    changes = claim_changes(before, store.claims())
    store.record_changes(changes)
    return WatchPoll(report, linked=True, changes=changes)
