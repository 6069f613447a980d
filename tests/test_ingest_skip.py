"""A folder walk reads articles, not the files that come with them: licences, readmes,
changelogs, hidden files, OS litter, version-control and tool folders are skipped by the rules
in ingest_files.json (folder_skips). Each skip is one line with its reason, counted in the run
and recorded in the store (stage "skipped", not an error); a file named explicitly is read.

The folders below are made up in tmp_path; one test checks the LICENSE files of our own test
sets, which runs on them read as articles before.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.extract.lexicon import load_json
from newsweave.extract.lexicon_schema import LexiconError, validate
from newsweave.ingest import ingest
from newsweave.ingest.sources import expand_inputs, skip_reason, wanted_in_folder
from newsweave.model import Article, IngestError, SkippedInput

STORY = ("Officials in Lima said on Monday that the two ministers would meet again next week. "
         "A spokesman for the ministry declined to comment on the talks.\n")
OTHER = ("The council of Tartu voted on Friday to close the old harbour bridge for repairs, "
         "the mayor told reporters after the meeting.\n")
DATA = Path(__file__).parent / "data"


def walk(*paths: Path | str) -> tuple[list[Article | IngestError], list[SkippedInput]]:
    skipped: list[SkippedInput] = []
    items = list(ingest([os.fsdecode(p) for p in paths], on_skip=skipped.append))
    return items, skipped


def names(items: list[Article | IngestError]) -> list[str]:
    return sorted(Path(i.source).name for i in items if isinstance(i, Article))


def user_folder(root: Path) -> Path:
    """A user's folder of two articles with what usually lies beside them."""
    folder = root / "story"
    (folder / "day2").mkdir(parents=True)
    (folder / "day1.txt").write_text(STORY, encoding="utf-8")
    (folder / "day2" / "report.txt").write_text(OTHER, encoding="utf-8")
    litter = {
        "LICENSE": "Permission is hereby granted, free of charge, to any person.\n",
        "LICENSE.ecbplus": "The corpus is licensed under a Creative Commons licence.\n",
        "licence-mit": "MIT licence text, which threatens nothing and forces no one.\n",
        "README.md": "# Notes\n\nThese files were collected by hand on Monday.\n",
        "ChangeLog.txt": "Added two articles; the police arrested nobody.\n",
        "AUTHORS": "Ana Ruiz, Lima\n",
        "NOTICE.html": "<p>Third-party notices.</p>\n",
        ".DS_Store": "\x00\x00\x00\x01Bud1",
        "Thumbs.db": "thumbs",
        "desktop.ini": "[.ShellClassInfo]\n",
        "manifest.json": json.dumps({"files": ["day1.txt", "day2/report.txt"]}),
        "notes.txt~": STORY,
    }
    for name, text in litter.items():
        (folder / name).write_text(text, encoding="utf-8")
    for sub in (".git", "node_modules", "__MACOSX"):
        (folder / sub).mkdir()
        (folder / sub / "article.txt").write_text(STORY, encoding="utf-8")
    return folder


def test_a_folder_walk_reads_the_articles_and_skips_the_rest_with_reasons(tmp_path: Path
                                                                          ) -> None:
    folder = user_folder(tmp_path)
    items, skipped = walk(folder)
    assert [i for i in items if isinstance(i, IngestError)] == []
    assert names(items) == ["day1.txt", "report.txt"]
    why = {Path(s.source).name: s.reason for s in skipped}
    assert why == {
        ".DS_Store": "operating-system or editor litter",
        ".git": "a version-control folder",
        "AUTHORS": "a changelog or authors file",
        "ChangeLog.txt": "a changelog or authors file",
        "LICENSE": "a licence or notice file",
        "LICENSE.ecbplus": "a licence or notice file",
        "NOTICE.html": "a licence or notice file",
        "README.md": "a readme file",
        "Thumbs.db": "operating-system or editor litter",
        "__MACOSX": "operating-system or editor litter",
        "desktop.ini": "operating-system or editor litter",
        "licence-mit": "a licence or notice file",
        "manifest.json": "a manifest or metadata file, not articles",
        "node_modules": "a cache or tool folder",
        "notes.txt~": "operating-system or editor litter",
    }
    # a skipped folder is one line, its files are not listed (nor read)
    assert not any("article.txt" in s.source for s in skipped)
    assert all(s.line() == f"{s.source}: skipped ({s.reason})" for s in skipped)


@pytest.mark.parametrize("name", [
    "LICENSE", "license.txt", "Licence.md", "LICENSE.ecbplus", "license.txt.gz", "LICENSE-MIT",
    "LICENSE-article-extraction-benchmark", "COPYING.LESSER", "NOTICE", "readme",
    "ReadMe.rst", "README.html", "readme_first.txt", "CHANGELOG.md", "Authors.txt",
    ".hidden.txt", "._day1.txt", "Thumbs.db", "DESKTOP.INI", "~$draft.txt", "script.py",
])
def test_names_that_are_no_articles_in_any_case_and_with_any_extension(name: str) -> None:
    assert skip_reason(name) is not None, name
    assert not wanted_in_folder(Path(name))


@pytest.mark.parametrize("name", [
    "license-plate-readers.html", "licence-fee-rise.json", "authors-guild-lawsuit.txt",
    "history-of-the-port.txt", "news.txt", "index.html", "meta.json", "articles.json",
    "notices-to-quit-rise.html", "copyright-ruling.htm", "day1.txt", "report.jsonl.gz",
])
def test_article_names_that_merely_start_like_a_skipped_one_are_read(name: str) -> None:
    assert skip_reason(name) is None, name
    assert wanted_in_folder(Path("story") / name)


def test_folders_are_skipped_by_their_own_rules() -> None:
    for folder in (".git", ".svn", "node_modules", "__pycache__", "__MACOSX", ".cache",
                   "LICENSES"):
        assert skip_reason(folder, is_folder=True) is not None, folder
        assert not wanted_in_folder(Path("story") / folder / "a.txt")
    # file rules do not apply to folders: a folder named like a script is walked
    assert skip_reason("2024.py", is_folder=True) is None
    assert skip_reason("README", is_folder=True) is None


def test_a_file_named_explicitly_is_read_whatever_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("LICENSE.ecbplus", "README.md", ".draft.txt"):
        (folder / name).write_text(STORY if name != "README.md" else OTHER, encoding="utf-8")
        items, skipped = walk(folder / name)
        assert names(items) == [name] and skipped == [], name
    items, skipped = walk(folder)  # the same files in a folder walk: all skipped
    assert names(items) == []
    assert sorted(Path(s.source).name for s in skipped) == [".draft.txt", "LICENSE.ecbplus",
                                                            "README.md"]
    # a folder with nothing but skipped files still says it holds no article
    assert [(i.source, i.reason) for i in items if isinstance(i, IngestError)] == \
        [(str(folder), "folder holds no article files")]


def test_a_glob_skips_the_same_files_and_says_so(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    items, skipped = walk(str(folder / "*"))
    assert names(items) == ["day1.txt", "report.txt"]
    why = {Path(s.source).name: s.reason for s in skipped}
    assert why["LICENSE.ecbplus"] == "a licence or notice file"
    assert why["node_modules"] == "a cache or tool folder"
    assert ".git" not in why  # a glob's * never matches dot-names: nothing to report
    # a glob naming a hidden folder on purpose: the folder is the user's, it is read
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "a.txt").write_text(OTHER, encoding="utf-8")
    items, skipped = walk(str(tmp_path / ".draft?"))
    assert names(items) == ["a.txt"] and skipped == []


def test_each_skip_is_reported_once_per_run(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    units = list(expand_inputs([str(folder), str(folder), str(folder / "*")]))
    skipped = [u.source for u in units if isinstance(u, SkippedInput)]
    assert len(skipped) == len(set(skipped)) == 15


def test_the_run_counts_records_and_reruns_skips_without_errors(tmp_path: Path) -> None:
    from newsweave import api
    from newsweave.store import Store

    folder = user_folder(tmp_path)
    seen: list[SkippedInput] = []
    with Store(tmp_path / "t.duckdb") as store:
        report = api.ingest(store, [str(folder)], analyze=False, on_skip=seen.append,
                            batch_size=1)
        assert (report.inputs, report.new_articles, report.errors) == (2, 2, [])
        assert len(report.skipped) == len(seen) == 15 and not report.failed
        recorded = store.skipped()
        assert sorted(s.source for s in recorded) == sorted(s.source for s in seen)
        assert store.errors() == []
        counts = store.counts()
        assert (counts["errors"], counts["skipped"]) == (0, 15)
        again = api.ingest(store, [str(folder)], analyze=False)
        assert (again.new_articles, again.already_stored, len(again.skipped)) == (0, 2, 15)
        assert store.counts() == counts  # re-running the same folder changes nothing
        assert store.skipped() == recorded


def test_the_cli_prints_each_skip_in_one_line_and_counts_them(tmp_path: Path) -> None:
    folder = user_folder(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "newsweave.cli", "ingest", str(folder),
                           "--db", str(tmp_path / "t.duckdb")], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "COLUMNS": "400"})
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if "skipped (" in line]
    assert f"– {folder / 'LICENSE.ecbplus'}: skipped (a licence or notice file)" in lines
    assert len(lines) == 15
    assert "2 articles read" in proc.stdout and "15 skipped (not articles)" in proc.stdout
    listed = subprocess.run([sys.executable, "-m", "newsweave.cli", "errors", "--skipped",
                             "-f", "jsonl", "--db", str(tmp_path / "t.duckdb")],
                            capture_output=True, text=True, timeout=300)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 15 and {r["stage"] for r in rows} == {"skipped"}
    assert {"stage": "skipped", "source": str(folder / "README.md"),
            "reason": "a readme file"} in rows


def test_the_licence_files_of_our_test_sets_are_skipped() -> None:
    """Every test folder with a LICENSE read it as an article before (fresh5_events'
    LICENSE.ecbplus gave a COERCE and a THREATEN event)."""
    licences = [p for p in sorted(DATA.glob("fresh[2-5]_events/LICENSE*"))
                + sorted(DATA.glob("heldout_articles/LICENSE*"))]
    assert len(licences) >= 8, "test data missing"
    for path in licences:
        assert not wanted_in_folder(path.relative_to(DATA)), path
    readmes = sorted(DATA.glob("fresh*_quotes/README.md"))
    assert readmes and not any(wanted_in_folder(p.relative_to(DATA)) for p in readmes)


# ------------------------------------------------------------------ the rules are checked data


def _rules() -> dict[str, object]:
    return copy.deepcopy(load_json("ingest_files.json"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("change, message", [
    (lambda r: r.update(names=["README"]), "'README' is not lower case"),
    (lambda r: (r.pop("names", None), r.pop("stems", None)), "needs 'names' or 'stems'"),
    (lambda r: r.update(extensions=[".txt"], stems=[]), "'extensions' limit 'stems' only"),
    (lambda r: r.update(applies_to="files"), "applies_to"),
    (lambda r: r.update(why="x"), "unknown key 'why'"),
])
def test_a_bad_skip_rule_is_an_error_naming_the_file_and_entry(change, message) -> None:  # type: ignore[no-untyped-def]
    data = _rules()
    rule = data["folder_skips"][0]  # type: ignore[index]
    change(rule)
    with pytest.raises(LexiconError, match=r"ingest_files\.json: .*folder_skips") as err:
        validate("ingest_files.json", data)
    assert message in str(err.value)


def test_a_stem_rule_with_a_bad_extension_is_refused() -> None:
    data = _rules()
    data["folder_skips"].append({"reason": "drafts", "applies_to": "file",  # type: ignore[attr-defined]
                                 "stems": ["draft"], "extensions": ["txt"]})
    with pytest.raises(LexiconError, match="extension 'txt'"):
        validate("ingest_files.json", data)


# ------------------------------------------------------------------ JSON files that hold no article


def test_a_json_manifest_in_a_folder_is_skipped_whatever_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "day1.txt").write_text(STORY, encoding="utf-8")
    (folder / "files.json").write_text(json.dumps({"files": ["day1.txt"], "count": 1}))
    (folder / "urls.json").write_text(json.dumps([{"url": "https://example.org/a"},
                                                  {"url": "https://example.org/b"}]))
    (folder / "one.json").write_text(json.dumps({"title": "Talks", "text": OTHER}))
    # some records are articles: the others are errors, as a JSON file of articles has them
    (folder / "mixed.json").write_text(json.dumps([{"text": OTHER + " More."}, {"id": 3}]))
    (folder / "broken.json").write_text('{"text": "unfinished')  # broken: an error, not a skip
    items, skipped = walk(folder)
    assert names(items) == ["day1.txt", "mixed.json#1", "one.json"]
    assert {Path(s.source).name: s.reason for s in skipped} == {
        "files.json": "a JSON file with no article records (a manifest or data file)",
        "urls.json": "a JSON file with no article records (a manifest or data file)"}
    errors = {Path(i.source).name: i.reason for i in items if isinstance(i, IngestError)}
    assert set(errors) == {"mixed.json#2", "broken.json"}
    # named explicitly, the same manifest is what the user asked for: an error saying why
    items, skipped = walk(folder / "files.json")
    assert skipped == [] and [i.reason for i in items if isinstance(i, IngestError)] == [
        "no article text (expected a text, content or body field)"]


def test_a_folder_named_explicitly_is_walked_whatever_its_name(tmp_path: Path) -> None:
    for name in (".drafts", "node_modules", "LICENSES"):
        folder = tmp_path / name
        (folder / ".git").mkdir(parents=True)
        (folder / "a.txt").write_text(STORY + name, encoding="utf-8")
        items, skipped = walk(folder)
        assert names(items) == ["a.txt"], name
        assert [s.reason for s in skipped] == ["a version-control folder"]  # inside: skipped


def test_the_estimate_of_articles_counts_what_the_walk_reads(tmp_path: Path) -> None:
    from newsweave.api import estimate_articles

    folder = user_folder(tmp_path)
    assert estimate_articles([str(folder)], enough=1000) == 2  # the two texts


def test_a_long_list_of_skips_prints_the_first_lines_and_counts_the_rest(
        capsys: pytest.CaptureFixture[str]) -> None:
    from newsweave import cli
    from newsweave.api import RunReport

    report = RunReport(inputs=1, new_articles=1)
    show = cli._skip_printer(limit=3)
    for i in range(5):
        item = SkippedInput(source=f"story/old/{i}.py", reason="not an article format")
        report.skipped.append(item)
        show(item)
    printed = [line for line in capsys.readouterr().err.splitlines() if line]
    assert printed == [f"– story/old/{i}.py: skipped (not an article format)" for i in range(3)]
    line = cli._report_line(report)
    assert "0 errors · 5 skipped (not articles" in line
    assert "errors --skipped" not in cli._report_line(RunReport(skipped=report.skipped[:2]))
