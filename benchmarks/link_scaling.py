"""How the link stage scales: time of link_corpus on synthetic corpora of doubling size.

    python benchmarks/link_scaling.py [--sizes 500 1000 2000 4000] [--seed 7]

Each synthetic article has ~250 words of random text (plus, for one article in ten, a repost
of an earlier one with a new intro), a dozen person and group mentions drawn from name pools
(so surname blocks fill up as the corpus grows), a few events between random state actors and
a few quotes (one in five repeats an earlier statement in other words). The sentence model is
replaced by hashed bag-of-words vectors, so the numbers measure linking, not the model;
`--model real` embeds with the real sentence model instead (one thread, as in `api.link`): on
random words its vectors mean little, but its cost is the real one.
Printed: seconds per size and the ratio to the previous size (about 2.0 per doubling means
linear; 4.0 would mean all pairs).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import time

import numpy as np

from newsweave.link import link_corpus
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
    out = np.zeros((len(texts), 256))
    for i, text in enumerate(texts):
        for w in re.findall(r"\w+", text.lower()):
            out[i, int(hashlib.md5(w.encode()).hexdigest()[:8], 16) % 256] += 1
        n = np.linalg.norm(out[i])
        if n:
            out[i] /= n
    return out


def corpus(n: int, rng: random.Random) -> tuple[list[Article], list[ArticleAnalysis]]:
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
        mentions = []
        for j in range(12):
            if j % 2:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if j % 3 else rng.choice(LAST)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", choices=["hashed", "real"], default="hashed",
                        help="sentence vectors: hashed stand-ins, or the real model")
    args = parser.parse_args()
    embed = hashed_embed
    if args.model == "real":
        from newsweave.engine.local import one_thread_per_process
        from newsweave.nlp.models import embed as model_embed

        one_thread_per_process()
        model_embed(["load the model before the clock starts"])
        embed = model_embed
    previous = None
    for n in args.sizes:
        articles, analyses = corpus(n, random.Random(args.seed))
        if args.model == "real":
            from newsweave.nlp.models import _embed_memo

            _embed_memo().clear()  # every size embeds its own texts (no vectors carried over)
        started = time.perf_counter()
        result = link_corpus(articles, analyses, embed=embed)
        seconds = time.perf_counter() - started
        ratio = f"{seconds / previous:.2f}x" if previous else "-"
        print(f"{n:6d} articles  {seconds:7.2f}s  ratio {ratio:>6}  "
              f"{len(result.entities)} entities, {len(result.claims)} claims, "
              f"{len(result.syndication)} reposts, {len(result.quote_variants)} quote groups")
        previous = seconds


if __name__ == "__main__":
    main()
