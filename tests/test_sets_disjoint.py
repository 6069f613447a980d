"""The untouched sets stay untouched: no text of a development folder under tests/data shares a
line with a text of an untouched folder. ECB+ holds wire copies of one story under several
document ids, so a file drawn "unused" for a new development set can still repeat lines of an
untouched text; reading its misses would then tune rules to the untouched set. Only file names
are reported, never the shared lines (they are untouched text)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
# scored only, never read (benchmarks/quote_sets.py and event_sets.py keep their misses hidden)
UNTOUCHED_FOLDERS = ("fresh10_quotes", "fresh6_events")
MIN_WORDS = 8  # shorter lines (datelines, bylines, credits) repeat by chance


def _lines(path: Path) -> set[str]:
    """The lines of `path` with MIN_WORDS words or more, whitespace folded."""
    return {" ".join(line.split()) for line in path.read_text("utf-8", "replace").splitlines()
            if len(line.split()) >= MIN_WORDS}


def _untouched_lines() -> dict[str, str]:
    """Each long line of an untouched text -> that text's folder and file name."""
    owners: dict[str, str] = {}
    for folder in UNTOUCHED_FOLDERS:
        texts = sorted((DATA / folder).glob("*.txt"))
        assert len(texts) >= 10, f"{DATA / folder}: {len(texts)} texts; is the set missing?"
        for path in texts:
            for line in _lines(path):
                owners.setdefault(line, f"{folder}/{path.name}")
    return owners


def shared_with_untouched(folder: Path, owners: dict[str, str]) -> list[str]:
    """'dev file -> untouched file' for each text of `folder` that repeats an untouched line."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        hits = sorted({owners[line] for line in _lines(path) if line in owners})
        if hits:
            found.append(f"{folder.name}/{path.name} -> {', '.join(hits)}")
    return found


def test_no_development_text_repeats_an_untouched_line() -> None:
    owners = _untouched_lines()
    assert len(owners) >= 300, "too few untouched lines read: the check would be empty"
    folders = [d for d in sorted(DATA.iterdir()) if d.is_dir() and d.name not in UNTOUCHED_FOLDERS]
    checked = sum(1 for d in folders for _ in d.glob("*.txt"))
    assert checked >= 300, f"only {checked} development texts found under {DATA}"
    found = [hit for d in folders for hit in shared_with_untouched(d, owners)]
    assert not found, "development texts sharing lines with untouched texts:\n" + "\n".join(found)


def test_the_check_names_a_copied_line(tmp_path: Path) -> None:
    """A development text holding one untouched line (here a made-up one), spaced otherwise,
    is named; a text that only starts the same way is not."""
    line = "the council voted on Tuesday to close the old bridge to heavy traffic"
    owners = {line: "untouched/a.txt"}
    (tmp_path / "b.txt").write_text(f"Headline\n  {line.replace(' ', '  ')}\nAnother line.\n",
                                    "utf-8")
    (tmp_path / "c.txt").write_text("the council voted on Tuesday to keep the old bridge open\n",
                                    "utf-8")
    assert shared_with_untouched(tmp_path, owners) == [f"{tmp_path.name}/b.txt -> untouched/a.txt"]
