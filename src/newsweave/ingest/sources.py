"""What the user names (files, folders, globs, URLs) -> RawInputs, or one IngestError each.

Only reading happens here: size limits are checked before a file is read, gzip is undone with
the same limit on the decompressed size, and URLs are fetched with the standard library (so a
missing network turns into a one-line reason instead of a traceback).
"""

from __future__ import annotations

import errno
import fnmatch
import functools
import glob
import gzip
import io
import logging
import os
import re
import socket
import stat
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsweave.extract.lexicon import load_json
from newsweave.ingest.hygiene import printable_name
from newsweave.model import IngestError, RawInput, SkippedInput

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT_S = 20.0
USER_AGENT = "newsweave/0.1 (news article ingest)"
_GLOB_CHARS = frozenset("*?[")
_GZIP_MAGIC = b"\x1f\x8b"
_MB = 1024 * 1024


_NOTHING = re.compile(r"(?!)")  # matches no name


def _any_of(patterns: Sequence[str]) -> re.Pattern[str]:
    """One regular expression for a list of shell patterns (one match call per rule)."""
    if not patterns:
        return _NOTHING
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in patterns), re.DOTALL)


@dataclass(frozen=True)
class SkipRule:
    """One folder-walk rule of ingest_files.json (folder_skips): which names are no article."""

    reason: str
    applies_to: str  # "file" | "folder" | "any"
    names: re.Pattern[str]  # shell patterns on the whole lower-cased name
    stems: re.Pattern[str]  # shell patterns on the name before its first dot
    extensions: frozenset[str] | None  # a stem rule's extensions ("" for none); None: any

    @classmethod
    def from_data(cls, rule: dict[str, Any]) -> SkipRule:
        given = rule.get("extensions")
        return cls(reason=rule["reason"], applies_to=rule["applies_to"],
                   names=_any_of(rule.get("names", ())), stems=_any_of(rule.get("stems", ())),
                   extensions=None if given is None else frozenset(given))

    def matches(self, name: str, stem: str, ext: str, is_folder: bool) -> bool:
        if self.applies_to != "any" and (self.applies_to == "folder") != is_folder:
            return False
        if self.names.match(name):
            return True
        return (self.extensions is None or ext in self.extensions) and \
            self.stems.match(stem) is not None


@functools.lru_cache(maxsize=1)
def _file_rules() -> dict[str, Any]:
    rules = load_json("ingest_files.json")
    return {
        "skips": tuple(SkipRule.from_data(rule) for rule in rules["folder_skips"]),
        "extensions": dict(rules["extensions"]),
    }


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def format_for_name(name: str) -> str | None:
    """The input format a file name implies ("html", "jsonl", "json", "text"), or None."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return _file_rules()["extensions"].get(os.path.splitext(lower)[1])  # type: ignore[no-any-return]


def skip_reason(name: str, is_folder: bool = False) -> str | None:
    """Why a folder walk does not read an entry called `name` (a licence, a readme, a hidden
    or OS file, a version-control folder ...), or None: it is read. The first matching rule
    of ingest_files.json (folder_skips) gives the reason."""
    lower = name.lower()
    if not is_folder and lower.endswith(".gz"):
        lower = lower[:-3]
    stem, ext = lower.split(".", 1)[0], os.path.splitext(lower)[1]
    for rule in _file_rules()["skips"]:
        if rule.matches(lower, stem, ext, is_folder):
            return rule.reason  # type: ignore[no-any-return]
    return None


def wanted_in_folder(path: Path) -> bool:
    """Whether a folder walk reads `path` (relative to the folder walked): no folder on the
    way and not the file itself is skipped by a rule (see skip_reason)."""
    parts = [part for part in path.parts if part not in (".", "..")]
    if not parts:
        return True
    if any(skip_reason(part, is_folder=True) for part in parts[:-1]):
        return False
    return skip_reason(parts[-1]) is None


def _walk(folder: Path) -> list[Path | IngestError | SkippedInput]:
    """The files a folder walk reads, in name order, an error for each entry it cannot
    read as a file (a FIFO, a socket, a broken or looping symbolic link, an empty folder
    named like an article file, a subfolder that cannot be listed), and a SkippedInput for
    each file or folder that is no article (see skip_reason; a skipped folder is not walked).

    Symbolic links to folders are followed (a link is read as what it points to), each real
    folder walked once: a link that leads back into a folder the walk is inside (a loop, also
    one through a folder outside the input and back) is an error row naming the link, and a
    folder reached again by another way is not walked twice (its files were read already).
    """
    found: list[Path | IngestError | SkippedInput] = []
    walked: set[tuple[int, int]] = set()

    def error(path: Path, reason: str) -> None:
        found.append(IngestError(source=printable_name(str(path)), reason=reason))

    def skipped(path: Path, reason: str) -> None:
        found.append(SkippedInput(source=printable_name(str(path)), reason=reason))

    def visit(directory: Path, rel: tuple[str, ...], inside: dict[tuple[int, int], Path]
              ) -> int:
        """Walk `directory` (`inside`: the real folders it lies in); returns its entries."""
        try:
            with os.scandir(directory) as listing:
                names = sorted(entry.name for entry in listing)
        except OSError as exc:
            error(directory, _os_reason(exc))
            return 1
        for name in names:
            path, parts = directory / name, (*rel, name)
            try:
                st = path.stat()
            except OSError as exc:  # a broken or looping link: skipped if its name says so
                reason = skip_reason(name)
                if reason is not None:
                    skipped(path, reason)
                else:
                    error(path, _os_reason(exc))
                continue
            is_folder = stat.S_ISDIR(st.st_mode)
            reason = skip_reason(name, is_folder=is_folder)  # a folder "x.py" is walked
            if reason is not None:
                skipped(path, reason)
            elif is_folder:
                key = (st.st_dev, st.st_ino)
                if key in inside:
                    error(path, "cannot read: symbolic link loop (leads back to the folder "
                          f"{printable_name(str(inside[key]))})")
                elif key in walked:
                    log.info("%s: folder already read by another path",
                             printable_name(str(path)))
                else:
                    walked.add(key)
                    if not visit(path, parts, {**inside, key: path}) and \
                            format_for_name(name) is not None and not path.is_symlink():
                        error(path, "an empty folder, not an article file")
            elif stat.S_ISREG(st.st_mode):
                found.append(path)
            else:
                error(path, f"not a regular file ({_kind(st.st_mode)})")
        return len(names)

    try:
        top = folder.stat()
    except OSError as exc:
        return [IngestError(source=printable_name(str(folder)), reason=_os_reason(exc))]
    walked.add((top.st_dev, top.st_ino))
    visit(folder, (), {(top.st_dev, top.st_ino): folder})
    return found


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


def _os_reason(exc: OSError) -> str:
    """An OSError as a one-line reason ("broken symbolic link", "too many levels ...")."""
    if exc.errno == errno.ELOOP:
        return "cannot read: symbolic link loop (too many levels of symbolic links)"
    if exc.errno == errno.ENOENT and exc.filename and os.path.islink(exc.filename):
        return "cannot read: broken symbolic link"
    return f"cannot read: {exc.strerror or exc}"


def expand_inputs(paths: Sequence[str], max_bytes: int = DEFAULT_MAX_BYTES
                  ) -> Iterator[RawInput | IngestError | SkippedInput]:
    """Every input unit named by `paths`, in order; each file is read once per call, and
    each file or folder a walk or a glob skips is one SkippedInput (once per call too).

    Never raises for what it is given: a path that cannot be listed or read (or that fails
    in any other way) is one IngestError naming it, and the next path is read."""
    seen: set[str] = set()
    for given in paths:
        try:
            yield from _expand_one(given, seen, max_bytes)
        except Exception as exc:
            log.debug("reading %r failed", given, exc_info=True)
            yield IngestError(source=printable_name(given),
                              reason=f"cannot read: {type(exc).__name__}: {exc}"
                              .splitlines()[0][:300])


def _expand_one(given: str, seen: set[str], max_bytes: int
                ) -> Iterator[RawInput | IngestError | SkippedInput]:
    if is_url(given):
        yield fetch_url(given, max_bytes)
        return
    path = Path(given)
    try:
        st: os.stat_result | None = path.stat()
    except OSError as exc:
        st = None
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR) or path.is_symlink():
            yield IngestError(source=printable_name(given), reason=_os_reason(exc))
            return
    files: list[Path | IngestError | SkippedInput]
    if st is not None and stat.S_ISDIR(st.st_mode):
        files = _walk(path)  # the folder itself is read even if its name is a skipped one
    elif st is not None:
        key = os.path.realpath(path)  # a file named explicitly is read, whatever its name
        if key not in seen:  # (once: a folder walk or a name before may have read it)
            seen.add(key)
            yield read_file(path, max_bytes)
        return
    elif _GLOB_CHARS & set(given):
        files = _glob(given)
        if not files:
            yield IngestError(source=printable_name(given), reason="no files match this pattern")
            return
    else:
        yield IngestError(source=printable_name(given), reason="no such file or directory")
        return
    if not any(isinstance(f, Path | IngestError) for f in files):
        for f in files:  # what was skipped, and why
            if isinstance(f, SkippedInput) and f"skip:{f.source}" not in seen:
                seen.add(f"skip:{f.source}")
                yield f
        yield IngestError(source=printable_name(given), reason="folder holds no article files"
                          if st is not None else "no article files match this pattern")
        return
    for f in files:
        if isinstance(f, IngestError):
            yield f
            continue
        key = f"skip:{f.source}" if isinstance(f, SkippedInput) else os.path.realpath(f)
        if key in seen:
            continue
        seen.add(key)
        if isinstance(f, SkippedInput):
            yield f
            continue
        raw = read_file(f, max_bytes)
        if isinstance(raw, RawInput):
            raw.in_folder = True
        yield raw


def _glob(pattern: str) -> list[Path | IngestError | SkippedInput]:
    """What a glob names: its files (those a folder walk would skip are skipped, with the
    folders below the pattern's fixed part), and its folders walked. A dot-name it matches
    was asked for (a glob matches one only when its pattern starts with a dot there)."""
    base = 0  # the pattern's leading parts without wildcards: the user's own path
    for part in Path(pattern).parts:
        if _GLOB_CHARS & set(part):
            break
        base += 1
    files: list[Path | IngestError | SkippedInput] = []
    for m in (Path(m) for m in sorted(glob.glob(pattern, recursive=True))):
        is_folder = m.is_dir()
        folders = m.parts[base:] if is_folder else m.parts[base:-1]
        folder_reason = next((r for part in folders if not part.startswith(".")
                              and (r := skip_reason(part, is_folder=True))), None)
        reason = folder_reason or (None if is_folder or m.name.startswith(".")
                                   else skip_reason(m.name))
        if reason is not None:
            files.append(SkippedInput(source=printable_name(str(m)), reason=reason))
        elif is_folder:
            files.extend(_walk(m))
        else:
            files.append(m)
    return files


def _too_large(size: int, max_bytes: int, what: str = "file") -> str:
    return f"{what} too large ({size / _MB:.1f} MB, limit {max_bytes / _MB:.0f} MB)"


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawInput | IngestError:
    """Read one file (gunzipping .gz content); too-large files are refused before reading.

    The input's name (`source`) is its path as one printable line (see hygiene)."""
    source = printable_name(str(path))
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            return IngestError(source=source, reason="a folder, not an article file")
        if not stat.S_ISREG(st.st_mode):
            return IngestError(source=source,
                               reason=f"not a regular file ({_kind(st.st_mode)})")
        if st.st_size > max_bytes:
            return IngestError(source=source, reason=_too_large(st.st_size, max_bytes))
        # O_NONBLOCK: a file swapped for a named pipe after the check cannot hang the run
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return IngestError(source=source, reason=_os_reason(exc))
    if len(data) > max_bytes:  # grew while we looked
        return IngestError(source=source, reason=_too_large(len(data), max_bytes))
    unpacked = _gunzip(data, max_bytes)
    if isinstance(unpacked, str):
        return IngestError(source=source, reason=unpacked)
    return RawInput(source=source, data=unpacked, format=format_for_name(path.name))


def _gunzip(data: bytes, max_bytes: int) -> bytes | str:
    """`data` itself, or its gzip content; a str is the reason it could not be unpacked."""
    if not data.startswith(_GZIP_MAGIC):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = gz.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return f"corrupt gzip file ({exc})"
    if len(out) > max_bytes:
        return f"decompressed size over the {max_bytes / _MB:.0f} MB limit"
    if out.startswith(_GZIP_MAGIC):
        return "gzip inside gzip (compressed twice): unpack it once and read the inner file"
    return out


def _network_reason(reason: object) -> str:
    if isinstance(reason, socket.gaierror):
        return f"no network: cannot resolve host: {reason.strerror or reason}"
    if isinstance(reason, TimeoutError):
        return f"no network: timed out after {FETCH_TIMEOUT_S:.0f} s"
    if isinstance(reason, OSError) and reason.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH,
                                                        errno.ENETDOWN):
        return f"no network: {reason.strerror}"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


def fetch_url(url: str, max_bytes: int = DEFAULT_MAX_BYTES,
              timeout: float = FETCH_TIMEOUT_S) -> RawInput | IngestError:
    """GET an http(s) URL; any failure is one IngestError naming the URL."""
    name = printable_name(url)
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                return IngestError(source=name, reason=_too_large(int(declared), max_bytes,
                                                                 "page"))
            data = resp.read(max_bytes + 1)
            content_type = (resp.headers.get("Content-Type") or "").lower()
            final_url = resp.geturl() or url
    except urllib.error.HTTPError as exc:
        return IngestError(source=name, reason=f"cannot fetch (HTTP {exc.code} {exc.reason})")
    except urllib.error.URLError as exc:
        return IngestError(source=name, reason=f"cannot fetch ({_network_reason(exc.reason)})")
    except TimeoutError as exc:
        return IngestError(source=name, reason=f"cannot fetch ({_network_reason(exc)})")
    except (OSError, ValueError) as exc:
        return IngestError(source=name, reason=f"cannot fetch ({exc})")
    if len(data) > max_bytes:
        return IngestError(source=name, reason=_too_large(len(data), max_bytes, "page"))
    unpacked = _gunzip(data, max_bytes)
    if isinstance(unpacked, str):
        return IngestError(source=name, reason=unpacked)
    fmt = format_for_name(url.split("?", 1)[0].split("#", 1)[0])
    if "html" in content_type:
        fmt = "html"
    elif "json" in content_type and fmt is None:
        fmt = "json"
    elif content_type.startswith("text/plain"):
        fmt = "text"
    return RawInput(source=name, data=unpacked, format=fmt, meta={"url": final_url})
