"""HTML pages from the extraction benchmark: body text and page metadata come through ingest."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from newsweave.ingest import ingest
from newsweave.model import Article

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """benchmarks/html_extraction.py (its scoring and page loading), imported from its path."""
    spec = importlib.util.spec_from_file_location("html_extraction",
                                                  REPO / "benchmarks" / "html_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.BENCHMARK.is_dir():
        pytest.fail(f"html benchmark not found at {module.BENCHMARK} (set NEWSWEAVE_SHARED)")
    return module


@pytest.fixture(scope="module")
def pages(bench: ModuleType) -> list[tuple[str, Path, str, Article]]:
    out = []
    for key, path, truth in bench.load_pages(6):
        items = list(ingest([str(path)]))
        assert len(items) == 1 and isinstance(items[0], Article), items
        out.append((key, path, truth, items[0]))
    return out


def test_benchmark_pages_reach_a_sensible_body_f1(bench: ModuleType,
                                                  pages: list[tuple[str, Path, str, Article]]
                                                  ) -> None:
    counts = [bench.page_counts(truth, art.text) for _k, _p, truth, art in pages]
    result = bench.score(counts)
    assert result["f1"] >= 0.93, result
    assert min(bench._recall(*c) for c in counts) >= 0.9


def test_html_pages_carry_their_metadata(pages: list[tuple[str, Path, str, Article]]) -> None:
    for _key, path, _truth, art in pages:
        assert art.format == "html" and art.source == str(path)
        assert art.title and art.outlet and art.url and art.url.startswith("https://")
        assert art.published and art.published_source == "metadata"
        assert art.language == "en"
        assert art.title not in art.text.split("\n\n")[:1]  # the headline is not the body
    wsj = pages[0][3]
    assert wsj.url is not None and "wsj.com" in wsj.url
    assert wsj.outlet == "The Wall Street Journal"  # site name canonicalised via outlets.json
    assert wsj.byline == "Sarah E Needleman"
    assert wsj.published == "2019-11-19"
    assert wsj.title is not None and wsj.title.startswith("Google Stadia")


def test_shingle_scoring_rewards_the_right_body(bench: ModuleType) -> None:
    truth = "one two three four five six seven eight"
    assert bench.score([bench.page_counts(truth, truth)])["f1"] == 1.0
    half = bench.page_counts(truth, "one two three four five")
    assert bench._precision(*half) == 1.0 and bench._recall(*half) == pytest.approx(0.4)
    noisy = bench.page_counts(truth, truth + " menu home login share tweet email")
    assert bench._recall(*noisy) == 1.0 and bench._precision(*noisy) < 0.6
