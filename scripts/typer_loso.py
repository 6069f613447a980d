"""Leave-one-suite-out measure of the learned event typer: does it carry over to phrasings of
a suite it never saw?

    PYTHONPATH=src python scripts/typer_loso.py [--suite NAME ...] [--threshold P] [--C C]

For each development suite (train_type_classifier.SUITES) the classifier is trained on
tests/data/event_type_sentences.tsv and every other suite, and the pipeline runs on the suite
left out twice: with the lexicon alone (NEWSWEAVE_EVENT_TYPER=lexicon) and with the lexicon
plus that classifier (classifier). Printed per suite: type recall, precision and clean
negatives of both, as benchmarks/event_sets.py scores them. Features are cached (--cache).
The untouched suites and typer-heldout are never read.

Session 26 (evtypes26, C=4, threshold 0.65, rule failed_sense_veto), over the 14 suites' 2,117
events: lexicon alone type 0.882 (1867), precision 0.918 (1948/2123), clean 0.922 (801/869);
+ classifier 0.888 (1880), 0.916 (1963/2142), 0.921 (800/869). Gains on senses-dev (+6),
wire-dev5, actors-dev (+2), accuse-dev, sentences, types-dev (+1); a false event each on
hardneg, reported-dev, actors-dev and wire-dev5. Without the veto 1892 and 0.916 (1977/2158),
but it typed 'rejected the report as biased' REJECT on the article sets; at threshold 0.6,
1884 and 0.917 (1967/2146).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def features(cache: Path | None) -> dict[str, tuple[list[str], Any]]:
    """Group ('tsv' or a suite name) -> (labels, feature rows)."""
    import numpy as np
    from train_type_classifier import read_sentences, suite_pairs, trigger_pairs

    from newsweave.extract.event_typer import featurize

    if cache is not None and cache.exists():
        data = np.load(cache, allow_pickle=False)
        groups = [str(g) for g in data["groups"]]
        return {g: ([str(v) for v in data[f"y_{g}"]], data[f"x_{g}"]) for g in groups}
    rows = read_sentences()
    out = {"tsv": ([r[0] for r in rows], featurize(trigger_pairs(rows)))}
    for name, (labels, pairs) in suite_pairs().items():
        out[name] = (labels, featurize(pairs))
    if cache is not None:
        arrays = {f"x_{g}": x for g, (_, x) in out.items()}
        arrays.update({f"y_{g}": np.asarray(y) for g, (y, _) in out.items()})
        np.savez(cache, groups=np.asarray(list(out)), **arrays)
    return out


def train(data: dict[str, tuple[list[str], Any]], leave_out: str | None, c: float) -> Any:
    import numpy as np
    from train_type_classifier import fit

    from newsweave.extract.event_typer import TypeModel

    xs = [x for g, (_, x) in data.items() if g != leave_out]
    ys = [v for g, (y, _) in data.items() if g != leave_out for v in y]
    model = fit(np.vstack(xs), ys, c)
    return TypeModel(tuple(str(v) for v in model.classes_),
                     np.asarray(model.coef_, dtype=np.float32),
                     np.asarray(model.intercept_, dtype=np.float32), {})


@contextlib.contextmanager
def typer(name: str, model: Any = None) -> Iterator[None]:
    from newsweave.extract import event_typer

    original = event_typer.load_model
    os.environ[event_typer.TYPER_ENV] = name
    if model is not None:
        event_typer.load_model = lambda: model  # type: ignore[assignment]
    try:
        yield
    finally:
        event_typer.load_model = original  # type: ignore[assignment]
        os.environ.pop(event_typer.TYPER_ENV, None)


def scores(path: Path) -> dict[str, Any]:
    from newsweave.evaluation.events import load_sentences, run_sentences, score_sentences

    rows = load_sentences(path)
    metrics = score_sentences(rows, run_sentences(rows))
    return {"type": metrics[0], "precision": metrics[3], "clean": metrics[5]}


def show(metric: Any) -> str:
    return f"{metric.value or 0:.3f} ({metric.numerator}/{metric.denominator})"


def main() -> int:
    from train_type_classifier import SUITES, C

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append", choices=sorted(SUITES))
    parser.add_argument("--C", type=float, default=C)
    parser.add_argument("--threshold", type=float)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--no-lexicon", action="store_true", help="skip the lexicon-only run")
    args = parser.parse_args()
    if args.threshold is not None:
        os.environ["NEWSWEAVE_CLASSIFIER_THRESHOLD"] = str(args.threshold)
    data = features(args.cache)
    total: dict[str, list[int]] = {}
    for name in args.suite or sorted(SUITES):
        model = train(data, name, args.C)
        runs = {}
        if not args.no_lexicon:
            with typer("lexicon"):
                runs["lexicon"] = scores(SUITES[name])
        with typer("classifier", model):
            runs["+classifier"] = scores(SUITES[name])
        for label, got in runs.items():
            print(f"{name:13s} {label:12s} type {show(got['type'])}  precision "
                  f"{show(got['precision'])}  clean {show(got['clean'])}", flush=True)
            acc = total.setdefault(label, [0] * 6)
            for k, key in enumerate(("type", "precision", "clean")):
                acc[2 * k] += got[key].numerator
                acc[2 * k + 1] += got[key].denominator
    for label, acc in total.items():
        print(f"{'ALL':13s} {label:12s} type {acc[0] / max(acc[1], 1):.3f} ({acc[0]}/{acc[1]})"
              f"  precision {acc[2] / max(acc[3], 1):.3f} ({acc[2]}/{acc[3]})"
              f"  clean {acc[4] / max(acc[5], 1):.3f} ({acc[4]}/{acc[5]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
