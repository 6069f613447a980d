"""Synthetic corpora for load tests and benchmarks: real sentences, recombined.

Sentences are read at run time from articles the caller names (the demo corpus, the seeds)
through newsweave's own ingest, so nothing here ships article text. Each generated article
is a random selection of sentences in paragraphs under a title; a share of them are reposts
of an earlier article inside new blog chrome, so linking has syndication to find.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsweave.model import (
    PLOVER_TYPES,
    ActorRef,
    Article,
    ArticleAnalysis,
    Event,
    Mention,
    Quote,
    stable_id,
)

if TYPE_CHECKING:
    import numpy as np

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
REPOST_INTRO = "Reposted from a wire report. Read the original below."
REPOST_FOOTER = "Share this: Facebook | Twitter | Email. 3 comments. Post a Comment."


def sentences_from(paths: Sequence[str], min_words: int = 6, max_words: int = 70
                   ) -> list[str]:
    """Distinct sentences of the articles newsweave ingests from `paths`, in input order."""
    from newsweave.ingest import ingest

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


# ----------------------------------------------------------------------------- analyses

WORDS = [f"w{i}" for i in range(5000)]


def _names(count: int, syllables: int, seed: int) -> list[str]:
    """Pronounceable made-up names (distinct sounds, so surname blocks stay realistic)."""
    rng = random.Random(seed)
    onsets, vowels, codas = "bdfgklmnprstvz", "aeiou", ["", "n", "r", "s", "l", "v"]
    out: set[str] = set()
    while len(out) < count:
        out.add("".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
                        for _ in range(syllables)).capitalize())
    return sorted(out)


FIRST = _names(300, 2, 1)
LAST = _names(3000, 3, 2)
STATES = [("Alpha", "AAA"), ("Beta", "BBB"), ("Gamma", "CCC"), ("Delta", "DDD"),
          ("Epsilon", "EEE"), ("Zeta", "FFF"), ("Eta", "GGG"), ("Theta", "HHH")]


def hashed_embed(texts: list[str]) -> np.ndarray:
    """A stand-in sentence model: hashed bag-of-words vectors (fast, deterministic)."""
    import numpy as np

    out = np.zeros((len(texts), 256))
    for i, text in enumerate(texts):
        for w in re.findall(r"\w+", text.lower()):
            out[i, int(hashlib.md5(w.encode()).hexdigest()[:8], 16) % 256] += 1
        n = np.linalg.norm(out[i])
        if n:
            out[i] /= n
    return out


# One lone surname in this many is drawn from the whole pool of surnames, the others are the
# surname of a person the article names in full. When every lone surname came from the pool
# (3,000 surnames, two per article), each stood for one surname-only person met in ~N/1,500
# articles, and since the story split joins articles about the same person, the reports of
# one actor, recipient and kind of action fell into one story as the corpus grew (largest
# claim: 6 events at 10,000 articles, 48 at 40,000, 2,578 at 100,000), which a corpus of
# many stories does not do; the work that follows a changed story (report scans) then grew
# faster than the corpus.
LONE_SURNAMES = 5


def synthetic_analyses(n: int, rng: random.Random
                       ) -> tuple[list[Article], list[ArticleAnalysis]]:
    """Analysed articles without spaCy, for link benchmarks and big-store UI tests: random
    words, a dozen person and state mentions from name pools (a lone surname mostly the
    surname of a person the article names in full: see LONE_SURNAMES), four events between
    made-up states, three quotes (one in five rewords an earlier statement), a repost in
    ten."""
    articles: list[Article] = []
    analyses: list[ArticleAnalysis] = []
    statements: list[str] = []
    for i in range(n):
        if i > 10 and i % 10 == 0:
            base = rng.choice(articles[:-1]).text
            text = " ".join(rng.choices(WORDS, k=30)) + "\n" + base
        else:
            text = " ".join(rng.choices(WORDS, k=250))
        aid = stable_id("art", i, text)
        day = f"2016-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        articles.append(Article(article_id=aid, source=f"s{i}.txt", text=text,
                                outlet=f"Outlet{rng.randrange(n // 5 + 1)}", published=day))
        mentions: list[Mention] = []
        for j in range(12):
            if j % 2:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if j % 3 else rng.choice(LAST)
                if not j % 3 and (i + j) % LONE_SURNAMES:
                    # a surname alone is, as in news, mostly a person the article named in
                    # full before ("Dara Kalo ... Kalo said"); one in LONE_SURNAMES is
                    # someone known by surname alone (drawn as before: the random stream
                    # and all else stay the same)
                    name = mentions[j - 2].text.split()[-1]
                label = "PERSON"
            else:
                name, label = rng.choice(STATES)[0], "GPE"
            mentions.append(Mention(mention_id=stable_id("men", aid, j), article_id=aid,
                                    text=name, span=(j * 10, j * 10 + len(name)), label=label,
                                    canonical=name, local_key=f"{label}:{name.lower()}"))
        events = []
        for j in range(4):
            (a, ac), (r, rc) = rng.sample(STATES, 2)
            events.append(Event(event_id=stable_id("evt", aid, j), article_id=aid,
                                span=(j, j + 1), sentence=" ".join(rng.choices(WORDS, k=15)),
                                type=rng.choice(PLOVER_TYPES), trigger="x",
                                actor=ActorRef(a, country=ac), recipient=ActorRef(r, country=rc),
                                modality=rng.choice(["asserted", "asserted", "denied",
                                                     "alleged", "unconfirmed"])))
        quotes = []
        for j in range(3):
            if statements and rng.random() < 0.2:
                words = rng.choice(statements).split()
                rng.shuffle(words)
                text_q = " ".join(words)
            else:
                text_q = " ".join(rng.choices(WORDS, k=12))
                statements.append(text_q)
            speaker = mentions[1]
            quotes.append(Quote(quote_id=stable_id("quo", aid, j), article_id=aid, kind="direct",
                                text=text_q, span=(j, j + 1),
                                speaker=ActorRef(speaker.text, mention_id=speaker.mention_id,
                                                 type="PERSON"),
                                stance=rng.choice([None, None, "deny", "question"])))
        analyses.append(ArticleAnalysis(article_id=aid, mentions=mentions, events=events,
                                        quotes=quotes))
    return articles, analyses
