"""Per-article time of event extraction once the models are loaded, and the share of it spent
in the sentence-embedding fallback, whichever typer runs (the prototypes' classify_phrases or
the classifier's classify_tokens), beside the CPU of the spaCy parse of the same articles
(run by hand; prints numbers measured in this one run).

    python benchmarks/events_timing.py [--torch-threads N] [folder ...]
    (default folders: the seeds and the held-out event articles)

The spaCy parse is done first and not timed here (it is the pipeline's cost, not ours); the
timed part is extract_events on the parsed doc, with the mentions and quotes it needs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

DEFAULT_FOLDERS = ("/work/shared/corpus/seeds", "tests/data/heldout_events")


def _args(item: tuple) -> tuple:  # type: ignore[type-arg]
    art, doc, mentions, quotes = item
    return doc, art, mentions, quotes


def main(folders: list[str]) -> None:
    from newsweave.extract import event_triggers as ev
    from newsweave.extract import event_typer as typer
    from newsweave.extract.events import extract_events
    from newsweave.extract.mentions import extract_mentions
    from newsweave.extract.quotes import extract_quotes
    from newsweave.model import Article
    from newsweave.nlp.models import embed, load_spacy

    nlp = load_spacy()
    embed(["warm up"])
    ev.type_prototypes()
    files = [f for folder in folders for f in sorted(Path(folder).glob("*.txt"))]
    docs = []
    parse_cpu = 0.0
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        art = Article(article_id=f.stem, source=str(f), text=text)
        start = time.perf_counter()
        doc = nlp(text)
        parse_cpu += time.perf_counter() - start
        mentions = extract_mentions(doc, art)
        docs.append((art, doc, mentions, extract_quotes(doc, art, mentions)))

    embed_time = [0.0]
    embed_calls = [0]
    original = ev.classify_phrases
    original_tokens = typer.classify_tokens

    def timed_classify(phrases: list[str]) -> list[tuple[str, float]]:
        start = time.perf_counter()
        try:
            return original(phrases)
        finally:
            embed_time[0] += time.perf_counter() - start
            embed_calls[0] += 1 if phrases else 0

    def timed_tokens(tokens: list, threshold: float | None = None  # type: ignore[type-arg]
                     ) -> list[tuple[str, float]]:
        start = time.perf_counter()
        try:
            return original_tokens(tokens, threshold)
        finally:
            embed_time[0] += time.perf_counter() - start
            embed_calls[0] += 1 if tokens else 0

    start = time.perf_counter()
    extract_events(*_args(docs[0]))  # gazetteer, geo index, lexicons: once per process
    print(f"first call (builds the gazetteer and geo indexes): "
          f"{1000 * (time.perf_counter() - start):.0f} ms")
    ev.classify_phrases = timed_classify  # type: ignore[assignment]
    typer.classify_tokens = timed_tokens  # type: ignore[assignment]
    per_article: list[float] = []
    n_events = 0
    for art, doc, mentions, quotes in docs:
        start = time.perf_counter()
        events, _ = extract_events(doc, art, mentions, quotes)
        per_article.append(time.perf_counter() - start)
        n_events += len(events)
    ev.classify_phrases = original  # type: ignore[assignment]
    typer.classify_tokens = original_tokens  # type: ignore[assignment]
    total = sum(per_article)
    print(f"articles: {len(docs)}  events: {n_events}")
    print(f"extract_events per article: mean {1000 * total / len(docs):.1f} ms, "
          f"median {1000 * statistics.median(per_article):.1f} ms, "
          f"max {1000 * max(per_article):.1f} ms")
    print(f"embedding fallback: {embed_calls[0]} calls ({embed_calls[0] / len(docs):.2f} per "
          f"article), {1000 * embed_time[0]:.0f} ms = {embed_time[0] / total:.0%} of the time")
    print(f"spaCy parse of the same articles: {1000 * parse_cpu:.0f} ms "
          f"(typer {embed_time[0] / max(parse_cpu, 1e-9):.0%} of it; typer: {typer.typer()})")


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--torch-threads"]:
        import torch

        torch.set_num_threads(int(args[1]))  # compare: intra-op threads on a busy 2-core box
        args = args[2:]
    main(args or list(DEFAULT_FOLDERS))
