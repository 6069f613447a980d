"""Turning what the user names (paths, folders, globs, URLs) into RawInputs (placeholder)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from newsweave.model import IngestError, RawInput


def expand_inputs(paths: Sequence[str]) -> Iterator[RawInput | IngestError]:
    for p in paths:
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                yield RawInput(source=str(f), data=f.read_bytes())
            except OSError as exc:
                yield IngestError(source=str(f), reason=f"cannot read: {exc.strerror}")
