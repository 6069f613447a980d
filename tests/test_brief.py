"""The cited brief (Markdown + self-contained HTML) and the actor graph (GEXF, GraphML)."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from typer.testing import CliRunner

from newsweave.cli import app
from newsweave.export import export_store
from newsweave.export.brief import build_brief, render_html, render_markdown, sentence_at
from newsweave.link import link_corpus
from newsweave.model import ActorRef, Article, ArticleAnalysis, Event, Mention, Quote, stable_id
from newsweave.store import Store

RUSSIA = ActorRef(name="Russia", type="GPE", country="RUS")
AFGHANISTAN = ActorRef(name="Afghanistan", type="GPE", country="AFG", sector="GOV")
TALIBAN = ActorRef(name="Taliban", type="ORG", country="AFG", sector="REB")

def same_vector(texts: list[str]) -> np.ndarray:
    """A stand-in for the sentence model (every text means the same)."""
    return np.ones((len(texts), 4)) / 2.0


TEXT_A = ("Officials met in the capital on Monday. Russia delivered 500 trucks to Afghanistan "
          "last week, the ministry said. Nobody <script>alert('x')</script> objected.")
TEXT_B = ("Russia delivered trucks to Afghanistan, a second paper reported. The Taliban "
          "denied that Russia held talks with them. \"We never met the Russians,\" a spokesman "
          "said.")


def _event(aid: str, text: str, sentence: str, n: int, actor: ActorRef, type_: str,
           recipient: ActorRef, **kw: object) -> Event:
    start = text.index(sentence)
    return Event(event_id=stable_id("evt", aid, n), article_id=aid,
                 span=(start, start + len(sentence)), sentence=sentence, type=type_,
                 trigger="x", actor=actor, recipient=recipient, **kw)  # type: ignore[arg-type]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    a = Article(article_id="art_a", source="a.html", text=TEXT_A, outlet="Wire One",
                published="2016-01-05", title="Trucks <b>for</b> Kabul")
    b = Article(article_id="art_b", source="b.html", text=TEXT_B, outlet="Paper Two",
                published="2016-01-07")
    russia = Mention(mention_id="men_r", article_id="art_a", text="Russia",
                     span=(TEXT_A.index("Russia"), TEXT_A.index("Russia") + 6), label="GPE",
                     canonical="Russia", local_key="GPE:russia", country="RUS")
    sent_a = "Russia delivered 500 trucks to Afghanistan last week, the ministry said."
    sent_script = "Nobody <script>alert('x')</script> objected."
    sent_b = "Russia delivered trucks to Afghanistan, a second paper reported."
    sent_deny = "The Taliban denied that Russia held talks with them."
    quote_text = "We never met the Russians,"
    quote = Quote(quote_id="quo_b", article_id="art_b", kind="direct", text=quote_text,
                  span=(TEXT_B.index(quote_text), TEXT_B.index(quote_text) + len(quote_text)),
                  speaker=ActorRef(name="a spokesman"), stance="deny")
    analyses = [
        ArticleAnalysis(article_id="art_a", mentions=[russia], events=[
            _event("art_a", TEXT_A, sent_a, 0, RUSSIA, "AID", AFGHANISTAN, date="2016-01",
                   mode="material"),
            _event("art_a", TEXT_A, sent_script, 1, RUSSIA, "CONSULT", TALIBAN),
        ]),
        ArticleAnalysis(article_id="art_b", quotes=[quote], events=[
            _event("art_b", TEXT_B, sent_b, 0, RUSSIA, "AID", AFGHANISTAN),
            _event("art_b", TEXT_B, sent_deny, 1, RUSSIA, "CONSULT", TALIBAN,
                   modality="denied", attributed_to=TALIBAN, date="2016-01-06"),
        ]),
    ]
    st = Store(tmp_path / "brief.duckdb")
    st.write_batch([a, b], analyses)
    st.write_links(link_corpus(st.articles(), st.analyses(), embed=same_vector))
    yield st
    st.close()


def test_sentence_at_finds_the_sentence_around_a_span() -> None:
    text = "First one here. Second one, with a name. Third."
    assert sentence_at(text, (text.index("name"), text.index("name") + 4)) == \
        "Second one, with a name."


def test_every_brief_item_cites_a_source_and_quotes_its_evidence(store: Store) -> None:
    brief = build_brief(store)
    titles = [s.title for s in brief.sections]
    assert titles[0] == "Key actors"
    assert "Claims: denied" in titles and "Claims: corroborated" in titles
    assert "Timeline of dated events" in titles
    for section in brief.sections:
        for item in section.items:
            assert item.evidence, item.headline
            for ev in item.evidence:
                assert ev.sentence in ev.source.article.text.replace("\n", " ") or \
                    ev.sentence in re.sub(r"\s+", " ", ev.source.article.text)
    text = render_markdown(brief)
    lines = text.splitlines()
    for i, line in enumerate(lines[:lines.index("## Sources")]):
        if line.startswith("- **"):  # an item: the next line is its first citation
            assert re.match(r"    - \[S\d+ · ", lines[i + 1]), (line, lines[i + 1])
    assert "- **Russia AID Afghanistan (material)** (status: corroborated" in text
    assert "[S1 · Wire One · 2016-01-05] “Russia delivered 500 trucks to Afghanistan last " \
           "week, the ministry said.”" in text
    assert re.search(r"denies: Taliban \(in [^)]+\)", text)  # outlet -> speaker -> claim


def test_markdown_and_html_escape_article_text(store: Store) -> None:
    brief = build_brief(store)
    md_text = render_markdown(brief)
    html_text = render_html(brief)
    assert "<script>" not in md_text and "&lt;script&gt;" in md_text
    assert "<script" not in html_text.lower()
    assert "&lt;script&gt;" in html_text
    assert "Trucks &lt;b&gt;for&lt;/b&gt; Kabul" in html_text  # titles too


def test_html_is_self_contained(store: Store) -> None:
    html_text = render_html(build_brief(store))
    assert html_text.startswith("<!DOCTYPE html>") and "<style>" in html_text
    assert not re.search(r"<(?:link|script|img|iframe)\b", html_text)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html_text)


def test_graph_exports_parse_back_with_networkx(store: Store, tmp_path: Path) -> None:
    paths = export_store(store, tmp_path / "out", ["gexf", "graphml"])
    assert [p.name for p in paths] == ["actor_graph.gexf", "actor_graph.graphml"]
    for path, read in zip(paths, (nx.read_gexf, nx.read_graphml), strict=True):
        graph = read(path)
        labels = {graph.nodes[n].get("label") for n in graph.nodes}
        assert {"Russia", "Afghanistan", "Taliban"} <= labels
        edges = list(graph.edges(data=True))
        assert len(edges) == 2
        statuses = sorted(str(d["status"]) for _, _, d in edges)
        assert statuses == ["corroborated", "denied"]
        aid = next(d for _, _, d in edges if d["status"] == "corroborated")
        assert aid["event_type"] == "AID" and int(aid["independent_sources"]) == 2
        assert len(str(aid["event_ids"]).split(";")) == 2


def test_cli_claims_and_brief(store: Store, tmp_path: Path) -> None:
    db = Path(store.path)
    store.close()
    runner = CliRunner()
    result = runner.invoke(app, ["claims", "--db", str(db), "--status", "denied"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Russia CONSULT Taliban" in result.output and "AID" not in result.output
    result = runner.invoke(app, ["claims", "--db", str(db), "--actor", "afghanistan"],
                           env={"COLUMNS": "200"})
    assert "Russia AID Afghanistan" in result.output and "CONSULT" not in result.output
    result = runner.invoke(app, ["claims", "--db", str(db), "--status", "maybe"])
    assert result.exit_code == 2
    out = tmp_path / "brief"
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "brief.md").read_text("utf-8").startswith("# newsweave brief")
    assert "</html>" in (out / "brief.html").read_text("utf-8")


def test_sentences_do_not_end_at_a_title_abbreviation() -> None:
    text = "He spoke. The director, Gen. James Clapper, agreed. Next."
    assert sentence_at(text, (text.index("Clapper"), text.index("Clapper") + 7)) == \
        "The director, Gen. James Clapper, agreed."


def test_evidence_keeps_one_copy_of_a_repost_shows_the_denial_and_is_capped() -> None:
    from newsweave.export.brief import Evidence, Source, select_evidence

    def source(n: int, repost_of: str | None = None) -> Source:
        art = Article(article_id=f"art_{n}", source=f"{n}.txt", text="x")
        return Source(f"S{n}", art, f"Outlet {n}", repost_of)

    wire, blog = source(1), source(2, repost_of="S1")
    others = [source(n) for n in range(3, 8)]
    evidence = [Evidence(blog, "Russia sent rifles.", rank=0),
                Evidence(wire, "Russia sent rifles.", rank=0)]
    evidence += [Evidence(s, f"Report {s.label} on the rifles.", rank=0) for s in others]
    evidence.append(Evidence(others[-1], "The Taliban denied receiving arms.", "denial", 1))
    shown, more = select_evidence(evidence, cap=4)
    assert len(shown) == 4 and more == 3  # 7 distinct sentences: the repost's copy dropped
    assert [ev.source.label for ev in shown if ev.sentence == "Russia sent rifles."] == ["S1"]
    assert any(ev.note == "denial" for ev in shown)
    assert [ev.rank for ev in shown] == sorted(ev.rank for ev in shown)


def test_key_actors_leave_out_demonyms_and_places_that_are_no_party(tmp_path: Path) -> None:
    text = "Russian officials in Kunduz said Moscow would send Central Asian experts."
    spans = {w: (text.index(w), text.index(w) + len(w))
             for w in ("Russian", "Kunduz", "Moscow", "Central Asian")}
    labels = {"Russian": "NORP", "Kunduz": "GPE", "Moscow": "GPE", "Central Asian": "NORP"}
    mentions = [Mention(mention_id=f"men_{i}", article_id="art_a", text=w, span=spans[w],
                        label=labels[w], canonical=w, local_key=f"{labels[w]}:{w.lower()}")
                for i, w in enumerate(spans)]
    st = Store(tmp_path / "actors.duckdb")
    st.write_batch([Article(article_id="art_a", source="a.txt", text=text, outlet="Wire")],
                   [ArticleAnalysis(article_id="art_a", mentions=mentions)])
    st.write_links(link_corpus(st.articles(), st.analyses(), embed=same_vector))
    actors = build_brief(st).sections[0]
    assert actors.title == "Key actors"
    assert [item.headline for item in actors.items] == ["Russia"]  # Moscow and Russian in it
    st.close()
