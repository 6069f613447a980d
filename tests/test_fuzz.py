"""Random text, HTML and bytes through ingest and analysis: no crash, failures are IngestErrors."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsweave import api
from newsweave.engine.local import analyze_batch
from newsweave.ingest import ingest
from newsweave.model import Article, IngestError
from newsweave.store import Store

TAGS = ("p", "div", "span", "a", "h1", "h2", "script", "style", "table", "td", "li", "br",
        "article", "header", "footer", "nav", "figure", "figcaption", "time", "meta")
WORDS = st.sampled_from(("Moscow", "said", "the", "envoy", "Taliban", "“", "”", "\"", "—",
                         "Kabul,", "on", "Tuesday.", "&amp;", "&#0;", "&nbsp;", "\u200b", "\n",
                         "\r\n", "\t", "http://x.example/a?b=c", "<!--", "-->", "ﬁ", "é"))
PROSE = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, attr: str, inner: list[str], closed: bool) -> str:
        return f"<{tag}{attr}>{''.join(inner)}" + (f"</{tag}>" if closed else "")

    attrs = st.sampled_from(("", ' class="byline"', ' property="og:title" content="A t"',
                             ' charset="koi8-r"', " itemprop=datePublished", ' x="<p>"'))
    return st.builds(render, st.sampled_from(TAGS), attrs, st.lists(children, max_size=4),
                     st.booleans())


HTML = st.recursive(PROSE, _element, max_leaves=12).map(
    lambda body: f"<html><head><title>T</title></head><body>{body}</body></html>")

INPUTS = st.one_of(
    st.tuples(st.just("story.txt"), PROSE.map(lambda s: s.encode("utf-8", "surrogatepass"))),
    st.tuples(st.just("page.html"), HTML.map(lambda s: s.encode("utf-8", "surrogatepass"))),
    st.tuples(st.sampled_from(("blob.txt", "blob.html", "blob.jsonl", "blob")), st.binary(
        max_size=600)),
    st.tuples(st.just("feed.jsonl"), st.lists(
        st.fixed_dictionaries({"text": PROSE}, optional={"title": PROSE, "published": PROSE}),
        max_size=3).map(lambda rows: "\n".join(json.dumps(r) for r in rows)
                        .encode("utf-8", "surrogatepass"))),
)


def read(name: str, data: bytes) -> list[Article | IngestError]:
    """Everything ingest makes of one input file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(ingest([str(path)]))


def check_spans(art: Article, analysis: Any) -> None:
    size = len(art.text)
    records = [*analysis.mentions, *analysis.quotes, *analysis.events]
    for rec in records:
        start, end = rec.span
        assert 0 <= start <= end <= size, (type(rec).__name__, rec.span, size)
        assert rec.article_id == art.article_id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(INPUTS)
def test_ingest_turns_any_input_into_articles_or_errors(named: tuple[str, bytes]) -> None:
    items = read(*named)
    assert items, "every input gives at least an article or an error"
    for item in items:
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, IngestError):
            assert item.reason and "\n" not in item.reason
            assert named[0] in item.source
        else:
            assert item.text.strip() and item.article_id.startswith("art_")


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(INPUTS, min_size=1, max_size=4))
def test_analysis_of_any_input_gives_records_with_valid_spans_or_errors(
        named: list[tuple[str, bytes]]) -> None:
    articles = [a for n in named for a in read(*n) if isinstance(a, Article)]
    assume(articles)  # no article, nothing to analyze (too many such draws fail the test)
    results = analyze_batch(articles)
    assert sorted(art.article_id for art, _, _ in results) == \
        sorted(a.article_id for a in articles)
    for art, analysis, err in results:
        assert (analysis is None) != (err is None)
        if err is not None:
            assert err.stage == "analyze" and "\n" not in err.reason
        else:
            check_spans(art, analysis)


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(INPUTS, min_size=2, max_size=6))
def test_a_run_over_random_files_records_every_failure(named: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        paths = []
        for i, (name, data) in enumerate(named):
            path = inputs / f"{i:02d}_{name}"
            path.write_bytes(data)
            paths.append(str(path))
        with Store(Path(folder) / "a.duckdb") as store:
            report = api.ingest(store, paths, batch_size=2)
            api.link(store)
            stored_errors = {(e.source, e.stage, e.reason) for e in store.errors()}
            assert stored_errors == {(e.source, e.stage, e.reason) for e in report.errors}
            assert store.article_count() == report.new_articles
            failed_sources = {e.source for e in report.errors if e.stage == "ingest"}
            stored_sources = {s for a in store.iter_articles() for s in (a.source,
                                                                         *a.other_sources)}
            named_sources = failed_sources | stored_sources  # JSONL lines are "path#L3"
            for p in paths:  # every file is stored or named in an error
                assert any(s == p or s.startswith(f"{p}#") for s in named_sources), p
