"""A seeded random sample of emitted events on ECB+ articles, to judge precision by hand (run
by hand; writes JSONL with one event per line and an empty "judgment" to fill in).

    python benchmarks/ecbplus_event_sample.py OUT.jsonl [--seed 20261204] [--files 120] [--n 40]

The ECB+ files are shuffled with the seed, the first --files are analyzed, and --n events
are drawn from all their events with the same random generator. Files that any of our
annotated sets holds (tests/data/*/, by name or by text) are left out, so the sample is of
texts no set uses.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from analyze_corpus import DEFAULT_CORPUS, corpus_articles

SETS = Path(__file__).resolve().parents[1] / "tests/data"


def used_by_sets(sets: Path = SETS) -> tuple[set[str], set[str]]:
    """File names and texts of every article in our annotated sets (tests/data/*/)."""
    names: set[str] = set()
    texts: set[str] = set()
    for f in sets.glob("*/*.txt"):
        names.add(f.name)
        texts.add(f.read_text("utf-8", errors="replace").strip())
    return names, texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--files", type=int, default=120)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    from newsweave.extract import analyze_doc
    from newsweave.nlp.models import load_spacy

    rng = random.Random(args.seed)
    names, texts = used_by_sets()
    articles = [(label, art) for label, art in corpus_articles(args.corpus, "ecbplus")
                if label.split(":", 1)[1] not in names
                and art.text.strip() not in texts]  # type: ignore[attr-defined]
    rng.shuffle(articles)
    nlp = load_spacy()
    pool = [(label, e) for label, art in articles[:args.files]
            for e in analyze_doc(art, nlp(art.text)).events]  # type: ignore[attr-defined]
    sample = rng.sample(pool, min(args.n, len(pool)))
    with args.out.open("w", encoding="utf-8") as f:
        for i, (label, e) in enumerate(sample):
            side = [(r.name, r.country, r.sector) if r else None for r in (e.actor, e.recipient)]
            f.write(json.dumps({"i": i, "file": label, "type": e.type, "mode": e.mode,
                                "actor": side[0], "recipient": side[1],
                                "modality": e.modality, "trigger": e.trigger,
                                "rules": e.rules, "sentence": e.sentence,
                                "judgment": None}) + "\n")
    print(f"{len(pool)} events in {args.files} shuffled ECB+ files; {len(sample)} sampled "
          f"with seed {args.seed}")


if __name__ == "__main__":
    main()
