"""The query layer (store/query.py) over the typed store, and the upgrade of a store of the
previous schema: filters in SQL, pages with totals, dates by the timespan rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from conventions_store import build_rich_store
from newsweave.export import tables
from newsweave.store import Store, StoreError, query
from newsweave.store.duckdb_store import SCHEMA_V1_TYPED, SCHEMA_VERSION, TYPED_TABLES

Filters = query.Filters


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("rich") / "rich.duckdb"
    return db, build_rich_store(db)


@pytest.fixture()
def store(rich: tuple[Path, dict[str, str]]) -> Store:
    return Store(rich[0], read_only=True)


def _v1_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    scratch = duckdb.connect(":memory:")
    scratch.execute(SCHEMA_V1_TYPED)
    columns = [r[0] for r in scratch.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position", [table]).fetchall()]
    scratch.close()
    return columns


def downgrade_to_schema_1(db: Path) -> None:
    """Rewrite a store as the previous release wrote it: untyped tables, article texts
    inside the article records, schema version 1."""
    con = duckdb.connect(str(db))
    for table in TYPED_TABLES:
        columns = _v1_columns(con, table)
        select = ", ".join("json_merge_patch(record, json_object('text', text))"
                           if table == "articles" and c == "record" else c for c in columns)
        con.execute(f"CREATE TABLE {table}_old AS SELECT {select} FROM {table} ORDER BY rowid")
        con.execute(f"DROP TABLE {table}")
    con.execute(SCHEMA_V1_TYPED)
    for table in TYPED_TABLES:
        con.execute(f"INSERT INTO {table} SELECT * FROM {table}_old")
        con.execute(f"DROP TABLE {table}_old")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.close()


def _export(db: Path) -> dict[str, list[dict[str, object]]]:
    with Store(db, read_only=True) as store:
        return {name: list(rows) for name, rows in tables(store).items()}


def test_a_schema_1_store_is_refused_by_a_reader_and_upgraded_in_place_by_a_writer(
        rich: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    shutil.copy(rich[0], db)
    before = _export(rich[0])
    downgrade_to_schema_1(db)
    with pytest.raises(StoreError) as info:
        Store(db, read_only=True)
    message = str(info.value)
    assert "older newsweave (schema 1 < " in message and "upgrade it in place" in message
    assert "\n" not in message
    Store(db).close()  # a writer upgrades it
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(SCHEMA_VERSION),)
    assert con.execute("SELECT count(*) FROM articles WHERE record->>'$.text' <> ''"
                       ).fetchone() == (0,)  # texts left the records
    con.close()
    assert _export(db) == before  # every record reads back the same


def test_a_schema_3_store_gets_its_entity_aliases_as_a_column(
        rich: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    db = tmp_path / "v3.duckdb"
    shutil.copy(rich[0], db)
    before = _export(rich[0])
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE entities DROP COLUMN aliases")  # as schema 3 made it
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(db, read_only=True)
    assert f"older newsweave (schema 3 < {SCHEMA_VERSION})" in str(info.value)
    with Store(db) as store:  # a writer upgrades it
        assert store.con.execute("SELECT aliases FROM entities WHERE entity_id = 'ent_rur'"
                                 ).fetchone() == (["Ruritanian"],)
        assert [e.entity_id for e in query.entities(store, q="RURITANIAN").items] == [
            "ent_rur"]
    assert _export(db) == before


def test_the_entity_list_matches_a_name_or_an_alias_in_any_case(store: Store) -> None:
    assert [e.entity_id for e in query.entities(store, q="ritanian").items] == ["ent_rur"]
    assert [e.entity_id for e in query.entities(store, q="BORDURIA").items] == ["ent_bor"]
    assert query.entities(store, q="ruritania rebels").total == 0


def test_pages_report_the_total_and_hold_only_their_rows(store: Store) -> None:
    first = query.events(store, limit=2)
    second = query.events(store, limit=2, offset=2)
    assert first.total == second.total == 4
    ids = [e.event_id for e in first.items + second.items]
    assert sorted(ids) == ["evt_accuse", "evt_armed", "evt_grain", "evt_trucks"]


def test_a_month_dated_event_is_inside_a_year_range_but_not_a_day_range(store: Store
                                                                        ) -> None:
    in_year = query.events(store, Filters.build(since="2021", until="2021"))
    # trucks is dated March 2021; armed and grain take their article's day (2021-04-02)
    assert {e.event_id for e in in_year.items} == {"evt_trucks", "evt_armed", "evt_grain"}
    one_day = query.events(store, Filters.build(since="2021-03-05", until="2021-03-05"))
    assert one_day.total == 0
    march = query.events(store, Filters.build(since="2021-03", until="2021-03"))
    assert [e.event_id for e in march.items] == ["evt_trucks"]


def test_undated_records_are_outside_any_range(store: Store, rich: tuple[Path, dict[str, str]]
                                               ) -> None:
    found = query.events(store, Filters.build(since="1900"))
    assert "evt_accuse" not in {e.event_id for e in found.items}  # neither it nor its article
    assert query.articles(store, Filters.build(until="2100")).total == 1


def test_event_filters_push_down_type_modality_actor_and_text(store: Store) -> None:
    assert [e.event_id for e in query.events(store, Filters(types=frozenset({"ACCUSE"})))
            .items] == ["evt_accuse"]
    assert [e.event_id for e in query.events(store, Filters(modalities=frozenset(
        {"planned"}))).items] == ["evt_grain"]
    by_description = query.events(store, Filters(actor="ARMED GROUP"))  # recipient's note
    assert {e.event_id for e in by_description.items} == {"evt_armed", "evt_grain",
                                                          "evt_accuse"}
    assert [e.event_id for e in query.events(store, Filters(q="grain")).items] == ["evt_grain"]
    assert [e.event_id for e in query.events(store, Filters(located=True)).items] == [
        "evt_trucks"]


def test_the_entity_filter_follows_the_graph_node_of_each_actor(store: Store) -> None:
    as_recipient = query.events(store, Filters(entity="ent_bor"))
    assert {e.event_id for e in as_recipient.items} == {"evt_armed", "evt_grain", "evt_accuse"}
    by_name = query.events(store, Filters(entity="name:officials"))  # who said it
    assert [e.event_id for e in by_name.items] == ["evt_grain"]
    assert query.quotes(store, Filters(entity="ent_vek")).total == 1
    assert query.quotes(store, Filters(entity="ent_rur")).total == 0


def test_quote_filters_match_speaker_name_or_description_and_kind(store: Store) -> None:
    assert query.quotes(store, Filters(speaker="vek")).total == 1
    assert query.quotes(store, Filters(speaker="nobody")).total == 0
    assert query.quotes(store, Filters(kinds=frozenset({"indirect"}))).total == 0


def test_outlets_are_source_labels(store: Store) -> None:
    labels = query.source_labels(store)
    assert sorted(set(labels.values())) == ["Daily Ledger", "Evening Wire"]
    wire = query.events(store, Filters(outlets=frozenset({"Evening Wire"})), labels=labels)
    assert [e.event_id for e in wire.items] == ["evt_accuse"]


def test_claims_come_in_status_order_and_match_an_alias(store: Store) -> None:
    assert [c.claim_id for c in query.claims(store).items] == ["clm_arms", "clm_accuse"]
    assert [c.claim_id for c in query.claims(store, Filters(
        statuses=frozenset({"unconfirmed"}))).items] == ["clm_accuse"]
    by_alias = query.claims(store, Filters(actor="ruritanian"))  # an alias of ent_rur
    assert {c.claim_id for c in by_alias.items} == {"clm_arms", "clm_accuse"}
    assert query.claims(store, Filters(actor="Vek")).total == 0


def test_article_pages_leave_texts_out_unless_asked(store: Store,
                                                    rich: tuple[Path, dict[str, str]]) -> None:
    page = query.articles(store)
    assert page.total == 2 and all(a.text == "" for a in page.items)
    assert page.text_length[rich[1]["dated"]] > 100
    full = query.article(store, rich[1]["dated"])
    assert full is not None and full.text.startswith("Ruritania sent trucks")


def test_search_gives_a_snippet_with_the_match_inside_it(store: Store) -> None:
    found = query.search_articles(store, "KABUL", 5)
    assert found.total == 1
    _, snippet, (start, end) = found.items[0]
    assert snippet[start:end] == "Kabul"


def test_the_python_api_pages_through_the_query_layer(store: Store) -> None:
    from newsweave import api

    page = api.events(store, limit=1, types=frozenset({"AID"}))
    assert page.total == 3 and len(page.items) == 1
    assert api.quotes(store, speaker="anna").total == 1
    assert [c.claim_id for c in api.claims(store, statuses=frozenset({"unconfirmed"})).items] \
        == ["clm_accuse"]
    assert api.articles(store, q="borduria", limit=5).total == 2


def test_the_web_snapshot_keeps_no_records_and_no_texts(
        rich: tuple[Path, dict[str, str]]) -> None:
    from newsweave.web.data import View, facets, load_snapshot, node_exists

    snap = load_snapshot(rich[0])
    assert not hasattr(snap, "quotes") and not hasattr(snap, "claims")  # read per request
    assert all(a.text == "" for a in snap.articles.values())
    assert facets(snap)["counts"]["quotes"] == 1
    assert snap.per_article[rich[1]["dated"]]["quotes"] == 1
    with Store(rich[0], read_only=True) as store:
        view = View(snap, store=store)
        try:
            assert node_exists(view, "ent_vek")  # the speaker is still a node
            assert not node_exists(view, "name:nobody at all")
        finally:
            view.close()


def test_the_web_reader_lets_go_when_this_process_writes(rich: tuple[Path, dict[str, str]],
                                                         tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsweave.web import create_app

    db = tmp_path / "served.duckdb"
    shutil.copy(rich[0], db)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    assert client.get("/api/articles").json()["total"] == 2  # the reader is open now
    with Store(db) as store:  # a writer in the same process: the reader closes first
        store.record_changes([])
    assert client.get("/api/articles", params={"q": "kabul"}).json()["total"] == 1
