"""Shared fixtures: where ../shared is, the dev gold, and a store built once from the seeds."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Property tests check answers, not speed: on a busy CI machine generating inputs can be slow, and
# that must not fail a run (no deadline, no "too slow" health check).
settings.register_profile("newsweave", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("newsweave")

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "seeds_dev_gold.json"
HTML_BENCHMARK = SHARED / "corpus" / "html-benchmark"


@pytest.fixture(autouse=True)
def settings_follow_the_environment() -> Iterator[None]:
    """A test that changes a setting's environment variable (monkeypatch) leaves the process's
    cached settings behind when it ends; read them again so the next test starts from what the
    environment says (else a stale non-default setting changes the analyzer version)."""
    yield
    from newsweave import config

    with contextlib.suppress(config.ConfigError):
        config.reload()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed corpus not found at {SEEDS} (set NEWSWEAVE_SHARED)")
    return SEEDS


@pytest.fixture(scope="session")
def seed_texts(seeds_dir: Path) -> dict[str, str]:
    """Raw seed files by their three-digit prefix ("000")."""
    return {p.name[:3]: p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text("utf-8"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from newsweave.nlp.models import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A database with the seed corpus run through the whole pipeline (built once)."""
    from newsweave import api

    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    api.run([str(seeds_dir)], db=db)
    return db


@pytest.fixture()
def seeds_store(seeds_db: Path) -> Any:
    from newsweave.store import Store

    with Store(seeds_db, read_only=True) as store:
        yield store


@pytest.fixture
def ablated(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Switch rules off for one test: `ablated("rule_a", "rule_b")` (the ablation cache is keyed
    by the variable's value, and cleared after the test)."""
    from newsweave.extract.ablation import ABLATE_ENV, _parse

    def off(*rules: str) -> None:
        monkeypatch.setenv(ABLATE_ENV, ",".join(rules))
    yield off
    _parse.cache_clear()
