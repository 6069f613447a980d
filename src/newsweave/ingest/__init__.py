"""Ingest: files, folders, globs, JSONL, HTML, gzip and URLs -> cleaned Articles or IngestErrors.

`sources` turns what the user names into raw inputs (reading with size limits, gunzipping,
fetching URLs), `parse` decodes and splits them into records, `html` extracts pages with
trafilatura, `clean` strips page chrome from the text, `meta` fills outlet, language and dates,
`hygiene` makes text, metadata and input names safe to store and print.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence

from newsweave.model import Article, IngestError, SkippedInput

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # per file (and per decompressed .gz / fetched page)

log = logging.getLogger(__name__)


def ingest(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES,
           on_skip: Callable[[SkippedInput], None] | None = None
           ) -> Iterator[Article | IngestError]:
    """Every article the inputs hold, in input order; bad inputs come out as IngestErrors.

    Never raises for bad input: each problem is one IngestError naming the file (JSONL lines
    as "path#L<n>") and the reason, and the run goes on with the next input. A failure that
    no check foresaw (a bug met by some input) is that input's error row too.
    A file or folder that a folder walk skips (a licence, a readme, a hidden or OS file: see
    sources.skip_reason; a JSON file with no article record: see parse) goes to `on_skip`,
    or is logged at INFO without one; it is no error.
    """
    from newsweave.ingest.parse import parse_input
    from newsweave.ingest.sources import expand_inputs

    def skip(item: SkippedInput) -> None:
        if on_skip is not None:
            on_skip(item)
        else:
            log.info("%s", item.line())

    for item in expand_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, SkippedInput):
            skip(item)
            continue
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            for parsed in parse_input(item):
                if isinstance(parsed, SkippedInput):  # a JSON manifest met in a folder
                    skip(parsed)
                else:
                    yield parsed
        except Exception as exc:
            log.debug("parsing %s failed", item.source, exc_info=True)
            yield IngestError(source=item.source, reason=unexpected_reason(exc))


def unexpected_reason(exc: BaseException) -> str:
    """A one-line reason for a failure no check foresaw."""
    if isinstance(exc, RecursionError):
        return "cannot read: nested too deeply"
    if isinstance(exc, MemoryError):
        return "cannot read: out of memory"
    return f"cannot read ({type(exc).__name__}: {exc})".splitlines()[0][:300]
