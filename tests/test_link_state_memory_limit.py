"""Past link.keep_state_max_articles's default, memory says whether a link state is kept
(link.persist._room_to_keep): kept when keeping's estimated peak fits in a share of the memory
free now, else not (one log line), and a limit the user set stays a hard limit. The next
process's links equal a full relink either way."""

from __future__ import annotations

import dataclasses
import logging
import random
from pathlib import Path

import pytest

from newsweave import config
from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import link_corpus, persist
from newsweave.link.incremental import Linker
from newsweave.store import Store
from test_incremental_link import stored_links

KEY = "link.keep_state_max_articles"


def _with_limit(monkeypatch: pytest.MonkeyPatch, limit: int, source: str) -> None:
    """The settings in force, with this article limit from this source."""
    real = config.settings()
    fake = dataclasses.replace(real, values={**real.values, KEY: limit},
                               sources={**real.sources, KEY: source})
    monkeypatch.setattr(config, "settings", lambda: fake)


def _kept_after_growing(tmp_path: Path, name: str) -> tuple[bool, dict[str, object],
                                                             dict[str, object]]:
    """Link 30 articles, add 10, link and keep the 40 (forced), add 5 and link them by a new
    process; returns whether the state was kept, whether that process took it up, and the
    store's links against a full relink's."""
    articles, analyses = synthetic_analyses(45, random.Random(5))
    with Store(tmp_path / f"{name}.duckdb") as store:
        store.write_batch(articles[:30], analyses[:30])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        store.write_batch(articles[30:40], analyses[30:40])
        linker.link(store)
        kept = linker.save_state(store, force=True)
        store.write_batch(articles[40:], analyses[40:])
        fresh = Linker(embed=hashed_embed)
        fresh.link(store)
        grown = stored_links(store)
        took_up = fresh.stats.snapshot
    with Store(tmp_path / f"{name}-full.duckdb") as full:
        full.write_batch(articles, analyses)
        full.write_links(link_corpus(articles, analyses, embed=hashed_embed))
        return kept and took_up, grown, stored_links(full)


@pytest.mark.slow  # (builds and links stores)
@pytest.mark.parametrize(("source", "free", "kept"), [
    ("default", 10**12, True),  # memory to spare: kept past the default limit
    ("default", 40 * persist.KEEP_BYTES_PER_ARTICLE, False),  # too little free
    ("default", None, False),  # free memory unknown: the limit holds
    ("NEWSWEAVE_LINK_STATE_MAX_ARTICLES", 10**12, False),  # set by the user: a hard limit
])
def test_memory_says_whether_a_state_past_the_default_limit_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
        source: str, free: int | None, kept: bool) -> None:
    _with_limit(monkeypatch, 30, source)
    monkeypatch.setattr(persist, "available_memory", lambda: free)
    with caplog.at_level(logging.INFO, logger="newsweave.link.persist"):
        taken, grown, full = _kept_after_growing(tmp_path, "s")
    assert taken == kept
    notes = [r.getMessage() for r in caplog.records if "not kept for the next" in r.getMessage()]
    assert len(notes) == (0 if kept else 1), notes
    assert grown == full  # taken up or not, the links equal a full relink


def test_a_store_within_the_limit_keeps_its_state_whatever_memory_is_free(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under the limit the state is kept without asking how much memory is free."""
    _with_limit(monkeypatch, 50, "default")
    monkeypatch.setattr(persist, "available_memory", lambda: 0)
    articles, analyses = synthetic_analyses(20, random.Random(3))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles, analyses)
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert linker.save_state(store, force=True)


def test_available_memory_reads_a_positive_count_or_none() -> None:
    free = persist.available_memory()
    assert free is None or free > 0
