"""Synthetic corpora for load tests and benchmarks: real sentences, recombined.

Sentences are read at run time from articles the caller names (the demo corpus, the seeds)
through newsweave's own ingest, so nothing here ships article text. Each generated article
is a random selection of sentences in paragraphs under a title; a share of them are reposts
of an earlier article inside new blog chrome, so linking has syndication to find.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
REPOST_INTRO = "Reposted from a wire report. Read the original below."
REPOST_FOOTER = "Share this: Facebook | Twitter | Email. 3 comments. Post a Comment."


def sentences_from(paths: Sequence[str], min_words: int = 6, max_words: int = 70
                   ) -> list[str]:
    """Distinct sentences of the articles newsweave ingests from `paths`, in input order."""
    from newsweave.ingest import ingest
    from newsweave.model import Article

    seen: dict[str, None] = {}
    for item in ingest(paths):
        if not isinstance(item, Article):
            continue
        for paragraph in item.text.split("\n"):
            for sentence in _SENTENCE_END.split(paragraph.strip()):
                words = len(sentence.split())
                markup = any(ch in sentence for ch in "<>{}\\")  # unparsed input
                if (min_words <= words <= max_words and sentence[-1:] in ".!?\"”’)"
                        and not markup):
                    seen.setdefault(sentence, None)
    return list(seen)


def generate_articles(sentences: Sequence[str], n: int, seed: int = 7,
                      sentences_per_article: tuple[int, int] = (20, 40),
                      repost_share: float = 0.05) -> Iterator[tuple[str, str]]:
    """`n` (file name, text) pairs, deterministic for a seed, generated one at a time."""
    if len(sentences) < sentences_per_article[1]:
        raise ValueError(f"need at least {sentences_per_article[1]} sentences, got "
                         f"{len(sentences)}")
    rng = random.Random(seed)
    recent: list[str] = []  # a few earlier bodies, for reposts (bounded: memory stays flat)
    for i in range(n):
        if recent and rng.random() < repost_share:
            body = f"{REPOST_INTRO}\n\n{rng.choice(recent)}\n\n{REPOST_FOOTER}"
        else:
            picked = rng.sample(list(sentences), rng.randint(*sentences_per_article))
            paragraphs = [" ".join(picked[j:j + 3]) for j in range(0, len(picked), 3)]
            body = "\n\n".join(paragraphs)
            recent = [*recent[-19:], body]
        title = " ".join(rng.choice(sentences).split()[:8]).rstrip(",.;:")
        yield f"synthetic_{i:06d}.txt", f"{title}\n\n{body}\n"


def write_corpus(folder: Path, sentences: Sequence[str], n: int, seed: int = 7,
                 start: int = 0) -> list[Path]:
    """Write articles `start` .. `n - 1` of the seeded sequence into `folder` as text files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (name, text) in enumerate(generate_articles(sentences, n, seed)):
        if i >= start:
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths
