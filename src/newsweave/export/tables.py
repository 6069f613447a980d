"""The fixed column layout of every exported table, declared once as pyarrow schemas.

Parquet files are written with these schemas whatever the data (a column that is all null is
still typed `string`, not `null`), so exports of different stores read as one
`pyarrow.dataset`. CSV files use the same columns in the same order, with nested values as
JSON text, every span also as `<name>_start` / `<name>_end` integer columns, and text cells
that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) prefixed
with `'`.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

# the contract's tables, in order: the one list the exports (files, their order), the
# schemas below and the web app's downloads follow
TABLE_NAMES = ("articles", "entities", "quotes", "events", "claims")
# cell starts that spreadsheets (Excel, LibreOffice, Google Sheets) evaluate as a formula
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@functools.cache
def schemas() -> dict[str, pa.Schema]:
    """Table name -> its pyarrow schema (contract fields first, extras after)."""
    import pyarrow as pa

    text, count, real = pa.string(), pa.int64(), pa.float64()
    texts = pa.list_(text)
    span = pa.list_(count)
    actor = pa.struct([("name", text), ("entity_id", text), ("country", text),
                       ("sector", text), ("rules", texts)])
    flag = pa.bool_()
    detail = pa.struct([
        ("kind", text), ("text", text), ("span", span), ("theme", text), ("theme_key", text),
        ("quantity_text", text), ("value", real), ("low", real), ("high", real),
        ("approx", text), ("vague", flag),
        ("magnitude", count), ("unit", text), ("currency", text), ("said_by", text)])
    claim_detail = pa.struct([
        ("kind", text), ("key", text), ("label", text), ("unit", text), ("currency", text),
        ("disputed", flag),
        ("values", pa.list_(pa.struct([
            ("text", text), ("value", real), ("low", real), ("high", real), ("vague", flag),
            ("approx", text), ("themes", texts), ("sources", texts), ("said_by", texts),
            ("event_ids", texts), ("article_ids", texts), ("spans", pa.list_(span))]))),
        ("conflicts", pa.list_(pa.list_(count)))])
    return {
        "articles": pa.schema([
            ("article_id", text), ("source", text), ("outlet", text), ("url", text),
            ("title", text), ("byline", text), ("published", text),
            ("published_source", text), ("language", text), ("text", text),
            ("duplicate_of", text), ("syndicated_from", text), ("other_sources", texts),
            ("format", text), ("warnings", texts),
        ]),
        "entities": pa.schema([
            ("entity_id", text), ("name", text), ("type", text), ("aliases", texts),
            ("country", text), ("sector", text), ("description", text),
            ("article_ids", texts), ("mention_count", count),
        ]),
        "quotes": pa.schema([
            ("quote_id", text), ("article_id", text), ("kind", text), ("text", text),
            ("span", span),
            ("speaker", pa.struct([("name", text), ("entity_id", text),
                                   ("description", text), ("rules", texts)])),
            ("cue", text), ("channel", text), ("stance", text), ("date", text),
            ("date_text", text), ("cue_span", span), ("rules", texts),
        ]),
        "events": pa.schema([
            ("event_id", text), ("article_id", text), ("span", span), ("sentence", text),
            ("type", text), ("mode", text), ("actor", actor), ("recipient", actor),
            ("modality", text),
            ("attributed_to", pa.struct([("name", text), ("entity_id", text)])),
            ("date", text), ("date_text", text),
            ("location", pa.struct([
                ("name", text), ("country", text), ("lat", real), ("lon", real),
                ("geonameid", count), ("feature_class", text), ("feature_code", text),
                ("kind", text)])),
            ("trigger", text), ("modality_cue", text), ("quote_id", text),
            ("date_precision", text), ("confidence", real),
            ("details", pa.list_(detail)), ("rules", texts),
        ]),
        "claims": pa.schema([
            ("claim_id", text), ("summary", text), ("type", text), ("actor", actor),
            ("recipient", actor), ("event_ids", texts), ("quote_ids", texts),
            ("article_ids", texts), ("outlets", texts), ("independent_sources", texts),
            ("status", text), ("supported_by", texts), ("denied_by", texts),
            ("first_seen", text), ("doubted_by", texts),
            ("modalities", pa.map_(text, count)),
            ("details", pa.list_(claim_detail)), ("details_text", text),
            ("disputed_details", texts),
            # one role per source: a person or group quoted (carried by outlets), or an
            # outlet in its own voice (newsweave.vocab, newsweave.link.evidence)
            ("sources", pa.list_(pa.struct([
                ("name", text), ("kind", text), ("role", text), ("carriers", texts),
                ("evidence_ids", texts), ("firm", pa.bool_()), ("reason", text)]))),
            ("evidence_roles", pa.map_(text, text)), ("counts", pa.map_(text, count)),
            ("reports", pa.list_(pa.struct([
                ("report_id", text), ("article_id", text), ("span", span),
                ("sentence", text), ("score", real)]))),
            ("notes", texts),
        ]),
    }


def is_span(name: str) -> bool:
    return name == "span" or name.endswith("_span")


def csv_columns(names: Iterable[str]) -> list[str]:
    """CSV header for fields `names`: each span field is followed by its start and end."""
    out: list[str] = []
    for name in names:
        out.append(name)
        if is_span(name):
            out += [f"{name}_start", f"{name}_end"]
    return out


def table_columns(table: str) -> list[str]:
    """The fixed CSV header of a contract table."""
    return csv_columns(schemas()[table].names)


def safe_cell(value: Any) -> Any:
    """A value as a CSV cell: nested values as JSON, formula-looking text defused."""
    if isinstance(value, (dict, list, tuple)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(record: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    """One record as a CSV row over `columns` (missing fields empty, spans split)."""
    row: dict[str, Any] = {}
    for name in columns:
        if name in record:
            row[name] = safe_cell(record[name])
            continue
        for suffix, index in (("_start", 0), ("_end", 1)):
            base = name.removesuffix(suffix)
            if base != name and is_span(base) and base in record:
                span = record[base]
                row[name] = span[index] if span else None
    return row


class CsvChunks:
    """CSV text over fixed columns, made a record at a time and handed out in chunks of
    about `chunk_chars` characters (the header first): what every CSV the tool writes is
    made by (the export's files, the list commands, the web app's downloads)."""

    def __init__(self, columns: list[str], chunk_chars: int = 65536) -> None:
        self.columns = columns
        self.chunk_chars = chunk_chars
        self._buf = io.StringIO()
        self._writer = csv.DictWriter(self._buf, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()

    def add(self, record: dict[str, Any]) -> str:
        """Write one record's row; the text so far once it passes a chunk, else ''."""
        self._writer.writerow(csv_row(record, self.columns))
        return self.rest() if self._buf.tell() > self.chunk_chars else ""

    def rest(self) -> str:
        """The text not handed out yet."""
        text = self._buf.getvalue()
        self._buf.seek(0)
        self._buf.truncate()
        return text


def csv_chunks(records: Iterable[dict[str, Any]], columns: list[str] | None = None,
               chunk_chars: int = 65536) -> Iterator[str]:
    """CSV text in chunks. Without `columns`, the records' own keys in first-seen order
    (spans split) - for ad hoc lists; contract tables pass their fixed columns."""
    rows: Iterable[dict[str, Any]] = records
    if columns is None:
        listed = list(records)
        columns = csv_columns(dict.fromkeys(k for r in listed for k in r))
        rows = listed
    chunks = CsvChunks(columns, chunk_chars)
    for record in rows:
        chunk = chunks.add(record)
        if chunk:
            yield chunk
    yield chunks.rest()


def _check_fields(table: str, schema: pa.Schema, record: dict[str, Any],
                  warned: set[str]) -> None:
    extra = set(record) - set(schema.names) - warned
    if extra:
        warned.update(extra)
        log.warning("%s: fields %s are not in the table schema and are left out of "
                    "Parquet (declare them in export/tables.py)", table, sorted(extra))


def arrow_table(table: str, records: Iterable[dict[str, Any]]) -> pa.Table:
    """Records as a pyarrow Table with the table's fixed schema."""
    import pyarrow as pa

    schema = schemas()[table]
    warned: set[str] = set()
    rows = []
    for record in records:
        _check_fields(table, schema, record, warned)
        rows.append(record)
    return pa.Table.from_pylist(rows, schema=schema)
