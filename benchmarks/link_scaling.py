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
import random
import time

from newsweave.engine.synthetic import hashed_embed
from newsweave.engine.synthetic import synthetic_analyses as corpus
from newsweave.link import link_corpus


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
