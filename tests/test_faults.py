"""Faults: a run killed with SIGKILL, a damaged or locked database, a server reading during a run.

These run the real `newsweave` command in subprocesses on a generated corpus (sentences of
the demo corpus and the seeds, recombined at test time).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from newsweave import api
from newsweave.demo_path import demo_corpus_path
from newsweave.engine.synthetic import generate_articles, sentences_from
from newsweave.store import Store, StoreError

pytestmark = pytest.mark.slow

NEWSWEAVE = [sys.executable, "-m", "newsweave.cli"]


@pytest.fixture(scope="module")
def sentences(seeds_dir: Path) -> list[str]:
    return sentences_from([demo_corpus_path(), str(seeds_dir)])


def corpus(folder: Path, sentences: list[str], n: int, seed: int = 11) -> Path:
    """`n` short generated articles (5-8 sentences) as text files."""
    folder.mkdir(parents=True)
    for name, text in generate_articles(sentences, n, seed=seed, sentences_per_article=(5, 8)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def start(*args: str, cwd: Path, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*NEWSWEAVE, *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **env})


def newsweave(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NEWSWEAVE, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=600, env={**os.environ, **env})


def stored_count(db: Path) -> int | None:
    """Articles committed so far, or None while the writer holds the file."""
    if not db.exists():
        return None
    try:
        with Store(db, read_only=True, lock_timeout=0.2) as store:
            return store.article_count()
    except StoreError:
        return None


def exported(db: Path, out: Path) -> dict[str, list[dict[str, Any]]]:
    with Store(db, read_only=True) as store:
        api.export(store, out)
        assert store.errors() == []
    return {p.name: [json.loads(line) for line in p.read_text("utf-8").splitlines()]
            for p in sorted(out.glob("*.jsonl"))}


@pytest.mark.parametrize("where", ["in the run's process", "in a worker process"])
def test_a_killed_run_resumes_with_nothing_lost_or_duplicated(tmp_path: Path, where: str,
                                                              sentences: list[str]) -> None:
    import psutil

    inputs = corpus(tmp_path / "in", sentences, 20)
    db = tmp_path / "killed.duckdb"
    in_worker = where == "in a worker process"
    worker_options = {"NEWSWEAVE_SPAWN_AFTER": "0"} if in_worker else {}  # every batch
    proc = start("run", "--db", str(db), "--batch-size", "2", "--workers", "1", "-q",
                 str(inputs), cwd=tmp_path, **worker_options)
    committed = None
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        committed = stored_count(db)
        if committed is not None and committed >= 4:
            break
        time.sleep(0.1)
    assert proc.poll() is None, f"run ended before it could be killed: {proc.stderr}"
    workers = psutil.Process(proc.pid).children(recursive=True)  # and multiprocessing's
    assert bool(workers) == in_worker  # resource tracker
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    _, alive = psutil.wait_procs(workers, timeout=60)
    assert alive == []  # orphaned workers end too; they do not wait for work forever
    at_kill = stored_count(db)
    assert at_kill is not None and 4 <= at_kill < 20, at_kill

    resumed = newsweave("run", "--db", str(db), "--batch-size", "2", "-q", str(inputs),
                        cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    clean = newsweave("run", "--db", str(tmp_path / "clean.duckdb"), "-q", str(inputs),
                      cwd=tmp_path)
    assert clean.returncode == 0, clean.stderr

    after_kill = exported(db, tmp_path / "out_killed")
    assert after_kill == exported(tmp_path / "clean.duckdb", tmp_path / "out_clean")
    ids = [a["article_id"] for a in after_kill["articles.jsonl"]]
    assert len(ids) == len(set(ids)) >= 18  # the generator may repeat a text or two
    assert f"{len(ids) - at_kill} new · {at_kill} already stored" in resumed.stdout
    with Store(db, read_only=True) as store:
        assert store.counts()["analyses"] == len(ids)


def test_a_damaged_database_is_one_clear_error_with_exit_code_2(tmp_path: Path,
                                                                sentences: list[str]) -> None:
    inputs = corpus(tmp_path / "in", sentences, 2)
    junk = tmp_path / "random.duckdb"
    junk.write_bytes(os.urandom(256 * 1024))
    proc = newsweave("run", "--db", str(junk), "-q", str(inputs), cwd=tmp_path)
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert str(junk) in line and "not a valid DuckDB database" in line


def test_a_locked_database_is_one_clear_error_with_exit_code_2(tmp_path: Path,
                                                               sentences: list[str]) -> None:
    inputs = corpus(tmp_path / "in", sentences, 2)
    db = tmp_path / "a.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
         "print('holding', flush=True); time.sleep(120)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        proc = newsweave("run", "--db", str(db), "-q", str(inputs), cwd=tmp_path,
                         NEWSWEAVE_LOCK_TIMEOUT="1")
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert str(db) in line and "locked" in line and str(holder.pid) in line


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get_json(url: str) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, {}


def test_serve_keeps_answering_while_a_run_writes(tmp_path: Path, sentences: list[str]) -> None:
    db = tmp_path / "a.duckdb"
    api.run([str(corpus(tmp_path / "first", sentences, 3, seed=1))], db=db)
    port = free_port()
    server = start("serve", "--db", str(db), "--port", str(port), cwd=tmp_path)
    url = f"http://127.0.0.1:{port}/api/articles?limit=1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = get_json(url)
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None and time.monotonic() < deadline, "no server"
                time.sleep(0.2)
        assert (status, body["total"]) == (200, 3)

        writer = start("run", "--db", str(db), "--batch-size", "2", "-q",
                       str(corpus(tmp_path / "more", sentences, 12, seed=2)), cwd=tmp_path)
        answers: list[tuple[int, int | None]] = []
        while writer.poll() is None:
            status, body = get_json(url)
            answers.append((status, body.get("total")))
            time.sleep(0.1)
        _, errors = writer.communicate()
        assert writer.returncode == 0, errors
        assert len(answers) >= 5
        assert all(status == 200 for status, _ in answers), answers
        totals = [t for _, t in answers if t is not None]
        assert totals == sorted(totals) and set(totals) <= set(range(3, 16))
        status, body = get_json(url)
        assert (status, body["total"]) == (200, 15)
    finally:
        server.terminate()
        server.wait(timeout=30)
