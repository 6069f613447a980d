"""Engines only decide where `analyze_batch` runs: every engine gives the same records."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsweave import api
from newsweave.engine import local
from newsweave.engine.local import LocalAnalyzer, _Done, _InPool, _ParsedAhead, analyze_batch
from newsweave.model import Article, stable_id
from newsweave.nlp.models import load_embedder
from newsweave.store import Store

# a batch analyzed in this process (parsed ahead on a thread where there are two cores)
HERE = (_Done, _ParsedAhead)


def as_article(path: Path) -> Article:
    text = path.read_text("utf-8").strip()
    return Article(article_id=stable_id("art", text), source=str(path), text=text,
                   language="en")


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> list[Article]:
    return [as_article(p) for p in sorted(seeds_dir.glob("*.txt"))]


def records(results: list[Any]) -> list[tuple[str, Any, Any]]:
    return [(art.article_id, analysis.to_dict() if analysis else None,
             err.to_dict() if err else None) for art, analysis, err in results]


def exported(db: Path, out: Path) -> dict[str, str]:
    with Store(db, read_only=True) as store:
        api.export(store, out)
    return {p.name: p.read_text("utf-8") for p in sorted(out.glob("*.jsonl"))}


@pytest.mark.slow
def test_one_failing_article_does_not_fail_its_batch(
        seed_articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    import newsweave.extract

    real = newsweave.extract.analyze_doc
    bad_id = seed_articles[1].article_id

    def flaky(article: Article, doc: Any) -> Any:
        if article.article_id == bad_id:
            raise ValueError("no verb found\nsecond line")
        return real(article, doc)

    monkeypatch.setattr(newsweave.extract, "analyze_doc", flaky)
    german = Article(article_id="art_de", source="de.txt", text="Die Regierung sagte.",
                     language="de")
    empty = Article(article_id="art_empty", source="empty.txt", text="  ")
    batch = [seed_articles[0], seed_articles[1], german, empty, seed_articles[2]]
    results = analyze_batch(batch)
    assert [art.article_id for art, _, _ in results] == [a.article_id for a in batch]
    by_id = {art.article_id: (analysis, err) for art, analysis, err in results}
    analysis, err = by_id[bad_id]
    assert err is not None
    assert err.stage == "analyze" and err.source == seed_articles[1].source
    assert err.reason == "analysis failed: ValueError: no verb found"
    # recorded as analyzed without records, so a rerun does not fail on it again
    assert analysis is not None and analysis.skipped == err.reason and not analysis.mentions
    assert by_id["art_de"][0].skipped == "language de"  # type: ignore[union-attr]
    assert by_id["art_empty"][0].skipped == "empty text"  # type: ignore[union-attr]
    assert by_id[seed_articles[0].article_id][0].mentions  # type: ignore[union-attr]


def test_a_crashed_worker_fails_only_its_own_part_of_a_batch() -> None:
    arts = [Article(article_id=f"art_{i}", source=f"{i}.txt", text="x") for i in range(5)]
    owner = LocalAnalyzer(workers=2)
    parts = local.split_batch(arts, 2)
    assert [len(p) for p in parts] == [3, 2]
    analyzed: Future[Any] = Future()
    analyzed.set_result([(a, None, None) for a in parts[0]])
    crashed: Future[Any] = Future()
    crashed.set_exception(BrokenProcessPool("a child process terminated abruptly"))
    results = _InPool(owner, parts, [analyzed, crashed]).result()
    assert [a.article_id for a, _, _ in results] == [f"art_{i}" for i in range(5)]
    assert [err is not None and "worker crashed" in err.reason
            for _, _, err in results] == [False, False, False, True, True]


def test_a_batch_is_split_in_order_into_near_equal_parts() -> None:
    arts = _articles(16)
    assert [len(p) for p in local.split_batch(arts, 2)] == [8, 8]
    assert [len(p) for p in local.split_batch(arts, 3)] == [6, 5, 5]
    assert [a for p in local.split_batch(arts, 3) for a in p] == arts
    assert local.split_batch(arts[:1], 4) == [arts[:1]]  # never an empty part
    assert local.split_batch(arts, 1) == [arts]


@pytest.mark.slow
def test_a_process_pool_stores_the_same_records_as_one_process(
        seeds_db: Path, seeds_dir: Path, seed_articles: list[Article], tmp_path: Path) -> None:
    db = tmp_path / "pool.duckdb"
    with LocalAnalyzer(workers=2, spawn_after=0) as pool:  # every batch to the workers
        report = api.run([str(seeds_dir)], db=db, batch_size=2, analyzer=pool)
        assert report.analyzed >= 5 and not report.failed
        # the pool outlives the run; called directly it splits a batch over both workers
        called = pool(seed_articles[:2])
        # lent to the linker, the workers and this process compute an embedding call's
        # batches together, bit for bit the vectors this process alone computes
        runner = pool.batch_runner()
        assert runner is not None
        texts = [f"Delegation {i} met the envoy" + " in the capital" * (i % 7) for i in range(70)]
        lent = load_embedder().encode(texts, batch_size=16, runner=runner)
    assert np.array_equal(lent, load_embedder().encode(texts, batch_size=16))
    assert records(called) == records(analyze_batch(seed_articles[:2]))
    assert exported(db, tmp_path / "pool") == exported(seeds_db, tmp_path / "single")


@pytest.mark.slow
@pytest.mark.parametrize("start", ["spawn", "forkserver"])
def test_a_run_moves_to_a_worker_after_its_first_articles(
        seed_articles: list[Article], start: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(local.START_METHOD_ENV, start)
    with LocalAnalyzer(workers=1, spawn_after=2) as analyzer:
        first = analyzer.submit(seed_articles[:2])  # not more than spawn_after yet: here
        assert isinstance(first, HERE) and analyzer.in_flight == int(local.parse_ahead())
        second = analyzer.submit(seed_articles[2:3])  # the worker starts: a spawned one
        # loads its models (this batch is analyzed here meanwhile); one forked from the
        # fork server comes with them loaded and takes this batch already
        assert isinstance(second, HERE if start == "spawn" else _InPool)
        analyzer.start()  # wait for the worker to load its models
        third = analyzer.submit(seed_articles[3:])
        assert isinstance(third, _InPool) and analyzer.in_flight == 2
        results = [r for p in (first, second, third) for r in p.result()]
    assert records(results) == records(analyze_batch(seed_articles))


def test_small_inputs_start_no_worker(seed_articles: list[Article],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # (no parse on the thread: this batch's result is never asked for, and a parse left
    # running there would hold up the next test's batch)
    monkeypatch.setenv(local.PARSE_AHEAD_ENV, "0")
    with LocalAnalyzer(workers=2) as analyzer:
        assert analyzer.spawn_after == local.SPAWN_AFTER
        pending = analyzer.submit(seed_articles[:1] * local.SPAWN_AFTER)
        assert isinstance(pending, HERE) and analyzer._pool is None


@pytest.mark.slow
def test_a_worker_still_starting_at_the_end_is_stopped_not_waited_for(
        seed_articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    monkeypatch.setenv(local.START_METHOD_ENV, "spawn")  # a forked worker starts loaded
    local.warm_up()  # this process's models are loaded, so its two short articles take
    # milliseconds, far less than a new worker needs to load its own (seconds)
    short = [Article(article_id=stable_id("art", i), source=f"{i}.txt",
                     text=f"Officials met in the capital on day {i}.") for i in range(2)]
    analyzer = LocalAnalyzer(workers=1, spawn_after=1)
    pending = analyzer.submit(short)  # starts a worker, analyzed here
    assert isinstance(pending, HERE) and len(pending.result()) == 2
    (worker,) = multiprocessing.active_children()
    assert not analyzer._pool_takes_batches()  # still loading
    analyzer.close()  # the worker has been given nothing: stopped while it loads its models
    worker.join(timeout=60)
    # The pool's own thread may reap the worker first; then exitcode stays None here, and
    # the process is simply gone. A worker that got as far as installing its SIGTERM handler
    # (engine.local._stop_worker) ends with 128 + 15; one that did not dies of the signal
    # (-15). Either way it was stopped, not left to finish loading (a clean exit is 0).
    assert worker.exitcode in (-15, 128 + 15, None)
    with pytest.raises(ProcessLookupError):
        os.kill(worker.pid, 0)


class _NoPool(LocalAnalyzer):
    """A LocalAnalyzer that records when it would start its pool instead of starting it."""

    started_with: int | None = None

    def _executor(self) -> Any:
        self.started_with = self.workers
        self._pool = _FakePool()
        return self._pool

    def _begin(self) -> None:
        self._executor()


def _articles(n: int) -> list[Article]:
    return [Article(article_id=f"art_{i}", source=f"made-up-{i}.txt", text="Talks resumed.",
                    language="en") for i in range(n)]


class _FakePool:
    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        return None


def test_a_big_input_starts_its_workers_before_the_first_batch(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "_cores", lambda: 4)
    big = _NoPool(workers=2, spawn_after=32)
    # the input is counted only as far as the decision needs (here: 32 + 3 * 64 articles)
    assert big.expect_at_most == 32 + 3 * local.ARTICLES_PER_WORKER
    big.expect(32 + 2 * local.ARTICLES_PER_WORKER)
    assert big.started_with == 2  # both start at once, before any batch is submitted
    assert big.spawn_after == 32  # a core to spare: this process analyzes while they load
    monkeypatch.setattr(local, "_cores", lambda: 2)
    every_core = _NoPool(workers=2, spawn_after=32)
    every_core.expect(32 + 2 * local.ARTICLES_PER_WORKER)
    assert every_core.started_with == 2
    assert every_core.spawn_after == 0  # no core to spare: every batch waits for the workers
    medium = _NoPool(workers=2, spawn_after=32)
    medium.expect(32 + local.ARTICLES_PER_WORKER)  # enough for one worker, not for two
    assert medium.started_with == 1
    small = _NoPool(workers=2, spawn_after=32)
    small.expect(32)  # analyzed here before a worker could have loaded its models
    assert small.started_with is None and small._pool is None
    few = _NoPool(workers=1, spawn_after=32)
    few.expect(32 + local.ARTICLES_PER_WORKER - 1)  # a worker would get too few to pay its load
    assert few.started_with is None and few._pool is None
    few.submit(_articles(32 + local.ARTICLES_PER_WORKER - 1))  # as expected: all here
    assert few._pool is None
    few.submit(_articles(2 * local.ARTICLES_PER_WORKER))  # far more than expected came
    assert few.started_with == 1
    told = _NoPool(workers=1, spawn_after=0)  # told to analyze in workers only: it does
    told.expect(5)
    assert told.started_with == 1
    here = _NoPool(workers=2, spawn_after=None)  # told to analyze here: never a pool
    here.expect(10_000)
    assert here._pool is None


class _RecordingPool:
    """Runs each submitted part at once, recording the parts in the order they came."""

    def __init__(self) -> None:
        self.parts: list[list[str]] = []

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        if fn is local.analyze_batch:
            self.parts.append([a.article_id for a in args[0]])
        future.set_result(fn(*args))
        return future

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        return None


class _WarmingServer(LocalAnalyzer):
    """A LocalAnalyzer whose fork server is loading the models until `ready` is set."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pool = _RecordingPool()
        self.pools_made = 0

    def _executor(self) -> Any:
        if self._pool is None:
            self.pools_made += 1
            self._pool = self.pool
            self._started = Future()
            self._started.set_result(0)
        return self._pool


class _ForkContext:
    def get_start_method(self) -> str:
        return "forkserver"


@pytest.fixture
def warming(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """A fork server (faked) that has not loaded the models until state["ready"]."""
    state = {"ready": False}
    monkeypatch.setattr(local, "_worker_context", lambda: _ForkContext())
    monkeypatch.setattr(local, "_release_fork_server", lambda wait: None)
    monkeypatch.setattr(local, "fork_server_ready", lambda: state["ready"])
    monkeypatch.setattr(local, "analyze_batch", lambda arts, budget=None: [
        (a, None, None) for a in arts])
    return state


def test_batches_are_held_while_the_fork_server_loads_then_sent_in_order(
        warming: dict[str, bool]) -> None:
    arts = _articles(64)
    analyzer = _WarmingServer(workers=2, spawn_after=0)
    analyzer.expect(1000)  # starts the fork server; does not wait for it
    assert analyzer.workers_starting and analyzer.pools_made == 0
    assert analyzer.in_flight == local.READ_AHEAD_BATCHES  # read ahead meanwhile
    held = [analyzer.submit(arts[0:16]), analyzer.submit(arts[16:32])]
    assert all(isinstance(p, local._Deferred) for p in held) and analyzer.pools_made == 0
    warming["ready"] = True
    last = analyzer.submit(arts[32:64])  # the server is ready: the held batches go first
    assert isinstance(last, _InPool) and analyzer.pools_made == 1
    assert analyzer.in_flight == 4
    ids = [a.article_id for a in arts]
    # in input order; a batch of 32 in two parts of 16, one per worker (smaller parts cost
    # more CPU than they save at the run's end)
    assert analyzer.pool.parts == [ids[0:16], ids[16:32], ids[32:48], ids[48:64]]
    results = [r for p in [*held, last] for r in p.result()]
    assert [a.article_id for a, _, _ in results] == ids
    analyzer.close()


def test_asking_for_a_held_batch_sends_it_without_waiting_for_more(
        warming: dict[str, bool]) -> None:
    arts = _articles(4)
    analyzer = _WarmingServer(workers=1, spawn_after=0)
    analyzer.expect(1000)
    held = analyzer.submit(arts)
    assert isinstance(held, local._Deferred)
    # the pipeline has read as far ahead as it may: it asks for the first result, which
    # makes the pool (waiting for the fork server) and sends everything held
    assert [a.article_id for a, _, _ in held.result()] == [a.article_id for a in arts]
    assert analyzer.pools_made == 1 and analyzer.pool.parts == [[a.article_id for a in arts]]
    analyzer.close()
    stopped = _WarmingServer(workers=1, spawn_after=0)
    stopped.expect(1000)
    dropped = stopped.submit(arts)
    stopped.abort()  # Ctrl-C while the fork server loads: held batches are dropped
    with pytest.raises(RuntimeError, match="dropped"):
        dropped.result()
    assert stopped.pools_made == 0


def test_an_embedding_call_is_shared_so_that_each_process_has_as_much_text() -> None:
    batches = [["x" * 90] * 4, ["x" * 60] * 4, ["x" * 50] * 4, ["x" * 40] * 4,
               ["x" * 30] * 4, ["x" * 20] * 4]
    shares = local.share_batches(batches, 3)
    assert sorted(k for share in shares for k in share) == list(range(6))
    loads = [sum(len(t) for k in share for t in batches[k]) for share in shares]
    # dealt round robin: 520, 360 and 280 characters (this process the most)
    assert loads == [440, 360, 360]
    assert local.share_batches(batches[:1], 3) == [[0], [], []]


def test_the_input_estimate_counts_article_files_and_stops_when_enough(
        tmp_path: Path) -> None:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    for i in range(5):
        (folder / f"a{i}.txt").write_text("An article.", "utf-8")
    (folder / "sub" / "b.html").write_text("<p>A page.</p>", "utf-8")
    (folder / "README.md").write_text("about the corpus", "utf-8")  # documentation: skipped
    (folder / ".hidden.txt").write_text("hidden", "utf-8")  # hidden: skipped
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "An article."}\n' * 1000, "utf-8")  # ~24 KB of records
    assert api.estimate_articles([str(folder)], enough=100) == 6
    assert api.estimate_articles([str(folder)], enough=3) == 3  # stops counting at 3
    by_size = feed.stat().st_size // api.BYTES_PER_RECORD
    assert api.estimate_articles([str(feed)], enough=100) == by_size
    assert api.estimate_articles([str(tmp_path / "news" / "*.txt")], enough=100) == 5
    assert api.estimate_articles(["https://example.org/a", str(tmp_path / "none")],
                                 enough=100) == 1


def test_automatic_workers_follow_the_cores_within_memory(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local.os, "sched_getaffinity", lambda pid: set(range(64)))
    gib = 2**30 // 4096  # pages of 4 KiB in one GiB
    free_pages = {"SC_AVPHYS_PAGES": 64 * gib, "SC_PAGE_SIZE": 4096}
    monkeypatch.setattr(local.os, "sysconf", lambda name: free_pages[name])
    assert local.auto_workers() == local.MAX_AUTO_WORKERS  # 64 cores, 64 GiB free
    free_pages["SC_AVPHYS_PAGES"] = 2 * gib + gib // 2
    assert local.auto_workers() == 2  # 2.5 GiB free: room for two workers
    free_pages["SC_AVPHYS_PAGES"] = gib // 2
    assert local.auto_workers() == 1  # always at least one
    monkeypatch.setattr(local.os, "sched_getaffinity", lambda pid: {0})
    free_pages["SC_AVPHYS_PAGES"] = 64 * gib
    assert local.auto_workers() == 1  # one core


def test_the_worker_threshold_can_be_set_in_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSWEAVE_SPAWN_AFTER", "0")
    assert LocalAnalyzer(workers=1).spawn_after == 0
    monkeypatch.setenv("NEWSWEAVE_SPAWN_AFTER", "many")
    assert LocalAnalyzer(workers=1).spawn_after == local.SPAWN_AFTER


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.mark.slow
@pytest.mark.ray
def test_ray_stores_the_same_records_as_local(local_ray: None, seeds_db: Path,
                                             seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "ray.duckdb"
    report = api.run([str(seeds_dir)], db=db, engine="ray", workers=2, batch_size=2)
    assert report.analyzed >= 5 and not report.failed
    assert exported(db, tmp_path / "ray") == exported(seeds_db, tmp_path / "local")


@pytest.mark.slow
def test_a_warmed_up_worker_runs_on_one_thread() -> None:
    """No library helper thread is started while the models load: a process that ever had a
    second thread loses glibc's single-thread shortcuts and parses 12-15% slower."""
    import subprocess
    import sys

    code = ("import os\nfrom newsweave.engine.local import _init_worker\n_init_worker()\n"
            "print(len(os.listdir('/proc/self/task')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=600, check=True).stdout.split()
    assert out[-1] == "1"


def _worker_state() -> tuple[int, bool, int | None, int]:
    """Run in a worker: its pid, whether its models came loaded, the fork server's pid, its
    parent's pid."""
    from newsweave.engine import preload

    return os.getpid(), preload.WARM, preload.SERVER_PID, os.getppid()


@pytest.mark.slow
def test_forked_workers_come_with_the_models_loaded_and_end_with_the_pool(
        monkeypatch: pytest.MonkeyPatch, seed_articles: list[Article]) -> None:
    import psutil

    monkeypatch.delenv(local.START_METHOD_ENV, raising=False)
    analyzer = LocalAnalyzer(workers=2, spawn_after=0)
    analyzer.start()
    states = {analyzer._executor().submit(_worker_state).result() for _ in range(6)}
    server = {s[2] for s in states}
    assert len(server) == 1 and None not in server  # one fork server made them all
    (server_pid,) = server
    assert all(warm and parent == server_pid for _, warm, _, parent in states)
    assert psutil.Process(server_pid).ppid() == os.getpid()
    results = analyzer(seed_articles[:2])
    assert records(results) == records(analyze_batch(seed_articles[:2]))
    analyzer.close()  # the last pool stops the fork server (its memory, its models)
    assert not psutil.pid_exists(server_pid) or psutil.Process(server_pid).status() == "zombie"


@pytest.mark.slow
def test_a_run_reads_on_while_its_fork_server_loads_the_models(
        monkeypatch: pytest.MonkeyPatch, seed_articles: list[Article]) -> None:
    import time
    import uuid

    monkeypatch.delenv(local.START_METHOD_ENV, raising=False)
    monkeypatch.setenv("NEWSWEAVE_TEST_SERVER", uuid.uuid4().hex)  # a new fork server
    analyzer = LocalAnalyzer(workers=1, spawn_after=0)
    started = time.monotonic()
    analyzer.expect(1000)
    assert time.monotonic() - started < 2.0  # the server loads the models; no one waits
    assert analyzer._pool is None and not local.fork_server_ready()
    held = analyzer.submit(seed_articles[:2])
    assert isinstance(held, local._Deferred)
    assert records(held.result()) == records(analyze_batch(seed_articles[:2]))
    assert local.fork_server_ready()  # the server created its ready marker
    analyzer.close()


@pytest.mark.slow
def test_other_settings_get_a_new_fork_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(local.START_METHOD_ENV, raising=False)
    first = LocalAnalyzer(workers=1, spawn_after=0)
    first.start()
    before = first._executor().submit(_worker_state).result()[2]
    monkeypatch.setenv("NEWSWEAVE_EMBED_THRESHOLD", "0.61")  # a setting the models use
    second = LocalAnalyzer(workers=1, spawn_after=0)  # while the first pool is open
    second.start()
    after = second._executor().submit(_worker_state).result()[2]
    first.close()
    second.close()
    assert before != after
