"""Leave-one-suite-out measurement of the learned event typer (run by hand).

    python benchmarks/type_classifier_loso.py [--suite NAME ...] [--c C] [--cache FILE]
                                              [--modes lexicon today loso ...] [--json OUT]

For each development sentence suite (benchmarks/event_sets.py, never an untouched one): the
classifier is trained by scripts/train_type_classifier.py without that suite's rows
(--exclude), written to a temporary file, and the suite is scored with it
(NEWSWEAVE_EVENT_TYPE_MODEL) through the pipeline, as event_sets.py scores it: type, type +
source, type + source + target, precision. So each number is the classifier on text it never
saw. Modes: `lexicon` (NEWSWEAVE_EVENT_TYPER=lexicon), `today` (the shipped model, as it is in
the checkout), `loso` (the classifier trained without the suite), `loso-doubt` (the same, with
the classifier's second opinion on doubted lexicon senses: rule classifier_doubt on; the
others run with it off). The embeddings of the training rows are cached in --cache (default
/tmp/type_loso_features.npz) keyed by their (predicate phrase, clause) text.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

MODES = ("lexicon", "today", "loso", "loso-doubt")
THRESHOLD_ENV = "NEWSWEAVE_CLASSIFIER_THRESHOLD"


class FeatureCache:
    """event_typer.featurize with the rows kept by their (predicate, clause) text."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        self.path = path
        self.rows: dict[tuple[str, str], Any] = {}
        if path.exists():
            data = np.load(path, allow_pickle=False)
            for p, c, v in zip(data["pred"], data["clause"], data["x"], strict=True):
                self.rows[(str(p), str(c))] = v

    def __call__(self, pairs: list[tuple[str, str]]) -> Any:
        import numpy as np

        from newsweave.extract.event_typer import featurize

        todo = sorted({p for p in pairs if p not in self.rows})
        if todo:
            for pair, vec in zip(todo, featurize(todo), strict=True):
                self.rows[pair] = vec
            keys = list(self.rows)
            np.savez(self.path, pred=np.asarray([k[0] for k in keys]),
                     clause=np.asarray([k[1] for k in keys]),
                     x=np.stack([self.rows[k] for k in keys]))
        return np.stack([self.rows[p] for p in pairs])


def memo_pairs() -> Any:
    """train_type_classifier.trigger_pairs with each row's parse kept (a fold re-reads the
    same rows)."""
    import train_type_classifier

    original = train_type_classifier.trigger_pairs
    kept: dict[tuple[str, int, int], tuple[str, str]] = {}

    def pairs(rows: list[Any]) -> list[tuple[str, str]]:
        todo = [r for r in rows if (r[1], r[2], r[3]) not in kept]
        for r, pair in zip(todo, original(todo) if todo else [], strict=True):
            kept[(r[1], r[2], r[3])] = pair
        return [kept[(r[1], r[2], r[3])] for r in rows]

    train_type_classifier.trigger_pairs = pairs  # type: ignore[assignment]
    return pairs


def score_suite(name: str, thresholds: tuple[float, ...] = ()) -> dict[str, Any]:
    """type, +source, +target, precision of one suite; with `thresholds`, also as if the
    classifier's events below each probability were not emitted (the run itself uses the
    lowest: set NEWSWEAVE_CLASSIFIER_THRESHOLD to it)."""
    from event_sets import SENTENCE_SUITES
    from newsweave.evaluation.events import load_sentences, run_sentences, score_sentences

    rows = load_sentences(SENTENCE_SUITES[name])
    found = run_sentences(rows)
    out: dict[str, Any] = {}
    for t in thresholds or (0.0,):
        kept = {k: [e for e in evs if not (e.rules and e.rules[0].startswith("classifier:")
                                           and e.confidence < t)]
                for k, evs in found.items()}
        metrics = score_sentences(rows, kept)
        scores = {m.name: [m.numerator, m.denominator] for m in metrics[:4]}
        if not thresholds:
            return scores
        out[f"t={t}"] = scores
    return out


def run_mode(name: str, mode: str, model_file: Path | None,
             thresholds: tuple[float, ...] = ()) -> dict[str, Any]:
    from newsweave.config import settings
    from newsweave.extract.ablation import ABLATE_ENV
    from newsweave.extract.event_typer import MODEL_ENV, TYPER_ENV

    env = {TYPER_ENV: "lexicon" if mode == "lexicon" else "classifier"}
    if mode.startswith("loso") and model_file is not None:
        env[MODEL_ENV] = str(model_file)
    if mode != "loso-doubt":
        env[ABLATE_ENV] = "classifier_doubt"
    if thresholds:
        env[THRESHOLD_ENV] = str(min(thresholds))
    saved = {k: os.environ.get(k) for k in (TYPER_ENV, MODEL_ENV, ABLATE_ENV, THRESHOLD_ENV)}
    for k in saved:
        os.environ.pop(k, None)
    os.environ.update(env)
    settings.cache_clear()  # the threshold is a setting, read once
    try:
        return score_suite(name, thresholds)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        settings.cache_clear()


def census_opinions(path: Path, model_file: Path | None = None) -> list[dict[str, Any]]:
    """The classifier's opinion on each hand-judged event of a census sample
    (benchmarks/ecbplus_event_census.py --sample, judged): its trigger token found by lemma in
    the sentence, P(no event), the best label and whether the event was judged of the right
    type."""
    from newsweave.extract import event_typer
    from newsweave.nlp.models import load_spacy

    if model_file is not None:
        os.environ[event_typer.MODEL_ENV] = str(model_file)
    model = event_typer.load_model()
    none = model.labels.index(event_typer.NO_EVENT)
    nlp = load_spacy()
    out: list[dict[str, Any]] = []
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        doc = nlp(row["sentence"])
        toks = [t for t in doc if t.lemma_.lower() == row["trigger"].lower()] or \
            [t for t in doc if t.lower_.startswith(row["trigger"].lower()[:4])]
        if not toks:
            continue
        tok = toks[0]
        probs = event_typer.probabilities(event_typer.featurize(
            [(event_typer.predicate_text(tok), event_typer.clause_text(tok))]), model)[0]
        best = int(probs.argmax())
        out.append({"pair": row["pair"], "lemma": tok.lemma_.lower(),
                    "type_ok": row["judgment"]["type_ok"], "status": row.get("status"),
                    "p_none": round(float(probs[none]), 3), "best": model.labels[best],
                    "sentence": row["sentence"][:90]})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append")
    parser.add_argument("--c", type=float, help="C of the fits (default: the script's)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/type_loso_features.npz"))
    parser.add_argument("--modes", nargs="*", default=list(MODES), choices=MODES)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--thresholds", nargs="*", type=float, default=[],
                        help="also score as if the classifier's events below each were dropped")
    parser.add_argument("--census", type=Path,
                        help="only print the classifier's opinion on this judged sample")
    args = parser.parse_args()
    if args.census is not None:
        rows = census_opinions(args.census)
        for r in sorted(rows, key=lambda r: -r["p_none"]):
            print(f"{r['p_none']:.3f} {r['best']:<9} ok={r['type_ok']!s:<5} "
                  f"{r['status'] or '':<4} {r['pair']:<18} {r['sentence']}")
        return 0
    from train_type_classifier import DEFAULT_C, build, dumps
    from type_training_set import dev_suites

    features = FeatureCache(args.cache)
    memo_pairs()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="type_loso_") as tmp:
        for name in args.suite or list(dev_suites()):
            model_file = None
            if any(m.startswith("loso") for m in args.modes):
                model, _report = build(frozenset({name}), args.c or DEFAULT_C, features)
                model_file = Path(tmp) / f"without_{name}.json"
                model_file.write_text(dumps(model), "utf-8")
            thresholds = tuple(args.thresholds)
            results[name] = {m: run_mode(name, m, model_file, thresholds) for m in args.modes}
            for m, r in results[name].items():
                for label, sc in (r.items() if thresholds else [("", r)]):
                    nums = list(sc.values())
                    print(f"{name:<13} {m:<10} {label:<6} " +
                          "/".join(str(v[0]) for v in nums) +
                          f" of {nums[0][1]} (prec of {nums[3][1]})", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
