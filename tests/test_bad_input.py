"""Hostile inputs at ingest: each one is an article or one error row naming it, never a crash.

Every case below stopped a whole folder run before (issue #12); the reproductions are made-up
files written into a temporary folder.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from newsweave.ingest import ingest
from newsweave.ingest.hygiene import (
    MAX_TITLE_CHARS,
    bounded,
    clean_line,
    clean_value,
    printable_name,
)
from newsweave.model import Article, IngestError, stable_id

STORY = ("Officials in Lima said on Monday that the two ministers would meet again next week. "
         "A spokesman for the ministry declined to comment.")


def read(*paths: Path | str) -> list[Article | IngestError]:
    return list(ingest([os.fsdecode(p) for p in paths]))


def errors_of(items: list[Article | IngestError]) -> dict[str, str]:
    return {i.source: i.reason for i in items if isinstance(i, IngestError)}


def articles_of(items: list[Article | IngestError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


# ------------------------------------------------------------------ JSON


def test_lone_surrogate_escapes_in_json_become_replacement_characters(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(
        b'{"text": "Talks resumed \\udc80 in Lima on Monday.", "title": "T\\ud800"}')
    (tmp_path / "b.jsonl").write_bytes(b'{"text": "A convoy reached Oslo \\udc80 on Friday."}\n')
    items = read(tmp_path)
    assert not errors_of(items)
    for art in articles_of(items):
        art.text.encode("utf-8")  # storable
        assert "\ufffd" in art.text
        assert art.article_id == stable_id("art", art.text)
    (first,) = [a for a in articles_of(items) if a.source.endswith("a.json")]
    assert first.title == "T\ufffd"


@pytest.mark.parametrize("name, data", [
    ("deep.json", b"[" * 100_000 + b"]" * 100_000),
    ("deep.jsonl", b'{"text": "x", "a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"),
])
def test_json_nested_100000_deep_is_one_error(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    items = read(tmp_path)
    (reason,) = errors_of(items).values()
    assert "nested too deeply" in reason
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "good.txt")]


def test_a_record_that_breaks_parsing_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                  ) -> None:
    from newsweave.ingest import parse

    real = parse._from_record

    def fragile(source: str, record: object, warnings: list[str]) -> object:
        if isinstance(record, dict) and record.get("text") == "boom":
            raise KeyError("a bug met by this record")
        return real(source, record, warnings)

    monkeypatch.setattr(parse, "_from_record", fragile)
    rows = [{"text": STORY}, {"text": "boom"}, {"text": STORY.replace("Lima", "Oslo")}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows),
                                         encoding="utf-8")
    items = read(tmp_path / "feed.jsonl")
    assert [a.source.rsplit("#", 1)[1] for a in articles_of(items)] == ["L1", "L3"]
    assert list(errors_of(items)) == [f"{tmp_path / 'feed.jsonl'}#L2"]
    assert "KeyError" in errors_of(items)[f"{tmp_path / 'feed.jsonl'}#L2"]


def test_an_input_that_breaks_parsing_is_its_own_error(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.ingest import parse

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("unforeseen")

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{STORY}</p></body></html>",
                                     encoding="utf-8")
    monkeypatch.setattr(parse, "_from_html", broken)
    items = read(tmp_path)
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "a.txt")]
    assert errors_of(items) == {str(tmp_path / "b.html"):
                                "cannot read (RuntimeError: unforeseen)"}


# ------------------------------------------------------------------ names


def test_a_file_name_that_is_not_utf8_is_read_and_named_escaped(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(raw, "wb") as fh:
        fh.write(STORY.encode())
    (art,) = read(tmp_path)
    assert isinstance(art, Article)
    assert art.source == f"{tmp_path}/caf\\xe9.txt"
    art.source.encode("utf-8")


@pytest.mark.parametrize("name, shown", [("new\nline.txt", "new\\nline.txt"),
                                         ("\x1b[31mred.txt", "\\x1b[31mred.txt"),
                                         ("tab\there.txt", "tab\\there.txt")])
def test_control_characters_in_file_names_are_escaped(tmp_path: Path, name: str, shown: str
                                                      ) -> None:
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    (art,) = read(tmp_path)
    assert isinstance(art, Article) and art.source == f"{tmp_path}/{shown}"
    (err,) = read(tmp_path / ("missing-" + name))
    assert isinstance(err, IngestError) and "\n" not in err.line() and "\x1b" not in err.line()


def test_printable_name_keeps_ordinary_text() -> None:
    assert printable_name("Zürich – Bericht.txt") == "Zürich – Bericht.txt"
    assert printable_name(b"a\xffb") == "a\\xffb"
    assert printable_name("json\ud800name") == "json\\ud800name"


# ------------------------------------------------------------------ special files


def test_fifos_symlink_loops_and_broken_links_in_a_folder_are_error_rows(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    items = read(tmp_path)  # returns: the FIFO is never opened
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "good.txt")]
    errors = errors_of(items)
    assert errors[str(tmp_path / "pipe.txt")] == "not a regular file (a named pipe)"
    assert "symbolic link loop" in errors[str(tmp_path / "loop.txt")]
    assert errors[str(tmp_path / "dangling.txt")] == "cannot read: broken symbolic link"


def test_a_symlink_loop_named_directly_says_so(tmp_path: Path) -> None:
    os.symlink("loop.txt", tmp_path / "loop.txt")
    (err,) = read(tmp_path / "loop.txt")
    assert isinstance(err, IngestError) and "symbolic link loop" in err.reason


def story(place: str) -> str:
    return STORY.replace("Lima", place)


def test_a_symlink_to_a_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "in" / "a.txt").write_text(story("Quito"), encoding="utf-8")
    (tmp_path / "elsewhere" / "b.txt").write_text(story("Oslo"), encoding="utf-8")
    os.symlink("../elsewhere", tmp_path / "in" / "linked")
    items = read(tmp_path / "in")
    assert not errors_of(items)
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "in" / "a.txt"),
                                                      str(tmp_path / "in" / "linked" / "b.txt")]


def test_a_link_back_to_a_folder_being_walked_is_an_error_row_naming_it(tmp_path: Path
                                                                         ) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "sub" / "a.txt").write_text(story("Quito"), encoding="utf-8")
    os.symlink("..", tmp_path / "in" / "sub" / "up")
    items = read(tmp_path / "in")
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "in" / "sub" / "a.txt")]
    reason = errors_of(items)[str(tmp_path / "in" / "sub" / "up")]
    assert reason.startswith("cannot read: symbolic link loop") and \
        str(tmp_path / "in") in reason


def test_a_loop_through_a_folder_outside_the_input_is_named_too(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "in" / "a.txt").write_text(story("Quito"), encoding="utf-8")
    (tmp_path / "outside" / "c.txt").write_text(story("Oslo"), encoding="utf-8")
    os.symlink("../outside", tmp_path / "in" / "out")
    os.symlink("../in", tmp_path / "outside" / "back")
    items = read(tmp_path / "in")
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "in" / "a.txt"),
                                                      str(tmp_path / "in" / "out" / "c.txt")]
    assert list(errors_of(items)) == [str(tmp_path / "in" / "out" / "back")]
    assert "symbolic link loop" in errors_of(items)[str(tmp_path / "in" / "out" / "back")]


def test_a_folder_linked_twice_is_read_once_without_an_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "b.txt").write_text(story("Oslo"), encoding="utf-8")
    os.symlink("../shared", tmp_path / "in" / "one")
    os.symlink("../shared", tmp_path / "in" / "two")
    items = read(tmp_path / "in")
    assert not errors_of(items)
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "in" / "one" / "b.txt")]


def test_hidden_folders_are_not_walked_even_when_they_loop(tmp_path: Path) -> None:
    (tmp_path / "in" / ".git").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(story("Quito"), encoding="utf-8")
    (tmp_path / "in" / ".git" / "b.txt").write_text(story("Oslo"), encoding="utf-8")
    os.symlink("..", tmp_path / "in" / ".git" / "up")
    items = read(tmp_path / "in")
    assert not errors_of(items)
    assert [a.source for a in articles_of(items)] == [str(tmp_path / "in" / "a.txt")]


def test_an_empty_folder_named_like_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").mkdir()
    (tmp_path / "in" / "good.txt").write_text(STORY, encoding="utf-8")
    items = read(tmp_path / "in")
    assert errors_of(items) == {str(tmp_path / "in" / "x.txt"):
                                "an empty folder, not an article file"}
    (err,) = read(tmp_path / "in" / "x.txt")  # named directly: nothing to read in it
    assert isinstance(err, IngestError) and err.reason == "folder holds no article files"


def test_gzip_inside_gzip_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "twice.txt.gz").write_bytes(gzip.compress(gzip.compress(STORY.encode())))
    (err,) = read(tmp_path / "twice.txt.gz")
    assert isinstance(err, IngestError) and "gzip inside gzip" in err.reason


# ------------------------------------------------------------------ text hygiene


def test_nul_and_control_characters_are_removed_everywhere(tmp_path: Path) -> None:
    body = STORY + " " * 9000 + "\x00Later\x07 text\x1b[0m ends here.\x00"
    (tmp_path / "late-nul.txt").write_text(body, encoding="utf-8")
    (tmp_path / "meta.json").write_text(json.dumps({
        "text": STORY, "title": "A\x00 title\x1b[2J with\nbreaks",
        "author": "Ana\x00 Ruiz", "source": "Daily\x07 Post"}), encoding="utf-8")
    for art in articles_of(read(tmp_path)):
        for value in (art.text, art.title, art.byline, art.outlet):
            assert value is None or not any(ord(c) < 32 and c not in "\n\t\r\x0c"
                                            for c in value), value
    meta = next(a for a in articles_of(read(tmp_path)) if a.source.endswith("meta.json"))
    assert meta.title == "A title[2J with breaks" and meta.byline == "Ana Ruiz"


def test_titles_are_bounded(tmp_path: Path) -> None:
    (tmp_path / "t.json").write_text(json.dumps({"title": "word " * 400_000, "text": STORY}),
                                     encoding="utf-8")
    (art,) = read(tmp_path / "t.json")
    assert isinstance(art, Article) and art.title is not None
    assert len(art.title) <= MAX_TITLE_CHARS and art.title.endswith("…")


def test_hygiene_helpers() -> None:
    assert clean_value("a\x00b\udc80c\td\n") == "ab\ufffdc\td\n"
    assert clean_line(" one\ntwo\x1b ") == "one two"
    assert bounded("short", 10) == "short"
    assert bounded("alpha beta gamma delta", 12) == "alpha beta…"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("feed.jsonl", b"\x1b", "empty file (only control characters)"),
    ("notes.txt", b"\x07\x1b\x08\x7f", "binary file (binary data (control bytes)), not text"),
    ("nul.txt", b"\x00\x1b", "binary file (binary data (NUL bytes)), not text"),
])
def test_a_file_of_control_characters_is_an_error_row(tmp_path: Path, name: str, data: bytes,
                                                     reason: str) -> None:
    """Hygiene removes every control character; a file left with nothing is still accounted for."""
    from newsweave.ingest.parse import parse_input
    from newsweave.model import RawInput

    (out,) = list(parse_input(RawInput(source=str(tmp_path / name), data=data)))
    assert isinstance(out, IngestError) and out.reason == reason
