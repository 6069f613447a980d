"""Body-extraction quality of our HTML ingest vs plain trafilatura, on the 181-page benchmark.

    python benchmarks/html_extraction.py [--limit N] [--json out.json]

Scoring follows the benchmark's own rule (shared/corpus/html-benchmark/ABOUT.md): word 4-gram
shingles of the predicted body vs the true articleBody; per page tp/fp/fn are normalised to
sum 1, precision and recall are averaged over pages, F1 is their harmonic mean. Both
extractors run in this one process, one after the other, so the pages/s figures compare.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
BENCHMARK = SHARED / "corpus" / "html-benchmark"
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]  # normalised (tp, fp, fn) of one page


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Word n-grams of the text, counted (a text shorter than n is one short shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i:i + n])


def page_counts(truth: str, predicted: str) -> Counts:
    true_sh, pred_sh = shingles(truth), shingles(predicted)
    tp = sum((true_sh & pred_sh).values())
    fp = sum((pred_sh - true_sh).values())
    fn = sum((true_sh - pred_sh).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(counts: list[Counts]) -> dict[str, float]:
    """F1, precision, recall over pages (pages with nothing to score are left out)."""
    precision = statistics.mean([_precision(*c) for c in counts if c[0] + c[1] > 0] or [0.0])
    recall = statistics.mean([_recall(*c) for c in counts if c[0] + c[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall}


def load_pages(limit: int | None = None) -> list[tuple[str, Path, str]]:
    """(page id, .html.gz path, true body) for the benchmark pages, sorted by id."""
    truth = json.loads((BENCHMARK / "ground-truth.json").read_text("utf-8"))
    pages = [(key, BENCHMARK / "html" / f"{key}.html.gz", row["articleBody"])
             for key, row in sorted(truth.items())]
    return pages[:limit] if limit else pages


def trafilatura_default(path: Path) -> str:
    """Plain trafilatura.extract with its default settings on the decoded page."""
    import trafilatura

    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
        html = fh.read()
    return trafilatura.extract(html) or ""


def newsweave_ingest(path: Path) -> str:
    """Our whole ingest path on the file as a user would give it (gzip, decode, extract, clean)."""
    from newsweave.ingest import ingest
    from newsweave.model import Article

    texts = [item.text for item in ingest([str(path)]) if isinstance(item, Article)]
    return "\n\n".join(texts)


def run(name: str, extract: Callable[[Path], str], pages: list[tuple[str, Path, str]]
        ) -> dict[str, float]:
    extract(pages[0][1])  # warm up imports and lazy models outside the timing
    counts = []
    started = time.perf_counter()
    for _key, path, truth in pages:
        counts.append(page_counts(truth, extract(path)))
    seconds = time.perf_counter() - started
    result = score(counts)
    result["pages_per_s"] = len(pages) / seconds if seconds else float("inf")
    result["empty_pages"] = float(sum(1 for c in counts if c[0] + c[1] == 0))
    print(f"{name:<22} F1={result['f1']:.4f}  precision={result['precision']:.4f}  "
          f"recall={result['recall']:.4f}  {result['pages_per_s']:.1f} pages/s  "
          f"(empty: {int(result['empty_pages'])})", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers here")
    args = parser.parse_args(argv)
    if not BENCHMARK.is_dir():
        print(f"benchmark not found at {BENCHMARK} (set NEWSWEAVE_SHARED)", file=sys.stderr)
        return 2
    pages = load_pages(args.limit)
    print(f"{len(pages)} pages from {BENCHMARK}")
    base = run("trafilatura (default)", trafilatura_default, pages)
    ours = run("newsweave ingest", newsweave_ingest, pages)
    ratio = ours["f1"] / base["f1"] if base["f1"] else float("inf")
    speed = ours["pages_per_s"] / base["pages_per_s"] if base["pages_per_s"] else float("inf")
    print(f"F1 ratio (ours / trafilatura) = {ratio:.4f}   speed ratio = {speed:.2f}")
    verdict = "OK" if ours["f1"] >= base["f1"] else "BELOW TRAFILATURA"
    print(f"verdict: {verdict}")
    if args.json:
        args.json.write_text(json.dumps({"trafilatura": base, "newsweave": ours,
                                         "f1_ratio": ratio, "speed_ratio": speed}, indent=2))
    return 0 if ours["f1"] >= base["f1"] else 1


if __name__ == "__main__":
    sys.exit(main())
