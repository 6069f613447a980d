"""The learned event-type classifier (newsweave.extract.event_typer), its training sentences
and the typer switch."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsweave.extract import event_typer
from newsweave.extract.lexicon import load_json

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from train_type_classifier import read_sentences, split  # noqa: E402

HELD_OUT_FLOOR = 0.60  # measured 0.681 (64/94) with the shipped model


def test_training_sentences_cover_every_type_and_no_event() -> None:
    rows = read_sentences()
    counts = Counter(r[0] for r in rows)
    types = set(load_json("plover_types.json")["types"])
    assert set(counts) == types | {"NONE"}
    assert all(counts[t] >= 25 for t in types), counts
    assert counts["NONE"] >= 50
    assert len(rows) >= 450
    texts = [r[1] for r in rows]
    assert len(set(texts)) == len(texts)  # no sentence twice
    for _label, text, start, end in rows:
        assert text[start:end].strip() and "[" not in text and "]" not in text


def test_held_out_split_is_every_fifth_sentence_of_each_type() -> None:
    rows = read_sentences()
    train, test = split(rows)
    assert not set(train) & set(test) and len(train) + len(test) == len(rows)
    by_type = Counter(rows[i][0] for i in test)
    assert by_type["AID"] == sum(1 for r in rows if r[0] == "AID") // 5


def test_shipped_model_fits_its_labels() -> None:
    model = event_typer.load_model()
    assert set(model.labels) == set(load_json("plover_types.json")["types"]) | {"NONE"}
    assert model.weights.shape == (len(model.labels), 768)
    assert model.meta["train"] + model.meta["held_out"] == len(read_sentences())


def test_probabilities_are_a_softmax_over_the_labels() -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    probs = event_typer.probabilities(rng.normal(size=(3, 768)).astype(np.float32))
    assert probs.shape == (3, len(event_typer.load_model().labels))
    assert np.allclose(probs.sum(axis=1), 1.0)


def test_the_typer_switch(monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    monkeypatch.delenv(event_typer.TYPER_ENV, raising=False)
    assert event_typer.typer() == event_typer.DEFAULT_TYPER
    monkeypatch.setenv(event_typer.TYPER_ENV, "Classifier")
    assert event_typer.fallback_typer() is event_typer.classify_tokens
    monkeypatch.setenv(event_typer.TYPER_ENV, "lexicon")
    assert event_typer.fallback_typer()(["a", "b"]) == [("", 0.0), ("", 0.0)]
    monkeypatch.setenv(event_typer.TYPER_ENV, "prototypes")
    assert event_typer.fallback_typer() is None
    monkeypatch.setenv(event_typer.TYPER_ENV, "magic")
    assert event_typer.typer() == event_typer.DEFAULT_TYPER
    assert "magic" in caplog.text


@pytest.mark.slow
def test_held_out_sentences_are_typed_well_enough(nlp: Any) -> None:
    rows = read_sentences()
    _train, test = split(rows)
    tokens = []
    for i in test:
        _label, text, start, end = rows[i]
        tokens.append(nlp(text).char_span(start, end, alignment_mode="expand").root)
    preds = [t or "NONE" for t, _p in event_typer.classify_tokens(tokens, threshold=0.0)]
    right = sum(p == rows[i][0] for p, i in zip(preds, test, strict=True))
    assert right / len(test) >= HELD_OUT_FLOOR, (right, len(test))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Finland bankrolled the new school for refugee children.", "bankrolled", "AID"),
    ("The regime outlawed the largest opposition party.", "outlawed", "COERCE"),
    ("Protesters picketed the ministry for a second day.", "picketed", "PROTEST"),
    ("The striker scored a late goal in the final.", "scored", "NONE"),
])
def test_made_up_sentences_outside_the_training_file(nlp: Any, text: str, trigger: str,
                                                     expected: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    (label, p), = event_typer.classify_tokens([tok], threshold=0.0)
    assert (label or "NONE") == expected, (label, p)


@pytest.mark.slow
def test_the_switch_routes_unknown_verbs_through_the_classifier(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """With NEWSWEAVE_EVENT_TYPER=classifier, a verb the lexicon does not know ("underwrite";
    "bankroll" was one until session 25's senses) is typed by the classifier in
    extract_events' fallback; with "lexicon" it is not."""
    from newsweave.extract.actors import build_context
    from newsweave.extract.event_triggers import embedding_candidates
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    assert "underwrite" not in load_json("event_lexicon.json")["verbs"]
    text = "Egypt underwrote the Sudanese army with two billion dollars in aid."
    doc = nlp(text)
    ctx = build_context(doc, extract_mentions(doc, Article(article_id="a", source="a.txt",
                                                           text=text)), [])
    verb = [t for t in doc if t.lemma_ == "underwrite"]
    monkeypatch.setenv(event_typer.TYPER_ENV, "classifier")
    found = embedding_candidates(verb, ctx, event_typer.fallback_typer())
    assert [(c.sense["type"], c.trigger.text) for c in found] == [("AID", "underwrote")]
    assert found[0].confidence >= event_typer.CLASSIFIER_THRESHOLD
    monkeypatch.setenv(event_typer.TYPER_ENV, "lexicon")
    assert embedding_candidates(verb, ctx, event_typer.fallback_typer()) == []


def test_features_embed_an_articles_phrases_and_clauses_in_one_call(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """featurize asks the encoder once (phrases then clauses, CLAUSE_BATCH per forward pass),
    and each row is still [predicate vector | clause vector] of that pair, in input order."""
    import numpy as np

    from newsweave.extract import event_triggers

    calls: list[tuple[list[str], int | None]] = []

    def fake(texts: list[str], batch_size: int | None = None) -> np.ndarray:
        calls.append((list(texts), batch_size))
        return np.array([[float(len(t))] * 384 for t in texts], dtype=np.float32)

    monkeypatch.setattr(event_triggers, "embed_single_threaded", fake)
    pairs = [("sent aid", "The council sent aid to the villages"),
             ("met the envoy", "Two ministers met the envoy on Monday")]
    features = event_typer.featurize(pairs)
    assert features.shape == (2, 768)
    assert calls == [(["sent aid", "met the envoy", *[c for _, c in pairs]],
                      event_typer.CLAUSE_BATCH)]
    assert features[0, 0] == len("sent aid") and features[0, 384] == len(pairs[0][1])
    assert features[1, 0] == len("met the envoy") and features[1, 767] == len(pairs[1][1])
    assert event_typer.featurize([]).shape == (0, 768)


@pytest.mark.slow
def test_joint_batches_give_the_vectors_of_one_batch() -> None:
    """Batching changes only padding: the features match one mixed batch of the
    same made-up phrases to float rounding, and so do the typer's probabilities."""
    import numpy as np

    from newsweave.nlp.models import load_embedder

    pairs = [("shelled the port", "Rebel gunners shelled the port city through the night"),
             ("pledged money", "The donors pledged money for the flooded districts"),
             ("sued the mayor", "A residents' group sued the mayor over the closed clinic "
                                "in the eastern suburbs last week"),
             ("visited Oslo", "The prime minister visited Oslo"),
             ("blocked the road", "Farmers blocked the road with tractors")]
    texts = [p for p, _ in pairs] + [c for _, c in pairs]
    mixed = load_embedder().encode(texts, batch_size=16)
    joint = np.hstack([mixed[:5], mixed[5:]])
    ours = event_typer.featurize(pairs)
    assert np.allclose(ours, joint, atol=1e-5)
    assert np.allclose(event_typer.probabilities(ours), event_typer.probabilities(joint),
                       atol=1e-5)


def test_embed_takes_a_batch_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """embed hands its batch size to the encoder (memo and order unchanged)."""
    import numpy as np

    from newsweave.nlp import models

    seen: list[int] = []

    class Encoder:
        def encode(self, texts: list[str], batch_size: int = 32, **_: Any) -> np.ndarray:
            seen.append(batch_size)
            return np.array([[float(len(t))] for t in texts], dtype=np.float32)

    monkeypatch.setattr(models, "load_embedder", lambda: Encoder())
    monkeypatch.setattr(models, "_embed_memo", lambda: {})
    out = models.embed(["a made-up clause", "xy"], batch_size=3)
    assert seen == [3] and out[:, 0].tolist() == [16.0, 2.0]
    models.embed(["zz"])
    assert seen == [3, models.EMBED_BATCH]


# session 26 (evtypes26): the classifier learns from the development suites too

@pytest.mark.parametrize(("text", "source", "trigger"), [
    # the verb whose own subject names the source, not the purpose clause's
    ("Malta and Tunisia agreed to run a joint ferry line.", "Malta", "agreed"),
    # among two verbs of the source, the one whose other words name the target
    ("After Latvia closed its airspace, Latvia summoned the envoy of Belarus.", "Latvia",
     "summoned"),
    # a passive's agent is its doer
    ("The fishing boat was impounded by Senegal on Sunday.", "Senegal", "impounded"),
])
def test_the_gold_trigger_is_the_predicate_of_the_gold_source(
        nlp: Any, text: str, source: str, trigger: str) -> None:
    from train_type_classifier import gold_trigger

    row = {"source": {"name": source}, "target": {"name": "Belarus"}}
    found = gold_trigger(nlp(text), row)
    assert found is not None and found.text == trigger


def test_no_gold_trigger_when_an_event_noun_is_the_subject(nlp: Any) -> None:
    """'The seizure of the boat by Senegal was confirmed': the noun is the act, and
    'confirmed' must not learn its type."""
    from train_type_classifier import gold_trigger

    doc = nlp("The seizure of the fishing boat by Senegal was confirmed on Sunday.")
    assert gold_trigger(doc, {"source": {"name": "Senegal"}, "target": None}) is None


def test_suite_examples_label_the_trigger_and_the_verbs_around_it(nlp: Any,
                                                                   tmp_path: Path) -> None:
    """An event sentence gives its trigger with the gold type and its other predicate verbs
    as NONE; a look-alike gives NONE for each verb; a sentence with a second act (`also`)
    gives only its trigger."""
    import json

    from train_type_classifier import suite_examples

    def row(i: str, text: str, etype: str | None, source: str | None,
            **more: Any) -> str:
        side = {"name": source, "country": "MLT"} if source else None
        return json.dumps({"id": i, "text": text, "date": "2025-01-01", "type": etype,
                           "source": side, "target": None, "mode": None,
                           "modality": "asserted" if etype else None, **more})

    path = tmp_path / "suite.jsonl"
    path.write_text("\n".join([
        row("e1", "Malta agreed to build a sea wall for the harbour.", "AGREE", "Malta"),
        row("n1", "The bakers agreed that the bread tasted better.", None, None),
        row("a1", "Malta agreed to free the sailors it had detained.", "AGREE", "Malta",
            also=["RETREAT"]),
    ]) + "\n", "utf-8")
    got = [(label, tok.text) for label, tok in suite_examples(path, nlp)]
    assert got[:2] == [("AGREE", "agreed"), ("NONE", "build")]
    assert ("NONE", "tasted") in got and ("AGREE", "agreed") in got[2:]
    assert got[-1] == ("AGREE", "agreed")  # no NONE after the sentence with a second act
    assert ("NONE", "free") not in got and ("NONE", "detained") not in got


def test_the_fallback_never_gives_a_type_whose_lexicon_senses_failed(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rule failed_sense_veto: 'reject' has REJECT senses; when none held ('rejected the
    audit as unfair': no proposal, demand or offer), the fallback may not type it REJECT, but
    it may give a type the lexicon has no sense of 'reject' for; a verb the lexicon does not
    know is never vetoed; ablated, nothing is."""
    from newsweave.extract import ablation
    from newsweave.extract.event_triggers import _sense_failed

    doc = nlp("The mayor of Tarn rejected the audit as unfair, and Malta underwrote the loan.")
    reject = next(t for t in doc if t.lemma_ == "reject")
    underwrite = next(t for t in doc if t.lemma_ == "underwrite")
    senses = load_json("event_lexicon.json")["verbs"]
    assert "REJECT" in {s["type"] for s in senses["reject"]}
    assert "MOBILIZE" not in {s["type"] for s in senses["reject"]}
    assert "underwrite" not in senses
    monkeypatch.delenv(ablation.ABLATE_ENV, raising=False)
    assert _sense_failed(reject, "REJECT")
    assert not _sense_failed(reject, "MOBILIZE")
    assert not _sense_failed(underwrite, "AID")
    monkeypatch.setenv(ablation.ABLATE_ENV, "failed_sense_veto")
    assert not _sense_failed(reject, "REJECT")
