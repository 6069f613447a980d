"""Exports: the contract's JSONL files, and the same tables as CSV and Parquet."""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsweave.export.records import (
    article_record,
    claim_record,
    entity_record,
    event_record,
    quote_record,
)
from newsweave.export.tables import TABLE_NAMES, CsvChunks, csv_chunks, table_columns
from newsweave.store import Store

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "gexf", "graphml", "plover")


def tables(store: Store) -> dict[str, Iterable[dict[str, Any]]]:
    """The contract's tables as record streams, by file stem in the contract's order
    (export.tables.TABLE_NAMES; read a page at a time through the query layer: no table is
    held in memory whole)."""
    from newsweave.store import query

    streams: dict[str, Iterable[dict[str, Any]]]
    if not isinstance(store, Store):  # e.g. link.corrections.Uncorrected: its own reads
        articles = store.articles()
        from newsweave.link.outlets import input_root

        root = input_root(a.source for a in articles)
        streams = {
            "articles": (article_record(a, root) for a in articles),
            "entities": (entity_record(e) for e in store.entities()),
            "quotes": (quote_record(q) for q in store.quotes()),
            "events": (event_record(e) for e in store.events()),
            "claims": (claim_record(c) for c in store.claims()),
        }
    else:
        root = query.input_root(store)  # the records straight from their stored JSON
        streams = {
            "articles": (article_record(a, root) for a in query.iter_articles(store)),
            "entities": (entity_record(e) for e in query.iter_entity_json(store)),
            "quotes": (quote_record(q) for q in query.iter_quote_json(store)),
            "events": (event_record(e) for e in query.iter_event_json(store)),
            "claims": (claim_record(c) for c in query.iter_claim_json(store)),
        }
    return {name: streams[name] for name in TABLE_NAMES}


def _atomic_write(path: Path, lines: Iterator[str]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        for line in lines:
            fh.write(line)
    os.replace(tmp, path)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """One JSON record a line (any records: the tables, the corrections' audit log)."""
    _atomic_write(path, (_json_line(r) for r in records))
    return path


# one encoder for every line: json.dumps with options makes a new encoder per call, and the
# records are trees the builders make (no cycle to check for); the lines are byte for byte
# what json.dumps(record, ensure_ascii=False) gives
_ENCODE_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _json_line(record: dict[str, Any]) -> str:
    return _ENCODE_LINE(record) + "\n"


def write_csv(path: Path, records: Iterable[dict[str, Any]], table: str | None = None
              ) -> Path:
    """One row per record with the table's fixed columns (export/tables.py): nested fields
    as JSON text, spans also as start/end columns, formula-looking text defused (without
    `table`: the records' own keys, see csv_chunks)."""
    if table is None:
        _atomic_write(path, csv_chunks(records))
        return path
    return _write_file(path, "csv", table, records)


def write_parquet(path: Path, records: Iterable[dict[str, Any]], table: str) -> Path:
    """Parquet via pyarrow with the table's fixed schema, whatever the data, written
    PARQUET_BATCH records at a time (a table is never held in memory whole)."""
    return _write_file(path, "parquet", table, records)


def _write_file(path: Path, fmt: str, table: str, records: Iterable[dict[str, Any]]
                ) -> Path:
    """One table file in one format (as `export` writes each of its files)."""
    writer = _TableWriter(path, fmt, table)
    try:
        for record in records:
            writer.add(record)
    except BaseException:
        writer.abandon()
        raise
    return writer.close()


PARQUET_BATCH = 10_000  # records per Parquet row group


class _TableWriter:
    """One table file in one format, written record by record to a temporary file that
    replaces `path` on close (JSONL: one record a line; CSV: the table's fixed columns;
    Parquet: the fixed schema, a row group per PARQUET_BATCH records)."""

    def __init__(self, path: Path, fmt: str, table: str) -> None:
        self.path, self.fmt, self.table = path, fmt, table
        self.tmp = path.with_suffix(path.suffix + ".tmp")
        self._batch: list[dict[str, Any]] = []
        self._warned: set[str] = set()
        self._fh: Any = None
        self._parquet: Any = None
        if fmt == "parquet":
            import pyarrow.parquet as pq

            from newsweave.export.tables import schemas

            self._schema = schemas()[table]
            self._parquet = pq.ParquetWriter(self.tmp, self._schema)
        else:
            self._fh = self.tmp.open("w", encoding="utf-8", newline="")
        if fmt == "csv":  # the rows as csv_chunks makes them, a chunk at a time
            self._csv = CsvChunks(table_columns(table))

    def add(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self._fh.write(_json_line(record))
        elif self.fmt == "csv":
            chunk = self._csv.add(record)
            if chunk:
                self._fh.write(chunk)
        else:
            self._batch.append(record)
            if len(self._batch) >= PARQUET_BATCH:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        from newsweave.export.tables import _check_fields

        known = set(self._schema.names)
        for record in self._batch:
            if record.keys() - known:  # rare: say so once per field
                _check_fields(self.table, self._schema, record, self._warned)
        self._parquet.write_table(pa.Table.from_pylist(self._batch, schema=self._schema))
        self._batch = []

    def close(self) -> Path:
        if self._parquet is not None:
            if self._batch:
                self._flush()
            self._parquet.close()
        else:
            if self.fmt == "csv":
                self._fh.write(self._csv.rest())
            self._fh.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abandon(self) -> None:
        if self._parquet is not None:
            self._parquet.close()
        elif self._fh is not None:
            self._fh.close()
        self.tmp.unlink(missing_ok=True)


def check_formats(formats: Sequence[str]) -> None:
    """Refuse unknown formats before anything is written."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown export format {unknown[0]!r} (choose from "
                         f"{', '.join(FORMATS)})")


def export_store(store: Store, out_dir: Path, formats: Sequence[str] = ("jsonl",),
                 corrections: bool = True) -> list[Path]:
    """Write every table in each format (all formats are checked before the first write).

    With `corrections` (the default) the files hold the analysis as analysts corrected it
    (what every view shows) and `corrections.jsonl` is their audit log; without, the corpus
    is linked again in memory with no correction applied and no audit log is written."""
    from newsweave.store.corrections import corrections as audit_log

    check_formats(formats)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    log_rows = audit_log(store)
    if not corrections and log_rows:
        from newsweave.link.corrections import Uncorrected

        store = Uncorrected(store)  # type: ignore[assignment]
    elif log_rows and any(f in ("jsonl", "csv", "parquet") for f in formats):
        written.append(write_jsonl(out_dir / "corrections.jsonl",
                                   (vars(c) for c in log_rows)))
    table_formats = [f for f in dict.fromkeys(formats) if f in ("jsonl", "csv", "parquet")]
    table_files = _write_tables(store, out_dir, table_formats) if table_formats else {}
    for fmt in formats:
        if fmt in ("gexf", "graphml"):  # one actor graph, not one file per table
            from newsweave.export.graph import write_graph

            written.append(write_graph(store, out_dir, fmt))
            continue
        if fmt == "plover":  # one PLOVER-style event file
            from newsweave.export.plover import write_plover

            written.append(write_plover(store, out_dir))
            continue
        written.extend(table_files.get(fmt, []))
        log.info("exported %s to %s", fmt, out_dir)
    return written


# a large store's claims and entities are written by a second process (HELPER_TABLES),
# while this one writes the other tables: building the records is Python under one lock
# (the GIL), so a second core is used only by a second process. At 100k articles the
# claims and entities are 33 of the export's 70 s of CPU (the articles, quotes and
# events 37 s); the files are the same bytes.
HELPER_TABLES = ("entities", "claims")
HELPER_MIN_ROWS = 20_000  # claims + events from which the helper pays for its start (~1 s)


def _write_tables(store: Store, out_dir: Path, formats: list[str]) -> dict[str, list[Path]]:
    """Every contract table in each of these formats from one pass over the store: each
    record is read and built once and goes to every format's file (building the records
    is most of an export's cost). A large store's HELPER_TABLES are written meanwhile by a
    helper process reading the same file (see _helper); should it fail, they are written
    here after the others. The files are the same either way."""
    by_stem: dict[str, list[Path]] = {}
    helper = _helper(store, out_dir, formats)
    try:
        with _collector_paused():
            for stem, records in tables(store).items():
                if helper is not None and stem in HELPER_TABLES:
                    continue
                by_stem[stem] = _write_table(out_dir, formats, stem, records)
    finally:
        failed = helper is not None and helper.wait() != 0
    if helper is not None:
        if failed:
            log.warning("the export's helper process failed; writing %s here",
                        ", ".join(HELPER_TABLES))
            with _collector_paused():
                for stem, records in tables(store).items():
                    if stem in HELPER_TABLES:
                        by_stem[stem] = _write_table(out_dir, formats, stem, records)
        else:
            for stem in HELPER_TABLES:
                by_stem[stem] = [out_dir / f"{stem}.{fmt}" for fmt in formats]
    files: dict[str, list[Path]] = {fmt: [] for fmt in formats}
    for stem in TABLE_NAMES:
        for fmt, path in zip(formats, by_stem[stem], strict=True):
            files[fmt].append(path)
    return files



def _helper(store: Store, out_dir: Path, formats: list[str]) -> Any:
    """A process writing HELPER_TABLES from the store's file (opened read-only, as this
    process holds it: both read the same data), or None: a small store, a store not read
    from a file by this process read-only (e.g. the uncorrected analysis, linked in
    memory), one core to run on, or a helper that could not be started. The helper adds
    ~15% to the export's CPU in all (its start, both processes' reads): with two free cores
    the export takes ~half the time, with one busy one it takes longer."""
    import subprocess
    import sys

    if not isinstance(store, Store) or not store.read_only or not Path(store.path).is_file():
        return None
    from newsweave.nlp.models import cores

    if cores() < 2:  # one core: the helper would only add its start
        return None
    counts = store.counts()
    if counts["claims"] + counts["events"] < HELPER_MIN_ROWS:
        return None
    import newsweave

    code = ("import sys; from newsweave.export import write_tables_from; "
            "write_tables_from(*sys.argv[1:])")
    # this newsweave's code, wherever it was imported from
    here = str(Path(newsweave.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (here, os.environ.get("PYTHONPATH")) if p)}
    try:
        return subprocess.Popen([sys.executable, "-c", code, store.path, str(out_dir),
                                 ",".join(formats), ",".join(HELPER_TABLES)], env=env)
    except OSError as exc:
        log.warning("no helper process for the export (%s); one process writes it all", exc)
        return None


def write_tables_from(db: str, out_dir: str, formats: str, stems: str) -> None:
    """The helper's part (see _helper): these tables of the store at `db`, each format's
    file in `out_dir` (formats and stems comma-separated)."""
    wanted = stems.split(",")
    with Store(db, read_only=True) as store, _collector_paused():
        for stem, records in tables(store).items():
            if stem in wanted:
                _write_table(Path(out_dir), formats.split(","), stem, records)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while the tables are written: the records are
    trees of dicts and lists (no cycles), and a Parquet row group holds PARQUET_BATCH of
    them, so the collector kept walking live objects for nothing (at 100k articles, a
    fifth of the events' and a third of the claims' CPU). On again after, with one pass."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
            gc.collect()


def _write_table(out_dir: Path, formats: list[str], stem: str,
                 records: Iterable[dict[str, Any]]) -> list[Path]:
    """One contract table in each format, each record built once; its files, by format."""
    writers = [_TableWriter(out_dir / f"{stem}.{fmt}", fmt, stem) for fmt in formats]
    try:
        for record in records:
            for writer in writers:
                writer.add(record)
    except BaseException:
        for writer in writers:
            writer.abandon()
        raise
    return [writer.close() for writer in writers]
