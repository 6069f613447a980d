"""Analyze every article of the shared corpus and list the ones whose analysis fails (run by
hand; prints the count of articles, of failures, and one line per failure).

    python benchmarks/analyze_corpus.py [--corpus ../shared/corpus] [--only seeds|ecbplus|html]

Seeds and ECB+ files are read through ingest (ECB+ files hold one sentence per line); the
html-benchmark articles are the bodies of its ground-truth.json. Each article is parsed and
run through analyze_doc on its own, so one failure names its article and the exception.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_articles(corpus: Path, only: str | None = None) -> Iterator[tuple[str, object]]:
    """(label, Article) for every article of the three corpus parts."""
    from newsweave.ingest import ingest
    from newsweave.model import Article, stable_id

    parts: list[tuple[str, list[Path]]] = [
        ("seeds", sorted((corpus / "seeds").glob("*.txt"))),
        ("ecbplus", sorted((corpus / "ecbplus").rglob("*.txt"))),
    ]
    for name, files in parts:
        if only and only != name:
            continue
        for item in ingest([str(f) for f in files]):
            if isinstance(item, Article):
                yield f"{name}:{Path(item.source).name}", item
    if only in (None, "html"):
        truth = json.loads((corpus / "html-benchmark" / "ground-truth.json").read_text("utf-8"))
        for key, row in sorted(truth.items()):
            body = (row.get("articleBody") or "").strip()
            if body:
                yield f"html:{key[:12]}", Article(article_id=stable_id("art", body),
                                                  source=key, text=body)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", choices=("seeds", "ecbplus", "html"))
    args = parser.parse_args()
    from newsweave.extract import analyze_doc
    from newsweave.nlp.models import load_spacy

    nlp = load_spacy()
    total, failures, events, guessed = 0, [], 0, 0
    started = time.perf_counter()
    for label, art in corpus_articles(args.corpus, args.only):
        total += 1
        try:
            analysis = analyze_doc(art, nlp(art.text))  # type: ignore[attr-defined]
            events += len(analysis.events)
            if not art.published:  # type: ignore[attr-defined]
                # a date the text gives no year for, in an article with no date: guessed
                guessed += sum(1 for e in analysis.events if e.date and
                               not re.search(r"\d{4}", e.date_text or ""))
        except Exception as exc:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            failures.append(f"{label}: {type(exc).__name__}: {str(exc)[:80]} "
                            f"({Path(where.filename).name}:{where.lineno})")
    for line in failures:
        print(line)
    print(f"{total} articles, {len(failures)} failed, {events} events "
          f"({guessed} dated from a relative date in an undated article), "
          f"{time.perf_counter() - started:.0f} s")
    return 1 if failures or not total else 0


if __name__ == "__main__":
    sys.exit(main())
