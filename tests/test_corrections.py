"""Analyst corrections: kept in the store with an audit log and undo, applied on every link."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.link.corrections import CorrectionError, Corrections, check
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
