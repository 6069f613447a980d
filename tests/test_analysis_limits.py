"""Analysis in bounded time, one stage's failure its own: the per-doc index, the parse guards,
stage isolation and the per-article time budget (timings themselves live in benchmarks/)."""

from __future__ import annotations

import itertools
import time

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc, Span

from newsweave import extract
from newsweave.engine.budget import (
    ARTICLE_TIMEOUT_ENV,
    DEFAULT_ARTICLE_TIMEOUT,
    OverBudget,
    article_timeout,
    budget_for,
    time_limit,
)
from newsweave.model import Article, Mention
from newsweave.nlp import limits
from newsweave.nlp.docindex import RangeIndex, doc_index, inside_any
from newsweave.nlp.limits import (
    MAX_SENT_TOKENS,
    break_long_runs,
    fit_for_parsing,
    parse_pieces,
    parse_text,
    sentence_guard,
)

WORDS = ["On", "Monday", ",", "the", "envoy", "Ana", "Ruiz", "said", "talks", "in", "Lima",
         "would", "resume", ".", "Officials", "in", "Oslo", "said", "on", "Friday", "that",
         "the", "convoy", "arrived", ".", "Nobody", "commented", "."]


def made_up_doc() -> Doc:
    """A doc with sentences and entities set by hand (no model needed)."""
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=list(WORDS))
    starts = {0, WORDS.index("Officials"), WORDS.index("Nobody")}
    for tok in doc:
        tok.is_sent_start = tok.i in starts
    doc.ents = [Span(doc, 1, 2, label="DATE"), Span(doc, 5, 7, label="PERSON"),
                Span(doc, 10, 11, label="GPE"), Span(doc, 17, 18, label="GPE"),
                Span(doc, 20, 21, label="DATE")]
    return doc


def test_the_index_gives_what_span_ents_and_token_sent_give() -> None:
    doc = made_up_doc()
    index = doc_index(doc)
    assert doc_index(doc) is index  # built once per doc
    for sent in doc.sents:
        assert index.ents_in(sent) == list(sent.ents)
    for tok in doc:
        assert index.sent_of(tok.i) == tok.sent
        assert index.first_token_from(tok.idx) == tok.i
        assert index.first_token_from(tok.idx + 1) == tok.i + 1
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert index.ents_between(start, end) == list(doc[start:end].ents)


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=30),
       st.integers(-5, 280))
def test_range_index_answers_like_a_scan(pairs: list[tuple[int, int]], pos: int) -> None:
    ranges = [(a, a + n) for a, n in pairs]
    naive = any(a <= pos < b for a, b in ranges)
    assert RangeIndex(ranges).covers(pos) == naive
    assert inside_any(pos, ranges) == naive


@given(st.text(alphabet=st.sampled_from('ab "“.\n'), max_size=900))
def test_breaking_long_runs_keeps_length_and_every_other_character(text: str) -> None:
    broken = break_long_runs(text)
    assert len(broken) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, broken, strict=True)) if a != b]
    assert all(broken[i] == " " for i in changed)
    assert all(len(run) <= 200 for run in broken.split())


def test_a_wall_of_quote_marks_is_broken_for_the_tokenizer() -> None:
    text = "He said it. " + '"' * 20_000
    broken, cut = fit_for_parsing(text, 1_000_000)
    assert cut is None and len(broken) == len(text) and broken.startswith("He said it. ")
    assert max(len(run) for run in broken.split()) <= 200


def test_a_text_over_the_parser_limit_is_cut_at_a_paragraph_and_says_so() -> None:
    text = ("A paragraph of news.\n" * 60_000)  # 1.26 M characters
    kept, cut = fit_for_parsing(text, 1_000_000)
    assert len(kept) <= 1_000_000 and kept.endswith("news.") and text.startswith(kept)
    assert cut is not None and "1,260,000" in cut and "only the first" in cut


@given(st.lists(st.sampled_from(["Talks", "resumed", "in", "Lima.", "\u201cNo,\u201d",
                                  "said", "X.", " ", "  ", "\n", "\n\n", "\t", "a" * 30]),
                max_size=300), st.integers(min_value=5, max_value=80))
def test_parse_pieces_join_to_the_text_and_end_after_whitespace(words: list[str], size: int
                                                                ) -> None:
    text = " ".join(words)
    pieces = parse_pieces(text, size)
    assert "".join(pieces) == text
    for piece, following in itertools.pairwise(pieces):
        assert len(piece) >= size and piece[-1].isspace() and not following[0].isspace()


def test_a_long_text_is_cut_at_paragraphs_before_sentence_ends() -> None:
    paragraph = "The envoy said talks would resume. Officials agreed on Monday.\n\n"
    pieces = parse_pieces(paragraph * 40, size=200)
    assert len(pieces) > 5 and all(p.endswith(".\n\n") for p in pieces)
    one_line = "The envoy said talks would resume. " * 40
    pieces = parse_pieces(one_line, size=200)
    assert len(pieces) > 5 and all(p.endswith("resume. ") for p in pieces[:-1])


def test_a_text_parsed_in_pieces_is_one_doc_with_the_same_tokens(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LONG_TEXT_CHARS", 300)
    monkeypatch.setattr(limits, "PARSE_PIECE_CHARS", 100)
    nlp = spacy.blank("en")
    text = ("Officials in Oslo said on Friday  that the convoy arrived.\n \nA spokesman "
            "(who asked not to be named) said:\t\u201cIt is over.\u201d ") * 12
    assert len(parse_pieces(text, 100)) > 5
    piped, whole = parse_text(nlp, text), nlp(text)
    assert piped.text == text
    assert [(t.text, t.whitespace_, t.idx) for t in piped] == \
        [(t.text, t.whitespace_, t.idx) for t in whole]
    short = text[:250]  # up to LONG_TEXT_CHARS: parsed whole, as before
    assert [t.text for t in parse_text(nlp, short)] == [t.text for t in nlp(short)]


def test_sentence_guard_cuts_only_junk_without_sentence_marks() -> None:
    nlp = spacy.blank("en")
    prose = Doc(nlp.vocab, words=(["word"] * 40 + ["."]) * 20)
    sentence_guard(prose)
    assert not any(t.is_sent_start for t in prose[1:])
    junk = Doc(nlp.vocab, words=['"'] * (3 * MAX_SENT_TOKENS + 10))
    sentence_guard(junk)
    assert [t.i for t in junk[1:] if t.is_sent_start] == [MAX_SENT_TOKENS, 2 * MAX_SENT_TOKENS,
                                                          3 * MAX_SENT_TOKENS]


# ------------------------------------------------------------------ stage isolation


ART = Article(article_id="art_x", source="made-up.txt", text=" ".join(WORDS), language="en")
MENTION = Mention(mention_id="men_1", article_id="art_x", text="Ana Ruiz", label="PERSON",
                  span=(0, 8), canonical="Ana Ruiz", local_key="ana ruiz")


def fake_stages(monkeypatch: pytest.MonkeyPatch, failing: str | None = None,
                slow: str | None = None) -> list[str]:
    from newsweave.extract import details, events, mentions, quotes

    ran: list[str] = []

    def stage(name: str, result: object):  # type: ignore[no-untyped-def]
        def run(*args: object) -> object:
            ran.append(name)
            if name == failing:
                raise ValueError(f"{name} broke")
            if name == slow:
                time.sleep(5)
            return result
        return run

    monkeypatch.setattr(mentions, "extract_mentions", stage("mentions", [MENTION]))
    monkeypatch.setattr(quotes, "extract_quotes", stage("quotes", ["a quote"]))
    monkeypatch.setattr(events, "extract_events", stage("events", (["an event"], ["a place"])))
    monkeypatch.setattr(details, "attach_details", stage("details", None))
    return ran


@pytest.mark.parametrize("failing", ["mentions", "quotes", "events"])
def test_a_failing_stage_keeps_the_other_stages_records(monkeypatch: pytest.MonkeyPatch,
                                                        failing: str) -> None:
    ran = fake_stages(monkeypatch, failing=failing)
    analysis = extract.analyze_doc(ART, made_up_doc())
    assert ran == ["mentions", "quotes", "events", "details"]  # later stages still run
    assert analysis.problems == [f"{failing} stage failed: ValueError: {failing} broke"]
    assert analysis.mentions == ([] if failing == "mentions" else [MENTION])
    assert analysis.quotes == ([] if failing == "quotes" else ["a quote"])
    assert analysis.events == ([] if failing == "events" else ["an event"])


def test_past_the_time_budget_the_stage_stops_and_no_later_stage_runs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    ran = fake_stages(monkeypatch, slow="quotes")
    doc = made_up_doc()
    started = time.monotonic()
    with time_limit(0.3):
        analysis = extract.analyze_doc(ART, doc)
    assert time.monotonic() - started < 3
    assert ran == ["mentions", "quotes"]
    assert analysis.mentions == [MENTION] and analysis.quotes == [] and analysis.events == []
    assert analysis.problems == [
        "quotes stage stopped: over the 0.3 s time budget per article",
        "events stage not run (time budget used up)",
        "details stage not run (time budget used up)"]


def test_analyze_batch_records_a_failed_stage_as_an_analysis_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.engine import local

    class FakeNlp:
        max_length = 1_000_000

        def pipe(self, texts, batch_size):  # type: ignore[no-untyped-def]
            return [made_up_doc() for _ in texts]

    monkeypatch.setattr("newsweave.nlp.models.load_spacy", lambda: FakeNlp())
    fake_stages(monkeypatch, failing="events")
    ((_art, analysis, err),) = local.analyze_batch([ART], time_budget=0)
    assert analysis is not None and analysis.mentions == [MENTION]
    assert err is not None and err.stage == "analyze" and err.source == "made-up.txt"
    assert err.reason == "events stage failed: ValueError: events broke"


def test_time_limit_raises_in_the_body_and_leaves_no_timer_behind() -> None:
    with pytest.raises(OverBudget, match=r"0\.2 s time budget"), time_limit(0.2):
        time.sleep(3)
    with time_limit(0.5):
        pass
    time.sleep(0.7)  # no alarm goes off after the block


def test_the_budget_comes_from_the_option_the_environment_or_the_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ARTICLE_TIMEOUT_ENV, raising=False)
    assert article_timeout() == DEFAULT_ARTICLE_TIMEOUT
    monkeypatch.setenv(ARTICLE_TIMEOUT_ENV, "7.5")
    assert article_timeout() == 7.5
    assert article_timeout(3) == 3
    monkeypatch.setenv(ARTICLE_TIMEOUT_ENV, "soon")
    assert article_timeout() == DEFAULT_ARTICLE_TIMEOUT


def test_a_long_article_earns_proportionally_more_time() -> None:
    assert budget_for(120, 5_000) == 120
    assert budget_for(120, 1_000_000) == 1200
    assert budget_for(0, 1_000_000) == 0  # no limit stays no limit


def test_an_article_whose_parse_fails_is_recorded_so_a_rerun_skips_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.engine import local

    class BrokenNlp:
        max_length = 1_000_000

        def pipe(self, texts, batch_size):  # type: ignore[no-untyped-def]
            raise ValueError("the batch breaks")

        def __call__(self, text: str) -> Doc:
            raise ValueError("this text breaks the parser")

    monkeypatch.setattr("newsweave.nlp.models.load_spacy", lambda: BrokenNlp())
    ((_art, analysis, err),) = local.analyze_batch([ART], time_budget=0)
    assert err is not None and err.stage == "analyze"
    assert err.reason == "parsing failed: ValueError: this text breaks the parser"
    assert analysis is not None and analysis.skipped == err.reason
    assert analysis.analyzer_version == extract.ANALYZER_VERSION and not analysis.mentions
