"""The untouched sets stay untouched: no text of a development folder under tests/data shares a
line with a text of an untouched folder. ECB+ holds wire copies of one story under several
document ids, so a file drawn "unused" for a new development set can still repeat lines of an
untouched text; reading its misses would then tune rules to the untouched set. Only file names
are reported, never the shared lines (they are untouched text)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
# the held-out seeds (001, 003: seeds-heldout in benchmarks/event_sets.py and quote_sets.py)
# share a folder with the development seeds (000, 002, 004: seeds-dev and seeds-dense-dev); only
# the file names are read from their gold
HELDOUT_SEEDS_GOLD = DATA / "seeds_heldout_gold.json"
# scored only, never read (benchmarks/quote_sets.py and event_sets.py keep their misses hidden)
UNTOUCHED_FOLDERS = ("fresh10_quotes", "fresh11_quotes", "fresh12_quotes", "fresh13_quotes",
                     "fresh6_events", "fresh11_events", "fresh12_events", "fresh14_events",
                     "fresh15_quotes", "seedheld24", "fresh16_articles",
                     "fresh17_articles", "fresh18_articles")
# an untouched folder holds at least 10 texts, but for these smaller sets
MIN_TEXTS = {"seedheld24": 8}
MIN_WORDS = 8  # shorter lines (datelines, bylines, credits) repeat by chance


def _lines(path: Path) -> set[str]:
    """The lines of `path` with MIN_WORDS words or more, whitespace folded."""
    return {" ".join(line.split()) for line in path.read_text("utf-8", "replace").splitlines()
            if len(line.split()) >= MIN_WORDS}


def _folded(path: Path) -> str:
    return " ".join(path.read_text("utf-8", "replace").split())


@dataclass(frozen=True)
class Text:
    """A text as the check compares it: whitespace folded, and its long lines."""

    folded: str
    lines: frozenset[str]

    @classmethod
    def read(cls, path: Path) -> Text:
        return cls(_folded(path), frozenset(_lines(path)))

    def repeats(self, other: Text) -> bool:
        """A long line of either stands in the other (the copies may be cut differently)."""
        return (any(line in other.folded for line in self.lines)
                or any(line in self.folded for line in other.lines))


def untouched_texts() -> dict[str, Text]:
    """Each untouched text by its folder and file name."""
    texts: dict[str, Text] = {}
    for folder in UNTOUCHED_FOLDERS:
        paths = sorted((DATA / folder).glob("*.txt"))
        assert len(paths) >= MIN_TEXTS.get(folder, 10), \
            f"{DATA / folder}: {len(paths)} texts; is the set missing?"
        texts.update({f"{folder}/{p.name}": Text.read(p) for p in paths})
    return texts


def shared_with_untouched(folder: Path, untouched: dict[str, Text]) -> list[str]:
    """'dev file -> untouched file' for each text of `folder` that repeats a long line of an
    untouched text."""
    found = []
    for path in sorted(folder.glob("*.txt")):
        mine = Text.read(path)
        hits = sorted(name for name, other in untouched.items() if mine.repeats(other))
        if hits:
            found.append(f"{folder.name}/{path.name} -> {', '.join(hits)}")
    return found


def test_no_development_text_repeats_an_untouched_line() -> None:
    untouched = untouched_texts()
    assert sum(len(t.folded) for t in untouched.values()) >= 100_000, "too little untouched text"
    folders = [d for d in sorted(DATA.iterdir()) if d.is_dir() and d.name not in UNTOUCHED_FOLDERS]
    checked = sum(1 for d in folders for _ in d.glob("*.txt"))
    assert checked >= 300, f"only {checked} development texts found under {DATA}"
    found = [hit for d in folders for hit in shared_with_untouched(d, untouched)]
    assert not found, "development texts sharing lines with untouched texts:\n" + "\n".join(found)


def test_the_check_names_a_copied_line(tmp_path: Path) -> None:
    """A development text holding a long line of an untouched one (made up here), spaced
    otherwise or inside a longer line, is named; a text that only starts the same way is not."""
    line = "the council voted on Tuesday to close the old bridge to heavy traffic"
    untouched_path = tmp_path / "a.txt"
    untouched_path.write_text(f"Bridge closed\n{line}\n", "utf-8")
    untouched = {"untouched/a.txt": Text.read(untouched_path)}
    dev = tmp_path / "dev"
    dev.mkdir()
    (dev / "b.txt").write_text(f"Headline\n  {line.replace(' ', '  ')}\nAnother line.\n", "utf-8")
    (dev / "c.txt").write_text(f"Late on Monday, {line}, officials said.\n", "utf-8")
    (dev / "d.txt").write_text("the council voted on Tuesday to keep the old bridge open\n",
                               "utf-8")
    assert shared_with_untouched(dev, untouched) == ["dev/b.txt -> untouched/a.txt",
                                                     "dev/c.txt -> untouched/a.txt"]


def heldout_seed_texts() -> dict[str, Text]:
    """The two held-out seeds by their name in the seed folder."""
    docs = json.loads(HELDOUT_SEEDS_GOLD.read_text("utf-8"))["docs"]
    paths = sorted(SEEDS / doc["file"] for doc in docs.values())
    assert len(paths) == 2 and all(p.is_file() for p in paths), paths
    return {f"seeds/{p.name}": Text.read(p) for p in paths}


def test_no_development_text_repeats_a_line_of_the_heldout_seeds() -> None:
    """The held-out seeds are untouched too: no development folder under tests/data and none
    of the development seeds (000, 002, 004, read with their misses) repeats one of their long
    lines (only file names are reported)."""
    held = heldout_seed_texts()
    folders = [d for d in sorted(DATA.iterdir()) if d.is_dir() and d.name not in UNTOUCHED_FOLDERS]
    found = [hit for d in folders for hit in shared_with_untouched(d, held)]
    dev_seeds = [p for p in sorted(SEEDS.glob("*.txt")) if f"seeds/{p.name}" not in held]
    assert len(dev_seeds) == 3, dev_seeds
    found += [f"seeds/{p.name} -> {name}" for p in dev_seeds for name, other in held.items()
              if Text.read(p).repeats(other)]
    assert not found, "development texts sharing lines with the held-out seeds:\n" + \
        "\n".join(found)
