"""Analysis on Ray: a pool of actors, each loading spaCy once, fed batch by batch.

Why actors and not Ray Data: the pipeline streams batches from the inputs and commits each
one to DuckDB from the driver (the only process that may write the file). A Ray Data dataset
per batch would start a fresh actor pool (and reload spaCy) every time, and one dataset for
the whole corpus would need the corpus as a list up front. Long-lived actors keep the model
loaded and let the driver keep a bounded number of batches in flight, like the local pool.
The actors run the same pure `analyze_batch`, so results equal the local engine's.
"""

from __future__ import annotations

import os
from itertools import count
from typing import Any

from newsweave.engine.local import AnalysisResult, PendingBatch, analyze_batch
from newsweave.model import Article, IngestError


class _BatchAnalyzerActor:
    """Actor body: load spaCy once, then analyze the batches it is sent."""

    def __init__(self) -> None:
        from newsweave.engine.local import _init_worker

        _init_worker()

    def analyze(self, articles: list[Article], time_budget: float | None = None
                ) -> list[AnalysisResult]:
        return analyze_batch(articles, time_budget)


class _OnRay:
    def __init__(self, ref: Any, articles: list[Article]) -> None:
        self._ref, self._articles = ref, articles

    def result(self) -> list[AnalysisResult]:
        import ray

        try:
            return ray.get(self._ref)  # type: ignore[no-any-return]
        except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError) as exc:
            reason = f"ray worker failed ({type(exc).__name__})"
            return [(art, None, IngestError(source=art.source, reason=reason, stage="analyze"))
                    for art in self._articles]


class RayAnalyzer:
    """Callable like LocalAnalyzer, running batches on `workers` Ray actors (0: one per CPU
    of the cluster).

    `address` names an existing cluster ("auto", "ray://host:10001"); without it a local Ray
    instance is started (or the one this process already started is used). The cluster's
    Python environment must have newsweave and the spaCy model installed.
    """

    def __init__(self, workers: int = 0, address: str | None = None,
                 time_budget: float | None = None) -> None:
        import ray

        self.time_budget = time_budget  # seconds per article (None: engine.budget default)

        self._started_ray = False
        if not ray.is_initialized():
            options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                       "logging_level": "WARNING"}
            if address:
                options["address"] = address
            else:
                options["num_cpus"] = max(workers, os.cpu_count() or 1)
            ray.init(**options)
            self._started_ray = True
        # 0: one actor per CPU of the cluster
        self.workers = workers if workers > 0 else max(1, int(ray.cluster_resources().get(
            "CPU", 1)))
        actor_class = ray.remote(num_cpus=1, max_restarts=1)(_BatchAnalyzerActor)
        self._actors: list[Any] = [actor_class.remote() for _ in range(self.workers)]
        self._next = count()

    @property
    def in_flight(self) -> int:
        """Batches to keep submitted ahead so no actor waits."""
        return 2 * self.workers

    def submit(self, articles: list[Article]) -> PendingBatch:
        actor = self._actors[next(self._next) % len(self._actors)]
        return _OnRay(actor.analyze.remote(articles, self.time_budget), articles)

    def __call__(self, articles: list[Article]) -> list[AnalysisResult]:
        size = -(-len(articles) // self.workers) if articles else 1
        pending = [self.submit(articles[i:i + size]) for i in range(0, len(articles), size)]
        return [r for p in pending for r in p.result()]

    def close(self) -> None:
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False

    def abort(self) -> None:
        self.close()

    def __enter__(self) -> RayAnalyzer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
