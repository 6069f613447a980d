"""Ingest on the seed scrapes: chrome gone, every body paragraph kept, metadata from the text."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

import pytest

from newsweave.ingest import ingest
from newsweave.model import Article, IngestError

CAPTION_MARKS = ("(file photo)", "(AP Photo)", "Image:")


def _articles(paths: list[str]) -> list[Article]:
    items = list(ingest(paths))
    errors = [i.line() for i in items if isinstance(i, IngestError)]
    assert not errors, errors
    return [i for i in items if isinstance(i, Article)]


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> dict[str, Article]:
    return {Path(a.source).name[:3]: a for a in _articles([str(seeds_dir)])}


def _body_lines(raw: str) -> list[str]:
    """Lines of a raw seed that are article prose: sentences of 6+ words seen once, no caption."""
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in raw.splitlines()]
    out = []
    for ln in lines:
        if len(ln.split()) < 6 or not re.search(r"[.!?\"”’]$", ln):
            continue
        if lines.count(ln) > 1 or any(mark in ln for mark in CAPTION_MARKS):
            continue
        out.append(ln)
    return out


def test_seed_folder_gives_exactly_the_five_articles(seed_articles: dict[str, Article]) -> None:
    assert sorted(seed_articles) == ["000", "001", "002", "003", "004"]  # SOURCES.md skipped
    assert all(a.format == "text" and a.language == "en" for a in seed_articles.values())


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_every_body_paragraph_is_kept(key: str, seed_texts: dict[str, str],
                                      seed_articles: dict[str, Article]) -> None:
    text = seed_articles[key].text
    body = _body_lines(seed_texts[key])
    assert len(body) >= 10
    missing = [ln for ln in body if ln not in text]
    assert not missing


@pytest.mark.parametrize("key,chrome", [
    ("000", ["Accessibility links", "Breaking News"]),
    ("001", ["Print Friendly, PDF & Email", "Home / TOPICS / Geopolitics"]),
    ("002", ["No comments:", "Post a Comment", "(AP Photo)"]),
    ("004", ["Skip to content", "Skip to main menu", "Skip next section", "Go to homepage",
             "Image: picture-alliance", "Top Story"]),
])
def test_page_chrome_is_gone(key: str, chrome: list[str],
                             seed_articles: dict[str, Article]) -> None:
    text = seed_articles[key].text
    for line in chrome:
        assert line not in text


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_repeated_lines_appear_at_most_once(key: str, seed_texts: dict[str, str],
                                            seed_articles: dict[str, Article]) -> None:
    raw_lines = [ln.strip() for ln in seed_texts[key].splitlines() if ln.strip()]
    repeated = {ln for ln in raw_lines if raw_lines.count(ln) > 1 and len(ln.split()) >= 3}
    if key in ("000", "002", "003"):
        assert repeated  # these scrapes do carry doubled captions / titles
    for line in repeated:
        assert seed_articles[key].text.count(line) <= 1


def test_captions_are_removed(seed_texts: dict[str, str],
                              seed_articles: dict[str, Article]) -> None:
    for key in ("000", "002"):
        captions = [ln.strip() for ln in seed_texts[key].splitlines()
                    if "(file photo)" in ln or "(AP Photo)" in ln]
        assert captions
        for caption in captions:
            assert caption not in seed_articles[key].text


def test_titles_come_out_of_the_text(seed_texts: dict[str, str],
                                     seed_articles: dict[str, Article]) -> None:
    for key, art in seed_articles.items():
        assert art.title, key
        assert art.title in seed_texts[key]
        assert art.title not in art.text
    # the doubled headline of 003 is its title, once, and not in the body
    first = seed_texts["003"].splitlines()[0].strip()
    assert seed_articles["003"].title == first


def test_dates_bylines_and_outlets_from_the_text(seed_articles: dict[str, Article]) -> None:
    voa, dw = seed_articles["002"], seed_articles["004"]
    assert (voa.published, voa.published_source) == ("2016-06-08", "text")
    assert (dw.published, dw.published_source) == ("2016-03-02", "text")
    assert voa.outlet == "VOA"  # "VOA could not confirm", "told VOA"
    assert dw.outlet == "DW"  # "DW examines", "told DW"
    assert voa.byline is not None and voa.byline.count(",") == 1  # two names, unglued
    assert dw.byline is not None and "/" not in dw.byline
    for key in ("000", "001", "003"):  # nothing in these texts names their outlet or date
        art = seed_articles[key]
        assert art.outlet is None, (key, art.outlet)
        assert art.published is None and art.published_source is None
    # a cited agency ("told Interfax", "news agency Interfax") is not the author
    assert all(a.outlet != "Interfax" for a in seed_articles.values())


def test_dateline_and_byline_lines_leave_the_text(seed_articles: dict[str, Article]) -> None:
    assert not seed_articles["002"].text.startswith("Wednesday")
    assert "March 2, 2016\n" not in seed_articles["004"].text
    assert "/ sri" not in seed_articles["004"].text
    assert seed_articles["003"].text.startswith("MOSCOW - ")  # a location dateline stays


def test_same_input_same_text_same_id(seeds_dir: Path, seed_articles: dict[str, Article],
                                      tmp_path: Path) -> None:
    again = {Path(a.source).name[:3]: a for a in _articles([str(seeds_dir)])}
    assert {k: a.article_id for k, a in again.items()} == {
        k: a.article_id for k, a in seed_articles.items()}
    # the same file gzipped, or reached by a glob, is the same article
    src = next(seeds_dir.glob("002_*.txt"))
    packed = tmp_path / (src.name + ".gz")
    packed.write_bytes(gzip.compress(src.read_bytes()))
    (art,) = _articles([str(packed)])
    assert art.article_id == seed_articles["002"].article_id
    globbed = _articles([str(seeds_dir / "00[34]_*.txt")])
    assert [a.article_id for a in globbed] == [seed_articles["003"].article_id,
                                               seed_articles["004"].article_id]


def test_folder_walk_skips_hidden_and_documentation(seeds_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "nested").mkdir(parents=True)
    src = next(seeds_dir.glob("001_*.txt"))
    shutil.copy(src, corpus / "nested" / src.name)
    (corpus / ".hidden.txt").write_text("A hidden note that is not an article at all.\n")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    for doc in ("README.md", "LICENSE", "ABOUT.md", "SOURCES.md"):
        (corpus / doc).write_text("# Notes about this folder\n\nNothing to ingest here.\n")
    (corpus / "script.py").write_text("print('not an article')\n")
    arts = _articles([str(corpus)])
    assert [Path(a.source).name for a in arts] == [src.name]


def test_api_ingest_stores_the_five_seeds(seeds_dir: Path, tmp_path: Path) -> None:
    from newsweave import api
    from newsweave.store import Store

    with Store(tmp_path / "t.duckdb") as store:
        report = api.ingest(store, [str(seeds_dir)], analyze=False)
        assert (report.inputs, report.new_articles, report.errors) == (5, 5, [])
        again = api.ingest(store, [str(seeds_dir)], analyze=False)
        assert (again.new_articles, again.already_stored) == (0, 5)
