"""Claims across outlets: clustering events, statuses, denials, quote variants, evaluation."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import numpy as np
import pytest

from newsweave.link import link_corpus
from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    LinkResult,
    Mention,
    Quote,
    stable_id,
)

RUSSIA = ActorRef(name="Russia", type="GPE", country="RUS")
MOSCOW = ActorRef(name="Moscow", type="GPE", country="RUS", sector="GOV")
AFGHANISTAN = ActorRef(name="Afghanistan", type="GPE", country="AFG", sector="GOV")
TALIBAN = ActorRef(name="Taliban", type="ORG", country="AFG", sector="REB")


def bag_of_words(texts: list[str]) -> np.ndarray:
    """A stand-in for the sentence model: hashed word counts, unit length."""
    out = np.zeros((len(texts), 512))
    for i, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 512] += 1.0
        norm = np.linalg.norm(out[i])
        if norm:
            out[i] /= norm
    return out


class Corpus:
    """Articles and their analyses, built line by line in a test."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.analyses: dict[str, ArticleAnalysis] = {}

    def article(self, name: str, outlet: str | None = None, published: str | None = None,
                text: str | None = None) -> str:
        text = text or f"Text of {name}."
        aid = stable_id("art", name)
        self.articles.append(Article(article_id=aid, source=f"{name}.txt", text=text,
                                     outlet=outlet, published=published))
        self.analyses[aid] = ArticleAnalysis(article_id=aid)
        return aid

    def mention(self, aid: str, text: str, label: str, start: int = 0,
                country: str | None = None) -> Mention:
        m = Mention(mention_id=stable_id("men", aid, text, start), article_id=aid, text=text,
                    span=(start, start + len(text)), label=label, canonical=text,
                    local_key=f"{label}:{text.lower()}", country=country)
        self.analyses[aid].mentions.append(m)
        return m

    def event(self, aid: str, actor: ActorRef | None, type_: str,
              recipient: ActorRef | None = None, modality: str = "asserted",
              sentence: str = "", attributed_to: ActorRef | None = None,
              date: str | None = None, mode: str | None = None,
              quote_id: str | None = None) -> Event:
        n = len(self.analyses[aid].events)
        e = Event(event_id=stable_id("evt", aid, n), article_id=aid, span=(n * 10, n * 10 + 5),
                  sentence=sentence or f"{actor.name if actor else ''} {type_} "
                  f"{recipient.name if recipient else ''}", type=type_, trigger="x",
                  actor=actor, recipient=recipient, modality=modality,
                  attributed_to=attributed_to, date=date, mode=mode, quote_id=quote_id)
        self.analyses[aid].events.append(e)
        return e

    def quote(self, aid: str, text: str, speaker: ActorRef | None, start: int = 100,
              stance: str | None = None) -> Quote:
        q = Quote(quote_id=stable_id("quo", aid, text), article_id=aid, kind="direct",
                  text=text, span=(start, start + len(text)), speaker=speaker, stance=stance,
                  sentence=text)
        self.analyses[aid].quotes.append(q)
        return q

    def link(self) -> LinkResult:
        return link_corpus(self.articles, list(self.analyses.values()), embed=bag_of_words)


def only_claim(result: LinkResult, summary_start: str) -> Claim:
    found = [c for c in result.claims if c.summary.startswith(summary_start)]
    assert len(found) == 1, [c.summary for c in result.claims]
    return found[0]


def test_two_outlets_asserting_the_same_aid_corroborate_it() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One", published="2016-01-05")
    b = c.article("b", outlet="Paper Two", published="2016-01-09")
    c.event(a, RUSSIA, "AID", AFGHANISTAN, mode="military", date="2016-01")
    c.event(b, MOSCOW, "AID", AFGHANISTAN, mode="military")
    claim = only_claim(c.link(), "Russia AID Afghanistan")
    assert claim.summary == "Russia AID Afghanistan (military)"
    assert claim.status == "corroborated"
    assert claim.independent_sources == ["Wire One", "Paper Two"]
    assert claim.supported_by == ["Wire One", "Paper Two"]
    assert claim.first_seen == "2016-01-05"
    assert len(claim.event_ids) == 2 and claim.modalities == {"asserted": 2}


def test_one_outlet_is_single_source() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    c.event(a, RUSSIA, "AID", AFGHANISTAN)
    c.event(a, RUSSIA, "AID", AFGHANISTAN)  # said twice in one article: still one source
    assert only_claim(c.link(), "Russia AID").status == "single-source"


def test_a_syndicated_copy_is_not_an_independent_source() -> None:
    body = " ".join(f"Sentence number {i} about the harbour works and the new levy on "
                    f"cruise passengers in the port." for i in range(30))
    c = Corpus()
    a = c.article("orig", outlet="Wire One", published="2016-01-05", text=body)
    b = c.article("copy", outlet="Coast Blog", published="2016-01-07",
                  text="Reposted for our readers.\n" + body)
    c.event(a, RUSSIA, "AID", AFGHANISTAN)
    c.event(b, RUSSIA, "AID", AFGHANISTAN)
    result = c.link()
    assert result.syndication == {b: a}
    claim = only_claim(result, "Russia AID")
    assert claim.outlets == ["Wire One", "Coast Blog"]
    assert claim.independent_sources == ["Wire One"]
    assert claim.status == "single-source"


def test_a_denial_against_two_sources_makes_the_claim_contested_and_names_the_denier(
) -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "CONSULT", TALIBAN)
    c.event(b, RUSSIA, "CONSULT", TALIBAN)
    # symmetric type: "the Taliban denied talking to Moscow" is the same claim
    c.event(b, TALIBAN, "CONSULT", MOSCOW, modality="denied", attributed_to=TALIBAN)
    result = c.link()
    assert len(result.claims) == 1
    claim = result.claims[0]
    assert claim.status == "contested"  # two say so, one denies: the denial does not win
    assert claim.denied_by == ["Taliban"]
    assert claim.supported_by == ["Wire One", "Paper Two"]
    assert claim.counts == {"supports": 2, "doubts": 0, "denies": 1}


def test_a_denial_that_matches_the_only_support_makes_the_claim_denied() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    c.event(a, RUSSIA, "CONSULT", TALIBAN)
    c.event(a, TALIBAN, "CONSULT", RUSSIA, modality="denied", attributed_to=TALIBAN)
    claim = only_claim(c.link(), "Russia CONSULT Taliban")
    assert claim.status == "denied"
    assert [(s.name, s.kind, s.role) for s in claim.sources] == [
        ("Wire One", "outlet", "supports"), ("Taliban", "speaker", "denies")]
    assert claim.sources[1].carriers == ["Wire One"]  # outlet -> speaker -> claim


def test_a_denying_quote_about_the_same_parties_and_action_denies_the_claim() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", TALIBAN, sentence="Russia gave weapons to the Taliban.")
    c.event(b, RUSSIA, "AID", TALIBAN, sentence="Moscow sent weapons to the Taliban fighters.")
    speaker = c.mention(b, "Taliban", "ORG", start=300)
    text = "Russia never gave weapons to the Taliban"
    c.mention(b, "Russia", "GPE", start=100 + text.index("Russia"), country="RUS")
    spoken_by = ActorRef(name="Taliban", type="ORG", mention_id=speaker.mention_id,
                         country="AFG", sector="REB")
    deny = c.quote(b, text, spoken_by, stance="deny")
    unrelated = c.quote(a, "The weather in Russia is cold this winter for the Taliban",
                        spoken_by, start=500, stance="deny")
    claim = only_claim(c.link(), "Russia AID Taliban")
    assert claim.status == "contested" and claim.denied_by == ["Taliban"]
    assert deny.quote_id in claim.quote_ids and unrelated.quote_id not in claim.quote_ids


def test_asserted_by_one_outlet_and_unconfirmed_by_another_is_contested() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", TALIBAN)
    c.event(b, RUSSIA, "AID", TALIBAN, modality="unconfirmed")
    claim = only_claim(c.link(), "Russia AID Taliban")
    assert claim.status == "contested"
    assert claim.doubted_by == ["Paper Two"]


def test_only_alleged_or_hypothetical_reports_are_unconfirmed() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", TALIBAN, modality="alleged")
    c.event(b, RUSSIA, "AID", TALIBAN, modality="hypothetical")
    assert only_claim(c.link(), "Russia AID Taliban").status == "unconfirmed"


def test_attributed_assertions_are_supported_by_the_speaker() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    envoy = c.mention(a, "Zamir Kabulov", "PERSON")
    said_by = ActorRef(name="Kabulov", type="PERSON", mention_id=envoy.mention_id)
    c.event(a, RUSSIA, "CONSULT", TALIBAN, attributed_to=said_by)
    claim = only_claim(c.link(), "Russia CONSULT")
    assert claim.supported_by == ["Zamir Kabulov"]


def test_different_actors_types_and_distant_dates_are_different_claims() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", AFGHANISTAN, date="2016-01")
    c.event(b, RUSSIA, "AID", AFGHANISTAN, date="2019-06-01")  # years apart
    c.event(a, RUSSIA, "ACCUSE", AFGHANISTAN)
    c.event(a, TALIBAN, "AID", AFGHANISTAN)
    summaries = sorted(x.summary for x in c.link().claims)
    assert summaries == ["Russia ACCUSE Afghanistan", "Russia AID Afghanistan",
                         "Russia AID Afghanistan", "Taliban AID Afghanistan"]


def test_gazetteer_actor_without_mention_resolves_to_the_corpus_entity() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    m = c.mention(a, "Russia", "GPE", country="RUS")
    c.event(a, RUSSIA, "AID", AFGHANISTAN)
    result = c.link()
    claim = only_claim(result, "Russia AID")
    assert claim.actor is not None and claim.actor.entity_id == result.mention_entity[m.mention_id]
    # the recipient is named by no mention: it still gets an entity (a graph node)
    assert claim.recipient is not None and claim.recipient.entity_id in {
        e.entity_id for e in result.entities}


@pytest.mark.slow
def test_the_same_quote_in_different_words_is_one_variant_group() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One", published="2016-03-02")
    b = c.article("b", outlet="Paper Two", published="2016-02-01")
    d = c.article("d", outlet="Paper Three", published="2016-02-10")
    refs = {}
    for aid in (a, b, d):
        m = c.mention(aid, "Zamir Kabulov", "PERSON", start=0)
        refs[aid] = ActorRef(name="Zamir Kabulov", type="PERSON", mention_id=m.mention_id)
    qa = c.quote(a, "We would sooner stop the militants at the southern river than at our own "
                 "gates", refs[a])
    qb = c.quote(b, "Better to stop militants at the southern river than at our gates", refs[b])
    qd = c.quote(d, "The harvest this year was the best in a decade", refs[d])
    result = link_corpus(c.articles, list(c.analyses.values()))  # the real sentence model
    assert len(result.quote_variants) == 1
    group = result.quote_variants[0]
    assert set(group.quote_ids) == {qa.quote_id, qb.quote_id}
    assert qd.quote_id not in group.quote_ids
    assert group.first_seen == "2016-02-01" and group.first_quote_id == qb.quote_id


def test_a_fragment_of_the_same_speakers_quote_joins_its_variants() -> None:
    c = Corpus()
    ids = [c.article(n, outlet=n.upper()) for n in ("a", "b")]
    refs = []
    for aid in ids:
        m = c.mention(aid, "Zamir Kabulov", "PERSON")
        refs.append(ActorRef(name="Kabulov", type="PERSON", mention_id=m.mention_id))
    q1 = c.quote(ids[0], "objectively coincide", refs[0])
    q2 = c.quote(ids[1], "The rebels' interest objectively coincides with ours", refs[1])
    groups = c.link().quote_variants
    assert [set(g.quote_ids) for g in groups] == [{q1.quote_id, q2.quote_id}]


def test_a_statement_syndicated_to_many_articles_is_judged_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """500 articles carry the same quote and one reworded copy: one group, and the word
    verdict runs for distinct statements, not for the 125,000 pairs of copies."""
    import newsweave.link.variants as variants

    c = Corpus()
    copies = []
    for n in range(500):
        aid = c.article(f"copy{n}", outlet=f"Outlet {n}", published="2016-03-02")
        m = c.mention(aid, "Zamir Kabulov", "PERSON")
        ref = ActorRef(name="Zamir Kabulov", type="PERSON", mention_id=m.mention_id)
        copies.append(c.quote(aid, "Taliban interests objectively coincide with ours", ref))
    other = c.article("reworded", outlet="Paper Two")
    m = c.mention(other, "Zamir Kabulov", "PERSON")
    reworded = c.quote(other, "the interests of the Taliban objectively coincide with ours",
                       ActorRef(name="Zamir Kabulov", type="PERSON", mention_id=m.mention_id))
    judged = []
    real_verdict = variants._verdict_from_words
    monkeypatch.setattr(variants, "_verdict_from_words",
                        lambda *args: judged.append(args) or real_verdict(*args))
    result = c.link()
    assert [set(g.quote_ids) for g in result.quote_variants] == [
        {q.quote_id for q in copies} | {reworded.quote_id}]
    assert len(judged) <= 1  # the copies are one statement: only it and the rewording


def test_claims_are_deterministic() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", AFGHANISTAN)
    c.event(b, TALIBAN, "CONSULT", RUSSIA, modality="denied", attributed_to=TALIBAN)
    assert c.link().to_dict() == c.link().to_dict()


def test_claims_evaluation_scores_coverage_and_status(tmp_path: Any) -> None:
    from newsweave.evaluation.claims import match_claims
    from newsweave.model import QuoteVariant

    gold = {"claims": [
        {"id": "C1", "statement": "Russia supplies rifles to the Afghan government",
         "docs": ["000", "001"], "status": "corroborated"},
        {"id": "C2", "statement": "Russia has channels with the Taliban",
         "docs": ["000", "001"], "status": "corroborated-but-denied", "denied_by": "Taliban"},
        {"id": "C3", "statement": "Kabulov: better to fight on the Amu Darya",
         "docs": ["000", "001"], "status": "quote"},
    ], "actors": {"RUS": ["Russia"], "AFG_GOV": ["Afghan government", "Afghanistan"],
                  "TALIBAN": ["Taliban"]}}
    docs = {"000": "A", "001": "B"}
    claims = [
        Claim(claim_id="c1", summary="Russia AID Afghanistan", type="AID", actor=RUSSIA,
              recipient=AFGHANISTAN, article_ids=["A", "B"], status="corroborated"),
        Claim(claim_id="c2", summary="Russia CONSULT Taliban", type="CONSULT", actor=RUSSIA,
              recipient=TALIBAN, article_ids=["A", "B"], status="denied",
              denied_by=["Taliban"]),
    ]
    quotes = {"q1": ("A", "better to fight on the Amu Darya"),
              "q2": ("B", "rather fight on the Amu Darya")}
    variants = [QuoteVariant(group_id="g", quote_ids=["q1", "q2"], first_seen=None,
                             first_quote_id="q1")]
    sentences = {"c1": ["Russia delivered rifles to the Afghan government."],
                 "c2": ["Russia has channels with the Taliban, he said."]}
    rows = match_claims(gold, docs, claims, variants, quotes, sentences)
    assert [(r.gold_id, r.covered, r.status_ok) for r in rows] == [
        ("C1", True, True), ("C2", True, True), ("C3", True, True)]
    claims[1].denied_by = ["Paper Two"]  # denied, but not by the gold's denier
    claims[0].article_ids = ["A"]  # C1 found in one of its two documents only
    rows = match_claims(gold, docs, claims, variants, quotes, sentences)
    assert (rows[0].covered, rows[0].docs_covered) == (False, 1)
    assert rows[1].covered and not rows[1].status_ok


@pytest.mark.slow
def test_real_sentence_model_links_a_denial_quote() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", TALIBAN, sentence="Russia has been supplying the Taliban with "
            "weapons, officials said.")
    speaker = c.mention(b, "Taliban", "ORG", start=300)
    text = "We have never received any arms from Russia"
    c.mention(b, "Russia", "GPE", start=100 + text.index("Russia"), country="RUS")
    ref = ActorRef(name="Taliban", type="ORG", mention_id=speaker.mention_id, country="AFG",
                   sector="REB")
    c.quote(b, text, ref, stance="deny")
    result = link_corpus(c.articles, list(c.analyses.values()))
    claim = only_claim(result, "Russia AID Taliban")
    assert claim.status == "denied" and claim.denied_by == ["Taliban"]


# ----------------------------------------------------------------------------- fixes


def text_event(c: Corpus, aid: str, sentence: str, trigger: str, actor: ActorRef | None,
               type_: str, recipient: ActorRef | None = None, **kw: Any) -> Event:
    """An event whose sentence sits in the article's text, its span on the `trigger` words."""
    text = next(a.text for a in c.articles if a.article_id == aid)
    start = text.index(sentence)
    at = text.index(trigger, start)
    n = len(c.analyses[aid].events)
    e = Event(event_id=stable_id("evt", aid, n), article_id=aid, span=(at, at + len(trigger)),
              sentence=sentence, type=type_, trigger="x", actor=actor, recipient=recipient,
              sentence_span=(start, start + len(sentence)), **kw)
    c.analyses[aid].events.append(e)
    return e


def place(c: Corpus, aid: str, name: str, label: str = "GPE") -> Mention:
    text = next(a.text for a in c.articles if a.article_id == aid)
    return c.mention(aid, name, label, start=text.index(name))


def test_demonym_actors_resolve_to_their_state_and_one_actor_makes_no_claim() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One", text="Russian officials met the Taliban.")
    b = c.article("b", outlet="Paper Two", text="Moscow met the Taliban. US aid to Americans.")
    russian = c.mention(a, "Russian", "NORP", country="RUS")
    officials = ActorRef(name="Russian officials", mention_id=russian.mention_id)
    c.event(a, officials, "CONSULT", TALIBAN)
    c.event(b, MOSCOW, "CONSULT", TALIBAN)
    american = c.mention(b, "Americans", "NORP", start=34)
    us = ActorRef(name="US", type="GPE", country="USA", sector="GOV")
    c.event(b, us, "AID", ActorRef(name="Americans", mention_id=american.mention_id))
    result = c.link()
    claim = only_claim(result, "Russia CONSULT Taliban")
    assert claim.status == "corroborated" and len(claim.event_ids) == 2
    assert not [x for x in result.claims if x.type == "AID"]  # "US AID American": no claim
    for x in result.claims:
        assert x.actor is None or x.recipient is None or \
            x.actor.entity_id != x.recipient.entity_id


def test_a_denial_denies_only_the_claim_of_its_kind_of_action() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "CONSULT", TALIBAN, sentence="Russia is talking to the Taliban about "
            "joint efforts.")
    # the closest in words, but a call to join talks is not talks: the denial is not about it
    c.event(a, RUSSIA, "REQUEST", TALIBAN, sentence="Moscow urged the Taliban to join "
            "talks about joint efforts against the armed groups they both oppose.")
    c.event(b, RUSSIA, "AID", TALIBAN, sentence="Russia sent rifles to the Taliban.")
    speaker = c.mention(b, "Taliban", "ORG", start=300)
    ref = ActorRef(name="Taliban", type="ORG", mention_id=speaker.mention_id, country="AFG",
                   sector="REB")
    text = "talking to Moscow about joint efforts against the armed groups they both oppose"
    c.mention(b, "Moscow", "GPE", start=100 + text.index("Moscow"), country="RUS")
    deny = c.quote(b, text, ref, stance="deny")
    result = c.link()
    assert only_claim(result, "Russia CONSULT").denied_by == ["Taliban"]
    assert deny.quote_id in only_claim(result, "Russia CONSULT").quote_ids
    for summary in ("Russia REQUEST", "Russia AID"):  # same parties, another kind of action
        assert only_claim(result, summary).status != "denied"
    from newsweave.link.claims import content_families

    assert content_families("receiving any arms from Russia") == {"AID"}
    assert content_families("they had held any talks with Moscow") == {"CONSULT"}
    assert content_families("We never met the Russians") == {"CONSULT"}
    assert content_families("That is not true at all") == set()  # no kind of action named


def test_a_denial_quote_of_a_denied_event_stays_with_that_events_claim() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "CONSULT", TALIBAN, sentence="Russia talks with the Taliban.")
    c.event(a, RUSSIA, "REQUEST", TALIBAN, sentence="Russia asked the Taliban to talk.")
    speaker = c.mention(b, "Taliban", "ORG", start=300)
    ref = ActorRef(name="Taliban", type="ORG", mention_id=speaker.mention_id, country="AFG",
                   sector="REB")
    c.mention(b, "Moscow", "GPE", start=110, country="RUS")
    deny = c.quote(b, "talking to Moscow about a request", ref, stance="deny")
    c.event(b, TALIBAN, "CONSULT", MOSCOW, modality="denied", attributed_to=ref,
            quote_id=deny.quote_id, sentence="The Taliban denied talking to Moscow.")
    result = c.link()
    assert only_claim(result, "Russia CONSULT").status == "denied"
    assert only_claim(result, "Russia REQUEST").denied_by == []


def test_a_third_country_channel_is_a_claim_of_its_own() -> None:
    c = Corpus()
    s1 = "Russian envoys held a meeting with Taliban leaders in Dushanbe, he said."
    s2 = "Tajikistan has been facilitating contacts between Russia and the Taliban, an aide " \
         "said."
    s3 = "Russia has channels to exchange information with the Taliban."
    s4 = "Russia is in contact with the Taliban in Afghanistan."
    a = c.article("a", outlet="Wire One", text=f"{s1} {s3}")
    b = c.article("b", outlet="Paper Two", text=f"{s2} {s4}")
    place(c, a, "Dushanbe")
    place(c, b, "Tajikistan")
    place(c, b, "Afghanistan")  # the Taliban's own country: not a third party
    text_event(c, a, s1, "held a meeting with Taliban", RUSSIA, "CONSULT", TALIBAN)
    text_event(c, a, s3, "channels to exchange", RUSSIA, "COOPERATE", TALIBAN)
    text_event(c, b, s2, "contacts between Russia", RUSSIA, "CONSULT", TALIBAN)
    text_event(c, b, s4, "in contact with", RUSSIA, "CONSULT", TALIBAN)
    result = c.link()
    channel = only_claim(result, "Russia CONSULT Taliban via Tajikistan")
    assert channel.status == "corroborated" and len(channel.event_ids) == 2
    general = [x for x in result.claims if x.claim_id != channel.claim_id]
    assert [(x.summary, len(x.event_ids)) for x in general] == [("Russia CONSULT Taliban", 2)]


def test_first_seen_is_the_earliest_dated_article_and_copies_speak_as_their_original() -> None:
    body = " ".join(f"Sentence number {i} about the harbour works and the new levy on "
                    f"cruise passengers in the port." for i in range(30))
    c = Corpus()
    a = c.article("a", outlet="Wire One", published="2016-02-01T10:00:00", text=body)
    copy = c.article("copy", published="2016-02-03", text="Post a Comment\n" + body)
    b = c.article("b", outlet="Paper Two")  # undated
    d = c.article("d", outlet="Paper Three", published="2016-02-10")
    for aid in (a, copy, b, d):
        c.event(aid, RUSSIA, "AID", AFGHANISTAN)
    claim = only_claim(c.link(), "Russia AID")
    assert claim.first_seen == "2016-02-01"
    assert claim.independent_sources == ["Wire One", "Paper Two", "Paper Three"]
    assert claim.supported_by == ["Wire One", "Paper Two", "Paper Three"]  # no "copy.txt"


def test_undated_reports_join_the_asserted_dated_reports_not_a_stray_aside() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", AFGHANISTAN, modality="hypothetical", date="1989")
    c.event(a, RUSSIA, "AID", AFGHANISTAN, modality="planned", date="2016-01-14")
    c.event(b, RUSSIA, "AID", AFGHANISTAN)
    statuses = sorted((x.status, len(x.event_ids)) for x in c.link().claims)
    assert statuses == [("corroborated", 2), ("unconfirmed", 1)]


def test_one_stored_claim_answers_one_gold_claim() -> None:
    from newsweave.evaluation.claims import match_claims

    gold = {"claims": [
        {"id": "C2", "statement": "Russia has channels with the Taliban",
         "docs": ["000", "001"], "status": "corroborated"},
        {"id": "C9", "statement": "Tajikistan is the channel for Russia-Taliban contacts",
         "docs": ["000"], "status": "corroborated"},
    ], "actors": {"RUS": ["Russia"], "TALIBAN": ["Taliban"], "TJK": ["Tajikistan"]}}
    merged = Claim(claim_id="m", summary="Russia CONSULT Taliban", type="CONSULT",
                   actor=RUSSIA, recipient=TALIBAN, article_ids=["A", "B"],
                   status="corroborated")
    sentences = {"m": ["Russia has channels with the Taliban.",
                       "Tajikistan is the channel for contacts of Russia and the Taliban."]}
    rows = match_claims(gold, {"000": "A", "001": "B"}, [merged], [], {}, sentences)
    assert [r.covered for r in rows] == [True, False]  # one cluster cannot be both
    channel = Claim(claim_id="t", summary="Russia CONSULT Taliban via Tajikistan",
                    type="CONSULT", actor=RUSSIA, recipient=TALIBAN, article_ids=["A"],
                    status="corroborated")
    sentences["t"] = ["Tajikistan is the channel for contacts of Russia and the Taliban."]
    rows = match_claims(gold, {"000": "A", "001": "B"}, [merged, channel], [], {}, sentences)
    assert [(r.covered, r.status_ok) for r in rows] == [(True, True), (True, True)]


# ----------------------------------------------------------------------------- roles (#18)


def test_an_outlet_that_reports_and_doubts_is_only_a_doubter_and_says_why() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", TALIBAN, sentence="Russia gave rifles to the Taliban.")
    c.event(b, RUSSIA, "AID", TALIBAN, sentence="Moscow has armed the Taliban fighters.")
    c.event(b, RUSSIA, "AID", TALIBAN, modality="unconfirmed",
            sentence="It is not clear whether the Taliban got any arms from Russia.")
    claim = only_claim(c.link(), "Russia AID Taliban")
    roles = {s.name: s.role for s in claim.sources}
    assert roles == {"Wire One": "supports", "Paper Two": "doubts"}  # never on two sides
    paper = next(s for s in claim.sources if s.name == "Paper Two")
    assert paper.reason and "not clear whether" in paper.reason
    assert claim.status == "contested" and claim.counts["doubts"] == 1


def test_a_named_speakers_statement_without_an_event_is_evidence_with_the_outlet_as_carrier(
) -> None:
    c = Corpus()
    text = ("Officials said Russian rifles are supplied to the group. “We found Russian "
            "rifles supplied to the group,” the general said.")
    a = c.article("a", outlet="Wire One", text=text)
    c.event(a, RUSSIA, "AID", TALIBAN, sentence="Officials said Russian rifles are supplied to "
            "the group.")
    words = "We found Russian rifles supplied to the group"
    start = text.index(words)
    c.mention(a, "Russian", "NORP", start=start + words.index("Russian"), country="RUS")
    general = ActorRef(name="the general", type="PERSON", description="general")
    q = c.quote(a, words, general, start=start, stance="assert")
    q.sentence = text[text.index("“"):]
    claim = only_claim(c.link(), "Russia AID Taliban")
    assert q.quote_id in claim.quote_ids
    speaker = next(s for s in claim.sources if s.name == "the general")
    assert speaker.kind == "speaker" and speaker.role == "supports"
    assert speaker.carriers == ["Wire One"]


def test_a_statement_that_there_is_no_certain_information_is_a_doubt() -> None:
    from newsweave.link.evidence import statement_role

    assert statement_role("assert", "there are reports of arms deliveries, but no certain "
                          "information")[0] == "doubts"
    assert statement_role("assert", "An analyst cautioned against jumping to conclusions "
                          "about the rifles.")[0] == "doubts"
    assert statement_role("assert", "The rifles arrived on Monday.")[0] == "supports"
    assert statement_role("deny", "It is unclear whether we ever sent rifles")[0] == "denies"


def test_a_negated_event_never_makes_a_claim_but_denies_the_positive_one() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "CONSULT", AFGHANISTAN, modality="negated",
            sentence="Russia has not approached Afghanistan.")
    assert c.link().claims == []  # alone, a negated report makes no edge
    c.event(b, RUSSIA, "CONSULT", AFGHANISTAN, sentence="Russia met Afghan officials.")
    claim = only_claim(c.link(), "Russia CONSULT Afghanistan")
    assert claim.supported_by == ["Paper Two"] and claim.denied_by == ["Wire One"]
    assert claim.status == "denied"  # one says so, one says it did not happen


def test_many_sources_and_one_denial_is_contested_not_denied() -> None:
    c = Corpus()
    for i in range(10):
        aid = c.article(f"s{i}", outlet=f"Outlet {i}")
        c.event(aid, RUSSIA, "CONSULT", TALIBAN)
    d = c.article("d", outlet="Denier Daily")
    c.event(d, TALIBAN, "CONSULT", RUSSIA, modality="denied", attributed_to=TALIBAN)
    claim = only_claim(c.link(), "Russia CONSULT Taliban")
    assert claim.status == "contested"
    assert claim.counts == {"supports": 10, "doubts": 0, "denies": 1}


def test_a_doubt_about_what_will_happen_does_not_doubt_the_report() -> None:
    c = Corpus()
    a = c.article("a", outlet="Wire One")
    b = c.article("b", outlet="Paper Two")
    c.event(a, RUSSIA, "AID", AFGHANISTAN, sentence="Russia delivered rifles to Kabul.")
    c.event(b, RUSSIA, "AID", AFGHANISTAN, sentence="Moscow sent rifles to Afghanistan.")
    e = c.event(b, RUSSIA, "AID", AFGHANISTAN, modality="unconfirmed",
                sentence="It remains to be seen whether Moscow will keep helping Kabul.")
    e.modality_cue = "remains to be seen"
    claim = only_claim(c.link(), "Russia AID Afghanistan")
    assert claim.status == "corroborated" and claim.doubted_by == []


def test_look_alike_events_about_different_people_stay_apart() -> None:
    c = Corpus()
    police = ActorRef(name="police", type="ORG", sector="COP")
    arrests = {}
    for name, person in (("a", "Tom Able"), ("b", "Tom Able"), ("c", "Sam Baker"),
                         ("d", "Sam Baker")):
        text = f"{person} arrested. {person} was held overnight by police."
        aid = c.article(name, outlet=f"Outlet {name}", text=text)
        c.mention(aid, person, "PERSON", start=0)
        c.mention(aid, person, "PERSON", start=text.index(person, 5))
        c.event(aid, police, "COERCE", None, sentence=f"Police arrested a player near {name}.")
        arrests[name] = aid
    claims = [cl for cl in c.link().claims if cl.type == "COERCE"]
    groups = sorted(sorted(cl.article_ids) for cl in claims)
    assert groups == sorted([sorted([arrests["a"], arrests["b"]]),
                             sorted([arrests["c"], arrests["d"]])])


def test_reports_with_nobody_named_make_no_claim_but_an_acting_kind_of_actor_does() -> None:
    c = Corpus()
    people = ActorRef(name="people", type="NORP", sector="CVL")
    police = ActorRef(name="police", type="ORG", sector="COP")
    for name in ("a", "b"):
        aid = c.article(name, outlet=f"Outlet {name}")
        c.event(aid, None, "ASSAULT", people, sentence="Many people were hurt in the blast.")
        c.event(aid, police, "COERCE", None, sentence="Police arrested two men at the port.")
    claims = c.link().claims
    assert [cl.type for cl in claims] == ["COERCE"]


def test_a_claim_with_one_side_joins_articles_only_when_they_say_the_same() -> None:
    c = Corpus()
    governor = ActorRef(name="Governor", type="PERSON", country="USA", sector="GOV")
    said = {"a": "The governor apologized for the fire at the church on Friday.",
            "b": "The governor apologized for the church fire on Friday night.",
            "c": "The governor conceded the race to her rival in November."}
    arts = {}
    for name, sentence in said.items():
        arts[name] = c.article(name, outlet=f"Outlet {name}")
        c.event(arts[name], governor, "CONCEDE", None, sentence=sentence)
    groups = sorted(sorted(cl.article_ids) for cl in c.link().claims)
    assert groups == sorted([sorted([arts["a"], arts["b"]]), [arts["c"]]])


def test_an_event_without_recipient_joins_the_claim_with_one_only_when_it_is_that_happening(
        ) -> None:
    c = Corpus()
    amd = ActorRef(name="Chipco", type="ORG", country="USA", sector="BUS")
    seller = ActorRef(name="Boardco", type="ORG", country="CAN", sector="BUS")
    a = c.article("a", outlet="One")
    b = c.article("b", outlet="Two")
    d = c.article("d", outlet="Three")
    c.event(a, amd, "AGREE", seller, sentence="Chipco agreed to buy Boardco for five billion.")
    c.event(a, amd, "AGREE", None, sentence="The deal was agreed on Monday by the boards.")
    c.event(b, amd, "AGREE", None, sentence="Chipco agreed to buy Boardco for five billion.")
    c.event(d, amd, "AGREE", None, sentence="Years later it signed to acquire a server maker.")
    claims = c.link().claims
    with_recipient = only_claim(c.link(), "Chipco AGREE Boardco")
    assert sorted(with_recipient.article_ids) == sorted([a, b])  # its article, its words
    assert any(cl.article_ids == [d] and cl.recipient is None for cl in claims)


def test_reports_placed_far_apart_are_two_happenings_and_unplaced_ones_join_the_larger(
        ) -> None:
    from newsweave.model import Location

    c = Corpus()
    army = ActorRef(name="Ruritania", type="GPE", country="RUR", sector="MIL")
    town = ActorRef(name="Mudville", type="GPE")
    here = Location(name="North Town", country="RUR", lat=10.0, lon=20.0, kind="city")
    near = Location(name="North Village", country="RUR", lat=10.5, lon=20.3, kind="city")
    far = Location(name="South Port", country="RUR", lat=2.0, lon=28.0, kind="city")
    arts = {}
    for name, loc in (("a", here), ("b", near), ("c", far), ("d", None)):
        arts[name] = c.article(name, outlet=f"Outlet {name}")
        c.event(arts[name], army, "ASSAULT", town, sentence="The army shelled Mudville.")
        c.analyses[arts[name]].events[-1].location = loc
    groups = sorted(sorted(cl.article_ids) for cl in c.link().claims)
    assert groups == sorted([sorted([arts["a"], arts["b"], arts["d"]]), [arts["c"]]])
