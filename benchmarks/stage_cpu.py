"""CPU seconds per pipeline stage, the whole pipeline run in this one process.

    python benchmarks/stage_cpu.py /tmp/corpus --db /tmp/stage.duckdb
    python benchmarks/stage_cpu.py /tmp/corpus --db /tmp/stage.duckdb --json stages.json

CPU time (not wall time) is what this reports: on a machine shared with other work a stage's
CPU seconds barely move while its wall time does, so before/after comparisons of a change stay
meaningful there. Everything runs here (no worker processes) so each second is attributed to
one stage: model loading, reading the inputs, parsing (spaCy), each extraction stage
(mentions, quotes, events, details), sentence embedding, store writes, each link stage, and
export. A stage's time excludes the stages it calls (embedding inside events or claims is
counted as embedding). Process CPU includes DuckDB's own threads (they work for the store).

Embedding stages also report their work as counts, which a loaded machine does not skew:
encoder forward passes, texts and real word pieces (the encoder's CPU is ~0.26 ms per word
piece on one thread here, ~80% of it matrix products).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any


def _cpu() -> float:
    return time.process_time()


class StageClock:
    """Exclusive CPU seconds per stage: a stage entered inside another stops the outer one's
    clock until it returns."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[tuple[str, float]] = []
        # stage -> {"passes", "texts", "word pieces"}: the encoder's work, as counts
        self.work: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))

    def count(self, texts: int, word_pieces: int) -> None:
        """One encoder forward pass of the stage running now (in this thread or, for a
        link's batches, on a helper thread of the stage)."""
        stage = self._stack[-1][0] if self._stack else "outside any stage"
        work = self.work[stage]
        work["passes"] += 1
        work["texts"] += texts
        work["word pieces"] += word_pieces

    def enter(self, name: str) -> None:
        now = _cpu()
        if self._stack:
            outer, since = self._stack[-1]
            self.seconds[outer] += now - since
            if name in SPLIT_BY_CALLER:  # e.g. embedding for events vs for claims
                name = f"{name} for {outer.split(': ')[-1]}"
        self._stack.append((name, now))
        self.calls[name] += 1

    def leave(self) -> None:
        now = _cpu()
        name, since = self._stack.pop()
        self.seconds[name] += now - since
        if self._stack:
            self._stack[-1] = (self._stack[-1][0], now)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(name)
            try:
                return fn(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def wrap_iter(self, name: str, fn: Callable[..., Iterator[Any]]) -> Callable[..., Any]:
        """A generator function whose every step is timed as `name`."""

        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = iter(fn(*args, **kwargs))
            while True:
                self.enter(name)
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    self.leave()
                yield item

        return timed


# (module, attribute, stage): functions looked up in their module at call time
TIMED: list[tuple[str, str, str]] = [
    ("newsweave.extract.mentions", "extract_mentions", "extract: mentions"),
    ("newsweave.extract.quotes", "extract_quotes", "extract: quotes"),
    ("newsweave.extract.events", "extract_events", "extract: events"),
    ("newsweave.extract.details", "attach_details", "extract: details"),
    ("newsweave.nlp.models", "embed", "embedding (model)"),
    ("newsweave.store.duckdb_store", "Store.write_batch", "store: write batches"),
    ("newsweave.store.duckdb_store", "Store.write_links", "store: write links"),
    ("newsweave.store.duckdb_store", "Store.analyses", "store: read analyses"),
    ("newsweave.store.duckdb_store", "Store.iter_articles", "store: read articles"),
    ("newsweave.store.duckdb_store", "Store.known_article_ids", "store: lookups"),
    ("newsweave.store.duckdb_store", "Store.analyzed_ids", "store: lookups"),
    ("newsweave.link.corrections", "load", "link: corrections"),
    ("newsweave.link", "detect_syndication", "link: syndication"),
    ("newsweave.link", "resolve_entities", "link: entities"),
    ("newsweave.link", "group_quote_variants", "link: quote variants"),
    ("newsweave.link", "build_claims", "link: claims"),
    ("newsweave.link", "link_corpus", "link: other"),
    ("newsweave.export", "export_store", "export"),
    ("newsweave.engine.local", "analyze_batch", "parse (spaCy) + analysis glue"),
]
GENERATORS = {"Store.analyses", "Store.iter_articles"}
SPLIT_BY_CALLER = {"embedding (model)"}


def install(clock: StageClock) -> None:
    """Wrap the pipeline's stage functions in their modules."""
    for module_name, attr, stage in TIMED:
        module = importlib.import_module(module_name)
        owner: Any = module
        name = attr
        if "." in attr:
            cls_name, name = attr.split(".")
            owner = getattr(module, cls_name)
        fn = getattr(owner, name)
        wrapped = (clock.wrap_iter if attr in GENERATORS else clock.wrap)(stage, fn)
        setattr(owner, name, wrapped)
    minilm = importlib.import_module("newsweave.nlp.minilm")
    tokenize = minilm.WordPieces.__call__

    def counted(self: Any, texts: list[str]) -> Any:
        ids, mask = tokenize(self, texts)
        clock.count(len(texts), int(mask.sum()))
        return ids, mask

    minilm.WordPieces.__call__ = counted  # type: ignore[method-assign]
    ingest_mod = importlib.import_module("newsweave.ingest")
    ingest_mod.ingest = clock.wrap_iter("read inputs", ingest_mod.ingest)  # type: ignore


def measure(paths: list[str], db: Path, out: Path | None, batch_size: int) -> dict[str, Any]:
    clock = StageClock()
    total_started = _cpu()
    wall_started = time.perf_counter()
    clock.enter("load models + warm-up")
    from newsweave.engine.local import one_thread_per_process, warm_up

    one_thread_per_process()
    warm_up()
    clock.leave()
    install(clock)
    from newsweave import api
    from newsweave.engine.local import LocalAnalyzer

    analyzer = LocalAnalyzer(workers=1, spawn_after=None)  # everything in this process
    clock.enter("run: other (ingest bookkeeping, store open)")
    report = api.run(paths, db=db, out=out, batch_size=batch_size, analyzer=analyzer)
    clock.leave()
    stages = dict(clock.seconds)
    stages = {k: round(v, 3) for k, v in sorted(stages.items(), key=lambda kv: -kv[1])}
    return {"stages": stages, "calls": dict(clock.calls),
            "encoder": {k: dict(v) for k, v in sorted(clock.work.items())},
            "cpu_total": round(_cpu() - total_started, 3),
            "wall_total": round(time.perf_counter() - wall_started, 3),
            "analyzed": report.analyzed, "errors": len(report.errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="inputs, as for `newsweave run`")
    parser.add_argument("--db", type=Path, help="database (default: a temporary one)")
    parser.add_argument("--out", type=Path, help="also export here (timed as export)")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsweave-stages-") as tmp:
        db = args.db or Path(tmp) / "stages.duckdb"
        if db.exists():
            sys.exit(f"{db} exists: give a new database (stages of a rerun are not a run's)")
        result = measure(args.paths, db, args.out, args.batch_size)
    width = max(len(k) for k in result["stages"])
    for stage, secs in result["stages"].items():
        print(f"{stage:<{width}}  {secs:8.2f} s cpu  ({result['calls'][stage]} calls)")
    for stage, work in result["encoder"].items():
        print(f"{stage:<{width}}  {work['passes']:5d} encoder passes, {work['texts']:6d} texts, "
              f"{work['word pieces']:7d} word pieces")
    print(f"{'total':<{width}}  {result['cpu_total']:8.2f} s cpu  "
          f"(wall {result['wall_total']:.1f} s, {result['analyzed']} analyzed, "
          f"load average {os.getloadavg()[0]:.1f})")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), "utf-8")


if __name__ == "__main__":
    main()
