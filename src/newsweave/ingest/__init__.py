"""Ingest: inputs (files, folders, globs, JSONL, URLs) -> cleaned Articles or IngestErrors."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsweave.model import Article, IngestError


def ingest(paths: Sequence[str]) -> Iterator[Article | IngestError]:
    """Every article the inputs hold, in input order; bad inputs come out as IngestErrors."""
    from newsweave.ingest.sources import expand_inputs
    from newsweave.ingest.parse import parse_input

    for item in expand_inputs(paths):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from parse_input(item)
