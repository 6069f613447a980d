"""How list commands print: a rich table for people, JSON / JSON lines / CSV for programs.

With no `--format`, a terminal gets the table and a pipe or file gets JSON lines (one record
per line, the same records as the export files), the way sqlite-utils and datasette behave.
CSV output defuses formula-looking cells like every CSV newsweave writes.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class OutputFormat(StrEnum):
    """`--format` of the list commands."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def resolve_format(chosen: OutputFormat | None) -> OutputFormat:
    """The chosen format, else a table on a terminal and JSON lines anywhere else."""
    if chosen is not None:
        return chosen
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl


def emit(records: Iterable[dict[str, Any]], fmt: OutputFormat,
         columns: list[str] | None = None) -> None:
    """Write records to stdout as JSON (one array), JSON lines or CSV (`columns` fixes the
    header; spans also get start/end columns)."""
    out = sys.stdout
    try:
        if fmt is OutputFormat.json:
            out.write(json.dumps(list(records), ensure_ascii=False, indent=2) + "\n")
        elif fmt is OutputFormat.jsonl:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt is OutputFormat.csv:
            from newsweave.export.tables import csv_chunks

            for chunk in csv_chunks(records, columns):
                out.write(chunk)
        else:
            raise ValueError(f"emit() writes json, jsonl or csv, not {fmt}")
        out.flush()
    except BrokenPipeError:  # `newsweave quotes | head`: the reader left, which is fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
