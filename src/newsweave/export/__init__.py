"""Exports: the contract's JSONL files, and the same tables as CSV and Parquet."""

from __future__ import annotations

import csv
import json
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
from newsweave.store import Store

FORMATS = ("jsonl", "csv", "parquet", "gexf", "graphml", "plover")


def tables(store: Store) -> dict[str, Iterable[dict[str, Any]]]:
    """The contract's tables as record streams, by file stem."""
    from newsweave.link.outlets import input_root

    articles = store.articles()
    root = input_root(a.source for a in articles)
    return {
        "articles": (article_record(a, root) for a in articles),
        "entities": (entity_record(e) for e in store.entities()),
        "quotes": (quote_record(q) for q in store.quotes()),
        "events": (event_record(e) for e in store.events()),
        "claims": (claim_record(c) for c in store.claims()),
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


def _flat(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_csv(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """One row per record; nested fields (spans, actors, lists) as JSON text."""
    rows = [{k: _flat(v) for k, v in r.items()} for r in records]
    tmp = path.with_suffix(".csv.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fields: list[str] = list(dict.fromkeys(k for r in rows for k in r))
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    os.replace(tmp, path)
    return path


def write_parquet(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """Parquet via pyarrow, nested fields kept as structs and lists (an empty map is null:
    Parquet has no empty struct)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{k: (None if v == {} else v) for k, v in r.items()} for r in records]
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    tmp = path.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def export_store(store: Store, out_dir: Path, formats: Sequence[str] = ("jsonl",)) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}
    written: list[Path] = []
    for fmt in formats:
        if fmt in ("gexf", "graphml"):  # one actor graph, not one file per table
            from newsweave.export.graph import write_graph

            written.append(write_graph(store, out_dir, fmt))
            continue
        if fmt == "plover":  # one PLOVER-style event file
            from newsweave.export.plover import write_plover

            written.append(write_plover(store, out_dir))
            continue
        if fmt not in writers:
            raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
        for stem, records in tables(store).items():
            written.append(writers[fmt](out_dir / f"{stem}.{fmt}", records))
    return written
