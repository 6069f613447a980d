"""Who decides an event's type, by kind of evidence (typer16, session 20): the lexicon's word
before the learned classifier's guess. Gates lexicon_refused_verb and event_noun_object keep a
verb from the classifier, rule doubt_spares_marked keeps the classifier's doubt off a marked
lexicon sense, rule classifier_not_context keeps a classifier guess from silencing a lexicon
event through a false-sense rule. Sentences made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract import event_typer
from newsweave.extract.ablation import ABLATE_ENV


@pytest.fixture
def sure_typer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The classifier typer, made to type every verb it is given as `etype` with 0.99 (so the
    tests do not hang on the shipped model's numbers); returns the setter of etype."""
    asked: dict[str, str] = {"type": "COERCE"}

    def classify(tokens: list[Any], threshold: float | None = None) -> list[tuple[str, float]]:
        return [(asked["type"], 0.99) for _ in tokens]

    monkeypatch.setenv(event_typer.TYPER_ENV, "classifier")
    monkeypatch.setattr(event_typer, "classify_tokens", classify)
    monkeypatch.setattr(event_typer, "doubt_senses", lambda cands: cands)
    return lambda etype: asked.__setitem__("type", etype)


def _by_classifier(events: list[Any], lemma: str) -> list[Any]:
    return [e for e in events if e.trigger == lemma and
            any(r.startswith("classifier:") for r in e.rules)]


# --------------------------------------------------------------- gate lexicon_refused_verb

REFUSED = "Greek coast guards released the rusty trawler on Friday."  # a boat: no captives


def test_a_verb_the_lexicon_refused_is_not_retyped(nlp: Any, sure_typer: Any) -> None:
    assert not _by_classifier(events_of(nlp, REFUSED), "release")


def test_the_gate_is_what_keeps_it(nlp: Any, sure_typer: Any,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "lexicon_refused_verb")
    assert _by_classifier(events_of(nlp, REFUSED), "release")


def test_a_verb_the_lexicon_does_not_know_goes_to_the_classifier(nlp: Any,
                                                                 sure_typer: Any) -> None:
    sure_typer("AID")
    found = _by_classifier(events_of(nlp, "Norway bankrolled a new hospital for Malawi."),
                           "bankroll")
    assert [e.type for e in found] == ["AID"]


def test_the_gate_reads_the_lexicon(nlp: Any) -> None:
    doc = nlp("The inspectors questioned the clerks and bankrolled the audit.")
    verbs = {t.lemma_: t for t in doc if t.pos_ == "VERB"}
    assert event_typer.lexicon_refused_verb(verbs["question"])
    assert not event_typer.lexicon_refused_verb(verbs["bankroll"])


# --------------------------------------------------------------- gate event_noun_object

FACED = "The governor faced sharp criticism in Porto over the budget."


def test_a_verb_with_an_event_noun_object_leaves_the_event_to_the_noun(
        nlp: Any, sure_typer: Any) -> None:
    sure_typer("ACCUSE")
    found = events_of(nlp, FACED)
    assert not _by_classifier(found, "face")
    # the governor is the one criticised, never an accuser
    assert not [e for e in found if e.type == "ACCUSE" and e.actor is not None and
                "governor" in (e.actor.name or "").lower()]


def test_the_noun_gate_is_what_keeps_it(nlp: Any, sure_typer: Any,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sure_typer("ACCUSE")
    monkeypatch.setenv(ABLATE_ENV, "event_noun_object")
    assert _by_classifier(events_of(nlp, FACED), "face")


def test_a_plain_object_is_no_event_noun(nlp: Any) -> None:
    doc = nlp("The governor faced the cameras and faced a storm of criticism.")
    faced = [t for t in doc if t.lemma_ == "face"]
    assert not event_typer.event_noun_object(faced[0])


# --------------------------------------------------------------- rule doubt_spares_marked

class _Tok:
    def __init__(self, lemma: str) -> None:
        self.lemma_ = lemma
        self.text = lemma


def _doubted(monkeypatch: pytest.MonkeyPatch, senses: list[dict[str, Any]]) -> list[int]:
    """Which of these lexicon senses of 'talk' survive a classifier sure they are no event."""
    return _doubted_with(monkeypatch, senses, [_Tok("talk") for _ in senses])


def _doubted_with(monkeypatch: pytest.MonkeyPatch, senses: list[dict[str, Any]],
                  toks: list[Any]) -> list[int]:
    """Which of these lexicon senses (one per trigger of `toks`) survive a classifier sure
    they are no event."""
    import numpy as np

    from newsweave.extract import lexicon
    from newsweave.extract.event_lexicon import Candidate

    model = event_typer.load_model()
    none = model.labels.index("NONE")
    real_load = lexicon.load_json

    def fake_load(name: str) -> Any:
        if name == "classifier_doubt.json":
            return {"about": "", "doubted": ["talk"], "none_threshold": 0.9,
                    "spared_conditions": ["failed_outcome"]}
        return real_load(name)

    def fake_probs(features: Any, _model: Any = None) -> Any:
        out = np.full((len(features), len(model.labels)), 0.0)
        out[:, none] = 0.99
        return out

    monkeypatch.setattr(lexicon, "load_json", fake_load)
    monkeypatch.setattr(event_typer, "featurize", lambda pairs: list(pairs))
    monkeypatch.setattr(event_typer, "probabilities", fake_probs)
    monkeypatch.setattr(event_typer, "predicate_text", lambda tok: tok.text)
    monkeypatch.setattr(event_typer, "clause_text", lambda tok: tok.text)
    cands = [Candidate(tok, sense) for tok, sense in zip(toks, senses, strict=True)]
    kept = event_typer.doubt_senses(cands)
    return [i for i, c in enumerate(cands) if any(k is c for k in kept)]


def test_a_marked_sense_is_not_doubted(monkeypatch: pytest.MonkeyPatch) -> None:
    senses = [{"type": "REJECT", "failed_outcome": True}, {"type": "CONSULT"}]
    assert _doubted(monkeypatch, senses) == [0]


def test_without_the_rule_the_marked_sense_is_doubted_too(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "doubt_spares_marked")
    senses = [{"type": "REJECT", "failed_outcome": True}, {"type": "CONSULT"}]
    assert _doubted(monkeypatch, senses) == []


def test_failed_talks_stay_a_rejection_with_the_shipped_model(nlp: Any) -> None:
    text = "Talks between Chad and Niger over the grazing routes ended without a result."
    assert "REJECT" in [e.type for e in events_of(nlp, text)]


def test_every_spared_condition_is_a_sense_condition() -> None:
    from newsweave.extract.lexicon import load_json

    spared = set(load_json("classifier_doubt.json")["spared_conditions"])
    lex = load_json("event_lexicon.json")
    keys = {k for kind in ("verbs", "nouns") for senses in lex[kind].values()
            for sense in senses for k in sense}
    assert spared and spared <= keys, spared - keys


# --------------------------------------------------------------- rule classifier_not_context

EXPLOITED = "Norvex Software fixed a vulnerability that Iranian hackers had been exploiting."


def test_a_guess_does_not_silence_a_lexicon_event(nlp: Any, sure_typer: Any) -> None:
    sure_typer("ACCUSE")  # 'patched' guessed an accusation: the exploit its content
    assert "ASSAULT" in [e.type for e in events_of(nlp, EXPLOITED)]


def test_the_rule_is_what_keeps_the_lexicon_event(nlp: Any, sure_typer: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    sure_typer("ACCUSE")
    monkeypatch.setenv(ABLATE_ENV, "classifier_not_context")
    assert "ASSAULT" not in [e.type for e in events_of(nlp, EXPLOITED)]


# --------------------------------------------------------------- rule doubt_verbs_only

class _Noun(_Tok):
    pos_ = "NOUN"


def test_a_noun_trigger_is_not_doubted(monkeypatch: pytest.MonkeyPatch) -> None:
    """'the two firms began talks': the classifier's view of a bare noun does not overrule
    the lexicon; a verb of the same lemma is still asked."""
    senses = [{"type": "CONSULT"}, {"type": "CONSULT"}]
    assert _doubted_with(monkeypatch, senses, [_Noun("talk"), _Tok("talk")]) == [0]


def test_without_the_rule_a_noun_is_doubted_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "doubt_verbs_only")
    senses = [{"type": "CONSULT"}, {"type": "CONSULT"}]
    assert _doubted_with(monkeypatch, senses, [_Noun("talk"), _Tok("talk")]) == []


# --------------------------------------------------------------- type gate reported_accusation

WRECKED = '"The junta has wrecked our economy," the Malian opposition leader told reporters.'


def test_an_accusation_guessed_in_a_reported_clause_is_the_speakers(nlp: Any,
                                                                    sure_typer: Any) -> None:
    sure_typer("ACCUSE")
    found = events_of(nlp, WRECKED)
    assert not _by_classifier(found, "wreck")
    accusers = [e.actor.name for e in found if e.type == "ACCUSE" and e.actor is not None]
    assert accusers and all("opposition leader" in (a or "") for a in accusers), accusers


def test_the_type_gate_is_what_drops_the_guess(nlp: Any, sure_typer: Any,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    sure_typer("ACCUSE")
    monkeypatch.setenv(ABLATE_ENV, "reported_accusation")
    assert _by_classifier(events_of(nlp, WRECKED), "wreck")


def test_other_types_in_a_reported_clause_are_kept(nlp: Any) -> None:
    doc = nlp("The minister said Norway had bankrolled the clinic.")
    verb = next(t for t in doc if t.lemma_ == "bankroll")
    assert event_typer.reported_accusation(verb, "ACCUSE")
    assert not event_typer.reported_accusation(verb, "AID")
