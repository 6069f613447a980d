"""Measure event typing: lexicon alone, lexicon + type prototypes (the old fallback), lexicon +
the learned classifier as fallback, and the classifier typing every trigger.

    PYTHONPATH=src python scripts/eval_type_classifier.py [--sets heldout fresh fresh2]

1. Our own held-out sentences (every 5th of tests/data/event_type_sentences.tsv, never
   trained on): each sentence runs through extract_events; its prediction is the type of the
   event whose span holds the marked trigger, else NONE. Reported: accuracy over all held-out
   sentences (NONE included), precision (right / typed events), recall (right / event
   sentences). "classifier on trigger" is the classifier alone on the marked word.
2. The gold event sets (tests/data/<set>_events + <set>_events_gold.json): recall as in
   newsweave.evaluation.events (doc, actor group, type, recipient group) and precision
   (emitted events that match some gold event of their article / emitted events).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
MODES = ("lexicon", "prototypes", "classifier", "classifier_only")


@contextlib.contextmanager
def mode(name: str) -> Iterator[None]:
    """Run extract_events as `name` (the typer switch, or every trigger retyped)."""
    from newsweave.extract import event_triggers, event_typer

    os.environ[event_typer.TYPER_ENV] = "classifier" if name == "classifier_only" else name
    # event_triggers looks sense_of up as a module global at each call, so patching it there
    # retypes every trigger the extractor finds
    original = event_triggers.sense_of
    if name == "classifier_only":
        def retyped(tok: Any, ctx: Any) -> dict[str, Any] | None:
            sense = original(tok, ctx)
            if sense is None:
                return None
            (etype, _p), = event_typer.classify_tokens([tok], threshold=0.0)
            if not etype:
                return None
            return {**sense, "type": etype, "mode": None}
        event_triggers.sense_of = retyped  # type: ignore[assignment]
    try:
        yield
    finally:
        event_triggers.sense_of = original  # type: ignore[assignment]
        os.environ.pop(event_typer.TYPER_ENV, None)


def sentence_scores(nlp: Any) -> dict[str, dict[str, float]]:
    from train_type_classifier import read_sentences, split

    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    rows = read_sentences()
    _train, test = split(rows)
    held = [rows[i] for i in test]
    docs = [nlp(text) for _l, text, _s, _e in held]
    out: dict[str, dict[str, float]] = {}
    for name in MODES:
        preds = []
        with mode(name):
            for (_label, text, start, _end), doc in zip(held, docs, strict=True):
                art = Article(article_id="art_eval", source="eval.txt", text=text,
                              published="2020-03-02")
                events, _ = extract_events(doc, art, extract_mentions(doc, art), [])
                hit = [e.type for e in events if e.span[0] <= start < e.span[1]]
                preds.append(hit[0] if hit else "NONE")
        out[name] = _prf([r[0] for r in held], preds)
    out.update(trigger_scores(held, docs))
    return out


def trigger_scores(held: list[Any], docs: list[Any]) -> dict[str, dict[str, float]]:
    """Typing alone, on the marked trigger (no argument rules): the lexicon's first sense
    that holds, the prototypes for a verb it misses, the classifier, and their mixes."""
    from newsweave.extract.actors import build_context
    from newsweave.extract.event_triggers import classify_phrases, predicate_phrase, sense_of
    from newsweave.extract.event_typer import CLASSIFIER_THRESHOLD, classify_tokens
    from newsweave.extract.mentions import extract_mentions
    from newsweave.model import Article

    gold = [r[0] for r in held]
    triggers = [doc.char_span(s, e, alignment_mode="expand").root
                for (_l, _t, s, e), doc in zip(held, docs, strict=True)]
    lexicon = []
    for tok, doc in zip(triggers, docs, strict=True):
        art = Article(article_id="art_eval", source="eval.txt", text=doc.text)
        sense = sense_of(tok, build_context(doc, extract_mentions(doc, art), []))
        lexicon.append(sense["type"] if sense else "NONE")
    protos = [t or "NONE" for t, _s in classify_phrases([predicate_phrase(t)
                                                          for t in triggers])]
    scored = classify_tokens(triggers, threshold=0.0)
    classifier = [t or "NONE" for t, _p in scored]
    confident = [t if t and p >= CLASSIFIER_THRESHOLD else "NONE" for t, p in scored]
    return {
        "trigger: lexicon": _prf(gold, lexicon),
        "trigger: lexicon + prototypes": _prf(gold, [lx if lx != "NONE" else pr for lx, pr
                                                      in zip(lexicon, protos, strict=True)]),
        "trigger: classifier": _prf(gold, classifier),
        "trigger: lexicon + classifier >= threshold": _prf(
            gold, [lx if lx != "NONE" else c for lx, c in zip(lexicon, confident, strict=True)]),
        "trigger: lexicon + classifier": _prf(
            gold, [lx if lx != "NONE" else c for lx, c in zip(lexicon, classifier, strict=True)]),
    }


def _prf(gold: list[str], pred: list[str]) -> dict[str, float]:
    right = sum(g == p for g, p in zip(gold, pred, strict=True))
    typed = [(g, p) for g, p in zip(gold, pred, strict=True) if p != "NONE"]
    events = [(g, p) for g, p in zip(gold, pred, strict=True) if g != "NONE"]
    return {"n": len(gold), "accuracy": round(right / len(gold), 3),
            "precision": round(sum(g == p for g, p in typed) / len(typed), 3) if typed else 0.0,
            "recall": round(sum(g == p for g, p in events) / len(events), 3) if events else 0.0,
            "typed": len(typed)}


def set_scores(nlp: Any, name: str) -> dict[str, dict[str, float]]:
    from newsweave.evaluation.events import _matches, actor_groups
    from newsweave.extract import analyze_doc
    from newsweave.ingest import ingest

    folder = ROOT / "tests/data" / f"{name}_events"
    gold = json.loads((ROOT / "tests/data" / f"{name}_events_gold.json").read_text("utf-8"))
    groups = actor_groups(gold.get("actors", {}))
    arts = {}
    for item in ingest([str(folder)]):
        art = getattr(item, "article_id", None) and item
        if art is not None:
            arts[Path(art.source.split("#", 1)[0]).name] = art
    by_doc = {key: arts.get(doc["file"]) for key, doc in gold["docs"].items()}
    parsed = {key: nlp(a.text) for key, a in by_doc.items() if a is not None}
    out: dict[str, dict[str, float]] = {}
    for m in MODES:
        found = emitted = matched = 0
        with mode(m):
            events = {key: analyze_doc(by_doc[key], doc).events  # type: ignore[arg-type]
                      for key, doc in parsed.items()}
        for ev in gold["events"]:
            if any(_matches(e, ev, groups) for e in events.get(ev["doc"], [])):
                found += 1
        for key, evs in events.items():
            mine = [g for g in gold["events"] if g["doc"] == key]
            emitted += len(evs)
            matched += sum(any(_matches(e, g, groups) for g in mine) for e in evs)
        out[m] = {"recall": round(found / len(gold["events"]), 3), "found": found,
                  "gold": len(gold["events"]), "emitted": emitted,
                  "precision": round(matched / emitted, 3) if emitted else 0.0}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=["heldout", "fresh", "fresh2"])
    parser.add_argument("--no-sentences", action="store_true")
    args = parser.parse_args()
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    report: dict[str, Any] = {}
    if not args.no_sentences:
        report["own held-out sentences"] = sentence_scores(nlp)
        print(json.dumps(report, indent=1), flush=True)
    for name in args.sets:
        report[name] = set_scores(nlp, name)
        print(json.dumps({name: report[name]}, indent=1), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
