"""Exports follow shared/EXPORT_CONTRACT.md: field names, spans into the article text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsweave import api
from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    LinkResult,
    Mention,
    Quote,
    stable_id,
)
from newsweave.store import Store

CONTRACT = {
    "articles": ["article_id", "source", "outlet", "url", "title", "byline", "published",
                 "published_source", "language", "text", "duplicate_of", "syndicated_from"],
    "entities": ["entity_id", "name", "type", "aliases", "country", "sector", "description",
                 "article_ids"],
    "quotes": ["quote_id", "article_id", "kind", "text", "span", "speaker", "cue", "channel",
               "stance", "date"],
    "events": ["event_id", "article_id", "span", "sentence", "type", "mode", "actor",
               "recipient", "modality", "attributed_to", "date", "date_text", "location"],
    "claims": ["claim_id", "summary", "type", "actor", "recipient", "event_ids", "quote_ids",
               "article_ids", "outlets", "independent_sources", "status", "supported_by",
               "denied_by", "first_seen"],
}

TEXT = 'Ana Ruiz said: "Chile will sign the accord." Officials denied it.'


@pytest.fixture()
def small_store(tmp_path: Path) -> Store:
    art = Article(article_id=stable_id("art", TEXT), source="a.txt", text=TEXT,
                  outlet="Example Times", published="2020-05-01",
                  published_source="metadata", language="en")
    aid = art.article_id
    speaker = ActorRef(name="Ana Ruiz", mention_id="men_a", type="PERSON")
    start = TEXT.index("Chile")
    analysis = ArticleAnalysis(
        article_id=aid,
        mentions=[Mention(mention_id="men_a", article_id=aid, text="Ana Ruiz", span=(0, 8),
                          label="PERSON", canonical="Ana Ruiz", local_key="PERSON:ana ruiz")],
        quotes=[Quote(quote_id="quo_a", article_id=aid, kind="direct",
                      text="Chile will sign the accord.", span=(start, start + 27),
                      speaker=speaker, cue="say")],
        events=[Event(event_id="evt_a", article_id=aid, span=(start, start + 16),
                      sentence=TEXT[:45], type="AGREE", trigger="sign",
                      actor=ActorRef(name="Chile", country="CHL", sector="GOV"),
                      modality="planned", attributed_to=speaker, quote_id="quo_a")],
    )
    store = Store(tmp_path / "t.duckdb")
    store.write_batch([art], [analysis])
    store.write_links(LinkResult(
        entities=[Entity(entity_id="ent_ana", name="Ana Ruiz", type="PERSON",
                         aliases=["Ana Ruiz"], article_ids=[aid], mention_count=1)],
        mention_entity={"men_a": "ent_ana"},
        claims=[Claim(claim_id="clm_1", summary="Chile AGREE", type="AGREE",
                      actor=ActorRef(name="Chile"), recipient=None, event_ids=["evt_a"],
                      article_ids=[aid], outlets=["Example Times"],
                      independent_sources=["Example Times"], status="single-source")],
    ))
    yield store
    store.close()


def test_jsonl_export_has_every_contract_field_and_valid_spans(small_store: Store,
                                                               tmp_path: Path) -> None:
    out = tmp_path / "out"
    api.export(small_store, out)
    records = {stem: [json.loads(line) for line in (out / f"{stem}.jsonl").open()]
               for stem in CONTRACT}
    for stem, fields in CONTRACT.items():
        assert records[stem], stem
        for rec in records[stem]:
            assert set(fields) <= set(rec), (stem, set(fields) - set(rec))
    text = records["articles"][0]["text"]
    quote = records["quotes"][0]
    assert text[quote["span"][0]:quote["span"][1]] == quote["text"]
    # link output is applied on the way out: the speaker carries its corpus entity
    assert quote["speaker"] == {"name": "Ana Ruiz", "entity_id": "ent_ana", "description": None,
                                "rules": []}
    assert records["events"][0]["attributed_to"]["entity_id"] == "ent_ana"


def test_csv_and_parquet_hold_the_same_rows(small_store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    api.export(small_store, tmp_path, ["csv", "parquet"])
    with (tmp_path / "quotes.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["kind"] == "direct"
    assert json.loads(rows[0]["span"]) == [TEXT.index("Chile"), TEXT.index("Chile") + 27]
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.column("type").to_pylist() == ["AGREE"]


def test_unknown_format_is_refused(small_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        api.export(small_store, tmp_path, ["xlsx"])


def _records_by_hand() -> list[tuple[object, dict]]:
    """Records of every table the exports build from stored JSON, with nested parts set."""
    from newsweave.model import (
        ClaimDetail,
        ClaimReport,
        ClaimSource,
        Detail,
        DetailValue,
        Location,
    )

    actor = ActorRef(name="Chile", entity_id="ent_cl", country="CHL", sector="GOV",
                     span=(0, 5), rules=["gazetteer"])
    event = Event(event_id="evt_b", article_id="art_b", span=(3, 9), sentence="Chile sent 20 "
                  "trucks.", type="AID", trigger="send", actor=actor,
                  recipient=ActorRef(name="Peru"), attributed_to=ActorRef(name="Ana Ruiz"),
                  date="2020-05", location=Location(name="Lima", country="PER", kind="city"),
                  details=[Detail(kind="item", text="20 trucks", span=(11, 20), value=20.0)],
                  rules=["send"])
    quote = Quote(quote_id="quo_b", article_id="art_b", kind="indirect", text="it is done",
                  span=(1, 11), speaker=actor, cue="say", cue_span=(12, 16))
    claim = Claim(
        claim_id="clm_b", summary="Chile AID Peru", type="AID", actor=actor,
        recipient=ActorRef(name="Peru"), event_ids=["evt_b"], article_ids=["art_b"],
        sources=[ClaimSource(name="Example Times", kind="outlet", role="supports",
                             evidence_ids=["evt_b"], firm=True)],
        details=[ClaimDetail(kind="item", key="trucks", label="20 trucks", values=[
            DetailValue(text="20", value=20.0, sources=["Example Times"],
                        spans=[(11, 20)])])],
        reports=[ClaimReport(report_id="rep_b", article_id="art_b", span=(0, 9),
                             sentence="Chile sent aid.", score=0.91)],
        evidence_roles={"evt_b": "supports"}, counts={"supports": 1})
    entity = Entity(entity_id="ent_cl", name="Chile", type="GPE", aliases=["Chile"],
                    article_ids=["art_b"], mention_count=2)
    return [(event, event.to_dict()), (quote, quote.to_dict()), (claim, claim.to_dict()),
            (entity, entity.to_dict())]


def test_records_built_from_stored_json_equal_those_built_from_the_model() -> None:
    from newsweave.export import records as R

    # one builder per record, given the model object or its stored JSON
    build = {Event: R.event_record, Quote: R.quote_record, Claim: R.claim_record,
             Entity: R.entity_record}
    for record, stored in _records_by_hand():
        make = build[type(record)]
        stored = json.loads(json.dumps(stored))  # as the store gives it back
        expected = make(type(record).from_dict(json.loads(json.dumps(stored))))
        assert expected == make(record)
        assert make(stored) == expected
        assert json.dumps(make(stored)) == json.dumps(expected)  # same keys, same order
        # an older store's record (a field it did not have yet) goes through the model
        older = {k: v for k, v in stored.items() if k not in ("rules", "notes", "aliases",
                                                            "cue_span")}
        assert make(older) == make(type(record).from_dict(older))
