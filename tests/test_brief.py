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
from newsweave.export.brief import Scope, build_brief, sentence_at, type_phrases
from newsweave.export.brief_render import md, render_html, render_markdown
from newsweave.link import link_corpus
from newsweave.model import (
    PLOVER_TYPES,
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    Mention,
    Quote,
    stable_id,
)
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


def _claims_by_id(store: Store) -> dict[str, Claim]:
    return {c.claim_id: c for c in store.claims()}


def test_the_brief_opens_with_findings_whose_status_and_counts_are_the_claims(
        store: Store) -> None:
    brief = build_brief(store)
    assert brief.sections[0].key == "findings"
    claims = _claims_by_id(store)
    findings = brief.sections[0].items
    assert 1 <= len(findings) <= 7
    for item in findings:
        c = claims[item.claim_id or ""]
        facts = dict(item.facts)
        assert facts["status"] == c.status == item.status
        assert int(facts["independent sources"]) == len(c.independent_sources)
        assert (int(facts["say so"]), int(facts["deny"]), int(facts["doubt"])) == \
            (len(c.supported_by), len(c.denied_by), len(c.doubted_by))
        assert item.cites and item.cites[0].evidence.sentence
    # two independent sources say Russia delivered trucks: the best-sourced claim leads
    assert findings[0].headline == ("Russia gives material aid to Afghanistan (material): "
                                    "corroborated by 2 independent sources.")
    assert findings[0].cites[0].evidence.source.outlet == "Wire One"


def test_evidence_sentences_are_quoted_from_the_articles_and_only_once(store: Store) -> None:
    brief = build_brief(store)
    keys = [c.evidence.key for c in brief.ledger.cites]
    assert len(keys) == len(set(keys)) and keys
    for cite in brief.ledger.cites:
        text = re.sub(r"\s+", " ", cite.evidence.source.article.text)
        assert cite.evidence.sentence in text
    text = render_markdown(brief)
    for cite in brief.ledger.cites:
        assert text.count(f"“{md(cite.evidence.sentence)}”") == 1, cite.evidence.sentence
    html_text = render_html(brief)
    assert html_text.count('<q>') == len(brief.ledger.cites)


def test_disputes_set_who_says_so_beside_who_denies(store: Store) -> None:
    disputes = build_brief(store).section("disputes")
    assert disputes is not None
    consult = next(i for i in disputes.items if "talks with Taliban" in i.headline)
    assert consult.status == "denied"
    assert [c.evidence.sentence for c in consult.against] == [
        "The Taliban denied that Russia held talks with them."]
    assert dict(consult.facts)["denies"] == "Taliban (in Paper Two)"  # outlet -> speaker


def test_markdown_and_html_escape_article_text(store: Store) -> None:
    brief = build_brief(store)
    md_text = render_markdown(brief)
    html_text = render_html(brief)
    assert "<script>" not in md_text and "&lt;script&gt;" in md_text
    assert "<script" not in html_text.lower()
    assert "&lt;script&gt;" in html_text
    assert "Trucks &lt;b&gt;for&lt;/b&gt; Kabul" in html_text  # titles too


def test_html_is_self_contained_with_its_pictures_inline(store: Store) -> None:
    html_text = render_html(build_brief(store))
    assert html_text.startswith("<!DOCTYPE html>") and "<style>" in html_text
    assert not re.search(r"<(?:link|script|img|iframe)\b", html_text)
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html_text)
    assert 'id="fig-timeline"' in html_text and 'id="fig-network"' in html_text
    assert html_text.count("<svg") == 2


def test_pictures_are_drawn_from_the_claims_and_are_deterministic(store: Store) -> None:
    from newsweave.export.brief_charts import figure_text

    first, second = build_brief(store), build_brief(store)
    figures = {f.key: f for f in first.figures}
    assert set(figures) == {"timeline", "network"}
    assert "Russia" in figure_text(figures["network"])
    assert "Afghanistan" in figure_text(figures["network"])
    assert "2016" in figure_text(figures["timeline"])
    assert [f.svg for f in first.figures] == [f.svg for f in second.figures]


def test_a_brief_can_focus_on_one_actor_and_a_date_range(store: Store) -> None:
    focused = build_brief(store, scope=Scope(focus="taliban"))
    headlines = [i.headline for s in focused.sections for i in s.items
                 if s.key in ("findings", "disputes")]
    assert headlines and all("Taliban" in h for h in headlines)
    assert focused.scope == "focus: taliban"
    with pytest.raises(ValueError, match="no actor"):
        build_brief(store, scope=Scope(focus="Atlantis"))
    day = build_brief(store, scope=Scope(since="2016-01-06", until="2016-01-06"), charts=False)
    sentences = {c.evidence.sentence for c in day.ledger.cites}
    # the denial is dated 6 January; the delivery only to January 2016 (a month is inside a
    # range only when all of it is); the second paper's report is undated, in an article of
    # 7 January
    assert "The Taliban denied that Russia held talks with them." in sentences
    assert not any(s.startswith("Russia delivered 500 trucks") for s in sentences)
    assert not any("second paper" in s for s in sentences)


def test_type_phrases_are_checked_on_load(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.export import brief as brief_module
    from newsweave.extract import lexicon

    assert set(type_phrases()) == set(PLOVER_TYPES)
    broken = {"types": {t: {"with": "acts on {r}", "alone": "acts"} for t in PLOVER_TYPES}}
    broken["types"]["AID"] = {"with": "gives aid", "alone": "gives aid"}
    monkeypatch.setattr(lexicon, "load_json", lambda name: broken)
    brief_module.type_phrases.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"brief_phrases.json: AID"):
            brief_module.type_phrases()
    finally:
        brief_module.type_phrases.cache_clear()


def test_institutions_carry_their_state_and_aliases_skip_name_fragments() -> None:
    from newsweave.export.brief import _aliases, display_name
    from newsweave.model import Entity

    assert display_name("Foreign Ministry", "RUS") == "Foreign Ministry (Russian Federation)" \
        or display_name("Foreign Ministry", "RUS") == "Foreign Ministry (Russia)"
    assert display_name("Russian Foreign Ministry", "RUS") == "Russian Foreign Ministry"
    assert display_name("Afghan Interior Ministry", "AFG") == "Afghan Interior Ministry"
    assert display_name("Taliban", "AFG") == "Taliban"
    ent = Entity(entity_id="e", name="Islamic State", type="ORG",
                 aliases=["Islamic State", "Islamic", "ISIS", "Daesh", "isis"])
    assert _aliases(ent) == ["ISIS", "Daesh"]


def test_dates_of_any_precision_fall_in_a_range_only_as_a_whole() -> None:
    from newsweave.export.brief import _in_range
    from newsweave.timespan import date_bounds

    assert date_bounds("2016") == ("2016-01-01", "2016-12-31")
    assert date_bounds("2016-02") == ("2016-02-01", "2016-02-29")
    assert not _in_range("2016", Scope(since="2016-06-01"))  # part of the year is before
    assert _in_range("2016", Scope(since="2016-01-01", until="2016-12-31"))
    assert not _in_range("2016-03", Scope(since="2016-03-02"))
    assert not _in_range(None, Scope(until="2020-01-01"))
    assert _in_range("2016-03-02", Scope(since="2016-03-02", until="2016-03-02"))


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
    text = (out / "brief.md").read_text("utf-8")
    assert text.startswith("# newsweave brief")
    assert "![" in text and (out / "brief-network.svg").read_text("utf-8").startswith("<svg")
    assert "</html>" in (out / "brief.html").read_text("utf-8")
    assert not (out / "brief.pdf").exists()  # PDF only when asked
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(out), "--focus",
                                 "Atlantis"])
    assert result.exit_code == 2 and "no actor" in result.output
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(out), "--since",
                                 "last week"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["brief", "--db", str(db), "--out", str(out), "-f", "doc"])
    assert result.exit_code == 2


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


def test_actor_rows_fold_demonyms_and_capitals_into_their_state(tmp_path: Path) -> None:
    text = "Russian officials said Moscow would send aid to Afghanistan."
    spans = {w: (text.index(w), text.index(w) + len(w))
             for w in ("Russian", "Moscow", "Afghanistan")}
    labels = {"Russian": "NORP", "Moscow": "GPE", "Afghanistan": "GPE"}
    mentions = [Mention(mention_id=f"men_{i}", article_id="art_a", text=w, span=spans[w],
                        label=labels[w], canonical=w, local_key=f"{labels[w]}:{w.lower()}")
                for i, w in enumerate(spans)]
    sentence = text
    st = Store(tmp_path / "actors.duckdb")
    st.write_batch([Article(article_id="art_a", source="a.txt", text=text, outlet="Wire")],
                   [ArticleAnalysis(article_id="art_a", mentions=mentions, events=[
                       _event("art_a", text, sentence, 0, RUSSIA, "AID", AFGHANISTAN)])])
    st.write_links(link_corpus(st.articles(), st.analyses(), embed=same_vector))
    rows = build_brief(st, charts=False).actors
    assert [r.name for r in rows] == ["Afghanistan", "Russia"]
    russia = next(r for r in rows if r.name == "Russia")
    assert russia.claims == 1 and "Moscow" in russia.aliases
    st.close()


def test_further_evidence_names_each_numbered_sentence_once(tmp_path: Path) -> None:
    from newsweave.export.brief import Evidence, Ledger, Source, _more

    text = 'He said the guns had arrived. "The guns arrived on Monday," he said.'
    src = Source("S1", Article(article_id="art_x", source="x.txt", text=text), "Wire")
    long_one = Evidence(src, text)
    inner = Evidence(src, '"The guns arrived on Monday," he said.')  # inside the passage
    lead = Evidence(Source("S2", Article(article_id="art_y", source="y.txt", text="y"),
                           "Paper"), "Guns arrived.")
    ledger = Ledger()
    ledger.cite(lead)
    cites, _ = _more([lead, long_one, inner], [lead], ledger)
    assert [c.number for c in cites] == [2]  # the quote inside the passage is that passage
