"""A new process's Linker takes up the kept link state (link.persist) and links on from it:
what the state keeps besides the records (the entity grouping's full names per article,
SNAPSHOT_FORMAT 4) reads as worked out from the clusters, and links after take-up equal a
full relink, on made-up corpora whose later articles regroup earlier people."""

from __future__ import annotations

import logging
import random
from collections import Counter
from pathlib import Path

import pytest

from newsweave.engine.synthetic import hashed_embed
from newsweave.link.entities import MISREAD, EntityMemo, resolve_entities
from newsweave.link.incremental import Linker
from newsweave.store import Store
from test_incremental_link import (
    _full_relink,
    corpus,
    random_batches,
    stored_links,
    tangled_corpus,
)


def _fulls_from_clusters(grouping: object) -> dict[str, set[tuple[str, ...]]]:
    """Each article's full names as worked out again from its clusters: its people's and
    its misread names' full names (not initials alone)."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for aid, (start, end) in grouping.spans.items():  # type: ignore[attr-defined]
        names = out.setdefault(aid, set())
        for place in range(start, end):
            c = grouping.clusters[place]  # type: ignore[attr-defined]
            if c.is_person or place in grouping.misread:  # type: ignore[attr-defined]
                pn = c.person_name
                if pn.full and not pn.only_initials:
                    names.add(pn.tokens)
    return out


def test_each_articles_kept_full_names_are_those_its_clusters_give() -> None:
    """After every grown link of a tangled made-up corpus (names misread as organisations
    that a later article shows to be people, partial names that fit new people), the full
    names the grouping keeps per article are those its clusters give, misread ones included,
    and a partial name is placed as a grouping of all articles at once places it."""
    seen: Counter[str] = Counter()
    for seed in range(1, 21):
        rng = random.Random(seed)
        n = rng.choice([30, 60])
        _articles, analyses = tangled_corpus(n, seed)
        memo, hi = EntityMemo(), 0
        while hi < n:
            hi = min(n, hi + rng.choice([1, 2, 5]))
            grown = resolve_entities(analyses[:hi], None, memo)
            grouping = memo.grouping
            assert grouping is not None
            kept = {aid: set(names) for aid, names in grouping.fulls.items()}
            assert kept == _fulls_from_clusters(grouping), f"seed {seed}, {hi} articles"
            assert all(len(v) == len(set(v)) for v in grouping.fulls.values())
            assert dict(grown.mention_entity) == dict(
                resolve_entities(analyses[:hi]).mention_entity), f"seed {seed}, {hi}"
            seen["misread in fulls"] += any(
                grouping.clusters[p].person_name.tokens in grouping.fulls[
                    grouping.clusters[p].article_id]
                for p in grouping.misread if p < MISREAD)
            seen["partials"] += bool(grouping.assigned)
    assert seen["misread in fulls"] and seen["partials"], seen  # a real test


def _link_new_linker(db: Path) -> Linker:
    """Link the store with a new Linker (as a new process: it holds nothing but what it
    takes up from the store) and keep its whole state for the next one."""
    with Store(db) as store:
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert linker.save_state(store, force=True)
    return linker


@pytest.mark.parametrize("seed", [3, 8])
def test_tangled_articles_added_in_runs_by_new_linkers_equal_a_full_relink(
        tmp_path: Path, seed: int) -> None:
    """k made-up articles that split, merge and rename earlier people, added in one or
    several runs, each linked by a new Linker that takes up the state the last one kept:
    every stored record equals a full relink's, run after run."""
    rng = random.Random(seed)
    articles, analyses = tangled_corpus(70, seed)
    db = tmp_path / "grown.duckdb"
    first = 30
    runs = [(0, first), *[(lo + first, hi + first) for lo, hi in
                          random_batches(len(articles) - first, rng, parts=3)]]
    for n, (lo, hi) in enumerate(runs):
        with Store(db) as store:
            store.write_batch(articles[lo:hi], analyses[lo:hi])
        linker = _link_new_linker(db)
        assert linker.stats.snapshot == (n > 0)
        with Store(db) as store:
            grown = stored_links(store)
        assert grown == _full_relink(tmp_path, f"fresh{n}", articles[:hi], analyses[:hi]), n
    assert grown["entities"] and grown["mention_entities"]


def test_a_link_state_of_the_format_before_is_refused_in_one_line(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A state kept by a Linker of the format before (5: the quote variants' band tables
    pickled whole; 4: records pickled with every field; 3: no full names per article in its
    grouping) is not taken up: one log line, and the link is a full relink's."""
    from newsweave.link import persist

    articles, analyses = corpus(60, 4)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_batch(articles[:40], analyses[:40])
    _link_new_linker(db)
    with Store(db) as store:
        header = store.con.execute(
            "SELECT value FROM meta WHERE key = 'link_snapshot'").fetchone()[0]
        assert f'"format": {persist.SNAPSHOT_FORMAT}' in header
        store.con.execute("UPDATE meta SET value = ? WHERE key = 'link_snapshot'", [
            header.replace(f'"format": {persist.SNAPSHOT_FORMAT}',
                           f'"format": {persist.SNAPSHOT_FORMAT - 1}')])
        store.write_batch(articles[40:], analyses[40:])
        linker = Linker(embed=hashed_embed)
        with caplog.at_level(logging.INFO, logger="newsweave.link.persist"):
            linker.link(store)
        assert not linker.stats.snapshot
        notes = [r.getMessage() for r in caplog.records if "link snapshot" in r.getMessage()]
        assert len(notes) == 1, notes
        grown = stored_links(store)
    assert grown == _full_relink(tmp_path, "fresh", articles, analyses)
