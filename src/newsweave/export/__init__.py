"""Exports: the contract's JSONL files, and the same tables as CSV and Parquet."""

from __future__ import annotations

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
from newsweave.export.tables import arrow_table, csv_chunks, table_columns
from newsweave.store import Store

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "gexf", "graphml", "plover")


def tables(store: Store) -> dict[str, Iterable[dict[str, Any]]]:
    """The contract's tables as record streams, by file stem (read a page at a time through
    the query layer: no table is held in memory whole)."""
    from newsweave.store import query

    if not isinstance(store, Store):  # e.g. link.corrections.Uncorrected: its own reads
        articles = store.articles()
        from newsweave.link.outlets import input_root

        root = input_root(a.source for a in articles)
        return {
            "articles": (article_record(a, root) for a in articles),
            "entities": (entity_record(e) for e in store.entities()),
            "quotes": (quote_record(q) for q in store.quotes()),
            "events": (event_record(e) for e in store.events()),
            "claims": (claim_record(c) for c in store.claims()),
        }
    root = query.input_root(store)
    return {
        "articles": (article_record(a, root) for a in query.iter_articles(store)),
        "entities": (entity_record(e) for e in query.iter_entities(store)),
        "quotes": (quote_record(q) for q in query.iter_quotes(store)),
        "events": (event_record(e) for e in query.iter_events(store)),
        "claims": (claim_record(c) for c in query.iter_claims(store)),
    }


def _atomic_write(path: Path, lines: Iterator[str]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        for line in lines:
            fh.write(line)
    os.replace(tmp, path)


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    _atomic_write(path, (json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def write_csv(path: Path, records: Iterable[dict[str, Any]], table: str | None = None
              ) -> Path:
    """One row per record with the table's fixed columns (export/tables.py): nested fields
    as JSON text, spans also as start/end columns, formula-looking text defused."""
    columns = table_columns(table) if table is not None else None
    _atomic_write(path, csv_chunks(records, columns))
    return path


def write_parquet(path: Path, records: Iterable[dict[str, Any]], table: str) -> Path:
    """Parquet via pyarrow with the table's fixed schema, whatever the data."""
    import pyarrow.parquet as pq

    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(arrow_table(table, records), tmp)
    os.replace(tmp, path)
    return path


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
    for fmt in formats:
        if fmt in ("gexf", "graphml"):  # one actor graph, not one file per table
            from newsweave.export.graph import write_graph

            written.append(write_graph(store, out_dir, fmt))
            continue
        if fmt == "plover":  # one PLOVER-style event file
            from newsweave.export.plover import write_plover

            written.append(write_plover(store, out_dir))
            continue
        for stem, records in tables(store).items():
            path = out_dir / f"{stem}.{fmt}"
            if fmt == "jsonl":
                written.append(write_jsonl(path, records))
            elif fmt == "csv":
                written.append(write_csv(path, records, stem))
            else:
                written.append(write_parquet(path, records, stem))
        log.info("exported %s to %s", fmt, out_dir)
    return written
