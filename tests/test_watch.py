"""`newsweave watch`: what a poll changed in the claims, stale links after a kill, no work
repeated on a restart."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.link.changes import claim_changes, match_claims
from newsweave.model import ActorRef, Article, Claim, LinkResult
from newsweave.store import Store
from newsweave.store.duckdb_store import read_link_snapshot_header

RUSSIA, TALIBAN = ActorRef("Russia", country="RUS"), ActorRef("Taliban", country="AFG")


def claim(cid: str, events: list[str], status: str = "single-source",
          supported: tuple[str, ...] = ("Wire",), denied: tuple[str, ...] = ()) -> Claim:
    return Claim(claim_id=cid, summary="Russia AID Taliban (military)", type="AID",
                 actor=RUSSIA, recipient=TALIBAN, event_ids=events, status=status,
                 supported_by=list(supported), denied_by=list(denied))


def test_a_claim_that_gains_evidence_is_matched_to_its_old_self() -> None:
    old = claim("clm_a", ["e1", "e2"])
    grown = claim("clm_b", ["e1", "e2", "e3"])  # a new article added e3: a new id
    other = claim("clm_c", ["e9"])
    assert match_claims([old], [grown, other]) == {"clm_b": old}


def test_changes_name_new_claims_status_changes_and_new_sources() -> None:
    before = [claim("clm_a", ["e1"], "single-source"),
              claim("clm_gone", ["e7"], "single-source")]
    after = [claim("clm_a2", ["e1", "e2"], "contested", supported=("Wire",),
                   denied=("Taliban",)),
             claim("clm_new", ["e5"], "single-source")]
    changes = claim_changes(before, after)
    lines = [c.line() for c in changes]
    assert [c.kind for c in changes] == ["new claim", "status", "new source", "gone"]
    assert lines[1] == "status   Russia AID Taliban (military): single-source -> contested"
    assert lines[2] == "source   Russia AID Taliban (military): + Taliban (denies)"
    assert changes[0].claim_id == "clm_new" and changes[3].claim_id == "clm_gone"
    assert claim_changes(after, after) == []  # nothing changed, nothing reported


def test_links_are_stale_until_a_link_covers_the_newest_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert not store.links_stale()
        store.write_batch([Article(article_id="art_1", source="a.txt", text="x")])
        assert store.links_stale()  # e.g. a run killed between its ingest and its link
        store.write_links(LinkResult())
        assert not store.links_stale()
        store.record_changes(claim_changes([], [claim("clm_a", ["e1"])]))
        assert [(c["kind"], c["after"]) for c in store.changes()] == [
            ("new claim", "single-source")]


@pytest.mark.slow
def test_watch_reports_what_new_articles_change_and_repeats_nothing(
        seeds_dir: Path, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    seeds = sorted(seeds_dir.glob("0*.txt"))
    for seed in seeds[:2]:
        shutil.copy(seed, inbox)
    db = str(tmp_path / "w.duckdb")
    runner = CliRunner()
    first = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"])
    assert first.exit_code == 0, first.output
    assert "2 new article(s)" in first.output and "new      " in first.output
    with Store(db) as store:  # the watch kept its linker's state for the next process
        kept = read_link_snapshot_header(store)
        assert kept is not None and kept["store"]["articles"] == 2
    for seed in seeds[2:]:  # three more outlets report the story
        shutil.copy(seed, inbox)
    second = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"])
    assert second.exit_code == 0, second.output
    assert "3 new article(s)" in second.output
    assert "source   " in second.output or "status   " in second.output
    with Store(db) as store:  # it lagged by 3 articles of 2: kept again
        kept = read_link_snapshot_header(store)
        assert kept is not None and kept["store"]["articles"] == 5
    again = runner.invoke(app, ["watch", str(inbox), "--db", db, "--once"])
    assert "0 new article(s), 0 error(s), 0 claim change(s)" in again.output
    history = runner.invoke(app, ["changes", "--db", db])
    assert history.exit_code == 0 and history.output.count("\n") >= 2


@pytest.mark.slow
def test_a_watch_killed_before_its_link_links_on_restart(seeds_dir: Path,
                                                         tmp_path: Path) -> None:
    from newsweave import api

    seeds = sorted(seeds_dir.glob("0*.txt"))
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        api.watch_once(store, [str(seeds[0])])
        api.ingest(store, [str(seeds[4])], analyze=True)  # the poll died before linking
        assert store.links_stale()
    with Store(db) as store:
        poll = api.watch_once(store, [str(seeds[0]), str(seeds[4])])
        assert poll.report.new_articles == 0 and poll.linked and poll.changes
        assert not store.links_stale()
        assert not api.watch_once(store, [str(seeds[0]), str(seeds[4])]).linked


def test_a_store_made_before_watch_existed_is_read_and_upgraded(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write_batch([Article(article_id="art_1", source="a.txt", text="x")])
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE claim_changes")  # as the previous release made it
    con.close()
    with Store(db, read_only=True) as store:
        assert store.changes() == [] and store.article_count() == 1
    with Store(db) as store:  # a writer adds the table
        store.record_changes(claim_changes([], [claim("clm_a", ["e1"])]))
        assert len(store.changes()) == 1
