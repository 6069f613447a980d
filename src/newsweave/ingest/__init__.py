"""Ingest: files, folders, globs, JSONL, HTML, gzip and URLs -> cleaned Articles or IngestErrors.

`sources` turns what the user names into raw inputs (reading with size limits, gunzipping,
fetching URLs), `parse` decodes and splits them into records, `html` extracts pages with
trafilatura, `clean` strips page chrome from the text, `meta` fills outlet, language and dates.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsweave.model import Article, IngestError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # per file (and per decompressed .gz / fetched page)


def ingest(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES
           ) -> Iterator[Article | IngestError]:
    """Every article the inputs hold, in input order; bad inputs come out as IngestErrors.

    Never raises for bad input: each problem is one IngestError naming the file (JSONL lines
    as "path#L<n>") and the reason, and the run goes on with the next input.
    """
    from newsweave.ingest.parse import parse_input
    from newsweave.ingest.sources import expand_inputs

    for item in expand_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from parse_input(item)
