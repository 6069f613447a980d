"""Our quotation extractor vs textacy's direct_quotations, side by side in one run.

    python benchmarks/quotes_vs_textacy.py [--gold PATH] [--repeat N]

Both run on the same spaCy docs of the seed corpus and the demo corpus
(newsweave.demo_path.demo_corpus_path()). Printed per corpus: direct-quote recall against the
dev gold (text contains the gold snippet; "+speaker" also needs the gold speaker, same rule as
`newsweave eval`), quotes found, obvious errors (no speaker, a bare pronoun as speaker, short
fragments of under 4 words reported as direct quotes - scare quotes and titles), documents
the extractor gave up on, and time (extraction only; parsing is shared and not counted).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "seeds_dev_gold.json"
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}


@dataclass
class Found:
    """One extracted quotation, reduced to what both extractors give."""

    text: str
    speaker: str | None
    direct: bool


@dataclass
class Tally:
    quotes: int = 0
    direct: int = 0
    no_speaker: int = 0
    pronoun_speaker: int = 0
    short_direct: int = 0
    failed_docs: int = 0
    seconds: float = 0.0
    gold_hits_text: int = 0
    gold_hits_speaker: int = 0
    gold_total: int = 0
    examples: list[str] = field(default_factory=list)


def load_articles(paths: list[str]) -> list[Any]:
    """Articles as our ingest cleans them (so spans and texts match the pipeline)."""
    from newsweave import api
    from newsweave.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        api.ingest(store, paths, analyze=False)
        return [a for a in store.articles() if a.is_english and a.text.strip()]


def ours(doc: Any, article: Any) -> list[Found]:
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes

    quotes = extract_quotes(doc, article, extract_mentions(doc, article))
    return [Found(q.text, q.speaker.name if q.speaker else None, q.kind == "direct")
            for q in quotes]


def textacy_direct(doc: Any, article: Any) -> list[Found]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        content = " ".join(t.text for t in triple.content)
        speaker = " ".join(t.text for t in triple.speaker) if triple.speaker else None
        out.append(Found(content, speaker, True))
    return out


def gold_by_file(gold: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    files = {key: doc["file"] for key, doc in gold.get("docs", {}).items()}
    out: dict[str, list[dict[str, Any]]] = {}
    for q in gold.get("quotes", []):
        if q.get("kind") == "direct" and q["doc"] in files:
            out.setdefault(files[q["doc"]], []).append(q)
    return out


def run(extract: Callable[[Any, Any], list[Found]], pairs: list[tuple[Any, Any]],
        gold: dict[str, Any], repeat: int) -> Tally:
    from newsweave.evaluation import normalize_text
    from newsweave.evaluation.quotes import speaker_matches
    from newsweave.model import ActorRef

    tally = Tally()
    wanted = gold_by_file(gold)
    for doc, article in pairs:
        started = time.perf_counter()
        try:
            for _ in range(repeat):
                found = extract(doc, article)
        except ValueError as exc:  # textacy bails out on an odd number of quote marks
            tally.failed_docs += 1
            tally.examples.append(f"gave up on {Path(article.source).name}: "
                                  f"{str(exc).splitlines()[0][:70]}")
            found = []
        tally.seconds += (time.perf_counter() - started) / repeat
        tally.quotes += len(found)
        for f in found:
            tally.direct += f.direct
            if f.speaker is None:
                tally.no_speaker += 1
            elif f.speaker.lower() in PRONOUNS:
                tally.pronoun_speaker += 1
            if f.direct and len(re.findall(r"\w+", f.text)) < 4:
                tally.short_direct += 1
                if len(tally.examples) < 6:
                    tally.examples.append(f"short direct quote: {f.text!r}")
        name = Path(article.source.split("#", 1)[0]).name
        for g in wanted.get(name, []):
            tally.gold_total += 1
            snippet = normalize_text(g["snippet"])
            texts = [f for f in found if snippet in normalize_text(f.text)]
            if texts:
                tally.gold_hits_text += 1
            if any(f.speaker and speaker_matches(gold, g["speaker"], ActorRef(name=f.speaker))
                   for f in texts):
                tally.gold_hits_speaker += 1
    return tally


def pct(num: int, den: int) -> str:
    return f"{num / den:.3f} ({num}/{den})" if den else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--repeat", type=int, default=3, help="runs per doc for timing")
    args = parser.parse_args(argv)

    from rich.console import Console
    from rich.table import Table

    from newsweave.demo_path import demo_corpus_path
    from newsweave.evaluation import load_gold
    from newsweave.nlp.models import load_spacy

    gold = load_gold(args.gold)
    nlp = load_spacy()
    corpora = {"seeds": [str(SEEDS)], "demo": [demo_corpus_path()]}
    console = Console()
    for corpus, paths in corpora.items():
        articles = load_articles(paths)
        if not articles:
            console.print(f"{corpus}: no articles found in {paths[0]} (skipped)")
            continue
        started = time.perf_counter()
        docs = list(nlp.pipe(a.text for a in articles))
        parse_s = time.perf_counter() - started
        pairs = list(zip(docs, articles, strict=True))
        results = {"newsweave": run(ours, pairs, gold, args.repeat),
                   "textacy": run(textacy_direct, pairs, gold, args.repeat)}
        table = Table(title=f"{corpus}: {len(articles)} articles "
                            f"(spaCy parse {parse_s:.2f}s, shared)")
        table.add_column("")
        for name in results:
            table.add_column(name)
        rows: list[tuple[str, Callable[[Tally], str]]] = [
            ("gold direct recall, text", lambda t: pct(t.gold_hits_text, t.gold_total)),
            ("gold direct recall, +speaker",
             lambda t: pct(t.gold_hits_speaker, t.gold_total)),
            ("quotes (all kinds)", lambda t: str(t.quotes)),
            ("direct quotes", lambda t: str(t.direct)),
            ("no speaker", lambda t: str(t.no_speaker)),
            ("bare pronoun speaker", lambda t: str(t.pronoun_speaker)),
            ("direct quotes < 4 words", lambda t: str(t.short_direct)),
            ("documents given up", lambda t: str(t.failed_docs)),
            ("extraction seconds", lambda t: f"{t.seconds:.3f}"),
            ("articles / second", lambda t, n=len(articles): f"{n / t.seconds:.1f}"
             if t.seconds else "-"),
        ]
        for label, fn in rows:
            table.add_row(label, *(fn(t) for t in results.values()))
        console.print(table)
        ours_s, textacy_s = results["newsweave"].seconds, results["textacy"].seconds
        if textacy_s:
            console.print(f"time ratio newsweave/textacy: {ours_s / textacy_s:.1f}x "
                          "(ours also resolves speakers, indirect and mixed quotes)")
        for name, t in results.items():
            for ex in t.examples[:5]:
                console.print(f"  {name}: {ex}", markup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
