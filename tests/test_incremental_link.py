"""Incremental linking: a corpus linked as it grows, batch by batch, gives exactly the links
of linking it all at once (every link table, record by record), in memory and in a store."""

from __future__ import annotations

import dataclasses
import itertools
import random
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import LinkMemo, link_corpus, variants
from newsweave.link.changes import claim_changes
from newsweave.link.corrections import Corrections
from newsweave.link.incremental import Linker
from newsweave.link.variants import VariantMemo, group_quote_variants
from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Event,
    LinkResult,
    Mention,
    Quote,
)
from newsweave.store import Store

TABLES = ("entities", "mention_entity", "syndication", "near_duplicates", "claims",
          "quote_variants")


def assert_same_links(grown: LinkResult, fresh: LinkResult, context: str) -> None:
    """Every table equal, record by record (a failure names the first differing record)."""
    a, b = grown.to_dict(), fresh.to_dict()
    for table in TABLES:
        if a[table] == b[table]:
            continue
        if isinstance(a[table], dict):
            diff = {k for k in set(a[table]) | set(b[table]) if a[table].get(k) != b[table].get(k)}
            pytest.fail(f"{context}: {table} differs at {sorted(diff)[:3]}")
        assert len(a[table]) == len(b[table]), f"{context}: {table} counts differ"
        for x, y in zip(a[table], b[table], strict=True):
            assert x == y, f"{context}: {table} record differs: {x} != {y}"


def corpus(n: int, seed: int) -> tuple[list[Article], list[ArticleAnalysis]]:
    return synthetic_analyses(n, random.Random(seed))


def random_batches(n: int, rng: random.Random, parts: int) -> list[tuple[int, int]]:
    cuts = sorted(rng.sample(range(1, n), parts - 1))
    bounds = [0, *cuts, n]
    return list(itertools.pairwise(bounds))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_corpus_linked_as_it_grows_equals_linking_it_at_once(seed: int) -> None:
    rng = random.Random(seed)
    articles, analyses = corpus(140, seed)
    order = list(range(len(articles)))
    rng.shuffle(order)  # another ingest order: copies may now come before their original
    articles = [articles[i] for i in order]
    analyses = [analyses[i] for i in order]
    memo = LinkMemo()
    for lo, hi in random_batches(len(articles), rng, parts=rng.randint(2, 5)):
        grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
        fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
        assert_same_links(grown, fresh, f"seed {seed}, after articles {lo}..{hi}")
    assert grown.syndication and grown.claims and grown.quote_variants  # a real test


@pytest.mark.parametrize("seed", [4, 5])
def test_a_corpus_grown_a_few_articles_at_a_time_equals_linking_it_at_once(seed: int) -> None:
    """Small additions (as `watch` makes them) leave most groups untouched: what is taken
    from the last link (report scans of unchanged story anchors, entity blocks, partial
    names) must still equal a full relink after every addition."""
    rng = random.Random(seed)
    articles, analyses = corpus(100, seed)
    memo = LinkMemo()
    link_corpus(articles[:80], analyses[:80], embed=hashed_embed, memo=memo)
    kept_scans = kept_splits = redone_splits = kept_groups = 0
    hi = 80
    while hi < len(articles):
        before = dict(memo.claims.reports)
        splits = dict(memo.claims.splits)
        assert memo.entities.grouping is not None
        groups = dict(memo.entities.grouping.groups)
        hi = min(len(articles), hi + rng.randint(1, 4))
        grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
        fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
        assert_same_links(grown, fresh, f"seed {seed}, after {hi} articles")
        kept_scans += sum(memo.claims.reports.get(a) is scan for a, scan in before.items())
        # key by key: the event keys the new articles did not reach keep their splits
        kept_splits += sum(memo.claims.splits.get(k) is v for k, v in splits.items())
        redone_splits += sum(splits.get(k) is not v for k, v in memo.claims.splits.items())
        kept_groups += sum(memo.entities.grouping.groups.get(g) is v for g, v in groups.items())
    assert memo.claims.report_claims and kept_scans  # scans were taken up, not redone
    assert kept_splits > redone_splits > 0 and kept_groups


def test_corrections_apply_the_same_to_a_grown_corpus() -> None:
    articles, analyses = corpus(90, 4)
    first = link_corpus(articles, analyses, embed=hashed_embed)
    person = next(e for e in first.entities if e.type == "PERSON")
    other = next(e for e in first.entities if e.type == "PERSON" and e is not person)
    claim = first.claims[0]
    fixes = Corrections(rejected={claim.event_ids[0]}, renames={person.entity_id: "J. Doe"},
                        merges={other.entity_id: person.entity_id},
                        outlets={articles[3].article_id: "Desk Wire"},
                        roles={claim.event_ids[-1]: "doubts"})
    memo = LinkMemo()
    link_corpus(articles[:50], analyses[:50], embed=hashed_embed, corrections=fixes,
                memo=memo)
    grown = link_corpus(articles, analyses, embed=hashed_embed, corrections=fixes, memo=memo)
    fresh = link_corpus(articles, analyses, embed=hashed_embed, corrections=fixes)
    assert_same_links(grown, fresh, "with corrections")
    assert any(e.name == "J. Doe" for e in grown.entities)
    assert claim.event_ids[0] not in {x for c in grown.claims for x in c.event_ids}


def stored_links(store: Store) -> dict[str, Any]:
    """Every link table as the store holds it, in a stable order."""
    con = store.con
    return {
        "entities": [e.to_dict() for e in sorted(store.entities(), key=lambda e: e.entity_id)],
        "mention_entities": sorted(con.execute("SELECT * FROM mention_entities").fetchall()),
        "article_links": sorted(con.execute("SELECT * FROM article_links").fetchall()),
        "claims": [c.to_dict() for c in store.claims()],
        "quote_variants": [v.to_dict() for v in store.quote_variants()],
    }


def test_a_store_linked_as_it_grows_holds_the_links_of_a_full_relink(tmp_path: Path) -> None:
    articles, analyses = corpus(160, 5)
    grown_db, fresh_db = tmp_path / "grown.duckdb", tmp_path / "fresh.duckdb"
    linker = Linker(embed=hashed_embed)
    before: list[Any] = []
    with Store(grown_db) as store:
        store.write_batch(articles[:100], analyses[:100])
        linker.link(store)
        assert not linker.stats.incremental
        before = store.claims()
        store.write_batch(articles[100:158], analyses[100:158])
        linker.link(store)
        assert linker.stats.incremental and linker.stats.new_articles == 58
        store.write_batch(articles[158:], analyses[158:])
        linker.link(store)  # a poll of two articles rewrites only what they changed
        assert linker.stats.incremental and linker.stats.new_articles == 2
        total = store.counts()["entities"] + store.counts()["claims"]
        rewritten = linker.stats.rewritten
        assert 0 < rewritten["entities"] + rewritten["claims"] < total
        assert not store.links_stale()
        grown = stored_links(store)
        grown_changes = claim_changes(before, store.claims())
    with Store(fresh_db) as store:
        store.write_batch(articles, analyses)
        Linker(embed=hashed_embed).link(store)
        fresh = stored_links(store)
        fresh_changes = claim_changes(before, store.claims())
    for table in grown:
        assert grown[table] == fresh[table], table
    assert [c.line() for c in grown_changes] == [c.line() for c in fresh_changes]
    assert grown_changes  # the later articles changed claims


def test_a_linker_reads_everything_again_when_the_store_changed_behind_it(
        tmp_path: Path) -> None:
    articles, analyses = corpus(40, 6)
    linker = Linker(embed=hashed_embed)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles[:30], analyses[:30])
        linker.link(store)
        store.write_links(link_corpus(articles[:30], analyses[:30], embed=hashed_embed))
        store.write_batch(articles[30:], analyses[30:])
        linker.link(store)  # another process linked in between: its state is stale
        assert not linker.stats.incremental
        store.write_batch(analyses=[analyses[0]])  # an old article analysed again
        linker.link(store)
        assert not linker.stats.incremental
        linker.link(store)
        assert linker.stats.incremental and linker.stats.new_articles == 0


@pytest.mark.slow
def test_the_seeds_linked_in_random_batches_equal_one_link(seeds_store: Any) -> None:
    articles = seeds_store.articles()
    analyses = list(seeds_store.analyses())
    rng = random.Random(11)
    reported = 0
    for trial in range(2):
        memo = LinkMemo()
        # real articles are what exercises the report scans (synthetic ones make no
        # reports): every batch is compared, the later ones small, as `watch` adds them
        parts = min(len(articles), 3 + 3 * trial)
        for _lo, hi in random_batches(len(articles), rng, parts):
            grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
            fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
            assert_same_links(grown, fresh, f"seeds, trial {trial}, first {hi} articles")
            reported += sum(len(c.reports) for c in fresh.claims)
    assert reported  # the scans found something to keep or redo


@pytest.mark.parametrize("seed", [7, 8])
def test_a_store_linked_by_a_new_process_each_time_holds_the_links_of_a_full_relink(
        tmp_path: Path, seed: int) -> None:
    """Each batch is linked by a new Linker (a new `newsweave run` or `watch` process): it
    takes up the state the previous one kept in the store, links incrementally, and the
    store ends up holding exactly what one full link writes."""
    rng = random.Random(seed)
    articles, analyses = corpus(150, seed)
    grown_db, fresh_db = tmp_path / "grown.duckdb", tmp_path / "fresh.duckdb"
    batches = random_batches(len(articles), rng, parts=rng.randint(3, 5))
    with Store(grown_db) as store:
        for n, (lo, hi) in enumerate(batches):
            store.write_batch(articles[lo:hi], analyses[lo:hi])
            linker = Linker(embed=hashed_embed)
            linker.link(store)
            assert linker.stats.resumed == (n > 0), f"batch {n}"
            assert linker.stats.new_articles == hi - lo
            with Store(fresh_db) as fresh_store:
                fresh_store.write_batch(articles[lo:hi], analyses[lo:hi])
                fresh_store.write_links(link_corpus(articles[:hi], analyses[:hi],
                                                    embed=hashed_embed))  # from scratch
                fresh = stored_links(fresh_store)
            grown = stored_links(store)
            for table in grown:
                assert grown[table] == fresh[table], f"batch {n}: {table}"
        last = linker.stats.rewritten
        assert 0 < last["entities"] + last["claims"] < store.counts()["entities"] + \
            store.counts()["claims"]  # the last link rewrote only what its articles changed
        # by default only the sketches and copy pairs are kept (see Linker.keep_memo)
        assert store.con.execute("SELECT count(*) FROM link_memo").fetchone()[0] == 0
    assert grown["claims"] and grown["article_links"]  # a real test


def test_a_kept_link_state_is_not_taken_up_when_the_store_changed_since(
        tmp_path: Path) -> None:
    articles, analyses = corpus(60, 9)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles[:40], analyses[:40])
        Linker(embed=hashed_embed).link(store)
        store.write_batch(analyses=[analyses[0]])  # an old article analysed again
        store.write_batch(articles[40:], analyses[40:])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert not linker.stats.incremental and not linker.stats.resumed
        store.write_links(link_corpus(articles, analyses, embed=hashed_embed))  # by hand
        linker = Linker(embed=hashed_embed)
        linker.link(store)  # the kept state belongs to the link before: not taken up
        assert not linker.stats.resumed
        linker = Linker(embed=hashed_embed)
        before = stored_links(store)
        assert linker.link(store) is None  # nothing new since the kept link: nothing done
        assert linker.stats.skipped and stored_links(store) == before
        assert Linker(embed=hashed_embed).link(store) is None  # and again


def test_a_report_scan_finds_the_sentences_that_name_a_party_of_a_story_claim() -> None:
    """Each sentence looks its own word runs up among the claims of the article's story
    anchors: a whole-word party name counts, a claim the article already reports does not,
    and a sentence too short to report anything is passed by."""
    from newsweave.link.claims import _report_sentences

    text = ("Ministers met in Vilnor on Monday to talk about the border. "
            "Officials said Karovia had sent envoys to the talks last week. "
            "Karovians cheered the envoys in the streets of the capital city. "
            "Karovia agreed.")
    index = {"Karovia": [("clm-a", "Karovia", frozenset({"other"})),
                         ("clm-b", "Karovia", frozenset({"this"}))],
             "Vilnor": [("clm-c", "Vilnor", frozenset())]}
    found = _report_sentences(text, "this", [index])
    assert [(text[lo:hi], ids) for (lo, hi), _, ids in found] == [
        ("Ministers met in Vilnor on Monday to talk about the border.", ["clm-c"]),
        ("Officials said Karovia had sent envoys to the talks last week.", ["clm-a"]),
    ]
    assert _report_sentences(text, "this", []) == []


def test_an_entity_that_grew_is_summed_up_from_its_new_mentions_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Group by group: a group whose members the new articles only added to (a known
    person or state named again) keeps its tally and adds the new clusters; its record
    equals the one summed up from all its members, and the whole link equals a full
    relink."""
    from newsweave.link import entities as ents

    articles, analyses = corpus(120, 6)
    memo = LinkMemo()
    link_corpus(articles[:110], analyses[:110], embed=hashed_embed, memo=memo)
    assert memo.entities.grouping is not None
    before = dict(memo.entities.grouping.groups)
    grown_by: list[int] = []  # clusters added to a tally kept from the last link
    copy = ents._Tally.copy

    def counting_copy(self: Any) -> Any:
        out = copy(self)
        add = out.add
        out.add = lambda members: grown_by.append(len(members)) or add(members)  # type: ignore
        return out

    monkeypatch.setattr(ents._Tally, "copy", counting_copy)
    grown = link_corpus(articles, analyses, embed=hashed_embed, memo=memo)
    assert_same_links(grown, link_corpus(articles, analyses, embed=hashed_embed), "grown")
    grouping = memo.entities.grouping
    extended = {gid: g for gid, g in grouping.groups.items()
                if (old := before.get(gid)) is not None and len(g.members) > len(old.members)
                and g.members[:len(old.members)] == old.members}
    assert extended and len(grown_by) == len(extended)  # each summed from its new members
    assert sum(grown_by) == sum(len(g.members) - len(before[gid].members)
                                for gid, g in extended.items())
    untouched = [gid for gid, g in before.items() if grouping.groups.get(gid) is g]
    assert len(untouched) > len(before) // 2  # the groups the new articles missed are kept
    for group in extended.values():
        key, whole = ents._entity([grouping.cluster(k) for k in group.members], group.key)
        assert (key, dataclasses.replace(whole, entity_id=group.entity.entity_id)) == (
            group.made_key, group.entity)


def _link_in_new_process(db: Path) -> dict[str, Any]:
    """Link the store in a new Python process (another hash seed: sets iterate in another
    order) as `newsweave run` does; returns its LinkStats."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, sys\n"
            "from dataclasses import asdict\n"
            "from newsweave.engine.synthetic import hashed_embed\n"
            "from newsweave.link.incremental import Linker\n"
            "from newsweave.store import Store\n"
            "with Store(sys.argv[1]) as s:\n"
            "    linker = Linker(embed=hashed_embed, keep_memo=True)\n"
            "    linker.link(s)\n"
            "print(json.dumps(asdict(linker.stats)))\n")
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True,
                         text=True, env=env, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
def test_new_processes_take_up_the_kept_memo_and_link_as_a_full_relink(
        tmp_path: Path) -> None:
    """Each batch linked by a new process takes up the whole memo the last one kept
    (clusters, entity tallies, claims, report scans, the quote index) and the store holds
    what one full link writes; a process with nothing new to link does nothing."""
    rng = random.Random(21)
    articles, analyses = corpus(160, 21)
    db = tmp_path / "grown.duckdb"
    batches = random_batches(len(articles), rng, parts=4)
    for n, (lo, hi) in enumerate(batches):
        with Store(db) as store:
            store.write_batch(articles[lo:hi], analyses[lo:hi])
        stats = _link_in_new_process(db)
        assert stats["resumed"] == (n > 0) and (stats["memo_rows"] > 0) == (n > 0), stats
        with Store(tmp_path / f"fresh{n}.duckdb") as fresh_store:
            fresh_store.write_batch(articles[:hi], analyses[:hi])
            fresh_store.write_links(link_corpus(articles[:hi], analyses[:hi],
                                                embed=hashed_embed))
            fresh = stored_links(fresh_store)
        with Store(db) as store:
            grown = stored_links(store)
        for table in grown:
            assert grown[table] == fresh[table], f"batch {n}: {table}"
    stats = _link_in_new_process(db)
    assert stats["skipped"] and not stats["rewritten"]
    assert grown["claims"] and grown["entities"]


@pytest.mark.parametrize("damage", ["corrupt", "stale", "format"])
def test_a_corrupt_or_stale_kept_memo_is_ignored(tmp_path: Path, damage: str) -> None:
    """A memo row that does not read back, a memo another link's state does not name, or
    one of another format is not taken up: the link redoes its work and its links are a
    full relink's."""
    import json

    articles, analyses = corpus(90, 4)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write_batch(articles[:60], analyses[:60])
        Linker(embed=hashed_embed, keep_memo=True).link(store)
        if damage == "corrupt":
            store.con.execute("UPDATE link_memo SET value = '{\"~zz\": 1}' WHERE part = "
                              "'claims.finished'")
        elif damage == "stale":
            store.con.execute("UPDATE link_memo SET value = '\"0\"' WHERE part = 'id'")
        else:
            state = json.loads(store.con.execute(
                "SELECT value FROM meta WHERE key = 'link_state'").fetchone()[0])
            state["memo"]["format"] = -1
            store.con.execute("UPDATE meta SET value = ? WHERE key = 'link_state'",
                              [json.dumps(state)])
        store.write_batch(articles[60:], analyses[60:])
        linker = Linker(embed=hashed_embed, keep_memo=True)
        linker.link(store)
        assert linker.stats.resumed and linker.stats.memo_rows == -1
        grown = stored_links(store)
    with Store(tmp_path / "fresh.duckdb") as fresh_store:
        fresh_store.write_batch(articles, analyses)
        fresh_store.write_links(link_corpus(articles, analyses, embed=hashed_embed))
        assert stored_links(fresh_store) == grown


def test_the_memo_codec_keeps_what_the_memo_holds() -> None:
    """Tuples, sets, counters, ordered dicts and records read back equal and of their type;
    anything outside the vocabulary is refused, never written half."""
    from collections import Counter

    from newsweave.link.persist import Codec, MemoFormatError
    from newsweave.model import ActorRef, Mention

    mention = Mention("m1", "a1", "Ana Lopes", (0, 9), "PERSON", "Ana Lopes", "ana")
    codec = Codec({"m1": mention})
    value = {("k", 1): [frozenset({"x", "y"}), {"s"}, Counter({"b": 2, "a": 2}), None, 1.25,
                        b"\x00\x01", ActorRef("Ana Lopes", mention_id="m1")]}
    back = codec.loads(codec.dumps(value))
    assert back == value
    assert list(back[("k", 1)][2]) == ["b", "a"]  # a counter keeps its order (ties)
    with pytest.raises(MemoFormatError):
        codec.dumps(object())
    with pytest.raises(MemoFormatError):
        codec.loads('{"~R": "NoSuchRecord", "v": {}}')


def test_candidates_with_new_articles_are_the_pairs_holding_one() -> None:
    """Syndication candidates of a growing corpus: with a mask of new articles, exactly the
    candidate pairs of the whole corpus that hold at least one new article (runs of equal
    band keys with no new article are passed by without looking at their pairs)."""
    import numpy as np

    from newsweave.link.syndication import _candidates, shingle_hashes, signature

    rng = random.Random(3)
    words = [f"w{i}" for i in range(400)]
    bodies = [" ".join(rng.choices(words, k=rng.randint(40, 300))) for _ in range(30)]
    texts = [*bodies, *(rng.choice(bodies) + " " + " ".join(rng.choices(words, k=20))
                        for _ in range(30))]  # copies with a few words of their own
    hashes = [shingle_hashes(t) for t in texts]
    sizes = np.array([len(h) for h in hashes])
    sketches = np.stack([signature(h) for h in hashes])
    every = _candidates(sizes, sketches)
    assert len(every) >= 20  # the copies are found
    for share in (0.05, 0.3, 1.0):
        new = np.array([rng.random() < share for _ in texts])
        assert _candidates(sizes, sketches, new) == {
            (a, b) for a, b in every if new[a] or new[b]}


def test_candidates_after_a_link_stopped_half_way_equal_a_fresh_search(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A link stopped after indexing its new articles' band keys, before marking them done
    (the band index is kept with a link state now): the next search makes the index again
    and finds the pairs a search with no memo finds."""
    import numpy as np

    from newsweave.link import syndication

    rng = random.Random(5)
    words = [f"w{i}" for i in range(400)]
    bodies = [" ".join(rng.choices(words, k=rng.randint(60, 300))) for _ in range(20)]
    texts = {f"a{i}": t for i, t in enumerate(
        [*bodies, *(rng.choice(bodies) + " " + " ".join(rng.choices(words, k=20))
                    for _ in range(20))])}
    first = dict(list(texts.items())[:25])
    memo = syndication.SyndicationMemo()
    syndication.candidate_pairs(first, memo)

    def stopped(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("stopped half way")

    with monkeypatch.context() as patch:
        patch.setattr(np, "intersect1d", stopped)
        with pytest.raises(RuntimeError):
            syndication.candidate_pairs(texts, memo)
    assert memo.bands is not None and len(memo.bands.ids) > len(memo.done)
    found = syndication.candidate_pairs(texts, memo)
    assert len(found) >= 10 and found == syndication.candidate_pairs(texts)


def reporting_corpus(n: int, seed: int) -> tuple[list[Article], list[ArticleAnalysis]]:
    """Synthetic articles that report each other's claims in other sentences: each text
    retells a few earlier events in sentences naming both parties ("Alpha ... Beta."), and
    the people come from a small pool, so articles share the people their stories are
    about (what report scans look for)."""
    import dataclasses

    rng = random.Random(seed)
    articles, analyses = corpus(n, seed)
    people = [f"{first} {last}" for first in ("Dana", "Ilse", "Oren", "Pia", "Rafe")
              for last in ("Kovar", "Marten", "Vadas", "Lund", "Ostin", "Brek")]
    events: list[Any] = []
    out_articles, out_analyses = [], []
    for art, analysis in zip(articles, analyses, strict=True):
        told = rng.sample(events, min(3, len(events)))
        lines = [f"{e.actor.name} {e.sentence} {e.recipient.name}." for e in told]
        lines += [" ".join(rng.choices([f"w{i}" for i in range(50)], k=8)) + "." for _ in range(3)]
        rng.shuffle(lines)
        mentions = [dataclasses.replace(m, text=name, canonical=name,
                                        local_key=f"PERSON:{name.lower()}")
                    if m.label == "PERSON" else m
                    for m in analysis.mentions
                    for name in [rng.choice(people)]]
        out_articles.append(dataclasses.replace(art, text=" ".join(lines)))
        out_analyses.append(dataclasses.replace(analysis, mentions=mentions))
        events.extend(analysis.events)
    return out_articles, out_analyses


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
@pytest.mark.parametrize("seed", [12, 13])
def test_report_scans_of_a_growing_corpus_equal_a_full_scan(seed: int) -> None:
    """Articles about the same people that name a claim's parties in a sentence close to
    its events report it: linked a few articles at a time, the scans are kept, or looked
    at again for the claims that changed only, and every link equals a full relink."""
    from newsweave.link import claims as claims_module

    rng = random.Random(seed)
    articles, analyses = reporting_corpus(90, seed)
    memo = LinkMemo()
    hi = 60
    link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
    scanned: list[int] = []  # indexes a scan looked sentences up in
    scan = claims_module._report_sentences

    def counting(text: str, article_id: str, indexes: list[Any]) -> Any:
        scanned.append(sum(len(ix) for ix in indexes))
        return scan(text, article_id, indexes)

    reports = 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(claims_module, "_report_sentences", counting)
        while hi < len(articles):
            hi = min(len(articles), hi + rng.randint(1, 5))
            grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
            fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
            assert_same_links(grown, fresh, f"seed {seed}, after {hi} articles")
            reports += sum(len(c.reports) for c in fresh.claims)
    assert reports and scanned  # reports were found, and scans looked at again


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_a_popular_key_split_by_stories_as_it_grows_equals_splitting_it_again(
        seed: int) -> None:
    """One key's reports in one time segment, split by the people their articles are about
    (or only name): the kept story state grown by new articles, or made again when an
    article it met reads otherwise, gives _split_key's parts, in the same order."""
    from newsweave.link.claims import _Member, _split_key, _split_key_growing
    from newsweave.model import Event

    rng = random.Random(seed)
    persons = [f"ent_p{i}" for i in range(60)]
    key = ("ent:ent_p0", "RUS", "AID", None)  # a person side: never a story of its own
    anchors: dict[str, frozenset[str]] = {}
    people: dict[str, frozenset[str]] = {}
    members: list[Any] = []
    story = None
    for n in range(60):
        aid = f"art_{n:03d}"
        about = frozenset(rng.sample(persons, rng.choice([0, 0, 1, 1, 2])))
        anchors[aid] = about
        people[aid] = about | frozenset(rng.sample(persons, rng.randint(0, 2)))
        for j in range(rng.randint(1, 2)):
            event = Event(event_id=f"evt_{n:03d}_{j}", article_id=aid, span=(j, j + 1),
                          sentence="s", type="AID", trigger="x", actor=None,
                          date=f"2016-03-{rng.randint(1, 20):02d}")
            members.append(_Member(event, key[0], key[1], 736000 + rng.randint(0, 20), 45))
        if n == 40:  # an article met before is now about someone else: made again
            anchors["art_005"] = frozenset({"ent_p7"})
        parts, story = _split_key_growing(key, list(members), anchors, people, story)
        want = _split_key(key, list(members), anchors, people)
        assert story is not None
        assert [[m.event.event_id for m in p] for p in parts] == \
            [[m.event.event_id for m in p] for p in want], f"after {n + 1} articles"
    assert len(want) > 2  # several stories, some joined only by a person named


def test_entity_lookups_say_which_articles_may_read_otherwise(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """EntityIndex.changed: after a few articles are added, the articles outside the set it
    names have every mention at the entity it stood for before, of the same type (what
    story anchors are read from), and the set is the new articles and few more."""
    from newsweave.engine import synthetic
    from newsweave.link.entities import EntityMemo, resolve_entities

    # every lone surname drawn from the pool (LONE_SURNAMES = 1, the corpus before scale8):
    # surname-only people met across articles are what a new full name moves; with the
    # default (mostly the surname of the article's own person) no earlier mention moves
    monkeypatch.setattr(synthetic, "LONE_SURNAMES", 1)
    articles, analyses = corpus(160, 14)
    texts = {a.article_id: a.text for a in articles}
    memo = EntityMemo()
    # (a memo's next link changes the tables an index holds: see EntityMemo)
    index = resolve_entities(analyses[:150], texts, memo)
    before = (index.changed, dict(index.mention_entity),
              {e.entity_id: e.type for e in index.entities})
    lo, moved = 150, 0
    for hi in (151, 155, 160):
        index = resolve_entities(analyses[:hi], texts, memo)
        after = (index.changed, dict(index.mention_entity),
                 {e.entity_id: e.type for e in index.entities})
        assert after[0] is not None and before[0] is not None
        generation, changed = after[0]
        assert generation == before[0][0] + 1
        new = {a.article_id for a in analyses[lo:hi]}
        assert new <= changed and len(changed) < hi // 2
        types = (before[2], after[2])
        for analysis in analyses[:hi]:
            if analysis.article_id in changed or analysis.article_id in new:
                continue
            for m in analysis.mentions:
                was, now = before[1][m.mention_id], after[1][m.mention_id]
                assert (was, types[0][was]) == (now, types[1][now]), m
        moved += sum(before[1][m] != after[1][m] for m in before[1])
        before, lo = after, hi
    assert moved  # some earlier mentions did move (in the articles named)


def _link_in_new_process_saving(db: Path, force: bool = True) -> dict[str, Any]:
    """Link the store in a new Python process (another hash seed) as `newsweave run` does,
    then keep the Linker's whole state (Linker.save_state); returns its LinkStats."""
    import json
    import os
    import subprocess
    import sys

    code = ("import json, sys\n"
            "from dataclasses import asdict\n"
            "from newsweave.engine.synthetic import hashed_embed\n"
            "from newsweave.link.incremental import Linker\n"
            "from newsweave.store import Store\n"
            "with Store(sys.argv[1]) as s:\n"
            "    linker = Linker(embed=hashed_embed)\n"
            "    linker.link(s)\n"
            f"    saved = linker.save_state(s, force={force})\n"
            "print(json.dumps({**asdict(linker.stats), 'saved': saved}))\n")
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True,
                         text=True, env=env, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def _full_relink(tmp_path: Path, name: str, articles: list[Article],
                 analyses: list[ArticleAnalysis]) -> dict[str, Any]:
    with Store(tmp_path / f"{name}.duckdb") as fresh_store:
        fresh_store.write_batch(articles, analyses)
        fresh_store.write_links(link_corpus(articles, analyses, embed=hashed_embed))
        return stored_links(fresh_store)


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
@pytest.mark.parametrize("seed", [31, 32])
def test_new_processes_take_up_the_kept_link_state_and_link_as_a_full_relink(
        tmp_path: Path, seed: int) -> None:
    """Each batch is linked by a new process that takes up the whole state the last one
    kept (Linker.save_state: articles, analyses, every memo part, vectors, link records) and
    the store holds what one full link writes, batch after batch."""
    rng = random.Random(seed)
    articles, analyses = corpus(170, seed)
    db = tmp_path / "grown.duckdb"
    batches = random_batches(len(articles), rng, parts=4)
    for n, (lo, hi) in enumerate(batches):
        with Store(db) as store:
            store.write_batch(articles[lo:hi], analyses[lo:hi])
        stats = _link_in_new_process_saving(db)
        assert stats["snapshot"] == stats["resumed"] == (n > 0), stats
        assert stats["saved"] and stats["new_articles"] == hi - lo
        with Store(db) as store:
            grown = stored_links(store)
        assert grown == _full_relink(tmp_path, f"fresh{n}", articles[:hi], analyses[:hi]), n
    assert grown["claims"] and grown["entities"] and grown["article_links"]
    stats = _link_in_new_process_saving(db)
    assert stats["skipped"] and not stats["rewritten"]


def _linked_and_kept(store: Store, articles: list[Article], analyses: list[ArticleAnalysis]
                     ) -> Linker:
    """Store these articles, link them and keep the Linker's whole state in the store."""
    store.write_batch(articles, analyses)
    linker = Linker(embed=hashed_embed)
    linker.link(store)
    assert linker.save_state(store)
    return linker


@pytest.mark.parametrize("damage", ["corrupt", "foreign", "missing", "code", "reanalysed"])
def test_a_corrupt_or_stale_link_snapshot_is_ignored(
        tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    """A kept state that does not read back (cut short, or naming a type outside a link
    state's, which is refused before anything is made), one with parts missing, one made by
    other code, or one whose articles changed since is not taken up: one log line, and the
    link's records are a full relink's."""
    import logging
    import pickle

    from newsweave.link import persist
    from newsweave.store.duckdb_store import pack_part

    articles, analyses = corpus(90, 14)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        linker = _linked_and_kept(store, articles[:60], analyses[:60])
        sid = store.con.execute("SELECT snapshot_id FROM link_snapshot").fetchone()[0]
        if damage == "corrupt":
            store.con.execute("UPDATE link_snapshot SET body = body[:1000]")
        elif damage == "foreign":  # would call os.system when read by a plain unpickler
            evil = b"cos\nsystem\n(S'echo hacked'\ntR."
            assert pickle.loads.__name__ and evil  # (never loaded here)
            # (stored packed, as the store packs each part: the unpickler meets it as is)
            store.con.execute("UPDATE link_snapshot SET body = ?", [pack_part(evil)])
        elif damage == "missing":
            store.con.execute("UPDATE link_snapshot SET snapshot_id = 'other'")
        elif damage == "code":
            header = store.con.execute(
                "SELECT value FROM meta WHERE key = 'link_snapshot'").fetchone()[0]
            store.con.execute("UPDATE meta SET value = ? WHERE key = 'link_snapshot'",
                              [header.replace(persist.code_print(), "0" * 32)])
        else:
            store.write_batch(analyses=[analyses[0]])  # an old article analysed again
        store.write_batch(articles[60:], analyses[60:])
        linker = Linker(embed=hashed_embed)
        with caplog.at_level(logging.INFO, logger="newsweave.link.persist"):
            linker.link(store)
        assert not linker.stats.snapshot
        notes = [r.getMessage() for r in caplog.records if "link snapshot" in r.getMessage()
                 or "under the link snapshot" in r.getMessage()]
        assert len(notes) == 1, notes
        if damage == "foreign":
            assert "os.system" in notes[0]
        assert sid
        grown = stored_links(store)
    assert grown == _full_relink(tmp_path, "fresh", articles, analyses)


def _band_runs(bands: Any) -> list[tuple[Any, ...]]:
    """A syndication band index as what its searches read: per band, its keys in order
    with the article each stands for (the places of equal keys as a set: only ever read as
    a run), and each article's size."""
    out: list[tuple[Any, ...]] = [tuple(sorted(zip(bands.ids, bands.sizes.tolist(),
                                                   strict=True)))]
    for keys, places in bands.keys:
        out.append(tuple(keys.tolist()))
        out.append(tuple(sorted(zip(keys.tolist(), (bands.ids[p] for p in places.tolist()),
                                    strict=True))))
    return out


def test_a_taken_up_link_state_keeps_the_syndication_band_index(tmp_path: Path) -> None:
    """The sorted band keys are kept with the link state (SNAPSHOT_FORMAT 3): a new process
    takes them up instead of sorting every article's keys again, and they are the index
    sorting them again from the sketches makes; its next link equals a full relink."""
    from newsweave.link import syndication
    from newsweave.link.persist import take_up_snapshot

    articles, analyses = corpus(150, 21)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        kept = _linked_and_kept(store, articles[:120], analyses[:120])
        taker = Linker(embed=hashed_embed)
        assert take_up_snapshot(taker, store) == kept.seq
    memo = taker.memo.syndication
    assert memo.bands is not None and memo.bands is not kept.memo.syndication.bands
    again = syndication._Bands()
    syndication._index(again, [a.article_id for a in articles[:120]
                               if a.article_id in memo.done], memo, pairs=False)
    assert again.ids and _band_runs(memo.bands) == _band_runs(again)
    with Store(db) as store:
        store.write_batch(articles[120:], analyses[120:])
        fresh = Linker(embed=hashed_embed)
        fresh.link(store)
        assert fresh.stats.snapshot and fresh.stats.new_articles == 30
        grown = stored_links(store)
    assert grown["article_links"]
    assert grown == _full_relink(tmp_path, "fresh", articles, analyses)


def test_a_kept_link_snapshot_is_written_again_only_when_it_lags(tmp_path: Path) -> None:
    """A Linker keeps its state when none usable is kept, or when the articles linked since
    the kept one reach SNAPSHOT_REFRESH of it; a process taking up a state that another
    link came after compares its records with what the store holds."""
    from newsweave.link.persist import SNAPSHOT_REFRESH

    articles, analyses = corpus(130, 15)
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        linker = _linked_and_kept(store, articles[:100], analyses[:100])
        step = max(1, int(SNAPSHOT_REFRESH * 100) - 2)
        store.write_batch(articles[100:100 + step], analyses[100:100 + step])
        linker.link(store)
        assert not linker.save_state(store)  # the kept one lags by fewer articles
        store.write_batch(articles[100 + step:], analyses[100 + step:])
        fresh = Linker(embed=hashed_embed)
        fresh.link(store)  # from the kept state, though another link came after it
        assert fresh.stats.snapshot and fresh.stats.new_articles == 30
        assert fresh.save_state(store)  # it lagged by 30 of 100
        assert stored_links(store) == _full_relink(tmp_path, "fresh", articles, analyses)


def test_a_store_over_the_size_limit_keeps_no_link_state(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Keeping a large Linker's state needs memory beside the link's own (~46 MB per 1,000
    synthetic articles), so a store over link.keep_state_max_articles keeps none, says so in one
    line, and the next process relinks as before; the limit is no analysis setting."""
    import logging

    from newsweave import config
    from newsweave.extract import analyzer_version

    articles, analyses = corpus(40, 5)
    before = analyzer_version()
    monkeypatch.setenv("NEWSWEAVE_LINK_STATE_MAX_ARTICLES", "30")
    config.reload()
    try:
        assert analyzer_version() == before  # nothing is analyzed again for it
        with Store(tmp_path / "s.duckdb") as store:
            linker = _linked_and_kept(store, articles[:30], analyses[:30])  # 30: at the limit
            store.write_batch(articles[30:], analyses[30:])
            linker.link(store)
            with caplog.at_level(logging.INFO, logger="newsweave.link.persist"):
                assert not linker.save_state(store, force=True)  # 40: over it
            notes = [r.getMessage() for r in caplog.records if "not kept" in r.getMessage()]
            assert len(notes) == 1 and "40 articles" in notes[0], notes
            fresh = Linker(embed=hashed_embed)
            fresh.link(store)  # what it takes up, or not, the links equal a full relink
            assert stored_links(store) == _full_relink(tmp_path, "fresh", articles, analyses)
    finally:
        monkeypatch.delenv("NEWSWEAVE_LINK_STATE_MAX_ARTICLES")
        config.reload()


def test_the_link_state_unpickler_makes_only_link_state_types() -> None:
    """Builtin containers, counters, numpy arrays and the model's and link's records read
    back; a name outside them (a function, a module's callable, the Linker) is refused."""
    import pickle
    from collections import Counter

    import numpy as np

    from newsweave.link import persist

    articles, analyses = corpus(20, 3)
    state = persist.LinkState(
        seq=3, articles={a.article_id: a for a in articles},
        analyses={a.article_id: a for a in analyses}, mentions={}, memo=LinkMemo(),
        vectors={"x": np.arange(3, dtype=np.float32)}, result=LinkResult(),
        kept_sketches={"a"}, kept_pairs={("a", "b")}, fixed=False)
    state.memo.claims.single = {"k": Counter({"a": 2})}  # type: ignore[assignment]
    back = persist.load_state(persist.dump_state(state))
    assert back.articles == state.articles and back.analyses == state.analyses
    assert type(back.memo.claims.single["k"]) is Counter  # type: ignore[index]
    assert back.memo.claims.single == {"k": Counter({"a": 2})}
    assert back.vectors["x"].tolist() == [0.0, 1.0, 2.0]
    for bad in (pickle.dumps(print), pickle.dumps(Linker), pickle.dumps(persist.load_state),
                b"cos\nsystem\n(S'true'\ntR."):
        with pytest.raises(persist.SnapshotError):
            persist.load_state(bad)
    with pytest.raises(persist.SnapshotError):
        persist.load_state(pickle.dumps({"not": "a state"}))

@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
@pytest.mark.parametrize("seed", [6, 7])
def test_a_store_grown_by_one_percent_links_in_a_row_holds_a_full_relink_each_time(
        tmp_path: Path, seed: int) -> None:
    """`watch` on a big store: one Linker, a full link, then several small links in a row
    (1-3% each, random sizes and a shuffled ingest order); after every one the store holds
    exactly the links of a full relink of what it holds."""
    rng = random.Random(seed)
    articles, analyses = corpus(230, seed)
    order = list(range(len(articles)))
    rng.shuffle(order)
    articles = [articles[i] for i in order]
    analyses = [analyses[i] for i in order]
    linker = Linker(embed=hashed_embed)
    hi = 200
    with Store(tmp_path / "grown.duckdb") as store:
        store.write_batch(articles[:hi], analyses[:hi])
        linker.link(store)
        steps = 0
        while hi < len(articles):
            lo, hi = hi, min(len(articles), hi + rng.randint(2, 6))
            store.write_batch(articles[lo:hi], analyses[lo:hi])
            linker.link(store)
            assert linker.stats.incremental and linker.stats.new_articles == hi - lo
            grown = stored_links(store)
            with Store(tmp_path / f"fresh{steps}.duckdb") as fresh_store:
                fresh_store.write_batch(articles[:hi], analyses[:hi])
                Linker(embed=hashed_embed).link(fresh_store)
                fresh = stored_links(fresh_store)
            for table in grown:
                assert grown[table] == fresh[table], f"{table} after {hi} articles"
            steps += 1
    assert steps >= 5 and grown["claims"] and grown["quote_variants"]


def test_a_link_runs_with_automatic_collection_off_and_turns_it_back_on() -> None:
    """The link's many small objects make almost no reference cycles: the collector's
    walks over them are skipped while it runs (link.frozen_heap), and collection is as it
    was after it, also when blocks nest or the link fails."""
    import gc

    from newsweave.link import frozen_heap

    assert gc.isenabled()
    with frozen_heap():
        assert not gc.isenabled()
        with frozen_heap():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block leaves it off
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), frozen_heap():
        raise RuntimeError("a link that fails")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:  # off before: off after
        with frozen_heap():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _changes_seen(before: LinkResult, after: LinkResult) -> dict[str, int]:
    """What a link changed in records the link before it already had (a claim's id and a
    variant group's name their members, so each is followed by its first member): claims
    whose status changed, entities of the link before that are one now, quote variant
    groups that grew."""
    claim_of = {e: c for c in after.claims for e in c.event_ids}
    status = sum(1 for c in before.claims if (now := claim_of.get(c.event_ids[0]))
                 is not None and now.status != c.status)
    first_mention: dict[str, str] = {}
    for mention, eid in before.mention_entity.items():
        first_mention.setdefault(eid, mention)
    now_entities = Counter(after.mention_entity[m] for m in first_mention.values())
    group_of = {q: v for v in after.quote_variants for q in v.quote_ids}
    return {
        "status": status,
        "merged": sum(n - 1 for n in now_entities.values()),
        "variant_grew": sum(1 for v in before.quote_variants
                            if len(getattr(group_of.get(v.quote_ids[0]), "quote_ids", ()))
                            > len(v.quote_ids)),
    }


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
@pytest.mark.parametrize("seed", [8, 9])
def test_small_additions_in_a_row_equal_a_full_relink_and_keep_untouched_rows(
        seed: int) -> None:
    """Dirty sets (link.claims._Dirty): additions of 1-3% in a row, some of which add a
    variant to a statement already grouped; after every one the links equal a full relink,
    and the rows and clusters of events the additions did not touch are the last link's
    objects, not made again (see also the made-up additions below)."""
    rng = random.Random(seed)
    articles, analyses = corpus(260, seed)
    memo = LinkMemo()
    hi = 200
    last = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
    seen = {"status": 0, "merged": 0, "variant_grew": 0}
    kept_rows = all_rows = kept_clusters = 0
    while hi < len(articles):
        rows, clusters = dict(memo.claims.rows), dict(memo.claims.event_claims)
        hi = min(len(articles), hi + rng.randint(2, 6))
        grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
        fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
        assert_same_links(grown, fresh, f"seed {seed}, after {hi} articles")
        for kind, n in _changes_seen(last, grown).items():
            seen[kind] += n
        kept_rows += sum(memo.claims.rows.get(e) is row for e, row in rows.items())
        all_rows += len(rows)
        kept_clusters += sum(memo.claims.event_claims.get(ids, (None,))[0] is c[0]
                             for ids, c in clusters.items())
        last = grown
    assert seen["variant_grew"], seen  # old statements got variants: a real test
    assert kept_rows > 0.9 * all_rows and kept_clusters > 0


def _made_up(n: int, names: list[tuple[str, str]],
             events: list[tuple[str, str, str, str, str, str]] | None = None,
             denials: list[tuple[str, str]] | None = None
             ) -> tuple[Article, ArticleAnalysis]:
    """A made-up article naming `names` ((name, label); a GPE of the synthetic states
    names its state) with `events` ((actor, its state code, recipient, its code, PLOVER
    type, modality)), as synthetic_analyses makes them, and denying quotes ((their words,
    their speaker's name)) over its first hundred characters."""
    aid = f"art-made-up-{n}"
    text = " ".join(f"w{i}" for i in range(200))
    codes = {"Alpha": "AAA", "Beta": "BBB", "Gamma": "CCC", "Delta": "DDD"}
    mentions = [Mention(mention_id=f"{aid}-m{j}", article_id=aid, text=name,
                        span=(j * 10, j * 10 + len(name)), label=label, canonical=name,
                        local_key=f"{label}:{name.lower()}",
                        country=codes.get(name) if label == "GPE" else None)
                for j, (name, label) in enumerate(names)]
    quotes = [Quote(quote_id=f"{aid}-q{j}", article_id=aid, kind="direct", text=words,
                    span=(0, 100), speaker=ActorRef(speaker, type="PERSON"), stance="deny")
              for j, (words, speaker) in enumerate(denials or [])]
    evs = [Event(event_id=f"{aid}-e{j}", article_id=aid, span=(j, j + 1),
                 sentence=f"w{j} w{j + 1} w{j + 2} w{j + 3} w{j + 4}", type=type_, trigger="x",
                 actor=ActorRef(a, country=ac), recipient=ActorRef(r, country=rc),
                 modality=modality)
           for j, (a, ac, r, rc, type_, modality) in enumerate(events or [])]
    return (Article(article_id=aid, source=f"{aid}.txt", text=text, outlet=f"Desk{n}",
                    published="2016-06-01"),
            ArticleAnalysis(article_id=aid, mentions=mentions, events=evs, quotes=quotes))


def test_additions_that_deny_a_claim_and_join_two_entities_equal_a_full_relink() -> None:
    """Made-up additions to a linked corpus, one at a time: denials of claims the last link
    made (their status changes), and a full name that two entities of the last link (a
    lone surname and an initialled name, each kept apart while no full name fitted) both
    fit, so they become one; after each the links equal a full relink."""
    articles, analyses = corpus(150, 12)
    memo = LinkMemo()
    steps: list[tuple[Article, ArticleAnalysis]] = [
        _made_up(1, [("Zindrova", "PERSON"), ("Alpha", "GPE")]),
        _made_up(2, [("A. Zindrova", "PERSON"), ("Beta", "GPE")]),
    ]
    for art, ana in steps:
        articles.append(art)
        analyses.append(ana)
    before = link_corpus(articles, analyses, embed=hashed_embed, memo=memo)
    lone, initialled = (before.mention_entity[f"art-made-up-{n}-m0"] for n in (1, 2))
    assert lone != initialled
    # deny three claims of the last link with events of their actor, recipient and type
    names = {code: name for name, code in
             [("Alpha", "AAA"), ("Beta", "BBB"), ("Gamma", "CCC"), ("Delta", "DDD"),
              ("Epsilon", "EEE"), ("Zeta", "FFF"), ("Eta", "GGG"), ("Theta", "HHH")]}
    denied = [c for c in before.claims if c.actor and c.recipient and c.actor.country in names
              and c.recipient.country in names and " via " not in c.summary
              and " in " not in c.summary][:3]
    denials = [(names[str(c.actor and c.actor.country)], str(c.actor and c.actor.country),
                names[str(c.recipient and c.recipient.country)],
                str(c.recipient and c.recipient.country), str(c.type), "denied")
               for c in denied]
    # and an event of the lone surname's person, by name alone: at the last addition its
    # name stands for another entity (the full name's), so its claim changes sides
    # and a quote of that person's, by name alone, denying that claim in its words: it
    # follows the claim to the other entity
    by_name = ("Zindrova", "", "Beta", "BBB", "CONSULT", "asserted")
    sentence = " ".join(f"w{i}" for i in range(len(denials), len(denials) + 5))
    additions = [_made_up(3, [("Gamma", "GPE"), ("Beta", "GPE")], [*denials, by_name],
                          [(sentence, "Zindrova")]),
                 _made_up(4, [("Anna Zindrova", "PERSON"), ("Delta", "GPE")])]
    last = before
    for art, ana in additions:
        articles.append(art)
        analyses.append(ana)
        grown = link_corpus(articles, analyses, embed=hashed_embed, memo=memo)
        assert_same_links(grown, link_corpus(articles, analyses, embed=hashed_embed),
                          f"after {art.article_id}")
        last = grown
    claim_of = {e: c for c in last.claims for e in c.event_ids}
    # (a denial joins its key's main claim: one of the three at least)
    assert denied and any(claim_of[c.event_ids[0]].status != c.status for c in denied)
    assert last.mention_entity["art-made-up-1-m0"] == last.mention_entity["art-made-up-2-m0"]
    by_name_claim = claim_of[f"art-made-up-3-e{len(denials)}"]
    assert by_name_claim.actor is not None
    assert by_name_claim.actor.entity_id == last.mention_entity["art-made-up-4-m0"]
    assert "art-made-up-3-q0" in by_name_claim.quote_ids


def test_a_link_stopped_half_way_leaves_no_dirty_set_half_kept(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A link that fails after the clustering (here in the report scans) has read what
    changed since the link before it, yet kept only part of what it made: the next link
    must not take the rest from the older link as if nothing changed in between (a
    denying quote whose speaker's name came to stand for another entity then)."""
    import newsweave.link.claims as claims_module

    articles, analyses = corpus(120, 14)
    sentence = "w0 w1 w2 w3 w4"
    steps = [_made_up(1, [("Zindrova", "PERSON"), ("Alpha", "GPE")]),
             _made_up(3, [("Gamma", "GPE"), ("Beta", "GPE")],
                      [("Zindrova", "", "Beta", "BBB", "CONSULT", "asserted")],
                      [(sentence, "Zindrova")])]
    for art, ana in steps:
        articles.append(art)
        analyses.append(ana)
    memo = LinkMemo()
    link_corpus(articles, analyses, embed=hashed_embed, memo=memo)

    def stopped(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("stopped half way")

    for art, ana in [_made_up(4, [("Anna Zindrova", "PERSON"), ("Delta", "GPE")]),
                     _made_up(5, [("Delta", "GPE")])]:
        articles.append(art)
        analyses.append(ana)
        if art.article_id.endswith("4"):
            with monkeypatch.context() as patch:
                patch.setattr(claims_module, "_match_reports", stopped)
                with pytest.raises(RuntimeError):
                    link_corpus(articles, analyses, embed=hashed_embed, memo=memo)
    grown = link_corpus(articles, analyses, embed=hashed_embed, memo=memo)
    assert_same_links(grown, link_corpus(articles, analyses, embed=hashed_embed),
                      "after a link stopped half way")
    claim = next(c for c in grown.claims if "art-made-up-3-e0" in c.event_ids)
    assert "art-made-up-3-q0" in claim.quote_ids


# made-up names that tangle entity grouping: namesakes in one surname block, spelling
# variants, initials and lone surnames (partial names), full names NER read as an
# organisation (misread), plural group words whose singular comes and goes, states
_FIRSTS = ["Anel", "Aneel", "Borin", "Bexa", "Corra", "Cato"]
_SURNAMES = ["Varkosi", "Varkossi", "Delmonte", "Ruhnkel"]
_GROUP_WORDS = [("Zandrist", "NORP"), ("Zandrists", "NORP"), ("Tarsana Mining", "ORG"),
                ("France", "GPE"), ("Paris", "GPE"), ("French", "NORP")]
_ROLE = "a spokesman for the ministry"


def tangled_corpus(n: int, seed: int) -> tuple[list[Article], list[ArticleAnalysis]]:
    """n made-up articles naming people and groups from a small pool (see above), so
    that later articles join, split and rename the entities of earlier ones."""
    rng = random.Random(seed)
    articles, analyses = [], []
    for i in range(n):
        aid = f"art-tangle-{seed}-{i}"
        picks: list[tuple[str, str, str | None]] = []
        reach = 1 + 3 * i // n  # later articles bring names the earlier ones lacked
        for _ in range(rng.randint(2, 6)):
            first = rng.choice(_FIRSTS[:2 * reach])
            surname = rng.choice(_SURNAMES[:reach])
            kind = rng.random()
            if kind < 0.3:
                picks.append((f"{first} {surname}", "PERSON",
                              _ROLE if rng.random() < 0.3 else None))
            elif kind < 0.45:
                picks.append((surname, "PERSON", None))
            elif kind < 0.65:
                picks.append((f"{first[0]}. {surname}", "PERSON", None))
            elif kind < 0.75:
                picks.append((f"{first} {surname}", "ORG", None))
            else:
                word, label = rng.choice(_GROUP_WORDS[:2 * reach])
                picks.append((word, label, None))
        mentions = [Mention(mention_id=f"{aid}-m{j}", article_id=aid, text=name,
                            span=(j * 20, j * 20 + len(name)), label=label, canonical=name,
                            local_key=f"{label}:{name.lower()}", description=desc)
                    for j, (name, label, desc) in enumerate(picks)]
        articles.append(Article(article_id=aid, source=f"{aid}.txt", text="w " * 200,
                                outlet=f"Desk{i % 7}", published="2016-06-01"))
        analyses.append(ArticleAnalysis(article_id=aid, mentions=mentions))
    return articles, analyses


def _index_tables(index: Any) -> tuple[Any, ...]:
    """An EntityIndex's tables (empty name entries dropped) for comparing two of them."""
    return (index.entities, dict(index.mention_entity),
            {k: set(v) for k, v in index.person_names.items() if v},
            {k: set(v) for k, v in index.person_blocks.items()},
            {k: set(v) for k, v in index.group_names.items() if v},
            {k: list(v) for k, v in index.article_people.items()})


def test_tangled_names_grouped_as_they_come_equal_grouping_them_at_once() -> None:
    """Entity grouping with its dirty sets (a memo), one to five made-up articles at a
    time, gives every table of grouping all articles at once: names NER misread that later
    articles show to be people, plural group words whose singular arrives, namesakes that
    make a partial name ambiguous, and person keys two groups share ('#n' ids that move
    when a group before them comes or goes)."""
    from newsweave.link.entities import EntityMemo, resolve_entities

    seen: Counter[str] = Counter()
    for seed in range(1, 31):
        rng = random.Random(seed)
        n = rng.choice([20, 40, 80])
        _articles, analyses = tangled_corpus(n, seed)
        memo, hi = EntityMemo(), 0
        while hi < n:
            hi = min(n, hi + rng.choice([1, 1, 2, 5]))
            grown = resolve_entities(analyses[:hi], None, memo)
            assert _index_tables(grown) == _index_tables(resolve_entities(analyses[:hi])), \
                f"seed {seed}, {hi} articles"
            grouping = memo.grouping
            assert grouping is not None
            seen["links"] += 1
            seen["collided"] += bool(grouping.collided)
            seen["numbered"] += any("#" in e.entity_id for e in grown.entities) or any(
                len(grouping.by_key[k]) > 1 for k in grouping.collided)
        seen["misread"] += bool(grouping.misread)
        seen["plural"] += any(k != grouping.clusters[p].group
                              for p, k in grouping.other_of.items())
    assert seen["collided"] and seen["misread"] and seen["plural"], seen  # a real test


def _people_article(aid: str, *names: tuple[str, str]) -> ArticleAnalysis:
    return ArticleAnalysis(article_id=aid, mentions=[
        Mention(mention_id=f"{aid}-m{j}", article_id=aid, text=name, span=(j * 20, j * 20 + 9),
                label=label, canonical=name, local_key=f"{label}:{name.lower()}")
        for j, (name, label) in enumerate(names)])


@pytest.mark.parametrize("case", ["split", "merge", "misread", "plural", "renumber"])
def test_an_added_article_that_regroups_earlier_ones_equals_grouping_at_once(
        case: str) -> None:
    """One made-up article that changes earlier articles' entities: a namesake that makes a
    lone surname ambiguous (it leaves the person it joined), a full name that shows two
    people to be one (their entities merge, with the initialled name that had joined one
    of them), a person's name an earlier article tagged as an organisation, a singular
    that a plural group word joins, a merge of two groups that come before a group whose
    person key another group has (its '#n' moves). The earlier article's mention moves,
    its article is named as changed, and the index equals a grouping at once."""
    from newsweave.link.entities import EntityMemo, resolve_entities

    p, o, n = "PERSON", "ORG", "NORP"
    initialled = [("Borin Ruhnkel", p), ("B. Ruhnkel", p), ("B. Ruhnkel", p)]
    namesakes = [("Bexa Ruhnkel", p), ("Borin Ruhnkel", p), ("B. Ruhnkel", p)]
    articles, moved = {
        "split": ([[("Anel Varkosi", p)], [("Varkosi", p)], [("Borin Varkosi", p)]], "a2-m0"),
        "merge": ([[("Anel Delmonte", p), ("Aneel Delmonte", p)],
                   [("Anel Varkosi", p), ("A. Varkosi", p)],
                   [("Anel Varkosi Delmonte", p)]], "a2-m1"),
        "misread": ([[("Tarsana Mining", o)], [("Corra Ruhnkel", o)], [("Corra Ruhnkel", p)]],
                    "a2-m0"),
        "plural": ([[("France", "GPE")], [("Zandrists", n)], [("Zandrist", n)]], "a2-m0"),
        "renumber": ([[("Anel Delmonte", p)], [("Anel Varkosi", p)], initialled, namesakes,
                      [("Anel Varkosi Delmonte", p)]], "a4-m2"),
    }[case]
    analyses = [_people_article(f"a{i}", *names) for i, names in enumerate(articles, 1)]
    memo = EntityMemo()
    # (a memo's next link changes the tables an index holds: see EntityMemo)
    first = dict(resolve_entities(analyses[:-1], None, memo).mention_entity)
    grown = resolve_entities(analyses, None, memo)
    assert _index_tables(grown) == _index_tables(resolve_entities(analyses))
    assert first[moved] != grown.mention_entity[moved]
    assert grown.changed is not None and moved.split("-")[0] in grown.changed[1]
    if case == "merge":
        assert len({grown.mention_entity[m] for m in ("a1-m0", "a2-m0", "a2-m1")}) == 1


def _quoting(aid: str, said: list[tuple[str, str]], text: str | None = None
             ) -> tuple[Article, ArticleAnalysis]:
    """A made-up article whose speakers (named in it) say these words."""
    body = text or " ".join(f"w{i}" for i in range(120))
    names = list(dict.fromkeys(speaker for _, speaker in said))
    mentions = [Mention(mention_id=f"{aid}-m{j}", article_id=aid, text=name,
                        span=(j * 20, j * 20 + len(name)), label="PERSON", canonical=name,
                        local_key=f"PERSON:{name.lower()}") for j, name in enumerate(names)]
    quotes = [Quote(quote_id=f"{aid}-q{j}", article_id=aid, kind="direct", text=words,
                    span=(300 + j * 100, 300 + j * 100 + len(words)),
                    speaker=ActorRef(speaker, type="PERSON"))
              for j, (words, speaker) in enumerate(said)]
    return (Article(article_id=aid, source=f"{aid}.txt", text=body, outlet=f"Desk-{aid}",
                    published=f"2016-06-{10 + int(aid[1:]):02d}"),
            ArticleAnalysis(article_id=aid, mentions=mentions, quotes=quotes))


def test_added_quotes_that_join_earlier_statements_equal_a_full_relink() -> None:
    """Quote variants with their dirty sets, one made-up article at a time: a new wording
    of a statement two articles carry joins its group; a repost copies an article with its
    quotes; a statement first said twice in one article (a pair that says nothing across
    articles) gains a second article, so the pair is judged now and joins; a statement
    of another speaker stays apart. Each link equals a full relink."""
    bridge = "We will rebuild the northern bridge before the winter floods arrive"
    road = "The coastal road stays closed until the engineers finish their survey"
    pairs = [
        _quoting("a1", [(bridge, "Anel Varkosi"),
                        ("Nobody was hurt in the night", "Corra Ruhnkel")]),
        _quoting("a2", [(bridge.lower().replace("the winter", "winter"), "Anel Varkosi")]),
        _quoting("a3", [(road, "Borin Delmonte"),
                        (road.replace("stays closed", "will stay shut"), "Borin Delmonte")]),
        _quoting("a4", [(bridge + ".", "Anel Varkosi")]),  # a new wording of a1's
        _quoting("a5", [(road, "Borin Delmonte")]),  # a3's first quote, in a second article
        _quoting("a6", [(bridge, "Anel Varkosi")]),
        _quoting("a7", [("The harbour tax will rise next spring for every trawler",
                         "Borin Delmonte")]),  # the same speaker, another statement
    ]
    repost = dataclasses.replace(pairs[0][0], article_id="a8", source="a8.txt",
                                 outlet="Desk-a8", published="2016-06-18")
    pairs.append((repost, dataclasses.replace(pairs[0][1], article_id="a8", quotes=[
        dataclasses.replace(q, quote_id=f"a8-q{j}", article_id="a8")
        for j, q in enumerate(pairs[0][1].quotes)], mentions=[
        dataclasses.replace(m, mention_id=f"a8-m{j}", article_id="a8")
        for j, m in enumerate(pairs[0][1].mentions)])))
    articles = [a for a, _ in pairs]
    analyses = [b for _, b in pairs]
    memo = LinkMemo()
    groups: list[set[str]] = []
    for hi in range(2, len(articles) + 1):
        grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
        assert_same_links(grown, link_corpus(articles[:hi], analyses[:hi],
                                             embed=hashed_embed), f"{hi} articles")
        groups = [set(v.quote_ids) for v in grown.quote_variants]
    assert {"a1-q0", "a2-q0", "a4-q0", "a6-q0", "a8-q0"} in groups  # one statement
    assert {"a3-q0", "a3-q1", "a5-q0"} in groups  # judged once a second article came
    assert not any("a7-q0" in g for g in groups)  # another statement stays apart
    assert grown.syndication.get("a8") == "a1"


@pytest.mark.parametrize("seed", [6, 7])
def test_claims_taken_as_built_keep_their_finished_print_and_report_read(seed: int) -> None:
    """A claim the last link built, matched nothing new and with none of its articles dirty
    keeps its finished print (ClaimMemo.finish_of) and its read for the report scans (the
    same claim object is not asked its sides again) without working them out again; the
    links still equal a full relink after every addition."""
    rng = random.Random(seed)
    articles, analyses = corpus(120, seed)
    memo = LinkMemo()
    link_corpus(articles[:100], analyses[:100], embed=hashed_embed, memo=memo)
    kept_finished = kept_reads = 0
    hi = 100
    while hi < len(articles):
        finish_of = dict(memo.claims.finish_of)
        reads = dict(memo.claims.report_reads)
        hi = min(len(articles), hi + rng.randint(1, 5))
        grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
        fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
        assert_same_links(grown, fresh, f"seed {seed}, after {hi} articles")
        kept_finished += sum(memo.claims.finish_of.get(k) is v for k, v in finish_of.items())
        kept_reads += sum(memo.claims.report_reads.get(c) is v for c, v in reads.items())
        # a kept finished print is the one the claim's finished record is filed under
        for _claim, _events, done, finished in memo.claims.finish_of.values():
            assert memo.claims.finished[done] is finished
    assert kept_finished and kept_reads


def test_a_grown_link_compares_only_the_mentions_its_new_articles_reach(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A growing store's link (by the same Linker, then by a new process taking up the kept
    state) compares only the mentions of the articles the entity lookups name as changed
    (LinkMemo.mentions_changed): every mention whose entity differs from the stored one is
    among them, and the store holds a full relink's links; a Linker that took up a state
    other links have moved past since compares those and the mentions the link log names
    (store.duckdb_store.link_log_since), not every mention."""
    from newsweave.store import duckdb_store

    articles, analyses = corpus(150, 21)
    real = duckdb_store.write_link_changes
    hinted: list[bool] = []

    def checked(store: Store, before: LinkResult, after: LinkResult,
                mentions_changed: Any = None, records_changed: Any = None) -> dict[str, int]:
        if mentions_changed is not None:
            old, new = before.mention_entity, after.mention_entity
            differ = {m for m in old.keys() | new.keys() if old.get(m) != new.get(m)}
            assert differ and differ <= set(mentions_changed)
        hinted.append(mentions_changed is not None)
        return real(store, before, after, mentions_changed, records_changed)

    monkeypatch.setattr(duckdb_store, "write_link_changes", checked)
    db = tmp_path / "grown.duckdb"
    with Store(db) as store:
        linker = Linker(embed=hashed_embed)
        for lo, hi in ((0, 70), (70, 95)):
            store.write_batch(articles[lo:hi], analyses[lo:hi])
            linker.link(store)
        assert linker.save_state(store, force=True)
        store.write_batch(articles[95:120], analyses[95:120])
        Linker(embed=hashed_embed).link(store)  # a new process, the state taken up
        assert stored_links(store) == _full_relink(tmp_path, "fresh", articles[:120],
                                                   analyses[:120])
        other = Linker(embed=hashed_embed)  # links the store: the kept state is not its own
        store.write_batch(articles[120:135], analyses[120:135])
        other.link(store)
        store.write_batch(articles[135:], analyses[135:])
        Linker(embed=hashed_embed).link(store)
        assert stored_links(store) == _full_relink(tmp_path, "fresh2", articles, analyses)
    assert hinted == [True, True, True, True], hinted


def _record_diff(old_items: list[Any], new_items: list[Any], key: str
                 ) -> tuple[set[str], set[str]]:
    """The keys a link's write deletes and the keys it inserts, comparing every record."""
    old = {getattr(x, key): x for x in old_items}
    new = {getattr(x, key): x for x in new_items}
    return ({k for k, x in old.items() if (y := new.get(k)) is not x and y != x},
            {k for k, x in new.items() if (y := old.get(k)) is not x and y != x})


def test_a_grown_link_compares_only_the_records_its_link_made_or_dropped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A growing store's link (by the same Linker, then by a new process taking up the kept
    state) hands the write the entity and claim records it listed anew and those it no
    longer lists (LinkMemo.records_changed): comparing those alone deletes and inserts the
    rows comparing every record would, and the store holds a full relink's links; so does a
    Linker that took up a state other links have moved past since (the records the link log
    names are compared besides)."""
    from newsweave.store import duckdb_store

    articles, analyses = corpus(160, 23)
    real = duckdb_store.write_link_changes
    hinted: list[bool] = []

    def checked(store: Store, before: LinkResult, after: LinkResult,
                mentions_changed: Any = None, records_changed: Any = None) -> dict[str, int]:
        if records_changed is not None:
            for table, key in (("entities", "entity_id"), ("claims", "claim_id")):
                new, gone = records_changed[table]
                olds, news = getattr(before, table), getattr(after, table)
                assert {id(x) for x in new} == {id(x) for x in news} - set(map(id, olds))
                assert {id(x) for x in gone} == {id(x) for x in olds} - set(map(id, news))
                assert _record_diff(gone, new, key) == _record_diff(olds, news, key), table
        hinted.append(records_changed is not None)
        return real(store, before, after, mentions_changed, records_changed)

    monkeypatch.setattr(duckdb_store, "write_link_changes", checked)
    db = tmp_path / "grown.duckdb"
    with Store(db) as store:
        linker = Linker(embed=hashed_embed)
        for lo, hi in ((0, 60), (60, 80), (80, 100)):
            store.write_batch(articles[lo:hi], analyses[lo:hi])
            linker.link(store)
        assert linker.save_state(store, force=True)
        store.write_batch(articles[100:125], analyses[100:125])
        Linker(embed=hashed_embed).link(store)  # a new process, the state taken up
        assert stored_links(store) == _full_relink(tmp_path, "fresh", articles[:125],
                                                   analyses[:125])
        other = Linker(embed=hashed_embed)  # links the store: the kept state is not its own
        store.write_batch(articles[125:140], analyses[125:140])
        other.link(store)
        store.write_batch(articles[140:], analyses[140:])
        Linker(embed=hashed_embed).link(store)
        assert stored_links(store) == _full_relink(tmp_path, "fresh2", articles, analyses)
    assert hinted == [True, True, True, True, True], hinted


# quote variants when a speaker's block outgrows MAX_BLOCK: the pairs within it are no
# candidates from then on, and what they joined is undone (link.variants._split_again)
def _quote(n: int, article: str, text: str) -> Quote:
    return Quote(quote_id=f"q{n}", article_id=article, kind="direct", text=text,
                 span=(0, len(text)), speaker=None)


def _grouped(quotes: list[Quote], memo: VariantMemo | None) -> list[list[str]]:
    found = group_quote_variants(quotes, {}, lambda q: "S" if q.quote_id != "q99" else None,
                                 {}, embed=hashed_embed, memo=memo)
    return sorted(sorted(v.quote_ids) for v in found)


def test_a_block_outgrowing_max_block_undoes_what_its_pairs_joined(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(variants, "MAX_BLOCK", 4)
    # a two-word fragment of the same speaker's quote joins it only as a same-speaker pair
    quotes = [_quote(0, "a1", "fight on"), _quote(1, "a2", "we will fight on the beaches"),
              _quote(2, "a3", "prices rose sharply in the spring"),
              _quote(3, "a4", "prices rose sharply in the spring"),
              _quote(99, "a5", "nothing about any of that")]
    fillers = [_quote(10 + i, f"b{i}", f"statement number {word} about the harbour plan")
               for i, word in enumerate(["one", "two", "three", "four", "five"])]
    memo = VariantMemo()
    first = _grouped(quotes, memo)
    assert ["q0", "q1"] in first and ["q2", "q3"] in first
    for end in range(1, len(fillers) + 1):
        grown = _grouped(quotes + fillers[:end], memo)
        assert grown == _grouped(quotes + fillers[:end], None), end
    assert ["q0", "q1"] not in grown and ["q2", "q3"] in grown


@pytest.mark.parametrize("seed", [6, 7, 8])
def test_quotes_grown_past_max_block_group_as_at_once(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random quotes of a few speakers (statements, their fragments and rewordings), added
    in random batches with a small MAX_BLOCK: each link's groups equal grouping all the
    quotes at once."""
    monkeypatch.setattr(variants, "MAX_BLOCK", 5)
    rng = random.Random(seed)
    text = ("we will fight on the beaches and in the hills prices rose sharply this "
            "spring talks resume next week the harbour plan is dead")
    words = text.split(" ")
    statements = [rng.sample(words, rng.randint(4, 9)) for _ in range(14)]
    quotes = []
    for n in range(90):
        said = rng.choice(statements)
        lo = rng.randrange(len(said) - 1)
        text = " ".join(said[lo:lo + rng.randint(2, len(said))])
        quotes.append(Quote(quote_id=f"q{n}", article_id=f"a{rng.randrange(40)}",
                            kind="direct", text=text, span=(n, n + len(text)),
                            speaker=None))
    order = {f"a{i}": i for i in range(40)}  # (quotes tie on nothing in their order)
    speaker = {q.quote_id: rng.choice(["A", "B", "B", "C", None]) for q in quotes}
    split = 0
    real = variants._split_again

    def counted(*args: Any) -> set[int]:
        nonlocal split
        split += 1
        return real(*args)

    monkeypatch.setattr(variants, "_split_again", counted)
    memo = VariantMemo()
    for lo, hi in random_batches(len(quotes), rng, parts=6):
        grown = group_quote_variants(quotes[:hi], {}, lambda q: speaker[q.quote_id], order,
                                     embed=hashed_embed, memo=memo)
        fresh = group_quote_variants(quotes[:hi], {}, lambda q: speaker[q.quote_id], order,
                                     embed=hashed_embed)
        assert grown == fresh, f"seed {seed}, after quotes {lo}..{hi}"
    assert split and grown  # a real test


@pytest.mark.parametrize("seed", [9, 10])
def test_the_entity_fields_a_grown_link_reads_are_those_of_every_entity(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The claims' dirty reads of entity fields, worked out from the entities the grouping
    listed anew and dropped (claims._fields_changed), are those comparing every entity."""
    from newsweave.link import claims

    real = claims._fields_changed
    used = 0

    def checked(fields: dict[str, Any], index: Any) -> Any:
        nonlocal used
        before = dict(fields)
        found = real(fields, index)
        if found is not None:
            used += 1
            every = {e.entity_id: claims._entity_fields(e) for e in index.entities}
            reads = {("e", k) for k, f in every.items() if before.get(k) != f}
            reads |= {("e", k) for k in before.keys() - every.keys()}
            assert found[0] == every and found[1] == reads
        return found

    monkeypatch.setattr(claims, "_fields_changed", checked)
    rng = random.Random(seed)
    articles, analyses = corpus(140, seed)
    memo = LinkMemo()
    for lo, hi in random_batches(len(articles), rng, parts=5):
        grown = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed, memo=memo)
        fresh = link_corpus(articles[:hi], analyses[:hi], embed=hashed_embed)
        assert_same_links(grown, fresh, f"seed {seed}, after articles {lo}..{hi}")
    assert used


@pytest.mark.parametrize("seed", range(11, 19))
def test_quotes_whose_speakers_change_group_as_at_once(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Random quotes whose speakers change between links (as a grown corpus's entities
    are renamed or regrouped), added in random batches: each link's groups equal grouping
    all the quotes at once, and the changes are taken in (variants._respeak) rather than
    grouping everything anew."""
    rng = random.Random(seed)
    monkeypatch.setattr(variants, "MAX_BLOCK", rng.choice([2, 3, 5, 400]))
    text = ("we will fight on the beaches and in the hills prices rose sharply this "
            "spring talks resume next week the harbour plan is dead")
    words = text.split(" ")
    statements = [rng.sample(words, rng.randint(4, 9)) for _ in range(rng.randint(5, 20))]
    quotes = []
    for n in range(rng.randint(40, 150)):
        said = rng.choice(statements)
        lo = rng.randrange(len(said) - 1)
        text = " ".join(said[lo:lo + rng.randint(2, len(said))])
        if rng.random() < 0.2:  # two statements in one quote
            text = f"{text}. {' '.join(rng.choice(statements)).capitalize()}."
        quotes.append(Quote(quote_id=f"q{n}", article_id=f"a{rng.randrange(40)}",
                            kind="direct", text=text, span=(n, n + len(text)),
                            speaker=None))
    order = {f"a{i}": i for i in range(40)}
    pool = ["A", "B", "B", "C", "D", None]
    speaker = {q.quote_id: rng.choice(pool) for q in quotes}
    respoken = 0
    real = variants._respeak

    def counted(*args: Any) -> Any:
        nonlocal respoken
        respoken += 1
        return real(*args)

    monkeypatch.setattr(variants, "_respeak", counted)
    memo = VariantMemo()
    for lo, hi in random_batches(len(quotes), rng, parts=rng.randint(3, 8)):
        if lo:
            for q in rng.sample(quotes[:lo], min(lo, rng.randint(1, 4))):
                speaker[q.quote_id] = rng.choice(pool)
        grown = group_quote_variants(quotes[:hi], {}, lambda q: speaker[q.quote_id], order,
                                     embed=hashed_embed, memo=memo)
        fresh = group_quote_variants(quotes[:hi], {}, lambda q: speaker[q.quote_id], order,
                                     embed=hashed_embed)
        assert grown == fresh, f"seed {seed}, after quotes {lo}..{hi}"
    assert grown and respoken


def test_quote_grouping_stopped_half_way_keeps_no_half_made_state() -> None:
    """The statements are changed in place: a grouping that fails before its end (here in
    the sentence vectors) leaves the memo without them, so the next grouping starts anew
    and equals grouping every quote at once."""
    quotes = [_quote(i, f"a{i}", f"the bridge toll will rise by {w} cents next year")
              for i, w in enumerate(["five", "six", "seven", "eight"])]
    quotes.append(_quote(9, "a9", "a toll on the old bridge goes up next year they said"))
    memo = VariantMemo()
    group_quote_variants(quotes[:2], {}, lambda q: "S", {}, embed=hashed_embed, memo=memo)
    assert memo.state is not None

    def broken(texts: list[str]) -> Any:
        raise RuntimeError("no vectors")

    with pytest.raises(RuntimeError):
        group_quote_variants(quotes, {}, lambda q: "S", {}, embed=broken, memo=memo)
    assert memo.state is None
    grown = group_quote_variants(quotes, {}, lambda q: "S", {}, embed=hashed_embed, memo=memo)
    assert grown == group_quote_variants(quotes, {}, lambda q: "S", {}, embed=hashed_embed)
