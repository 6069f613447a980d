"""Exports other tools load as they are: fixed Parquet/CSV schemas, PLOVER records that
validate against a JSON Schema written from the PLOVER spec, GEXF 1.3 / GraphML with the
claim id as edge id and start/end times, formula cells defused in every CSV."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import networkx as nx
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from lxml import etree

from conventions_store import FORMULA_QUOTE, build_rich_store, build_sparse_store
from newsweave.export import export_store
from newsweave.export.records import (
    article_record,
    claim_record,
    entity_record,
    event_record,
    quote_record,
)
from newsweave.export.tables import (
    FORMULA_STARTS,
    TABLE_NAMES,
    csv_row,
    safe_cell,
    schemas,
    table_columns,
)
from newsweave.model import (
    ActorRef,
    Article,
    Claim,
    Entity,
    Event,
    Location,
    Quote,
)
from newsweave.store import Store

GEXF_NS = {"g": "http://gexf.net/1.3"}


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("rich") / "rich.duckdb"
    build_rich_store(db)
    return db


@pytest.fixture(scope="module")
def sparse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("sparse") / "sparse.duckdb"
    build_sparse_store(db)
    return db


def export(db: Path, out: Path, formats: list[str]) -> list[Path]:
    with Store(db, read_only=True) as store:
        return export_store(store, out, formats)


def plover_schema() -> dict[str, Any]:
    text = resources.files("newsweave.data").joinpath("schemas", "plover_event.schema.json")
    schema: dict[str, Any] = json.loads(text.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


# ----------------------------------------------------------------------------- schemas


def full_records() -> dict[str, dict[str, Any]]:
    """One record per table built from model objects with every field set."""
    ref = ActorRef(name="A", entity_id="ent_a", country="AAA", sector="GOV")
    return {
        "articles": article_record(Article(article_id="art", source="s", text="t")),
        "entities": entity_record(Entity(entity_id="ent", name="n", type="ORG")),
        "quotes": quote_record(Quote(quote_id="q", article_id="art", kind="direct",
                                     text="t", span=(0, 1), speaker=ref, cue_span=(0, 1))),
        "events": event_record(Event(event_id="e", article_id="art", span=(0, 1),
                                     sentence="s", type="AID", trigger="give", actor=ref,
                                     recipient=ref, attributed_to=ref,
                                     location=Location(name="Kabul", country="AFG",
                                                       kind="city"))),
        "claims": claim_record(Claim(claim_id="c", summary="s", type="AID", actor=ref,
                                     recipient=ref)),
    }


def test_one_list_names_the_contract_tables(rich: Path) -> None:
    """TABLE_NAMES is the one list: the schemas, the export's streams (in its order) and
    the web app's downloads follow it."""
    from newsweave.export import tables
    from newsweave.web.app import EXPORT_FORMATS, EXPORT_NAME

    assert tuple(schemas()) == TABLE_NAMES
    with Store(rich, read_only=True) as store:
        assert tuple(tables(store)) == TABLE_NAMES
    named = {f"{t}.{f}" for t in TABLE_NAMES for f in EXPORT_FORMATS}
    assert all(EXPORT_NAME.match(n) for n in named)
    assert not EXPORT_NAME.match("mentions.jsonl") and not EXPORT_NAME.match("claims.gexf")


def test_every_record_field_is_declared_in_its_table_schema() -> None:
    records = full_records()
    for table in TABLE_NAMES:
        assert list(records[table]) == schemas()[table].names, table
        nested = {k: v for k, v in records[table].items() if isinstance(v, dict)}
        for name, value in nested.items():
            arrow_type = schemas()[table].field(name).type
            if hasattr(arrow_type, "names"):  # a struct: its children are the record's keys
                assert list(value) == arrow_type.names, (table, name)


def test_parquet_schema_is_the_same_whatever_the_data(rich: Path, sparse: Path,
                                                      tmp_path: Path) -> None:
    export(rich, tmp_path / "a", ["parquet"])
    export(sparse, tmp_path / "b", ["parquet"])
    for table in TABLE_NAMES:
        a = pq.read_schema(tmp_path / "a" / f"{table}.parquet")
        b = pq.read_schema(tmp_path / "b" / f"{table}.parquet")
        assert a.equals(b), table
        assert a.equals(schemas()[table]), table
    # the sparse store has no url anywhere: still a string column, not null-typed
    assert str(pq.read_schema(tmp_path / "b" / "articles.parquet").field("url").type) == \
        "string"


def test_two_exports_read_as_one_pyarrow_dataset(rich: Path, sparse: Path,
                                                 tmp_path: Path) -> None:
    export(rich, tmp_path / "a", ["parquet"])
    export(sparse, tmp_path / "b", ["parquet"])
    for table in TABLE_NAMES:
        dataset = ds.dataset([str(tmp_path / d / f"{table}.parquet") for d in "ab"],
                             format="parquet")
        rows = dataset.to_table().to_pylist()
        with Store(rich, read_only=True) as s1, Store(sparse, read_only=True) as s2:
            expected = s1.counts()[table] + s2.counts()[table]
        assert len(rows) == expected, table
    articles = ds.dataset([str(tmp_path / d / "articles.parquet") for d in "ab"]).to_table()
    assert sorted(u or "" for u in articles.column("url").to_pylist()) == [
        "", "", "https://ledger.example/a1"]


def test_csv_has_fixed_columns_and_spans_as_start_and_end(rich: Path, sparse: Path,
                                                          tmp_path: Path) -> None:
    export(rich, tmp_path / "a", ["csv"])
    export(sparse, tmp_path / "b", ["csv"])
    for table in TABLE_NAMES:
        heads = [next(csv.reader((tmp_path / d / f"{table}.csv").open(encoding="utf-8")))
                 for d in "ab"]
        assert heads[0] == heads[1] == table_columns(table), table
    events = list(csv.DictReader((tmp_path / "a" / "events.csv").open(encoding="utf-8")))
    assert events
    for row in events:
        start, end = json.loads(row["span"])
        assert (int(row["span_start"]), int(row["span_end"])) == (start, end)
    quotes = list(csv.DictReader((tmp_path / "a" / "quotes.csv").open(encoding="utf-8")))
    assert quotes[0]["cue_span_start"] and quotes[0]["cue_span_end"]


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_formula_cells_are_prefixed_with_a_quote(start: str) -> None:
    assert safe_cell(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"
    assert safe_cell(f"total {start}1") == f"total {start}1"  # only the first character
    assert safe_cell(-3) == -3  # numbers stay numbers
    assert csv_row({"span": [4, 9]}, ["span", "span_start", "span_end"]) == {
        "span": "[4, 9]", "span_start": 4, "span_end": 9}


def test_cli_csv_export_escapes_formula_cells(rich: Path, tmp_path: Path) -> None:
    export(rich, tmp_path, ["csv"])
    cells = [cell for table in TABLE_NAMES
             for row in csv.reader((tmp_path / f"{table}.csv").open(encoding="utf-8"))
             for cell in row]
    assert f"'{FORMULA_QUOTE}" in cells  # quote text
    assert "'@Borduria ACCUSE Ruritania" in cells  # claim summary
    assert "'-spokeswoman" in cells  # entity description
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]


# ----------------------------------------------------------------------------- PLOVER


def plover(db: Path, out: Path) -> list[dict[str, Any]]:
    (path,) = export(db, out, ["plover"])
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def test_every_plover_record_validates_against_the_schema(rich: Path, tmp_path: Path
                                                          ) -> None:
    records = plover(rich, tmp_path)
    assert len(records) == 4
    validator = jsonschema.Draft202012Validator(plover_schema())
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, (record["id"], errors)


def test_the_schema_rejects_the_old_shapes() -> None:
    validator = jsonschema.Draft202012Validator(plover_schema())
    old = {"id": "e1", "date": None, "event_type": "AID", "mode": "military",
           "source_actor": "Ruritania", "context": []}
    assert not validator.is_valid(old)


def test_plover_records_use_spec_fields_and_mark_our_extras(rich: Path, tmp_path: Path
                                                            ) -> None:
    by_id = {r["id"]: r for r in plover(rich, tmp_path)}
    trucks = by_id["evt_trucks"]
    assert trucks["has_event"] is True and trucks["event"] == ["AID"]
    assert trucks["mode"] == ["material"] and trucks["quad_code"] == 2
    assert trucks["source"] == trucks["actor"]
    assert trucks["source"][0]["code"] == "RUR" and trucks["source"][0]["sector"] == "GOV"
    assert trucks["source"][0]["identifier_id"] == "ent_rur"
    assert trucks["source"][0]["identifier_text"] == "Ruritania"
    # a month: its first day, with the last day as enddate
    assert (trucks["date"], trucks["enddate"]) == ("2021-03-01", "2021-03-31")
    assert trucks["x_newsweave"]["date_source"] == "event"
    assert trucks["x_newsweave"]["date_precision"] == "month"
    assert trucks["cite_info"]["url"] == "https://ledger.example/a1"
    assert trucks["cite_info"]["publication"] == "Daily Ledger"
    assert trucks["cite_info"]["title"] == "Daily Ledger report"
    loc = trucks["event_loc"]
    assert loc["geonameid"] == 1138958 and loc["feature class"] == "P"
    assert loc["country code"] == "AF" and loc["cc3"] == "AFG"
    text = trucks["text"]
    assert text.startswith("Ruritania sent trucks")
    assert trucks["text_info"]["end"] - trucks["text_info"]["start"] == len(text)
    assert set(trucks["x_newsweave"]) >= {"modality", "attributed_to", "span", "article_id"}


def test_unasserted_events_carry_a_context_and_fall_back_to_the_article_date(
        rich: Path, tmp_path: Path) -> None:
    by_id = {r["id"]: r for r in plover(rich, tmp_path)}
    assert by_id["evt_armed"]["context"] == ["alleged"]
    assert by_id["evt_accuse"]["context"] == ["unconfirmed"]
    grain = by_id["evt_grain"]  # planned aid: an intention, coded AGREE
    assert grain["event"] == ["AGREE"] and "future" in grain["context"]
    assert grain["x_newsweave"]["original_event_type"] == "AID"
    assert grain["x_newsweave"]["attributed_to"]["name"] == "officials"
    assert by_id["evt_trucks"]["context"] == []  # asserted: nothing added
    # no event date: the article's publication date, and the record says so
    assert by_id["evt_armed"]["date"] == "2021-04-02"
    assert by_id["evt_armed"]["x_newsweave"]["date_source"] == "article"
    # neither: null, said as much
    assert by_id["evt_accuse"]["date"] is None
    assert by_id["evt_accuse"]["x_newsweave"]["date_source"] is None
    assert by_id["evt_armed"]["link"] == "clm_arms"


# ----------------------------------------------------------------------------- graph


def test_gexf_and_graphml_share_claim_ids_and_times(rich: Path, tmp_path: Path) -> None:
    gexf_path, graphml_path = export(rich, tmp_path, ["gexf", "graphml"])
    tree = etree.parse(str(gexf_path))
    root = tree.getroot()
    assert root.get("version") == "1.3"
    assert b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' in gexf_path.read_bytes()
    graph = root.find("g:graph", GEXF_NS)
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    edges = {e.get("id"): e for e in root.iterfind(".//g:edge", GEXF_NS)}
    assert set(edges) == {"clm_arms", "clm_accuse"}
    arms = edges["clm_arms"]
    # events without dates take their article's day; first_seen is the same day
    assert (arms.get("start"), arms.get("end")) == ("2021-04-02", "2021-04-02")
    assert "start" not in edges["clm_accuse"].attrib  # no date anywhere: always shown
    nodes = {n.get("id"): n for n in root.iterfind(".//g:node", GEXF_NS)}
    assert nodes["ent_rur"].get("start") == "2021-04-02"

    gml = etree.parse(str(graphml_path)).getroot()
    ns = {"m": "http://graphml.graphdrawing.org/xmlns"}
    keys = {k.get("id"): k.get("attr.name") for k in gml.iterfind("m:key", ns)}
    graphml_edges = {e.get("id"): {keys[d.get("key")]: d.text
                                   for d in e.iterfind("m:data", ns)}
                     for e in gml.iterfind(".//m:edge", ns)}
    assert set(graphml_edges) == set(edges)
    assert graphml_edges["clm_arms"]["start"] == "2021-04-02"

    for read, path in ((nx.read_gexf, gexf_path), (nx.read_graphml, graphml_path)):
        back = read(path)
        by_id = {d["id"]: d for _, _, d in back.edges(data=True)}
        assert set(by_id) == {"clm_arms", "clm_accuse"}, path.suffix
        assert by_id["clm_arms"]["status"] == "single-source"
        assert by_id["clm_arms"]["start"] == "2021-04-02", path.suffix


def test_graph_time_spans_cover_month_precision(tmp_path: Path) -> None:
    from newsweave.export.graph import claim_spans

    art = Article(article_id="art_1", source="s", text="t", published="2020-05-10")
    ev = Event(event_id="e1", article_id="art_1", span=(0, 1), sentence="t", type="AID",
               trigger="give", actor=None, date="2019-02")
    claim = Claim(claim_id="c1", summary="s", type="AID", actor=None, recipient=None,
                  event_ids=["e1"], article_ids=["art_1"])
    assert claim_spans([claim], [ev], [art]) == {"c1": ("2019-02-01", "2020-05-10")}


# ----------------------------------------------------------------------------- geo


def test_geocoded_places_carry_geonames_id_class_and_country() -> None:
    from newsweave.extract.geo import geocode, with_geonames

    city = geocode("Kabul", ["AFG"])
    assert city is not None
    assert (city.geonameid, city.feature_class, city.feature_code) == (1138958, "P", "PPLC")
    country = geocode("Afghanistan")
    assert country is not None and country.feature_code == "PCLI"
    assert country.geonameid == 1149361 and country.country == "AFG"
    # stored before the ids existed: filled in on export
    old = Location(name="Kabul", country="AFG", kind="city")
    assert with_geonames(old).geonameid == 1138958


def test_formats_written_together_equal_each_written_alone(
        rich: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One pass over the store feeds every table format asked for: the files are the same
    bytes (JSONL, CSV) and the same table (Parquet) as a separate export of each, also
    when a Parquet file is written in several row groups."""
    import newsweave.export as export_module

    export(rich, tmp_path / "together", ["jsonl", "csv", "parquet"])
    monkeypatch.setattr(export_module, "PARQUET_BATCH", 2)  # several row groups
    for fmt in ("jsonl", "csv", "parquet"):
        export(rich, tmp_path / fmt, [fmt])
    for table in TABLE_NAMES:
        for fmt in ("jsonl", "csv"):
            alone = (tmp_path / fmt / f"{table}.{fmt}").read_bytes()
            assert (tmp_path / "together" / f"{table}.{fmt}").read_bytes() == alone
        together = pq.read_table(tmp_path / "together" / f"{table}.parquet")
        alone_pq = pq.ParquetFile(tmp_path / "parquet" / f"{table}.parquet")
        assert alone_pq.read().equals(together) and together.schema.equals(schemas()[table])
        if together.num_rows > 2:
            assert alone_pq.num_row_groups > 1


def test_every_csv_is_made_one_way_whatever_its_chunking(rich: Path, tmp_path: Path) -> None:
    """The export's CSV files, the list commands and the web downloads all make their rows
    with CsvChunks: a table file equals csv_chunks over the same records, and chunks of any
    size join to the same text."""
    from newsweave.export import tables as table_streams
    from newsweave.export import write_csv
    from newsweave.export.tables import CsvChunks, csv_chunks
    from newsweave.store import Store

    with Store(rich, read_only=True) as store:
        records = list(table_streams(store)["events"])
    columns = table_columns("events")
    whole = "".join(csv_chunks(records, columns))
    assert len(records) > 1 and whole.startswith(",".join(columns) + "\r\n")
    write_csv(tmp_path / "events.csv", records, "events")
    assert (tmp_path / "events.csv").read_bytes() == whole.encode("utf-8")
    small = CsvChunks(columns, chunk_chars=10)
    pieces = [small.add(r) for r in records]
    assert all(pieces) and "".join(pieces) + small.rest() == whole
    assert len(list(csv_chunks(records, columns, chunk_chars=10))) == len(records) + 1


def test_a_helper_process_writes_the_same_files(
        rich: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large store's claims and entities are written by a helper process meanwhile: the
    files are the same bytes as one process writes, and listed in the same order."""
    import newsweave.export as export_module

    alone = export(rich, tmp_path / "alone", ["jsonl", "csv", "parquet"])
    started: list[Any] = []
    helper = export_module._helper
    monkeypatch.setattr(export_module, "HELPER_MIN_ROWS", 0)
    monkeypatch.setattr(export_module, "_helper",
                        lambda *a: started.append(helper(*a)) or started[-1])
    helped = export(rich, tmp_path / "helped", ["jsonl", "csv", "parquet"])
    assert started and started[0] is not None and started[0].returncode == 0
    assert [p.name for p in helped] == [p.name for p in alone]
    for a, b in zip(alone, helped, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_a_failed_helper_leaves_its_tables_to_the_export(
        rich: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the helper fail, the export writes its tables itself: the same files."""
    import subprocess
    import sys

    import newsweave.export as export_module

    alone = export(rich, tmp_path / "alone", ["jsonl", "parquet"])
    monkeypatch.setattr(export_module, "_helper", lambda *a: subprocess.Popen(
        [sys.executable, "-c", "raise SystemExit(3)"]))
    helped = export(rich, tmp_path / "helped", ["jsonl", "parquet"])
    assert [p.name for p in helped] == [p.name for p in alone]
    for a, b in zip(alone, helped, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_no_helper_for_a_small_store(rich: Path, tmp_path: Path) -> None:
    import newsweave.export as export_module

    with Store(rich, read_only=True) as store:
        assert export_module._helper(store, tmp_path, ["jsonl"]) is None
