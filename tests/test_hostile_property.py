"""A property over hostile inputs (any bytes, any file name, any JSON nesting, lone
surrogates): ingest never raises and every input is accounted for, stored or an error row
naming it. No spaCy here (analysis has its own fuzz test in test_fuzz.py); the command-line
variant, which checks exit codes 0/1 and that no traceback is printed, is marked slow."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave import api
from newsweave.ingest.hygiene import printable_name
from newsweave.store import Store

# file names as bytes: anything but "/" and NUL, not "." or "..", at most 80 bytes
NAME_BYTES = st.binary(min_size=1, max_size=80).map(
    lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(lambda b: b not in (b".", b".."))
NAMES = st.one_of(
    NAME_BYTES,
    st.text(min_size=1, max_size=40).map(
        lambda t: os.fsencode(t.replace("/", "_").replace("\x00", "_"))),
    st.sampled_from([b"story.txt", b"feed.jsonl", b"page.html", b"data.json", b"x.txt.gz",
                     b"new\nline.txt", b"\x1b[31mred.txt", b"caf\xe9.txt", b"*[?].txt"]),
).filter(lambda b: b not in (b".", b"..") and len(b) <= 200)


def nested(depth: int, inner: str = '"x"') -> bytes:
    return ("[" * depth + inner + "]" * depth).encode()


PROSE = st.text(max_size=300)
BODIES = st.one_of(
    st.binary(max_size=2000),
    PROSE.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([1, 50, 1000, 100_000]).map(nested),
    st.tuples(st.sampled_from([10, 100_000]), PROSE).map(
        lambda p: b'{"text": ' + json.dumps(p[1]).encode() + b', "extra": ' + nested(p[0])
        + b"}"),
    st.lists(st.fixed_dictionaries({"text": PROSE}, optional={"title": PROSE}), max_size=3).map(
        lambda rows: "\n".join(json.dumps(r) for r in rows).encode("utf-8", "surrogatepass")),
    st.sampled_from([b'{"text": "Talks \\udc80 resumed in Lima on Monday."}',
                     b'{"text": "x\\ud800", "title": "\\udfff"}\n{"text": 5}',
                     b"\x1f\x8b\x08\x00broken gzip", b"\x00" * 10, b""]),
)
INPUTS = st.lists(st.tuples(NAMES, BODIES), min_size=1, max_size=4,
                  unique_by=lambda pair: pair[0])


def write_inputs(folder: Path, inputs: list[tuple[bytes, bytes]]) -> list[str]:
    """Write the files; their paths as the command line would give them."""
    paths = []
    for name, data in inputs:
        path = os.path.join(os.fsencode(folder), name)
        with open(path, "wb") as fh:
            fh.write(data)
        paths.append(os.fsdecode(path))
    return paths


def accounted(store: Store, paths: list[str]) -> list[str]:
    """The inputs that are neither stored nor named by an error row."""
    sources = [s for rows in store.article_sources().values() for s in rows]
    sources += [e.source for e in store.errors()]
    missing = []
    for path in paths:
        name = printable_name(path)
        if not any(s == name or s.startswith(name + "#") for s in sources):
            missing.append(name)
    return missing


@cache
def shared_store() -> Store:
    return Store(Path(tempfile.mkdtemp(prefix="newsweave-prop-")) / "prop.duckdb")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(INPUTS)
def test_ingest_accounts_for_every_hostile_input(inputs: list[tuple[bytes, bytes]]) -> None:
    store = shared_store()
    with tempfile.TemporaryDirectory() as folder:
        paths = write_inputs(Path(folder), inputs)
        report = api.ingest(store, paths, analyze=False)  # raises nothing
        assert report.inputs + len(report.errors) >= len(paths)
        assert accounted(store, paths) == []
        again = api.ingest(store, paths, analyze=False)  # a rerun adds nothing
        assert again.new_articles == 0


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(INPUTS)
def test_the_command_line_exits_0_or_1_without_a_traceback(inputs: list[tuple[bytes, bytes]]
                                                           ) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = write_inputs(Path(folder), inputs)
        db = Path(folder) / "cli.duckdb"
        proc = subprocess.run([sys.executable, "-m", "newsweave.cli", "ingest", *paths,
                               "--db", str(db)], capture_output=True, timeout=300)
        stderr = proc.stderr.decode("utf-8", "backslashreplace")
        assert proc.returncode in (0, 1), stderr
        assert "Traceback" not in stderr
        assert "\x1b[31m" not in stderr  # names are printed escaped
        with Store(db, read_only=True) as store:
            assert accounted(store, paths) == []
