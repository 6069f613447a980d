"""The shared records survive a JSON round trip, which every stage boundary relies on."""

from __future__ import annotations

import dataclasses
import json

from newsweave.model import (
    SHARED_STR_MAX,
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Event,
    Location,
    Mention,
    Quote,
    stable_id,
)


def test_stable_id_depends_only_on_content() -> None:
    assert stable_id("art", "same text") == stable_id("art", "same text")
    assert stable_id("art", "same text") != stable_id("art", "other text")
    assert stable_id("evt", "a", 1, 2).startswith("evt_")


def test_analysis_round_trips_through_json_with_nested_records() -> None:
    speaker = ActorRef(name="Ana Ruiz", type="PERSON", description="a trade minister",
                       span=(0, 8), mention_id="men_1")
    quote = Quote(quote_id="quo_1", article_id="art_1", kind="direct", text="We will sign.",
                  span=(10, 23), speaker=speaker, cue="say", channel="Reuters", stance="assert")
    event = Event(event_id="evt_1", article_id="art_1", span=(30, 40), sentence="...",
                  type="AGREE", trigger="sign", actor=speaker,
                  recipient=ActorRef(name="Chile", country="CHL", sector="GOV"),
                  modality="planned", attributed_to=speaker, quote_id="quo_1",
                  location=Location(name="Santiago", country="CHL", lat=-33.4, lon=-70.6))
    analysis = ArticleAnalysis(
        article_id="art_1",
        mentions=[Mention(mention_id="men_1", article_id="art_1", text="Ana Ruiz",
                          span=(0, 8), label="PERSON", canonical="Ana Ruiz",
                          local_key="PERSON:ana ruiz")],
        quotes=[quote], events=[event], analyzer_version="1")

    back = ArticleAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict())))

    assert back == analysis
    assert analysis.to_dict() == dataclasses.asdict(analysis)  # the fast path, same output
    assert analysis.to_dict()["events"][0]["actor"] is not analysis.events[0].actor
    assert isinstance(back.events[0].location, Location)
    assert back.quotes[0].speaker is not None and back.quotes[0].speaker.span == (0, 8)


def test_records_read_back_share_their_short_strings() -> None:
    """Equal short strings of records rebuilt from JSON are one object (model.SHARED_STR_MAX),
    so a store's analyses hold (and a kept link state pickles) each value once; long ones and
    None stay as they were read, and the records are equal to the ones written."""
    long_sentence = "The ferry operator said on Monday that " + "x" * SHARED_STR_MAX
    rows = [json.dumps(Mention(mention_id=f"men_{i}", article_id="art_" + "7" * 12,
                               text="Lena Okafor", span=(0, 11), label="PERSON",
                               canonical="Lena Okafor", local_key="PERSON:lena okafor",
                               description=long_sentence).to_dict()) for i in range(2)]
    a, b = (Mention.from_dict(json.loads(row)) for row in rows)

    assert a.article_id is b.article_id and a.label is b.label and a.text is a.canonical
    assert a.local_key is b.local_key and a.mention_id == "men_0" and b.mention_id == "men_1"
    assert a.description == long_sentence and a.description is not b.description
    assert a.country is None and json.dumps(a.to_dict()) == rows[0]
    data = json.loads(rows[1])
    data["field_from_the_future"] = "x"
    copy = json.loads(json.dumps(data))
    assert Mention.from_dict(data) == b and data == copy  # the caller's data left as it was
    tagged = ActorRef.from_dict({"name": "Port authority", "rules": ["rule_a", "rule_a"]})
    assert tagged.rules == ["rule_a", "rule_a"] and tagged.rules[0] is tagged.rules[1]


def test_from_dict_ignores_unknown_fields_from_newer_writers() -> None:
    data = Article(article_id="art_x", source="a.txt", text="Body.").to_dict()
    data["field_from_the_future"] = 1
    assert Article.from_dict(data).text == "Body."


def test_claim_defaults_are_independent_lists() -> None:
    a = Claim(claim_id="c1", summary="s", type="AID", actor=None, recipient=None)
    b = Claim(claim_id="c2", summary="s", type="AID", actor=None, recipient=None)
    a.outlets.append("X")
    assert b.outlets == []


def test_one_vocabulary_orders_and_maps_statuses_and_roles() -> None:
    from newsweave import vocab

    assert vocab.STATUS_ORDER == ("corroborated", "single-source", "unconfirmed", "contested",
                                  "denied")
    assert set(vocab.BRIEF_STATUS_ORDER) == set(vocab.STATUS_ORDER)
    assert vocab.modality_role("negated") == "denies"
    assert vocab.modality_role("unconfirmed") == "doubts"
    assert vocab.modality_role("alleged") == "supports" and not vocab.modality_is_firm("alleged")
    assert vocab.stance_role("question") == "doubts"
    assert vocab.claim_status(10, 0, 1, 10, 10) == "contested"
    assert vocab.claim_status(1, 0, 1, 1, 1) == "denied"
    assert vocab.claim_status(0, 1, 0, 0, 0) == "unconfirmed"
    assert vocab.claim_status(2, 0, 0, 2, 1) == "single-source"  # one outlet, two people
    assert vocab.claim_status(2, 0, 0, 2, 2) == "corroborated"
    assert vocab.strongest_role({"supports", "doubts"}) == "doubts"
    served = vocab.as_json()
    assert [s["id"] for s in served["statuses"]] == list(vocab.STATUS_ORDER)


def test_the_cli_status_choices_are_the_vocabularys() -> None:
    from newsweave.cli import ClaimStatusChoice
    from newsweave.vocab import STATUS_ORDER

    assert {s.value for s in ClaimStatusChoice} == set(STATUS_ORDER)
