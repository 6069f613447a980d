"""The Python API: the same verbs as the CLI (ingest, analyze, link, run, export, summary).

Each verb works on a Store and streams its input in batches; every batch is one transaction,
so an interrupted run loses at most the batch in flight and a rerun adds nothing twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from newsweave.engine.local import AnalysisResult
from newsweave.model import Article, IngestError
from newsweave.store import Store

ProgressFn = Callable[[str, int], None]  # (stage, how many more done)
Analyzer = Callable[[list[Article]], list[AnalysisResult]]


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
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def _noop(stage: str, n: int) -> None:
    return None


def _batched(items: Iterable[Article | IngestError], size: int
             ) -> Iterator[list[Article | IngestError]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _on_error(report: RunReport, err: IngestError,
              on_error: Callable[[IngestError], None] | None) -> None:
    report.errors.append(err)
    if on_error is not None:
        on_error(err)


def ingest(
    store: Store,
    paths: Sequence[str],
    analyze: bool = True,
    workers: int = 1,
    engine: str = "local",
    batch_size: int = 16,
    progress: ProgressFn = _noop,
    on_error: Callable[[IngestError], None] | None = None,
    report: RunReport | None = None,
    ray_address: str | None = None,
) -> RunReport:
    """Read the inputs into the store (and analyze the new articles, batch by batch)."""
    from newsweave.extract import ANALYZER_VERSION
    from newsweave.ingest import ingest as read_inputs

    report = report or RunReport()
    started = time.perf_counter()
    seen_in_run: dict[str, Article] = {}
    analyzed = store.analyzed_ids(ANALYZER_VERSION) if analyze else set()
    analyzer = _analyzer(engine, workers, ray_address) if analyze else None

    for batch in _batched(read_inputs(paths), batch_size * max(workers, 1)):
        articles: list[Article] = []
        errors: list[IngestError] = []
        for item in batch:
            if isinstance(item, IngestError):
                errors.append(item)
                _on_error(report, item, on_error)
                continue
            report.inputs += 1
            first = seen_in_run.get(item.article_id)
            if first is not None:  # exact duplicate within this run: record the source only
                report.exact_duplicates += 1
                if item.source != first.source and item.source not in first.other_sources:
                    first.other_sources.append(item.source)
                articles.append(first)
                continue
            seen_in_run[item.article_id] = item
            articles.append(item)
        unique = list({a.article_id: a for a in articles}.values())
        known = store.known_article_ids(a.article_id for a in unique)
        report.already_stored += sum(1 for a in unique if a.article_id in known)
        to_analyze = [a for a in unique if a.article_id not in analyzed]
        analyses = []
        if analyzer is not None and to_analyze:
            for art, analysis, err in analyzer(to_analyze):
                if err is not None:
                    errors.append(err)
                    _on_error(report, err, on_error)
                if analysis is not None:
                    analyses.append(analysis)
                    analyzed.add(art.article_id)
                    if analysis.skipped:
                        report.skipped_analysis += 1
                    else:
                        report.analyzed += 1
        report.new_articles += store.write_batch(unique, analyses, errors)
        progress("ingest", len(batch))
    report.seconds["ingest+analyze"] = time.perf_counter() - started
    return report


def _analyzer(engine: str, workers: int, ray_address: str | None) -> Analyzer:
    """A function analyzing a list of articles with the chosen engine."""
    if engine == "ray":
        from newsweave.engine.ray_engine import RayAnalyzer

        return RayAnalyzer(workers=workers, address=ray_address)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (choose local or ray)")
    from newsweave.engine.local import LocalAnalyzer

    return LocalAnalyzer(workers=workers)


def analyze(
    store: Store,
    workers: int = 1,
    engine: str = "local",
    batch_size: int = 16,
    force: bool = False,
    progress: ProgressFn = _noop,
    on_error: Callable[[IngestError], None] | None = None,
    ray_address: str | None = None,
) -> RunReport:
    """Analyze stored articles that have no analysis from this analyzer version yet."""
    from newsweave.extract import ANALYZER_VERSION

    report = RunReport()
    started = time.perf_counter()
    done = set() if force else store.analyzed_ids(ANALYZER_VERSION)
    analyzer = _analyzer(engine, workers, ray_address)
    pending = (a for a in store.articles() if a.article_id not in done)
    size = batch_size * max(workers, 1)
    while batch := list(islice(pending, size)):
        analyses, errors = [], []
        for _art, analysis, err in analyzer(batch):
            if err is not None:
                errors.append(err)
                _on_error(report, err, on_error)
            if analysis is not None:
                analyses.append(analysis)
                if analysis.skipped:
                    report.skipped_analysis += 1
                else:
                    report.analyzed += 1
        store.write_batch(analyses=analyses, errors=errors)
        progress("analyze", len(batch))
    report.seconds["analyze"] = time.perf_counter() - started
    return report


def link(store: Store) -> None:
    """Link the whole corpus (entities, syndication, claims) and replace the stored links."""
    from newsweave.link import link_corpus

    articles = store.articles()
    result = link_corpus(articles, store.analyses())
    store.write_links(result)


def export(store: Store, out_dir: str | Path, formats: Sequence[str] = ("jsonl",)) -> list[Path]:
    """Write the export files (see EXPORT_CONTRACT) in each format; returns the paths."""
    from newsweave.export import export_store

    return export_store(store, Path(out_dir), formats)


def run(
    paths: Sequence[str],
    db: str | Path = "newsweave.duckdb",
    out: str | Path | None = None,
    workers: int = 1,
    engine: str = "local",
    progress: ProgressFn = _noop,
    on_error: Callable[[IngestError], None] | None = None,
    ray_address: str | None = None,
) -> RunReport:
    """The whole job: ingest + analyze, link, and (with `out`) export."""
    with Store(db) as store:
        report = ingest(store, paths, analyze=True, workers=workers, engine=engine,
                        progress=progress, on_error=on_error, ray_address=ray_address)
        started = time.perf_counter()
        link(store)
        report.seconds["link"] = time.perf_counter() - started
        if out is not None:
            export(store, out)
    return report
