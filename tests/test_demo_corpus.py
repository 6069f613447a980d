"""The demo corpus that `make demo` runs: shipped in the package, mixed formats, our own words.

These tests read the files directly (stdlib only, no models) so they stay fast and do not depend
on how far ingest has got.
"""

from __future__ import annotations

import glob
import json
import re
import tomllib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

import newsweave
from newsweave.demo_path import demo_corpus_path

REPO = Path(__file__).resolve().parents[1]
NOT_ARTICLES = {"readme.md", "license.md", "sources.md", "about.md"}
JSONL_FIELDS = ("title", "outlet", "byline", "published", "url", "text")
SEED_SENTENCE_MIN_WORDS = 8
SHARED_RUN_MAX_WORDS = 10  # no run of this many words may be shared with a seed


class _TextOfHtml(HTMLParser):
    """All visible text of a page (scripts and styles dropped), one chunk per text node."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def html_text(markup: str) -> str:
    parser = _TextOfHtml()
    parser.feed(markup)
    return "\n".join(parser.chunks)


def html_meta(markup: str) -> dict[str, str]:
    """<meta name|property=... content=...> pairs of a page."""
    found = re.findall(r'<meta\s+(?:name|property)="([^"]+)"\s+content="([^"]*)"', markup)
    return dict(found)


def demo_files() -> list[Path]:
    folder = Path(demo_corpus_path())
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower() not in NOT_ARTICLES)


def jsonl_rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def article_texts() -> dict[str, str]:
    """Every demo article's full text (HTML with its chrome), keyed "file" or "file#Ln"."""
    texts: dict[str, str] = {}
    for path in demo_files():
        raw = path.read_text("utf-8")
        if path.suffix == ".jsonl":
            for n, row in enumerate(jsonl_rows(path), start=1):
                texts[f"{path.name}#L{n}"] = row["text"]
        elif path.suffix == ".html":
            texts[path.name] = html_text(raw)
        else:
            texts[path.name] = raw
    return texts


def words(text: str) -> list[str]:
    """Lower-cased word tokens; quote marks, brackets and punctuation ignored."""
    return re.findall(r"\w+", re.sub(r"[\"'“”‘’«»„‚\[\]]", "", text.lower()))


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])[\"'”’)]*\s+|\n+", text) if s.strip()]


def test_demo_folder_ships_inside_the_package() -> None:
    folder = Path(demo_corpus_path())
    package_dir = Path(newsweave.__file__).parent
    assert folder.is_dir()
    assert folder.resolve().is_relative_to(package_dir.resolve())
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"]["newsweave"]
    shipped = {Path(f).resolve() for pattern in patterns
               for f in glob.glob(str(package_dir / pattern), recursive=True)}
    assert {p.resolve() for p in demo_files()} <= shipped


def test_demo_has_at_least_six_articles_in_three_formats() -> None:
    texts = article_texts()
    formats = {p.suffix for p in demo_files()}
    assert len(texts) >= 6
    assert {".html", ".txt", ".jsonl"} <= formats
    for key, text in texts.items():
        assert len(words(text)) >= 200, key


def test_readme_is_the_only_non_article_file() -> None:
    folder = Path(demo_corpus_path())
    extra = sorted(p.name for p in folder.iterdir() if p.suffix not in (".html", ".txt", ".jsonl"))
    assert extra == ["README.md"]


def test_wire_jsonl_parses_with_full_metadata() -> None:
    jsonl = [p for p in demo_files() if p.suffix == ".jsonl"]
    assert jsonl
    for path in jsonl:
        rows = jsonl_rows(path)
        assert len(rows) >= 2
        for row in rows:
            assert all(isinstance(row.get(f), str) and row[f] for f in JSONL_FIELDS), row["title"]
            date.fromisoformat(row["published"][:10])


def test_html_pages_carry_outlet_author_and_date_metadata() -> None:
    pages = [p for p in demo_files() if p.suffix == ".html"]
    assert len(pages) >= 3
    for path in pages:
        markup = path.read_text("utf-8")
        meta = html_meta(markup)
        assert meta.get("og:site_name") and meta.get("author"), path.name
        date.fromisoformat(meta["article:published_time"][:10])
        assert re.search(r"<title>[^<]+</title>", markup)
        assert markup.count("<article") == 1 and markup.count("</article>") == 1


def test_outlets_and_dates_differ_between_articles() -> None:
    published: list[str] = []
    for path in demo_files():
        if path.suffix == ".jsonl":
            published += [row["published"][:10] for row in jsonl_rows(path)]
        elif path.suffix == ".html":
            published.append(html_meta(path.read_text("utf-8"))["article:published_time"][:10])
    assert len(published) == len(set(published))


def test_one_article_reposts_another_word_for_word() -> None:
    """Syndication detection needs a copy: some text file holds another article's whole body."""
    texts = article_texts()
    bodies = {k: " ".join(words(v)) for k, v in texts.items()}
    reposts = [(copy, original) for copy, copy_body in bodies.items()
               for original, body in bodies.items()
               if copy != original and len(body) > 1000 and body in copy_body]
    assert reposts
    for copy, _ in reposts:
        assert "originally published by" in texts[copy].lower()


def copied_seed_sentences(seeds: dict[str, str], demo: dict[str, str]) -> list[tuple[str, str]]:
    """(seed name, demo key) for every seed sentence of 8+ words found inside a demo text."""
    haystacks = {key: " " + " ".join(words(text)) + " " for key, text in demo.items()}
    copied = []
    for seed_name, seed_text in seeds.items():
        for sentence in sentences(seed_text):
            tokens = words(sentence)
            if len(tokens) < SEED_SENTENCE_MIN_WORDS:
                continue
            needle = " " + " ".join(tokens) + " "
            copied += [(seed_name, key) for key, hay in haystacks.items() if needle in hay]
    return copied


def shared_word_runs(seeds: dict[str, str], demo: dict[str, str]) -> list[tuple[str, str]]:
    """(demo key, run) for every run of SHARED_RUN_MAX_WORDS words that also occurs in a seed."""
    n = SHARED_RUN_MAX_WORDS
    seed_runs: set[tuple[str, ...]] = set()
    for seed_text in seeds.values():
        tokens = words(seed_text)
        seed_runs.update(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    shared = []
    for key, text in demo.items():
        tokens = words(text)
        runs = (tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
        shared += [(key, " ".join(run)) for run in runs if run in seed_runs]
    return shared


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, str]:
    texts = {p.name: p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))}
    assert len(texts) >= 5
    return texts


def test_no_seed_sentence_is_reused(seeds: dict[str, str]) -> None:
    assert copied_seed_sentences(seeds, article_texts()) == []


def test_no_long_word_run_is_shared_with_seeds(seeds: dict[str, str]) -> None:
    assert shared_word_runs(seeds, article_texts()) == []


def test_overlap_checks_see_through_case_quotes_and_line_breaks(seeds: dict[str, str]) -> None:
    """A seed sentence pasted with other quote marks, case and wrapping is still caught."""
    name, text = next(iter(seeds.items()))
    sentence = max(sentences(text), key=lambda s: len(words(s)))
    disguised = sentence.upper().replace('"', "\u201c").replace(" ", "\n", 3)
    demo = {"pasted.txt": f"An intro line. {disguised} An outro line."}
    assert copied_seed_sentences(seeds, demo) == [(name, "pasted.txt")]
    assert shared_word_runs(seeds, demo)
    own_words = {"own.txt": "Nothing in this line comes from the seed articles at all."}
    assert copied_seed_sentences(seeds, own_words) == []
