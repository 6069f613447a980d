"""The project's own files hold no sentences of the real articles we test on: code, lexicons,
docs and test examples are written in our own words (the articles stay data, read from
../shared and tests/data by path). A run of 8 words shared with a real text is taken as copied."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
RUN = 8
WORD = re.compile(r"[a-z0-9']+")
# adjacent string literals ("..." "...") read as one text, as Python joins them
JOINED = re.compile(r"\"\s+\"|'\s+'")


def runs(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


# development sets written by us (made up, not real articles): checked like our own files
MADE_UP_SETS = ("quotes_wire_dev", "quotes_politics_dev", "quotes_politics_dev2",
                "quotes_politics_dev3", "fresh11_quotes", "fresh12_quotes", "quotes_indirect_dev",
                "quotes_indirect_dev2", "fresh12_events", "fresh12dev_events",
                "quotes_politics_dev4", "quotes_politics_dev5", "fresh13dev_events",
                "fresh13_quotes", "fresh14_events", "fresh15_quotes",
                "offpol16dev_quotes", "campaign19dev_quotes", "seedlike23",
                "seedheld24", "fresh16_articles", "fresh17_articles", "fresh18_articles")
# made-up single-sentence suites checked the same way (one sentence a line)
MADE_UP_FILES = ("event_sentences5.jsonl", "event_sentences6.jsonl", "event_senses_dev.jsonl",
                 "event_typer_heldout.jsonl")


def real_texts() -> list[Path]:
    texts = [p for p in SHARED.rglob("*") if p.is_file() and p.suffix in ("", ".txt", ".md")
             and "LICENSE" not in p.name and p.name != "ABOUT.md"]
    texts += [p for p in (ROOT / "tests/data").glob("*/*.txt") if "LICENSE" not in p.name
              and p.parent.name not in MADE_UP_SETS]
    return texts


def own_files() -> list[Path]:
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    files += sorted((ROOT / "src/newsweave").rglob("*.py"))
    files += sorted((ROOT / "src/newsweave/data").rglob("*.json"))
    files += sorted((ROOT / "src/newsweave/data").rglob("*.txt"))
    files += sorted((ROOT / "tests").glob("*.py")) + sorted((ROOT / "benchmarks").glob("*.py"))
    files += [f for name in MADE_UP_SETS for f in sorted((ROOT / "tests/data" / name).glob("*"))]
    files += [ROOT / "tests/data" / name for name in MADE_UP_FILES]
    return [f for f in files if f.is_file()]


def copied_lines(path: Path, real: set[tuple[str, ...]], root: Path = ROOT) -> list[str]:
    """'file:line: text' of each line that, with the two after it, shares a run with `real`."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    found = []
    for i in range(len(lines)):
        window = JOINED.sub("", " ".join(lines[i:i + 3]))
        if runs(window) & real:
            found.append(f"{path.relative_to(root)}:{i + 1}: {lines[i].strip()[:100]}")
    return found


def test_the_real_texts_are_there() -> None:
    texts = real_texts()
    assert len(texts) > 600, f"{len(texts)} real texts under {SHARED} and tests/data"


def test_no_own_file_repeats_eight_words_of_a_real_article() -> None:
    real: set[tuple[str, ...]] = set()
    for p in real_texts():
        real |= runs(p.read_text(encoding="utf-8", errors="replace"))
    this = Path(__file__).resolve()
    found = [line for f in own_files() if f.resolve() != this for line in copied_lines(f, real)]
    assert not found, "\n".join(found[:40])


def test_a_copied_sentence_is_caught_across_joined_literals(tmp_path: Path) -> None:
    real = runs("The minister said on Tuesday that the border would stay closed until spring.")
    mine = tmp_path / "example.py"
    mine.write_text('TEXT = ("Officials said the minister said on Tuesday that the border "\n'
                    '        "would stay closed")\nOTHER = "the border would stay open"\n',
                    encoding="utf-8")
    found = copied_lines(mine, real, root=tmp_path)
    assert found and found[0].startswith("example.py:1:")
    assert not copied_lines(mine, runs("Nothing here is shared with that file at all, "
                                       "not even one run."), root=tmp_path)
