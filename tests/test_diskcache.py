"""Slow-to-build tables are built once per key and read back from disk afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave import diskcache


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(diskcache.CACHE_ENV, str(folder))
    return folder


def test_a_table_is_built_once_per_key(cache: Path) -> None:
    builds: list[str] = []

    def build() -> dict[str, int]:
        builds.append("built")
        return {"kabul": 1, "herat": 2}

    assert diskcache.cached("places", "v1", build) == {"kabul": 1, "herat": 2}
    assert diskcache.cached("places", "v1", build) == {"kabul": 1, "herat": 2}
    assert builds == ["built"]  # the second came from disk
    diskcache.cached("places", "v2", build)  # another key (new code or library): rebuilt
    assert builds == ["built", "built"]
    assert len(list(cache.glob("places-*.pickle"))) == 2


def test_a_damaged_cache_file_is_rebuilt_and_replaced(cache: Path) -> None:
    diskcache.cached("table", "k", lambda: [1, 2, 3])
    (path,) = cache.glob("table-*.pickle")
    path.write_bytes(b"not a pickle")
    assert diskcache.cached("table", "k", lambda: [1, 2, 3]) == [1, 2, 3]
    assert diskcache.cached("table", "k", lambda: [9]) == [1, 2, 3]  # the rebuilt one


def test_an_unwritable_cache_folder_only_costs_the_build(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be", "utf-8")
    monkeypatch.setenv(diskcache.CACHE_ENV, str(blocker / "cache"))
    assert diskcache.cached("table", "k", lambda: "value") == "value"
    assert diskcache.cached("table", "k", lambda: "again") == "again"  # nothing was kept


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(diskcache.CACHE_ENV, "off")
    assert diskcache.cache_dir() is None
    calls = []
    for _ in range(2):
        diskcache.cached("table", "k", lambda: calls.append(1))
    assert len(calls) == 2


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(diskcache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert diskcache.cache_dir() == tmp_path / "newsweave"


def test_the_key_of_source_files_changes_with_their_bytes(tmp_path: Path) -> None:
    code = tmp_path / "build.py"
    code.write_text("x = 1\n", "utf-8")
    before = diskcache.source_key(code)
    code.write_text("x = 2\n", "utf-8")
    assert diskcache.source_key(code) != before


def _age(path: Path, seconds: float) -> None:
    import os
    import time

    then = time.time() - seconds
    os.utime(path, (then, then))


def test_writing_a_new_key_removes_the_tables_old_unused_files(cache: Path) -> None:
    diskcache.cached("places", "v1", lambda: "old")
    diskcache.cached("places", "v2", lambda: "recent")
    diskcache.cached("place_names", "v1", lambda: "another table")
    old, recent = (cache / diskcache.cached_file_name("places", k) for k in ("v1", "v2"))
    other = cache / diskcache.cached_file_name("place_names", "v1")
    leftover = cache / f".{old.stem}-x1y2z3"  # a killed writer's temporary file
    leftover.write_bytes(b"partial")
    for path in (old, other, leftover):
        _age(path, diskcache.STALE_AFTER + 60)
    _age(recent, diskcache.STALE_AFTER / 2)  # another install's table, still in use
    assert diskcache.cached("places", "v3", lambda: "new") == "new"
    names = sorted(p.name for p in cache.iterdir())
    assert names == sorted([other.name, recent.name,
                            diskcache.cached_file_name("places", "v3")])


def test_reading_a_table_marks_it_used(cache: Path) -> None:
    diskcache.cached("places", "v1", lambda: "old")
    path = cache / diskcache.cached_file_name("places", "v1")
    _age(path, diskcache.STALE_AFTER + 60)
    assert diskcache.cached("places", "v1", lambda: "rebuilt") == "old"  # read: now in use
    diskcache.cached("places", "v2", lambda: "new")
    assert path.exists()
