"""How well newsweave's mentions find and label names, on the made-up names set (run by hand):

    python benchmarks/names_dev.py [--file tests/data/names_dev.jsonl] [--misses N]
                                   [--raw] [--json OUT]

tests/data/names_dev.jsonl (see names_dev.md) holds wire-style sentences we wrote, each name
marked with its type (PERSON, ORG, GPE, NORP; "ORG|NORP" accepts either) before any run. Each
record is parsed by the pipeline of the settings and given to `extract_mentions`, as an article
would be. A name is found when a mention has exactly its characters (a final period aside);
it is right when the mention's label is of its type (GPE also takes LOC and FAC). Per type:
recall (gold names of the type found with that type), precision (mentions of the type that
are a gold name of the type), and untyped recall (found with any label). `--raw` scores
spaCy's own `doc.ents` as well (the tagger before newsweave's name rules). `--misses N`
prints up to N misses and false names.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests/data/names_dev.jsonl"
TYPES = ("PERSON", "ORG", "GPE", "NORP")
CLASS_OF = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "GPE", "FAC": "GPE",
            "NORP": "NORP"}


def load(path: Path) -> list[dict[str, Any]]:
    """The records of a names file (id, group, text, names: text, start, end, label)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def score(records: list[dict[str, Any]],
          found: dict[str, list[tuple[int, int, str]]]) -> dict[str, Any]:
    """Recall and precision by type of the names `found` per record id ((start, end, label))."""
    gold_n: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    any_hit: Counter[str] = Counter()
    emitted: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses: list[str] = []
    for rec in records:
        # a name's final period ("Veltrix Inc.") may be left out of the mention
        spans = {(n["start"], n["end"] - n["text"].endswith(".")): n for n in rec["names"]}
        got = {(s, e): CLASS_OF.get(label, label) for s, e, label in found.get(rec["id"], [])}
        for (s, e), name in spans.items():
            kinds = name["label"].split("|")
            gold_n[kinds[0]] += 1
            label = got.get((s, e))
            if label is not None:
                any_hit[kinds[0]] += 1
            if label in kinds:
                hit[kinds[0]] += 1
            else:
                misses.append(f"{rec['id']} miss {name['text']!r} {name['label']} "
                              f"got {label or '-'} | {rec['text']}")
        for (s, e), label in got.items():
            if label not in TYPES:
                continue
            emitted[label] += 1
            gold = spans.get((s, e))
            if gold is not None and label in gold["label"].split("|"):
                right[label] += 1
            elif gold is None:
                misses.append(f"{rec['id']} false {rec['text'][s:e]!r} {label} | {rec['text']}")
    by_type = {}
    for t in TYPES:
        by_type[t] = {"gold": gold_n[t], "recall": _ratio(hit[t], gold_n[t]),
                      "found_any_label": _ratio(any_hit[t], gold_n[t]),
                      "emitted": emitted[t], "precision": _ratio(right[t], emitted[t])}
    total_gold, total_emitted = sum(gold_n.values()), sum(emitted.values())
    return {"by_type": by_type,
            "all": {"gold": total_gold, "recall": _ratio(sum(hit.values()), total_gold),
                    "found_any_label": _ratio(sum(any_hit.values()), total_gold),
                    "emitted": total_emitted,
                    "precision": _ratio(sum(right.values()), total_emitted)},
            "misses": misses}


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def run(path: Path, raw: bool) -> dict[str, dict[str, Any]]:
    """Scores of the mentions (and with `raw`, of spaCy's doc.ents) on the file."""
    from newsweave.extract.mentions import extract_mentions
    from newsweave.nlp.components import NAMES, text_article
    from newsweave.nlp.models import load_spacy
    from newsweave.nlp.names import fix_names

    nlp = load_spacy()
    records = load(path)
    mentions: dict[str, list[tuple[int, int, str]]] = {}
    ents: dict[str, list[tuple[int, int, str]]] = {}
    for rec in records:
        doc = nlp(rec["text"], disable=[NAMES])
        if raw:
            ents[rec["id"]] = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        doc = fix_names(doc)  # the pipeline's last step, run here after the raw ents
        article = text_article(rec["text"])
        mentions[rec["id"]] = [(m.span[0], m.span[1], m.label)
                               for m in extract_mentions(doc, article)]
    out = {"mentions": score(records, mentions)}
    if raw:
        out["doc.ents"] = score(records, ents)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEV)
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--raw", action="store_true", help="also score spaCy's doc.ents")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    results = run(args.file, args.raw)
    for what, res in results.items():
        print(f"== {what} ({args.file.name})")
        print(f"{'type':8} {'gold':>5} {'recall':>7} {'any':>6} {'emitted':>8} {'prec':>6}")
        for t, r in [*res["by_type"].items(), ("all", res["all"])]:
            print(f"{t:8} {r['gold']:5} {r['recall']:7.3f} {r['found_any_label']:6.3f} "
                  f"{r['emitted']:8} {r['precision']:6.3f}")
        for line in res["misses"][:args.misses]:
            print("  " + line)
    if args.json:
        args.json.write_text(json.dumps({k: {x: y for x, y in v.items() if x != "misses"}
                                         for k, v in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
