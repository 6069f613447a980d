"""The brief on the seeds and the demo corpus, as a reader gets it: findings that match the
claims export, pictures in the HTML and the PDF, no evidence sentence twice, a PDF that opens.

Screenshots of the HTML and page 1 of the PDF land in test-artifacts/ (gitignored) for a person
to look at."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsweave.export.brief import Brief, build_brief
from newsweave.export.brief_render import chromium_binary, md, render_markdown, write_formats
from newsweave.store import Store

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsweave import api
    from newsweave.demo_path import demo_corpus_path

    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    api.run([demo_corpus_path()], db=db)
    return db


@pytest.fixture(params=["seeds", "demo"])
def corpus_store(request: pytest.FixtureRequest) -> Iterator[tuple[str, Store]]:
    db = request.getfixturevalue("seeds_db" if request.param == "seeds" else "demo_db")
    with Store(db, read_only=True) as store:
        yield request.param, store


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: run `make setup` (it installs poppler-utils)")
    return found


def test_findings_open_the_brief_and_match_the_claims_export(
        corpus_store: tuple[str, Store]) -> None:
    _, store = corpus_store
    brief = build_brief(store, charts=False)
    assert brief.sections[0].key == "findings"
    findings = brief.sections[0].items
    assert 3 <= len(findings) <= 7
    claims = {c.claim_id: c for c in store.claims()}
    for item in findings:
        c = claims[item.claim_id or ""]
        facts = dict(item.facts)
        assert facts["status"] == c.status
        assert int(facts["independent sources"]) == len(c.independent_sources)
        assert int(facts["say so"]) == len(c.supported_by)
        assert int(facts["deny"]) == len(c.denied_by)
        assert int(facts["doubt"]) == len(c.doubted_by)
        assert item.cites, item.headline
    sources = [len(claims[i.claim_id or ""].independent_sources) for i in findings]
    assert max(sources) == max(len(c.independent_sources) for c in claims.values())


def _quoted(brief: Brief) -> list[str]:
    return [c.evidence.sentence for c in brief.ledger.cites]


def test_no_evidence_sentence_is_printed_twice(corpus_store: tuple[str, Store]) -> None:
    _, store = corpus_store
    brief = build_brief(store, charts=False)
    text = render_markdown(brief)
    sentences = _quoted(brief)
    assert len(sentences) >= 10
    for sentence in sentences:
        assert text.count(f"“{md(sentence)}”") == 1, sentence
    for a in sentences:  # nor one inside another of the same article
        for b in sentences:
            if a != b and len(a) > 40:
                assert md(a) not in md(b) or a == b, (a, b)


def test_seed_brief_answers_the_story(seeds_store: Store) -> None:
    brief = build_brief(seeds_store, charts=False)
    findings = " ".join(i.headline for i in brief.sections[0].items)
    assert "Russia gives material aid to Afghanistan" in findings
    speakers = brief.section("speakers")
    assert speakers is not None and speakers.items[0].headline == "Zamir Kabulov"
    disputes = brief.section("disputes")
    assert disputes is not None
    assert any("Taliban" in dict(i.facts).get("denies", "") for i in disputes.items)
    voa = next(r for r in brief.outlets if r.outlet == "VOA")  # the blog repost of VOA
    assert [s.article.source.rsplit("/", 1)[-1][:3] for s in brief.sources
            if s.label in voa.articles] == ["002"]


def test_html_and_pdf_carry_the_timeline_and_the_network(
        corpus_store: tuple[str, Store], tmp_path: Path) -> None:
    name, store = corpus_store
    brief = build_brief(store)
    assert {f.key for f in brief.figures} == {"timeline", "network"}
    out = tmp_path / name
    paths = write_formats(brief, out, ["md", "html", "pdf"])
    assert {p.name for p in paths} == {"brief.md", "brief.html", "brief.pdf",
                                       "brief-timeline.svg", "brief-network.svg"}
    html_text = (out / "brief.html").read_text("utf-8")
    assert len(re.findall(r'<figure class="chart" id="fig-(timeline|network)">\s*<svg',
                          html_text)) == 2
    text = subprocess.run([_tool("pdftotext"), str(out / "brief.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Key findings" in text
    assert "Dated events by claim" in text  # the timeline picture's own words
    assert "Actors and the claims between them" in text  # the network picture's
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(out / "brief.pdf"), str(ARTIFACTS / f"brief-{name}-pdf-page1")],
                   check=True, timeout=60)
    page = ARTIFACTS / f"brief-{name}-pdf-page1.png"
    assert page.stat().st_size > 5_000
    chromium = chromium_binary()
    assert chromium, "chromium not found: run `make setup`"
    shot = ARTIFACTS / f"brief-{name}-html.png"
    shot.unlink(missing_ok=True)
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
                    "--window-size=1200,2400", f"--screenshot={shot}",
                    (out / "brief.html").resolve().as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert shot.exists() and shot.stat().st_size > 20_000
