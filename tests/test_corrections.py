"""Analyst corrections: kept in the store with an audit log and undo, applied on every link."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsweave.link.corrections import CorrectionError, Corrections, check
from newsweave.model import Event
from newsweave.store import Store
from newsweave.store.corrections import add_correction, corrections, undo_correction
from test_claims import RUSSIA, TALIBAN, Corpus, only_claim


def test_rejecting_an_event_and_changing_a_role_change_the_claim() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", TALIBAN, sentence="Russia gave rifles to the Taliban.")
    wrong = c.event(b, RUSSIA, "AID", TALIBAN, sentence="Moscow armed the Taliban.")
    assert only_claim(c.link(), "Russia AID Taliban").status == "corroborated"

    def relink(*fixes: tuple[str, str, str | None]) -> Corrections:
        from newsweave.store.corrections import Correction

        return Corrections.of(Correction(i, "t", k, t, v) for i, (k, t, v) in enumerate(fixes))

    from newsweave.link import link_corpus

    fixed = link_corpus(c.articles, list(c.analyses.values()), embed=None,
                        corrections=relink(("reject", wrong.event_id, None)))
    claim = next(cl for cl in fixed.claims if cl.summary.startswith("Russia AID Taliban"))
    assert wrong.event_id not in claim.event_ids and claim.status == "single-source"

    fixed = link_corpus(c.articles, list(c.analyses.values()),
                        corrections=relink(("role", wrong.event_id, "doubts"),
                                           ("note", wrong.event_id, "checked: a rumour"),
                                           ("outlet", b, "The Paper")))
    claim = next(cl for cl in fixed.claims if cl.summary.startswith("Russia AID Taliban"))
    assert {s.name: s.role for s in claim.sources} == {"Wire One": "supports",
                                                       "The Paper": "doubts"}
    assert claim.status == "contested" and claim.notes == ["checked: a rumour"]


def test_corrections_are_stored_audited_undone_and_checked(tmp_path: Path) -> None:
    from test_web_fixtures import build_web_store

    db = tmp_path / "web.duckdb"
    build_web_store(db)
    with Store(db) as store:
        ent = store.entities()[0]
        other = store.entities()[1]
        event = store.events()[0]
        with pytest.raises(CorrectionError, match="into itself"):
            check(store, "merge", ent.entity_id, ent.entity_id)
        with pytest.raises(CorrectionError, match="no event, quote or report"):
            check(store, "reject", "evt_unknown", None)
        with pytest.raises(CorrectionError, match="not a role"):
            check(store, "role", event.event_id, "maybe")
        assert check(store, "rename", ent.entity_id, "New Name") == ent.name
        first = add_correction(store, "rename", ent.entity_id, "New Name", ent.name)
        add_correction(store, "merge", other.entity_id, ent.entity_id)
        undo_correction(store, first.correction_id)
        with pytest.raises(ValueError, match="already undone"):
            undo_correction(store, first.correction_id)
        log = corrections(store)
        assert [(c.kind, c.before, c.active) for c in log] == [
            ("rename", ent.name, False), ("merge", None, True)]
        assert [c.kind for c in corrections(store, include_undone=False)] == ["merge"]
    with Store(db) as store:  # a reopened store keeps them
        assert len(corrections(store)) == 2


def test_corrections_survive_relinking_a_store(tmp_path: Path) -> None:
    from newsweave import api
    from test_web_fixtures import build_web_store

    db = tmp_path / "web.duckdb"
    build_web_store(db)
    with Store(db) as store:
        api.link(store)  # ids as the link stage makes them (content hashes)
        claim = next(c for c in store.claims() if c.event_ids)
        event_id = claim.event_ids[0]
        ent = store.entities()[0]
        add_correction(store, "reject", event_id)
        add_correction(store, "rename", ent.entity_id, "Renamed Actor", ent.name)
        for _ in range(2):  # link twice: the corrections apply each time
            api.link(store)
            assert all(event_id not in c.event_ids for c in store.claims())
            assert any(e.entity_id == ent.entity_id and e.name == "Renamed Actor"
                       for e in store.entities())


def _fixes(*items: tuple[str, str, object]) -> Corrections:
    from newsweave.store.corrections import Correction

    return Corrections.of(Correction(i, "t", k, t, v) for i, (k, t, v) in enumerate(items))


def _two_namesakes() -> tuple[Corpus, dict[str, str], dict[str, str]]:
    """Two articles naming "Tom Able" (one entity by name), each with an arrest by him."""
    from newsweave.model import ActorRef

    c = Corpus()
    arts, mentions = {}, {}
    for name in ("a", "b"):
        text = "Tom Able arrested a man. Tom Able spoke later."
        aid = arts[name] = c.article(name, outlet=f"Outlet {name}", text=text)
        m = c.mention(aid, "Tom Able", "PERSON", start=0)
        c.mention(aid, "Tom Able", "PERSON", start=text.index("Tom Able", 5))
        mentions[name] = m.mention_id
        c.event(aid, ActorRef(name="Tom Able", type="PERSON", mention_id=m.mention_id),
                "COERCE", TALIBAN, sentence="Tom Able arrested a Taliban man.")
    return c, arts, mentions


def test_splitting_an_entity_by_article_makes_those_mentions_another_actor() -> None:
    from newsweave.link import link_corpus
    from newsweave.link.corrections import split_entity_id

    c, arts, mentions = _two_namesakes()
    base = c.link()
    (able,) = {base.mention_entity[mentions["a"]], base.mention_entity[mentions["b"]]}
    split = _fixes(("split", able, [arts["b"]]))
    for _ in range(2):  # the same id on every link
        fixed = link_corpus(c.articles, list(c.analyses.values()), corrections=split)
        new_id = split_entity_id(able, (arts["b"],))
        assert fixed.mention_entity[mentions["a"]] == able
        assert fixed.mention_entity[mentions["b"]] == new_id
        ents = {e.entity_id: e for e in fixed.entities}
        assert ents[able].article_ids == [arts["a"]] and ents[new_id].article_ids == [arts["b"]]
        assert ents[new_id].name == "Tom Able" and ents[able].mention_count == 2
        actors = {cl.actor.entity_id for cl in fixed.claims if cl.type == "COERCE" and cl.actor}
        assert actors == {able, new_id}
    # merged back by an analyst: one actor again
    again = link_corpus(c.articles, list(c.analyses.values()),
                        corrections=_fixes(("split", able, [arts["b"]]),
                                           ("merge", new_id, able)))
    assert again.mention_entity[mentions["b"]] == able


def test_splitting_by_name_moves_only_the_mentions_with_that_name() -> None:
    from newsweave.link.corrections import apply_merges, split_entity_id
    from newsweave.link.entities import resolve_entities
    from newsweave.model import ActorRef

    c = Corpus()
    aid = c.article("a", text="Zed Kovac met them. Zara Kovac left.")
    one = c.mention(aid, "Zed Kovac", "PERSON", start=0)
    two = c.mention(aid, "Zara Kovac", "PERSON", start=20)
    index = resolve_entities(c.analyses.values())
    # an analyst's merge of two people, taken back by a split by name
    merged = _fixes(("merge", index.mention_entity[two.mention_id],
                     index.mention_entity[one.mention_id]),
                    ("split", index.mention_entity[one.mention_id], ["zara kovac"]))
    keep = index.mention_entity[one.mention_id]
    apply_merges(index, merged, [one, two])
    new_id = split_entity_id(keep, ("zara kovac",))
    assert index.mention_entity == {one.mention_id: keep, two.mention_id: new_id}
    assert index.resolve(ActorRef(name="Zara Kovac", type="PERSON")) == new_id
    assert index.resolve(ActorRef(name="Zed Kovac", type="PERSON")) == keep
    assert "Zara Kovac" not in index.by_id()[keep].aliases


def test_a_split_that_cannot_apply_is_refused_with_one_line(tmp_path: Path) -> None:
    from test_web_fixtures import build_web_store

    db = tmp_path / "web.duckdb"
    build_web_store(db)
    with Store(db) as store:
        ent = next(e for e in store.entities() if e.entity_id == "ent_freedonia")
        arts = [a.article_id for a in store.articles() if a.article_id in ent.article_ids]
        with pytest.raises(CorrectionError, match="no entity 'ent_nope'"):
            check(store, "split", "ent_nope", ["Freedonia"])
        with pytest.raises(CorrectionError, match="no mention of 'ent_freedonia'"):
            check(store, "split", ent.entity_id, ["Nobody Here"])
        with pytest.raises(CorrectionError, match="nothing would stay"):
            check(store, "split", ent.entity_id, arts)
        with pytest.raises(CorrectionError, match="give the names"):
            check(store, "split", ent.entity_id, [" "])
        before = check(store, "split", ent.entity_id, arts[:1])
        assert before["name"] == "Freedonia" and before["mentions"] >= 1


def test_the_cli_splits_an_entity_and_refuses_a_bad_id(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsweave.cli import app
    from test_web_fixtures import build_web_store

    db = tmp_path / "web.duckdb"
    build_web_store(db)
    runner = CliRunner()
    bad = runner.invoke(app, ["correct", "split", "ent_nope", "Freedonia", "--db", str(db)])
    assert bad.exit_code == 2 and "no entity 'ent_nope'" in bad.output
    with Store(db, read_only=True) as store:
        ent = next(e for e in store.entities() if e.entity_id == "ent_freedonia")
        first = next(a for a in store.articles() if a.article_id in ent.article_ids)
    done = runner.invoke(app, ["correct", "split", "ent_freedonia", first.article_id,
                               "--db", str(db)])
    assert done.exit_code == 0, done.output
    with Store(db, read_only=True) as store:
        log = corrections(store)
        assert [(c.kind, c.value) for c in log] == [("split", [first.article_id])]
        assert any(e.entity_id not in ("ent_freedonia",) and first.article_id in e.article_ids
                   and e.name == "Freedonia" for e in store.entities())
    undo = runner.invoke(app, ["correct", "undo", "1", "--db", str(db)])
    assert undo.exit_code == 0, undo.output


def store_event(store: Store, event_id: str) -> Event:
    return next(e for e in store.events(include_rejected=True) if e.event_id == event_id)


def test_a_rejected_event_is_listed_nowhere_and_exports_can_omit_corrections(
        tmp_path: Path) -> None:
    import json

    from newsweave import api
    from newsweave.export.brief import build_brief
    from test_web_fixtures import build_web_store

    db = tmp_path / "web.duckdb"
    build_web_store(db)
    with Store(db) as store:
        api.link(store)
        sentences = Counter(e.sentence for e in store.events())
        wrong = next(eid for c in store.claims() if len(c.event_ids) >= 2
                     for eid in c.event_ids if sentences[store_event(store, eid).sentence] == 1)
        sentence = store_event(store, wrong).sentence
        ent = store.entities()[0]
        add_correction(store, "reject", wrong)
        add_correction(store, "rename", ent.entity_id, "Renamed Actor", ent.name)
        art = store.articles()[0]
        add_correction(store, "outlet", art.article_id, "The Named Paper", art.outlet)
        api.link(store)
        assert store.articles()[0].outlet == "The Named Paper"
        assert wrong not in {e.event_id for e in store.events()}
        assert wrong in {e.event_id for e in store.events(include_rejected=True)}
        brief = build_brief(store)  # its timeline, findings and disputes
        assert sentence not in {cite.evidence.sentence for cite in brief.ledger.cites}
        assert brief.ledger.cites
        fixed = api.export(store, tmp_path / "fixed", ["jsonl"])
        raw = api.export(store, tmp_path / "raw", ["jsonl"], corrections=False)

    def rows(folder: str, table: str) -> list[dict[str, object]]:
        lines = (tmp_path / folder / f"{table}.jsonl").read_text().splitlines()
        return [json.loads(line) for line in lines]

    assert {p.name for p in fixed} - {p.name for p in raw} == {"corrections.jsonl"}
    assert [r["kind"] for r in rows("fixed", "corrections")] == ["reject", "rename", "outlet"]
    outlets = {r["article_id"]: r["outlet"] for r in rows("fixed", "articles")}
    raw_outlets = {r["article_id"]: r["outlet"] for r in rows("raw", "articles")}
    assert outlets[art.article_id] == "The Named Paper"
    assert raw_outlets[art.article_id] == art.outlet != "The Named Paper"
    assert wrong not in {r["event_id"] for r in rows("fixed", "events")}
    assert wrong in {r["event_id"] for r in rows("raw", "events")}
    names = {r["entity_id"]: r["name"] for r in rows("fixed", "entities")}
    raw_names = {r["entity_id"]: r["name"] for r in rows("raw", "entities")}
    assert names[ent.entity_id] == "Renamed Actor" and raw_names[ent.entity_id] == ent.name
    assert any(wrong in r["event_ids"] for r in rows("raw", "claims"))
    assert all(wrong not in r["event_ids"] for r in rows("fixed", "claims"))
    with Store(db) as store:  # exporting without them changed nothing in the store
        assert wrong not in {e.event_id for e in store.events()}
        assert len(corrections(store)) == 3
